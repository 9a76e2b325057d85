"""DOCX files of other offices (round 33, helper 169): constructs a clerk reads without thinking,
built here as Word writes them (tests/office_build.py's parts):

* a cell of a task table holding several units, each on a paragraph of its own or after a line
  break (``w:br``) with no separator typed ("Văn phòng Đảng ủy" / "Công an xã"): two units, not
  one "Văn phòng Đảng ủy Công an xã"; a time ("Quý III" / "năm 2027"), a sentence broken over
  lines, a list typed with its own separators and the header row read as before;
* a SmartArt diagram (an organisation chart): the text of its shapes read after its paragraph, a
  line each, parents before their children (it was left out);
* an Excel workbook embedded as an object (``w:object``, an OLE object: a task table pasted from
  Excel), its first sheet read as a table where it stands (it was left out); an object of any
  other kind named in a warning;
* in one Party plan of our own wording, with them: the number in a text box of the header's
  cell, tracked changes, a hyperlink, a simple field, a date content control, a footnote, roman
  headings through a paragraph style.

The fixtures ``tests/fixtures/office/lang33/kh_cell_units_lang33.docx`` (the plan) and
``cv_excel_object_lang33.docx`` (a commune's letter whose task table is an embedded Excel sheet) are
written by ``python tests/test_readers_lang33_169.py``; their texts are
``tests/fixtures/docx_cell_units_lang33.txt`` and ``docx_excel_object_lang33.txt`` (with their
golden records).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

import office_build as ob
from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

FIXTURE = FIXTURES / "office" / "lang33" / "kh_cell_units_lang33.docx"
TEXT = FIXTURES / "docx_cell_units_lang33.txt"
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WIDTHS = [700, 4000, 2400, 2400, 1700]
HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def broken(lines: list[str]) -> str:
    """One paragraph whose lines are set apart by line breaks (``w:br``, Shift+Enter)."""
    runs = "".join(("<w:r><w:br/></w:r>" if k else "") + ob.run(line, size=24) for k, line in enumerate(lines))
    return ob.para(runs, jc="left", indent=False, after=0)


def cell_of(content: str | list[str], width: int) -> str:
    """A cell: a text (its lines a paragraph each), a list of lines set apart by line breaks, or
    paragraphs already written."""
    if isinstance(content, list):
        return ob.cell(broken(content), width)
    return ob.cell(content if content.startswith("<w:p") else ob.cell_text(content), width)


def task_table(rows: list[list[str | list[str]]]) -> str:
    cells = ["".join(cell_of(c, w) for c, w in zip(row, WIDTHS, strict=True)) for row in rows]
    return ob.table(cells, WIDTHS, ruled=True, header_rows=1)


RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def write(
    path: Path, body: str, notes: list[str] | None = None, diagram: str | None = None, embedded: bytes | None = None
) -> bytes:
    """A package as Word writes it, with a SmartArt diagram's data part when ``diagram`` is given
    (referred to as ``rId90`` by ``smartart``), an embedded object's when ``embedded`` is (``rId95``,
    by ``ole_object``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ob.write_docx(path, body, notes or [], "")
    extra: list[tuple[str, bytes, str, str]] = []  # (part, data, relationship type, content type)
    if diagram is not None:
        extra.append(("rId90:diagrams/data1.xml", diagram.encode("utf-8"), "diagramData",
                      "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"))  # fmt: skip
    if embedded is not None:
        xlsx = embedded.startswith(b"PK")
        name = "Microsoft_Excel_Worksheet.xlsx" if xlsx else "oleObject1.bin"
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if xlsx else (
            "application/vnd.openxmlformats-officedocument.oleObject")
        extra.append((f"rId95:embeddings/{name}", embedded, "package" if xlsx else "oleObject", kind))
    if extra:
        with zipfile.ZipFile(path) as zf:
            parts = {n: zf.read(n) for n in zf.namelist()}
        for ref, data, rel, kind in extra:
            rid, target = ref.split(":")
            parts[f"word/{target}"] = data
            parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
                b"</Relationships>",
                f'<Relationship Id="{rid}" Target="{target}" Type="{RELS}{rel}"/></Relationships>'.encode(),
            )
            parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
                b"</Types>", f'<Override PartName="/word/{target}" ContentType="{kind}"/></Types>'.encode()
            )
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
    return path.read_bytes()


