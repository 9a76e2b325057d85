"""The roles of a clause read from the units of its paragraph (units.roles_in) must be exactly
those found by reading the clause alone (units.assign_roles): on every clause and run of clauses
of the fixtures and seed documents, on cuts at every place where a clause may start or end, on
cuts where a unit runs over the cut (an enumeration over ";" or ":"), and on random texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, seeds_or_fail, spread
from ndq57.extract import units
from ndq57.extract.deadlines import _clauses

_STARTS = re.compile(r"[;.!?:][ \t\r\n]*")
_ENDS = re.compile(r";|(?<=[.!?])")


def _paragraphs(folder: Path, most: int | None = None) -> Iterator[str]:
    paths = sorted(folder.glob("*.txt"))
    for path in paths if most is None else spread(paths, most):
        for para in re.split(r"\n[ \t]*\n", path.read_text(encoding="utf-8")):
            if para.strip():
                yield para[:6000]


def _cuts(text: str, rng: random.Random) -> set[tuple[int, int]]:
    """The clauses and runs of clauses of ``text``, and random pairs of places where a clause
    may start and end (after ";.!?:" and blanks; before ";" or after ".!?")."""
    spans = _clauses(text)
    out = {(a, b) for a, b in spans}
    out |= {(spans[i][0], spans[j][1]) for i in range(len(spans)) for j in range(i + 1, min(len(spans), i + 4))}
    starts = [0] + [m.end() for m in _STARTS.finditer(text)]
    ends = [len(text)] + [m.start() for m in _ENDS.finditer(text)]
    for _ in range(min(30, 3 * len(starts))):
        a, b = rng.choice(starts), rng.choice(ends)
        if a < b:
            out.add((a, b))
    for _ in range(3):  # anywhere at all: read again, the same
        a = rng.randrange(len(text))
        out.add((a, rng.randrange(a, len(text) + 1)))
    return out


def _check(texts: Iterator[str]) -> int:
    """Compare the two readings on the cuts of ``texts``; the number of cuts read from the
    paragraph's units."""
    rng = random.Random(57)
    derived = 0
    for text in texts:
        found = units.scan(text)
        assert units.roles_of(found) == units.assign_roles(text)
        for a, b in sorted(_cuts(text, rng)):
            assert units.roles_in(found, a, b) == units.assign_roles(text[a:b]), (text[a:b], a, b)
            if units._cut_off(text, a, b) and not (units._inside(found, a) or units._inside(found, b)):
                derived += 1
    return derived


def test_fixture_clauses() -> None:
    # (120 fixtures spread over them all: many clauses are needed, not every document — the
    # fixtures keep growing)
    assert _check(_paragraphs(FIXTURES, 120)) > 200  # (most cuts are read from the paragraph)


def test_seed_clauses() -> None:
    assert _check(_paragraphs(seeds_or_fail())) > 200


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # an enumeration runs over ";" and over ": ": the clause is read again
        ("Giao các Bộ: Tài chính; Y tế chủ trì, phối hợp với Sở Nội vụ", ";"),
        ("Đề nghị Ủy ban nhân dân các tỉnh: Quảng Trị, Huế chủ trì thực hiện", ":"),
        # a list written in capitals that ends at the cut; a title and its lead word over a line break
        ("Yêu cầu các Sở, Ban: triển khai ngay. Công an tỉnh phối hợp", ":"),
        ("Kính gửi đồng chí\nGiám đốc Sở Tài chính; Sở Xây dựng chủ trì", "\n"),
        ("Sở Tư pháp chủ trì. Sở Nội vụ, Sở Tài chính phối hợp thẩm định; báo cáo UBND tỉnh.", "."),
    ],
)
def test_cuts_over_units(text: str, cut: str) -> None:
    found = units.scan(text)
    at = text.index(cut)
    for a, b in [(0, at), (0, at + 1), (at + 1, len(text)), (at + 2, len(text)), (0, len(text))]:
        if a < b:
            assert units.roles_in(found, a, b) == units.assign_roles(text[a:b]), (a, b)


_PIECES = [
    "Sở Tài chính", "UBND tỉnh", "các sở, ban, ngành", "Giao", "chủ trì", "phối hợp với", "các Bộ:",
    "Tài chính", "Y tế", "Giám đốc", "đồng chí", "Ban Chỉ đạo tỉnh", "báo cáo", "trước ngày 15/3",
    "Văn phòng Tỉnh ủy", "Công an tỉnh", "và", "theo dõi", "Phòng Kinh tế", "các xã, phường",
]  # fmt: skip
_GLUE = [" ", " ", ", ", "; ", ". ", ": ", "\n", " - ", "; và "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), min_size=1, max_size=14),
    st.data(),
)
def test_random_texts(parts: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(p + g for p, g in parts).rstrip()
    found = units.scan(text)
    starts = [0] + [m.end() for m in _STARTS.finditer(text)]
    ends = [len(text)] + [m.start() for m in _ENDS.finditer(text)]
    for _ in range(4):
        a, b = data.draw(st.sampled_from(starts)), data.draw(st.sampled_from(ends))
        if a < b:
            assert units.roles_in(found, a, b) == units.assign_roles(text[a:b]), (text, a, b)
