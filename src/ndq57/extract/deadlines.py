"""Who does what by when: turn time expressions into deadlines with owners.

For every paragraph of the body:

1. find the time expressions (:mod:`ndq57.extract.timex`) and the citation spans;
2. decide, from the words around each expression, what it is: a deadline, a citation date, a
   meeting or event date, a past period, a target/horizon, or a mere mention;
3. for deadlines, take the clause that states the obligation and find its owners: units with
   roles in the clause (:mod:`ndq57.extract.units`), else in the paragraph ("Giao X ..."), else
   inherited from the intro lines and headings of the enclosing sections, else the document's
   addressees.

Appendix tables with task / lead / coordinate / time columns give one deadline per row.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ndq57.data import load
from ndq57.extract.decide import Context, Evidence, decide, to_date, words
from ndq57.extract.owners import Owners
from ndq57.extract.timex import TimeExpr, find_time_expressions
from ndq57.extract.units import canonical_unit, find_units
from ndq57.model import Assignee, Deadline, Decision, Header, Target, UnitIndexEntry, Warning
from ndq57.parse.citations import _pattern as citation_pattern
from ndq57.parse.layout import Block
from ndq57.parse.sections import SectionTree


@dataclass(slots=True)
class Extracted:
    deadlines: list[Deadline]
    targets: list[Target]
    index: list[UnitIndexEntry]
    warnings: list[Warning] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


_CLAUSE_SPLIT = regex.compile(r";\s*|(?<=[.!?])\s+(?=[\p{Lu}\d(“\"\-+])|\n+|:\s+(?=\p{Lu})")


def _clauses(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans or [(0, len(text))]


def _clause_at(spans: list[tuple[int, int]], starts: list[int], offset: int) -> int:
    """The index of the clause holding ``offset`` (a binary search over the clause ``starts``)."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return i
    return len(spans) - 1


def extract_deadlines(blocks: list[Block], tree: SectionTree, header: Header) -> Extracted:
    doc_date = to_date(header.date)
    floor = doc_date
    if floor is None and header.year:
        floor = dt.date(header.year, header.month or 1, 1)
    ctx = Context(doc_date, floor, header.year)
    default_year = header.year
    deadlines: list[Deadline] = []
    targets: list[Target] = []
    warnings: list[Warning] = []
    decisions: list[Decision] = []
    owners = Owners(blocks, tree, header)

    table_cols: dict[str, int] | None = None
    counter = 0
    for blk, owner in zip(blocks, tree.owner, strict=True):
        section_path = owner.path if owner else None
        if blk.kind == "table":
            cells = [c.strip() for c in blk.text.strip().strip("|").split("|")]
            cols = _table_header(cells)
            if cols is not None:
                table_cols = cols
                continue
            if table_cols is None or "time" not in table_cols:
                continue
            for d in _table_row(cells, table_cols, blk, section_path, ctx, default_year):
                counter += 1
                d.id = f"d{counter}"
                deadlines.append(d)
            continue
        text = blk.text
        exprs, invalid = find_time_expressions(text, doc_date=doc_date, default_year=default_year)
        for inv in invalid:
            warnings.append(Warning("invalid_date", f"'{inv.phrase}': {inv.reason}", blk.line_at(inv.start)))
        if not exprs:
            continue
        cited = [(m.start(), m.end()) for m in citation_pattern().finditer(text)] if "/" in text else []
        spans = _clauses(text)
        starts = [b for b, _ in spans]
        clause_of = [_clause_at(spans, starts, e.start) for e in exprs]
        by_clause: dict[int, list[TimeExpr]] = {}
        for e, ci in zip(exprs, clause_of, strict=True):
            by_clause.setdefault(ci, []).append(e)
        for expr, ci in zip(exprs, clause_of, strict=True):
            cs, ce = spans[ci]
            clause = text[cs:ce]
            others = by_clause[ci]
            bold = blk.is_bold(expr.start, expr.end)
            heads = owners.headings(owner)
            rule = decide(Evidence(expr, text, (cs, ce), bold, ctx, cited, others, heads, blk.all_bold))
            kind = rule.verdict
            line = blk.line_at(expr.start)
            decisions.append(Decision(line, expr.phrase, expr.kind, kind, rule.name, section_path))
            if kind == "target":
                targets.append(Target(expr.phrase, expr.kind, expr.due, section_path, line))
                continue
            if kind != "deadline":
                continue
            found = owners.for_clause(text, spans, ci, owner)
            counter += 1
            decisions[-1].deadline = f"d{counter}"
            deadlines.append(
                _deadline(
                    expr,
                    f"d{counter}",
                    section=section_path,
                    line=line,
                    task=text[found.task_start : ce].strip(" ;,.-+"),
                    assignees=found.owners,
                    recipients=found.recipients,
                    confidence=_confidence(expr, bold, clause),
                    bold=bold,
                    rule=rule.name,
                )
            )
    return Extracted(deadlines, targets, owners.index(deadlines), warnings, decisions)


