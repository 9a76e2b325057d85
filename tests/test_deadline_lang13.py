"""The language of deadlines read in round 26 (helper 125): a day of the last lunar month ("tháng
Chạp", from a table of its first days) or of the first ("tháng Giêng") with no year, in a plan
signed for the season, is the coming one's; a day of the Lunar New Year with no year ("trước ngày
mùng 6 Tết"); an event whose day the calendar gives said again in brackets ("trong Tháng Thanh niên
(tháng 3/2027)") is one time, not two; the last of the times listed as a line's label ("Tháng 9,
tháng 10: ...", its task the work after the colon; lines with no list mark joined into one
paragraph; a school's work words); an event said to be held at a place ("được
tổ chức tại ... từ ngày ... đến ngày ...") is no term; "trước khi nghỉ Tết", "trước kỳ nghỉ Tết" (before the days off, as "trước dịp
Tết": a vague limit, no longer missed); a long date with its year after a slash ("ngày 10 tháng
7/2028"); the school year naming a report before its limit ("tổng kết năm học trước ngày ...")
is no part of the time's phrase; linear."""

from __future__ import annotations

import datetime as dt

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = "UBND XÃ TÂN AN\nSố: 9/KH-UBND\nTân An, ngày {day}\nKẾ HOẠCH\nĐón Tết Đinh Mùi\n\nII. NỘI DUNG\n"


def _dues(body: str, day: str = "10 tháng 12 năm 2026") -> list[tuple[str, str | None]]:
    return [(d.phrase, d.due) for d in ndq57.parse(_HEAD.format(day=day) + body).deadlines]


def _times(text: str, signed: dt.date | None = dt.date(2026, 12, 10)) -> list[tuple[str, str | None]]:
    exprs, _ = find_time_expressions(text, doc_date=signed, default_year=2026)
    return [(e.kind, e.due) for e in exprs]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the last month of Bính Ngọ starts on 2027-01-08 (29 days); of Ất Tỵ on 2026-01-19
        ("Các thôn hoàn thành trước ngày 25 tháng Chạp.", "2027-02-01"),
        ("Các thôn hoàn thành trước ngày 23 tháng Chạp năm Bính Ngọ.", "2027-01-30"),
        ("Các thôn hoàn thành trước ngày 23 tháng Chạp năm Ất Tỵ.", "2026-02-10"),
        ("Các thôn hoàn thành chậm nhất ngày 15 tháng Chạp âm lịch.", "2027-01-22"),
        ("Các thôn hoàn thành trước rằm tháng Chạp.", "2027-01-22"),
        # the first month of the coming lunar year (Tết Đinh Mùi: 2027-02-06)
        ("Các thôn hoàn thành trước rằm tháng Giêng.", "2027-02-20"),
        ("Các thôn tổ chức lễ hội vào ngày 10 tháng Giêng.", "2027-02-15"),
        # a day of the Lunar New Year's month with no year: the coming one's
        ("Văn phòng báo cáo trước ngày mùng 6 Tết.", "2027-02-11"),
    ],
)
def test_lunar_days_with_no_year_are_the_coming_ones(text: str, due: str) -> None:
    assert _times(text) == [("date", due)]


@pytest.mark.parametrize(
    "text",
    [
        # past any month's last day (the 30th of a 29-day month is its last: test_deadline_lang15)
        "Các thôn hoàn thành trước ngày 31 tháng Chạp năm Bính Ngọ.",
        # the whole month, a lunar month with no table
        "Các thôn tổ chức thăm hỏi trong tháng Giêng.",
        "Các thôn hoàn thành trước ngày 15 tháng 8 âm lịch.",
    ],
)
def test_lunar_times_with_no_solar_day_stay_vague(text: str) -> None:
    assert _times(text) == [("vague", None)]


def test_lunar_day_far_from_the_signing_or_with_no_signing_stays_vague() -> None:
    # a plan signed in June: "rằm tháng Giêng" may be the yearly custom
    assert _times("Các chi bộ hoàn thành trước rằm tháng Giêng.", dt.date(2026, 6, 2)) == [("vague", None)]
    assert _times("Các chi bộ hoàn thành trước ngày 25 tháng Chạp.", None) == [("vague", None)]


