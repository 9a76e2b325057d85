"""Deadline rows: one flat, JSON-ready record per deadline, carrying its document's identity.

A row is built from ``Document.to_dict()`` (so it can be made in a worker process and sent back
cheaply), then filtered and, for recurring deadlines, expanded into dated occurrences.

>>> doc = {"source": {"path": "a.txt", "sha256": "ab"}, "document": {"number": "1-TB/VP",
...        "type": "Thông báo", "date": "2026-03-05"}, "deadlines": [{"id": "d1", "phrase": "p",
...        "kind": "date", "qualifier": "before", "due": "2026-03-15", "start": None,
...        "recurrence": None, "relative": None, "section": "1", "line": 7, "task": "t",
...        "assignees": [{"unit": "Sở Tài chính", "role": "lead", "raw": "Sở Tài chính"}],
...        "recipients": [], "confidence": 0.9, "bold": False}]}
>>> rows = build_rows(doc)
>>> rows[0]["number"], rows[0]["due"], rows[0]["units"]
('1-TB/VP', '2026-03-15', 'Sở Tài chính (lead)')
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def build_rows(doc: Mapping[str, Any], *, as_of: dt.date | None = None) -> list[Row]:
    """The deadline rows of one parsed document (a ``Document.to_dict()`` mapping).

    ``as_of`` (default: none) fills ``next_due`` of recurring deadlines: their first occurrence
    on or after that day.
    """
    source = doc.get("source") or {}
    header = doc.get("document") or {}
    rows: list[Row] = []
    for d in doc.get("deadlines") or []:
        assignees = list(d.get("assignees") or [])
        row: Row = {
            "path": source.get("path"),
            "sha256": source.get("sha256"),
            "number": header.get("number"),
            "type": header.get("type"),
            "date": header.get("date"),
            "id": d.get("id"),
            "kind": d.get("kind"),
            "qualifier": d.get("qualifier"),
            "due": d.get("due"),
            "start": d.get("start"),
            "recurrence": d.get("recurrence"),
            "relative": d.get("relative"),
            "occurrence": False,
            "next_due": None,
            "section": d.get("section"),
            "line": d.get("line"),
            "phrase": d.get("phrase"),
            "task": d.get("task"),
            "units": units_text(assignees),
            "assignees": assignees,
            "recipients": list(d.get("recipients") or []),
            "confidence": d.get("confidence"),
        }
        if as_of is not None and row["recurrence"]:
            row["next_due"] = next_occurrence(row, as_of)
        rows.append(row)
    return rows


def units_text(assignees: Iterable[Mapping[str, Any]]) -> str:
    """``Unit (role), Unit (role)`` for display.

    >>> units_text([{"unit": "Sở Nội vụ", "role": "coordinate"}])
    'Sở Nội vụ (coordinate)'
    """
    return ", ".join(f"{a.get('unit')} ({a.get('role')})" if a.get("role") else str(a.get("unit")) for a in assignees)


def recurrence_text(rec: Mapping[str, Any] | None) -> str:
    """A short English description of a recurrence.

    >>> recurrence_text({"freq": "weekly", "weekday": 4, "time": "11:00"})
    'weekly Fri 11:00'
    >>> recurrence_text({"freq": "yearly", "month": 1, "monthday": 10})
    'yearly 10/01'
    """
    if not rec:
        return ""
    parts = [str(rec.get("freq"))]
    freq = rec.get("freq")
    if freq == "weekly" and rec.get("weekday") is not None:
        parts.append(_WEEKDAY_NAMES[int(rec["weekday"]) % 7])
    elif freq == "yearly" and rec.get("dates"):
        parts.append(", ".join(f"{d[3:5]}/{d[:2]}" for d in rec["dates"]))
    elif freq == "yearly" and rec.get("monthday") and rec.get("month"):
        parts.append(f"{int(rec['monthday']):02d}/{int(rec['month']):02d}")
    elif freq == "quarterly" and rec.get("monthday") and rec.get("month"):
        parts.append(f"day {rec['monthday']} of month {rec['month']}")
    elif rec.get("monthday"):
        parts.append(f"day {rec['monthday']}")
    if rec.get("interval_months"):
        parts.append(f"every {rec['interval_months']} months")
    if rec.get("time"):
        parts.append(str(rec["time"]))
    return " ".join(parts)


# ---------------------------------------------------------------- recurrence rules


def _rule_kwargs(rec: Mapping[str, Any]) -> dict[str, Any] | None:
    """dateutil.rrule keyword arguments for a recurrence, or None when it names no day."""
    from dateutil import rrule

    freq = rec.get("freq")
    monthday = rec.get("monthday")
    if freq == "weekly" and rec.get("weekday") is not None:
        return {"freq": rrule.WEEKLY, "byweekday": int(rec["weekday"]) % 7}
    if freq == "monthly" and monthday:
        return {"freq": rrule.MONTHLY, **_monthday_kwargs(int(monthday))}
    if freq == "yearly" and monthday and rec.get("month"):
        return {"freq": rrule.YEARLY, "bymonth": int(rec["month"]), "bymonthday": int(monthday)}
    if freq == "quarterly" and monthday and rec.get("month"):
        return {"freq": rrule.MONTHLY, "bymonth": _quarter_months(rec), **_monthday_kwargs(int(monthday))}
    if freq == "periodic" and rec.get("interval_months") and monthday:
        return {"freq": rrule.MONTHLY, "interval": int(rec["interval_months"]), **_monthday_kwargs(int(monthday))}
    return None


def _quarter_months(rec: Mapping[str, Any]) -> tuple[int, ...]:
    """The months of a quarterly recurrence: month 3 of the quarter -> March, June, September,
    December."""
    m = (int(rec["month"]) - 1) % 3 + 1
    return (m, m + 3, m + 6, m + 9)


def _monthday_kwargs(monthday: int) -> dict[str, Any]:
    # "ngày 30 hằng tháng" falls on the last day of shorter months
    if monthday > 28:
        return {"bymonthday": tuple(range(28, monthday + 1)), "bysetpos": -1}
    return {"bymonthday": monthday}


def rrule_text(rec: Mapping[str, Any] | None) -> str | None:
    """The RFC 5545 RRULE value of a recurrence, or None.

    >>> rrule_text({"freq": "weekly", "weekday": 4})
    'FREQ=WEEKLY;BYDAY=FR'
    >>> rrule_text({"freq": "monthly", "monthday": 25})
    'FREQ=MONTHLY;BYMONTHDAY=25'
    >>> rrule_text({"freq": "yearly", "month": 1, "monthday": 10})
    'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10'
    >>> rrule_text({"freq": "quarterly", "month": 3, "monthday": 15})
    'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=15'
    >>> rrule_text({"freq": "monthly", "monthday": 30})
    'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1'
    """
    if not rec:
        return None
    freq = rec.get("freq")
    monthday = rec.get("monthday")

    def mday(md: int) -> str:
        if md > 28:
            return "BYMONTHDAY=" + ",".join(str(x) for x in range(28, md + 1)) + ";BYSETPOS=-1"
        return f"BYMONTHDAY={md}"

    if freq == "weekly" and rec.get("weekday") is not None:
        return f"FREQ=WEEKLY;BYDAY={WEEKDAYS[int(rec['weekday']) % 7]}"
    if freq == "monthly" and monthday:
        return f"FREQ=MONTHLY;{mday(int(monthday))}"
    if freq == "monthly":
        return "FREQ=MONTHLY"
    if freq == "yearly" and monthday and rec.get("month"):
        return f"FREQ=YEARLY;BYMONTH={int(rec['month'])};BYMONTHDAY={int(monthday)}"
    if freq == "yearly":
        return "FREQ=YEARLY"
    if freq == "quarterly" and monthday and rec.get("month"):
        months = ",".join(str(x) for x in _quarter_months(rec))
        return f"FREQ=MONTHLY;BYMONTH={months};{mday(int(monthday))}"
    if freq == "periodic" and rec.get("interval_months"):
        rule = f"FREQ=MONTHLY;INTERVAL={int(rec['interval_months'])}"
        return f"{rule};{mday(int(monthday))}" if monthday else rule
    return None


def occurrences(rec: Mapping[str, Any], start: dt.date, end: dt.date) -> list[dt.date]:
    """Every day of a recurrence inside ``[start, end]`` (both included).

    >>> occurrences({"freq": "weekly", "weekday": 4}, dt.date(2026, 3, 1), dt.date(2026, 3, 15))
    [datetime.date(2026, 3, 6), datetime.date(2026, 3, 13)]
    >>> occurrences({"freq": "monthly", "monthday": 31}, dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    [datetime.date(2026, 2, 28), datetime.date(2026, 3, 31)]
    """
    from dateutil import rrule

    if end < start:
        return []
    begin = dt.datetime.combine(start, dt.time())
    until = dt.datetime.combine(end, dt.time())
    days = {x.date() for kwargs in _rule_list(rec) for x in rrule.rrule(dtstart=begin, until=until, **kwargs)}
    return sorted(days)


def _rule_list(rec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rules of a recurrence: one per day of a yearly list ("3/2, 19/5 và 2/9 hằng năm")."""
    from dateutil import rrule

    dates = rec.get("dates")
    if rec.get("freq") == "yearly" and dates:
        return [{"freq": rrule.YEARLY, "bymonth": int(d[:2]), "bymonthday": int(d[3:5])} for d in dates]
    kwargs = _rule_kwargs(rec)
    return [] if kwargs is None else [kwargs]


def next_occurrence(row: Mapping[str, Any], as_of: dt.date) -> str | None:
    """The first occurrence of a recurring row on or after ``as_of`` (ISO, with the time if any)."""
    from dateutil import rrule

    rec = row.get("recurrence")
    if not rec:
        return None
    begin = dt.datetime.combine(as_of, dt.time())
    hits = [x for kwargs in _rule_list(rec) for x in rrule.rrule(dtstart=begin, count=1, **kwargs)]
    return _with_time(min(hits).date(), rec) if hits else None


def _with_time(day: dt.date, rec: Mapping[str, Any]) -> str:
    time = rec.get("time")
    return f"{day.isoformat()}T{time}" if time else day.isoformat()


# ---------------------------------------------------------------- filtering


def due_date(row: Mapping[str, Any]) -> dt.date | None:
    """The date part of a row's due value (None when absent or unreadable)."""
    due = row.get("due")
    if not due:
        return None
    try:
        return dt.date.fromisoformat(str(due)[:10])
    except ValueError:
        return None


@functools.cache
def _fold_table() -> dict[int, str]:
    return {ord("đ"): "d", ord("Đ"): "d"}


def fold(text: str) -> str:
    """Lower-case, accent-free form used for unit matching.

    >>> fold("Sở Tài chính ĐẮK LẮK")
    'so tai chinh dak lak'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_fold_table()))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _local_unit_matches(query: str, unit: str, raw: str | None) -> bool:
    q = fold(query)
    return bool(q) and (q in fold(unit) or (raw is not None and q in fold(raw)))


def unit_matcher() -> Callable[[str, str, str | None], bool]:
    """``ndq57.extract.units.unit_matches`` when that module provides it, else a local fold match."""
    try:
        from ndq57.extract import units  # type: ignore[attr-defined, unused-ignore]
    except Exception:  # the module may be missing or mid-edit: fall back
        return _local_unit_matches
    fn = getattr(units, "unit_matches", None)
    return fn if callable(fn) else _local_unit_matches


@dataclass(frozen=True, slots=True)
class Criteria:
    """What ``ndq57 deadlines`` keeps. Dates are inclusive bounds on the due date."""

    before: dt.date | None = None
    after: dt.date | None = None
    units: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    overdue: bool = False
    as_of: dt.date = dt.date(1970, 1, 1)
    expand: bool = False
    horizon_days: int = 90

    def window(self) -> tuple[dt.date, dt.date]:
        """The expansion window: ``[after, before]``, by default ``[as_of, as_of + 90 days]``."""
        start = self.after or self.as_of
        end = self.before or max(start, self.as_of) + dt.timedelta(days=self.horizon_days)
        return start, end


def select(rows: Iterable[Row], crit: Criteria) -> Iterator[Row]:
    """Filter (and with ``crit.expand``, expand) deadline rows, keeping their order."""
    matches = unit_matcher() if crit.units else None
    kinds = {k.casefold() for k in crit.kinds}
    dated_filter = crit.before is not None or crit.after is not None or crit.overdue
    for row in rows:
        if kinds and str(row.get("kind") or "").casefold() not in kinds:
            continue
        if matches is not None and not _unit_ok(row, crit.units, matches):
            continue
        if crit.expand and row.get("recurrence") and not row.get("due"):
            start, end = crit.window()
            for day in occurrences(row["recurrence"], start, end):
                occ = dict(row)
                occ["due"] = _with_time(day, row["recurrence"])
                occ["id"] = f"{row.get('id')}@{day.isoformat()}"
                occ["occurrence"] = True
                occ["next_due"] = None
                if _date_ok(occ, crit):
                    yield occ
            continue
        if dated_filter and not _date_ok(row, crit):
            continue
        yield row


def _unit_ok(row: Row, queries: tuple[str, ...], matches: Callable[[str, str, str | None], bool]) -> bool:
    for a in row.get("assignees") or []:
        unit = str(a.get("unit") or "")
        raw = a.get("raw")
        for q in queries:
            try:
                if matches(q, unit, raw):
                    return True
            except Exception:
                if _local_unit_matches(q, unit, raw):
                    return True
    return False


def _date_ok(row: Row, crit: Criteria) -> bool:
    day = due_date(row)
    if day is None:
        return False
    if crit.before is not None and day > crit.before:
        return False
    if crit.after is not None and day < crit.after:
        return False
    return not (crit.overdue and day >= crit.as_of)


def sort_key(row: Mapping[str, Any]) -> tuple[int, str]:
    """Dated rows by due date, then undated ones, recurring ones last (stable otherwise)."""
    due = row.get("due")
    if due:
        return (0, str(due))
    if row.get("recurrence"):
        return (2, str(row.get("next_due") or ""))
    return (1, "")
