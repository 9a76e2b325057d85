"""The short paths of the normaliser's header-word step and of the layout's list-item test give
what the readings they stand for give: the header words read run by run over every word of the
line (as the step was written first), the "item_start" pattern tried on every line."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ndq57.parse import layout, syllables
from ndq57.parse import normalize as norm
from ndq57.parse.sections import glued_letter_item

FIXTURES = Path(__file__).parent / "fixtures"


def _header_words_run_by_run(text: str, style: str) -> list[Any]:
    """:func:`ndq57.parse.normalize.ocr_header_words` read the long way: every word of a run's
    line read at once, each header phrase tried in turn, nothing remembered between runs."""
    vocab, prefixes = norm._header_vocab()
    edits: list[Any] = []
    done = -1
    spans = [m.span() for m in norm._UPPER_RUN.finditer(text)] + norm._line_openers(text)
    for a, b in sorted(spans):
        if a < done or not any(norm._skeleton(w) in vocab for w in norm._WORD.findall(text[a:b])):
            continue
        start = text.rfind("\n", 0, a) + 1
        end = text.find("\n", a)
        words = list(norm._WORD.finditer(text, start, len(text) if end < 0 else end))
        k = next((i for i, w in enumerate(words) if w.end() > a), len(words))
        while k < len(words) and words[k].group()[:1].isupper():
            run = 0
            for phrase in vocab.get(norm._skeleton(words[k].group()), ()):
                found = [w.group() for w in words[k : k + len(phrase)]]
                if len(found) < len(phrase):
                    continue
                upper = norm._all_caps(tuple(phrase))
                if found == phrase:
                    if upper or found[0][:1].isupper():
                        run = len(phrase)
                        break
                    continue
                if any(norm._skeleton(f) != norm._skeleton(p) for f, p in zip(found, phrase, strict=True)):
                    continue
                letters = [c for f in found for c in f if c.isalpha()]
                if upper and sum(c.isupper() for c in letters) < 0.85 * len(letters):
                    continue
                if not upper and not found[0][:1].isupper():
                    continue
                run = len(phrase)
                changed = [(w, p) for w, p in zip(words[k : k + run], phrase, strict=True) if not norm._same_word(w.group(), p)]
                others = itertools.chain(words[:k], words[k + run :])
                alone = all(o.group() in prefixes for o in others)
                sure = upper and len(phrase) >= 3  # (three upper-case words or more: wherever they stand)
                if changed and (alone or sure or not all(syllables.is_syllable(f) for f in found)):
                    for w, p in changed:
                        repl = p.upper() if upper else norm._case_like(w.group(), p)
                        repl = norm._restyle(repl, norm._style_for(w.group(), style))
                        edits.append((w.start(), w.end(), repl, "ocr_header_word"))
                break
            if run:
                done = words[k + run - 1].end()
            k += run or 1
    return edits


# header and sign-off pieces, right and garbled as an OCR engine leaves them, and plain text
HEADER_PIECES = [
    "ỦY BAN NHÂN DÂN", "UY BAN NHÂÁN DÁN", "ỦY BAN NHÂN DÁN", "UỶ BAN NHÂN DÂN", "TM.", "KT.", "TM. ", "T/M ",
    "QUYẾT ĐỊNH", "QUYÉT ĐỊNH", "QUYÊT ĐINH", "Quyết định", "CHỦ TỊCH", "CHU TICH", "CHỦ TỊCH", "PHÓ CHỦ TICH",
    "Nơi nhận", "Noi nhận", "Nơi nhân", "Kính gửi", "Kinh gửi", "KẾ HOẠCH", "Kế hoạch", "KÉ HOẠCH", "BÍ THƯ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI", "Độc lập",
    "Độc lập - Tự do - Hạnh phúc", "Đôc lập - Tư do - Hanh phúc", "GIÁM ĐỐC", "GIAM ĐÔC", "THÔNG BÁO", "Thông báo",
    "Sở Nội vụ", "các đơn vị", "UBND TỈNH", "Thực hiện", "*", "**", "_", "\n", "\n\n", " ", "  ", "\t", ",", ".",
    " - ", ":", "ỦY", "BAN", "X", "Ủy", "y ban",
]
header_text = st.lists(st.sampled_from(HEADER_PIECES), max_size=24).map("".join)


def _fixture_texts() -> list[str]:
    return [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))]


def test_header_words_of_the_fixtures_are_those_read_run_by_run() -> None:
    for text in _fixture_texts():
        for style in ("old", "new", "keep"):
            assert norm.ocr_header_words(text, style) == _header_words_run_by_run(text, style)


@settings(max_examples=200, deadline=None)
@given(header_text, st.sampled_from(["old", "new", "keep"]))
@example("TM. UY BAN NHÂÁN DÁN", "old")
@example("TM. ỦY BAN NHÂN DÁN\nKT. CHU TICH", "new")
@example("Căn cứ TM. UY BAN NHÂN DÂN\nNoi nhận:", "old")
@example("UY BAN NHÂN DÂN TM. X\n  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "keep")
def test_header_words_are_those_read_run_by_run(text: str, style: str) -> None:
    assert norm.ocr_header_words(text, style) == _header_words_run_by_run(text, style)


# line starts the "item_start" pattern looks at, and others
ITEM_PIECES = [
    "-", "+", "•", "–", "(", ")", "1", "12", "123", "1234", ".", "2.3", "a", "b", "đ", "x", "z", "A", "I", "IV",
    "V", "X", "L", "C", "M", "P", "Phần", "Chương", "Mục", "Điều", "PHẦN", "CHƯƠNG", "MỤC", "ĐIỀU", "Giao", "các",
    " ", "\t", "\u00a0", "\u3000", "\u0663", "\uff13", "²", "ⅳ", "Ⅳ", "ſ", "K", "[1]", "*", "_", "|",
]
item_text = st.lists(st.sampled_from(ITEM_PIECES) | st.text(max_size=3), max_size=8).map("".join)


@settings(max_examples=100, deadline=None)  # (half: the full count reaches no more of ndq57's code)
@given(item_text)
@example("a) Sở Nội vụ")
@example("đ- x")
@example("IV. MỤC TIÊU")
@example("a.Phần-")
def test_starts_item_answers_as_the_pattern(text: str) -> None:
    want = layout._patterns()["item_start"].match(text) is not None
    if text[:1].isascii() and text[:1].islower() and text[1:2] == "." and text[2:3].isalpha():
        want = want and glued_letter_item(text)  # (a glued letter only before a Vietnamese word)
    assert layout._starts_item(text) == want


def test_starts_item_on_the_fixture_lines() -> None:
    for text in _fixture_texts():
        for line in text.split("\n"):
            for piece in (line, line.strip()):
                assert layout._starts_item(piece) == (layout._patterns()["item_start"].match(piece) is not None)


GAP_PIECES = ["ỦY BAN", "CỘNG HÒA", " ", "   ", "    ", "     ", "\t", "\t ", " \t", "\u00a0", "\u3000", "|", "x", "\n"]


@settings(max_examples=100, deadline=None)  # (half: the full count reaches no more of ndq57's code)
@given(st.lists(st.sampled_from(GAP_PIECES) | st.text(max_size=3), max_size=10).map("".join))
@example("ỦY BAN    CỘNG HÒA")
@example("ỦY BAN\tCỘNG HÒA")
def test_column_gap_test_answers_as_the_pattern(text: str) -> None:
    assert layout._has_column_gap(text) == (layout._COLUMN_GAP.search(text) is not None)
