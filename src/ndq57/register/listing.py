"""Task rows for ``register list`` and ``register export``: the register's tasks with their state
as of a day, filtered like ``ndq57 deadlines`` (unit, accent-insensitive; status; overdue;
document; due dates), and their renderings (table, CSV; JSON, JSON Lines and YAML through the
common exporters; iCalendar through :mod:`ndq57.export.ics`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from ndq57.export.labels import DEFAULT_LANG, Labels
from ndq57.export.rows import recurrence_text, unit_matcher
from ndq57.model import fold
from ndq57.register import states as st
from ndq57.register.store import Register

STATUSES = ("open", "done", "removed")
LIST_FORMATS = ("table", "json", "jsonl", "csv", "yaml", "ics")
CSV_COLUMNS = (
    "id",
    "state",
    "status",
    "done_on",
    "due",
    "next_due",
    "days_late",
    "term",
    "recurrence",
    "lead",
    "units",
    "task",
    "number",
    "doc_type",
    "doc_date",
    "section",
    "line",
    "path",
    "note",
)


@dataclass(frozen=True, slots=True)
class Filter:
    units: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # open | done | removed; removed tasks only when asked
    overdue: bool = False
    as_of: dt.date = dt.date(1970, 1, 1)
    documents: tuple[str, ...] = ()  # document numbers (case and accents ignored) or paths
    after: dt.date | None = None
    before: dt.date | None = None


def select(reg: Register, filt: Filter) -> list[dict[str, Any]]:
    """The task rows that pass ``filt``, with their state as of ``filt.as_of``."""
    where: list[str] = []
    params: list[Any] = []
    statuses = set(filt.statuses)
    if "removed" in statuses:
        if statuses - {"removed"}:
            where.append("(t.present = 0 OR t.status IN (" + ", ".join("?" for _ in statuses - {"removed"}) + "))")
            params += sorted(statuses - {"removed"})
        else:
            where.append("t.present = 0")
    else:
        where.append("t.present = 1")
        if statuses:
            where.append("t.status IN (" + ", ".join("?" for _ in statuses) + ")")
            params += sorted(statuses)
    if filt.after is not None:
        where.append("t.due_date >= ?")
        params.append(filt.after.isoformat())
    if filt.before is not None:
        where.append("t.due_date <= ?")
        params.append(filt.before.isoformat())
    if filt.overdue:
        where.append("(t.term = 'recurring' OR t.due_date < ?)")
        params.append(filt.as_of.isoformat())
    rows = reg.rows(" AND ".join(where), tuple(params))
    if filt.units:
        matches = unit_matcher()
        rows = [r for r in rows if _unit_ok(r, filt.units, matches)]
    if filt.documents:
        wanted = {fold(d) for d in filt.documents}
        rows = [
            r for r in rows if fold(str(r.get("number") or "")) in wanted or str(r.get("path") or "") in filt.documents
        ]
    recurring = [r["id"] for r in rows if r["term"] == "recurring"]
    done = reg.completions() if recurring else {}
    out = []
    for r in rows:
        s = st.task_state(r, filt.as_of, done.get(r["id"]))
        if filt.overdue and s.state != st.OVERDUE:
            continue
        out.append(_row(r, s))
    return out


def one(reg: Register, task_id: str, as_of: dt.date) -> dict[str, Any]:
    """The output row of one task (any status), its state as of ``as_of``."""
    found = reg.rows("t.id = ?", (task_id,))
    if not found:
        from ndq57.register.db import RegisterError

        raise RegisterError(f"no task {task_id} in the register")
    row = found[0]
    done = reg.completions(task_id=task_id).get(task_id) if row["term"] == "recurring" else None
    return _row(row, st.task_state(row, as_of, done))


def _unit_ok(row: Mapping[str, Any], queries: Sequence[str], matches: Callable[[str, str, str | None], bool]) -> bool:
    for owner in json.loads(row.get("owners") or "[]"):
        unit, raw = str(owner.get("canonical") or owner.get("unit") or ""), owner.get("unit")
        for q in queries:
            try:
                if matches(q, unit, raw):
                    return True
            except Exception:
                if fold(q) and (fold(q) in fold(unit) or (raw and fold(q) in fold(raw))):
                    return True
    return False


def _row(r: Mapping[str, Any], s: st.State) -> dict[str, Any]:
    rec = json.loads(r["recurrence"]) if r.get("recurrence") else None
    return {
        "id": r["id"],
        "state": s.state,
        "status": r["status"],
        "done_on": r.get("done_on"),
        "due": r.get("due") if r["term"] != "recurring" else s.due,
        "next_due": s.next_due,
        "days_late": s.days_late,
        "term": r["term"],
        "recurrence": rec,
        "phrase": r.get("phrase"),
        "lead": r.get("lead"),
        "units": r.get("units"),
        "task": r["text"],
        "number": r.get("number"),
        "doc_type": r.get("doc_type"),
        "doc_date": r.get("doc_date"),
        "section": r.get("section"),
        "line": r.get("line"),
        "path": r.get("path"),
        "note": r.get("note"),
        "present": bool(r.get("present")),
        "owners": json.loads(r.get("owners") or "[]"),
        "deadlines": json.loads(r.get("deadlines") or "[]"),
        "local_id": r.get("local_id"),
        "doc_key": r.get("doc_key"),
        "first_seen": r.get("first_seen"),
        "updated_at": r.get("updated_at"),
    }


def calendar_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Open tasks with a term as deadline rows (the shape :mod:`ndq57.export` renders): one per
    task, its UID stable (the document's identity and the task's id)."""
    out = []
    for r in rows:
        if r["status"] != "open" or not r["present"] or r["term"] == "none":
            continue
        recurring = r["term"] == "recurring"
        out.append(
            {
                "path": r.get("path"),
                "sha256": r.get("doc_key"),
                "number": r.get("number"),
                "type": r.get("doc_type"),
                "date": r.get("doc_date"),
                "id": r["id"],
                "kind": "recurring" if recurring else (r["deadlines"][-1].get("kind") if r["deadlines"] else "date"),
                "qualifier": None,
                "due": None if recurring else r.get("due"),
                "start": None,
                "recurrence": r.get("recurrence"),
                "relative": None,
                "occurrence": False,
                "next_due": r.get("next_due"),
                "section": r.get("section"),
                "line": r.get("line"),
                "phrase": r.get("phrase"),
                "task": r["task"],
                "units": r.get("units"),
                "assignees": r.get("owners"),
                "recipients": [],
                "confidence": None,
            }
        )
    return out


