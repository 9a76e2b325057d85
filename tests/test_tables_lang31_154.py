"""Tables a text export prints one cell a paragraph with a blank line after each cell and another
after each row (two blank lines between rows: docx2txt-like tools, Word's "Save as text", a copy
from a word processor pasted into a plain-text editor): the rows set apart, a cell of several
paragraphs spread over its columns, an appendix after a sign-off with no signer's name. Ordinary
double-spaced prose (items, a Nơi nhận list, a signer block) stays text."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57 import parse
from ndq57.parse.tables import find_tables
from tables_support import deadline_facts


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _roles(deadline_owners: list, role: str) -> list[str]:
    return [a.unit for a in deadline_owners if a.role == role]


def test_numbered_table_with_rows_apart() -> None:
    doc = parse(_read("rows_apart_kh_so_lang31.txt"))
    facts = deadline_facts(doc.deadlines)
    assert facts == {
        ("2026-09-30", "II.I.1"): {"Văn phòng Đăng ký đất đai"},
        ("2026-10-31", "II.I.2"): {"Văn phòng Đăng ký đất đai"},
        ("", "II.I.3"): {"Trung tâm Phát triển quỹ đất"},
        ("2026-11-15", "II.II.4"): {"Phòng Tài nguyên nước"},
        ("2026-12-10", "II.II.5"): {"Văn phòng Sở"},
    }
    by_section = {d.section: d for d in doc.deadlines}
    # a coordinating cell of two paragraphs: both units support, none leads
    assert _roles(by_section["II.I.2"].assignees, "coordinate") == [
        "Trung tâm Công nghệ thông tin",
        "Phòng Quản lý đất đai",
    ]
    assert by_section["II.I.3"].kind == "vague"
    assert by_section["II.II.5"].phrase == "Trước ngày 10/12/2026"


def test_rows_apart_task_of_two_paragraphs_and_last_row_note() -> None:
    table = find_tables(_read("rows_apart_kh_so_lang31.txt"))[0]
    tasks = [r for r in table.rows if r.kind == "task"]
    assert [r.label for r in tasks] == ["1", "2", "3", "4", "5"]
    assert tasks[1].cells[1].text.startswith("Quét, nhập dữ liệu")
    assert "Đối soát dữ liệu" in tasks[1].cells[1].text
    assert tasks[1].cells[2].text == "Văn phòng Đăng ký đất đai"
    # the last row ends with its time cell's two paragraphs, not with the heading after the table
    assert tasks[4].cells[4].text.split("\n") == ["Trước ngày 10/12/2026", "(báo cáo năm)"]


def test_unnumbered_appendix_table_with_blanks_in_blank_lines() -> None:
    doc = parse(_read("rows_apart_party_appendix_lang31.txt"))
    table_deadlines = [d for d in doc.deadlines if (d.section or "").startswith("Phụ lục")]
    got = [(d.due, d.section, _roles(d.assignees, "lead"), _roles(d.assignees, "coordinate")) for d in table_deadlines]
    assert got == [
        ("2026-09-30", "Phụ lục.A", ["Ủy ban nhân dân xã"], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]),
        ("2026-10-31", "Phụ lục.A", ["Ủy ban nhân dân xã"], ["Công an xã", "Văn phòng Đảng ủy"]),
        (None, "Phụ lục.B", ["Hội Nông dân xã"], ["Các chi bộ thôn"]),
        (
            "2026-11-15",
            "Phụ lục.B",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
            ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
        ),
    ]


def test_appendix_after_unsigned_signoff() -> None:
    doc = parse(_read("rows_apart_unsigned_draft_lang31.txt"))
    assert doc.document.signer is None
    got = {
        d.section: (d.due, _roles(d.assignees, "lead"), _roles(d.assignees, "coordinate"))
        for d in doc.deadlines
        if (d.section or "").startswith("Phụ lục")
    }
    assert got == {
        "Phụ lục.1": ("2026-07-31", ["Văn phòng HĐND và UBND phường"], ["Công an phường"]),
        # a task of two paragraphs, the lead's cell a unit whose head is no State unit's ("Tổ")
        "Phụ lục.2": ("2026-09-30", ["Tổ dân phố"], ["Ban Chỉ huy quân sự phường", "Trạm Y tế phường"]),
        "Phụ lục.3": ("2026-08-31", ["Ban Chỉ huy quân sự phường"], ["Các tổ dân phố"]),
        "Phụ lục.4": (None, ["Các trường học trên địa bàn"], ["Đoàn Thanh niên phường"]),
    }


_UNNUMBERED = [
    ["Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["Rà soát hồ sơ người có công trên địa bàn", "Phòng Văn hóa - Xã hội", "Công an xã", "Tháng 5/2027"],
    [
        "Chi trả trợ cấp qua tài khoản ngân hàng",
        "Phòng Kinh tế",
        "Bưu điện xã\n\nNgân hàng Chính sách xã hội",
        "Quý II/2027",
    ],
    ["Thăm, tặng quà gia đình chính sách", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các thôn", "Thường xuyên"],
]


def _apart(rows: list[list[str]], before: str = "Các đơn vị thực hiện:\n\n", after: str = "") -> str:
    return before + "\n\n\n".join("\n\n".join(r) for r in rows) + after


def test_unnumbered_rows_apart_cell_of_two_paragraphs() -> None:
    tables = find_tables(_apart(_UNNUMBERED, after="\n\n\nIII. TỔ CHỨC THỰC HIỆN\n"))
    assert len(tables) == 1
    rows = [[c.text for c in r.cells] for r in tables[0].rows if r.kind == "task"]
    assert [r[3] for r in rows] == ["Tháng 5/2027", "Quý II/2027", "Thường xuyên"]
    assert rows[1][1:3] == ["Phòng Kinh tế", "Bưu điện xã\nNgân hàng Chính sách xã hội"]


def test_numbered_rows_apart_multi_paragraph_cells() -> None:
    rows = [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
        ["1", "Khảo sát nhu cầu học nghề", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Tháng 3/2027"],
        [
            "2",
            "Mở lớp dạy nghề",
            "Phòng Kinh tế",
            "Hội Nông dân xã\n\nHội Liên hiệp Phụ nữ xã",
            "Quý II/2027\n\n(đợt 1)",
        ],
        ["3", "Đánh giá kết quả", "Phòng Kinh tế", "Các thôn", "Trước ngày 30/11/2027"],
    ]
    table = find_tables(_apart(rows))[0]
    got = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert got[1] == [
        "2",
        "Mở lớp dạy nghề",
        "Phòng Kinh tế",
        "Hội Nông dân xã\nHội Liên hiệp Phụ nữ xã",
        "Quý II/2027\n(đợt 1)",
    ]
    assert [r[4] for r in got] == ["Tháng 3/2027", "Quý II/2027\n(đợt 1)", "Trước ngày 30/11/2027"]


def test_web_copy_empty_cell_still_an_empty_cell() -> None:
    # a web page's copy: one blank line between every cell, an empty cell a line of blanks
    cells = [
        "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
        "1", "Lập danh sách hộ nghèo", "Phòng Văn hóa - Xã hội", "   ", "Tháng 6/2027",
        "2", "Cấp thẻ bảo hiểm y tế", "Bảo hiểm xã hội khu vực", "Các thôn", "Tháng 7/2027",
        "3", "Tổng kết năm", "Phòng Văn hóa - Xã hội", "   ", "Tháng 12/2027",
    ]  # fmt: skip
    table = find_tables("\n\n".join(cells) + "\n")[0]
    got = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert [r[3:] for r in got] == [["", "Tháng 6/2027"], ["Các thôn", "Tháng 7/2027"], ["", "Tháng 12/2027"]]


def test_word_copy_rows_apart_empty_cells() -> None:
    # empty cells printed as empty lines (three blank lines; four at a row's end), rows two apart
    doc = parse(_read("rows_apart_empty_cells_lang31.txt"))
    got = {
        d.section: (d.due, _roles(d.assignees, "lead"), _roles(d.assignees, "coordinate"))
        for d in doc.deadlines
        if d.section != "III"
    }
    assert got == {
        "II.1": ("2026-10-31", ["Tổ Văn phòng"], []),
        # the lead's cell no State unit ("Tổ trưởng ..."), two coordinating paragraphs
        "II.2": ("2027-03-31", ["Tổ trưởng các tổ chuyên môn"], ["Giáo viên tin học", "Tổ Văn phòng"]),
        "II.3": (None, ["Giáo viên bộ môn"], []),
        # the last row ends at the blank lines of its end, before the next heading
        "II.4": ("2027-05-25", ["Phó Hiệu trưởng"], ["Các tổ chuyên môn"]),
    }


def _spaced(rows: list[list[str]], blank: str) -> str:
    """Rows set apart whose empty cells are empty paragraphs, every blank line holding ``blank``."""
    cells = ["\n\n".join(r) for r in rows]
    text = "Các đơn vị thực hiện:\n\n" + "\n\n\n".join(cells) + "\n\n\nIII. TỔ CHỨC THỰC HIỆN\n"
    return "\n".join(ln if ln else blank for ln in text.split("\n"))


_EMPTIES = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
    ["1", "Rà soát danh sách hộ cận nghèo", "Phòng Văn hóa - Xã hội", "", "Tháng 4/2027", ""],
    [
        "2",
        "Hỗ trợ vốn vay sản xuất",
        "Phòng Kinh tế",
        "Ngân hàng Chính sách xã hội\n\nHội Nông dân xã",
        "Quý III/2027",
        "",
    ],
    ["3", "Tổng kết công tác giảm nghèo", "Phòng Văn hóa - Xã hội", "Các thôn", "Trước ngày 20/11/2027", "Báo cáo năm"],
]


@pytest.mark.parametrize("blank", ["", " "])
def test_rows_apart_empty_cells_numbered(blank: str) -> None:
    table = find_tables(_spaced(_EMPTIES, blank))[0]
    got = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert [r[2:5] for r in got] == [
        ["Phòng Văn hóa - Xã hội", "", "Tháng 4/2027"],
        ["Phòng Kinh tế", "Ngân hàng Chính sách xã hội\nHội Nông dân xã", "Quý III/2027"],
        ["Phòng Văn hóa - Xã hội", "Các thôn", "Trước ngày 20/11/2027"],
    ]
    assert got[2][5] == "Báo cáo năm"


@pytest.mark.parametrize("blank", ["", " "])
def test_rows_apart_empty_cells_unnumbered(blank: str) -> None:
    rows = [r[1:] for r in _EMPTIES]
    table = find_tables(_spaced(rows, blank))[0]
    got = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert [r[1:4] for r in got] == [
        ["Phòng Văn hóa - Xã hội", "", "Tháng 4/2027"],
        ["Phòng Kinh tế", "Ngân hàng Chính sách xã hội\nHội Nông dân xã", "Quý III/2027"],
        ["Phòng Văn hóa - Xã hội", "Các thôn", "Trước ngày 20/11/2027"],
    ]


def test_rows_apart_last_row_before_heading_one_blank_line_after() -> None:
    # the text after the table one blank line after its last row, whose product cell has two
    # paragraphs: the row ends before the next heading
    rows = [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Sản phẩm"],
        ["1", "Khảo sát hiện trạng", "Sở Xây dựng", "Tháng 8/2027", "Báo cáo khảo sát\n\nBản đồ hiện trạng\n\nSố liệu"],
        ["2", "Lập đề cương", "Sở Xây dựng", "Tháng 9/2027", "Đề cương"],
        ["3", "Tổ chức lấy ý kiến", "Sở Xây dựng", "Quý IV/2027", "Biên bản\n\nBáo cáo tổng hợp"],
    ]
    text = _apart(rows, after="\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Xây dựng chủ trì theo dõi.\n")
    table = find_tables(text)[0]
    got = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert got[0][4] == "Báo cáo khảo sát\nBản đồ hiện trạng\nSố liệu"
    assert got[2][3:] == ["Quý IV/2027", "Biên bản\nBáo cáo tổng hợp"]


# ------------------------------------------------------------------------------------ negative


def test_double_spaced_prose_reads_no_table() -> None:
    text = _read("rows_apart_prose_negative_lang31.txt")
    assert find_tables(text) == []
    doc = parse(text)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2026-09-15", "1"),
        ("2026-10-31", "2"),
        ("2026-11-30", "3.b"),
    ]
    assert doc.document.signer is not None and doc.document.signer.name == "Trần Quốc Khánh"


@pytest.mark.parametrize(
    "text",
    [
        # a Nơi nhận list and a signer's block, double-spaced, two blank lines between them
        "Nơi nhận:\n\n- Như trên;\n\n- Sở Tài chính;\n\n- Lưu: VT.\n\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\n\n"
        "Nguyễn Văn An\n",
        # numbered items a paragraph each, their numbers on lines of their own, two blank lines apart
        "1\n\nSở Nội vụ\n\nRà soát biên chế.\n\n\n2\n\nSở Tài chính\n\nBố trí kinh phí trước ngày 15/6/2027.\n\n\n"
        "3\n\nSở Tư pháp\n\nThẩm định dự thảo trong tháng 7/2027.\n",
        # column words as headings of double-spaced prose, each over a paragraph of its own
        "Nội dung\n\nTổ chức hội nghị sơ kết.\n\nCơ quan chủ trì\n\nSở Nội vụ.\n\nThời gian thực hiện\n\n"
        "Tháng 6/2027.\n\n\nKinh phí thực hiện từ ngân sách tỉnh.\n",
        # column words in a row, then prose paragraphs set apart, no row of cells
        "Nội dung công việc\n\nCơ quan chủ trì\n\nCơ quan phối hợp\n\nThời gian hoàn thành\n\n\n"
        "Các sở, ngành chủ động rà soát nhiệm vụ được giao.\n\n\nCác cơ quan báo cáo kết quả về Sở Nội vụ.\n\n\n"
        "Kế hoạch này thay thế Kế hoạch số 12/KH-UBND.\n",
    ],
)
def test_double_spaced_text_is_no_table(text: str) -> None:
    assert [t.columns for t in find_tables(text)] == []
