"""A roman part label whose dot an OCR engine lost (or a typist left out) before a heading in
capitals that fills its line is read by the sequence of the labels around it."""

from __future__ import annotations

import ndq57

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ EA TIÊU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 31/KH-UBND\nEa Tiêu, ngày 04 tháng 11 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch bệnh trên cây cà phê\n\n"
)


def test_a_part_label_without_its_dot() -> None:
    text = HEAD + (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống dịch bệnh.\n"
        "II NHIỆM VỤ VÀ GIẢI PHÁP\n1. Phòng Kinh tế rà soát diện tích cà phê tái canh trước ngày 30/11/2026.\n"
        "III TỔ CHỨC THỰC HIỆN\n1. Các thôn báo cáo kết quả về UBND xã trước ngày 15/12/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [s.label for s in doc.sections] == ["I", "II", "III"]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2026-11-30", "II.1"), ("2026-12-15", "III.1")]
    assert [f.replacement for f in doc.fixes if f.rule == "ocr_section_label"] == ["II.", "III."]


def test_a_capital_word_out_of_sequence_is_left() -> None:
    text = HEAD + (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống dịch bệnh.\n"
        "II. NHIỆM VỤ\n1. Phòng Kinh tế rà soát diện tích cà phê tái canh trước ngày 30/11/2026.\n"
        "V TRƯỜNG HỌP ĐẶC BIỆT\n"
    )
    doc = ndq57.parse(text)
    assert [s.label for s in doc.sections] == ["I", "II"]
    assert not any(f.rule == "ocr_section_label" for f in doc.fixes)
