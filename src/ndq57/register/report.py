"""The monthly follow-up report: per lead unit, how many tasks were done on time or late in the
month, how many are open within their term or overdue at its end, how many have no term, and the
list of overdue tasks with the document that assigned them — the scheme of the task-tracking
reports of Quyết định 42/2014/QĐ-TTg (amended by 23/2018/QĐ-TTg).

What is counted for month M (``as_of``: the month's last day, or an earlier day given):

- a dated task done in M (``done_on`` in M, not after ``as_of``): *done on time* when
  ``done_on <= due``, else *done late*;
- a dated task open at ``as_of`` (or done after it), whatever its due date: *in term* when due on
  or after ``as_of``, *overdue* before — so earlier months' overdue tasks stay on the list until done;
- a task with no term: open at ``as_of`` or done in M, in *no term*;
- a recurring task: each of its occurrences in M (not before its document's date) is one
  obligation, classified like a dated task; *recurring* counts them (they are also in the other
  columns);
- tasks of documents dated after ``as_of``, and tasks no longer in their re-parsed document, are
  left out.

A task with two lead units counts once for each; the total row counts it once.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ndq57.export.rows import unit_matcher
from ndq57.model import fold
from ndq57.register import states as st
from ndq57.register.store import Register

FORMATS = ("table", "csv", "json", "markdown", "xlsx")
PARTS = ("all", "counts", "overdue")
COUNT_KEYS = ("total", "done_on_time", "done_late", "in_term", "overdue", "no_term", "recurring")
OVERDUE_KEYS = ("unit", "document", "document_date", "task", "owners", "due", "days_late", "task_id")


@dataclass(slots=True)
class Counts:
    unit: str
    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_term: int = 0
    overdue: int = 0
    no_term: int = 0
    recurring: int = 0

    def add(self, state: str, recurring: bool, n: int = 1) -> None:
        self.total += n
        if state in (st.NO_TERM, st.DONE):
            self.no_term += n
        else:
            setattr(self, state, getattr(self, state) + n)
        if recurring:
            self.recurring += n


@dataclass(slots=True)
class OverdueItem:
    unit: str
    document: str | None
    document_date: str | None
    document_type: str | None
    task: str
    owners: str | None
    due: str
    days_late: int
    task_id: str
    section: str | None
    recurring: bool


@dataclass(slots=True)
class Report:
    month: str  # YYYY-MM
    start: str
    end: str
    as_of: str
    units_filter: list[str]
    units: list[Counts] = field(default_factory=list)
    total: Counts = field(default_factory=lambda: Counts(""))
    overdue: list[OverdueItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "start": self.start,
            "end": self.end,
            "as_of": self.as_of,
            "units_filter": self.units_filter,
            "units": [_plain(c) for c in self.units],
            "total": {k: v for k, v in _plain(self.total).items() if k != "unit"},
            "overdue": [_plain(o) for o in self.overdue],
        }


def _plain(obj: Counts | OverdueItem) -> dict[str, Any]:
    # dataclasses.asdict deep-copies every value: ten times slower on a long overdue list
    return {name: getattr(obj, name) for name in obj.__slots__}


def parse_month(text: str) -> dt.date:
    """The first day of a month given as ``2026-03`` or ``03/2026``.

    >>> parse_month("2026-03"), parse_month("3/2026")
    (datetime.date(2026, 3, 1), datetime.date(2026, 3, 1))
    """
    text = text.strip()
    try:
        if "/" in text:
            month, year = text.split("/")
            return dt.date(int(year), int(month), 1)
        year, month = text.split("-")
        return dt.date(int(year), int(month), 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a month such as 2026-03") from None


# A task is open on the day when it is not done, or done after the day.
_OPEN = "(t.status <> 'done' OR t.done_on IS NULL OR t.done_on > ?)"
_DONE_IN = "(t.status = 'done' AND t.done_on >= ? AND t.done_on <= ?)"
_SCOPE = (
    "FROM tasks t JOIN documents d ON d.doc_key = t.doc_key WHERE t.present = 1 AND (d.date IS NULL OR d.date <= ?) "
)
# Dated tasks and tasks with no term, counted in SQL per combination of lead units (the same
# rules as ndq57.register.states.classify); recurring tasks are expanded in Python.
_COUNTS = (
    "SELECT t.leads, t.lead_raws, "
    f"SUM(CASE WHEN t.due_date IS NOT NULL AND {_DONE_IN} AND t.done_on <= t.due_date THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN t.due_date IS NOT NULL AND {_DONE_IN} AND t.done_on > t.due_date THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN t.due_date IS NOT NULL AND {_OPEN} AND t.due_date >= ? THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN t.due_date IS NOT NULL AND {_OPEN} AND t.due_date < ? THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN t.due_date IS NULL AND ({_OPEN} OR {_DONE_IN}) THEN 1 ELSE 0 END) "
    f"{_SCOPE} AND t.term <> 'recurring' GROUP BY t.leads, t.lead_raws"
)
_OVERDUE = (
    "SELECT t.id, t.leads, t.lead_raws, t.text, t.units, t.section, t.due_date, d.number, d.date, d.type "
    f"{_SCOPE} AND t.term <> 'recurring' AND t.due_date IS NOT NULL AND t.due_date < ? AND {_OPEN}"
)
_RECURRING = (
    "SELECT t.id, t.leads, t.lead_raws, t.text, t.units, t.section, t.recurrence, d.number, d.date, d.type, "
    f"t.status, t.done_on {_SCOPE} AND t.term = 'recurring'"
)
_STATES = (st.DONE_ON_TIME, st.DONE_LATE, st.IN_TERM, st.OVERDUE, st.NO_TERM)


def build(reg: Register, month: dt.date, *, as_of: dt.date | None = None, units: Sequence[str] = ()) -> Report:
    """The report of ``month`` (its first day) as of ``as_of`` (default: the month's last day,
    or today when earlier)."""
    start = month.replace(day=1)
    end = st.month_end(start)
    ref = min(as_of or min(end, dt.date.today()), end)
    s0, s1, r0 = start.isoformat(), end.isoformat(), ref.isoformat()
    report = Report(f"{start:%Y-%m}", s0, s1, r0, list(units))
    matches = unit_matcher() if units else None

    @functools.cache
    def kept(leads: str, raws: str) -> tuple[str, ...]:
        """The lead units the --unit queries keep (matched by name or as written); ``("",)`` for
        a task with no lead unit when there are no queries."""
        names, written = _leads(leads), _leads(raws)
        if matches is None:
            return names or ("",)
        return tuple(
            u for u, w in zip(names, written, strict=False) if any(_safe_match(matches, q, u, w) for q in units)
        )

    by_unit: dict[str, Counts] = {}

    def count(leads: tuple[str, ...], state: str, n: int, recurring: bool) -> None:
        for unit in leads:
            counts = by_unit.get(unit)
            if counts is None:
                counts = by_unit[unit] = Counts(unit)
            counts.add(state, recurring, n)
        report.total.add(state, recurring, n)

    params = (s0, r0, s0, r0, r0, r0, r0, r0, r0, s0, r0, r0)  # in the order of the ? above
    for leads, raws, *numbers in reg.db.query(_COUNTS, params):
        names = kept(leads, raws)
        for state, n in zip(_STATES, numbers, strict=True):
            if names and n:
                count(names, state, int(n), False)

    def overdue(row: Sequence[Any], names: tuple[str, ...], due: dt.date, recurring: bool) -> OverdueItem:
        tid, _, _, text, owners, section, _, number, doc_date, doc_type = row[:10]
        return OverdueItem(
            unit="; ".join(names),
            document=number,
            document_date=doc_date,
            document_type=doc_type,
            task=text,
            owners=owners,
            due=due.isoformat(),
            days_late=(ref - due).days,
            task_id=tid,
            section=section,
            recurring=recurring,
        )

    for row in reg.db.query(_OVERDUE, (r0, r0, r0)):
        names = kept(row[1], row[2])
        due = _date(row[6])
        if names and due is not None:
            report.overdue.append(overdue(row, names, due, False))

    done = reg.completions(s0, s1)
    for row in reg.db.query(_RECURRING, (r0,)):
        names = kept(row[1], row[2])
        if not names:
            continue
        first = max(start, _date(row[8]) or start)
        ended = _date(row[11]) if row[10] == "done" else None  # a duty ended by hand: no occurrence after
        last = end if ended is None else min(end, ended)
        occurrences = done.get(row[0], {})
        for occ in st.occurrences_between(str(row[6]), first, last):
            state = st.classify(occ, _date(occurrences.get(occ.isoformat())), ref)
            count(names, state, 1, True)
            if state == st.OVERDUE:
                report.overdue.append(overdue(row, names, occ, True))

    report.units = sorted(by_unit.values(), key=lambda c: (c.unit == "", _fold(c.unit)))
    report.overdue.sort(key=lambda o: (o.unit == "", _fold(o.unit), -o.days_late, o.document or "", o.task_id))
    return report


@functools.lru_cache(maxsize=1 << 14)
def _leads(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text or "[]"))


_fold = functools.lru_cache(maxsize=1 << 14)(fold)


def _safe_match(matches: Callable[[str, str, str | None], bool], query: str, unit: str, raw: Any) -> bool:
    raw_text = str(raw) if raw else None
    try:
        return bool(matches(query, unit, raw_text))
    except Exception:
        q = fold(query)
        return bool(q) and (q in fold(unit) or (raw_text is not None and q in fold(raw_text)))


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- rendering


def labels() -> dict[str, Any]:
    from ndq57.data import load

    data: dict[str, Any] = load("register")
    return data


def _unit_label(unit: str, words: Mapping[str, Any]) -> str:
    return unit or str(words["report"]["no_unit"])


def _day(iso: str | None) -> str:
    """``2026-03-05`` → ``05/03/2026`` (the way a Vietnamese report writes a date)."""
    d = _date(iso)
    return d.strftime("%d/%m/%Y") if d else ""


def _head_lines(report: Report, words: Mapping[str, Any]) -> list[str]:
    r = words["report"]
    start = dt.date.fromisoformat(report.start)
    lines = [
        str(r["title"]),
        str(r["period"]).format(month=f"{start:%m}", year=start.year),
        str(r["as_of"]).format(day=_day(report.as_of)),
    ]
    if report.units_filter:
        lines.append(str(r["units_filter"]).format(units=", ".join(report.units_filter)))
    return lines


def _count_rows(report: Report, words: Mapping[str, Any]) -> list[list[Any]]:
    rows = [[_unit_label(c.unit, words)] + [getattr(c, k) for k in COUNT_KEYS] for c in report.units]
    rows.append([words["report"]["total_row"]] + [getattr(report.total, k) for k in COUNT_KEYS])
    return rows


def _overdue_rows(report: Report, words: Mapping[str, Any]) -> list[list[Any]]:
    out = []
    for i, o in enumerate(report.overdue, start=1):
        doc = " ".join(x for x in (o.document_type, o.document) if x) or "—"
        task = o.task + (f" ({words['report']['recurring_mark']})" if o.recurring else "")
        out.append(
            [
                i,
                _unit_label(o.unit, words),
                doc,
                _day(o.document_date),
                task,
                o.owners or "",
                _day(o.due),
                o.days_late,
                o.task_id,
            ]
        )
    return out


def render(report: Report, fmt: str, stream: TextIO, *, part: str = "all", width: int | None = None) -> None:
    """Write the report as ``table``, ``csv``, ``json`` or ``markdown`` (xlsx: :func:`render_xlsx`)."""
    if fmt == "json":
        data = report.to_dict()
        if part == "counts":
            data.pop("overdue")
        elif part == "overdue":
            data.pop("units")
            data.pop("total")
        _write_json(data, stream)
    elif fmt == "csv":
        _render_csv(report, stream, part)
    elif fmt == "markdown":
        _render_markdown(report, stream, part)
    elif fmt == "table":
        _render_table(report, stream, part, width)
    else:
        raise ValueError(f"unknown report format {fmt!r}")


def _write_json(data: Mapping[str, Any], stream: TextIO) -> None:
    """One JSON object, a key per line and a list item per line (each item compact): readable, and
    written by the C encoder (``indent`` would use the slow pure-Python one on long lists)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    stream.write("{\n")
    for i, (key, value) in enumerate(data.items()):
        end = ",\n" if i < len(data) - 1 else "\n"
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {dump(v)}" for v in value)
            stream.write(f"  {dump(key)}: [\n{items}\n  ]{end}")
        else:
            stream.write(f"  {dump(key)}: {dump(value)}{end}")
    stream.write("}\n")


