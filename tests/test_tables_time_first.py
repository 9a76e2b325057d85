"""A schedule whose first column is the time, the cell merged down over the rows of that time and
printed empty below: each row naming a task and a lead of its own is a task of that time; the
rest of a wrapped cell (small letter first, no lead) stays the row above's."""

from __future__ import annotations

from pathlib import Path

import ndq57

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(text: str) -> list[tuple[str | None, str, list[str]]]:
    doc = ndq57.parse(text)
    return [(d.due, d.task, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]


def test_fixture_rows_of_a_merged_time() -> None:
    got = _facts((FIXTURES / "schedule_time_first_merged.txt").read_text(encoding="utf-8"))
    assert [(due, leads) for due, _, leads in got[:5]] == [
        ("2027-01-31", ["Phòng Quản lý khoa học"]),
        ("2027-01-31", ["Văn phòng Sở"]),
        ("2027-06-30", ["Trung tâm Chuyển đổi số"]),
        ("2027-06-30", ["Phòng Công nghệ thông tin"]),
        ("2027-09-30", ["Phòng Quản lý công nghệ"]),
    ]
    assert got[3][1] == "Xây dựng nền tảng dữ liệu dùng chung kết nối với cơ sở dữ liệu quốc gia"


_TABLE = (
    "KẾ HOẠCH\n\nCông tác năm 2027\n\n"
    "| Thời gian | Nội dung | Đơn vị chủ trì |\n|---|---|---|\n"
    "| Quý I/2027 | Rà soát quy chế làm việc | Văn phòng UBND tỉnh |\n"
    "| | {task} | {lead} |\n"
)


def test_row_without_a_lead_of_its_own_is_the_row_above() -> None:
    got = _facts(_TABLE.format(task="Tổng hợp ý kiến các sở", lead=""))
    assert [(due, leads) for due, _, leads in got] == [("2027-03-31", ["Văn phòng UBND tỉnh"])]


def test_row_with_a_task_and_a_lead_of_its_own() -> None:
    got = _facts(_TABLE.format(task="Tổng hợp ý kiến các sở", lead="Sở Tư pháp"))
    assert [(due, leads) for due, _, leads in got] == [
        ("2027-03-31", ["Văn phòng UBND tỉnh"]),
        ("2027-03-31", ["Sở Tư pháp"]),
    ]
