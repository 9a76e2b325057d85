"""DOCX files as offices make them (round 35, helper 180): constructs a clerk reads without
thinking, built here as Word writes them (tests/office_build.py's parts):

* a column of a task table split in sub-columns by a table of one row inside its cells (the
  heading "Đơn vị thực hiện" over a small table "Chủ trì" | "Phối hợp", each task's cell holding
  a small table "Sở …" | "Phòng …"): read as sub-columns of the table, so the lead and the
  coordinating unit keep their columns (they were one cell, "Sở A; Phòng B", both read as leads);
* a table typed with tabs, a row a paragraph ("STT<tab>Nội dung<tab>Đơn vị chủ trì<tab>…", an
  empty cell between two tabs; or tabs repeated to reach a tab stop): read as a table's rows, so
  that its units are read by their columns (they were lines of text with no owner);
* an Excel 97-2003 workbook embedded as an object (``Excel.Sheet.8``: a BIFF8 ``Workbook`` stream
  in a compound file), or a workbook in the ``Package`` stream of an OLE object, read as the rows
  of its sheet (it was left out, with a warning); a Word document embedded as an object read where
  it stands;
* a list numbered through a definition given again with its whole level (``w:lvlOverride`` with a
  ``w:lvl`` and its ``w:start``, as older Word and other editors write a restarted list): numbered
  afresh ("a)", "b)"), not on from the list before ("c)", "d)");
* with them, in two documents of our own wording: numbering defined only through paragraph styles
  (roman headings, "%1.%2." with ``w:isLgl``, "%3)"), content controls around table rows and cells,
  a hyperlink and a REF field, a header set in frames (``w:framePr``).

The fixtures ``tests/fixtures/office/lang35/kh_sub_columns_lang35.docx`` (a commune's plan),
``cv_tab_table_lang35.docx`` (a ward's letter whose table is typed with tabs) and
``cv_xls_object_lang35.docx`` (a district's letter whose table is an embedded .xls sheet) are written
by ``python tests/test_readers_lang35_180.py``; their texts are ``tests/fixtures/docx_sub_columns_lang35.txt``,
``docx_tab_table_lang35.txt`` and ``docx_xls_object_lang35.txt`` (with their golden records).
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from pathlib import Path

import pytest

import office_build as ob
import test_readers_lang33_169 as embedded
from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

PLAN = FIXTURES / "office" / "lang35" / "kh_sub_columns_lang35.docx"
PLAN_TEXT = FIXTURES / "docx_sub_columns_lang35.txt"
LETTER = FIXTURES / "office" / "lang35" / "cv_tab_table_lang35.docx"
LETTER_TEXT = FIXTURES / "docx_tab_table_lang35.txt"
OLD_SHEET = FIXTURES / "office" / "lang35" / "cv_xls_object_lang35.docx"
OLD_SHEET_TEXT = FIXTURES / "docx_xls_object_lang35.txt"
TAB = "<w:r><w:tab/></w:r>"

# headings through paragraph styles only (Muc: I., Tieumuc: 1.1. with w:isLgl, Diem: a)); a
# single-level list "a)" (numId 3) given again with its whole level (numId 4: a restarted list)
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {ob.NS}>
<w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Muc"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Tieumuc"/><w:isLgl/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Diem"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="12"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>"""

STYLES = ob.STYLES.replace(
    '<w:style w:type="paragraph" w:styleId="Muc">',
    '<w:style w:type="paragraph" w:styleId="Tieumuc"><w:name w:val="Tieu muc"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="567"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Diem"><w:name w:val="Diem"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="567"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Muc">',
    1,
)
FRAME = '<w:framePr w:w="4000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="1300" w:y="1"/>'


def write(path: Path, body: str) -> bytes:
    ob.write_docx(path, body, [], "")
    ob.replace_part(path, "word/numbering.xml", NUMBERING)
    ob.replace_part(path, "word/styles.xml", STYLES)
    return path.read_bytes()


def lines_of(tmp_path: Path, body: str) -> list[str]:
    return [ln for ln in extracted_text(write(tmp_path / "t.docx", body)).splitlines() if ln]


def content_control(inner: str, tag: str) -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def hyperlink(text: str) -> str:
    return f'<w:hyperlink w:anchor="_Toc1" w:history="1">{ob.run(text)}</w:hyperlink>'


def sub_table(cells: list[str], width: int = 1500) -> str:
    """A table of one row inside a cell (a column split in sub-columns)."""
    return ob.table([ "".join(ob.cell(ob.cell_text(t), width) for t in cells)], [width] * len(cells), ruled=True)


