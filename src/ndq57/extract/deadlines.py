"""Who does what by when: turn time expressions into deadlines with owners.

For every paragraph of the body:

1. find the time expressions (:mod:`ndq57.extract.timex`) and the citation spans;
2. decide, from the words around each expression, what it is: a deadline, a citation date, a
   meeting or event date, a past period, a target/horizon, or a mere mention;
3. for deadlines, take the clause that states the obligation and find its owners: units with
   roles in the clause (:mod:`ndq57.extract.units`), else in the paragraph ("Giao X ..."), else
   inherited from the intro lines and headings of the enclosing sections, else the document's
   addressees.

Tables are not read here: :mod:`ndq57.extract.table_tasks` reads their task rows.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.extract.blocks import LabelledTask, labelled_tasks
from ndq57.extract.decide import (
    DEFAULT,
    RULES,
    Cited,
    Context,
    Evidence,
    Rule,
    decide,
    decide_after,
    goal_headings,
    label_line_start,
    results_headings,
    scope_part,
    to_date,
    words,
)
from ndq57.extract.owners import Owners, has_owner, member_raw
from ndq57.extract.table_tasks import plan_year
from ndq57.extract.tasks import TaskBuilder, inherited_owner, inline_items, merge_owners, read_as
from ndq57.extract.timex import (
    LUNAR_MONTH_END,
    TimeExpr,
    event_day_due,
    event_day_gate,
    event_days,
    find_time_expressions,
    on_event_days,
)
from ndq57.extract.units import canonical_unit, find_units, sentence_quotes
from ndq57.memo import per_document
from ndq57.model import (
    Assignee,
    Deadline,
    Decision,
    Header,
    Relative,
    Section,
    Target,
    Task,
    UnitIndexEntry,
    Warning,
)
from ndq57.parse.citations import cited_spans
from ndq57.parse.layout import PERIOD_TITLE_MAX, Block
from ndq57.parse.sections import SectionTree, match_numbering
from ndq57.textutil import alternation, strip_item_label

# What the rules this module applies after the decision table mean (``ndq57 explain``).
RULE_DOCS = {
    "grouping_heading": "a heading naming a period's tasks over items that give their own times",
    "other_time_field": "after a label of another time ('Thời gian nhận hồ sơ:', 'Thời gian áp dụng:')",
    "event_time_field": "the day an event is held, after its label ('Thời gian tổ chức:') outside a task's block",
    "restated_field": "the same day again in brackets in a task's time field ('trong tháng 6/2026 (xong trước 30/6)')",
    "plan_span": "the span of the plan itself ('Kế hoạch được thực hiện từ năm 2026 đến năm 2030')",
    "phase_scope": "the years a plan covers, its own limit after it ('giai đoạn 2026 - 2030, hoàn thành tháng 10')",
    "peak_scope": "the peak a plan covers, its own limit after it ('kế hoạch ... cao điểm từ ... đến ..., gửi trước')",
    "start_only_field": "a task's time with a start and no end ('Từ 01/7/2026', '2026 và các năm tiếp theo')",
}


@dataclass(slots=True)
class Extracted:
    deadlines: list[Deadline]
    targets: list[Target]
    index: list[UnitIndexEntry]
    warnings: list[Warning] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


@functools.cache
def _clause_split() -> regex.Pattern[str]:
    """Where a clause ends: ";", a sentence end before a capital, a line end, ": " before a capital
    (also after the opening mark of a quoted sentence, helper 92: ``units.sentence_quotes``) or before
    an inline item "(1)" whose words start with one, except after the label of a role
    ("Đơn vị chủ trì: UBND các xã", "Cơ quan phối hợp: Sở Y tế": the unit stays with its label)."""
    labels = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("units")["roles"]["label_ends"])
    # nor after the head of a list of members ("Các Đảng ủy: Quân sự tỉnh, Công an tỉnh phối hợp ..."):
    # the list is the clause's owner
    heads = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("units")["collective"]["enumerable"])
    # (helper 67) also after levels listed before one list of places ("UBND các xã, phường, đặc khu:
    # Tân An, Bình Minh ...", "các tỉnh, thành phố: Hà Tĩnh, Huế ...")
    units = load("units")
    levels = "|".join(
        regex.escape(w).replace(r"\ ", r"\s+") for w in units["collective"]["enumerable"] if w in units["levels"]
    )
    return regex.compile(
        rf";\s*|(?<=[.!?])\s+(?=[\p{{Lu}}\d(“\"\-+])|\n+"
        rf"|(?<!(?i:(?<!\w)(?:{labels}))[\s*_]*)"
        rf"(?<!(?i:(?<!\w)các\s+(?:{heads})(?:\s*,\s*(?:{levels})(?!\w)){{0,3}})[\s*_]*):\s+(?=\p{{Lu}})"
        # an inline item after the colon, its own owner first ("...: (1) Thanh tra Chính phủ ban hành ...")
        rf"|:(?=[*_]*\s)[\s*_]+(?=\(\d{{1,2}}\)[\s*_]+\p{{Lu}})"
    )


# Where a match of _clause_split() may start: at ";" or a line end, at ":" with a blank after it, or
# right after ".!?" with a blank after it ("15.7", "1.2" need no trial; the pattern's \s is a part
# of the standard library's); the standard library's engine skips to these characters fast
_SPLIT_HINT = re.compile(r"[;\n:.!?](?:(?<=[;\n])|(?=\s)|(?<=:)(?=[*_]))")


def _clause_splits(text: str) -> Iterator[regex.Match[str]]:
    """What ``_clause_split().finditer(text)`` yields: the pattern tried only where it may start."""
    pos = 0
    for hint in _SPLIT_HINT.finditer(text):
        start = hint.end() if hint.group() in ".!?" else hint.start()
        if start < pos:
            continue
        m = _clause_split().match(text, start)
        if m is not None:
            yield m
            pos = m.end()


_LABEL_ONLY = regex.compile(r"[\s*_]*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]?[\s*_]*")


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a paragraph: split at ";", at a sentence end, at a line end, at ": "
    before a capital, and at a comma before a word that opens a clause for another owner
    (", riêng ..."); an item's label ("1.", "a)") stays with its clause."""
    spans: list[tuple[int, int]] = []
    pos = 0
    splits: Iterable[regex.Match[str]] = _clause_splits(sentence_quotes(text))
    contrast = words()["contrast_split"]
    if "," in text and contrast.search(text) is not None:
        splits = sorted([*splits, *contrast.finditer(text)], key=lambda m: m.start())
    for m in splits:
        if m.start() < pos:
            continue
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    if len(spans) > 1 and _LABEL_ONLY.fullmatch(text, spans[0][0], spans[0][1]):
        spans[0:2] = [(spans[0][0], spans[1][1])]
    if any(e - s > MAX_CLAUSE for s, e in spans):
        spans = [piece for s, e in spans for piece in _cut(text, s, e)]
    return spans or [(0, len(text))]


