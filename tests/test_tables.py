"""Tables: the readers of each export, the rebuilt structure, the tasks of table rows, and an
acceptance check over the table documents of ../shared/corpus (read at run time, never copied)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED, load_yaml
from ndq57 import parse
from ndq57.extract.table_tasks import owner_list, table_tasks
from ndq57.model import Header, Table, TableCell, TableRow
from ndq57.parse.tables import find_tables, join_path


def web_table(rows: list[list[str]]) -> str:
    """Rows exported as a web library does: each cell on lines of its own between lone '|' lines."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for k, cell in enumerate(row):
            if k:
                out.append("|")
            out.extend(cell.split("\n") if cell else [])
        out.append("|")
    return "\n".join(out) + "\n"


HEAD = ["**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**"]


def only(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1, [(t.export, t.line, t.end_line) for t in tables]
    return tables[0]


def kinds(t: Table) -> list[str]:
    return [r.kind for r in t.rows]


# ------------------------------------------------------------------------------ cell lines


def test_cell_lines_rows_end_at_two_pipes() -> None:
    t = only(web_table([HEAD, ["1", "Rà soát quy chế\nlàm việc của Ban", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"]]))
    assert t.export == "cell_lines"
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert kinds(t) == ["header", "task"]
    assert t.rows[1].cells[1].text == "Rà soát quy chế làm việc của Ban"  # hard wrap joined
    assert t.rows[1].label == "1" and t.rows[1].path == "1"


def test_cell_lines_empty_cell_between_two_pipes_is_not_a_new_row() -> None:
    text = web_table([[*HEAD, "**Tiến độ**"]]) + "\n".join(
        ["|", "1", "|", "Cập nhật cơ sở dữ liệu", "|", "Sở Y tế", "|", "31/12/2025", "|", "|", "Đang thực hiện", "|"]
    )
    t = only(text)
    assert kinds(t) == ["header", "task"]
    assert [c.text for c in t.rows[1].cells][-2:] == ["", "Đang thực hiện"]


def test_cell_lines_table_ends_before_an_appendix_heading_glued_to_it() -> None:
    text = (
        web_table([HEAD, ["1", "Nhiệm vụ thứ nhất", "Sở Tài chính", "", "Tháng 6/2026"]]).rstrip("\n")
        + "\n**PHỤ LỤC II**\nDANH MỤC KHÁC\n"
        + web_table([["**TT**", "**Nội dung**", "**Thời hạn**"], ["1", "Nhiệm vụ khác", "Quý III/2026"]])
    )
    first, second = find_tables(text)
    assert (first.end_line, second.line) == (21, 24)  # the heading (lines 22-23) is in neither
    assert first.rows[-1].cells[-1].text == "Tháng 6/2026"
    assert second.columns == ["index", "task", "time"]


def test_cell_lines_header_glued_to_the_body_ends_at_the_long_text() -> None:
    body = "\n".join(f"Dòng thứ {k} của nội dung văn bản, được ngắt dòng cứng theo khổ giấy." for k in range(8))
    text = "|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 5/KH-UBND\n|\nngày 2/3/2026\n|\n"
    text += body + "\n|\nNơi nhận:\n|\nCHỦ TỊCH\n|\n"
    head, sign = find_tables(text)
    assert head.end_line == 10 and sign.line == 19  # the body lines belong to no table


def test_merged_cells_are_put_back_in_their_columns() -> None:
    rows = [
        [*HEAD, "**Sản phẩm**"],
        ["1", "Xây dựng hạ tầng dữ liệu của Sở", "Trung tâm Chuyển đổi số", "Sở Tài chính", "Quý IV/2026", "Báo cáo"],
        ["Xây dựng hệ thống sao lưu dự phòng cho cơ sở dữ liệu", "Sở Khoa học và Công nghệ"],
        ["2", "Đào tạo cán bộ quản trị hệ thống", "Sở Nội vụ", "Các sở, ban, ngành", "Năm 2026"],
    ]
    t = only(web_table(rows))
    assert kinds(t) == ["header", "task", "continuation", "task"]
    cont = t.rows[2]
    assert [c.text for c in cont.cells][:5] == [
        "",
        "Xây dựng hệ thống sao lưu dự phòng cho cơ sở dữ liệu",
        "Sở Khoa học và Công nghệ",
        "Sở Tài chính",  # merged with the row above
        "Quý IV/2026",
    ]
    assert t.rows[3].cells[5].text == "Báo cáo"  # the product cell merged over rows 1-2


def test_groups_nest_into_the_row_path() -> None:
    rows = [
        HEAD,
        ["**A**", "**NHÓM GIẢI PHÁP VỀ THỂ CHẾ**"],
        ["**I**", "**Hoàn thiện quy định**"],
        ["1.1", "Ban hành quy chế", "Sở Tư pháp", "", "2026"],
        ["**II**", "**Dữ liệu**"],
        ["**2.1**", "** **", "**Dữ liệu đất đai**", "** **", "** **"],
        ["2.1.1", "Số hóa hồ sơ", "Sở Nông nghiệp và Môi trường", "", "2026 - 2027"],
        ["2.2", "Làm sạch dữ liệu", "Sở Nông nghiệp và Môi trường", "", "2027"],
        ["**B**", "**NHÓM GIẢI PHÁP VỀ NGUỒN LỰC**"],
        ["**I**", "**Nhân lực**"],
        ["1.1", "Tuyển dụng chuyên gia", "Sở Nội vụ", "", "Hằng năm"],
    ]
    t = only(web_table(rows))
    paths = [(r.kind, r.path) for r in t.rows if r.kind in ("group", "task")]
    assert paths == [
        ("group", "A"),
        ("group", "A.I"),
        ("task", "A.I.1.1"),
        ("group", "A.II"),
        ("group", "A.II.2.1"),
        ("task", "A.II.2.1.1"),
        ("task", "A.II.2.2"),  # not under the sub-group 2.1
        ("group", "B"),
        ("group", "B.I"),
        ("task", "B.I.1.1"),
    ]


def test_row_without_number_or_owners_but_its_own_time_is_a_step_of_the_row_above() -> None:
    text = (
        "| TT | Nội dung | Thời gian hoàn thành | Cơ quan thực hiện | Cơ quan phối hợp |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Sơ kết 6 tháng | Tháng 7/2026 | Văn phòng Tỉnh ủy | Sở Nội vụ |\n"
        "| | Tổng kết năm | Tháng 12/2026 | | |\n"
        "| 2 | Kiểm tra | Quý III/2026 | Sở Tư pháp | |\n"
    )
    t = only(text)
    tasks = [r for r in t.rows if r.kind == "task"]
    assert [(r.path, r.cells[3].text) for r in tasks] == [
        ("1", "Văn phòng Tỉnh ủy"),
        ("1", "Văn phòng Tỉnh ủy"),  # the merged owner cell, put back
        ("2", "Sở Tư pháp"),
    ]
    got = table_tasks([t], Header())
    assert [(d.due, [a.unit for a in d.assignees]) for d in got.deadlines] == [
        ("2026-07-31", ["Văn phòng Tỉnh ủy", "Sở Nội vụ"]),
        ("2026-12-31", ["Văn phòng Tỉnh ủy", "Sở Nội vụ"]),
        ("2026-09-30", ["Sở Tư pháp"]),
    ]


def test_time_cells_open_ended_yearly_quarter_and_bracketed_step() -> None:
    rows = [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
        "|---|---|---|---|",
        "| 1 | Báo cáo | Sở Nội vụ | Quý I hằng năm |",
        "| 2 | Duy trì hệ thống | Sở Nội vụ | Năm 2026 và các năm tiếp theo |",
        "| 3 | Vận hành cổng dữ liệu | Sở Nội vụ | Từ năm 2026 |",
        "| 4 | Xây dựng đề án | Sở Nội vụ | 2026 - 2027 (trình HĐND tỉnh năm 2027) |",
    ]
    got = table_tasks([only("\n".join(rows) + "\n")], Header(year=2026))
    assert [(d.kind, d.due, d.rule) for d in got.deadlines] == [
        ("recurring", None, "table_time_cell"),
        ("vague", None, "table_open_cell"),
        ("vague", None, "table_open_cell"),
        ("range", "2027-12-31", "table_time_cell"),
    ]
    assert got.deadlines[0].recurrence is not None and got.deadlines[0].recurrence.month == 3


def test_grid_group_row_spanning_all_columns_with_its_bar_a_column_off() -> None:
    border = "+----+------------------+-------------+-----------------+"
    text = "\n".join(
        [
            border,
            "| TT | Nhiệm vụ         | Thời hạn    | Cơ quan chủ trì |",
            border.replace("-", "="),
            "| **I. NHIỆM VỤ VỀ THỂ CHẾ**                             |",  # one wider than the borders
            border,
            "| 1  | Ban hành quy chế | 30/6/2026   | Sở Tư pháp      |",
            border,
            "| **II. NHIỆM VỤ VỀ HẠ TẦNG**                          |",  # one narrower
            border,
            "| 2  | Nâng cấp mạng    | Quý IV/2026 | Sở Tài chính    |",
            border,
        ]
    )
    t = only(text + "\n")
    assert [(r.kind, r.path) for r in t.rows if r.kind in ("group", "task")] == [
        ("group", "I"),
        ("task", "I.1"),
        ("group", "II"),
        ("task", "II.2"),
    ]


def test_paragraph_cells_row_numbers_run_on_through_groups() -> None:
    cells = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "I", "Thể chế", "1", "Rà soát văn bản", "Sở Tư pháp",
             "Quý III/2026", "II", "Hạ tầng", "2", "Nâng cấp mạng", "Bưu điện tỉnh", "Năm 2027"]
    t = only("\n\n".join(cells) + "\n")
    assert [(r.kind, r.path) for r in t.rows if r.kind in ("group", "task")] == [
        ("group", "I"),
        ("task", "I.1"),
        ("group", "II"),
        ("task", "II.2"),
    ]


def test_owner_group_rows_name_the_owner_of_rows_without_one() -> None:
    rows = [
        ["**STT**", "**Tên nhiệm vụ**", "**Thời hạn**"],
        ["** **", "**Nhiệm vụ giao Sở Y tế chủ trì**", "** **"],
        ["1", "Cập nhật hồ sơ sức khỏe điện tử", "30/9/2026"],
    ]
    text = "**PHỤ LỤC**\n\n" + web_table(rows)
    doc = parse("Số: 3/KH-UBND\nĐà Nẵng, ngày 2 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n1. Triển khai.\n\n" + text)
    (d,) = doc.deadlines
    assert d.section == "Phụ lục.1"
    assert [(a.canonical, a.rule) for a in d.assignees] == [("Sở Y tế", "table:group_row")]


# ------------------------------------------------------------------------------ other exports


PIPE = """\
| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn | Tiến độ |
|:---:|---|---|---|---|
| (1) | (2) | (3) | (4) | (5) |
| **I** | **Nhóm thể chế** | | | |
| 1 | Ban hành quy chế | Sở Tư pháp | Quý II/2026 | Đang thực hiện |
| | Tập huấn cán bộ | Trường Chính trị tỉnh | | |
| 2 | Rà soát văn bản | Sở Tư pháp | | Chưa thực hiện |
"""


def test_pipe_rows() -> None:
    t = only(PIPE)
    assert t.export == "pipe"
    assert t.columns == ["index", "task", "lead", "time", "status"]  # "Tiến độ" holds no times
    assert kinds(t) == ["header", "other", "group", "task", "continuation", "task"]


GRID = """\
+-----+---------------------+-------------+-------------+
| TT  | Nội dung công việc  | Chủ trì     | Thời gian   |
|     |                     |             | thực hiện   |
+=====+=====================+=============+=============+
| 1   | Dự trữ vật tư phòng | Sở Y tế     | Tháng       |
|     | chống dịch          |             | 5/2026      |
+-----+---------------------+-------------+-------------+
"""


def test_grid_cells_over_several_lines() -> None:
    t = only(GRID)
    assert t.export == "grid"
    assert t.header == ["TT", "Nội dung công việc", "Chủ trì", "Thời gian thực hiện"]
    assert [c.text for c in t.rows[1].cells] == ["1", "Dự trữ vật tư phòng chống dịch", "Sở Y tế", "Tháng 5/2026"]
    assert t.rows[1].line == 5 and t.rows[1].end_line == 6


SIMPLE = """\
  --------------------------------------------------
  Nhiệm vụ                  Chủ trì      Thời hạn
  ------------------------- ------------ -----------
  Báo cáo nhanh tình hình   Sở Y tế      Thứ Sáu
  dịch bệnh                              hằng tuần

  Tổng kết công tác         Sở Y tế      Quý IV/2026
  --------------------------------------------------
"""


def test_pandoc_multiline_table() -> None:
    t = only(SIMPLE)
    assert t.export == "simple" and t.columns == ["task", "lead", "time"]
    assert [r.cells[2].text for r in t.rows[1:]] == ["Thứ Sáu hằng tuần", "Quý IV/2026"]


def test_tab_separated_rows_and_numbered_lists() -> None:
    listing = "1.\tMục đích của kế hoạch\n2.\tYêu cầu đối với các đơn vị\n\n"
    table = 'TT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\t"Kiểm tra\nphòng cháy"\tVăn phòng Sở\tQuý II/2026\n'
    t = only(listing + table)
    assert t.export == "tsv" and t.line == 4
    assert t.rows[1].cells[1].text == "Kiểm tra phòng cháy" and t.rows[1].end_line == 6


LAYOUT = """\
  STT    Nội dung                  Chủ trì            Thời gian
                                                      hoàn thành
   I     Đô thị
   1     Rà soát các điểm lấn      Phòng Kinh tế      Tháng 5/2026
         chiếm vỉa hè
                                    2
\f  STT    Nội dung                  Chủ trì            Thời gian
                                                      hoàn thành
   2     Lắp biển chỉ dẫn          Công an phường     Quý III/2026

       III. TỔ CHỨC THỰC HIỆN
"""


def test_pdftotext_layout_columns() -> None:
    t = only(LAYOUT)
    assert t.export == "layout"
    assert t.header == ["STT", "Nội dung", "Chủ trì", "Thời gian hoàn thành"]
    assert kinds(t) == ["header", "group", "task", "task"]  # page number and repeated header skipped
    assert t.rows[2].cells[1].text == "Rà soát các điểm lấn chiếm vỉa hè"
    assert t.end_line == 9  # the heading after the table is not a row


def test_layout_columns_with_tabs_wider_than_any_line() -> None:
    # fuzz regression: a tab counts four columns, so a row of tabs reaches past the longest line
    text = (
        "STT    Nội dung công việc    Đơn vị chủ trì    Thời hạn\n"
        "1\t\t\t\tRà soát hồ sơ\t\t\t\tSở Tài chính\t\t\t\tTháng 3\n"
    )
    find_tables(text)  # no IndexError
    assert parse(text).schema


def test_pipe_rows_without_outer_borders() -> None:
    t = only(
        "Phân công:\nSTT | Nhiệm vụ | Chủ trì | Thời hạn\n--- | --- | --- | ---\n1 | Rà soát | Sở Nội vụ | Quý I/2026\n"
    )
    assert (t.export, t.line, t.columns) == ("pipe", 2, ["index", "task", "lead", "time"])


@pytest.mark.parametrize(
    "text",
    [
        web_table(
            [
                ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian thực hiện"],
                ["Bắt đầu", "Hoàn thành"],
                ["1", "a", "b", "c", "d"],
            ]
        ),
        "| STT | Nhiệm vụ | Chủ trì | Thời gian | |\n| | | | Bắt đầu | Kết thúc |\n|---|---|---|---|---|\n| 1 | a | b | c | d |\n",
        "| STT | Nhiệm vụ | Chủ trì | Thời gian bắt đầu | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | a | b | c | d |\n",
    ],
)
def test_a_time_heading_split_in_start_and_end(text: str) -> None:
    t = only(text)
    assert t.columns == ["index", "task", "lead", "other", "time"]  # the end is the deadline
    assert [r.kind for r in t.rows][-1] == "task"


def test_column_roles_from_header_words() -> None:
    t = only(
        "| TT | Tên nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành "
        "| Kết quả dự kiến | Kết quả thực hiện | Ghi chú |\n| 1 | a | b | c | 2026 | d | e | f |\n"
    )
    assert t.columns == ["index", "task", "other", "lead", "time", "product", "status", "note"]


def test_statistical_tables_give_no_tasks() -> None:
    t = only("| STT | Đơn vị | Số hồ sơ | Tỷ lệ (%) |\n|---|---|---|---|\n| 1 | Sở Tư pháp | 2025 | 96 |\n")
    assert "task" not in t.columns
    assert table_tasks([t], Header()).tasks == []


def paragraph_table(rows: list[list[str]]) -> str:
    """Rows saved as a web page or a word processor saves them: each cell a paragraph of its own
    between blank lines, no '|'; an empty cell a paragraph of one blank."""
    return "\n\n".join(cell or " " for row in rows for cell in row) + "\n"


PARA_HEAD = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"]


def test_paragraph_cells_rows_open_at_their_numbers() -> None:
    text = (
        "Kế hoạch phân công như sau:\n\n"
        + paragraph_table(
            [
                PARA_HEAD,
                ["1", "Rà soát danh mục thủ tục", "Sở Tư pháp", "Quý II/2026"],
                ["2", "Cập nhật hồ sơ", "lên cổng dịch vụ công", "Văn phòng UBND tỉnh", "Trước ngày 30/6/2026"],
                ["3", "Tổng kết", "", "Tháng 12/2026"],
            ]
        )
        + "\nTrên đây là Kế hoạch của Ủy ban nhân dân tỉnh.\n"
    )
    t = only(text)
    assert t.export == "paragraphs"
    assert t.columns == ["index", "task", "lead", "time"]
    assert kinds(t) == ["header", "task", "task", "task"]
    # a row with a cell more than the header: the surplus joined into the task cell
    assert [c.text for c in t.rows[2].cells] == [
        "2",
        "Cập nhật hồ sơ lên cổng dịch vụ công",
        "Văn phòng UBND tỉnh",
        "Trước ngày 30/6/2026",
    ]
    # the empty cell kept; the last row ends at its time cell, not in the text after the table
    assert [c.text for c in t.rows[3].cells] == ["3", "Tổng kết", "", "Tháng 12/2026"]
    assert t.end_line < text.split("\n").index("Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.") + 1


def test_paragraph_cells_header_cell_wrapped_and_no_time_column_last() -> None:
    head = ["STT", "Nội dung", "Thời hạn\nhoàn thành", "Đơn vị\nchủ trì"]
    text = paragraph_table(
        [head, ["1", "Kiện toàn tổ công tác", "Tháng 4/2026", "Sở Nội vụ"], ["2", "Sơ kết", "Tháng 6/2026", "Sở Y tế"]]
    )
    t = only(text + "\nNơi nhận:\n\n- Như trên;\n")
    assert t.columns == ["index", "task", "time", "lead"]
    assert t.header[2] == "Thời hạn hoàn thành"
    # the last row as long as the rows above: the text after the table is not its cell
    assert [c.text for c in t.rows[-1].cells] == ["2", "Sơ kết", "Tháng 6/2026", "Sở Y tế"]


def test_paragraph_cells_need_column_words_and_numbered_rows() -> None:
    # column words but no row numbers: not a table
    assert find_tables(paragraph_table([PARA_HEAD, ["Rà soát", "Sở Tư pháp", "Quý II/2026"]])) == []
    # numbered paragraphs under prose headings: not a table
    prose = paragraph_table([["Mục đích", "Nội dung", "Yêu cầu"], ["1", "Rà soát", "Quý II/2026"], ["2", "Báo cáo"]])
    assert find_tables(prose) == []
    # rows out of sequence end the table: '5' after '1' is not its next row
    t = only(
        paragraph_table(
            [PARA_HEAD, ["1", "Rà soát", "Sở Tư pháp", "Quý II/2026"], ["2", "Báo cáo", "Sở Nội vụ", "Tháng 7/2026"]]
        )
        + "\n5\n\nĐiều khoản thi hành\n"
    )
    assert [r.label for r in t.rows] == [None, "1", "2"]


# ------------------------------------------------------------------------------ table tasks


@pytest.mark.parametrize(
    ("cell", "kind", "due", "rule"),
    [
        ("Thường xuyên", "vague", None, "table_vague_cell"),
        ("Khi có phát sinh.", "vague", None, "table_vague_cell"),
        ("Hằng năm", "recurring", None, "table_time_cell"),
        ("Hàng năm.", "recurring", None, "table_time_cell"),
        ("2026 - 2030", "range", "2030-12-31", "table_time_cell"),
        ("Năm 2025 - 2026", "range", "2026-12-31", "table_time_cell"),
        ("Quý IV/2025- Quý II/2026", "range", "2026-06-30", "table_time_cell"),
        ("Tháng 3 - 4/2026", "range", "2026-04-30", "table_time_cell"),
        ("Quí IV-2025", "quarter", "2025-12-31", "table_time_cell"),
        ("31/10/2025", "date", "2025-10-31", "table_time_cell"),  # past: still a deadline
        ("2025", "year", "2025-12-31", "table_year_cell"),
        ("Cả năm", "year", "2026-12-31", "table_whole_year_cell"),  # the document's year
        ("Trong năm.", "year", "2026-12-31", "table_whole_year_cell"),
        ("Trước ngày 30/6/\n2026", "date", "2026-06-30", "table_time_cell"),  # wrapped in a narrow column
        ("Tháng 10-12/2026", "range", "2026-12-31", "table_time_cell"),
        ("Quý IV/2026 - Quý II/2027", "range", "2027-06-30", "table_time_cell"),
        ("Trước ngày 15/12 hằng năm", "recurring", None, "table_time_cell"),
        ("Theo tiến độ của dự án", "vague", None, "table_vague_cell"),
        ("06/2026", "month", "2026-06-30", "table_month_cell"),
        ("T12/2026", "month", "2026-12-31", "table_month_cell"),
        ("01/2026 - 6/2026", "range", "2026-06-30", "table_month_cell"),
    ],
)
def test_time_cells(cell: str, kind: str, due: str | None, rule: str) -> None:
    t = _one_row_table(cell)
    (d,) = table_tasks([t], Header(date="2026-01-10", year=2026)).deadlines
    assert (d.kind, d.due, d.rule) == (kind, due, rule)


@pytest.mark.parametrize(
    "cell",
    ["", "Đã hoàn thành", "Theo Quyết định số 12/QĐ-UBND ngày 05/3/2025", "Trong năm qua đã thực hiện", "13/2026"],
)
def test_cells_without_a_deadline(cell: str) -> None:
    found = table_tasks([_one_row_table(cell)], Header(date="2026-01-10", year=2026))
    assert len(found.tasks) == 1 and found.deadlines == []


_UNNUMBERED = [
    ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["NHÓM NHIỆM VỤ HẠ TẦNG"],
    ["Lắp camera tại chợ", "Công an xã", "Các thôn", "Quý II/2026"],
    ["Cập nhật bản đồ số", "Công chức Địa chính", "", "Thường xuyên"],
    ["Kiểm tra hệ thống", "Văn phòng UBND xã", "", "Tháng 9/2026"],
]


@pytest.mark.parametrize(
    "export",
    [
        # a tab-separated copy, the group row merged across the table (one cell, no tabs)
        "\n".join("\t".join(r) for r in _UNNUMBERED),
        # a web page's copy: a paragraph a cell, an empty cell a paragraph of blanks
        "\n\n".join(c or "  " for r in _UNNUMBERED for c in r),
    ],
)
def test_unnumbered_table_group_row_and_timeless_cell(export: str) -> None:
    text = "KẾ HOẠCH\nNăm 2026\n\nPHỤ LỤC\n\n" + export + "\n"
    doc = parse(text)
    (t,) = doc.tables
    assert [r.kind for r in t.rows] == ["header", "group", "task", "task", "task"]
    assert [(d.due, d.assignees[0].unit) for d in doc.deadlines if d.due] == [
        ("2026-06-30", "Công an xã"),
        ("2026-09-30", "Văn phòng UBND xã"),
    ]


_NUMBERED_GROUPS = [
    ["Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["1. Cải cách thể chế"],
    ["Rà soát văn bản quy phạm", "Công chức Tư pháp", "Tháng 6/2026"],
    ["2. Cải cách thủ tục hành chính"],
    ["Niêm yết thủ tục hành chính", "Bộ phận Một cửa", "31/3/2026"],
]


@pytest.mark.parametrize(
    "export",
    [
        "\n".join("\t".join(r) for r in _NUMBERED_GROUPS),
        "\n\n".join(c for r in _NUMBERED_GROUPS for c in r),
        "\n".join("| " + " | ".join([*r, "", ""][:3]) + " |" for r in _NUMBERED_GROUPS[:1])
        + "\n|---|---|---|\n"
        + "\n".join("| " + " | ".join([*r, "", ""][:3]) + " |" for r in _NUMBERED_GROUPS[1:]),
    ],
)
def test_unnumbered_table_with_numbered_group_titles(export: str) -> None:
    # a table without a number column whose group rows are numbered titles in small letters, alone
    # in their row: the groups' numbers are in the rows' paths (the table was cut at the first one)
    doc = parse("KẾ HOẠCH\nNăm 2026\n\nI. NHIỆM VỤ\n\nCác nhiệm vụ tại Phụ lục.\n\nPHỤ LỤC I\n\n" + export + "\n")
    assert [(d.due, d.section) for d in doc.deadlines if d.due] == [
        ("2026-06-30", "Phụ lục I.1"),
        ("2026-03-31", "Phụ lục I.2"),
    ]


@pytest.mark.parametrize(
    ("cell", "dues"),
    [
        ("Tháng 3, 6, 9, 12", ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]),  # the document's year
        ("Tháng 6 và 12/2027", ["2027-06-30", "2027-12-31"]),
        ("tháng 5; 11", ["2026-05-31", "2026-11-30"]),
    ],
)
def test_time_cells_listing_months(cell: str, dues: list[str]) -> None:
    found = table_tasks([_one_row_table(cell)], Header(date="2026-01-10", year=2026)).deadlines
    assert [(d.kind, d.due) for d in found] == [("month", x) for x in dues]


def _one_row_table(time: str) -> Table:
    row = TableRow("task", [TableCell("1", 3), TableCell("Rà soát", 3), TableCell("Sở Nội vụ", 3)], 3, "1", 3, "1")
    row.cells.append(TableCell(time, 3))
    return Table("tb1", "pipe", 1, 3, ["index", "task", "lead", "time"], [], [row], section="Phụ lục")


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("Sở Tài chính; UBND các xã, phường", ["Sở Tài chính", "Ủy ban nhân dân các xã, phường"]),
        ("Các sở, ban, ngành", ["Các sở, ban, ngành"]),
        ("Sở Y tế\nSở Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        ("Ban Quản lý các khu công nghệ cao", ["Ban Quản lý các khu công nghệ cao"]),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
        ("Doanh nghiệp, nhà đầu tư, Sở Công Thương", ["Doanh nghiệp, nhà đầu tư", "Sở Công Thương"]),
        ("Sở Nội vụ/Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
        ("Sở Nội vụ và Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
    ],
)
def test_owner_cells(cell: str, units: list[str]) -> None:
    assert [a.canonical for a in owner_list(cell, "lead", "r")] == units


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        (
            "- Chủ trì: Sở Y tế\n- Phối hợp: Sở Tài chính, Công an tỉnh",
            [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate"), ("Công an tỉnh", "coordinate")],
        ),
        ("Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp)", [("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate")]),
        ("Sở Nội vụ chủ trì", [("Sở Nội vụ", "lead")]),
    ],
)
def test_roles_written_in_an_owner_cell(cell: str, owners: list[tuple[str, str]]) -> None:
    t = Table("tb1", "pipe", 1, 2, ["index", "task", "lead", "time"], [], [])
    t.rows.append(
        TableRow("task", [TableCell("1", 2), TableCell("Rà soát", 2), TableCell(cell, 2), TableCell("2026", 2)], 2, "1")
    )
    (task,) = table_tasks([t], Header()).tasks
    assert [(a.canonical, a.role) for a in task.owners] == owners


def test_a_person_in_an_owner_cell() -> None:
    (a,) = owner_list("Đồng chí Phó Chủ tịch UBND tỉnh phụ trách khối", "lead", "r")
    assert a.kind == "person"


def test_owners_named_in_the_task_cell_when_no_column_holds_them() -> None:
    t = Table("tb1", "pipe", 1, 2, ["index", "task", "time"], [], [])
    t.rows.append(
        TableRow(
            "task",
            [
                TableCell("1", 2),
                TableCell("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lập kế hoạch", 2),
                TableCell("2026", 2),
            ],
            2,
            "1",
        )
    )
    (task,) = table_tasks([t], Header()).tasks
    assert [(a.canonical, a.role) for a in task.owners] == [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")]


def test_join_path() -> None:
    assert join_path(None, "A.I.1") == "A.I.1"
    assert join_path("Phụ lục II", "1") == "Phụ lục II.1"
    assert join_path("III.2", "2.1") == "III.2.1"


# ------------------------------------------------------------------------------ the pipeline


DOC = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 77/KH-UBND\nHà Tĩnh, ngày 03 tháng 02 năm 2026\n\nKẾ HOẠCH\n\n"
    "I. NHIỆM VỤ\n\n1. Sở Nội vụ báo cáo kết quả trước ngày 30/11/2026.\n\n"
    "2. Các nhiệm vụ cụ thể tại Phụ lục.\n\n**PHỤ LỤC**\n\n"
    + web_table(
        [
            HEAD,
            ["1", "Rà soát quy chế, báo cáo hằng tháng", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2026"],
            ["2", "Số hóa hồ sơ", "Sở Nội vụ; UBND các xã, phường", "", "Thường xuyên"],
        ]
    )
)


@pytest.fixture(scope="module")
def doc() -> Any:
    return parse(DOC)


def test_tables_are_not_read_as_sentences(doc: Any) -> None:
    assert [d.phrase for d in doc.deadlines] == ["trước ngày 30/11/2026", "Quý I/2026", "Thường xuyên"]
    assert "hằng tháng" not in [d.phrase for d in doc.deadlines]


def test_table_tasks_join_the_record_in_line_order(doc: Any) -> None:
    assert [(t.id, t.read_as, t.section) for t in doc.tasks] == [
        ("t1", "sentence", "I.1"),
        ("t2", "table", "Phụ lục.1"),
        ("t3", "table", "Phụ lục.2"),
    ]
    assert [d.id for d in doc.deadlines] == ["d1", "d2", "d3"]
    assert [d.task_ids for d in doc.deadlines] == [["t1"], ["t2"], ["t3"]]
    assert doc.tasks[1].deadlines == ["d2"]
    assert [(a.canonical, a.role, a.rule) for a in doc.tasks[2].owners] == [
        ("Sở Nội vụ", "lead", "table:lead_column"),
        ("Ủy ban nhân dân các xã, phường", "lead", "table:lead_column"),
    ]
    index = {e.unit: e for e in doc.assignees}
    assert index["Sở Nội vụ"].deadlines == ["d1", "d2", "d3"]
    assert "Phụ lục.2" in index["Sở Nội vụ"].sections


def test_time_cells_are_decisions_too(doc: Any) -> None:
    assert [(d.phrase, d.rule, d.deadline) for d in doc.decisions if d.verdict == "deadline"] == [
        ("trước ngày 30/11/2026", doc.deadlines[0].rule, "d1"),
        ("Quý I/2026", "table_time_cell", "d2"),
        ("Thường xuyên", "table_vague_cell", "d3"),
    ]


def test_document_tables(doc: Any) -> None:
    (t,) = doc.tables
    assert (t.id, t.export, t.section) == ("tb1", "cell_lines", "Phụ lục")
    assert t.line == 15 and kinds(t) == ["header", "task", "task"]


# ------------------------------------------------------------------------------ acceptance


TABLE_DOCS = ("t01", "t02", "t03", "t14", "t15")
NO_TASK_TABLES = ("t13", "t16", "t17")
CORPUS = SHARED / "corpus"


def _corpus() -> Path:
    if (CORPUS / "t01.txt").is_file():
        return CORPUS
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but the corpus is missing at {CORPUS}")
    pytest.skip(f"corpus not found at {CORPUS}")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ndq57_score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus_rows() -> dict[str, tuple[int, int, int, int, int]]:
    """Per document: gold table rows, found with the right section, with the right lead unit,
    lead units expected, table deadlines reported."""
    folder = _corpus()
    score = _scorer()
    out: dict[str, tuple[int, int, int, int, int]] = {}
    for name in TABLE_DOCS + NO_TASK_TABLES:
        gold = load_yaml(folder / f"{name}.yaml")
        doc = parse((folder / f"{name}.txt").read_text(encoding="utf-8")).to_dict()
        got = [d for d in doc["deadlines"] if d["rule"].startswith("table")]
        rows = [g for g in gold.get("deadlines") or [] if str(g.get("section") or "").startswith("Phụ lục")]
        used: set[int] = set()
        found = leads_ok = leads_n = 0
        for g in rows:
            for i, d in enumerate(got):
                if i in used or not score.section_ok(d, [str(g["section"])]):
                    continue
                if g.get("resolved_date"):
                    ok = score.due_of(d) == g["resolved_date"]
                else:
                    ok = score.is_recurring(d) == (g.get("kind") == "recurring") and d["due"] is None
                if ok:
                    used.add(i)
                    found += 1
                    leads = [a["unit"] for a in g.get("assignees") or [] if a["role"] in ("lead", "assigned")]
                    if leads:
                        leads_n += 1
                        leads_ok += all(score.unit_found([u], score.units_of(d), True) for u in leads)
                    break
        out[name] = (len(rows), found, leads_ok, leads_n, len(got))
    return out


@pytest.mark.parametrize("name", TABLE_DOCS)
def test_corpus_table_rows(corpus_rows: dict[str, tuple[int, int, int, int, int]], name: str) -> None:
    rows, found, leads_ok, leads_n, reported = corpus_rows[name]
    assert rows and found == rows, corpus_rows[name]  # every row, with its section
    assert reported == rows, corpus_rows[name]  # and nothing else from the tables
    assert leads_ok >= leads_n - 1, corpus_rows[name]


def test_corpus_table_rows_total(corpus_rows: dict[str, tuple[int, int, int, int, int]]) -> None:
    rows = sum(corpus_rows[n][0] for n in TABLE_DOCS)
    found = sum(corpus_rows[n][1] for n in TABLE_DOCS)
    leads_ok = sum(corpus_rows[n][2] for n in TABLE_DOCS)
    leads_n = sum(corpus_rows[n][3] for n in TABLE_DOCS)
    assert rows >= 250 and found / rows >= 0.99 and leads_ok / leads_n >= 0.98


@pytest.mark.parametrize("name", NO_TASK_TABLES)
def test_corpus_tables_without_time_give_no_deadline(
    corpus_rows: dict[str, tuple[int, int, int, int, int]], name: str
) -> None:
    assert corpus_rows[name][4] == 0


def test_a_date_long_past_stays_a_deadline() -> None:
    # the document date bounds nothing in a table: overdue lists keep their dates
    t = _one_row_table("01/01/2020")
    (d,) = table_tasks([t], Header(date=dt.date(2026, 1, 10).isoformat(), year=2026)).deadlines
    assert d.due == "2020-01-01"


def test_an_appendix_without_its_heading_after_the_signature_is_read() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 78/KH-UBND\nHà Tĩnh, ngày 03 tháng 02 năm 2026\n\nKẾ HOẠCH\n\n"
        "1. Các sở thực hiện nhiệm vụ tại danh mục kèm theo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n\nDANH MỤC NHIỆM VỤ SỐ 01\n\n"
        + web_table([HEAD, ["1", "Rà soát quy chế", "Sở Tư pháp", "", "Quý I/2026"]])
    )
    doc = parse(text)
    assert doc.document.signer is not None and doc.document.signer.name == "Nguyễn Văn Bình"
    assert [(d.phrase, d.section) for d in doc.deadlines] == [("Quý I/2026", "Phụ lục.1")]


def test_pipe_cell_line_breaks_written_as_html() -> None:
    # a converter writes a cell's line breaks as "<br>": the cell's lines, not markup in its text
    text = (
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Tập huấn kỹ năng số<br>(02 lớp) | Sở Nội vụ | UBND các xã,<br />phường | Quý III/2026 |\n"
    )
    (table,) = find_tables(text)
    cells = [c.text for c in table.rows[-1].cells]
    assert cells[1:4] == ["Tập huấn kỹ năng số (02 lớp)", "Sở Nội vụ", "UBND các xã, phường"]


def test_html_table_in_a_markdown_text() -> None:
    text = (
        "<table>\n<thead>\n<tr class=\"header\">\n<th>STT</th>\n<th>Nhiệm vụ</th>\n<th>Cơ quan chủ trì</th>\n"
        "<th>Thời gian</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td>1</td>\n"
        "<td><p>Tập huấn kỹ năng số</p>\n<p>(02 lớp)</p></td>\n<td><strong>Sở Nội vụ</strong></td>\n"
        "<td>Quý III/2026</td>\n</tr>\n</tbody>\n</table>\n"
    )
    (table,) = find_tables(text)
    assert table.export == "html" and table.columns == ["index", "task", "lead", "time"]
    assert [c.text for c in table.rows[1].cells] == ["1", "Tập huấn kỹ năng số (02 lớp)", "Sở Nội vụ", "Quý III/2026"]
    assert (table.line, table.end_line) == (1, 19)


# ----------------------------------------------------------------- header and row forms (round 3)


def test_pipe_cell_line_breaks_written_as_br() -> None:
    t = only(
        "| STT | Nội dung | Cơ quan thực hiện | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Thanh tra công vụ | - Chủ trì: Thanh tra tỉnh<br>- Phối hợp: Sở Nội vụ | 30/9/2026 |\n"
    )
    assert t.rows[1].cells[2].text == "- Chủ trì: Thanh tra tỉnh\n- Phối hợp: Sở Nội vụ"
    (task,) = table_tasks([t], Header()).tasks
    assert [(a.canonical, a.role) for a in task.owners] == [("Thanh tra tỉnh", "lead"), ("Sở Nội vụ", "coordinate")]


@pytest.mark.parametrize("heading", ["Chủ trì/Phối hợp", "Cơ quan chủ trì, phối hợp", "Chủ trì / phối hợp"])
def test_one_column_of_lead_and_coordinating_units(heading: str) -> None:
    t = only(
        f"| STT | Nội dung | {heading} | Tiến độ |\n|---|---|---|---|\n"
        "| 1 | Tập huấn nghiệp vụ | Sở Nội vụ/Sở Tài chính; Sở Tư pháp | Tháng 5/2026 |\n"
        "| 2 | Kiểm tra | Thanh tra tỉnh | Tháng 9/2026 |\n"
    )
    assert t.columns == ["index", "task", "lead", "time"]
    first, second = table_tasks([t], Header()).tasks
    assert [(a.canonical, a.role) for a in first.owners] == [
        ("Sở Nội vụ", "lead"),
        ("Sở Tài chính", "coordinate"),
        ("Sở Tư pháp", "coordinate"),
    ]
    assert [(a.canonical, a.role) for a in second.owners] == [("Thanh tra tỉnh", "lead")]


@pytest.mark.parametrize(
    "text",
    [
        # a pipe table: the heading spans two columns, the row under it names them
        "| TT | Nhiệm vụ | Cơ quan thực hiện | | Thời hạn |\n|---|---|---|---|---|\n"
        "| | | Chủ trì | Phối hợp | |\n| 1 | Lập đề án | Sở Y tế | Sở Tài chính | Quý III/2026 |\n",
        # a web library: the spanning heading is one cell, the cells merged with it are left out
        web_table(
            [
                ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"],
                ["Chủ trì", "Phối hợp"],
                ["1", "Lập đề án", "Sở Y tế", "Sở Tài chính", "Quý III/2026"],
            ]
        ),
    ],
)
def test_an_owner_heading_over_lead_and_coordinate(text: str) -> None:
    t = only(text)
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert kinds(t) == ["header", "header", "task"]
    (task,) = table_tasks([t], Header()).tasks
    assert [(a.canonical, a.role) for a in task.owners] == [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")]


def test_a_row_naming_roles_in_its_text_is_not_a_sub_heading() -> None:
    t = only(
        "| TT | Nhiệm vụ | Cơ quan thực hiện | | Thời hạn |\n|---|---|---|---|---|\n"
        "| | | Sở Y tế chủ trì | Sở Tài chính phối hợp | |\n| 1 | Lập đề án | Sở Y tế | Sở Tài chính | 2026 |\n"
    )
    assert t.columns == ["index", "task", "lead", "other", "time"]  # units, not column words


def test_numbered_group_rows_over_rows_numbered_again() -> None:
    t = only(
        "| STT | Nội dung | Bộ phận thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1. Lĩnh vực cải cách thể chế | | | |\n"
        "| 1 | Rà soát văn bản | Công chức Tư pháp | Quý I/2026 |\n"
        "| 2 | Kiểm tra thi hành | Văn phòng UBND xã | Tháng 11/2026 |\n"
        "| 2 | Lĩnh vực thủ tục hành chính | | |\n"
        "| 1 | Niêm yết thủ tục | Văn phòng UBND xã | Quý II/2026 |\n"
    )
    assert kinds(t) == ["header", "group", "task", "task", "group", "task"]
    assert [r.path for r in t.rows if r.kind == "task"] == ["1.1", "1.2", "2.1"]


def test_decimal_group_rows_with_sub_numbers_still_end_at_the_next_number() -> None:
    t = only(
        "| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 5 | **Chuyển đổi số** | | |\n"
        "| 5.1 | Số hoá hồ sơ | Sở Nội vụ | 2026 |\n"
        "| 6 | Tổng kết | Sở Nội vụ | 2027 |\n"
    )
    assert [r.path for r in t.rows if r.kind == "task"] == ["5.1", "6"]


LAYOUT_CENTRED = """\
 STT          Nhiệm vụ                    Cơ quan chủ trì       Thời hạn
              Tổ chức rà soát, sắp xếp
  1           lại các đơn vị sự nghiệp    Sở Nội vụ             Trước
              công lập trực thuộc                               30/6/2026
              Xây dựng phương án bố
              trí kinh phí thực hiện
  2           chính sách hỗ trợ cán bộ    Sở Tài chính          Quý III/2026
              dôi dư sau sắp xếp
              trong năm
  3           Tổng kết, đánh giá          Sở Nội vụ             Tháng 12/2026
"""


def test_layout_rows_whose_number_stands_in_the_middle_of_the_row() -> None:
    t = only(LAYOUT_CENTRED)
    assert t.header == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    assert kinds(t) == ["header", "task", "task", "task"]
    assert [r.cells[1].text for r in t.rows[1:]] == [
        "Tổ chức rà soát, sắp xếp lại các đơn vị sự nghiệp công lập trực thuộc",
        "Xây dựng phương án bố trí kinh phí thực hiện chính sách hỗ trợ cán bộ dôi dư sau sắp xếp trong năm",
        "Tổng kết, đánh giá",
    ]
    assert [r.cells[3].text for r in t.rows[1:]] == ["Trước 30/6/2026", "Quý III/2026", "Tháng 12/2026"]
    assert t.rows[2].line == 5


def _columnwise(columns: list[list[str]]) -> str:
    """A table as ``pdftotext`` without ``-layout`` may give it: column after column, each cell
    a paragraph of its own."""
    return "".join(f"{cell}\n\n" for col in columns for cell in col if cell)


COLUMNWISE = _columnwise(
    [
        ["STT", "I", "1", "2", "II", "3"],
        ["Nội dung nhiệm vụ", "THỂ CHẾ", "Ban hành quy chế\ndữ liệu", "Rà soát thủ tục", "HẠ TẦNG", "Nâng cấp mạng"],
        ["Đơn vị chủ trì", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"],
        ["Đơn vị phối hợp", "Sở Nội vụ", "Sở Tài chính"],  # one cell empty: the column is not placed
        ["Thời gian hoàn thành", "Quý II/2026", "Tháng 6/2026", "2026-2030"],
    ]
)


def test_a_table_printed_column_by_column() -> None:
    t = only(COLUMNWISE + "PHỤ LỤC II\n\nDANH MỤC KHÁC\n")
    assert t.export == "paragraphs"
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert kinds(t) == ["header", "group", "task", "task", "group", "task"]
    assert [r.path for r in t.rows if r.kind == "task"] == ["I.1", "I.2", "II.3"]
    assert [[c.text for c in r.cells] for r in t.rows[2:4]] == [
        ["1", "Ban hành quy chế dữ liệu", "Sở Tư pháp", "", "Quý II/2026"],
        ["2", "Rà soát thủ tục", "Văn phòng UBND tỉnh", "", "Tháng 6/2026"],
    ]
    assert t.end_line < COLUMNWISE.count("\n") + 1  # the appendix heading after it is not a cell


def test_a_column_by_column_table_needs_a_task_column_of_one_cell_per_row() -> None:
    text = _columnwise([["STT", "1", "2", "3"], ["Nội dung", "Rà soát", "Kiểm tra"], ["Thời hạn", "2026", "2027"]])
    assert find_tables(text) == []


def test_a_table_going_on_after_its_header_printed_again_keeps_its_group() -> None:
    page2 = _columnwise(
        [
            ["STT", "4", "5"],
            ["Nội dung nhiệm vụ", "Phủ sóng", "Kiểm tra"],
            ["Đơn vị chủ trì", "Sở A", "Sở B"],
            ["Đơn vị phối hợp", "", ""],
            ["Thời gian hoàn thành", "Quý III/2026", "Tháng 9/2026"],
        ]
    )
    _, second = find_tables(COLUMNWISE + "2\n\n" + page2)
    assert [r.path for r in second.rows if r.kind == "task"] == ["II.4", "II.5"]


def test_rows_copied_from_a_word_processor_with_cells_of_several_lines() -> None:
    t = only(
        "STT\tNội dung công việc\tĐơn vị thực hiện\tThời hạn\n"
        "1\tTổ chức hội nghị quán triệt:\n- Cán bộ chủ chốt;\n- Trưởng thôn\tVăn phòng UBND xã\tTháng 4/2026\n"
        "2\tSơ kết\tCông an xã\tTrước ngày 15/6/2026\n"
        "\nSau bảng là đoạn văn.\n"
    )
    assert t.export == "tsv" and kinds(t) == ["header", "task", "task"]
    assert t.rows[1].cells[1].text == "Tổ chức hội nghị quán triệt:\n- Cán bộ chủ chốt;\n- Trưởng thôn"
    assert [r.cells[3].text for r in t.rows[1:]] == ["Tháng 4/2026", "Trước ngày 15/6/2026"]
    assert t.rows[2].line == 5


def test_a_row_whose_number_cell_was_merged_with_the_row_above_is_in_that_row() -> None:
    t = only(
        web_table(
            [
                [*HEAD, "**Sản phẩm**"],
                ["**I**", "**Hạ tầng**"],
                ["1", "Nâng cấp mạng chuyên dùng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý III/2026", "Mạng"],
                ["Triển khai giai đoạn 2", "Sở Tài chính", "Năm 2027", "Báo cáo"],
                ["2", "Xây dựng kho dữ liệu", "Sở Khoa học và Công nghệ", "Các sở, ngành", "2026-2027", "Kho"],
            ]
        )
    )
    assert [(r.kind, r.path) for r in t.rows[2:]] == [("task", "I.1"), ("task", "I.1"), ("task", "I.2")]
    deadlines = table_tasks([t], Header()).deadlines
    assert [(d.due, d.section) for d in deadlines] == [
        ("2026-09-30", "I.1"),
        ("2027-12-31", "I.1"),
        ("2027-12-31", "I.2"),
    ]


GRID_TWO_LEVELS = """\
+-----+----------------------+-------------------------------+------------+
| STT | Nội dung nhiệm vụ    | Cơ quan thực hiện             | Thời gian  |
|     |                      +---------------+---------------+            |
|     |                      | Chủ trì       | Phối hợp      |            |
+=====+======================+===============+===============+============+
| 1   | Ban hành kế hoạch    | Sở Nội vụ     | Các sở, ngành | Tháng      |
|     | triển khai           |               |               | 3/2026     |
+-----+----------------------+---------------+---------------+------------+
| I   | Kiểm tra                                                          |
+-----+----------------------+---------------+---------------+------------+
"""


def test_grid_heading_over_two_columns_with_a_border_of_its_own() -> None:
    t = only(GRID_TWO_LEVELS)
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert [c.text for c in t.rows[1].cells] == [
        "1",
        "Ban hành kế hoạch triển khai",
        "Sở Nội vụ",
        "Các sở, ngành",
        "Tháng 3/2026",
    ]
    assert [c.text for c in t.rows[2].cells] == ["I", "Kiểm tra", "", "", ""]  # spanning: in its first column


LAYOUT_TWO_LEVELS = """\
                                                 Cơ quan thực hiện
 STT     Nội dung nhiệm vụ                                                          Thời gian
                                           Chủ trì             Phối hợp
  1      Ban hành kế hoạch triển khai      Sở Nội vụ           Các sở, ngành        Tháng 3/2026
  2      Kiểm tra, đôn đốc thực hiện       Sở Nội vụ           Sở Tư pháp           Quý IV/2026
"""


def test_layout_heading_over_lead_and_coordinate_columns() -> None:
    t = only(LAYOUT_TWO_LEVELS)
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert [c.text for c in t.rows[2].cells] == ["2", "Kiểm tra, đôn đốc thực hiện", "Sở Nội vụ", "Sở Tư pháp", "Quý IV/2026"]


def test_a_list_of_members_is_not_a_task_table() -> None:
    t = only(
        "| STT | Họ và tên | Chức vụ | Nhiệm vụ | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Nguyễn Văn An | Chủ tịch UBND xã | Trưởng ban | 2026-2030 |\n"
    )
    assert "task" not in t.columns
    assert table_tasks([t], Header()).deadlines == []


def test_pipe_table_with_an_empty_row_above_its_rule_finds_its_header_below() -> None:
    t = only(
        "|  |  |  |  |\n| --- | --- | --- | --- |\n| **STT** | **Nội dung** | **Đơn vị thực hiện** | **Thời gian** |\n"
        "| **I** | **NHÓM THỂ CHẾ** |  |  |\n| 1 | Ban hành quy chế | Sở Tư pháp | Quý II/2026 |\n"
    )
    assert t.columns == ["index", "task", "lead", "time"]
    assert kinds(t) == ["other", "header", "group", "task"]


def test_grid_cell_with_a_plus_sign_in_its_text() -> None:
    t = only(GRID.replace("Dự trữ vật tư phòng", "Cấp 4G+5G khu phòng"))
    assert [c.text for c in t.rows[1].cells] == ["1", "Cấp 4G+5G khu phòng chống dịch", "Sở Y tế", "Tháng 5/2026"]


def test_lettered_rows_under_a_numbered_row_are_its_steps() -> None:
    t = only(
        "| STT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Công tác tuyên truyền | Sở Văn hóa | Năm 2026 |\n"
        "| a | Tuyên truyền trên báo | Báo tỉnh | Quý II/2026 |\n"
        "| b | Tuyên truyền trên mạng xã hội | Sở Văn hóa | Quý III/2026 |\n"
        "| 2 | Tổng kết | Sở Văn hóa | Tháng 12/2026 |\n"
    )
    assert [r.path for r in t.rows if r.kind == "task"] == ["1", "1.a", "1.b", "2"]


def test_a_table_with_each_cell_on_a_line_and_no_blank_lines() -> None:
    text = (
        "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nThời gian\nhoàn thành\n"
        "1\nXây dựng quy chế phối hợp\ngiữa các cơ quan\nSở Nội vụ\nQuý II/2026\n"
        "2\nTổ chức tập huấn\nUBND các xã,\nphường\nTháng 7/2026\n"
        "Nơi nhận:\n- Lưu: VT.\n"
    )
    t = only(text)
    assert t.header == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    assert [[c.text for c in r.cells] for r in t.rows[1:]] == [
        ["1", "Xây dựng quy chế phối hợp giữa các cơ quan", "Sở Nội vụ", "Quý II/2026"],
        ["2", "Tổ chức tập huấn", "UBND các xã, phường", "Tháng 7/2026"],
    ]
    assert t.end_line == 15  # "Nơi nhận" stays text


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Thời điểm trình", "time"),
        ("Năm hoàn thành", "time"),
        ("Cơ quan trình", "lead"),
        ("Trách nhiệm", "lead"),
        ("Đơn vị, cá nhân thực hiện", "lead"),
        ("Hình thức", "product"),
        ("Chủ trì/Phối hợp", "lead"),
        ("Cơ quan chủ trì, phối hợp", "lead"),
        ("Cơ quan phối hợp thực hiện", "coordinate"),
        ("Cấp trình", "other"),
    ],
)
def test_more_column_headings(heading: str, role: str) -> None:
    t = only(f"| STT | Nội dung | {heading} |\n|---|---|---|\n| 1 | Rà soát | x |\n")
    assert t.columns[2] == role


def test_paragraph_cells_header_over_two_rows_with_the_owner_parts_last() -> None:
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Chủ trì", "Phối hợp"]
    cells += ["1", "Xây dựng quy chế", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"]
    cells += ["2", "Tổ chức tập huấn", "Sở Nội vụ", "UBND các xã, phường", "Tháng 7/2026"]
    t = only("\n\n".join(cells) + "\n")
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert [c.text for c in t.rows[2].cells] == ["2", "Tổ chức tập huấn", "Sở Nội vụ", "UBND các xã, phường", "Tháng 7/2026"]


def test_layout_time_heading_over_start_and_end() -> None:
    t = only(
        "                                                          Thời gian thực hiện\n"
        " STT     Nội dung nhiệm vụ              Cơ quan chủ trì\n"
        "                                                         Bắt đầu         Hoàn thành\n"
        "  1      Ban hành kế hoạch triển khai   Sở Nội vụ        Tháng 1/2026    Tháng 3/2026\n"
    )
    assert t.columns == ["index", "task", "lead", "other", "time"]  # the end is the deadline
    assert t.rows[1].cells[4].text == "Tháng 3/2026"


def test_a_row_without_a_time_cell_whose_task_says_when() -> None:
    t = only(
        "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n"
        "| 1 | Xây dựng quy chế phối hợp, hoàn thành trong Quý II/2026 | Sở Nội vụ |\n"
        "| 2 | Tổ chức tập huấn định kỳ hằng năm | Sở Nội vụ |\n"
        "| 3 | Phấn đấu đến năm 2030 đạt 80% hồ sơ trực tuyến | Sở Nội vụ |\n"
        "| 4 | Triển khai Nghị quyết số 12/NQ-HĐND ngày 10/12/2025 | Sở Nội vụ |\n"
    )
    found = table_tasks([t], Header(date="2026-02-10", year=2026)).deadlines
    assert [(d.phrase, d.kind, d.due, d.rule) for d in found] == [
        ("trong Quý II/2026", "quarter", "2026-06-30", "table_task_text"),
        ("định kỳ hằng năm", "recurring", None, "table_task_text"),
    ]  # a target and a cited document's date are not deadlines
    assert [d.section for d in found] == ["1", "2"]


def test_layout_rows_go_on_after_a_page_break_without_the_header() -> None:
    text = (
        " STT     Nội dung nhiệm vụ                Cơ quan chủ trì     Thời hạn\n"
        "  1      Ban hành kế hoạch triển khai     Sở Nội vụ           Tháng 3/2026\n"
        + "\n" * 5
        + "                                      2\n"
        "\f  2      Sơ kết 6 tháng                   Sở Nội vụ           Tháng 7/2026\n"
        "\n     Nơi nhận:\n"
    )
    t = only(text)
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", "2"]
    assert t.end_line == 9


def test_paragraph_cells_page_number_at_the_foot_of_a_page_is_not_a_cell() -> None:
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "I", "THỂ CHẾ"]
    cells += ["1", "Xây dựng quy chế", "Sở Nội vụ", "Quý II/2026", "II", "HẠ TẦNG", "2", "\f2"]
    cells += ["Nâng cấp mạng", "Sở Khoa học và Công nghệ", "Tháng 9/2026"]
    t = only("\n\n".join(cells) + "\n")
    assert [(r.kind, r.path) for r in t.rows[1:]] == [("group", "I"), ("task", "I.1"), ("group", "II"), ("task", "II.2")]
    assert t.rows[-1].cells[3].text == "Tháng 9/2026"


def test_an_owner_heading_repeated_in_both_columns_and_the_other_headings_in_both_rows() -> None:
    t = only(
        "| STT | Nhiệm vụ | Cơ quan thực hiện | Cơ quan thực hiện | Thời hạn |\n|---|---|---|---|---|\n"
        "| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |\n| 1 | Lập đề án | Sở Y tế | Sở Tài chính | Quý III/2026 |\n"
    )
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]


def test_a_row_repeating_the_number_and_time_of_the_row_before_is_more_of_that_task() -> None:
    t = only(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Lập đề án | Sở Y tế | Quý III/2026 |\n| 1 | Trình thẩm định | Sở Tư pháp | Quý III/2026 |\n"
        "| 2 | Tổng kết | Sở Y tế | Quý III/2026 |\n"
    )
    found = table_tasks([t], Header())
    assert [d.section for d in found.deadlines] == ["1", "2"]
    assert found.tasks[0].text == "Lập đề án; Trình thẩm định"
    assert [a.canonical for a in found.tasks[0].owners] == ["Sở Y tế", "Sở Tư pháp"]


@pytest.mark.parametrize("numbers", [["(1)", "(2)", "(3)", "(4)"], ["1", "2", "3", "4"]])
def test_paragraph_cells_a_row_numbering_the_columns_is_skipped(numbers: list[str]) -> None:
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", *numbers]
    cells += ["1", "Xây dựng quy chế", "Sở Nội vụ", "Quý II/2026", "2", "Tập huấn", "Sở Nội vụ", "Tháng 7/2026"]
    t = only("\n\n".join(cells) + "\n")
    assert [[c.text for c in r.cells] for r in t.rows if r.kind == "task"] == [
        ["1", "Xây dựng quy chế", "Sở Nội vụ", "Quý II/2026"],
        ["2", "Tập huấn", "Sở Nội vụ", "Tháng 7/2026"],
    ]


# ------------------------------------------------------------------------------ leftovers (round 4)


def test_pipe_rows_with_a_blank_line_after_each_row_are_one_table() -> None:
    t = only(
        "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |\n\n|---|---|---|---|\n\n"
        "| 1 | Chỉnh lý tài liệu tồn đọng | Chi cục Văn thư | Quý II/2026 |\n\n"
        "| 2 | Số hóa hồ sơ lưu trữ | Trung tâm Lưu trữ | 30/9/2026 |\n\nVăn bản tiếp theo.\n"
    )
    assert t.columns == ["index", "task", "lead", "time"]
    assert [(r.kind, r.label) for r in t.rows] == [("header", None), ("task", "1"), ("task", "2")]


def test_pipe_tables_apart_by_a_blank_line_stay_apart_when_their_widths_differ() -> None:
    tables = find_tables(
        "| STT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Lập đề án | Sở Y tế | Quý III/2026 |\n\n"
        "| Nơi nhận: | GIÁM ĐỐC |\n| - Lưu: VT. | Nguyễn Văn An |\n"
    )
    assert [len(t.rows) for t in tables] == [2, 2]


# LibreOffice's "--convert-to txt" of a Word table: a cell a line, an empty cell an empty line, a
# group row merged across the columns two lines, a cell merged down empty in the rows below
OFFICE_TXT = """\
PHỤ LỤC
DANH MỤC NHIỆM VỤ NĂM 2026
STT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
I
Hạ tầng số
1
Nâng cấp mạng nội bộ
Văn phòng HĐND và UBND xã
Bưu điện xã
Quý I/2027
2
Trang bị máy quét tài liệu

Phòng Kinh tế
Thường xuyên
3
Xây dựng kho dữ liệu dùng chung
Phòng Văn hóa - Xã hội

Năm 2026-2027
4
Hướng dẫn người dân sử dụng dịch vụ công


Tháng 9/2026
"""


def test_a_word_table_saved_as_text_by_libreoffice() -> None:
    t = only(OFFICE_TXT)
    assert (t.export, t.line) == ("paragraphs", 3)
    assert [[c.text for c in r.cells] for r in t.rows if r.kind == "task"] == [
        ["1", "Nâng cấp mạng nội bộ", "Văn phòng HĐND và UBND xã", "Bưu điện xã", "Quý I/2027"],
        ["2", "Trang bị máy quét tài liệu", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Thường xuyên"],
        ["3", "Xây dựng kho dữ liệu dùng chung", "Phòng Văn hóa - Xã hội", "", "Năm 2026-2027"],
        ["4", "Hướng dẫn người dân sử dụng dịch vụ công", "Phòng Văn hóa - Xã hội", "", "Tháng 9/2026"],
    ]
    assert [(r.kind, r.path) for r in t.rows[1:3]] == [("group", "I"), ("task", "I.1")]


def test_an_empty_lead_cell_under_a_merged_one_carries_its_time_only_when_that_is_empty_too() -> None:
    t = only(
        "| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
        "| 1 | Lập đề án | Sở Y tế | Sở Tài chính | Quý III/2026 |\n| 2 | Trình thẩm định | | | |\n"
        "| 3 | Tập huấn | | Sở Nội vụ | Tháng 10/2026 |\n| 4 | Tổng kết | Sở Nội vụ | | |\n"
    )
    found = table_tasks([t], Header())
    assert [(d.section, d.due) for d in found.deadlines] == [("1", "2026-09-30"), ("2", "2026-09-30"), ("3", "2026-10-31")]
    assert [[(a.canonical, a.role) for a in task.owners] for task in found.tasks] == [
        [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")],
        [("Sở Y tế", "lead")],
        [("Sở Y tế", "lead"), ("Sở Nội vụ", "coordinate")],
        [("Sở Nội vụ", "lead")],
    ]


def test_two_pipe_tables_of_one_width_apart_by_a_blank_line_stay_two() -> None:
    tables = find_tables(
        "| STT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Lập đề án | Sở Y tế | Quý III/2026 |\n"
        "| 2 | Tập huấn | Sở Y tế | Tháng 10/2026 |\n\n"
        "| STT | Hoạt động | Đơn vị thực hiện | Thời gian thực hiện |\n|---|---|---|---|\n"
        "| 1 | Kiểm tra | Sở Nội vụ | Tháng 4/2026 |\n"
    )
    assert [len(t.rows) for t in tables] == [3, 2]


REPORT_TABLE = (
    "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |{status}\n|---|---|---|---|{rule}\n"
    "| 1 | Rà soát thủ tục hành chính | Văn phòng UBND xã | Tháng 3/2026 |{done}\n"
    "| 2 | Khảo sát mức độ hài lòng | Phòng Văn hóa - Xã hội | Tháng 11/2026 |{todo}\n"
)


@pytest.mark.parametrize(
    ("doc_type", "status", "due", "past"),
    [
        # a report's table of results: the tasks reported on
        ("Báo cáo", True, [], ["report_status_table", "report_status_table"]),
        # a report's table without results: the times ahead only
        ("Báo cáo", False, ["2026-11-30"], ["report_past_time"]),
        ("Kế hoạch", True, ["2026-03-31", "2026-11-30"], []),  # a plan's status table: overdue tasks too
        ("Thông báo", False, ["2026-03-31", "2026-11-30"], []),
    ],
)
def test_a_reports_table_of_work_done_gives_no_deadlines(
    doc_type: str, status: bool, due: list[str], past: list[str]
) -> None:
    cols = {"status": " Kết quả thực hiện |", "rule": "---|", "done": " Đã hoàn thành |", "todo": " Chưa đến hạn |"}
    t = only(REPORT_TABLE.format(**(cols if status else dict.fromkeys(cols, ""))))
    found = table_tasks([t], Header(type=doc_type, date="2026-06-10"))
    assert [d.due for d in found.deadlines] == due
    assert len(found.tasks) == 2
    assert [d.rule for d in found.past] == past


COLUMN_PAGE_ONE = [
    "STT", "1", "2", "Nội dung công việc", "Rà soát quy chế", "Tập huấn cán bộ", "Đơn vị chủ trì",
    "Sở Nội vụ", "Sở Tư pháp", "Thời gian hoàn thành", "Quý II/2026", "Tháng 7/2026", "1",
]


def test_a_column_table_goes_on_on_the_next_page_without_its_headings() -> None:
    page_two = ["\f3", "4", "Kiểm tra thực hiện", "Tổng kết năm", "Thanh tra tỉnh", "Sở Nội vụ", "Tháng 9/2026", "Hằng năm"]
    t = only("\n\n".join(COLUMN_PAGE_ONE + page_two) + "\n\nTrên đây là danh mục nhiệm vụ.\n")
    assert [[c.text for c in r.cells] for r in t.rows if r.kind == "task"] == [
        ["1", "Rà soát quy chế", "Sở Nội vụ", "Quý II/2026"],
        ["2", "Tập huấn cán bộ", "Sở Tư pháp", "Tháng 7/2026"],
        ["3", "Kiểm tra thực hiện", "Thanh tra tỉnh", "Tháng 9/2026"],
        ["4", "Tổng kết năm", "Sở Nội vụ", "Hằng năm"],
    ]


def test_the_next_page_is_no_part_of_a_column_table_when_its_time_cells_are_not_times() -> None:
    page_two = ["\f3", "4", "Kiểm tra thực hiện", "Tổng kết năm", "Thanh tra tỉnh", "Sở Nội vụ", "Ghi chú", "Khác"]
    t = only("\n\n".join(COLUMN_PAGE_ONE + page_two) + "\n")
    assert [r.label for r in t.rows if r.kind == "task"] == ["1", "2"]


def _docx_plan(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> bytes:
    """A plan whose appendix is a ruled Word table (python-docx): ``merges`` joins the cells
    (row, column) to (row, column), across (w:gridSpan) or down (w:vMerge)."""
    import io

    from docx import Document

    d = Document()
    for p in ("UBND TỈNH KIM SƠN", "SỞ Y TẾ", "Số: 301/KH-SYT", "Kim Sơn, ngày 02 tháng 02 năm 2026", "KẾ HOẠCH"):
        d.add_paragraph(p)
    for p in ("Phòng, chống dịch bệnh mùa hè", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục.", "GIÁM ĐỐC", "Đỗ Minh Châu"):
        d.add_paragraph(p)
    d.add_paragraph("PHỤ LỤC SỐ 01")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v:
                table.cell(i, j).text = v
    for r0, c0, r1, c1 in merges:
        text = table.cell(r0, c0).text
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


SPANNED = [
    ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian hoàn thành"],
    ["", "", "Chủ trì", "Phối hợp", ""],
    ["1", "Giám sát ca bệnh", "Trung tâm Kiểm soát bệnh tật", "Trạm Y tế các xã", "Hằng tuần"],
    ["2", "Phun hóa chất tại ổ dịch", "", "Trạm Y tế các xã", ""],
    ["3", "Kiểm tra phòng chống dịch", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Quý III/2026"],
    ["", "Tổng hợp kết quả kiểm tra", "Sở Y tế", "", "Tháng 10/2026"],
]
# the header's headings merged down over its second row, "Cơ quan thực hiện" across two columns;
# a lead and a time merged down over two tasks; a number merged down over two rows of one task
SPANS = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4), (0, 2, 0, 3), (2, 2, 3, 2), (2, 4, 3, 4), (4, 0, 5, 0)]
SPANNED_DEADLINES = [
    (None, "Phụ lục I.1", ["Trung tâm Kiểm soát bệnh tật/lead", "Trạm Y tế các xã/coordinate"]),
    (None, "Phụ lục I.2", ["Trung tâm Kiểm soát bệnh tật/lead", "Trạm Y tế các xã/coordinate"]),
    ("2026-09-30", "Phụ lục I.3", ["Sở Y tế/lead", "Sở Giáo dục và Đào tạo/coordinate"]),
    ("2026-10-31", "Phụ lục I.3", ["Sở Y tế/lead"]),
]


def _deadlines(doc: Any) -> list[tuple[str | None, str | None, list[str]]]:
    return [(d.due, d.section, [f"{a.unit}/{a.role}" for a in d.assignees]) for d in doc.deadlines]


def test_a_word_table_with_merged_cells_across_and_down() -> None:
    from ndq57.pipeline import parse_bytes

    doc = parse_bytes(_docx_plan(SPANNED, SPANS), source="plan.docx")
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time"]
    assert _deadlines(doc) == SPANNED_DEADLINES


def test_the_same_table_saved_as_text_by_libreoffice() -> None:
    # what "soffice --convert-to txt" writes for that table: a cell a line, a cell merged with the
    # one above empty, a cell merged across once
    cells = ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành", "", "", "Chủ trì"]
    cells += ["Phối hợp", ""]
    for r in SPANNED[2:]:
        cells += r
    head = "Số: 301/KH-SYT\nKim Sơn, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\nI. NHIỆM VỤ\nChi tiết tại Phụ lục.\n"
    doc = parse(head + "PHỤ LỤC SỐ 01\nPHÂN CÔNG NHIỆM VỤ\n" + "\n".join(cells) + "\n")
    assert doc.tables[0].export == "paragraphs"
    assert _deadlines(doc) == SPANNED_DEADLINES


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        ("Phòng Kinh tế;\nChi nhánh Văn phòng Đăng ký đất đai", ["Phòng Kinh tế", "Chi nhánh Văn phòng Đăng ký đất đai"]),
        ("Văn phòng Chủ tịch nước; Văn phòng Quốc hội", ["Văn phòng Chủ tịch nước", "Văn phòng Quốc hội"]),
        ("Sở Y tế; Chi nhánh\nSở Tài chính", ["Sở Y tế", "Chi nhánh", "Sở Tài chính"]),  # (a line apart: not one)
    ],
)
def test_a_head_word_alone_before_a_unit_heads_it(cell: str, owners: list[str]) -> None:
    assert [a.raw for a in owner_list(cell, "coordinate", "r")] == owners


def test_an_owner_heading_over_two_beside_headings_wrapped_onto_the_same_row() -> None:
    # a PDF's lines: "Nội dung" and "Thời gian" wrap onto the row of "Chủ trì" | "Phối hợp"
    t = only(
        "| STT | Nội dung | Cơ quan thực hiện |  | Thời gian |\n|  | công việc | Chủ trì | Phối hợp | hoàn thành |\n"
        "| 1 | Giám sát ca bệnh | Trung tâm Kiểm soát bệnh tật | Trạm Y tế các xã | Hằng tuần |\n"
    )
    assert t.columns == ["index", "task", "lead", "coordinate", "time"]
    assert t.header[1] == "Nội dung công việc" and t.header[4] == "Thời gian hoàn thành"


def test_a_word_table_without_a_number_column_saved_as_text() -> None:
    cells = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    cells += ["Kiện toàn Ban Chỉ huy", "Văn phòng HĐND và UBND xã", "", "Tháng 3/2026"]
    cells += ["Rà soát phương án sơ tán", "Ban Chỉ huy Quân sự xã", "Công an xã", "Trước 30/4/2026"]
    cells += ["Diễn tập ứng phó bão lũ", "Ban Chỉ huy Quân sự xã", "Các thôn", "Quý III/2026"]
    t = only("Phân công như sau:\n" + "\n".join(cells) + "\nII. TỔ CHỨC THỰC HIỆN\nCác thôn thực hiện.\n")
    assert (t.export, t.columns) == ("paragraphs", ["task", "lead", "coordinate", "time"])
    assert [r.cells[3].text for r in t.rows if r.kind == "task"] == ["Tháng 3/2026", "Trước 30/4/2026", "Quý III/2026"]


def test_column_words_a_line_each_over_text_that_is_no_row_are_no_table() -> None:
    text = "Nội dung công việc\nĐơn vị chủ trì\nThời gian hoàn thành\nCác sở rà soát.\nBáo cáo kết quả.\nThực hiện.\n"
    assert find_tables(text) == []


def test_a_grid_table_cell_merged_down_over_two_rows() -> None:
    # pandoc's grid table of a cell spanning rows: the border under it left open
    t = only(
        "+-----+--------------------+-------------+-------------+\n"
        "| STT | Nhiệm vụ           | Chủ trì     | Thời hạn    |\n"
        "+=====+====================+=============+=============+\n"
        "| 1   | Rà soát quy hoạch  | Sở Xây      | Quý I/2026  |\n"
        "+-----+--------------------+             +-------------+\n"
        "| 2   | Cập nhật bản đồ số | dựng        | Quý II/2026 |\n"
        "+-----+--------------------+-------------+-------------+\n"
        "| 3   | Tổng kết           | Sở Nội vụ   | Tháng       |\n"
        "|     |                    |             | 12/2026     |\n"
        "+-----+--------------------+-------------+-------------+\n"
    )
    assert [[c.text for c in r.cells] for r in t.rows if r.kind == "task"] == [
        ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý I/2026"],
        ["2", "Cập nhật bản đồ số", "Sở Xây dựng", "Quý II/2026"],
        ["3", "Tổng kết", "Sở Nội vụ", "Tháng 12/2026"],
    ]


def test_an_html_table_cell_spanning_rows_is_each_rows_and_one_spanning_columns_keeps_them_apart() -> None:
    t = only(
        "<table>\n<thead>\n<tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th></tr>\n"
        "</thead>\n<tbody>\n<tr><td colspan=\"5\">I. HẠ TẦNG</td></tr>\n"
        "<tr><td>1</td><td>Rà soát quy hoạch</td><td rowspan=\"2\">Sở Xây dựng</td><td>Sở Tài chính</td>"
        "<td rowspan=\"2\">Quý I/2027</td></tr>\n"
        "<tr><td>2</td><td>Cập nhật bản đồ số</td><td>Sở Khoa học và Công nghệ</td></tr>\n</tbody>\n</table>\n"
    )
    assert [[c.text for c in r.cells] for r in t.rows] == [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
        ["I. HẠ TẦNG", "", "", "", ""],
        ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Tài chính", "Quý I/2027"],
        ["2", "Cập nhật bản đồ số", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Quý I/2027"],
    ]
    assert [r.path for r in t.rows if r.kind == "task"] == ["I.1", "I.2"]


def test_a_group_rows_number_and_title_in_one_cell_of_a_text_copy() -> None:
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "I. HẠ TẦNG SỐ", "1"]
    cells += ["Nâng cấp mạng", "Văn phòng UBND xã", "Quý I/2027", "2", "Trang bị máy quét", "", "Thường xuyên"]
    cells += ["II. NHÂN LỰC SỐ", "3", "Tập huấn", "Phòng Văn hóa - Xã hội", "Tháng 9/2026"]
    cells += ["III. TỔ CHỨC THỰC HIỆN", "Các phòng triển khai."]  # (the document's heading after it)
    t = only("PHỤ LỤC\n" + "\n".join(cells) + "\n")
    assert [(r.kind, r.path) for r in t.rows[1:]] == [
        ("group", "I"),
        ("task", "I.1"),
        ("task", "I.2"),
        ("group", "II"),
        ("task", "II.3"),
    ]


def test_a_word_table_cut_in_two_saved_as_text_reads_as_one() -> None:
    # the empty paragraph between the two tables is an empty line after the first table's last row
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    cells += ["1", "Kiện toàn Ban Chỉ huy", "Văn phòng UBND xã", "", "Tháng 3/2026"]
    cells += ["2", "Rà soát phương án sơ tán", "Ban Chỉ huy Quân sự xã", "Công an xã", "Trước 30/4/2026", ""]
    cells += ["3", "Diễn tập ứng phó bão lũ", "Ban Chỉ huy Quân sự xã", "Các thôn", "Quý III/2026"]
    t = only("\n".join(cells) + "\nII. TỔ CHỨC THỰC HIỆN\n")
    assert [[c.text for c in r.cells][2:] for r in t.rows if r.kind == "task"] == [
        ["Văn phòng UBND xã", "", "Tháng 3/2026"],
        ["Ban Chỉ huy Quân sự xã", "Công an xã", "Trước 30/4/2026"],
        ["Ban Chỉ huy Quân sự xã", "Các thôn", "Quý III/2026"],
    ]


SPLIT_TIME_ROWS = [
    ["A", "NHIỆM VỤ CHUNG", "", "", "", ""],
    ["1", "Xây dựng tài liệu phổ biến", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Tháng 2/2026", "Tháng 5/2026"],
    ["2", "Tổ chức hội nghị", "Sở Tư pháp", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quý II/2026", "Quý III/2026"],
]


def test_a_header_whose_second_row_holds_wrapped_headings_and_the_parts_of_a_time_heading() -> None:
    # a PDF's lines: "Cơ quan" over "chủ trì", "Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành"
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan", "Cơ quan", "Thời gian thực hiện", ""],
        ["", "", "chủ trì", "phối hợp", "Bắt đầu", "Hoàn thành"],
        *SPLIT_TIME_ROWS,
    ]
    t = only("".join("| " + " | ".join(r) + " |\n" for r in rows))
    assert t.columns == ["index", "task", "lead", "coordinate", "other", "time"]
    assert t.header[2:] == ["Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện Bắt đầu", "Thời gian thực hiện Hoàn thành"]


def test_a_time_heading_over_its_parts_in_a_text_copy_with_a_cell_a_line() -> None:
    cells = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "", "", "", ""]
    cells += ["Bắt đầu", "Hoàn thành", *(c for r in SPLIT_TIME_ROWS for c in r if c)]
    t = only("PHỤ LỤC II\n" + "\n".join(cells) + "\n")
    assert t.columns == ["index", "task", "lead", "coordinate", "other", "time"]
    assert [r.cells[5].text for r in t.rows if r.kind == "task"] == ["Tháng 5/2026", "Quý III/2026"]


def test_a_row_with_no_time_cell_reads_its_products_limit() -> None:
    t = only(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Sản phẩm |\n|---|---|---|---|\n"
        "| 1 | Tổng kết Đề án | Sở Nội vụ | Báo cáo UBND tỉnh trước ngày 15/12/2026 |\n"
        "| 2 | Rà soát quy chế | Sở Tư pháp | Quyết định số 12/QĐ-UBND ngày 05/3/2026 |\n"
    )
    found = table_tasks([t], Header(date="2026-02-01"))
    assert [(d.section, d.due, d.rule) for d in found.deadlines] == [("1", "2026-12-15", "table_task_text")]


def test_a_text_copys_cell_in_lower_case_is_a_cell_of_its_own() -> None:
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "1"]
    cells += ["Nâng cấp mạng", "Văn phòng UBND xã", "các phòng chuyên môn", "Quý I/2027", "2", "Trang bị máy quét"]
    cells += ["", "Phòng Kinh tế", "Thường xuyên", "3", "Tập huấn cán bộ:", "- cấp xã;", "- cấp thôn.", "Phòng Văn hóa"]
    cells += ["", "Tháng 9/2026"]
    t = only("PHỤ LỤC\n" + "\n".join(cells) + "\n")
    assert [[c.text for c in r.cells][1:4] for r in t.rows if r.kind == "task"] == [
        ["Nâng cấp mạng", "Văn phòng UBND xã", "các phòng chuyên môn"],
        ["Trang bị máy quét", "Văn phòng UBND xã", "Phòng Kinh tế"],
        ["Tập huấn cán bộ:\n- cấp xã;\n- cấp thôn.", "Phòng Văn hóa", ""],
    ]


def test_a_text_copys_cell_in_lower_case_with_no_empty_cell_in_the_table() -> None:
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "1"]
    cells += ["Nâng cấp mạng", "Văn phòng UBND xã", "các phòng chuyên môn", "Quý I/2027", "2", "Tập huấn"]
    cells += ["Phòng Kinh tế", "Công an xã", "Thường xuyên"]
    t = only("PHỤ LỤC\n" + "\n".join(cells) + "\n")
    assert [r.cells[3].text for r in t.rows if r.kind == "task"] == ["các phòng chuyên môn", "Công an xã"]


def test_a_cell_wrapped_in_lower_case_in_a_pdftotext_copy_still_goes_on_the_cell_above() -> None:
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "1", "Nâng cấp mạng nội bộ"]
    cells += ["tại trụ sở xã", "Văn phòng UBND xã", "Quý I/2027", "2", "Tập huấn", "Phòng Kinh tế", "Thường xuyên"]
    t = only("PHỤ LỤC\n" + "\n".join(cells) + "\n")
    assert [r.cells[1].text for r in t.rows if r.kind == "task"] == ["Nâng cấp mạng nội bộ tại trụ sở xã", "Tập huấn"]


def test_a_row_of_text_in_lower_case_under_the_header_is_no_part_of_it() -> None:
    t = only(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|  | lớp tập huấn | các xã |  |\n"
        "| 1 | Tập huấn | Sở Nội vụ | Quý I/2026 |\n"
    )
    assert t.header == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]


