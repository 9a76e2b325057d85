"""DOCX files from offices the tool has never seen (round 31, helper 156): constructs of Word files
a clerk reads without thinking, built here as Word writes them (tests/office_build.py's parts):

* lines of labels and their values set apart by a tab ("- Cơ quan chủ trì:<tab>Sở Tài chính"),
  and list labels typed before a tab ("1)<tab>", "a.<tab>"), read line by line, not as two blocks
  side by side (a header or a sign-off typed with tabs);
* a table row drawn shorter than the others (``w:gridBefore``, ``w:gridAfter``): its cells stay
  under the columns they stand in;
* bullets of the Symbol font's plus sign (U+F02B, in a list level or typed with ``w:sym``) read
  "+", not a dash;
* the addressees beside their label in a borderless table, one a row ("Kính gửi:" | "- Sở …;",
  "" | "- Sở …;" …), read as the label and its list however many rows;
* a data table inside a frame (a one-column table around the body) read as pipe rows;
* a header table set a line a row (issuer | national title, line by line; number | place and
  date; the subject) read block by block, as if each block were one cell, however many rows;
* a sign-off table set a line a row whose first line is a signer's authority (above "Nơi nhận:",
  or two signers side by side) read column by column, as one opening with "Nơi nhận:" is.

The fixtures ``tests/fixtures/office/lang31/cv_word_forms_lang31.docx`` (a district's letter of our
own wording holding the first five) and ``cv_header_rows_lang31.docx`` (a department's letter with
its header set a line a row) are written by ``python tests/test_readers_lang31_docx.py``; their
texts are ``tests/fixtures/docx_word_forms_lang31.txt`` and ``docx_header_rows_lang31.txt`` (with
their golden records).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import office_build as ob
from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

FIXTURE = FIXTURES / "office" / "lang31" / "cv_word_forms_lang31.docx"
TEXT = FIXTURES / "docx_word_forms_lang31.txt"
PLAN = FIXTURES / "office" / "lang31" / "cv_header_rows_lang31.docx"
PLAN_TEXT = FIXTURES / "docx_header_rows_lang31.txt"
TAB = "<w:r><w:tab/></w:r>"
SYMBOL_PLUS = 7  # numId of a list whose first level is the Symbol font's plus sign, its second a dash

SYMBOL_ABSTRACT = (
    '<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf02b"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf02d"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="851"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
)


def write(path: Path, body: str, notes: list[str] | None = None) -> bytes:
    """A package as Word writes it, with the Symbol font's bullets among its lists (every
    ``w:abstractNum`` before the first ``w:num``)."""
    ob.write_docx(path, body, notes or [], "")
    numbering = ob.numbering_xml().replace('<w:num w:numId="1">', SYMBOL_ABSTRACT + '<w:num w:numId="1">', 1)
    numbering = numbering.replace(
        "</w:numbering>", '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    ob.replace_part(path, "word/numbering.xml", numbering)
    return path.read_bytes()


def lines_of(tmp_path: Path, body: str) -> list[str]:
    return [ln for ln in extracted_text(write(tmp_path / "cv.docx", body)).splitlines() if ln]


def tabbed(left: str, right: str) -> str:
    return ob.para(ob.run(left) + TAB + ob.run(right), indent=False)


def row_skipping(cells: str, before: int = 0, after: int = 0) -> str:
    """A row's cells with the grid columns it skips (``table`` puts ``<w:tr>`` and its properties
    around it: the marker is replaced by ``skip_columns``)."""
    return f"<!--skip {before} {after}-->{cells}"


def skip_columns(table: str) -> str:
    """Move the markers of ``row_skipping`` into their rows' properties."""
    out = []
    for piece in table.split("<w:tr>"):
        if "<!--skip " in piece:
            head, rest = piece.split("<!--skip ", 1)
            numbers, cells = rest.split("-->", 1)
            before, after = numbers.split()
            props = (f'<w:gridBefore w:val="{before}"/>' if before != "0" else "") + (
                f'<w:gridAfter w:val="{after}"/>' if after != "0" else ""
            )
            piece = head.replace("</w:trPr>", props + "</w:trPr>") + cells
        out.append(piece)
    return "<w:tr>".join(out)


