"""Round 30 (helper 146): a task table ``pdftotext`` without ``-layout`` prints a column block
after another (:func:`ndq57.parse.flow_tables._glued_rows`), where a row's first line holds its
task's first line, its lead's first line AND its task's next line ("… hộ tịch đã số Công chức Tư
pháp hóa trên phần mềm dùng chung"): the lead is read when the lines wrap where their next word
would not fit and the lead's lines make one unit's whole name; and the dash ``pdftotext`` drops at
a lead line's end ("Công chức Văn hóa -" / "Xã hội") is put back."""

from __future__ import annotations

import functools

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_TEXT = (FIXTURES / "pdftotext_default_wide_glued_lang18.txt").read_text(encoding="utf-8")


@functools.cache
def _rows() -> dict[str, ndq57.model.Deadline]:
    return {d.section: d for d in ndq57.parse(_TEXT).deadlines}


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


def test_a_first_line_with_the_tasks_next_line_glued_gives_its_lead_and_task() -> None:
    row = _rows()["II.A.1"]
    assert row.due == "2027-07-31"
    assert _leads(row) == ["Công chức Tư pháp - Hộ tịch"]
    assert row.task == "Rà soát, chuẩn hóa dữ liệu hộ tịch đã số hóa trên phần mềm dùng chung"


def test_the_word_before_the_lead_may_be_a_capital() -> None:
    row = _rows()["II.B.4"]  # ("… trình Chủ Công chức Văn phòng tịch Ủy ban nhân dân xã …")
    assert row.due == "2027-09-30"
    assert _leads(row) == ["Công chức Văn phòng - Thống kê"]
    assert row.task == "Tổng hợp kết quả chuyển đổi số, trình Chủ tịch Ủy ban nhân dân xã ký báo cáo huyện"


def test_the_dash_dropped_at_a_lead_lines_end_is_put_back() -> None:
    assert _leads(_rows()["II.A.3"]) == ["Công chức Văn hóa - Xã hội"]
    assert flow_tables._dash_lost([(1, "Ủy ban MTTQ Việt"), (2, "Nam xã")]) == [(1, "Ủy ban MTTQ Việt"), (2, "Nam xã")]


def test_the_other_rows_keep_their_leads() -> None:
    rows = _rows()
    assert _leads(rows["II.A.2"]) == ["Công an xã"]
    assert _leads(rows["II.B.5"]) == ["Đài Truyền thanh xã"]
    assert rows["II.B.5"].due == "2027-12-31"


def test_no_lead_where_the_lines_do_not_wrap_there() -> None:
    plain = [(38, 10), (39, 17), (40, 19)]
    rest = [(9, "Hộ tịch")]
    first = "Rà soát, chuẩn hóa dữ liệu hộ tịch đã số Công chức Tư pháp hóa trên phần mềm dùng chung"
    assert flow_tables._wide_split(8, first, rest, plain) is not None
    # (a lead column wider than "Công chức Tư pháp hóa": the lead's line would not have wrapped there)
    assert flow_tables._wide_split(8, first, rest, [(38, 10), (40, 24)]) is None
    # (a task column wider than "… đã số hóa": the task's line would not have wrapped there)
    assert flow_tables._wide_split(8, first, rest, [(46, 10), (40, 19)]) is None
    # (no unit's whole name: "Bộ phận Cơ sở vật" / "Trường học")
    first = "Kiểm tra nguồn nước sạch tại các điểm Bộ phận Cơ sở vật chất lớp học mới tại các điểm"
    assert flow_tables._wide_split(8, first, [(9, "Trường học")], [(38, 10), (40, 18)]) is None
