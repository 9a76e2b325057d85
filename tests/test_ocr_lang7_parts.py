"""A scan's OCR text: part labels each read one stroke short ("1." for "I.", "I." for "II."),
labels with a capital "L" for an "I" ("LI.", "LIL"), a table's last group repeating the label
above it ("| II |" after "| II |"), and words glued where two readings are possible
("thịtrấn": "thị trấn", not "thịt rấn")."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.parse import syllables

_HEAD = "UBND HUYỆN AN LẠC\nSố: 9/KH-UBND\nAn Lạc, ngày 04 tháng 01 năm 2027\nKẾ HOẠCH\nCải cách hành chính\n\n"


def _tops(doc: ndq57.Document) -> list[str]:
    return [s.label for s in doc.sections]


def test_parts_read_one_stroke_short_from_an_arabic_first() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_scan_shifted_parts_lang31.txt").read_text(encoding="utf-8"))
    assert _tops(doc) == ["I", "II", "III"]
    got = [(d.due, d.section, [a.unit for a in d.assignees]) for d in doc.deadlines]
    assert got[1] == ("2027-05-15", "II.2", ["Ủy ban nhân dân các xã, thị trấn"])
    # the table's groups: "L", "II", "II" are I, II, III
    assert [g[1] for g in got[2:6]] == ["II.3.I.1", "II.3.I.2", "II.3.II.3", "II.3.III.4"]
    assert got[-1][:2] == ("2027-12-10", "III")


def test_labels_with_a_capital_l_inside() -> None:
    text = _HEAD + (
        "L. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"
        "LI. NHIỆM VỤ, GIẢI PHÁP\nPhòng Nội vụ rà soát thủ tục trước ngày 15/5/2027.\n"
        "LIL TỔ CHỨC THỰC HIỆN\nVăn phòng báo cáo kết quả trước ngày 10/12/2027.\n"
    )
    doc = ndq57.parse(text)
    assert _tops(doc) == ["I", "II", "III"]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-05-15", "II"), ("2027-12-10", "III")]


def test_parts_numbered_in_digits_stay() -> None:
    text = _HEAD + (
        "1. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"
        "2. NHIỆM VỤ, GIẢI PHÁP\nPhòng Nội vụ rà soát thủ tục trước ngày 15/5/2027.\n"
        "3. TỔ CHỨC THỰC HIỆN\nVăn phòng báo cáo kết quả trước ngày 10/12/2027.\n"
    )
    assert _tops(ndq57.parse(text)) == ["1", "2", "3"]


def test_a_typed_tables_repeated_group_stays() -> None:
    # no label of the text misread: a typist's repeated group label is left as written
    text = _HEAD + (
        "I. NHIỆM VỤ\n"
        "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
        "| I | Thể chế |  |  |\n"
        "| 1 | Rà soát quy trình | Phòng Tư pháp | Tháng 5/2027 |\n"
        "| II | Hạ tầng |  |  |\n"
        "| 2 | Nâng cấp mạng | Phòng Văn hóa và Thông tin | Tháng 8/2027 |\n"
        "| II | Kiểm tra |  |  |\n"
        "| 3 | Kiểm tra thực hiện | Phòng Nội vụ | Tháng 11/2027 |\n"
    )
    assert [d.section for d in ndq57.parse(text).deadlines][-1].endswith("II.3")


def test_glued_words_of_two_readings_split_by_the_data_words() -> None:
    assert syllables.split_glued("thịtrấn") == ("thị", "trấn")
    assert syllables.split_glued("tranhân") == ("tra", "nhân")
    # one reading only: as before
    assert syllables.split_glued("giatừ") == ("gia", "từ")
    # a syllable stays whole
    assert syllables.split_glued("trấn") is None