def test_lunar_days_through_the_whole_parse() -> None:
    body = (
        "1. Các thôn tổ chức tổng vệ sinh, hoàn thành trước ngày 25 tháng Chạp.\n"
        "2. Văn phòng UBND xã báo cáo UBND huyện trước ngày mùng 6 Tết.\n"
    )
    assert _dues(body) == [
        ("hoàn thành trước ngày 25 tháng Chạp", "2027-02-01"),
        ("trước ngày mùng 6 Tết", "2027-02-11"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        ("Đoàn xã ra quân trong Tháng Thanh niên (tháng 3/2027).", "trong Tháng Thanh niên (tháng 3/2027)", "2027-03-31"),
        ("Công đoàn đối thoại trong Tháng Công nhân năm 2027 (tháng 5/2027).",
         "trong Tháng Công nhân năm 2027 (tháng 5/2027)", "2027-05-31"),
        ("Các xã hoàn thành trước Tết Nguyên đán (ngày 06/02/2027).",
         "hoàn thành trước Tết Nguyên đán (ngày 06/02/2027)", "2027-02-06"),
        ("Các xã hoàn thành trước Giỗ Tổ Hùng Vương (dự kiến ngày 16/4/2027).",
         "hoàn thành trước Giỗ Tổ Hùng Vương (dự kiến ngày 16/4/2027)", "2027-04-16"),
    ],
)
def test_a_calendar_event_said_again_in_brackets_is_one_time(text: str, phrase: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, doc_date=dt.date(2026, 11, 2), default_year=2026)
    assert [(e.phrase, e.due) for e in exprs] == [(phrase, due)]


def test_a_bracket_after_a_comma_is_no_gloss() -> None:
    exprs, _ = find_time_expressions(
        "Các xã hoàn thành trước Tết Nguyên đán, báo cáo số liệu (tháng 02/2027).", doc_date=dt.date(2026, 11, 2)
    )
    assert len(exprs) == 2


def test_campaign_month_once_through_the_whole_parse() -> None:
    body = "1. Tỉnh Đoàn chỉ đạo Đoàn Thanh niên các xã ra quân trong Tháng Thanh niên (tháng 3/2027).\n"
    assert _dues(body, "02 tháng 11 năm 2026") == [("trong Tháng Thanh niên (tháng 3/2027)", "2027-03-31")]


_LABELS = (
    "HUYỆN ỦY HẢI AN\nSố: 3-KH/HU\nHải An, ngày 12 tháng 01 năm 2027\nKẾ HOẠCH\nKiểm tra năm 2027\n\n"
    "II. TIẾN ĐỘ\n{line}\n"
)


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("- Tháng 9, tháng 10: Kiểm tra công tác tài chính đảng.", ("tháng 10", "2027-10-31")),
        ("- Tháng 5 và tháng 6: Giám sát việc thực hiện quy chế dân chủ.", ("tháng 6", "2027-06-30")),
        ("- Tháng 3: Kiểm tra Đảng ủy xã Hải Phú.", ("Tháng 3", "2027-03-31")),
    ],
)
def test_last_of_times_listed_as_a_label(line: str, due: tuple[str, str]) -> None:
    doc = ndq57.parse(_LABELS.format(line=line))
    assert [(d.phrase, d.due) for d in doc.deadlines] == [due]


def test_the_task_of_a_label_line_is_its_work() -> None:
    line = "- Tháng 9, tháng 10: Kiểm tra công tác tài chính đảng;\n- Quý IV: Tổng kết."
    doc = ndq57.parse(_LABELS.format(line=line))
    assert [t.text for t in doc.tasks] == [
        "Tháng 9, tháng 10: Kiểm tra công tác tài chính đảng",
        "Quý IV: Tổng kết",
    ]


_SCHOOL = (
    "TRƯỜNG TIỂU HỌC HOA SEN\nSố: 15/KH-THHS\nHoa Sen, ngày 08 tháng 9 năm 2026\nKẾ HOẠCH\n"
    "Hoạt động chuyên môn năm học 2026 - 2027\n\nIII. KẾ HOẠCH CỤ THỂ\n"
    "Tháng 10/2026: Thao giảng chào mừng ngày 20/10.\n"
    "Tháng 12/2026 và tháng 01/2027: Ôn tập, kiểm tra cuối học kỳ I.\n"
)


def test_month_labels_of_lines_with_no_list_mark() -> None:
    # (the lines are joined into one paragraph: each label opens a sentence; a school's work words)
    doc = ndq57.parse(_SCHOOL)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("Tháng 10/2026", "2026-10-31"), ("tháng 01/2027", "2027-01-31")]
    assert [t.text for t in doc.tasks] == [
        "Tháng 10/2026: Thao giảng chào mừng ngày 20/10",
        "Tháng 12/2026 và tháng 01/2027: Ôn tập, kiểm tra cuối học kỳ I",
    ]