def split_table(rows: list[list[str | list[str]]], *, wrap: set[int] | None = None) -> str:
    """A task table whose third column holds a table of one row in each cell ("Chủ trì" |
    "Phối hợp"); a row whose units cell is a string has no table in it; rows in ``wrap`` are
    wrapped in a content control."""
    widths = (600, 3700, 3300, 1500)
    out = []
    for k, row in enumerate(rows):
        cells = []
        for c, (value, width) in enumerate(zip(row, widths, strict=True)):
            if c == 2 and isinstance(value, list):
                heading, *units = value if k == 0 else ["", *value]
                cells.append(ob.cell((ob.cell_text(heading, b=True, jc="center") if heading else "") + sub_table(units), width))
            else:
                cells.append(ob.cell(ob.cell_text(str(value), b=k == 0, jc="center" if c != 1 else "left"), width))
        text = "".join(cells)
        out.append(content_control(text, "nhiem-vu") if wrap and k in wrap else text)
    return ob.table(out, list(widths), ruled=True, header_rows=1)


def header(issuer: str, number: str, place_date: str) -> str:
    left = ob.cell_text(f"{issuer}\n{number}", b=True, jc="center")
    right = ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    date = ob.cell_text(place_date, i=True, jc="center")
    return ob.table([ob.cell(left, 4000) + ob.cell(right, 5600), ob.cell("", 4000) + ob.cell(date, 5600)], [4000, 5600], ruled=False)


def signoff(recipients: str, signer: str) -> str:
    left = ob.cell_text(recipients)
    right = ob.cell_text(signer, b=True, jc="center")
    return ob.table([ob.cell(left, 4400) + ob.cell(right, 5200)], [4400, 5200], ruled=False)


