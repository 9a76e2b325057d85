"""OCR round trips (round 16): what Tesseract breaks in an office print scanned at 300 dpi, put
back by the normaliser. Text only: no test here runs Tesseract."""

from __future__ import annotations

from ndq57.parse.normalize import normalize
from ndq57.pipeline import parse_bytes


def _labels(text: str) -> list[str]:
    doc = parse_bytes(text.encode("utf-8"), source="ocr.txt").to_dict()
    return [s["label"] for s in doc["sections"]]


PARTS = (
    "I. MỤC ĐÍCH\nNội dung.\nII. NHIỆM VỤ\nNội dung.\n{lab}. TỔ CHỨC THỰC HIỆN\nNội dung.\nIV. KINH PHÍ\nNội dung.\n"
)


def test_roman_part_one_stroke_short_is_put_back() -> None:
    got = normalize(PARTS.format(lab="II"))
    assert "III. TỔ CHỨC THỰC HIỆN" in got.text
    assert [f.rule for f in got.fixes] == ["ocr_section_label"]


def test_roman_part_in_sequence_is_left() -> None:
    assert normalize(PARTS.format(lab="III")).fixes == []


def test_roman_part_other_than_a_stroke_is_left() -> None:
    # "V" between "II" and "IV" is no stroke slip of "III": a clerk's numbering, left as written
    assert normalize(PARTS.format(lab="V")).fixes == []


ITEMS = "1. Sở Y tế báo cáo.\n2. Sở Tài chính.\n{lab}. Sở Nội vụ tổng hợp.\n4. Sở Tư pháp.\n"


def test_digit_lookalike_label_is_put_back() -> None:
    got = normalize(ITEMS.format(lab="8"))  # a "3" read as "8"
    assert "\n3. Sở Nội vụ" in got.text
    assert [f.rule for f in got.fixes] == ["ocr_section_label"]


def test_label_not_a_lookalike_is_left() -> None:
    assert normalize(ITEMS.format(lab="7")).fixes == []
    assert normalize(ITEMS.format(lab="3")).fixes == []


def test_sublist_restarts_are_no_slips() -> None:
    text = "1. Sở Y tế:\n1. Rà soát.\n2. Báo cáo.\n2. Sở Tài chính:\n1. Thẩm định.\n3. Sở Nội vụ.\n"
    assert [f for f in normalize(text).fixes if f.rule == "ocr_section_label"] == []


def test_parts_of_an_ocr_copy_read_in_order() -> None:
    assert _labels(PARTS.format(lab="II")) == ["I", "II", "III", "IV"]


def test_page_number_read_as_letters_is_put_back() -> None:
    text = "Nội dung trang bốn.\n4\nNội dung trang năm.\nS)\nNội dung trang sáu.\n6\nHết.\n"
    got = normalize(text)
    assert "\n5\n" in got.text
    assert [(f.original, f.replacement, f.rule) for f in got.fixes] == [("S)", "5", "ocr_digit")]


def test_lone_letters_off_the_page_sequence_stay() -> None:
    text = "Nội dung.\n4\nNội dung.\nS)\nNội dung.\n7\nHết.\n"
    assert normalize(text).fixes == []


def test_sequence_counts_a_label_put_back_before() -> None:
    # "1L." is put back as "II." first; the "II." after it is then the third part
    text = "I. MỤC ĐÍCH\nNội dung.\n1L. ĐỐI TƯỢNG\nNội dung.\nII. NỘI DUNG\nNội dung.\nIV. KHEN THƯỞNG\nNội dung.\n"
    assert _labels(text) == ["I", "II", "III", "IV"]


def test_label_dot_read_as_comma_in_sequence() -> None:
    got = normalize("6. Sở Y tế báo cáo.\n7, Sở Nội vụ tổng hợp.\n8. Sở Tư pháp.\n")
    assert "\n7. Sở Nội vụ" in got.text


def test_last_roman_part_repeating_the_one_above() -> None:
    assert _labels("I- MỤC ĐÍCH\nNội dung.\nII- NỘI DUNG\nNội dung.\nII- TỔ CHỨC THỰC HIỆN\nNội dung.\n") == [
        "I",
        "II",
        "III",
    ]