def _render_csv(report: Report, stream: TextIO, part: str) -> None:
    from ndq57.export.csv import neutralise

    writer = csv.writer(stream, lineterminator="\r\n")

    def cell(v: Any) -> Any:
        return neutralise(v) if isinstance(v, str) else v

    if part in ("all", "counts"):
        writer.writerow(["month", "as_of", "unit", *COUNT_KEYS])
        for c in [*report.units, report.total]:
            unit = c.unit if c is not report.total else "TOTAL"
            writer.writerow([report.month, report.as_of, cell(unit), *(getattr(c, k) for k in COUNT_KEYS)])
    if part == "all":
        writer.writerow([])
    if part in ("all", "overdue"):
        writer.writerow(
            [
                "month",
                "as_of",
                "unit",
                "document",
                "document_date",
                "task",
                "owners",
                "due",
                "days_late",
                "task_id",
                "recurring",
            ]
        )
        for o in report.overdue:
            writer.writerow(
                [
                    report.month,
                    report.as_of,
                    cell(o.unit),
                    cell(o.document or ""),
                    o.document_date or "",
                    cell(o.task),
                    cell(o.owners or ""),
                    o.due,
                    o.days_late,
                    o.task_id,
                    "true" if o.recurring else "false",
                ]
            )


def _md(text: Any) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]], numeric_from: int) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in header) + " |"]
    lines.append("|" + "|".join("---:" if i >= numeric_from else "---" for i in range(len(header))) + "|")
    lines += ["| " + " | ".join(_md(v) for v in row) + " |" for row in rows]
    return lines