def plan() -> str:
    """A commune's plan: headings through styles, restarted lists, a table of split columns."""
    b = [header("ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG", "Số: 57/KH-UBND", "Tân Phong, ngày 9 tháng 4 năm 2027")]
    b.append(ob.centred([("KẾ HOẠCH", {"b": True}), ("Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027", {"b": True})], 120))
    b.append(ob.text("Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"))
    b.append(ob.text("MỤC ĐÍCH, YÊU CẦU", style="Muc"))
    b.append(ob.text("Chủ động phòng ngừa, ứng phó kịp thời, hạn chế thấp nhất thiệt hại do thiên tai gây ra."))
    b.append(ob.text("NHIỆM VỤ CỤ THỂ", style="Muc"))
    b.append(ob.text("Công tác phòng ngừa", style="Tieumuc"))
    b.append(ob.para(
        ob.run("Ban Chỉ huy phòng thủ dân sự xã chủ trì, phối hợp với Công an xã rà soát các điểm xung yếu, "
               "hoàn thành trước ngày 15/5/2027;"), num=(3, 0)))  # fmt: skip
    b.append(ob.para(
        ob.run("Trạm Y tế xã chuẩn bị cơ số thuốc theo ") + hyperlink("hướng dẫn của ngành y tế")
        + ob.run(", xong trước ngày 31/5/2027."), num=(3, 0)))  # fmt: skip
    b.append(ob.text("Công tác ứng phó", style="Tieumuc"))
    b.append(ob.para(
        ob.run("Ban Chỉ huy Quân sự xã chủ trì xây dựng phương án sơ tán dân, hoàn thành trước ngày ")
        + ob.field("REF _Ref_han_so_tan \\h", "30/6/2027") + ob.run(";"), num=(4, 0)))  # fmt: skip
    b.append(ob.para(
        ob.run("Đoàn Thanh niên xã thành lập đội thanh niên xung kích, hoàn thành trong tháng 7/2027."), num=(4, 0)))
    b.append(ob.text("PHÂN CÔNG THỰC HIỆN", style="Muc"))
    b.append(ob.text("Các nhiệm vụ trọng tâm được phân công theo bảng sau:"))
    b.append(split_table([
        ["TT", "Nội dung công việc", ["Đơn vị thực hiện", "Chủ trì", "Phối hợp"], "Thời gian hoàn thành"],
        ["1", "Kiểm tra, gia cố hệ thống đê bao, kênh mương nội đồng",
         ["Công chức Địa chính - Xây dựng", "Hợp tác xã nông nghiệp Tân Phong"], "Trước 30/5/2027"],
        ["2", "Tổ chức diễn tập ứng phó bão, lũ cấp xã", ["Ban Chỉ huy Quân sự xã", "Công an xã"], "Tháng 8/2027"],
        ["3", "Tuyên truyền kỹ năng phòng, chống thiên tai trên hệ thống loa truyền thanh",
         "Công chức Văn hóa - Xã hội", "Quý III/2027"],
        ["4", "Tổng kết, đánh giá công tác phòng, chống thiên tai năm 2027",
         ["Văn phòng HĐND và UBND xã", "Các thôn"], "Trước 15/12/2027"],
    ], wrap={2}))  # fmt: skip
    b.append(ob.text("Ủy ban nhân dân xã đề nghị các đơn vị triển khai thực hiện nghiêm túc./."))
    b.append(signoff("Nơi nhận:\n- UBND huyện (b/c);\n- Các đơn vị liên quan;\n- Lưu: VT.",
                     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nPhạm Quang Vinh"))  # fmt: skip
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b)


def framed(text: str, *, b: bool = False) -> str:
    """A paragraph in a frame set at the left of the page (``w:framePr``)."""
    return f'<w:p><w:pPr>{FRAME}<w:jc w:val="center"/></w:pPr>{ob.run(text, b=b)}</w:p>'


def tab_row(*cells: str) -> str:
    return ob.para(TAB.join(ob.run(c) if c else "" for c in cells), indent=False, jc="left")


def letter() -> str:
    """A ward's letter: its header in frames, its tasks in a table typed with tabs."""
    b = [framed("ỦY BAN NHÂN DÂN", b=True), framed("PHƯỜNG AN LẠC", b=True), framed("Số: 312/UBND-VHXH"),
         framed("V/v kiểm tra an toàn thực phẩm dịp Tết Đoan Ngọ")]  # fmt: skip
    b.append(ob.para(ob.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True), jc="right", indent=False, after=0))
    b.append(ob.para(ob.run("Độc lập - Tự do - Hạnh phúc", b=True), jc="right", indent=False, after=0))
    b.append(ob.para(ob.run("An Lạc, ngày 14 tháng 4 năm 2027", i=True), jc="right", indent=False, after=120))
    b.append(ob.centred([("Kính gửi: Các bộ phận, đơn vị thuộc Ủy ban nhân dân phường", {})], after=120))
    b.append(ob.text("Để bảo đảm an toàn thực phẩm trên địa bàn, Ủy ban nhân dân phường giao các bộ phận, "
                     "đơn vị thực hiện các nội dung sau:"))  # fmt: skip
    b.append(tab_row("STT", "Nội dung kiểm tra", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"))
    b.append(tab_row("1", "Kiểm tra cơ sở kinh doanh thực phẩm tại chợ An Lạc", "Trạm Y tế phường", "Công an phường", "30/4/2027"))
    b.append(tab_row("2", "Kiểm tra bếp ăn tập thể các trường mầm non", "Trạm Y tế phường", "", "15/5/2027"))
    b.append(tab_row("3", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân quận", "Công chức Văn hóa - Xã hội",
                     "Trạm Y tế phường", "31/5/2027"))  # fmt: skip
    b.append(ob.text("Yêu cầu các bộ phận, đơn vị khẩn trương triển khai thực hiện./."))
    b.append(signoff("Nơi nhận:\n- Như trên;\n- Lưu: VT, VHXH.",
                     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị Thu Hà"))  # fmt: skip
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b)


SHEET = [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
    [1, "Rà soát, thống kê các hộ sản xuất nông nghiệp bị thiệt hại do hạn hán", "Phòng Kinh tế",
     "Ủy ban nhân dân các xã, thị trấn", (47284,)],
    [2, "Lập danh mục công trình thủy lợi cần nạo vét", "Phòng Kinh tế", "Trạm Thủy lợi huyện", "Tháng 9/2029"],
    [3, "Đề xuất hỗ trợ giống cây trồng cho các hộ bị thiệt hại", "Trạm Khuyến nông huyện", "", (47391,)],
]  # fmt: skip


def old_sheet_letter() -> str:
    """A district's letter whose task table is an Excel 97-2003 sheet embedded as an object."""
    b = [header("ỦY BAN NHÂN DÂN\nHUYỆN THẠCH LÂM", "Số: 705/UBND-KT\nV/v khắc phục thiệt hại do hạn hán",
                "Thạch Lâm, ngày 2 tháng 6 năm 2029")]  # fmt: skip
    b.append(ob.centred([("Kính gửi: Các cơ quan, đơn vị có liên quan", {"i": True})], after=120))
    b.append(ob.text("Ủy ban nhân dân huyện giao các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng sau:"))
    b.append(ob.para(embedded.ole_object("Excel.Sheet.8"), jc="center", indent=False))
    b.append(ob.text("Đề nghị các cơ quan, đơn vị triển khai thực hiện, báo cáo kết quả đúng thời hạn./."))
    b.append(signoff("Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHoàng Minh Đức"))
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b)


def build(path: Path, which: str) -> bytes:
    if which == "xls":
        return embedded.write(path, old_sheet_letter(), embedded=workbook(SHEET))
    return write(path, plan() if which == "plan" else letter())


# ---------------------------------------------------------------- embedded Excel 97-2003 sheets


def test_an_excel_97_2003_sheet_embedded_as_an_object_reads_as_a_table(tmp_path: Path) -> None:
    body = ob.text("Giao nhiệm vụ như sau:") + ob.para(embedded.ole_object("Excel.Sheet.8"), indent=False)
    data = embedded.write(tmp_path / "cv.docx", body, embedded=workbook(embedded.SHEET))
    # (it was left out, with the warning that an object Excel.Sheet.8 is not read)
    assert [ln for ln in extracted_text(data).splitlines() if ln] == [
        "Giao nhiệm vụ như sau:",
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian Hoàn thành |",
        "| 1 | Rà soát, cập nhật danh sách hộ nghèo | Phòng Văn hóa - Xã hội | Công an xã; Trạm Y tế xã | 31/7/2026 |",
        "| 2 | Kiểm tra việc chi trả trợ cấp | Văn phòng HĐND và UBND xã |  | Quý IV/2026 |",
    ]
    assert parse_bytes(data, source="cv.docx").to_dict()["warnings"] == []


def test_strings_cut_over_records_and_hidden_rows_of_an_old_sheet(tmp_path: Path) -> None:
    long = "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Sở Nông nghiệp và Môi trường"
    rows = [["TT", "Nội dung", "Chủ trì"], [1, long, "Phòng Kinh tế"], [2, "Dòng ẩn", "Phòng Nội vụ"], [-3, "Kiểm tra", "Thanh tra"]]
    body = ob.para(embedded.ole_object("Excel.Sheet.8"), indent=False)
    # (records of 40 bytes: the strings cut between them, each next part opening with its flags)
    data = embedded.write(tmp_path / "cv.docx", body, embedded=workbook(rows, hidden={2}, limit=40))
    assert [ln for ln in extracted_text(data).splitlines() if ln] == [
        "| TT | Nội dung | Chủ trì |", f"| 1 | {long} | Phòng Kinh tế |", "| -3 | Kiểm tra | Thanh tra |"
    ]


def test_a_workbook_in_an_ole_package_stream_reads_as_a_table(tmp_path: Path) -> None:
    package = _compound(embedded.xlsx(embedded.SHEET), "Package", cutoff=0)
    body = ob.para(embedded.ole_object("Excel.Sheet.12"), indent=False)
    data = embedded.write(tmp_path / "cv.docx", body, embedded=package)
    assert extracted_text(data).splitlines()[0].startswith("| STT | Nội dung công việc |")


@pytest.mark.parametrize("blob", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
def test_a_damaged_compound_object_is_named_in_a_warning(tmp_path: Path, blob: bytes) -> None:
    body = ob.text("Giao nhiệm vụ như sau:") + ob.para(embedded.ole_object("Excel.Sheet.8"), indent=False)
    data = embedded.write(tmp_path / "cv.docx", body, embedded=blob)
    record = parse_bytes(data, source="cv.docx").to_dict()
    assert "docx_part_not_read" in [w["code"] for w in record["warnings"]]


# ---------------------------------------------------------------- Excel 97-2003 workbooks


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _sst(strings: list[str], limit: int) -> bytes:
    """The shared strings as an SST record and CONTINUE records of at most ``limit`` bytes, a
    string's characters cut between two records (a flags byte opening the next), as Excel does."""
    records: list[bytes] = []
    buf = bytearray(struct.pack("<II", len(strings), len(strings)))
    for text in strings:
        if len(buf) + 3 > limit:
            records.append(bytes(buf))
            buf = bytearray()
        units = text.encode("utf-16-le")
        buf += struct.pack("<HB", len(units) // 2, 1)
        while units:
            room = (limit - len(buf)) // 2 * 2
            if room == 0:
                records.append(bytes(buf))
                buf = bytearray(b"\x01")
                continue
            buf += units[:room]
            units = units[room:]
    records.append(bytes(buf))
    return _record(0x00FC, records[0]) + b"".join(_record(0x003C, r) for r in records[1:])


def workbook(rows: list[list[object]], *, hidden: set[int] = frozenset(), limit: int = 8224) -> bytes:
    """An Excel 97-2003 workbook (BIFF8 in a compound file) of one sheet: text cells in the shared
    strings, integers as RK cells, a ``(serial,)`` tuple a date (a cell whose style shows
    ``d/m/yyyy``); rows in ``hidden`` hidden."""
    strings: list[str] = []
    cells = b""
    for r, row in enumerate(rows):
        if r in hidden:
            cells += _record(0x0208, struct.pack("<HHHHHHI", r, 0, len(row), 255, 0, 0, 0x20 | 0x100))
        for c, value in enumerate(row):
            if isinstance(value, str):
                if value not in strings:
                    strings.append(value)
                cells += _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.index(value)))
            elif isinstance(value, tuple):
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 16, float(value[0])))
            elif isinstance(value, int):
                cells += _record(0x027E, struct.pack("<HHHI", r, c, 15, ((value << 2) | 2) & 0xFFFFFFFF))
    bof = lambda kind: _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 1996, 0, 6))  # noqa: E731
    xfs = b"".join(_record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 14 if k == 16 else 0, 0, 0, 0, 0, 0, 0, 0, 0)) for k in range(17))
    name = "Sheet1".encode("latin-1")
    globals_ = bof(0x0005) + _record(0x003D, struct.pack("<HHHHHHHHH", 0, 0, 9000, 5000, 0x38, 0, 0, 1, 600))
    globals_ += _record(0x041E, struct.pack("<HHB", 180, 8, 0) + b"d/m/yyyy") + xfs + _sst(strings, limit)
    sheet_rec = lambda pos: _record(0x0085, struct.pack("<IBBBB", pos, 0, 0, len(name), 0) + name)  # noqa: E731
    head = len(globals_) + len(sheet_rec(0)) + len(_record(0x000A, b""))
    stream = globals_ + sheet_rec(head) + _record(0x000A, b"") + bof(0x0010) + cells + _record(0x000A, b"")
    stream = stream.ljust(4096, b"\x00")  # (a stream of the regular sectors, not the mini stream)
    return _compound(stream, "Workbook")


