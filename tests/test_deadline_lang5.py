"""The language of deadlines read in round 14 (helper 89): a term of working days counted from the
document's own date skips Vietnam's public holidays as the deadline rows do, and the New Year named
after the day word ("trước ngày Tết Dương lịch 2027"); read through the whole parse, linear."""

from __future__ import annotations

import sys

import pytest

import ndq57


@pytest.mark.parametrize(
    ("head", "item", "phrase", "due"),
    [
        (
            # Tết Bính Ngọ: 16–20/02/2026 off; weekends only would give 03/03
            "Nghệ An, ngày 10 tháng 02 năm 2026",
            "1. Các phòng gửi hồ sơ về Văn phòng trong 15 ngày làm việc kể từ ngày ký.",
            "trong 15 ngày làm việc kể từ ngày ký",
            "2026-03-10",
        ),
        (
            # Tết Đinh Mùi: 04–10/02/2027 off; weekends only would give 05/02
            "Lào Cai, ngày 29 tháng 01 năm 2027",
            "1. Các xã gửi danh sách trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản này.",
            "trong thời hạn 05 ngày làm việc kể từ ngày ban hành",
            "2027-02-12",
        ),
        (
            # 27/4 (Giỗ Tổ, moved), 30/4 and 1/5 off; weekends only would give 01/5
            "Hà Nội, ngày 24 tháng 4 năm 2026",
            "1. Vụ Tổ chức cán bộ tổng hợp ý kiến trong 05 ngày làm việc kể từ ngày ký.",
            "trong 05 ngày làm việc kể từ ngày ký",
            "2026-05-06",
        ),
        (
            # 31/8, 1/9 and 2/9/2026 off; weekends only would give 04/9
            "Cần Thơ, ngày 28 tháng 8 năm 2026",
            "1. Hội Nông dân các phường báo cáo trong 05 ngày làm việc, kể từ ngày ký.",
            "trong 05 ngày làm việc, kể từ ngày ký",
            "2026-09-09",
        ),
    ],
)
def test_working_days_skip_public_holidays(head: str, item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse(head + "\n\n" + item)
    [d] = doc.deadlines
    assert (d.phrase, d.due) == (phrase, due)


def test_calendar_days_are_still_calendar_days() -> None:
    doc = ndq57.parse("Hà Nội, ngày 24 tháng 4 năm 2026\n\n1. Các sở báo cáo trong 05 ngày kể từ ngày ký.")
    [d] = doc.deadlines
    assert d.due == "2026-04-29"


def test_no_holiday_calendar_without_a_working_day_term(monkeypatch: pytest.MonkeyPatch) -> None:
    from ndq57.export import workdays

    workdays._holidays.cache_clear()
    monkeypatch.setitem(sys.modules, "holidays", None)  # any import of it now fails
    doc = ndq57.parse("Hà Nội, ngày 24 tháng 4 năm 2026\n\n1. Các sở báo cáo trong 05 ngày kể từ ngày ký.")
    assert len(doc.deadlines) == 1
    with pytest.raises(ImportError):
        ndq57.parse("Hà Nội, ngày 24 tháng 4 năm 2026\n\n1. Các sở báo cáo trong 05 ngày làm việc kể từ ngày ký.")
    workdays._holidays.cache_clear()


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        (
            "1. Các đơn vị hoàn thành việc quyết toán trước ngày Tết Dương lịch 2027.",
            "trước ngày Tết Dương lịch 2027",
            "2027-01-01",
        ),
        (
            "1. Hội Chữ thập đỏ tỉnh trao quà chậm nhất trước ngày Tết Nguyên đán Đinh Mùi.",
            "chậm nhất trước ngày Tết Nguyên đán Đinh Mùi",
            "2027-02-06",
        ),
    ],
)
def test_new_year_after_the_day_word(item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse("Quảng Trị, ngày 03 tháng 6 năm 2026\n\n" + item)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [(phrase, due)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trước ngày " * 1500 + "Tết Dương lịch 2027", 1),
        ("trước ngày Tết " * 1000, 1000),
        ("trong 05 ngày làm việc kể từ ngày ký, " * 300, 300),
    ],
)
def test_long_inputs_at_size(text: str, want: int) -> None:
    import datetime as dt

    from ndq57.extract.timex import find_time_expressions

    # (a long run of what once made the grammar backtrack; the growth is measured by
    # benchmarks/bench.py, RUNS "time words", never by a timed test)
    found, _ = find_time_expressions(text, doc_date=dt.date(2026, 6, 3))
    assert len(found) == want
