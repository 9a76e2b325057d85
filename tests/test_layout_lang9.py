"""Round 28: headings' labels that PyMuPDF prints alone on their lines, after a table.

PyMuPDF prints a heading's number apart from its words when a tab separates them ("III." /
"TỔ CHỨC THỰC HIỆN"). Right after a table the line above the number is the table's last cell
("Tháng 8/2027"), which ends no sentence: the number is still the next part's when the
document opened the part before it ("II.") and the words under it are a heading in capitals.
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "mupdf_roman_after_table_lang9.txt").read_text(encoding="utf-8")
_HEAD = "UBND HUYỆN AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số\n"


def test_the_part_after_a_table_keeps_its_number() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-03-31", "II.1"),
        ("2027-08-31", "II.2"),
        ("2027-11-20", "III"),
        ("2027-02-15", "IV"),
    ]
    assert [s.label for s in doc.sections if "." not in s.label] == ["I", "II", "III", "IV"]


def test_a_roman_number_out_of_sequence_stays_apart() -> None:
    # "IV." after "II." (no "III." above) under a table's last cell: not joined by this rule
    text = _HEAD + (
        "I.\nMỤC ĐÍCH\nBảo đảm tiến độ.\nII.\nNHIỆM VỤ\nSTT\nNội dung\nThời hạn\n1\nRà soát văn bản\nTháng 4/2026\n"
        "IV.\nTỔ CHỨC THỰC HIỆN\nPhòng Tư pháp báo cáo trước ngày 30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert "IV" not in [s.label for s in doc.sections]


# A footnote body at a page's foot, the page's number alone under it, then the next page's
# heading number alone ("2" / "2." / "Về công tác ..."): the number is the page's, the heading
# the item after the text's last one ("1."), so the body ends at its sentence.
_PAGE = (FIXTURES / "mupdf_page_number_label_lang9.txt").read_text(encoding="utf-8")


def test_a_heading_under_the_page_number_ends_the_footnote() -> None:
    doc = ndq57.parse(_PAGE)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-03-31", "1"),
        ("2027-04-30", "1"),
        ("2027-05-15", "2"),
        ("2027-07-31", "3"),
    ]
    assert [n.body for n in doc.footnotes] == [
        "Theo Nghị quyết của Đảng ủy xã về xây dựng xã nông thôn mới nâng cao giai đoạn 2026-2030."
    ]


def test_the_page_number_under_a_footnote_is_no_word_of_its_body() -> None:
    # the lettered item after the text's last one, under the page's number ("2" / "c)" / ...)
    text = _HEAD + (
        "I.\nMỤC ĐÍCH\nBảo đảm chỉ tiêu của tỉnh1 trong năm.\nII.\nNHIỆM VỤ\n"
        "a)\nPhòng Tư pháp rà soát văn bản trước ngày 30/4/2026.\n"
        "b)\nPhòng Tài chính bố trí kinh phí trước ngày 15/5/2026.\n"
        "1 Chỉ tiêu giao tại Kế hoạch số 05/KH-UBND của UBND tỉnh về cải cách hành chính.\n"
        "2\n"
        "c)\nCác xã báo cáo kết quả trước ngày 30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert doc.footnotes[0].body.endswith("cải cách hành chính.")
    assert [(d.due, d.section) for d in doc.deadlines][-1] == ("2026-06-30", "II.c")


def test_a_number_inside_a_body_stays_in_it() -> None:
    # the body's line ends no sentence ("khoản" / "3"), or the body goes on under the number
    # ("Điều 5." / "3" / "thuộc ..."): the number is the body's word, not the page's
    lead = "I. MỤC ĐÍCH\nBảo đảm chỉ tiêu của tỉnh1 trong năm.\nII. NHIỆM VỤ\n"
    lead += "1. Phòng Tư pháp rà soát văn bản trước ngày 30/4/2026.\n1 Chỉ tiêu giao tại Kế hoạch số 05/KH-UBND, "
    item = "2. Các xã báo cáo kết quả trước ngày 30/6/2026.\n"
    doc = ndq57.parse(_HEAD + lead + "Điều 5, khoản\n3\n" + item)
    assert doc.footnotes[0].body.startswith("Chỉ tiêu giao tại Kế hoạch số 05/KH-UBND, Điều 5, khoản 3")
    doc = ndq57.parse(_HEAD + lead + "Điều 5.\n3\nthuộc lĩnh vực tư pháp.\n\n" + item)
    assert doc.footnotes[0].body.endswith("Điều 5. 3 thuộc lĩnh vực tư pháp.")
