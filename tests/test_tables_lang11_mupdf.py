"""Round 27 (helper 133): task tables in the text PyMuPDF's ``page.get_text()`` prints — a cell a
line, a wrapped cell as several lines, the header again on the next page, the document's next
heading's number ("III.") on a line of its own after the table's last row."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.parse import flow_tables

_PGD = (FIXTURES / "mupdf_pgd_wrapped_cells_lang11.txt").read_text(encoding="utf-8")
_CHIBO = (FIXTURES / "mupdf_chibo_two_tables_lang11.txt").read_text(encoding="utf-8")


def _leads(d: ndq57.model.Deadline) -> list[str]:
    return [a.unit for a in d.assignees if a.role == "lead"]


def test_wrapped_owner_cells_of_offices_are_the_leads() -> None:
    doc = ndq57.parse(_PGD)
    rows = [d for d in doc.deadlines if d.section.startswith("II.")]
    assert [(d.due, d.section) for d in rows] == [
        ("2027-03-10", "II.I.1"),
        ("2027-04-30", "II.I.2"),
        ("2027-06-30", "II.I.3"),
        ("2027-05-31", "II.II.4"),
        ("2027-06-30", "II.II.5"),
        (None, "II.II.6"),
        ("2027-07-20", "II.II.7"),
    ]
    assert [_leads(d) for d in rows] == [
        ["Bộ phận Tổ chức - Hành chính Phòng"],
        ["Hiệu trưởng các trường"],  # ("Hiệu trưởng các" / "trường": a head of school's office)
        ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"],
        ["Hiệu trưởng các trường"],
        ["Bộ phận Chuyên môn Tiểu học"],
        ["Tổ Công nghệ thông tin Phòng"],  # ("Tổ Công nghệ thông" / "tin Phòng" / "Thường xuyên")
        ["Bộ phận Tổ chức - Hành chính Phòng"],
    ]
    assert "Hiệu trưởng" not in rows[1].task


def test_the_table_ends_before_the_next_roman_heading_alone_on_its_line() -> None:
    doc = ndq57.parse(_PGD)
    (table,) = [t for t in doc.tables if "task" in t.columns]
    heading = _PGD.split("\n").index("III.") + 1
    assert table.end_line < heading
    assert [r.label for r in table.rows if r.kind == "group"] == ["I", "II"]
    assert not any("TỔ CHỨC" in c.text for r in table.rows for c in r.cells)


def test_a_group_row_with_a_stop_is_still_a_row_when_a_row_number_follows() -> None:
    text = _PGD.replace("\nI.\nMỤC ĐÍCH, YÊU CẦU", "").replace("\nII.\nNHIỆM VỤ", "\nI.\nNHIỆM VỤ")
    text = text.replace("\nII\nTRIỂN KHAI", "\nII.\nTRIỂN KHAI").replace("\nI\nCHUẨN BỊ", "\nI.\nCHUẨN BỊ")
    text = text.replace("\nIII.\nTỔ CHỨC", "\nII.\nTỔ CHỨC")
    # (groups "I." and "II." in section I: "II." over "TRIỂN KHAI …", the number the next heading
    # of the document would take, then row "4": a group row)
    (table,) = [t for t in ndq57.parse(text).tables if "task" in t.columns]
    assert [r.label for r in table.rows if r.kind in ("task", "group")] == ["I", *"123", "II", *"4567"]


def test_an_office_head_opens_an_owner_cell_but_a_verb_does_not() -> None:
    assert flow_tables.opens_owner("Tổ Công nghệ thông tin")
    assert flow_tables.opens_owner("Hiệu trưởng các trường")
    assert not flow_tables.opens_owner("Tổ chức hội nghị sơ kết")
    assert not flow_tables.opens_owner("Trước ngày 20/7/2027")


def test_two_tables_of_a_party_cell_each_keep_their_rows() -> None:
    doc = ndq57.parse(_CHIBO)
    tables = [t for t in doc.tables if "task" in t.columns]
    assert [[r.label for r in t.rows if r.kind == "task"] for t in tables] == [["1", "2"], ["1"]]
    dues = [(d.due, _leads(d)) for d in doc.deadlines]
    assert dues[:3] == [
        ("2027-03-15", ["Tổ trưởng các tổ chuyên môn"]),
        ("2027-04-30", ["Tổ trưởng các tổ chuyên môn"]),  # (not "Ban Giám hiệu", whom the task names)
        ("2027-03-08", ["Ban Nữ công"]),
    ]


def test_a_numbered_heading_with_a_stop_after_bare_row_numbers_ends_the_table() -> None:
    doc = ndq57.parse(_CHIBO)
    last = [t for t in doc.tables if "task" in t.columns][-1]
    assert not any("Chi ủy giao" in c.text for r in last.rows for c in r.cells)
    # (the heading "3." and its sentence stay text: the sign-off after it is no table row)
    assert doc.deadlines[-1].due == "2027-06-30"
    assert doc.document.signer is not None


# A row that a page break splits (PyMuPDF prints each cell's first lines, the header again, then
# the rest of each cell): its time cells' words a line each ("Quý" / "Quý") before the break, their
# numbers ("II/2027" / "III/2027") after it, under a time heading split into a start and an end.
_SPLIT_ROW = """\
ỦY BAN NHÂN DÂN
HUYỆN LONG ĐIỀN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 52/KH-UBND
Long Điền, ngày 4 tháng 1 năm 2027
KẾ HOẠCH
Nạo vét kênh mương nội đồng năm 2027
I.
NHIỆM VỤ
Các cơ quan, đơn vị thực hiện theo bảng sau:
STT
Nội dung nhiệm vụ
Đơn vị chủ trì
Thời gian thực hiện
Bắt đầu
Hoàn
thành
1
Khảo sát hiện trạng kênh mương
Phòng Nông nghiệp
Tháng
01/2027
Tháng
2/2027
2
Nạo vét các tuyến kênh cấp 2 bị
Ban Quản lý dự án
Quý
Quý
2
STT
Nội dung nhiệm vụ
Đơn vị chủ trì
Thời gian thực hiện
Bắt đầu
Hoàn
thành
bồi lắng, gia cố bờ kênh xung yếu
đầu tư xây dựng
II/2027
III/2027
3
Nghiệm thu, bàn giao cho tổ chức
thủy lợi cơ sở quản lý
Phòng Nông nghiệp
Tháng
10/2027
Tháng
11/2027
II.
TỔ CHỨC THỰC HIỆN
Phòng Nông nghiệp tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước
ngày 15/12/2027.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Minh Khang
"""


def test_lone_time_words_are_put_back_before_their_numbers_after_a_page_break() -> None:
    (table,) = [t for t in ndq57.parse(_SPLIT_ROW).tables if "task" in t.columns]
    rows = [[c.text for c in r.cells] for r in table.rows if r.kind == "task"]
    assert [r[-1] for r in rows] == ["Tháng 2/2027", "Quý III/2027", "Tháng 11/2027"]
    assert rows[1][2].startswith("Ban Quản lý dự án")
    assert [d.due for d in ndq57.parse(_SPLIT_ROW).deadlines][:3] == ["2027-02-28", "2027-09-30", "2027-11-30"]


# The same PDF as ``pdftotext`` without ``-layout`` prints it: a cell a paragraph (wrapped cells
# as several lines), the page number "1" and the header again (after a form feed) inside the
# table, "III." a paragraph of its own. The paragraph reading ran row 4 over the page break and
# read "III." as a group row; the flow reading, as many times but no odd cell, is kept.
_PGD_DEFAULT = (FIXTURES / "pdftotext_pgd_wrapped_cells_lang11.txt").read_text(encoding="utf-8")


def test_pdftotext_paragraph_cells_read_as_the_pdf() -> None:
    doc = ndq57.parse(_PGD_DEFAULT)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-03-10", "II.I.1"),
        ("2027-04-30", "II.I.2"),
        ("2027-06-30", "II.I.3"),
        ("2027-05-31", "II.II.4"),
        ("2027-06-30", "II.II.5"),
        (None, "II.II.6"),
        ("2027-07-20", "II.II.7"),
        ("2027-06-15", "III"),
        ("2027-06-25", "III"),
    ]
    assert _leads(doc.deadlines[3]) == ["Hiệu trưởng các trường"]


# ``pdftotext`` without ``-layout`` printing a table a column block after another: "TT" over the
# rows' numbers, the task and owner columns' lines run into each other, then the time column's
# heading over its cells. The times go to the numbered rows in order when they are as many.
_COLUMNS = (FIXTURES / "pdftotext_columns_huyen_lang11.txt").read_text(encoding="utf-8")


def test_a_time_column_block_is_paired_with_the_number_column_block() -> None:
    doc = ndq57.parse(_COLUMNS)
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-04-20", "II.I.1"),
        ("2027-06-30", "II.I.2"),
        ("2027-09-30", "II.II.3"),
        ("2027-11-15", "II.II.4"),
        ("2027-12-10", "III"),
    ]
    (table,) = [t for t in doc.tables if "task" in t.columns]
    assert [r.group for r in table.rows if r.kind == "group"] == ["RÀ SOÁT, CẢNH BÁO", "GIA CỐ VÀ TUYÊN TRUYỀN"]


def test_a_time_column_block_short_of_a_cell_is_not_paired() -> None:
    # (row 2's time cell empty: four rows, three times; no time is put against the wrong row)
    doc = ndq57.parse(_COLUMNS.replace("Tháng 6/2027\n", ""))
    assert not [t for t in doc.tables if "task" in t.columns]
    assert not any(d.section.startswith("II.") for d in doc.deadlines)
