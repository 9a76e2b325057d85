"""Round 35 (helper 178): scans and OCR text copies of our own wording read as well as the printed
text. Two scans (tests/build_scan_lang35.py: a Party notice at 180 dpi, a commune plan at 150 dpi,
fed askew, speckled, dusted, a red stamp over the signer) and two OCR text copies modelled on what
``tesseract -l vie --psm 4`` gives of a printed ministry dispatch and a Party plan
(tests/fixtures/ocr_*_lang35.txt, golden files beside them).

What the tool reads now:
- an OCR text table's row whose lines OCR set apart by blanks (a step row over many lines), and a
  row cut by a page break: its last lines before the page's foot, the footnote and page number
  skipped, the header printed again, and the row's rest on the next page;
- an OCR text table without a number column ("Nội dung báo cáo | Đơn vị thực hiện | Thời hạn gửi"):
  its rows open at their times;
- a roman part heading right under an OCR text table ("HI TỔ CHỨC THỰC HIỆN") ends it;
- a lead's name cut after a joining word ("Sở Nông" / "nghiệp và" / "Môi trường");
- a quarter's "IV" read "TV" in a table's time cell;
- in a scan: a table's group label "H" (a serif "II") between "I" and "III"; a group label read a
  stroke short ("III" read "II") counted in the page image; a part heading OCR misread ("HI TỔ
  CHỨC THỰC HIỆN") under a table drawn without rules no line of its last row;
- OCR slips "Thời bạn" (a time column's heading), "T/IL" (a sign-off's "T/L").
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ndq57 import Options, parse, parse_bytes
from ndq57.parse import ocr_tables
from ndq57.readers import ocr, text_patterns

FIX = Path(__file__).parent / "fixtures"
SCANS = FIX / "scans"


def _deadlines(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    doc = parse(text)
    return [(d.due, d.section, [f"{a.unit} ({a.role})" for a in d.assignees]) for d in doc.deadlines]


# ------------------------------------------------------------------ OCR text tables (plain text)

HEAD = (
    "ST Nội dung nhiệm vụ Đơn vị chủ trì | Đơn vị phối | Thời gian thực hiện\n"
    "T hợp Bắt đầu |_ Hoàn\n"
    "thành\n"
)
TOP = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc\n"
    "Số: 77/KH-SXD Lâm Đồng, ngày 02 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Kiểm tra an toàn công trình năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n"
    "Phát hiện sớm các công trình xuống cấp để xử lý kịp thời.\n\n"
    "II. NHIỆM VỤ\n\n"
    "Các đơn vị thực hiện các nhiệm vụ theo bảng sau:\n\n"
)
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhạm Văn Tú\n"


def test_a_step_row_over_lines_set_apart_by_blanks_keeps_the_rows_below() -> None:
    rows = (
        "1 | Rà soát danh mục công trình Phòng Quản lý | Thanh tra Sở | Tháng Tháng\n"
        "công cộng cần kiểm tra xây dựng 3/2026 | 4/2026\n\n"
        "Lập kế hoạch kiểm tra chi tiết Văn phòng Sở | Tháng Tháng\n"
        "cho từng địa bàn, phân công 4/2026 5/2026\n\n"
        "người phụ trách, dự trù kinh\n\n"
        "phí, phương tiện, tài liệu\n\n"
        "hướng dẫn\n\n"
        "2 | Kiểm tra hiện trạng các nhà Phòng Quản lý | Ủy ban nhân dân | Tháng Tháng\n"
        "văn hóa, trường học xây dựng các xã 5/2026 | 9/2026\n"
    )
    got = _deadlines(TOP + HEAD + rows + "\nIII. TỔ CHỨC THỰC HIỆN\n" + FOOT)
    assert [(due, sec) for due, sec, _ in got] == [("2026-04-30", "II.1"), ("2026-05-31", "II.1"), ("2026-09-30", "II.2")]


def test_a_row_cut_by_a_page_break_goes_on_after_the_header_printed_again() -> None:
    rows = (
        "1 | Rà soát danh mục công trình Thanh tra Sở | Sở Tài chính | Tháng Tháng\n"
        "công cộng cần kiểm tra, 3/2026 | 4/2026\n"
        "đánh giá mức độ an toàn\n\n"
        "của kết cấu chịu lực\n\n"
        "! Thông tư số 10/2021/TT-BXD ngày 25/8/2021 của Bộ Xây dựng.\n"
        "2\n\n" + HEAD + "\n"
        "và hệ thống phòng cháy\n\n"
        "2 | Tổng hợp, báo cáo kết quả Văn phòng Sở | Thanh tra Sở | Tháng Tháng\n"
        "kiểm tra 11/2026 | 12/2026\n"
    )
    doc = parse(TOP + HEAD + rows + "\nIII. TỔ CHỨC THỰC HIỆN\n" + FOOT)
    got = [(d.due, d.section) for d in doc.deadlines]
    assert got == [("2026-04-30", "II.1"), ("2026-12-31", "II.2")]
    task = next(t for t in doc.tasks if t.section == "II.1")
    # the row's lines before the page's foot and after the header again are the task's
    assert "của kết cấu chịu lực" in task.text and "và hệ thống phòng cháy" in task.text
    assert "Thông tư" not in task.text


def test_a_table_without_a_number_column_opens_its_rows_at_their_times() -> None:
    table = (
        "Nội dung báo cáo Đơn vị thực hiện Thời hạn gửi\n"
        "Báo cáo kết quả kiểm tra đợt một Thanh tra Sở Trước ngày\n"
        "tại các huyện miền núi 30/6/2026\n"
        "Báo cáo kết quả kiểm tra đợt hai Văn phòng Sở Trước ngày\n\n"
        "tại các huyện đồng bằng 30/9/2026\n"
        "Báo cáo tổng kết công tác kiểm tra Phòng Quản lý xây dựng Tháng 12/2026\n"
    )
    text = TOP.replace("theo bảng sau:", "và báo cáo theo lịch sau:") + table + FOOT
    got = _deadlines(text)
    assert got == [
        ("2026-06-30", "II", ["Thanh tra Sở (lead)"]),
        ("2026-09-30", "II", ["Văn phòng Sở (lead)"]),
        ("2026-12-31", "II", ["Phòng Quản lý xây dựng (lead)"]),
    ]


def test_a_sentence_naming_the_columns_is_no_header() -> None:
    head = ocr_tables._header_at(["Nội dung nhiệm vụ do đơn vị chủ trì thực hiện theo thời hạn được giao cho từng năm"], 0)
    assert head is None
    head = ocr_tables._header_at(["Nội dung báo cáo Đơn vị thực hiện Thời hạn gửi"], 0)
    assert head is not None and head.roles == ["task", "lead", "time"]


def test_a_roman_heading_under_a_table_of_no_groups_ends_it() -> None:
    rows = (
        "1 | Rà soát danh mục công trình Thanh tra Sở | Sở Tài chính | Tháng Tháng\n"
        "công cộng cần kiểm tra 3/2026 | 4/2026\n"
        "HI TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng Sở báo cáo Giám đốc Sở trước ngày 20/12/2026.\n"
    )
    got = _deadlines(TOP + HEAD + rows + FOOT)
    assert [(due, sec) for due, sec, _ in got] == [("2026-04-30", "II.1"), ("2026-12-20", "III")]


def test_a_lettered_table_keeps_its_groups_and_a_roman_heading_after_them_ends_it() -> None:
    lettered = ocr_tables._lettered("A", None)
    assert not ocr_tables._part_heading("B", True, lettered)
    assert ocr_tables._part_heading("III", True, lettered)
    assert ocr_tables._part_heading("III", True, None)
    assert not ocr_tables._part_heading("III", True, ocr_tables._lettered("II", None))
    assert not ocr_tables._part_heading("I", False, None)  # (a table's first group, no task above)


def test_a_name_cut_after_its_joining_word_is_pieced_whole() -> None:
    # "Sở Nông" / "nghiệp và" / "Môi trường": the lead's piece ending with "và" goes on its name
    assert ocr_tables._extends([(1, "Sở Nông")], ["nghiệp", "và"], False) == 2
    # a word that is no name's join ("về": "... cơ sở về") is not taken so
    assert ocr_tables._extends([(1, "Văn phòng Đảng ủy")], ["cơ", "sở", "về"], False) == -1


def test_a_quarter_read_with_a_t_for_its_i() -> None:
    assert ocr_tables._quarter("TV/2026") == "IV/2026"
    assert ocr_tables._quarter("HI/2026") == "III/2026"
    assert ocr_tables._quarter("12/2026") == "12/2026"


# ------------------------------------------------------------------ OCR slips

def test_ocr_slips_of_a_time_heading_and_a_sign_off() -> None:
    doc = parse(
        "ĐẢNG ỦY XÃ AN PHÚ\nSố 05-TB/ĐU\nAn Phú, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\n"
        "1. Văn phòng Đảng ủy tổng hợp, thời bạn hoàn thành trước ngày 30/3/2026.\n"
        "Nơi nhận: T/IL BAN THƯỜNG VỤ\n- Lưu VP. CHÁNH VĂN PHÒNG\n\nLê Văn Sơn\n"
    )
    fixes = {(f.original, f.replacement) for f in doc.fixes}
    assert ("thời bạn", "thời hạn") in fixes and ("T/IL", "T/L") in fixes
    # "T/IL" is no word anywhere else: a symbol "T/ILO" stays
    assert ("T/ILO", "T/L") not in {(f.original, f.replacement) for f in parse("Công ước T/ILO số 5.").fixes}


def test_the_marks_of_cac_lost_before_an_addressee() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nLâm Đồng, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "1. Đề nghị UBND cac xã, phường báo cáo kết quả trước ngày 15/6/2026.\n"
        "2. Giao cac sở, ngành rà soát thủ tục trước ngày 20/6/2026.\n"
    )
    got = _deadlines(text)
    assert got == [
        ("2026-06-15", "1", ["UBND các xã, phường (assigned)"]),
        ("2026-06-20", "2", ["các sở, ngành (lead)"]),
    ]
    # "Cac" elsewhere (a name, a word of another language) stays
    assert not [f for f in parse("Ông Cac Văn Bình dự họp; mã cac-01.").fixes if f.original.lower() == "cac"]


# ------------------------------------------------------------------ scans: page images

def test_a_part_heading_misread_ends_a_table_drawn_without_rules() -> None:
    heading = text_patterns()["section_heading"]
    for line in ("III. TỔ CHỨC THỰC HIỆN", "HI TỔ CHỨC THỰC HIỆN", "Il NHIỆM VỤ CỤ THỂ", "Điều 3. Hiệu lực"):
        assert heading.match(line), line
    for line in ("Hạ tầng số", "II/2026", "I Hạ tầng số", "H Dữ liệu"):
        assert not heading.match(line), line


def test_a_group_label_read_as_an_h_between_its_neighbours() -> None:
    text = TOP + (
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n"
        "| I | Hạ tầng số |  |  |\n"
        "| 1 | Nâng cấp đường truyền | Văn phòng Sở | Quý II/2026 |\n"
        "| H | Dữ liệu số |  |  |\n"
        "| 2 | Số hóa hồ sơ lưu trữ | Thanh tra Sở | Tháng 10/2026 |\n"
        "| III | Kỹ năng số |  |  |\n"
        "| 3 | Tập huấn kỹ năng số | Phòng Quản lý xây dựng | 15/11/2026 |\n"
    ) + FOOT
    assert [sec for _d, sec, _a in _deadlines(text)] == ["II.I.1", "II.II.2", "II.III.3"]
    # a table lettered A ... H keeps its "H"
    lettered = text.replace("| I | Hạ", "| G | Hạ").replace("| III | Kỹ", "| I | Kỹ")
    assert [sec for _d, sec, _a in _deadlines(lettered)][1] == "II.H.2"


W, H = 400, 100
TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _block(img: bytearray, x0: int, y0: int, x1: int, y1: int) -> None:
    for y in range(y0, y1):
        img[y * W + x0 : y * W + x1] = b"\x00" * (x1 - x0)


def _word(text: str, left: int, top: int, right: int, bottom: int, n: int) -> str:
    return f"5\t1\t1\t1\t1\t{n}\t{left}\t{top}\t{right - left}\t{bottom - top}\t90\t{text}\n"


def test_a_group_label_read_a_stroke_short_in_its_cell_is_counted() -> None:
    img = bytearray(b"\xff" * (W * H))
    for k in range(3):  # "III" in bold: three strokes with serifs, no dot
        _block(img, 20 + 14 * k, 30, 26 + 14 * k, 60)
        _block(img, 17 + 14 * k, 30, 29 + 14 * k, 32)
        _block(img, 17 + 14 * k, 58, 29 + 14 * k, 60)
    _block(img, 70, 20, 72, 70)  # the cell's rule, read as "|"
    _block(img, 90, 30, 200, 60)  # the group's title
    pgm = f"P5\n{W} {H}\n255\n".encode() + bytes(img)
    tsv = TSV_HEAD + _word("II", 17, 30, 60, 60, 1) + _word("|", 70, 20, 72, 70, 2) + _word("Kỹ", 90, 30, 120, 60, 3)
    assert [f[:2] for f in ocr.roman_strokes(pgm, tsv, dpi=100)] == [("II", "III")]
    # a title in small letters after it ("II bản"), or nothing after it: left as read
    tsv = TSV_HEAD + _word("II", 17, 30, 60, 60, 1) + _word("bản", 90, 30, 120, 60, 2)
    assert ocr.roman_strokes(pgm, tsv, dpi=100) == []
    tsv = TSV_HEAD + _word("II", 17, 30, 60, 60, 1)
    assert ocr.roman_strokes(pgm, tsv, dpi=100) == []


def _needs_tesseract() -> None:
    if ocr.tesseract() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Tesseract with the Vietnamese model is not installed")
        pytest.skip("tesseract with the 'vie' model is not installed")


def test_a_scanned_commune_plan_keeps_its_groups() -> None:
    # 150 dpi, 0.8 degrees askew, speckled, dust, a red stamp over the chairman's title
    _needs_tesseract()
    pdf = SCANS / "scan_commune_plan_lang35.pdf"
    doc = parse_bytes(pdf.read_bytes(), source=str(pdf), options=Options())
    assert (doc.document.number, doc.document.date) == ("88/KH-UBND", "2026-08-03")
    got = [(d.due, d.section, [a.unit for a in d.assignees if a.role == "lead"]) for d in doc.deadlines]
    assert got[:5] == [
        ("2026-09-30", "II.I.1", ["Văn phòng HĐND và UBND xã"]),
        ("2026-09-30", "II.I.2", ["Công chức Tài chính - Kế toán"]),
        ("2026-10-31", "II.II.3", ["Công chức Tư pháp - Hộ tịch"]),
        ("2026-12-31", "II.II.4", ["Công chức Địa chính - Xây dựng"]),
        ("2026-11-15", "II.III.5", ["Đoàn Thanh niên xã"]),
    ]


def test_a_scanned_party_notice_reads_its_table_and_sign_off() -> None:
    # 180 dpi, turned 1.2 degrees the other way, the "Thời hạn" heading read "Thời bạn", "T/L"
    # read "T/IL"
    _needs_tesseract()
    pdf = SCANS / "scan_party_notice_lang35.pdf"
    doc = parse_bytes(pdf.read_bytes(), source=str(pdf), options=Options())
    assert doc.document.number == "41-TB/ĐU"
    assert doc.document.signer is not None and doc.document.signer.authority == "T/L BAN THƯỜNG VỤ"
    got = {(d.due, d.section, d.assignees[0].unit) for d in doc.deadlines if d.assignees}
    assert {
        ("2026-04-20", "1", "Ủy ban nhân dân xã"),
        ("2026-05-31", "1", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("2026-09-30", "1", "Văn phòng Đảng ủy"),
        ("2026-10-15", "2", "Ủy ban kiểm tra Đảng ủy xã"),
    } <= got


def test_the_scans_stay_small() -> None:
    for name in ("scan_commune_plan_lang35.pdf", "scan_party_notice_lang35.pdf"):
        assert (SCANS / name).stat().st_size < 300_000
