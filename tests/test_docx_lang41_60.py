"""DOCX files as offices send them (round 41, helper 60), built here as Word writes them
(tests/office_build.py's parts), of our own wording:

* a page or column break inside a paragraph (Word 2003-2010's Ctrl+Enter, a document-management
  system's merge): the text after it starts a line of its own, as LibreOffice splits the paragraph
  there — the signer's name and the appendix's heading were glued ("Trần Văn KhảiPHỤ LỤC": no
  signer, no appendix); a paragraph holding only a page break is as empty as before;
* a header set in text boxes (the issuer's, the national title's) anchored in one of the first lines
  of the text (the number and the place and date typed with tabs, the type's line): Word draws the
  boxes at the top of the page, so their lines are read before those lines (the issuer was lost:
  read after the number line, it was taken for nothing; anchored in the type's line, it was taken
  for the title);
* the signer's block set in a text box anchored in the "Nơi nhận:" line: read after the list's items
  (the paragraphs "- ..." under it), as a sign-off table's columns are (its lines split the list:
  the Nơi nhận list was lost);
* text hidden by its style (``w:vanish`` in a character or paragraph style, through ``w:basedOn``: a
  template's instructions to the clerk) is neither shown nor printed: left out, as hidden text of a
  run is (it was read);
* damaged files refused in one line that says what is wrong (exit code 1): a Word package without
  its main part, a package cut short, a .docx or .doc saved with a password (a compound file of
  ``EncryptionInfo`` and ``EncryptedPackage`` streams, or a Word 97-2003 document flagged
  ``fEncrypted``) — they were refused as "a ZIP archive (a .docx or .xlsx?)", with python-docx's
  KeyError, or as a .doc LibreOffice could not convert (the fixture
  ``tests/fixtures/office/lang41/kh_password_lang41_60.docx``: a plan of our own wording saved with a
  password as Word's agile encryption writes it).

The fixture ``tests/fixtures/office/lang41/kh_word_forms_lang41_60.docx`` (a commune's plan of our own
wording holding the first three forms, with a footnote, a tracked change, a field, a date picker and
an appendix table whose header row repeats) is written by ``python tests/test_docx_lang41_60.py``;
its text is ``tests/fixtures/docx_word_forms_lang41_60.txt`` (with its golden record).
"""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import office_build as ob
from conftest import FIXTURES
from ndq57.errors import DecodeError
from ndq57.pipeline import extracted_text, parse_bytes

FORMS = FIXTURES / "office" / "lang41" / "kh_word_forms_lang41_60.docx"
FORMS_TEXT = FIXTURES / "docx_word_forms_lang41_60.txt"

PAGE = '<w:r><w:br w:type="page"/></w:r>'
COLUMN = '<w:r><w:br w:type="column"/></w:r>'


def _docx(path: Path, body: str) -> bytes:
    ob.write_docx(path, body, [], "")
    return path.read_bytes()


def _lines(path: Path, body: str) -> list[str]:
    return [ln for ln in extracted_text(_docx(path, body)).splitlines() if ln]


def _header() -> str:
    return ob.issuer_header("ỦY BAN NHÂN DÂN\nXÃ PHÚ LẠC", "Số: 57/KH-UBND", "Phú Lạc, ngày 14 tháng 1 năm 2027")


def _plan(name_paragraph: str) -> str:
    """A plan whose signer's name paragraph is ``name_paragraph``, then its appendix."""
    b = [_header(), ob.centred([("KẾ HOẠCH", {"b": True}), ("Phòng, chống dịch bệnh trên đàn gia súc năm 2027", {"b": True})])]
    b.append(ob.text("Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo; báo cáo kết quả về Ủy ban nhân "
                     "dân xã trước ngày 15/12/2027."))  # fmt: skip
    signer = ob.cell_text("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", b=True, jc="center") + name_paragraph
    b.append(ob.table([ob.cell(ob.cell_text("Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT."), 4400) + ob.cell(signer, 5000)],
                      [4400, 5000], ruled=False))  # fmt: skip
    b.append(ob.centred([("NHIỆM VỤ PHÒNG, CHỐNG DỊCH NĂM 2027", {"b": True})]))
    widths = [600, 4000, 2000, 2000, 1500]
    cells = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
             ["1", "Tiêm phòng đợt 2 cho đàn gia súc", "Phòng Kinh tế", "Trạm Thú y", "Tháng 10/2027"]]  # fmt: skip
    rows = ["".join(ob.cell(ob.cell_text(t), w) for t, w in zip(row, widths, strict=True)) for row in cells]
    b.append(ob.table(rows, widths, ruled=True))
    return "".join(b)


