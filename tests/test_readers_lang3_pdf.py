"""PDF files as an office prints them from Word (third pass of the readers, found by round trips:
directives written to DOCX, printed to PDF by LibreOffice, read back)."""

from __future__ import annotations

import pytest

from ndq57.pipeline import extracted_text
from readers_build import build_pages_pdf, build_unruled_table_pdf, build_wrapped_cells_pdf, flow

BODY = [
    "Thực hiện Chỉ thị số 05-CT/HU ngày 20/02/2026 của Ban Thường vụ Huyện ủy, Ban Chấp hành",
    "Đảng bộ xã ban hành kế hoạch như sau:",
    "1. Các chi bộ tổ chức quán triệt chỉ thị đến đảng viên, hoàn thành trước ngày 30/4/2026.",
]

# ---------------------------------------------------------------- the header's first line


def _header(first_gap: float, title: str) -> list[tuple]:
    """A Party committee's header table: the issuer's first line (bold, 12 pt, about 72 mm long)
    ends ``first_gap`` mm before the national title begins; the cells' other lines leave a wide
    gutter; the plan's ``title`` is centred right of the page's middle (a left margin of 30 mm and
    a right one of 20 mm, as the rules for directives ask), reaching under the issuer's cell."""
    right_x = 15 + 72 + first_gap
    return [
        (15, 12, 12, "^BAN CHẤP HÀNH ĐẢNG BỘ XÃ"),
        (right_x, 12, 12, "^ĐẢNG CỘNG SẢN VIỆT NAM"),
        (42, 18, 12, "^AN PHÚ"),
        (right_x + 15, 18, 12, "---------------"),
        (49, 23, 12, "*"),
        (35, 29, 12, "Số 25-KH/ĐU"),
        (right_x, 29, 12, "An Phú, ngày 10 tháng 3 năm 2026"),
        (30, 40, 13, "^" + title, 160, "C"),
    ]


EXPECTED = [
    "BAN CHẤP HÀNH ĐẢNG BỘ XÃ",
    "AN PHÚ",
    "*",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "---------------",
    "Số 25-KH/ĐU",
    "An Phú, ngày 10 tháng 3 năm 2026",
]


