"""Round 43, helper 87: PDF tables that still read wrong (sources and builds:
``tests/pdf_centred_lang43_87_build.py``, ``tests/pdftotext_lang43_87_build.py``).

* A borderless table whose cells are centred in their rows, with a cell merged over two rows: an
  owner for two tasks stands over the rows' boundary and bridges the band that sets them apart
  (Chromium), or a short time merged over two rows stands at their joint middle, apart from both
  (LibreOffice). Each row is a task with the merged cell; a blank cell stays blank.
* ``pdftotext -layout`` of a table with narrow cell margins: the cells one blank apart, no blank
  gutter between the columns. The rows agree where each column starts (a word after a blank on
  most lines): a line no other reading parts is parted there, so the table goes on past its
  first row. The PDF itself: its rules stand between two cells' letters closer than a word gap,
  yet the text layer writes the cells apart (no word is cut by a rule).
* Negatives: a letter's numbered items beside a sidebar of prose, and two signers side by side,
  are no table, in the PDFs and in the ``-layout`` text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_golden_record, task_rows
from ndq57.parse import tables as tb
from ndq57.pipeline import extracted_text, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
CENTRED = FIXTURES / "tables43"
NARROW = CENTRED
PDFS = [
    *(CENTRED / f"{tool}_{name}.pdf" for name in ("kh_centred_merged_lang43_87", "cv_sidebar_lang43_87")
      for tool in ("chr", "lo")),
    NARROW / "lo_province_one_blank_lang43_87.pdf",
]  # fmt: skip


def _doc(path: Path) -> dict:
    return parse_bytes(path.read_bytes(), source=path.name).to_dict()


_tasks = task_rows


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_golden(path: Path) -> None:
    assert_golden_record(path)


# ---------------------------------------------------------------- merged cells, centred


@pytest.mark.parametrize("tool", ["chr", "lo"])
def test_merged_cells_read_as_the_html(tool: str) -> None:
    pdf = _doc(CENTRED / f"{tool}_kh_centred_merged_lang43_87.pdf")
    html = _doc(CENTRED / "kh_centred_merged_lang43_87.html")
    assert _tasks(pdf) == _tasks(html)
    assert len(pdf["tasks"]) == 5


@pytest.mark.parametrize("tool", ["chr", "lo"])
def test_merged_owner_and_time_each_row(tool: str) -> None:
    text = extracted_text((CENTRED / f"{tool}_kh_centred_merged_lang43_87.pdf").read_bytes())
    lead = "Phòng Nông nghiệp và Môi trường"
    assert (
        f"| 1 | Rà soát quỹ đất trống ven đường liên xã, khu dân cư và công sở có thể trồng cây phân tán | {lead} |"
        in text
    )
    assert f"| 2 | Xây dựng phương án cung ứng cây giống chất lượng cao cho các xã vùng đồi | {lead} |" in text
    # (a blank time cell between a merged owner and a merged time stays blank)
    assert "| 3 | Tổ chức Tết trồng cây tại các trường học, thôn bản | UBND các xã, thị trấn |  |" in text
    assert "| 5 | Kiểm tra phương án phòng cháy, chữa cháy rừng của các chủ rừng | Công an huyện | Hằng tháng |" in text


def test_blank_time_cell_no_deadline() -> None:
    for tool in ("chr", "lo"):
        tasks = _tasks(_doc(CENTRED / f"{tool}_kh_centred_merged_lang43_87.pdf"))
        assert tasks[2][1] == [] and tasks[2][2] == [("UBND các xã, thị trấn", "lead")]
        assert tasks[4][1] == [(None, "recurring")]


def test_layout_centred_merged_and_blank() -> None:
    # (the -layout text of the same table: the owner between rows 1 and 2 is both rows', the time
    # between rows 4 and 5 both rows'; row 3's blank time is read as blank, not as row 2's)
    tasks = _tasks(_doc(FIXTURES / "pdftotext_layout_centred_merged_lang43_87.txt"))
    assert [t[2][0][0] for t in tasks[:2]] == ["Phòng Nông nghiệp và Môi trường"] * 2
    assert [t[1] for t in tasks] == [
        [("2027-04-30", "month")],
        [("2027-04-30", "date")],
        [],
        [(None, "recurring")],
        [(None, "recurring")],
    ]


# ---------------------------------------------------------------- cells one blank apart


def test_layout_one_blank_reads_as_its_pdf() -> None:
    text = _doc(FIXTURES / "pdftotext_layout_province_one_blank_lang43_87.txt")
    pdf = _doc(NARROW / "lo_province_one_blank_lang43_87.pdf")
    assert _tasks(text) == _tasks(pdf)
    leads = [t[2] for t in _tasks(text) if t[0].startswith("I.")]
    assert leads == [
        [("Sở Nông nghiệp và Môi trường", "lead")],
        [("Sở Xây dựng", "lead")],
        [("Sở Tài chính", "lead")],
        [("Ủy ban MTTQ Việt Nam tỉnh", "lead")],
        [("Sở Nông nghiệp và Môi trường", "lead")],
    ]


def test_narrow_ruled_cells_no_cut_word() -> None:
    text = extracted_text((NARROW / "lo_province_one_blank_lang43_87.pdf").read_bytes())
    assert (
        "| 2 | Hướng dẫn thiết kế mẫu nhà ở bảo đảm tiêu chí diện tích, chất lượng và tuổi thọ công trình"
        " | Sở Xây dựng | Trước ngày 15/3/2027 |"
    ) in text


_ROWS = [
    "  1    Xây dựng kế hoạch phát triển rừng Chi cục Kiểm lâm Quý I/2027",
    "       sản xuất bền vững của tỉnh giai  tỉnh             ",
    "  2    Tập huấn kỹ năng chữa cháy rừng Hạt Kiểm lâm      Tháng 5/2027",
    "       cho lực lượng bảo vệ rừng xã    các huyện         ",
    "  3    Rà soát, cắm mốc ranh giới rừng Ban Quản lý rừng  Quý III/2027",
    "       phòng hộ đầu nguồn theo quy định phòng hộ         ",
]


def test_agreed_start_and_split() -> None:
    # (the owner column starts at 39 on four lines: one blank after the task's words)
    at = tb._agreed_start(_ROWS, 33, 41, 4)
    assert at == 39
    assert tb._agreed_split([(7, "phòng hộ đầu nguồn theo quy định phòng hộ")], [0, 7, 41, 57, 10**6], {2: 39}) == [
        (7, "phòng hộ đầu nguồn theo quy định"),
        (41, "phòng hộ"),
    ]


def test_no_agreed_start_in_prose() -> None:
    prose = [
        "Các sở, ngành, địa phương triển khai thực hiện nghiêm túc Kế hoạch",
        "này; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời",
        "báo cáo Ủy ban nhân dân tỉnh để xem xét, chỉ đạo giải quyết theo",
        "quy định của pháp luật hiện hành về quản lý, bảo vệ và phát triển",
    ]
    assert tb._agreed_start(prose, 30, 42, 4) is None


def test_paragraph_after_table_not_parted() -> None:
    cuts = [0, 7, 41, 57, 10**6]

    def column(x: int) -> int:
        return max(k for k in range(len(cuts) - 1) if cuts[k] <= x)

    line = "    Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 10/12/2027."
    assert tb._agreed_row_line(line, cuts, {2: 39, 3: 56}, column) is None


# ---------------------------------------------------------------- no table


@pytest.mark.parametrize(
    "path",
    [CENTRED / "chr_cv_sidebar_lang43_87.pdf", CENTRED / "lo_cv_sidebar_lang43_87.pdf",
     FIXTURES / "pdftotext_layout_cv_sidebar_lang43_87.txt"],
    ids=["chr", "lo", "layout"],
)  # fmt: skip
def test_sidebar_and_two_signers_no_table(path: Path) -> None:
    text = extracted_text(path.read_bytes())
    assert "| " not in text
    doc = _doc(path)
    assert doc["tables"] == []
    owners = [t[2] for t in _tasks(doc)]
    assert owners == [
        [("Ủy ban nhân dân các xã, thị trấn", "assigned")],
        [("Phòng Nông nghiệp và Môi trường", "lead")],
        [("Trạm Khuyến nông huyện", "assigned")],
    ]
    assert [d["due"] for d in doc["deadlines"]] == ["2027-09-30", "2027-10-31"]


def test_files_stay_small() -> None:
    assert sum(p.stat().st_size for p in CENTRED.glob("*.pdf")) < 280_000