def _compound(stream: bytes, name: str, cutoff: int = 4096) -> bytes:
    """A compound file (OLE2) of sectors of 512 bytes holding one stream (in the regular sectors:
    at least ``cutoff`` bytes long, the size under which a stream goes to the mini stream)."""
    size = 512
    count = -(-len(stream) // size)
    # (sector 0 the FAT, 1 the directory, the stream from 2 on)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + k if k + 1 < count else 0xFFFFFFFE for k in range(count)]
    fat += [0xFFFFFFFF] * (size // 4 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, cutoff, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<109I", 0, *[0xFFFFFFFF] * 108)

    def entry(title: str, kind: int, child: int, start: int, length: int) -> bytes:
        raw = title.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw) if title else 0, kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + bytes(16 + 4 + 16)
                + struct.pack("<III", start, length, 0))  # fmt: skip

    directory = entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry(name, 2, 0xFFFFFFFF, 2, len(stream))
    directory += entry("", 0, 0xFFFFFFFF, 0, 0) * 2
    return header + struct.pack(f"<{size // 4}I", *fat) + directory + stream.ljust(count * size, b"\x00")


def embed(path: Path, body: str, blob: bytes, name: str, kind: str) -> bytes:
    """A package holding ``blob`` as the part of an embedded object (``rId95``, ``ole_object``)."""
    ob.write_docx(path, body, [], "")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[f"word/embeddings/{name}"] = blob
    rel = f'<Relationship Id="rId95" Target="embeddings/{name}" Type="{embedded.RELS}package"/>'
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", rel.encode() + b"</Relationships>"
    )
    override = f'<Override PartName="/word/embeddings/{name}" ContentType="{kind}"/>'
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", override.encode() + b"</Types>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path.read_bytes()


