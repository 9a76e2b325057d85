"""CSV of deadline rows: a header row, then one row per deadline (RFC 4180, CRLF line ends).

Cells that a spreadsheet would read as a formula (starting with ``= + - @``, a tab or a carriage
return) get a leading apostrophe, so opening the file never runs anything.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.rows import recurrence_text

COLUMNS = (
    "path",
    "number",
    "type",
    "date",
    "id",
    "kind",
    "qualifier",
    "due",
    "start",
    "recurrence",
    "next_due",
    "section",
    "line",
    "units",
    "task",
    "phrase",
    "confidence",
)

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell that a spreadsheet would run as a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("- Sở Nội vụ"), neutralise("2026-03-15")
    ("'=HYPERLINK(1)", "'- Sở Nội vụ", '2026-03-15')
    """
    return "'" + cell if cell.startswith(_DANGEROUS) else cell


def _cell(row: Mapping[str, Any], col: str) -> str:
    if col == "recurrence":
        return recurrence_text(row.get("recurrence"))
    value = row.get(col)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(str(value))


def render(items: Iterable[Mapping[str, Any]], stream: TextIO) -> None:
    """Write the header and one line per row.

    >>> import io
    >>> out = io.StringIO(); render([{"path": "a.txt", "task": "=1+1", "line": 3}], out)
    >>> out.getvalue().splitlines()[1]
    "a.txt,,,,,,,,,,,,3,,'=1+1,,"
    """
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in items:
        writer.writerow([_cell(row, c) for c in COLUMNS])
