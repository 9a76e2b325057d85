"""The language of deadlines read in round 23 (helper 112): a week of the first month of a named
year; a length counted back from a dated event ("10 ngày trước kỳ họp (ngày 15/12/2026)", "trước 15
ngày so với ngày tổ chức Hội nghị (dự kiến ngày ...)"); the session a limit's work is for with its
expected day; "ngoại khóa" before a limit; "ngay từ" a period; a data window with its verb first;
linear."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 7/TB-BGDĐT\nHà Nội, ngày 07 tháng 12 năm 2026\nTHÔNG BÁO\nKết luận của Bộ trưởng\n\n"
)


def _dues(body: str) -> list[tuple[str, str | None]]:
    return [(d.phrase, d.due) for d in ndq57.parse(_HEAD + body).deadlines]


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        # a bare length before a dated limit: the day less the length, never the event's day
        (
            "Các vụ gửi tài liệu 07 ngày trước kỳ họp (ngày 20/12/2026).",
            "07 ngày trước kỳ họp (ngày 20/12/2026)",
            "2026-12-13",
        ),
        (
            "Các vụ gửi tài liệu 2 tuần trước Hội nghị (dự kiến ngày 20/01/2027).",
            "2 tuần trước Hội nghị (dự kiến ngày 20/01/2027)",
            "2027-01-06",
        ),
        # counted back ("so với", "tính đến") or forward ("kể từ") from an event whose day follows it
        (
            "Các vụ gửi dự thảo trước 10 ngày so với ngày khai mạc Hội nghị (dự kiến ngày 20/01/2027).",
            "trước 10 ngày so với ngày khai mạc Hội nghị (dự kiến ngày 20/01/2027)",
            "2027-01-10",
        ),
        (
            "Các vụ báo cáo chậm nhất 05 ngày kể từ ngày kết thúc Hội nghị (ngày 20/01/2027).",
            "chậm nhất 05 ngày kể từ ngày kết thúc Hội nghị (ngày 20/01/2027)",
            "2027-01-25",
        ),
        # a week of the last month of a named year
        (
            "Các vụ báo cáo trong tuần thứ hai của tháng cuối năm 2027.",
            "trong tuần thứ hai của tháng cuối năm 2027",
            "2027-12-14",
        ),
    ],
)
def test_counted_from_a_dated_event(text: str, phrase: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, default_year=2026)
    assert [(e.phrase, e.due) for e in exprs] == [(phrase, due)]


def test_a_span_before_an_event_is_not_counted_back() -> None:
    exprs, _ = find_time_expressions("Tổ chức tuyên truyền trong vòng 10 ngày trước ngày bầu cử 15/3/2027.")
    assert [e.due for e in exprs] == [None, "2027-03-15"]


def test_undated_event_stays_relative() -> None:
    exprs, _ = find_time_expressions("Các vụ gửi dự thảo trước 10 ngày so với ngày khai mạc Hội nghị.")
    assert [(e.kind, e.due) for e in exprs] == [("relative", None)]


def test_session_day_after_its_month_is_no_second_due() -> None:
    body = (
        "1. Vụ Kế hoạch - Tài chính báo cáo Bộ trưởng trước 10 giờ ngày 17/12/2026 để báo cáo tại phiên"
        " họp thường kỳ tháng 12 của Chính phủ (dự kiến ngày 21/12/2026)."
    )
    assert _dues(body) == [("trước 10 giờ ngày 17/12/2026", "2026-12-17T10:00")]


def test_extracurricular_is_no_term_of_office() -> None:
    body = "1. Các trường tổ chức hoạt động ngoại khóa trước ngày 31/3/2027."
    assert _dues(body) == [("trước ngày 31/3/2027", "2027-03-31")]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("1. Các trường triển khai ngay từ tháng 02/2027 chương trình sữa học đường.", []),
        (
            "1. Các trường gửi báo cáo chậm nhất ngày 10/01/2027; thời gian lấy số liệu từ ngày 01/12/2026 đến"
            " ngày 31/12/2026.",
            [("chậm nhất ngày 10/01/2027", "2027-01-10")],
        ),
    ],
)
def test_starts_and_data_windows_are_no_dues(body: str, want: list[tuple[str, str]]) -> None:
    assert _dues(body) == want


def test_reads_at_size() -> None:
    # 240 sentences of two limits each (a quadratic path would take minutes here; the growth is
    # measured by benchmarks/bench.py, RUNS "time words", never by a timed test)
    unit = "Gửi tài liệu 10 ngày trước kỳ họp (ngày 15/12/2026), trước 5 ngày so với ngày họp ngày 20/12/2026. "
    exprs, _ = find_time_expressions(unit * 240, default_year=2026)
    assert len(exprs) == 480
