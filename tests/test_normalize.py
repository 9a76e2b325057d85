from __future__ import annotations

import quopri
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import load_yaml
from ndq57.model import Fix
from ndq57.parse.normalize import Normalized, normalize

CASES = Path(__file__).resolve().parent / "cases" / "slips.yaml"
_DATA: dict[str, list[dict[str, Any]]] = load_yaml(CASES)


def _params(group: str) -> list[Any]:
    marks = [pytest.mark.xfail(strict=True)] if group == "known_failure" else []
    return [pytest.param(c, id=f"{group}-{i}", marks=marks) for i, c in enumerate(_DATA[group])]


def _check_positions(text: str, result: Normalized) -> None:
    lines = unicodedata.normalize("NFC", text).split("\n")
    for f in result.fixes:
        assert 1 <= f.line <= len(lines), f
        assert lines[f.line - 1][f.start : f.end] == f.original, f


def _run_case(case: dict[str, Any]) -> None:
    text = case["input"]
    result = normalize(text, tone_style=case.get("tone_style", "old"))
    expected = case.get("expected", unicodedata.normalize("NFC", text))
    assert result.text == expected
    if "rules" in case:
        assert [f.rule for f in result.fixes] == case["rules"]
    suspects = case.get("suspects", [])
    assert len(result.suspects) == len(suspects), result.suspects
    for word, w in zip(suspects, result.suspects, strict=True):
        assert w.code == "suspect_slip"
        assert f"'{word}'" in w.message
        assert w.line is not None and f"line {w.line}" in w.message
    _check_positions(text, result)
    again = normalize(result.text, tone_style=case.get("tone_style", "old"))
    assert again.text == result.text
    assert again.fixes == []


def test_case_file_is_large_enough() -> None:
    assert sum(len(v) for v in _DATA.values()) >= 50
    assert set(_DATA) == {"real", "synthetic", "negative", "known_failure"}


@pytest.mark.parametrize("case", _params("real") + _params("synthetic"))
def test_cases(case: dict[str, Any]) -> None:
    _run_case(case)


@pytest.mark.parametrize("case", _params("negative"))
def test_negative_cases_stay_unchanged(case: dict[str, Any]) -> None:
    result = normalize(case["input"])
    assert result.text == case["input"]
    assert result.fixes == []
    assert result.suspects == []


@pytest.mark.parametrize("case", _params("known_failure"))
def test_known_failures(case: dict[str, Any]) -> None:
    _run_case(case)


# ---------------------------------------------------------------- tone style


@pytest.mark.parametrize(
    ("word", "old", "new"),
    [
        ("hoá", "hóa", "hoá"),
        ("hóa", "hóa", "hoá"),
        ("Uỷ", "Ủy", "Uỷ"),
        ("THUỶ", "THỦY", "THUỶ"),
        ("khoẻ", "khỏe", "khoẻ"),
        ("hoàng", "hoàng", "hoàng"),
        ("hòang", "hoàng", "hoàng"),
        ("toán", "toán", "toán"),
        ("khuyến", "khuyến", "khuyến"),
        ("thuyền", "thuyền", "thuyền"),
        ("quý", "quý", "quý"),
        ("quả", "quả", "quả"),
        ("quỳ", "quỳ", "quỳ"),
        ("giỏi", "giỏi", "giỏi"),
        ("huýt", "huýt", "huýt"),
        ("ngoài", "ngoài", "ngoài"),
    ],
)
def test_tone_styles(word: str, old: str, new: str) -> None:
    assert normalize(word).text == old
    assert normalize(word, tone_style="old").text == old
    assert normalize(word, tone_style="new").text == new
    assert normalize(word, tone_style="keep").text == word


def test_one_fix_per_changed_syllable() -> None:
    result = normalize("Hoá học và thuỷ văn", tone_style="old")
    assert result.fixes == [
        Fix("tone_style", "Hoá", "Hóa", 1, 0, 3),
        Fix("tone_style", "thuỷ", "thủy", 1, 11, 15),
    ]


def test_keep_style_changes_nothing_but_slips() -> None:
    result = normalize("Hoá học, hòa bình, Đăk Lăk", tone_style="keep")
    assert result.text == "Hoá học, hòa bình, Đắk Lắk"
    assert [f.rule for f in result.fixes] == ["slip_place_name"]


def test_unknown_tone_style_does_not_raise() -> None:
    assert normalize("hoá", tone_style="bogus").text == "hoá"


# ---------------------------------------------------------------- fix=False, NFC, positions


def test_no_fix_keeps_text_but_applies_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Đăk Lăk, Uỷ ban, tinh\u00a0")
    result = normalize(nfd, fix=False)
    assert result.text == unicodedata.normalize("NFC", nfd)
    assert result.fixes == []
    assert result.suspects == []