# ---------------------------------------------------------------- the constructs, one by one


def test_label_and_value_lines_set_with_tabs_read_line_by_line(tmp_path: Path) -> None:
    body = ob.text("1. Rà soát quy trình nội bộ giải quyết thủ tục hành chính cấp xã.", indent=False)
    body += tabbed("- Cơ quan chủ trì:", "Phòng Nội vụ")
    body += tabbed("- Cơ quan phối hợp:", "Văn phòng HĐND và UBND huyện")
    body += tabbed("- Thời gian hoàn thành:", "Trước ngày 20/3/2027")
    body += ob.text("2. Cập nhật dữ liệu hộ tịch điện tử.", indent=False)
    body += tabbed("- Cơ quan chủ trì:", "Phòng Tư pháp")
    body += tabbed("- Thời gian hoàn thành:", "Quý II/2027")
    got = lines_of(tmp_path, body)
    # (they were read as two blocks: the labels, then the values under them)
    assert got[1] == "- Cơ quan chủ trì:    Phòng Nội vụ"
    assert got[3] == "- Thời gian hoàn thành:    Trước ngày 20/3/2027"
    assert got[4:] == ["2. Cập nhật dữ liệu hộ tịch điện tử.", "- Cơ quan chủ trì:    Phòng Tư pháp",
                       "- Thời gian hoàn thành:    Quý II/2027"]  # fmt: skip


def test_labels_typed_before_a_tab_keep_their_text(tmp_path: Path) -> None:
    body = ob.text("Các phòng thực hiện:", indent=False)
    body += tabbed("1)", "Rà soát thủ tục hành chính trước ngày 10/3/2027;")
    body += tabbed("2)", "Báo cáo kết quả về Phòng Nội vụ trong tháng 4/2027.")
    body += tabbed("a.", "Phòng Nội vụ chủ trì;") + tabbed("b.", "Phòng Tư pháp phối hợp.")
    data = write(tmp_path / "cv.docx", body)
    # (they were read as two blocks: the labels "1)", "2)", "a.", "b.", then the texts under them)
    assert [ln for ln in extracted_text(data).splitlines() if ln][1:] == [
        "1)    Rà soát thủ tục hành chính trước ngày 10/3/2027;",
        "2)    Báo cáo kết quả về Phòng Nội vụ trong tháng 4/2027.",
        "a.    Phòng Nội vụ chủ trì;",
        "b.    Phòng Tư pháp phối hợp.",
    ]
    record = parse_bytes(data, source="cv.docx").to_dict()
    assert [(d["due"], d["section"]) for d in record["deadlines"]] == [("2027-03-10", "1"), ("2027-04-30", "2")]


