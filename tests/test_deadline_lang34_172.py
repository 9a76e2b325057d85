"""Deadlines and target tables, fourth pass (round 34, helper 172): a table of targets whose owner
column is headed by a bare word ("Đơn vị", "Địa phương") and whose work column is "Chỉ tiêu" (a
row with a unit and a time is a task with a deadline; a column of figures or of units of measure
is none); an event's expected time after a comma said with "dự kiến"; a board's meeting named by
its number ("tại phiên họp thứ 3"); the first or last working days of a quarter or a year; and two
directives of styles the fixtures had few of: a Kế hoạch kiểm tra (the team's visits are no
deadline, the reports before and after them are) and a Công văn of a data campaign (weekly and
monthly returns, working days counted from a receipt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import ndq57
from ndq57.extract.timex import find_time_expressions

_FIXTURES = Path(__file__).parent / "fixtures"


def _doc(name: str) -> Any:
    path = _FIXTURES / f"{name}.txt"
    return ndq57.parse(path.read_text(encoding="utf-8"), source=str(path))


def _rows(doc: Any) -> list[tuple[str | None, str, str | None, list[tuple[str, str]]]]:
    return [(d.section, d.phrase, d.due, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]


_TABLE = (
    "Bình Nguyên, ngày 12 tháng 01 năm 2027\n\nII. CHỈ TIÊU\n\n1. Các chỉ tiêu như sau:\n\n"
    "| STT | Chỉ tiêu | {owner} | Thời gian hoàn thành |\n|---|---|---|---|\n"
    "| 1 | Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 100% | {a} | Quý II/2027 |\n"
    "| 2 | Tỷ lệ dịch vụ công trực tuyến toàn trình đạt từ 80% | {b} | Tháng 9/2027 |\n"
)


def test_a_target_table_with_a_bare_owner_heading() -> None:
    got = _rows(ndq57.parse(_TABLE.format(owner="Đơn vị", a="Sở Nội vụ", b="Văn phòng UBND tỉnh")))
    assert got == [
        ("II.1.1", "Quý II/2027", "2027-06-30", [("Sở Nội vụ", "lead")]),
        ("II.1.2", "Tháng 9/2027", "2027-09-30", [("Văn phòng UBND tỉnh", "lead")]),
    ]
    places = _rows(ndq57.parse(_TABLE.format(owner="Địa phương", a="Xã Tân Lộc", b="Phường Đông Sơn")))
    assert [(s, u) for s, _, _, u in places] == [("II.1.1", [("Xã Tân Lộc", "lead")]), ("II.1.2", [("Phường Đông Sơn", "lead")])]


def test_a_unit_of_measure_is_no_owner() -> None:
    # "Đơn vị" over "%" and "Hồ sơ": the unit a figure is counted in, no owner: no task, no deadline
    assert ndq57.parse(_TABLE.format(owner="Đơn vị", a="%", b="Hồ sơ")).deadlines == []
    assert ndq57.parse(_TABLE.format(owner="Đơn vị tính", a="Sở Nội vụ", b="Sở Y tế")).deadlines == []


def test_a_plan_of_targets_with_its_tables() -> None:
    doc = _doc("ubnd_kh_targets_bare_owner_lang34")
    got = _rows(doc)
    assert got[:5] == [
        ("II.1.1", "Quý II/2027", "2027-06-30", [("Sở Nội vụ", "lead")]),
        ("II.1.2", "Tháng 9/2027", "2027-09-30", [("Văn phòng UBND tỉnh", "lead")]),
        ("II.1.3", "Trước ngày 31/10/2027", "2027-10-31", [("Sở Khoa học và Công nghệ", "lead")]),
        ("II.2.1", "Tháng 6/2027", "2027-06-30", [("Xã Tân Lộc", "lead")]),
        ("II.2.2", "Quý III/2027", "2027-09-30", [("Phường Đông Sơn", "lead")]),
    ]
    # the table of figures with no owner (II.3) and the horizon of 2030 give none
    assert not any(s and s.startswith("II.3") for s, _, _, _ in got)
    assert all("2030" not in p for _, p, _, _ in got)
    assert [(s, p, d) for s, p, d, _ in got[5:]] == [
        ("III.1", "trước ngày 15/02/2027", "2027-02-15"),
        ("III.2", "trước kỳ họp thứ 6 Hội đồng nhân dân tỉnh, dự kiến giữa tháng 7/2027", "2027-07-15"),
        ("III.3", "tại phiên họp thứ 3", None),
    ]


def test_an_expected_time_after_a_comma() -> None:
    (e,) = find_time_expressions(
        "Văn phòng báo cáo trước Đại hội Đảng bộ tỉnh, dự kiến tháng 9/2026.", doc_date=dt.date(2026, 3, 5)
    )[0]
    assert (e.phrase, e.kind, e.due, e.rule) == (
        "trước Đại hội Đảng bộ tỉnh, dự kiến tháng 9/2026",
        "month",
        "2026-09-30",
        "event+expected",
    )
    # no "dự kiến", or another comma between: the event's time is not said
    assert [e.phrase for e in find_time_expressions("Các xã hoàn thành trước Đại hội, báo cáo tháng 5/2026.")[0]] == [
        "hoàn thành trước Đại hội",
        "tháng 5/2026",
    ]


def test_a_meeting_told_is_no_deadline() -> None:
    text = "Bình Nguyên, ngày 02 tháng 3 năm 2027\n\n1. Tại phiên họp thứ 3, Ban Chỉ đạo đã thống nhất các nội dung sau."
    assert ndq57.parse(text).deadlines == []


def test_an_inspection_plan() -> None:
    doc = _doc("so_kh_inspection_schedule_lang34")
    got = [(s, p, d) for s, p, d, _ in _rows(doc)]
    assert got == [
        ("III.1", "trước ngày 05/4/2027", "2027-04-05"),
        ("III.3", "chậm nhất 10 ngày làm việc sau khi kết thúc đợt kiểm tra", None),
        ("III.3", "trước ngày 31/5/2027", "2027-05-31"),
        ("III.4", "trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra", None),
    ]
    # the month of the checks, the team's days at the units and its schedule's rows: no deadlines
    said = [(x.phrase, x.verdict) for x in doc.decisions]
    assert ("từ ngày 12/4/2027 đến ngày 23/4/2027", "event") in said
    assert ("tháng 4/2027", "deadline") not in said


def test_a_team_at_work_over_days_is_a_visit() -> None:
    text = "Bình Nguyên, ngày 02 tháng 3 năm 2027\n\n2. Đoàn giám sát làm việc với các xã từ ngày 10/5/2027 đến ngày 14/5/2027."
    assert ndq57.parse(text).deadlines == []
    # a work asked for over the same days stays a deadline
    text = "Bình Nguyên, ngày 02 tháng 3 năm 2027\n\n2. Các xã rà soát hồ sơ từ ngày 10/5/2027 đến ngày 14/5/2027."
    assert [d.due for d in ndq57.parse(text).deadlines] == ["2027-05-14"]


def test_a_data_campaign_letter() -> None:
    doc = _doc("ubnd_cv_data_campaign_lang34")
    got = [(d.section, d.phrase, d.kind, d.due) for d in doc.deadlines]
    assert got == [
        ("1", "trước 16 giờ 30 phút thứ Sáu hằng tuần", "recurring", None),
        ("2", "trước 16 giờ ngày làm việc cuối cùng của tháng", "recurring", None),
        ("3", "trước ngày làm việc cuối cùng của tháng 8/2027", "date", "2027-08-31"),
        ("4", "trong vòng 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị của Công an tỉnh", "relative", None),
        ("5", "trong 05 ngày làm việc đầu tiên của quý IV/2027", "date", "2027-10-07"),
        ("6", "trước ngày 10/10/2027", "date", "2027-10-10"),
    ]
    first, monthly = doc.deadlines[:2]
    assert first.recurrence is not None and (first.recurrence.weekday, first.recurrence.time) == (4, "16:30")
    assert monthly.recurrence is not None and (monthly.recurrence.freq, monthly.recurrence.time) == ("monthly", "16:00")
    # the campaign's own span, said to be carried out, is no term
    assert ("từ ngày 20/5/2027 đến ngày 30/9/2027", "event") in [(x.phrase, x.verdict) for x in doc.decisions]


def test_working_days_of_a_quarter_and_a_year() -> None:
    got = find_time_expressions("Các sở báo cáo vào ngày làm việc cuối cùng của quý II năm 2028.")[0]
    assert [(e.phrase, e.due) for e in got] == [("vào ngày làm việc cuối cùng của quý II năm 2028", "2028-06-30")]
    # (the New Year's day a Saturday, the Monday after it off: the 4th, 5th and 6th)
    got = find_time_expressions("Các sở báo cáo trong 03 ngày làm việc đầu tiên của năm 2028.")[0]
    assert [(e.phrase, e.due) for e in got] == [("trong 03 ngày làm việc đầu tiên của năm 2028", "2028-01-06")]


def test_the_hour_of_a_working_day_of_every_period() -> None:
    (e,) = find_time_expressions("Các xã báo cáo trước 15 giờ 30 phút ngày làm việc cuối cùng của tuần.")[0]
    assert (e.phrase, e.qualifier) == ("trước 15 giờ 30 phút ngày làm việc cuối cùng của tuần", "before")
    assert e.recurrence is not None and (e.recurrence.freq, e.recurrence.weekday, e.recurrence.time) == (
        "weekly",
        4,
        "15:30",
    )
    # no hour that a day has
    (e,) = find_time_expressions("Các xã báo cáo trước 25 giờ ngày làm việc đầu tiên của tháng.")[0]
    assert e.recurrence is not None and e.recurrence.time is None
