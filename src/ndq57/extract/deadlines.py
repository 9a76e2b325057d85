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
from ndq57.extract.timex import TimeExpr, find_time_expressions
from ndq57.extract.units import RoleMatch, UnitMatch, assign_roles, canonical_unit, find_units
from ndq57.model import Assignee, Deadline, Header, Section, Target, UnitIndexEntry, Warning
from ndq57.parse.citations import _pattern as citation_pattern
from ndq57.parse.layout import Block
from ndq57.parse.sections import SectionTree

OWNER_ROLES = ("lead", "coordinate", "assigned", "director", "supervisor")
RECIPIENT_ROLES = ("recipient", "channel")
# Rules of the unit recogniser strong enough to name the owners of a whole paragraph.
_PARAGRAPH_RULES_WEAK = ("subject",)


@dataclass(slots=True)
class Extracted:
    deadlines: list[Deadline]
    targets: list[Target]
    index: list[UnitIndexEntry]
    warnings: list[Warning] = field(default_factory=list)


def _words() -> dict[str, regex.Pattern[str]]:
    w = words()
    return {"clause_split": _CLAUSE_SPLIT, **w}


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


class _Memo:
    """Per-document memo of the unit recogniser: the same heading, intro or paragraph is read
    several times (for each deadline under it, and for the unit index)."""

    __slots__ = ("_roles", "_units")

    def __init__(self) -> None:
        self._roles: dict[str, list[RoleMatch]] = {}
        self._units: dict[str, list[UnitMatch]] = {}

    def roles(self, text: str) -> list[RoleMatch]:
        got = self._roles.get(text)
        if got is None:
            try:
                got = assign_roles(text)
            except Exception:  # the recogniser must never take the whole document down
                got = []
            self._roles[text] = got
        return got

    def units(self, text: str) -> list[UnitMatch]:
        got = self._units.get(text)
        if got is None:
            got = self._units[text] = find_units(text)
        return got


def _assignees(roles: list[RoleMatch], allowed: tuple[str, ...] = OWNER_ROLES, weak_ok: bool = True) -> list[Assignee]:
    out: list[Assignee] = []
    seen: set[tuple[str, str]] = set()
    for r in roles:
        if r.role not in allowed:
            continue
        if not weak_ok and r.rule in _PARAGRAPH_RULES_WEAK:
            continue
        key = (r.unit.unit, r.role)
        if key in seen:
            continue
        seen.add(key)
        out.append(Assignee(r.unit.unit, r.role, r.unit.raw))
    return out


_LAST_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
# rules of a subject that directs or supervises ("X chỉ đạo ...", "X theo dõi, hướng dẫn ...")
_SUBJECT_RULES = frozenset({"chi_dao_subject", "theo_doi_subject"})


def _promote(roles: list[RoleMatch], assignees: list[Assignee]) -> list[Assignee]:
    """"Sở X hướng dẫn ..., hoàn thành trước ...", "Công an tỉnh chỉ đạo lực lượng ...": with no
    unit under it, the subject that directs or guides does the task itself."""
    if _has_owner(assignees):
        return assignees
    subjects = {(r.unit.unit, r.role) for r in roles if r.rule in _SUBJECT_RULES}
    return [Assignee(a.unit, "lead", a.raw) if (a.unit, a.role) in subjects else a for a in assignees]


def _has_owner(assignees: list[Assignee]) -> bool:
    return any(a.role in ("lead", "assigned") for a in assignees)


def _merge(into: list[Assignee], more: list[Assignee]) -> None:
    have = {a.unit for a in into}
    for a in more:
        if a.unit not in have:
            into.append(a)
            have.add(a.unit)


