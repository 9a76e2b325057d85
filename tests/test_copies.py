"""Every copy reads right: the export families of issue 11 (pandoc markdown, PDF text layers in
default and layout mode, OCR, web copies), on the fixtures of our own wording, plus the header
defects of issue 13 (an impossible header date, a type heading over plain paragraphs)."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from ndq57.cli import cli
from ndq57.data import load
from ndq57.model import Document
from ndq57.parse import syllables
from ndq57.parse.layout import clean_lines
from ndq57.pipeline import parse, parse_bytes

FAMILIES = (
    "pandoc_party_nq",
    "pandoc_state_qd",
    "pdftotext_party_hd",
    "pdftotext_layout_tb",
    "pdftotext_state_qd",
    "ocr_state_qd",
    "web_cv_cells",
    "web_headerless_cv",
    "web_headerless_nq",
    "joint_kh",
)


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {name: parse_bytes((FIXTURES / f"{name}.txt").read_bytes(), source=name) for name in FAMILIES}


# name: number, type, place, date, signer, top sections, footnote marks
HEADERS: dict[str, tuple[Any, ...]] = {
    "pandoc_party_nq": ("27-NQ/TU", "Nghị quyết", "Lào Cai", "2026-05-14", "Hầu Minh Khải", "12345", ["1"]),
    "pandoc_state_qd": ("418/QĐ-UBND", "Quyết định", "Quảng Ngãi", "2026-04-09", "Võ Thị Ngọc Hân", "123", []),
    "pdftotext_party_hd": ("07-HD/BTGDVTU", "Hướng dẫn", "Lạng Sơn", "2026-03-18", "Lương Thị Thu Hà", "I II III IV", ["1"]),
    "pdftotext_layout_tb": ("81/TB-VPTT", "Thông báo", "Quảng Trị", "2026-10-22", "Trần Quang Vinh", "1234", []),
    "pdftotext_state_qd": ("62/QĐ-UBND", "Quyết định", "Hòa Bình", "2026-01-05", "Quách Thị Duyên", "1234", []),
    "ocr_state_qd": ("211/QĐ-UBND", "Quyết định", "Tân An", "2026-03-16", "Huỳnh Thanh Tâm", "1234", []),
    "web_cv_cells": ("3208/VPCP-V.II", "Công văn", "Hà Nội", "2026-05-06", "Đặng Quốc Thái", "123", ["1", "2"]),
    "web_headerless_cv": ("905/UBND-KGVX", "Công văn", None, "2026-05-08", "Hoàng Văn Mẫn", "12", []),
    "web_headerless_nq": (None, "Nghị quyết", None, "2025-12-10", "Nguyễn Hữu Lộc", "123", []),
    "joint_kh": ("36/KHLT-UBND-MTTQ", "Kế hoạch", "Khánh Hòa", "2026-04-21", "Trần Hòa Nam", "I II", []),
}


def _tops(doc: Document) -> str:
    labels = [s.label.removeprefix("Điều ") for s in doc.sections if s.family != "appendix"]
    return (" " if any(len(x) > 1 or x.isalpha() for x in labels) else "").join(labels)


@pytest.mark.parametrize("name", FAMILIES)
def test_header_sections_footnotes(docs: dict[str, Document], name: str) -> None:
    doc = docs[name]
    h = doc.document
    number, typ, place, date, signer, tops, marks = HEADERS[name]
    assert (h.number, h.type, h.place, h.date) == (number, typ, place, date)
    assert h.signer is not None and h.signer.name == signer
    assert _tops(doc) == tops
    assert sorted(f.mark for f in doc.footnotes) == marks


def test_pandoc_tables_give_header_and_signoff(docs: dict[str, Document]) -> None:
    qd = docs["pandoc_state_qd"].document
    assert qd.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert (qd.signer.authority, qd.signer.title) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")  # type: ignore[union-attr]
    assert qd.distribution[-1] == "Lưu: VT, KTN"
    nq = docs["pandoc_party_nq"]
    assert nq.document.regime == "party" and nq.document.issuer == "TỈNH ỦY LÀO CAI"
    # the preamble under the title is body text, the title ends before it
    assert nq.document.title == "VỀ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG VÙNG CAO GIAI ĐOẠN 2026 - 2030"
    # pandoc's footnote [^1] with its reference in the preamble; escaped "\-" items and "**1. **"
    assert nq.footnotes[0].refs == [13]
    assert "[^1]" not in nq.text and "\\" not in nq.text
    assert [d.due for d in nq.deadlines if d.section == "2"] == ["2026-09-30"]


def test_signer_column_read_into_the_list(docs: dict[str, Document]) -> None:
    hd = docs["pdftotext_party_hd"].document
    assert hd.signer is not None and (hd.signer.authority, hd.signer.title) == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
    assert hd.distribution == ["Thường trực Tỉnh ủy (để báo cáo)", "Các đảng ủy trực thuộc Tỉnh ủy", "Lưu VP"]
    assert hd.issuer_parent == "TỈNH ỦY LẠNG SƠN"


def test_layout_export_columns(docs: dict[str, Document]) -> None:
    tb = docs["pdftotext_layout_tb"].document
    assert (tb.issuer_parent, tb.issuer) == ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH QUẢNG TRỊ", "VĂN PHÒNG THƯỜNG TRỰC")
    assert tb.recipients == ["Ủy ban nhân dân các xã, phường, đặc khu", "Các sở, ban, ngành cấp tỉnh"]
    assert tb.distribution == ["Như trên", "Trưởng ban (để b/c)", "UBND tỉnh (để b/c)", "Lưu: VT"]


def test_ocr_copy(docs: dict[str, Document]) -> None:
    doc = docs["ocr_state_qd"]
    h = doc.document
    assert h.issuer == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN"
    assert h.signer is not None and h.signer.authority == "TM. ỦY BAN NHÂN DÂN"
    assert h.signer.title is None  # lost under the stamp: never invented
    # a misread symbol is recorded as written, not "repaired" into a number nobody wrote
    assert [c.number for c in doc.citations] == ["25/KH-UBNO", "14/TTr-CAP"]
    assert doc.citations[0].date == "2026-03-02"  # "02 tháng 3 nám 2026"


def test_web_copies(docs: dict[str, Document]) -> None:
    cv = docs["web_cv_cells"]
    assert cv.document.subject == "đẩy nhanh giải ngân vốn đầu tư công các dự án giao thông trọng điểm"
    assert cv.document.signer is not None and cv.document.signer.authority == "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
    assert [(c.number, c.date) for c in cv.citations] == [
        ("41/NQ-CP", "2026-04-02"),
        ("1875/VPCP-V.II", "2026-03-19"),
        ("1460/QĐ-TTg", "2025-12-15"),
    ]
    assert [f.refs for f in cv.footnotes] == [[24], [29]]
    headerless = docs["web_headerless_cv"].document
    assert (headerless.type_source, headerless.issuer) == ("caption", None)
    assert headerless.recipients == ["Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert docs["web_headerless_nq"].document.type_source == "heading"


def test_joint_issuers(docs: dict[str, Document]) -> None:
    h = docs["joint_kh"].document
    assert h.issuers == ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA"]
    assert h.issuer == " - ".join(h.issuers)
    assert h.title == "Phối hợp vận động nhân dân tham gia bảo vệ môi trường biển năm 2026"
    one = parse("UBND TỈNH AN GIANG - ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG\nSố: 4/KHLT\n\nKẾ HOẠCH\n\n1. Làm.\n")
    assert one.document.issuers == ["UBND TỈNH AN GIANG", "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG"]
    single = parse("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 4/KH-UBND\n\nKẾ HOẠCH\n\n1. Làm.\n")
    assert single.document.issuers == ["ỦY BAN NHÂN DÂN TỈNH AN GIANG"]


# every repair of the OCR and PDF copies, in the order of the fix log (tone marks left aside)
FIX_LOGS = {
    "ocr_state_qd": [
        ("ocr_header_word", "QUYÉT", "QUYẾT"),
        ("slip_ocr", "quyển", "quyền"),
        ("slip_ocr", "đháng", "tháng"),
        ("slip_ocr", "sô", "số"),
        ("slip_ocr", "nám", "năm"),
        ("ocr_header_word", "QUYÉT", "QUYẾT"),
        ("slip_ocr", "Điêu", "Điều"),
        ("slip_ocr", "Uy viên", "Ủy viên"),
        ("slip_ocr", "Điêu", "Điều"),
        ("slip_ocr", "Điêu", "Điều"),
        ("slip_ocr", "Điêu", "Điều"),
        ("slip_ocr", "Điêu l", "Điều 1"),
        ("ocr_stray_glyph", "ậ", ""),
        ("ocr_header_word", "UY", "ỦY"),
        ("ocr_header_word", "NHÂÁN", "NHÂN"),
        ("ocr_header_word", "DÁN", "DÂN"),
        ("slip_ocr", "Điêu", "Điều"),
        ("join_split_word", "Ph ường", "Phường"),
    ],
    "pdftotext_layout_tb": [
        ("join_split_word", "biế n", "biến"),
        ("split_glued_word", "lộqua", "lộ qua"),
        ("drop_page_number", "- 2 -", ""),
    ],
    "pdftotext_party_hd": [
        ("drop_page_number", "2", ""),
        ("drop_running_header", "Hướng dẫn số 07-HD/BTGDVTU", ""),
        ("drop_page_number", "3", ""),
        ("drop_running_header", "Hướng dẫn số 07-HD/BTGDVTU", ""),
        ("drop_page_number", "4", ""),
        ("lift_footnote", "1 Thực hiện theo điểm 3, mục II Hướng dẫ", ""),
        ("rejoin_page_break", "\\n\\n", " "),
    ],
}


@pytest.mark.parametrize("name", sorted(FIX_LOGS))
def test_fix_log_shows_every_repair(name: str) -> None:
    res = CliRunner().invoke(cli, ["text", str(FIXTURES / f"{name}.txt"), "--fixes"], catch_exceptions=False)
    assert res.exit_code == 0
    rows = []
    for line in res.output.splitlines():
        _, rule, change = line.split("\t")
        original, _, replacement = change.partition(" -> ")
        if rule != "tone_style":
            rows.append((rule, original, replacement))
    assert rows == FIX_LOGS[name]


def test_repaired_text_reads_right() -> None:
    res = CliRunner().invoke(cli, ["text", str(FIXTURES / "ocr_state_qd.txt")], catch_exceptions=False)
    assert "QUYẾT ĐỊNH:" in res.output and "Văn phòng HĐND và UBND Phường, Ủy viên;" in res.output
    assert "có tên tại Điều 1 căn cứ" in res.output and "ngày 29 tháng 11 năm 2024" in res.output


# ------------------------------------------------------------------------------- issue 13


def test_header_date_with_month_13_warns_and_parses_the_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 19/KH-UBND\nPhú Lộc, ngày 14 tháng 13 năm 2026\n\nKẾ HOẠCH\n"
        "Kiểm tra an toàn thực phẩm\n\n1. Trạm Y tế xã báo cáo kết quả trước ngày 20/4/2026.\n"
        "2. Các thôn hoàn thành rà soát trước ngày 15 tháng 5.\n"
    )
    doc = parse(text)
    assert doc.document.date is None and doc.document.month is None and doc.document.year == 2026
    assert [(w.code, w.line) for w in doc.warnings if w.code == "invalid_date"] == [("invalid_date", 4)]
    assert [d.due for d in doc.deadlines] == ["2026-04-20", "2026-05-15"]
    impossible_day = parse(text.replace("14 tháng 13", "31 tháng 2"))
    assert impossible_day.document.date is None and impossible_day.document.month == 2


def test_type_heading_over_plain_paragraphs() -> None:
    text = (
        "KẾ HOẠCH\n\nBảo đảm an toàn giao thông dịp nghỉ lễ năm 2026 trên địa bàn xã.\n\n"
        "Công an xã tăng cường tuần tra, hoàn thành báo cáo trước ngày 05/5/2026.\n\n"
        "Các thôn tổ chức ra quân dọn dẹp hành lang đường bộ trước ngày 25/4/2026.\n"
    )
    doc = parse(text)
    assert doc.document.type == "Kế hoạch" and doc.document.title is None
    assert [d.due for d in doc.deadlines] == ["2026-05-05", "2026-04-25"]
    only_title = parse("KẾ HOẠCH\nTổ chức Tết Trồng cây năm 2026\n")
    assert [w.code for w in only_title.warnings] == ["empty_body"]


# ------------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("nghiêng", True), ("quyết", True), ("giữa", True), ("gìn", True), ("khuỷu", True), ("hoạch", True),
        ("kỳ", True), ("ghế", True), ("người", True), ("Nghị", True),
        ("biế", False), ("giatừ", False), ("QUYÉT", False), ("NHÂÁN", False), ("giat", False), ("ke", True),
        ("ka", False), ("ghu", False), ("cê", False), ("hoàng", True), ("Krông", False), ("tiêt", False),
    ],
)  # fmt: skip
def test_syllable_spelling(word: str, ok: bool) -> None:
    assert syllables.is_syllable(word) is ok


def test_spelling_data_is_text() -> None:
    # (YAML reads a bare "on" as a boolean: every rhyme must stay a string)
    data = load("slips")["syllables"]
    assert all(isinstance(x, str) for x in data["onsets"] + data["rhymes"])
    assert all(syllables.is_syllable(w) for w in ("còn", "chọn", "gọn", "ngon", "quốc", "thương"))


def test_glued_and_split_readings() -> None:
    assert syllables.split_glued("lộqua") == ("lộ", "qua")
    assert syllables.split_glued("Mnông") is None  # no reading as two syllables
    assert syllables.joins_split("biế", "n") and syllables.joins_split("Ph", "ường")
    assert not syllables.joins_split("a", "n")  # "a" stands alone; "n" may be a label
    assert not syllables.joins_split("Lạng", "Sơn")


def _texts(text: str) -> list[str]:
    return [ln.text for ln in clean_lines(text) if ln.kind == "text"]


def test_pandoc_grid_table_cells_read_down() -> None:
    text = (
        "+------------------+---------------------------+\n"
        "| **BỘ Y TẾ\\      | **CỘNG HÒA XÃ HỘI CHỦ\\    |\n"
        "| \\-\\-\\--**       | NGHĨA VIỆT NAM**          |\n"
        "+------------------+---------------------------+\n"
        "| Số: 12/BYT-KH    | *Hà Nội, ngày 2/3/2026*   |\n"
        "+------------------+---------------------------+\n"
    )
    assert _texts(text) == ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ", "NGHĨA VIỆT NAM", "Số: 12/BYT-KH", "Hà Nội, ngày 2/3/2026"]


def test_pandoc_task_table_is_left_to_the_table_reader() -> None:
    text = "  ----- ----------------\n  STT   Nhiệm vụ\n  1     Lập danh sách\n  ----- ----------------\n"
    assert _texts(text) == ["STT Nhiệm vụ", "1 Lập danh sách"]


def test_pandoc_escapes() -> None:
    assert _texts("2\\. Giao Sở Y tế\\\n\\- lập kế hoạch \\(bổ sung\\)") == ["2. Giao Sở Y tế", "- lập kế hoạch (bổ sung)"]


def test_ocr_columns_joined_by_one_blank() -> None:
    text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN LẠC Độc lập - Tự do - Hạnh phúc\n"
    assert _texts(text) == ["ỦY BAN NHÂN DÂN", "XÃ AN LẠC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_page_numbers_of_a_sequence_inside_a_list() -> None:
    items = "\n".join(f"{k}. Mục thứ {k} của danh sách." for k in range(1, 19))
    more = "\n".join(f"{k}. Mục thứ {k} của danh sách." for k in range(19, 37))
    text = f"{items}\n2\n{more}\n3\n"
    assert "2" not in _texts(text) and "3" not in _texts(text)
    # numbers that do not count pages stay (a cell-per-line table)
    assert _texts("Tổng số\n|\n2\n|\n3\n") == ["Tổng số", "2", "3"]
