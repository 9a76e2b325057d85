"""Round 44, helper 91: appendix task tables too long for one page (sources and builds:
``tests/pdf_pages_lang44_91_build.py``; all wording our own).

* The PDFs (a LibreOffice print of a DOCX with a landscape appendix section, its header row
  repeated, rows allowed to break, a running header ``Phụ lục I – Kế hoạch số ...`` and the page
  number; a Chromium print with ``<thead>`` repeated and margin boxes; a LibreOffice print with
  the header NOT repeated) read one task per row, each with its lead, partners and time; the
  time column mixes ``Quý II/2027``, ``Thường xuyên``, ``Tháng 6 - 9/2027``, ``Trước 30/11/2027``.
* ``pdftotext -layout`` of the LibreOffice print: the running header at the top of each page
  (under the page number of the page before) is no line of the table: the table goes on past it,
  the row the page broke goes on under the repeated header (was: the table ended at the first
  page break, a second table's header swallowing the broken row's rest, rows 6–10 lost).
* ``pdftotext -raw`` of both prints: the running header naming the appendix is no appendix
  heading: the rows go on past it (was: the table ended at the first page break).
* Negatives: a new appendix opening the next page ends the table, in both texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_golden_record, task_rows
from ndq57 import parse
from ndq57.parse import flow_tables as ft
from ndq57.parse import tables as tb
from ndq57.pipeline import parse_bytes
from ndq57.readers import pdf

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages44"
PDFS = [PAGES / f"{n}.pdf" for n in ("lo_kh_appendix_pages_lang44_91", "chr_kh_appendix_pages_lang44_91",
                                      "chr_kh_footer_pages_lang44_91", "lo_kh_norepeat_pages_lang44_91")]  # fmt: skip


def _doc(path: Path) -> dict:
    return parse_bytes(path.read_bytes(), source=path.name).to_dict()


def _times(doc: dict) -> list[tuple[str, list[tuple[str | None, str]]]]:
    return [(t[0], t[1]) for t in task_rows(doc) if t[0].startswith("Phụ lục")]


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_golden(path: Path) -> None:
    assert_golden_record(path)


PROVINCE = [
    ("Phụ lục I.I.1", [("2027-06-30", "quarter")], "Sở Nông nghiệp và Môi trường"),
    ("Phụ lục I.I.2", [("2027-11-30", "date")], "Sở Tài chính"),
    ("Phụ lục I.I.3", [("2027-09-30", "range")], "Sở Nông nghiệp và Môi trường"),
    ("Phụ lục I.II.4", [("2027-09-30", "quarter")], "UBND các huyện ven biển"),
    ("Phụ lục I.II.5", [(None, "vague")], "Sở Y tế"),
    ("Phụ lục I.II.6", [("2027-10-31", "date")], "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"),
    ("Phụ lục I.II.7", [("2027-08-31", "month")], "Công ty Cổ phần Cấp nước tỉnh"),
    ("Phụ lục I.II.8", [(None, "recurring")], "UBND các huyện, thị xã, thành phố"),
    ("Phụ lục I.III.9", [(None, "vague")], "Báo và Phát thanh, Truyền hình tỉnh"),
    ("Phụ lục I.III.10", [("2027-12-31", "month")], "Sở Nông nghiệp và Môi trường"),
]


def test_pdf_rows_over_three_pages() -> None:
    doc = _doc(PAGES / "lo_kh_appendix_pages_lang44_91.pdf")
    rows = [t for t in task_rows(doc) if t[0].startswith("Phụ lục")]
    assert [(t[0], t[1], t[2][0]) for t in rows] == [(s, d, (lead, "lead")) for s, d, lead in PROVINCE]
    # (the row the page broke: its task's rest under the repeated header, no running header in it)
    four = rows[3][3]
    assert four.endswith("trạm y tế trên địa bàn") and "Kế hoạch số" not in four
    assert rows[0][2][1:] == [("UBND các huyện, thị xã, thành phố", "coordinate")]


def test_chromium_thead_repeated_and_row_broken() -> None:
    doc = _doc(PAGES / "chr_kh_appendix_pages_lang44_91.pdf")
    rows = [t for t in task_rows(doc) if t[0].startswith("Phụ lục")]
    assert [t[0] for t in rows] == [f"Phụ lục I.A.{k}" for k in (1, 2, 3)] + [f"Phụ lục I.B.{k}" for k in (4, 5, 6, 7)]
    assert [t[1] for t in rows] == [
        [("2027-06-30", "quarter")], [("2027-09-30", "range")], [(None, "vague")], [("2027-11-30", "date")],
        [("2028-03-31", "month")], [("2027-08-31", "date")], [("2027-12-31", "month")],
    ]  # fmt: skip
    # (row 5's lead cut by the page: its last word at the top of the next page)
    assert rows[4][2][0] == ("Phòng Khảo thí và Quản lý chất lượng", "lead")


CHR_TIMES = [
    [("2027-06-30", "quarter")], [("2027-09-30", "range")], [(None, "vague")], [("2027-11-30", "date")],
    [("2028-03-31", "month")], [("2027-08-31", "date")], [("2027-12-31", "month")],
]  # fmt: skip


@pytest.mark.parametrize(
    "path",
    [PAGES / "chr_kh_footer_pages_lang44_91.pdf", FIXTURES / "pdftotext_layout_chr_footer_pages_lang44_91.txt"],
    ids=["pdf", "layout"],
)
def test_cell_rest_alone_at_the_next_page_top(path: Path) -> None:
    # (no header repeated: row B.5's lead goes on alone at the top of the next page, "lượng",
    # under the page's number "- 3 -", the running line at the foot of the page before)
    rows = [t for t in task_rows(_doc(path)) if t[0].startswith("Phụ lục")]
    assert [t[1] for t in rows] == CHR_TIMES
    assert rows[4][2][0] == ("Phòng Khảo thí và Quản lý chất lượng", "lead")
    assert all("lượng" not in t[3] and "Kế hoạch số" not in t[3] for t in rows)


def test_raw_page_number_between_dashes_no_time() -> None:
    # (was: "Tháng 3/2028" and the page's "- 3 -" read as a range)
    rows = [t for t in task_rows(_doc(FIXTURES / "pdftotext_raw_chr_footer_pages_lang44_91.txt"))]
    assert [t[1] for t in rows] == CHR_TIMES


def _line(text: str, x0: float, top: float = 500.0) -> pdf.Line:
    glyphs = [pdf.Glyph(ch, x0 + 5 * k, top - 10, x0 + 5 * k + 5, top) for k, ch in enumerate(text)]
    return pdf.Line(glyphs, text=text, size=10.0)


def test_cell_rest_row() -> None:
    row = _line("| 6 | Hoàn thành sửa chữa | Phòng Kế hoạch | UBND các huyện | Trước ngày 31/8/2027 |", 80, 480)
    row.cuts = [(100.0, 110.0), (430.0, 440.0), (590.0, 600.0), (760.0, 770.0)]
    assert pdf._cell_rest(_line("lượng", 480), row) == "|  |  | lượng |  |  |"
    assert pdf._cell_rest(_line("Phụ lục I", 480), row) is None  # (in capitals: no cell's rest)
    assert pdf._cell_rest(_line("và các xã", 60), row) is None  # (in the number's column)
    assert pdf._cell_rest(_line("chuyển nhượng có thời hạn cho", 400), row) is None  # (over a column gap)


def test_header_not_repeated() -> None:
    doc = _doc(PAGES / "lo_kh_norepeat_pages_lang44_91.pdf")
    assert [t[1] for t in task_rows(doc)] == [
        [("2027-06-30", "quarter")], [(None, "vague")], [("2027-09-30", "range")], [("2027-11-30", "date")],
        [("2027-10-31", "month")], [("2027-12-15", "date")],
    ]  # fmt: skip
    assert task_rows(doc)[3][2][0] == ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "lead")


# ---------------------------------------------------------------- the texts a user exported


def test_layout_text_goes_on_past_the_running_header() -> None:
    doc = _doc(FIXTURES / "pdftotext_layout_appendix_pages_lang44_91.txt")
    assert _times(doc) == [(s, d) for s, d, _ in PROVINCE]
    assert len(doc["tables"]) == 1
    rows = [t for t in task_rows(doc) if t[0].startswith("Phụ lục")]
    assert rows[3][3].endswith("trạm y tế trên địa bàn")  # (the row the page broke: one row)
    right = [k for k in range(10) if k not in (3, 5)]  # (rows 4 and 6: cells one blank apart, NOT yet)
    assert [rows[k][2][0][0] for k in right] == [PROVINCE[k][2] for k in right]


@pytest.mark.parametrize(
    ("name", "count"),
    [("pdftotext_raw_appendix_pages_lang44_91", 10), ("pdftotext_raw_chr_appendix_pages_lang44_91", 7)],
)
def test_raw_text_goes_on_past_the_running_header(name: str, count: int) -> None:
    text = _doc(FIXTURES / f"{name}.txt")
    pdf = _doc(PAGES / f"{'chr' if 'chr' in name else 'lo'}_kh_appendix_pages_lang44_91.pdf")
    assert len(_times(text)) == count
    assert _times(text) == _times(pdf)


# ---------------------------------------------------------------- the rules, and what they leave


_RUNNING = "                    Phụ lục I – Kế hoạch số 21/KH-UBND ngày 05/3/2027 của UBND huyện An Lạc"
_LAYOUT = [
    "\f" + _RUNNING,
    "",
    "STT   Nội dung nhiệm vụ                       Đơn vị chủ trì        Thời gian",
    " 1    Rà soát diện tích lúa thiếu nước tưới   Phòng Nông nghiệp     Quý II/2027",
    "      trên địa bàn các xã vùng cao            và Môi trường",
    "",
    "",
    "                                  2",
    "\f" + _RUNNING,
    "",
    "STT   Nội dung nhiệm vụ                       Đơn vị chủ trì        Thời gian",
    " 2    Nạo vét kênh mương nội đồng dẫn nước    UBND các xã           Tháng 6 - 9/2027",
    "      về các cánh đồng cuối nguồn",
]


def test_running_head_at_each_page_top() -> None:
    assert tb._running_head(_LAYOUT, 8)
    assert tb._next_page(_LAYOUT, 5, [False] * len(_LAYOUT)) == 10  # (the header printed again)


def test_running_head_once_is_none() -> None:
    # (a line of the same kind on one page only: an appendix's heading, its table's header under it)
    lines = ["", *_LAYOUT[2:8], "\f                    Phụ lục II. Danh mục công trình thủy lợi", "", _LAYOUT[2]]
    assert not tb._running_head(lines, 7)


@pytest.mark.parametrize(
    "top",
    [
        "\f                    PHỤ LỤC II",  # (an appendix heading in capitals)
        "\f                    hướng dẫn các xã thực hiện",  # (a cell's rest, in small letters)
        "\f                    Thường xuyên",  # (a time cell's rest: two words)
    ],
)
def test_no_running_head(top: str) -> None:
    lines = [*_LAYOUT[:8], top, "", "DANH MỤC CÔNG TRÌNH THỦY LỢI", "1. Hồ chứa nước Khe Lau"]
    assert not tb._running_head(lines, 8)


def test_running_head_needs_a_blank_line_under_it() -> None:
    lines = [*_LAYOUT[:8], _LAYOUT[8], _LAYOUT[10]]
    assert not tb._running_head(lines, 8)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Phụ lục II", True),
        ("Phụ lục số 02", True),
        ("PHỤ LỤC II: DANH MỤC CÔNG TRÌNH", True),
        ("Phụ lục II. DANH MỤC CÔNG TRÌNH", True),
        ("Phụ lục I – Kế hoạch số 21/KH-UBND ngày 05/3/2027", False),
        ("Phụ lục Kế hoạch số 41/KH-UBND", False),
        ("Kế hoạch số 21/KH-UBND", False),
    ],
)
def test_appendix_heading_only(text: str, heading: bool) -> None:
    assert tb.appendix_heading_only(text) is heading


_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN AN LẠC
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 05 tháng 3 năm 2027
KẾ HOẠCH
Phòng, chống hạn hán vụ Đông Xuân năm 2027
I. MỤC ĐÍCH
Chủ động ứng phó với hạn hán, bảo đảm nước tưới.
II. NHIỆM VỤ
Các cơ quan thực hiện các nhiệm vụ tại Phụ lục I kèm theo Kế hoạch này.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
\fPhụ lục I – Kế hoạch số 21/KH-UBND ngày 05/3/2027 của UBND huyện An Lạc
Phụ lục I
NHIỆM VỤ PHÒNG, CHỐNG HẠN HÁN NĂM 2027
(Kèm theo Kế hoạch số 21/KH-UBND ngày 05/3/2027 của UBND huyện An Lạc)
STT Nội dung nhiệm vụ Đơn vị chủ trì Thời gian hoàn thành
1 Rà soát diện tích lúa có nguy cơ thiếu nước
tưới trên địa bàn các xã
Phòng Nông nghiệp
và Môi trường
Quý II/2027
2 Nạo vét kênh mương nội đồng bảo đảm dẫn
nước về các cánh đồng cuối nguồn
UBND các xã
Tháng 6 - 9/2027
2
"""