WORD_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_word_document_embedded_as_an_object_is_read_where_it_stands(tmp_path: Path) -> None:
    rows = [
        ob.cell(ob.cell_text("TT"), 600) + ob.cell(ob.cell_text("Nhiệm vụ"), 4000) + ob.cell(ob.cell_text("Chủ trì"), 2500)
        + ob.cell(ob.cell_text("Thời hạn"), 1500),
        ob.cell(ob.cell_text("1"), 600) + ob.cell(ob.cell_text("Rà soát quy hoạch mạng lưới trường học"), 4000)
        + ob.cell(ob.cell_text("Phòng Giáo dục và Đào tạo"), 2500) + ob.cell(ob.cell_text("Quý III/2027"), 1500),
    ]  # fmt: skip
    ob.write_docx(tmp_path / "inner.docx", ob.text("PHỤ LỤC NHIỆM VỤ") + ob.table(rows, [600, 4000, 2500, 1500], ruled=True), [], "")
    inner = (tmp_path / "inner.docx").read_bytes()
    body = ob.text("Các nhiệm vụ cụ thể tại Phụ lục kèm theo:") + ob.para(embedded.ole_object("Word.Document.12"), indent=False)
    body += ob.text("Đề nghị các cơ quan thực hiện.")
    data = embed(tmp_path / "cv.docx", body, inner, "Microsoft_Word_Document.docx", WORD_DOCUMENT)
    # (it was left out, with the warning that an object Word.Document.12 is not read)
    assert [ln for ln in extracted_text(data).splitlines() if ln] == [
        "Các nhiệm vụ cụ thể tại Phụ lục kèm theo:",
        "PHỤ LỤC NHIỆM VỤ",
        "| TT | Nhiệm vụ | Chủ trì | Thời hạn |",
        "| 1 | Rà soát quy hoạch mạng lưới trường học | Phòng Giáo dục và Đào tạo | Quý III/2027 |",
        "Đề nghị các cơ quan thực hiện.",
    ]
    assert parse_bytes(data, source="cv.docx").to_dict()["warnings"] == []