def test_a_signoff_typed_with_tabs_still_reads_block_by_block(tmp_path: Path) -> None:
    """The Nơi nhận list beside the signer's block, both with colons, is still two blocks."""
    body = ob.text("Đề nghị các cơ quan, đơn vị thực hiện.")
    body += tabbed("Nơi nhận:", "KT. CHỦ TỊCH") + tabbed("- Lưu:", "PHÓ CHỦ TỊCH")
    got = lines_of(tmp_path, body)
    assert got[1:] == ["Nơi nhận:", "- Lưu:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


WIDTHS = [700, 4200, 2300, 2300, 1800]


def task_table(rows: list[tuple[int, int, list[str]]]) -> str:
    """A ruled table: (grid columns skipped before, after, the cells' texts)."""
    out = []
    for before, after, cells in rows:
        widths = WIDTHS[before : len(WIDTHS) - after]
        row = "".join(ob.cell(ob.cell_text(t), w) for t, w in zip(cells, widths, strict=True))
        out.append(row_skipping(row, before, after) if before or after else row)
    return skip_columns(ob.table(out, WIDTHS, ruled=True))


HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def test_a_row_drawn_shorter_keeps_its_cells_under_their_columns(tmp_path: Path) -> None:
    table = task_table([
        (0, 0, HEAD),
        (0, 0, ["1", "Rà soát danh mục thủ tục hành chính", "Phòng Nội vụ", "Phòng Tư pháp", "Tháng 3/2027"]),
        (1, 0, ["Xây dựng dự thảo quy trình nội bộ", "Phòng Nội vụ", "Các xã, thị trấn", "Tháng 4/2027"]),
        (0, 1, ["2", "Số hóa hồ sơ đang giải quyết", "Phòng Tư pháp", "Các xã, thị trấn"]),
    ])  # fmt: skip
    got = lines_of(tmp_path, table)
    # (they were read one cell to the left: the task under TT, the time under Đơn vị phối hợp)
    assert got[2] == "|  | Xây dựng dự thảo quy trình nội bộ | Phòng Nội vụ | Các xã, thị trấn | Tháng 4/2027 |"
    assert got[3] == "| 2 | Số hóa hồ sơ đang giải quyết | Phòng Tư pháp | Các xã, thị trấn |  |"
    assert {ln.count(" | ") for ln in got} == {4}


def test_a_lead_merged_down_below_a_shorter_row_stays_in_its_column(tmp_path: Path) -> None:
    """A lead unit merged down (w:vMerge) from a row that skips the TT column: the rows below
    repeat it in the lead's column (it was looked up one column to the left, and lost)."""
    head = "".join(ob.cell(ob.cell_text(t), w) for t, w in zip(HEAD, WIDTHS, strict=True))
    first = "".join([
        ob.cell(ob.cell_text("Lập danh sách hồ sơ chưa số hóa"), WIDTHS[1]),
        ob.cell(ob.cell_text("Phòng Tư pháp"), WIDTHS[2], vmerge="restart"),
        ob.cell(ob.cell_text("Các xã, thị trấn"), WIDTHS[3]),
        ob.cell(ob.cell_text("Tháng 5/2027"), WIDTHS[4]),
    ])  # fmt: skip
    second = "".join([
        ob.cell(ob.cell_text("3"), WIDTHS[0]),
        ob.cell(ob.cell_text("Số hóa hồ sơ hộ tịch"), WIDTHS[1]),
        ob.cell("", WIDTHS[2], vmerge="continue"),
        ob.cell(ob.cell_text("Các xã, thị trấn"), WIDTHS[3]),
        ob.cell(ob.cell_text("Tháng 8/2027"), WIDTHS[4]),
    ])  # fmt: skip
    number = "".join(
        ob.cell(ob.cell_text(t), w) for t, w in zip(["2", "Nhóm việc số hóa", "", "", ""], WIDTHS, strict=True)
    )
    table = skip_columns(ob.table([head, number, row_skipping(first, 1), second], WIDTHS, ruled=True))
    got = lines_of(tmp_path, table)
    assert got[-1] == "| 3 | Số hóa hồ sơ hộ tịch | Phòng Tư pháp | Các xã, thị trấn | Tháng 8/2027 |"


def test_symbol_font_plus_bullets_read_as_plus(tmp_path: Path) -> None:
    body = ob.text("Các xã, thị trấn thực hiện:", indent=False)
    body += ob.text("Niêm yết công khai thủ tục tại bộ phận một cửa;", num=(SYMBOL_PLUS, 0))
    body += ob.text("Cập nhật trên cổng thông tin điện tử của xã;", num=(SYMBOL_PLUS, 1))
    body += ob.para('<w:r><w:sym w:font="Symbol" w:char="F02B"/></w:r>' + ob.run(" Báo cáo kết quả về Phòng Nội vụ."))
    got = lines_of(tmp_path, body)
    # (the plus signs were read as dashes, the bullet of the level above them)
    assert got[1:] == [
        "+ Niêm yết công khai thủ tục tại bộ phận một cửa;",
        "- Cập nhật trên cổng thông tin điện tử của xã;",
        "+ Báo cáo kết quả về Phòng Nội vụ.",
    ]


ADDRESSEES = ["- Phòng Nội vụ;", "- Phòng Tư pháp;", "- Văn phòng HĐND và UBND huyện;", "- Phòng Văn hóa và Thông tin;",
              "- UBND các xã, thị trấn."]  # fmt: skip


def addressees_table() -> str:
    rows = [ob.cell(ob.cell_text("Kính gửi:", i=True, jc="right"), 2200) + ob.cell(ob.cell_text(ADDRESSEES[0]), 6200)]
    rows += [ob.cell("", 2200) + ob.cell(ob.cell_text(a), 6200) for a in ADDRESSEES[1:]]
    return ob.table(rows, [2200, 6200], ruled=False)


def test_addressees_one_a_row_beside_their_label(tmp_path: Path) -> None:
    body = addressees_table() + ob.text(
        "Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị báo cáo trước ngày 26/3/2027."
    )
    got = lines_of(tmp_path, body)
    # (they were read as a task table: "| Kính gửi: | - Phòng Nội vụ; |", "|  | - Phòng Tư pháp; |")
    assert got == [
        "Kính gửi:",
        *ADDRESSEES,
        "Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị báo cáo trước ngày 26/3/2027.",
    ]


def framed(inner: str, width: int = 11300) -> str:
    return ob.table([ob.cell(inner, width)], [width], ruled=True)


def test_a_data_table_in_a_frame_reads_as_rows(tmp_path: Path) -> None:
    table = task_table([
        (0, 0, HEAD),
        (0, 0, ["1", "Rà soát danh mục thủ tục hành chính", "Phòng Nội vụ", "Phòng Tư pháp", "Tháng 3/2027"]),
        (0, 0, ["2", "Số hóa hồ sơ đang giải quyết", "Phòng Tư pháp", "", "Tháng 6/2027"]),
    ])  # fmt: skip
    body = framed(ob.cell_text("DANH MỤC NHIỆM VỤ") + table + ob.cell_text("Các đơn vị triển khai đúng thời hạn."))
    got = extracted_text(write(tmp_path / "cv.docx", body)).splitlines()
    # (the table's cells were read one a line, as the frame's paragraphs)
    assert got == [
        "DANH MỤC NHIỆM VỤ",
        "",
        "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
        "| 1 | Rà soát danh mục thủ tục hành chính | Phòng Nội vụ | Phòng Tư pháp | Tháng 3/2027 |",
        "| 2 | Số hóa hồ sơ đang giải quyết | Phòng Tư pháp |  | Tháng 6/2027 |",
        "",
        "Các đơn vị triển khai đúng thời hạn.",
    ]


def test_a_header_table_in_a_frame_is_still_read_cell_by_cell(tmp_path: Path) -> None:
    header = ob.table(
        [ob.cell(ob.cell_text("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG VĨNH"), 4000)
         + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), 5600)],
        [4000, 5600], ruled=False,
    )  # fmt: skip
    got = extracted_text(write(tmp_path / "cv.docx", framed(header + ob.cell_text("Nội dung."), 9600))).splitlines()
    # (as before: the frame's lines one after the other, the header's cells among them)
    assert got == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG VĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Nội dung."]  # fmt: skip


