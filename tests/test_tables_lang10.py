"""Session 13: a tab-separated appendix table whose group rows name the owner of the rows below
("<TAB>Nhiệm vụ giao các sở, ngành<TAB><TAB><TAB>"): the title in the task column under an empty
number cell, not bold (a table copied from Word or a spreadsheet as text). The group row neither
ends the table nor joins the task above it."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_DOC = (FIXTURES / "table_tsv_group_rows.txt").read_text(encoding="utf-8")


def test_group_row_under_an_empty_number_cell_keeps_the_table_whole() -> None:
    doc = ndq57.parse(_DOC)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-09-30", "Phụ lục.1"),
        ("2027-12-31", "Phụ lục.2"),
        ("2027-12-31", "Phụ lục.3"),
        ("2027-06-30", "Phụ lục.4"),
    ]
    leads = [[a.unit for a in d.assignees if a.role == "lead"] for d in doc.deadlines]
    assert leads[0] == ["Sở Nông nghiệp và Môi trường"]
    assert leads[3] == ["Ủy ban nhân dân các xã, phường"]


def test_owner_rows_are_groups_not_tasks() -> None:
    (table,) = [t for t in ndq57.parse(_DOC).tables if "task" in t.columns]
    groups = [r.group for r in table.rows if r.kind == "group"]
    assert groups == ["Nhiệm vụ giao các sở, ngành", "Nhiệm vụ giao Ủy ban nhân dân các xã, phường"]
    second = next(d for d in ndq57.parse(_DOC).deadlines if d.section == "Phụ lục.2")
    assert "Nhiệm vụ giao" not in second.task


# A table's header row whose marks OCR misread ("Đơn vi chu trì", "Thời hàn hoàn thành"): its
# short cells are also read without their letters' marks, so the columns keep their roles.
_MISREAD = (FIXTURES / "table_header_marks_misread.txt").read_text(encoding="utf-8")


def test_header_cells_with_misread_marks_name_their_columns() -> None:
    doc = ndq57.parse(_MISREAD)
    (table,) = [t for t in doc.tables if "task" in t.columns]
    assert table.columns == ["index", "task", "lead", "coordinate", "time"]
    rows = [d for d in doc.deadlines if d.section.startswith("II.")]
    assert [(d.due, d.section) for d in rows] == [
        ("2027-04-30", "II.1"),
        ("2027-09-30", "II.2"),
        ("2027-12-15", "II.3"),
    ]
    assert [a.unit for a in rows[1].assignees if a.role == "lead"] == ["Phòng Nội vụ"]


def test_a_long_data_cell_is_not_read_without_its_marks() -> None:
    # (only short cells, a header's: a task's text holding "thoi gian" is no column name)
    from ndq57.parse import tables

    assert tables._text_role("Thoi han hoan thanh") == "time"
    assert tables._text_role("Co quan chu tri") == "lead"
    assert tables._text_role("Tổ chức tập huấn cho cán bộ, thoi gian linh hoạt theo lịch") is None


def test_a_typed_tables_repeated_group_label_is_left_as_written() -> None:
    # (a typed table whose author wrote "IV" twice: the OCR repair of a group's label one stroke
    # off applies only where the labels around it were misread too)
    from ndq57.parse import normalize

    typed = "| IV | Dữ liệu số |\n| IV | Thương mại điện tử |\n| VI | Kinh phí |\n"
    assert not [f for f in normalize.normalize(typed).fixes if f.rule == "ocr_section_label"]
    # (in an OCR copy, another label misread: the group's label is put back)
    scanned = "I. MỤC ĐÍCH\nIl. NHIỆM VỤ\n" + typed
    fixed = [f for f in normalize.normalize(scanned).fixes if f.rule == "ocr_section_label"]
    assert [(f.original, f.replacement) for f in fixed] == [("Il", "II"), ("IV", "V")]