def test_a_presentation_embedded_as_an_object_is_still_named_in_a_warning(tmp_path: Path) -> None:
    show = io.BytesIO()
    with zipfile.ZipFile(show, "w") as zf:
        zf.writestr("[Content_Types].xml", '<Types><Override PartName="/ppt/presentation.xml" ContentType="x"/></Types>')
        zf.writestr("ppt/presentation.xml", "<p:presentation/>")
    body = ob.text("Giao nhiệm vụ như sau:") + ob.para(embedded.ole_object("PowerPoint.Show.12"), indent=False)
    data = embed(tmp_path / "cv.docx", body, show.getvalue(), "Microsoft_PowerPoint_Presentation.pptx", "x")
    record = parse_bytes(data, source="cv.docx").to_dict()
    assert any("PowerPoint.Show.12" in w["message"] for w in record["warnings"])


# ---------------------------------------------------------------- split columns


def test_a_column_split_by_a_table_in_its_cells_reads_as_sub_columns(tmp_path: Path) -> None:
    rows = [
        ["TT", "Nhiệm vụ", ["Đơn vị thực hiện", "Chủ trì", "Phối hợp"], "Thời hạn"],
        ["1", "Xây dựng dự toán kinh phí", ["Phòng Tài chính - Kế hoạch", "Phòng Nội vụ"], "Tháng 5/2027"],
        ["2", "Báo cáo kết quả", "Văn phòng HĐND và UBND huyện", "Trước 15/12/2027"],
    ]
    assert lines_of(tmp_path, ob.text("Phân công:") + split_table(rows))[1:] == [
        "| TT | Nhiệm vụ | Đơn vị thực hiện Chủ trì | Phối hợp | Thời hạn |",
        "| 1 | Xây dựng dự toán kinh phí | Phòng Tài chính - Kế hoạch | Phòng Nội vụ | Tháng 5/2027 |",
        # (a cell with no table in it spans the sub-columns)
        "| 2 | Báo cáo kết quả | Văn phòng HĐND và UBND huyện |  | Trước 15/12/2027 |",
    ]


def test_a_group_row_across_a_split_table_spans_its_sub_columns(tmp_path: Path) -> None:
    rows = [
        ["TT", "Nhiệm vụ", ["Đơn vị", "Chủ trì", "Phối hợp", "Báo cáo"], "Thời hạn"],
        ["1", "Rà soát hồ sơ đất đai", ["Phòng Nông nghiệp và Môi trường", "Phòng Tư pháp", "Thanh tra huyện"], "Quý II/2027"],
    ]
    table = split_table(rows)
    group = ob.cell(ob.cell_text("II", b=True), 600) + ob.cell(ob.cell_text("LĨNH VỰC VĂN HÓA", b=True), 8500, span=3)
    table = table.removesuffix("</w:tbl>") + f"<w:tr>{group}</w:tr></w:tbl>"  # (the outer table's last row)
    assert lines_of(tmp_path, ob.text("Phân công:") + table)[1:] == [
        "| TT | Nhiệm vụ | Đơn vị Chủ trì | Phối hợp | Báo cáo | Thời hạn |",
        "| 1 | Rà soát hồ sơ đất đai | Phòng Nông nghiệp và Môi trường | Phòng Tư pháp | Thanh tra huyện | Quý II/2027 |",
        "| II | LĨNH VỰC VĂN HÓA |  |  |  |  |",
    ]


def test_a_table_of_several_rows_in_a_cell_is_read_as_before(tmp_path: Path) -> None:
    inner = ob.table([ob.cell(ob.cell_text("Sở Y tế"), 1500), ob.cell(ob.cell_text("Sở Tài chính"), 1500)], [1500], ruled=True)
    rows = [
        ob.cell(ob.cell_text("TT"), 600) + ob.cell(ob.cell_text("Nhiệm vụ"), 4000) + ob.cell(ob.cell_text("Chủ trì"), 3000),
        ob.cell(ob.cell_text("1"), 600) + ob.cell(ob.cell_text("Kiểm tra"), 4000) + ob.cell(inner, 3000),
        ob.cell(ob.cell_text("2"), 600) + ob.cell(ob.cell_text("Báo cáo"), 4000) + ob.cell(inner, 3000),
    ]
    got = lines_of(tmp_path, ob.text("Phân công:") + ob.table(rows, [600, 4000, 3000], ruled=True))[1:]
    assert got[1:] == ["| 1 | Kiểm tra | Sở Y tế; Sở Tài chính |", "| 2 | Báo cáo | Sở Y tế; Sở Tài chính |"]


