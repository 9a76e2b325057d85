"""iCalendar (RFC 5545) of deadline rows: one VTODO per deadline, or one VEVENT (``--ics event``,
for the calendar apps that import events only).

Every component has a stable UID (a hash of the document's SHA-256 and the deadline id: the same
document found twice — two folders, two names — is written once), a DTSTAMP, the due day (a DATE,
or a DATE-TIME in ``Asia/Ho_Chi_Minh``, described by a VTIMEZONE, when the deadline has a clock
time), a SUMMARY and a DESCRIPTION in the chosen language; recurring deadlines get an RRULE (with
DTSTART on their next occurrence), ranges a DTSTART. A yearly list of days that no single RRULE
holds ("3/2, 19/5, 2/9 và 7/11 hằng năm": BYMONTH with BYMONTHDAY would make every pair) is written
as one component per day, each with its own yearly RRULE and its own stable UID (RDATE lists are
read unevenly by calendar apps). Text is escaped, lines are folded at 75
octets without splitting a UTF-8 character, and lines end in CRLF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from ndq57 import __version__
from ndq57.export.labels import DEFAULT_LANG, Labels
from ndq57.export.rows import next_occurrence, rrule_text, yearly_dates_rule
from ndq57.export.text import display

PRODID = f"-//ndq57//ndq57 {__version__}//EN"
MAX_OCTETS = 75
SUMMARY_CHARS = 160
TZID = "Asia/Ho_Chi_Minh"
COMPONENTS = ("todo", "event")
# Vietnam keeps UTC+07:00 all year (no daylight saving time since 1975).
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape(text: str) -> str:
    r"""Escape a TEXT value.

    >>> escape("a\\b; c, d\ne")
    'a\\\\b\\; c\\, d\\ne'
    """
    text = display(text.replace("\r\n", "\n"), keep_newlines=True)
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
    """A UID that stays the same for the same deadline of the same document bytes (and the same
    day of a yearly list split by :func:`split_dates`)."""
    key = f"{row.get('sha256') or row.get('path') or ''}:{row.get('id') or ''}"
    if row.get("_list_day"):
        key += f":{row['_list_day']}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@ndq57"


def _ics_when(value: str) -> tuple[str, str] | None:
    """(parameter suffix, value) for DUE/DTSTART: ``;VALUE=DATE`` + 20260315, or a DATE-TIME in
    Vietnam's time zone (``;TZID=Asia/Ho_Chi_Minh`` + 20260315T160000)."""
    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            return f";TZID={TZID}", moment.strftime("%Y%m%dT%H%M%S")
        return ";VALUE=DATE", dt.date.fromisoformat(value[:10]).strftime("%Y%m%d")
    except ValueError:
        return None


def _description(row: Mapping[str, Any], labels: Labels) -> str:
    w = labels.word
    lines = []
    if row.get("phrase"):
        lines.append(f"{w('deadline')}: {row['phrase']}")
    if row.get("recurrence"):
        lines.append(f"{w('recurrence')}: {labels.recurrence(row['recurrence'])}")
    elif row.get("relative"):
        rel = labels.relative(row["relative"])
        if row.get("due_basis"):
            rel += f" ({w('due_basis').lower()} {labels.basis(row['due_basis'])})"
        lines.append(f"{w('deadline')}: {rel}" if not row.get("phrase") else rel)
    doc = " ".join(str(x) for x in (row.get("type"), row.get("number")) if x)
    if row.get("date"):
        day = labels.date(row["date"])
        doc = f"{doc} ({day})" if doc else day
    if doc:
        lines.append(f"{w('document')}: {doc}")
    if row.get("section"):
        lines.append(f"{w('section')}: {row['section']}")
    owners = row.get("assignees") if row.get("assignees") is not None else row.get("owners")
    if owners:
        lines.append(f"{w('units')}: {labels.units(owners)}")
    if row.get("recipients"):
        lines.append(f"{w('report_to')}: " + ", ".join(str(r) for r in row["recipients"]))
    if row.get("task"):
        lines.append(f"{w('task')}: {row['task']}")
    if row.get("path"):
        where = f" {w('line')} {row['line']}" if row.get("line") else ""
        lines.append(f"{w('source')}: {row['path']}{where}")
    return "\n".join(lines)


