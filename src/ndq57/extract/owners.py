"""Who owns a task: the units and persons of the clause, the paragraph, the headings above it,
the lead-in that opens a list, or the document's addressees.

:mod:`ndq57.extract.units` finds the units of a text and the role each plays there; this module
decides which of them own a given clause, walking outwards when the clause names nobody
(domain.md §3): the clause, then its paragraph ("Hoàn thành chậm nhất ..." after a list of items),
then the section headings and lead-in paragraphs ("2.2.3. Ban Tổ chức Tỉnh ủy", "Giao UBND tỉnh
... sau:"), then the sentence that opens the document's list and the addressees of ``Kính gửi``.

Every owner records the rule that chose it, as ``<scope>:<role rule>``: the scope is where it was
found (``clause``, ``paragraph``, ``term``, ``heading``, ``intro``, ``document``, ``addressee``) and the role
rule is the unit recogniser's (``giao``, ``phoi_hop``, ``chu_tri``, ``alone`` ...) or this
module's (``opening_lead``, ``opening_director``, ``promoted``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.extract.decide import words
from ndq57.extract.units import (
    OBJECT_LABEL_MAX,
    RoleMatch,
    Scan,
    UnitMatch,
    assign_roles,
    bare_lead,
    canonical_unit,
    find_units,
    object_label_before,
    roles_in,
    roles_of,
    scan,
)
from ndq57.model import Assignee, Deadline, Header, Section, UnitIndexEntry, fold
from ndq57.parse.layout import Block
from ndq57.parse.sections import SectionTree
from ndq57.textutil import LETTER_LABEL, alternation

OWNER_ROLES = ("lead", "coordinate", "assigned", "director", "supervisor")
RECIPIENT_ROLES = ("recipient", "channel")
# Rules of the unit recogniser too weak to name the owners of a whole paragraph.
_PARAGRAPH_RULES_WEAK = ("subject",)
# rules of a subject that directs or supervises ("X chỉ đạo ...", "X theo dõi, hướng dẫn ...")
_SUBJECT_RULES = frozenset(
    {"chi_dao_subject", "theo_doi_subject", "giao_chi_dao", "de_nghi_chi_dao", "yeu_cau_chi_dao"}
)
# of those, the addressee of a request asked to direct ("Đề nghị X chỉ đạo ...", "Yêu cầu X chỉ đạo ...")
_ADDRESSED_DIRECTORS = frozenset({"de_nghi_chi_dao", "yeu_cau_chi_dao"})
_LAST_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
_LABEL = regex.compile(r"[\s*_#>|]*(?:[-+•]|\(?\d+(?:\.\d+)*[.)]?|" + LETTER_LABEL + r"|[IVXLC]+[.\-])?[\s*_]*")
_WORD = regex.compile(r"\p{L}+")
_BULLET = regex.compile(r"[ \t*_]*[-+•][ \t]")  # (helper 73) a line of a list, after its bullet


@functools.cache
def _own_limit() -> regex.Pattern[str]:
    """A clause that sets its own time limit (data ``owner_clauses.own_limit``)."""
    return regex.compile(str(load("units")["owner_clauses"]["own_limit"]), regex.IGNORECASE)


@functools.cache
def _dated_statement() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """A verb of statement right after a clause's subject that may be its work, the words after
    it that name the document itself, and the clause's own time limit (data
    ``owner_clauses.dated_statement_verbs``, ``roles.soft_not_before``,
    ``owner_clauses.dated_statement_limit``)."""
    data = load("units")
    verbs = alternation(data["owner_clauses"]["dated_statement_verbs"])
    own = alternation(data["roles"]["soft_not_before"])
    # (helper 56) an adverb may come between ("Tỉnh ủy sớm ban hành ...", "Đối với Tỉnh ủy: sớm ban
    # hành ..."), and the colon of a topic
    adverbs = alternation(data["roles"]["adverbs"])
    return (
        regex.compile(rf"[\s*_:]+(?:(?:{adverbs})[\s*_,]+)?(?:{verbs})(?!\w)", regex.IGNORECASE),
        regex.compile(rf"(?<!\w)(?:{own})(?!\w)", regex.IGNORECASE),
        regex.compile(str(data["owner_clauses"]["dated_statement_limit"]), regex.IGNORECASE),
    )


@functools.cache
def _polite_request() -> regex.Pattern[str]:
    """A request to the addressees named by the polite "Quý" (data ``owner_clauses.polite_request``)."""
    return regex.compile(str(load("units")["owner_clauses"]["polite_request"]), regex.IGNORECASE)


@functools.cache
def _invite_hints() -> tuple[str, ...]:
    """(A cheap test before :func:`_invitation`: the last word of each of its phrases, in small
    letters and in capitals.)"""
    last = {w.split()[-1] for w in load("units")["owner_clauses"]["invitation"]}
    return tuple(sorted(last | {w.upper() for w in last}))


@functools.cache
def _invitation() -> regex.Pattern[str]:
    """(helper 56) The words of an invitation (data ``owner_clauses.invitation``)."""
    return regex.compile(
        rf"(?<!\w)(?:{alternation(load('units')['owner_clauses']['invitation'])})(?!\w)", regex.IGNORECASE
    )


@functools.cache
def _closing_sentence() -> regex.Pattern[str]:
    """A sentence that opens the document's closing (data ``owner_clauses.closing_sentence``)."""
    return regex.compile(str(load("units")["owner_clauses"]["closing_sentence"]))


@functools.cache
def _cut_list() -> regex.Pattern[str]:
    """A heading cut off after a list's "và" or "," (data ``owner_clauses.cut_list``)."""
    return regex.compile(str(load("units")["owner_clauses"]["cut_list"]))


@functools.cache
def _closing_words() -> regex.Pattern[str]:
    """The words of a list's closing on difficulties met (data ``owner_clauses.list_closing``)."""
    return regex.compile(str(load("units")["owner_clauses"]["list_closing"]), regex.IGNORECASE)


@functools.cache
def _executor_clause() -> regex.Pattern[str]:
    """(helper 89) The clause that names the body charged with carrying a resolution out (data
    ``owner_clauses.executor_clause``)."""
    return regex.compile(str(load("units")["owner_clauses"]["executor_clause"]), regex.IGNORECASE)


@functools.cache
def _placed_levels() -> tuple[str, ...]:
    return tuple(f" {w}" for w in load("units")["owner_clauses"]["placed_levels"])


@functools.cache
def _clause_open() -> regex.Pattern[str]:
    """What may stand before the unit that opens a clause: blanks, an item's label ("(2)", "b)",
    "2.1.", "-"), a verb that addresses the unit ("đề nghị", "giao", "yêu cầu")."""
    before = load("units")["roles"]["before"]
    verbs = sorted({w for cat in ("giao", "de_nghi", "yeu_cau") for w in before[cat]}, key=lambda w: (-len(w), w))
    alt = "|".join(regex.escape(w) for w in verbs)
    return regex.compile(
        rf"[\s*_]*(?:(?:\(?(?:\d{{1,2}}|[a-zđ])\)|\d{{1,2}}(?:\.\d{{1,2}})*\.|[-+•–])[\s*_]*)?"
        rf"(?:(?i:{alt})[\s*_]+)?"
    )


@functools.cache
def _topic_open() -> regex.Pattern[str]:
    """(helper 56) What may stand before a topic's unit that opens a clause: an item's label, then
    the topic's word ("2. Đối với Tỉnh ủy: ...", data ``roles.before.topic``)."""
    topics = alternation(load("units")["roles"]["before"]["topic"])
    return regex.compile(rf"{_clause_open().pattern}(?i:{topics})[\s*_]+")


@functools.cache
def _addressing_open() -> regex.Pattern[str]:
    """A paragraph that opens with a verb that addresses its units ("Giao Bộ Chính trị chỉ đạo ...",
    "Đề nghị ...", "Yêu cầu ..."), in any case, after blanks and marks."""
    before = load("units")["roles"]["before"]
    verbs = sorted({w for cat in ("giao", "de_nghi", "yeu_cau") for w in before[cat]}, key=lambda w: (-len(w), w))
    alt = "|".join(regex.escape(w) for w in verbs)
    return regex.compile(rf"[\s*_]*(?i:{alt})(?!\w)")


# the longest paragraph read as the rest of a heading cut inside a unit's name (a name and its role)
_CUT_NAME_MAX = 160
# the words of a clause's rest (a bare clause of a role verb has a few: "hướng dẫn, kiểm tra")
_BARE_WORDS = regex.compile(r"\w+")
# a dashed item, and the most items (and the longest item) of a list of units on lines of their own
_DASH_ITEM = regex.compile(r"[\s*_]*[-+•–][\s*_]*")
_PLUS = "+"
_PLUS_ITEM = regex.compile(r"\+[ \t]")  # (helper 104) a "+" item, under a "-" item
_MINUS_ITEM = regex.compile(r"[-–][ \t]")
_DASH_REACH = 40  # (the most "+" items read back to the "-" item above them)
_LISTED_MAX = 12
_LISTED_ITEM_MAX = 200
_INLINE_ITEM = regex.compile(r"[\s*_]*\(?(?:\d{1,2}|[a-zđ])\)")


def has_owner(assignees: Iterable[Assignee]) -> bool:
    """Somebody leads or is assigned (coordinators and directors alone do not own a task)."""
    return any(a.role in ("lead", "assigned") for a in assignees)


def merge(into: list[Assignee], more: Iterable[Assignee]) -> None:
    """Add the owners of ``more`` whose unit ``into`` does not name yet."""
    have = {a.canonical for a in into}
    for a in more:
        if a.canonical not in have:
            into.append(a)
            have.add(a.canonical)


def _same_body(a: Assignee, b: Assignee) -> bool:
    """One unit's name is the start of the other's, word for word ("UBND các tỉnh, thành phố" and
    "UBND các tỉnh, thành phố trực thuộc trung ương")."""
    return _starts(a.canonical, b.canonical) and (a.canonical != b.canonical or _starts(a.raw, b.raw))


