"""Round 30 (helper 146): a task table in the text PyMuPDF (or PDFium, pypdf) prints, a cell a
line, with a lead and a coordinating column: a row whose task cell a page break cuts after a
comma ("… kiến nghị của các xã, thị trấn,") shows its lead's name on the line after the comma;
the lead is read there (the coordinating unit and the time follow), not carried from the row
above as if merged down."""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_TEXT = (FIXTURES / "mupdf_comma_page_cut_lang18.txt").read_text(encoding="utf-8")


@functools.cache
def _rows() -> dict[str, ndq57.model.Deadline]:
    return {d.section: d for d in ndq57.parse(_TEXT).deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


def test_the_lead_after_a_task_cut_at_a_comma_is_the_rows_own() -> None:
    row = _rows()["II.2"]
    assert row.due == "2027-06-30"
    assert _leads(row) == ["Phòng Kinh tế và Hạ tầng"]  # (was: "Phòng Văn hóa và Thông tin", row 1's)
    assert row.task.endswith("tổng hợp kiến nghị của các xã, thị trấn")


def test_the_other_rows_keep_their_leads() -> None:
    rows = _rows()
    assert _leads(rows["II.1"]) == ["Phòng Văn hóa và Thông tin"]
    assert _leads(rows["II.3"]) == ["Công an huyện"]
    assert _leads(rows["II.4"]) == ["Văn phòng HĐND và UBND huyện"]


def _pieces(texts: list[str]) -> list[flow_tables._Piece]:
    out, at = [], 0
    for k, t in enumerate(texts):
        out.append(flow_tables._Piece(k, t, at, False))
        at += len(t) + 1
    return out


def test_a_unit_after_a_comma_is_the_tasks_when_no_time_follows_the_next_unit() -> None:
    lines = ["Rà soát", "kiến nghị của các xã,", "Phòng Kinh tế và", "Hạ tầng", "Công an huyện", "Tháng 6/2027"]
    pieces = _pieces(lines)
    assert flow_tables._cut_lead(pieces, 4) == pieces[2].start
    # (no time within three lines after the second unit: the text goes on, the first is the task's)
    pieces = _pieces([*lines[:5], "phối hợp với các xã", "trong việc kiểm tra", "và xử lý vi phạm", "Tháng 6/2027"])
    assert flow_tables._cut_lead(pieces, 4) == pieces[4].start
    # (a third unit before the time)
    pieces = _pieces([*lines[:5], "Ủy ban nhân dân xã", "Tháng 6/2027"])
    assert flow_tables._cut_lead(pieces, 4) == pieces[4].start
    # (the line before the first unit not ending in a comma: that unit opens no cell there)
    pieces = _pieces(["Rà soát", "kiến nghị của các xã", *lines[2:]])
    assert flow_tables._cut_lead(pieces, 4) == pieces[4].start
