"""Working days in Vietnam, and relative deadlines resolved from a day.

A working day is Monday to Friday and not a public holiday. The holidays (New Year, the Lunar New
Year — Tết, from its eve —, the Hùng Kings' day, 30 April, 1 May, National Day, and the days off
that the Government moves or adds) come from the ``holidays`` package, which computes the lunar
calendar; written by hand they would be a table to update every year.

How a term is counted follows the Civil Code (Bộ luật Dân sự 2015, Điều 147–148): the day of the
event is not counted; a term in days, weeks or months whose last day is not a working day ends on
the next working day; a term in working days counts working days only.

>>> import datetime as dt
>>> resolve({"amount": 15, "unit": "working_day"}, dt.date(2026, 2, 10))  # Tết 16–20/02/2026
datetime.date(2026, 3, 10)
>>> resolve({"amount": 10, "unit": "day"}, dt.date(2026, 4, 20))  # 30/04 is a holiday
datetime.date(2026, 5, 4)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any


@functools.cache
def _holidays(year: int) -> frozenset[dt.date]:
    import holidays

    return frozenset(holidays.country_holidays("VN", years=year))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a Vietnamese public holiday.

    >>> is_working_day(dt.date(2026, 2, 17)), is_working_day(dt.date(2026, 2, 23))
    (False, True)
    """
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted)."""
    day = start
    left = max(count, 0)
    while left:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def resolve(rel: Mapping[str, Any], anchor: dt.date) -> dt.date | None:
    """The last day of a relative term (``{"amount": 15, "unit": "working_day"}``) that starts on
    ``anchor``; None for an amount or unit it cannot count."""
    try:
        amount = int(rel.get("amount") or 0)
    except (TypeError, ValueError):
        return None
    if amount < 0 or amount > 10_000:
        return None
    unit = rel.get("unit")
    try:
        if unit == "working_day":
            return add_working_days(anchor, amount)
        if unit == "day":
            return next_working_day(anchor + dt.timedelta(days=amount))
        if unit == "week":
            return next_working_day(anchor + dt.timedelta(weeks=amount))
        if unit == "month":
            from dateutil.relativedelta import relativedelta

            return next_working_day(anchor + relativedelta(months=amount))
        if unit == "hour":  # ("trong vòng 24 giờ kể từ ngày ký": the day the hours run out)
            return anchor + dt.timedelta(days=amount // 24)
    except OverflowError:
        return None
    return None
