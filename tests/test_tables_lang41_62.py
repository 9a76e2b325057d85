"""Round 41, helper 62: ``pdftotext -layout`` copies of appendix task tables whose cells are
centred vertically (Word's usual table, turned into PDF by LibreOffice): a short cell (the row's
number, "Sở Nội vụ", "Quý II/2027") on the middle line of its row, the longer cells wrapped over
the lines above and under it (and between them: the text layer sets each line at its own height);
a cell merged over two rows between them; the header centred as well, its short headings alone
on its middle line. Fixtures (our own wording): tests/fixtures/pdftotext_layout_centred_*_lang41_62.txt
-- merged cells with blank lines between rows, group rows, no rules and no blank lines, and a header
whose middle line names three columns."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from conftest import layout_line as _line
from ndq57.parse import tables

_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH LAM HÀ\nSố: 77/KH-UBND\nLam Hà, ngày 05 tháng 02 năm 2027\n\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm năm 2027\n\nI. NHIỆM VỤ\n\nCác cơ quan thực hiện theo Phụ lục kèm theo.\n\n"
    "CHỦ TỊCH\n\nTrần Văn Bình\n\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n"
)


# the header centred: "STT" and "Nội dung" alone on its middle line, the owner's and the time's
# headings wrapped around it
_HEADER = [
    _line((34, "Cơ quan"), (52, "Cơ quan phối"), (70, "Thời gian")),
    _line((0, "STT"), (6, "Nội dung")),
    _line((34, "chủ trì"), (52, "hợp"), (70, "hoàn thành")),
    "",
]


def _appendix(rows: list[str]) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    doc = ndq57.parse(_HEAD + "\n".join(_HEADER + rows) + "\n")
    return [
        (d.section, d.due, sorted((a.role, a.unit) for a in d.assignees))
        for d in doc.deadlines
        if (d.section or "").startswith("Phụ lục")
    ]


def test_rows_cut_where_centred_cells_put_them() -> None:
    # row 1: two lines of task, its number between them with the short cells; row 2: three
    # lines of task, its number on the middle one; no blank line between the rows
    got = _appendix(
        [
            _line((6, "Lập danh sách cơ sở")),
            _line((0, "1"), (34, "Sở Y tế"), (52, "UBND các xã"), (70, "Quý II/2027")),
            _line((6, "chế biến thực phẩm")),
            _line((6, "Kiểm tra an toàn"), (34, "Sở Công"), (70, "Trước ngày")),
            _line((0, "2"), (6, "thực phẩm tại các"), (52, "Công an tỉnh")),
            _line((6, "chợ đầu mối"), (34, "Thương"), (70, "30/8/2027")),
        ]
    )
    assert got == [
        ("Phụ lục.1", "2027-06-30", [("coordinate", "UBND các xã"), ("lead", "Sở Y tế")]),
        ("Phụ lục.2", "2027-08-30", [("coordinate", "Công an tỉnh"), ("lead", "Sở Công Thương")]),
    ]


def test_a_cell_between_two_numbers_is_merged_over_both_rows() -> None:
    # "Sở Y tế" merged over rows 1 and 2, centred between their numbers; the time of row 3
    # merged over rows 3 and 4, on a line between them
    got = _appendix(
        [
            _line((6, "Lập danh sách cơ sở")),
            _line((0, "1"), (52, "UBND các xã"), (70, "Quý II/2027")),
            _line((6, "chế biến thực phẩm")),
            _line((34, "Sở Y tế")),
            _line((6, "Tập huấn kiến thức")),
            _line((0, "2"), (52, "Các bệnh viện"), (70, "Quý III/2027")),
            _line((6, "cho người chế biến")),
            "",
            _line((6, "Kiểm tra bếp ăn")),
            _line((0, "3"), (34, "Sở Giáo dục"), (52, "Sở Y tế")),
            _line((6, "tập thể trường học"), (34, "và Đào tạo")),
            _line((70, "Tháng 9/2027")),
            _line((6, "Kiểm tra chợ"), (34, "Sở Công"), (52, "Công an tỉnh")),
            _line((0, "4"), (6, "đầu mối"), (34, "Thương")),
        ]
    )
    assert got == [
        ("Phụ lục.1", "2027-06-30", [("coordinate", "UBND các xã"), ("lead", "Sở Y tế")]),
        ("Phụ lục.2", "2027-09-30", [("coordinate", "Các bệnh viện"), ("lead", "Sở Y tế")]),
        ("Phụ lục.3", "2027-09-30", [("coordinate", "Sở Y tế"), ("lead", "Sở Giáo dục và Đào tạo")]),
        ("Phụ lục.4", "2027-09-30", [("coordinate", "Công an tỉnh"), ("lead", "Sở Công Thương")]),
    ]


def test_top_aligned_rows_stay_as_they_are() -> None:
    # each number on its task's first line (the form read before): the task's wrapped lines
    # stay with its row, none is moved up to centre on a number
    got = _appendix(
        [
            _line((0, "1"), (6, "Lập danh sách cơ sở"), (34, "Sở Y tế"), (52, "UBND các xã"), (70, "Quý II/2027")),
            _line((6, "chế biến thực phẩm")),
            _line((6, "trên địa bàn tỉnh")),
            _line((0, "2"), (6, "Kiểm tra chợ"), (34, "Sở Công"), (52, "Công an tỉnh"), (70, "Tháng 9/2027")),
            _line((6, "đầu mối"), (34, "Thương")),
        ]
    )
    assert got == [
        ("Phụ lục.1", "2027-06-30", [("coordinate", "UBND các xã"), ("lead", "Sở Y tế")]),
        ("Phụ lục.2", "2027-09-30", [("coordinate", "Công an tỉnh"), ("lead", "Sở Công Thương")]),
    ]
    doc = ndq57.parse(_HEAD + "\n".join(_HEADER) + "\n" + _line((0, "1"), (6, "Lập danh sách cơ sở")) + "\n")
    assert doc.tables and doc.tables[0].rows[-1].cells[1].text == "Lập danh sách cơ sở"


def test_the_body_after_a_centred_table_stays_the_body() -> None:
    # a heading in capitals and its paragraph under the table: no row's text, its date the
    # heading's deadline
    text = (
        _HEAD
        + "\n".join(
            [
                *_HEADER,
                _line((6, "Lập danh sách cơ sở")),
                _line((0, "1"), (34, "Sở Y tế"), (52, "UBND các xã"), (70, "Quý II/2027")),
                _line((6, "chế biến thực phẩm")),
                "",
                "II. TỔ CHỨC THỰC HIỆN",
                "",
                "Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2027.",
            ]
        )
        + "\n"
    )
    doc = ndq57.parse(text)
    assert [(d.section, d.due) for d in doc.deadlines] == [("Phụ lục.1", "2027-06-30"), ("Phụ lục.II", "2027-12-20")]
    assert [r.label for r in doc.tables[0].rows if r.kind == "task"] == ["1"]


def test_a_group_title_in_capitals_is_not_split_at_a_unit_word() -> None:
    # "VỤ" in "NHÓM NHIỆM VỤ" standing at a column's cut: the title is one group row, over a
    # row whose task's first line stands above its number (no body heading)
    rows = [
        _line((0, "I."), (6, "NHÓM NHIỆM VỤ VỀ KIỂM TRA, GIÁM SÁT")),
        "",
        _line((6, "Kiểm tra an toàn")),
        _line((0, "1"), (6, "thực phẩm tại các"), (34, "Sở Y tế"), (52, "Công an tỉnh"), (70, "Quý II/2027")),
        _line((6, "chợ đầu mối")),
    ]
    doc = ndq57.parse(_HEAD + "\n".join(_HEADER + rows) + "\n")
    groups = [r for r in doc.tables[0].rows if r.kind == "group"]
    assert [r.cells[1].text for r in groups] == ["NHÓM NHIỆM VỤ VỀ KIỂM TRA, GIÁM SÁT"]
    (d,) = [d for d in doc.deadlines if (d.section or "").startswith("Phụ lục")]
    assert sorted((a.role, a.unit) for a in d.assignees) == [("coordinate", "Công an tỉnh"), ("lead", "Sở Y tế")]
    assert d.task is not None and "Kiểm tra an toàn thực phẩm tại các chợ đầu mối" in d.task


def test_a_short_piece_at_the_margin_runs_over_no_column() -> None:
    # (a group's "A." at the margin: no place left of the first column is looked up)
    cuts = [0, 9, 26, 40, 10**6]

    def column(x: int) -> int:
        return max(k for k in range(len(cuts) - 1) if cuts[k] <= x)

    assert not tables._runs_over([(0, "A."), (9, "NHIỆM VỤ TRỌNG TÂM CỦA NĂM")], column)
    assert tables._runs_over([(9, "vực đất đai"), (26, "nghiệp và Môi")], column)


def _fixture(name: str) -> list[tuple[str | None, str | None, list[str]]]:
    doc = ndq57.parse((FIXTURES / f"pdftotext_layout_centred_{name}_lang41_62.txt").read_text(encoding="utf-8"))
    return [
        (d.section, d.due, [f"{a.role}:{a.unit}" for a in d.assignees])
        for d in doc.deadlines
        if (d.section or "").startswith("Phụ lục")
    ]


def test_merged_cells_fixture() -> None:
    got = _fixture("merged")
    assert [g[0] for g in got] == [f"Phụ lục.{k}" for k in range(1, 7)]
    # the lead merged over rows 1 and 2, and over rows 5 and 6; the time over rows 3 and 4
    assert got[1][2][0] == got[0][2][0] == "lead:Sở Nông nghiệp và Môi trường"
    assert got[5][2][0] == got[4][2][0] == "lead:UBND các xã, phường"
    assert got[2][1] == got[3][1] == "2027-04-30"
    assert got[3][2] == ["lead:Sở Nội vụ", "coordinate:Các cơ quan, đơn vị"]


def test_no_rules_no_blank_lines_fixture() -> None:
    assert _fixture("norules") == _fixture("merged")


def test_group_rows_fixture() -> None:
    got = _fixture("groups")
    assert [g[0] for g in got] == ["Phụ lục.I.1", "Phụ lục.I.2", "Phụ lục.I.3"] + [
        f"Phụ lục.II.{k}" for k in range(4, 8)
    ]
    assert got[2][2] == ["lead:Sở Nội vụ", "coordinate:Trung tâm Phục vụ hành chính công tỉnh"]


def test_header_middle_line_of_three_columns_fixture() -> None:
    got = _fixture("head")
    assert [(g[0], g[2]) for g in got] == [
        ("Phụ lục.1", ["lead:Chi cục Kiểm lâm"]),
        ("Phụ lục.2", ["lead:Sở Nông nghiệp và Môi trường"]),
        ("Phụ lục.3", ["lead:Sở Văn hóa, Thể thao và Du lịch"]),
        ("Phụ lục.4", ["lead:Chi cục Kiểm lâm"]),
        ("Phụ lục.5", ["lead:Sở Nông nghiệp và Môi trường"]),
    ]
    assert got[4][1] == "2027-12-20"  # (the time glued one blank after the lead's line, split off)


def test_a_rows_last_words_alone_on_the_next_page_fixture() -> None:
    # group rows, merged cells, and the last row's last words ("liên quan") printed alone at the
    # next page's margin: the row keeps its number and its section, the words left out
    got = _fixture("pages")
    assert [g[0] for g in got] == [f"Phụ lục.I.{k}" for k in range(1, 5)] + [f"Phụ lục.II.{k}" for k in range(5, 9)]
    assert got[1][2][0] == got[0][2][0] == "lead:Sở Nông nghiệp và Môi trường"
    assert got[7][1:] == ("2027-12-31", ["lead:Sở Tài chính", "coordinate:Các cơ quan"])
