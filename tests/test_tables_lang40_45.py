"""Round 40 (helper 45): appendix task tables as text exports write them.

* a markdown pipe table printed a table a page (a converter of a PDF): the rows go on after the
  page's number, past the header printed again, and the first row after the break with no number
  and no time is the rest of the row the break cut;
* a ``pdftotext -layout`` table whose groups are numbered in arabic figures and written in small
  letters across the columns ("1. Rà soát, đơn giản hóa thủ tục"), its rows numbered as their
  parts ("1.1", "1.2"): group rows, not the end of the table;
* a table printed a cell a line whose owner heading stands right before its parts ("Đơn vị thực
  hiện", "Chủ trì", "Phối hợp"): the heading over its parts is no column of its own.
"""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_HEAD = (
    "UBND TỈNH HÀ SƠN\nSỞ NỘI VỤ\nSố: 90/KH-SNV\nHà Sơn, ngày 07 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
    "Đào tạo công chức năm 2027\n\nI. NHIỆM VỤ\n\nCác phòng thực hiện theo Phụ lục kèm theo.\n\n"
    "GIÁM ĐỐC\n\nLê Văn An\n\nPHỤ LỤC I\n\nDANH MỤC NHIỆM VỤ\n\n"
)
_PIPE_HEAD = "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"


def _deadlines(doc: ndq57.Document) -> list[tuple[str | None, str | None, str]]:
    return [(d.section, d.due, d.task) for d in doc.deadlines]


def test_pipe_table_over_pages_fixture() -> None:
    doc = ndq57.parse((FIXTURES / "pipe_kh_table_pages_lang40_45.txt").read_text(encoding="utf-8"))
    assert len(doc.tables) == 1
    got = _deadlines(doc)
    assert [g[0] for g in got] == [
        "Phụ lục I.I.1",
        "Phụ lục I.I.2",
        "Phụ lục I.I.3",
        "Phụ lục I.II.1",
        "Phụ lục I.II.2",
        "Phụ lục I.II.3",
        "Phụ lục I.II.4",
    ]
    # (the row cut by the page break is whole: "… trẻ em dưới" / "6 tuổi")
    assert got[4][2].endswith("trẻ em dưới 6 tuổi")
    # (the last row's time cell is empty: a task with no deadline)
    assert not any(d.section == "Phụ lục I.II.5" for d in doc.deadlines)


def test_pipe_rows_go_on_after_a_page_number_without_the_header() -> None:
    text = _HEAD + _PIPE_HEAD + (
        "| I | ĐÀO TẠO | | | |\n"
        "| 1 | Mở lớp bồi dưỡng kỹ năng số | Phòng Công chức | Các sở, ngành | Quý II/2027 |\n"
        "\n- 2 -\n\n"
        "| 2 | Cử công chức dự đào tạo chuyên sâu | Phòng Công chức | UBND các xã | Tháng 9/2027 |\n"
    )
    doc = ndq57.parse(text)
    assert [(s, d) for s, d, _ in _deadlines(doc)] == [
        ("Phụ lục I.I.1", "2027-06-30"),
        ("Phụ lục I.I.2", "2027-09-30"),
    ]


def test_a_row_with_its_own_time_after_a_page_break_stays_a_row() -> None:
    # (a step under a number merged down over the page break: its time cell is its own)
    text = _HEAD + _PIPE_HEAD + (
        "| 1 | Mở lớp bồi dưỡng kỹ năng số | Phòng Công chức | Các sở, ngành | Quý II/2027 |\n"
        "\n2\n\n"
        "| | Đánh giá kết quả bồi dưỡng | Phòng Công chức | | Quý IV/2027 |\n"
    )
    doc = ndq57.parse(text)
    assert [d.due for d in doc.deadlines] == ["2027-06-30", "2027-12-31"]
    assert doc.deadlines[0].task == "Mở lớp bồi dưỡng kỹ năng số"


def test_another_table_after_a_page_number_is_its_own() -> None:
    # (negative: the next page opens a table with a header of its own, not the header again)
    text = _HEAD + _PIPE_HEAD + (
        "| 1 | Mở lớp bồi dưỡng kỹ năng số | Phòng Công chức | Các sở, ngành | Quý II/2027 |\n"
        "\n2\n\n"
        "| STT | Họ và tên | Chức vụ | Nhiệm vụ | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Nguyễn Văn Bình | Phó Giám đốc | Trưởng ban | 2027 |\n"
    )
    doc = ndq57.parse(text)
    assert len(doc.tables) == 2
    assert doc.tables[1].header[1] == "Họ và tên"
    assert [d.due for d in doc.deadlines] == ["2027-06-30"]


