"""The short paths of the unit recogniser and of the owners read what the full readings they
stand for read: the role triggers looked up by phrase (only a phrase with words it may not stand
beside has its neighbours read), the places of a scan indexed when a clause first asks, and the
"two words or more" test of a clause. Each is compared with the reading it replaces, on the
paragraphs of the fixtures and seed documents and on generated text made of the trigger phrases,
the words around them and units."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, seeds_or_fail, spread
from ndq57.extract import owners, units


def _paragraphs(folder: Path, most: int | None = None) -> Iterator[str]:
    paths = sorted(folder.glob("*.txt"))
    for path in paths if most is None else spread(paths, most):
        for para in re.split(r"\n[ \t]*\n", path.read_text(encoding="utf-8")):
            if para.strip():
                yield para[:4000]


def _hits_in_full(folded: str, found: list[units._Cand]) -> list[units._Hit]:
    """Every trigger with the words around it read from the dictionaries of each kind (what
    units._hits read for every phrase before it looked phrases up once)."""
    t = units._triggers()
    taken = bytearray(len(folded) + 1)
    for u in found:
        taken[u.start : u.end] = b"\x01" * (u.end - u.start)
    unit_starts = {u.start for u in found}
    out: list[units._Hit] = []
    for m in t.pattern.finditer(folded):
        start, end = m.span()
        if taken.find(1, start, end) >= 0:
            continue
        p = " ".join(m.group().split()) if not m.group().isalpha() else m.group()
        if p in t.unit_next and (g := units._UNIT_GAP.match(folded, end)) is not None and g.end() not in unit_starts:
            continue
        through, not_before, not_after = t.through.get(p), t.not_before.get(p), t.not_after.get(p)
        if through or not_before:
            prev = units._WORD.findall(folded, max(0, start - 24), start)
            prev_w = prev[-1] if prev else ""
            if through and prev_w in through:
                continue
            if not_before and (prev_w in not_before or " ".join(prev[-2:]) in not_before):
                out.append(units._Hit(start, end, units._VOID))
                continue
        nxt = units._WORD.match(folded, end + 1) if not_after and end < len(folded) and folded[end] == " " else None
        if nxt and not_after:
            nxt2 = units._WORD.match(folded, nxt.end() + 1)
            two = nxt.group() + (" " + nxt2.group() if nxt2 and folded[nxt.end() : nxt.end() + 1] == " " else "")
            if (nxt.group() in not_after or two in not_after) and nxt.start() not in unit_starts:
                out.append(units._Hit(start, end, units._VOID))
                continue
        out.append(units._Hit(start, end, p))
    return out


def _check_hits(text: str) -> None:
    folded, _, found = units._find(text)
    assert units._hits(folded, found) == _hits_in_full(folded, found), text
    assert units._hits(folded, []) == _hits_in_full(folded, []), text


def test_trigger_lookup_covers_every_phrase_with_neighbours() -> None:
    t = units._triggers()
    for p in set(t.before) | set(t.after):
        needs = p in t.unit_next or bool(t.through.get(p) or t.not_before.get(p) or t.not_after.get(p))
        assert (p in t.context) == needs, p
        assert (p in t.phrases) == (" ".join(p.split()) == p), p


@pytest.mark.parametrize("folder", ["fixtures", "seeds"])
def test_triggers_of_documents_as_read_in_full(folder: str) -> None:
    # (the seeds whole; 160 fixtures spread over them all, not every one: the fixtures keep growing)
    for text in _paragraphs(FIXTURES, 160) if folder == "fixtures" else _paragraphs(seeds_or_fail()):
        _check_hits(text)


def _trigger_pieces() -> list[str]:
    t = units._triggers()
    pieces = sorted(p for p in set(t.before) | set(t.after) if p != units._VOID)
    for words in (t.through, t.not_before, t.not_after):
        pieces += sorted({w for ws in words.values() for w in ws})
    return pieces


PIECES = [
    *_trigger_pieces(),
    "Sở Tài chính", "UBND tỉnh", "Ban Thường vụ", "các sở, ban, ngành", "cùng", "ngày", " ", " ", "  ", "\n", ", ",
    "; ", ". ", "báo\ncáo", "phối  hợp", "Giao", "Đề nghị", "x", "7",
]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24).map(" ".join))
def test_triggers_of_generated_text_as_read_in_full(text: str) -> None:
    _check_hits(text)


def test_inside_is_any_place_over_the_position() -> None:
    for text in _paragraphs(FIXTURES):
        found = units.scan(text)
        over = {pos for s, e in found.places for pos in range(s + 1, e)}  # (s < pos < e for some place)
        for pos in range(len(text) + 1):
            assert units._inside(found, pos) == (pos in over), (text, pos)


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet="ab đ,.;1 \n-", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_two_words_is_a_count_of_two(text: str, a: int, b: int) -> None:
    assert owners._two_words(text, a, b) == (len(owners._WORD.findall(text, a, b)) > 1)


def test_every_title_holds_a_needed_word() -> None:
    pg = units._gazetteer().persons
    assert pg.needs
    for title in pg.written:
        assert set(title.split()) & set(pg.needs), title
    assert units._cover(["a b", "b c", "d", "d  e"]) == ("b", "d")


@pytest.mark.parametrize("folder", ["fixtures", "seeds"])
def test_texts_skipped_for_titles_hold_none(folder: str) -> None:
    pg = units._gazetteer().persons
    skipped = 0
    for text in _paragraphs(FIXTURES if folder == "fixtures" else seeds_or_fail()):
        folded = units._fold(text)[0]
        if not any(w in folded for w in pg.needs):
            skipped += 1
            assert pg.titles.search(folded) is None, text
    assert skipped


TITLE_PIECES = [
    *(t.replace(" ", "\n", 1) for t in sorted(units._gazetteer().persons.written)),
    *sorted(units._gazetteer().persons.written),
    "Bộ", "Tài chính", "UBND tỉnh", "trưởn", "phố", "chủ trì", " ", "  ", "\n", ", ",
]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=12).map(" ".join))
def test_generated_texts_skipped_for_titles_hold_none(text: str) -> None:
    pg = units._gazetteer().persons
    folded = units._fold(text)[0]
    if not any(w in folded for w in pg.needs):
        assert pg.titles.search(folded) is None, text


def test_headings_read_once_per_section_as_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Owners.headings`` (kept per section) gives what walking up the tree gives, each time."""
    import ndq57
    from ndq57.extract import deadlines
    from ndq57.model import Section

    made: list[owners.Owners] = []

    class Recorded(owners.Owners):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(deadlines, "Owners", Recorded)
    for path in sorted(FIXTURES.glob("*.txt"))[:12]:
        ndq57.parse(path.read_text(encoding="utf-8"))
    assert made
    for own in made:
        sections: list[Section | None] = [None]
        stack = list(own.tree.roots)
        while stack:
            sec = stack.pop()
            sections.append(sec)
            stack.extend(sec.children)
        for sec_or_none in sections * 2:
            want: list[str] = []
            node = sec_or_none
            while node is not None:
                if node.heading:
                    want.append(node.heading.lower())
                node = own.parents.get(id(node))
            assert own.headings(sec_or_none) == " | ".join(want)