def test_a_long_text_copy_table_is_read_whole_and_its_rows_past_99_are_numbered() -> None:
    cells = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    for i in range(1, 181):  # (900 lines and more: past the lines read at first)
        cells += [str(i), f"Rà soát hồ sơ số {i}", "Sở Nội vụ" if i % 3 else "", "Công an tỉnh" if i % 2 else "", "Quý II/2026"]
    t = only("PHỤ LỤC\n" + "\n".join(cells) + "\nNơi nhận:\n- Lưu: VT.\n")
    tasks = [r for r in t.rows if r.kind == "task"]
    assert [r.label for r in tasks] == [str(i) for i in range(1, 181)]
    assert tasks[-1].cells[2].text == "Sở Nội vụ"  # (180: its lead merged down from 179)


def test_a_pipe_rows_number_of_three_figures_is_its_number() -> None:
    rows = "".join(f"| {i} | Việc {i} | Sở Y tế | Quý I/2026 |\n" for i in range(98, 102))
    t = only("| STT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n" + rows)
    assert [(r.kind, r.label) for r in t.rows[1:]] == [("task", "98"), ("task", "99"), ("task", "100"), ("task", "101")]


def test_a_grid_table_of_an_older_converter_prints_a_cell_merged_down_empty() -> None:
    t = only(
        "+-----+--------------------+-------------+-------------+\n"
        "| STT | Nhiệm vụ           | Chủ trì     | Thời hạn    |\n"
        "+=====+====================+=============+=============+\n"
        "| 1   | Rà soát quy hoạch  | Sở Xây dựng | Quý I/2026  |\n"
        "+-----+--------------------+-------------+-------------+\n"
        "| 2   | Cập nhật bản đồ số |             |             |\n"
        "+-----+--------------------+-------------+-------------+\n"
    )
    found = table_tasks([t], Header())
    assert [(d.section, d.due, [a.canonical for a in d.assignees]) for d in found.deadlines] == [
        ("1", "2026-03-31", ["Sở Xây dựng"]),
        ("2", "2026-03-31", ["Sở Xây dựng"]),
    ]


