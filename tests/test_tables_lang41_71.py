"""Round 41, helper 71: the ``pdftotext -layout`` task tables the centred-cell reader still lost
rows of (tables turned into PDF by LibreOffice): a coordinate's and a time's cells glued one blank
apart on the line above the row's number, their second lines two lines under it; a lead, a
coordinate and a time glued over two cuts; the first row's top line glued (task, lead) above its
number; a lead merged over three rows (centred on the middle one's number, or at the top); a
time merged over the rows of a top-aligned table. Where the text cannot tell a merged cell from an
empty one, the record says so (warning ``table_merged_cell``). Fixtures (our own wording):
tests/fixtures/pdftotext_layout_*_lang41_71.txt."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from conftest import layout_line as _line
from ndq57.parse import tables

_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH HẢI MINH\nSố: 41/KH-UBND\nHải Minh, ngày 09 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
    "Phòng, chống thiên tai năm 2027\n\nI. NHIỆM VỤ\n\nCác cơ quan thực hiện theo Phụ lục kèm theo.\n\n"
    "CHỦ TỊCH\n\nNgô Văn Lực\n\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n"
)


# a header centred over three lines, "STT" and "Nhiệm vụ" alone on its middle one
_HEADER = [
    _line((30, "Cơ quan"), (44, "Cơ quan phối"), (63, "Thời gian")),
    _line((0, "STT"), (6, "Nhiệm vụ")),
    _line((30, "chủ trì"), (44, "hợp"), (63, "hoàn thành")),
    "",
]

Row = tuple[str | None, str | None, list[tuple[str, str]]]


def _parse(rows: list[str], header: list[str] = _HEADER) -> ndq57.Document:
    return ndq57.parse(_HEAD + "\n".join(header + rows) + "\n")


def _appendix(doc: ndq57.Document) -> list[Row]:
    return [
        (d.section, d.due, sorted((a.role, a.unit) for a in d.assignees))
        for d in doc.deadlines
        if (d.section or "").startswith("Phụ lục")
    ]


def _merged(doc: ndq57.Document) -> list[int | None]:
    return [w.line for w in doc.warnings if w.code == "table_merged_cell"]


def test_cells_glued_above_the_number_their_rest_two_lines_under_it() -> None:
    # row 2: the coordinate and the time glued one blank apart above the number line, their second
    # lines ("tỉnh", "6/2027") under it, between the lead's lines
    doc = _parse(
        [
            _line((6, "Gia cố đê sông")),
            _line((0, "1"), (30, "Sở Xây dựng"), (44, "Các xã ven sông"), (63, "Quý II/2027")),
            _line((6, "trọng điểm")),
            "",
            _line((6, "Diễn tập ứng phó"), (30, "Bộ Chỉ huy")),
            _line((44, "Văn phòng UBND Tháng")),
            _line((0, "2"), (6, "bão lũ cấp tỉnh"), (30, "Quân sự")),
            _line((44, "tỉnh"), (59, "6/2027")),
            _line((6, "năm 2027"), (30, "tỉnh")),
            "",
            _line((6, "Kiểm tra hồ chứa"), (44, "Các chủ hồ"), (63, "Trước ngày")),
            _line((0, "3"), (30, "Sở Công Thương")),
            _line((6, "thủy điện"), (44, "đập"), (63, "30/5/2027")),
        ]
    )
    assert _appendix(doc) == [
        ("Phụ lục.1", "2027-06-30", [("coordinate", "Các xã ven sông"), ("lead", "Sở Xây dựng")]),
        ("Phụ lục.2", "2027-06-30", [("coordinate", "Văn phòng UBND tỉnh"), ("lead", "Bộ Chỉ huy Quân sự tỉnh")]),
        ("Phụ lục.3", "2027-05-30", [("coordinate", "Các chủ hồ đập"), ("lead", "Sở Công Thương")]),
    ]
    assert _merged(doc) == []


def test_three_cells_glued_over_two_cuts() -> None:
    column = _column([0, 6, 30, 44, 63])
    cuts = [0, 6, 30, 44, 63, 10**6]
    got, stand = tables._lone_glued([(30, "Sở Y tế Văn phòng UBND Tháng")], cuts, column, 1, set())
    assert got == [(30, "Sở Y tế"), (44, "Văn phòng UBND"), (63, "Tháng")]
    assert stand == 38
    # (the third piece no unit's name nor a time: not three cells)
    got, stand = tables._lone_glued([(30, "Sở Y tế Văn phòng UBND tỉnh và xã")], cuts, column, 1, set())
    assert stand is None or len(got) < 3


def _column(cuts: list[int]):  # type: ignore[no-untyped-def]
    def column(x: int) -> int:
        return max(k for k, c in enumerate(cuts) if c <= x)

    return column


def test_a_lead_centred_over_three_rows() -> None:
    # "Sở Tài chính" on row 2's number line, rows 1 and 3 without a lead: one cell over the three
    doc = _parse(
        [
            _line((6, "Lập dự toán kinh phí")),
            _line((0, "1"), (44, "Các sở, ngành"), (63, "Quý I/2027")),
            _line((6, "phòng, chống thiên tai")),
            "",
            _line((6, "Bố trí nguồn dự phòng")),
            _line((0, "2"), (30, "Sở Tài chính"), (44, "Kho bạc Nhà nước"), (63, "Quý II/2027")),
            _line((6, "ngân sách tỉnh")),
            "",
            _line((6, "Quyết toán kinh phí")),
            _line((0, "3"), (44, "UBND các xã"), (63, "Tháng 12/2027")),
            _line((6, "khắc phục hậu quả")),
        ]
    )
    lead = ("lead", "Sở Tài chính")
    assert _appendix(doc) == [
        ("Phụ lục.1", "2027-03-31", [("coordinate", "Các sở, ngành"), lead]),
        ("Phụ lục.2", "2027-06-30", [("coordinate", "Kho bạc Nhà nước"), lead]),
        ("Phụ lục.3", "2027-12-31", [("coordinate", "UBND các xã"), lead]),
    ]
    assert len(_merged(doc)) == 1  # (row 1's lead: the text cannot tell it from an empty cell)


def test_a_lead_between_rows_with_leads_of_their_own_stays_its_rows() -> None:
    doc = _parse(
        [
            _line((6, "Lập dự toán kinh phí")),
            _line((0, "1"), (30, "Sở Xây dựng"), (44, "Các sở, ngành"), (63, "Quý I/2027")),
            _line((6, "phòng, chống thiên tai")),
            "",
            _line((6, "Bố trí nguồn dự phòng")),
            _line((0, "2"), (30, "Sở Tài chính"), (44, "Kho bạc Nhà nước"), (63, "Quý II/2027")),
            _line((6, "ngân sách tỉnh")),
            "",
            _line((6, "Quyết toán kinh phí")),
            _line((0, "3"), (30, "Sở Nội vụ"), (44, "UBND các xã"), (63, "Tháng 12/2027")),
            _line((6, "khắc phục hậu quả")),
        ]
    )
    assert [owners for _, _, owners in _appendix(doc)] == [
        [("coordinate", "Các sở, ngành"), ("lead", "Sở Xây dựng")],
        [("coordinate", "Kho bạc Nhà nước"), ("lead", "Sở Tài chính")],
        [("coordinate", "UBND các xã"), ("lead", "Sở Nội vụ")],
    ]
    assert _merged(doc) == []


def test_a_time_merged_down_in_a_top_aligned_table() -> None:
    # row 2's time cell empty under row 1's (merged over both), as is the last row's: each row
    # takes the time above, and the record says the text cannot tell
    doc = _parse(
        [
            _line((0, "1"), (6, "Nạo vét kênh tiêu"), (30, "Sở Xây dựng"), (44, "UBND các xã"), (63, "Quý II/2027")),
            _line((6, "úng nội đồng")),
            _line((0, "2"), (6, "Sửa chữa cống"), (30, "Công ty Thủy lợi"), (44, "Sở Tài chính")),
            _line((6, "dưới đê")),
            "",
            _line((0, "3"), (6, "Tập huấn kỹ năng"), (30, "Sở Nội vụ"), (44, "Các xã"), (63, "Tháng 9/2027")),
            _line((0, "4"), (6, "Tổng kết công tác"), (30, "Văn phòng UBND"), (44, "Các sở, ngành")),
        ]
    )
    assert [(s, due) for s, due, _ in _appendix(doc)] == [
        ("Phụ lục.1", "2027-06-30"),
        ("Phụ lục.2", "2027-06-30"),
        ("Phụ lục.3", "2027-09-30"),
        ("Phụ lục.4", "2027-09-30"),
    ]
    assert len(_merged(doc)) == 2


def test_an_empty_time_cell_of_a_pipe_table_stays_empty() -> None:
    # (an export that repeats a merged cell in each row: an empty time is no time, no warning)
    doc = ndq57.parse(
        _HEAD
        + "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        + "| 1 | Nạo vét kênh tiêu | Sở Xây dựng | UBND các xã | Quý II/2027 |\n"
        + "| 2 | Sửa chữa cống dưới đê | Công ty Thủy lợi | Sở Tài chính | |\n"
    )
    assert [s for s, _, _ in _appendix(doc)] == ["Phụ lục.1"]
    assert _merged(doc) == []


def test_a_first_rows_top_line_glued_above_its_number() -> None:
    doc = _parse(
        [
            _line((6, "Gia cố kè biển Sở Xây dựng")),
            _line((0, "1"), (44, "Các xã ven biển"), (63, "Quý II/2027")),
            _line((6, "xung yếu")),
            "",
            _line((6, "Trồng rừng phòng hộ")),
            _line((0, "2"), (30, "Sở Tư pháp"), (44, "UBND các xã"), (63, "Quý IV/2027")),
            _line((6, "ven biển")),
        ]
    )
    assert _appendix(doc) == [
        ("Phụ lục.1", "2027-06-30", [("coordinate", "Các xã ven biển"), ("lead", "Sở Xây dựng")]),
        ("Phụ lục.2", "2027-12-31", [("coordinate", "UBND các xã"), ("lead", "Sở Tư pháp")]),
    ]


def test_a_paragraph_under_a_header_line_is_no_row() -> None:
    # (a line across the columns right under the header, with no row number under it: the body)
    assert not tables._glued_row_top("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao")
    assert not tables._glued_row_top("Giao các địa phương chủ động triển khai thực hiện")
    assert tables._glued_row_top("Gia cố kè biển Sở Xây dựng")


def _fixture(name: str) -> tuple[list[Row], list[int | None]]:
    doc = ndq57.parse((FIXTURES / f"pdftotext_layout_{name}_lang41_71.txt").read_text(encoding="utf-8"))
    return _appendix(doc), _merged(doc)


def test_centred_top_glued_fixture() -> None:
    rows, merged = _fixture("centred_top_glued")
    assert [s for s, _, _ in rows] == [f"Phụ lục.{k}" for k in range(1, 7)]
    assert rows[0][2] == [("coordinate", "Các sở, ngành"), ("lead", "Sở Nông nghiệp và Môi trường")]
    assert {owners[1] for _, _, owners in rows[2:5]} == {("lead", "Trung tâm Quan trắc tài nguyên")}
    assert merged == [41]


def test_top_merged_time_fixture() -> None:
    rows, merged = _fixture("top_merged_time")
    assert [(s, due) for s, due, _ in rows][:2] == [("Phụ lục.1", "2027-06-30"), ("Phụ lục.2", "2027-06-30")]
    assert rows[-1][:2] == ("Phụ lục.7", "2027-11-15")
    assert len(merged) == 2


def test_centred_glued_under_fixture() -> None:
    rows, merged = _fixture("centred_glued_under")
    assert [(s, due) for s, due, _ in rows] == [
        ("Phụ lục.1", "2027-06-30"),
        ("Phụ lục.2", "2027-09-30"),
        ("Phụ lục.3", "2027-10-30"),
        ("Phụ lục.4", "2027-11-30"),
        ("Phụ lục.5", "2027-12-31"),
    ]
    assert rows[1][2] == [("coordinate", "Văn phòng UBND tỉnh"), ("lead", "Sở Khoa học và Công nghệ")]
    assert rows[4][2] == [("coordinate", "Văn phòng UBND tỉnh"), ("lead", "Sở Nội vụ")]
    assert len(merged) == 1
