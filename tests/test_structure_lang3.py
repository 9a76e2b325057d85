"""The header and the section tree, third pass (round 12): a plan whose body opens with a part
numbered by a word ("Mục 1. NHIỆM VỤ CHUNG") right under a mixed-case title, which is the body's
first part, not the authority of a decision printed under its title."""

from __future__ import annotations

import ndq57

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