# ---------------------------------------------------------------- tables typed with tabs


def test_rows_typed_with_a_tab_a_column_read_as_a_table(tmp_path: Path) -> None:
    body = ob.text("Phân công như sau:") + tab_row("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn")
    body += tab_row("1", "Rà soát hạ tầng mạng", "Phòng Văn hóa và Thông tin", "", "30/6/2027")
    body += tab_row("2", "Cập nhật cơ sở dữ liệu", "Phòng Nội vụ", "Văn phòng HĐND và UBND", "15/9/2027")
    assert lines_of(tmp_path, body) == [
        "Phân công như sau:",
        "| TT | Nội dung | Chủ trì | Phối hợp | Thời hạn |",
        "| 1 | Rà soát hạ tầng mạng | Phòng Văn hóa và Thông tin |  | 30/6/2027 |",
        "| 2 | Cập nhật cơ sở dữ liệu | Phòng Nội vụ | Văn phòng HĐND và UBND | 15/9/2027 |",
    ]


def test_rows_aligned_with_repeated_tabs_read_as_a_table(tmp_path: Path) -> None:
    body = tab_row("Thời gian", "", "Địa điểm", "", "", "Tổ kiểm tra")
    body += tab_row("Ngày 20/4/2027", "Chợ An Lạc", "", "Tổ số 1")
    body += tab_row("Ngày 22/4/2027", "", "Trường Mầm non Hoa Sen", "Tổ số 2")
    assert lines_of(tmp_path, body) == [
        "| Thời gian | Địa điểm | Tổ kiểm tra |",
        "| Ngày 20/4/2027 | Chợ An Lạc | Tổ số 1 |",
        "| Ngày 22/4/2027 | Trường Mầm non Hoa Sen | Tổ số 2 |",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # one line alone: no table
        [("Tổ trưởng", "Tổ phó", "Thư ký")],
        # lines of as many cells as they please: no table
        [("Họ và tên", "Chức vụ", "Đơn vị"), ("Nguyễn Văn An", "Trưởng phòng")],
        # a first line of long texts (no headings): body lines set with tabs
        [("Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí kinh phí thực hiện", "Quý II", "năm 2027"),
         ("Phòng Nội vụ chủ trì rà soát biên chế của các cơ quan, đơn vị", "Quý III", "năm 2027")],
    ],
)
def test_lines_with_tabs_that_are_no_table_read_as_they_were(tmp_path: Path, rows: list[tuple[str, ...]]) -> None:
    body = "".join(tab_row(*row) for row in rows)
    assert lines_of(tmp_path, body) == ["    ".join(row) for row in rows]


def test_signers_side_by_side_typed_with_tabs_are_no_table(tmp_path: Path) -> None:
    body = tab_row("TM. ỦY BAN NHÂN DÂN", "TM. BAN THƯỜNG TRỰC", "TM. BAN CHẤP HÀNH")
    body += tab_row("CHỦ TỊCH", "CHỦ TỊCH", "CHỦ TỊCH")
    body += tab_row("Lê Văn An", "Trần Thị Bình", "Phạm Minh Châu")
    assert lines_of(tmp_path, body) == [
        "TM. ỦY BAN NHÂN DÂN    TM. BAN THƯỜNG TRỰC    TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH    CHỦ TỊCH    CHỦ TỊCH",
        "Lê Văn An    Trần Thị Bình    Phạm Minh Châu",
    ]