def _deadline(
    expr: TimeExpr,
    id_: str,
    *,
    section: str | None,
    line: int,
    task: str,
    assignees: list[Assignee],
    recipients: list[str],
    confidence: float,
    bold: bool,
    rule: str = "clause",
) -> Deadline:
    return Deadline(
        id=id_,
        phrase=expr.phrase,
        kind=expr.kind,
        qualifier=expr.qualifier,
        due=expr.due,
        start=expr.start_date,
        recurrence=expr.recurrence,
        relative=expr.relative,
        section=section,
        line=line,
        task=task,
        assignees=assignees,
        recipients=recipients,
        confidence=confidence,
        bold=bold,
        rule=rule,
    )


def _confidence(expr: TimeExpr, bold: bool, clause: str) -> float:
    c = 0.5
    if expr.qualifier in ("before", "by", "through"):
        c += 0.2
    if bold:
        c += 0.2
    if words()["obligation"].search(clause):
        c += 0.1
    if expr.due is None:
        c -= 0.2
    if expr.year_inferred:
        c -= 0.1
    return round(max(0.05, min(c, 0.99)), 2)


def _table_header(cells: list[str]) -> dict[str, int] | None:
    w = load("deadline_words")["table_columns"]
    cols: dict[str, int] = {}
    for i, c in enumerate(cells):
        low = c.lower()
        for key, heads in w.items():
            if key not in cols and any(x in low for x in heads):
                cols[key] = i
                break
    if "time" in cols and ("lead" in cols or "task" in cols) and not any(ch.isdigit() for ch in "".join(cells)):
        return cols
    return None


def _table_row(
    cells: list[str], cols: dict[str, int], blk: Block, section: str | None, ctx: Context, default_year: int | None
) -> list[Deadline]:
    def cell(key: str) -> str:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    time_text = cell("time")
    exprs, _ = find_time_expressions(time_text, doc_date=ctx.doc_date, default_year=default_year)
    out: list[Deadline] = []
    assignees: list[Assignee] = []
    for key, role in (("lead", "lead"), ("coordinate", "coordinate")):
        txt = cell(key)
        if not txt:
            continue
        units = find_units(txt)
        if units:
            assignees.extend(Assignee(u.unit, role, u.raw) for u in units)
        else:
            assignees.extend(
                Assignee(canonical_unit(p.strip()), role, p.strip()) for p in regex.split(r"[;,]\s*", txt) if p.strip()
            )
    task = cell("task") or " | ".join(c for c in cells if c and c != time_text)
    for e in exprs:
        out.append(
            _deadline(
                e,
                "",
                section=section,
                line=blk.line,
                task=task,
                assignees=list(assignees),
                recipients=[],
                confidence=0.8 if e.due else 0.4,
                bold=False,
                rule="table_row",
            )
        )
    return out


LineAt = Callable[[int], int]
