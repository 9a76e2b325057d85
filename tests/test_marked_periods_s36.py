"""A schedule with a column per period (``Quý I | Quý II | …``, ``Tháng 3 | Tháng 6 | …``, also
under a heading over two header rows), the work of a row marked ``x`` under the periods it is done
in: one deadline per period marked, due at its end, of the year the plan is for."""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES

_HEAD = "ĐẢNG ỦY XÃ AN PHÚ\nSố 3-CTr/ĐU\nAn Phú, ngày 20 tháng 01 năm 2027\n\nCHƯƠNG TRÌNH\ncông tác năm 2027\n\n"


def _read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.phrase, d.due, d.rule) for d in ndq57.parse(text).deadlines]


def test_fixture() -> None:
    doc = ndq57.parse((FIXTURES / "party_ctr_marked_periods_s36.txt").read_text(encoding="utf-8"))
    marked = [(d.section, d.due) for d in doc.deadlines if d.rule == "table_marked_period"]
    assert marked == [
        ("I.1", "2027-06-30"),
        ("I.2", "2027-09-30"),
        ("I.3", "2027-03-31"),
        ("I.3", "2027-12-31"),
        ("II.1", "2027-03-31"),
        ("II.1", "2027-09-30"),
        ("II.2", "2027-06-30"),
        ("II.2", "2027-12-31"),
    ]
    # the figures of a statistics table under period columns are no marks
    assert not [d for d in doc.deadlines if d.section and d.section.startswith("III")]


@pytest.mark.parametrize("mark", ["x", "X", "✓", "√", "•"])
def test_marks(mark: str) -> None:
    table = (
        "| TT | Nội dung | Đơn vị chủ trì | Quý I | Quý II | Quý III | Quý IV |\n|---|---|---|---|---|---|---|\n"
        f"| 1 | Kiểm tra công tác đảng viên | Ủy ban Kiểm tra Đảng ủy |  |  | {mark} |  |\n"
    )
    assert _read(_HEAD + table) == [("Quý III", "2027-09-30", "table_marked_period")]


def test_not_marks() -> None:
    # a period column with a word, a single period column, a mark under a column that is no period
    table = (
        "| TT | Nội dung | Đơn vị chủ trì | Quý I | Quý II | Ghi chú |\n|---|---|---|---|---|---|\n"
        "| 1 | Kiểm tra công tác đảng viên | Ủy ban Kiểm tra Đảng ủy | Đã xong |  | x |\n"
    )
    assert _read(_HEAD + table) == []
    single = (
        "| TT | Nội dung | Đơn vị chủ trì | Quý I | Ghi chú |\n|---|---|---|---|---|\n"
        "| 1 | Kiểm tra công tác đảng viên | Ủy ban Kiểm tra Đảng ủy | x |  |\n"
    )
    assert _read(_HEAD + single) == []


def test_numbered_months() -> None:
    under = (
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện (tháng) |  |  |  |\n"
        "|  |  |  | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Kiểm tra công tác đảng viên | Ủy ban Kiểm tra Đảng ủy |  | x |  | x |\n"
    )
    assert _read(_HEAD + under) == [("2", "2027-02-28", "table_marked_period"), ("4", "2027-04-30", "table_marked_period")]
    short = (
        "| TT | Nội dung | Đơn vị chủ trì | T1 | T2 | T3 |\n|---|---|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ đảng viên | Văn phòng Đảng ủy | x |  |  |\n"
    )
    assert _read(_HEAD + short) == [("T1", "2027-01-31", "table_marked_period")]


def test_numbers_that_are_no_months() -> None:
    # numbers under a heading that names no month; numbers that do not count up
    counts = (
        "| TT | Nội dung | Đơn vị chủ trì | Số lượng |  |  |\n|  |  |  | 1 | 2 | 3 |\n|---|---|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ đảng viên | Văn phòng Đảng ủy | x |  |  |\n"
    )
    assert _read(_HEAD + counts) == []
    down = (
        "| TT | Nội dung | Đơn vị chủ trì | T3 | T1 |\n|---|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ đảng viên | Văn phòng Đảng ủy | x |  |\n"
    )
    assert _read(_HEAD + down) == []
