"""Where a task stands on a given day, in the terms of the follow-up reports (Quyết định
42/2014/QĐ-TTg): done on time, done late, open within its term, overdue — plus tasks with no term
and recurring ones, whose occurrences each stand on their own.

A task is overdue when it is open and its due date is *before* the day (due on the day itself is
still within the term); days late are counted from the due date to the day. A completion dated
after the day does not count yet (the state is the state as of that day).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ndq57.export.rows import occurrences

DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
DONE = "done"  # done, with no term to measure it against
IN_TERM = "in_term"
OVERDUE = "overdue"
NO_TERM = "no_term"
RECURRING = "recurring"  # a recurring task whose last occurrence is not overdue
REMOVED = "removed"
STATES = (DONE_ON_TIME, DONE_LATE, DONE, IN_TERM, OVERDUE, NO_TERM, RECURRING, REMOVED)

LOOK_AROUND = dt.timedelta(days=400)  # how far from a day to look for occurrences


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _occurrences(rec_json: str, start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    # the distinct recurrences of a register are few: each (rule, window) is expanded once
    return tuple(occurrences(json.loads(rec_json), start, end))


def occurrences_between(rec: Mapping[str, Any] | str, start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """The occurrences of a recurrence (a dict or its JSON text) in ``[start, end]``.

    >>> occurrences_between({"freq": "monthly", "monthday": 25}, dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    (datetime.date(2026, 3, 25), datetime.date(2026, 4, 25))
    """
    text = rec if isinstance(rec, str) else json.dumps(rec, sort_keys=True)
    return _occurrences(text, start, end)


def _month(text: str) -> tuple[dt.date, dt.date] | None:
    try:
        first = dt.date.fromisoformat(text + "-01")
    except ValueError:
        return None
    return first, month_end(first)


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month.

    >>> month_end(dt.date(2028, 2, 3))
    datetime.date(2028, 2, 29)
    """
    nxt = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def occurrence_in(
    rec: Mapping[str, Any], when: str, done: set[str] | None = None, *, want_done: bool = False
) -> dt.date | None:
    """The occurrence named by ``when``: a date that is one, or a month (``2026-03``) holding one.
    In a month, the first occurrence not in ``done`` (with ``want_done``: the last one in it).

    >>> rec = {"freq": "weekly", "weekday": 4}
    >>> occurrence_in(rec, "2026-03"), occurrence_in(rec, "2026-03", {"2026-03-06"})
    (datetime.date(2026, 3, 6), datetime.date(2026, 3, 13))
    >>> occurrence_in(rec, "2026-03", {"2026-03-06", "2026-03-13"}, want_done=True)
    datetime.date(2026, 3, 13)
    >>> occurrence_in(rec, "2026-03-20"), occurrence_in(rec, "2026-03-19")
    (datetime.date(2026, 3, 20), None)
    """
    done = done or set()
    month = _month(when) if len(when) == 7 else None
    if month is not None:
        found = occurrences_between(rec, *month)
        if want_done:
            picked = [d for d in found if d.isoformat() in done]
            return picked[-1] if picked else None
        picked = [d for d in found if d.isoformat() not in done]
        return picked[0] if picked else None
    day = _date(when)
    if day is None:
        return None
    return day if occurrences_between(rec, day, day) else None


def nearest_open_occurrence(rec: Mapping[str, Any], on: dt.date, done: set[str]) -> dt.date | None:
    """The occurrence nearest ``on`` that is not done yet (the earlier one on a tie).

    >>> rec = {"freq": "monthly", "monthday": 25}
    >>> nearest_open_occurrence(rec, dt.date(2026, 3, 20), set())
    datetime.date(2026, 3, 25)
    >>> nearest_open_occurrence(rec, dt.date(2026, 3, 27), {"2026-03-25"})
    datetime.date(2026, 4, 25)
    """
    found = [d for d in occurrences_between(rec, on - LOOK_AROUND, on + LOOK_AROUND) if d.isoformat() not in done]
    if not found:
        return None
    return min(found, key=lambda d: (abs((d - on).days), d))


@dataclass(frozen=True, slots=True)
class State:
    state: str
    due: str | None = None  # the date the state is measured against (an occurrence for a recurring task)
    next_due: str | None = None  # a recurring task's next occurrence on or after the day
    days_late: int | None = None


def classify(due: dt.date | None, done_on: dt.date | None, as_of: dt.date) -> str:
    """The state of one obligation (a task, or one occurrence of a recurring task) on ``as_of``.

    >>> d = dt.date
    >>> due, end = d(2026, 3, 15), d(2026, 3, 31)
    >>> classify(due, d(2026, 3, 15), end), classify(due, d(2026, 3, 16), end)
    ('done_on_time', 'done_late')
    >>> classify(d(2026, 3, 31), None, d(2026, 3, 31)), classify(d(2026, 3, 30), None, d(2026, 3, 31))
    ('in_term', 'overdue')
    >>> classify(d(2026, 3, 15), d(2026, 4, 2), d(2026, 3, 31)), classify(None, None, d(2026, 3, 31))
    ('overdue', 'no_term')
    """
    if done_on is not None and done_on <= as_of:
        if due is None:
            return DONE
        return DONE_ON_TIME if done_on <= due else DONE_LATE
    if due is None:
        return NO_TERM
    return OVERDUE if due < as_of else IN_TERM


def task_state(row: Mapping[str, Any], as_of: dt.date, done: Mapping[str, str] | None = None) -> State:
    """The state of a register task row on ``as_of``; ``done`` maps a recurring task's done
    occurrences to their completion dates."""
    if not row.get("present", 1):
        return State(REMOVED, row.get("due_date"))
    if row.get("term") == "recurring" and row.get("recurrence"):
        rec = str(row["recurrence"])
        start = as_of - LOOK_AROUND
        doc_date = _date(row.get("doc_date"))
        if doc_date is not None and doc_date > start:
            start = doc_date
        # a duty ended by hand (register done --ended) has no occurrence after its last day
        end = _date(row.get("done_on")) if row.get("status") == "done" else None
        horizon = as_of + LOOK_AROUND if end is None else min(as_of + LOOK_AROUND, end)
        past = occurrences_between(rec, start, min(as_of - dt.timedelta(days=1), horizon))
        upcoming = occurrences_between(rec, as_of, horizon) if horizon >= as_of else ()
        time = json.loads(rec).get("time")
        nxt = (f"{upcoming[0].isoformat()}T{time}" if time else upcoming[0].isoformat()) if upcoming else None
        if past:
            last = past[-1]
            state = classify(last, _date((done or {}).get(last.isoformat())), as_of)
            if state == OVERDUE:
                return State(OVERDUE, last.isoformat(), nxt, (as_of - last).days)
        if end is not None and end < as_of:
            return State(DONE, None, None)
        return State(RECURRING, nxt, nxt)
    due = _date(row.get("due_date"))
    done_on = _date(row.get("done_on")) if row.get("status") == "done" else None
    state = classify(due, done_on, as_of)
    late = (as_of - due).days if state == OVERDUE and due is not None else None
    return State(state, row.get("due_date"), None, late)