def lines_of(tmp_path: Path, body: str, diagram: str | None = None) -> list[str]:
    return [ln for ln in extracted_text(write(tmp_path / "kh.docx", body, diagram=diagram)).splitlines() if ln]


# ---------------------------------------------------------------- a cell of several units


def test_units_on_paragraphs_or_lines_of_their_own_stay_apart(tmp_path: Path) -> None:
    table = task_table([
        HEAD,
        ["1", "Rà soát danh sách hộ nghèo, hộ cận nghèo", "Văn phòng Đảng ủy\nCông an xã",
         ["Ủy ban MTTQ xã", "Đoàn Thanh niên xã"], "Tháng 6/2027"],
        ["2", "Tập huấn kỹ năng vận động quần chúng\ncho cán bộ thôn", "Hội Nông dân xã",
         "- Hội Phụ nữ xã;\n- Hội Cựu chiến binh xã.", ["Quý III", "năm 2027"]],
        ["3", "Sơ kết mô hình", "Ban Chỉ đạo", "Trạm Y tế xã", ["Trước ngày", "15/11/2027"]],
        ["4", "Xây dựng kế hoạch\nTổ chức thực hiện", ["Phòng Kinh tế", "Hạ tầng và Đô thị"], "", "Quý IV/2027"],
    ])  # fmt: skip
    got = lines_of(tmp_path, ob.text("Các đơn vị thực hiện các nhiệm vụ sau:") + table)
    # (they were one unit each: "Văn phòng Đảng ủy Công an xã", "Ủy ban MTTQ xã Đoàn Thanh niên xã")
    assert got[2] == (
        "| 1 | Rà soát danh sách hộ nghèo, hộ cận nghèo | Văn phòng Đảng ủy; Công an xã | Ủy ban MTTQ xã; Đoàn Thanh "
        "niên xã | Tháng 6/2027 |"
    )
    # a sentence broken over lines, a list typed with its bullets and separators, a time: as before
    assert got[3] == (
        "| 2 | Tập huấn kỹ năng vận động quần chúng cho cán bộ thôn | Hội Nông dân xã | - Hội Phụ nữ xã; - Hội Cựu "
        "chiến binh xã. | Quý III năm 2027 |"
    )
    assert got[4] == "| 3 | Sơ kết mô hình | Ban Chỉ đạo | Trạm Y tế xã | Trước ngày 15/11/2027 |"
    # lines that are no units' names: a task of two sentences, a name broken by hand
    assert got[5] == "| 4 | Xây dựng kế hoạch Tổ chức thực hiện | Phòng Kinh tế Hạ tầng và Đô thị |  | Quý IV/2027 |"


