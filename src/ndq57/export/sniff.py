"""Recognise ndq57's own outputs, so that a run never reads them back as documents.

An output saved beside the inputs (``deadlines . -f jsonl > han.txt``) would otherwise be parsed
on the next run and its rows counted again. Recognised, from the first bytes only: JSON, JSON Lines
and YAML records (``"schema": "ndq57/…"``, deadline rows, error records), the CSV header in either
language and with either delimiter, an iCalendar written by ndq57, and the table (its rule line).

>>> own_output(b'{"schema": "ndq57/2", "source": {}}')
'a JSON record of ndq57'
>>> own_output("Số: 12/KH-UBND\\nKẾ HOẠCH".encode()) is None
True
"""

from __future__ import annotations

import functools

from ndq57 import cached_re as re

HEAD_BYTES = 4096


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        ("a JSON record of ndq57", re.compile(r'\A\s*\[?\s*\{\s*"schema"\s*:\s*"ndq57/')),
        ("a JSON error record of ndq57", re.compile(r'\A\s*\[?\s*\{\s*"source"\s*:\s*\{[^{}]*\}\s*,\s*"error"\s*:')),
        ("JSON deadline rows of ndq57", re.compile(r'\A\s*\[?\s*\{\s*"path"\s*:[^{}]{0,2000}?"sha256"\s*:')),
        ("a YAML record of ndq57", re.compile(r"\A(?:---\s*\n)?schema:\s*ndq57/")),
        ("YAML deadline rows of ndq57", re.compile(r"\A(?:---\s*\n)?-?\s*path:[^\n]*\n\s*sha256:")),
        ("a calendar written by ndq57", re.compile(r"\ABEGIN:VCALENDAR\r?\n(?:[^\n]*\n){0,3}PRODID:-//ndq57//")),
        ("a table of ndq57", re.compile(r"\A[^\n]*\n─{4,}  ─")),
    ]


@functools.cache
def _csv_header() -> re.Pattern[str]:
    """The header rows of the CSV exporter, in both languages and both separators (built from the
    exporter's columns, loaded only for a text whose first line could be one)."""
    from ndq57.export.csv import COLUMNS, headers
    from ndq57.export.labels import Labels
    from ndq57.export.rows import DEADLINES

    csv_heads = {",".join(COLUMNS[:4]), ";".join(COLUMNS[:4])}
    vi = headers(DEADLINES, Labels("vi"))[:4]
    csv_heads |= {",".join(vi), ";".join(vi)}
    return re.compile(rf"\A(?:{'|'.join(re.escape(h) for h in sorted(csv_heads))})")


def own_output(data: bytes) -> str | None:
    """What kind of ndq57 output ``data`` is (a few words), or None for anything else."""
    head = data[:HEAD_BYTES].decode("utf-8", "ignore").lstrip("\ufeff")
    if not head:
        return None
    for what, pattern in _patterns():
        if pattern.search(head):
            return what
    first = head.split("\n", 1)[0]
    if ("," in first or ";" in first) and _csv_header().search(head):
        return "a CSV file of ndq57"
    return None