# A clause longer than this (real ones stay under 1,000 characters) is read in pieces cut at a
# blank: every rule reads a clause whole, so one endless clause (a text whose sentence ends were
# lost) would make the time grow with the square of its length.
MAX_CLAUSE = 4000


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > MAX_CLAUSE:
        cut = text.rfind(" ", start + MAX_CLAUSE // 2, start + MAX_CLAUSE)
        cut = cut if cut > start else start + MAX_CLAUSE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


_TIME_LIMITS = frozenset({"before", "by", "through", "within", "until"})
# where another unit's clause may start: a comma, or "và" between two limits ("Sở Y tế hoàn thành
# trước ngày 30/6/2026 và Sở Giáo dục và Đào tạo hoàn thành trước ngày 31/7/2026")
# (also "để": the subject of a purpose with its own limit, "... trước ngày 10/11 để Văn phòng Tỉnh
# ủy tổng hợp, báo cáo ... trước ngày 15/11")
_SUBJECT_JOIN = regex.compile(r",[ \t*_]*|[ \t]+(?:và|còn|để)[ \t*_]+")
# a word in lower case right after a unit: the verb of its own clause ("…, Viện X hoàn thành …")
_VERB_AFTER = regex.compile(r"\s+(?!(?:và|hoặc|cùng|với|của|các|thuộc|về|tại|trên)\s)\p{Ll}+\s")


def _subject_splits(
    text: str, spans: list[tuple[int, int]], exprs: list[TimeExpr], clause_of: list[int], owners: Owners
) -> list[tuple[int, int]]:
    """Clauses cut at a comma (or "và") between two time limits that opens a clause of another
    unit: "Yêu cầu A hoàn thành X trong quý II/2026, B hoàn thành Y trong năm 2026" gives each
    unit its own time (the comma followed by a unit's name and a verb)."""
    cuts: list[tuple[int, int]] = []  # (where a clause ends, where the next one starts)
    for k in range(1, len(exprs)):
        if clause_of[k] != clause_of[k - 1]:
            continue
        if exprs[k - 1].qualifier not in _TIME_LIMITS or exprs[k].qualifier not in _TIME_LIMITS:
            continue  # (two limits of work: not a cited document's date, a meeting's quarter)
        lo, hi = exprs[k - 1].end, exprs[k].start
        for m in _SUBJECT_JOIN.finditer(text, lo, hi):
            at = m.end()
            if at < hi and text[at].isupper():
                got = owners.units(text[at:hi])
                if got and got[0].start == 0 and _VERB_AFTER.match(text, at + got[0].end) is not None:
                    cuts.append((m.start(), at))
                    break
            elif m.group().strip(" \t*_") == "để" and words()["relay"].match(text, m.start(), hi) is not None:
                # "... báo cáo Sở Y tế trước ngày 20/5 để tổng hợp, báo cáo UBND tỉnh trước ngày 30/5":
                # the next step is the one reported to's (Owners.for_clause)
                cuts.append((m.start(), m.start() + 1))
                break
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for c, after in cuts:
            if s < c < e:
                out.append((s, c))
                s = after
        out.append((s, e))
    return out


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
    ctx = Context(doc_date, floor, header.year, header.type)
    default_year = header.year
    deadlines: list[Deadline] = []
    targets: list[Target] = []
    warnings: list[Warning] = []
    decisions: list[Decision] = []
    owners = Owners(blocks, tree, header)
    builder = TaskBuilder()
    labelled = _labelled_by_block(blocks, tree, owners)
    with_deadline: set[int] = set()
    # (helper 82) how the rules after "period_heading" read a period's heading, should it head no work
    year_fallback: dict[str, Rule] = {}
    fallback_rule = DEFAULT
    dated_tasks: set[int] = set()  # the labelled tasks given a deadline

    field_owners: dict[int, list[Assignee]] = {}  # the owners each labelled task's fields name
    # deadlines of headings, due for the items below (up to a line, for a heading with no number)
    over_items: list[tuple[Deadline, Section, int | None]] = []
    first_block: dict[int, int] = {}  # each section's first block
    for k, sec in enumerate(tree.owner):
        if sec is not None:
            first_block.setdefault(id(sec), k)
    counter = 0
    later_year = plan_year(header)  # (helper 85) the year a plan signed the year before is for
    whole_year = later_year or header.year  # the year "Thời gian: Cả năm" means
    days: dict[str, str] | None = None  # (helper 103) the event's opening and closing days, read when asked
    for bi, (blk, owner) in enumerate(zip(blocks, tree.owner, strict=True)):
        section_path = owner.path if owner else None
        if blk.kind == "table":
            continue  # read row by row by ndq57.extract.table_tasks
        text = blk.text
        exprs, invalid = find_time_expressions(text, doc_date=doc_date, default_year=default_year)
        for inv in invalid:
            warnings.append(Warning("invalid_date", f"'{inv.phrase}': {inv.reason}", blk.line_at(inv.start)))
        for e in exprs:
            if LUNAR_MONTH_END in e.rule:  # ("trước ngày 30 tháng Chạp" in a year whose month has 29 days)
                note = f"'{e.phrase}': day 30 of a lunar month of 29 days, read as its last day ({e.due})"
                warnings.append(Warning("lunar_month_end", note, blk.line_at(e.start)))
        if exprs and later_year is not None and len(text) <= PERIOD_TITLE_MAX and all(e.year_inferred for e in exprs):
            # (helper 85) "Quý I" heading the items of a programme for the year after its signing
            # ("Chương trình công tác năm 2027" signed in December 2026): that year's quarter, as in
            # a table's time cell (``table_tasks.plan_year``)
            exprs = find_time_expressions(text, doc_date=doc_date, default_year=later_year)[0]
        if any(e.kind == "relative" and e.due is None for e in exprs) and event_day_gate(text):
            # (helper 103) "trước ngày khai mạc 10 ngày" in a plan that gives the opening's day
            if days is None:
                days = event_days(
                    (b.text for b in blocks if b.kind != "table"), doc_date=doc_date, default_year=default_year
                )
            exprs = on_event_days(exprs, days) if days else exprs
        if bi in labelled:
            exprs = _field_years(labelled[bi], bi, text, exprs)
        if any(g in text for g in _ongoing_gate()):
            exprs = _inline_ongoing(text, exprs)
        if whole_year is not None and ":" in text:
            exprs = _whole_year_fields(text, exprs, whole_year)
        if not exprs:
            continue
        cited = Cited(cited_spans(text), text)
        spans = _clauses(text)
        starts = [b for b, _ in spans]
        clause_of = [_clause_at(spans, starts, e.start) for e in exprs]
        joined = "," in text or " và " in text or " còn " in text or " để " in text
        if len(exprs) > 1 and len(set(clause_of)) < len(exprs) and joined:
            spans = _subject_splits(text, spans, exprs, clause_of, owners)
            starts = [b for b, _ in spans]
            clause_of = [_clause_at(spans, starts, e.start) for e in exprs]
        by_clause: dict[int, list[TimeExpr]] = {}
        for e, ci in zip(exprs, clause_of, strict=True):
            by_clause.setdefault(ci, []).append(e)
        in_block = labelled.get(bi)
        last_timed: TimeExpr | None = None  # the last expression read in a time field of the block
        clause_memo: dict[int, dict[Any, Any]] = {}  # what the rules found in each clause
        all_bold = blk.all_bold  # (a heading: read once, not for each expression)
        heads = owners.headings(owner)
        prev_end = -1  # (helper 66) where the block's last deadline ends (:func:`_sentence_tasks`)
        for k, (expr, ci) in enumerate(zip(exprs, clause_of, strict=True)):
            cs, ce = spans[ci]
            others = by_clause[ci]
            bold = blk.is_bold(expr.start, expr.end)
            lt = _labelled_at(in_block, bi, expr.start)
            in_time = lt is not None and any(
                f.key == "time" and f.block == bi and f.start <= expr.start < f.end + 1 for f in lt.fields
            )
            label, label_at = _field_label(text, expr.start)
            memo = clause_memo.setdefault(ci, {})
            ev = Evidence(expr, text, (cs, ce), bold, ctx, cited, others, heads, all_bold, in_time, memo)
            rule = decide(ev)
            if rule.name == "period_heading":
                fallback_rule = decide_after(ev, rule.name)
                if owner is None or not (
                    (blk.line == owner.line and _has_below(tree, owner, bi)) or _items_run(blocks, tree, bi)
                ):
                    # (helper 85) a period alone that heads no items ("Tháng 4/2027" among the cells
                    # of a table read as paragraphs): read as the rules after it read it
                    rule = fallback_rule
            if label == "other_time" and rule.verdict == "deadline" and not bold:
                rule = _OTHER_TIME
            elif (
                label == "event_time"
                or (
                    label == "bare_time"
                    and (_event_time_heading(heads) or _event_fields_beside(blocks, tree, bi))
                    and not has_owner(owners.for_clause(text, spans, ci, owner).owners)
                )
                or (
                    label is None
                    and _event_time_heading(heads)
                    and _named_before(text, expr.start)
                    and not has_owner(
                        a for a in owners.for_clause(text, spans, ci, owner).owners if not inherited_owner(a)
                    )
                )
            ) and (lt is None or not lt.has_owner) and not bold:
                # (in a task's block naming who organises it, the day is the task's)
                # ((helper 103) or its span: "Thời gian tổ chức: từ ngày 20/3 đến ngày 23/3/2027")
                if expr.kind in ("date", "datetime", "range") and rule.verdict == "deadline":
                    rule = _EVENT_TIME
            elif rule.name in ("time_field", "time_label") and (_start_only(expr) or _open_ended(text, expr)):
                rule = _START_ONLY
            elif rule.name == "time_field" and _restated(text, expr, last_timed):
                rule = _RESTATED_FIELD
            elif (
                rule.verdict == "deadline"
                and expr.qualifier not in ("before", "by")
                and expr.start - cs < 90
                and _plan_span(text, cs, expr.start)
            ):
                rule = _PLAN_SPAN
            elif rule.verdict == "deadline" and k + 1 < len(exprs) and _phase_scope(text, expr, exprs[k + 1]):
                rule = _PHASE_SCOPE
            elif rule.verdict == "deadline" and k + 1 < len(exprs) and _peak_scope(text, cs, expr, exprs[k + 1]):
                rule = _PEAK_SCOPE
            elif (
                label in ("time", "bare_time")
                and rule.name in _LABEL_OVERRIDES
                and owner is not None
                and ("." in owner.path or owner.family == "decimal")
                and not (blk.line == owner.line and _opens_paragraph(text, label_at))
                and not goal_headings(heads)
                and (
                    label == "time"
                    or (
                        not _event_fields(text)
                        and (
                            (lt is not None and lt.has_owner)
                            or has_owner(owners.for_clause(text, spans, ci, owner).owners)
                        )
                    )
                )
            ):
                # "Thời gian thực hiện: 2026 - 2030" in a task that names no owner in a field of its
                # own: its time all the same, as in a labelled block; "- Rà soát ...; Thời gian: Quý
                # II/2026." under "1. Sở Nội vụ": a bare time label is the task's time when someone
                # owns the item and no place or guests are named. Not in a part stating aims, nor in
                # a part of the plan's own ("III. THỜI GIAN THỰC HIỆN"), nor as an item's own heading
                # ("3. Thời gian thực hiện: 2026 - 2030" among the contents of an approved scheme)
                rule = _START_ONLY if _start_only(expr) or _open_ended(text, expr) else _TIME_LABEL
            if in_time:
                last_timed = expr
            kind = rule.verdict
            line = blk.line_at(expr.start)
            decisions.append(Decision(line, expr.phrase, expr.kind, kind, rule.name, section_path))
            if kind == "target":
                targets.append(Target(expr.phrase, expr.kind, expr.due, section_path, line))
                continue
            if kind != "deadline":
                continue
            found = owners.for_clause(text, spans, ci, owner)
            if not any(a.role in ("lead", "assigned") and a.rule.startswith("clause:") for a in found.owners):
                # "Sở Tư pháp ban hành văn bản hướng dẫn trong tháng 5/2026": the subject of a verb of
                # statement, with the clause's own time limit, owns the deadline (not the addressees)
                subject = owners.dated_subject(text, found.task_start, ce)
                if subject:
                    found.owners = subject
            if (
                label in ("time", "bare_time")
                and ci > 0
                and found.task_start == cs
                and (lt is None or (bi not in lt.blocks and owner is not lt.section))
            ):
                # "- Xây dựng kế hoạch ... . Thời gian: Tháng 6/2026.": the task is the clause before
                # the label (when the label opens its clause and that clause names no time of its own)
                before = _stated_before(text, spans, ci, expr.start, by_clause)
                if before is not None:
                    mark = _ITEM_MARK.match(text) if before == 0 else None
                    found.task_start = mark.end() if mark is not None else spans[before][0]
            if ci + 1 < len(spans) and text[ce : ce + 1] == ":" and not _named_here(found.owners):
                # "- Quý I/2026: Sở X hoàn thành ...": the time labels the clause after the colon
                after = owners.for_clause(text, spans, ci + 1, owner, inherit=False)
                if has_owner(after.owners):
                    found.owners = after.owners
                elif rule.name == "period_label":
                    # (helper 85) "- Quý II/2027: Sở Nội vụ đánh giá kết quả ...": its subject, the
                    # verb of a statement that is the work, the label its limit
                    subject = owners.dated_subject(text, spans[ci + 1][0], spans[ci + 1][1], labelled=True)
                    if subject:
                        found.owners = subject
            if owner is not None and not _named_here(found.owners):
                # "2. Giao Sở Nội vụ chủ trì xây dựng Đề án ..." / "Thời gian hoàn thành: Quý III/2026":
                # the item's own statement, in an earlier paragraph, names who does it
                stated = _statement_owners(blocks, tree, first_block, bi, owner, owners)
                if stated:
                    found.owners = stated
            sub_item = (
                lt is not None
                and lt.section is not None
                and owner is not None
                and owner is not lt.section
                and bi not in lt.blocks
                and owner.path.startswith(lt.section.path + ".")
            )
            if sub_item and lt is not None and not _named_here(found.owners):
                # "1. Nhóm nhiệm vụ ... / Cơ quan chủ trì: X" over "a) ... Thời gian: Quý II/2026": an
                # item of its own, owned by the fields of the task above it
                fields = _field_owners(lt, field_owners)
                if fields:
                    found.owners = fields
            if rule.name in _OWNER_BESIDE_TIME:
                # "Kiểm tra công vụ (Sở Tư pháp; Quý II/2027)", "Hội nghị sơ kết (tháng 7/2027) do
                # Văn phòng tham mưu tổ chức": the unit named beside the time does the work
                lo, hi = _beside_time(text, cs, ce, expr, rule.name)
                beside = owners.named_in(text, lo, hi, rule.name) if hi > lo else []
                if has_owner(beside):
                    found.owners = beside
            if not has_owner(found.owners) and any(a.role == "director" for a in found.owners):
                # "Giao Đảng ủy UBND tỉnh chỉ đạo thực hiện": who directs, with nobody else named, owns it
                found.owners = [_sole_director(a) if a.role == "director" else a for a in found.owners]
            if rule.name == "period_label":
                # "- Tháng 9, tháng 10: Kiểm tra công tác ...": the work after the label's colon is
                # the task, to the line's end (the clause ends at the colon), from the label's line
                # (or sentence: lines with no list mark joined into one paragraph)
                ce = _label_line_end(text, ce)
                found.task_start = max(found.task_start, label_line_start(text, expr.start))
            counter += 1
            decisions[-1].deadline = f"d{counter}"
            d = expr.deadline(
                f"d{counter}",
                section=section_path,
                line=line,
                # (without the item's label, as the task's record: "1. Sở Y tế ..." -> "Sở Y tế ...")
                task=strip_item_label(text[found.task_start : ce]).strip(" ;,.-+"),
                assignees=found.owners,
                recipients=found.recipients,
                confidence=_confidence(rule.weight, expr, bold, ev.obligation),
                bold=bold,
                rule=rule.name,
            )
            deadlines.append(d)
            if rule.name == "period_heading":
                year_fallback[d.id] = fallback_rule
            with_deadline.add(bi)
            if lt is not None:
                dated_tasks.add(id(lt))
            if lt is not None and not sub_item:
                _block_task(builder, lt, blocks, bi, d, found.owners, field_owners)
            elif owner is not None and _has_below(tree, owner, bi) and _heading_deadline(blk, owner, d, rule.name):
                over_items.append((d, owner, None))
                if rule.name not in _HEADING_RULES and len(_HEADING_WORDS.findall(text.replace(d.phrase, " ", 1))) > 3:
                    # (a heading that says more than its time is a task of its own too)
                    _sentence_tasks(builder, blk, text, found.task_start, ce, d, owners, after=prev_end)
            elif owner is not None and rule.name == "period_heading" and (until := _items_run(blocks, tree, bi)):
                # (helper 85) "Quý I" on a line of its own, no number, over "- Sở Y tế ..." items:
                # the heading of the items up to the next line that is none
                over_items.append((d, owner, until))
            else:
                _sentence_tasks(
                    builder, blk, text, found.task_start, ce, d, owners, rule.name == "period_label", prev_end
                )
            prev_end = expr.end
    report = header.type in load("deadline_words")["results_doc_types"]
    _undated_tasks(builder, blocks, tree, owners, labelled, with_deadline, dated_tasks, report)
    office = _office_preparing(blocks) if any(d.rule == "period_heading" for d, _, _ in over_items) else []
    by_line = _ByLine(decisions, blocks) if any(d.rule == "period_heading" for d, _, _ in over_items) else None
    for d, sec, until in over_items:
        # (helper 82) under a period's heading, any time an item names is its own, read as a limit or
        # not ("- Quý II/2028: Sở Nội vụ là cơ quan thường trực ...")
        if until is not None and by_line is not None:  # (only a period's heading has an end line)
            # (between the heading and the end of its items only: found by their lines)
            dated_below = any(_own_time_below(x, d.kind) for x in by_line.between(sec.path, d.line, until))
        else:
            dated_below = any(
                x.section
                and (x.section.startswith(sec.path + ".") or (x.section == sec.path and x.line > d.line))
                and (until is None or x.line < until)
                and (d.rule != "period_heading" or _own_time_below(x, d.kind))
                for x in (decisions if d.rule == "period_heading" else deadlines)
            )
        if by_line is not None and d.rule == "period_heading" and not dated_below:
            # (helper 85) "- Tổ chức Hội nghị sơ kết 6 tháng" under "Tháng 7", no owner: a task of the
            # heading's time all the same, the office's when the document names who prepares it
            _unowned_items(builder, blocks, tree, d, sec, until, office, by_line)
        if not _items_below(builder, d, sec, dated_below, until):
            # a heading grouping items that each give their own time: no deadline of its own
            deadlines.remove(d)
            dec = next(x for x in decisions if x.deadline == d.id)
            dec.verdict, dec.rule, dec.deadline = "mention", "grouping_heading", None
            fallback = year_fallback.get(d.id)
            if fallback is not None and fallback.verdict != "deadline":
                # (helper 82) a year heading over no work of its own: read as the rules after it read it
                dec.verdict, dec.rule = fallback.verdict, fallback.name
                if fallback.verdict == "target":
                    at = sum(1 for t in targets if t.line <= d.line)
                    targets.insert(at, Target(d.phrase, d.kind, d.due, d.section, d.line))
    tasks = builder.finish()
    return Extracted(deadlines, targets, owners.index(deadlines), warnings, decisions, tasks)


@functools.cache
def _whole_year_label() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(After a colon: the whole year alone to the line's end ("Cả năm."); before it, a time label.)"""
    fields, dw = load("task_fields"), load("deadline_words")
    labels = [*fields["time"], *dw["time_labels"], *dw["period_time_labels"]]

    def alt(ws: list[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(ws), key=lambda w: (-len(w), w)))

    return (
        regex.compile(
            rf"[\s*_]*(?P<w>{alt(load('tables')['whole_year'])})(?=[\s*_]*[.;]?[\s*_]*(?:\n|$))", regex.IGNORECASE
        ),
        regex.compile(rf"(?<!\p{{L}})(?:{alt(labels)})[\s*_]*$", regex.IGNORECASE),
    )


def _whole_year_fields(text: str, exprs: list[TimeExpr], year: int) -> list[TimeExpr]:
    """"Thời gian: Cả năm" with no year of its own: the whole year the document is for (as a time
    cell saying so is), read as that year (each colon of the text tried once: linear)."""
    after, label = _whole_year_label()
    added: list[TimeExpr] = []
    c = text.find(":")
    while c >= 0:
        m = after.match(text, c + 1)
        if (
            m is not None
            and label.search(text, max(0, c - 40), c) is not None
            and not any(e.start < m.end("w") and m.start("w") < e.end for e in exprs)
        ):
            w = m.group("w")
            added.append(TimeExpr(m.start("w"), m.end("w"), w, "year", None, f"{year}-12-31", None, None, None, True,
                                  "whole_year_label"))
        c = text.find(":", c + 1)
    return sorted([*exprs, *added], key=lambda e: e.start) if added else exprs


_OWNER_BESIDE_TIME = frozenset({"bracketed_term", "event_organised_by"})
_PART_DASH = regex.compile(r"\s[-–—]\s")


def _beside_time(text: str, cs: int, ce: int, expr: TimeExpr, rule: str) -> tuple[int, int]:
    """Where the unit beside the time is named: after it, up to the clause's end ("... do Văn phòng
    tổ chức"), or before it, from the bracket it closes ("(Sở Tư pháp; Quý II/2027)") or from the
    dash before ("- Phòng Nội vụ - tháng 9/2027")."""
    if rule == "event_organised_by":
        return expr.end, ce
    # (the bracket may hold a ";": the clause's own start may be after it)
    k = text.rfind("(", max(0, expr.start - 160), expr.start)
    if k >= 0 and text.find(")", k, expr.start) < 0:
        return k + 1, expr.start
    dashes = [m.start() for m in _PART_DASH.finditer(text, cs, expr.start)]
    return (dashes[-2] + 1, dashes[-1]) if len(dashes) >= 2 else (0, 0)


_OTHER_TIME = Rule("other_time_field", "period", lambda ev: True, RULE_DOCS["other_time_field"])
_START_ONLY = Rule("start_only_field", "period", lambda ev: True, RULE_DOCS["start_only_field"])
_RESTATED_FIELD = Rule("restated_field", "mention", lambda ev: True, RULE_DOCS["restated_field"])
_EVENT_TIME = Rule("event_time_field", "event", lambda ev: True, RULE_DOCS["event_time_field"])
_PLAN_SPAN = Rule("plan_span", "period", lambda ev: True, RULE_DOCS["plan_span"])
_PHASE_SCOPE = Rule("phase_scope", "target", lambda ev: True, RULE_DOCS["phase_scope"])
_PEAK_SCOPE = Rule("peak_scope", "period", lambda ev: True, RULE_DOCS["peak_scope"])
_TIME_LABEL = next(r for r in RULES if r.name == "time_label")
# what a task's time label overrides: a far year or a span taken for a goal, no other sign
_LABEL_OVERRIDES = frozenset({"target_horizon", "span_of_years", "within_year_unbound", "no_signal"})
@functools.cache
def _from_word() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("timewords")["qualifiers"]["from"])
    return regex.compile(rf"(?:{words})(?!\p{{L}})", regex.IGNORECASE)


def _open_ended(text: str, expr: TimeExpr) -> bool:
    """"Năm 2026 - 2027 và các năm tiếp theo": a time with no end after it."""
    return words()["open_after"].match(text[expr.end : expr.end + 60]) is not None


def _restated(text: str, expr: TimeExpr, last: TimeExpr | None) -> bool:
    """The day of the time before it again, in a bracket opened after it: "trong tháng 6/2026 (xong
    trước 30/6)"."""
    if last is None or last.due is None or last.due != expr.due or last.end > expr.start:
        return False
    k = text.rfind("(", last.end, expr.start)
    return k >= 0 and text.find(")", k, expr.start) < 0


def _start_only(expr: TimeExpr) -> bool:
    """"Từ 01/7/2026", "Từ năm 2026": when a task starts, with no end (no due day); not "Từ nay đến
    tháng 6/2027", whose end its limit gives."""
    return (
        expr.kind not in ("range", "recurring", "relative")
        and expr.qualifier not in ("by", "before", "through")
        and _from_word().match(expr.phrase) is not None
    )


@functools.cache
def _field_labels() -> regex.Pattern[str]:
    """A field's label right before a time: a task's time ("Thời gian thực hiện:", group ``time``),
    another time ("Thời gian nhận hồ sơ:", group ``other_time``) or an event's ("Thời gian tổ
    chức:", group ``event_time``)."""
    fields = load("task_fields")
    task_time = [*fields["time"], *load("deadline_words")["time_labels"]]

    def alt(ws: list[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(ws), key=lambda w: (-len(w), w)))

    return regex.compile(
        rf"(?<!\p{{L}})(?:(?P<other_time>(?:{alt(fields['other_time'])})(?:\s+\p{{Ll}}+){{0,3}}?"
        # (whose: "Thời gian hoạt động của Tổ công tác:")
        rf"(?:\s+(?:{alt(fields['other_time_of'])})(?:\s+\p{{L}}+){{1,6}}?)?)"
        rf"|(?P<event_time>{alt(fields['event_time'])})|(?P<time>{alt(task_time)})"
        rf"|(?P<bare_time>{alt(fields['time_with_owner'])}))[\s*_]*:[\s*_]*$",
        regex.IGNORECASE,
    )


@functools.cache
def _plan_span_rx() -> regex.Pattern[str]:
    data = load("task_fields")["plan_span"]

    def alt(ws: list[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))

    return regex.compile(
        rf"[\s*_]*(?:{_ITEM_MARK.pattern[1:]})?[\s*_]*(?:(?:{alt(data['label'])})\s+)?(?:{alt(data['documents'])})"
        rf"(?:\s+(?:{alt(data['this'])}))?(?:\s+(?:{alt(data['verbs'])}))?(?:\s+(?:{alt(data['within'])}))?"
        # (its start before the end: "Kế hoạch được triển khai từ ngày ký | đến hết năm 2027")
        rf"(?:\s+(?:{alt(data['from'])})\s+[^,;:.()\n]{{1,40}}?)?[\s*_:]*",
        regex.IGNORECASE,
    )


def _plan_span(text: str, clause_start: int, start: int) -> bool:
    """The time is the plan's own span: the document opens its clause, with a verb of carrying
    out or a label, right before the time ("Kế hoạch được thực hiện từ ... đến ...", or its end
    after a start the grammar read apart: "... từ ngày ký đến hết năm 2027")."""
    return _plan_span_rx().fullmatch(text, clause_start, start) is not None


@functools.cache
def _phase_closer() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("deadline_words")["phase_closers"])
    # (then a few words, no sentence or clause break: "hoàn thành, trình UBND tỉnh phê duyệt")
    return regex.compile(
        rf"[\s,;]*+(?:{words})(?!\p{{L}})(?:[\s,]++[\p{{L}}\p{{N}}]++){{0,8}}[\s,]*+", regex.IGNORECASE
    )


