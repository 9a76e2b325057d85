"""The language of deadlines read in round 12 (helper 81): a count of days then its span written
with a dash, a count of years then the years listed in brackets, a day of the first lunar month
with its lunar year, the event a term is counted from; each read through the whole parse, and in linear time."""

from __future__ import annotations

import pytest

import ndq57

HEAD = "Tuyên Quang, ngày 02 tháng 6 năm 2026\n\n"


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        (
            "1. Sở Nội vụ tổ chức bồi dưỡng cho công chức cấp xã trong hai ngày (15 - 16/7/2026).",
            "trong hai ngày (15 - 16/7/2026)",
            "2026-07-16",
        ),
        ("2. Sở Tư pháp tổ chức tập huấn trong 02 ngày 20-21/8.", "trong 02 ngày 20-21/8", "2026-08-21"),
        (
            "3. Sở Khoa học và Công nghệ triển khai thí điểm trong 2 năm (2026, 2027).",
            "trong 2 năm (2026, 2027)",
            "2027-12-31",
        ),
        (
            "4. Các chi bộ hoàn thành kiểm điểm trước rằm tháng Giêng năm Đinh Mùi.",
            "trước rằm tháng Giêng năm Đinh Mùi",
            "2027-02-20",
        ),
    ],
)
def test_read_as_deadlines(item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse(HEAD + item)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [(phrase, due)]


def test_a_term_from_an_event_names_the_event() -> None:
    doc = ndq57.parse(
        HEAD + "1. Văn phòng Tỉnh ủy ban hành thông báo kết luận chậm nhất 03 ngày làm việc sau khi kết thúc "
        "hội nghị để các cơ quan triển khai."
    )
    [d] = doc.deadlines
    assert d.phrase == "chậm nhất 03 ngày làm việc sau khi kết thúc hội nghị"
    assert d.due is None and d.relative is not None
    assert (d.relative.amount, d.relative.unit, d.relative.anchor) == (3, "working_day", "other")


def test_days_an_event_is_held_on_stay_no_term() -> None:
    doc = ndq57.parse(HEAD + "1. Hội thi diễn ra trong 2 ngày 15-16/7/2026 tại Nhà văn hóa tỉnh.")
    assert doc.deadlines == []
    assert [(x.rule, x.verdict) for x in doc.decisions] == [("event_days", "event")]


def test_a_lunar_day_with_no_year_stays_vague() -> None:
    doc = ndq57.parse(HEAD + "1. Các chi bộ hoàn thành kiểm điểm trước rằm tháng Giêng.")
    assert [(d.phrase, d.due) for d in doc.deadlines] == [("trước rằm tháng Giêng", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trong 2 năm (" * 800 + "2026, 2027)", 1),
        ("trong 2 năm (2026, " * 800 + "2027)", 1),
        ("trong hai ngày (15 - " * 800 + "16/7/2026)", 1),
        ("trong 02 ngày " * 800 + "15-16/7/2026", 800),
        ("trước rằm tháng Giêng năm " * 800 + "Bính Ngọ", 800),
        ("chậm nhất 03 ngày sau khi " * 800 + "kết thúc hội nghị", 800),
        ("trong 05 ngày kể từ ngày nhận được văn bản " * 500, 500),
        ("ngày 12/8/2026 " + "trước ngày 20 cùng tháng; " * 800, 11),
        ("Hằng quý, trong 05 ngày đầu của tháng đầu quý sau, " * 300, 300),
        ("trước dịp kỷ niệm Ngày thành lập Đoàn (" * 500 + "26/3/2026)", 1),
        ("trước Đại hội " * 1000 + "(dự kiến tháng 5/2026)", 1000),
    ],
)
def test_long_inputs_at_size(text: str, want: int) -> None:
    from ndq57.extract.timex import find_time_expressions

    # (a long run of what once made the grammar backtrack; the growth is measured by
    # benchmarks/bench.py, RUNS "time words", never by a timed test)
    found, _ = find_time_expressions(text)
    assert len(found) == want
