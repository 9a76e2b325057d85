"""A work programme's table whose group rows are times ("Tháng 01/2027" over its rows): a row that
says no time of its own is due at the group's time, a row that says a part of it ("Tuần 2") at
that part; a group row that is a year, a period or words times nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import ndq57

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(text: str) -> list[tuple[str | None, str, str | None, str, list[str]]]:
    doc = ndq57.parse(text)
    return [(d.due, d.kind, d.section, d.rule, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]


def test_fixture_rows_take_their_group_month() -> None:
    got = _facts((FIXTURES / "programme_month_groups.txt").read_text(encoding="utf-8"))
    table = [f for f in got if f[3] == "table_group_time"]
    assert [(due, kind, section) for due, kind, section, _, _ in table] == [
        ("2027-01-14", "vague", "II.I.1"),  # "Tuần 2" under "I. THÁNG 01/2027"
        ("2027-01-31", "month", "II.I.2"),  # no time of its own
        ("2027-02-07", "vague", "II.II.3"),
        ("2027-02-28", "month", "II.II.4"),
        ("2027-03-31", "vague", "II.III.5"),  # "Tuần cuối"
    ]
    assert table[1][4] == ["Ban Xây dựng Đảng"]
    # the regular tasks' group and the year's group time nothing
    assert not any(f[2] in ("II.IV.6", "II.V.7") for f in got)


_TABLE = (
    "KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2027\n\n"
    "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
    "| **{group}** | | | |\n"
    "| 1 | Rà soát quy chế làm việc | Văn phòng UBND tỉnh | {cell} |\n"
)


@pytest.mark.parametrize(
    ("group", "cell", "due"),
    [
        ("Quý II/2027", "", "2027-06-30"),
        ("6 tháng đầu năm 2027", "", "2027-06-30"),
        ("Tháng 9/2027", "Tuần 3", "2027-09-21"),
        ("A. THÁNG 10/2027", "", "2027-10-31"),
    ],
)
def test_group_time_over_a_row(group: str, cell: str, due: str) -> None:
    got = _facts(_TABLE.format(group=group, cell=cell))
    assert [(f[0], f[3]) for f in got] == [(due, "table_group_time")]


@pytest.mark.parametrize(
    "group",
    ["Năm 2027", "Giai đoạn 2026 - 2030", "Nhiệm vụ trọng tâm tháng 01/2027", "Nhiệm vụ thường xuyên"],
)
def test_group_that_times_nothing(group: str) -> None:
    assert _facts(_TABLE.format(group=group, cell="")) == []
