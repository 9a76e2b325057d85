"""Session 14: lettered labels that a text layer (PyMuPDF) prints alone on their lines.

PyMuPDF sets a label apart from its text by a tab and prints it on a line of its own, the text
right under it: "a)" / "Phòng Nội vụ chủ trì ...". A lettered label alone is joined to the line
under it when its list has another label alone ("a)" above "b)", within a few lines), so the
item keeps its section ("II.1.b", not the whole "II.1"). A footnote body at a page's foot ends
at the next lettered item of the text, also under the page's number ("2" / "c) Ủy ban ...").
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "pymupdf_lone_letters_footnote_page.txt").read_text(encoding="utf-8")
_HEAD = "UBND HUYỆN AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số\n"


def test_each_lone_letter_keeps_its_item() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-03-31", "II.1.a"),
        ("2027-04-15", "II.1.b"),
        ("2027-06-30", "II.1.c"),
        ("2027-12-15", "II.1.d"),
        # (helper 108) the regular task of II.2, "Các cơ quan, đơn vị tự kiểm tra ... hằng quý.": a
        # quarterly duty of its owner (an item that opens with its owner, then its work, then the cycle)
        (None, "II.2"),
    ]
    owners = {d.section: [(a.unit, a.role) for a in d.assignees] for d in doc.deadlines}
    assert owners["II.1.a"][0] == ("Phòng Nội vụ", "lead")
    assert owners["II.1.c"] == [("Ủy ban nhân dân các xã", "assigned")]


def test_footnote_at_a_page_foot_ends_before_the_next_item() -> None:
    doc = ndq57.parse(_DOC)
    assert len(doc.footnotes) == 1
    body = doc.footnotes[0].body
    assert body.startswith("Chỉ tiêu giao tại Kế hoạch số 12/KH-UBND")
    assert "Ủy ban nhân dân các xã" not in body


def test_a_lone_letter_heading_under_a_heading_line() -> None:
    # the line above the list's first label is its heading, with no stop: the label is joined
    text = _HEAD + (
        "I.\nMỤC ĐÍCH\nBảo đảm tiến độ.\nII.\nNHIỆM VỤ\n1.\nNhiệm vụ chung\na)\nPhòng Tư pháp rà soát văn bản; hoàn thành trước ngày 30/4/2026.\n"
        "b)\nPhòng Tài chính bố trí kinh phí trước ngày 15/5/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [(d.due, d.section) for d in doc.deadlines] == [("2026-04-30", "II.1.a"), ("2026-05-15", "II.1.b")]


def test_a_lone_letter_without_its_list_stays_apart() -> None:
    # one letter alone, no neighbour of its list: not joined to a line of ordinary text
    text = _HEAD + "I. MỤC ĐÍCH\nBảo đảm tiến độ.\nII. NHIỆM VỤ\n1. Nhiệm vụ chung\nb)\nPhòng Tư pháp rà soát văn bản trước ngày 30/4/2026.\n"
    doc = ndq57.parse(text)
    assert [d.section for d in doc.deadlines] == ["II.1"]


def test_footnote_ends_at_the_next_lettered_item_on_its_line() -> None:
    # a text layer that keeps labels with their text (pypdf): "c) ..." right under the page's
    # number, after the body of the page's footnote
    text = _HEAD + (
        "I. MỤC ĐÍCH\nBảo đảm chỉ tiêu của tỉnh1 trong năm.\nII. NHIỆM VỤ\n"
        "a) Phòng Tư pháp rà soát văn bản trước ngày 30/4/2026.\n"
        "b) Phòng Tài chính bố trí kinh phí trước ngày 15/5/2026.\n"
        "1 Chỉ tiêu giao tại Kế hoạch số 05/KH-UBND ngày 02/01/2026 của UBND tỉnh.\n"
        "2\n"
        "c) Các xã báo cáo kết quả trước ngày 30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [(d.due, d.section) for d in doc.deadlines][-1] == ("2026-06-30", "II.c")
    assert "Các xã" not in doc.footnotes[0].body