def test_nfd_input_positions_are_in_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "Ngày 5, Ban Chỉ đạo tinh họp\nsức khoẻ")
    result = normalize(text)
    assert result.text == "Ngày 5, Ban Chỉ đạo tỉnh họp\nsức khỏe"
    assert result.fixes == [
        Fix("slip_diacritic", "tinh", "tỉnh", 1, 20, 24),
        Fix("tone_style", "khoẻ", "khỏe", 2, 4, 8),
    ]
    _check_positions(text, result)


def test_positions_after_dropped_invisible_chars() -> None:
    text = "\ufeffa\u200b\u200bb Đăk Lăk\nx \u200bhoá"
    result = normalize(text)
    assert result.text == "ab Đắk Lắk\nx hóa"
    _check_positions(text, result)
    place = next(f for f in result.fixes if f.rule == "slip_place_name")
    assert (place.line, place.start, place.end) == (1, 6, 13)
    tone = next(f for f in result.fixes if f.rule == "tone_style")
    assert (tone.line, tone.start, tone.end, tone.original) == (2, 3, 6, "hoá")


def test_invisible_char_inside_a_word_is_part_of_the_fix() -> None:
    result = normalize("Đăk\u200b Lăk")
    assert result.text == "Đắk Lắk"
    slip = [f for f in result.fixes if f.rule == "slip_place_name"]
    assert slip == [Fix("slip_place_name", "Đăk\u200b Lăk", "Đắk Lắk", 1, 0, 8)]


def test_line_count_never_changes_on_crlf_and_blank_lines() -> None:
    text = "Đăk Lăk\r\n\r\n\nUBND tinh\u00a0\r\n"
    result = normalize(text)
    assert result.text.count("\n") == text.count("\n")
    assert result.text == "Đắk Lắk\r\n\r\n\nUBND tỉnh \r\n"


def test_suspect_is_not_changed_and_names_line() -> None:
    result = normalize("dòng một\ncó ý nghĩa đổi với sự phát triển")
    assert result.text.endswith("đổi với sự phát triển")
    assert len(result.suspects) == 1
    w = result.suspects[0]
    assert w.code == "suspect_slip" and w.line == 2
    assert "'đổi với'" in w.message and "'đối với'" in w.message and "line 2" in w.message