def header_by_rows(rows: list[tuple[str, str]]) -> str:
    """A borderless header table set a line a row (issuer | national title line by line)."""
    cells = [
        ob.cell(ob.cell_text(a, jc="center"), 4000) + ob.cell(ob.cell_text(b, jc="center") if b else "", 5600)
        for a, b in rows
    ]
    return ob.table(cells, [4000, 5600], ruled=False)


HEADER_ROWS = [
    ("UBND TỈNH TÂN HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 12/SNV-CCHC", "Tân Hải, ngày 3 tháng 2 năm 2027"),
    ("V/v báo cáo kết quả cải cách hành chính quý I", ""),
]
ASK = "Sở Nội vụ đề nghị các phòng chuyên môn báo cáo kết quả trước ngày 25/3/2027."


def test_a_header_set_a_line_a_row_reads_block_by_block(tmp_path: Path) -> None:
    data = write(tmp_path / "cv.docx", header_by_rows(HEADER_ROWS) + ob.text(ASK))
    # (it was read row by row, the issuer's lines and the national title's in turn, and the
    # request under the subject was taken for the rest of it: no deadline)
    assert extracted_text(data).splitlines() == [
        "UBND TỈNH TÂN HẢI", "SỞ NỘI VỤ", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "Số: 12/SNV-CCHC", "V/v báo cáo kết quả cải cách hành chính quý I", "",
        "Tân Hải, ngày 3 tháng 2 năm 2027", "",
        ASK,
    ]  # fmt: skip
    record = parse_bytes(data, source="cv.docx").to_dict()
    assert record["document"]["subject"] == "báo cáo kết quả cải cách hành chính quý I"
    assert [d["due"] for d in record["deadlines"]] == ["2027-03-25"]