def _heading_assignees(sec: Section, memo: _Memo) -> list[Assignee]:
    if not sec.heading:
        return []
    roles = memo.roles(sec.heading)
    out = _assignees(roles)
    if not out:
        # a heading that is just a unit name ("2.2.3. Ban Tổ chức Tỉnh ủy") assigns that unit
        units = memo.units(sec.heading)
        out = [Assignee(u.unit, "assigned", u.raw) for u in units]
        covered = sum(u.end - u.start for u in units)
        if covered < 0.4 * len(sec.heading):
            out = [a for a in out if a.role != "assigned"] if len(sec.heading) > 120 else out
    else:
        out = [Assignee(a.unit, "assigned" if a.role == "mention" else a.role, a.raw) for a in out]
    return out


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
    memo = _Memo()
    _roles = memo.roles

    # intro paragraphs ("đề nghị các cơ quan ...:", "Giao UBND tỉnh ... sau:") per section
    intro_cache: dict[int, list[Assignee]] = {}
    parents: dict[int, Section | None] = {}

    def walk(nodes: list[Section], parent: Section | None) -> None:
        for s in nodes:
            parents[id(s)] = parent
            walk(s.children, s)

    walk(tree.roots, None)
    doc_level: list[Assignee] = []
    for blk, owner in zip(blocks, tree.owner, strict=True):
        if owner is None and blk.text.rstrip().endswith(":"):
            # only the sentence that opens the list: the ones before narrate ("Ngày ..., đồng chí
            # Chủ tịch UBND tỉnh chủ trì cuộc họp ... Chủ tịch UBND tỉnh kết luận như sau:")
            last = _LAST_SENTENCE.split(blk.text.rstrip())[-1]
            _merge(doc_level, _assignees(_roles(last)))
    if not _has_owner(doc_level) and header.recipients:
        for r in header.recipients:
            units = find_units(r)
            if units:
                doc_level.extend(Assignee(u.unit, "assigned", u.raw) for u in units)
            else:
                doc_level.append(Assignee(canonical_unit(r), "assigned", r))

    section_intros: dict[int, list[Assignee]] = {}
    for blk, owner in zip(blocks, tree.owner, strict=True):
        if owner is not None and blk.text.rstrip().endswith(":"):
            section_intros.setdefault(id(owner), [])
            _merge(section_intros[id(owner)], _assignees(_roles(blk.text)))

    def inherited(sec: Section | None, before_intro: list[Assignee]) -> list[Assignee]:
        acc: list[Assignee] = list(before_intro)
        node = sec
        while node is not None:
            key = id(node)
            if key not in intro_cache:
                found = _heading_assignees(node, memo)
                _merge(found, section_intros.get(key, []))
                intro_cache[key] = found
            _merge(acc, intro_cache[key])
            if _has_owner(acc):
                return acc
            node = parents.get(id(node))
        _merge(acc, doc_level)
        return acc

    table_cols: dict[str, int] | None = None
    counter = 0
    for bi, (blk, owner) in enumerate(zip(blocks, tree.owner, strict=True)):
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
        block_roles: list[RoleMatch] | None = None
        clause_of = [_clause_at(spans, starts, e.start) for e in exprs]
        by_clause: dict[int, list[TimeExpr]] = {}
        for e, ci in zip(exprs, clause_of, strict=True):
            by_clause.setdefault(ci, []).append(e)
        for expr, ci in zip(exprs, clause_of, strict=True):
            cs, ce = spans[ci]
            clause = text[cs:ce]
            others = by_clause[ci]
            bold = blk.is_bold(expr.start, expr.end)
            rule = decide(Evidence(expr, text, (cs, ce), bold, ctx, cited, others))
            kind = rule.verdict
            line = blk.line_at(expr.start)
            if kind == "target":
                targets.append(Target(expr.phrase, expr.kind, expr.due, section_path, line))
                continue
            if kind != "deadline":
                continue
            clause_roles = _roles(clause)
            assignees = _assignees(clause_roles)
            assignees = _promote(clause_roles, assignees)
            recipients = [r.unit.unit for r in clause_roles if r.role in RECIPIENT_ROLES]
            task_start = cs
            if not _has_owner(assignees):
                # "Hoàn thành chậm nhất ..." after a list of items: the paragraph names the owners
                if block_roles is None:
                    block_roles = _roles(text)
                # owners named after this sentence belong to later tasks; the subject of the
                # paragraph's first clause ("2.2. Sở X rà soát ...; báo cáo ... trước ngày ...") counts
                first_end = next((e for b, e in spans if len(regex.findall(r"\p{L}+", text[b:e])) > 1), spans[0][1])
                upto = _assignees([r for r in block_roles if r.unit.start < ce], weak_ok=False)
                _merge(upto, _assignees([r for r in block_roles if r.unit.start < min(ce, first_end)]))
                upto = _promote(block_roles, upto)
                # a closing "Giao X ..." names the owner of the whole paragraph
                _merge(assignees, upto if _has_owner(upto) else _assignees(block_roles, weak_ok=False))
                if _words()["generic_done"].match(clause) and ci > 0:
                    task_start = spans[ci - 1][0]
            opening = _opening_role(text)
            if not _has_owner(assignees):
                n_own = len(assignees)
                assignees = inherited(owner, assignees)
                if opening == "lead":
                    # "- Chủ trì, phối hợp với Y ..." under the heading "X": X leads
                    assignees[n_own:] = [
                        Assignee(a.unit, "lead", a.raw) if a.role == "assigned" else a for a in assignees[n_own:]
                    ]
            elif opening == "director":
                # "- Chỉ đạo Sở X chủ trì ..." under "Giao UBND tỉnh ...": UBND directs, the Sở leads
                have = {a.unit for a in assignees}
                heads = [
                    Assignee(a.unit, "director", a.raw)
                    for a in inherited(owner, [])
                    if a.role in ("lead", "assigned") and a.unit not in have
                ]
                assignees = heads + assignees
            counter += 1
            deadlines.append(
                _deadline(
                    expr,
                    f"d{counter}",
                    section=section_path,
                    line=line,
                    task=text[task_start:ce].strip(" ;,.-+"),
                    assignees=assignees,
                    recipients=list(dict.fromkeys(recipients)),
                    confidence=_confidence(expr, bold, clause),
                    bold=bold,
                    rule=rule.name,
                )
            )
        _ = bi
    return Extracted(deadlines, targets, _index(deadlines, tree, memo), warnings)