def test_a_web_pages_table_without_a_number_column_a_paragraph_a_cell() -> None:
    cells = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    cells += ["Kiện toàn Ban Chỉ huy", "Văn phòng UBND xã", " ", "Tháng 3/2026"]
    cells += ["Rà soát phương án sơ tán", "Ban Chỉ huy Quân sự xã", "Công an xã", "Trước 30/4/2026"]
    cells += ["Diễn tập ứng phó bão lũ", " ", "Các thôn", "Quý III/2026"]
    t = only("Phân công như sau:\n\n" + "\n\n".join(cells) + "\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác thôn thực hiện.\n")
    assert t.columns == ["task", "lead", "coordinate", "time"]
    # (a web page leaves a merged cell out: an empty cell there is empty)
    assert [[c.text for c in r.cells][1:] for r in t.rows if r.kind == "task"] == [
        ["Văn phòng UBND xã", "", "Tháng 3/2026"],
        ["Ban Chỉ huy Quân sự xã", "Công an xã", "Trước 30/4/2026"],
        ["", "Các thôn", "Quý III/2026"],
    ]


# (helper 54) a report's table captioned as the tasks overdue lists the work still owed: its past
# times are deadlines as assigned (the gold keeps overdue tasks); any other caption, or one that
# also names the work done, leaves a report's table as work reported on
@pytest.mark.parametrize(
    ("caption", "status", "due", "past"),
    [
        ("II. CÁC NHIỆM VỤ QUÁ HẠN", True, ["2026-03-31", "2026-11-30"], []),
        ("2. Danh mục nhiệm vụ chậm muộn, chưa hoàn thành", False, ["2026-03-31", "2026-11-30"], []),
        ("Các nhiệm vụ trễ hạn theo kết luận của Ban Chỉ đạo", True, ["2026-03-31", "2026-11-30"], []),
        ("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", True, [], ["report_status_table", "report_status_table"]),
        ("Đã hoàn thành 25/40 nhiệm vụ, quá hạn 5 nhiệm vụ, cụ thể:", True, [], ["report_status_table"] * 2),
        ("II. CÁC NHIỆM VỤ ĐÃ GIAO", False, ["2026-11-30"], ["report_past_time"]),
        ("Các văn bản hết hạn hiệu lực", False, ["2026-11-30"], ["report_past_time"]),
        (None, False, ["2026-11-30"], ["report_past_time"]),
    ],
)
def test_a_reports_table_of_overdue_tasks_keeps_its_deadlines(
    caption: str | None, status: bool, due: list[str], past: list[str]
) -> None:
    cols = {"status": " Tình trạng |", "rule": "---|", "done": " Chưa hoàn thành |", "todo": " Đang thực hiện |"}
    t = only(REPORT_TABLE.format(**(cols if status else dict.fromkeys(cols, ""))))
    captions = {t.line: caption} if caption is not None else {}
    found = table_tasks([t], Header(type="Báo cáo", date="2026-06-10"), captions)
    assert [d.due for d in found.deadlines] == due
    assert len(found.tasks) == 2
    assert [d.rule for d in found.past] == past
