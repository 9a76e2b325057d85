"""The shortcuts of the text stages (normalise, layout, header) give what the scans they stand
for give: a check skipped must be one that could not have found anything."""

from __future__ import annotations

import random

import pytest

from ndq57.parse import layout, normalize

_ODD = ["\u00a0", "\u3000", "\x0c", "\x1c", "\u0663", "\uff13", "\t", "²"]


def _anchor_reference(body: str) -> list[str]:
    """:func:`layout._anchor_parts` with the anchor pattern tried on every line."""
    m = layout._anchor_pattern().search(body)
    if m is None:
        return [body]
    left, right = body[: m.start()].strip(), body[m.end() :].strip()
    bare = left.strip("*_ ")
    if layout._NOI_NHAN.match(body.lstrip("*_")):
        return [left, right] if layout.regex.fullmatch(r"\p{Ll}?(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?", bare) else [body]
    if layout.mostly_upper(bare) or layout._HEAD_CELL.match(bare) or layout._MOTTO_CELL.match(bare):
        return [left, right]
    return [body]


def _header_lines() -> list[str]:
    out = [
        "PHƯỜNG AN HÒA Độc lập - Tự do - Hạnh phúc",
        "Số: 15/QĐ-UBND Hà Tiên, ngày 3 tháng 2 năm 2026",
        "Độc lập - Tự do - Hạnh phúcHà Nội, ngày 3 tháng 6 năm 2026",
        "TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026",
        "Căn cứ Luật ngày 16 tháng 6 năm 2025",
        "Số: 12/KH-UBND Đà Nẵng, ngày 7 tháng 4 năm 2026",
        "UBND TỈNH X Quảng Ngãi, ngày 5 tháng 3 năm 2026",
        "Báo cáo trước ngày 15/3/2026",
        "Hà Nội, ngày 5 tháng 3",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 7/TB-VP V/v họp giao ban",
        "năm 2026",
        "**ỦY BAN NHÂN DÂN** **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "Số: 305/KH-UBND _Đức Phổ, ngày 20 tháng 11 năm 2026_",
        "Số: 305/KH-UBND _Đức Phổ, ngày 20 tháng 11 năm 2026 _ ",
        "**Nơi nhận:** **TM. ỦY BAN NHÂN DÂN**",
    ]
    out += [f"BAN CHỈ ĐẠO Hà Nội, ngày 5 tháng 3 năm 2026{odd}" for odd in _ODD]
    out += [f"BAN CHỈ ĐẠO Huế, ngày 5 tháng 3 năm 202{odd}" for odd in _ODD]
    out += [f"SỞ Y TẾ Huế, ngày 5 tháng 3 năm{odd}2026" for odd in _ODD]
    return out


@pytest.mark.parametrize("body", _header_lines())
def test_anchor_parts_split_as_the_pattern_does(body: str) -> None:
    assert layout._anchor_parts(body) == _anchor_reference(body)


def test_anchor_items_leave_out_only_the_day_word() -> None:
    items, words = layout._anchor_items(), layout._anchor_words()
    assert items is not None and words is not None
    assert items.search("Hà Nội, ngày 5") is None and words.search("Hà Nội, ngày 5") is not None
    for body in ("CỘNG HÒA", "Độc lập", "TM. ỦY BAN", "V/v họp"):
        assert items.search(body) is not None, body


def _slash_checks(text: str, p: int, ocr: dict[str, str]) -> bool:
    """The checks :func:`normalize.date_repairs` makes at the slash at ``p`` (any true)."""
    around = text[max(0, p - 1) : p + 2]
    return (
        " " in around
        or "\t" in around
        or text[p - 2 : p - 1] in (" ", "\t")
        or text[p + 3 : p + 4] in (" ", "\t")
        or not ocr.keys().isdisjoint(text[max(0, p - 2) : p + 3])
    )


def test_slashes_to_check_hold_every_slash_a_check_takes() -> None:
    pats = normalize._date_patterns()
    rnd = random.Random(65)
    alphabet = ["/", " ", "\t", "\n", "1", "2", "a", "đ", *pats.ocr]
    texts = ["", "/", "//", "/ ", " /", "a/b", "15/7/2O26", "ngày 1 5/7/2026", "15 / 7", "3l/12"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9))) for _ in range(3000)]
    for text in texts:
        want = [p for p in range(len(text)) if text[p] == "/" and _slash_checks(text, p, pats.ocr)]
        got = normalize._slashes_to_check(text, pats)
        assert got == sorted(set(got)), repr(text)
        assert set(want) <= set(got) <= {p for p in range(len(text)) if text[p] == "/"}, repr(text)