def _phase_scope(text: str, expr: TimeExpr, nxt: TimeExpr) -> bool:
    """"Xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030, hoàn thành trong tháng 10/2026": a span
    of years the work covers (no "từ ... đến ..."), then a verb finishing it and its own nearer limit
    (a day, month, quarter): the span is the plan's scope, the limit its deadline."""
    if (
        expr.kind != "range"
        or expr.due is None
        or expr.start_date is None
        or expr.start_date[:4] == expr.due[:4]
        or _from_word().match(expr.phrase) is not None
        or nxt.kind not in ("date", "datetime", "month", "quarter", "half_year")
        or nxt.due is None
        or nxt.due[:10] >= expr.due[:10]
        or nxt.qualifier not in ("before", "by", "through", "within")
    ):
        return False
    return _phase_closer().fullmatch(text, expr.end, nxt.start) is not None


@functools.cache
def _peak_scope_rx() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(helper 106) The plan's noun, the peak's noun right before a span, and the verbs that hand the
    plan in between the span and its own limit (data ``peak_scope``)."""
    data = load("deadline_words")["peak_scope"]
    plan = regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['plans'])})(?!\p{{L}})", regex.IGNORECASE)
    peak = regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['peaks'])})[\s,:]*+$", regex.IGNORECASE)
    closer = regex.compile(
        rf"[\s,;]*+(?:{alternation(data['closers'])})(?!\p{{L}})(?:[\s,]++[\p{{L}}\p{{N}}]++){{0,8}}[\s,]*+",
        regex.IGNORECASE,
    )
    return plan, peak, closer


def _peak_scope(text: str, cs: int, expr: TimeExpr, nxt: TimeExpr) -> bool:
    """(helper 106) "Xây dựng kế hoạch kiểm tra trong thời gian cao điểm từ ngày 04/01/2027 đến ngày
    28/02/2027, gửi về Cục trước ngày 30/12/2026": the peak the plan covers (a span of days, named by
    its noun right before it, in a clause that names a plan), then a verb handing the plan in and its
    own nearer limit: the span is the plan's scope, the limit its deadline (the peak's own work, "Tổ
    chức đợt cao điểm từ ... đến ...", names no plan and stays a term)."""
    if (
        expr.kind != "range"
        or expr.due is None
        or nxt.kind not in ("date", "datetime")
        or nxt.due is None
        or nxt.due[:10] >= expr.due[:10]
        or nxt.qualifier not in ("before", "by")
    ):
        return False
    plan, peak, closer = _peak_scope_rx()
    return (
        peak.search(text, max(cs, expr.start - 40), expr.start) is not None
        and plan.search(text, cs, expr.start) is not None
        and closer.fullmatch(text, expr.end, nxt.start) is not None
    )


