"""Rows: flat, JSON-ready records carrying their document's identity — one per deadline here —,
the filters every row command shares, and the column specs the table, CSV and XLSX render.

A row is built from ``Document.to_dict()`` (so it can be made in a worker process and sent back
cheaply), then filtered and, for recurring deadlines, expanded into dated occurrences.

The machinery is not tied to deadlines. A row type is a :class:`RowSpec`: its columns (key,
header word, display text, typed value, table width and priority), the key of its owners, the
message when nothing is listed. Every filter (:class:`Criteria`: ``--unit``, ``--before``,
``--after``, ``--overdue``, ``--within``, ``--kind``, ``--expand``) reads only the row keys
``due``, ``kind``, ``recurrence`` and the owners list (``{"unit", "role", "raw"}`` items), and the
calendar reads ``due``, ``start``, ``recurrence``, ``next_due``, ``task``, ``id`` and ``sha256``;
a row type that fills those keys gets the filters and every format for free.

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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ndq57.model import fold

if TYPE_CHECKING:
    from ndq57.export.labels import Labels

Row = dict[str, Any]

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def build_rows(
    doc: Mapping[str, Any], *, as_of: dt.date | None = None, received: dt.date | None = None
) -> list[Row]:
    """The deadline rows of one parsed document (a ``Document.to_dict()`` mapping).

    ``as_of`` (default: none) fills ``next_due`` of recurring deadlines: their first occurrence
    on or after that day. Relative deadlines get a ``due`` counted from ``received`` (the day the
    document was received) or, without it, from the document's date; ``due_basis`` says which
    (see :func:`resolve_relative`).
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
            "due_basis": None,
        }
        if as_of is not None and row["recurrence"]:
            row["next_due"] = next_occurrence(row, as_of)
        if row["relative"]:
            resolve_relative(row, received)
        rows.append(row)
    return rows


def resolve_relative(row: Row, received: dt.date | None) -> None:
    """Fill ``due`` and ``due_basis`` of a row with a relative term, counting working days and
    holidays (:mod:`ndq57.export.workdays`).

    A term from the receipt of the document ("15 ngày làm việc kể từ ngày nhận được") counts from
    ``received``, or from the document's date when none is given (basis ``document_date``: the
    earliest the term can end); a term from its signing, issue or effective date counts from the
    document's date. Terms from another event are left undated.
    """
    from ndq57.export.workdays import resolve

    rel = row.get("relative") or {}
    anchor = rel.get("anchor")
    doc_date = _iso_date(row.get("date"))
    base: dt.date | None
    if anchor == "receipt" and received is not None:
        base, basis = received, "received"
    elif anchor in ("receipt", "signing", "issue", "effective"):
        base, basis = doc_date, "document_date"
    else:
        if row.get("due"):
            row["due_basis"] = "parsed"
        return
    if base is None:
        return
    day = resolve(rel, base)
    if day is not None:
        row["due"] = day.isoformat()
        row["due_basis"] = basis


