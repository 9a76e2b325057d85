"""DOCX files as other tools leave them (fourth pass of the readers), built by
tests/office_build.py: a main part not named ``word/document.xml``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import office_build as ob
from ndq57.errors import DecodeError
from ndq57.pipeline import extracted_text, parse_bytes
from ndq57.readers import sniff

LINE = "Các phòng, ban báo cáo kết quả về Văn phòng trước ngày 10/7/2026."


def _renamed(tmp_path: Path, main: str, content_type: bytes | None = None) -> bytes:
    """A package ``write_docx`` wrote, its main part renamed ``main`` (the relationships, the
    content types and the part's own relationships following it)."""
    path = tmp_path / "goc.docx"
    ob.write_docx(path, ob.para(ob.run(LINE), num=(ob.PAREN, 0)), [], "")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    stem = main.rsplit("/", 1)[-1]
    out: dict[str, bytes] = {}
    for name, data in parts.items():
        data = data.replace(b"/word/document.xml", b"/" + main.encode()).replace(b'Target="word/document.xml"', b'Target="' + main.encode() + b'"')
        if content_type is not None and name == "[Content_Types].xml":
            data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", content_type)
        name = {"word/document.xml": main, "word/_rels/document.xml.rels": f"word/_rels/{stem}.rels"}.get(name, name)
        out[name] = data
    buf = tmp_path / "moi.docx"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in out.items():
            zf.writestr(name, data)
    return buf.read_bytes()


@pytest.mark.parametrize("main", ["word/document2.xml", "word/main.xml"])
def test_a_main_part_of_another_name_is_read(tmp_path: Path, main: str) -> None:
    """Word Online and some converters name the main part ``word/document2.xml``: the package's
    content types say which part is the document. It was refused as a ZIP archive."""
    data = _renamed(tmp_path, main)
    assert sniff(data) == "docx"
    assert extracted_text(data).split("\n")[0] == "(1) " + LINE
    record = parse_bytes(data, source="kh.docx").to_dict()
    assert [d["due"] for d in record["deadlines"]] == ["2026-07-10"]


def test_a_macro_file_with_a_renamed_main_part_is_read(tmp_path: Path) -> None:
    """The same for a file with macros (its main part typed ``macroEnabled.main+xml``)."""
    data = _renamed(tmp_path, "word/document2.xml", b"application/vnd.ms-word.document.macroEnabled.main+xml")
    assert sniff(data) == "docx"
    assert extracted_text(data).split("\n")[0] == "(1) " + LINE


def test_a_spreadsheet_is_still_no_word_file(tmp_path: Path) -> None:
    """A ZIP whose content types name no Word main part (a spreadsheet) is not taken for one."""
    path = tmp_path / "bang.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", '<Types><Override PartName="/xl/workbook.xml" ContentType='
                    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert sniff(path.read_bytes()) is None
    with pytest.raises(DecodeError):
        parse_bytes(path.read_bytes(), source="bang.xlsx")