_PAGE_TWO = """\fPhụ lục I – Kế hoạch số 21/KH-UBND ngày 05/3/2027 của UBND huyện An Lạc
STT Nội dung nhiệm vụ Đơn vị chủ trì Thời gian hoàn thành
3 Vận hành các trạm bơm dã chiến tại vùng cao
Trạm Thủy nông huyện
Thường xuyên
4 Tổng hợp thiệt hại do hạn hán, báo cáo Ủy ban
nhân dân huyện
Phòng Nông nghiệp
và Môi trường
Trước 30/11/2027
3
"""


def test_raw_running_header_once_ends_the_table() -> None:
    # (the same line on one page only: an appendix's heading naming the plan, no running header)
    plan = _PLAN.replace("\fPhụ lục I – Kế hoạch số 21/KH-UBND ngày 05/3/2027 của UBND huyện An Lạc\n", "")
    lines = (plan + _PAGE_TWO).split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith("\fPhụ lục I –"))
    assert not ft._running_line(lines, k)
    assert [t[0] for t in task_rows(parse(plan + _PAGE_TWO).to_dict())][:2] == ["Phụ lục I.1", "Phụ lục I.2"]


def test_raw_rows_past_a_running_header() -> None:
    doc = parse(_PLAN + _PAGE_TWO).to_dict()
    assert [(t[0], t[1], t[2]) for t in task_rows(doc)] == [
        ("Phụ lục I.1", [("2027-06-30", "quarter")], [("Phòng Nông nghiệp và Môi trường", "lead")]),
        ("Phụ lục I.2", [("2027-09-30", "range")], [("UBND các xã", "lead")]),
        ("Phụ lục I.3", [(None, "vague")], [("Trạm Thủy nông huyện", "lead")]),
        ("Phụ lục I.4", [("2027-11-30", "date")], [("Phòng Nông nghiệp và Môi trường", "lead")]),
    ]


