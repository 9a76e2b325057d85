"""Round 34 (helper 174): a period's roman numeral of ones ("Quý III/2026") that Tesseract read a
stroke or two short in a scan ("Quý I/2026": it drops an upright stroke of a serif "I" next to
another, and the word's box leaves it out) is corrected by counting its strokes in the page image
(:func:`ndq57.readers.ocr.roman_strokes`), and the PDF reader writes the word meant in the page's
text (:func:`ndq57.readers.pdf._fix_words`). The image tests draw blocks for letters and hand a
Tesseract word table of our own; the last test reads a scan of our own wording (fed askew,
speckled, a red stamp over the signer) end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ndq57.readers import ocr

W, H = 400, 100
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _image() -> bytearray:
    return bytearray(b"\xff" * (W * H))


def _block(img: bytearray, x0: int, y0: int, x1: int, y1: int) -> None:
    for y in range(y0, y1):
        img[y * W + x0 : y * W + x1] = b"\x00" * (x1 - x0)


def _pgm(img: bytearray) -> bytes:
    return f"P5\n{W} {H}\n255\n".encode() + bytes(img)


def _word(text: str, left: int, top: int, right: int, bottom: int, line: int = 1) -> str:
    return f"5\t1\t1\t1\t{line}\t1\t{left}\t{top}\t{right - left}\t{bottom - top}\t90\t{text}\n"


def _numeral(img: bytearray, strokes: int, x: int = 80) -> int:
    """``strokes`` upright strokes of an "I" (with serifs) from ``x``, then "/2026": the slash's
    left end."""
    for k in range(strokes):
        left = x + 12 * k
        _block(img, left + 3, 30, left + 7, 60)  # the stroke
        _block(img, left, 30, left + 10, 32)  # its serifs
        _block(img, left, 58, left + 10, 60)
    x += 12 * strokes + 2
    for y in range(28, 62):  # the slash: one step right every three rows, leaning right
        _block(img, x + (62 - y) // 3, y, x + (62 - y) // 3 + 3, y + 1)
    for k in range(4):  # "2026", four round digits: rings, no upright stroke over their height
        d = x + 16 + 14 * k
        _block(img, d, 30, d + 10, 33)
        _block(img, d, 57, d + 10, 60)
        _block(img, d, 33, d + 3, 45)
        _block(img, d + 7, 45, d + 10, 57)
    return x


def test_strokes_left_out_of_the_word_are_counted() -> None:
    img = _image()
    _block(img, 10, 30, 60, 66)  # "Quý"
    slash = _numeral(img, 3)
    # Tesseract read "I/2026", its box holding the last stroke only
    tsv = TSV_HEAD + _word("Quý", 10, 26, 60, 68) + _word("I/2026", 104, 28, slash + 80, 62)
    assert [f[:2] for f in ocr.roman_strokes(_pgm(img), tsv, dpi=100)] == [("I/2026", "III/2026")]
    left, bottom, right, top = ocr.roman_strokes(_pgm(img), tsv, dpi=100)[0][2:]
    assert round(left / 0.72) == 61 and round(right / 0.72) == slash + 80
    assert round(top / 0.72) == H - 28 and round(bottom / 0.72) == H - 62


def test_numerals_read_whole_or_elsewhere_are_kept() -> None:
    img = _image()
    _block(img, 10, 30, 60, 66)
    slash = _numeral(img, 2)
    # read right ("II/2026"): nothing to correct
    tsv = TSV_HEAD + _word("Quý", 10, 26, 60, 68) + _word("II/2026", 80, 28, slash + 80, 62)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []
    # after another word (a section's label "Mục I/2026"), or on another line: not a period's numeral
    tsv = TSV_HEAD + _word("Mục", 10, 26, 60, 68) + _word("I/2026", 92, 28, slash + 80, 62)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []
    tsv = TSV_HEAD + _word("Quý", 10, 26, 60, 68) + _word("I/2026", 92, 28, slash + 80, 62, line=2)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []
    # a numeral with a "V" is left as read
    tsv = TSV_HEAD + _word("Quý", 10, 26, 60, 68) + _word("IV/2026", 92, 28, slash + 80, 62)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []


def test_a_speck_between_the_strokes_is_passed_over() -> None:
    img = _image()
    _block(img, 10, 30, 60, 66)
    _block(img, 66, 44, 68, 46)  # a speck of the paper before the numeral
    slash = _numeral(img, 2)
    tsv = TSV_HEAD + _word("Quý", 10, 26, 60, 68) + _word("I/2026", 92, 28, slash + 80, 62)
    assert [f[:2] for f in ocr.roman_strokes(_pgm(img), tsv, dpi=100)] == [("I/2026", "II/2026")]


def test_the_word_meant_is_written_in_the_page_text() -> None:
    from ndq57.readers.pdf import Glyph, _fix_words

    glyphs = [Glyph(c, 110 + 4 * i, 700, 114 + 4 * i, 710, i, i == 0) for i, c in enumerate("I/2026")]
    glyphs += [Glyph("x", 150, 700, 154, 710, 7, True)]
    _fix_words(glyphs, [("I/2026", "II/2026", 100, 699, 134, 711)], 0.0, 300, 400)
    assert "".join(g.ch for g in glyphs) == "II/2026x"
    assert glyphs[0].x0 == 100
    # a word elsewhere on the page that reads the same is left alone
    glyphs = [Glyph(c, 110 + 4 * i, 500, 114 + 4 * i, 510, i, i == 0) for i, c in enumerate("I/2026")]
    _fix_words(glyphs, [("I/2026", "II/2026", 100, 699, 134, 711)], 0.0, 300, 400)
    assert "".join(g.ch for g in glyphs) == "I/2026"


SCAN = Path(__file__).parent / "fixtures" / "scans" / "scan_stamp_quarters_lang34.pdf"


def test_a_skewed_speckled_stamped_scan_keeps_its_header_and_deadlines() -> None:
    # a 200-dpi colour scan on greyish paper, fed 1.5 degrees askew, speckled, a red stamp pressed
    # over the signer (tests/build_scan_stamp_lang34.py, source scans/scan_stamp_quarters_lang34.html)
    from ndq57 import Options, parse_bytes

    if ocr.tesseract() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Tesseract with the Vietnamese model is not installed")
        pytest.skip("tesseract with the 'vie' model is not installed")
    doc = parse_bytes(SCAN.read_bytes(), source=str(SCAN), options=Options())
    meta = doc.document
    assert (meta.number, meta.date, meta.type) == ("57/KH-UBND", "2027-02-09", "Kế hoạch")
    assert meta.signer is not None
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == (
        "Nguyễn Văn Khải",
        "CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN",
    )
    got = sorted((d.due, [a.unit for a in d.assignees if a.role in ("lead", "assigned")]) for d in doc.deadlines)
    assert got == [
        ("2027-03-31", ["Phòng Nông nghiệp và Môi trường"]),
        ("2027-06-30", ["Trung tâm Y tế huyện"]),
        ("2027-09-30", ["Ban Quản lý dự án huyện"]),
        ("2027-09-30", ["Phòng Văn hóa và Thông tin"]),
        ("2027-12-15", ["Ủy ban nhân dân các xã"]),
        ("2027-12-31", ["Phòng Tài chính - Kế hoạch"]),
    ]


def test_the_scan_stays_small() -> None:
    assert SCAN.stat().st_size < 300_000


def test_a_part_label_opening_its_line_is_counted_in_its_box() -> None:
    img = _image()
    for k in range(3):  # "III." in bold: three strokes with serifs, then the full stop
        _block(img, 20 + 14 * k, 30, 26 + 14 * k, 60)
        _block(img, 17 + 14 * k, 30, 29 + 14 * k, 32)
        _block(img, 17 + 14 * k, 58, 29 + 14 * k, 60)
    _block(img, 62, 55, 67, 60)
    _block(img, 90, 30, 200, 60)  # the heading's words
    tsv = TSV_HEAD + _word("II.", 17, 30, 67, 60) + _word("TỔ", 90, 30, 120, 60)
    assert [f[:2] for f in ocr.roman_strokes(_pgm(img), tsv, dpi=100)] == [("II.", "III.")]
    # the same numeral inside a line (a list's "Mục II."), or a label read right: left as read
    tsv = TSV_HEAD + _word("TỔ", 90, 30, 120, 60) + _word("II.", 17, 30, 67, 60)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []
    tsv = TSV_HEAD + _word("III.", 17, 30, 67, 60) + _word("TỔ", 90, 30, 120, 60)
    assert ocr.roman_strokes(_pgm(img), tsv, dpi=100) == []