# ---------------------------------------------------------------- page and column breaks


@pytest.mark.parametrize("brk", [PAGE, COLUMN])
def test_a_break_inside_a_paragraph_starts_a_line(tmp_path: Path, brk: str) -> None:
    body = ob.text("Báo cáo gửi về Văn phòng trước ngày 20/6/2027.")
    body += ob.para(ob.run("Ghi chú: gửi kèm bản điện tử.") + brk + ob.run("PHỤ LỤC", b=True), jc="center", indent=False)
    # (it was "Ghi chú: gửi kèm bản điện tử.PHỤ LỤC")
    assert _lines(tmp_path / "cv.docx", body)[1:] == ["Ghi chú: gửi kèm bản điện tử.", "PHỤ LỤC"]


def test_a_numbered_paragraph_broken_keeps_its_label_on_its_text(tmp_path: Path) -> None:
    body = ob.para(PAGE + ob.run("Phòng Kinh tế tổng hợp số liệu trước ngày 10/5/2027."), num=(ob.HEAD, 1))
    body += ob.para(ob.run("Trạm Thú y báo cáo") + PAGE + ob.run("trong tháng 6/2027."), num=(ob.HEAD, 1))
    assert _lines(tmp_path / "cv.docx", body) == [
        "1. Phòng Kinh tế tổng hợp số liệu trước ngày 10/5/2027.",
        "2. Trạm Thú y báo cáo",
        "trong tháng 6/2027.",
    ]


