"""Deadlines, second pass (round 32, helper 162): a plan's span of years with its own nearer limit
("xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030, hoàn thành trong tháng 10/2026"), work up to a
named day from now, a later year listed after a quarter under one "trong", a span from this month's
day to the next month's, and three directives of styles the fixtures had few of: a Chairman's Công
điện (a narrated span over by the signing, "ngay trong ngày" then "cùng ngày"), a Chỉ thị of tasks
per sector with yearly cycles (a bare "Định kỳ" before a day with no year, "tháng 6 và tháng 12"),
a Quyết định assigning targets with a Phụ lục table (targets no deadlines)."""

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


def _read(text: str, signed: dt.date | None = dt.date(2027, 3, 5)) -> list[tuple[str, str, Any]]:
    return [
        (e.phrase, e.kind, e.recurrence.dates if e.recurrence else e.due)
        for e in find_time_expressions(text, doc_date=signed)[0]
    ]


def test_the_span_of_a_plan_with_its_own_limit() -> None:
    doc = _doc("qd_targets_annex_lang32")
    got = [(d.phrase, d.due) for d in doc.deadlines if d.section == "Điều 2.1"]
    assert got[0] == ("trong tháng 3/2027", "2027-03-31")
    assert all("2030" not in p for p, _ in got), got
    assert ("giai đoạn 2027 - 2030", "phase_scope", "target") in [
        (x.phrase, x.rule, x.verdict) for x in doc.decisions if x.section == "Điều 2.1"
    ]
    # targets of the article and the table are no deadlines
    assert not [d for d in doc.deadlines if d.due is not None and d.due.startswith("2030") and d.section != "Phụ lục.4"]


def test_a_later_year_listed_after_a_quarter() -> None:
    doc = _doc("qd_targets_annex_lang32")
    got = [(d.phrase, d.due) for d in doc.deadlines if d.section == "Điều 2.2"]
    assert got[1:] == [("trong quý IV/2027", "2027-12-31"), ("năm 2028", "2028-12-31")]


def test_the_table_of_targets_gives_its_time_cells() -> None:
    doc = _doc("qd_targets_annex_lang32")
    got = [(d.section, d.due) for d in doc.deadlines if d.section and d.section.startswith("Phụ lục")]
    assert got == [
        ("Phụ lục.1", "2027-12-31"),
        ("Phụ lục.2", "2027-11-30"),
        ("Phụ lục.3", "2027-09-30"),
        ("Phụ lục.4", "2030-12-31"),
    ]


def test_work_up_to_a_named_day_from_now() -> None:
    doc = ndq57.parse("Lâm Hà, ngày 04 tháng 8 năm 2026\n\n1. Sở Nội vụ triển khai rà soát từ nay đến ngày 31/12/2026.")
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("từ nay đến ngày 31/12/2026", "2026-12-31")]
    # with no work asked, the named span stays a period
    doc = ndq57.parse("Lâm Hà, ngày 04 tháng 8 năm 2026\n\nTừ nay đến ngày 31/12/2026 là đợt cao điểm.")
    assert doc.deadlines == []


def test_a_span_of_this_month_and_the_next() -> None:
    signed = dt.date(2026, 3, 9)
    got = find_time_expressions("Các xã nhận hồ sơ từ ngày 25 tháng này đến ngày 05 tháng sau.", doc_date=signed)[0]
    assert [(e.kind, e.start_date, e.due) for e in got] == [("range", "2026-03-25", "2026-04-05")]
    got = find_time_expressions("Các xã nhận hồ sơ từ ngày 10 đến ngày 25 tháng này.", doc_date=signed)[0]
    assert [(e.kind, e.start_date, e.due) for e in got] == [("range", "2026-03-10", "2026-03-25")]
    # after a monthly cycle, still every month's span
    got = find_time_expressions("Báo cáo tháng gửi từ ngày 01 đến ngày 05 tháng sau.", doc_date=signed)[0]
    assert [e.kind for e in got] == ["recurring"]


