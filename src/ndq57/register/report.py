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
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

from ndq57.export.rows import fold, unit_matcher
from ndq57.register import states as st
from ndq57.register.records import lead_owners
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

    def add(self, state: str, recurring: bool) -> None:
        self.total += 1
        if state in (st.NO_TERM, st.DONE):
            self.no_term += 1
        else:
            setattr(self, state, getattr(self, state) + 1)
        if recurring:
            self.recurring += 1


@dataclass(frozen=True, slots=True)
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
            "units": [asdict(c) for c in self.units],
            "total": {k: v for k, v in asdict(self.total).items() if k != "unit"},
            "overdue": [asdict(o) for o in self.overdue],
        }


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


def build(reg: Register, month: dt.date, *, as_of: dt.date | None = None, units: Sequence[str] = ()) -> Report:
    """The report of ``month`` (its first day) as of ``as_of`` (default: the month's last day,
    or today when earlier)."""
    start = month.replace(day=1)
    end = st.month_end(start)
    ref = as_of or min(end, dt.date.today())
    ref = min(ref, end)
    report = Report(f"{start:%Y-%m}", start.isoformat(), end.isoformat(), ref.isoformat(), list(units))
    matches = unit_matcher() if units else None

    def kept(row: Mapping[str, Any]) -> list[str]:
        """The row's lead units that the --unit queries keep (a lead is matched by its name or as
        written); ``[""]`` for a task with no lead unit when there are no queries."""
        owners = lead_owners(json.loads(row.get("owners") or "[]"))
        if matches is None:
            return list(dict.fromkeys(str(o["unit"]) for o in owners)) or [""]
        keep = [o for o in owners if any(_safe_match(matches, q, str(o["unit"]), o.get("raw")) for q in units)]
        return list(dict.fromkeys(str(o["unit"]) for o in keep))

    rows = reg.rows(
        "t.present = 1 AND (d.date IS NULL OR d.date <= ?) "
        "AND (t.term = 'recurring' OR t.status <> 'done' OR t.done_on IS NULL OR t.done_on >= ?)",
        (ref.isoformat(), start.isoformat()),
    )
    done = reg.completions(start.isoformat(), end.isoformat())
    by_unit: dict[str, Counts] = {}
    for row in rows:
        leads = kept(row)
        if not leads:
            continue
        for due, state, recurring in _obligations(row, start, end, ref, done.get(row["id"], {})):
            for unit in leads:
                counts = by_unit.get(unit)
                if counts is None:
                    counts = by_unit[unit] = Counts(unit)
                counts.add(state, recurring)
            report.total.add(state, recurring)
            if state == st.OVERDUE and due is not None:
                report.overdue.append(
                    OverdueItem(
                        unit="; ".join(leads),
                        document=row.get("number"),
                        document_date=row.get("doc_date"),
                        document_type=row.get("doc_type"),
                        task=row["text"],
                        owners=row.get("units"),
                        due=due.isoformat(),
                        days_late=(ref - due).days,
                        task_id=row["id"],
                        section=row.get("section"),
                        recurring=recurring,
                    )
                )
    report.units = sorted(by_unit.values(), key=lambda c: (c.unit == "", fold(c.unit)))
    report.overdue.sort(key=lambda o: (o.unit == "", fold(o.unit), -o.days_late, o.document or "", o.task_id))
    return report


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


def _obligations(
    row: Mapping[str, Any], start: dt.date, end: dt.date, as_of: dt.date, done: Mapping[str, str]
) -> Iterable[tuple[dt.date | None, str, bool]]:
    """(due, state, recurring) of each obligation of a task row counted in the month."""
    if row["term"] == "recurring" and row.get("recurrence"):
        first = start
        doc_date = _date(row.get("doc_date"))
        if doc_date is not None and doc_date > first:
            first = doc_date
        for occ in st.occurrences_between(str(row["recurrence"]), first, end):
            yield occ, st.classify(occ, _date(done.get(occ.isoformat())), as_of), True
        return
    due = _date(row.get("due_date"))
    done_on = _date(row.get("done_on")) if row.get("status") == "done" else None
    if done_on is not None and start <= done_on <= as_of:
        yield due, st.classify(due, done_on, as_of), False
    elif done_on is None or done_on > as_of:
        yield due, st.classify(due, None, as_of), False


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
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _render_csv(report, stream, part)
    elif fmt == "markdown":
        _render_markdown(report, stream, part)
    elif fmt == "table":
        _render_table(report, stream, part, width)
    else:
        raise ValueError(f"unknown report format {fmt!r}")


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