def _starts(a: str, b: str) -> bool:
    """One of the two names is the other's start, word for word, case aside (two provinces written
    with the same normal form differ by their raw names: "UBND tỉnh Lâm Đồng", "UBND tỉnh Hà Tĩnh")."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) > len(y):
        x, y = y, x
    return bool(x) and y[: len(x)] == x


def _owners(
    roles: list[RoleMatch], scope: str, allowed: tuple[str, ...] = OWNER_ROLES, weak_ok: bool = True
) -> list[Assignee]:
    out: list[Assignee] = []
    seen: set[tuple[str, str]] = set()
    for r in roles:
        out.extend(_owners_of(r, scope, allowed, weak_ok, seen))
    return out


def _owners_of(
    r: RoleMatch, scope: str, allowed: tuple[str, ...], weak_ok: bool, seen: set[tuple[str, str]]
) -> list[Assignee]:
    """The owners one role adds to those ``seen`` before it (see :func:`_owners`)."""
    if r.role not in allowed or (not weak_ok and r.rule in _PARAGRAPH_RULES_WEAK):
        return []
    # two provinces named in one clause ("UBND tỉnh Lâm Đồng, UBND tỉnh Khánh Hòa") share the
    # normal form "Ủy ban nhân dân tỉnh": each is an owner, told apart by its place
    key = (r.unit.unit, r.role) if not _places(r.unit) else (r.unit.raw, r.role)
    if key in seen:
        return []
    seen.add(key)
    out = [Assignee(r.unit.unit, r.role, r.unit.raw, _kind(r.unit), f"{scope}:{r.rule}")]
    # the members of an enumeration ("các Bộ: Tài chính, Y tế") own it too, each by name
    for m in r.unit.members:
        if (m.unit, r.role) not in seen:
            seen.add((m.unit, r.role))
            out.append(Assignee(m.unit, r.role, member_raw(m), _kind(m), f"{scope}:{r.rule}+member"))
    return out


def member_raw(member: UnitMatch) -> str:
    """A list member as written, with the head word the list shares put before it when its name
    needs it ("Các đảng ủy: UBND tỉnh, ..." -> "Đảng ủy UBND tỉnh": not "UBND tỉnh", another body).

    >>> listed = find_units("Các đảng ủy: UBND tỉnh, Công an tỉnh")[0].members
    >>> [Assignee(m.unit, "assigned", member_raw(m)).unit for m in listed]
    ['Đảng ủy UBND tỉnh', 'Đảng ủy Công an tỉnh']
    >>> [member_raw(m) for m in find_units("Thường trực HĐND, UBND xã")[0].members]
    ['Thường trực HĐND xã', 'UBND xã']
    """
    full = fold(member.unit)
    if full.endswith(" " + fold(member.raw)):
        return member.raw  # (the record completes it: "Tài chính" of "các Bộ: Tài chính" is "Bộ Tài chính")
    own = canonical_unit(member.raw)
    part = fold(own)
    if full != part and full.endswith(" " + part):
        return f"{member.unit[: len(member.unit) - len(own)]}{' '.join(member.raw.split())}"
    if full.startswith(part + " "):
        # ("HĐND, UBND xã" -> "HĐND xã": the level the list shares, written after its last)
        return f"{' '.join(member.raw.split())}{member.unit[len(own) :]}"
    return member.raw


def _places(unit: UnitMatch) -> bool:
    """A unit named with its place after the level that ends its normal form ("Ủy ban nhân dân
    tỉnh Lâm Đồng" -> "Ủy ban nhân dân tỉnh")."""
    words = unit.raw.split()
    return unit.unit.endswith(_placed_levels()) and len(words) > 2 and words[-1][:1].isupper()


def _two_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds two words or more (runs of letters)."""
    m = _WORD.search(text, start, end)
    return m is not None and _WORD.search(text, m.end(), end) is not None


def _kind(unit: UnitMatch) -> str:
    if unit.kind == "person":
        return "person"
    if unit.kind == "collective":
        return "group"
    return "unit"


def _promote(roles: list[RoleMatch], assignees: list[Assignee]) -> list[Assignee]:
    """"Sở X hướng dẫn ..., hoàn thành trước ...", "Công an tỉnh chỉ đạo lực lượng ...": with no
    unit under it, the subject that directs or guides does the task itself."""
    if has_owner(assignees):
        return assignees
    return _promoted(_promote_sets(roles), assignees)


def _promote_sets(roles: list[RoleMatch]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The subjects of ``roles`` that may do a task themselves, and the addressees asked to direct it
    (see :func:`_promote`)."""
    subjects = {(r.unit.unit, r.role) for r in roles if r.rule in _SUBJECT_RULES}
    # (the addressee of "đề nghị", "yêu cầu" asked to direct it: "Yêu cầu Chủ tịch UBND các xã tập
    # trung chỉ đạo giải quyết ...": assigned, as an addressee with no role verb; the unit "giao"
    # names, or the subject, leads it)
    addressed = {(r.unit.unit, r.role) for r in roles if r.rule in _ADDRESSED_DIRECTORS}
    return subjects, addressed


def _promoted(
    sets: tuple[set[tuple[str, str]], set[tuple[str, str]]], assignees: list[Assignee]
) -> list[Assignee]:
    subjects, addressed = sets
    return [
        Assignee(
            a.canonical,
            "assigned" if (a.canonical, a.role) in addressed else "lead",
            a.raw,
            a.kind,
            f"{a.rule}+promoted",
        )
        if (a.canonical, a.role) in subjects or _subject_member(a)
        else a
        for a in assignees
    ]


@functools.cache
def _report_open() -> regex.Pattern[str]:
    """A clause that opens with the verb of reporting (data ``owner_clauses.report_open``)."""
    return regex.compile(str(load("units")["owner_clauses"]["report_open"]), regex.IGNORECASE)


def _director_reports(roles: list[RoleMatch], earlier: list[Assignee], clause: str = "") -> list[Assignee]:
    """The owners a report after ";" takes from the clause before: "Công an tỉnh chỉ đạo Công an các
    xã ...; định kỳ 6 tháng báo cáo UBND tỉnh": the subject that directs reports (assigned), not
    the units it directs; ``earlier`` as it is when that clause has no such subject, or when the
    report ``clause`` is sent to that subject itself ("Sở Y tế chỉ đạo các bệnh viện ...; báo cáo
    Sở Y tế trước ngày ...": the directed units report to it)."""
    subjects = {(r.unit.unit, r.role) for r in roles if r.rule in _SUBJECT_RULES and r.role == "director"}
    folded = clause.casefold()
    if folded and any(
        r.unit.raw.casefold() in folded or r.unit.unit.casefold() in folded
        for r in roles
        if (r.unit.unit, r.role) in subjects
    ):
        return earlier
    reporters = [
        Assignee(a.canonical, "assigned", a.raw, a.kind, f"{a.rule}+reports")
        for a in earlier
        if (a.canonical, a.role) in subjects
    ]
    return reporters or earlier


def _directed_alone(owners: list[Assignee]) -> bool:
    """Whether the owners of a clause are only the units a bare "chỉ đạo" directs (no subject that
    directs them named: rule ``clause:chi_dao``)."""
    return has_owner(owners) and all(
        a.rule == _DIRECTED for a in owners if a.role in ("lead", "assigned", "director")
    )


_DIRECTED = "clause:chi_dao"


def _directing(head: list[Assignee], intros: list[Assignee]) -> list[Assignee]:
    """(helper 104) "1. Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:" / "- Chỉ đạo Sở X chủ trì,
    phối hợp ...:" / "+ Hoàn thiện ...": when a lead-in under the heading names the unit that leads,
    the heading's subject that directs (promoted to do the work itself when it names nobody, see
    :func:`_promote`) directs it."""
    if not any(a.role == "lead" and not a.rule.endswith(_PROMOTED) for a in intros):
        return head
    return [
        Assignee(a.canonical, "director", a.raw, a.kind, a.rule.removesuffix(_PROMOTED))
        if a.rule.endswith(_PROMOTED) and a.role == "lead" and a.rule.split(":", 1)[-1].removesuffix(_PROMOTED)
        in _DIRECTOR_RULES
        else a
        for a in head
    ]


_PROMOTED = "+promoted"
# (the rules of a subject that directs, see _SUBJECT_RULES: not one that supervises)
_DIRECTOR_RULES = _SUBJECT_RULES - {"theo_doi_subject"}


def _subject_member(a: Assignee) -> bool:
    """A member of a subject list ("Ban Thường vụ các huyện ủy, thành ủy": "Ban Thường vụ Huyện ủy")."""
    rule = a.rule.split(":", 1)[-1]
    return rule.endswith("+member") and rule.removesuffix("+member") in _SUBJECT_RULES


_CLAUSE_CUT = regex.compile(r";[ \t]+")
_SPLIT_MAX = 400  # (the longest sentence split into its owners' clauses; a deadline's sentence is shorter)


def earlier_clauses(text: str, owners: list[Assignee]) -> tuple[int, list[tuple[str, list[Assignee]]]]:
    """A deadline's sentence that gives other work to another subject before its own clause ("Sở Y
    tế hướng dẫn ...; Sở Tài chính bố trí kinh phí trước ngày ..."): the offset where the clause of
    the deadline's subject opens, and the earlier clauses, each with the owners it names. (0, [])
    when the sentence is one clause, when an earlier clause names no subject of its own (its
    owner is the one above) or when its subject shares the deadline (an owner of it).

    >>> own = [Assignee("Sở Tài chính", "assigned", "Sở Tài chính", "unit", "clause:subject")]
    >>> at, earlier = earlier_clauses("Sở Y tế hướng dẫn thực hiện; Sở Tài chính bố trí kinh phí", own)
    >>> at, [(t, [a.canonical for a in o]) for t, o in earlier]
    (29, [('Sở Y tế hướng dẫn thực hiện', ['Sở Y tế'])])
    """
    if "; " not in text or len(text) > _SPLIT_MAX:
        return 0, []
    subjects = [a for a in owners if a.role in ("lead", "assigned") and a.rule.split(":", 1)[0] in ("clause", "term")]
    if not subjects or len(subjects) < sum(a.role in ("lead", "assigned") for a in owners):
        return 0, []
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text)]
    opening = _clause_open()
    at = 0
    for cut in reversed(cuts):
        m = opening.match(text, cut)
        rest = text[m.end() if m else cut :].casefold()
        if any(rest.startswith(a.raw.casefold()) for a in subjects):
            at = cut
            break
    if not at:
        return 0, []
    # the earlier clauses, each opening with a subject of its own (a clause with none goes with the one before)
    taken = {a.canonical for a in owners}
    groups: list[tuple[int, int, list[Assignee]]] = []
    starts = [0, *(c for c in cuts if c < at)]
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else at
        piece = text[s:e].rstrip("; \t")
        m = opening.match(piece)
        lead = m.end() if m else 0
        roles = assign_roles(piece)
        found = _promote(roles, _owners(roles, "clause")) or _term_subjects(piece)
        opens = has_owner(found) and any(piece.startswith(a.raw, lead) for a in found)
        if opens:
            groups.append((s, e, found))
        elif groups:
            groups[-1] = (groups[-1][0], e, groups[-1][2])
        else:
            return 0, []  # (the first clause has no subject of its own: its owner is the one above)
    out: list[tuple[str, list[Assignee]]] = []
    for s, e, found in groups:
        if any(a.canonical in taken for a in found):
            return 0, []  # (the subject shares the deadline)
        out.append((text[s:e].rstrip("; \t"), found))
    return at, out


def _term_subjects(text: str) -> list[Assignee]:
    """The persons or bodies a clause opens with by a defined term ("Giáo viên chủ nhiệm các lớp
    thông báo ..."): rule ``term:owner_term``."""
    m = _owner_terms().match(text)
    if m is None:
        return []
    return [_term_assignee(raw, "owner_term") for raw in m.captures("term")]


def _term_assignee(raw: str, rule: str) -> Assignee:
    """The owner a term's match ``raw`` names: as written, without the comrade's word before a
    person ("Các đồng chí giáo viên bộ môn Toán": "Các giáo viên bộ môn Toán")."""
    words = raw.replace("*", "").replace("_", "").split()
    low = [w.lower() for w in words]
    many = _many().strip()
    at = 1 if low[:1] == [many] else 0
    for comrade in _comrades():
        n = len(comrade)
        if low[at : at + n] == comrade and len(words) > at + n:
            del words[at : at + n], low[at : at + n]
            break
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    bare = " ".join(low[at:])
    person = bare in _person_terms() or any(bare.startswith(f"{t} ") for t in _named_terms())
    return Assignee(name, "assigned", raw, "person" if person else "unit", f"term:{rule}")


@functools.cache
def _comrades() -> tuple[list[str], ...]:
    """The comrade's words before a person's term, each split in words, longest first."""
    return tuple(sorted((w.lower().split() for w in load("units")["owner_terms"]["comrade"]), key=len, reverse=True))


@functools.cache
def _leaders_heads() -> dict[str, str]:
    """The leaders of a body named by its head word alone ("Lãnh đạo Sở"), with that head word."""
    return {str(k): str(v) for k, v in load("units")["owner_terms"]["leaders_of_head"].items()}


@functools.cache
def _subject_tails() -> tuple[str, ...]:
    """The words in small letters after the first of a subject's name ("văn" of "Ngữ văn")."""
    tails = {t.split(None, 1)[1].split(",")[0].split()[0] for t in load("units")["owner_terms"]["subjects"] if " " in t}
    return tuple(sorted(w for w in tails if w[:1].islower()))


@functools.cache
def _named_terms() -> tuple[str, ...]:
    return tuple(" ".join(t.lower().split()) for t in load("units")["owner_terms"]["named"])


def opening_role(text: str) -> str | None:
    """The role verb an item opens with, when it has no subject (``- Chủ trì, phối hợp ...``).

    >>> opening_role("- Chủ trì, phối hợp với Sở Tài chính rà soát"), opening_role("a) Sở Y tế")
    ('lead', None)
    """
    m = _LABEL.match(text)
    verbs, longest = _opening_verbs()
    start = m.end() if m else 0
    rest = text[start : start + longest + 8].lower()  # the opening words only, not the paragraph
    for role, w in verbs:
        if rest.startswith(w) and not rest[len(w) : len(w) + 1].isalpha():
            return role
    return None


@functools.cache
def _opening_verbs() -> tuple[list[tuple[str, str]], int]:
    """(role, verb) pairs, each role's verbs longest first, and the length of the longest verb."""
    pairs = [
        (str(role), str(w))
        for role, verbs in load("deadline_words")["opening_role"].items()
        for w in sorted(verbs, key=len, reverse=True)
    ]
    return pairs, max((len(w) for _, w in pairs), default=0)


