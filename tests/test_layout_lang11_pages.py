"""Round 30: page breaks inside the body's structure (pdftotext's default mode).

A text layer prints a page's furniture (a blank line, the page number, a form feed) wherever the
page ends, also between a heading's or an item's label and its words: "II." / "" / "2" / form
feed "Trách nhiệm ...", "1." / "3" / form feed "Phòng ...". The label finds its words past the
page break however many blank lines the furniture makes; a number alone on a page's last line
(the form feed on the line under it) or on its first is the page's number, blank line or none.
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "pdftotext_default_labels_over_pages_lang11.txt").read_text(encoding="utf-8")
_HEAD = (
    "UBND TỈNH LÂM HÀ\nSỞ TÀI CHÍNH\nSố: 12/KH-STC\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Lâm Hà, ngày 03 tháng 5 năm 2027\n\nKẾ HOẠCH\nRà soát tài sản công năm 2027\n\n"
)


def _tops(doc: ndq57.Document) -> list[tuple[str, str | None]]:
    return [(s.label, s.heading) for s in doc.sections]


def test_a_heading_label_finds_its_words_past_a_page_break() -> None:
    doc = ndq57.parse(_DOC)
    assert _tops(doc) == [
        ("I", "Mục đích, yêu cầu"),
        ("II", "Trách nhiệm của các đơn vị"),
        ("III", "Tổ chức thực hiện"),
    ]
    assert [c.label for c in doc.sections[1].children] == ["1", "2", "3"]


def test_an_item_label_finds_its_text_past_a_page_break() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-04-30", "II.1"),
        ("2027-07-31", "II.2"),
        ("2027-08-15", "II.3"),
        ("2027-11-25", "III"),
    ]
    # the page's number is no heading and no word of the item
    assert all(c.heading is None for c in doc.sections[1].children)
    assert doc.sections[1].children[0].text.startswith("Phòng Kỹ thuật")


def test_a_number_on_a_page_edge_is_the_page_number() -> None:
    text = _HEAD + (
        "1. Phòng Quản lý công sản chủ trì rà soát tài sản tại các đơn vị sự nghiệp\n"
        "           2\n"
        "\fcông lập, báo cáo Giám đốc Sở trước ngày 30/6/2027.\n"
    )
    doc = ndq57.parse(text)
    assert "\n2" not in doc.sections[0].text and " 2 " not in doc.sections[0].text
    assert any(f.rule == "drop_page_number" and f.original == "2" for f in doc.fixes)


def test_two_blank_lines_without_a_page_break_keep_the_label_apart() -> None:
    # (only a page break's furniture may stand between a label and its words beside the one
    # blank line a tab makes)
    text = _HEAD + "I.\n\n\nMục tiêu chung của kế hoạch\n\nCác phòng thực hiện trước ngày 30/6/2027.\n"
    doc = ndq57.parse(text)
    assert ("I", "Mục tiêu chung của kế hoạch") not in _tops(doc)


_SENTENCES = (FIXTURES / "pdftotext_default_sentences_over_pages_lang11.txt").read_text(encoding="utf-8")


def test_a_sentence_the_page_cut_goes_on_with_a_capital() -> None:
    # "... báo cáo Chủ tịch" / "- 2 -" / form feed "Ủy ban nhân dân xã trước ngày ...": one
    # sentence, its subject the item's first words
    doc = ndq57.parse(_SENTENCES)
    item = doc.sections[0].children[1]
    assert "báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày 31/8/2027" in item.text
    third = doc.sections[0].children[2].text
    assert "phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã tổ chức" in third
    tasks = {t.section: t for t in doc.tasks}
    assert tasks["I.2"].text.startswith("Phòng Kinh tế xã")


def test_a_body_line_near_two_page_breaks_is_no_running_header() -> None:
    # the same line under two pages' first lines, a blank line between: the body's
    doc = ndq57.parse(_SENTENCES)
    assert not any(f.rule == "drop_running_header" for f in doc.fixes)
    assert [c.text.count("Đơn vị phối hợp: các thôn, tổ dân phố.") for c in doc.sections[0].children[1:]] == [1, 1]


def test_a_heading_before_a_page_break_stays_apart() -> None:
    # a short heading line opened by a label, no full stop: the page's break is no sentence's cut
    text = _HEAD + (
        "1. Nhiệm vụ trọng tâm\n\n            2\n"
        "\fPhòng Quản lý công sản rà soát tài sản tại các đơn vị sự nghiệp công lập, báo cáo\n"
        "Giám đốc Sở trước ngày 30/6/2027.\n"
    )
    doc = ndq57.parse(text)
    assert [(s.label, s.heading) for s in doc.sections] == [("1", "Nhiệm vụ trọng tâm")]


def test_short_lines_before_a_page_break_are_no_cut_sentence() -> None:
    # a table's cells as a text export prints them, one a line, cut by the page: a short last line
    # is a cell's or a heading's (a line the page cut is wrapped full)
    text = _HEAD + (
        "I. NHIỆM VỤ\n\nNội dung công việc\nĐơn vị chủ trì\n\n            2\n"
        "\fPhòng Quản lý công sản rà soát tài sản tại các đơn vị sự nghiệp công lập, báo cáo\n"
        "Giám đốc Sở trước ngày 30/6/2027.\n"
    )
    doc = ndq57.parse(text)
    assert [t.text.split()[0] for t in doc.tasks] == ["Phòng"]