def test_date_repairs_unchanged_by_the_slash_gate() -> None:
    got = normalize.date_repairs("trước ngày 31/ 12/2026, trong tháng 9 / 2026; số 15/QĐ-UBND; 3l/12/2O26")
    assert [e[2:] for e in got] == [("", "date_spacing")] * 3 + [("1", "ocr_digit"), ("0", "ocr_digit")]


def test_running_header_pattern_made_only_when_a_line_holds_the_number(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["UBND TỈNH X", "Số: 35/KH-UBND", "", "KẾ HOẠCH", "", "Nội dung một", "Kế hoạch số 35/KH-UBND", "Hai"]
    assert layout._own_reference_lines(lines, {}) == {7: "drop_running_header"}

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a pattern made for a text whose body never repeats the number")

    monkeypatch.setattr(layout.regex, "transient", refuse)
    assert layout._own_reference_lines([*lines[:6], "Hai"], {}) == {}


def test_own_number_gate_letters_are_the_patterns_only_cases() -> None:
    # the gate of _own_reference_lines: only "ố" and "Ố" match the pattern's "ố" ignoring case
    # (the Basic Multilingual Plane: the letters with case pairs beyond it are no Latin ones)
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    assert layout.regex.compile("(?i:ố)").findall(every) == ["Ố", "ố"]
    lines = ["UBND TỈNH X", "SỐ: 35/KH-UBND", "", "Nội dung", "KẾ HOẠCH SỐ 35/KH-UBND"]
    assert layout._own_reference_lines(lines, {}) == {5: "drop_running_header"}


def _rejoined(paragraphs: list[str]) -> list[str]:
    return [b.text for b in layout.build_blocks(layout.clean_lines("\n\n".join(paragraphs))).blocks]


def test_page_break_rejoins_read_the_paragraph_end_only() -> None:
    # a long paragraph rejoined over many page breaks, its parentheses and its end read as a whole
    assert _rejoined(["Giao Sở (chủ trì", "phối hợp) và", "các đơn vị", "1. Nội dung"]) == [
        "Giao Sở (chủ trì phối hợp) và các đơn vị",
        "1. Nội dung",
    ]
    assert _rejoined(["Số 12/KH-", "UBND ngày 5", "tháng 3."]) == ["Số 12/KH-UBND ngày 5 tháng 3."]
    assert _rejoined(["Trước ngày 30/", "6/2026 và (" + "a" * 60, "xong)."]) == [
        "Trước ngày 30/6/2026 và (" + "a" * 60 + " xong)."
    ]
    # a paragraph that ends with a long run of stars is read whole (its parenthesis too)
    assert _rejoined(["Giao Sở" + " *" * 30, "thực hiện"]) == ["Giao Sở" + " *" * 29 + " thực hiện"]
    assert _rejoined(["Giao Sở (a" + " *" * 30, "thực hiện"]) == ["Giao Sở (a" + " *" * 29 + " thực hiện"]
    for k in (1, 30):
        assert layout._breaks_symbol("x" * k * 10 + " 12/KH-") and not layout._breaks_symbol("x" * k * 10 + "ab-")


def test_page_break_rejoins_read_each_piece_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # the work is counted, not timed: the characters of the paragraph being built that the rejoin
    # step reads back (its joined text). Before, each rejoin read the whole paragraph built so far:
    # 2,400 pieces read ~ 1,000 times their length.
    read = [0]
    joined = layout._Builder.text

    def counted(self: layout._Builder) -> str:
        text = joined.fget(self)  # type: ignore[attr-defined]
        read[0] += len(text)
        return text

    monkeypatch.setattr(layout._Builder, "text", property(counted))
    for n in (300, 2400):
        lines = layout.clean_lines("1. Giao\n\n" + "\n\n".join(f"nội dung số {i} và" for i in range(n)))
        read[0] = 0
        blocks = layout.build_blocks(lines).blocks
        assert len(blocks) == 1
        assert read[0] <= 3 * len(blocks[0].text), (n, read[0], len(blocks[0].text))


def test_header_title_of_many_lines_reads_each_line_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    from ndq57.parse import header

    # the work is counted, not timed: the capitals test of the header step. Before, each title
    # line asked it again of every title line above (1,600 lines: ~ 1.3 million calls)
    calls = [0]
    upper = header.mostly_upper

    def counted(text: str) -> bool:
        calls[0] += 1
        return upper(text)

    monkeypatch.setattr(header, "mostly_upper", counted)
    for n in (200, 1600):
        calls[0] = 0
        header.parse_header(layout.clean_lines("\n\n".join("KẾ HOẠCH" for _ in range(n))))
        assert calls[0] <= 12 * n, (n, calls[0])
    got = header.parse_header(layout.clean_lines("KẾ HOẠCH\n\nRà soát hồ sơ\n\nCÔNG TÁC NĂM 2026\n\nGiao Sở."))
    assert (got.header.type, got.header.title) == ("Kế hoạch", "Rà soát hồ sơ")