def render_csv(rows: Iterable[Mapping[str, Any]], stream: TextIO, *, lang: str = DEFAULT_LANG) -> None:
    """One line per task. ``lang="en"``: the row keys as headers and the values as in JSON (ISO
    dates, English states), no byte-order mark; ``lang="vi"`` (the default, as ``ndq57 deadlines``):
    Vietnamese headers, states and recurrences, dates DD/MM/YYYY, with the byte-order mark that
    spreadsheets need to read the letters right."""
    from ndq57.export.csv import BOM, neutralise

    labels = Labels(lang)
    people = lang != "en"
    if people:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([labels.column(c) if people else c for c in CSV_COLUMNS])
    for row in rows:
        cells = []
        for col in CSV_COLUMNS:
            v = row.get(col)
            if col == "recurrence":
                cells.append(labels.recurrence(v) if people else recurrence_text(v))
            elif v is None:
                cells.append("")
            elif people and col in _PEOPLE:
                cells.append(neutralise(_PEOPLE[col](labels, v)))
            else:
                cells.append(neutralise(str(v)) if isinstance(v, str) else str(v))
        writer.writerow(cells)


# the cells shown in the words of a language (CSV and table with lang="vi")
_PEOPLE: dict[str, Callable[[Labels, Any], str]] = {
    "state": lambda lb, v: lb.state(str(v)),
    "status": lambda lb, v: lb.status(str(v)),
    "term": lambda lb, v: lb.term(str(v)),
    "done_on": lambda lb, v: lb.date(v),
    "due": lambda lb, v: lb.date(v),
    "next_due": lambda lb, v: lb.date(v),
    "doc_date": lambda lb, v: lb.date(v),
}


def render_table(
    rows: Sequence[Mapping[str, Any]], stream: TextIO, *, width: int | None = None, lang: str = DEFAULT_LANG
) -> None:
    """The terminal table: id, state, due, lead unit, task, document, section; headers, states and
    dates in the words of ``lang`` (Vietnamese by default, as ``ndq57 deadlines``)."""
    from rich.console import Console
    from rich.table import Table

    labels = Labels(lang)
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    console = Console(
        file=stream,
        width=width or (None if is_tty else 160),
        no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
        highlight=False,
        emoji=False,
        markup=False,
    )
    if not rows:
        console.print(labels.word("no_tasks"))
        return
    table = Table(header_style="bold")
    for name, kw in (
        ("id", {"no_wrap": True}),
        ("state", {"no_wrap": True}),
        ("due", {"no_wrap": True}),
        ("lead", {"overflow": "fold", "max_width": 32}),
        ("task", {"overflow": "fold", "max_width": 60}),
        ("document", {"overflow": "fold", "max_width": 24}),
        ("section", {"overflow": "fold", "max_width": 12}),
    ):
        table.add_column(labels.column(name), **kw)
    for r in rows:
        due = labels.date(r.get("due"))
        if r.get("term") == "recurring":
            unknown = labels.word("unknown_due")
            next_due = labels.date(r.get("due") or r.get("next_due")) or unknown
            due = f"{labels.recurrence(r.get('recurrence'))} ({next_due})"
        state = labels.state(str(r["state"]))
        if r.get("days_late"):
            state += " " + labels.word("days_late").format(days=r["days_late"])
        if r.get("done_on"):
            state += f" {labels.date(r['done_on'])}"
        task = " ".join(str(r["task"]).split())
        table.add_row(
            str(r["id"]),
            state,
            due,
            str(r.get("lead") or ""),
            task if len(task) <= 120 else task[:119] + "…",
            str(r.get("number") or r.get("path") or ""),
            str(r.get("section") or ""),
        )
    console.print(table)
