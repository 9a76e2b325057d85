"""What was read and why, line by line: the repairs, the sections, every time expression with the
rule that decided what it is, the owners of each deadline and the tasks (``ndq57 explain``).

Like ftfy's explanations of its repairs, each step names the rule that took it, so a clerk can
check a result against the paper and a developer can find the rule to change.
"""

from __future__ import annotations

from dataclasses import dataclass

from ndq57.extract.deadlines import RULE_DOCS as DEADLINE_RULE_DOCS
from ndq57.extract.decide import DEFAULT, RULES
from ndq57.extract.table_tasks import RULE_DOCS as TABLE_RULE_DOCS
from ndq57.model import Document, Section

_RULE_DOCS = {r.name: r.doc for r in (*RULES, DEFAULT)} | TABLE_RULE_DOCS | DEADLINE_RULE_DOCS


@dataclass(frozen=True, slots=True)
class Step:
    line: int
    stage: str  # fix | section | time | owner | task | warning
    text: str


def _clip(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def explain(doc: Document) -> list[Step]:
    """The steps of one parse, in line order (stable within a line: stage order as above)."""
    steps: list[Step] = []
    for f in doc.fixes:
        steps.append(Step(f.line, "fix", f"{f.rule}: {f.original!r} -> {f.replacement!r}"))

    def walk(nodes: list[Section]) -> None:
        for s in nodes:
            head = f" {_clip(s.heading, 60)}" if s.heading else ""
            steps.append(Step(s.line, "section", f"{s.path} ({s.family}){head}"))
            walk(s.children)

    walk(doc.sections)
    by_id = {d.id: d for d in doc.deadlines}
    for dec in doc.decisions:
        verdict = f"{dec.verdict} {dec.deadline}" if dec.deadline else dec.verdict
        why = _RULE_DOCS.get(dec.rule, "")
        steps.append(Step(dec.line, "time", f"{dec.phrase!r} ({dec.kind}) -> {verdict} [{dec.rule}: {why}]"))
        d = by_id.get(dec.deadline or "")
        if d is not None:
            for a in d.assignees:
                steps.append(Step(dec.line, "owner", f"{d.id}: {a.unit} ({a.role}, {a.kind}) [{a.rule}]"))
    for t in doc.tasks:
        due = ", ".join(t.deadlines) or "no deadline"
        owners = "; ".join(f"{a.unit} ({a.role})" for a in t.owners) or "no owner"
        steps.append(
            Step(t.line, "task", f"{t.id} [{t.read_as}: {t.rule}] {_clip(t.text)} | {owners} | {due}")
        )
    for w in doc.warnings:
        steps.append(Step(w.line or 0, "warning", f"{w.code}: {w.message}"))
    order = {"fix": 0, "section": 1, "time": 2, "owner": 3, "task": 4, "warning": 5}
    return sorted(steps, key=lambda s: (s.line, order[s.stage]))


def render(doc: Document) -> str:
    """The steps as text, one per line: ``line  stage  what [rule]``.

    >>> import ndq57
    >>> out = render(ndq57.parse("1. Giao Sở Tài chính báo cáo trước ngày 15/3/2026."))
    >>> "deadline d1 [deadline_qualifier" in out
    True
    """
    return "".join(f"{s.line:>5}  {s.stage:<8} {s.text}\n" for s in explain(doc))