def test_the_header_row_and_a_time_of_two_lines_are_read_as_before(tmp_path: Path) -> None:
    head = ["TT", "Nội dung", "Cơ quan\nChủ trì", "Cơ quan\nPhối hợp", "Thời gian\nHoàn thành"]
    table = task_table([
        head,
        ["1", "Kiểm tra việc thực hiện quy chế dân chủ", "Ủy ban Kiểm tra Đảng ủy\nVăn phòng Đảng ủy",
         "Các chi bộ", "Quý IV\nNăm 2027"],
    ])  # fmt: skip
    got = lines_of(tmp_path, table)
    assert got[0] == "| TT | Nội dung | Cơ quan Chủ trì | Cơ quan Phối hợp | Thời gian Hoàn thành |"
    # (the two leads were one: "Ủy ban Kiểm tra Đảng ủy Văn phòng Đảng ủy")
    assert got[1] == (
        "| 1 | Kiểm tra việc thực hiện quy chế dân chủ | Ủy ban Kiểm tra Đảng ủy; Văn phòng Đảng ủy | Các chi bộ | "
        "Quý IV Năm 2027 |"
    )
    record = parse_bytes(write(tmp_path / "kh.docx", table), source="kh.docx").to_dict()
    assert [
        (d["due"], sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead")) for d in record["deadlines"]
    ] == [("2027-12-31", ["Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy"])]
    # a table without a number column: its header rows (repeated on each page) as before, its rows
    # below them with their units apart
    widths = [4000, 2600, 2600, 2000]
    rows = [["Nội dung", "Cơ quan thực hiện", "", "Thời gian"], ["", "Chủ trì", "Phối hợp", "Năm\nThực hiện"],
            ["Tuyên truyền chính sách mới", "Đài Truyền thanh xã\nĐoàn Thanh niên xã", "Các thôn", "Quý II/2027"]]
    cells = ["".join(cell_of(c, w) for c, w in zip(row, widths, strict=True)) for row in rows]
    got = lines_of(tmp_path, ob.table(cells, widths, ruled=True, header_rows=2))
    assert got == [
        "| Nội dung | Cơ quan thực hiện |  | Thời gian |",
        "|  | Chủ trì | Phối hợp | Năm Thực hiện |",
        "| Tuyên truyền chính sách mới | Đài Truyền thanh xã; Đoàn Thanh niên xã | Các thôn | Quý II/2027 |",
    ]


# ---------------------------------------------------------------- SmartArt


def smartart() -> str:
    """A run drawing a SmartArt diagram inline (its data part ``rId90``)."""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="2400000"/>'
        '<wp:docPr id="12" name="Diagram 12"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        f'<dgm:relIds xmlns:dgm="{DGM_NS}" r:dm="rId90" r:lo="rId91" r:qs="rId92" r:cs="rId93"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def diagram(nodes: list[tuple[str, str, str | None]]) -> str:
    """A diagram's data part: (id, text, parent id) of each node, listed in this order, children
    of one parent ranked in the order given; a presentation point and transitions besides."""
    pts = '<dgm:pt modelId="0" type="doc"><dgm:prSet/><dgm:spPr/></dgm:pt>'
    cxns = []
    ranks: dict[str, int] = {}
    for mid, text, parent in nodes:
        body = f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="vi-VN"/><a:t>{text}</a:t></a:r></a:p></dgm:t>'
        pts += f'<dgm:pt modelId="{mid}"><dgm:prSet/><dgm:spPr/>{body}</dgm:pt>'
        src = parent or "0"
        rank = ranks[src] = ranks.get(src, -1) + 1
        cxns.append(f'<dgm:cxn modelId="c{mid}" srcId="{src}" destId="{mid}" srcOrd="{rank}" destOrd="0"/>')
    pts += '<dgm:pt modelId="90" type="parTrans"><dgm:prSet/><dgm:spPr/><dgm:t><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
    pts += '<dgm:pt modelId="91" type="pres"><dgm:prSet presName="hierRoot1"/><dgm:spPr/></dgm:pt>'
    cxns.append('<dgm:cxn modelId="c91" type="presOf" srcId="1" destId="91" srcOrd="0" destOrd="0"/>')
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{DGM_NS}" '
        f'xmlns:a="{A_NS}"><dgm:ptLst>{pts}</dgm:ptLst><dgm:cxnLst>{"".join(reversed(cxns))}</dgm:cxnLst>'
        "<dgm:bg/><dgm:whole/></dgm:dataModel>"
    )


CHART = [
    ("5", "Tổ Giúp việc", "1"),
    ("1", "Ban Chỉ đạo xã", None),
    ("7", "Văn phòng Đảng ủy", "5"),
    ("6", "Các chi bộ thôn", "1"),
]


def test_the_text_of_a_smartart_diagram_is_read_in_its_place(tmp_path: Path) -> None:
    body = ob.text("Sơ đồ tổ chức thực hiện:") + ob.para(smartart(), indent=False) + ob.text("Các đơn vị thực hiện.")
    got = lines_of(tmp_path, body, diagram(CHART))
    # (it was left out: the text of a diagram is in a part of its own)
    assert got == [
        "Sơ đồ tổ chức thực hiện:",
        "Ban Chỉ đạo xã",
        "Tổ Giúp việc",
        "Văn phòng Đảng ủy",
        "Các chi bộ thôn",
        "Các đơn vị thực hiện.",
    ]
    # a diagram whose part is missing or broken reads nothing (and no error)
    body = ob.text("Sơ đồ:") + ob.para(smartart(), indent=False)
    assert lines_of(tmp_path, body) == ["Sơ đồ:"]
    assert lines_of(tmp_path, body, "<dgm:dataModel") == ["Sơ đồ:"]