def test_a_header_of_many_rows_with_its_addressee_is_no_task_table(tmp_path: Path) -> None:
    rows = [*HEADER_ROWS, ("", "Kính gửi: Các phòng chuyên môn thuộc Sở")]
    got = lines_of(tmp_path, header_by_rows(rows) + ob.text(ASK))
    # (five rows: it was read as a task table, "| UBND TỈNH TÂN HẢI | CỘNG HÒA ... |")
    assert got == [
        "UBND TỈNH TÂN HẢI", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/SNV-CCHC", "V/v báo cáo kết quả cải cách hành chính quý I", "Tân Hải, ngày 3 tháng 2 năm 2027",
        "Kính gửi: Các phòng chuyên môn thuộc Sở", ASK,
    ]  # fmt: skip


def test_a_line_across_a_header_table_stays_in_its_place(tmp_path: Path) -> None:
    """A row of one cell across the table (the title under the header) is a band of its own."""
    across = ob.cell(ob.cell_text("KẾ HOẠCH\nKiểm tra công vụ năm 2027", jc="center"), 9600, span=2)
    table = header_by_rows(HEADER_ROWS[:3]).replace("</w:tbl>", f"<w:tr>{across}</w:tr></w:tbl>")
    got = lines_of(tmp_path, table)
    assert got[-3:] == ["Tân Hải, ngày 3 tháng 2 năm 2027", "KẾ HOẠCH", "Kiểm tra công vụ năm 2027"]


def test_a_body_set_in_the_rows_under_a_header_reads_row_by_row(tmp_path: Path) -> None:
    """Articles set in the rows of the header's table (label | text) stay each with its text."""
    articles = [
        (
            "Điều 1.",
            "Giao Phòng Nội vụ chủ trì rà soát thủ tục hành chính nội bộ của Sở, hoàn thành trước ngày 30/4/2027.",
        ),
        (
            "Điều 2.",
            "Văn phòng Sở theo dõi, đôn đốc việc thực hiện, tổng hợp báo cáo Giám đốc Sở trước ngày 15/5/2027.",
        ),
        ("Điều 3.", "Các phòng chuyên môn thuộc Sở chịu trách nhiệm thi hành Quyết định này."),
    ]
    data = write(tmp_path / "qd.docx", header_by_rows(HEADER_ROWS[:3] + articles))
    got = [ln for ln in extracted_text(data).splitlines() if ln]
    assert got[-6:] == [line for article in articles for line in article]
    record = parse_bytes(data, source="qd.docx").to_dict()
    assert [(d["due"], d["section"]) for d in record["deadlines"]] == [
        ("2027-04-30", "Điều 1"),
        ("2027-05-15", "Điều 2"),
    ]


def by_rows(rows: list[tuple[str, str]], widths: tuple[int, int] = (4400, 5200)) -> str:
    """A borderless two-column table, a line of each block in each row."""
    cells = [
        ob.cell(ob.cell_text(a) if a else "", widths[0]) + ob.cell(ob.cell_text(b, jc="center") if b else "", widths[1])
        for a, b in rows
    ]
    return ob.table(cells, list(widths), ruled=False)