def test_a_paragraph_of_a_page_break_alone_stays_empty(tmp_path: Path) -> None:
    """A page break alone in its paragraph (how Word 2013+ writes Ctrl+Enter) is an empty
    paragraph: a task table cut there by it still reads as one table."""
    widths = [600, 4000, 2500, 1500]
    head = "".join(ob.cell(ob.cell_text(t), w) for t, w in zip(["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], widths, strict=True))
    row = lambda n, due: "".join(  # noqa: E731
        ob.cell(ob.cell_text(t), w) for t, w in zip([n, f"Kiểm tra đợt {n}", "Công an xã", due], widths, strict=True)
    )
    body = ob.table([head, row("1", "Tháng 3/2027")], widths, ruled=True) + ob.para(PAGE, indent=False)
    body += ob.table([head, row("2", "Tháng 9/2027")], widths, ruled=True)
    assert _lines(tmp_path / "cv.docx", body) == [
        "| TT | Nhiệm vụ | Chủ trì | Thời hạn |",
        "| 1 | Kiểm tra đợt 1 | Công an xã | Tháng 3/2027 |",
        "| 2 | Kiểm tra đợt 2 | Công an xã | Tháng 9/2027 |",
    ]


def test_the_signer_and_the_appendix_after_a_page_break_are_read(tmp_path: Path) -> None:
    name = ob.para(ob.run("Trần Văn Khải", b=True) + PAGE + ob.run("PHỤ LỤC", b=True), jc="center", indent=False)
    doc = parse_bytes(_docx(tmp_path / "kh.docx", _plan(name))).to_dict()
    # (the signer's name was glued to the appendix's heading: no signer, no appendix section)
    assert (doc["document"]["signer"] or {}).get("name") == "Trần Văn Khải"
    assert [s["path"] for s in doc["sections"]] == ["Phụ lục"]
    plain = ob.para(ob.run("Trần Văn Khải", b=True), jc="center", indent=False)
    heading = ob.para(ob.run("PHỤ LỤC", b=True), jc="center", indent=False)
    same = parse_bytes(_docx(tmp_path / "kh2.docx", _plan(plain + heading))).to_dict()
    assert doc["deadlines"] == same["deadlines"] and doc["document"] == same["document"]


# ---------------------------------------------------------------- a header in text boxes

ISSUER = ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LẠC"]
NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER_LINE = ob.run("Số: 57/KH-UBND") + "<w:r><w:tab/><w:tab/></w:r>" + ob.run("Phú Lạc, ngày 14 tháng 1 năm 2027", i=True)
TASK = ob.para(ob.run("Phòng Kinh tế tổ chức tiêm phòng đợt 1, hoàn thành trước ngày 30/4/2027."), num=(ob.HEAD, 1))


def _head(doc: dict[str, object]) -> tuple[object, ...]:
    d = doc["document"]
    assert isinstance(d, dict)
    return tuple(d.get(k) for k in ("issuer", "number", "type", "title", "place", "date"))


WANT = ("ỦY BAN NHÂN DÂN XÃ PHÚ LẠC", "57/KH-UBND", "Kế hoạch", "Phòng chống dịch bệnh năm 2027", "Phú Lạc", "2027-01-14")


def test_header_boxes_anchored_in_the_number_line_are_read_above_it(tmp_path: Path) -> None:
    boxes = ob.text_box(ISSUER) + ob.text_box(NATIONAL)
    body = ob.para(boxes + NUMBER_LINE, jc=None, indent=False)
    body += ob.centred([("KẾ HOẠCH", {"b": True}), ("Phòng chống dịch bệnh năm 2027", {"b": True})]) + TASK
    data = _docx(tmp_path / "kh.docx", body)
    assert [ln for ln in extracted_text(data).splitlines() if ln][:5] == [*ISSUER, *NATIONAL, "Số: 57/KH-UBND        Phú Lạc, ngày 14 tháng 1 năm 2027"]
    # (the issuer was None: read after the number line)
    assert _head(parse_bytes(data).to_dict()) == WANT


def test_header_boxes_anchored_in_the_type_line_are_read_above_the_number(tmp_path: Path) -> None:
    body = ob.para(NUMBER_LINE, jc=None, indent=False)
    body += ob.para(ob.text_box(ISSUER) + ob.text_box(NATIONAL) + ob.run("KẾ HOẠCH", b=True), jc="center", indent=False)
    body += ob.centred([("Phòng chống dịch bệnh năm 2027", {"b": True})]) + TASK
    data = _docx(tmp_path / "kh.docx", body)
    assert [ln for ln in extracted_text(data).splitlines() if ln][:4] == [*ISSUER, *NATIONAL]
    # (the issuer was None and the title "ỦY BAN NHÂN DÂN XÃ PHÚ LẠC")
    assert _head(parse_bytes(data).to_dict()) == WANT


def test_other_boxes_stay_after_their_paragraph(tmp_path: Path) -> None:
    # a box without a national title (a draft's mark) beside the number line
    body = ob.para(ob.text_box(["DỰ THẢO"]) + NUMBER_LINE, jc=None, indent=False) + TASK
    assert _lines(tmp_path / "a.docx", body)[:2] == ["Số: 57/KH-UBND        Phú Lạc, ngày 14 tháng 1 năm 2027", "DỰ THẢO"]
    # a header in boxes after the first page's top (an appendix's own header, far into the text)
    body = "".join(ob.text(f"Nội dung đoạn {k}.") for k in range(1, 8))
    body += ob.para(ob.text_box(ISSUER) + ob.text_box(NATIONAL) + ob.run("PHỤ LỤC"), jc="center", indent=False)
    got = _lines(tmp_path / "b.docx", body)
    assert got[7:] == ["PHỤ LỤC", *ISSUER, *NATIONAL]
    # a second header's boxes when the text holds a national title already
    body = ob.para(ob.text_box(ISSUER) + ob.text_box(NATIONAL), indent=False) + ob.text("Nội dung.")
    body += ob.para(ob.text_box(["SỞ Y TẾ"]) + ob.text_box(NATIONAL) + ob.run("Số: 9/SYT"), indent=False)
    assert _lines(tmp_path / "c.docx", body)[-4:] == ["Số: 9/SYT", "SỞ Y TẾ", *NATIONAL]


# ---------------------------------------------------------------- a signer's block in a text box

SIGNER = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Khải"]


def _signed(anchor: int, after: str = "") -> str:
    """A plan whose sign-off is the Nơi nhận list, the signer's block in a text box anchored in the
    list's line ``anchor`` (0: "Nơi nhận:"), then ``after``."""
    body = _header() + ob.centred([("KẾ HOẠCH", {"b": True}), ("Phòng chống dịch bệnh năm 2027", {"b": True})]) + TASK
    lines = [("Nơi nhận:", True), ("- UBND tỉnh (b/c);", False), ("- Các thôn;", False), ("- Lưu: VT.", False)]
    for k, (line, bold) in enumerate(lines):
        body += ob.para((ob.text_box(SIGNER) if k == anchor else "") + ob.run(line, b=bold), jc="left", indent=False)
    return body + after


def test_a_signer_box_anchored_in_the_recipients_line_is_read_after_the_list(tmp_path: Path) -> None:
    appendix = ob.para(ob.run("PHỤ LỤC", b=True), jc="center", indent=False)
    data = _docx(tmp_path / "kh.docx", _signed(0, appendix))
    got = [ln for ln in extracted_text(data).splitlines() if ln]
    start = got.index("Nơi nhận:")
    # (the signer's lines came between "Nơi nhận:" and its items)
    assert got[start:] == ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các thôn;", "- Lưu: VT.", *SIGNER, "PHỤ LỤC"]
    doc = parse_bytes(data).to_dict()["document"]
    same = parse_bytes(_docx(tmp_path / "kh2.docx", _signed(3))).to_dict()["document"]  # (anchored in the last item)
    assert doc["distribution"] == same["distribution"] == ["UBND tỉnh (b/c)", "Các thôn", "Lưu: VT"]  # (was [])
    assert doc["signer"] == same["signer"] and doc["signer"]["name"] == "Trần Văn Khải"


def test_a_signer_box_before_the_next_page_of_the_last_item(tmp_path: Path) -> None:
    """The list's last line holds a page break and the appendix's heading after it: the signer's
    lines before the heading, on the page they are drawn on."""
    body = _signed(0).replace(ob.run("- Lưu: VT."), ob.run("- Lưu: VT.") + PAGE + ob.run("PHỤ LỤC", b=True))
    got = [ln for ln in extracted_text(_docx(tmp_path / "kh.docx", body)).splitlines() if ln]
    assert got[-len(SIGNER) - 2 :] == ["- Lưu: VT.", *SIGNER, "PHỤ LỤC"]


def test_a_signer_box_at_the_end_of_the_text_is_read(tmp_path: Path) -> None:
    got = [ln for ln in extracted_text(_docx(tmp_path / "kh.docx", _signed(0))).splitlines() if ln]
    assert got[-len(SIGNER) - 1 :] == ["- Lưu: VT.", *SIGNER]


# ---------------------------------------------------------------- text hidden by its style

HIDDEN_STYLES = (
    '<w:style w:type="character" w:styleId="An"><w:name w:val="An"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Hien"><w:name w:val="Hien"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HuongDan"><w:name w:val="Huong dan"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:vanish/><w:i/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HuongDan2"><w:name w:val="Huong dan 2"/><w:basedOn w:val="HuongDan"/></w:style>'
)


def _styled_run(text: str, style: str, direct: str = "") -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/>{direct}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_text_hidden_by_its_style_is_left_out(tmp_path: Path) -> None:
    body = ob.para(_styled_run("(Ghi số, ký hiệu văn bản) ", "An") + ob.run("Số: 57/KH-UBND"), indent=False)
    body += ob.para(ob.run("Hướng dẫn: xóa đoạn này trước khi trình ký, hạn trình trước ngày 01/01/2027."), style="HuongDan")
    body += ob.para(ob.run("Ghi chú ẩn của mẫu."), style="HuongDan2")
    body += ob.text("Sở Y tế báo cáo trước ngày 10/10/2027.")
    body += ob.para(ob.run("Bản mẫu ") + _styled_run("hiện lại", "Hien"), style="HuongDan")
    body += ob.para(_styled_run("Hiện do định dạng trực tiếp.", "An", '<w:vanish w:val="0"/>'), indent=False)
    ob.write_docx(tmp_path / "cv.docx", body, [], "")
    ob.replace_part(tmp_path / "cv.docx", "word/styles.xml", ob.STYLES.replace("</w:styles>", HIDDEN_STYLES + "</w:styles>"))
    got = [ln for ln in extracted_text((tmp_path / "cv.docx").read_bytes()).splitlines() if ln]
    # (the template's notes were read, their date a deadline)
    assert got == ["Số: 57/KH-UBND", "Sở Y tế báo cáo trước ngày 10/10/2027.", "hiện lại", "Hiện do định dạng trực tiếp."]


# ---------------------------------------------------------------- damaged files


def _fail(data: bytes) -> str:
    with pytest.raises(DecodeError) as err:
        parse_bytes(data)
    message = str(err.value)
    assert "\n" not in message
    return message


def test_a_word_package_without_its_main_part(tmp_path: Path) -> None:
    _docx(tmp_path / "cv.docx", ob.text("Sở Y tế báo cáo trước ngày 10/10/2027."))
    with zipfile.ZipFile(tmp_path / "cv.docx") as zf:
        parts = {n: zf.read(n) for n in zf.namelist() if n != "word/document.xml"}
    for name, types in (("typed", None), ("untyped", b'<?xml version="1.0"?><Types xmlns="x"/>')):
        path = tmp_path / f"{name}.docx"
        with zipfile.ZipFile(path, "w") as zf:
            for n, data in parts.items():
                zf.writestr(n, types if types is not None and n == "[Content_Types].xml" else data)
        # (it was python-docx's KeyError, or "not a text document: it is a ZIP archive (a .docx or .xlsx?)")
        assert "a damaged DOCX file: its package holds no document text (no word/document.xml part)" in _fail(
            path.read_bytes()
        )


def test_a_word_package_cut_short(tmp_path: Path) -> None:
    data = _docx(tmp_path / "cv.docx", ob.text("Sở Y tế báo cáo trước ngày 10/10/2027.") * 40)
    # (it was "not a text document: it is a ZIP archive (a .docx or .xlsx?)")
    assert "a damaged DOCX file: its ZIP package is cut short or corrupt" in _fail(data[: len(data) // 2])


def test_other_archives_stay_refused_as_archives(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert "it is a ZIP archive" in _fail(path.read_bytes())
    assert "it is a ZIP archive" in _fail(path.read_bytes()[:120])


def _compound(streams: dict[str, bytes]) -> bytes:
    """A compound file (OLE2) of sectors of 512 bytes holding ``streams``, each in the regular
    sectors (padded to 4096 bytes, the size under which a stream goes to the mini stream)."""
    size = 512
    blobs = [data.ljust(4096, b"\x00") for data in streams.values()]
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # (sector 0 the FAT, 1 the directory, the streams from 2 on)
    starts = []
    for blob in blobs:
        count = len(blob) // size
        starts.append(len(fat))
        fat += [len(fat) + 1 + k if k + 1 < count else 0xFFFFFFFE for k in range(count)]
    fat += [0xFFFFFFFF] * (size // 4 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<109I", 0, *[0xFFFFFFFF] * 108)

    def entry(title: str, kind: int, left: int, child: int, start: int, length: int) -> bytes:
        raw = title.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw) if title else 0, kind, 1)
                + struct.pack("<III", left, 0xFFFFFFFF, child) + bytes(16 + 4 + 16)
                + struct.pack("<III", start, length, 0))  # fmt: skip

    names = list(streams)
    directory = entry("Root Entry", 5, 0xFFFFFFFF, 1, 0xFFFFFFFE, 0)
    for k, (name, start) in enumerate(zip(names, starts, strict=True)):
        directory += entry(name, 2, k + 2 if k + 1 < len(names) else 0xFFFFFFFF, 0xFFFFFFFF, start, len(blobs[k]))
    directory = directory.ljust(size, b"\x00")
    return header + struct.pack(f"<{size // 4}I", *fat) + directory + b"".join(blobs)


PROTECTED = "a password-protected (encrypted) Word file: it cannot be read without its password"


def test_a_docx_saved_with_a_password(tmp_path: Path) -> None:
    data = _compound({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00<encryption/>", "EncryptedPackage": bytes(range(256)) * 8})
    # (it was sent to LibreOffice as a .doc: "LibreOffice could not convert a Word 97-2003 .doc file")
    assert PROTECTED in _fail(data)


def _word_document(flags: int) -> bytes:
    """The first bytes of a Word 97-2003 document's stream: its magic number, version, language
    and the flags of its file information block."""
    return struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0x042A, 0, flags) + bytes(500)


def test_a_doc_saved_with_a_password(tmp_path: Path) -> None:
    assert PROTECTED in _fail(_compound({"WordDocument": _word_document(0x0100 | 0x0200), "1Table": bytes(600)}))


def test_a_doc_without_a_password_goes_to_libreoffice(tmp_path: Path) -> None:
    from ndq57.readers import _password_protected

    assert not _password_protected(_compound({"WordDocument": _word_document(0x0200), "1Table": bytes(600)}))
    assert not _password_protected(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # (damaged: LibreOffice says)


def test_a_docx_word_saved_with_a_password() -> None:
    """A file Word's agile encryption wrote (tests/fixtures/office/lang41/, the password "matkhau")."""
    assert PROTECTED in _fail((FIXTURES / "office" / "lang41" / "kh_password_lang41_60.docx").read_bytes())


def test_the_command_line_says_it_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "khoa.docx"
    path.write_bytes(_compound({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": bytes(4096)}))
    run = subprocess.run([sys.executable, "-m", "ndq57", "parse", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == f"ndq57: {path}: {PROTECTED}; open it in Word with the password, remove it and save the file again"


# ---------------------------------------------------------------- the fixture


def build_forms(path: Path) -> bytes:
    """A commune's plan as Word writes it: its header in text boxes anchored in the number line,
    the signer's block in a text box anchored in "Nơi nhận:", the appendix's heading after a page
    break in the list's last line, an appendix table whose header row repeats."""
    b = [ob.para(ob.text_box(["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]) + ob.text_box(NATIONAL)
                 + ob.run("Số: 118/KH-UBND") + "<w:r><w:tab/><w:tab/></w:r>"
                 + ob.run("Đông Sơn, ngày 22 tháng 2 năm 2028", i=True), jc=None, indent=False)]  # fmt: skip
    b.append(ob.centred([("KẾ HOẠCH", {"b": True}), ("Bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2028", {"b": True})]))
    b.append(ob.para(ob.run("Thực hiện Kế hoạch số 35/KH-UBND ngày 10/01/2028 của Ủy ban nhân dân huyện")
                     + ob.footnote_ref(1) + ob.run(", Ủy ban nhân dân xã ban hành Kế hoạch như sau:")))  # fmt: skip
    b.append(ob.para(ob.run("NHIỆM VỤ"), style="Muc"))
    b.append(ob.para(ob.run("Văn phòng HĐND và UBND xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã rà soát "
                            "phương án chữa cháy rừng, trình Ủy ban nhân dân xã trước ngày ")
                     + ob.deleted("15/3/2028") + ob.inserted("25/3/2028") + ob.run("."), num=(ob.HEAD, 1)))  # fmt: skip
    b.append(ob.para(ob.run("Các thôn tổ chức tuần tra rừng trong mùa khô, báo cáo tình hình về Ủy ban nhân dân xã "
                            "trước ngày ") + ob.field("DOCVARIABLE han_bao_cao", "05")
                     + ob.run(" hằng tháng."), num=(ob.HEAD, 1)))  # fmt: skip
    b.append(ob.para(ob.run("Công an xã kiểm tra việc sử dụng lửa ven rừng; hoàn thành đợt kiểm tra thứ nhất trước ngày ")
                     + '<w:sdt><w:sdtPr><w:date w:fullDate="2028-04-30T00:00:00Z"><w:dateFormat w:val="d/M/yyyy"/>'
                     "</w:date></w:sdtPr><w:sdtContent>" + ob.run("30/4/2028") + "</w:sdtContent></w:sdt>"
                     + ob.run("."), num=(ob.HEAD, 1)))  # fmt: skip
    b.append(ob.para(ob.run("TỔ CHỨC THỰC HIỆN"), style="Muc"))
    b.append(ob.text("Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo; tổng kết, báo cáo kết quả về "
                     "Ủy ban nhân dân xã trước ngày 20/12/2028."))  # fmt: skip
    signer = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Tuấn"]
    b.append(ob.para(ob.text_box(signer) + ob.run("Nơi nhận:", b=True), jc="left", indent=False))
    for item in ("- UBND huyện (b/c);", "- Hạt Kiểm lâm huyện;", "- Các thôn;"):
        b.append(ob.para(ob.run(item), jc="left", indent=False))
    b.append(ob.para(ob.run("- Lưu: VT.") + PAGE + ob.run("PHỤ LỤC", b=True), jc="left", indent=False))
    b.append(ob.centred([("NHIỆM VỤ BẢO VỆ RỪNG NĂM 2028", {"b": True}),
                         ("(Kèm theo Kế hoạch số 118/KH-UBND ngày 22/02/2028 của UBND xã Đông Sơn)", {"i": True})]))  # fmt: skip
    widths = [600, 4000, 2300, 2000, 1600]
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
            ["1", "Tu sửa chòi canh lửa và biển báo cấm lửa", "Công chức Địa chính - Nông nghiệp", "Các thôn", "Tháng 3/2028"],
            ["2", "Tuyên truyền bảo vệ rừng trên hệ thống loa truyền thanh", "Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã",
             "Quý II/2028"],
            ["3", "Diễn tập chữa cháy rừng cấp xã", "Ban Chỉ huy Quân sự xã", "Công an xã", "Trước ngày 31/5/2028"]]  # fmt: skip
    b.append(ob.table(["".join(ob.cell(ob.cell_text(t), w) for t, w in zip(row, widths, strict=True)) for row in rows],
                      widths, ruled=True, header_rows=1))  # fmt: skip
    ob.write_docx(path, "".join(b), ["Kế hoạch số 35/KH-UBND ngày 10/01/2028 của Ủy ban nhân dân huyện về bảo vệ rừng."], "")
    return path.read_bytes()


def test_the_fixture_reads_as_its_text(tmp_path: Path) -> None:
    """The committed file reads as its text fixture, and so does one built afresh."""
    assert extracted_text(FORMS.read_bytes()) + "\n" == FORMS_TEXT.read_text(encoding="utf-8")
    assert extracted_text(build_forms(tmp_path / "f.docx")) == extracted_text(FORMS.read_bytes())


def test_the_fixture_gives_its_header_signer_list_and_deadlines() -> None:
    record = parse_bytes(FORMS.read_bytes(), source=FORMS.name).to_dict()
    doc = record["document"]
    assert (doc["issuer"], doc["number"], doc["date"]) == ("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "118/KH-UBND", "2028-02-22")
    assert doc["signer"]["name"] == "Hoàng Văn Tuấn"
    assert doc["distribution"] == ["UBND huyện (b/c)", "Hạt Kiểm lâm huyện", "Các thôn", "Lưu: VT"]
    assert [s["path"] for s in record["sections"]][-1] == "Phụ lục"
    got = [(d["due"], d["section"]) for d in record["deadlines"]]
    assert ("2028-03-25", "I.1") in got and ("2028-04-30", "I.3") in got and ("2028-05-31", "Phụ lục.3") in got
    # (the same record as the text typed plain)
    text = parse_bytes(FORMS_TEXT.read_bytes()).to_dict()
    assert text["deadlines"] == record["deadlines"] and text["document"] == doc


if __name__ == "__main__":  # write the fixture
    FORMS.parent.mkdir(parents=True, exist_ok=True)
    build_forms(FORMS)
    FORMS_TEXT.write_text(extracted_text(FORMS.read_bytes()) + "\n", encoding="utf-8")
    print(FORMS, FORMS.stat().st_size, file=sys.stderr)