def _summary(row: Mapping[str, Any]) -> str:
    text = " ".join(display(str(row.get("task") or row.get("phrase") or "deadline")).split())
    if len(text) > SUMMARY_CHARS:
        text = text[: SUMMARY_CHARS - 1].rstrip() + "…"
    return text


def split_dates(row: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The row, or one row per day of a yearly list no single RRULE holds, each with a yearly
    recurrence on its day and its next occurrence (on or after the row's next due day, or the
    document's date)."""
    rec = row.get("recurrence")
    dates = rec.get("dates") if rec else None
    if not rec or not dates or rec.get("freq") != "yearly" or row.get("occurrence") or row.get("due"):
        return [row]
    if yearly_dates_rule(list(dates)) is not None:
        return [row]
    base = str(row.get("next_due") or row.get("date") or "")[:10]
    try:
        as_of = dt.date.fromisoformat(base)
    except ValueError:
        as_of = None
    out: list[Mapping[str, Any]] = []
    for day in dates:
        one = {**rec, "month": int(day[:2]), "monthday": int(day[3:5]), "dates": None}
        part = {**row, "recurrence": one, "_list_day": day}
        part["next_due"] = next_occurrence(part, as_of) if as_of is not None else None
        out.append(part)
    return out


def _next_day(value: str) -> str:
    return (dt.datetime.strptime(value, "%Y%m%d").date() + dt.timedelta(days=1)).strftime("%Y%m%d")


def _component(row: Mapping[str, Any], stamp: str, labels: Labels, component: str) -> Iterator[str]:
    name = "VEVENT" if component == "event" else "VTODO"
    yield f"BEGIN:{name}"
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
        is_range = begin is not None and begin[0] == param and begin[1] <= value  # same value type
        if name == "VEVENT":
            # the deadline is the event: the due day (all day) or the due moment; a range spans
            # its days (DTEND of an all-day event is the day after its last day)
            if is_range and begin is not None:
                yield f"DTSTART{param}:{begin[1]}"
                yield f"DTEND{param}:{_next_day(value) if param == ';VALUE=DATE' else value}"
            else:
                yield f"DTSTART{param}:{value}"
        else:
            if rule:
                yield f"DTSTART{param}:{value}"
            elif is_range and begin is not None:
                yield f"DTSTART{param}:{begin[1]}"
            yield f"DUE{param}:{value}"
        if rule:
            yield f"RRULE:{rule}"
    yield f"SUMMARY:{escape(_summary(row))}"
    yield f"DESCRIPTION:{escape(_description(row, labels))}"
    if row.get("kind"):
        yield f"CATEGORIES:{escape(labels.kind(str(row['kind'])))}"
    if name == "VEVENT":
        yield "TRANSP:TRANSPARENT"  # a deadline does not make anyone busy
    else:
        yield "STATUS:NEEDS-ACTION"
    yield f"END:{name}"


def render(
    items: Iterable[Mapping[str, Any]],
    stream: TextIO,
    *,
    dtstamp: dt.datetime | None = None,
    lang: str = DEFAULT_LANG,
    component: str = "todo",
    name: str | None = None,
) -> None:
    """Write a VCALENDAR with one VTODO (``component="todo"``) or VEVENT (``"event"``) per row,
    each UID once (``dtstamp`` defaults to now, UTC)."""
    if component not in COMPONENTS:
        raise ValueError(f"unknown calendar component {component!r}")
    labels = Labels(lang)
    moment = dtstamp or dt.datetime.now(dt.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")

    def write(line: str) -> None:
        stream.write(fold(line) + "\r\n")

    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    head += [f"X-WR-CALNAME:{escape(name or 'ndq57')}", f"X-WR-TIMEZONE:{TZID}", *VTIMEZONE]
    for line in head:
        write(line)
    seen: set[str] = set()
    for item in items:
        for row in split_dates(item):
            key = uid(row)
            if key in seen:  # the same document (same bytes) met twice
                continue
            seen.add(key)
            for line in _component(row, stamp, labels, component):
                write(line)
    write("END:VCALENDAR")