# ---------------------------------------------------------------- an Excel sheet embedded as an object

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx(rows: list[list[object]]) -> bytes:
    """A workbook as Excel writes it (the parts read): text cells in the shared strings, numbers,
    a date (a ``(serial,)`` tuple) in a cell whose style shows ``dd/mm/yyyy``."""
    shared: dict[str, int] = {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}" s="1"><v>{v[0]}</v></c>')
            elif isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v:
                cells.append(f'<c r="{ref}" t="s"><v>{shared.setdefault(str(v), len(shared))}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    strings = "".join(f'<si><t xml:space="preserve">{ob.escape(t)}</t></si>' for t in shared)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "xl/workbook.xml": f'{head}<workbook xmlns="{S_NS}"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
        "xl/worksheets/sheet1.xml": f'{head}<worksheet xmlns="{S_NS}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'{head}<sst xmlns="{S_NS}" count="{len(shared)}">{strings}</sst>',
        "xl/styles.xml": f'{head}<styleSheet xmlns="{S_NS}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" '
        'applyNumberFormat="1"/></cellXfs></styleSheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


def ole_object(prog_id: str = "Excel.Sheet.12") -> str:
    """A run holding an object embedded in the document (its part ``rId95``), shown as a picture."""
    return (
        '<w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office" w:dxaOrig="9000" w:dyaOrig="2000">'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:450pt;height:100pt" o:ole="">'
        '<v:imagedata o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" DrawAspect="Content" '
        'ObjectID="_1712345678" r:id="rId95"/></w:object></w:r>'
    )


SHEET = [
    ["STT", "Nội dung công việc", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Thời gian\nHoàn thành"],
    [1, "Rà soát, cập nhật danh sách hộ nghèo", "Phòng Văn hóa - Xã hội", "Công an xã\nTrạm Y tế xã", (46234,)],
    [2, "Kiểm tra việc chi trả trợ cấp", "Văn phòng HĐND và UBND xã", "", "Quý IV/2026"],
]


def test_an_excel_sheet_embedded_as_an_object_reads_as_a_table(tmp_path: Path) -> None:
    body = ob.text("UBND xã giao nhiệm vụ như sau:") + ob.para(ole_object(), indent=False) + ob.text("Đề nghị thực hiện.")
    data = write(tmp_path / "cv.docx", body, embedded=xlsx(SHEET))
    # (it was left out: the sheet is a package of its own inside the file, shown as a picture)
    assert [ln for ln in extracted_text(data).splitlines() if ln] == [
        "UBND xã giao nhiệm vụ như sau:",
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian Hoàn thành |",
        "| 1 | Rà soát, cập nhật danh sách hộ nghèo | Phòng Văn hóa - Xã hội | Công an xã; Trạm Y tế xã | 31/7/2026 |",
        "| 2 | Kiểm tra việc chi trả trợ cấp | Văn phòng HĐND và UBND xã |  | Quý IV/2026 |",
        "Đề nghị thực hiện.",
    ]
    record = parse_bytes(data, source="cv.docx").to_dict()
    assert [(d["due"], [a["unit"] for a in d["assignees"]]) for d in record["deadlines"]] == [
        ("2026-07-31", ["Phòng Văn hóa - Xã hội", "Công an xã", "Trạm Y tế xã"]),
        ("2026-12-31", ["Văn phòng HĐND và UBND xã"]),
    ]
    assert record["warnings"] == []


def test_the_sheet_an_embedded_workbook_opens_on_is_read_without_its_hidden_rows(tmp_path: Path) -> None:
    """A workbook of two sheets open on the second (``activeTab``), a row of it hidden: the sheet
    shown, its rows shown."""
    with zipfile.ZipFile(io.BytesIO(xlsx(SHEET))) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    hidden = parts["xl/worksheets/sheet1.xml"].replace(b'<row r="3">', b'<row r="3" hidden="1">')
    parts["xl/worksheets/sheet2.xml"] = hidden
    parts["xl/worksheets/sheet1.xml"] = (
        f'<worksheet xmlns="{S_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú cũ</t></is></c>'
        "</row></sheetData></worksheet>"
    ).encode()
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{S_NS}" xmlns:r="{r_ns}"><bookViews><workbookView activeTab="1"/></bookViews><sheets>'
        '<sheet name="Cu" sheetId="1" r:id="rId1"/><sheet name="Nhiem vu" sheetId="2" r:id="rId2"/></sheets></workbook>'
    ).encode()
    sheet_rel = f"{RELS}worksheet"
    parts["xl/_rels/workbook.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{sheet_rel}" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{sheet_rel}" Target="/xl/worksheets/sheet2.xml"/></Relationships>'
    ).encode()
    book = io.BytesIO()
    with zipfile.ZipFile(book, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    body = ob.para(ole_object(), indent=False)
    got = [ln for ln in extracted_text(write(tmp_path / "cv.docx", body, embedded=book.getvalue())).splitlines() if ln]
    # (the first sheet was read, and the hidden row with it)
    assert got == [
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian Hoàn thành |",
        "| 1 | Rà soát, cập nhật danh sách hộ nghèo | Phòng Văn hóa - Xã hội | Công an xã; Trạm Y tế xã | 31/7/2026 |",
    ]


def test_an_object_of_another_kind_is_named_in_a_warning(tmp_path: Path) -> None:
    body = ob.text("Nội dung chi tiết tại tài liệu đính kèm:") + ob.para(ole_object("Word.Document.8"), indent=False)
    body += ob.text("Và tài liệu thứ hai:") + ob.para(ole_object("Word.Document.8"), indent=False)  # (one warning)
    data = write(tmp_path / "cv.docx", body, embedded=bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)
    record = parse_bytes(data, source="cv.docx").to_dict()
    # (it was left out without a word)
    read = [w["message"] for w in record["warnings"] if w["code"] == "docx_part_not_read"]
    assert len(read) == 1
    assert "Word.Document.8" in read[0]


# ---------------------------------------------------------------- the fixture: a Party plan


def header() -> str:
    number = ob.para(ob.text_box(["Số 15-KH/ĐU"]).replace("<w:b/>", ""), jc="center", indent=False, after=0)
    left = ob.cell_text("ĐẢNG BỘ TỈNH AN NGUYÊN\nĐẢNG ỦY XÃ HÒA LẠC\n*", b=True, jc="center") + number
    right = ob.cell_text("ĐẢNG CỘNG SẢN VIỆT NAM", b=True, jc="center") + ob.cell_text(
        "Hòa Lạc, ngày 20 tháng 4 năm 2027", i=True, jc="center"
    )
    return ob.table([ob.cell(left, 4200) + ob.cell(right, 5400)], [4200, 5400], ruled=False)


def signoff() -> str:
    left = ob.cell_text("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.")
    right = ob.cell_text("T/M ĐẢNG ỦY\nBÍ THƯ\n\n\n\nLương Thị Thu Hà", b=True, jc="center")
    return ob.table([ob.cell(left, 4400) + ob.cell(right, 5200)], [4400, 5200], ruled=False)


def hyperlink(text: str) -> str:
    return f'<w:hyperlink w:anchor="phu_luc" w:history="1">{ob.run(text)}</w:hyperlink>'


def simple_field(instr: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{instr}">{ob.run(result)}</w:fldSimple>'


def date_control(shown: str, iso: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
        f'<w:lid w:val="vi-VN"/></w:date></w:sdtPr><w:sdtContent>{ob.run(shown)}</w:sdtContent></w:sdt>'
    )


def plan() -> tuple[str, list[str]]:
    notes = ["Kế hoạch số 40-KH/TU ngày 02/3/2027 của Ban Thường vụ Tỉnh ủy về phong trào thi đua dân vận khéo."]
    b = [header(), ob.para("", indent=False)]
    b.append(ob.centred([("KẾ HOẠCH", {"b": True}), ("triển khai mô hình dân vận khéo năm 2027", {"b": True})], 120))
    b.append(ob.para(
        ob.run("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy") + ob.footnote_ref(1)
        + ob.run(", Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:")
    ))  # fmt: skip
    b.append(ob.text("MỤC ĐÍCH, YÊU CẦU", style="Muc"))
    b.append(ob.text("Phát huy vai trò của Mặt trận và các đoàn thể trong vận động nhân dân."))
    b.append(ob.text("NHIỆM VỤ, GIẢI PHÁP", style="Muc"))
    b.append(ob.para(
        ob.run("Văn phòng Đảng ủy chủ trì xây dựng tiêu chí mô hình, hoàn thành trước ngày ")
        + ob.deleted("30/4/2027") + ob.inserted("15/5/2027") + ob.run("."),
        num=(ob.HEAD, 1),
    ))  # fmt: skip
    b.append(ob.para(
        ob.run("Công an xã cập nhật kết quả lên ") + hyperlink("Trang thông tin điện tử của xã")
        + ob.run(" trước ngày ") + simple_field(" DATE \\@ &quot;d/M/yyyy&quot; ", "31/5/2027") + ob.run("."),
        num=(ob.HEAD, 1),
    ))  # fmt: skip
    b.append(ob.para(
        ob.run("Ủy ban MTTQ xã tổng hợp kết quả, thời hạn: ") + date_control("30/6/2027", "2027-06-30") + ob.run("."),
        num=(ob.HEAD, 1),
    ))  # fmt: skip
    b.append(ob.text("TỔ CHỨC THỰC HIỆN", style="Muc"))
    b.append(ob.text("Sơ đồ tổ chức thực hiện:"))
    b.append(ob.para(smartart(), jc="center", indent=False))
    b.append(ob.text("Các đơn vị thực hiện các nhiệm vụ sau:"))
    b.append(task_table([
        HEAD,
        ["1", "Rà soát danh sách hộ nghèo, hộ cận nghèo", "Văn phòng Đảng ủy\nCông an xã",
         ["Ủy ban MTTQ xã", "Đoàn Thanh niên xã"], "Tháng 7/2027"],
        ["2", "Tập huấn kỹ năng vận động quần chúng\ncho cán bộ thôn", "Hội Nông dân xã",
         "Hội Phụ nữ xã\nHội Cựu chiến binh xã", ["Quý III", "năm 2027"]],
        ["3", "Sơ kết mô hình, báo cáo Ban Thường vụ Đảng ủy", ["Ủy ban Kiểm tra Đảng ủy", "Văn phòng Đảng ủy"],
         "Các chi bộ thôn", "Trước ngày 15/11/2027"],
    ]))  # fmt: skip
    b.append(ob.text("Đề nghị các chi bộ, cơ quan, đơn vị triển khai thực hiện nghiêm túc./."))
    b.append(signoff())
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b), notes


LETTER_SHEET = [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn\nhoàn thành"],
    [1, "Lập danh sách người cao tuổi sống một mình", "Công chức Văn hóa - Xã hội", "Trưởng các thôn", (47299,)],
    [2, "Rà soát nhà ở của hộ chính sách xuống cấp", "Công chức Địa chính - Xây dựng",
     "Ủy ban MTTQ xã\nHội Cựu chiến binh xã", "Tháng 9/2029"],
    [3, "Tổng hợp, báo cáo kết quả về UBND xã", "Văn phòng HĐND và UBND xã", "", (47452,)],
]  # fmt: skip


def letter() -> str:
    """A commune's letter whose task table is an Excel sheet embedded as an object."""
    left = ob.cell_text("ỦY BAN NHÂN DÂN\nXÃ SƠN KHÊ", b=True, jc="center")
    right = ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b=True, jc="center")
    number = ob.cell_text("Số: 214/UBND-VHXH\nV/v chăm lo đời sống người cao tuổi năm 2029", jc="center")
    date = ob.cell_text("Sơn Khê, ngày 6 tháng 6 năm 2029", i=True, jc="center")
    b = [ob.table([ob.cell(left, 4000) + ob.cell(right, 5600), ob.cell(number, 4000) + ob.cell(date, 5600)],
                  [4000, 5600], ruled=False)]  # fmt: skip
    b.append(ob.centred([("Kính gửi: Các bộ phận chuyên môn thuộc UBND xã", {"i": True})], after=120))
    b.append(ob.text("Ủy ban nhân dân xã giao các bộ phận thực hiện các nhiệm vụ theo bảng sau:"))
    b.append(ob.para(ole_object(), jc="center", indent=False))
    b.append(ob.text("Đề nghị các bộ phận triển khai thực hiện./."))
    signoff = ob.cell_text("Nơi nhận:\n- Như trên;\n- Lưu: VT, VHXH.")
    signer = ob.cell_text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Quốc Huy", b=True, jc="center")
    b.append(ob.table([ob.cell(signoff, 4400) + ob.cell(signer, 5200)], [4400, 5200], ruled=False))
    b.append(ob.section(False, title_page=True, footer=False))
    return "".join(b)


LETTER = FIXTURES / "office" / "lang33" / "cv_excel_object_lang33.docx"
LETTER_TEXT = FIXTURES / "docx_excel_object_lang33.txt"


def build(path: Path, which: str = "plan") -> bytes:
    if which == "letter":
        return write(path, letter(), embedded=xlsx(LETTER_SHEET))
    body, notes = plan()
    return write(path, body, notes, diagram(CHART))


@pytest.mark.parametrize(("fixture", "text", "which"), [(FIXTURE, TEXT, "plan"), (LETTER, LETTER_TEXT, "letter")])
def test_the_fixtures_read_as_their_text(tmp_path: Path, fixture: Path, text: Path, which: str) -> None:
    """The committed files read as their text fixtures, and so do ones built afresh."""
    assert extracted_text(fixture.read_bytes()) + "\n" == text.read_text(encoding="utf-8")
    assert extracted_text(build(tmp_path / "kh.docx", which)) == extracted_text(fixture.read_bytes())


def test_the_letter_gives_the_tasks_of_its_sheet() -> None:
    record = parse_bytes(LETTER.read_bytes(), source=LETTER.name).to_dict()
    assert (record["document"]["number"], record["document"]["date"]) == ("214/UBND-VHXH", "2029-06-06")
    got = [(d["due"], [(a["unit"], a["role"]) for a in d["assignees"]]) for d in record["deadlines"]]
    # (the sheet was left out: no deadline at all)
    assert got == [
        ("2029-06-30", [("Công chức Văn hóa - Xã hội", "lead"), ("Trưởng các thôn", "coordinate")]),
        ("2029-09-30", [("Công chức Địa chính - Xây dựng", "lead"), ("Ủy ban MTTQ xã", "coordinate"),
                        ("Hội Cựu chiến binh xã", "coordinate")]),
        ("2029-11-30", [("Văn phòng HĐND và UBND xã", "lead")]),
    ]  # fmt: skip


def test_the_fixture_gives_each_unit_of_a_cell_its_role() -> None:
    record = parse_bytes(FIXTURE.read_bytes(), source=FIXTURE.name).to_dict()
    doc = record["document"]
    assert (doc["number"], doc["date"]) == ("15-KH/ĐU", "2027-04-20")
    got = {
        d["due"]: (
            sorted(a["unit"] for a in d["assignees"] if a["role"] == "lead"),
            sorted(a["unit"] for a in d["assignees"] if a["role"] == "coordinate"),
        )
        for d in record["deadlines"]
    }
    # (they were "Văn phòng Đảng ủy Công an xã", "Ủy ban MTTQ xã Đoàn Thanh niên xã" ...)
    assert got["2027-07-31"] == (["Công an xã", "Văn phòng Đảng ủy"], ["Đoàn Thanh niên xã", "Ủy ban MTTQ xã"])
    assert got["2027-09-30"] == (["Hội Nông dân xã"], ["Hội Cựu chiến binh xã", "Hội Phụ nữ xã"])
    assert got["2027-11-15"] == (["Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy"], ["Các chi bộ thôn"])


@pytest.mark.parametrize("lines", [["Ban Chỉ đạo", "Tổ Giúp việc"], ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]])
def test_items_helper_keeps_items_apart(lines: list[str]) -> None:
    from ndq57.readers.docx import _items

    assert _items(lines) == ["; ".join(lines)]


if __name__ == "__main__":  # write the fixtures
    for path, text, which in ((FIXTURE, TEXT, "plan"), (LETTER, LETTER_TEXT, "letter")):
        build(path, which)
        text.write_text(extracted_text(path.read_bytes()) + "\n", encoding="utf-8")
        print(path, path.stat().st_size, file=sys.stderr)
