"""``pdftotext -layout`` tables whose row line was too long for its page: the text layer set the
row's cells one blank apart and shifted the rest of them left on the row's next line. Fixture:
tests/fixtures/pdftotext_layout_glued_row_cells_lang17.txt (our own wording)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57 import parse
from ndq57.parse import tables

NAME = "pdftotext_layout_glued_row_cells_lang17.txt"
CUTS = [0, 6, 40, 60, 80, 10**6]


def _column(x: int) -> int:
    return max(k for k in range(len(CUTS) - 1) if CUTS[k] <= x)


def _placed(*pieces: tuple[int, str]) -> str:
    line = ""
    for at, text in pieces:
        line = line.ljust(at) + text
    return line


def test_glued_rows_keep_the_table_going() -> None:
    doc = parse((FIXTURES / NAME).read_text(encoding="utf-8"))
    got = {
        (d.due, d.section): sorted((a.role, a.unit) for a in d.assignees if a.role in ("lead", "coordinate"))
        for d in doc.deadlines
    }
    assert got[("2027-06-30", "II.2")] == [
        ("coordinate", "Phòng Giáo dục trung học"),
        ("lead", "Trường Đại học Tây Sơn"),
    ]
    assert got[("2027-09-30", "II.3")] == [("coordinate", "Sở Tài chính"), ("lead", "Phòng Kế hoạch và Tài chính")]
    assert got[("2027-12-31", "II.4")] == [("coordinate", "Các phòng thuộc Sở"), ("lead", "Văn phòng Sở")]


def test_row_gutters_from_the_next_line() -> None:
    lines = [
        _placed((2, "2"), (6, "Rà soát quy hoạch các khu chức năng Sở Xây dựng Ban Quản lý"), (80, "Tháng 5/2027")),
        _placed((6, "đô thị mới"), (36, "tỉnh"), (56, "các khu kinh tế")),
    ]
    line, below = tables._row_gutters(lines, 0, CUTS, _column) or ([], [])
    assert line == [
        (2, "2"),
        (6, "Rà soát quy hoạch các khu chức năng"),
        (40, "Sở Xây dựng"),
        (60, "Ban Quản lý"),
        (80, "Tháng 5/2027"),
    ]
    assert below == [(6, "đô thị mới"), (40, "tỉnh"), (60, "các khu kinh tế")]
    # the next line has no piece for one of the columns: no gutters of the row to read
    lines[1] = _placed((6, "đô thị mới"), (56, "các khu kinh tế"))
    assert tables._row_gutters(lines, 0, CUTS, _column) is None
    # one name only in the glued piece for two columns
    lines[0] = _placed((2, "2"), (6, "Rà soát quy hoạch các khu chức năng đô thị Sở Xây dựng"), (80, "Tháng 5/2027"))
    lines[1] = _placed((6, "đô thị mới"), (36, "tỉnh"), (56, "các khu kinh tế"))
    assert tables._row_gutters(lines, 0, CUTS, _column) is None


def test_rest_of_a_glued_lead_name() -> None:
    fr = [(6, "học vùng khó khăn và Tài chính")]
    assert tables._lead_rest(fr, _column, 1, CUTS) == [(6, "học vùng khó khăn"), (40, "và Tài chính")]
    # a piece of the lead's own on the line: the task's line is the task's
    both = [*fr, (40, "tỉnh")]
    assert tables._lead_rest(both, _column, 1, CUTS) == both
    # no joining word before the capitalised name: the task's words (a unit named in the task)
    fr = [(6, "theo hướng dẫn của Bộ Tài chính")]
    assert tables._lead_rest(fr, _column, 1, CUTS) == fr


def test_glued_row_whose_next_line_packs_left() -> None:
    doc = parse((FIXTURES / "pdftotext_layout_notes_over_table_rows_lang16.txt").read_text(encoding="utf-8"))
    leads = {d.due: {a.unit for a in d.assignees if a.role == "lead"} for d in doc.deadlines}
    assert leads["2026-11-20"] == {"Chi cục Chăn nuôi và Thú y"}
