"""Section trees of office styles never seen (round 31, helper 157; parse/sections.py): items
numbered after their roman part's numeral ("II.1. Công tác quảng bá") holding lists numbered anew
("1.", "2."), which sit under them."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse, parse_bytes

HEAD = "KẾ HOẠCH\nPhát triển du lịch năm 2027\n\n"


def paths(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.section, d.due) for d in parse(HEAD + text).deadlines]


def test_lists_numbered_anew_sit_under_the_items_numbered_after_the_part() -> None:
    text = (
        "I. NHIỆM VỤ\n\nI.1. Quảng bá\n\n"
        "1. Phòng Văn hóa in ấn phẩm trước ngày 31/3/2027.\n\n"
        "2. Các xã tổ chức ngày hội trong tháng 5/2027.\n\n"
        "I.2. Hạ tầng\n\n"
        "1. Các xã lắp biển chỉ dẫn trước ngày 30/6/2027.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nVăn phòng báo cáo trước ngày 10/12/2027.\n"
    )
    assert paths(text) == [
        ("I.1.1", "2027-03-31"),
        ("I.1.2", "2027-05-31"),
        ("I.2.1", "2027-06-30"),
        ("II", "2027-12-10"),
    ]


def test_items_numbered_after_the_part_alone_stay_its_items() -> None:
    text = (
        "I. NHIỆM VỤ\n\nI.1. Phòng Văn hóa in ấn phẩm trước ngày 31/3/2027.\n\n"
        "I.2. Các xã lắp biển chỉ dẫn trước ngày 30/6/2027.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng báo cáo trước ngày 10/12/2027.\n"
    )
    assert paths(text) == [("I.1", "2027-03-31"), ("I.2", "2027-06-30"), ("II.1", "2027-12-10")]


def test_the_fixture_with_items_numbered_after_the_part() -> None:
    doc = parse_bytes((FIXTURES / "so_kh_roman_item_heads_lang31.txt").read_bytes())
    assert [d.section for d in doc.deadlines] == ["II.1.1", "II.1.2", "II.2.1", "II.2.2", "II.3", "III"]
    heads = {s.path: s.heading for s in doc.sections[1].children}
    assert heads == {"II.1": "Công tác quảng bá", "II.2": "Hạ tầng và dịch vụ", "II.3": "Đào tạo nguồn nhân lực"}
