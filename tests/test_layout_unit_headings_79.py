"""(helper 79) A numbered heading that names units and no verb, with no colon, over a line opening a
work with a capital stands alone (parse.layout); a hard-wrapped sentence going on in small letters
stays one paragraph."""

from __future__ import annotations

import pytest

import ndq57

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 77/KH-UBND\nAn Bình, ngày 03 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
    "Phòng, chống dịch bệnh năm 2027\n\n"
    "1. Trạm Y tế xã\nTổ chức tiêm chủng mở rộng cho trẻ em, hoàn thành trong tháng 3/2027.\n"
    "2. Phòng Văn hóa - Xã hội\nTổng hợp kết quả, báo cáo UBND xã trước ngày 25 hằng tháng.\n"
)


@pytest.mark.parametrize(
    ("item", "heading"),
    [
        (
            "3. Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã\n"
            "Tuyên truyền, vận động nhân dân vệ sinh môi trường, báo cáo trước ngày 30/6/2027.",
            "Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã",
        ),
        (
            "3. Đề nghị Hội Cựu chiến binh xã, Hội Nông dân xã và Đoàn Thanh niên xã\n"
            "Vận động hội viên ra quân dọn vệ sinh, hoàn thành trong tháng 4/2027.",
            "Đề nghị Hội Cựu chiến binh xã, Hội Nông dân xã và Đoàn Thanh niên xã",
        ),
        (
            "3. Công an xã, Ban Chỉ huy Quân sự xã và Trạm Y tế xã\n"
            "Phối hợp kiểm tra các khu cách ly tập trung, báo cáo kết quả trước ngày 15/5/2027.",
            "Công an xã, Ban Chỉ huy Quân sự xã và Trạm Y tế xã",
        ),
    ],
)
def test_unit_heading_stands_alone(item: str, heading: str) -> None:
    doc = ndq57.parse(_HEAD + item)
    sec = doc.sections[-1]
    assert sec.heading == heading
    assert not sec.text.startswith(heading)


@pytest.mark.parametrize(
    "item",
    [
        # the sentence goes on in small letters: a hard wrap
        "3. Ủy ban nhân dân các thôn và Ban Công tác Mặt trận các thôn\n"
        "phối hợp với Trạm Y tế xã rà soát các hộ có người đi về từ vùng dịch trước ngày 10/5/2027.",
        # a verb in the numbered line: a sentence, not a heading of units
        "3. Các thôn báo cáo Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã\n"
        "Trước ngày 10/5/2027, các thôn hoàn thành việc rà soát các hộ có người đi về từ vùng dịch.",
        # the next line opens with no work (a unit's name goes on in capitals)
        "3. Giao Ủy ban MTTQ Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã và Ủy ban\n"
        "Kiểm tra Đảng ủy xã giám sát việc thực hiện kế hoạch, báo cáo trước ngày 10/5/2027.",
    ],
)
def test_wrapped_sentence_stays_one(item: str) -> None:
    doc = ndq57.parse(_HEAD + item)
    sec = doc.sections[-1]
    assert sec.heading is None
    assert sec.text.startswith(item.split("\n")[0][3:])
