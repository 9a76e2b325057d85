"""DOCX files as other tools and reviewers leave them (built by tests/office_build.py): tracked
changes that join paragraphs, nested fields, cells wrapped in custom XML, equations, parts embedded
in another format (``w:altChunk``: HTML, MHT, plain text, a whole .docx, RTF), and run properties
of other scripts that must not change the text."""

from __future__ import annotations

from pathlib import Path

import pytest

import office_build as ob
from ndq57.errors import DecodeError
from ndq57.pipeline import extracted_text, parse_bytes
from ndq57.readers.docx import read_docx

MARK_DELETED = '<w:rPr><w:del w:id="907" w:author="Chuyen vien" w:date="2026-04-02T08:00:00Z"/></w:rPr>'


def lines_of(tmp_path: Path, body: str, chunks: list[tuple[str, bytes]] | None = None) -> list[str]:
    path = tmp_path / "van-ban.docx"
    ob.write_docx(path, body, [], "")
    if chunks:
        ob.add_chunks(path, chunks)
    return [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]


def begin() -> str:
    return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'


def code(instr: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'


def separate() -> str:
    return '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'


def end() -> str:
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


# ---------------------------------------------------------------- tracked changes


def test_deleted_paragraph_mark_runs_the_text_on_into_the_next_paragraph(tmp_path: Path) -> None:
    """A reviewer who deletes the mark between two paragraphs joins them (Word's final view): the
    text of the first opens the second, which keeps its own number; a numbered paragraph whose
    mark is deleted takes no number; in a table cell likewise; a paragraph whose mark is deleted
    right before a table stays a paragraph of its own."""
    tasks = ob.table(
        [
            ob.cell(ob.cell_text("STT", b=True), 800) + ob.cell(ob.cell_text("Nhiệm vụ", b=True), 4000)
            + ob.cell(ob.cell_text("Chủ trì", b=True), 2000),
            ob.cell(ob.cell_text("1"), 800)
            + ob.cell(ob.para(ob.run("Rà soát hồ sơ đất đai "), indent=False, extra=MARK_DELETED)
                      + ob.para(ob.run("tồn đọng"), indent=False), 4000)
            + ob.cell(ob.cell_text("Phòng Tài nguyên và Môi trường"), 2000),
        ],
        [800, 4000, 2000],
        ruled=True,
    )  # fmt: skip
    body = "".join(
        [
            ob.para(ob.run("Giao Phòng Tài chính - Kế hoạch chủ trì, "), extra=MARK_DELETED),
            ob.para(ob.run("phối hợp với Văn phòng HĐND và UBND huyện ") + ob.deleted("sớm ") + ob.inserted("kịp thời ")
                    + ob.run("tham mưu.")),
            ob.para(ob.run("Lập danh sách hộ nghèo"), num=(ob.PAREN, 0), extra=MARK_DELETED),
            ob.para(ob.run(" trên địa bàn xã."), num=(ob.PAREN, 0)),
            ob.para(ob.run("Tổng hợp kết quả."), num=(ob.PAREN, 0)),
            ob.para(ob.moved_from("Báo cáo định kỳ hằng quý."), extra=MARK_DELETED.replace("w:del", "w:moveFrom")),
            ob.para(ob.run("Tổ chức sơ kết."), num=(ob.PAREN, 0)),
            ob.para(ob.moved_to("Báo cáo định kỳ hằng quý.")),
            ob.para(ob.run("Chi tiết tại bảng sau:"), extra=MARK_DELETED),
            tasks,
        ]
    )  # fmt: skip
    assert lines_of(tmp_path, body) == [
        "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Văn phòng HĐND và UBND huyện kịp thời tham mưu.",
        "(1) Lập danh sách hộ nghèo trên địa bàn xã.",
        "(2) Tổng hợp kết quả.",
        "(3) Tổ chức sơ kết.",
        "Báo cáo định kỳ hằng quý.",
        "Chi tiết tại bảng sau:",
        "| STT | Nhiệm vụ | Chủ trì |",
        "| 1 | Rà soát hồ sơ đất đai tồn đọng | Phòng Tài nguyên và Môi trường |",
    ]


def test_style_separator_runs_a_numbered_heading_into_its_paragraph(tmp_path: Path) -> None:
    """A style separator (a hidden paragraph mark, ``w:vanish`` + ``w:specVanish``) sets a heading
    run in with the paragraph after it: one line, under the heading's number, the next numbered
    heading numbered on from it."""
    separator = '<w:rPr><w:b/><w:vanish/><w:specVanish/></w:rPr>'
    body = "".join(
        [
            ob.para(ob.run("Về tổ chức bộ máy. ", b=True), num=(ob.HEAD, 1), extra=separator),
            ob.para(ob.run("Các xã hoàn thành sắp xếp trước ngày 30/9/2026.")),
            ob.para(ob.run("Về tài chính. ", b=True), num=(ob.HEAD, 1), extra=separator),
            ob.para(ob.run("Phòng Tài chính - Kế hoạch thẩm định dự toán.")),
            ob.para(ob.run("Về kiểm tra."), num=(ob.HEAD, 1)),
        ]
    )
    assert lines_of(tmp_path, body) == [
        "1. Về tổ chức bộ máy. Các xã hoàn thành sắp xếp trước ngày 30/9/2026.",
        "2. Về tài chính. Phòng Tài chính - Kế hoạch thẩm định dự toán.",
        "3. Về kiểm tra.",
    ]


# ---------------------------------------------------------------- fields, cells, equations


def test_nested_fields_show_their_result_once(tmp_path: Path) -> None:
    """A field inside the instructions of another (``IF { DOCVARIABLE han } = "" …``, written by
    document-management templates) shows only the outer result; a field left without its end (a
    damaged file) hides nothing past its paragraph."""
    body = ob.para(
        ob.run("Các xã báo cáo trước ngày ")
        + begin() + code("IF ") + begin() + code("DOCVARIABLE han") + separate() + ob.run("20/5/2026") + end()
        + code('= "" "…" "20/5/2026"') + separate() + ob.run("20/5/2026") + end()
        + ob.run(".")
    ) + ob.para(ob.run("Trang ") + begin() + code("PAGE")) + ob.para(ob.run("Đoạn sau vẫn đọc được."))  # fmt: skip
    assert lines_of(tmp_path, body) == ["Các xã báo cáo trước ngày 20/5/2026.", "Trang", "Đoạn sau vẫn đọc được."]


def test_cells_wrapped_in_custom_xml_or_content_controls_and_equations(tmp_path: Path) -> None:
    """A cell a ``w:customXml`` (or a content control) wraps is a cell of its row; the text of an
    equation (``m:oMath``) is read where it stands."""
    eq = '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>≥ 95</m:t></m:r></m:oMath>'
    rows = [
        ob.cell(ob.cell_text("STT"), 800) + ob.cell(ob.cell_text("Nhiệm vụ"), 4000) + ob.cell(ob.cell_text("Chủ trì"), 2000),
        ob.cell(ob.cell_text("1"), 800)
        + '<w:customXml w:element="nhiemVu">' + ob.cell(ob.cell_text("Cập nhật dữ liệu dân cư"), 4000) + "</w:customXml>"
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + ob.cell(ob.cell_text("Công an huyện"), 2000) + "</w:sdtContent></w:sdt>",
    ]  # fmt: skip
    body = ob.table(rows, [800, 4000, 2000], ruled=True) + ob.para(ob.run("Tỷ lệ hồ sơ trực tuyến ") + eq + ob.run("%."))
    assert lines_of(tmp_path, body) == [
        "| STT | Nhiệm vụ | Chủ trì |",
        "| 1 | Cập nhật dữ liệu dân cư | Công an huyện |",
        "Tỷ lệ hồ sơ trực tuyến ≥ 95%.",
    ]


def test_fonts_of_other_scripts_do_not_convert_unicode_text(tmp_path: Path) -> None:
    """A legacy font named only as the complex-script (``w:cs``) or East Asian font of a run does
    not draw its letters: the Unicode text stays as typed; Unicode letters in a run whose font is
    a legacy one are not converted either; TCVN3 letters in a ``.VnTime`` run are."""

    def styled(t: str, props: str) -> str:
        return ob.run(t).replace("<w:r>", f"<w:r><w:rPr>{props}</w:rPr>", 1)

    body = "".join(
        [
            ob.para(styled("Ủy ban nhân dân huyện giao nhiệm vụ.", '<w:rFonts w:cs=".VnTime"/><w:lang w:bidi="ar-SA"/>')),
            ob.para(styled("Sở Tài chính thẩm định.", '<w:rFonts w:eastAsia="VNI-Times" w:cs="VNI-Times"/><w:rtl w:val="0"/>')),
            ob.para(styled("Phòng Nội vụ tổng hợp.", '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')),
            ob.para(styled("Uû ban nh©n d©n", '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')),
        ]
    )
    assert lines_of(tmp_path, body) == [
        "Ủy ban nhân dân huyện giao nhiệm vụ.",
        "Sở Tài chính thẩm định.",
        "Phòng Nội vụ tổng hợp.",
        "Uỷ ban nhân dân",
    ]


# ---------------------------------------------------------------- embedded parts


HTML_APPENDIX = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phu luc</title><style>td {border: 1px solid}</style></head><body>
<p align="center"><b>PHỤ LỤC</b><br>Danh mục nhiệm vụ</p>
<table><tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Kiểm tra&nbsp;công tác phòng cháy</td><td>Công an huyện</td><td>Trước ngày 30/6/2026</td></tr>
<tr><td>2</td><td>Tổng hợp <i>kết quả</i> kiểm tra</td><td>Phòng Nội vụ</td><td>Tháng 7/2026</td></tr></table>
</body></html>"""

MHT = (
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="ranh-gioi"\r\n\r\n--ranh-gioi\r\n'
    b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    b"<html><body><p>Tr=E1=BB=8Dng t=C3=A2m n=C4=83m 2026.</p></body></html>\r\n--ranh-gioi--\r\n"
)


def test_embedded_parts_are_read_in_place(tmp_path: Path) -> None:
    """``w:altChunk`` parts (mail merges, document-management systems) read where they stand: an
    HTML page (blocks as lines, a table of four columns as pipe rows), a whole .docx (typed as a
    main document part, as the Open XML SDK types it), plain text and a web archive (MHT); an RTF
    part is not read and a warning says so."""
    inner = tmp_path / "inner.docx"
    ob.write_docx(inner, ob.para(ob.run("Nội dung văn bản ghép vào.")), [], "")
    body = ob.para(ob.run("Trước.")) + "".join(ob.alt_chunk(n) for n in range(1, 6)) + ob.para(ob.run("Sau."))
    path = tmp_path / "ghep.docx"
    ob.write_docx(path, body, [], "")
    ob.add_chunks(
        path,
        [
            ("html", HTML_APPENDIX.encode()),
            ("docx", inner.read_bytes()),
            ("txt", "Dòng một\nDòng hai".encode()),
            ("mht", MHT),
            ("rtf", rb"{\rtf1\ansi Phan RTF}"),
        ],
    )
    got = read_docx(path.read_bytes())
    assert [ln for ln in got.text.splitlines() if ln] == [
        "Trước.",
        "PHỤ LỤC",
        "Danh mục nhiệm vụ",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
        "| 1 | Kiểm tra công tác phòng cháy | Công an huyện | Trước ngày 30/6/2026 |",
        "| 2 | Tổng hợp kết quả kiểm tra | Phòng Nội vụ | Tháng 7/2026 |",
        "Nội dung văn bản ghép vào.",
        "Dòng một",
        "Dòng hai",
        "Trọng tâm năm 2026.",
        "Sau.",
    ]
    assert [w.code for w in got.warnings] == ["docx_part_not_read"]
    assert "application/rtf" in got.warnings[0].message
    assert {run["paragraph"] for run in got.lines} == {0, 1, 2, 3, 4, 6}  # (the RTF part is paragraph 5)


def test_a_file_whose_only_text_is_an_unread_part_says_why(tmp_path: Path) -> None:
    path = tmp_path / "rtf.docx"
    ob.write_docx(path, ob.alt_chunk(1), [], "")
    ob.add_chunks(path, [("rtf", rb"{\rtf1\ansi Noi dung}")])
    with pytest.raises(DecodeError, match="w:altChunk"):
        read_docx(path.read_bytes())


def test_a_plan_with_its_header_in_an_html_part_and_reviewed_tasks(tmp_path: Path) -> None:
    """The whole path: a header table and an HTML part holding the header of a plan written by a
    document-management system, paragraphs joined by a deleted mark, a deadline in a nested field:
    the record has the header, the joined task and its deadline."""
    head = (
        '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN ĐÔNG SƠN</p></td>'
        "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>"
        '<tr><td>Số: 41/KH-UBND</td><td><i>Đông Sơn, ngày 06 tháng 4 năm 2026</i></td></tr></table>'
        "<p><b>KẾ HOẠCH</b></p><p>Kiểm tra công tác cải cách hành chính năm 2026</p>"
    )
    body = "".join(
        [
            ob.alt_chunk(1),
            ob.para(ob.run("I. NHIỆM VỤ"), indent=False),
            ob.para(ob.run("1. Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan "), extra=MARK_DELETED),
            ob.para(ob.run("xây dựng kế hoạch kiểm tra, hoàn thành trước ngày ")
                    + begin() + code("IF ") + begin() + code("DOCVARIABLE han") + separate() + ob.run("15/5/2026") + end()
                    + code('= "" "" "15/5/2026"') + separate() + ob.run("15/5/2026") + end() + ob.run(".")),
            ob.para(ob.run("2. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc.")),
        ]
    )  # fmt: skip
    path = tmp_path / "kh.docx"
    ob.write_docx(path, body, [], "")
    ob.add_chunks(path, [("html", f"<html><body>{head}</body></html>".encode())])
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    h = doc["document"]
    assert (h["number"], h["type"], h["date"], h["place"]) == ("41/KH-UBND", "Kế hoạch", "2026-04-06", "Đông Sơn")
    assert [(d["due"], d["section"]) for d in doc["deadlines"]] == [("2026-05-15", "I.1")]
    assert [a["unit"] for a in doc["deadlines"][0]["assignees"]][:1] == ["Phòng Nội vụ"]


# ---------------------------------------------------------------- numbering, other packages

HEADING_STYLES = """<w:style w:type="paragraph" w:styleId="Chuong"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="30"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="30"/></w:numPr></w:pPr></w:style>
</w:styles>"""

OUTLINE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {ob.NS}>
<w:abstractNum w:abstractNumId="30"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Chuong"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Muc2"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/>
</mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%2.%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="30"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>"""


def test_levels_named_by_styles_and_custom_zero_padded_formats(tmp_path: Path) -> None:
    """A heading style that names its list but not its level takes the level that names the style
    (``w:lvl/w:pStyle``, an outline list linked to headings); a custom format written for Word
    2010+ (``001, 002, …`` in ``mc:Choice``) pads the number with zeros."""
    body = "".join(
        [
            ob.para(ob.run("NHIỆM VỤ TRỌNG TÂM"), style="Chuong"),
            ob.para(ob.run("Về cải cách hành chính"), style="Muc2"),
            ob.para(ob.run("Rà soát thủ tục hành chính."), num=(30, 2)),
            ob.para(ob.run("Số hóa hồ sơ."), num=(30, 2)),
            ob.para(ob.run("Về chuyển đổi số"), style="Muc2"),
            ob.para(ob.run("TỔ CHỨC THỰC HIỆN"), style="Chuong"),
        ]
    )
    path = tmp_path / "de-muc.docx"
    ob.write_docx(path, body, [], "")
    ob.replace_part(path, "word/styles.xml", ob.STYLES.replace("</w:styles>", HEADING_STYLES))
    ob.replace_part(path, "word/numbering.xml", OUTLINE)
    assert [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln] == [
        "I. NHIỆM VỤ TRỌNG TÂM",
        "1. Về cải cách hành chính",
        "1.01. Rà soát thủ tục hành chính.",
        "1.02. Số hóa hồ sơ.",
        "2. Về chuyển đổi số",
        "II. TỔ CHỨC THỰC HIỆN",
    ]


@pytest.mark.parametrize("kind", ["dotx", "docm", "strict"])
def test_templates_macro_files_and_strict_open_xml_are_read(tmp_path: Path, kind: str) -> None:
    """A Word template (.dotx), a file with macros (.docm) and a file saved as Strict Open XML
    (``http://purl.oclc.org/ooxml/…`` names) read as the .docx they are made from."""
    import re
    import zipfile

    path = tmp_path / "goc.docx"
    body = ob.para(ob.run("Các phòng, ban báo cáo trước ngày 10/7/2026."), num=(ob.PAREN, 0))
    ob.write_docx(path, body, [], "")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    if kind == "dotx":
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(main, main.replace(b"document.main", b"template.main"))
    elif kind == "docm":
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(main, b"application/vnd.ms-word.document.macroEnabled.main+xml")
    else:
        pattern = rb"http://schemas\.openxmlformats\.org/(wordprocessingml|drawingml|officeDocument)/2006/(\w+)"
        parts = {n: re.sub(pattern, rb"http://purl.oclc.org/ooxml/\1/\2", d) for n, d in parts.items()}
    with zipfile.ZipFile(path, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
    assert extracted_text(path.read_bytes()).split("\n")[0] == "(1) Các phòng, ban báo cáo trước ngày 10/7/2026."


def test_a_table_of_contents_field_is_not_read(tmp_path: Path) -> None:
    """A table of contents (a TOC field whose result runs over several paragraphs, each entry a
    hyperlink with a PAGEREF field) in paragraphs of no contents style (an export) is not read:
    the headings it lists are read where they stand; a paragraph in LibreOffice's "Contents 1"
    style neither."""

    def entry(t: str, page: str) -> str:
        return ob.para(
            '<w:hyperlink w:anchor="_Toc1">' + ob.run(t) + '<w:r><w:tab/></w:r>'
            + begin() + code("PAGEREF _Toc1 \\h") + separate() + ob.run(page) + end() + "</w:hyperlink>",
            indent=False,
        )  # fmt: skip

    contents_style = (
        '<w:style w:type="paragraph" w:styleId="Contents1"><w:name w:val="Contents 1"/>'
        '<w:basedOn w:val="Normal"/></w:style></w:styles>'
    )
    body = "".join(
        [
            ob.para(ob.run("MỤC LỤC", b=True), jc="center", indent=False),
            ob.para(begin() + code('TOC \\o "1-3" \\h \\z \\u') + separate()
                    + '<w:hyperlink w:anchor="_Toc0">' + ob.run("I. MỤC ĐÍCH") + "</w:hyperlink>", indent=False),
            entry("II. NHIỆM VỤ", "2"),
            ob.para(end(), indent=False),
            ob.para(ob.run("III. TỔ CHỨC THỰC HIỆN    4"), style="Contents1"),
            ob.para(ob.run("I. MỤC ĐÍCH"), indent=False),
            ob.para(ob.run("Nâng cao chất lượng phục vụ người dân.")),
        ]
    )  # fmt: skip
    path = tmp_path / "muc-luc.docx"
    ob.write_docx(path, body, [], "")
    ob.replace_part(path, "word/styles.xml", ob.STYLES.replace("</w:styles>", contents_style))
    assert [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln] == [
        "MỤC LỤC",
        "I. MỤC ĐÍCH",
        "Nâng cao chất lượng phục vụ người dân.",
    ]
