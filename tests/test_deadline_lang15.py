"""The language of deadlines read in round 29 (helper 143): the period a report tells of ("báo cáo
tình hình ... trong dịp Tết Nguyên đán ... trước ngày 12/02/2027") is no second term when an explicit
day after it says when the report is due; "ngày 30 tháng Chạp" in a year whose twelfth lunar month
has 29 days is its last day (the eve of Tết), with a warning; a span of one lunar month's days, the
month said after the last only ("từ ngày 23 đến 30 tháng Chạp", "từ ngày mùng 10 đến ngày 15
tháng Giêng", "từ ngày 25 tháng Chạp đến mùng 10 tháng Giêng"), both ends from the lunar
calendar; a week of a school year ("trong tuần 18 của năm học 2026 - 2027"), from its opening."""

from __future__ import annotations

import datetime as dt

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = "UBND TỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 10 tháng 12 năm 2026\nKẾ HOẠCH\nTổ chức Tết Đinh Mùi\n\n"


def _deadlines(body: str) -> list[tuple[str, str | None]]:
    doc = ndq57.parse(_HEAD + body)
    return [(d.phrase, d.due) for d in doc.deadlines]


def test_the_period_a_report_tells_of_is_no_second_term() -> None:
    body = (
        "1. Các sở, ngành, UBND các xã báo cáo tình hình trong dịp Tết Nguyên đán Đinh Mùi năm 2027 về UBND "
        "tỉnh (qua Văn phòng UBND tỉnh) trước ngày 12/02/2027.\n"
        "2. Sở Y tế báo cáo tình hình dịch bệnh, an toàn thực phẩm trong dịp Tết Nguyên đán về Sở Nội vụ "
        "chậm nhất ngày 15/02/2027.\n"
        "3. Sở Công Thương bảo đảm cung ứng hàng hóa trong dịp Tết Nguyên đán Đinh Mùi 2027.\n"
        "4. Các xã tổ chức thăm hỏi gia đình chính sách trong dịp Tết, báo cáo kết quả trước ngày 20/02/2027.\n"
    )
    assert _deadlines(body) == [
        ("trước ngày 12/02/2027", "2027-02-12"),
        ("chậm nhất ngày 15/02/2027", "2027-02-15"),
        ("trong dịp Tết Nguyên đán Đinh Mùi 2027", None),
        ("trong dịp Tết", None),
        ("trước ngày 20/02/2027", "2027-02-20"),
    ]


def test_the_school_term_a_report_tells_of_is_no_second_term() -> None:
    body = "1. Các chi hội báo cáo tình hình học sinh bỏ học trong học kỳ I năm học 2026 - 2027 trước ngày 15/02/2027.\n"
    assert _deadlines(body) == [("trước ngày 15/02/2027", "2027-02-15")]
    body = "1. Các trường dạy bù trong học kỳ I năm học 2026 - 2027, báo cáo kết quả trước ngày 15/02/2027.\n"
    assert _deadlines(body) == [("trong học kỳ I năm học 2026 - 2027", "2027-01-31"), ("trước ngày 15/02/2027", "2027-02-15")]


def test_a_report_of_the_period_with_no_day_after_keeps_the_period() -> None:
    # no explicit day follows: the period is when to report
    body = "1. Các xã báo cáo tình hình trực Tết trong dịp Tết Nguyên đán về UBND huyện.\n"
    assert _deadlines(body) == [("trong dịp Tết Nguyên đán", None)]
    # a vague limit after it is no explicit day
    body = "1. Các xã báo cáo tình hình trong dịp Tết Nguyên đán trước ngày làm việc đầu tiên sau Tết.\n"
    assert ("trong dịp Tết Nguyên đán", None) in _deadlines(body)


