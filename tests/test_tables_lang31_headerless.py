"""A task table printed without its header row (a scan's OCR put the header's words into the
paragraph above the table): its columns read from its cells, times, units and the task."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_HEAD = "UBND XÃ AN PHÚ\nSố: 5/KH-UBND\nAn Phú, ngày 04 tháng 01 năm 2027\nKẾ HOẠCH\nCải cách\n\nI. NHIỆM VỤ\n"


def test_a_numbered_table_without_header() -> None:
    doc = ndq57.parse((FIXTURES / "ocr_scan_headerless_table_lang31.txt").read_text(encoding="utf-8"))
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time"]
    got = [(d.due, d.section, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]
    assert got[0] == (
        "2027-03-15",
        "II.1",
        [("Công chức Địa chính - Nông nghiệp", "lead"), ("Trưởng các thôn", "coordinate")],
    )
    assert [g[1] for g in got] == ["II.1", "II.2", "II.3", "II.4", "II.5", "III"]


def test_a_table_without_number_column_or_header() -> None:
    text = _HEAD + (
        "Các cơ quan thực hiện theo bảng sau: Nội dung Đơn vị chủ trì Thời gian\n\n"
        "| Khảo sát, lập danh sách hộ nghèo | Ủy ban MTTQ Việt Nam xã | Trước ngày 15/5/2027 |\n"
        "| Tổ chức hội nghị phát động phong trào | Đoàn Thanh niên xã | Tháng 6/2027 |\n"
        "| Giám sát việc sử dụng kinh phí | Ban Thanh tra nhân dân xã | Thường xuyên |\n"
    )
    doc = ndq57.parse(text)
    assert [(d.due, [a.unit for a in d.assignees]) for d in doc.deadlines][:2] == [
        ("2027-05-15", ["Ủy ban MTTQ Việt Nam xã"]),
        ("2027-06-30", ["Đoàn Thanh niên xã"]),
    ]


def test_a_table_of_people_is_no_task_table() -> None:
    text = _HEAD + (
        "Thành phần Ban Chỉ đạo gồm:\n\n"
        "| Nguyễn Văn An | Chủ tịch UBND xã | Trưởng ban |\n"
        "| Lê Thị Bình | Phó Chủ tịch UBND xã | Phó Trưởng ban |\n"
        "| Trần Văn Cường | Công chức Văn phòng - Thống kê | Thành viên |\n"
    )
    doc = ndq57.parse(text)
    assert doc.tables[0].columns == ["other", "other", "other"]
    assert doc.deadlines == []


def test_a_table_of_dates_without_owners_is_left_as_it_was() -> None:
    text = _HEAD + (
        "Lịch tiếp công dân:\n\n"
        "| Thứ Hai | Tháng 1/2027 | Phòng họp số 1 |\n"
        "| Thứ Năm | Tháng 2/2027 | Phòng họp số 2 |\n"
    )
    assert ndq57.parse(text).tables[0].columns == ["other", "other", "other"]