_BOUNDARY_READ_IN_FULL = re.compile(r";|[.!?](?=[\s*_]|$)|\n")
SCAN_PIECES = [*PIECES, ".", "!", "?", ";", "*", "_", ". ", ".x", "?\n", "!*", "đ", "\x00", "²"]


def _check_scans(text: str) -> None:
    t = units._triggers()
    folded = units._fold(text)[0]
    # the trigger scan with its first characters' look-behinds moved, and the boundary class
    assert [m.span() for m in t.scan.finditer(folded)] == [m.span() for m in re.finditer(t.pattern.pattern, folded)]
    assert [m.start() for m in units._BOUNDARY.finditer(folded)] == [
        m.start() for m in _BOUNDARY_READ_IN_FULL.finditer(folded)
    ]


@pytest.mark.parametrize("folder", ["fixtures", "seeds"])
def test_scans_of_documents_as_read_in_full(folder: str) -> None:
    for text in _paragraphs(FIXTURES if folder == "fixtures" else seeds_or_fail()):
        _check_scans(text)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=24).map("".join))
def test_scans_of_generated_text_as_read_in_full(text: str) -> None:
    _check_scans(text)


def test_owners_without_the_headings_are_the_texts_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """``for_clause(..., inherit=False)`` (asked for an item that opens with no verb of work) gives
    what the full reading gives whenever the text names an owner itself, and no owner from the
    headings otherwise: the undated items read the same either way."""
    import ndq57
    from ndq57.extract import deadlines

    calls: list[tuple[owners.Owners, tuple[Any, ...]]] = []

    class Recorded(owners.Owners):
        def for_clause(self, *args: Any, inherit: bool = True) -> owners.ClauseOwners:
            calls.append((self, args))
            return super().for_clause(*args, inherit=inherit)

    monkeypatch.setattr(deadlines, "Owners", Recorded)
    # (120 fixtures spread over them all: many items are needed, not every document)
    for path in spread(list(FIXTURES.glob("*.txt")), 120):
        ndq57.parse(path.read_text(encoding="utf-8"))
    assert len(calls) > 200
    kinds = {"clause", "paragraph"}
    for own, args in calls:
        full = owners.Owners.for_clause(own, *args)
        short = owners.Owners.for_clause(own, *args, inherit=False)
        named = [a for a in full.owners if a.rule.split(":", 1)[0] in kinds]
        assert [a for a in short.owners if a.rule.split(":", 1)[0] in kinds] == named
        if owners.has_owner(named):
            assert short == full
        else:
            assert not any(a.rule.split(":", 1)[0] in ("heading", "intro") for a in short.owners)


def test_term_owner_memo_keyed_by_the_clause_end() -> None:
    """``Owners.term_owner`` keeps what it read per clause: a clause cut before the term ends (read
    first) and the whole clause from the same place are two clauses, each read as itself."""
    from ndq57.model import Header
    from ndq57.parse.sections import SectionTree

    own = owners.Owners([], SectionTree(roots=[], owner=[]), Header())
    text = "Đơn vị đầu mối tổng hợp kết quả, báo cáo trước ngày 15/7/2026."
    cut = text.index("mối")
    assert own.term_owner(text, 0, cut) == []
    got = own.term_owner(text, 0, len(text))
    assert [(a.unit, a.rule) for a in got] == [("Đơn vị đầu mối", "term:owner_term")]
    assert own.term_owner(text, 0, cut) == []