def test_a_signoff_table_opening_with_the_authority_reads_column_by_column(tmp_path: Path) -> None:
    rows = [
        ("", "TM. ỦY BAN NHÂN DÂN"),
        ("Nơi nhận:", "CHỦ TỊCH"),
        ("- Như trên;", ""),
        ("- Lưu: VT, NV.", "Nguyễn Văn Bình"),
    ]
    data = write(tmp_path / "cv.docx", header_by_rows(HEADER_ROWS) + ob.text(ASK) + by_rows(rows))
    # (it was read row by row: the authority, then "Nơi nhận:", then the title ...; the authority lost)
    assert [ln for ln in extracted_text(data).splitlines() if ln][-6:] == [
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, NV.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình",
    ]  # fmt: skip
    signer = parse_bytes(data, source="cv.docx").to_dict()["document"]["signer"]
    assert (signer["authority"], signer["title"], signer["name"]) == (
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn Bình",
    )


def test_two_signers_side_by_side_set_a_line_a_row_read_one_after_the_other(tmp_path: Path) -> None:
    rows = [("TM. BAN CHẤP HÀNH ĐOÀN XÃ", "TM. ỦY BAN NHÂN DÂN XÃ"), ("BÍ THƯ", "CHỦ TỊCH"), ("", ""),
            ("Lê Văn Tâm", "Phạm Thị Hoa")]  # fmt: skip
    got = lines_of(tmp_path, ob.text(ASK) + by_rows(rows, (4800, 4800)))
    # (the two signers' lines were read in turn: "TM. BAN ...", "TM. ỦY BAN ...", "BÍ THƯ", "CHỦ TỊCH")
    assert got[1:] == [
        "TM. BAN CHẤP HÀNH ĐOÀN XÃ",
        "BÍ THƯ",
        "Lê Văn Tâm",
        "TM. ỦY BAN NHÂN DÂN XÃ",
        "CHỦ TỊCH",
        "Phạm Thị Hoa",
    ]


def test_a_damaged_skip_or_span_counts_no_more_columns_than_a_table_has(tmp_path: Path) -> None:
    """A row skipping or a cell spanning 99999 columns (a damaged file) reads as one of 63, Word's
    most: no line of a hundred thousand empty cells."""
    table = task_table([(0, 0, HEAD), (1, 0, ["Rà soát", "Phòng Nội vụ", "", "Tháng 3/2027"])])
    table = table.replace('w:gridBefore w:val="1"', 'w:gridBefore w:val="99999"')
    table = table.replace(
        '<w:tcW w:w="700" w:type="dxa"/>', '<w:tcW w:w="700" w:type="dxa"/><w:gridSpan w:val="99999"/>', 1
    )
    got = lines_of(tmp_path, table)
    assert [ln.count(" | ") for ln in got] == [63 + 4 - 1, 63 + 4 - 1]


# ---------------------------------------------------------------- the fixture: all of them in one letter


def header() -> str:
    return ob.issuer_header(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG VĨNH",
        "Số: 88/UBND-NV\nV/v triển khai thí điểm hồ sơ điện tử cấp xã",
        "Đông Vĩnh, ngày 14 tháng 1 năm 2027",
    )


def signoff() -> str:
    left = ob.cell_text("Nơi nhận:\n- Như trên;\n- TT Huyện ủy (b/c);\n- Chủ tịch, các PCT UBND huyện;\n- Lưu: VT, NV.")
    right = ob.cell_text("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrương Minh Khải", b=True, jc="center")
    return ob.table([ob.cell(left, 4400) + ob.cell(right, 5200)], [4400, 5200], ruled=False)