def test_text_after_a_page_number_ends_the_table() -> None:
    text = _HEAD + _PIPE_HEAD + (
        "| 1 | Mở lớp bồi dưỡng kỹ năng số | Phòng Công chức | Các sở, ngành | Quý II/2027 |\n"
        "\n2\n\nPHỤ LỤC II\n\n"
    )
    doc = ndq57.parse(text)
    assert len(doc.tables) == 1 and doc.tables[0].end_line < text.split("\n").index("PHỤ LỤC II") + 1
    assert [d.due for d in doc.deadlines] == ["2027-06-30"]


def test_layout_groups_numbered_in_arabic_figures_fixture() -> None:
    doc = ndq57.parse((FIXTURES / "pdftotext_layout_kh_decimal_groups_lang40_45.txt").read_text(encoding="utf-8"))
    table = doc.tables[0]
    assert [(r.kind, r.path) for r in table.rows if r.kind in ("group", "task")] == [
        ("group", "1"),
        ("task", "1.1"),
        ("task", "1.2"),
        ("group", "2"),
        ("task", "2.1"),
        ("task", "2.2"),
        ("task", "2.3"),
    ]
    got = _deadlines(doc)
    assert [g[1] for g in got] == ["2027-03-31", "2027-05-31", "2027-03-31", None, None]
    assert got[2][2] == "Bố trí công chức làm việc tại Bộ phận một cửa"
    assert [(a.unit, a.role) for a in doc.deadlines[2].assignees] == [
        ("Phòng Văn hóa - Xã hội", "lead"),
        ("Văn phòng HĐND và UBND xã", "coordinate"),
    ]


def test_a_decimal_heading_over_a_plain_row_is_no_group() -> None:
    # (negative: "2. Nâng cao chất lượng …" across the columns over a row numbered "1", not "2.1":
    # nothing tells a group from the body's next item; the rows above stay read as they were)
    text = (FIXTURES / "pdftotext_layout_kh_decimal_groups_lang40_45.txt").read_text(encoding="utf-8")
    text = text.replace("2.1    Bố trí", "1      Bố trí")
    doc = ndq57.parse(text)
    assert [d.section for d in doc.deadlines][:2] == ["Phụ lục.1.1", "Phụ lục.1.2"]
    assert all(d.section != "Phụ lục.2.1" for d in doc.deadlines)


