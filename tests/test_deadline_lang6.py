"""The language of deadlines read in round 15 (helper 92): a day of the Lunar New Year named by
its number ("mùng 1 Tết", "mùng 6 Tết Đinh Mùi"), a dated limit with a least or latest length
("trước ngày 15/10/2026 ít nhất 10 ngày", "chậm nhất 05 ngày trước ngày 01/9/2026") and a span of
months with no year in a plan's table ("Tháng 8 - 9"); read through the whole parse, linear."""

from __future__ import annotations

import pytest

import ndq57


@pytest.mark.parametrize(
    ("head", "item", "phrase", "due"),
    [
        (
            "Gia Lai, ngày 03 tháng 6 năm 2026",
            "1. Hội Cựu chiến binh xã hoàn thành thăm hỏi hội viên trước ngày mùng 1 Tết Nguyên đán Đinh Mùi.",
            "trước ngày mùng 1 Tết Nguyên đán Đinh Mùi",
            "2027-02-06",
        ),
        (
            "Huế, ngày 20 tháng 12 năm 2025",
            "1. Đoàn Thanh niên phường ra quân trồng cây vào ngày mùng 4 Tết Bính Ngọ.",
            "vào ngày mùng 4 Tết Bính Ngọ",
            "2026-02-20",
        ),
        (
            "Cà Mau, ngày 03 tháng 6 năm 2026",
            "1. Các xã hoàn thành chi trả trợ cấp trước Tết Nguyên đán năm 2027 ít nhất 10 ngày.",
            "trước Tết Nguyên đán năm 2027 ít nhất 10 ngày",
            "2027-01-27",
        ),
        (
            "Hà Nội, ngày 01 tháng 7 năm 2026",
            "1. Các vụ gửi dự thảo về Văn phòng Bộ chậm nhất 05 ngày trước ngày 01/9/2026.",
            "chậm nhất 05 ngày trước ngày 01/9/2026",
            "2026-08-27",
        ),
        (
            # 30/4, 1/5 and 27/4/2026 off: three working days before 04/5 is 24/4
            "Hà Nội, ngày 10 tháng 4 năm 2026",
            "1. Các sở trình dự thảo trước ngày 04/5/2026 tối thiểu 03 ngày làm việc.",
            "trước ngày 04/5/2026 tối thiểu 03 ngày làm việc",
            "2026-04-24",
        ),
    ],
)
def test_dated_limits(head: str, item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse(head + "\n\n" + item)
    [d] = doc.deadlines
    assert (d.phrase, d.due) == (phrase, due)


def test_no_new_year_day_without_a_year() -> None:
    doc = ndq57.parse("Huế, ngày 20 tháng 8 năm 2026\n\n1. Các xã hoàn thành việc thăm hỏi trước mùng 1 Tết.")
    assert [d.due for d in doc.deadlines] == [None]


def test_a_count_of_things_is_no_length() -> None:
    doc = ndq57.parse("Huế, ngày 20 tháng 6 năm 2026\n\n1. Các xã gửi hồ sơ trước ngày 15/7/2026, ít nhất 10 hồ sơ.")
    [d] = doc.deadlines
    assert (d.phrase, d.due) == ("trước ngày 15/7/2026", "2026-07-15")


_TABLE = (
    "SỞ NỘI VỤ TỈNH BÌNH LÂM\n\nSố: 12/KH-SNV\n\nBình Lâm, ngày {date}\n\nKẾ HOẠCH\nBồi dưỡng cán bộ\n\n"
    "| STT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
    "| 1 | Mở lớp bồi dưỡng kỹ năng | Phòng Công chức | {cell} |\n"
)


@pytest.mark.parametrize(
    ("date", "cell", "start", "due"),
    [
        ("15 tháng 6 năm 2026", "Tháng 8 - 9", "2026-08-01", "2026-09-30"),
        ("15 tháng 6 năm 2026", "Tháng 11 - 02", "2026-11-01", "2027-02-28"),
        ("18 tháng 12 năm 2026", "Tháng 01 - 02", "2027-01-01", "2027-02-28"),
    ],
)
def test_month_spans_with_no_year(date: str, cell: str, start: str, due: str) -> None:
    doc = ndq57.parse(_TABLE.format(date=date, cell=cell))
    [d] = doc.to_dict()["deadlines"]
    assert (d["phrase"], d["start"], d["due"]) == (cell, start, due)


def test_reads_at_size() -> None:
    # 320 items of two limits counted back (a quadratic path would take minutes here; the growth is measured by benchmarks/bench.py, never
    # by a timed test)
    item = "1. Các xã gửi hồ sơ chậm nhất 05 ngày trước ngày 15/7/2026, trước ngày mùng 1 Tết Đinh Mùi ít nhất 10 ngày; "
    doc = ndq57.parse("Huế, ngày 20 tháng 6 năm 2026\n\n" + item * 320)
    assert len(doc.deadlines) == 640 and {d.due for d in doc.deadlines} == {"2026-07-10", "2027-01-27"}


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        ("1. Các tỉnh gửi báo cáo về Bộ Nội vụ trước ngày 10 tháng tiếp theo.", "trước ngày 10 tháng tiếp theo", "2026-10-10"),
        ("1. Các trường tổng kết, khen thưởng vào cuối năm học 2026 - 2027.", "vào cuối năm học 2026 - 2027", "2027-05-31"),
    ],
)
def test_next_month_and_school_year_close(item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse("Hà Nội, ngày 14 tháng 9 năm 2026\n\n" + item)
    [d] = doc.deadlines
    assert (d.phrase, d.due) == (phrase, due)


def test_a_past_school_year_close_is_no_deadline() -> None:
    doc = ndq57.parse("Hà Nội, ngày 14 tháng 9 năm 2026\n\n1. Kết quả cuối năm học 2025 - 2026 của tỉnh đạt khá.")
    assert doc.deadlines == []
