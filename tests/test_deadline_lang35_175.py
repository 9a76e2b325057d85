"""Deadline language, fifth pass (round 35, helper 175): weekdays listed before a weekly day
("trước 16 giờ 30 phút các ngày thứ Ba và thứ Sáu hằng tuần", "vào thứ Ba, thứ Sáu hằng tuần"),
one weekly deadline each with the hour said once; a quarter's year or roman number an OCR engine
misread ("Quý IV/2O27", "Quý lll/2026"); a term's length said after the event it is counted from
("sau khi kết thúc đợt kiểm tra 10 ngày làm việc"); a year or a half-year to work in refined by a
limit after a comma ("trong năm 2026, chậm nhất ngày 15/12/2026"); and two directives of our own
wording (a commune Party committee's plan, a province's plan with OCR slips in its dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import ndq57
from ndq57.extract.timex import find_time_expressions

_FIXTURES = Path(__file__).parent / "fixtures"
_HEAD = "Bình Nguyên, ngày 10 tháng 3 năm 2026\n\nI. NHIỆM VỤ\n\n"


def _doc(name: str) -> Any:
    path = _FIXTURES / f"{name}.txt"
    return ndq57.parse(path.read_text(encoding="utf-8"), source=str(path))


def _weekly(text: str, doc_date: dt.date | None = None) -> list[tuple[str, int | None, str | None, str | None]]:
    exprs = find_time_expressions(text, doc_date=doc_date)[0]
    out = []
    for e in exprs:
        assert e.kind == "recurring" and e.recurrence is not None and e.recurrence.freq == "weekly", e
        out.append((e.phrase, e.recurrence.weekday, e.recurrence.time, e.qualifier))
    return out


def test_two_weekdays_with_one_hour() -> None:
    # (was a known failure: the first day vague, the second weekly without the hour)
    got = _weekly("Các xã gửi số liệu trước 16 giờ 30 phút các ngày thứ Ba và thứ Sáu hằng tuần.", dt.date(2027, 5, 18))
    assert got == [
        ("trước 16 giờ 30 phút các ngày thứ Ba", 1, "16:30", "before"),
        ("thứ Sáu hằng tuần", 4, "16:30", "before"),
    ]
    assert _weekly("Thường trực giao ban vào 14 giờ thứ Hai và thứ Năm hằng tuần.") == [
        ("vào 14 giờ thứ Hai", 0, "14:00", "on"),
        ("thứ Năm hằng tuần", 3, "14:00", "on"),
    ]


def test_weekdays_listed_with_commas_and_parts_of_the_day() -> None:
    assert [(p, w) for p, w, _, _ in _weekly("Ban Chỉ đạo họp giao ban vào thứ Ba, thứ Sáu hằng tuần.")] == [
        ("vào thứ Ba", 1),
        ("thứ Sáu hằng tuần", 4),
    ]
    assert [w for _, w, _, _ in _weekly("Các thôn báo cáo vào các ngày thứ Hai, thứ Tư và thứ Sáu hằng tuần.")] == [0, 2, 4]
    assert [w for _, w, _, _ in _weekly("Tổ công tác trực vào sáng thứ Bảy và chiều Chủ nhật hằng tuần.")] == [5, 6]
    # the hour after the last day holds for the first one too
    assert [(w, t) for _, w, t, _ in _weekly("Các xã báo cáo vào thứ 3 và thứ 6 hằng tuần (trước 15 giờ).")] == [
        (1, "15:00"),
        (4, "15:00"),
    ]


def test_weekdays_listed_after_a_weekly_cycle_said_before() -> None:
    # "hằng tuần" said earlier in the paragraph made the first day weekly: it stays, the hour is each one's
    text = _HEAD + (
        "1. Tổ công tác họp giao ban vào thứ Ba, thứ Sáu hằng tuần; Thường trực Tổ công tác báo cáo "
        "Chủ tịch UBND tỉnh trước 16 giờ các ngày thứ Hai và thứ Năm hằng tuần."
    )
    got = [(d.phrase, d.recurrence.weekday, d.recurrence.time) for d in ndq57.parse(text).deadlines if d.recurrence]
    assert got == [
        ("vào thứ Ba", 1, None),
        ("thứ Sáu hằng tuần", 4, None),
        ("trước 16 giờ các ngày thứ Hai", 0, "16:00"),
        ("thứ Năm hằng tuần", 3, "16:00"),
    ]


def test_a_weekday_of_one_week_is_no_weekly_day() -> None:
    exprs = find_time_expressions("Sở Nội vụ tổng hợp vào thứ Hai tuần này và thứ Năm hằng tuần.")[0]
    assert [(e.phrase, e.kind) for e in exprs] == [("vào thứ Hai tuần này", "vague"), ("thứ Năm hằng tuần", "recurring")]


def test_a_quarters_year_misread_by_ocr() -> None:
    day = dt.date(2026, 3, 10)
    (e,) = find_time_expressions("Sở Tài chính hoàn thành trong Quý IV/2O27.", doc_date=day)[0]
    assert (e.phrase, e.kind, e.due, e.year_inferred) == ("trong Quý IV/2O27", "quarter", "2027-12-31", False)
    got = find_time_expressions("Các xã hoàn thành trong Quý lll/2026, các phường trong quý 4/2O27.", doc_date=day)[0]
    assert [(e.phrase, e.due) for e in got] == [("trong Quý lll/2026", "2026-09-30"), ("trong quý 4/2O27", "2027-12-31")]


def test_a_length_after_the_event_it_is_counted_from() -> None:
    (e,) = find_time_expressions("Trưởng đoàn báo cáo kết quả sau khi kết thúc đợt kiểm tra 10 ngày làm việc.")[0]
    assert e.phrase == "sau khi kết thúc đợt kiểm tra 10 ngày làm việc"
    assert (e.kind, e.due, e.relative.amount, e.relative.unit, e.relative.anchor) == (
        "relative", None, 10, "working_day", "other"
    )
    (e,) = find_time_expressions("Ủy ban kiểm tra báo cáo sau khi kết thúc giám sát, chậm nhất 05 ngày làm việc.")[0]
    assert (e.phrase, e.qualifier, e.relative.amount) == ("sau khi kết thúc giám sát, chậm nhất 05 ngày làm việc", "by", 5)
    # how long a training lasts is no term
    assert find_time_expressions("Sau khi tập huấn 03 ngày, học viên trở về địa phương.")[0] == []


def test_a_year_refined_by_a_limit_after_a_comma() -> None:
    (e,) = find_time_expressions("Các xã hoàn thành trong năm 2026, chậm nhất ngày 15/12/2026.")[0]
    assert (e.phrase, e.kind, e.qualifier, e.due) == ("trong năm 2026, chậm nhất ngày 15/12/2026", "date", "by", "2026-12-15")
    # a year said bare names the object's period: it stays apart
    got = find_time_expressions("Cán bộ lập danh mục hồ sơ năm 2026, hoàn thành trước ngày 10/4/2026.")[0]
    assert [e.phrase for e in got] == ["năm 2026", "hoàn thành trước ngày 10/4/2026"]


def test_a_commune_party_committees_plan() -> None:
    doc = _doc("dangu_kh_giamsat_weekdays_lang35")
    got = [(d.section, d.phrase, d.kind, d.due) for d in doc.deadlines]
    assert got[:6] == [
        ("II.1.a", "trong tháng 10", "month", "2026-10-31"),
        ("II.1.a", "tháng 11/2026", "month", "2026-11-30"),
        ("II.1.b", "sau khi kết thúc đợt kiểm tra 10 ngày làm việc", "relative", None),
        ("II.1.c", "trong vòng 07 ngày sau khi nhận được thông báo kết luận", "relative", None),
        ("II.2.a", "trong Quý IV/2026", "quarter", "2026-12-31"),  # (year repaired: helper 48)
        ("II.2.b", "sau khi kết thúc giám sát, chậm nhất 05 ngày làm việc", "relative", None),
    ]
    weekly = [(d.section, d.recurrence.weekday, d.recurrence.time) for d in doc.deadlines
              if d.recurrence is not None and d.recurrence.freq == "weekly"]
    assert weekly == [
        ("III.1", 0, "14:00"), ("III.1", 3, "14:00"),
        ("III.2", 1, "16:30"), ("III.2", 4, "16:30"),
        ("III.3", 0, None), ("III.3", 2, None), ("III.3", 4, None),
        ("III.4", 5, None), ("III.4", 6, None),
    ]
    owners = {d.section: [a.unit for a in d.assignees] for d in doc.deadlines}
    assert owners["III.2"] == ["Văn phòng Đảng ủy"] and owners["III.3"] == ["Các chi bộ thôn"]
    assert [(d.phrase, d.kind, d.due) for d in doc.deadlines if d.section == "III.6"] == [
        ("trước 10 ngày diễn ra đại hội chi bộ", "relative", None),
        ("trước 14g ngày 15/10/2026", "datetime", "2026-10-15T14:00"),
    ]


def test_a_provinces_plan_with_ocr_slips() -> None:
    doc = _doc("ubnd_kh_cds_ocr_terms_lang35")
    dues = {(d.section, d.due) for d in doc.deadlines}
    assert {
        ("II.1", "2027-12-15"),
        ("II.2", "2027-09-30"),
        ("II.2", "2027-10-31"),
        ("II.3", "2027-06-30"),
        ("II.5.c", "2027-07-05"),
        ("III.1.1", "2027-12-31"),
        ("III.1.2", "2027-12-31"),
        ("III.1.3", "2027-10-31"),
        ("III.1.4", "2027-06-15"),
        ("III.1.5", "2027-11-15"),
    } <= dues
    # one deadline for the year and its limit; the horizon of 2030 is a target
    assert [d.phrase for d in doc.deadlines if d.section == "II.1"] == ["trong năm 2027, chậm nhất ngày 15/12/2027"]
    assert [t.phrase for t in doc.targets] == ["đến năm 2030"]
    weekly = [(d.recurrence.weekday, d.recurrence.time) for d in doc.deadlines if d.section == "II.6"]
    assert weekly == [(1, None), (4, None), (0, "16:00"), (3, "16:00")]


def test_an_hour_written_g_alone() -> None:
    (e,) = find_time_expressions("Các xã báo cáo trước 14g ngày 12/8/2026.")[0]
    assert (e.phrase, e.kind, e.due) == ("trước 14g ngày 12/8/2026", "datetime", "2026-08-12T14:00")
    assert all(x.kind != "datetime" for x in find_time_expressions("Mỗi suất gồm 15g thịt, ngày 12/8/2026 cấp.")[0])


def test_a_length_before_an_undated_event() -> None:
    (e,) = find_time_expressions("Các chi bộ gửi văn kiện về Đảng ủy trước 10 ngày diễn ra đại hội.")[0]
    assert (e.phrase, e.kind, e.qualifier, e.due) == ("trước 10 ngày diễn ra đại hội", "relative", "before", None)
    assert (e.relative.amount, e.relative.anchor, e.relative.resolved) == (10, "other", False)
    # with the event's day written after it: that day less the length, as before
    (e,) = find_time_expressions("Các sở gửi dự thảo trước 05 ngày diễn ra Hội nghị (ngày 15/12/2026).")[0]
    assert e.due == "2026-12-10"


def test_a_dated_limit_glossed_by_its_event() -> None:
    text = _HEAD + "1. Các thôn, tổ dân phố ra quân dọn vệ sinh, hoàn thành trước ngày 15/01/2027 (trước Tết Nguyên đán Đinh Mùi)."
    got = [(d.phrase, d.due) for d in ndq57.parse(text).deadlines]
    assert got == [("hoàn thành trước ngày 15/01/2027 (trước Tết Nguyên đán Đinh Mùi)", "2027-01-15")]


def test_weekdays_listed_after_a_weekly_cycle() -> None:
    got = _weekly("Hằng tuần, các xã báo cáo trước 15 giờ thứ Hai, thứ Tư và thứ Sáu.")
    assert [(w, t, q) for _, w, t, q in got] == [(0, "15:00", "before"), (2, "15:00", "before"), (4, "15:00", "before")]
