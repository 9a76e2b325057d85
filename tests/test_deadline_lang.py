"""The language of deadlines read in round 10 (helper 70): one quarter's weeks, days and parts, lists
of days, dotted clock times, lunar glosses; their linear time on long inputs."""

from __future__ import annotations

import datetime as dt

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

DOC = dt.date(2026, 11, 12)


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        # the quarter of the document date, and the one after it (over the turn of the year)
        ("báo cáo vào tuần thứ hai của tháng cuối quý này.", "vào tuần thứ hai của tháng cuối quý này", "2026-12-14"),
        ("báo cáo trong tuần cuối của tháng đầu quý tới.", "trong tuần cuối của tháng đầu quý tới", "2027-01-31"),
        ("gửi trước ngày 20 tháng giữa quý tới.", "trước ngày 20 tháng giữa quý tới", "2027-02-20"),
        ("hoàn thành vào giữa quý tới.", "vào giữa quý tới", "2027-02-28"),
        ("trình trong tháng đầu quý này.", "trong tháng đầu quý này", "2026-10-31"),
        # a list of days before its month, the days following each other
        ("tập huấn trong ba ngày 17, 18 và 19/11/2026.", "trong ba ngày 17, 18 và 19/11/2026", "2026-11-19"),
    ],
)
def test_one_quarter_and_day_lists(text: str, phrase: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, doc_date=DOC)
    assert [(e.phrase, e.due) for e in exprs] == [(phrase, due)]


def test_day_in_quarter_out_of_month_is_not_read_as_that_day() -> None:
    # day 31 of the middle month of the fourth quarter (November) does not exist: no day made up
    exprs, _ = find_time_expressions("gửi trước ngày 31 tháng giữa quý này.", doc_date=DOC)
    assert all(e.due != "2026-11-31" for e in exprs)
    assert all(e.kind != "date" for e in exprs)


def test_lunar_gloss_keeps_one_deadline_with_its_owner() -> None:
    doc = ndq57.parse(
        "Bắc Ninh, ngày 12 tháng 11 năm 2026\n\n1. UBND các xã tổ chức lễ hội truyền thống vào ngày"
        " 02/02/2027 (tức ngày 26 tháng Chạp âm lịch)."
    )
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("vào ngày 02/02/2027", "2027-02-02")]
    assert [a.canonical for a in doc.deadlines[0].assignees] == ["Ủy ban nhân dân các xã"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("các ngày " + "1, " * 4000 + "2/7/2026", ["2/7/2026"]),
        ("tháng cuối quý " * 2000 + "này", ["cuối quý này"]),
        ("trước 15.00 " * 500 + "ngày 15/6/2026", ["trước 15.00 ngày 15/6/2026"]),
        ("(tức ngày 01/6 âm lịch) " * 2000, ["ngày 01/6 âm lịch"] * 2000),
    ],
)
def test_long_inputs_at_size(text: str, want: list[str]) -> None:
    # (long runs of what once made the grammar backtrack; the growth is measured by
    # benchmarks/bench.py, RUNS "time words", never by a timed test)
    found, _ = find_time_expressions(text, doc_date=DOC)
    assert [e.phrase for e in found] == want
