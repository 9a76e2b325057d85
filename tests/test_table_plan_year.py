"""The time cells of a plan's table that name no year are of the year the plan is for, when its
title names the year after its date's (an annual plan signed in December)."""

from __future__ import annotations

import ndq57

TABLE = (
    "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
    "| 1 | Rà soát thủ tục hành chính | Văn phòng HĐND và UBND xã | Quý I |\n"
    "| 2 | Tổng kết | Văn phòng HĐND và UBND xã | Tháng 12 |\n"
)


def _dues(title: str, date: str) -> list[str | None]:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 9/KH-UBND\n"
        f"An Phú, {date}\nKẾ HOẠCH\n{title}\nI. NHIỆM VỤ\nChi tiết tại Phụ lục.\n"
        "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\n" + TABLE
    )
    return [d.due for d in ndq57.parse(text).deadlines]


def test_cells_of_a_plan_for_the_next_year() -> None:
    assert _dues("Cải cách hành chính năm 2027", "ngày 10 tháng 12 năm 2026") == ["2027-03-31", "2027-12-31"]


def test_cells_of_a_plan_for_its_own_year_or_no_year() -> None:
    assert _dues("Cải cách hành chính năm 2026", "ngày 10 tháng 01 năm 2026") == ["2026-03-31", "2026-12-31"]
    assert _dues("Cải cách hành chính", "ngày 10 tháng 01 năm 2026") == ["2026-03-31", "2026-12-31"]
    # a span of years starting in the year of signing names no one year of the plan (a span whose
    # first year follows it does: tests/test_deadline_lang9.py)
    assert _dues("Giai đoạn 2026 - 2030", "ngày 10 tháng 01 năm 2026") == ["2026-03-31", "2026-12-31"]
    assert _dues("Năm học 2027 - 2028", "ngày 10 tháng 12 năm 2026") == ["2026-03-31", "2026-12-31"]
