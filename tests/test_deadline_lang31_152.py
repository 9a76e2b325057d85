"""The language of deadlines in documents of styles the fixtures had few of (round 31, helper 152):
a ministry's Công văn to the provinces, a provincial plan's reporting regime, a Party committee's
programme with phases. A span of days of every month or quarter ("từ ngày 10 đến ngày 15 hằng
tháng"), a monthly day "của tháng tiếp theo", the reports of the quarters listed each with a day
and no year, a document naming itself "Chương trình này", an event named with its own words up to
its number ("trước Đại hội Đảng bộ tỉnh lần thứ XVIII"), a numbered phase ("giai đoạn 1") that is
no horizon word, a limit's noun with its day and no link ("Hạn chót gửi hồ sơ 25/11/2026")."""

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


def _read(text: str, signed: dt.date | None = dt.date(2026, 3, 9)) -> list[tuple[str, str, str | None]]:
    return [(e.phrase, e.kind, e.qualifier) for e in find_time_expressions(text, doc_date=signed)[0]]


def test_a_span_of_days_of_every_month() -> None:
    doc = _doc("kh_recurring_reports_lang31")
    d = next(d for d in doc.deadlines if d.section == "II.4.b")
    assert d.phrase == "từ ngày 10 đến ngày 15 hằng tháng"
    assert (d.kind, d.qualifier, d.due) == ("recurring", "from_to", None)
    assert d.recurrence is not None and (d.recurrence.freq, d.recurrence.monthday) == ("monthly", 15)
    # the last day's number alone before a bare cycle word (in the ministry's letter)
    letter = _doc("bo_cv_provinces_lang31")
    d = next(d for d in letter.deadlines if d.section == "6")
    assert d.phrase == "từ ngày 01 đến 05 hằng tháng"
    assert d.recurrence is not None and (d.recurrence.freq, d.recurrence.monthday) == ("monthly", 5)
    # of a month of every quarter
    assert _read("Các sở báo cáo từ ngày 20 đến ngày 25 của tháng cuối quý.") == [
        ("từ ngày 20 đến ngày 25 của tháng cuối quý", "recurring", "from_to")
    ]


def test_a_day_of_another_expression_is_no_first_day() -> None:
    # "trước ngày 10" is its own limit, not the first day of the monthly span after it
    got = _read("Các xã nộp trước ngày 10 đến ngày 15 hằng tháng thì kiểm tra.")
    assert all("10" not in p and q != "from_to" for p, _, q in got), got
    assert _read("Các xã nộp vào ngày 10 đến ngày 15 hằng tháng.") == [
        ("ngày 10 đến ngày 15 hằng tháng", "recurring", "from_to")
    ]
    # a day with its month is no day of every month
    assert all(q != "from_to" for _, _, q in _read("Các xã nộp từ ngày 10/3 đến ngày 15 hằng tháng."))


def test_a_monthly_day_of_the_next_month() -> None:
    doc = _doc("kh_recurring_reports_lang31")
    d = next(d for d in doc.deadlines if d.section == "II.4.d")
    assert d.phrase == "trước ngày 05 của tháng tiếp theo"
    assert d.recurrence is not None and (d.recurrence.freq, d.recurrence.monthday) == ("monthly", 5)


def test_the_reports_of_the_quarters_listed_with_their_days() -> None:
    doc = _doc("kh_recurring_reports_lang31")
    got = [(d.phrase, d.kind, d.recurrence.month if d.recurrence else None) for d in doc.deadlines if d.section == "III.2"]
    assert got == [
        ("trước ngày 18/3", "recurring", 3),
        ("trước ngày 18/6", "recurring", 6),
        ("trước ngày 18/9", "recurring", 9),
    ]
    # one alone may be this year's one report; a year written is that year's
    assert _read("Các xã gửi báo cáo quý I trước ngày 15/3 về Sở.")[1][1] == "date"
    assert [k for _, k, _ in _read("Báo cáo quý I/2026 trước ngày 15/3; báo cáo quý II/2026 trước ngày 15/6.")] == [
        "quarter", "date", "quarter", "date"
    ]


def test_a_programme_naming_itself() -> None:
    doc = _doc("party_ctr_phases_lang31")
    d = next(d for d in doc.deadlines if d.section == "II.2.b")
    assert d.phrase == "ngay sau khi Chương trình này được ban hành"
    assert d.due == "2026-08-04"
    # its receipt; a guide of someone else's is no deadline
    assert _read("Các xã triển khai ngay sau khi nhận được Chương trình này.") == [
        ("ngay sau khi nhận được Chương trình này", "relative", "within")
    ]
    assert _read("Các xã triển khai ngay sau khi Hướng dẫn của Bộ được ban hành.") == []


def test_an_event_named_up_to_its_number() -> None:
    doc = _doc("party_ctr_phases_lang31")
    d = next(d for d in doc.deadlines if d.section == "II.2.c")
    assert d.phrase == "hoàn thành trước Đại hội Đảng bộ tỉnh lần thứ XVIII"
    assert (d.kind, d.due) == ("vague", None)
    # no ordinal: the name alone, as before; a weekday after it is no number
    assert _read("Các xã báo cáo trước Đại hội vào thứ 5 tuần sau.")[0][0] == "trước Đại hội"


def test_a_numbered_phase_is_no_horizon() -> None:
    doc = _doc("party_ctr_phases_lang31")
    got = [(d.phrase, d.due) for d in doc.deadlines if d.section == "II.2.d"]
    assert got == [("trong năm 2026", "2026-12-31"), ("trong năm 2027", "2027-12-31")]
    assert "trong giai đoạn 2026 - 2030" in [t.phrase for t in doc.targets]


def test_a_limit_named_with_its_day_and_no_link() -> None:
    letter = _doc("bo_cv_provinces_lang31")
    d = next(d for d in letter.deadlines if d.section == "8")
    assert (d.phrase, d.qualifier, d.due) == ("25/11/2026", "by", "2026-11-25")
    # a cited paper's day after the noun is no limit
    assert _read("Hạn nộp hồ sơ ngày 01/9/2026 của Hội đồng tuyển dụng đã kết thúc.") == [
        ("ngày 01/9/2026", "date", "on")
    ]
