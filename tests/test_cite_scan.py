"""The one scan of :func:`find_all_citations` over the joined texts of a document gives what
:func:`find_citations` gives text by text: no citation crosses from one text into the next
(its type word, number, date and issuer split over two blocks), none is lost at a text's edge,
and each keeps its own text's line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57.model import Citation, Warning
from ndq57.parse import citations
from ndq57.parse.citations import find_all_citations, find_citations

FIXTURES = Path(__file__).parent / "fixtures"

# pieces of citations (and their neighbours) that a text may start or end with
PIECES = [
    "Nghị quyết",
    "Nghị quyết số",
    "Kế hoạch số ",
    "Công văn số",
    "số",
    "Số: ",
    "57-NQ/TW",
    "51/KH-UBND",
    "30/2020/NĐ-CP",
    "6006/BGDĐT",
    "12- HD/BTCTW",
    "27/NQ- TW",
    "66.4/2025/NQ-CP",
    ", ngày 22/12/2024",
    " ngày 5 tháng 3 năm 2026",
    "ngày 31/02/2025",
    "của",
    " của Bộ Chính trị",
    "Ban Thường vụ Tỉnh ủy",
    " và ",
    ", ",
    " ",
    "\n",
    "\x00",
    "/",
    "-",
    ".",
    "Thông báo",
    "Sở Nội vụ",
    "năm 2026",
    "2024",
    "(",
    ")",
    ":",
]
piece = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def _per_text(pieces: list[tuple[str, int]]) -> tuple[list[Citation], list[Warning]]:
    found: list[Citation] = []
    warns: list[Warning] = []
    for text, line in pieces:
        got, w = find_citations(text, lambda _o, n=line: n)
        found += got
        warns += w
    return found, warns


@settings(max_examples=200, deadline=None)
@given(st.lists(piece, max_size=6))
@example(["Thực hiện Nghị quyết số", "57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"])
@example(["Căn cứ Kế hoạch số 51/KH-UBND", "ngày 5 tháng 3 năm 2026"])
@example(["Thông báo 12/TB-VPCP của", "Ban Thường vụ Tỉnh ủy"])
@example(["Công văn số", "6006/BGDĐT"])
@example(["theo Nghị quyết 57-NQ/TW", "/2025 của Bộ"])
@example(["Nghị quyết số2024", "57-NQ/TW"])
@example(["Nghị quyết số 2024", "ngày 22/12/2024"])
def test_one_scan_finds_what_each_text_holds(texts: list[str]) -> None:
    pieces = [(t, k + 1) for k, t in enumerate(texts)]
    assert find_all_citations(pieces) == _per_text(pieces)


def test_one_scan_over_the_fixtures_paragraphs() -> None:
    paragraphs: list[tuple[str, int]] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        paragraphs += [(p, k) for k, p in enumerate(path.read_text(encoding="utf-8").split("\n\n"))]
    want = _per_text(paragraphs)
    assert len(want[0]) > 50
    assert find_all_citations(paragraphs) == want
    # each text's line_at is asked with offsets into that text (here: the offset is the line)
    at_offset = [(p, lambda o: o) for p, _ in paragraphs]
    per_text = [c for p, at in at_offset for c in find_citations(p, at)[0]]
    assert any(c.line > 0 for c in per_text)
    assert find_all_citations(at_offset)[0] == per_text


# symbols at the longest way from the hint's digit to the "/" (a letter after the number, blanks
# around the dash, a type of six letters, a blank before the slash), and text before them
FAR_PIECES = [
    "57a - Nabcde /TW",
    "57 - NQabcd /TW",
    "5a–Kxyzuv/BTCTW",
    "66.4/2025/NQ-CP",
    "12/2020/QH14",
    "6006/BGDĐT",
    "Nghị quyết số ",
    "Công văn số:",
    "số ",
    " ",
    "\n",
    "2024-K",
    "1-",
    "/",
    "-",
    "a",
    "Đ",
    "ngày 5/3/2026",
    "của Bộ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FAR_PIECES), max_size=10).map("".join), st.integers(min_value=0, max_value=30))
@example("Nghị quyết số 57a - Nabcde /TW", 0)
@example("x 57a - Nabcde /TW", 2)
def test_search_started_late_finds_the_pattern_match(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    want = citations._pattern().search(text, pos)
    got = citations._search(text, pos)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
