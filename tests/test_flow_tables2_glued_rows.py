"""Round 29 (helper 141): a task table ``pdftotext`` without ``-layout`` prints a column block
after another — the number column ("TT" over "A", "1", "2" …), then the task and lead columns'
headings and the rows with a task's and a lead's lines on one baseline ("Mua sắm bổ sung bàn ghế
học sinh lớp Hiệu trưởng các"), the groups' titles in capitals, then the time column — read with
the rows' tasks and leads, not only their times."""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_TEXT = (FIXTURES / "pdftotext_default_glued_rows_lang17.txt").read_text(encoding="utf-8")


@functools.cache
def _doc() -> ndq57.model.Document:
    return ndq57.parse(_TEXT)


def _rows() -> dict[str, ndq57.model.Deadline]:
    return {d.section: d for d in _doc().deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


def test_glued_rows_give_their_tasks_and_leads() -> None:
    rows = _rows()
    assert [(s, rows[s].due) for s in ("II.A.1", "II.A.2", "II.A.3", "II.B.4", "II.B.5")] == [
        ("II.A.1", "2027-08-15"),
        ("II.A.2", "2027-08-31"),
        ("II.A.3", "2027-08-20"),
        ("II.B.4", "2027-08-31"),
        ("II.B.5", "2027-08-25"),
    ]
    assert _leads(rows["II.A.1"]) == ["Bộ phận Hành chính - Tổng hợp"]  # (its end "- Tổng hợp" a line)
    assert _leads(rows["II.A.2"]) == ["Hiệu trưởng các trường tiểu học"]  # (after a line left open)
    assert _leads(rows["II.B.4"]) == ["Bộ phận Tổ chức - Cán bộ"]
    assert _leads(rows["II.B.5"]) == ["Tổ Chuyên môn Tiểu học"]
    assert rows["II.A.2"].task == "Mua sắm bổ sung bàn ghế học sinh lớp một theo chương trình mới"
    assert rows["II.B.4"].task == "Điều động giáo viên về các điểm trường còn thiếu theo định mức"


def test_a_first_line_with_the_tasks_next_line_glued_reads_no_lead() -> None:
    row = _rows()["II.A.3"]
    # ("… nước sạch Bộ phận Cơ sở vật chất lớp học mới tại các điểm trường lẻ": far longer than the
    # other rows' first lines, where the unit's name ends cannot be told)
    assert _leads(row) == []
    assert row.task.startswith("Kiểm tra nhà vệ sinh")


def test_the_group_titles_stay_the_groups() -> None:
    (table,) = [t for t in _doc().tables if "task" in t.columns]
    groups = [(r.label, r.cells[1].text) for r in table.rows if r.kind == "group"]
    assert groups == [("A", "CƠ SỞ VẬT CHẤT"), ("B", "ĐỘI NGŨ")]
    assert "lead" in table.columns


def test_lines_that_do_not_make_a_row_a_number_leave_the_cells_empty() -> None:
    # (a third row's first line in lower case: three first lines for five numbered rows)
    text = _TEXT.replace("Kiểm tra nhà vệ sinh", "kiểm tra nhà vệ sinh")
    doc = ndq57.parse(text)
    rows = {d.section: d for d in doc.deadlines}
    assert rows["II.B.5"].due == "2027-08-25"
    assert not any(_leads(d) for d in doc.deadlines if d.section.startswith("II."))


def test_the_glued_head_opens_after_three_words_in_lower_case() -> None:
    line = "Tổ chức hội nghị phát động phong trào Ủy ban MTTQ Việt"
    assert flow_tables._glued_head(line) == line.index("Ủy ban")
    assert flow_tables._glued_head("Báo cáo của Ủy ban nhân dân") == 0  # ("của" joins a name)
    assert flow_tables._glued_head("Mời Ban Tuyên giáo dự họp") == 0  # (fewer than three words before)
