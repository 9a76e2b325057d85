"""OCR round trips (round 18): the structure of a hard-wrapped OCR copy without blank lines — a
reference named by a word wrapped onto a line's start ("khoản 2" / "Mục III" / "Hướng dẫn số ...")
is no heading, and a stray character before a roman label ("TII- NỘI DUNG") is put back by the
labels' sequence. Text only: no test here runs Tesseract."""

from __future__ import annotations

from ndq57.parse.normalize import normalize
from ndq57.pipeline import parse_bytes
from section_support import parsed_paths as _paths


def _parse(text: str) -> dict:
    return parse_bytes(text.encode("utf-8"), source="ocr.txt").to_dict()


WRAPPED = (
    "1. Các chi bộ tổ chức kiểm điểm theo đúng quy trình, thực hiện như khoản 2\n"
    "{label}\n"
    "Hướng dẫn số 25-HD/BTCTU của Ban Tổ chức Tỉnh ủy.\n"
    "2. Các đảng bộ cơ sở gửi báo cáo kết quả về Ban Tổ chức trước ngày\n"
    "15/12/2026.\n"
)


def test_wrapped_muc_reference_is_no_heading() -> None:
    assert _paths(WRAPPED.format(label="Mục III")) == ["1", "2"]


def test_wrapped_part_and_article_references_are_no_headings() -> None:
    assert _paths(WRAPPED.format(label="Phần I")) == ["1", "2"]
    assert _paths(WRAPPED.format(label="Điều 5")) == ["1", "2"]


def test_article_with_its_sign_stays_a_heading() -> None:
    text = (
        "Điều 1. Phạm vi điều chỉnh\n"
        "Quy chế này quy định việc phối hợp giữa các cơ quan, đơn vị trên địa bàn\n"
        "huyện trong công tác tiếp công dân và giải quyết khiếu nại của công dân\n"
        "Điều 2. Đối tượng áp dụng\n"
        "Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện.\n"
    )
    assert _paths(text) == ["Điều 1", "Điều 2"]


def test_label_after_a_short_line_stays_a_heading() -> None:
    # the line above stops short of the wrap: its paragraph ends there, the label opens a part
    text = (
        "Mục 1\n"
        "Các cơ quan, đơn vị thực hiện việc rà soát văn bản quy phạm pháp luật theo\n"
        "kế hoạch trong lĩnh vực được giao quản lý\n"
        "Mục 2\n"
        "Sở Tư pháp tổng hợp kết quả.\n"
    )
    assert _paths(text) == ["Mục 1", "Mục 2"]


def test_one_line_paragraphs_are_no_wrapped_copy() -> None:
    # paragraphs on one line each (a DOCX or a web copy): no wrap width, every label a heading
    text = (
        "Mục 1\n"
        "Các cơ quan, đơn vị thực hiện việc rà soát văn bản quy phạm pháp luật theo kế hoạch\n"
        "Mục 2\n"
        "Sở Tư pháp tổng hợp kết quả.\n"
    )
    assert _paths(text) == ["Mục 1", "Mục 2"]


PARTY_PARTS = "I- MỤC ĐÍCH\nNội dung.\n{two}- NỘI DUNG\nNội dung.\n{three}- TỔ CHỨC THỰC HIỆN\nNội dung.\n"


def test_stray_capital_before_roman_label_is_put_back() -> None:
    got = normalize(PARTY_PARTS.format(two="TII", three="II"))
    assert "\nII- NỘI DUNG" in got.text and "\nIII- TỔ CHỨC" in got.text
    assert [f.rule for f in got.fixes] == ["ocr_section_label", "ocr_section_label"]


def test_stray_digit_read_for_i_is_put_back() -> None:
    got = normalize(PARTY_PARTS.format(two="II", three="1II"))
    assert "\nIII- TỔ CHỨC" in got.text


def test_stray_before_a_label_off_the_sequence_is_left() -> None:
    # "TIV" after "I-": neither "IV" nor "IIV" is the second part
    assert normalize(PARTY_PARTS.format(two="TIV", three="III")).fixes == []


def test_party_parts_of_an_ocr_copy_read_in_order() -> None:
    assert [p for p in _paths(PARTY_PARTS.format(two="TII", three="II")) if "." not in p] == ["I", "II", "III"]


APPENDIX = (
    "II. NHIỆM VỤ\nCác sở triển khai.\nPHỤ LỤC\nSTT\nNội dung\nThời gian\n"
    "{lab}.\nNÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ\n1\nTuyên truyền trên cổng thông tin\nQuý I/2027\n"
)


def test_lone_l_of_an_appendix_group_is_put_back() -> None:
    got = normalize(APPENDIX.format(lab="l"))
    assert "\nI.\nNÂNG CAO" in got.text
    assert [f.rule for f in got.fixes] == ["ocr_section_label"]


def test_lone_l_without_a_part_two_is_left() -> None:
    text = APPENDIX.format(lab="l").replace("II. NHIỆM VỤ", "Nhiệm vụ")
    assert normalize(text).fixes == []


def test_lone_l_over_a_line_in_small_letters_is_left() -> None:
    text = APPENDIX.format(lab="l").replace("NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ", "Nâng cao nhận thức")
    assert [f for f in normalize(text).fixes if f.rule == "ocr_section_label"] == []