def letter() -> tuple[str, list[str]]:
    notes = ["Kế hoạch số 205/KH-UBND ngày 28/12/2026 của UBND tỉnh về chuyển đổi số cấp xã năm 2027."]
    b = [header(), ob.para("", indent=False), addressees_table()]
    b.append(ob.para(
        ob.run("Thực hiện Kế hoạch của UBND tỉnh về chuyển đổi số cấp xã năm 2027") + ob.footnote_ref(1)
        + ob.run(", Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị triển khai các nội dung sau:")
    ))  # fmt: skip
    b.append(ob.text("1. Rà soát quy trình nội bộ giải quyết thủ tục hành chính cấp xã", indent=False))
    b.append(tabbed("- Cơ quan chủ trì:", "Phòng Nội vụ"))
    b.append(tabbed("- Cơ quan phối hợp:", "Văn phòng HĐND và UBND huyện"))
    b.append(tabbed("- Thời gian hoàn thành:", "Trước ngày 20/3/2027"))
    b.append(ob.text("2. Tập huấn nghiệp vụ số hóa hồ sơ cho công chức một cửa cấp xã", indent=False))
    b.append(tabbed("- Cơ quan chủ trì:", "Phòng Văn hóa và Thông tin"))
    b.append(tabbed("- Thời gian hoàn thành:", "Quý II/2027"))
    b.append(ob.text("3. UBND các xã, thị trấn thực hiện:", indent=False))
    b.append(ob.text("Niêm yết công khai quy trình tại bộ phận một cửa;", num=(SYMBOL_PLUS, 0)))
    b.append(ob.text("Thực hiện số hóa các nhiệm vụ theo Danh mục dưới đây.", num=(SYMBOL_PLUS, 0)))
    table = task_table([
        (0, 0, HEAD),
        (0, 0, ["1", "Lập danh sách hồ sơ đang giải quyết cần số hóa", "UBND các xã, thị trấn", "Phòng Tư pháp", "Tháng 4/2027"]),
        (1, 0, ["Số hóa hồ sơ hộ tịch từ năm 2015 trở về trước", "UBND các xã, thị trấn", "Phòng Tư pháp", "Tháng 9/2027"]),
        (0, 0, ["2", "Kiểm tra kết quả số hóa tại các xã", "Phòng Nội vụ", "Phòng Tư pháp", "Tháng 11/2027"]),
        (0, 1, ["3", "Tổng hợp kết quả, báo cáo UBND huyện", "Phòng Nội vụ", "Các cơ quan liên quan"]),
    ])  # fmt: skip
    b.append(framed(ob.cell_text("DANH MỤC NHIỆM VỤ SỐ HÓA", b=True, jc="center") + table))
    b.append(ob.text("Trong quá trình số hóa, các xã, thị trấn lưu ý:"))
    b.append(tabbed("a.", "Bảo quản hồ sơ gốc sau khi số hóa theo quy định về lưu trữ;"))
    b.append(tabbed("b.", "Bố trí công chức theo dõi, đôn đốc việc số hóa tại bộ phận một cửa."))
    b.append(
        ob.text("4. Phòng Nội vụ tổng hợp kết quả, báo cáo Chủ tịch UBND huyện trước ngày 15/12/2027.", indent=False)
    )
    b.append(ob.text("Đề nghị các cơ quan, đơn vị quan tâm thực hiện./."))
    b.append(signoff())
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b), notes


