"""Task tables, third pass (round 12): a markdown pipe table whose editor wrapped a row's cells
into a row of their own, the number and time cells left empty ("| 1 | Xây dựng kho dữ liệu | Sở
Khoa học và |" / "| | dùng chung của tỉnh | Công nghệ |"): more lines of the cells above, not a
step with an owner of its own."""

from __future__ import annotations

from ndq57.extract.table_tasks import owner_list, table_tasks
from ndq57.model import Header, Table
from ndq57.parse.tables import find_tables

HEAD = "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"


def only(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1, [(t.export, t.line, t.end_line) for t in tables]
    return tables[0]


def tasks(text: str) -> list[tuple[str, list[str], list[str | None]]]:
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    dues = {d.id: d.due for d in got.deadlines}
    return [(t.text, [a.unit for a in t.owners], [dues[i] for i in t.deadlines]) for t in got.tasks]


def test_cells_wrapped_into_a_row_of_their_own() -> None:
    text = HEAD + (
        "| 1 | Xây dựng kho dữ liệu | Sở Khoa học và | Sở Nội vụ | Quý III/2026 |\n"
        "|  | dùng chung của tỉnh | Công nghệ |  |  |\n"
        "| 2 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Các sở, ngành | Tháng 9/2026 |\n"
    )
    table = only(text)
    assert [r.kind for r in table.rows] == ["header", "task", "task"]
    assert [c.text for c in table.rows[1].cells][1:3] == [
        "Xây dựng kho dữ liệu dùng chung của tỉnh",
        "Sở Khoa học và Công nghệ",
    ]
    assert tasks(text) == [
        ("Xây dựng kho dữ liệu dùng chung của tỉnh", ["Sở Khoa học và Công nghệ", "Sở Nội vụ"], ["2026-09-30"]),
        ("Số hóa hồ sơ lưu trữ", ["Sở Nội vụ", "Các sở, ngành"], ["2026-09-30"]),
    ]


def test_a_step_with_its_own_owner_is_no_wrap() -> None:
    # the cells of the second row start anew (capitals, after a whole name): a row of its own
    text = HEAD + (
        "| 1 | Xây dựng kho dữ liệu | Sở Khoa học và Công nghệ | Sở Nội vụ | Quý III/2026 |\n"
        "|  | Cập nhật dữ liệu dân cư | Công an tỉnh |  |  |\n"
    )
    assert len(only(text).rows) == 3
    assert [c.text for c in only(text).rows[2].cells][1:3] == ["Cập nhật dữ liệu dân cư", "Công an tỉnh"]


def test_a_bullet_under_a_task_is_no_wrap() -> None:
    text = HEAD + (
        "| 1 | Xây dựng kho dữ liệu của | Sở Khoa học và Công nghệ | Sở Nội vụ | Quý III/2026 |\n"
        "|  | - các sở, ngành |  |  |  |\n"
    )
    assert len(only(text).rows) == 3


def test_owner_cell_with_each_verb_after_its_unit() -> None:
    # "X chủ trì; Y phối hợp" in the one owner column: the verb after each unit gives its role
    text = (
        "| STT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Xây dựng kho dữ liệu | Sở Khoa học và Công nghệ chủ trì; Sở Nội vụ, Sở Tài chính phối hợp | Hằng quý |\n"
        "| 2 | Rà soát thủ tục | Sở Tư pháp chủ trì, Văn phòng UBND tỉnh phối hợp | Quý II/2026 |\n"
    )
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    assert [[(a.unit, a.role) for a in t.owners] for t in got.tasks] == [
        [("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "coordinate"), ("Sở Tài chính", "coordinate")],
        [("Sở Tư pháp", "lead"), ("Văn phòng UBND tỉnh", "coordinate")],
    ]


def test_tab_separated_cells_wrapped_onto_a_line_of_their_own() -> None:
    # a web export: the wrapped lines of a row's cells on a line of their own, the number cell
    # empty; the table goes on after them
    text = (
        "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "1\tRà soát quy hoạch chung\tSở Xây dựng\tUBND các xã\tQuý III/2026\n"
        "\tcác đô thị loại V\t\t\t\n"
        "2\tBáo cáo sơ kết\tSở Nội vụ\tCác sở, ban,\tTháng 7/2026\n"
        "\t\t\tngành\t\n"
    )
    assert tasks(text) == [
        ("Rà soát quy hoạch chung các đô thị loại V", ["Sở Xây dựng", "UBND các xã"], ["2026-09-30"]),
        ("Báo cáo sơ kết", ["Sở Nội vụ", "Các sở, ban, ngành"], ["2026-07-31"]),
    ]


def test_role_labels_whose_line_break_an_export_lost() -> None:
    # "Chủ trì: X" / "Phối hợp: Y" on two lines of one cell, joined by a blank (a grid table's
    # cell, or a converter that drops the break), or after a dash
    text = (
        "+----+----------------------+----------------------------------+--------------+\n"
        "| TT | Nội dung công việc   | Cơ quan thực hiện                | Thời gian    |\n"
        "+====+======================+==================================+==============+\n"
        "| 1  | Số hóa hồ sơ lưu trữ | Chủ trì: Sở Nội vụ               | Tháng 9/2026 |\n"
        "|    |                      | Phối hợp: các sở, ngành          |              |\n"
        "+----+----------------------+----------------------------------+--------------+\n"
        "| 2  | Tập huấn kỹ năng số  | - Chủ trì: Sở Tư pháp - Phối     | Quý IV/2026  |\n"
        "|    |                      | hợp: Sở Nội vụ                   |              |\n"
        "+----+----------------------+----------------------------------+--------------+\n"
    )
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    assert [[(a.unit, a.role) for a in t.owners] for t in got.tasks] == [
        [("Sở Nội vụ", "lead"), ("các sở, ngành", "coordinate")],
        [("Sở Tư pháp", "lead"), ("Sở Nội vụ", "coordinate")],
    ]


def test_cells_wrapped_in_a_pipe_table_without_a_header_rule() -> None:
    text = (
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n"
        "| 1 | Xây dựng kho dữ liệu | Sở Khoa học và | Quý III/2026 |\n"
        "| | dùng chung | Công nghệ | |\n"
        "| 2 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Tháng 9/2026 |\n"
    )
    assert tasks(text) == [
        ("Xây dựng kho dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"], ["2026-09-30"]),
        ("Số hóa hồ sơ lưu trữ", ["Sở Nội vụ"], ["2026-09-30"]),
    ]


def test_a_lead_named_by_its_verb_with_no_brackets() -> None:
    # "Sở Nội vụ chủ trì, Sở Tư pháp": as after "(chủ trì)", the units after the lead support it
    text = (
        "| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục hành chính | Sở Nội vụ chủ trì, Sở Tư pháp, Công an tỉnh | Quý II/2026 |\n"
    )
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    assert [[(a.unit, a.role) for a in t.owners] for t in got.tasks] == [
        [("Sở Nội vụ", "lead"), ("Sở Tư pháp", "coordinate"), ("Công an tỉnh", "coordinate")],
    ]


def test_a_department_named_with_its_body_is_one_owner() -> None:
    # "Phòng Cảnh sát giao thông Công an tỉnh": one unit; not "Phòng Nội vụ" and "UBND các xã",
    # nor a department that names its body already ("Văn phòng UBND tỉnh", then "Sở Nội vụ")
    got = [
        [(a.unit, a.role) for a in owner_list(t, "lead", "r")]
        for t in (
            "Phòng Cảnh sát giao thông Công an tỉnh; Đội Cảnh sát giao thông Công an xã",
            "Ban Kinh tế - Xã hội Hội Nông dân tỉnh",
            "Phòng Nội vụ UBND các xã",
            "Văn phòng UBND tỉnh Sở Nội vụ",
        )
    ]
    assert got == [
        [("Phòng Cảnh sát giao thông Công an tỉnh", "lead"), ("Đội Cảnh sát giao thông Công an xã", "lead")],
        [("Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "lead")],
        [("Phòng Nội vụ", "lead"), ("UBND các xã", "lead")],
        [("Văn phòng UBND tỉnh", "lead"), ("Sở Nội vụ", "lead")],
    ]
