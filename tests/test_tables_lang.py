"""Task tables as plans print them: cells that say "as above", numbers written at the head of the
task cell, group titles across a PDF's columns, a row cut by a page break under the repeated
header, a bare day in a time cell and a budget table that names no owner."""

from __future__ import annotations

from ndq57.extract.table_tasks import table_tasks
from ndq57.model import Header, Table
from ndq57.parse.tables import find_tables

HEAD = "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n|---|---|---|---|---|\n"


def only(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1, [(t.export, t.line, t.end_line) for t in tables]
    return tables[0]


def owners_and_dues(text: str) -> list[tuple[str | None, list[str], list[str | None]]]:
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    dues = {d.id: d.due for d in got.deadlines}
    return [(t.section, [a.unit for a in t.owners], [dues[i] for i in t.deadlines]) for t in got.tasks]


def test_ditto_cells_repeat_the_cell_above() -> None:
    text = HEAD + (
        "| 1 | Rà soát quy chế | Văn phòng Sở | Thanh tra Sở | Quý III/2026 |\n"
        "| 2 | Cập nhật quy trình | nt | Phòng Tổ chức cán bộ | Như trên |\n"
        "| 3 | Tập huấn nghiệp vụ | Như trên. | \" | Tháng 10/2026 |\n"
        "| 4 | Kiểm tra nội bộ | Thanh tra Sở | - | - nt - |\n"
    )
    assert owners_and_dues(text) == [
        ("1", ["Văn phòng Sở", "Thanh tra Sở"], ["2026-09-30"]),
        ("2", ["Văn phòng Sở", "Phòng Tổ chức cán bộ"], ["2026-09-30"]),
        ("3", ["Văn phòng Sở", "Phòng Tổ chức cán bộ"], ["2026-10-31"]),
        ("4", ["Thanh tra Sở"], ["2026-10-31"]),  # "-" is no owner; "- nt -" the time above
    ]


def test_ditto_word_inside_a_longer_cell_is_left_alone() -> None:
    text = HEAD + (
        "| 1 | Rà soát quy chế | Văn phòng Sở | | Quý III/2026 |\n"
        "| 2 | Cập nhật quy trình | Sở Nội vụ (nt của năm trước) | | Quý IV/2026 |\n"
    )
    assert owners_and_dues(text)[1][1][0].startswith("Sở Nội vụ")


def test_number_at_the_head_of_the_task_cell_labels_the_row() -> None:
    text = HEAD + (
        "| 2 | Số hóa hồ sơ lưu trữ | Văn phòng Sở | | Trước 30/6/2026 |\n"
        "| a | Hồ sơ giai đoạn 2010-2015 | nt | | Tháng 3/2026 |\n"
        "| | b) Hồ sơ giai đoạn 2016-2020 | nt | | Quý IV/2026 |\n"
    )
    t = only(text)
    rows = [r for r in t.rows if r.kind == "task"]
    assert [(r.label, r.path, r.cells[1].text) for r in rows][-1] == ("b", "2.b", "Hồ sơ giai đoạn 2016-2020")
    assert [s for s, _, _ in owners_and_dues(text)] == ["2", "2.a", "2.b"]


def test_lower_case_start_after_a_letter_is_no_label() -> None:
    text = HEAD + (
        "| 1 | Số hóa hồ sơ | Văn phòng Sở | | Quý II/2026 |\n"
        "| | a) và các hồ sơ còn lại | | | |\n"
    )
    rows = [r for r in only(text).rows if r.kind != "header"]
    assert [r.kind for r in rows] == ["task", "continuation"]


def test_bare_day_in_a_time_cell_is_of_the_plans_year() -> None:
    text = HEAD + "| 1 | Cập nhật quy trình | Văn phòng Sở | | 30/6 |\n| 2 | Báo cáo | Văn phòng Sở | | 31/2 |\n"
    assert owners_and_dues(text) == [("1", ["Văn phòng Sở"], ["2026-06-30"]), ("2", ["Văn phòng Sở"], [])]


def test_budget_table_gives_no_task_but_a_task_table_with_money_does() -> None:
    budget = (
        "| STT | Nội dung | Nguồn kinh phí | Dự toán (triệu đồng) | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Hội nghị tập huấn | Ngân sách tỉnh | 85 | Quý II/2026 |\n"
    )
    assert owners_and_dues(budget) == []
    tasks = (
        "| STT | Nội dung | Đơn vị chủ trì | Kinh phí (triệu đồng) | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Hội nghị tập huấn | Sở Nội vụ | 85 | Quý II/2026 |\n"
    )
    assert owners_and_dues(tasks) == [("1", ["Sở Nội vụ"], ["2026-06-30"])]


LAYOUT_HEAD = (
    " STT   Nhiệm vụ                          Cơ quan chủ trì        Cơ quan phối hợp        Thời hạn\n"
)


def test_layout_group_title_across_the_columns() -> None:
    text = LAYOUT_HEAD + (
        " I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ, CƠ CHẾ CHÍNH SÁCH\n"
        " 1     Rà soát quy chế tổ chức           Văn phòng Sở           Thanh tra Sở            Quý III/2026\n"
        "                   II. NHÓM NHIỆM VỤ VỀ HIỆN ĐẠI HÓA HÀNH CHÍNH\n"
        " 2     Nâng cấp hệ thống văn bản         Trung tâm Công nghệ    Văn phòng Sở            2026-2027\n"
        "                                         thông tin\n"
    )
    t = only(text)
    assert t.export == "layout"
    assert [(r.kind, r.path) for r in t.rows if r.kind != "header"] == [
        ("group", "I"),
        ("task", "I.1"),
        ("group", "II"),
        ("task", "II.2"),
    ]


def test_layout_heading_after_the_table_is_no_group() -> None:
    text = LAYOUT_HEAD + (
        " 1     Rà soát quy chế tổ chức           Văn phòng Sở           Thanh tra Sở            Quý III/2026\n"
        "\n"
        " III. TỔ CHỨC THỰC HIỆN CỦA CÁC PHÒNG\n"
        " Văn phòng Sở theo dõi, đôn đốc việc thực hiện.\n"
    )
    t = only(text)
    assert [r.kind for r in t.rows] == ["header", "task"]


def test_layout_row_cut_by_a_page_break_goes_on_under_the_repeated_header() -> None:
    text = LAYOUT_HEAD + (
        " 1     Nâng cấp hệ thống quản lý văn     Trung tâm Công nghệ    Văn phòng Sở            2026-2027\n"
        "       bản, bảo đảm kết                  thông tin\n"
        "                                                                                         3\n"
        "\f" + LAYOUT_HEAD + "       nối liên thông với tỉnh\n"
        " 2     Số hóa hồ sơ lưu trữ              Văn phòng Sở                                   Trước 30/6/2026\n"
        "       a) Hồ sơ giai đoạn 2010-2015      nt                                             Tháng 3/2026\n"
    )
    t = only(text)
    tasks = [r for r in t.rows if r.kind == "task"]
    assert tasks[0].cells[1].text == "Nâng cấp hệ thống quản lý văn bản, bảo đảm kết nối liên thông với tỉnh"
    assert [(r.path, r.cells[2].text) for r in tasks[1:]] == [("2", "Văn phòng Sở"), ("2.a", "Văn phòng Sở")]


def test_quoted_ditto_and_the_lead_heading_dau_moi() -> None:
    text = (
        "| STT | Nhiệm vụ | Đầu mối thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát quy chế | Sở Nội vụ | Quý II/2026 |\n"
        '| 2 | Tổng kết | "nt" | Tháng 12/2026 |\n'
    )
    assert [owners for _, owners, _ in owners_and_dues(text)] == [["Sở Nội vụ"], ["Sở Nội vụ"]]


def test_two_times_over_two_lines_of_one_cell() -> None:
    text = HEAD + "| 1 | Sơ kết, tổng kết | Văn phòng Sở | | Tháng 7/2026<br>Tháng 12/2026 |\n"
    assert owners_and_dues(text) == [("1", ["Văn phòng Sở"], ["2026-07-31", "2026-12-31"])]


def test_pipe_row_cut_by_a_hard_wrap_is_joined() -> None:
    text = (
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n"
        "| 1 | Rà soát quy chế | Văn phòng Sở | Quý II/2026 |\n"
        "| 2 | Cập nhật quy trình nội bộ theo quy định mới của\n"
        "Chính phủ | Văn phòng Sở | Tháng 9/2026 |\n"
        "| 3 | Tổng kết | nt | Tháng 12/2026 |\n"
    )
    t = only(text)
    assert [r.cells[1].text for r in t.rows if r.kind == "task"][1] == (
        "Cập nhật quy trình nội bộ theo quy định mới của Chính phủ"
    )
    assert [s for s, _, _ in owners_and_dues(text)] == ["1", "2", "3"]


def test_wrapped_line_with_other_cells_is_no_row() -> None:
    text = (
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n"
        "| 1 | Rà soát quy chế | Văn phòng Sở | Quý II/2026 |\n"
        "| 2 | Cập nhật quy trình\n"
        "của Chính phủ | Tháng 9/2026 |\n"
    )
    assert [r.kind for r in find_tables(text)[0].rows] == ["header", "task"]


def test_layout_group_lettered_and_unnumbered() -> None:
    text = LAYOUT_HEAD + (
        " 1     Rà soát quy chế tổ chức           Văn phòng Sở           Thanh tra Sở            Quý III/2026\n"
        "                  NHÓM NHIỆM VỤ VỀ HIỆN ĐẠI HÓA HÀNH CHÍNH\n"
        " 2     Nâng cấp hệ thống văn bản         Như trên               Văn phòng Sở            2026-2027\n"
        " A. NHIỆM VỤ KHÁC\n"
        " 3     Tổng kết                          Văn phòng Sở                                   Tháng 12/2026\n"
    )
    assert owners_and_dues(text) == [
        ("1", ["Văn phòng Sở", "Thanh tra Sở"], ["2026-09-30"]),
        ("2", ["Văn phòng Sở"], ["2027-12-31"]),
        ("A.3", ["Văn phòng Sở"], ["2026-12-31"]),
    ]
