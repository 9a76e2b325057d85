"""The language of deadlines read in round 30 (helper 150): a lunar day's number with no day word
after a limit ("trước 23 tháng Chạp"), before the first or last lunar month's name only; the last
day of a span with its month and year in figures ("từ ngày 23 đến 30 tháng 12/2026"); the first and
last week of a school year named ("trong tuần cuối của năm học 2026 - 2027"); "của năm sau" after
a month, a quarter or a day with no year."""

from __future__ import annotations

import datetime as dt

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = "UBND XÃ ĐÔNG THÀNH\nSố: 318/KH-UBND\nĐông Thành, ngày 04 tháng 12 năm 2026\nKẾ HOẠCH\nChăm lo Tết\n\n"


def _deadlines(body: str, head: str = _HEAD) -> list[tuple[str, str | None]]:
    doc = ndq57.parse(head + body)
    return [(d.phrase, d.due) for d in doc.deadlines]


def _read(text: str, signed: dt.date | None = dt.date(2026, 12, 4)) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.phrase, e.kind, e.start_date, e.due) for e in find_time_expressions(text, doc_date=signed)[0]]


def test_a_bare_lunar_day_after_a_limit() -> None:
    assert _deadlines("1. Hội Khuyến học xã trao quà trước 23 tháng Chạp.\n") == [("trước 23 tháng Chạp", "2027-01-30")]
    assert _read("Các hộ nộp chậm nhất 25 tháng Chạp; khai hội vào 10 tháng Giêng năm Đinh Mùi.") == [
        ("chậm nhất 25 tháng Chạp", "date", None, "2027-02-01"),
        ("vào 10 tháng Giêng năm Đinh Mùi", "date", None, "2027-02-15"),
    ]
    # a count of months after "trong", a number after "số" or glued to a word: no lunar day
    assert [k for _, k, _, _ in _read("Các hộ trồng cây trong 2 tháng Giêng và tháng Hai.")] != ["date"]
    assert all(k != "date" for _, k, _, _ in _read("Kế hoạch số 23 tháng Chạp năm nay."))
    assert _read("Thôn số trước23 tháng Chạp.") == []


def test_a_span_whose_last_day_has_its_month_and_year_in_figures() -> None:
    assert _read("Các xã thực hiện từ ngày 23 đến 30 tháng 12/2026.") == [
        ("từ ngày 23 đến 30 tháng 12/2026", "range", "2026-12-23", "2026-12-30")
    ]
    assert _read("Đoàn kiểm tra làm việc từ 05 đến 09 tháng 4/2027 tại các xã.", None) == [
        ("từ 05 đến 09 tháng 4/2027", "range", "2027-04-05", "2027-04-09")
    ]
    # a batch of a month ("đợt 1 tháng 4/2026") stays the month
    assert _read("Các xã triển khai đợt 1 tháng 4/2026.", None) == [("tháng 4/2026", "month", None, "2026-04-30")]


def test_the_first_and_last_week_of_a_school_year() -> None:
    body = (
        "1. Các trường tổng kết trong tuần cuối của năm học 2026 - 2027.\n"
        "2. Các trường tổ chức lễ tri ân vào tuần cuối năm học 2026-2027.\n"
        "3. Trường Mầm non nộp hồ sơ trước tuần cuối cùng của năm học 2026-2027.\n"
        "4. Các trường tổ chức lễ tri ân vào cuối năm học 2026-2027.\n"
    )
    assert _deadlines(body) == [
        ("trong tuần cuối của năm học 2026 - 2027", "2027-05-31"),
        ("vào tuần cuối năm học 2026-2027", "2027-05-31"),
        ("trước tuần cuối cùng của năm học 2026-2027", "2027-05-30"),
        ("vào cuối năm học 2026-2027", "2027-05-31"),
    ]
    # the first week: week 1 (the week of 5 September), by its Sunday; in a plan signed in August
    head = _HEAD.replace("04 tháng 12", "10 tháng 8")
    body = "1. Các trường tổ chức kiểm tra nề nếp trong tuần đầu tiên của năm học 2026 - 2027.\n"
    assert _deadlines(body, head) == [("trong tuần đầu tiên của năm học 2026 - 2027", "2026-09-06")]
    assert _read("Các lớp ổn định nề nếp trong tuần đầu năm học 2026-2027.", None) == [
        ("trong tuần đầu năm học 2026-2027", "vague", None, "2026-09-06")
    ]
    # a week word with no first or last: the school year as before
    assert _read("Các trường thực hiện trong tuần, năm học 2026-2027.", None)[-1][1] == "range"


def test_of_the_next_year_after_a_period() -> None:
    head = _HEAD.replace("04 tháng 12", "10 tháng 3")
    body = (
        "1. Sở Xây dựng hoàn thành trong quý II của năm tới.\n"
        "2. Sở Tư pháp hoàn thành trong tháng 6 của năm sau.\n"
        "3. Sở Nội vụ báo cáo trước ngày 30/6 của năm sau.\n"
        "4. Sở Y tế hoàn thành trong quý II năm 2026.\n"
    )
    assert _deadlines(body, head) == [
        ("trong quý II của năm tới", "2027-06-30"),
        ("trong tháng 6 của năm sau", "2027-06-30"),
        ("trước ngày 30/6 của năm sau", "2027-06-30"),
        ("trong quý II năm 2026", "2026-06-30"),
    ]


def test_long_lines_are_read_whole() -> None:
    line = (
        "Các thôn trao quà trước 23 tháng Chạp, thực hiện từ ngày 23 đến 30 tháng 12/2026, các trường "
        "tổng kết trong tuần cuối của năm học 2026 - 2027. "
    )
    exprs, _ = find_time_expressions(line * 300, doc_date=dt.date(2026, 12, 4))
    assert len(exprs) == 900
    assert sum(1 for e in exprs if e.rule == "school_week" and e.due == "2027-05-31") == 300
    assert sum(1 for e in exprs if e.kind == "range" and e.due == "2026-12-30") == 300