def test_fixes_are_sorted_by_position() -> None:
    result = normalize("thuỷ\nĐăk Lăk hoá")
    keys = [(f.line, f.start) for f in result.fixes]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("unit", "size"),
    [
        ("Ủy ban nhân dân tỉnh Đắk Lắk hoàn thành báo cáo tiến độ thực hiện nhiệm vụ hóa học.\n", 30000),
        ("tinh ", 10000),
        ("hoá", 20000),
        (" ", 30000),
        ("đổi với ", 6000),
        ("Đăk Lăk ", 6000),
    ],
)
def test_repeated_text_normalises_like_its_parts(unit: str, size: int) -> None:
    # (how the time grows with the size is measured by benchmarks/bench.py, not here)
    base = unit * (size // len(unit))
    one, four = normalize(base), normalize(base * 4)
    assert four.text == one.text * 4
    assert len(four.fixes) == 4 * len(one.fixes)
    # (a suspect is told once per line and rule)
    assert len(four.suspects) == len(one.suspects) * (4 if "\n" in unit else 1)


# ---------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvx ,.;:-\n\t\r()0123456789")
    + list("àáảãạòóỏõọùúủũụỳýỷỹỵèéẻẽẹắằẳẵặấầẩẫậ")
    + ["\u00a0", "\u200b", "\ufeff", "\u00ad", "\u0301", "\u0300", "\u0309", "\u0323"]
    + [
        "tinh",
        "Đăk",
        "Lăk",
        "hoá",
        "uỷ",
        "qu",
        "gi",
        "Ban Chỉ đạo ",
        "UBND ",
        "đổi với",
        "phần đầu ",
        "Tinh uỷ",
        "đê ",
        "CDS",
        "KHCN, ĐMST và ",
        "Thông nhất",
        "tiết độ",
        "điện rộng",
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT | st.text(max_size=80), st.sampled_from(["old", "new", "keep"]), st.booleans())
@example("hoáhoá\u0301", "old", True)  # a glued word followed by a mark NFC cannot compose
@example("ańThông nhất", "old", True)  # a glued word whose first piece holds a stray tone mark
def test_properties(text: str, style: str, fix: bool) -> None:
    result = normalize(text, tone_style=style, fix=fix)
    assert result.text.count("\n") == text.count("\n")
    assert result.text.splitlines() == result.text.splitlines()  # sanity: a str came back
    nfc = unicodedata.normalize("NFC", text)
    assert len(result.text.split("\n")) == len(nfc.split("\n"))
    _check_positions(text, result)
    again = normalize(result.text, tone_style=style, fix=fix)
    assert again.text == result.text
    assert again.fixes == []
    if not fix:
        assert result.text == nfc and result.fixes == [] and result.suspects == []


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_fixes_replay_to_the_output(text: str) -> None:
    """Applying the logged fixes that do not overlap an earlier one reproduces the output."""
    result = normalize(text)
    nfc = unicodedata.normalize("NFC", text)
    lines = nfc.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = sorted(
        ((starts[f.line - 1] + f.start, starts[f.line - 1] + f.end, f.replacement) for f in result.fixes),
        key=lambda t: (t[0], -t[1]),
    )
    out: list[str] = []
    last = 0
    for s, e, r in spans:
        if s < last:  # nested inside a wider fix that already carries it
            continue
        out.append(nfc[last:s])
        out.append(r)
        last = e
    out.append(nfc[last:])
    assert "".join(out) == result.text


# ---------------------------------------------------------------- prefilters (speed) agree with the patterns


@settings(max_examples=150, deadline=None)  # (half: the full count reaches no more of ndq57's code)
@given(_TEXT | st.text(max_size=80), st.sampled_from(["old", "new"]))
@example("hòang hoá thuỷ Ủy", "old")
def test_tone_starts_are_the_pattern_matches(text: str, style: str) -> None:
    from ndq57.parse import normalize as mod

    text = unicodedata.normalize("NFC", text)
    assert list(mod._tone_starts(text, style)) == [m.start() for m in mod._tone_pattern(style).finditer(text)]


@settings(max_examples=150, deadline=None)  # (half: the full count reaches no more of ndq57's code)
@given(_TEXT | st.text(max_size=80))
@example("ủy ban nhân dân; Ủy ban nhân dân; (tinh) y ban nhân dân, chuyên  đổi\tsố ſ")
@example("Y BAN NHÂN DÂN tinh ủy")
def test_slip_starts_hold_every_slip(text: str) -> None:
    """The slip starts found in the lower-case text are starts the pattern ignoring case finds,
    and hold every one where a slip form matches."""
    from ndq57.parse import normalize as mod

    text = unicodedata.normalize("NFC", text)
    pattern, _ = mod._slips()
    every = [m.start() for m in mod._slip_starts().finditer(text)]
    fast = list(mod._slip_start_offsets(text))
    assert set(fast) <= set(every)
    assert fast == sorted(fast)
    assert {s for s in every if pattern.match(text, s)} <= set(fast)


def test_mail_quoting_and_html_references() -> None:
    quoted = "".join(f"> {k}. Thôn {k} báo cáo&nbsp;trước ngày 0{k}/5/2026.\n" for k in range(1, 7))
    r = normalize("Chào anh,\n" + quoted)
    assert r.text.splitlines()[1:3] == ["1. Thôn 1 báo cáo trước ngày 01/5/2026.", "2. Thôn 2 báo cáo trước ngày 02/5/2026."]
    assert {f.rule for f in r.fixes} >= {"mail_quote", "html_entity"}
    # a few lines that start with ">" are text, not quoting; an unknown reference stays
    few = "Tỷ lệ:\n> 50% số hộ;\n< 10% số hộ;\nGiữ &abc; nguyên.\n"
    assert normalize(few).text == few


def test_html_tables_of_the_header_lose_their_tags() -> None:
    head = "<table>\n<tr class=\"header\">\n<th><p><strong>UBND XÃ AN LẠC</strong></p>\n<p>Số: 4/KH-UBND</p></th>\n</tr>\n</table>\n"
    body = "<table>\n<tr><td>STT</td><td>Nhiệm vụ</td></tr>\n</table>\n"
    r = normalize(head + body)
    assert r.text.splitlines()[:6] == ["", "", "**UBND XÃ AN LẠC**", "Số: 4/KH-UBND", "", ""]
    assert r.text.endswith(body)  # a table of the body is left to the table readers
    assert r.text.count("\n") == (head + body).count("\n")


def test_utf8_read_as_windows_1252_is_decoded_back() -> None:
    good = "Đông Tiến, ngày 22 tháng 9 năm 2026\nSở Tài chính chủ trì; XÃ ÂN THI"
    bad = "".join(chr(b) if 0x80 <= b <= 0x9F and b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in good.encode())
    r = normalize(bad)
    assert r.text == good
    assert {f.rule for f in r.fixes} == {"mojibake"}
    assert normalize(good).text == good  # (Vietnamese "XÃ ÂN" is left alone)


def test_undecoded_quoted_printable_body() -> None:
    # an e-mail body saved as it was sent: bytes as "=XX", soft breaks "=" at 76 characters
    good = "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí, hoàn thành trước ngày 20/5/2026."
    encoded = quopri.encodestring(good.encode("utf-8")).decode("ascii")
    assert "=\n" in encoded  # (a character's bytes cut by a soft break among them)
    r = normalize(encoded)
    assert r.text.count("\n") == encoded.count("\n")
    assert r.text.replace("=\n", "") == good  # (the soft breaks are joined by the layout step)
    assert {f.rule for f in r.fixes} == {"quoted_printable"}