def _render_markdown(report: Report, stream: TextIO, part: str) -> None:
    words = labels()
    r, cols, ocols = words["report"], words["columns"], words["overdue_columns"]
    head = _head_lines(report, words)
    lines = [f"# {head[0]}", "", *(f"{h}  " for h in head[1:]), ""]
    if part in ("all", "counts"):
        lines += [f"## {r['counts_heading']}", ""]
        lines += _md_table([cols["unit"], *(cols[k] for k in COUNT_KEYS)], _count_rows(report, words), 1)
        lines += [""] + [f"- {n}" for n in r["notes"]] + [""]
    if part in ("all", "overdue"):
        lines += [f"## {r['overdue_heading']}", ""]
        rows = _overdue_rows(report, words)
        if rows:
            header = [ocols[k] for k in ("index", *OVERDUE_KEYS)]
            lines += _md_table(header, rows, 99)
        else:
            lines.append(str(r["no_overdue"]))
        lines.append("")
    stream.write("\n".join(lines))


def _render_table(report: Report, stream: TextIO, part: str, width: int | None) -> None:
    import os

    from rich.console import Console
    from rich.table import Table

    words = labels()
    r, cols, ocols = words["report"], words["columns"], words["overdue_columns"]
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    console = Console(
        file=stream,
        width=width or (None if is_tty else 160),
        no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
        highlight=False,
        emoji=False,
        markup=False,
    )
    for line in _head_lines(report, words):
        console.print(line)
    if part in ("all", "counts"):
        table = Table(title=str(r["counts_heading"]), title_justify="left", header_style="bold")
        table.add_column(str(cols["unit"]), overflow="fold", max_width=40)
        for k in COUNT_KEYS:
            table.add_column(str(cols[k]), justify="right")
        rows = _count_rows(report, words)
        for i, row in enumerate(rows):
            table.add_row(*(str(v) for v in row), end_section=i == len(rows) - 2)
        console.print(table)
    if part in ("all", "overdue"):
        rows = _overdue_rows(report, words)
        if not rows:
            console.print(str(r["overdue_heading"]))
            console.print(str(r["no_overdue"]))
            return
        table = Table(title=str(r["overdue_heading"]), title_justify="left", header_style="bold")
        for k in ("index", "unit", "document", "document_date", "task", "due", "days_late", "task_id"):
            table.add_column(
                str(ocols[k]),
                overflow="fold",
                max_width=60 if k == "task" else 28,
                justify="right" if k in ("index", "days_late") else "left",
            )
        for row in rows:
            i, unit, doc, ddate, task, _owners, due, late, tid = row
            table.add_row(str(i), unit, doc, ddate, _short(task, 120), due, str(late), tid)
        console.print(table)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_xlsx(report: Report, part: str = "all") -> bytes:
    """The report as an Excel workbook: a sheet of counts and a sheet of overdue tasks (openpyxl)."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError:
        from ndq57.register.db import RegisterError

        raise RegisterError("an XLSX report needs openpyxl: pip install 'ndq57[xlsx]'") from None
    words = labels()
    r, cols, ocols = words["report"], words["columns"], words["overdue_columns"]
    wb = Workbook()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    first = True

    def sheet(title: str) -> Any:
        nonlocal first
        if first:
            ws = wb.active
            ws.title = title
            first = False
            return ws
        return wb.create_sheet(title)

    def head(ws: Any, header: Sequence[str]) -> int:
        lines = _head_lines(report, words)
        for i, line in enumerate(lines, start=1):
            ws.cell(row=i, column=1, value=line).font = bold if i == 1 else Font()
        row = len(lines) + 2
        for j, h in enumerate(header, start=1):
            c = ws.cell(row=row, column=j, value=h)
            c.font = bold
            c.alignment = wrap
        ws.freeze_panes = ws.cell(row=row + 1, column=2)
        return row + 1

    if part in ("all", "counts"):
        ws = sheet(str(r["counts_sheet"]))
        row = head(ws, [cols["unit"], *(cols[k] for k in COUNT_KEYS)])
        rows = _count_rows(report, words)
        for i, values in enumerate(rows):
            for j, v in enumerate(values, start=1):
                c = ws.cell(row=row + i, column=j, value=v)
                if i == len(rows) - 1:
                    c.font = bold
        ws.column_dimensions["A"].width = 45
        for letter in "BCDEFGH":
            ws.column_dimensions[letter].width = 14
        for k, note in enumerate(r["notes"]):
            ws.cell(row=row + len(rows) + 1 + k, column=1, value=str(note))
    if part in ("all", "overdue"):
        ws = sheet(str(r["overdue_sheet"]))
        row = head(ws, [ocols[k] for k in ("index", *OVERDUE_KEYS)])
        for i, values in enumerate(_overdue_rows(report, words)):
            for j, v in enumerate(values, start=1):
                ws.cell(row=row + i, column=j, value=v).alignment = wrap
        for letter, w in zip("ABCDEFGHI", (6, 30, 22, 12, 70, 40, 12, 10, 14), strict=True):
            ws.column_dimensions[letter].width = w
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
