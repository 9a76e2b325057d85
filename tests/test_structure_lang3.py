"""The header and the section tree, third pass (round 12): a plan whose body opens with a part
numbered by a word ("Mục 1. NHIỆM VỤ CHUNG") right under a mixed-case title, which is the body's
first part, not the authority of a decision printed under its title; a group's title in capitals
between two items of one list ("LĨNH VỰC VĂN HÓA - XÃ HỘI"), which ends the item before it."""

from __future__ import annotations

import ndq57
from section_support import paths, tree

_TOP = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 31/KH-UBND\nTân Hiệp, ngày 3 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
    "Phòng, chống dịch bệnh trên đàn vật nuôi năm 2027 trên địa bàn xã\n"
)


def test_a_part_numbered_by_a_word_under_the_title_opens_the_body() -> None:
    text = _TOP + (
        "Mục 1. NHIỆM VỤ CHUNG\n"
        "1. Các ấp rà soát tổng đàn gia súc, gia cầm trước ngày 31/3/2027.\n"
        "Mục 2. NHIỆM VỤ CỤ THỂ\n"
        "1. Công chức Nông nghiệp tổ chức tiêm phòng đợt 1 trước ngày 30/4/2027.\n"
    )
    doc = ndq57.parse(text)
    assert doc.document.title == "Phòng, chống dịch bệnh trên đàn vật nuôi năm 2027 trên địa bàn xã"
    assert [(s.label, s.heading) for s in doc.sections] == [("Mục 1", "NHIỆM VỤ CHUNG"), ("Mục 2", "NHIỆM VỤ CỤ THỂ")]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-03-31", "Mục 1.1"), ("2027-04-30", "Mục 2.1")]


def test_a_chapter_under_the_title_opens_the_body() -> None:
    text = _TOP.replace("KẾ HOẠCH", "QUY CHẾ") + (
        "Chương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Quy chế này quy định việc phối hợp giữa các ấp trong phòng, chống dịch bệnh trên đàn vật nuôi.\n"
    )
    doc = ndq57.parse(text)
    assert [(s.label, s.heading) for s in doc.sections] == [("Chương I", "QUY ĐỊNH CHUNG")]
    assert [(s.label, s.heading) for s in doc.sections[0].children] == [("Điều 1", "Phạm vi điều chỉnh")]


def test_a_group_title_between_two_items_ends_the_item_before_it() -> None:
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n\nLĨNH VỰC KINH TẾ\n\n"
        "1. Sở Tài chính tham mưu giải ngân vốn đầu tư công trước ngày 31/12/2027.\n\n"
        "2. Sở Công Thương phát triển thương mại điện tử.\n\n"
        "LĨNH VỰC VĂN HÓA - XÃ HỘI\n\n"
        "3. Sở Y tế nâng cao chất lượng khám, chữa bệnh.\n\n"
        "4. Sở Giáo dục và Đào tạo hoàn thành kiểm định trước ngày 30/6/2027.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành triển khai thực hiện.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["II", "II.1", "II.2", "II.3", "II.4", "III"]
    assert roots[0].children[1].text == "Sở Công Thương phát triển thương mại điện tử."
    assert "LĨNH VỰC VĂN HÓA - XÃ HỘI" in roots[0].text


def test_a_title_in_capitals_over_deeper_items_stays_in_its_item() -> None:
    # a unit's name over the letters of item 1 ("SỞ Y TẾ" / "a) ..."): the next item is deeper,
    # the name stays in item 1
    text = (
        "1. Giao các sở thực hiện các nhiệm vụ sau:\n\nSỞ Y TẾ\n\n"
        "a) Rà soát hồ sơ sức khỏe trước ngày 30/6/2027.\n\n"
        "2. Văn phòng tổng hợp kết quả.\n"
    )
    roots = tree(text)
    assert paths(roots) == ["1", "1.a", "2"]
    assert "SỞ Y TẾ" in roots[0].text


def test_a_group_title_between_two_items_with_no_blank_lines() -> None:
    # a Word export whose lines are its paragraphs: the reflow (parse/layout.py) sets the title
    # apart from item 2 (tests/test_layout_lang4.py)
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Sở Tài chính tham mưu giải ngân vốn đầu tư công trước ngày 31/12/2027.\n"
        "2. Sở Công Thương phát triển thương mại điện tử.\n"
        "LĨNH VỰC VĂN HÓA - XÃ HỘI\n"
        "3. Sở Y tế nâng cao chất lượng khám, chữa bệnh.\n"
    )
    roots = tree(text)
    assert roots[0].children[1].text == "Sở Công Thương phát triển thương mại điện tử."