# a label, then an opening phrase in lower case after its first word ("Hằng năm, ", "Tháng 11 hằng năm, ")
_LABEL_START = r"[\s*_#>|]*(?:[-+•]|\(?\d+(?:\.\d+)*[.)]?|" + LETTER_LABEL + r")?[\s*_]*"
_OPENING_CLAUSE = r"[\p{L}\d]+(?:[ \t]+[\p{Ll}\d/]+){0,8},[\s*_]*"


@functools.cache
def _back_reference() -> frozenset[str]:
    return frozenset(load("units")["back_reference"])


@functools.cache
def _parent_words() -> frozenset[str]:
    """The words that name the body a unit belongs to after them ("thuộc", "của"), folded."""
    grammar = load("units")["grammar"]
    return frozenset(fold(str(grammar[k])) for k in ("under", "of"))


def _parent_named(text: str, start: int) -> bool:
    """Whether the unit at ``start`` of ``text`` follows a word of :func:`_parent_words` ("... trực
    thuộc Bộ Y tế"): the body the unit before it belongs to, not one more unit of a list."""
    before = text[:start].rsplit(maxsplit=1)
    return bool(before) and fold(before[-1]) in _parent_words()


@functools.cache
def _owner_terms() -> regex.Pattern[str]:
    """A defined term of a role ("Cơ quan chủ trì", "Đơn vị đầu mối") or a person noun ("giảng
    viên") as the subject at the start of a clause, after an opening phrase and its comma at most
    ("Hằng năm, giảng viên hoàn thành ..."): followed by a word in lower case (a verb), not by ":"
    (a label: "Cơ quan chủ trì: Sở X") or a name."""
    data = load("units")["owner_terms"]
    return _term_pattern([*data["terms"], *data["persons"]], data["named"])


def _term_alts(words: Iterable[str]) -> str:
    """The alternation of the terms of :func:`_term_pattern`, the longest first, a blank any run of blanks."""
    return "|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in sorted(words, key=len, reverse=True))


def _term_pattern(terms: Iterable[str], named: Iterable[str] = ()) -> regex.Pattern[str]:
    """The terms, one or a list of them ("Cơ quan chủ trì, cơ quan phối hợp chịu trách nhiệm ..."),
    at the start of a clause or after its opening phrase; each term is a capture of ``term``. A
    person's term of ``named`` may be followed by the name of its subject in capitals ("Các đồng
    chí giáo viên bộ môn Toán hoàn thành ..."): the name is the term's."""
    data = load("units")["owner_terms"]
    alts = _term_alts
    alt = alts(terms)
    # (a subject's name: one in sentence case of the data, or capitalised words, maybe joined by a
    # dash, "Toán - Tin", "Tiếng Anh", not followed by a word in small letters of its name)
    caps = r"\p{Lu}\p{Ll}*(?:[ \t]+(?:-[ \t]+)?\p{Lu}\p{Ll}*){0,3}"
    subject = rf"[ \t]+(?:(?:{alts(data['subjects'])})(?!\w)|{caps}(?![ \t]+(?i:{alts(_subject_tails())})(?!\w)))"
    with_name = rf"(?i:{alts(named)}){subject}|" if named else ""
    lead = rf"(?i:(?:{data['many']}\s+)?(?:(?:{alts(data['comrade'])})\s+)?)"
    term = rf"(?P<term>{lead}(?:{with_name}(?i:{alt})))(?!\w)"
    listed = rf"{term}(?:[\s*_]*(?:,|(?<!\w){data['and']}(?!\w))[\s*_]*{term})*(?=[\s*_]+\p{{Ll}})"
    # ("Giao Cơ quan thường trực tổng hợp ...": the verb that hands the term its task)
    verb = "|".join(regex.escape(v) for v in data["assign"])
    listed = rf"(?:(?i:{verb})[ \t*_]+)?{listed}"
    # ("- Tháng 11: Giáo viên chủ nhiệm nộp ...": a line's time label, up to its colon, before the subject)
    when = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in data["time_label"])
    label = rf"(?i:{when})(?!\w)[^:\n]{{0,40}}:[\s*_]+"
    # ("Quán triệt đến cán bộ, công chức, viên chức nội dung ...", "Tập huấn cho giáo viên chủ nhiệm,
    # giáo viên bộ môn ..."): an opening phrase that ends with a person, or with the first of the words
    # of a person's list, goes on with the list at its comma; the list is its object, no subject
    heads = {p.split(",")[0].strip() for p in data["persons"]}
    people = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=lambda h: (-len(h), h)))
    head, comma, tail = _OPENING_CLAUSE.rpartition(",")
    opening = rf"{head}(?<!(?<!\w)(?i:{people})){comma}{tail}"
    # (a list of terms from the start is tried before an opening phrase that would take its first one)
    return regex.compile(rf"{_LABEL_START}(?:{listed}|{opening}{listed}|{label}{listed})")


@functools.cache
def _many() -> str:
    """The word before a term in the plural, with its blank ("các ")."""
    return f"{load('units')['owner_terms']['many']} "


@functools.cache
def _person_terms() -> frozenset[str]:
    return frozenset(" ".join(t.split()) for t in load("units")["owner_terms"]["persons"])


_TERM_ALONE_MAX = 80


def _term_alone(text: str) -> list[Assignee]:
    """The owner a heading or a lead-in names by a person's role and nothing else
    ("3. Giáo viên chủ nhiệm:", "b) Các tổ trưởng chuyên môn"): rule ``term:owner_term``.

    >>> [(a.canonical, a.kind) for a in _term_alone("3. Giáo viên chủ nhiệm:")]
    [('Giáo viên chủ nhiệm', 'person')]
    >>> _term_alone("3. Giáo viên chủ nhiệm lớp 9A:")
    []
    """
    if len(text) > _TERM_ALONE_MAX:
        return []
    start = _LABEL.match(text)
    raw = text[start.end() if start is not None else 0 :].strip().rstrip(":").strip(" \t*_")
    name = " ".join(raw.split())
    bare = name.lower().removeprefix(_many())
    # (persons only: "b) Cơ quan thực hiện:" is a form's label, its unit on the lines below)
    if bare not in _person_terms():
        return []
    name = name[:1].upper() + name[1:]
    return [Assignee(name, "assigned", raw, "person", "term:owner_term")]


@functools.cache
def _definition() -> regex.Pattern[str]:
    """A short name defined in parentheses ("(sau đây gọi tắt là Trung tâm)"), capitalised, a few words."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("units")["owner_terms"]["define"])
    return regex.compile(
        rf"\((?i:[^()]{{0,40}}?(?:{words}))\s*[“\"']?[\s*_]*(?P<alias>\p{{Lu}}[\p{{L}}&]*(?:\s+[\p{{L}}&]+){{0,5}}?)[\s*_]*[”\"']?\s*\)"
    )


@functools.cache
def _define_gate() -> tuple[str, ...]:
    return tuple(load("units")["owner_terms"]["define_gate"])


def definitions(texts: Iterable[str]) -> list[str]:
    """The short names the paragraphs ``texts`` define ("(sau đây gọi tắt là Trung tâm)").

    >>> definitions(["Trung tâm Chính trị xã An Bình (sau đây gọi tắt là Trung tâm) là đơn vị ..."])
    ['Trung tâm']
    """
    out: list[str] = []
    for t in texts:
        if not any(w in t for w in _define_gate()):
            continue
        for m in _definition().finditer(t):
            alias = " ".join(m.group("alias").split())
            if alias not in out:
                out.append(alias)
    return out


_T = TypeVar("_T")

# How far back the subject of an earlier clause of a paragraph is looked for (real paragraphs
# look back a few clauses and at most ~1,300 characters).
LOOKBACK_CLAUSES = 16
LOOKBACK_CHARS = 4000


_GUIDED_OPEN = ":guided_open"


def _guide_and_guided(owners: list[Assignee], guided: list[Assignee]) -> list[Assignee]:
    """``owners`` of a clause that opens with a verb of guiding, and the ``guided`` it names: the
    guide (the owner assigned above the clause) leads the guidance, the guided do the work by the
    time ("Sở X:" / "- Hướng dẫn UBND các xã số hóa hồ sơ, hoàn thành trước ..."; rule ``+guide``)."""
    if not guided:
        return owners
    names = {a.canonical for a in guided}
    out = [
        Assignee(a.canonical, "lead", a.raw, a.kind, f"{a.rule}+guide") if a.role == "assigned" else a
        for a in owners
        if a.canonical not in names
    ]
    merge(out, guided)
    return out


@dataclass(slots=True)
class ClauseOwners:
    owners: list[Assignee]
    recipients: list[str]
    task_start: int  # where the task text of the clause starts (the clause before a bare "Hoàn thành ...")


class _LaterAddressed(NamedTuple):
    """A section's paragraphs, the first addressing paragraph after each (``None``: none), each
    paragraph's first place, and the owners read from the addressing ones (by place)."""

    lines: list[str]
    following: list[int | None]
    first: dict[str, int]
    owners: dict[int, list[Assignee]]


class _Fold(NamedTuple):
    """A fold of ``_owners_of`` over a paragraph's roles in text order: their starts, the owners
    found, how many after each role, the index of the role that first saw each key, and the
    indices of the roles that are no partner's."""

    starts: list[int]
    out: list[Assignee]
    counts: list[int]
    first: dict[tuple[str, str], int]
    others: list[int]


class _FirstSeen(set[tuple[str, str]]):
    """The keys ``_owners_of`` has seen, each with the index (``at``) of the role that added it."""

    def __init__(self) -> None:
        super().__init__()
        self.at = 0
        self.first: dict[tuple[str, str], int] = {}

    def add(self, key: tuple[str, str]) -> None:
        self.first.setdefault(key, self.at)
        super().add(key)


class _SeenBefore(set[tuple[str, str]]):
    """The keys a fold had seen before its role ``k`` (read from ``first``), and those added since."""

    def __init__(self, first: dict[tuple[str, str], int], k: int) -> None:
        super().__init__()
        self.first = first
        self.k = k

    def __contains__(self, key: object) -> bool:
        return self.first.get(key, self.k) < self.k or super().__contains__(key)  # type: ignore[call-overload]