@pytest.mark.parametrize("gap", [4.5, 6.0, 9.0])
@pytest.mark.parametrize("title", ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH TUYÊN TRUYỀN"])
def test_header_first_line_with_a_narrow_gap_is_read_in_columns(gap: float, title: str) -> None:
    """The issuer's first line and the national title stand close (two full cells): the lines
    below show the gutter, and a title centred right of the page's middle no longer keeps the
    first line out of the columns (it was read as one line, 'BAN CHẤP HÀNH ĐẢNG BỘ XÃ ĐẢNG CỘNG
    SẢN VIỆT NAM', and the number and the date as another)."""
    got = extracted_text(build_pages_pdf([_header(gap, title) + flow(BODY, y=50)])).splitlines()
    assert got[:8] == [*EXPECTED, title]


def test_a_short_last_line_above_the_signoff_stays_first() -> None:
    """Grown upwards first, a block takes only lines written on both sides: the last line of a
    paragraph above the sign-off (left only) is not read as part of its left column."""
    sign = [
        (20, 80, 12, "^Nơi nhận:"),
        (130, 80, 12, "^T/M ĐẢNG ỦY"),
        (20, 86, 11, "- Như trên;"),
        (135, 86, 12, "^BÍ THƯ"),
        (20, 91, 11, "- Lưu VP."),
        (130, 105, 12, "^Trần Văn Bình"),
    ]
    lines = [*flow(BODY, y=50), (20, 70, 12, "thực hiện nghiêm túc./."), *sign]
    got = extracted_text(build_pages_pdf([lines])).splitlines()
    assert got[3:] == [
        "thực hiện nghiêm túc./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu VP.",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Trần Văn Bình",
    ]


# ---------------------------------------------------------------- symbols broken in a table's cell

BEFORE = "Ủy ban nhân dân xã giao nhiệm vụ cho các đơn vị theo bảng sau:"
HEAD = [["STT"], ["Nhiệm vụ"], ["Văn bản giao"], ["Thời hạn"]]


def _cells(rows: list[list[list[str]]]) -> list[str]:
    text = extracted_text(build_wrapped_cells_pdf([HEAD, *rows], [14, 80, 34, 26], BEFORE))
    return [ln for ln in text.splitlines() if ln.startswith("| ")][1:]


def test_a_symbol_broken_after_its_slash_in_a_cell_is_read_whole() -> None:
    """A word processor may break a line after a slash: ``204/2026/`` over ``NĐ-CP`` is one
    symbol (it read ``204/2026/ NĐ-CP``, a citation lost)."""
    rows = [
        [
            ["1"],
            ["Rà soát hồ sơ theo", "Nghị định số 204/2026/", "NĐ-CP của Chính phủ"],
            ["Kế hoạch số", "12/KH-UBND"],
            ["30/6/2026"],
        ]
    ]
    assert _cells(rows) == [
        "| 1 | Rà soát hồ sơ theo Nghị định số 204/2026/NĐ-CP của Chính phủ | Kế hoạch số 12/KH-UBND | 30/6/2026 |"
    ]


def test_a_symbol_too_long_for_its_column_is_read_whole() -> None:
    """A symbol wider than its column is broken where the column ends (``15-TB/VPĐUX`` over
    ``HT``): the piece that fills the column goes on without a space; a short word alone on its
    line (not at the column's edge) and a wrapped ordinary word keep their space."""
    rows = [
        [
            ["1"],
            ["Triển khai thông báo kết luận"],
            ["Thông báo số", "15-TB/VPĐUX", "HT ngày", "10/3/2026"],
            ["31/3/2026"],
        ],
        [["2"], ["Báo cáo kết quả"], ["Công văn số", "88/UBND", "VP ngày 02/3"], ["15/4/2026"]],
    ]
    assert _cells(rows) == [
        "| 1 | Triển khai thông báo kết luận | Thông báo số 15-TB/VPĐUXHT ngày 10/3/2026 | 31/3/2026 |",
        "| 2 | Báo cáo kết quả | Công văn số 88/UBND VP ngày 02/3 | 15/4/2026 |",
    ]


# ---------------------------------------------------------------- a file's name under a borderless table

TASKS = [
    ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng", "30/6/2026"],
    ["2", "Số hóa hồ sơ hộ tịch", "Tư pháp", "30/9/2026"],
    ["3", "Tuyên truyền dịch vụ công", "Văn hóa", "15/11/2026"],
]


@pytest.mark.parametrize("gap", [6, 8, 10])
@pytest.mark.parametrize("footer", [(175, "KH12-2026.docx"), (150, "Ke hoach 12 CCHC.doc")])
def test_a_file_footer_under_a_borderless_table_is_no_cell(gap: float, footer: tuple[float, str]) -> None:
    """A borderless task table ends near the page's foot, the footer naming the file printed
    right under its last column (Word's footer, small): the footer is dropped, not read as the
    end of the last row's deadline cell ('15/11/2026 KH12-2026.docx')."""
    pieces: list[tuple] = [(20, 230, 11, "Ủy ban nhân dân xã giao nhiệm vụ như sau:")]
    for k, row in enumerate(TASKS):
        pieces += [(x, 240 + 8 * k, 11, t) for x, t in zip((20, 34, 120, 160), row, strict=True)]
    got = extracted_text(build_pages_pdf([[*pieces, (footer[0], 264 + gap, 8, footer[1])]])).splitlines()
    assert got[-1] == "| 3 | Tuyên truyền dịch vụ công | Văn hóa | 15/11/2026 |"


def test_a_dash_between_two_times_broken_in_a_cell_keeps_its_space() -> None:
    """``Quý IV/2026-`` over ``Quý II/2027`` is a span of two quarters, not a symbol broken after
    its hyphen ('Quý IV/2026-Quý II/2027' lost the span's end)."""
    rows = [[["1"], ["Xây dựng cơ sở dữ liệu đất đai"], ["Kế hoạch số", "12/KH-UBND"], ["Quý IV/2026-", "Quý II/2027"]]]
    assert _cells(rows) == [
        "| 1 | Xây dựng cơ sở dữ liệu đất đai | Kế hoạch số 12/KH-UBND | Quý IV/2026- Quý II/2027 |"
    ]


# ---------------------------------------------------------------- a row broken under a repeated header

COLUMNS = (20, 34, 110, 160)
HEADER = ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian"]


def _table_pages(rest: list[str], group: bool) -> bytes:
    """A borderless task table over two pages: its header row repeated at the top of the second
    page (Word's 'repeat as header row'), the second task's row broken by the page, the words
    ``rest`` of its cells under the repeated header; with ``group``, a group's row ('A') under
    the header on the first page."""

    def row(y: float, cells: list[str]) -> list[tuple]:
        return [(x, y, 11, t) for x, t in zip(COLUMNS, cells, strict=True) if t]

    first = [(20, 200, 11, "Ủy ban nhân dân xã giao nhiệm vụ như sau:"), *row(212, HEADER)]
    y = 222
    if group:
        first += row(y, ["A", "NHIỆM VỤ TRỌNG TÂM", "", ""])
        y += 10
    first += row(y, ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý II/2026"])
    first += row(y + 10, ["2", "Khảo sát hạ tầng viễn thông tại các", "Văn hóa", "Quý III/2026"])
    first += row(y + 17, ["", "thôn, khu dân cư và", "", ""])
    second = row(20, HEADER) + row(30, rest) + row(40, ["3", "Tuyên truyền dịch vụ công", "Văn hóa", "Quý IV/2026"])
    return build_pages_pdf([first, second])


@pytest.mark.parametrize(
    ("rest", "task", "unit"),
    [
        (
            ["", "cụm công nghiệp", "", ""],
            "Khảo sát hạ tầng viễn thông tại các thôn, khu dân cư và cụm công nghiệp",
            "Văn hóa",
        ),
        (
            ["", "cụm công nghiệp", "- Thông tin", ""],
            "Khảo sát hạ tầng viễn thông tại các thôn, khu dân cư và cụm công nghiệp",
            "Văn hóa - Thông tin",
        ),
    ],
)
@pytest.mark.parametrize("group", [False, True])
def test_a_row_broken_under_a_repeated_header_goes_on(rest: list[str], task: str, unit: str, group: bool) -> None:
    """The rest of the broken row, under the header repeated on the next page, goes on the row
    above; it was read into the header ('| TT | Nội dung nhiệm vụ cụm công nghiệp | ...')."""
    rows = [ln for ln in extracted_text(_table_pages(rest, group)).splitlines() if ln.startswith("| ")]
    assert [r for r in rows if not r.startswith("| A |")] == [
        "| TT | Nội dung nhiệm vụ | Chủ trì | Thời gian |",
        "| 1 | Rà soát thủ tục hành chính | Văn phòng | Quý II/2026 |",
        f"| 2 | {task} | {unit} | Quý III/2026 |",
        "| 3 | Tuyên truyền dịch vụ công | Văn hóa | Quý IV/2026 |",
    ]


@pytest.mark.parametrize("width", [22, 26])
def test_a_symbol_too_long_for_a_borderless_column_is_read_whole(width: float) -> None:
    """The same in a table drawn without rules: the column's text edge is where its widest line
    ends ('10862/VP' over 'UBXTL' read '10862/VP UBXTL', a citation lost)."""
    rows = [
        ["STT", "Nhiệm vụ", "Văn bản giao", "Thời hạn"],
        ["1", "Rà soát thủ tục hành chính của xã", "Công văn số 10862/VPUBXTL ngày 07/3/2026", "30/6/2026"],
        ["2", "Số hóa hồ sơ hộ tịch", "Kế hoạch số 25/KH-UBND ngày 02/3/2026", "30/9/2026"],
    ]
    pdf = build_unruled_table_pdf(rows, [14, 80, width, 26], BEFORE, "Các đơn vị thực hiện nghiêm túc.")
    assert [ln for ln in extracted_text(pdf).splitlines() if ln.startswith("| ")][1:] == [
        "| 1 | Rà soát thủ tục hành chính của xã | Công văn số 10862/VPUBXTL ngày 07/3/2026 | 30/6/2026 |",
        "| 2 | Số hóa hồ sơ hộ tịch | Kế hoạch số 25/KH-UBND ngày 02/3/2026 | 30/9/2026 |",
    ]


# ---------------------------------------------------------------- the same heading at the top of two pages

ITEM = "1. Các phòng, ban chuyên môn thuộc Ủy ban nhân dân xã"


def test_the_same_heading_at_the_top_of_two_pages_is_kept() -> None:
    """A directive whose parts repeat their items ('1. Các phòng, ban ...' under I and under II),
    the item opening two pages under their page numbers: no running header (the page number and
    the item were taken for a letterhead of two lines and the item dropped on both pages)."""
    first = flow(
        [
            "Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:",
            "I. VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        ]
    )
    second = [(104, 10, 11, "2"), (20, 20, 12, ITEM)]
    second += flow(
        [
            "Rà soát, công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết,",
            "cập nhật trên Cổng dịch vụ công quốc gia, hoàn thành trước ngày 30/6/2026.",
            "2. Công chức Văn phòng - Thống kê theo dõi, đôn đốc việc thực hiện.",
            "II. VỀ CHUYỂN ĐỔI SỐ",
        ],
        y=27,
    )
    third = [(104, 10, 11, "3"), (20, 20, 12, ITEM)]
    third += flow(
        [
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực,",
            "hoàn thành trong năm 2026; báo cáo kết quả trước ngày 15/12/2026.",
            "2. Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử.",
            "Trong quá trình thực hiện, nếu có khó khăn, báo cáo Ủy ban nhân dân xã./.",
        ],
        y=27,
    )
    got = extracted_text(build_pages_pdf([first, second, third])).splitlines()
    assert got.count(ITEM) == 2
    assert got.index(ITEM) == got.index("I. VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH") + 1


# ---------------------------------------------------------------- a letter's subject under its number


def test_the_date_of_a_letter_goes_before_its_subject() -> None:
    """A công văn's header: the subject ('V/v ...', three lines) under the number in the left
    column, the place and date level with the number in the right one: read number, date, then
    the subject (the date came after the subject's last line, where the header's reading missed
    it: no place, no date)."""
    head = [
        (22, 12, 12, "^ỦY BAN NHÂN DÂN"),
        (28, 18, 12, "^XÃ TÂN HÒA"),
        (20, 29, 12, "Số: 45/UBND-VP"),
        (15, 35, 11, "V/v tăng cường công tác phòng,"),
        (15, 40, 11, "chống thiên tai, tìm kiếm cứu nạn"),
        (15, 45, 11, "mùa mưa bão năm 2026"),
        (95, 12, 12, "^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (110, 18, 12, "^Độc lập - Tự do - Hạnh phúc"),
        (105, 29, 12, "Tân Hòa, ngày 02 tháng 6 năm 2026"),
    ]
    body = flow(["Kính gửi: Các thôn, khu dân cư trên địa bàn xã.", *BODY[:2]], y=60)
    got = extracted_text(build_pages_pdf([head + body])).splitlines()
    assert got[4:9] == [
        "Số: 45/UBND-VP",
        "Tân Hòa, ngày 02 tháng 6 năm 2026",
        "V/v tăng cường công tác phòng,",
        "chống thiên tai, tìm kiếm cứu nạn",
        "mùa mưa bão năm 2026",
    ]
