"""The language of deadlines read in round 17 (helper 97): a term of a school year ("học kỳ I năm
học 2026 - 2027", "Học kỳ II" in a plan signed in August, "cuối học kỳ I ..."), a quarter written short ("Q3/2026", "Q3 - Q4/2026") and the Lunar New Year's
holiday named with "dịp" alone, in a sentence and in an appendix table's time cell; linear."""

from __future__ import annotations

import pytest

import ndq57
from ndq57.extract.timex import find_time_expressions

_HEAD = "Bình Lâm, ngày 20 tháng 8 năm 2026\n\n"
_TABLE = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát đội ngũ giáo viên | Phòng Tổ chức cán bộ | Các trường | {cell} |\n"
)


@pytest.mark.parametrize(
    ("item", "phrase", "start", "due"),
    [
        (
            "1. Các trường hoàn thành kiểm tra nội bộ trong học kỳ I năm học 2026 - 2027.",
            "trong học kỳ I năm học 2026 - 2027",
            "2026-09-01",
            "2027-01-31",
        ),
        (
            "1. Phòng Khảo thí tổ chức khảo sát trong học kỳ II năm học 2026 - 2027.",
            "trong học kỳ II năm học 2026 - 2027",
            "2027-01-01",
            "2027-05-31",
        ),
        ("1. Phòng Tổ chức cán bộ hoàn thành rà soát trong Q3/2026.", "trong Q3/2026", None, "2026-09-30"),
        ("1. Các trường triển khai trường học số trong Q3, Q4/2026.", "trong Q3, Q4/2026", "2026-07-01", "2026-12-31"),
    ],
)
def test_sentence(item: str, phrase: str, start: str | None, due: str) -> None:
    [d] = ndq57.parse(_HEAD + item).deadlines
    assert (d.phrase, d.start, d.due) == (phrase, start, due)


@pytest.mark.parametrize(
    ("cell", "kind", "start", "due"),
    [
        ("Học kỳ I năm học 2026 - 2027", "range", "2026-09-01", "2027-01-31"),
        ("HK2 năm học 2026 - 2027", "range", "2027-01-01", "2027-05-31"),
        ("Q3/2026", "quarter", None, "2026-09-30"),
        ("Q3 - Q4/2026", "range", "2026-07-01", "2026-12-31"),
        ("Dịp Tết Nguyên đán", "vague", None, None),
        # (no school year written: the one the plan, signed in August, is for)
        ("Học kỳ II", "range", "2027-01-01", "2027-05-31"),
        ("Cuối học kỳ I năm học 2026 - 2027", "vague", None, "2027-01-31"),
    ],
)
def test_time_cell(cell: str, kind: str, start: str | None, due: str | None) -> None:
    doc = ndq57.parse(_HEAD + "1. Các đơn vị thực hiện theo Phụ lục.\n\n" + _TABLE.format(cell=cell))
    [d] = [d for d in doc.deadlines if d.section.startswith("Phụ lục")]
    assert (d.phrase, d.kind, d.start, d.due) == (cell, kind, start, due)


def test_half_then_whole_year_in_a_cell() -> None:
    doc = ndq57.parse(_HEAD + "1. Các đơn vị thực hiện theo Phụ lục.\n\n" + _TABLE.format(cell="6 tháng đầu năm và cả năm 2027"))
    got = [(d.phrase, d.due) for d in doc.deadlines if d.section.startswith("Phụ lục")]
    assert got == [("6 tháng đầu năm", "2027-06-30"), ("năm 2027", "2027-12-31")]


def test_holiday_before_and_during_is_no_day() -> None:
    [e], _ = find_time_expressions("Bảo đảm trật tự trước và trong Tết Nguyên đán năm 2027.")
    assert (e.kind, e.due) == ("vague", None)
    [e], _ = find_time_expressions("Các xã hoàn thành trước Tết Nguyên đán năm 2027.")
    assert (e.kind, e.due) == ("date", "2027-02-06")


def test_a_district_is_no_quarter() -> None:
    exprs, _ = find_time_expressions("Trụ sở tại Q3, TP. Hồ Chí Minh; mã Q5/2026, SQ3/2026.")
    assert exprs == []


def test_reads_at_size() -> None:
    # long runs of a district's name, a school year without its years and an occasion (a quadratic path would take minutes here; the growth is measured by benchmarks/bench.py, never
    # by a timed test)
    n = 1600
    exprs, _ = find_time_expressions("Q3 " * n + "học kỳ I năm học " * n + "dịp Tết " * n)
    assert len(exprs) == n and {e.phrase for e in exprs} == {"dịp Tết", "năm học dịp Tết"}
