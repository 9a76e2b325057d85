"""The whole-text scans and first-character gates of the layout, table and section steps give
what the per-line patterns they stand for give (the patterns of the ``regex`` engine are the
reference: its ``\\s`` and ``\\d`` are not those of ``str`` methods)."""

from __future__ import annotations

import regex

from ndq57.parse import layout, sections, tables

# odd blanks and digits: a no-break space, an ideographic space, a form feed, a control
# character str.strip() removes but \s does not, Arabic-Indic and full-width digits
_ODD = ["\u00a0", "\u3000", "\x0c", "\x1c", "\u0663", "\uff13", "\t"]


def _lines() -> list[str]:
    out = ["", "2", " - 3 - ", "Trang 4", "trang 5 / 12", "Trang  6/7", "12345", "- 8", "Trang"]
    out += ["TM. ỦY BAN NHÂN DÂN", "  KT. CHỦ TỊCH", "Nơi nhận:", "| Nơi nhận: | TM |", "T/M BAN", "K/T"]
    out += ["--- ---", "----  -----", "+---+---+", "+===+:::+---+", "-----", "| a | b |", "|", " | ", "Ủy ban"]
    out += [f"{a}{b}{a}" for a in _ODD for b in ("3", "- 3 -", "Trang 3", "|", "TM.", "--- ---")]
    out += [f"{a}9" for a in _ODD] + [f"Trang{a}9" for a in _ODD] + [f"-{a}2{a}-" for a in _ODD]
    return out


def test_blanks_are_the_engines_blanks() -> None:
    found = "".join(chr(c) for c in range(0x10000) if regex.match(r"\s", chr(c)))
    assert found == tables._BLANKS
    for line in _lines():
        assert (line.strip(tables._BLANKS) == "|") == bool(tables._LONE_PIPE.match(line)), repr(line)


def test_page_numbers_found_in_the_whole_text() -> None:
    lines = _lines()
    per_line = regex.compile(r"^\s*(?:-\s*\d{1,3}\s*-|\d{1,3}|(?:Trang|trang)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$")
    text = "\n".join(lines)
    framed = f"\n{text}\n"
    got = []
    no, at = 0, 0
    for m in layout._PAGE_NO_LINE.finditer(framed):
        no += framed.count("\n", at, m.start() + 1)
        at = m.start() + 1
        got.append(no)
    assert got == [k for k, line in enumerate(lines, start=1) if per_line.match(line)]


def test_export_borders_found_in_the_whole_text() -> None:
    for line in _lines():
        alone = bool(layout._SIMPLE_EDGE.match(line) or layout._GRID_EDGE.match(line))
        framed = f"\nabc\n{line}\ndef\n"
        assert (layout._ANY_EDGE.search(framed) is not None) == alone, repr(line)


def test_sign_off_stops_cover_the_lines_read_one_by_one() -> None:
    lines = _lines()
    stops = set(layout._column_stops("\n".join(lines)))
    for k, line in enumerate(lines):
        body = line.strip()
        may_sign = "nhận" in body or "NHẬN" in body or body[:2] in ("TM", "KT", "T/", "K/")
        assert (k in stops) == may_sign, repr(line)


def test_numbering_gate_keeps_every_match() -> None:
    pattern = sections._pattern()
    starts = [chr(c) for c in range(0x20, 0x250)] + ["Đ", "đ", "\u0663", "\uff13"]
    for first in starts:
        for rest in ("", ". Mục tiêu", ") nội dung", "- KẾT QUẢ", "1. Phạm vi", "HẦN II", "ục 2. Tên"):
            text = first + rest
            if pattern.match(text) is not None and sections.match_numbering(text) is None:
                raise AssertionError(f"{text!r} is numbered but the gate skips it")


def test_footnote_start_gate_keeps_every_body() -> None:
    def marks() -> tuple[frozenset[str], frozenset[str]]:
        return frozenset({"1", "2"}), frozenset({"3)"})

    for text in ["¹ Chú thích", "[1] Văn bản", "[^2]: Ghi chú", "1 Theo", "3)", "\u0663 Theo", "Theo 1"]:
        assert layout._text_kind(text, marks) == ("footnote" if layout._footnote_body(text, marks) else "text")
