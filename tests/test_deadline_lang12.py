"""The language of deadlines read in round 24 (helper 117): the Hung Kings' Commemoration after a
limit (its solar day, from a table); a length counted back from an event's day written after it,
the length after the event ("trước kỳ họp 05 ngày (ngày ...)") or after "trước" ("trước 05 ngày
diễn ra Hội nghị (ngày ...)"); the first or last month of a school term; short or unlisted items
under a dated lead-in; the rows of a table of targets with an owner and a time; linear."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = "UBND TỈNH PHÚ THỌ\nSỞ VĂN HÓA\nSố: 9/KH-SVH\nPhú Thọ, ngày {day} năm 2026\nKẾ HOẠCH\nLễ hội năm 2027\n\n"


def _dues(body: str, day: str = "07 tháng 12") -> list[tuple[str, str | None]]:
    return [(d.phrase, d.due) for d in ndq57.parse(_HEAD.format(day=day) + body).deadlines]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Các sở hoàn thành trước ngày Giỗ Tổ Hùng Vương năm 2027.", "2027-04-16"),
        ("Các sở hoàn thành chậm nhất trước Giỗ tổ Hùng Vương năm 2031.", "2031-04-01"),
        ("Các sở hoàn thành trước ngày Giỗ Tổ Hùng Vương (mùng 10/3 âm lịch) năm 2035.", "2035-04-17"),
        ("Các sở hoàn thành trước ngày Giỗ Tổ Hùng Vương năm Đinh Mùi.", "2027-04-16"),
        # a year out of the table: no day guessed
        ("Các sở hoàn thành trước ngày Giỗ Tổ Hùng Vương năm 2040.", None),
    ],
)
def test_hung_kings_day(text: str, due: str | None) -> None:
    exprs, _ = find_time_expressions(text, default_year=2026)
    assert [e.due for e in exprs] == [due]


def test_hung_kings_holiday_is_vague_and_no_year_end() -> None:
    for text in ("Tổ chức trực trong dịp Giỗ Tổ Hùng Vương năm 2027.", "Trực trước dịp Giỗ Tổ Hùng Vương năm 2027."):
        exprs, _ = find_time_expressions(text, default_year=2026)
        assert [(e.kind, e.due) for e in exprs] == [("vague", None)]


@pytest.mark.parametrize(
    ("day", "due"),
    [("07 tháng 02", "2026-04-26"), ("07 tháng 12", "2027-04-16")],
)
def test_hung_kings_without_year_is_the_coming_one(day: str, due: str) -> None:
    body = "1. Trung tâm Văn hóa hoàn thành trang trí trước ngày Giỗ Tổ Hùng Vương."
    assert _dues(body, day) == [("trước ngày Giỗ Tổ Hùng Vương", due)]


def test_lunar_gloss_after_other_events_is_a_date() -> None:
    exprs, _ = find_time_expressions("Hoàn thành trước Đại hội 10/3/2027.", default_year=2026)
    assert [e.due for e in exprs] == ["2027-03-10"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Gửi tài liệu trước kỳ họp 05 ngày (ngày 15/12/2026).", "2026-12-10"),
        ("Gửi tài liệu trước kỳ họp ít nhất 05 ngày (ngày 15/12/2026).", "2026-12-10"),
        ("Hoàn thành trước Hội nghị tổng kết 02 tuần (dự kiến ngày 20/12/2026).", "2026-12-06"),
        ("Gửi tài liệu trước 05 ngày diễn ra Hội nghị (ngày 15/12/2026).", "2026-12-10"),
        ("Gửi tài liệu trước 03 ngày tổ chức Đại hội (dự kiến ngày 15/12/2026).", "2026-12-12"),
        # a bare length after a dated holiday, at the clause's end; not a length of the work after it
        ("Các xã hoàn thành trước Tết Nguyên đán năm 2027 10 ngày.", "2027-01-27"),
        ("Các xã hoàn thành trước Giỗ Tổ Hùng Vương năm 2027 10 ngày, các đơn vị gửi.", "2027-04-06"),
        ("Các xã hoàn thành trước Giỗ Tổ Hùng Vương năm 2027 10 ngày tập huấn.", "2027-04-16"),
        # no length: the event's day
        ("Gửi tài liệu trước Hội nghị ngày 20/12/2026.", "2026-12-20"),
    ],
)
def test_length_counted_back_from_a_dated_event(text: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, default_year=2026)
    assert [e.due for e in exprs] == [due]


def test_span_before_an_event_or_a_comma_is_no_count() -> None:
    exprs, _ = find_time_expressions("Tổ chức trước 05 ngày, họp ngày 15/12/2026.", default_year=2026)
    assert [e.due for e in exprs] == ["2026-12-15"]
    exprs, _ = find_time_expressions("Trước khi nghỉ hè trong 10 ngày các trường tổng kết.", default_year=2026)
    assert [e.phrase for e in exprs] == ["trong 10 ngày"]


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("Kiểm tra trong tháng đầu của học kỳ II năm học 2026 - 2027.", "month", "2027-01-31"),
        ("Kiểm tra trong tháng cuối của học kỳ I năm học 2026-2027.", "month", "2027-01-31"),
        ("Kiểm tra trong tháng đầu học kỳ I năm học 2026-2027.", "month", "2026-09-30"),
        # the whole term: its close, as before
        ("Kiểm tra trong học kỳ II năm học 2026-2027.", "range", "2027-05-31"),
    ],
)
def test_month_of_a_school_term(text: str, kind: str, due: str) -> None:
    exprs, _ = find_time_expressions(text, default_year=2026)
    assert [(e.kind, e.due) for e in exprs] == [(kind, due)]


_LIST = (
    "II. NHIỆM VỤ\n1. Giao Phòng Văn hóa thực hiện các nội dung sau, hoàn thành trước ngày 31/3/2027:\n"
    "- Rà soát di tích;\n- Thu hồ sơ lễ hội;\n- Lập danh sách đề nghị xếp hạng di tích cấp tỉnh.\n"
)


def test_items_under_a_dated_lead_in_are_tasks_without_new_deadlines() -> None:
    doc = ndq57.parse(_HEAD.format(day="07 tháng 12") + _LIST)
    assert [d.due for d in doc.deadlines] == ["2027-03-31"]
    texts = [t.text for t in doc.tasks]
    assert "Rà soát di tích;" in texts or "Rà soát di tích" in texts
    assert any(t.startswith("Thu hồ sơ lễ hội") for t in texts)
    assert len(doc.tasks) == 4


def test_items_under_an_undated_lead_in_stay_as_they_were() -> None:
    body = _LIST.replace(", hoàn thành trước ngày 31/3/2027", "")
    doc = ndq57.parse(_HEAD.format(day="07 tháng 12") + body)
    assert not any(t.text.startswith(("Rà soát di tích", "Thu hồ sơ")) for t in doc.tasks)


def test_rows_of_a_targets_table_with_owner_and_time_are_tasks() -> None:
    body = (
        "I. MỤC TIÊU\nĐến năm 2030 có 100% di tích được kiểm kê.\n\nII. CHỈ TIÊU CỤ THỂ NĂM 2027\n"
        "| STT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành |\n"
        "| 1 | Hoàn thành kiểm kê di tích cấp xã | Phòng Di sản | Tháng 10/2027 |\n"
    )
    doc = ndq57.parse(_HEAD.format(day="07 tháng 12") + body)
    assert [d.due for d in doc.deadlines] == ["2027-10-31"]
    assert [t.due for t in doc.targets] == ["2030-12-31"]


def test_reads_at_size() -> None:
    # 240 sentences of two limits each (a quadratic path would take minutes here; the growth is
    # measured by benchmarks/bench.py, RUNS "time words", never by a timed test)
    unit = "Gửi tài liệu trước 05 ngày diễn ra Hội nghị (ngày 15/12/2026), trước kỳ họp 05 ngày (ngày 20/12/2026). "
    exprs, _ = find_time_expressions(unit * 240, default_year=2026)
    assert len(exprs) == 480