_LABEL = regex.compile(r"[\s*_#>|]*(?:[-+•]|\(?\d+(?:\.\d+)*[.)]?|\(?[a-zđ]\)|[IVXLC]+[.\-])?[\s*_]*")


def _opening_role(text: str) -> str | None:
    """The role verb an item opens with, when it has no subject (``- Chủ trì, phối hợp ...``)."""
    m = _LABEL.match(text)
    rest = text[m.end() if m else 0 :].lower()
    for role, verbs in load("deadline_words")["opening_role"].items():
        for w in sorted(verbs, key=len, reverse=True):
            if rest.startswith(w) and not rest[len(w) : len(w) + 1].isalpha():
                return str(role)
    return None


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
    if _words()["obligation"].search(clause):
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


def _index(deadlines: list[Deadline], tree: SectionTree, memo: _Memo) -> list[UnitIndexEntry]:
    entries: dict[str, UnitIndexEntry] = {}

    def entry(unit: str) -> UnitIndexEntry:
        if unit not in entries:
            entries[unit] = UnitIndexEntry(unit, [], [], [])
        return entries[unit]

    for d in deadlines:
        for a in d.assignees:
            e = entry(a.unit)
            if a.role not in e.roles:
                e.roles.append(a.role)
            if d.section and d.section not in e.sections:
                e.sections.append(d.section)
            e.deadlines.append(d.id)

    def walk(nodes: list[Section]) -> None:
        for s in nodes:
            for a in _heading_assignees(s, memo):
                e = entry(a.unit)
                if a.role not in e.roles:
                    e.roles.append(a.role)
                if s.path not in e.sections:
                    e.sections.append(s.path)
            walk(s.children)

    walk(tree.roots)
    return sorted(entries.values(), key=lambda e: e.unit)


LineAt = Callable[[int], int]
