"""The language of deadlines read in round 11 (helper 76): years of two figures, days in brackets
after their count, a span of years after a limit and a count, the day of a dated event said again,
a limit named then its day; each read through the whole parse, and in linear time."""

from __future__ import annotations

import pytest

import ndq57

HEAD = "Cao Bằng, ngày 02 tháng 6 năm 2026\n\n"


@pytest.mark.parametrize(
    ("item", "phrase", "due"),
    [
        ("1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/7/26.", "trước ngày 15/7/26", "2026-07-15"),
        ("2. Sở Y tế hoàn thành việc số hóa hồ sơ trước 30/06/27.", "trước 30/06/27", "2027-06-30"),
        (
            "3. Sở Nội vụ tổ chức tập huấn cho cán bộ cấp xã trong 02 ngày (15 và 16/7/2026).",
            "trong 02 ngày (15 và 16/7/2026)",
            "2026-07-16",
        ),
        ("4. Sở Xây dựng triển khai đề án trong 2 năm 2026-2027.", "trong 2 năm 2026-2027", "2027-12-31"),
        (
            "5. Sở Công Thương thực hiện chương trình trong 02 năm (2026 - 2027).",
            "trong 02 năm (2026 - 2027)",
            "2027-12-31",
        ),
    ],
)
def test_read_as_deadlines(item: str, phrase: str, due: str) -> None:
    doc = ndq57.parse(HEAD + item)
    assert [(d.phrase, d.due) for d in doc.deadlines] == [(phrase, due)]


def test_count_that_is_no_span_keeps_the_span_of_years_a_period() -> None:
    doc = ndq57.parse(HEAD + "1. Thực hiện Chiến lược 5 năm 2026 - 2030 của ngành.")
    assert doc.deadlines == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trong 2 năm " * 800 + "2026 - 2027", 1),
        ("trong 02 ngày (" * 800 + "15 và 16/7/2026)", 800),
        ("trước ngày 15/7/" * 800 + "26", 1),
    ],
)
def test_long_inputs_at_size(text: str, want: int) -> None:
    from ndq57.extract.timex import find_time_expressions

    # (a long run of what once made the grammar backtrack; the growth is measured by
    # benchmarks/bench.py, RUNS "time words", never by a timed test)
    found, _ = find_time_expressions(text)
    assert len(found) == want