def test_owner_heading_before_its_parts_fixture() -> None:
    doc = ndq57.parse((FIXTURES / "web_cells_owner_parts_in_place_lang40_45.txt").read_text(encoding="utf-8"))
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time", "product"]
    got = [(d.section, d.due, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]
    assert got[1] == (
        "Phụ lục I.I.2",
        "2027-11-30",
        [
            ("Cục Thương mại điện tử và Kinh tế số", "lead"),
            ("Vụ Pháp chế", "coordinate"),
            ("Cục Cạnh tranh và Bảo vệ người tiêu dùng", "coordinate"),
        ],
    )
    assert [g[0] for g in got] == ["Phụ lục I.I.1", "Phụ lục I.I.2", "Phụ lục I.II.1", "Phụ lục I.II.2"]


def test_owner_headings_without_a_heading_over_them_stay() -> None:
    # (negative: "Cơ quan chủ trì", "Cơ quan phối hợp" with no heading over them: both columns)
    text = (FIXTURES / "web_cells_owner_parts_in_place_lang40_45.txt").read_text(encoding="utf-8")
    text = text.replace("Đơn vị thực hiện\nChủ trì\nPhối hợp\n", "Cơ quan chủ trì\nCơ quan phối hợp\n")
    doc = ndq57.parse(text)
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time", "product"]
    assert [d.due for d in doc.deadlines] == ["2027-09-30", "2027-11-30", "2027-09-30", None]


def test_cells_a_paragraph_over_a_page_number_fixture() -> None:
    # (pdftotext without -layout: the page's number "2", then the form feed glued to the next
    # row's number "\f4" -- two paragraphs, the number of the page left out; the text's last page
    # number "3" after the last row is no row)
    doc = ndq57.parse((FIXTURES / "pdftotext_kh_cells_page_number_lang40_45.txt").read_text(encoding="utf-8"))
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time", "product"]
    got = [(d.section, d.due, d.task, [a.unit for a in d.assignees]) for d in doc.deadlines]
    assert [g[0] for g in got] == [
        "Phụ lục.I.1",
        "Phụ lục.I.2",
        "Phụ lục.I.3",
        "Phụ lục.I.4",
        "Phụ lục.II.1",
        "Phụ lục.II.2",
    ]
    assert got[2] == (
        "Phụ lục.I.3",
        "2028-12-31",
        "Hỗ trợ hộ dân cải tạo nhà ở làm homestay",
        ["UBND các xã", "Ngân hàng Chính sách xã hội tỉnh"],
    )
    assert got[3][2] == "Đào tạo kỹ năng phục vụ khách cho người dân"


def test_a_last_row_with_its_cells_stays() -> None:
    # (negative: only a number alone after the last row is the page's; a row with cells stays)
    text = (FIXTURES / "pdftotext_kh_cells_page_number_lang40_45.txt").read_text(encoding="utf-8")
    text = text.replace("\n\n3\n", "\n\n3\n\nĐón đoàn khảo sát\n\nUBND các xã\n\nSở Tài chính\n\nTháng 10/2027\n\nBáo cáo\n")
    doc = ndq57.parse(text)
    assert [(d.section, d.due) for d in doc.deadlines][-2:] == [("Phụ lục.II.2", "2027-09-30"), ("Phụ lục.II.3", "2027-10-31")]


def test_layout_owner_heading_centred_over_its_parts_fixture() -> None:
    # ("Đơn vị thực hiện" printed over the gutter between "Chủ trì" and "Phối hợp": the lead
    # column starts at "Chủ trì", left of the heading; the header printed again after the page break)
    doc = ndq57.parse(
        (FIXTURES / "pdftotext_layout_hu_owner_parts_centred_lang40_45.txt").read_text(encoding="utf-8")
    )
    assert doc.tables[0].columns == ["index", "task", "lead", "coordinate", "time", "product"]
    got = [(d.section, d.due, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]
    assert [g[0] for g in got] == ["Phụ lục.I.1", "Phụ lục.I.2", "Phụ lục.I.3", "Phụ lục.II.1", "Phụ lục.II.2"]
    assert got[0][2] == [("Văn phòng Huyện ủy", "lead"), ("Trung tâm Văn hóa - Thông tin huyện", "coordinate")]
    assert got[4] == (
        "Phụ lục.II.2",
        "2028-12-31",
        [("Ban Tuyên giáo Huyện ủy", "lead"), ("Công an huyện", "coordinate")],
    )


def test_layout_owner_heading_over_one_column_stays() -> None:
    # (negative: a line under the header with one owner word only is no pair of parts)
    text = (FIXTURES / "pdftotext_layout_hu_owner_parts_centred_lang40_45.txt").read_text(encoding="utf-8")
    text = text.replace("Phối hợp                  hoàn thành", "                          hoàn thành")
    doc = ndq57.parse(text)
    assert "coordinate" not in doc.tables[0].columns


_CELLS_TIME_PARTS = (
    "BỘ CÔNG THƯƠNG\nSố: 1451/KH-BCT\nHà Nội, ngày 14 tháng 12 năm 2026\nKẾ HOẠCH\nKiểm tra thị trường năm 2027\n"
    "I. NHIỆM VỤ\nCác đơn vị thực hiện nhiệm vụ tại Phụ lục.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Hoàng Long\n"
    "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n"
    "TT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\nBắt đầu\nHoàn thành\nSản phẩm\n"
    "1\nKiểm tra hàng hóa nhập khẩu\nCục Quản lý thị trường\nCục Xuất nhập khẩu\nTháng 1/2027\n4/2027\nBáo cáo\n"
    "2\nKiểm tra kinh doanh xăng dầu\nCục Quản lý thị trường\nVụ Thị trường trong nước\nQuý II/2027\n2027\nBáo cáo\n"
    "3\nTổng kết công tác kiểm tra\nVăn phòng Bộ\nCác đơn vị thuộc Bộ\nTháng 11/2027\nTháng 12/2027\nBáo cáo tổng kết\n"
)


def test_cells_time_heading_before_its_parts() -> None:
    # ("Thời gian thực hiện", then "Bắt đầu", "Hoàn thành" right after it: the end is the deadline,
    # the start no deadline, the product no owner)
    doc = ndq57.parse(_CELLS_TIME_PARTS)
    got = [(d.section, d.phrase, d.due, [(a.unit, a.role) for a in d.assignees]) for d in doc.deadlines]
    assert got == [
        ("Phụ lục I.1", "4/2027", "2027-04-30", [("Cục Quản lý thị trường", "lead"), ("Cục Xuất nhập khẩu", "coordinate")]),
        ("Phụ lục I.2", "2027", "2027-12-31", [("Cục Quản lý thị trường", "lead"), ("Vụ Thị trường trong nước", "coordinate")]),
        ("Phụ lục I.3", "Tháng 12/2027", "2027-12-31", [("Văn phòng Bộ", "lead"), ("Các đơn vị thuộc Bộ", "coordinate")]),
    ]
