"""iCalendar (RFC 5545) of deadline rows: one VTODO per deadline.

Every VTODO has a stable UID (a hash of the document's SHA-256 and the deadline id), a DTSTAMP, a
DUE (a DATE, or a floating DATE-TIME when the deadline has a clock time), a SUMMARY and a
DESCRIPTION; recurring deadlines get an RRULE (with DTSTART on their next occurrence), ranges a DTSTART. Text is
escaped, lines are folded at 75 octets without splitting a UTF-8 character, and lines end in CRLF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from ndq57 import __version__
from ndq57.export.rows import recurrence_text, rrule_text

PRODID = f"-//ndq57//ndq57 {__version__}//EN"
MAX_OCTETS = 75
SUMMARY_CHARS = 160


def escape(text: str) -> str:
    r"""Escape a TEXT value.

    >>> escape("a\\b; c, d\ne")
    'a\\\\b\\; c\\, d\\ne'
    """
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, joined by CRLF + space.

    >>> folded = fold("SUMMARY:" + "ạ" * 60)
    >>> [len(p.encode()) for p in folded.split("\\r\\n")]
    [74, 73, 43]
    """
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, MAX_OCTETS
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


def uid(row: Mapping[str, Any]) -> str:
    """A UID that stays the same for the same deadline of the same document bytes."""
    key = f"{row.get('sha256') or row.get('path') or ''}:{row.get('id') or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@ndq57"


def _ics_when(value: str) -> tuple[str, str] | None:
    """(parameter suffix, value) for DUE/DTSTART: ``;VALUE=DATE`` + 20260315 or a floating DATE-TIME."""
    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            return "", moment.strftime("%Y%m%dT%H%M%S")
        return ";VALUE=DATE", dt.date.fromisoformat(value[:10]).strftime("%Y%m%d")
    except ValueError:
        return None


def _description(row: Mapping[str, Any]) -> str:
    lines = []
    if row.get("phrase"):
        lines.append(f"Deadline: {row['phrase']}")
    if row.get("recurrence"):
        lines.append(f"Recurrence: {recurrence_text(row['recurrence'])}")
    doc = " ".join(str(x) for x in (row.get("type"), row.get("number")) if x)
    if row.get("date"):
        doc = f"{doc} ({row['date']})" if doc else str(row["date"])
    if doc:
        lines.append(f"Document: {doc}")
    if row.get("section"):
        lines.append(f"Section: {row['section']}")
    if row.get("units"):
        lines.append(f"Units: {row['units']}")
    if row.get("recipients"):
        lines.append("Report to: " + ", ".join(str(r) for r in row["recipients"]))
    if row.get("task"):
        lines.append(f"Task: {row['task']}")
    if row.get("path"):
        lines.append(f"Source: {row['path']}" + (f" line {row['line']}" if row.get("line") else ""))
    return "\n".join(lines)


def _summary(row: Mapping[str, Any]) -> str:
    text = " ".join(str(row.get("task") or row.get("phrase") or "deadline").split())
    if len(text) > SUMMARY_CHARS:
        text = text[: SUMMARY_CHARS - 1].rstrip() + "…"
    return text


def _vtodo(row: Mapping[str, Any], stamp: str) -> Iterator[str]:
    yield "BEGIN:VTODO"
    yield f"UID:{uid(row)}"
    yield f"DTSTAMP:{stamp}"
    due = row.get("due")
    rule = None if row.get("occurrence") else rrule_text(row.get("recurrence"))
    when = _ics_when(str(due)) if due else None
    if when is None and rule and row.get("next_due"):
        when = _ics_when(str(row["next_due"]))
    if when is not None:
        param, value = when
        begin = _ics_when(str(row["start"])) if row.get("start") and not rule else None
        if rule:
            yield f"DTSTART{param}:{value}"
        elif begin is not None and begin[0] == param and begin[1] <= value:  # a range: same value type
            yield f"DTSTART{param}:{begin[1]}"
        yield f"DUE{param}:{value}"
        if rule:
            yield f"RRULE:{rule}"
    yield f"SUMMARY:{escape(_summary(row))}"
    yield f"DESCRIPTION:{escape(_description(row))}"
    if row.get("kind"):
        yield f"CATEGORIES:{escape(str(row['kind']))}"
    yield "STATUS:NEEDS-ACTION"
    yield "END:VTODO"


def render(items: Iterable[Mapping[str, Any]], stream: TextIO, *, dtstamp: dt.datetime | None = None) -> None:
    """Write a VCALENDAR with one VTODO per row (``dtstamp`` defaults to now, UTC)."""
    moment = dtstamp or dt.datetime.now(dt.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")

    def write(line: str) -> None:
        stream.write(fold(line) + "\r\n")

    for line in ("BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"):
        write(line)
    for row in items:
        for line in _vtodo(row, stamp):
            write(line)
    write("END:VCALENDAR")
