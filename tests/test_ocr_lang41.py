"""Round 41: a scanned task table (ruled, black rules) read by Tesseract: the cell's left rule
read as a bar glued to the first word of one of the cell's lines, whatever the word's case
("|và Công nghệ", "/vụ hành chính", "/UBND các xã": the bar stayed, written "/"), the number
column's heading read "S11", and "UBND" read with a speck over its U ("ƯBND")."""

from __future__ import annotations

import pytest

from ndq57.parse.normalize import normalize
from ndq57.readers import pdf as P
from test_ocr_lang4 import _word

_WALL = [(100.0, 0.0, 800.0)]


@pytest.mark.parametrize("word", ["|và", "/vụ", "/UBND", "!các", "[Sở"])
def test_a_bar_glued_to_a_word_right_of_a_rule_is_the_rule(word: str) -> None:
    got = P._ocr_words(_word(word, 101.0, 500, 1), _WALL)
    assert "".join(g.ch for g in got) == word[1:]


@pytest.mark.parametrize(
    ("word", "x", "walls"),
    [
        ("/UBND", 140.0, _WALL),  # (far from the rule: the text's own slash)
        ("/UBND", 101.0, []),  # (no rule found in the image)
        ("/UBND", 101.0, [(100.0, 600.0, 800.0)]),  # (the rule does not run beside the line)
        ("/", 101.0, _WALL),  # (a bar alone is dropped by the older rule, not this one: one word)
    ],
)
def test_a_bar_away_from_any_rule_stays(word: str, x: float, walls: list[tuple[float, float, float]]) -> None:
    got = "".join(g.ch for g in P._ocr_words(_word(word, x, 500, 1), walls))
    assert got == ("" if word == "/" else word)


def test_a_scans_header_and_unit_slips() -> None:
    norm = normalize("| S11 | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Văn phòng ƯBND tỉnh |\n")
    assert norm.text == "| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Văn phòng UBND tỉnh |\n"
    # (a cell that only starts so, or the word in running text with other letters, stays)
    assert normalize("| S11B | Nhiệm vụ |\n").text == "| S11B | Nhiệm vụ |\n"