def _iso_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


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
    >>> recurrence_text({"freq": "quarterly", "month": 3, "monthday": 31})
    'quarterly last day of month 3'
    >>> recurrence_text({"freq": "monthly", "monthday": 10, "monthdays": [10, 25]})
    'monthly days 10, 25'
    >>> recurrence_text({"freq": "monthly", "weekday": 4, "week": -1})
    'monthly Fri of the last week'
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
        day = "last day" if int(rec["monthday"]) == 31 else f"day {rec['monthday']}"  # 31: the month's last
        parts.append(f"{day} of month {rec['month']}")
    elif freq == "monthly" and rec.get("monthdays"):
        parts.append("days " + ", ".join(str(x) for x in rec["monthdays"]))
    elif freq == "monthly" and rec.get("weekday") is not None and rec.get("week"):
        week = int(rec["week"])
        which = "the last week" if week < 0 else f"week {week}"
        parts.append(f"{_WEEKDAY_NAMES[int(rec['weekday']) % 7]} of {which}")
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
    if freq == "daily":
        return {"freq": rrule.DAILY}
    if freq == "weekly" and rec.get("weekday") is not None:
        return {"freq": rrule.WEEKLY, "byweekday": int(rec["weekday"]) % 7}
    if freq == "monthly" and rec.get("monthdays"):
        days, positions = _monthdays_set([int(x) for x in rec["monthdays"]])
        return {"freq": rrule.MONTHLY, "bymonthday": days, **({"bysetpos": positions} if positions else {})}
    if freq == "monthly" and monthday:
        return {"freq": rrule.MONTHLY, **_monthday_kwargs(int(monthday))}
    if freq == "monthly" and rec.get("weekday") is not None and rec.get("week"):
        return {"freq": rrule.MONTHLY, "byweekday": rrule.weekday(int(rec["weekday"]) % 7, int(rec["week"]))}
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


