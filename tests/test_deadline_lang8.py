"""The language of deadlines read in round 19 (helper 100): a day to do the work in ("trong ngày
12/8/2025") after a verb of releasing or sending a paper whose next word opens a noun that
is no verb ("Phát hành Thông báo ...", "Gửi thông báo ..."), bold or not; a New Year's day named
alone in an appendix table's time cell ("Tết Nguyên đán Đinh Mùi"); linear."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.extract.decide import words
from ndq57.extract.timex import find_time_expressions

_HEAD = "Đông Phong, ngày 10 tháng 9 năm 2026\n\n"
_TABLE = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n"
    "|---|---|---|---|\n"
    "| 1 | Thăm hỏi gia đình chính sách | Phòng Nội vụ | {cell} |\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "1. Văn phòng phát hành thông báo kết luận đến các cơ quan, đơn vị liên quan trong ngày 12/9/2026.",
        "1. Văn phòng gửi thông báo triệu tập đến các đồng chí Ủy viên trong ngày 12/9/2026.",
        "1. Các xã niêm yết công khai danh sách tại trụ sở trong ngày 12/9/2026.",
        "1. Ban Tổ chức ban hành thông báo phân công trong ngày 12/9/2026.",
        "1. Đoàn kiểm tra gửi biên bản về Sở Y tế trong ngày 12/9/2026.",
    ],
)
def test_same_day_work_without_bold(item: str) -> None:
    [d] = ndq57.parse(_HEAD + item).deadlines
    assert (d.phrase, d.due, d.rule) == ("trong ngày 12/9/2026", "2026-09-12", "on_obligation")


@pytest.mark.parametrize(
    "item",
    [
        "1. Trong ngày 09/9/2026, đoàn công tác đã làm việc tại xã.",
        "1. Đoàn công tác làm việc với Trung tâm về chương trình bồi dưỡng trong ngày 16/9/2026.",
        "1. Tình trạng ùn tắc giao thông xảy ra trong ngày 12/9/2026.",
        # (a body named by its work: the day of a visit, no term)
        "1. Đoàn kiểm tra làm việc với Trung tâm Y tế trong ngày 12/9/2026.",
        "1. Ban Tổ chức hội thi làm việc với các đội thi trong ngày 12/9/2026.",
    ],
)
def test_same_day_told_is_no_term(item: str) -> None:
    assert ndq57.parse(_HEAD + item).deadlines == []


def test_noun_syllables_still_no_obligation() -> None:
    w = words()["obligation"]
    assert [bool(w.search(t)) for t in ("ùn tắc giao thông", "thư ký hội nghị", "ký hiệu", "chương trình")] == [
        False,
        False,
        False,
        False,
    ]
    assert [bool(w.search(t)) for t in ("phát hành thông báo", "gửi thông báo", "giao nhiệm vụ")] == [True, True, True]


@pytest.mark.parametrize(
    ("cell", "kind", "due"),
    [
        ("Tết Nguyên đán Đinh Mùi", "date", "2027-02-06"),
        ("Tết Nguyên đán năm 2027", "date", "2027-02-06"),
        ("Tết Dương lịch 2027", "date", "2027-01-01"),
        ("Trước Tết Nguyên đán Đinh Mùi", "date", "2027-02-06"),
        # (the holiday, not its day)
        ("Dịp Tết Nguyên đán Đinh Mùi", "vague", None),
    ],
)
def test_new_year_alone_in_a_time_cell(cell: str, kind: str, due: str | None) -> None:
    doc = ndq57.parse(_HEAD + "1. Các đơn vị thực hiện theo Phụ lục.\n\n" + _TABLE.format(cell=cell))
    [d] = [d for d in doc.deadlines if d.section.startswith("Phụ lục")]
    assert (d.phrase, d.kind, d.due) == (cell, kind, due)


def test_new_year_with_no_year_in_a_cell_is_the_coming_one() -> None:
    # (round 20, helper 103: the Tết coming after the signing in September 2026)
    doc = ndq57.parse(_HEAD + "1. Các đơn vị thực hiện theo Phụ lục.\n\n" + _TABLE.format(cell="Tết Nguyên đán"))
    assert [d.due for d in doc.deadlines if d.section.startswith("Phụ lục")] == ["2027-02-06"]


def test_reads_at_size() -> None:
    # a long run of the obligation words' look-alikes (a quadratic path would take minutes here; the growth is measured by benchmarks/bench.py, never
    # by a timed test)
    w = words()["obligation"]
    assert sum(1 for _ in w.finditer("phát hành thông báo giao thông ký hiệu " * 3200)) == 3200


def test_holiday_by_its_day_with_no_year() -> None:
    exprs, _ = find_time_expressions("Các xã treo cờ trong dịp 30/4 và 1/5.", default_year=2026)
    assert [(e.phrase, e.due) for e in exprs] == [("trong dịp 30/4", "2026-04-30"), ("1/5", "2026-05-01")]
    # (a share after the occasion's word, or listed after a day: no day)
    assert find_time_expressions("Nhân dịp 2/3 số xã hoàn thành.", default_year=2026)[0] == []
    exprs, _ = find_time_expressions("Các xã báo cáo trước ngày 15/3, 2/3 số xã đã xong.", default_year=2026)
    assert [e.phrase for e in exprs] == ["trước ngày 15/3"]
