"""Words and dates for people, in Vietnamese (``vi``, the default of the table, CSV, XLSX and
calendar) or English (``en``): column headers, roles, kinds, recurrence and relative phrasing.
The words live in ``data/labels.yaml``; JSON and YAML keys never change with the language.

>>> vi, en = Labels("vi"), Labels("en")
>>> vi.date("2026-12-25"), vi.date("2026-05-15T16:00"), en.date("2026-05-15T16:00")
('25/12/2026', '16h00 15/05/2026', '2026-05-15 16:00')
>>> vi.recurrence({"freq": "monthly", "monthday": 25})
'ngày 25 hằng tháng'
>>> vi.recurrence({"freq": "weekly", "weekday": 4, "time": "11:00"})
'11h00 thứ Sáu hằng tuần'
>>> vi.relative({"amount": 15, "unit": "working_day", "anchor": "receipt"})
'15 ngày làm việc kể từ ngày nhận'
>>> vi.relative({"amount": 0, "unit": "day", "anchor": "receipt"})
'ngay sau ngày nhận'
>>> vi.recurrence({"freq": "quarterly", "month": 3, "monthday": 31})
'ngày cuối tháng cuối của quý, hằng quý'
>>> vi.recurrence({"freq": "monthly", "monthday": 10, "monthdays": [10, 25]})
'ngày 10, 25 hằng tháng'
>>> vi.recurrence({"freq": "monthly", "weekday": 0, "week": 1})
'thứ Hai tuần đầu tiên hằng tháng'
>>> vi.qualifier("on"), vi.qualifier("before")
('vào', 'trước')
>>> vi.units([{"unit": "Sở Y tế", "role": "lead"}, {"unit": "Sở Công Thương", "role": "coordinate"}])
'Sở Y tế (chủ trì), Sở Công Thương (phối hợp)'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from ndq57.export.text import display

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"



def _data() -> dict[str, Any]:
    from ndq57.data import load

    data: dict[str, Any] = load("labels")
    return data


class Labels:
    """The words of one language (``vi`` or ``en``)."""

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
        self.lang = lang
        self._d = _data()

    def _pick(self, table: str, key: str | None, default: str | None = None) -> str:
        entry = self._d.get(table, {}).get(key or "")
        if isinstance(entry, Mapping):
            return str(entry.get(self.lang, default if default is not None else key))
        return default if default is not None else str(key or "")

    def column(self, key: str) -> str:
        return self._pick("columns", key)

    def role(self, role: str | None) -> str:
        return self._pick("roles", role) if role else ""

    def kind(self, kind: str | None) -> str:
        return self._pick("kinds", kind) if kind else ""

    def qualifier(self, qualifier: str | None) -> str:
        return self._pick("qualifiers", qualifier) if qualifier else ""

    def word(self, key: str) -> str:
        return self._pick("words", key)

    def state(self, state: str | None) -> str:
        """A register task's state on a day (``overdue`` → ``quá hạn``)."""
        return self._pick("states", state) if state else ""

    def status(self, status: str | None) -> str:
        return self._pick("statuses", status) if status else ""

    def term(self, term: str | None) -> str:
        return self._pick("terms", term) if term else ""

    # ------------------------------------------------------------ dates

    def date(self, value: Any) -> str:
        """A date (``2026-12-25``) or date-time (``2026-05-15T16:00``) as people write it here."""
        if not value:
            return ""
        text = str(value)
        try:
            if "T" in text:
                moment = dt.datetime.fromisoformat(text)
                if self.lang == "vi":
                    return f"{moment.hour:02d}h{moment.minute:02d} {moment:%d/%m/%Y}"
                return moment.strftime("%Y-%m-%d %H:%M")
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            return display(text)
        return day.strftime("%d/%m/%Y") if self.lang == "vi" else day.isoformat()

    # ------------------------------------------------------------ owners

    def units(self, assignees: Iterable[Mapping[str, Any]]) -> str:
        """``Unit (role), Unit (role)`` with the roles in this language."""
        parts = []
        for a in assignees:
            unit = display(str(a.get("unit") or ""))
            role = self.role(a.get("role"))
            parts.append(f"{unit} ({role})" if role else unit)
        return ", ".join(parts)

    # ------------------------------------------------------------ recurrence, relative

    def recurrence(self, rec: Mapping[str, Any] | None) -> str:
        if not rec:
            return ""
        if self.lang == "en":
            from ndq57.export.rows import recurrence_text

            return recurrence_text(rec)
        t = self._d["recurrence"]["vi"]
        freq = rec.get("freq")
        monthday, month = rec.get("monthday"), rec.get("month")
        weekday = rec.get("weekday")
        text: str
        if freq == "daily":
            text = t["daily"]
        elif freq == "weekly":
            if weekday is not None:
                name = self._d["weekdays"]["vi"][int(weekday) % 7]
                text = t["weekly"].format(weekday=name)
            else:
                text = t["weekly_bare"]
        elif freq == "monthly" and rec.get("monthdays"):
            text = t["monthly"].format(monthday=", ".join(str(x) for x in rec["monthdays"]))
        elif freq == "monthly" and weekday is not None and rec.get("week"):
            name = self._d["weekdays"]["vi"][int(weekday) % 7]
            which = t["month_weeks"][int(rec["week"]) if int(rec["week"]) > 0 else 0]
            text = t["monthly_week"].format(weekday=name, week=which)
        elif freq == "monthly":
            text = t["monthly"].format(monthday=monthday) if monthday else t["monthly_bare"]
        elif freq == "quarterly":
            if monthday and month:
                which = t["quarter_months"][(int(month) - 1) % 3]
                # (day 31 stands for the month's last day: 30 June and 30 September)
                key = "quarterly_last" if int(monthday) == 31 else "quarterly"
                text = t[key].format(monthday=monthday, quarter_month=which)
            else:
                text = t["quarterly_bare"]
        elif freq == "yearly":
            if rec.get("dates"):
                days = ", ".join(f"{d[3:5]}/{d[:2]}" for d in rec["dates"])
                text = t["yearly_dates"].format(days=days)
            elif monthday and month:
                text = t["yearly"].format(monthday=int(monthday), month=int(month))
            elif month:
                text = t["yearly_month"].format(month=int(month))
            else:
                text = t["yearly_bare"]
        elif freq == "periodic" and rec.get("interval_months"):
            interval = int(rec["interval_months"])
            text = t["periodic"].format(monthday=monthday, interval=interval) if monthday else t[
                "periodic_bare"
            ].format(interval=interval)
        elif freq == "periodic":
            text = t["periodic_unsaid"]
        else:
            text = str(freq or "")
        clock = rec.get("time")
        if clock:
            hour, _, minute = str(clock).partition(":")
            text = t["time"].format(hour=hour, minute=minute or "00") + " " + text
        return text

    def relative(self, rel: Mapping[str, Any] | None) -> str:
        if not rel:
            return ""
        rd = self._d["relative"]
        unit = self._pick_in(rd["units"], rel.get("unit"))
        anchor = self._pick_in(rd["anchors"], rel.get("anchor")) or self._pick_in(rd["anchors"], "other")
        template = str(rd["template_now" if rel.get("amount") == 0 else "template"][self.lang])
        return template.format(amount=rel.get("amount"), unit=unit, anchor=anchor)

    def basis(self, key: str | None) -> str:
        return self._pick_in(self._d["relative"]["basis"], key) if key else ""

    def _pick_in(self, table: Mapping[str, Any], key: Any) -> str:
        entry = table.get(str(key)) if key is not None else None
        if isinstance(entry, Mapping):
            return str(entry.get(self.lang) or key)
        return str(key) if key is not None else ""

    # ------------------------------------------------------------ the due column

    def due(self, row: Mapping[str, Any]) -> str:
        """What the due column says: a date, the recurrence (and its next day), a relative term."""
        if row.get("due"):
            mark = " *" if row.get("due_basis") == "document_date" else ""
            return self.date(row["due"]) + mark
        if row.get("recurrence"):
            text = self.recurrence(row["recurrence"])
            if row.get("next_due"):
                text += f" ({self.word('next')} {self.date(str(row['next_due'])[:10])})"
            return text
        if row.get("relative"):
            return self.relative(row["relative"])
        return self.word("unknown_due")