def _monthdays_set(days: list[int]) -> tuple[tuple[int, ...], tuple[int, ...] | None]:
    """BYMONTHDAY and BYSETPOS of several days of each month: one day past 28 ("ngày 15 và 30
    hằng tháng") falls on the last day of a shorter month, as a single one does.

    >>> _monthdays_set([10, 25])
    ((10, 25), None)
    >>> _monthdays_set([15, 30])
    ((15, 28, 29, 30), (1, -1))
    """
    small = sorted({d for d in days if d <= 28})
    big = sorted({d for d in days if d > 28})
    if len(big) != 1:  # (two days past 28: listed as written)
        return tuple(sorted(set(days))), None
    return tuple(sorted({*small, *range(28, big[0] + 1)})), (*range(1, len(small) + 1), -1)


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
    >>> rrule_text({"freq": "monthly", "monthday": 10, "monthdays": [10, 25]})
    'FREQ=MONTHLY;BYMONTHDAY=10,25'
    >>> rrule_text({"freq": "monthly", "weekday": 0, "week": 1})
    'FREQ=MONTHLY;BYDAY=1MO'
    >>> rrule_text({"freq": "monthly", "weekday": 4, "week": -1})
    'FREQ=MONTHLY;BYDAY=-1FR'
    """
    if not rec:
        return None
    freq = rec.get("freq")
    monthday = rec.get("monthday")

    def mday(md: int) -> str:
        if md > 28:
            return "BYMONTHDAY=" + ",".join(str(x) for x in range(28, md + 1)) + ";BYSETPOS=-1"
        return f"BYMONTHDAY={md}"

    if freq == "daily":
        return "FREQ=DAILY"
    if freq == "weekly" and rec.get("weekday") is not None:
        return f"FREQ=WEEKLY;BYDAY={WEEKDAYS[int(rec['weekday']) % 7]}"
    if freq == "monthly" and rec.get("monthdays"):
        days, positions = _monthdays_set([int(x) for x in rec["monthdays"]])
        rule = "FREQ=MONTHLY;BYMONTHDAY=" + ",".join(str(x) for x in days)
        return rule + (";BYSETPOS=" + ",".join(str(x) for x in positions) if positions else "")
    if freq == "monthly" and monthday:
        return f"FREQ=MONTHLY;{mday(int(monthday))}"
    if freq == "monthly" and rec.get("weekday") is not None and rec.get("week"):
        return f"FREQ=MONTHLY;BYDAY={int(rec['week'])}{WEEKDAYS[int(rec['weekday']) % 7]}"
    if freq == "monthly":
        return "FREQ=MONTHLY"
    if freq == "yearly" and rec.get("dates"):
        several = yearly_dates_rule(rec["dates"])
        if several:
            return several
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


def yearly_dates_rule(dates: list[str]) -> str | None:
    """One RRULE for the days of a yearly list when one rule holds them all: the same day of several
    months, or the last day of each ("tháng 3, 6, 9 và 12 hằng năm"); None otherwise.

    >>> yearly_dates_rule(["03-31", "06-30", "09-30", "12-31"])
    'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'
    >>> yearly_dates_rule(["06-15", "12-15"])
    'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15'
    >>> yearly_dates_rule(["02-03", "05-19"]) is None
    True
    """
    import calendar

    pairs = [(int(d[:2]), int(d[3:5])) for d in dates]
    months = ",".join(str(m) for m in sorted({m for m, _ in pairs}))
    days = {d for _, d in pairs}
    if len(days) == 1:
        return f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY={days.pop()}"
    if all(d == calendar.monthrange(2023, m)[1] for m, d in pairs):
        return f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY=-1"
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
    within: int | None = None  # due in [as_of, as_of + within days]
    owners_key: str = "assignees"  # the row key of the owners list

    def window(self) -> tuple[dt.date, dt.date]:
        """The expansion window: ``[after, before]``, by default ``[as_of, as_of + 90 days]``."""
        start = self.after or self.as_of
        end = self.before or max(start, self.as_of) + dt.timedelta(days=self.horizon_days)
        if self.within is not None:
            start = max(start, self.as_of)
            end = min(end, self.as_of + dt.timedelta(days=self.within))
        return start, end

    @property
    def dated(self) -> bool:
        """True when a filter needs a due date (rows without one are dropped)."""
        return self.before is not None or self.after is not None or self.overdue or self.within is not None


def select(rows: Iterable[Row], crit: Criteria) -> Iterator[Row]:
    """Filter (and with ``crit.expand``, expand) deadline rows, keeping their order."""
    matches = unit_matcher() if crit.units else None
    kinds = {k.casefold() for k in crit.kinds}
    dated_filter = crit.dated
    for row in rows:
        if kinds and str(row.get("kind") or "").casefold() not in kinds:
            continue
        if matches is not None and not _unit_ok(row.get(crit.owners_key) or [], crit.units, matches):
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


def _unit_ok(
    owners: Iterable[Mapping[str, Any]], queries: tuple[str, ...], matches: Callable[[str, str, str | None], bool]
) -> bool:
    for a in owners:
        unit = str(a.get("canonical") or a.get("unit") or "")
        raw = a.get("unit")
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
    if crit.within is not None and not crit.as_of <= day <= crit.as_of + dt.timedelta(days=crit.within):
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


# ---------------------------------------------------------------- columns and row types

KINDS = ("date", "datetime", "month", "quarter", "half_year", "year", "range", "recurring", "relative", "vague")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a row type, for the table, CSV and XLSX.

    ``raw`` is the machine value (CSV with ``--lang en``: ISO dates, English words), ``text`` what
    people read (with :class:`~ndq57.export.labels.Labels`), ``value`` the typed XLSX cell (a date
    stays a date). In the table, ``width``..``max_width`` bound the column, ``priority`` decides
    which columns go first when the screen is narrow (lowest first), ``lines`` caps a wrapped cell.
    """

    key: str
    raw: Callable[[Mapping[str, Any]], Any]
    text: Callable[[Mapping[str, Any], Labels], str]
    value: Callable[[Mapping[str, Any], Labels], Any] | None = None
    width: int = 6
    max_width: int = 20
    priority: int = 50
    lines: int = 0  # 0: as many as needed


@dataclass(frozen=True, slots=True)
class RowSpec:
    """A row type: its columns (CSV/XLSX order), the table's columns (keys, in order), where its
    owners are, and the labels word shown when no row is listed."""

    name: str
    columns: tuple[Column, ...]
    table: tuple[Column, ...]
    owners_key: str = "assignees"
    empty: str = "no_rows"
    sort: Callable[[Mapping[str, Any]], Any] = field(default=sort_key)

    def column(self, key: str) -> Column:
        for col in (*self.columns, *self.table):
            if col.key == key:
                return col
        raise KeyError(key)


