"""Deadlines, third pass (round 33, helper 167): "định kỳ" after its clause's subject before a day
and more months ("Công an tỉnh định kỳ trước ngày 20 tháng 6 và tháng 12": yearly), a day with its
year then "và các năm tiếp theo" (that day every year, the first one its start) or a yearly day
then the year it starts in ("bắt đầu từ năm 2027"), a month of a quarter named with its year
("trong tháng đầu của quý IV/2026", "trước ngày 15 của tháng cuối quý III/2026"), a council's
session named by its number in words ("trước kỳ họp thứ năm", "trình ... tại kỳ họp thứ sáu"), the
time right after a named event ("ngay sau Tết Nguyên đán"), an event's expected time a part of a
month in brackets ("(dự kiến giữa tháng 7/2026)"), a
term an earlier letter set told as missed ("... trước ngày 10/01/2026. Đến nay đã quá hạn": no
deadline, also in a draft with no day), and three directives of styles the fixtures had few of: a
Sở's Kế hoạch for Nghị quyết 57 with phases, a Thông báo of a meeting's conclusions, a Công văn
đôn đốc."""

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


def _read(text: str, signed: dt.date | None = dt.date(2026, 1, 12)) -> list[tuple[str, str, Any]]:
    return [
        (e.phrase, e.kind, e.recurrence.dates if e.recurrence and e.recurrence.dates else e.due)
        for e in find_time_expressions(text, doc_date=signed)[0]
    ]


def _dues(name: str) -> list[tuple[str, str, str, str | None]]:
    return [(d.section, d.phrase, d.kind, d.due) for d in _doc(name).deadlines]


def test_periodic_after_the_subject_before_months() -> None:
    got = _read("Công an tỉnh định kỳ trước ngày 20 tháng 6 và tháng 12 báo cáo kết quả.")
    assert got == [("trước ngày 20 tháng 6 và tháng 12", "recurring", ["06-20", "12-20"])]
    # one day and no more months: a periodic check due once, as before
    assert _read("Các xã kiểm tra định kỳ trước ngày 15 tháng 12.")[1:] == [
        ("trước ngày 15 tháng 12", "date", None)
    ]
    # the months with their year: those days of that year
    assert ("tháng 12 năm 2027", "month", "2027-12-31") in _read(
        "Sở Y tế báo cáo định kỳ trước ngày 20 tháng 6 và tháng 12 năm 2027."
    )


def test_a_day_then_the_years_after_it() -> None:
    (e,) = find_time_expressions("Các phòng báo cáo trước ngày 10/6/2026 và các năm tiếp theo.")[0]
    assert (e.phrase, e.kind, e.due, e.start_date) == (
        "trước ngày 10/6/2026 và các năm tiếp theo",
        "recurring",
        None,
        "2026-06-10",
    )
    assert e.recurrence is not None and (e.recurrence.freq, e.recurrence.month, e.recurrence.monthday) == (
        "yearly",
        6,
        10,
    )
    (t,) = find_time_expressions("nộp trước 16 giờ ngày 10/6/2026 và những năm sau")[0]
    assert t.recurrence is not None and t.recurrence.time == "16:00"
    # a year alone so followed stays an open period, not a recurrence
    assert _read("năm 2026 và các năm tiếp theo") == [("năm 2026", "year", "2026-12-31")]


