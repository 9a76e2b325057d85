"""An Excel workbook (XLSX) of rows, written with openpyxl (an optional extra: ``ndq57[xlsx]``).

One sheet, a bold frozen header row with a filter, the same columns as the CSV (Vietnamese headers
by default), dates and date-times as real dates (formatted DD/MM/YYYY for ``vi``), line numbers
and confidences as numbers. Every text cell is stored as text with Excel's "quote prefix" style,
so a cell that looks like a formula (``=HYPERLINK(…)``) is shown as written and never run, not
even after it is edited. The workbook is written in streaming mode: memory stays flat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import IO, Any

from ndq57.export.labels import DEFAULT_LANG, Labels
from ndq57.export.rows import DEADLINES, RowSpec
from ndq57.export.text import display

INSTALL_HINT = "the xlsx format needs openpyxl: pip install 'ndq57[xlsx]' (or: pip install openpyxl)"
_MAX_CELL = 32_767  # Excel's limit on the characters of a cell
_FORMATS = {
    "vi": {"date": "DD/MM/YYYY", "datetime": "HH:MM DD/MM/YYYY"},
    "en": {"date": "YYYY-MM-DD", "datetime": "YYYY-MM-DD HH:MM"},
}


def available() -> bool:
    """True when openpyxl can be imported."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def _letter(index: int) -> str:
    """Column letter of a 1-based index: 1 → A, 27 → AA."""
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def render(
    items: Iterable[Mapping[str, Any]],
    stream: IO[bytes],
    *,
    lang: str = DEFAULT_LANG,
    spec: RowSpec = DEADLINES,
    title: str | None = None,
) -> None:
    """Write one workbook to a binary stream."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    labels = Labels(lang)
    formats = _FORMATS[labels.lang]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title or labels.column("deadlines"))
    widths = [len(labels.column(c.key)) for c in spec.columns]
    for i, col in enumerate(spec.columns):
        limit = 60 if col.key in ("task", "phrase", "units") else 24
        widths[i] = min(max(widths[i] + 2, 8), limit)
        ws.column_dimensions[_letter(i + 1)].width = widths[i] if col.key != "path" else 30
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for col in spec.columns:
        cell = WriteOnlyCell(ws, value=labels.column(col.key) if labels.lang == "vi" else col.key)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    count = 0
    for row in items:
        out = []
        for col in spec.columns:
            typed = col.value(row, labels) if col.value is not None else None
            if typed is not None:
                cell = WriteOnlyCell(ws, value=typed)
                if isinstance(typed, dt.datetime):
                    cell.number_format = formats["datetime"]
                elif isinstance(typed, dt.date):
                    cell.number_format = formats["date"]
            else:
                text = col.text(row, labels) if labels.lang == "vi" else _raw(col.raw(row))
                cell = WriteOnlyCell(ws, value=text[:_MAX_CELL] if text else None)
                if text:
                    cell.data_type = "s"  # never a formula
                    cell.quotePrefix = True
            out.append(cell)
        ws.append(out)
        count += 1
    ws.auto_filter.ref = f"A1:{_letter(len(spec.columns))}{count + 1}"
    wb.save(stream)


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return display(str(value), keep_newlines=True)