class Owners:
    """The owners of one document's clauses; the unit recogniser's results are memoised, since the
    same heading, lead-in or paragraph is read for every deadline under it."""

    def __init__(self, blocks: list[Block], tree: SectionTree, header: Header) -> None:
        self._roles: dict[str, list[RoleMatch]] = {}
        self._scans: dict[str, Scan] = {}  # the units found in a text read whole, for its clauses
        self._units: dict[str, list[UnitMatch]] = {}
        self._heads: dict[int, list[Assignee]] = {}
        # what is read once per paragraph (keyed by its text): the roles' index (see _role_index),
        # its sentence ends, the end of its first clause of two words or more, the roles read from
        # one of its clauses on, and what the deadline stage asks to keep (memo)
        self._index: dict[str, tuple[list[int], dict[object, int]]] = {}
        self._sentence_ends: dict[str, list[int]] = {}
        self._first_end: dict[str, int] = {}
        self._opening: dict[str, str | None] = {}  # the role verb each paragraph opens with
        self._headings: dict[int, tuple[Section | None, str]] = {}  # id(section) -> (it, headings())
        self._heading: dict[int, tuple[Section, list[Assignee]]] = {}  # id(section) -> (it, heading())
        self._roles_at: dict[tuple[str, int, int], list[RoleMatch]] = {}
        self._memo: dict[tuple[str, str], Any] = {}
        # each clause's owners (see for_clause), with the spans and the section they were read under
        self._clauses: dict[
            tuple[str, int, int, int, bool], tuple[list[tuple[int, int]], Section | None, ClauseOwners]
        ] = {}
        self.parents: dict[int, Section | None] = {}
        # the issuer's name (its leaders are the ones a bare "Lãnh đạo Sở" names in its own text)
        self._issuers = tuple(" ".join(i.split()).casefold() for i in header.issuers or [header.issuer or ""])

        def walk(nodes: list[Section], parent: Section | None) -> None:
            for s in nodes:
                self.parents[id(s)] = parent
                walk(s.children, s)

        walk(tree.roots, None)
        self.tree = tree
        # the paragraphs that open the document's list ("... kết luận như sau:") and the lead-in
        # paragraphs of each section ("đề nghị các cơ quan ...:", "Giao UBND tỉnh ... sau:"): read
        # (see document, intros) only when a clause looks above itself for its owners
        self._openers: list[str] = []
        self._intro_texts: dict[int, list[str]] = {}
        # the paragraphs of each section, in order (read only when a clause finds no owner at all)
        self._paragraphs: dict[int, list[str]] = {}
        self._places: dict[int, dict[str, int]] = {}  # (of each section's paragraphs, the first place)
        invited = -1  # (helper 73) the opener of a Giấy mời whose invited are listed below it
        for blk, owner in zip(blocks, tree.owner, strict=True):
            if owner is not None and blk.kind == "para":
                self._paragraphs.setdefault(id(owner), []).append(blk.text)
            if invited >= 0 and owner is None and blk.kind == "para" and _BULLET.match(blk.text):
                # "... trân trọng kính mời:" / "- Đại diện lãnh đạo Sở Y tế;" / "- Chủ tịch UBND các xã,
                # phường.": the invited own what the letter asks with no owner, each on a line
                self._openers[invited] += "\n" + blk.text
                continue
            invited = -1
            if blk.text.rstrip().endswith(":"):
                if owner is None:
                    self._openers.append(blk.text)
                    if any(h in blk.text for h in _invite_hints()) and _invitation().search(blk.text):
                        invited = len(self._openers) - 1
                else:
                    self._intro_texts.setdefault(id(owner), []).append(blk.text)
            elif owner is None and blk.kind == "para" and any(h in blk.text for h in _invite_hints()):
                # (helper 56) a Giấy mời's invitation ("Ban Thường vụ Tỉnh ủy trân trọng kính mời các
                # đồng chí ... dự Hội nghị ..."): the invited own what the letter asks with no owner
                self._openers.extend(t for t in _LAST_SENTENCE.split(blk.text) if _invitation().search(t))
        self._document: list[Assignee] | None = None
        # (helper 89) a resolution's paragraphs, where the body that carries it out is named (read only
        # when a deadline finds no owner anywhere, see executor)
        clauses = load("units")["owner_clauses"]
        self._executor_texts: list[str] = (
            [blk.text for blk in blocks if blk.kind == "para" and str(clauses["executor_gate"]) in blk.text.casefold()]
            if header.type in clauses["executor_doc_types"]
            else []
        )
        self._executor: list[Assignee] | None = None
        self._intros: dict[int, list[Assignee]] = {}
        # of each section (by id): its paragraphs' places, and its lead-ins' owners by place
        self._near: dict[int, tuple[dict[str, int], list[tuple[int, list[Assignee]]]]] = {}
        # the addressees of "Kính gửi"
        self.addressees: list[Assignee] = []
        # (helper 98) a report's addressee receives it (no default owner of its tasks)
        receiving = header.type in clauses["recipient_doc_types"]
        for r in [] if receiving else header.recipients:
            units = find_units(r)
            # (a unit named inside an addressee that opens with no unit is not one: "Doanh nghiệp nhà
            # nước trực thuộc UBND tỉnh" is addressed, not the UBND; the addressee as written)
            if units and not r[: units[0].start].strip(" \t-–—•*_"):
                for u in units:
                    if u is not units[0] and _parent_named(r, u.start):
                        continue  # (helper 47) "Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế": not the Bộ
                    self.addressees.append(Assignee(u.unit, "assigned", u.raw, _kind(u), "addressee"))
                    # "Các đảng ủy: Các cơ quan Đảng tỉnh, UBND tỉnh": each committee listed too
                    self.addressees.extend(
                        Assignee(m.unit, "assigned", member_raw(m), _kind(m), "addressee+member") for m in u.members
                    )
            else:
                self.addressees.append(Assignee(canonical_unit(r), "assigned", r, "unit", "addressee"))
        # short names the document defines ("(sau đây gọi tắt là Trung tâm)"), owners as subjects
        aliases = definitions(blk.text for blk in blocks if blk.kind == "para")
        self._alias_terms = aliases
        self._alias_hint: Any = None  # (see _aliases_for)
        self._aliases: regex.Pattern[str] | None = None
        self._terms: dict[tuple[str, int, int], list[Assignee]] = {}

    @property
    def document(self) -> list[Assignee]:
        """The owners the sentence that opens the document's list names, else the addressees."""
        if self._document is None:
            found: list[Assignee] = []
            for text in self._openers:
                # only that sentence: the ones before narrate ("Ngày ..., đồng chí Chủ tịch UBND
                # tỉnh chủ trì cuộc họp ... Chủ tịch UBND tỉnh kết luận như sau:")
                last = _LAST_SENTENCE.split(text.rstrip())[-1]
                merge(found, _owners(self.roles(last), "document"))
            if not has_owner(found):
                # (the body the lead-in already names is addressed too: "Kính gửi: UBND các tỉnh,
                # thành phố trực thuộc trung ương ... đề nghị UBND các tỉnh, thành phố chỉ đạo ...":
                # one body, named once)
                found.extend(a for a in self.addressees if not any(_same_body(a, f) for f in found))
            else:
                found = self.pointed(found)
            self._document = found
        return self._document

    @property
    def executor(self) -> list[Assignee]:
        """(helper 89) The body a resolution charges with carrying it out ("Giao UBND tỉnh tổ chức thực
        hiện Nghị quyết này"), assigned: the owner of its deadlines that name none (its first such
        clause's units)."""
        if self._executor is None:
            found: list[Assignee] = []
            for text in self._executor_texts:
                m = _executor_clause().match(text)
                if m is None:
                    continue
                who = m.group("who")
                found = [Assignee(u.unit, "assigned", u.raw, _kind(u), "document:executor") for u in find_units(who)]
                if found:
                    break
            self._executor = found
        return self._executor

    def intros(self, key: int) -> list[Assignee]:
        """The owners the lead-in paragraphs of the section ``id`` ``key`` name."""
        got = self._intros.get(key)
        if got is None:
            got = self._intros[key] = []
            for text in self._intro_texts.get(key, ()):
                merge(got, self._intro_owners(text))
        return got

    def _intro_owners(self, text: str) -> list[Assignee]:
        """The owners the lead-in ``text`` names: its units', else a person's role or a defined term
        as its subject or alone ("Giáo viên chủ nhiệm thực hiện theo lịch sau:", "Điều dưỡng
        trưởng các khoa:"; rule ``intro:owner_term``)."""
        alone = _term_alone(text)
        if alone:
            return [Assignee(a.canonical, a.role, a.raw, a.kind, "intro:owner_term") for a in alone]
        got = _owners(self.roles(text), "intro")
        if has_owner(got):
            return got
        terms = self.term_owner(text, 0, len(text))
        return got + [Assignee(a.canonical, a.role, a.raw, a.kind, "intro:owner_term") for a in terms]

    def _dash_lead(self, sec: Section, para: str) -> tuple[list[Assignee] | None, str | None]:
        """(helper 104) "- Chỉ đạo Sở X chủ trì, phối hợp với Sở Y hoàn thiện ... ." / "+ Tổ chức ...": a
        "+" item of the section ``sec`` under a "-" item that names who leads its work owns the
        item's work with it (the "+" items run on from the "-" item, with no colon after it); the
        owners the "-" item names and the role verb it opens with (see :func:`opening_role`: "- Chủ
        trì, phối hợp với Sở Y ..." under the heading "X": X leads), else (None, None)."""
        if not para.startswith(_PLUS) or _PLUS_ITEM.match(para) is None:
            return None, None
        paragraphs = self._paragraphs.get(id(sec), [])
        places = self._places.get(id(sec))
        if places is None:
            places = self._places[id(sec)] = {}
            for i, text in enumerate(paragraphs):
                places.setdefault(text, i)
        at = places.get(para)
        if at is None:
            return None, None
        j = at - 1
        while j >= 0 and j > at - _DASH_REACH and _PLUS_ITEM.match(paragraphs[j]) is not None:
            j -= 1
        if j < 0 or _MINUS_ITEM.match(paragraphs[j]) is None:
            return None, None
        dash = paragraphs[j]
        found = [a for a in self._intro_owners(dash) if a.role in ("lead", "assigned", "coordinate")]
        opening = self._opening_of(dash)
        if not any(a.role == "lead" for a in found) and not (found and opening == "lead"):
            return None, None
        return found, opening

    def _nearest_intro(self, sec: Section, para: str) -> list[Assignee] | None:
        """"Phòng Điều dưỡng kiểm tra theo lịch sau:" / "- Quý I: ..." / "Khoa Dược thực hiện:" / "-
        Tháng 3: ...": in a section with two lead-ins or more that name different owners, the
        paragraph ``para`` is the owners' of the nearest lead-in before it that names one (none,
        ``[]``, before the first); ``None`` when the section has no such lead-ins or ``para`` is not
        one of its paragraphs (every lead-in of the section is then read, see :meth:`intros`)."""
        key = id(sec)
        got = self._near.get(key)
        if got is None:
            # (the position of each of the section's paragraphs, the owners of each lead-in by position)
            places: dict[str, int] = {}
            leads: list[tuple[int, list[Assignee]]] = []
            intros = set(self._intro_texts.get(key, ()))
            if len(intros) > 1:
                for i, text in enumerate(self._paragraphs.get(key, ())):
                    places.setdefault(text, i)
                    if text in intros:
                        # (helper 104) with the units it asks to help: "- Giao Sở A chủ trì, phối hợp
                        # với Sở B:" / "+ ...": Sở B coordinates the items below
                        found = [
                            a for a in self._intro_owners(text) if a.role in ("lead", "assigned", "coordinate")
                        ]
                        if has_owner(found):
                            leads.append((i, found))
            names = {frozenset(a.canonical for a in f if a.role in ("lead", "assigned")) for _, f in leads}
            got = self._near[key] = (places if len(names) > 1 else {}, leads)
        places, leads = got
        at = places.get(para)
        if at is None:
            return None
        k = bisect.bisect_left(leads, at, key=lambda lead: lead[0])
        if k < len(leads) and leads[k][0] == at:
            return None  # (the lead-in itself: its own words name its owners)
        return list(leads[k - 1][1]) if k > 0 else []

    def pointed(self, owners: list[Assignee], recipients: Iterable[str] = ()) -> list[Assignee]:
        """``owners``, and the addressees when every owner only points back at them ("đề nghị các
        đơn vị ..." in a letter to "Sở Y tế; UBND các xã"), but for the ``recipients`` of the
        clause ("... gửi báo cáo về Sở Nội vụ": an addressee that receives is not one that sends)."""
        if not self.addressees or not has_owner(owners):
            return owners
        back = _back_reference()
        # (as written, with no word dropped: "các đơn vị liên quan" are others, not the addressees)
        # (helper 47) nor the units a body named in the clause directs: "Bộ trưởng các Bộ: Quốc
        # phòng, Công an chỉ đạo các đơn vị đóng quân ...": his units, not the dispatch's addressees
        # (unless the issuer directs them: "UBND tỉnh chỉ đạo các cơ quan, đơn vị ...")
        if any(a.role == "director" and a.canonical not in back and not self._is_issuer(a) for a in owners) or any(
            a.canonical not in back or " ".join(a.raw.split()).casefold() != a.canonical.casefold()
            for a in owners
            if a.role in ("lead", "assigned")
        ):
            return owners
        out = list(owners)
        skip = set(recipients)
        merge(out, [a for a in self.addressees if a.canonical not in skip] if skip else self.addressees)
        return out

    def _is_issuer(self, a: Assignee) -> bool:
        """Whether ``a`` is the issuer or its head ("Chủ tịch Ủy ban nhân dân tỉnh" of "ỦY BAN NHÂN
        DÂN TỈNH ..."): its name, or its last two words or more, opens the issuer's name."""
        words = " ".join(a.canonical.split()).casefold().split()
        for k in range(max(0, len(words) - 1)):
            tail = " ".join(words[k:])
            if any(i == tail or i.startswith(tail + " ") for i in self._issuers if i):
                return True
        return False

    # -- the unit recogniser, memoised
    def roles(self, text: str) -> list[RoleMatch]:
        got = self._roles.get(text)
        if got is None:
            got = self._roles[text] = roles_of(self._scan(text))
        return got

    def _scan(self, text: str) -> Scan:
        """The units found in ``text`` read whole (once), for its roles and its clauses'."""
        found = self._scans.get(text)
        if found is None:
            found = self._scans[text] = scan(text)
        return found

    def _roles_in(self, text: str, start: int, end: int) -> list[RoleMatch]:
        """``roles(text[start:end])``; the units read from those of ``text``, which is scanned whole
        the first time one of its clauses is read (its later clauses, and the paragraph's own roles
        when they are asked for, are read from that scan: ``roles_in`` is exact)."""
        if start == 0 and end == len(text):
            return self.roles(text)
        part = text[start:end]
        got = self._roles.get(part)
        if got is None:
            got = self._roles[part] = roles_in(self._scan(text), start, end)
        return got

    def _roles_from(self, text: str, start: int, end: int) -> list[RoleMatch]:
        """``roles(text[start:end])``, memoised by place (no slice is made or hashed again)."""
        key = (text, start, end)
        got = self._roles_at.get(key)
        if got is None:
            got = self._roles_at[key] = self._roles_in(text, start, end)
        return got

    def memo(self, what: str, text: str, build: Callable[[], _T]) -> _T:
        """``build()``, once per document for ``what`` read from the paragraph ``text``."""
        key = (what, text)
        if key in self._memo:
            return self._memo[key]  # type: ignore[no-any-return]
        got = self._memo[key] = build()
        return got

    def units(self, text: str) -> list[UnitMatch]:
        got = self._units.get(text)
        if got is None:
            roles = self._roles.get(text)
            # (the roles of a text name every unit of it, in order: a text read for its roles,
            # as a heading is, is not read again for its units)
            got = self._units[text] = find_units(text) if roles is None else [r.unit for r in roles]
        return got

    def named_in(self, text: str, start: int, end: int, rule: str) -> list[Assignee]:
        """The units named whole inside ``text[start:end]``, each assigned the work (rule
        ``<rule>``): "Kiểm tra công vụ (Sở Tư pháp; Quý II/2027)", "... do Văn phòng tổ chức"."""
        got = [RoleMatch(u, "assigned", rule) for u in self.units(text) if start <= u.start and u.end <= end]
        return _owners(got, "clause")

    def _subject_clause(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with its unit, after an inline item's label or a verb
        that addresses it ("(2) Sở Xây dựng thẩm định ...", "Đề nghị Đảng đoàn HĐND tỉnh ...")."""
        m = _clause_open().match(text, start, end)
        at = m.end() if m is not None else start
        return any(u.start == at for u in self.units(text))

    def headings(self, sec: Section | None) -> str:
        """The headings of ``sec`` and the sections around it, innermost first, lower case (read
        once per section: every deadline under it asks)."""
        got = self._headings.get(id(sec))
        if got is None or got[0] is not sec:
            out: list[str] = []
            node = sec
            while node is not None:
                if node.heading:
                    out.append(node.heading.lower())
                node = self.parents.get(id(node))
            got = self._headings[id(sec)] = (sec, " | ".join(out))
        return got[1]

    def sentence_ends(self, text: str, floor: int, pattern: regex.Pattern[str]) -> list[int]:
        """The ends of ``pattern`` (a sentence end) in ``text`` from ``floor`` on, found once per paragraph."""
        got = self._sentence_ends.get(text)
        if got is None:
            got = self._sentence_ends[text] = [m.end() for m in pattern.finditer(text, floor)]
        return got

    # -- owners named above a clause
    def heading(self, sec: Section) -> list[Assignee]:
        """The owners a section heading names ("2.2.3. Ban Tổ chức Tỉnh ủy", "3. Giao Sở X ..."), read
        once per section (a fresh list each time: callers add to it)."""
        if not sec.heading:
            return []
        got = self._heading.get(id(sec))
        if got is None or got[0] is not sec:
            got = self._heading[id(sec)] = (sec, self._read_heading(sec))
        return list(got[1])

    def _read_heading(self, sec: Section) -> list[Assignee]:
        """:meth:`heading`, read (``sec`` has a heading)."""
        heading = sec.heading or ""
        alone = _term_alone(heading)
        if alone:
            # "3. Giáo viên chủ nhiệm:", "3. Điều dưỡng trưởng các khoa": a heading that is just a
            # person's role or a defined term (whatever unit the recogniser reads inside it)
            return [Assignee(a.canonical, a.role, a.raw, a.kind, "heading:owner_term") for a in alone]
        roles = self.roles(heading)
        if not roles:  # (the roles name every unit of the heading: none there)
            heading = self._cut_name(sec, heading)
            if heading is not sec.heading:
                roles = self.roles(heading)
        # (helper 76) "1. Đảng ủy Chính phủ lãnh đạo, chỉ đạo:", "3. Văn phòng Chính phủ theo dõi:": a
        # subject that directs no unit the heading names owns the items below it itself
        out = _promote(roles, _owners(roles, "heading"))
        if not out:
            # a heading that is just a unit name assigns that unit
            units = self.units(heading)
            # (not the unit reported to: "b) Thực hiện chế độ báo cáo định kỳ ... về Sở Nội vụ, cụ thể:")
            to = {r.unit.start for r in roles if r.role in RECIPIENT_ROLES or (r.role == "mention" and r.rule == "ve")}
            out = [Assignee(u.unit, "assigned", u.raw, _kind(u), "heading:unit") for u in units if u.start not in to]
            covered = sum(u.end - u.start for u in units)
            if covered < 0.4 * len(heading) and len(heading) > 120:
                out = []
        return out

    def _cut_name(self, sec: Section, heading: str) -> str:
        """"1. Sở" over "Tài chính (cơ quan chủ trì)": a heading that names no unit, cut inside a
        unit's name that its section's first paragraph ends, is read with that paragraph (when a
        unit of the two read together runs over the cut); else ``heading``."""
        head = heading.rstrip()
        if not head or head[-1] in ".:;!?" or head.isupper():
            return heading  # (a heading that ends its sentence, or one in capitals: "MỤC ĐÍCH")
        first = self._first_paragraph(sec, head)
        if first is None or len(first) > _CUT_NAME_MAX:
            return heading
        rest = first.strip(" \t*_")
        if not rest[:1].isupper():
            return heading  # (a name goes on with a capital: "Sở" over "Tài chính")
        joined = f"{head} {first.strip()}"
        cut = len(head)
        if any(u.start < cut < u.end for u in self.units(joined)):
            return joined
        return heading

    def inherited(
        self, sec: Section | None, before: list[Assignee], text: str | None = None, para: str | None = None
    ) -> list[Assignee]:
        """``before`` and the owners named by the sections around ``sec``, innermost first, up to
        the first that names an owner; else, for the paragraph ``text`` of an item, the owners a later
        paragraph of the item addresses (see :meth:`_later_addressed`), else the subject of the
        items before (see :meth:`_previous_subject`) with the document's; else the document's. In a
        section with lead-ins of different owners, the paragraph ``para`` is the nearest one's before
        it (see :meth:`_nearest_intro`)."""
        acc = list(before)
        if sec is not None and para is not None and self._closes_list(sec, para):
            # "2. UBND các xã" / "- Tự kiểm tra ..." / "Nếu có khó khăn, vướng mắc thì báo cáo UBND tỉnh
            # ...": the list's closing after its last item is the whole list's, not that item's: the
            # owners of the part above the list, else every owner the items' headings name, else
            # the document's (rule ``list_closing``)
            parent = self.parents.get(id(sec))
            above = self.inherited(parent, acc) if parent is not None else []
            if has_owner(above):
                return above
            merge(acc, self._list_owners(parent))
            if has_owner(acc):
                return acc
            sec, text, para = parent, None, None
        node = sec
        if sec is not None and para is not None:
            near = self._nearest_intro(sec, para)
            opens: str | None = None
            if near is None:
                near, opens = self._dash_lead(sec, para)
            if near is not None:
                head = self.heading(sec)
                if opens in ("director", "lead"):
                    # "- Chỉ đạo Sở X chủ trì ..." / "+ ...": who the heading names directs the Sở;
                    # "- Chủ trì, phối hợp với Sở Y ..." / "+ ...": it leads
                    head = [
                        Assignee(a.canonical, opens, a.raw, a.kind, f"{a.rule}+opening_{opens}")
                        if a.role in ("lead", "assigned")
                        else a
                        for a in head
                    ]
                if any(a.kind != "group" for a in near):
                    # "1. Các sở, ngành ... thực hiện:" / "Sở Công Thương:" / "- Kiểm tra ...": the body
                    # a lead-in names narrows the group the heading names to that body
                    head = [a for a in head if a.kind != "group" or a.role not in ("lead", "assigned")]
                merge(acc, _directing(head, near))
                merge(acc, near)
                if has_owner(acc):
                    return acc
                node = self.parents.get(id(sec))
        while node is not None:
            key = id(node)
            if key not in self._heads:
                intros = self.intros(key)
                found = _directing(self.heading(node), intros)
                merge(found, intros)
                self._heads[key] = found
            merge(acc, self._heads[key])
            if has_owner(acc):
                return acc
            node = self.parents.get(id(node))
        # "2.1. Các Bộ ... rà soát ..." then "2.2. Khẩn trương ... hoàn thành trước ...": with no heading
        # that names an owner, the subject of the item before goes on (with the list's lead-in's)
        if text is not None:
            later = self._later_addressed(sec, text)
            if has_owner(later):
                merge(acc, later)
                return acc
            # (only when the document names no body as the owner of its list, but the heads of the
            # bodies it addresses or nobody: "đề nghị các đồng chí Bộ trưởng ... chỉ đạo" over "2.1.
            # Các Bộ ..."; a lead-in that names the bodies, "yêu cầu các chi bộ: 1. Chi bộ thôn 3 ...;
            # 2. Hoàn thành ...", is every body's, not the one of the item before)
            if all(a.kind == "person" for a in self.document if a.role in ("lead", "assigned")):
                merge(acc, self._previous_subject(sec))
        merge(acc, self.document)
        if not has_owner(acc) and self._executor_texts:
            merge(acc, self.executor)
        return acc

    def _closes_list(self, sec: Section, para: str) -> bool:
        """Whether ``para``, a paragraph with no label that speaks of the difficulties met in carrying
        the work out ("Trường hợp phát hiện vướng mắc thì báo cáo ..."; ``owner_clauses.list_closing``),
        is the last paragraph of the last item ``sec`` of a list, after the item's own text."""
        if _closing_words().match(para) is None:
            return False
        m = _LABEL.match(para)
        if m is not None and para[: m.end()].strip(" \t*_"):
            return False
        parent = self.parents.get(id(sec))
        siblings = parent.children if parent is not None else self.tree.roots
        if not siblings or siblings[-1] is not sec or sec.children:
            return False
        paragraphs = self._paragraphs.get(id(sec), [])
        return len(paragraphs) > 1 and paragraphs[-1] is para

    def _list_owners(self, parent: Section | None) -> list[Assignee]:
        """Every owner the headings of the items of ``parent`` (the roots for None) name, for the
        list's closing (rule ``list_closing``)."""
        items = parent.children if parent is not None else self.tree.roots
        got: list[Assignee] = []
        for s in items[-_LISTED_MAX:]:
            merge(
                got,
                [
                    Assignee(a.canonical, a.role, a.raw, a.kind, "sibling:list_closing")
                    for a in self.heading(s)
                    if a.role in ("lead", "assigned")
                ],
            )
        return got

    def _previous_subject(self, sec: Section | None) -> list[Assignee]:
        """The units that open the items before ``sec`` as their subject, when every earlier item of
        the list (no heading, one family) that opens with a subject opens with that one, the item
        right before too: the list is that body's ("2.1. Các Bộ ... rà soát ..." then "2.2. Khẩn trương
        ..."); rule ``sibling:<role rule>``."""
        if sec is None or sec.heading:
            return []
        parent = self.parents.get(id(sec))
        siblings = parent.children if parent is not None else self.tree.roots
        at = next((i for i, s in enumerate(siblings) if s is sec), 0)
        found: list[Assignee] = []
        names: frozenset[str] | None = None
        for k in range(at - 1, max(-1, at - 1 - LOOKBACK_CLAUSES), -1):  # (a long list: the nearest items)
            prev = siblings[k]
            if prev.heading or prev.family != sec.family:
                return []
            line = prev.text.partition("\n")[0]
            own = self._opening_subject(line)
            if not own and self._opening_subject(line, any_subject=True):
                return []  # (an item of another subject that guides or directs: "Các thôn hướng dẫn ...")
            if not own:
                if k == at - 1:
                    return []  # (the item right before names no subject: nothing goes on)
                continue
            got = frozenset(a.canonical for a in own)
            if names is None:
                names, found = got, own
            elif got != names:
                return []
        return found

    def _first_paragraph(self, section: Section, head: str) -> str | None:
        """The first paragraph of ``section`` after its heading ``head`` (the heading's own line,
        "7. Ban ... và", may be the section's first paragraph), if it has one."""
        paragraphs = self._paragraphs.get(id(section), [])
        at = 1 if paragraphs and paragraphs[0].rstrip().endswith(head) else 0
        return paragraphs[at] if len(paragraphs) > at else None

    def _cut_list(self, section: Section, text: str, start: int, end: int) -> list[RoleMatch]:
        """"7. Ban Xây dựng Đảng, Văn phòng Đảng ủy và" read as a heading, "Chi bộ Công an xã thực hiện
        ..." as its first paragraph: a heading that ends with a list's "và" or "," is the start of that
        paragraph's first sentence; the roles of its units, read with the clause ``text[start:end]``."""
        heading = section.heading or ""
        if _cut_list().search(heading) is None:
            return []
        head = heading.rstrip()
        first = self._first_paragraph(section, head)
        if first is None or (first is not text and first != text):
            return []
        joined = f"{head} {text[start:end]}"
        return [r for r in self.roles(joined) if r.unit.end <= len(head)]

    def _owners_before(
        self, text: str, guided: bool, roles: list[RoleMatch], end: int, *, weak_ok: bool
    ) -> list[Assignee]:
        """``_owners`` of the paragraph's ``roles`` whose unit starts before ``end`` (scope
        "paragraph"). The owners of a run of roles in text order are those of each shorter run
        and more, so they are read once per paragraph and cut at ``end``: a paragraph of n
        clauses with no owner is not read n times."""
        key = (f"owners_before:{guided}:{weak_ok}", text)
        table: tuple[list[int], list[Assignee], list[int]] | None = self._memo.get(key)
        if table is None:
            starts = [r.unit.start for r in roles]
            if any(a > b for a, b in itertools.pairwise(starts)):
                return _owners([r for r in roles if r.unit.start < end], "paragraph", weak_ok=weak_ok)
            out: list[Assignee] = []
            counts: list[int] = []
            seen: set[tuple[str, str]] = set()
            for r in roles:
                out.extend(_owners_of(r, "paragraph", OWNER_ROLES, weak_ok, seen))
                counts.append(len(out))
            table = self._memo[key] = (starts, out, counts)
        starts, out, counts = table
        k = bisect.bisect_left(starts, end)
        return out[: counts[k - 1]] if k else []

    def _owners_but_later_partners(self, text: str, tag: str, roles: list[RoleMatch], end: int) -> list[Assignee]:
        """``_owners`` (scope "paragraph", no weak rule) of the paragraph's ``roles`` but the partners
        named after ``end`` (their rule ``phoi_hop…``). The fold over the roles before ``end`` is read
        once per paragraph, with the place each owner key was first seen, and cut at ``end``; only the
        other roles after it are read again: a paragraph of n sentences "Phối hợp với …" that opens
        with a role verb is not read n times."""
        key = (f"owners_but_partners:{tag}", text)
        table: _Fold | None = self._memo.get(key)
        if table is None:
            starts = [r.unit.start for r in roles]
            if any(a > b for a, b in itertools.pairwise(starts)):
                kept = [r for r in roles if r.unit.start < end or not r.rule.startswith("phoi_hop")]
                return _owners(kept, "paragraph", weak_ok=False)
            seen = _FirstSeen()
            out: list[Assignee] = []
            counts: list[int] = []
            for i, r in enumerate(roles):
                seen.at = i
                out.extend(_owners_of(r, "paragraph", OWNER_ROLES, False, seen))
                counts.append(len(out))
            others = [i for i, r in enumerate(roles) if not r.rule.startswith("phoi_hop")]
            table = self._memo[key] = _Fold(starts, out, counts, seen.first, others)
        k = bisect.bisect_left(table.starts, end)
        got = table.out[: table.counts[k - 1]] if k else []
        after = _SeenBefore(table.first, k)
        for i in table.others[bisect.bisect_left(table.others, k) :]:
            got.extend(_owners_of(roles[i], "paragraph", OWNER_ROLES, False, after))
        return got

    def _later_addressed(self, section: Section | None, text: str) -> list[Assignee]:
        """"8. Thống nhất chủ trương ..., bảo đảm hoàn thành trước ..." then "Giao Bộ Chính trị chỉ đạo
        ... Quốc hội ... triển khai ...": with no owner anywhere above, the first later paragraph of
        the item that opens with an addressing verb names its owners (rule ``item:<role rule>``)."""
        if section is None:
            return []
        key = (f"later_addressed:{id(section)}", "")
        table: _LaterAddressed | None = self._memo.get(key)
        if table is None:
            # once per section: each paragraph's first place, and the first addressing paragraph
            # after each place (a section of n paragraphs with no owner: not n walks of n)
            lines = self._paragraphs.get(id(section), [])
            following: list[int | None] = [None] * len(lines)
            nxt: int | None = None
            for i in range(len(lines) - 1, -1, -1):
                following[i] = nxt
                if _addressing_open().match(lines[i]) is not None:
                    nxt = i
            first: dict[str, int] = {}
            for i, line in enumerate(lines):
                first.setdefault(line, i)
            table = self._memo[key] = _LaterAddressed(lines, following, first, {})
        at = table.first.get(text)
        later = None if at is None else table.following[at]
        if later is None:
            return []
        got = table.owners.get(later)
        if got is None:
            got = table.owners[later] = _owners(self.roles(table.lines[later]), "item")
        return list(got)

    def _opening_subject(self, first: str, any_subject: bool = False) -> list[Assignee]:
        """The lead or assigned units the paragraph ``first`` opens with, after its label (with
        ``any_subject``, a subject that guides or directs too: "Các thôn hướng dẫn ...")."""
        if not first:
            return []
        m = _clause_open().match(first)
        opening = m.end() if m is not None else 0
        many = _many()
        if first[opening : opening + len(many)].lower() == many:
            opening += len(many)  # ("Các Sở Nội vụ rà soát ...": the plural word is not the name's)
        opens = [r for r in self.roles(first) if r.unit.start in (opening, m.end() if m else 0)]
        opens = [r for r in opens if r.role in ("lead", "assigned") or (any_subject and r.rule in _SUBJECT_RULES)]
        return _owners(opens, "sibling")

    def for_clause(
        self, text: str, spans: list[tuple[int, int]], ci: int, section: Section | None, inherit: bool = True
    ) -> ClauseOwners:
        """The owners of clause ``ci`` (``spans[ci]``) of the paragraph ``text`` under ``section``;
        ``inherit=False``: without the owners the headings above give when the text names none
        (for a caller that keeps the clause only when the text names one).

        Read once per clause: every time limit of a clause asks for the same owners (a clause of n
        limits with n units in it was read n times over its n units). Each caller gets lists of its
        own, since callers replace or extend them."""
        key = (text, id(spans), ci, id(section), inherit)
        kept = self._clauses.get(key)
        if kept is None or kept[0] is not spans or kept[1] is not section:
            kept = (spans, section, self._for_clause(text, spans, ci, section, inherit))
            self._clauses[key] = kept
        found = kept[2]
        return ClauseOwners(list(found.owners), list(found.recipients), found.task_start)

    def _for_clause(
        self, text: str, spans: list[tuple[int, int]], ci: int, section: Section | None, inherit: bool
    ) -> ClauseOwners:
        cs, ce = spans[ci]
        task_start = cs
        k = ci
        if ci > 0 and words()["generic_done"].match(text[cs:ce]):
            # "Thời hạn hoàn thành chậm nhất ...": the task, and its owners, are in the clause before
            k = ci - 1
            # "... chỉ đạo: (1) Sở X ...; (2) Sở Y .... Hoàn thành ...", "Đề nghị X chỉ đạo ...; Y chỉ
            # đạo .... Thời gian hoàn thành ...": every clause of the sentence before that opens with
            # its own unit (not when the time closes the clause before it, after ";", and that clause
            # is no numbered item of a list: "Giao X theo dõi chung; Y xây dựng đề án; thời gian thực
            # hiện: ..." is Y's)
            own_clause = ";" in text[spans[k][1] : cs] and _INLINE_ITEM.match(text, spans[k][0]) is None
            while (
                not own_clause
                and k > 0
                and ";" in text[spans[k - 1][1] : spans[k][0] + 1]
                and self._subject_clause(text, spans[k][0], spans[k][1])
                and self._subject_clause(text, spans[k - 1][0], spans[k - 1][1])
                # (a clause with its own time limit is a task of its own: "(1) X ban hành trước ngày ...")
                and _own_limit().search(text, spans[k - 1][0], spans[k - 1][1]) is None
            ):
                k -= 1
            if k > 0 and text[spans[k - 1][1] : spans[k][0]].strip(" *_") == ":":
                k -= 1  # the lead-in of the items, cut off at ": (1)" ("... yêu cầu X chỉ đạo:")
            task_start = spans[k][0]
        if k > 0 and bare_lead(text[spans[k - 1][0] : spans[k - 1][1]].rstrip(" ;")):
            # "Sở X chủ trì; Sở Y, Sở Z phối hợp thẩm định ...": the lead of the clause before (also
            # when a bare "Hoàn thành trước ..." follows: "Sở X chủ trì; các sở phối hợp. Hoàn thành ...")
            task_start = spans[k - 1][0]
        elif (
            k > 1
            and text[spans[k - 2][1] : spans[k - 1][0]].strip() == ":"
            and bare_lead(text[spans[k - 2][0] : spans[k - 1][1]].rstrip(" ;"))
        ):
            # the same, the leads listed after a colon ("Các Bộ: Tài chính, Công Thương chủ trì ...;")
            task_start = spans[k - 2][0]
        elif k > 0 and self._helps_lead(text, spans[k - 1][0], spans[k][0], spans[k][1]):
            # "Sở X chủ trì tổ chức hội thi; Công an tỉnh phối hợp bảo đảm an ninh, hoàn thành
            # trước ...": the task is the lead's of the clause before, the unit after ";" helps
            task_start = spans[k - 1][0]
        clause_roles = self._listed(text, task_start, ce) + self._roles_in(text, task_start, ce)
        if task_start == spans[0][0] and section is not None and section.heading:
            clause_roles = self._cut_list(section, text, task_start, ce) + clause_roles
        owners = _promote(clause_roles, _owners(clause_roles, "clause"))
        # "- Hướng dẫn UBND các xã số hóa hồ sơ, hoàn thành trước ...": the guided named alone do the
        # work; the guide is who the clause would have without them (its heading, a clause before)
        guided = [a for a in owners if _GUIDED_OPEN in a.rule]
        if guided and all(_GUIDED_OPEN in a.rule for a in owners if a.role in ("lead", "assigned")):
            owners = [a for a in owners if _GUIDED_OPEN not in a.rule]
            inherit = True  # (the text names its owners, the guided: the guide is read as in full)
        else:
            guided = []
        if not has_owner(owners) and ci > 0 and words()["relay"].match(text, cs, ce) is not None:
            merge(owners, self._relayed(text, spans[ci - 1]))
        recipients = list(dict.fromkeys(r.unit.unit for r in clause_roles if r.role in RECIPIENT_ROLES))
        if inherit and not has_owner(owners):
            # "Cơ quan chủ trì xây dựng dự thảo ...", "Hằng năm, Trung tâm báo cáo ...": a defined term
            # (scope "term": read, like the headings, only when a time limit needs an owner; the
            # rules and rights of a Quy chế, "Giảng viên ... được giảm ...", are no undated tasks)
            term = self.term_owner(text, task_start, ce) or self.term_owner(text, cs, ce)
            if not term and ci + 1 < len(spans) and text[ce : ce + 1] == ":":
                # "- Tháng 11: Giáo viên chủ nhiệm nộp ...": the subject of the work the time labels
                term = self.term_owner(text, cs, spans[ci + 1][1])
            merge(owners, term)
        polite = (
            not has_owner(owners)
            and bool(self.addressees)
            and _polite_request().search(text, task_start, ce) is not None
        )
        if polite and inherit:
            # "Sở Tư pháp nhận được dự thảo .... Sở Tư pháp đề nghị Quý cơ quan, đơn vị góp ý, gửi
            # về Sở Tư pháp trước ngày ...": the addressees are asked, not an earlier clause's subject
            # (nor, without them, anybody else the paragraph names)
            merge(owners, [Assignee(a.canonical, a.role, a.raw, a.kind, "addressee:polite") for a in self.addressees])
        if not has_owner(owners) and not polite:
            # "Sở X rà soát ...; báo cáo ... trước ngày ...": the subject of an earlier clause of the
            # paragraph goes on, the nearest one first
            # (the nearest LOOKBACK_CLAUSES clauses within LOOKBACK_CHARS: an endless paragraph
            # with no subject is not read again for each of its clauses)
            lo = max(0, ci - LOOKBACK_CLAUSES)
            for j in range(ci - 1, lo - 1, -1):
                pb, pe = spans[j]
                if pe > task_start:
                    continue
                if task_start - pb > LOOKBACK_CHARS:
                    break
                before = text[max(0, pb - OBJECT_LABEL_MAX) : pb]
                if ":" in before[-4:] and object_label_before(before.lower(), len(before)):
                    continue  # ("Đối tượng: Chi bộ thôn 3. Thời gian: ...": what is inspected, no subject)
                if j > 0 and self._helps_lead(text, spans[j - 1][0], pb, pe):
                    # "X thực hiện; Y phối hợp. Thời gian: ...": the unit after ";" helps the
                    # subject of the clause before, whose task it is
                    pb = spans[j - 1][0]
                # read from that clause on, so that a list running over the split stays whole
                # ("Ủy ban nhân dân các xã: Lộc Ninh, Bù Đốp ... chủ động ...")
                roles = [r for r in self._roles_from(text, pb, ce) if r.unit.start < pe - pb]
                # a list that ran into that clause over ";" ("Giao các sở, ngành; UBND các huyện
                # báo cáo ... Yêu cầu gửi ... trước ngày ..."): all its members go on
                roles = self._listed(text, pb, pe) + roles
                earlier = _owners(roles, "paragraph")
                if inherit and not earlier:
                    earlier = self.term_owner(text, pb, pe)
                if has_owner(earlier):
                    if _report_open().match(text, task_start, ce) is not None:
                        earlier = _director_reports(roles, earlier, text[task_start:ce])
                    merge(owners, _promote(roles, earlier))
                    merge(owners, self._shared(section, text, spans[0][0], pb, owners))
                    break
        if not has_owner(owners) and not polite:
            # "Hoàn thành chậm nhất ..." after a list of items: the paragraph names the owners;
            # owners named after this sentence belong to later tasks, but the subject of the
            # paragraph's first clause ("2.2. Sở X rà soát ...; báo cáo ... trước ngày ...") counts
            block_roles = self.roles(text)
            if guided:
                block_roles = [r for r in block_roles if r.rule != _GUIDED_OPEN[1:]]
            first_end = self._first_end.get(text)
            if first_end is None:
                first_end = next((e for b, e in spans if _two_words(text, b, e)), spans[0][1])
                self._first_end[text] = first_end
            upto = self._owners_before(text, bool(guided), block_roles, ce, weak_ok=False)
            merge(upto, self._owners_before(text, bool(guided), block_roles, min(ce, first_end), weak_ok=True))
            if not has_owner(upto):
                key = (f"promote_sets:{bool(guided)}", text)
                sets = self._memo.get(key)
                if sets is None:
                    sets = self._memo[key] = _promote_sets(block_roles)
                upto = _promoted(sets, upto)
            # a closing "Giao X ..." names the owner of the whole paragraph; a later "X phối hợp ..."
            # does not (it helps the lead: "Chủ trì tham mưu ..., hoàn thành trước ... . Các ban
            # đảng phối hợp ..." under the lead's heading)
            if not has_owner(upto):
                # (not the units of the document's closing, run into the last item's paragraph)
                closing = self._closing_at(text, ce)
                later = [r for r in block_roles if r.unit.start < closing] if closing < len(text) else block_roles
                if self._opening_of(text) == "lead":
                    upto = self._owners_but_later_partners(text, f"{bool(guided)}:{closing}", later, ce)
                else:
                    # (the same for every clause of the paragraph before its closing: read once)
                    key = (f"owners_later:{bool(guided)}:{closing}", text)
                    got = self._memo.get(key)
                    if got is None:
                        got = self._memo[key] = _owners(later, "paragraph", weak_ok=False)
                    upto = list(got)
            merge(owners, upto)
        opening = self._opening_of(text)
        if not has_owner(owners):
            if not inherit:
                return ClauseOwners(_guide_and_guided(owners, guided), recipients, task_start)
            n_own = len(owners)
            item = self._item_subject(section, text)
            owners = self.inherited(section, owners, None if item else text, para=text)
            merge(owners, item)
            if recipients:
                # "Gửi báo cáo về Đảng ủy phường (qua Văn phòng Đảng ủy) trước ...": a unit the clause
                # sends to, or through, owns none of it, whoever names it above
                kept = owners[:n_own] + [a for a in owners[n_own:] if a.canonical not in recipients]
                if has_owner(kept):
                    owners = kept
            if opening == "lead":
                # "- Chủ trì, phối hợp với Y ..." under the heading "X": X leads
                owners[n_own:] = [
                    (
                        Assignee(a.canonical, "lead", a.raw, a.kind, f"{a.rule}+opening_lead")
                        if a.role == "assigned"
                        else a
                    )
                    for a in owners[n_own:]
                ]
        elif (
            opening == "lead"
            and any("phoi_hop_subject" in a.rule for a in owners)
            and all("phoi_hop_subject" in a.rule for a in owners if a.role in ("lead", "assigned"))
            and not any(a.role in ("coordinate", "director") for a in owners)
        ):
            # "1. Ban X" / "Chủ trì tham mưu ... . Các ban đảng phối hợp biên soạn ..., hoàn thành
            # trước ...": with no unit to work with, they help the lead the heading names (the
            # same without the headings, ``inherit=False``: the text's own owners read alike)
            have = {a.canonical for a in owners}
            heads = [
                Assignee(a.canonical, "lead", a.raw, a.kind, f"{a.rule}+opening_lead")
                for a in self.inherited(section, [], para=text)
                if a.role in ("lead", "assigned") and a.canonical not in have
            ]
            if heads:
                owners = (heads if inherit else []) + [
                    Assignee(a.canonical, "coordinate", a.raw, a.kind, a.rule.replace("_subject", "_after_lead"))
                    if a.role == "lead"
                    else a
                    for a in owners
                ]
        elif opening == "director" or (opening == "lead" and _directed_alone(owners)):
            # "- Chỉ đạo Sở X chủ trì ..." under "Giao UBND tỉnh ...": UBND directs, the Sở leads
            # (helper 104) the same after a clause of the heading's own work: "1. Sở X" / "- Chủ trì
            # ...; chỉ đạo Chi cục Y cung ứng ... trước ngày ...": Sở X directs the Chi cục
            have = {a.canonical for a in owners}
            heads = [
                Assignee(a.canonical, "director", a.raw, a.kind, f"{a.rule}+opening_director")
                for a in self.inherited(section, [], para=text)
                if a.role in ("lead", "assigned") and a.canonical not in have
            ]
            owners = heads + owners
        elif _directed_alone(owners):
            # (helper 108) "Sở X rà soát ...; chỉ đạo các phòng ... trước ngày ...": a clause after ";"
            # that opens with a bare "chỉ đạo" is given by the subject of the clause before it
            owners = self._directs_before(text, spans, ci) + owners
        # (also without the headings: the bare leaders the text names are the ones of that body)
        merge(owners, self._leaders_body(section, text, owners))
        listed = self._listed_above(section, text, owners)
        if listed:
            owners = listed + [a for a in owners if a not in listed]
        if has_owner(owners) and ci + 1 < len(spans):
            merge(owners, self._helpers_after(text, spans, ci))
        return ClauseOwners(_guide_and_guided(self.pointed(owners, recipients), guided), recipients, task_start)

    def _directs_before(self, text: str, spans: list[tuple[int, int]], ci: int) -> list[Assignee]:
        """(helper 108) The units that direct clause ``ci`` when it opens with a bare "chỉ đạo" right
        after ";": the owners of the clause before, whoever it names ("Đảng ủy UBND tỉnh lãnh đạo UBND
        tỉnh thực hiện ...; chỉ đạo các sở, ngành ...": both direct, as with a comma between)."""
        cs, ce = spans[ci]
        if ci == 0 or text[spans[ci - 1][1] : cs].strip(" *_") != ";" or opening_role(text[cs:ce]) != "director":
            return []
        pb, pe = spans[ci - 1]
        return [
            Assignee(a.canonical, "director", a.raw, a.kind, f"{a.rule}+directs_after")
            for a in _owners(self._roles_in(text, pb, pe), "clause")
            if a.role in ("lead", "assigned", "director")
        ]

    def dated_subject(self, text: str, start: int, end: int, labelled: bool = False) -> list[Assignee]:
        """"Sở Tư pháp ban hành văn bản hướng dẫn trong tháng 5/2026": the units that open the clause
        ``text[start:end]``, read as the subject of a statement, with a verb of statement that may be
        work right after them and the clause's own time limit after it (not "ban hành Kế hoạch này
        trong tháng ..."): assigned the work (rule ``statement+dated``), asked for a clause that
        holds a deadline and names no owner of its own. (helper 85) ``labelled``: the clause is the
        work after a time's label ("- Quý II/2027: Sở Nội vụ đánh giá kết quả ..."), the label its
        limit."""
        roles = self._roles_in(text, start, end)
        if not roles or roles[0].role != "mention" or roles[0].rule != "statement":
            return []
        first = roles[0]
        at = start + first.unit.start
        verb, itself, own_limit = _dated_statement()
        # (or the limit opens the clause before its subject and a comma: "Trong thời hạn 15 ngày kể
        # từ ngày nhận được văn bản này, các Bộ, ngành có ý kiến ...")
        opening = text[start:at].rstrip(" \t*_").endswith(",") and own_limit.search(text, start, at) is not None
        if (
            not opening
            and _clause_open().fullmatch(text, start, at) is None
            and _topic_open().fullmatch(text, start, at) is None
        ):
            return []
        subject = list(itertools.takewhile(lambda r: r.group == first.group and r.rule == "statement", roles))
        v = verb.match(text, start + subject[-1].unit.end, end)
        if labelled:
            return (
                _owners([RoleMatch(r.unit, "assigned", "statement+label", r.group) for r in subject], "clause")
                if v is not None and itself.search(text, v.end(), end) is None
                else []
            )
        limit = own_limit.search(text, v.end(), end) if v is not None and not opening else None
        if v is None or not (opening or (limit is not None and itself.search(text, v.end(), limit.start()) is None)):
            return []
        return _owners([RoleMatch(r.unit, "assigned", "statement+dated", r.group) for r in subject], "clause")

    def _listed_above(self, section: Section | None, text: str, owners: list[Assignee]) -> list[Assignee]:
        """"Các đơn vị thuộc Bộ:" / "- Cục A;" / "- Cục B;" / "- Cục C" + "rà soát ... trước ngày ...": the
        list of units on lines of their own whose last item the work runs on (hard wraps joined)
        names the owners of that work with its last unit; the units of the items above the
        paragraph ``text``, each in the role of the unit it opens with (rule ``listed_above``), when
        they run up to the list's lead-in (a paragraph or the section's heading ending with ":")."""
        if section is None or _DASH_ITEM.match(text) is None or self._name_only(text) is not None:
            return []  # (an item of the list itself, "- Cục Sở hữu trí tuệ;", is no work)
        key = ("listed_above", text)
        got: tuple[list[Assignee], frozenset[str]] | None = self._memo.get(key)
        if got is None:
            listed: list[Assignee] = []
            opening = frozenset(a.canonical for a in self._opening_subject(text))
            paragraphs = self._paragraphs.get(id(section), [])
            at = self._place(section, text) if opening else None
            found: list[list[UnitMatch]] = []
            k = -1
            if at is not None:
                k = at - 1
                while k >= 0 and at - k <= _LISTED_MAX:
                    units = self._name_only(paragraphs[k])
                    if units is None:
                        break
                    found.append(units)
                    k -= 1
            lead_in = (
                paragraphs[k].rstrip(" *_").endswith(":")
                if k >= 0
                else (section.heading or "").rstrip(" *_").endswith(":")
            )
            if found and lead_in:
                listed = [
                    Assignee(u.unit, "assigned", u.raw, _kind(u), "paragraph:listed_above")
                    for units in reversed(found)
                    for u in units
                ]
            got = self._memo[key] = (listed, opening)
        listed, opening = got
        if not listed:
            return []
        roles = {a.canonical: a.role for a in owners if a.role in ("lead", "assigned")}
        role = next((roles[n] for n in opening if n in roles), None)
        if role is None:
            return []
        return [Assignee(a.canonical, role, a.raw, a.kind, a.rule) for a in listed if a.canonical not in roles]

    def _place(self, section: Section, text: str) -> int | None:
        """The place of the paragraph ``text`` (itself, not a copy) among its section's paragraphs
        (the section's places found once)."""
        key = ("places", str(id(section)))
        places: dict[int, int] | None = self._memo.get(key)
        if places is None:
            paragraphs = self._paragraphs.get(id(section), [])
            places = self._memo[key] = {id(p): i for i, p in enumerate(paragraphs)}
        return places.get(id(text))

    def _name_only(self, text: str) -> list[UnitMatch] | None:
        """The units of a dashed item that names only units ("- Cục Sở hữu trí tuệ;"), else None."""
        m = _DASH_ITEM.match(text)
        if m is None:
            return None
        rest = text[m.end() :].rstrip(" \t*_;,.")
        if len(rest) > _LISTED_ITEM_MAX:
            return None
        units = self.units(rest)
        if not units:
            return None
        gaps = [rest[: units[0].start], rest[units[-1].end :]]
        gaps += [rest[a.end : b.start] for a, b in itertools.pairwise(units)]
        joiner = str(load("units")["grammar"]["and"])
        if any(g.strip(" \t*_,;") and g.strip(" \t*_,;").lower() != joiner for g in gaps):
            return None
        return units

    def _leaders_body(self, section: Section | None, text: str, owners: list[Assignee]) -> list[Assignee]:
        """The body whose leaders a bare "Lãnh đạo Sở" owning the clause names, when the document is
        not that body's own (a ministry's letter that asks the provinces to direct their Sở Y tế:
        "3. Lãnh đạo Sở gửi danh sách ... trước ngày ..."): the one body of that head word the
        headings or the document's lead-in name as an owner; else nothing."""
        heads = _leaders_heads()
        bare = {heads[a.canonical] for a in owners if a.role in ("lead", "assigned") and a.canonical in heads}
        if not bare or any(i.startswith(h.casefold() + " ") for i in self._issuers for h in bare):
            return []
        have = {a.canonical for a in owners}
        named = [
            a
            for a in self.inherited(section, [], para=text)
            if a.role in ("lead", "assigned") and a.canonical not in have and a.canonical.split(" ", 1)[0] in bare
        ]
        if len({a.canonical for a in named}) != 1:
            return []
        a = named[0]
        return [Assignee(a.canonical, "assigned", a.raw, a.kind, f"{a.rule}+leaders_of")]

    def _helpers_after(self, text: str, spans: list[tuple[int, int]], ci: int) -> list[Assignee]:
        """The units of the clause right after clause ``ci`` that only help the lead before them,
        with no task or time of their own ("Hội Nông dân xã vận động ..., thực hiện trong quý II;
        UBND các xã phối hợp.", "... tổng kết trước ngày 15/12. Các cơ quan liên quan phối hợp."):
        they coordinate the task of clause ``ci`` (rule ``<role rule>`` of the paragraph)."""
        ce = spans[ci][1]
        ns, ne = spans[ci + 1]
        sep = text[ce:ns].strip(" \t*_") or text[ce - 1 : ce]  # (a sentence's stop may end its clause)
        if sep not in (";", ".") or _own_limit().search(text, ns, ne) is not None:
            return []
        block = self.roles(text)
        starts, _ = self._role_index(text, block)
        got: list[RoleMatch] = []
        for k in range(bisect.bisect_left(starts, ns), len(block)):
            if starts[k] >= ne:
                break
            if block[k].unit.start >= ns:
                got.append(block[k])
        if not got:
            return []
        if all(r.rule == "phoi_hop_after_lead" for r in got):
            return _owners(got, "paragraph")
        if all(r.rule == "theo_doi_subject" for r in got) and len(_BARE_WORDS.findall(text, got[-1].unit.end, ne)) <= 4:
            # "...; Sở X hướng dẫn, kiểm tra.": who guides and checks that task, with no work of its own
            return _owners(got, "paragraph")
        return []

    def _closing_at(self, text: str, floor: int) -> int:
        """Where the sentence that opens the document's closing starts in the paragraph ``text``, after
        ``floor`` (the end of the paragraph when none does); read once per paragraph."""
        key = ("closing", text)
        got = self._memo.get(key)
        if got is None or got[0] > floor:
            m = _closing_sentence().search(text, floor)
            got = self._memo[key] = (floor, m.start() if m is not None else len(text))
        return int(got[1])

    def _opening_of(self, text: str) -> str | None:
        """The role verb the paragraph ``text`` opens with (see :func:`opening_role`), read once."""
        if text in self._opening:
            return self._opening[text]
        opening = opening_role(text)
        if opening is not None:
            # "3. Lãnh đạo Sở gửi danh sách ... trước ngày ...": the verb is the first word of a
            # unit's name (its leaders), the subject of the item, not a direction given
            m = _LABEL.match(text)
            start = m.end() if m else 0
            if any(u.start == start for u in self.units(text)):
                opening = None
        self._opening[text] = opening
        return opening

    def _relayed(self, text: str, before: tuple[int, int]) -> list[Assignee]:
        """The owners of a purpose clause with no subject after a report ("... báo cáo Sở Y tế (qua
        Phòng Y tế) trước ngày 20/5 để tổng hợp, báo cáo UBND tỉnh ..."): the unit the clause before
        sends it through, or else the one it sends it to."""
        got = [r for r in self._roles_in(text, before[0], before[1]) if r.role in RECIPIENT_ROLES]
        via = [r for r in got if r.role == "channel"] or got
        return _owners([RoleMatch(r.unit, "assigned", "relay", r.group) for r in via], "clause")

    def _shared(
        self, section: Section | None, text: str, start: int, pb: int, owners: list[Assignee]
    ) -> list[Assignee]:
        """"7. Các sở, ban, ngành; UBND các xã, phường" over "Các sở ... thực hiện ...; UBND các xã,
        phường xây dựng kế hoạch ...; định kỳ báo cáo ...": a closing clause with no subject, after
        clauses whose subjects are the heading's owners one by one, is all of theirs."""
        if section is None or not section.heading:
            return []
        heads = [a for a in self.heading(section) if a.role in ("lead", "assigned")]
        names = {a.canonical for a in heads}
        if len(names) < 2 or any(a.canonical not in names for a in owners if a.role in ("lead", "assigned")):
            return []
        said = {a.canonical for a in _owners(self._roles_in(text, start, pb), "paragraph")}
        said |= {a.canonical for a in owners}
        return [Assignee(a.canonical, a.role, a.raw, a.kind, "heading:shared") for a in heads] if names <= said else []

    def _aliases_for(self, text: str, start: int, end: int) -> regex.Pattern[str] | None:
        """The pattern of the short names the document defines (:func:`_term_pattern`), or None
        when ``text[start:end]`` holds none of them: each of its matches holds one, as the
        alternation ``(?i:...)`` of the names finds it. Compiled at the first clause that holds
        one (a pattern made anew costs a cold start some 13 ms: most documents need it never)."""
        if not self._alias_terms:
            return None
        if self._alias_hint is None:
            self._alias_hint = regex.transient(f"(?i:{_term_alts(self._alias_terms)})")
        if self._alias_hint.search(text, start, end) is None:
            return None
        if self._aliases is None:
            self._aliases = _term_pattern(self._alias_terms)
        return self._aliases

    def term_owner(self, text: str, start: int, end: int) -> list[Assignee]:
        """The owner a clause ``text[start:end]`` names by a defined term or a short name the
        document defines, as its subject ("Đơn vị đầu mối tổng hợp ...", "Trung tâm báo cáo ..."):
        rule ``term:owner_term`` or ``term:defined_alias``."""
        key = (text, start, end)  # (the match may reach the clause's end)
        got = self._terms.get(key)
        if got is None:
            got = []
            aliases = self._aliases_for(text, start, end)
            for pattern, rule in ((aliases, "defined_alias"), (_owner_terms(), "owner_term")):
                m = pattern.match(text, start, end) if pattern is not None else None
                if m is not None:
                    got.extend(_term_assignee(raw, rule) for raw in m.captures("term"))
                    break
            self._terms[key] = got
        return list(got)

    def _item_subject(self, section: Section | None, text: str) -> list[Assignee]:
        """The owners of a later paragraph of an item with no heading, whose label opens its first
        paragraph: that paragraph's subject ("1. Sở Nội vụ chủ trì xây dựng kế hoạch." then
        "Hoàn thành trước ngày 31/3/2026."); rule ``heading:<role rule>``, as from a heading."""
        if section is None or section.heading or not section.text:
            return []
        # (read once per paragraph of the item: every clause of it with no owner asks)
        return list(self.memo(f"item_subject:{id(section)}", text, lambda: self._read_item_subject(section, text)))

    def _read_item_subject(self, section: Section, text: str) -> list[Assignee]:
        """:meth:`_item_subject`, read."""
        first = section.text.partition("\n")[0]
        if not first or first in text:  # (the item's own paragraph, its label before it)
            return []
        return [a for a in _owners(self.roles(first), "heading") if a.role in ("lead", "assigned")]

    def _helps_lead(self, text: str, pb: int, cs: int, ce: int) -> bool:
        """Whether the subject of the clause ``text[cs:ce]`` coordinates with the lead of the
        clause before it (from ``pb``) rather than leading a task of its own."""
        if not any(r.rule == "phoi_hop_subject" for r in self._roles_from(text, cs, ce)):
            return False
        return any(
            r.rule == "phoi_hop_after_lead" and r.unit.start >= cs - pb for r in self._roles_from(text, pb, ce)
        )

    def _listed(self, text: str, start: int, end: int) -> list[RoleMatch]:
        """The units of a list that runs over ";" into the clause ``text[start:end]`` ("Đề nghị các
        sở, ban, ngành; UBND các xã, phường; các doanh nghiệp ... cập nhật ..."): the whole list
        (the recogniser's ``group``), when it began in an earlier clause."""
        if start <= 0:
            return []  # (no earlier clause: the paragraph is not read for it)
        block = self.roles(text)
        starts, group_start = self._role_index(text, block)
        lo = bisect.bisect_left(starts, start)
        i = next((k for k in range(lo, len(block)) if block[k].unit.start >= start), None)
        if i is None or block[i].unit.start >= end:
            return []
        first = block[i]
        if group_start.get(first.group, start) >= start:
            return []
        # cut at ": " inside the list ("Yêu cầu các Bộ: A, B và UBND các tỉnh báo cáo ..."): its
        # members in the clause too, as the addressing verb reads them
        upto = end if text[:start].rstrip().endswith(":") else start
        return [r for r in block if r.group == first.group and r.unit.start < upto]

    def _role_index(self, text: str, block: list[RoleMatch]) -> tuple[list[int], dict[object, int]]:
        """For the roles of a paragraph: their running maximum start (a sorted list to bisect) and
        the first start of each group; read once per paragraph, not once per clause."""
        got = self._index.get(text)
        if got is None:
            starts: list[int] = []
            top = -1
            group_start: dict[object, int] = {}
            for r in block:
                top = max(top, r.unit.start)
                starts.append(top)
                if r.unit.start < group_start.get(r.group, r.unit.start + 1):
                    group_start[r.group] = r.unit.start
            got = self._index[text] = (starts, group_start)
        return got

    # -- the unit index of the record
    def index(self, deadlines: list[Deadline]) -> list[UnitIndexEntry]:
        entries: dict[str, UnitIndexEntry] = {}
        # (each unit's sections as a set too: a unit may own hundreds of items)
        sections: dict[str, set[str]] = {}

        def entry(unit: str, role: str, section: str | None) -> UnitIndexEntry:
            if unit not in entries:
                entries[unit] = UnitIndexEntry(unit, [], [], [])
                sections[unit] = set()
            e = entries[unit]
            if role not in e.roles:
                e.roles.append(role)
            if section and section not in sections[unit]:
                sections[unit].add(section)
                e.sections.append(section)
            return e

        for d in deadlines:
            for a in d.assignees:
                entry(a.canonical, a.role, d.section).deadlines.append(d.id)

        def walk(nodes: list[Section]) -> None:
            for s in nodes:
                for a in self.heading(s):
                    entry(a.canonical, a.role, s.path)
                walk(s.children)

        walk(self.tree.roots)
        return sorted(entries.values(), key=lambda e: e.unit)