@functools.cache
def _event_fields_rx() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("task_fields")["event"])
    return regex.compile(rf"(?<!\p{{L}})(?:{words})[\s*_]*:", regex.IGNORECASE)


@per_document
@functools.lru_cache(maxsize=64)
def _event_fields(text: str) -> bool:
    """The paragraph names the place or the guests of a meeting ("Địa điểm:", "Thành phần:").
    (Remembered within a document: asked again for each time found in a paragraph and beside it,
    a long paragraph was read whole each time.)"""
    return _event_fields_rx().search(text) is not None


def event_day_terms(deadlines: list[Deadline], blocks: list[Block], header: Header) -> None:
    """(helper 103) The terms a table's rows count from an event's opening or closing ("Trước ngày
    khai mạc 20 ngày", "10 ngày kể từ ngày bế mạc Đại hội" in a time cell), due on that day less or
    plus their length when the document's paragraphs give it one day (as the sentences' are, in
    :func:`extract_deadlines`). Changed in place."""
    open_ = [d for d in deadlines if d.kind == "relative" and d.due is None and d.relative is not None]
    if not any(event_day_gate(d.phrase) for d in open_):
        return
    doc_date = to_date(header.date)
    days = event_days((b.text for b in blocks if b.kind != "table"), doc_date=doc_date, default_year=header.year)
    if not days:
        return
    for d in open_:
        due = event_day_due(d.phrase, d.relative, days)
        if due is not None and d.relative is not None:
            d.due = due
            d.relative = Relative(amount=d.relative.amount, unit=d.relative.unit, anchor="date", resolved=True)


def _event_fields_beside(blocks: list[Block], tree: SectionTree, bi: int) -> bool:
    """(helper 103) The paragraph or a line right beside it in its section names an event's place or
    guests ("Thời gian: từ ngày 10/5 đến ngày 12/5/2027." then "Địa điểm: Sân vận động xã.")."""
    return any(
        0 <= k < len(blocks) and tree.owner[k] is tree.owner[bi] and _event_fields(blocks[k].text)
        for k in (bi - 1, bi, bi + 1)
    )


@functools.cache
def _event_time_heading_rx() -> regex.Pattern[str]:
    alt = alternation(load("task_fields")["event_time_headings"])
    return regex.compile(rf"(?<!\p{{L}})(?:{alt})(?!\p{{L}})", regex.IGNORECASE)


def _event_time_heading(heads: str) -> bool:
    """(helper 103) The innermost heading names an event's time and place ("I. THỜI GIAN, ĐỊA ĐIỂM"):
    a bare "Thời gian:" there is when the event is held."""
    return _event_time_heading_rx().search(heads.split(" | ", 1)[0]) is not None


_EVENT_NAME_MAX = 60  # (the longest name of an event before its colon: a few words)


@functools.cache
def _event_name_rx() -> regex.Pattern[str]:
    alt = alternation(load("task_fields")["event_names"])
    return regex.compile(rf"(?:{alt})(?!\p{{L}})", regex.IGNORECASE)


def _named_before(text: str, start: int) -> bool:
    """(helper 106) The paragraph opens with an event's short name (data ``event_names``) and a colon
    right before ``start``: under a heading of an event's time and place, when that event is held
    ("- Chợ hoa Xuân: từ ngày 28/01/2027 đến ngày 05/02/2027"), not a term (a phase of work named so,
    "Giai đoạn chuẩn bị: từ ... đến ...", is one).

    >>> _named_before("- Chợ hoa Xuân: từ ngày 28/01/2027", 16)
    True
    >>> _named_before("1. Giai đoạn chuẩn bị: từ ngày 01/4/2026", 23)
    False
    """
    mark = _ITEM_MARK.match(text)
    at = mark.end() if mark is not None else 0
    if start - at > 2 * _EVENT_NAME_MAX:
        return False  # (the name opens the paragraph: nothing read far into a long one)
    colon = text.rfind(":", at, start)
    if colon < 0 or text[colon + 1 : start].strip(" \t*_"):
        return False
    name = text[at:colon].strip(" \t*_")
    return (
        0 < len(name) <= _EVENT_NAME_MAX
        and "," not in name
        and ";" not in name
        and _event_name_rx().match(text, text.index(name, at)) is not None
    )


def _field_label(text: str, start: int) -> tuple[str | None, int]:
    """``time``, ``other_time``, ``event_time`` or ``bare_time`` when the label of such a field
    stands right before ``start``, with where the label starts."""
    lo = max(0, start - 60)
    colon = text.rfind(":", lo, start)
    if colon < 0 or text[colon + 1 : start].strip(" \t*_"):
        return None, -1
    m = _field_labels().search(text, lo, start)
    return (m.lastgroup, m.start()) if m is not None else (None, -1)


def _opens_paragraph(text: str, at: int) -> bool:
    """Nothing but the item's mark before offset ``at`` of the paragraph."""
    mark = _ITEM_MARK.match(text)
    return not text[mark.end() if mark is not None else 0 : at].strip(" *_")


# a time field that is a year alone ("Thời gian: 2026."): what a table's time cell says the same way
@functools.cache
def _bare_year() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in load("timewords")["calendar"]["year"])
    return regex.compile(rf"(?:(?i:{words})\s+)?(?P<y>(?:19|20)\d{{2}})")


