"""DOCX files from other programs and templates, second pass: a text box drawn inside a text box
(read once, after the box that holds it), phonetic guides (``w:ruby``: the base text is read)."""

from __future__ import annotations

from pathlib import Path

import office_build as ob
from ndq57.pipeline import extracted_text

RUBY = (
    '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="12"/><w:hpsRaise w:val="22"/>'
    '<w:hpsBaseText w:val="26"/><w:lid w:val="vi-VN"/></w:rubyPr>'
    "<w:rt><w:r><w:t>{guide}</w:t></w:r></w:rt>"
    "<w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>"
)


def lines_of(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "van-ban.docx"
    ob.write_docx(path, body, [], "")
    return [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]


def box_in_box(outer: list[str], inner: list[str]) -> str:
    """A text box whose first paragraph anchors another text box (both written twice: a shape and
    its VML fallback, the inner one inside each of the outer's two copies)."""
    nested = ob.text_box(inner)
    return ob.text_box(outer).replace("<w:txbxContent>", f"<w:txbxContent><w:p>{nested}</w:p>")


def test_a_text_box_inside_a_text_box_is_read_once(tmp_path: Path) -> None:
    body = ob.para(ob.run("Kèm theo Kế hoạch số 41/KH-UBND ngày 02/4/2026.") + box_in_box(["DỰ THẢO", "lần 3"], ["Mẫu số 05"]))
    body += ob.para(ob.run("Các phòng, ban triển khai thực hiện."))
    assert lines_of(tmp_path, body) == [
        "Kèm theo Kế hoạch số 41/KH-UBND ngày 02/4/2026.",
        "DỰ THẢO",
        "lần 3",
        "Mẫu số 05",
        "Các phòng, ban triển khai thực hiện.",
    ]


def test_a_text_box_inside_a_table_cell_box_is_read_once(tmp_path: Path) -> None:
    cell = ob.para(ob.run("UBND XÃ AN PHÚ") + box_in_box(["Mật"], ["Khẩn"]), indent=False)
    table = ob.table([ob.cell(cell, 4000) + ob.cell(ob.cell_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 5000)], [4000, 5000], ruled=False)
    got = lines_of(tmp_path, table + ob.para(ob.run("Nội dung.")))
    assert got.count("Mật") == 1 and got.count("Khẩn") == 1
    assert got.index("UBND XÃ AN PHÚ") < got.index("Mật") < got.index("Khẩn")


def test_ruby_text_reads_its_base_only(tmp_path: Path) -> None:
    body = ob.para(
        ob.run("Phối hợp với tổ chức ")
        + RUBY.format(guide="Giai-ca", base="JICA")
        + ob.run(" và Sở Ngoại vụ tỉnh ")
        + RUBY.format(guide="chú âm", base="Đắk Lắk")
        + ob.run(".")
    )
    assert lines_of(tmp_path, body) == ["Phối hợp với tổ chức JICA và Sở Ngoại vụ tỉnh Đắk Lắk."]


def test_levels_without_a_start_count_from_one(tmp_path: Path) -> None:
    """A numbering level written without ``w:start`` (files made by other programs): the standard
    says it starts at 0, but a directive never numbers an item 0 and the programs that leave it
    out show 1, so the list reads from 1 (a decision: kept as it was); ``w:start`` 0 written out is
    honoured."""
    path = tmp_path / "van-ban.docx"
    body = "".join(ob.para(ob.run(t), num=(ob.HEAD, lvl)) for t, lvl in (
        ("MỤC ĐÍCH, YÊU CẦU", 0), ("Mục đích", 1), ("Yêu cầu", 1), ("NHIỆM VỤ", 0), ("Rà soát hồ sơ", 1)))  # fmt: skip
    ob.write_docx(path, body, [], "")
    xml = ob.numbering_xml()
    head, rest = xml.split('<w:abstractNum w:abstractNumId="1">', 1)
    ob.replace_part(path, "word/numbering.xml", head.replace('<w:start w:val="1"/>', "") + '<w:abstractNum w:abstractNumId="1">' + rest)
    got = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert got == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ", "1. Rà soát hồ sơ"]
    ob.replace_part(path, "word/numbering.xml", xml.replace('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>',
                                                            '<w:start w:val="0"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'))
    got = [ln for ln in extracted_text(path.read_bytes()).splitlines() if ln]
    assert got[1:3] == ["0. Mục đích", "1. Yêu cầu"]