def _plain(key: str) -> Callable[[Mapping[str, Any]], Any]:
    def get(row: Mapping[str, Any]) -> Any:
        return row.get(key)

    return get


def _show(value: Any) -> str:
    from ndq57.export.text import display

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return display(str(value), keep_newlines=True)


def _text(key: str) -> Callable[[Mapping[str, Any], Labels], str]:
    def text(row: Mapping[str, Any], _labels: Labels) -> str:
        return _show(row.get(key))

    return text


def _date_text(key: str) -> Callable[[Mapping[str, Any], Labels], str]:
    def text(row: Mapping[str, Any], labels: Labels) -> str:
        return labels.date(row.get(key))

    return text


def date_value(value: Any) -> dt.date | dt.datetime | None:
    """A typed date or date-time for a spreadsheet cell (None when absent or unreadable)."""
    if not value:
        return None
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _date_cell(key: str) -> Callable[[Mapping[str, Any], Labels], Any]:
    def value(row: Mapping[str, Any], _labels: Labels) -> Any:
        return date_value(row.get(key))

    return value


def _number_cell(key: str) -> Callable[[Mapping[str, Any], Labels], Any]:
    def value(row: Mapping[str, Any], _labels: Labels) -> Any:
        v = row.get(key)
        return v if isinstance(v, int | float) and not isinstance(v, bool) else None

    return value


def _owners_text(key: str) -> Callable[[Mapping[str, Any], Labels], str]:
    def text(row: Mapping[str, Any], labels: Labels) -> str:
        return labels.units(row.get(key) or [])

    return text


def document_text(row: Mapping[str, Any], _labels: Labels) -> str:
    """The document's number, or its file name when it has none."""
    import os.path

    return _show(row.get("number") or os.path.basename(str(row.get("path") or "")))


def date_column(key: str, **kw: Any) -> Column:
    return Column(key, _plain(key), _date_text(key), _date_cell(key), **kw)


def text_column(key: str, **kw: Any) -> Column:
    return Column(key, _plain(key), _text(key), None, **kw)


def number_column(key: str, **kw: Any) -> Column:
    return Column(key, _plain(key), _text(key), _number_cell(key), **kw)


def owners_column(key: str, owners_key: str, **kw: Any) -> Column:
    """The owners list as ``Unit (role), …``: English roles raw, the language's roles for people."""

    def raw(row: Mapping[str, Any]) -> Any:
        return units_text(row.get(owners_key) or [])

    return Column(key, raw, _owners_text(owners_key), None, **kw)


DEADLINE_COLUMNS: tuple[Column, ...] = (
    text_column("path"),
    text_column("number"),
    text_column("type"),
    date_column("date"),
    text_column("id"),
    Column("kind", _plain("kind"), lambda r, lb: lb.kind(r.get("kind"))),
    Column("qualifier", _plain("qualifier"), lambda r, lb: lb.qualifier(r.get("qualifier"))),
    date_column("due"),
    date_column("start"),
    Column(
        "recurrence",
        lambda r: recurrence_text(r.get("recurrence")),
        lambda r, lb: lb.recurrence(r.get("recurrence")) or lb.relative(r.get("relative")),
    ),
    date_column("next_due"),
    text_column("section"),
    number_column("line"),
    owners_column("units", "assignees"),
    text_column("task"),
    text_column("phrase"),
    number_column("confidence"),
    Column("due_basis", _plain("due_basis"), lambda r, lb: lb.basis(r.get("due_basis"))),
)

