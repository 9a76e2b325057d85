"""The language of deadlines read in round 13 (helper 88): the first days of one quarter's month,
a named day written with its day and month only, an event then its time alone in brackets, and
working days with nothing to count from; each read through the whole parse, and in linear time."""

from __future__ import annotations

import pytest

import ndq57

HEAD = "Phú Thọ, ngày 10 tháng 3 năm 2026\n\n"


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        (
            "1. Sở Văn hóa, Thể thao và Du lịch hoàn thành việc trang trí trước Ngày Quốc khánh 2/9.",
            "trước Ngày Quốc khánh 2/9",
            "2026-09-02",
        ),
        (
            "2. Các trường học hoàn thành trước dịp kỷ niệm Ngày Giải phóng miền Nam (30/4).",
            "hoàn thành trước dịp kỷ niệm Ngày Giải phóng miền Nam (30/4)",
            "2026-04-30",
        ),
        (
            # a named day already past on the document's date: the next year's, as "trước ngày 15/01"
            "3. Hội Liên hiệp Phụ nữ tỉnh tổng kết phong trào trước ngày Quốc tế Phụ nữ 8/3.",
            "trước ngày Quốc tế Phụ nữ 8/3",
            "2027-03-08",
        ),
        (
            "4. Sở Nội vụ hoàn thiện đề án trước Hội nghị sơ kết (tháng 7/2026).",
            "trước Hội nghị sơ kết (tháng 7/2026)",
            "2026-07-31",
        ),
        (
            "5. Sở Tư pháp báo cáo trước kỳ họp thứ 10 HĐND tỉnh (quý III/2026).",
            "trước kỳ họp thứ 10 HĐND tỉnh (quý III/2026)",
            "2026-09-30",
        ),
        (
            # the last working day of a named month, public holidays not counted (30/4/2026)
            "6. Các sở gửi số liệu về Sở Tài chính chậm nhất vào ngày làm việc cuối cùng của tháng 4/2026.",
            "chậm nhất vào ngày làm việc cuối cùng của tháng 4/2026",
            "2026-04-29",
        ),
        (
            "7. Các sở hoàn thành trước Ngày Thương binh - Liệt sĩ 27/7.",
            "hoàn thành trước Ngày Thương binh - Liệt sĩ 27/7",
            "2026-07-27",
        ),
    ],
)
def test_read_as_deadlines(item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse(HEAD + item)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [(phrase, due)]


def test_first_days_of_one_quarters_month_are_once() -> None:
    doc = ndq57.parse("Hà Tĩnh, ngày 02 tháng 5 năm 2026\n\n1. Các xã báo cáo trong 05 ngày đầu của tháng cuối quý này.")
    [d] = doc.deadlines
    assert (d.phrase, d.due, d.recurrence) == ("trong 05 ngày đầu của tháng cuối quý này", "2026-06-05", None)


def test_working_days_with_no_anchor_stay_uncounted() -> None:
    doc = ndq57.parse(HEAD + "1. Các xã gửi báo cáo về Sở Nội vụ trong 05 ngày làm việc.")
    [d] = doc.deadlines
    assert d.due is None and d.relative is not None
    assert (d.relative.amount, d.relative.unit) == (5, "working_day")


def test_a_share_after_a_named_event_is_no_day() -> None:
    doc = ndq57.parse(HEAD + "1. Trước Hội nghị Tỉnh ủy 2/3 số đại biểu đã gửi ý kiến bằng văn bản.")
    assert doc.deadlines == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trước Ngày Quốc khánh " * 800 + "2/9", 1),
        ("trước Ngày Quốc khánh 2/9 " * 800, 400),
        ("trước Ngày Giải phóng (" * 800 + "30/4)", 1),
        ("Trước Hội nghị " + "2/9 " * 2000, 0),
        ("trong 05 ngày đầu của tháng cuối quý này, " * 400, 400),
        ("trước Hội nghị sơ kết (tháng 7/2026) " * 500, 500),
        ("trước Hội nghị sơ kết (dự kiến tổ chức vào " * 500 + "tuần cuối tháng 12/2026)", 1),
        ("trước Đại hội Đảng bộ xã (" * 800 + "tháng 5/2026)", 800),
        ("trong 05 ngày làm việc đầu tiên của " * 400 + "tháng 7/2026", 400),
        ("ngày làm việc cuối cùng của tháng 6/2026, " * 400, 400),
        ("trước Ngày Thương binh - Liệt sĩ - " * 500 + "27/7 năm 2026", 1),
    ],
)
def test_long_inputs_at_size(text: str, want: int) -> None:
    from ndq57.extract.timex import find_time_expressions

    # (a long run of what once made the grammar backtrack; the growth is measured by
    # benchmarks/bench.py, RUNS "time words", never by a timed test)
    found, _ = find_time_expressions(text, default_year=2026)
    assert len(found) == want
