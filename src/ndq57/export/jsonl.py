"""JSON Lines: one compact JSON value per line, written as the items arrive.

Control characters are escaped (``\u001b``), and so are the line separators that JSON allows raw
(U+2028, U+2029, U+0085): every reader sees one record per line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.text import escape_separators


def render(items: Mapping[str, Any] | Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    """Write one line per item (a single mapping gives one line).

    >>> import io
    >>> out = io.StringIO(); render([{"a": "ạ"}, {"b": [1, 2]}], out); print(out.getvalue(), end="")
    {"a": "ạ"}
    {"b": [1, 2]}
    """
    seq: Iterable[Mapping[str, Any]] = [items] if isinstance(items, Mapping) else items
    for item in seq:
        stream.write(escape_separators(json.dumps(item, ensure_ascii=False)) + "\n")