def _field_years(tasks: list[LabelledTask], bi: int, text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions of a block and, in each time field of its labelled tasks, the years that
    no expression holds: a year alone ("Thời gian: 2027."), or the next of a list ("Năm 2026,
    2027": each its own, kind ``year``, due on 31 December)."""
    out = exprs
    for lt in tasks:
        for f in lt.fields:
            if f.key != "time" or f.block != bi or f.end - f.start > 60:
                continue
            inside = [e for e in out if f.start <= e.start < f.end]
            found: list[TimeExpr] = []
            if not inside:
                m = _bare_year().fullmatch(text, f.start, f.end)
                if m is not None:
                    found.append(_year_expr(text, f.start, f.end, m.group("y")))
                elif (m := _ongoing_value().match(text, f.start, f.end)) is not None:
                    # (helper 92) "Thời gian thực hiện: Thường xuyên", "…: Thường xuyên, liên tục": work
                    # that goes on, a vague deadline of the task (as a table's time cell says it)
                    found.append(_ongoing_expr(text, m.start("v"), m.end("v")))
            else:
                last = inside[-1]
                if last.kind != "year":
                    continue
                pos = last.end
                while (m := _next_year().match(text, pos, f.end)) is not None:
                    found.append(_year_expr(text, m.start("y"), m.end("y"), m.group("y")))
                    pos = m.end()
            if found:
                out = sorted([*out, *found], key=lambda e: e.start)
    return out


@functools.cache
def _ongoing_value() -> regex.Pattern[str]:
    """(helper 92) A time field's value that says the work goes on (data ``task_fields.ongoing``),
    alone or with more of its words or a ground after a comma ("Thường xuyên, theo yêu cầu nhiệm vụ")."""
    data = load("task_fields")
    words = "|".join(regex.escape(w) for w in data["ongoing"])
    more = "|".join(regex.escape(w) for w in [*data["ongoing"], *data["ongoing_grounds"]])
    return regex.compile(
        rf"[\s*_]*(?P<v>(?i:{words})(?!\p{{L}})(?:\s*,\s*(?i:{more})(?!\p{{L}}))*)[\s*_]*[.;]?[\s*_]*\Z"
    )


@functools.cache
def _ongoing_gate() -> tuple[str, ...]:
    """(helper 92) The last syllables of ``task_fields.ongoing``: a block with none holds none."""
    return tuple({w.split()[-1] for w in load("task_fields")["ongoing"]})


@functools.cache
def _inline_ongoing_rx() -> regex.Pattern[str]:
    """(helper 92) A time label in a sentence and a value that says the work goes on ("...; thời gian
    thực hiện: thường xuyên."), or the words of an ongoing task closing its clause ("..., nhiệm vụ
    thường xuyên;", "..., thực hiện thường xuyên."): the value, up to the clause's end."""
    data, dw = load("task_fields"), load("deadline_words")
    all_labels = sorted([*dw["time_labels"], *dw["period_time_labels"]], key=len, reverse=True)
    labels = "|".join(regex.escape(w) for w in all_labels)
    words = "|".join(regex.escape(w) for w in data["ongoing"])
    more = "|".join(regex.escape(w) for w in [*data["ongoing"], *data["ongoing_grounds"]])
    closing = "|".join(regex.escape(w) for w in data["ongoing_closing"])
    value = rf"(?i:{words})(?!\p{{L}})(?:\s*,\s*(?i:{more})(?!\p{{L}}))*"
    return regex.compile(
        rf"(?:(?<!\p{{L}})(?i:{labels})[\s*_]*:[\s*_]*(?P<v>{value})"
        rf"|(?<=[,;(][\s*_]*)(?P<v>(?P<c>(?i:{closing}))(?!\p{{L}})))"
        rf"(?=[\s*_]*(?:[.;)]|\Z|\n))"
    )


def _inline_ongoing(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """(helper 92) The expressions of a block and the ongoing times of :func:`_inline_ongoing_rx`
    that no expression holds."""
    # (an expression over the value: one of those starting before its end reaches past its start,
    # found by bisection over the starts and the running reach of the ends, not against each)
    ordered = sorted(exprs, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    reach = list(itertools.accumulate((e.end for e in ordered), max))
    found = []
    for m in _inline_ongoing_rx().finditer(text):
        vs, ve = m.span("v")
        k = bisect.bisect_left(starts, ve)
        if k == 0 or reach[k - 1] <= vs:
            found.append(_ongoing_expr(text, vs, ve, "ongoing_closing" if m.group("c") else "field_ongoing"))
    return sorted([*exprs, *found], key=lambda e: e.start) if found else exprs


def _ongoing_expr(text: str, start: int, end: int, rule: str = "field_ongoing") -> TimeExpr:
    return TimeExpr(start, end, text[start:end], "vague", None, None, None, None, None, False, rule)


def _year_expr(text: str, start: int, end: int, year: str) -> TimeExpr:
    return TimeExpr(start, end, text[start:end], "year", None, f"{year}-12-31", None, None, None, False, "field_year")


@functools.cache
def _next_year() -> regex.Pattern[str]:
    """The next year of a list after a year: ", 2027", " và 2028"."""
    joins = "|".join(regex.escape(w) for w in load("task_fields")["list_joins"])
    return regex.compile(rf"\s*(?:[,;]|(?i:{joins})(?!\p{{L}}))\s*(?P<y>(?:19|20)\d{{2}})(?![\d/.\-]\d)")


_LABEL_OPENS = regex.compile(r"[\s*_\-+•]*\p{L}[\p{L} ]{0,60}:[\s*_]*")


def _stated_before(
    text: str, spans: list[tuple[int, int]], ci: int, start: int, by_clause: dict[int, list[TimeExpr]]
) -> int | None:
    """The clause stating the task of a time given after its label: the clause before the one that
    the label opens (or before the label's own clause), if it names no time itself."""
    cs = spans[ci][0]
    k = ci - 1
    if not text[cs:start].strip(" \t*_"):
        # the label is a clause of its own ("Thời hạn hoàn thành" / ": Quý III/2026")
        if text[spans[k][1] : spans[k][1] + 1] != ":" or k == 0:
            return None
        k -= 1
    elif _LABEL_OPENS.fullmatch(text, cs, start) is None:
        return None  # ("... về UBND xã (hạn nộp: 10/6/2026)": the label inside the clause)
    return None if k in by_clause else k


def _labelled_by_block(blocks: list[Block], tree: SectionTree, owners: Owners) -> dict[int, list[LabelledTask]]:
    """Each block that belongs to a labelled task block: the paragraph stating it and its fields,
    and, when a section holds one labelled task only, every paragraph of that section. A paragraph
    holding the fields of several tasks (a copy that lost its line ends) belongs to each of them,
    in order (:func:`_labelled_at` picks the one holding an offset)."""
    found = labelled_tasks(blocks, tree, owners.parents)
    per_section: dict[int, list[LabelledTask]] = {}
    out: dict[int, list[LabelledTask]] = {}
    for t in found:
        for bi in t.blocks:
            have = out.setdefault(bi, [])
            if not have or have[-1] is not t:
                have.append(t)
        if t.section is not None:
            per_section.setdefault(id(t.section), []).append(t)
    single = {k: v[0] for k, v in per_section.items() if len(v) == 1}
    for bi, sec in enumerate(tree.owner):
        node = sec
        while node is not None and bi not in out:
            if id(node) in single:
                out[bi] = [single[id(node)]]
            node = owners.parents.get(id(node))
    return out


def _labelled_at(tasks: list[LabelledTask] | None, bi: int, offset: int) -> LabelledTask | None:
    """The labelled task of block ``bi`` that holds ``offset``: of several sharing the paragraph
    (in the order they start), the last that starts before it (a binary search: a paragraph may
    hold hundreds)."""
    if not tasks:
        return None
    if len(tasks) == 1 or not tasks[1].holds(bi, offset):
        return tasks[0]
    lo, hi = 1, len(tasks) - 1  # tasks[lo] holds the offset; find the last that does
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if tasks[mid].holds(bi, offset):
            lo = mid
        else:
            hi = mid - 1
    return tasks[lo]


def _task_path(sec: Section, label: str | None) -> str:
    """The path of a labelled task: its section's, or that of the sibling item it starts with."""
    if label is None:
        return sec.path
    head, dot, _ = sec.path.rpartition(".")
    return f"{head}{dot}{label}"


_LAST_ITEM = regex.compile(r"(?<=[\s.;:])(?:\d{1,3}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•–])\s+(?=\p{Lu})")


def _task_text(lt: LabelledTask, blocks: list[Block], fallback: str) -> str:
    """The task a labelled block states: its task field, the paragraph before its fields, or its
    section's heading."""
    task_fields = lt.values("task")
    if task_fields:
        return task_fields[0].value
    # the words before the first field, in its own paragraph, or the paragraph before the fields
    first_field = lt.fields[0]
    start = lt.start if first_field.block == lt.blocks[0] else 0
    candidates = [blocks[first_field.block].text[start : first_field.label_start]]
    candidates += [blocks[bi].text for bi in lt.blocks if bi < first_field.block]
    for c in candidates:
        if len(c) > 120:
            # a paragraph that lost its line ends: the words after the last item mark before the fields
            marks = list(_LAST_ITEM.finditer(c, max(0, len(c) - 400)))
            if marks and len(c) - marks[-1].end() >= 15:
                c = c[marks[-1].end() :]
        stated = str(_ITEM_MARK.sub("", c, count=1)).strip(" .;([")
        if len(stated) >= 15:
            return stated
    if lt.section is not None and lt.section.heading and not lt.start:
        return lt.section.heading  # (not for one of the tasks sharing a paragraph: each its own)
    return fallback


def _own_part(lt: LabelledTask, bi: int, text: str) -> str:
    """The part of paragraph ``bi`` that a labelled task with no words of its own stands for: the
    whole paragraph, or, in a long one holding the fields of several tasks (a copy that lost its
    line ends), from where the task starts to the end of its last field there (not the whole
    paragraph again for each task it holds)."""
    if len(text) <= _SHARED_PARAGRAPH or not lt.blocks or lt.blocks[0] != bi:
        return text
    ends = [f.end for f in lt.fields if f.block == bi]
    return text[lt.start : max(ends)] if ends and max(ends) > lt.start else text


_SHARED_PARAGRAPH = 400  # (characters: a paragraph longer may hold the fields of several tasks)


def _field_owners(lt: LabelledTask, memo: dict[int, list[Assignee]] | None = None) -> list[Assignee]:
    """The owners named by the fields of a labelled task; with ``memo``, read once per task (a
    block of many fields and deadlines would read every field again for each deadline): each call
    gets a new list of the same owners."""
    if memo is not None:
        got = memo.get(id(lt))
        if got is None:
            got = memo[id(lt)] = _field_owners(lt)
        return list(got)
    out: list[Assignee] = []
    for f in lt.fields:
        if f.key not in ("lead", "coordinate", "director"):
            continue
        units = find_units(f.value)
        if units:
            roles = _value_roles(f.value, units, f.key)
            for u, role in zip(units, roles, strict=True):
                raw = _with_name(f.value, u.start, u.raw) if u.kind == "person" else u.raw
                out.append(Assignee(u.unit, role, raw, _kind(u.kind), f"block:{f.key}_label"))
                # (helper 79) the members of a list sharing one head ("Đơn vị chủ trì: Sở Tài chính,
                # Nội vụ, Xây dựng") own it too, each by its full name, as in a sentence
                out.extend(
                    Assignee(m.unit, role, member_raw(m), _kind(m.kind), f"block:{f.key}_label+member")
                    for m in u.members
                    if not any(a.unit == m.unit and a.role == role for a in out)
                )
        else:
            out.extend(
                Assignee(canonical_unit(p.strip()), f.key, p.strip(), "unit", f"block:{f.key}_label")
                for p in regex.split(r"\s*[;,]\s*", f.value)
                if len(regex.findall(r"\p{L}", p)) >= 2
            )
    if out and not has_owner(out):
        # "Lãnh đạo phụ trách: đồng chí ..." and no unit named to lead: who directs owns it
        out = [_sole_director(a) if a.role == "director" else a for a in out]
    return out


@functools.cache
def _role_tags() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """A role in brackets after a unit ("(chủ trì)", "(phối hợp)"); a role word right after a unit
    ("Sở Y tế chủ trì", "các sở phối hợp"); "phối hợp với" before the units that support."""
    tags = load("task_fields")["role_tags"]
    lead = "|".join(regex.escape(w) for w in tags["lead"])
    coordinate = "|".join(regex.escape(w) for w in tags["coordinate"])
    with_ = "|".join(regex.escape(w) for w in tags["with"])
    return (
        regex.compile(rf"\(\s*(?:(?P<lead>{lead})|(?P<coordinate>{coordinate}))\s*\)", regex.IGNORECASE),
        regex.compile(
            rf"[\s,*_]*(?:(?P<lead>{lead})|(?P<with>{coordinate})\s+(?:{with_})|(?P<coordinate>{coordinate}))(?!\p{{L}})",
            regex.IGNORECASE,
        ),
        regex.compile(rf"(?<!\p{{L}})(?:{coordinate})\s+(?:{with_})(?!\p{{L}})", regex.IGNORECASE),
    )


def _value_roles(value: str, units: list[Any], key: str) -> list[str]:
    """The role of each unit of an owner's field: the field's, unless the value tags them ("Sở
    Nội vụ (chủ trì), Sở Tài chính (phối hợp)"), names a role right after a unit ("Sở Y tế chủ
    trì; các sở, ngành phối hợp") or who supports after "phối hợp với"."""
    roles = [key] * len(units)
    if key != "lead":
        return roles
    tagged, after, support = _role_tags()
    tags = list(tagged.finditer(value)) if "(" in value else []
    if tags:
        # a tag is the role of the units between the tag before it and itself
        lo = 0
        for m in tags:
            role = "lead" if m.group("lead") else "coordinate"
            for i, u in enumerate(units):
                if lo <= u.start < m.start():
                    roles[i] = role
            lo = m.end()
        return roles
    m = support.search(value)
    with_at = m.end() if m is not None and any(u.start < m.start() for u in units) else len(value)
    for i, u in enumerate(units):
        if u.start >= with_at:
            roles[i] = "coordinate"  # "... chủ trì, phối hợp với Sở Tư pháp"
            continue
        word = after.match(value, u.end)
        if word is not None and word.group("coordinate"):
            roles[i] = "coordinate"  # "các sở, ngành phối hợp"
    return roles


@functools.cache
def _name_before() -> regex.Pattern[str]:
    """A person's name before his title in an owner's field: "đồng chí Hoàng Minh Đức, Phó Chủ
    tịch ..." (the words before the name in the data)."""
    words = "|".join(regex.escape(w) for w in load("task_fields")["name_lead"])
    return regex.compile(rf"(?:(?i:{words})\s+)?\p{{Lu}}\p{{Ll}}*(?:\s+\p{{Lu}}\p{{Ll}}*){{1,4}}\s*[,–-]\s*$")


@functools.cache
def _roster_entry() -> regex.Pattern[str]:
    """An item of a list of a body's members: a person and his name, his titles, and last his place
    on the body ("Ông Trần Văn An, Phó Chủ tịch UBND xã, Trưởng ban;", "Mời bà Lê Thị Mai, Đảng ủy
    viên, Ủy viên.", "Đồng chí ..., Giám đốc Sở Nội vụ - Tổ trưởng")."""
    fields = load("task_fields")
    lead = "|".join(regex.escape(w) for w in fields["name_lead"])
    invite = "|".join(regex.escape(w) for w in fields["roster_invite"])
    places = "|".join(
        regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(fields["roster_places"], key=len, reverse=True)
    )
    return regex.compile(
        rf"^\s*(?:[-+•–]\s*|\d{{1,3}}[.)]\s*|[a-zđ][).]\s*)?(?i:(?:{invite})\s+)?(?i:{lead})\s+"
        rf"\p{{Lu}}\p{{Ll}}*(?:\s+\p{{Lu}}\p{{Ll}}*){{1,5}}\s*,[^\n]*?(?:,|\s[-–])\s*(?i:{places})\s*[;.,]?\s*$"
    )


@functools.cache
def _titled_roster_entry() -> regex.Pattern[str]:
    """(helper 44) An item of a list of a body's members named by their titles alone, the place on
    the body after a dash ("1. Chủ tịch UBND tỉnh - Trưởng ban;", "3. Giám đốc Sở Nội vụ - Thành
    viên."): no work given."""
    places = alternation(load("task_fields")["roster_places"])
    return regex.compile(
        rf"^\s*(?:[-+•–]\s*|\d{{1,3}}[.)]\s*|[a-zđ][).]\s*)?\p{{Lu}}[^;:\n]{{3,160}}?\s[-–]\s*(?i:{places})\s*[;.,]?\s*$"
    )


def _with_name(value: str, start: int, raw: str) -> str:
    """A person as written with his name, when the name stands right before the title."""
    lo = max(value.rfind(";", 0, start), value.rfind("(", 0, start), -1) + 1
    m = _name_before().search(value, lo, start)
    return value[m.start() : start] + raw if m is not None else raw


def _kind(unit_kind: str) -> str:
    return {"person": "person", "collective": "group"}.get(unit_kind, "unit")


def _block_task(
    builder: TaskBuilder,
    lt: LabelledTask,
    blocks: list[Block],
    bi: int,
    d: Deadline,
    clause_owners: list[Assignee],
    memo: dict[int, list[Assignee]] | None = None,
) -> None:
    """A deadline inside a labelled task block: the block's fields name its owners and task (a
    paragraph of the block that is no field keeps the owners it names itself)."""
    fields = _field_owners(lt, memo)
    in_fields = any(f.block == bi for f in lt.fields)
    named = any(a.rule.startswith("clause:") and a.role in ("lead", "assigned") for a in clause_owners)
    if fields and (in_fields or not named):
        d.assignees = fields
    if lt.section is not None:
        d.section = _task_path(lt.section, lt.label)
    text = _task_text(lt, blocks, d.task)
    product = "; ".join(f.value for f in lt.values("product")) or None
    lines = [blocks[bi].line for bi in lt.blocks]
    lines[0] = blocks[lt.blocks[0]].line_at(lt.start)
    start = min([*lines, d.line])
    task = builder.add(
        section=d.section, text=text, line=start, end_line=max([*lines, d.line]), owners=d.assignees,
        read_as="block", rule="labelled_block", product=product,
    )
    builder.link(task, d)


_LABEL_WORK_MAX = 400  # characters of the work after a time label's colon, at most


def _label_line_end(text: str, clause_end: int) -> int:
    """The end of the work after a line's time label ("Tháng 3: ..."): the line's end (or the
    text's), at most ``_LABEL_WORK_MAX`` characters on; never before the clause's end."""
    if clause_end >= len(text) or text[clause_end] != ":":
        return clause_end
    stop = text.find("\n", clause_end, clause_end + _LABEL_WORK_MAX)
    end = len(text) if stop < 0 and len(text) - clause_end <= _LABEL_WORK_MAX else stop
    if end < 0:
        return clause_end
    sentence = _SENTENCE_END.search(text, clause_end, end)  # (the next line, joined: "... 20/10. Tháng 11: ...")
    if sentence is not None:
        end = sentence.start()
    return max(clause_end, len(text[:end].rstrip(" ;,.")))


def _sentence_tasks(
    builder: TaskBuilder, blk: Block, text: str, start: int, end: int, d: Deadline, owners: Owners,
    exact: bool = False, after: int = -1,
) -> None:
    """The task of a deadline's clause, or one task per inline item it closes (``exact``: from
    ``start`` itself, a line's label, not from the sentence's start before it; ``after``: where the
    paragraph's deadline before this one ends, a sentence of its own that this task does not take)."""
    items = owners.memo("inline_items", text, lambda: inline_items(text, len(text)))
    if items and len(text) > 2 * MAX_CLAUSE:
        # a paragraph of a few items has them all near its deadline; an endless one (a text whose
        # line ends were lost) would give every deadline every item: only those around it
        items = [it for it in items if it.start >= start - MAX_CLAUSE and it.end <= end + MAX_CLAUSE]
        items = items if len(items) >= 2 else []
    if items:
        # the deadline is every item's: its owners are all of theirs, beside who directs them
        shared = [a for a in d.assignees if a.role in ("director", "supervisor")]
        for it in items:
            units = owners.units(it.owner)
            item_owners = [Assignee(u.unit, "lead", u.raw, _kind(u.kind), "inline_item") for u in units]
            merge_owners(shared, item_owners)
            task = builder.add(
                section=d.section, text=f"({it.label}) {it.text}", line=blk.line_at(it.start),
                end_line=d.line, owners=item_owners, read_as="sentence", rule="inline_items",
            )
            builder.link(task, d)
        merge_owners(shared, d.assignees)
        d.assignees = shared
        return
    # the whole sentence of the clause: "Chỉ đạo Sở X rà soát ...; báo cáo UBND tỉnh trước ngày ..."
    head = _ITEM_MARK.match(text)
    floor = head.end() if head else 0
    # the last sentence end before the clause (a match ending before ``start``: its look-ahead must
    # see the character at its end); the ends are found once per paragraph
    ends = owners.sentence_ends(text, floor, _SENTENCE_END)
    k = bisect.bisect_left(ends, start)
    sentence_start = max(floor, ends[k - 1]) if k else floor
    if sentence_start < after <= start:
        # (helper 66) not back into the sentence of the paragraph's deadline before it ("Sở X báo cáo
        # trước ngày 10/01/2027. Sở Y hoàn thành ..."): from the next sentence on, when the clause
        # is in it (in the same sentence, the clauses are split by their subjects: TaskBuilder)
        j = bisect.bisect_left(ends, after)
        if j < len(ends) and ends[j] <= start:
            sentence_start = max(sentence_start, ends[j])
    if end - sentence_start > 400 or exact:
        sentence_start = start
    task = builder.add(
        section=d.section, text=text[sentence_start:end], line=blk.line_at(sentence_start), end_line=d.line,
        owners=d.assignees, read_as=read_as(d.assignees), rule="deadline_clause", place=(text, sentence_start, end),
    )
    builder.link(task, d)


# the rules of a heading naming the tasks of a period or a phase
_HEADING_RULES = ("task_heading", "phase_heading", "period_heading")

# the words of a heading that only gives the time of the items below ("1. Trước ngày 31/3/2026:")
_HEADING_WORDS = regex.compile(r"\p{L}+")


def _heading_deadline(blk: Block, sec: Section, d: Deadline, rule: str) -> bool:
    """The deadline of a section's heading line that introduces the items below it ("1. Trước ngày
    31/3/2026:", "2. Từ nay đến ngày 30/6/2026, tập trung hoàn thành các nhiệm vụ sau:"), names
    the tasks of a period ("2. Nhiệm vụ trọng tâm quý III/2026") or is the time alone: the items
    below are due then (one deadline for them all, owned by their owners too)."""
    if blk.line != sec.line or len(blk.text) > 160:
        return False
    if rule in _HEADING_RULES or blk.text.rstrip(" *_").endswith(":"):
        return True
    # the line is the time alone ("**1. Trước ngày 15/4/2026**")
    return not _HEADING_WORDS.search(blk.text.replace(d.phrase, " ", 1))


# (helper 85) the spans of the periods a heading may name, shortest first: a time below a heading is
# the item's own unless it names a longer period than the heading's, read as no limit ("- Sở Y tế:
# tổng kết công tác năm 2026" under "Tháng 1": the year reviewed), or is a cited document's
_PERIOD_SPANS = {"month": 1, "quarter": 2, "half_year": 3, "year": 4}


def _own_time_below(x: Decision | Deadline, heading: str) -> bool:
    """(helper 85) Whether the time ``x`` read in an item under a period's heading of kind ``heading``
    is the item's own (see :data:`_PERIOD_SPANS`; under a year's heading, any time)."""
    if heading == "year" or not isinstance(x, Decision) or x.verdict == "deadline":
        return True
    return x.verdict != "citation" and _PERIOD_SPANS.get(x.kind, 0) <= _PERIOD_SPANS.get(heading, 0)


def _items_run(blocks: list[Block], tree: SectionTree, bi: int) -> int | None:
    """(helper 85) The line that ends the run of list items ("- ...", "+ ...") right after the block
    ``bi`` in its section (the heading of a period with no number over them), or None when no item
    follows it."""
    sec = tree.owner[bi]
    j = bi + 1
    while j < len(blocks) and tree.owner[j] is sec and blocks[j].kind == "para" and _DASH_ITEM.match(blocks[j].text):
        j += 1
    if j == bi + 1:
        return None
    return blocks[j].line if j < len(blocks) else blocks[j - 1].line_map[-1][1] + 1


def _unowned_items(
    builder: TaskBuilder,
    blocks: list[Block],
    tree: SectionTree,
    d: Deadline,
    sec: Section,
    until: int | None,
    office: list[Assignee],
    by_line: _ByLine,
) -> None:
    """(helper 85) The list items under a period's heading (the section's own paragraphs after the
    heading's line, up to ``until``) that give work with no owner and are no task yet ("- Tổ chức Hội
    nghị sơ kết 6 tháng"): tasks of their own with no owner, or the ``office``'s when the item opens
    with the work it prepares (``office_prepared_work``)."""
    bi = by_line.block_at.get(d.line)
    if bi is None:
        return
    tasked = {t.line for t in builder.under(sec.path, after=d.line, before=until)}
    prepared = words()["office_prepared_work"]
    for j in range(bi + 1, len(blocks)):
        blk = blocks[j]
        if tree.owner[j] is not sec or blk.kind != "para" or (until is not None and blk.line >= until):
            break
        m = _DASH_ITEM.match(blk.text)
        if m is None:
            break
        if blk.line in tasked or _narrated(blk.text) or not _starts_with_action(blk.text):
            continue
        text = blk.text[m.end() :]
        owners = [Assignee(a.canonical, a.role, a.raw, a.kind, a.rule) for a in office]
        if not prepared.match(text):
            owners = []
        builder.add(
            section=sec.path, text=text, line=blk.line, end_line=blk.line_map[-1][1], owners=owners,
            read_as=read_as(owners), rule="undated_item",
        )


class _ByLine:
    """A document's decisions by section and line, and its blocks' first index at each line: what a
    period's heading reads between its line and the end of its items, found without reading the
    whole document for each heading (a programme of n months)."""

    def __init__(self, decisions: list[Decision], blocks: list[Block]) -> None:
        self.block_at: dict[int, int] = {}
        for k, b in enumerate(blocks):
            self.block_at.setdefault(b.line, k)
        grouped: dict[str, list[Decision]] = {}
        for x in decisions:
            if x.section:
                grouped.setdefault(x.section, []).append(x)
        self.sections: dict[str, tuple[list[int], list[Decision]]] = {}
        for section, got in grouped.items():
            got.sort(key=lambda x: x.line)
            self.sections[section] = ([x.line for x in got], got)

    def between(self, path: str, after: int, before: int) -> Iterator[Decision]:
        """The decisions of the section at ``path`` after the line ``after`` and of the sections
        below it, before the line ``before``."""
        prefix = path + "."
        for section, (lines, got) in self.sections.items():
            if section.startswith(prefix):
                yield from got[: bisect.bisect_left(lines, before)]
        lines, got = self.sections.get(path, ([], []))
        yield from got[bisect.bisect_right(lines, after) : bisect.bisect_left(lines, before)]


def _office_preparing(blocks: list[Block]) -> list[Assignee]:
    """(helper 85) The unit a document names as preparing its events ("Văn phòng HĐND và UBND xã tham
    mưu tổ chức các hội nghị theo Chương trình"): the unit right before ``office_prepares`` (lead)."""
    pattern = words()["office_prepares"]
    for blk in blocks:
        if blk.kind != "para":
            continue
        m = pattern.search(blk.text)
        if m is None:
            continue
        head = blk.text[max(0, m.start() - 120) : m.start()]
        units = find_units(head)
        if units and not head[units[-1].end :].strip(" ,"):
            u = units[-1]
            kind = "group" if u.kind == "collective" else "person" if u.kind == "person" else "unit"
            return [Assignee(u.unit, "lead", u.raw, kind, "paragraph:office_prepares")]
    return []


def _sole_director(a: Assignee) -> Assignee:
    return Assignee(a.canonical, "assigned", a.raw, a.kind, f"{a.rule}+sole_director")


def _has_below(tree: SectionTree, sec: Section, bi: int) -> bool:
    """Items below a heading: sections, or paragraphs of its own after it ("6. Trong tháng 3/2026:"
    then "- Sở Y tế ...")."""
    return bool(sec.children) or (bi + 1 < len(tree.owner) and tree.owner[bi + 1] is sec)


def _named_here(found: list[Assignee]) -> bool:
    """Someone leads or is assigned by the paragraph itself (not by a heading above it)."""
    return any(a.role in ("lead", "assigned") and not inherited_owner(a) for a in found)


def _statement_owners(
    blocks: list[Block], tree: SectionTree, first_block: dict[int, int], bi: int, sec: Section, owners: Owners
) -> list[Assignee]:
    """The owners the first paragraph of an item names when it states the task and a later
    paragraph of the item gives its time (a numbered sentence, not a heading naming the owner)."""
    fb = first_block.get(id(sec))
    if fb is None or fb >= bi or sec.heading is not None or blocks[fb].kind != "para":
        return []
    text = blocks[fb].text
    found = owners.for_clause(text, [(0, len(text))], 0, sec, inherit=False)
    got = [Assignee(a.canonical, a.role, a.raw, a.kind, "statement:" + a.rule.split(":", 1)[-1]) for a in found.owners]
    return got if has_owner(got) else []


def _items_below(builder: TaskBuilder, d: Deadline, sec: Section, dated_below: bool, until: int | None = None) -> bool:
    """A heading's deadline is the deadline of the tasks of the items below it that name no time
    of their own: it links them and takes their owners (beside those it names). False when
    the heading only names the tasks of a period and items below give their own times
    ("Nhiệm vụ trọng tâm quý I/2026" over items due by their own days: ``dated_below``): then
    it is no deadline."""
    if d.rule in ("task_heading", "period_heading") and dated_below:
        return False
    below = builder.under(sec.path, undated=True, after=d.line, before=until)
    if d.rule == "period_heading" and not below:
        # (helper 82) a period's heading over no work ("- Tỷ lệ ... đạt 80%", "- Sở Y tế đã tổ chức
        # ..."): no deadline
        return False
    # a phase's end binds every item of the phase, those with times of their own too: their owners
    # own it (helper 171)
    owning = builder.under(sec.path, after=d.line) if d.rule == "phase_heading" else below
    if any(a.role in ("lead", "assigned") for task in owning for a in task.owners):
        # (the document's addressees stood in for an owner the heading does not name: the items' own
        # owners name it)
        d.assignees[:] = [a for a in d.assignees if not a.rule.startswith("document:")]
    for task in owning:
        merge_owners(d.assignees, [Assignee(a.canonical, a.role, a.raw, a.kind, "items_below") for a in task.owners])
    for task in below:
        builder.link(task, d)
    return True


def _undated_tasks(
    builder: TaskBuilder,
    blocks: list[Block],
    tree: SectionTree,
    owners: Owners,
    labelled: dict[int, list[LabelledTask]],
    with_deadline: set[int],
    dated_tasks: set[int],
    report: bool = False,
) -> None:
    """Items of the operative part that give work to an owner but name no time (in a report, not
    the items of its part telling the results: "I. KẾT QUẢ THỰC HIỆN" / "1. UBND xã chi trả ...")."""
    seen_labelled: set[int] = set()
    for bi, (blk, sec) in enumerate(zip(blocks, tree.owner, strict=True)):
        if blk.kind != "para" or sec is None:
            continue
        in_block = labelled.get(bi)
        if in_block is not None:
            for lt in in_block:
                if id(lt) in seen_labelled or id(lt) in dated_tasks:
                    continue
                seen_labelled.add(id(lt))
                fields = _field_owners(lt)
                if not fields:
                    continue
                text = _task_text(lt, blocks, _own_part(lt, bi, blk.text))
                product = "; ".join(f.value for f in lt.values("product")) or None
                builder.add(
                    section=_task_path(lt.section, lt.label) if lt.section else sec.path, text=text,
                    line=blocks[lt.blocks[0]].line_at(lt.start), end_line=max(blocks[b].line for b in lt.blocks),
                    owners=fields, read_as="block", rule="labelled_block", product=product,
                )
            continue
        if bi in with_deadline:
            continue
        # (an article of a decision that gives work: "Điều 2. Giao Sở Tài chính chủ trì, ...")
        body = _article_body(blk.text) if sec.family == "article" else None
        opens_article = body is not None
        # (helper 99) a paragraph with no label of its own right under a heading that names a unit
        # alone ("3. Công an xã" / "Bảo đảm an ninh trật tự ..."): that unit's work, when it opens
        # with a verb of work (checked below)
        marked = opens_article or _item_like(blk.text)
        bare = not marked and _first_under_heading(blocks, tree, bi, sec)
        if (not bare and not marked) or blk.all_bold or blk.text.rstrip().endswith(":"):
            continue
        if opens_article and words()["execution_article"].search(blk.text) is not None:
            continue  # (the closing article: those the decision binds, no work of its own)
        # ("- Rà soát hộ nghèo;" under "Giao ... thực hiện các nội dung sau, hoàn thành trước ngày
        # 31/3/2027:": a short item, or one whose verb is not listed, is still the lead-in's work)
        lead_in = _under_dated_lead_in(blocks, tree, bi, with_deadline)
        if len(blk.text) < (_SHORT_ITEM if lead_in else 25):
            continue
        if goal_headings(owners.headings(sec)) or _narrated(blk.text):
            continue
        if report and results_headings(owners.headings(sec)):
            continue  # (helper 100) what a report tells was done, no work given
        if scope_part(owners.headings(sec), blk.text):
            continue  # (whom the resolution covers: "Điều 1. Đối tượng áp dụng" / "1. Các hợp tác xã ...")
        if "," in blk.text and _roster_entry().match(blk.text):
            continue  # (a member of a body, named with his titles: no work given)
        if (" -" in blk.text or " –" in blk.text) and _titled_roster_entry().match(blk.text):
            continue  # (a member named by his titles alone: "Giám đốc Sở Nội vụ - Thành viên;")
        spans = _clauses(blk.text)
        if body is not None:  # (the clauses after the article's label: "Điều 2. Sở Y tế có trách nhiệm ...")
            spans = [(max(a, body), b) for a, b in spans if b > body]
        # (an item that opens with no verb of work is a task only when it names its owner: the
        # owners of the headings above need not be looked for)
        action = lead_in or _starts_with_action(blk.text, body)
        found = owners.for_clause(blk.text, spans, 0, sec, inherit=action)
        explicit = [a for a in found.owners if a.rule.split(":", 1)[0] in ("clause", "paragraph")]
        inherited = [a for a in found.owners if a.rule.split(":", 1)[0] in ("heading", "intro")]
        own = explicit and any(a.role in ("lead", "assigned") for a in explicit)
        if not own and not (inherited and action):
            continue
        if bare and not (action and not explicit and _unit_heading(inherited)):
            continue
        alone = bool(explicit) and all(a.rule == "clause:alone" for a in explicit)
        if alone and blk.line == sec.line and _heading_alone(blk, sec):
            continue  # (helper 99) the heading naming its unit alone, a note after it: no work of its own
        text = _ITEM_MARK.sub("", blk.text, count=1)
        if _names_only(text, found.owners):
            continue  # (a heading that names its owner alone, with no colon: "1. Sở Tài chính")
        if _accountable(text):
            continue  # (helper 104) "Chủ tịch UBND xã chịu trách nhiệm trước ... nếu để xảy ra ...": no work
        if blk.line == sec.line and _units_only(text) and _work_below(blocks, tree, bi, with_deadline):
            continue  # (helper 102) "g) Sở Xây dựng, Sở Công Thương": a heading naming whose items follow
        if len(text) > 400:
            text = text[: _clauses(text)[0][1]]
        builder.add(
            section=sec.path, text=text, line=blk.line, end_line=blk.line_map[-1][1], owners=found.owners,
            read_as=read_as(found.owners), rule="undated_item",
        )


def _narrated(text: str) -> bool:
    """The item tells what was or is being done ("đã", "đang", "vừa" as a word), not what a noun
    of an instruction has been through: in an item that opens with a verb of work, a "đã" a few
    words after "các", "những" (no comma between) qualifies that noun ("- Hướng dẫn nông dân thu
    hoạch lúa, các ao nuôi đã đến kỳ thu hoạch", "- Tiếp tục thực hiện các nhiệm vụ đã đề ra").

    >>> _narrated("- Đã tổ chức 05 lớp tập huấn")
    True
    >>> _narrated("- Tiếp tục thực hiện các nhiệm vụ đã đề ra")
    False
    >>> _narrated("- Tổ chức tập huấn cho các hộ, đã thu hút 300 người")
    True
    """
    told = list(_NARRATED.finditer(text))
    if not told:
        return False
    if not _starts_with_action(text):
        return True
    relative = _relative_noun()
    return any(relative.search(text[max(0, m.start() - _RELATIVE_REACH) : m.start()]) is None for m in told)


_RELATIVE_REACH = 60  # (how far back "các", "những" is looked for: a few words)


@functools.cache
def _relative_noun() -> regex.Pattern[str]:
    """A quantifier, then one to five words with no clause break (and a noun more after a comma),
    up to the end: the noun a relative "đã" qualifies (data ``deadline_words.relative_quantifiers``)."""
    words = "|".join(regex.escape(w) for w in load("deadline_words")["relative_quantifiers"])
    # (a list of nouns after a comma too: "các nhiệm vụ, giải pháp đã đề ra", not "các hộ, đã có ...")
    word = r"\s++[^\s,.;:()]++"
    return regex.compile(rf"(?<!\S)(?:{words})(?:{word}){{1,5}}(?:,(?:{word}){{1,4}})?\s++$", regex.IGNORECASE)


def _names_only(text: str, owners: Iterable[Assignee]) -> bool:
    """The text is its owners' names and nothing more (no work told): what is left once they are
    taken out has no letter.

    >>> _names_only("Sở Tài chính", [Assignee("Sở Tài chính", "assigned", "Sở Tài chính")])
    True
    >>> _names_only("Sở Tài chính tổng hợp", [Assignee("Sở Tài chính", "assigned", "Sở Tài chính")])
    False
    """
    rest = text.casefold()
    for a in owners:
        if a.raw:
            rest = rest.replace(a.raw.casefold(), " ")
    return _LETTER.search(rest) is None


_LETTER = regex.compile(r"\p{L}")


def _work_below(blocks: list[Block], tree: SectionTree, bi: int, with_deadline: set[int]) -> bool:
    """(helper 102) Whether the heading at block ``bi`` has its work read right below it: a paragraph
    of its section with a deadline or a list item ("- ..."), or a section under it. (A heading over
    prose that is read as no task stays the one trace of whose work it is.)"""
    sec, nxt = tree.owner[bi], bi + 1
    if sec is None or nxt >= len(blocks) or blocks[nxt].kind != "para" or (below := tree.owner[nxt]) is None:
        return False
    if below is not sec:
        return below.path.startswith(sec.path + ".")
    return nxt in with_deadline or _DASH_ITEM.match(blocks[nxt].text) is not None


@functools.cache
def _list_joints() -> regex.Pattern[str]:
    """(helper 102) What may stand between the units of a heading that names only them."""
    return regex.compile(rf"(?:[\s,;:*_]|(?<!\p{{L}})(?:{load('units')['grammar']['and']})(?!\p{{L}}))*+")


def _units_only(text: str) -> bool:
    """(helper 102) Whether ``text`` names units and nothing else ("Sở Xây dựng, Sở Công Thương và Sở
    Y tế", "Đối với các chi bộ trực thuộc"): no work, the heading of the items below it."""
    units = find_units(text)
    if not units:
        return False
    lead = words()["unit_heading_leads"].match(text)
    joints, pos = _list_joints(), lead.end() if lead is not None else 0
    for u in units:
        if joints.fullmatch(text, pos, u.start) is None:
            return False
        pos = u.end
    return joints.fullmatch(text, pos) is not None


def _accountable(text: str) -> bool:
    """(helper 104) Whether ``text`` is one clause that names units, then only what they answer for
    to a superior ("Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra
    ..."): no work given."""
    if ";" in text or _SENTENCE_END.search(text) is not None:
        return False  # (one clause only: a sentence of work after it is work)
    said = words()["accountable"].search(text, 0, _ACCOUNTABLE_REACH)
    if said is None:
        return False
    joints, pos = _list_joints(), 0
    for u in find_units(text[: said.start()]):
        if joints.fullmatch(text, pos, u.start) is None:
            return False
        pos = u.end
    return pos > 0 and said.start() == pos


_ACCOUNTABLE_REACH = 240  # (where the accountability is looked for: after the names of the units)
_SENTENCE_END = regex.compile(r"[.!?]\s+(?=[\p{Lu}\d])")
# "đã", "đang", "vừa" as a word (at the start or after a blank: written as a lookbehind, the
# engine looks for the words themselves instead of trying each place)
_NARRATED = regex.compile(r"(?<!\S)(?:đã|đang|vừa)\s", regex.IGNORECASE)
_ITEM_MARK = regex.compile(r"^\s*(?:[-+•–]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s)")


_SHORT_ITEM = 8  # (the least length of an item under a dated lead-in: "- Rà soát hộ nghèo;")
_LEAD_IN_REACH = 40  # (the most items between an item and its lead-in)
_DASH_ITEM = regex.compile(r"^\s*[-+•–]\s")


def _under_dated_lead_in(blocks: list[Block], tree: SectionTree, bi: int, with_deadline: set[int]) -> bool:
    """Whether the paragraph is a dashed item of a list whose lead-in (the paragraph before the
    list, in the same part, ending with a colon) has a deadline of its own."""
    if _DASH_ITEM.match(blocks[bi].text) is None:
        return False
    sec = tree.owner[bi]
    for j in range(bi - 1, max(-1, bi - 1 - _LEAD_IN_REACH), -1):
        blk = blocks[j]
        if blk.kind != "para" or tree.owner[j] is not sec:
            return False
        if _DASH_ITEM.match(blk.text) is not None:
            continue
        return j in with_deadline and blk.text.rstrip().endswith(":")
    return False


def _first_under_heading(blocks: list[Block], tree: SectionTree, bi: int, sec: Section) -> bool:
    """(helper 99) The paragraph ``bi`` is the first after its section's heading line."""
    return bi > 0 and blocks[bi].line != sec.line and tree.owner[bi - 1] is sec and blocks[bi - 1].line == sec.line


def _heading_alone(blk: Block, sec: Section) -> bool:
    """(helper 99) The paragraph is its section's heading and nothing more ("6. Các đơn vị được phân
    công", "1. Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực Ban Tổ chức)"; not "6. Sở Xây
    dựng: Chủ trì, ...", the work after the heading)."""
    body = _ITEM_MARK.sub("", blk.text, count=1).strip(" *_:;.")
    return bool(sec.heading) and " ".join(body.split()) == " ".join((sec.heading or "").strip(" *_:;.").split())


def _unit_heading(inherited: list[Assignee]) -> bool:
    """(helper 99) The owners inherited are those of a heading that names its units alone."""
    return bool(inherited) and all(a.rule.startswith("heading:alone") for a in inherited)


def _item_like(text: str) -> bool:
    return _ITEM_MARK.match(text) is not None


def _article_body(text: str) -> int | None:
    """The offset after the label of an article that opens the paragraph ("Điều 2. Giao ..."),
    or None."""
    lead = len(text) - len(text.lstrip(" *_"))
    num = match_numbering(text[lead:])
    if num is None or num.family != "article":
        return None
    at = lead + num.end
    return at + len(text[at:]) - len(text[at:].lstrip(" *_"))


def _starts_with_action(text: str, article_body: int | None = None) -> bool:
    """The item's text, after its label (an item's mark, else the article's label that ends at
    ``article_body``), opens with a verb of work or of obligation."""
    m = _ITEM_MARK.match(text)
    at = m.end() if m else article_body or 0
    rest = text[at:].lstrip(" *_")
    return words()["obligation"].match(rest) is not None or words()["action_starts"].match(rest) is not None


def _confidence(weight: float, expr: TimeExpr, bold: bool, obligation: bool) -> float:
    """The rule's weight, raised by bold print and a verb of obligation, lowered when the time has
    no date or its year is guessed."""
    c = weight
    if bold:
        c += 0.1
    if obligation:  # a verb of obligation in the clause
        c += 0.1
    if expr.due is None and expr.kind not in ("recurring", "relative"):
        c -= 0.2
    if expr.year_inferred:
        c -= 0.1
    return round(max(0.05, min(c, 0.99)), 2)


LineAt = Callable[[int], int]