def test_the_thirtieth_of_a_short_twelfth_month_is_its_last_day_with_a_warning() -> None:
    doc = ndq57.parse(_HEAD + "1. Các thôn hoàn thành dọn vệ sinh đường làng trước ngày 30 tháng Chạp.\n")
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("trước ngày 30 tháng Chạp", "2027-02-05")]
    notes = [w for w in doc.warnings if w.code == "lunar_month_end"]
    assert len(notes) == 1 and "2027-02-05" in notes[0].message and notes[0].line == doc.deadlines[0].line
    # a month of 30 days has its 30th, with no warning; a 31st is no day of any month
    doc = ndq57.parse(_HEAD + "1. Các thôn hoàn thành trước ngày 30 tháng Chạp năm Nhâm Tý.\n")
    assert [d.due for d in doc.deadlines] == ["2033-01-30"]
    assert not [w for w in doc.warnings if w.code == "lunar_month_end"]
    exprs, _ = find_time_expressions("Các thôn hoàn thành trước ngày 31 tháng Chạp.", doc_date=dt.date(2026, 12, 10))
    assert [(e.kind, e.due) for e in exprs] == [("vague", None)]


def test_a_span_of_lunar_days_with_the_month_after_its_last() -> None:
    signed = dt.date(2026, 12, 10)
    got = [
        (e.phrase, e.kind, e.start_date, e.due)
        for text in (
            "Các thôn ra quân từ ngày 23 đến 30 tháng Chạp.",
            "Lễ hội diễn ra từ ngày mùng 10 đến ngày 15 tháng Giêng.",
            "Các đội trực từ mồng 1 đến rằm tháng Giêng.",
            "Các tỉnh gieo cấy từ ngày 25 tháng Chạp đến mùng 10 tháng Giêng.",
        )
        for e in find_time_expressions(text, doc_date=signed)[0]
    ]
    assert got == [
        ("từ ngày 23 đến 30 tháng Chạp", "range", "2027-01-30", "2027-02-05"),
        ("từ ngày mùng 10 đến ngày 15 tháng Giêng", "range", "2027-02-15", "2027-02-20"),
        ("từ mồng 1 đến rằm tháng Giêng", "range", "2027-02-06", "2027-02-20"),
        # both months said, over Tết
        ("từ ngày 25 tháng Chạp đến mùng 10 tháng Giêng", "range", "2027-02-01", "2027-02-15"),
    ]
    # a first day past the last is no span of one month; a solar month after "đến" is no lunar day
    exprs, _ = find_time_expressions("Các thôn trực từ ngày 25 đến ngày 10 tháng Giêng.", doc_date=signed)
    assert [(e.kind, e.due) for e in exprs] == [("date", "2027-02-15")]
    exprs, _ = find_time_expressions("Các xã thực hiện từ ngày 23 đến 30 tháng 12 năm 2026.", doc_date=signed)
    assert [(e.kind, e.start_date, e.due) for e in exprs] == [("range", "2026-12-23", "2026-12-30")]


def test_long_lines_of_spans_and_reports_are_read_whole() -> None:
    line = (
        "Các thôn trực từ ngày 23 đến 30 tháng Chạp; các sở báo cáo tình hình trong dịp Tết Nguyên đán "
        "trước ngày 12/02/2027. "
    )
    exprs, _ = find_time_expressions(line * 300, doc_date=dt.date(2026, 12, 10))
    assert len(exprs) == 900
    assert sum(1 for e in exprs if e.kind == "range" and e.start_date == "2027-01-30") == 300


def test_a_week_of_a_school_year_is_counted_from_its_opening() -> None:
    def read(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.kind, e.qualifier, e.due) for e in find_time_expressions(text)[0]]

    # week 1 holds 5 September (2026: a Saturday, the week from Monday 31 August)
    assert read("Các tổ kiểm tra trong tuần 18 của năm học 2026 - 2027.") == [("vague", "within", "2027-01-03")]
    assert read("Các tổ kiểm tra trong tuần 1 của năm học 2026 - 2027.") == [("vague", "within", "2026-09-06")]
    assert read("Giáo viên nhập điểm trước tuần thứ 19 năm học 2026-2027.") == [("vague", "before", "2027-01-03")]
    # past the Tết break (Đinh Mùi: 6 February 2027), whose weeks are not counted: no day
    assert read("Các lớp ôn tập vào tuần 33 của năm học 2026-2027.") == [("vague", "on", None)]
    # no week of a school year: the year alone
    assert read("Các lớp học tuần 50 của năm học 2026-2027.") == [("range", "from_to", "2027-05-31")]
    doc = ndq57.parse(_HEAD + "1. Các tổ chuyên môn tổ chức kiểm tra trong tuần 18 của năm học 2026 - 2027.\n")
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("trong tuần 18 của năm học 2026 - 2027", "2027-01-03")]
