"""JSON Lines: one compact JSON value per line, written as the items arrive.

Control characters are escaped (``\u001b``), and so are the line separators that JSON allows raw
(U+2028, U+2029, U+0085): every reader sees one record per line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.text import escape_separators


class Line(str):
    """A record already rendered by :func:`line` (in a batch worker): written as it is."""

    __slots__ = ()


def line(item: Mapping[str, Any]) -> Line:
    r"""One record's line, newline included.

    >>> line({"a": "ạ\u2028"})
    '{"a": "ạ\\u2028"}\n'
    """
    return Line(escape_separators(json.dumps(item, ensure_ascii=False)) + "\n")


def render(items: Mapping[str, Any] | Iterable[Mapping[str, Any] | Line], stream: TextIO) -> None:
    """Write one line per item (a single mapping gives one line); a :class:`Line` is written as
    it is, so that a batch's workers, not the process that writes, turn the records into text.

    >>> import io
    >>> out = io.StringIO(); render([{"a": "ạ"}, {"b": [1, 2]}], out); print(out.getvalue(), end="")
    {"a": "ạ"}
    {"b": [1, 2]}
    """
    seq: Iterable[Mapping[str, Any] | Line] = [items] if isinstance(items, Mapping) else items
    for item in seq:
        stream.write(item if isinstance(item, Line) else line(item))
