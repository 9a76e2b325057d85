"""(helper 106, round 46) Tasks of industry and trade, market surveillance and power directives: the
work of the sector that opens an item ("Dự trữ hàng hóa", "Kiểm soát", "Tắt điện chiếu sáng" ...)
is a task of the heading's unit; the firms and traders the department directs own the items under
their heading ("3. Các doanh nghiệp tham gia chương trình bình ổn thị trường")."""

from __future__ import annotations

import pytest

import ndq57

_HEAD = (
    "UBND TỈNH HÒA LÂM\nSỞ CÔNG THƯƠNG\nSố: 88/KH-SCT\nHòa Lâm, ngày 10 tháng 12 năm 2026\n\n"
    "KẾ HOẠCH\nBình ổn thị trường dịp Tết Nguyên đán Đinh Mùi 2027\n\n"
)


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    doc = ndq57.parse(_HEAD + body)
    return [(t.text, [a.canonical for a in t.owners]) for t in doc.tasks]


@pytest.mark.parametrize(
    "item",
    [
        "Truy quét các đối tượng buôn lậu qua biên giới",
        "Dự trữ hàng hóa thiết yếu phục vụ nhu cầu của nhân dân",
        "Mở bán hàng bình ổn tại các chợ truyền thống",
        "Kiểm soát chặt chẽ hàng hóa lưu thông trên thị trường",
        "Ngăn chặn hành vi găm hàng, tăng giá bất hợp lý",
        "Tắt điện chiếu sáng quảng cáo sau 22 giờ",
        "Cắt giảm công suất sử dụng điện vào giờ cao điểm",
        "Tiết kiệm tối thiểu 10% điện năng tiêu thụ",
    ],
)
def test_sector_work_item_is_a_task(item: str) -> None:
    got = _tasks(f"II. NHIỆM VỤ\n1. Chi cục Quản lý thị trường tỉnh\n+ {item};\n+ Theo dõi diễn biến giá cả.")
    assert (item, ["Chi cục Quản lý thị trường"]) in got


def test_firms_heading_owns_its_items() -> None:
    got = _tasks(
        "II. NHIỆM VỤ\n3. Các doanh nghiệp tham gia chương trình bình ổn thị trường\n"
        "- Dự trữ hàng hóa thiết yếu, hoàn thành trước ngày 10/01/2027.\n"
        "- Báo cáo lượng hàng bán ra về Sở Công Thương trước 10 giờ thứ Hai hằng tuần."
    )
    owners = {text: units for text, units in got}
    assert owners["Dự trữ hàng hóa thiết yếu, hoàn thành trước ngày 10/01/2027"] == [
        "Các doanh nghiệp tham gia chương trình bình ổn thị trường"
    ]
    assert owners["Báo cáo lượng hàng bán ra về Sở Công Thương trước 10 giờ thứ Hai hằng tuần"] == [
        "Các doanh nghiệp tham gia chương trình bình ổn thị trường"
    ]


def test_told_sector_work_is_no_task() -> None:
    # (negative: a report's item telling what the firms did opens with no verb of work)
    got = _tasks("I. KẾT QUẢ\n1. Chi cục Quản lý thị trường tỉnh\n- Các doanh nghiệp đã dự trữ hàng hóa trị giá 50 tỷ đồng.")
    assert got == []