DEADLINE_TABLE: tuple[Column, ...] = (
    Column("due", _plain("due"), lambda r, lb: lb.due(r), width=12, max_width=22, priority=100),
    Column("kind", _plain("kind"), lambda r, lb: lb.kind(r.get("kind")), width=6, max_width=16, priority=10),
    owners_column("units", "assignees", width=18, max_width=40, priority=80, lines=4),
    Column(
        "task",
        _plain("task"),
        lambda r, lb: _show(r.get("task") or r.get("phrase")),
        width=28,
        max_width=80,
        priority=90,
        lines=4,
    ),
    Column("document", _plain("number"), document_text, width=11, max_width=24, priority=60, lines=2),
    text_column("section", width=7, max_width=16, priority=30, lines=2),
)

DEADLINES = RowSpec("deadline", DEADLINE_COLUMNS, DEADLINE_TABLE, owners_key="assignees", empty="no_rows")

# ---------------------------------------------------------------- tasks

_TIME_KEYS = ("kind", "qualifier", "due", "start", "recurrence", "relative", "phrase")


def _main_deadline(ds: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The deadline a task's row shows: the earliest dated one, else a recurring one, else the
    first."""
    dated = sorted((d for d in ds if d.get("due")), key=lambda d: str(d["due"]))
    if dated:
        return dated[0]
    return next((d for d in ds if d.get("recurrence")), ds[0] if ds else None)


def build_task_rows(
    doc: Mapping[str, Any], *, as_of: dt.date | None = None, received: dt.date | None = None
) -> list[Row]:
    """The task rows of one parsed document: one per task, dated by its earliest deadline (tasks
    with no deadline are rows too, with no due date).

    >>> doc = {"source": {"path": "a.txt"}, "document": {"number": "7/KH-UBND"}, "tasks": [{"id": "t1",
    ...        "key": "k", "section": "II.1", "line": 9, "end_line": 9, "text": "Rà soát hồ sơ",
    ...        "owners": [{"unit": "Sở Nội vụ", "role": "lead", "raw": "Sở Nội vụ"}], "deadlines": [],
    ...        "product": None, "read_as": "block", "rule": "labelled_block"}]}
    >>> row = build_task_rows(doc)[0]
    >>> row["id"], row["due"], row["lead"]
    ('t1', None, 'Sở Nội vụ')
    """
    source = doc.get("source") or {}
    header = doc.get("document") or {}
    deadlines = {d.get("id"): d for d in doc.get("deadlines") or []}
    rows: list[Row] = []
    for t in doc.get("tasks") or []:
        owners = list(t.get("owners") or [])
        ds = [deadlines[i] for i in t.get("deadlines") or [] if i in deadlines]
        main = _main_deadline(ds) or {}
        row: Row = {
            "path": source.get("path"),
            "sha256": source.get("sha256"),
            "number": header.get("number"),
            "type": header.get("type"),
            "date": header.get("date"),
            "id": t.get("id"),
            "key": t.get("key"),
            "section": t.get("section"),
            "line": t.get("line"),
            "task": t.get("text"),
            "owners": owners,
            "lead": ", ".join(a.get("unit") or "" for a in owners if a.get("role") in ("lead", "assigned")),
            "product": t.get("product"),
            "read_as": t.get("read_as"),
            "rule": t.get("rule"),
            **{k: main.get(k) for k in _TIME_KEYS},
            "deadlines": [d.get("id") for d in ds],
            "occurrence": False,
            "next_due": None,
            "due_basis": None,
        }
        if as_of is not None and row["recurrence"]:
            row["next_due"] = next_occurrence(row, as_of)
        if row["relative"]:
            resolve_relative(row, received)
        rows.append(row)
    return rows


def _ids(row: Mapping[str, Any]) -> str:
    return ", ".join(row.get("deadlines") or [])


TASK_COLUMNS: tuple[Column, ...] = (
    text_column("path"),
    text_column("number"),
    text_column("type"),
    date_column("date"),
    text_column("id"),
    text_column("section"),
    number_column("line"),
    text_column("task"),
    owners_column("owners", "owners"),
    text_column("product"),
    Column("kind", _plain("kind"), lambda r, lb: lb.kind(r.get("kind"))),
    date_column("due"),
    date_column("start"),
    Column(
        "recurrence",
        lambda r: recurrence_text(r.get("recurrence")),
        lambda r, lb: lb.recurrence(r.get("recurrence")) or lb.relative(r.get("relative")),
    ),
    date_column("next_due"),
    text_column("phrase"),
    Column("deadlines", _ids, lambda r, _lb: _ids(r)),
    text_column("read_as"),
    text_column("key"),
    Column("due_basis", _plain("due_basis"), lambda r, lb: lb.basis(r.get("due_basis"))),
)

TASK_TABLE: tuple[Column, ...] = (
    Column("due", _plain("due"), lambda r, lb: lb.due(r) if r.get("deadlines") else "—", width=10, max_width=22,
           priority=100),
    owners_column("owners", "owners", width=18, max_width=40, priority=80, lines=4),
    Column("task", _plain("task"), lambda r, lb: _show(r.get("task")), width=28, max_width=80, priority=90, lines=4),
    Column("document", _plain("number"), document_text, width=11, max_width=24, priority=60, lines=2),
    text_column("section", width=7, max_width=16, priority=30, lines=2),
)

TASKS = RowSpec("task", TASK_COLUMNS, TASK_TABLE, owners_key="owners", empty="no_tasks")


def summarize_by_unit(rows: Iterable[Mapping[str, Any]], as_of: dt.date) -> list[Row]:
    """Per lead (or assigned) unit of the task rows: how many tasks, how many with a due date, due
    before ``as_of`` (overdue), recurring, with no term, and the next due date from ``as_of``."""
    groups: dict[str, Row] = {}
    for row in rows:
        owners = [a for a in row.get("owners") or [] if a.get("role") in ("lead", "assigned")]
        units = list(dict.fromkeys(str(a.get("canonical") or a.get("unit") or "") for a in owners)) or [""]
        day = due_date(row)
        for unit in units:
            g = groups.setdefault(
                unit,
                {"unit": unit, "tasks": 0, "dated": 0, "overdue": 0, "recurring": 0, "no_term": 0, "next_due": None},
            )
            g["tasks"] += 1
            if day is not None:
                g["dated"] += 1
                if day < as_of:
                    g["overdue"] += 1
                elif g["next_due"] is None or str(row["due"]) < str(g["next_due"]):
                    g["next_due"] = row["due"]
            elif row.get("recurrence"):
                g["recurring"] += 1
            else:
                g["no_term"] += 1
    return sorted(groups.values(), key=lambda g: (g["unit"] == "", -g["overdue"], -g["tasks"], g["unit"]))


def _unit_text(row: Mapping[str, Any], labels: Labels) -> str:
    return _show(row.get("unit")) or labels.word("no_owner")


_COUNTS = ("tasks", "dated", "overdue", "recurring", "no_term")
UNIT_COLUMNS: tuple[Column, ...] = (
    Column("unit", _plain("unit"), _unit_text),
    *(number_column(k) for k in _COUNTS),
    date_column("next_due"),
)
UNIT_TABLE: tuple[Column, ...] = (
    Column("unit", _plain("unit"), _unit_text, width=20, max_width=50, priority=100, lines=3),
    *(number_column(k, width=7, max_width=12, priority=90 - i) for i, k in enumerate(_COUNTS)),
    date_column("next_due", width=10, max_width=12, priority=40),
)
UNITS = RowSpec("unit", UNIT_COLUMNS, UNIT_TABLE, owners_key="owners", empty="no_tasks", sort=lambda r: 0)

# Row types by command name: how a worker builds the rows of one document (``ndq57.batch.Job``
# mode), and how they are shown.
BUILDERS: dict[str, Callable[..., list[Row]]] = {"deadlines": build_rows, "tasks": build_task_rows}
SPECS: dict[str, RowSpec] = {"deadlines": DEADLINES, "tasks": TASKS, "units": UNITS}
