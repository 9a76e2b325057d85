"""CSV of rows: a header row, then one row per record (RFC 4180, CRLF line ends), UTF-8 with a
byte-order mark so that spreadsheets read the Vietnamese letters right.

With ``lang="vi"`` (the default) the headers, roles, kinds and recurrences are Vietnamese and the
dates DD/MM/YYYY; with ``lang="en"`` the headers are the row keys and the values as in JSON (ISO
dates, English words). ``delimiter=";"`` (``--excel``) suits spreadsheets set for a locale whose
decimal mark is a comma, Vietnamese included.

Cells that a spreadsheet would read as a formula (starting with ``= + - @``, a tab or a carriage
return) get a leading apostrophe, so opening the file never runs anything.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from ndq57.export.labels import DEFAULT_LANG, Labels
from ndq57.export.rows import DEADLINES, Column, RowSpec, recurrence_text
from ndq57.export.text import display

COLUMNS = tuple(c.key for c in DEADLINES.columns)
BOM = "\ufeff"

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell that a spreadsheet would run as a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("- Sở Nội vụ"), neutralise("2026-03-15")
    ("'=HYPERLINK(1)", "'- Sở Nội vụ", '2026-03-15')
    """
    return "'" + cell if cell.startswith(_DANGEROUS) else cell


def _raw_cell(row: Mapping[str, Any], col: Column) -> str:
    if col.key == "recurrence":
        return recurrence_text(row.get("recurrence"))
    value = col.raw(row)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(display(str(value), keep_newlines=True))


def cells(row: Mapping[str, Any], spec: RowSpec, labels: Labels) -> list[str]:
    """The CSV cells of one row: raw values in English, people's text in Vietnamese."""
    if labels.lang == "en":
        return [_raw_cell(row, c) for c in spec.columns]
    return [neutralise(c.text(row, labels)) for c in spec.columns]


def headers(spec: RowSpec, labels: Labels) -> list[str]:
    return [c.key if labels.lang == "en" else labels.column(c.key) for c in spec.columns]


def render(
    items: Iterable[Mapping[str, Any]],
    stream: TextIO,
    *,
    lang: str = DEFAULT_LANG,
    delimiter: str = ",",
    spec: RowSpec = DEADLINES,
    bom: bool = True,
) -> None:
    """Write the byte-order mark, the header and one line per row.

    >>> import io
    >>> out = io.StringIO(); render([{"path": "a.txt", "task": "=1+1", "line": 3}], out, lang="en")
    >>> out.getvalue().splitlines()[1]
    "a.txt,,,,,,,,,,,,3,,'=1+1,,,"
    >>> out = io.StringIO(); render([{"due": "2026-12-25", "line": 3}], out, delimiter=";")
    >>> out.getvalue().splitlines()[0].split(";")[7], out.getvalue().splitlines()[1].split(";")[7]
    ('Hạn', '25/12/2026')
    """
    labels = Labels(lang)
    if bom:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow(headers(spec, labels))
    for row in items:
        writer.writerow(cells(row, spec, labels))
