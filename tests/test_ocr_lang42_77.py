"""Round 42 (helper 77): scans of our own wording as offices make them.

- a task table whose rules are light grey (a border printed grey, or faded): its rules are looked
  for in the page thresholded lighter than its text (a red stamp left out), so that its rows keep
  their cells, owners and times (tests/build_scan_lang42.py: colour, 200 dpi, 1.2 degrees askew,
  a red stamp and a signature's stroke over the signer's authority);
- a row's number read again in its cell is not added twice when the page's reading set it on the
  line of the row's first words;
- a faint copy's ink read at its own level (halfway to its paper) instead of the level of black
  print;
- OCR slips in dates and sign-offs (tests/cases/slips.yaml): "nãm 2O26", "thảng l0/2026",
  "UBNĐ", "KT, GIÁM ĐỐC", a list's "5." read "S" or "9.", "IIIL" under a label that lost its dot.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ndq57 import Options, parse, parse_bytes
from ndq57.readers import ocr

SCANS = Path(__file__).parent / "fixtures" / "scans"


def _bitmap(width: int, height: int, marks: list[tuple[int, int, int, tuple[int, int, int]]]) -> bytes:
    """A white BGR bitmap with level strokes (row, start, end, BGR colour), 3 pixels thick."""
    px = bytearray(b"\xff" * (width * height * 3))
    for row, a, b, colour in marks:
        for y in range(row, row + 3):
            for x in range(a, b):
                px[(y * width + x) * 3 : (y * width + x) * 3 + 3] = bytes(colour)
    return bytes(px)


def test_light_grey_rules_found_and_a_red_stamp_left_out() -> None:
    width, height = 400, 60
    grey, red = (190, 190, 190), (40, 30, 205)  # (BGR)
    pixels = _bitmap(width, height, [(10, 20, 380, grey), (40, 20, 380, red)])
    text = ocr.red_channel_pgm(pixels, width, height, width * 3, 3, 2)
    rules = ocr.red_channel_pgm(pixels, width, height, width * 3, 3, 2, 230, 1)
    assert ocr.drawn_rules(text, dpi=72) == []  # (read as print is, the grey rule is paper)
    found = ocr.drawn_rules(rules, dpi=72)
    assert len(found) == 1 and found[0][1] == pytest.approx(height - 11.5)  # the grey rule alone, no stamp


def test_faint_copy_read_at_its_own_level() -> None:
    assert ocr.ink_threshold(*ocr.page_levels(bytes([30] * 3 + [250] * 97))) == ocr._THRESHOLD
    faint = ocr.ink_threshold(*ocr.page_levels(bytes([125] * 3 + [248] * 97)))
    assert ocr._THRESHOLD < faint <= ocr._FAINT_MAX


@pytest.mark.skipif(ocr.tesseract() is None, reason="needs Tesseract with its Vietnamese model")
def test_scan_with_light_grey_table_rules() -> None:
    doc = parse_bytes((SCANS / "scan_grey_rules_lang42.pdf").read_bytes(), source="scan.pdf", options=Options())
    head = doc.to_dict()["document"]
    assert (head["number"], head["type"], head["place"], head["date"]) == (
        "406/KH-SYT",
        "Kế hoạch",
        "Vĩnh Long",
        "2026-11-03",
    )
    assert head["signer"]["name"] == "Lâm Văn Thuận"
    got = [(d.due, d.section, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]
    assert got == [
        ("2026-12-10", "1", ["Phòng Nghiệp vụ Y"]),
        ("2027-01-31", "2.1", ["Trung tâm Kiểm soát bệnh tật"]),
        ("2027-03-31", "2.2", ["Phòng Nghiệp vụ Dược"]),
        ("2027-12-20", "2.3", ["Văn phòng Sở"]),
    ]
    coordinate = [a.unit for d in doc.deadlines[2:] for a in d.assignees if a.role == "coordinate"]
    assert coordinate == ["Bệnh viện Đa khoa tỉnh", "Các đơn vị trực thuộc"]


def test_ocr_text_of_a_plan_read_as_printed() -> None:
    text = (
        "UBNĐ XÃ BÌNH LỘC\nSố: 52/KH-UBND\nBình Lộc, ngảy 05 thảng 3 nãm 2O27\n\nKẾ HOẠCH\nPhòng chống dịch\n\n"
        "I. MỤC ĐÍCH\nBảo đảm an toàn.\nII NHIỆM VỤ\n1. Trạm Y tế xã báo cáo trong thảng 6/2O27.\n"
        "2. Công an xã kiểm tra trước ngày 3O/6/2027.\n3. Các thôn tuyên truyền.\n4. Trường học vệ sinh lớp.\n"
        "S Văn phòng UBNĐ xã tổng hợp trong nãm 2O27.\n"
        "IIIL TỔ CHỨC THỰC HIỆN\nCác thôn báo cáo hằng tháng.\n\nKT, CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
    )
    doc = parse(text)
    head = doc.to_dict()["document"]
    assert (head["place"], head["date"]) == ("Bình Lộc", "2027-03-05")
    assert head["signer"]["authority"] == "KT. CHỦ TỊCH"
    got = [(d.due, d.section, [a.unit for a in d.assignees]) for d in doc.deadlines]
    assert got[:2] == [("2027-06-30", "II.1", ["Trạm Y tế xã"]), ("2027-06-30", "II.2", ["Công an xã"])]
    assert ("2027-12-31", "II.5", ["Văn phòng UBND xã"]) in got
