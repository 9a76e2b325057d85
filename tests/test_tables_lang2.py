"""Task tables, second pass: ``pdftotext -layout`` tables with no number column, group titles
short enough to fit in one column (right under the header, or named "Lĩnh vực ..."), and an owner
cell that names its lead in brackets ("Sở X (chủ trì), Sở Y")."""

from __future__ import annotations

from ndq57.extract.table_tasks import owner_list, table_tasks
from ndq57.model import Header, Table
from ndq57.parse.tables import find_tables

LAYOUT_HEAD = (
    " STT   Nội dung                          Đơn vị chủ trì         Đơn vị phối hợp         Thời gian\n"
)


def only(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1, [(t.export, t.line, t.end_line) for t in tables]
    return tables[0]


def tasks(text: str) -> list[tuple[str | None, str, list[str], list[str | None]]]:
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    dues = {d.id: d.due for d in got.deadlines}
    return [(t.section, t.text, [a.unit for a in t.owners], [dues[i] for i in t.deadlines]) for t in got.tasks]


def test_layout_rows_with_no_number_column_open_at_their_cells() -> None:
    text = (
        "Nội dung công việc                     Đơn vị chủ trì          Đơn vị phối hợp          Thời gian\n"
        "Lập danh mục hồ sơ điện tử của        Văn phòng Sở            Các phòng thuộc          Quý II/2026\n"
        "các phòng                                                      Sở\n"
        "Chỉnh lý tài liệu tồn đọng            Phòng Hành chính        Trung tâm Lưu trữ        Tháng 9/2026\n"
        "trước năm 2020                         - Tổng hợp\n"
        "- Bàn giao tài liệu vào lưu trữ       Văn phòng Sở                                     Tháng 12/2026\n"
    )
    assert tasks(text) == [
        (None, "Lập danh mục hồ sơ điện tử của các phòng", ["Văn phòng Sở", "Các phòng thuộc Sở"], ["2026-06-30"]),
        (None, "Chỉnh lý tài liệu tồn đọng trước năm 2020", ["Phòng Hành chính - Tổng hợp", "Trung tâm Lưu trữ"],
         ["2026-09-30"]),
        (None, "- Bàn giao tài liệu vào lưu trữ", ["Văn phòng Sở"], ["2026-12-31"]),
    ]


def test_layout_numbered_heading_after_a_table_with_no_number_column_ends_it() -> None:
    text = (
        "Nội dung công việc                     Đơn vị chủ trì          Đơn vị phối hợp          Thời gian\n"
        "Lập danh mục hồ sơ điện tử            Văn phòng Sở            Các phòng                Quý II/2026\n"
        "\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng Sở theo dõi việc thực hiện.\n"
    )
    t = only(text)
    assert [r.kind for r in t.rows] == ["header", "task"]
    assert t.end_line <= 2


def test_layout_short_group_titles_right_under_the_header() -> None:
    text = LAYOUT_HEAD + (
        "       I. Xây dựng văn bản\n"
        " 1     Rà soát văn bản                   Phòng Tư pháp          Các phòng               Quý II/2026\n"
        "       II. Kiểm tra văn bản\n"
        " 2     Tự kiểm tra văn bản               Phòng Tư pháp          Văn phòng               Tháng 10/2026\n"
    )
    t = only(text)
    assert t.rows[0].cells[1].text == "Nội dung"
    assert [(s, d) for s, _, _, d in tasks(text)] == [("I.1", ["2026-06-30"]), ("II.2", ["2026-10-31"])]


def test_layout_named_group_title_is_no_wrapped_task_text() -> None:
    text = LAYOUT_HEAD + (
        "       Lĩnh vực hòa giải\n"
        " 1     Kiện toàn tổ hòa giải             UBND các xã            Phòng Tư pháp           Quý I/2026\n"
        "       Lĩnh vực trợ giúp pháp lý\n"
        " 2     Trợ giúp pháp lý lưu động         Phòng Tư pháp          Hội Nông dân            Tháng 8/2026\n"
    )
    t = only(text)
    assert [(r.kind, r.cells[1].text) for r in t.rows] == [
        ("header", "Nội dung"),
        ("group", "Lĩnh vực hòa giải"),
        ("task", "Kiện toàn tổ hòa giải"),
        ("group", "Lĩnh vực trợ giúp pháp lý"),
        ("task", "Trợ giúp pháp lý lưu động"),
    ]


def test_lower_case_title_numbered_as_a_step_is_no_group() -> None:
    text = LAYOUT_HEAD + (
        " 1     Rà soát văn bản                   Phòng Tư pháp          Các phòng               Quý II/2026\n"
        "       a. thực hiện ngay\n"
        " 2     Tự kiểm tra văn bản               Phòng Tư pháp          Văn phòng               Tháng 10/2026\n"
    )
    assert [r.kind for r in only(text).rows if r.kind == "group"] == []


def test_lead_in_brackets_the_rest_of_the_cell_supports_it() -> None:
    got = [(a.raw, a.role) for a in owner_list("Sở Nội vụ (chủ trì), Sở Tài chính, Sở Tư pháp", "lead", "r")]
    assert got == [("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "coordinate")]
    # the units before the lead, or with a role of their own, are left as they are
    got = [(a.raw, a.role) for a in owner_list("Thanh tra tỉnh (chủ trì); Sở Nội vụ (phối hợp)", "lead", "r")]
    assert got == [("Thanh tra tỉnh", "lead"), ("Sở Nội vụ", "coordinate")]
    got = [(a.raw, a.role) for a in owner_list("Sở Nội vụ, Sở Tài chính", "lead", "r")]
    assert got == [("Sở Nội vụ", "lead"), ("Sở Tài chính", "lead")]


def test_one_owner_column_with_role_labels_and_brackets() -> None:
    text = (
        "| STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Xây dựng đề án vị trí việc làm | Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, Sở Tư pháp | Quý II/2026 |\n"
        "| 2 | Số hóa hồ sơ cán bộ | Sở Nội vụ (chủ trì), Sở Khoa học và Công nghệ | Tháng 9/2026 |\n"
    )
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    assert [[(a.unit, a.role) for a in t.owners] for t in got.tasks] == [
        [("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "coordinate")],
        [("Sở Nội vụ", "lead"), ("Sở Khoa học và Công nghệ", "coordinate")],
    ]


def owners(text: str) -> list[tuple[str, str]]:
    return [(a.raw, a.role) for a in owner_list(text, "lead", "r")]


def test_owner_cell_written_as_a_sentence() -> None:
    assert owners("Bệnh viện Đa khoa tỉnh chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ") == [
        ("Bệnh viện Đa khoa tỉnh", "lead"),
        ("Sở Tài chính", "coordinate"),
        ("Sở Nội vụ", "coordinate"),
    ]
    # a unit named "... phối hợp ..." with no verb before another unit stays a list
    assert [r for _, r in owners("Sở Tài chính, Sở Nội vụ")] == ["lead", "lead"]


def test_shortened_roles_in_brackets_and_labels_after_a_full_stop() -> None:
    assert owners("Thanh tra Sở (CT); Phòng Nghiệp vụ Y (PH)") == [
        ("Thanh tra Sở", "lead"),
        ("Phòng Nghiệp vụ Y", "coordinate"),
    ]
    text = (
        "| TT | Nhiệm vụ | Cơ quan thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Truyền thông phòng bệnh | Chủ trì: Sở Y tế. Phối hợp: Sở Tài chính | Tháng 5/2026 |\n"
    )
    got = table_tasks([only(text)], Header(date="2026-01-10", year=2026))
    assert [(a.unit, a.role) for a in got.tasks[0].owners] == [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")]


def test_two_steps_with_two_times_are_one_task_with_two_deadlines() -> None:
    # one row, one owner: a clerk keeps one line with both limits (each deadline its own due)
    text = (
        "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Sơ kết, tổng kết | Văn phòng Sở | - Sơ kết 6 tháng: tháng 7/2026<br>- Tổng kết năm: tháng 12/2026 |\n"
    )
    assert tasks(text) == [("1", "Sơ kết, tổng kết", ["Văn phòng Sở"], ["2026-07-31", "2026-12-31"])]


def test_layout_numbered_heading_right_above_the_header_is_no_header_line() -> None:
    text = (
        "II. NHIỆM VỤ\n"
        "Nội dung công việc                     Đơn vị chủ trì          Đơn vị phối hợp          Thời gian\n"
        "Lập danh mục hồ sơ điện tử            Văn phòng Sở            Các phòng                Quý II/2026\n"
    )
    t = only(text)
    assert (t.line, t.rows[0].cells[0].text) == (2, "Nội dung công việc")


def test_layout_unnumbered_title_in_capitals_under_a_header_in_lower_case() -> None:
    text = LAYOUT_HEAD + (
        "       CẢI CÁCH THỂ CHẾ\n"
        " 1     Rà soát văn bản quy phạm pháp     Sở Tư pháp             Các sở, ngành           Quý II/2026\n"
        "       luật của tỉnh\n"
        "       TÀI CHÍNH CÔNG\n"
        " 2     Giao dự toán cho các đơn vị       Sở Tài chính           Kho bạc Nhà nước tỉnh   Tháng 12/2026\n"
    )
    assert [(r.kind, r.cells[1].text) for r in only(text).rows] == [
        ("header", "Nội dung"),
        ("group", "CẢI CÁCH THỂ CHẾ"),
        ("task", "Rà soát văn bản quy phạm pháp luật của tỉnh"),
        ("group", "TÀI CHÍNH CÔNG"),
        ("task", "Giao dự toán cho các đơn vị"),
    ]


def test_layout_header_in_capitals_wraps_in_capitals() -> None:
    text = (
        " STT   NỘI DUNG                          ĐƠN VỊ CHỦ TRÌ         ĐƠN VỊ PHỐI HỢP         THỜI GIAN\n"
        "       CÔNG VIỆC                                                                       THỰC HIỆN\n"
        " 1     Rà soát văn bản                   Sở Tư pháp             Các sở, ngành           Quý II/2026\n"
    )
    t = only(text)
    assert [r.kind for r in t.rows] == ["header", "task"]
    assert t.rows[0].cells[1].text == "NỘI DUNG CÔNG VIỆC"
