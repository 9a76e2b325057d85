"""The header's line patterns tried only on lines that start as they must answer as the
patterns themselves (tried on every line) do."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57.data import load
from ndq57.parse import header
from ndq57.parse.layout import Line

FIXTURES = Path(__file__).parent / "fixtures"

# starts and pieces of header lines, odd letters and digits among them: a Kelvin sign (a "k" when
# case is ignored), a long s, a dotted capital I, Arabic-Indic and full-width digits
STARTS = [
    "",
    " ",
    "Số",
    "SỐ",
    "So",
    "số",
    "V/v",
    "V/V",
    "Về việc",
    "VỀ VIỆC",
    "về việc",
    "Kính gửi",
    "KÍNH GỬI",
    "kính gửi",
    "\u212aính gửi",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "CÔNG",
    "- ",
    "+ ",
    "• ",
    "– ",
    "—",
    "(1)",
    "1.",
    "12)",
    "123-",
    "\u0663.",
    "\uff13.",
    "IV. ",
    "XI- ",
    "C. ",
    "L ",
    "İ",
    "ſ",
    "a)",
    "Nơi nhận",
    "PHỤ LỤC",
    "Phụ lục",
    "PHU\u0323 LU\u0323C",  # (decomposed: not the letters the pattern names)
    "** Phụ lục",
    "#PHỤ LỤC II",
    "KẾ HOẠCH",
    "THÔNG BÁO KẾT LUẬN",
    "Kế hoạch",
]
PIECES = [" ", "  ", ":", ".", " điện:", " ĐIỆN :", " Điện:", "gửi", "12/KH-UBND", "Sở Nội vụ", "\t", "-", "\u00a0", " I", "*"]
line = st.tuples(st.sampled_from(STARTS), st.lists(st.sampled_from(PIECES), max_size=5).map("".join)).map("".join)

GATED = {
    "subject": header._subject,
    "number": header._number,
    "kinh_gui": header._kinh_gui,
    "item": header._item,
    "numbered": header._numbered,
    "heading": header._heading,
}


def _same(text: str) -> None:
    rx = header._rx()
    for name, gated in GATED.items():
        want = rx[name].match(text)
        got = gated(text)
        assert (got.span() if got else None) == (want.span() if want else None), (name, text)
    assert header._unitem(text) == rx["item"].sub("", text, count=1), text
    assert header._appendix_heading(text) == (header._APPENDIX.match(text) is not None), text


@settings(max_examples=200, deadline=None)
@given(line)
@example("\u212aính gửi: Sở Nội vụ")
@example("THỦ TƯỚNG CHÍNH PHỦ điện:")
@example("\u0663. Mục tiêu")
def test_gated_patterns_answer_as_the_patterns(text: str) -> None:
    _same(text)


def test_gated_patterns_on_the_fixture_lines() -> None:
    seen = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        for text in path.read_text(encoding="utf-8").split("\n"):
            _same(text)
            _same(text.strip())
            seen += 1
    assert seen > 1000


TITLE_PIECES = [
    "CỘNG HÒA XÃ HỘI",
    "CHỦ NGHĨA VIỆT NAM",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "ĐẢNG CỘNG SẢN",
    "VIỆT NAM",
    ", ",
    ";",
    " ",
    "  ",
    "\t",
    "ß",
    "Sở Nội vụ tỉnh",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
]
title_line = st.lists(st.sampled_from(TITLE_PIECES), max_size=4).map("".join)


def _plain_title_at(top: list[Line], titles: set[str]) -> int | None:
    for j, ln in enumerate(top):
        if ln.kind != "text":
            continue
        up = header._upper_clean(ln.text)
        nxt = top[j + 1].text if j + 1 < len(top) and top[j + 1].kind == "text" else ""
        if up in titles or (nxt and header._clean(f"{up} {nxt.upper()}") in titles):
            return j
    return None


@settings(max_examples=200, deadline=None)
@given(st.lists(title_line, max_size=6))
@example(["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"])
@example(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ", ;"])
@example(["ĐẢNG CỘNG SẢN", "VIỆT NAM"])
def test_national_title_found_as_every_line_joined_with_the_next(texts: list[str]) -> None:
    data = load("doctypes")
    titles = {t.upper() for t in data["national_titles"]["party"] + data["national_titles"]["state"]}
    top = [Line(k + 1, t, "text" if t.strip() else "blank") for k, t in enumerate(texts)]
    assert header._national_title_at(top, titles) == _plain_title_at(top, titles)
