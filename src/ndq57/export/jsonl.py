"""JSON Lines: one compact JSON value per line, written as the items arrive."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO


def render(items: Mapping[str, Any] | Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    """Write one line per item (a single mapping gives one line).

    >>> import io
    >>> out = io.StringIO(); render([{"a": "ạ"}, {"b": [1, 2]}], out); print(out.getvalue(), end="")
    {"a": "ạ"}
    {"b": [1, 2]}
    """
    seq: Iterable[Mapping[str, Any]] = [items] if isinstance(items, Mapping) else items
    for item in seq:
        stream.write(json.dumps(item, ensure_ascii=False) + "\n")
