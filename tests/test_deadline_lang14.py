"""The language of deadlines read in round 27 (helper 131): any day of the lunar calendar, from a
table of the first solar day of every lunar month (Vietnam's calendar, new moons at UTC+7; its leap
months counted): "trước ngày 10/3 âm lịch năm 2027", "ngày 10/3/2027 âm lịch", "rằm tháng Bảy",
"mùng 5 tháng Năm", "ngày 10 tháng Ba âm lịch", with no year the coming one in a plan signed for the
season; a lunar month, whole or its end ("trong tháng 11 âm lịch", "cuối tháng 10 âm lịch"), by its
last day, not the solar month's; an hour before a lunar day or a day of Tết ("trước 15 giờ ngày
mùng 5 Tết"); the school year's close with no years written ("trước khi kết thúc năm học", "vào
cuối năm học", "đến hết năm học"): the school year of the signing, by 31 May; "trước lễ bế giảng",
a vague limit; linear."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import ndq57
from ndq57.extract.timex import _words, find_time_expressions


def _times(text: str, signed: dt.date | None, year: int | None = None) -> list[tuple[str, str, str | None]]:
    exprs, _ = find_time_expressions(text, doc_date=signed, default_year=year)
    return [(e.phrase, e.kind, e.due) for e in exprs]


def _events() -> dict:
    return _words().raw["events"]


def test_the_lunar_calendar_table_agrees_with_the_holidays() -> None:
    ev = _events()
    starts, leaps = ev["lunar_month_starts"], ev["lunar_leap_months"]
    for year, days in starts.items():
        dates = [dt.date.fromisoformat(d) for d in days]
        following = starts.get(year + 1)
        if following is not None:
            dates.append(dt.date.fromisoformat(following[0]))
            # every month has 29 or 30 days; a year has 12 months, 13 with a leap month
            assert {(b - a).days for a, b in itertools.pairwise(dates)} <= {29, 30}, year
        assert len(days) == (13 if year in leaps else 12), year
        if year in ev["lunar_new_year"]["days"]:
            assert days[0] == ev["lunar_new_year"]["days"][year], year
        if year in ev["hung_kings"]["days"]:  # (the 10th day of the 3rd month)
            third = dates[2 + (1 if leaps.get(year, 13) < 3 else 0)]
            assert (third + dt.timedelta(days=9)).isoformat() == ev["hung_kings"]["days"][year], year
        if year in ev["lunar_last_month_starts"]:
            assert days[-1] == ev["lunar_last_month_starts"][year], year


@pytest.mark.parametrize(
    ("text", "signed", "due"),
    [
        # its lunar year written, in figures or by its name
        ("Các xã hoàn thành trước ngày 10/3 âm lịch năm 2027.", None, "2027-04-16"),
        ("Các xã hoàn thành trước ngày 10/3/2027 âm lịch.", None, "2027-04-16"),
        ("Các xã tổ chức lễ giỗ vào ngày 10 tháng 3 năm Đinh Mùi.", None, "2027-04-16"),
        # 2025 has a leap 6th month: the 7th month opens a month later
        ("Các xã báo cáo trước ngày 15/7 âm lịch năm 2025.", None, "2025-09-06"),
        # no year: the coming one, in a plan signed for the season
        ("Các chùa hoàn thành tu sửa trước rằm tháng Bảy.", dt.date(2027, 6, 1), "2027-08-16"),
        ("Các trường tổ chức vui Trung thu trước rằm tháng 8.", dt.date(2027, 6, 1), "2027-09-15"),
        ("Các hộ hoàn thành trước mùng 5 tháng Năm.", dt.date(2027, 3, 1), "2027-06-09"),
        ("Các xã hoàn thành trước mùng 10 tháng Một.", dt.date(2026, 10, 1), "2026-12-18"),
        ("Các thôn hoàn thành trước ngày 10 tháng Ba âm lịch.", dt.date(2026, 12, 10), "2027-04-16"),
        ("Các thôn hoàn thành trước mùng 10 tháng 3 âm lịch.", dt.date(2026, 12, 10), "2027-04-16"),
    ],
)
def test_lunar_days_from_the_table(text: str, signed: dt.date | None, due: str) -> None:
    got = _times(text, signed)
    assert [(kind, d) for _, kind, d in got] == [("date", due)]


def test_lunar_days_not_read_as_lunar() -> None:
    signed = dt.date(2026, 12, 10)
    # a month in words after the plain day word, no mark: may be March
    assert _times("Các hộ hoàn thành trước ngày 10 tháng Ba.", signed, 2026) == []
    # "mùng" before a month in figures: the solar day
    assert _times("Các hộ hoàn thành trước ngày mùng 2 tháng 9.", signed, 2026)[0][2] == "2027-09-02"
    # too far from the signing, or no signing: no day
    assert _times("Các xã gửi báo cáo trước ngày 15/8 âm lịch.", signed, 2026)[0][1:] == ("vague", None)
    assert _times("Các xã hoàn thành trước rằm tháng Bảy.", None)[0][1:] == ("vague", None)


def test_lunar_months_by_their_last_day() -> None:
    assert _times("Các hộ thu hoạch xong trong tháng 11 âm lịch.", dt.date(2026, 12, 10), 2026) == [
        ("trong tháng 11 âm lịch", "month", "2027-01-07")
    ]
    # (the solar October's end was read: 2026-10-31)
    assert _times("Ban Chỉ huy gia cố đê xong trước cuối tháng 10 âm lịch.", dt.date(2026, 9, 15), 2026) == [
        ("xong trước cuối tháng 10 âm lịch", "vague", "2026-12-08")
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        ("Các xã báo cáo trước 15 giờ ngày mùng 5 Tết.", "trước 15 giờ ngày mùng 5 Tết", "2027-02-10T15:00"),
        ("Các thôn nộp danh sách trước 8h30 ngày 25 tháng Chạp.", "trước 8h30 ngày 25 tháng Chạp", "2027-02-01T08:30"),
        ("Các xã báo cáo trước 15 giờ, ngày mùng 5 Tết Nguyên đán Đinh Mùi.",
         "trước 15 giờ, ngày mùng 5 Tết Nguyên đán Đinh Mùi", "2027-02-10T15:00"),
        ("Các xã báo cáo trước 15 giờ ngày 10/3 âm lịch năm 2027.", "trước 15 giờ ngày 10/3 âm lịch năm 2027",
         "2027-04-16T15:00"),
    ],
)
def test_an_hour_before_a_lunar_day(text: str, phrase: str, due: str) -> None:
    assert _times(text, dt.date(2026, 12, 10), 2026) == [(phrase, "datetime", due)]


@pytest.mark.parametrize(
    ("text", "signed", "phrase", "due"),
    [
        ("Tổ trưởng nộp hồ sơ trước khi kết thúc năm học.", dt.date(2026, 9, 5), "trước khi kết thúc năm học",
         "2027-05-31"),
        ("Tổ trưởng nộp hồ sơ trước khi kết thúc năm học.", dt.date(2027, 3, 5), "trước khi kết thúc năm học",
         "2027-05-31"),
        ("Thư ký hoàn thiện hồ sơ vào cuối năm học.", dt.date(2026, 9, 5), "vào cuối năm học", "2027-05-31"),
        ("Giáo viên duy trì phụ đạo đến hết năm học.", dt.date(2026, 9, 5), "đến hết năm học", "2027-05-31"),
        ("Tổng phụ trách Đội tuyên dương học sinh trước lễ bế giảng.", dt.date(2026, 9, 5), "trước lễ bế giảng", None),
    ],
)
def test_the_school_years_close_with_no_years(text: str, signed: dt.date, phrase: str, due: str | None) -> None:
    assert _times(text, signed, signed.year) == [(phrase, "vague", due)]


def test_a_school_year_with_no_limit_is_no_time() -> None:
    signed = dt.date(2026, 9, 5)
    assert _times("Các tổ duy trì nền nếp trong năm học.", signed, 2026) == []
    assert _times("Học sinh cuối năm học được khen thưởng.", signed, 2026) == []
    # with its years, as before: the school year, a range
    assert _times("Tổ trưởng nộp hồ sơ trước khi kết thúc năm học 2026-2027.", signed, 2026) == [
        ("trước khi kết thúc năm học 2026-2027", "range", "2027-05-31")
    ]


_PLAN = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ AN HÒA\nSố: 12/KH-MTTQ\nAn Hòa, ngày 10 tháng 12 năm 2026\n"
    "KẾ HOẠCH\nChăm lo Tết cho hộ nghèo\n\nII. NỘI DUNG\n"
    "1. Các chi hội trao quà xong trước 8h30 ngày 25 tháng Chạp âm lịch.\n"
    "2. Các chi hội báo cáo Ban Thường trực trước 15 giờ ngày mùng 5 Tết.\n"
    "3. Các chi hội tổ chức dâng hương trước ngày 10/3 âm lịch năm 2027.\n"
)


def test_lunar_days_through_the_whole_parse() -> None:
    doc = ndq57.parse(_PLAN)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [
        ("xong trước 8h30 ngày 25 tháng Chạp âm lịch", "2027-02-01T08:30"),
        ("trước 15 giờ ngày mùng 5 Tết", "2027-02-10T15:00"),
        ("trước ngày 10/3 âm lịch năm 2027", "2027-04-16"),
    ]


def test_lunar_days_at_size() -> None:
    # one long line of lunar days and hours: each read once, no search of the rest per expression
    unit = "Các xã báo cáo trước 15 giờ ngày mùng 5 Tết, trao quà trước rằm tháng Chạp, xong trong tháng 11 âm lịch; "
    exprs, _ = find_time_expressions(unit * 250, doc_date=dt.date(2026, 12, 10), default_year=2026)
    assert len(exprs) == 750
    assert {e.due for e in exprs} == {"2027-02-10T15:00", "2027-01-22", "2027-01-07"}
