"""The whole-text scans and first-character gates of the layout, table and section steps give
what the per-line patterns they stand for give (the patterns of the ``regex`` engine are the
reference: its ``\\s`` and ``\\d`` are not those of ``str`` methods)."""

from __future__ import annotations

import regex

from ndq57.data import load
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
    # (the gate and the rules tried by the first character give what the whole alternation gives)
    pattern = sections._pattern()
    starts = [chr(c) for c in range(0x20, 0x250)] + ["Đ", "đ", "\u0663", "\uff13", "Ủ", "\u0300"]
    rests = ("", ". Mục tiêu", ") nội dung", "- KẾT QUẢ", "1. Phạm vi", "HẦN II", "ục 2. Tên", "HỤ LỤC II", "hụ lục 2")
    rests += ("HƯƠNG III.", "hương 2 -", "ỤC 1. A", "IỀU 7. B", "iều 12: C", "I. TÊN", "X- Y", ".1.2 Tên", "2) x")
    for first in starts:
        for rest in rests:
            text = first + rest
            assert sections.match_numbering(text) == sections._numbered(pattern.match(text)), repr(text)


# what may follow the first sign of a footnote body (or of a numbered line)
_FOOTNOTE_RESTS = ("", " Theo", "1 Theo", "]", ")", "1)", "2) Theo", "12 Theo", "\u00a0Theo", "1\u00a0Theo", "¹ Theo")
_FOOTNOTE_RESTS += (". Giao", "1. Giao", "025", "\u0663 Theo", "\u0663) ", "\x1cTheo", "\u3000Theo", "  Theo", "1)x")


def test_footnote_start_gate_keeps_every_body() -> None:
    def marks() -> tuple[frozenset[str], frozenset[str]]:
        return frozenset({"1", "2"}), frozenset({"3)", "3", "12"})

    texts = ["¹ Chú thích", "[1] Văn bản", "[^2]: Ghi chú", "1 Theo", "3)", "\u0663 Theo", "Theo 1"]
    # (a line of text, stripped: it starts with no blank)
    texts += [chr(c) + rest for c in range(0x21, 0x2100) if not chr(c).isspace() for rest in _FOOTNOTE_RESTS]
    for text in texts:
        assert layout._text_kind(text, marks) == ("footnote" if layout._footnote_body(text, marks) else "text"), text
        if text[0].isalpha():
            assert layout._text_kind(text, marks) == "text"  # (the gate of clean_lines' plain lines)


def test_attachment_gate_keeps_every_title() -> None:
    title, _, starts = sections._attachment_patterns()
    names = [t["name"] for t in load("doctypes")["types"]]
    for name in [*names, "Kế hoạch", "Ủy ban", ""]:
        for lead in ["", " ", "  \t", *_ODD]:
            for form in (name.upper(), name, name.upper() + " X", name.upper() + "S", name.upper().replace(" ", "\t")):
                text = lead + form
                if title.match(text) is not None:
                    assert sections._may_open_title(text, starts), repr(text)


def test_row_end_check_reads_every_text_that_may_end_a_table() -> None:
    # a row that lacks cells ends the table only at an appendix heading or the note attaching
    # it: a text without the sign the pre-check looks for never does
    pieces = ["PHỤ LỤC", "Phụ lục", "**PHỤ** **LỤC** II", "kèm theo", "KÈM THEO", "\u212aèm theo"]
    pieces += [
        "(Ban hành kèm theo",
        "Kèm  theo",
        "Phụ lục 2",
        "**",
        "\\*",
        "1.",
        "Sở Nội vụ",
        "PHU LUC",
        "kem theo",
        " ",
    ]
    for a in pieces:
        for b in pieces:
            joined = f"{a} {b}"
            text = tables._unmark(joined)[0].strip()
            for cells, widest in ((0, 0), (1, 3), (2, 5)):
                if tables._outside(text, cells, widest, 1):
                    assert tables._MAY_END_ROW.search(joined) is not None, repr(joined)


def test_a_line_of_blanks_reads_as_an_empty_line() -> None:
    # (blank lines are taken before escapes are read: what the escapes would leave of them is
    # empty, as of a pandoc hard line break alone on its line)
    bodies = ["**Giao Sở Nội vụ", "chủ trì.**", "a \\* b", "\ue000", "2\\. Mục", "| a | b |", "*", "---", "1"]
    for blank in [" ", "\t  ", *_ODD]:
        if blank.strip():
            continue  # (not blank to str.strip: a line of text)
        for a in bodies:
            for b in bodies:
                got = layout.clean_lines(f"{a}\n{blank}\n{b}\n")
                want = layout.clean_lines(f"{a}\n\\\n{b}\n")  # (a hard line break alone: read as blank)
                assert [(x.no, x.text, x.kind, x.bold, x.indent) for x in got] == [
                    (x.no, x.text, x.kind, x.bold, x.indent) for x in want
                ], repr((a, blank, b))


def test_a_cell_of_one_line_without_markup_is_its_words() -> None:
    for t in ["Sở Nội vụ", "  Quý II/2026 ", "", " ", "a\u00a0b", "x\u3000y", "1", "(*)", "a_b", "\\- c", "**"]:
        text, was_bold, _ = tables._unmark(t)
        text = " ".join(text.split())
        want = (text, 1, was_bold if text else "**" in t, False, 1)
        got = tables._clean(tables._Raw([(1, t)], 1))
        assert (got.text, got.line, got.bold, got.missing, got.end) == want, repr(t)


def test_a_bold_line_reads_as_its_runs_of_stars() -> None:
    inners = ["1. Mục tiêu", "a", " ", "x * y", "Giao Sở", "", "-", "\\", "a*", "*a"]
    for inner in inners:
        for text in (f"**{inner}**", f"***{inner}**", f"**{inner}***", f"** {inner} **", f"x**{inner}**"):
            for state in ([False, False], [True, False], [False, True], [True, True]):
                fast, slow = list(state), list(state)
                assert layout._strip_emphasis(text, fast) == layout._strip_runs(text, slow), repr((text, state))
                assert fast == slow, repr((text, state))