def test_a_plan_with_phases_and_a_yearly_report_from_this_year() -> None:
    got = _dues("so_kh_nq57_phases_lang33")
    assert ("III.2", "trước ngày 15/12/2026 và các năm tiếp theo", "recurring", None) in got
    assert ("II.3.d", "trước ngày 20 tháng 6 và tháng 12", "recurring", None) in got
    assert ("II.1.a", "trước 30/6/2026", "date", "2026-06-30") in got
    assert ("II.4", "trong 06 tháng đầu năm 2027", "half_year", "2027-06-30") in got
    assert ("II.3.c", "trong thời hạn 15 ngày kể từ ngày Kế hoạch này được ký ban hành", "relative", "2026-01-27") in got
    assert ("II.2.c", "trong tháng đầu của quý IV/2026", "month", "2026-10-31") in got
    assert ("II.2.d", "trước ngày 15 của tháng cuối quý III/2026", "date", "2026-09-15") in got
    assert ("III.3", "trước ngày 10/11 hằng năm, bắt đầu từ năm 2027", "recurring", None) in got
    starts = {d.section: d.start for d in _doc("so_kh_nq57_phases_lang33").deadlines}
    assert (starts["III.2"], starts["III.3"]) == ("2026-12-15", "2027-11-10")
    # the result of last year is no deadline
    assert all("2025" not in p for _, p, _, _ in got)


def test_a_session_named_by_its_number_in_words() -> None:
    assert _read("Văn phòng báo cáo trước kỳ họp thứ năm Hội đồng nhân dân tỉnh.") == [
        ("trước kỳ họp thứ năm", "vague", None)
    ]
    assert _read("Sở Tài chính trình Hội đồng nhân dân tỉnh tại kỳ họp thứ sáu.") == [
        ("tại kỳ họp thứ sáu", "vague", None)
    ]
    # a meeting of a board named by its number too (round 34, helper 172: was not read); one told
    # opening its sentence stays none
    assert _read("Chương trình được trình tại phiên họp thứ 3 của Ủy ban nhân dân tỉnh.") == [
        ("tại phiên họp thứ 3", "vague", None)
    ]
    assert _read("Phiên họp thứ 3 của Ủy ban nhân dân tỉnh đã thông qua Chương trình.") == []
    got = _dues("tu_tb_conclusions_lang33")
    assert [(s, p) for s, p, _, _ in got] == [
        ("2.1", "trước Tết Nguyên đán Bính Ngọ"),
        ("2.2", "tại kỳ họp thứ năm"),
        ("2.3", "trong tuần đầu tháng 3/2026"),
        ("2.4", "vào giữa tháng 4/2026"),
        ("2.5", "trước kỳ họp thứ năm"),
        ("2.6", "ngay sau Tết Nguyên đán"),
        ("2.7", "trước kỳ họp thứ sáu Hội đồng nhân dân tỉnh (dự kiến giữa tháng 7/2026)"),
    ]
    assert got[-1][3] == "2026-07-15"
    assert got[0][3] == "2026-02-17"
    # right after the event, not some while after it
    assert _read("Các xã tổ chức ra quân ngay sau Tết Nguyên đán.") == [("ngay sau Tết Nguyên đán", "vague", None)]
    assert _read("Các xã tổ chức ra quân sau Tết Nguyên đán.") == []
    owners = {d.section: [(a.unit, a.role) for a in d.assignees] for d in _doc("tu_tb_conclusions_lang33").deadlines}
    assert owners["2.2"] == [("Sở Tài chính", "lead"), ("Sở Nội vụ", "coordinate")]


def test_a_term_told_as_missed_is_history() -> None:
    doc = _doc("ubnd_cv_urge_overdue_lang33")
    assert doc.document.date is None  # (a draft: no day, the old term not before the signing by date)
    assert [(d.section, d.due) for d in doc.deadlines] == [
        ("1", "2026-01-27"),
        ("2", "2026-02-05"),
        ("3", "2026-01-30T16:00"),
    ]
    assert ("trước ngày 10/01/2026", "overdue_told", "past") in [(x.phrase, x.rule, x.verdict) for x in doc.decisions]
    # the new term, then what missing it brings: still a deadline
    text = "Ngày  tháng 01 năm 2026\n\n1. Các xã gửi báo cáo trước ngày 27/01/2026; quá thời hạn trên, Sở sẽ tổng hợp."
    assert [d.phrase for d in ndq57.parse(text).deadlines] == ["trước ngày 27/01/2026"]
