"""Round 31, helper 155: ``pdftotext -layout`` copies of a plan's task table printed by LibreOffice
(tests/pdftotext_lang31_build.py): header words wrapped and glued in narrow columns, row numbers
glued to the task, a short name centred a few places left of its column, columns that the header's
page and the next pages place apart, footnotes printed among the table's rows (their wrapped lines
back at the margin), a lead's name glued after the task over a next line with fewer pieces.
Fixture: tests/fixtures/pdftotext_layout_plan_cells_lang31.txt (our own wording)."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.model import Table
from ndq57.parse import tables
from ndq57.parse.layout import _CELL_MARK, Line

PLAN = (FIXTURES / "pdftotext_layout_plan_cells_lang31.txt").read_text(encoding="utf-8")
CUTS = [0, 9, 39, 55, 76, 10**6]


def _column(x: int) -> int:
    return max(k for k in range(len(CUTS) - 1) if CUTS[k] <= x)


def _owners(d: ndq57.model.Deadline) -> list[tuple[str, str]]:
    return sorted((a.role, a.unit) for a in d.assignees)


def test_the_plan_table_is_read_across_its_pages() -> None:
    doc = ndq57.parse(PLAN)
    got = {d.section: (d.due, _owners(d)) for d in doc.deadlines}
    assert got["II.I.1"] == (
        "2026-06-30",
        [("coordinate", "Sở Tài chính"), ("coordinate", "Sở Tư pháp"), ("lead", "Phòng Quản lý Công nghệ và Thị trường")],
    )
    assert got["II.I.2"] == ("2026-09-30", [("coordinate", "Hiệp hội Doanh nghiệp tỉnh"), ("lead", "Văn phòng Sở")])
    assert got["II.II.4"] == (
        "2026-11-30",
        [("coordinate", "Các sở, ban, ngành"), ("lead", "Trung tâm Thông tin và Thống kê KH&CN")],
    )
    assert got["II.II.5"][1] == [
        ("coordinate", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        ("lead", "Phòng Kế hoạch - Tài chính"),
    ]
    assert got["II.III.7"][1] == [
        ("coordinate", "Sở Công Thương"),
        ("coordinate", "Sở Nông nghiệp và Môi trường"),
        ("lead", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
    ]
    assert got["II.IV.9"] == (
        "2026-12-31",
        [("coordinate", "Phòng Quản lý Công nghệ và Thị trường"), ("lead", "Thanh tra Sở")],
    )
    assert got["III"][0] == "2026-12-05"
    # dates cut inside their year in the narrow time cells ("30/9/20" / "26")
    assert got["II.II.3"][0] == "2026-09-30"
    assert got["II.III.6"][0] == "2026-10-15"
    assert ("coordinate", "Ban Quản lý các Khu công nghiệp") in got["II.III.6"][1]


def test_footnotes_among_the_rows_stay_the_body_s() -> None:
    doc = ndq57.parse(PLAN)
    assert [(f.mark, f.body.split()[0]) for f in doc.footnotes] == [("1", "Quyết"), ("2", "Theo"), ("3", "Danh")]
    # the body's wrapped line at the margin is the note's
    assert doc.footnotes[0].body.endswith("doanh nghiệp chuyển đổi số.")
    # no note's words in a row
    assert not any("Cục Thống kê" in t.text or "thẩm định" in t.text for t in doc.tasks)
    (table,) = doc.tables
    assert table.page_lines is not None and 38 in table.page_lines and 84 in table.page_lines


def test_header_words_wrapped_and_glued() -> None:
    lines = [
        "TT              Nội dung               Cơ quan chủ Cơ quan phối               Thời",
        "                                           trì         hợp                    gian",
    ]
    got = tables._wrapped_head(lines, 0, tables._fragments(lines[0]), [False, False])
    assert got == [(0, "TT"), (16, "Nội dung"), (39, "Cơ quan chủ"), (55, "Cơ quan phối"), (78, "Thời")]
    # a line of data under it (figures): no header's wrapped words
    lines[1] = "    1    Lập kế hoạch                          2026        2027"
    assert tables._wrapped_head(lines, 0, tables._fragments(lines[0]), [False, False]) is None
    # words under it that name no columns with the pieces: no header
    lines = ["Nguyễn Văn An        Trần Thị Bình        Lê Văn Cường", "  trưởng phòng         phó phòng"]
    assert tables._wrapped_head(lines, 0, tables._fragments(lines[0]), [False, False]) is None


def test_number_glued_to_the_task() -> None:
    frags = [(4, "10 Sơ kết, đánh giá kết quả"), (40, "Văn phòng Sở"), (56, "Các phòng,")]
    assert tables._number_glued(frags, 9) == [(4, "10"), (9, "Sơ kết, đánh giá kết quả"), *frags[1:]]
    # a group's title alone on its line: a bare number only ("III. TỔ CHỨC ..." is a heading)
    assert tables._number_glued([(0, "III Hỗ trợ doanh nghiệp")], 9) == [(0, "III"), (9, "Hỗ trợ doanh nghiệp")]
    assert tables._number_glued([(0, "III. TỔ CHỨC THỰC HIỆN")], 9) == [(0, "III. TỔ CHỨC THỰC HIỆN")]
    # a task's line that starts with a figure, in the task's column: the task's
    assert tables._number_glued([(9, "2015 đến nay"), (41, "KH&CN")], 9) == [(9, "2015 đến nay"), (41, "KH&CN")]


def test_a_short_cell_a_few_places_left_of_its_cut() -> None:
    frags = [(4, "3"), (9, "Kết nối nền tảng số dùng"), (36, "Trung tâm"), (56, "Công an tỉnh;"), (76, "Trước")]
    assert tables._snapped(frags, CUTS, _column)[2] == (39, "Trung tâm")
    # mostly left of the cut: the piece stays (the task's words)
    frags[2] = (33, "của tỉnh")
    assert tables._snapped(frags, CUTS, _column)[2] == (33, "của tỉnh")


def _placed(*pieces: tuple[int, str]) -> str:
    line = ""
    for at, text in pieces:
        line = line.ljust(at) + text
    return line


def test_first_cut_right_of_the_row_numbers() -> None:
    # "10" glued to its task, the task's next line pulled left of the others: the rows' numbers
    # (most of them at one place) stay in the first column
    lines = [
        _placed((0, "TT"), (16, "Nội dung"), (38, "Chủ trì"), (52, "Phối hợp"), (68, "Thời hạn")),
        _placed((4, "9"), (9, "Kiểm tra việc thực hiện"), (38, "Thanh tra Sở"), (53, "Công an tỉnh"), (68, "Quý IV/2026")),
        _placed((9, "tại các xã"), (53, "Sở Y tế")),
        _placed((4, "10 Sơ kết, đánh giá kết quả"), (38, "Văn phòng Sở"), (53, "Các phòng"), (68, "Trước ngày")),
        _placed((7, "thực hiện Kế hoạch"), (53, "thuộc Sở"), (68, "20/12/2026")),
        _placed((4, "11"), (9, "Tổng kết năm"), (38, "Văn phòng Sở"), (53, "Các phòng"), (68, "Tháng 12/2026")),
    ]
    assert tables._layout_cuts(lines, 0, tables._fragments(lines[0])) == [0, 7, 38, 52, 68, 10**6]


def test_masked_table_keeps_its_page_lines() -> None:
    lines = [Line(n, f"dòng {n}") for n in range(1, 8)]
    table = Table("tb1", "layout", 2, 6, ["index", "task"], ["TT", "Nội dung"], page_lines=[4, 5])
    out, inside = tables.mask_tables(lines, [table])
    assert inside == [table]
    assert [(ln.no, ln.kind) for ln in out] == [(1, "text"), (2, "table"), (4, "text"), (5, "text"), (7, "text")]


def test_inner_capitals_of_a_glued_name_stay_with_it() -> None:
    cuts = [0, 9, 40, 58, 76, 10**6]
    task = "Tổ chức tập huấn cho cán bộ Phòng Quản lý Công nghệ"
    got = tables._glued_cells([(4, "1"), (9, task), (60, "Sở Tài chính"), (76, "Tháng 6/2026")], cuts)
    assert got[1:3] == [(9, "Tổ chức tập huấn cho cán bộ"), (40, "Phòng Quản lý Công nghệ")]
    # a second unit's name glued after the lead's: the support's
    task = "Tổ chức tập huấn cho cán bộ Phòng Quản lý Sở Tài chính"
    got = tables._glued_cells([(4, "1"), (9, task), (76, "Tháng 6/2026")], cuts)
    assert got[1:4] == [(9, "Tổ chức tập huấn cho cán bộ"), (40, "Phòng Quản lý"), (58, "Sở Tài chính")]
    # two pieces: the support's name and the time glued in the second
    got = tables._glued_cells([(9, "chính sách hỗ trợ doanh"), (54, "Doanh nghiệp III/2026")], [0, 7, 39, 54, 69, 10**6])
    assert got == [(9, "chính sách hỗ trợ doanh"), (54, "Doanh nghiệp"), (69, "III/2026")]


def test_a_date_cut_inside_its_year() -> None:
    assert tables._date_rest([(5, "Trước"), (6, "ngày"), (7, "30/9/20"), (8, "26")]) == [
        (5, "Trước"),
        (6, "ngày"),
        (7, "30/9/2026"),
    ]
    assert tables._date_rest([(7, "15/10/202"), (8, "6")]) == [(7, "15/10/2026")]
    # a year whole already, or figures that make no four-figure year: as they are
    assert tables._date_rest([(7, "30/9/2026"), (8, "05")]) == [(7, "30/9/2026"), (8, "05")]
    assert tables._date_rest([(7, "30/9/20"), (8, "2026")]) == [(7, "30/9/20"), (8, "2026")]


def test_a_mark_raised_off_its_cell_at_a_page_foot() -> None:
    # the appendix in a landscape page: the mark "3" of row 7's task printed as a piece of its
    # own between the columns, its note alone at the page's foot under blank lines
    doc = ndq57.parse((FIXTURES / "pdftotext_layout_plan_appendix_lang31.txt").read_text(encoding="utf-8"))
    assert [(f.mark, f.body.split()[0]) for f in doc.footnotes] == [("1", "Quyết"), ("2", "Theo"), ("3", "Danh")]
    got = {d.section: (d.due, _owners(d)) for d in doc.deadlines}
    assert len([s for s in got if s.startswith("Phụ lục.")]) == 10
    assert got["Phụ lục.III.6"] == (
        "2026-10-15",
        [
            ("coordinate", "Ban Quản lý các Khu công nghiệp"),
            ("coordinate", "Liên minh Hợp tác xã tỉnh"),
            ("lead", "Trung tâm Đổi mới sáng tạo"),
        ],
    )
    assert got["Phụ lục.IV.10"] == ("2026-12-20", [("coordinate", "Các phòng, đơn vị thuộc Sở"), ("lead", "Văn phòng Sở")])


def test_a_lone_number_between_columns_is_a_mark_not_a_row_number() -> None:
    page = "\n".join(
        [
            "     7    Hỗ trợ 30 doanh nghiệp             Chi cục Tiêu chuẩn",
            "                                     3    Đo lường Chất lượng",
            "    10    Sơ kết, đánh giá kết quả           Văn phòng Sở",
        ]
    )
    assert [m.group(1) for m in _CELL_MARK.finditer(page)] == ["3"]


def test_row_gutters_keep_a_name_s_inner_capitals() -> None:
    cuts = [0, 6, 40, 60, 80, 10**6]

    def column(x: int) -> int:
        return max(k for k in range(len(cuts) - 1) if cuts[k] <= x)

    lines = [
        _placed((2, "2"), (6, "Rà soát quy hoạch các khu chức Phòng Quản lý Công nghệ Sở Xây dựng"), (80, "Quý II/2027")),
        _placed((6, "năng đô thị"), (36, "và Thị trường"), (56, "tỉnh")),
    ]
    line, below = tables._row_gutters(lines, 0, cuts, column) or ([], [])
    assert line[1:4] == [(6, "Rà soát quy hoạch các khu chức"), (40, "Phòng Quản lý Công nghệ"), (60, "Sở Xây dựng")]
    assert below == [(6, "năng đô thị"), (40, "và Thị trường"), (60, "tỉnh")]