def test_raw_new_appendix_on_the_next_page_ends_the_table() -> None:
    two = (
        "\fPhụ lục II\nDANH MỤC CÔNG TRÌNH CẦN NẠO VÉT NĂM 2027\n"
        "1 Kênh N2 xã An Phú dài 1,2 km\n2 Kênh N5 xã An Thịnh dài 0,8 km\n"
    )
    lines = (_PLAN + two).split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith("\fPhụ lục II"))
    assert not ft._running_line(lines, k)
    doc = parse(_PLAN + two).to_dict()
    assert [t[0] for t in task_rows(doc)] == ["Phụ lục I.1", "Phụ lục I.2"]
    assert all("Kênh" not in t[3] for t in task_rows(doc))


def test_rows_go_on_only_with_a_numbered_row_under() -> None:
    cuts = [0, 6, 46, 68, 10**6]

    def column(x: int) -> int:
        return max(k for k in range(len(cuts) - 1) if cuts[k] <= x)

    rows = [
        "      các công trình có công suất từ 500 môi trường nông",
        "      m3/ngày đêm trở lên, kết nối dữ liệu về      thôn",
        " 7    Xây dựng kế hoạch cấp nước an toàn   Công ty Cổ phần   Tháng 8/2027",
    ]
    fr = [(6, rows[0].strip())]
    assert tb._rows_go_on(rows, 1, fr, column, 1)
    prose = [rows[0], "      kết nối dữ liệu về hệ thống giám sát chung của tỉnh.", "", "III. TỔ CHỨC THỰC HIỆN"]
    assert not tb._rows_go_on(prose, 1, fr, column, 1)
    assert not tb._rows_go_on(rows, 1, [(0, "Các cơ quan, đơn vị báo cáo kết quả về Sở Y tế")], column, 1)