def plan() -> tuple[str, list[str]]:
    """A department's letter whose header is set a line a row (its subject in a row of its own),
    rows left empty between its blocks, and its sign-off set a line a row too."""
    rows = [
        ("ỦY BAN NHÂN DÂN TỈNH TÂN HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"),
        ("", ""),
        ("Số: 31/SNV-CCHC", "Tân Hải, ngày 8 tháng 1 năm 2027"),
        ("V/v kiểm tra công tác cải cách hành chính năm 2027", ""),
        ("", ""),
    ]
    b = [header_by_rows(rows)]
    b.append(ob.centred([("Kính gửi: Các sở, ban, ngành tỉnh", {"i": True})], after=120))
    b.append(
        ob.text(
            "Thực hiện Kế hoạch cải cách hành chính năm 2027 của Ủy ban nhân dân tỉnh, Sở Nội vụ thông báo kế hoạch kiểm tra như sau:"
        )
    )
    b.append(ob.text("MỤC ĐÍCH, YÊU CẦU", style="Muc"))
    b.append(
        ob.text("Đánh giá thực chất kết quả cải cách hành chính tại các cơ quan, đơn vị; kịp thời chấn chỉnh tồn tại.")
    )
    b.append(ob.text("NỘI DUNG VÀ THỜI GIAN KIỂM TRA", style="Muc"))
    b.append(
        ob.text(
            "Kiểm tra việc giải quyết thủ tục hành chính trên môi trường điện tử tại 05 sở, ngành; thời gian thực hiện trong tháng 4/2027.",
            num=(ob.HEAD, 1),
        )
    )
    b.append(
        ob.text(
            "Kiểm tra việc thực hiện quy chế văn hóa công sở tại 04 huyện, thị xã; hoàn thành trước ngày 30/6/2027.",
            num=(ob.HEAD, 1),
        )
    )
    b.append(ob.text("TỔ CHỨC THỰC HIỆN", style="Muc"))
    b.append(
        ob.text(
            "Phòng Cải cách hành chính chủ trì, tham mưu thành lập Đoàn kiểm tra trước ngày 15/3/2027.",
            num=(ob.HEAD, 1),
        )
    )
    b.append(
        ob.text(
            "Văn phòng Sở bảo đảm kinh phí, phương tiện phục vụ Đoàn kiểm tra; tổng hợp báo cáo Giám đốc Sở trước ngày 15/7/2027.",
            num=(ob.HEAD, 1),
        )
    )
    # the sign-off set a line a row, the signer's authority above "Nơi nhận:"
    signoff = [("", "KT. GIÁM ĐỐC"), ("Nơi nhận:", "PHÓ GIÁM ĐỐC"), ("- UBND tỉnh (b/c);", ""),
               ("- Các sở, ban, ngành tỉnh;", ""), ("- Lưu: VT, CCHC.", "Hoàng Thị Lan Anh")]  # fmt: skip
    b.append(by_rows(signoff))
    return "".join(b), []


def build(path: Path, which: str = "letter") -> bytes:
    body, notes = letter() if which == "letter" else plan()
    path.parent.mkdir(parents=True, exist_ok=True)
    return write(path, body, notes)


@pytest.mark.parametrize(("fixture", "text", "which"), [(FIXTURE, TEXT, "letter"), (PLAN, PLAN_TEXT, "plan")])
def test_the_fixtures_read_as_their_text(tmp_path: Path, fixture: Path, text: Path, which: str) -> None:
    """The committed files read as their text fixtures, and so do ones built afresh."""
    assert extracted_text(fixture.read_bytes()) + "\n" == text.read_text(encoding="utf-8")
    assert extracted_text(build(tmp_path / "cv.docx", which)) == extracted_text(fixture.read_bytes())


def test_the_fixture_gives_every_deadline_with_its_owners() -> None:
    record = parse_bytes(FIXTURE.read_bytes(), source=FIXTURE.name).to_dict()
    doc = record["document"]
    assert (doc["number"], doc["date"], (doc["signer"] or {}).get("name")) == (
        "88/UBND-NV",
        "2027-01-14",
        "Trương Minh Khải",
    )
    got = [
        (d["due"], d["section"], sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead"))
        for d in record["deadlines"]
    ]
    assert got[:2] == [("2027-03-20", "1", ["Phòng Nội vụ"]), ("2027-06-30", "2", ["Phòng Văn hóa và Thông tin"])]
    assert ("2027-09-30", ["UBND các xã, thị trấn"]) in [(due, lead) for due, _s, lead in got]
    assert got[-1][0] == "2027-12-15"
    assert [f["body"] for f in record["footnotes"]] == [
        "Kế hoạch số 205/KH-UBND ngày 28/12/2026 của UBND tỉnh về chuyển đổi số cấp xã năm 2027."
    ]


if __name__ == "__main__":  # write the fixture
    build(FIXTURE)
    TEXT.write_text(extracted_text(FIXTURE.read_bytes()) + "\n", encoding="utf-8")
    build(PLAN, "plan")
    PLAN_TEXT.write_text(extracted_text(PLAN.read_bytes()) + "\n", encoding="utf-8")
    print(FIXTURE, FIXTURE.stat().st_size, file=sys.stderr)