def test_times_listed_inside_a_line_are_no_label() -> None:
    # (the first time does not open the line: no label)
    doc = ndq57.parse(_LABELS.format(line="- Số cuộc kiểm tra tháng 9, tháng 10: Kiểm tra 12 chi bộ."))
    assert doc.deadlines == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("3. Ngày hội văn hóa được tổ chức tại Sân vận động xã từ ngày 07/02/2027 đến ngày 09/02/2027.", []),
        ("3. Hội thi sẽ diễn ra ở Nhà văn hóa xã trong tháng 3/2027.", []),
        # the work asked of someone at the place stays a term
        (
            "3. Các thôn tổ chức dọn vệ sinh tại Sân vận động xã từ ngày 07/02/2027 đến ngày 09/02/2027.",
            ["2027-02-09"],
        ),
    ],
)
def test_an_event_held_at_a_place_is_no_term(line: str, want: list[str]) -> None:
    doc = ndq57.parse(_HEAD.format(day="10 tháng 12 năm 2026") + line)
    assert [d.due for d in doc.deadlines] == want


@pytest.mark.parametrize(
    "text",
    [
        "Các địa phương hoàn thành gieo cấy vụ Đông Xuân trước khi nghỉ Tết Nguyên đán.",
        "Các địa phương hoàn thành trước kỳ nghỉ Tết Nguyên đán Đinh Mùi.",
        "Các địa phương hoàn thành trước kì nghỉ Tết.",
    ],
)
def test_before_the_new_years_days_off_is_a_vague_limit(text: str) -> None:
    exprs, _ = find_time_expressions(text, doc_date=dt.date(2026, 12, 5), default_year=2026)
    assert [(e.kind, e.qualifier, e.due) for e in exprs] == [("vague", "before", None)]


def test_before_the_days_off_through_the_whole_parse() -> None:
    head = "VĂN PHÒNG CHÍNH PHỦ\nSố: 9/VPCP-NN\nHà Nội, ngày 05 tháng 12 năm 2026\nTHÔNG BÁO\nKết luận\n\n"
    body = "3. Bộ Nông nghiệp và Môi trường chỉ đạo các địa phương hoàn thành gieo cấy trước khi nghỉ Tết Nguyên đán."
    doc = ndq57.parse(head + body)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("trước khi nghỉ Tết Nguyên đán", None)]


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        ("Các bệnh viện báo cáo trước ngày 10 tháng 7/2028.", "trước ngày 10 tháng 7/2028", "2028-07-10"),
        # (its year written: not the next one a yearless day would take)
        ("Các bệnh viện báo cáo trước ngày 10 tháng 01/2027.", "trước ngày 10 tháng 01/2027", "2027-01-10"),
        ("Các bệnh viện báo cáo ngày 10 tháng 7 / 2028.", "ngày 10 tháng 7 / 2028", "2028-07-10"),
    ],
)
def test_long_date_with_its_year_after_a_slash(text: str, phrase: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, doc_date=dt.date(2027, 1, 15), default_year=2027)
    assert [(e.phrase, e.due) for e in exprs] == [(phrase, due)]


def test_a_slash_year_needs_the_day_word() -> None:
    # ("đợt 1 tháng 4/2026": the first round, in April; not the first of April)
    exprs, _ = find_time_expressions("Thời gian thực hiện: đợt 1 tháng 4/2026.", default_year=2026)
    assert [(e.phrase, e.kind) for e in exprs] == [("tháng 4/2026", "month")]
    exprs, _ = find_time_expressions("từ ngày 01 tháng 3 đến ngày 10 tháng 7/2028", default_year=2027)
    assert [(e.start_date, e.due) for e in exprs] == [("2028-03-01", "2028-07-10")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Các trường gửi báo cáo tổng kết năm học trước ngày 15/6/2027.", "trước ngày 15/6/2027"),
        ("Các trường gửi báo cáo cuối năm học chậm nhất ngày 10/6/2027.", "chậm nhất ngày 10/6/2027"),
    ],
)
def test_the_school_year_naming_a_report_is_no_part_of_its_time(text: str, phrase: str) -> None:
    # ("năm học trước ngày ..." reads as "the last school year")
    exprs, _ = find_time_expressions(text, default_year=2026)
    assert [e.phrase for e in exprs] == [phrase]


def test_reads_at_size() -> None:
    # 240 sentences of two times each (a quadratic path would take minutes here; the growth is
    # measured by benchmarks/bench.py, never by a timed test)
    unit = "Hoàn thành trước ngày 25 tháng Chạp, ra quân trong Tháng Thanh niên (tháng 3/2027). "
    exprs, _ = find_time_expressions(unit * 240, doc_date=dt.date(2026, 12, 10), default_year=2026)
    assert len(exprs) == 480
    assert {e.due for e in exprs} == {"2027-02-01", "2027-03-31"}