def test_a_header_typed_with_tabs_still_reads_block_by_block(tmp_path: Path) -> None:
    body = tab_row("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    body += tab_row("PHƯỜNG AN LẠC", "Độc lập - Tự do - Hạnh phúc")
    body += tab_row("STT", "Nội dung", "Chủ trì") + tab_row("1", "Kiểm tra", "Trạm Y tế phường")
    assert lines_of(tmp_path, body) == [
        "ỦY BAN NHÂN DÂN", "PHƯỜNG AN LẠC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "| STT | Nội dung | Chủ trì |", "| 1 | Kiểm tra | Trạm Y tế phường |",
    ]  # fmt: skip


# ---------------------------------------------------------------- numbering


def test_a_list_given_again_with_its_whole_level_restarts(tmp_path: Path) -> None:
    body = ob.para(ob.run("Rà soát"), num=(3, 0)) + ob.para(ob.run("Kiểm tra"), num=(3, 0))
    body += ob.text("Công tác ứng phó", style="Tieumuc")
    body += ob.para(ob.run("Sơ tán"), num=(4, 0)) + ob.para(ob.run("Cứu hộ"), num=(4, 0))
    assert lines_of(tmp_path, body) == ["a) Rà soát", "b) Kiểm tra", "1.1. Công tác ứng phó", "a) Sơ tán", "b) Cứu hộ"]


def test_levels_through_styles_only(tmp_path: Path) -> None:
    body = ob.text("NHIỆM VỤ", style="Muc") + ob.text("Phòng ngừa", style="Tieumuc") + ob.text("Rà soát", style="Diem")
    body += ob.text("TỔ CHỨC", style="Muc") + ob.text("Trách nhiệm", style="Tieumuc") + ob.text("Báo cáo", style="Diem")
    # (the style Diem names no level: the level naming the style, w:lvl/w:pStyle)
    assert lines_of(tmp_path, body) == ["I. NHIỆM VỤ", "1.1. Phòng ngừa", "a) Rà soát", "II. TỔ CHỨC", "2.1. Trách nhiệm", "a) Báo cáo"]


# ---------------------------------------------------------------- the fixtures


FIXTURE_FILES = [(PLAN, PLAN_TEXT, "plan"), (LETTER, LETTER_TEXT, "letter"), (OLD_SHEET, OLD_SHEET_TEXT, "xls")]


@pytest.mark.parametrize(("fixture", "text", "which"), FIXTURE_FILES)
def test_the_fixtures_read_as_their_text(tmp_path: Path, fixture: Path, text: Path, which: str) -> None:
    """The committed files read as their text fixtures, and so do ones built afresh."""
    assert extracted_text(fixture.read_bytes()) + "\n" == text.read_text(encoding="utf-8")
    assert extracted_text(build(tmp_path / "f.docx", which)) == extracted_text(fixture.read_bytes())


def owners(path: Path) -> tuple[dict, list]:
    record = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    got = [
        (d["due"], sorted((a["unit"], a["role"]) for a in d["assignees"]), d.get("section"))
        for d in record["deadlines"]
    ]
    return record["document"], got


def test_the_plan_gives_each_unit_of_a_split_column_its_role() -> None:
    doc, got = owners(PLAN)
    assert (doc["number"], doc["date"]) == ("57/KH-UBND", "2027-04-09")
    due = {d: units for d, units, _section in got}
    # (they were both leads: "Công chức Địa chính - Xây dựng; Hợp tác xã nông nghiệp Tân Phong")
    assert due["2027-05-30"] == [("Công chức Địa chính - Xây dựng", "lead"), ("Hợp tác xã nông nghiệp Tân Phong", "coordinate")]
    assert due["2027-08-31"] == [("Ban Chỉ huy Quân sự xã", "lead"), ("Công an xã", "coordinate")]
    assert due["2027-09-30"] == [("Công chức Văn hóa - Xã hội", "lead")]
    assert due["2027-12-15"] == [("Các thôn", "coordinate"), ("Văn phòng HĐND và UBND xã", "lead")]
    # the restarted list is numbered afresh under its heading
    assert [s for d, _u, s in got if d in ("2027-06-30", "2027-07-31")] == ["II.2.2.a", "II.2.2.b"]


def test_the_letter_gives_the_owners_of_its_rows_typed_with_tabs() -> None:
    doc, got = owners(LETTER)
    assert (doc["number"], doc["date"]) == ("312/UBND-VHXH", "2027-04-14")
    # (the rows were lines of text: no owner at all)
    assert [(d, units) for d, units, _s in got] == [
        ("2027-04-30", [("Công an phường", "coordinate"), ("Trạm Y tế phường", "lead")]),
        ("2027-05-15", [("Trạm Y tế phường", "lead")]),
        ("2027-05-31", [("Công chức Văn hóa - Xã hội", "lead"), ("Trạm Y tế phường", "coordinate")]),
    ]


def test_the_letter_gives_the_tasks_of_its_old_sheet() -> None:
    doc, got = owners(OLD_SHEET)
    assert (doc["number"], doc["date"]) == ("705/UBND-KT", "2029-06-02")
    # (the sheet was left out: no deadline at all)
    assert [(d, units) for d, units, _s in got] == [
        ("2029-06-15", [("Phòng Kinh tế", "lead"), ("Ủy ban nhân dân các xã, thị trấn", "coordinate")]),
        ("2029-09-30", [("Phòng Kinh tế", "lead"), ("Trạm Thủy lợi huyện", "coordinate")]),
        ("2029-09-30", [("Trạm Khuyến nông huyện", "lead")]),
    ]


if __name__ == "__main__":  # write the fixtures
    for path, text, which in FIXTURE_FILES:
        path.parent.mkdir(parents=True, exist_ok=True)
        build(path, which)
        text.write_text(extracted_text(path.read_bytes()) + "\n", encoding="utf-8")
        print(path, path.stat().st_size, file=sys.stderr)