def test_a_chairmans_cong_dien() -> None:
    doc = _doc("cd_chairman_flood_lang32")
    assert doc.document.type == "Công điện"
    got = [(d.section, d.due, d.kind) for d in doc.deadlines]
    assert got == [
        ("1", "2026-09-14", "date"),
        ("1", "2026-09-14T17:00", "datetime"),
        ("2", "2026-09-18", "date"),
        ("2", "2026-09-19T10:00", "datetime"),
        ("3", "2026-09-25", "date"),
        ("4", "2026-09-14T17:00", "datetime"),
        ("4", "2026-09-21", "date"),
        ("5", "2026-09-16T16:00", "datetime"),
        ("5", "2026-09-30", "date"),
        ("7", None, "recurring"),
    ]
    # the span the floods took, told in the lead paragraph, is over
    told = [x for x in doc.decisions if x.phrase.startswith("Từ đêm 12/9")]
    assert [(x.verdict, x.rule) for x in told] == [("past", "narrated_past")]


def test_the_same_day_after_this_day() -> None:
    got = _read("Các xã hoàn thành ngay trong ngày; báo cáo trước 17 giờ cùng ngày.", dt.date(2026, 9, 14))
    assert got == [("ngay trong ngày", "date", "2026-09-14"), ("trước 17 giờ cùng ngày", "datetime", "2026-09-14T17:00")]


def test_yearly_cycles_of_a_chi_thi() -> None:
    doc = _doc("ct_sectors_yearly_lang32")
    got = {d.section: (d.kind, d.recurrence.dates if d.recurrence else d.due) for d in doc.deadlines}
    assert got["1.c"] == ("recurring", ["06-20", "12-20"])
    assert got["2.c"] == ("recurring", ["06-30", "12-31"])
    assert [d.section for d in doc.deadlines] == ["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3", "4.a", "4.b", "6"]
    assert all(d.kind == "recurring" for d in doc.deadlines if d.section not in ("4.a", "6"))


def test_a_bare_periodic_word_before_a_day_with_no_year() -> None:
    assert _read("Định kỳ trước ngày 15/6 và 15/12, các xã báo cáo.") == [
        ("trước ngày 15/6 và 15/12", "recurring", ["06-15", "12-15"])
    ]
    assert _read("Định kỳ 6 tháng, trước ngày 20 tháng 6 và tháng 12 hằng năm, báo cáo.") == [
        ("trước ngày 20 tháng 6 và tháng 12 hằng năm", "recurring", ["06-20", "12-20"])
    ]
    # a periodic check, once, before a day: not every year
    assert [(p, k) for p, k, _ in _read("Các xã kiểm tra định kỳ trước ngày 15/12.")][1:] == [("trước ngày 15/12", "date")]
    # a month written with its year is no other day of the cycle
    got = _read("Hằng năm, trước ngày 20 tháng 6 và tháng 12 năm 2027, báo cáo.")
    assert got[0] == ("trước ngày 20 tháng 6", "recurring", None)


def test_a_time_of_the_bare_day() -> None:
    got = _read("Các xã báo cáo trước 17 giờ trong ngày.", dt.date(2026, 9, 14))
    assert got == [("trước 17 giờ trong ngày", "datetime", "2026-09-14T17:00")]
    # the day told before it in the paragraph
    got = _read("Họp ngày 12/9/2026; báo cáo trước 17 giờ 30 trong ngày.", dt.date(2026, 9, 10))
    assert got[1] == ("trước 17 giờ 30 trong ngày", "datetime", "2026-09-12T17:30")
    # ... or the day named after "trong"
    got = _read("Các xã báo cáo trước 16 giờ trong ngày 16/9/2026.", dt.date(2026, 9, 14))
    assert got == [("trước 16 giờ trong ngày 16/9/2026", "datetime", "2026-09-16T16:00")]


def test_quarters_listed_then_every_year() -> None:
    assert _read("Các sở kiểm tra vào quý II, quý IV hằng năm.") == [
        ("vào quý II, quý IV hằng năm", "recurring", ["06-30", "12-31"])
    ]
    assert _read("Các sở kiểm tra trong quý I và II hằng năm.") == [
        ("trong quý I và II hằng năm", "recurring", ["03-31", "06-30"])
    ]
    # a span of quarters stays a span
    assert next(k for _, k, _ in _read("Các sở kiểm tra từ quý I đến quý III hằng năm.")) == "range"
