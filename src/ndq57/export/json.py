"""JSON: one object for a single document, a streamed array for many (UTF-8, indent 2)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.text import escape_separators


def _dump(obj: Any) -> str:
    return escape_separators(json.dumps(obj, ensure_ascii=False, indent=2))


def render(items: Mapping[str, Any] | Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    """Write one JSON value.

    >>> import io
    >>> out = io.StringIO(); render({"a": "ạ"}, out); out.getvalue()
    '{\\n  "a": "ạ"\\n}\\n'
    >>> out = io.StringIO(); render(iter([{"a": 1}, {"b": 2}]), out); print(out.getvalue(), end="")
    [
      {
        "a": 1
      },
      {
        "b": 2
      }
    ]
    """
    if isinstance(items, Mapping):
        stream.write(_dump(items) + "\n")
        return
    first = True
    for item in items:
        stream.write("[\n" if first else ",\n")
        first = False
        stream.write("\n".join("  " + ln for ln in _dump(item).split("\n")))
    stream.write("[]\n" if first else "\n]\n")
