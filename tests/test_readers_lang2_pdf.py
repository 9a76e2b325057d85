"""PDF pages printed with a footer that names the file they came from (a path, a file name), second
pass of the readers: the footer is dropped as a page number is, the body's lines are kept."""

from __future__ import annotations

import pytest

from ndq57.pipeline import extracted_text
from readers_build import build_pages_pdf, flow

BODY = [
    "Thực hiện Kế hoạch số 18/KH-UBND ngày 12/02/2026 của Ủy ban nhân dân huyện, Ủy ban",
    "nhân dân xã ban hành kế hoạch chuyển đổi số năm 2026 như sau:",
    "1. Công chức Văn phòng - Thống kê hướng dẫn người dân cài đặt ứng dụng định danh",
    "điện tử, hoàn thành trước ngày 30/6/2026.",
]


@pytest.mark.parametrize(
    "footer",
    [
        (20, 288, 8, r"D:\VAN BAN 2026\KH 19 chuyen doi so.docx"),
        (20, 288, 12, "KH19.2026.CDS.doc"),
        (20, 288, 8, "Ke hoach chuyen doi so xa Tan Lap.pdf"),
        (150, 282, 8, "C:/Users/vanthu/Documents/KH 19-UBND.odt"),
    ],
)
def test_a_footer_naming_the_file_is_dropped(footer: tuple[float, float, float, str]) -> None:
    plain = extracted_text(build_pages_pdf([flow(BODY)])).splitlines()
    assert extracted_text(build_pages_pdf([[*flow(BODY), footer]])).splitlines() == plain
    numbered = [*flow(BODY), (104, 280, 11, "- 1 -"), footer]  # under the page number
    assert extracted_text(build_pages_pdf([numbered])).splitlines() == plain


@pytest.mark.parametrize(
    "last",
    [
        "Biểu mẫu đăng tại https://tanlap.example.vn/bieu-mau/mau-01.docx",
        "https://tanlap.example.vn/bieu-mau/mau-01.pdf",
        "Các biểu mẫu gửi kèm theo tệp Mau 01.docx",
    ],
)
def test_a_body_line_ending_in_a_file_name_is_kept(last: str) -> None:
    got = extracted_text(build_pages_pdf([flow([*BODY, last])])).splitlines()
    assert got[-1] == last


# ---------------------------------------------------------------- header columns not level

LEFT = ["^ỦY BAN NHÂN DÂN", "^XÃ TÂN LẬP", "Số: 19/KH-UBND"]
RIGHT = ["^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "^Độc lập - Tự do - Hạnh phúc", "Tân Lập, ngày 05 tháng 3 năm 2026"]
TITLE = [(20, 60, 13, "^KẾ HOẠCH", 170, "C"), (20, 67, 13, "^Chuyển đổi số năm 2026", 170, "C")]


@pytest.mark.parametrize("drop", [0.0, 1.2, 2.5, 3.2, 4.0, 4.6])
def test_header_columns_whose_lines_interleave_are_read_column_by_column(drop: float) -> None:
    """A header table whose right cell's lines stand lower than the left's (another font size or
    spacing): each column's lines in order, the number before the place and date."""
    head = [(15, 12 + 6 * k, 12, t) for k, t in enumerate(LEFT)] + [(85, 12 + drop + 6 * k, 12, t) for k, t in enumerate(RIGHT)]
    got = extracted_text(build_pages_pdf([head + TITLE + flow(BODY, y=80)])).splitlines()
    assert [ln for ln in got if ln][:8] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN LẬP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 19/KH-UBND",
        "Tân Lập, ngày 05 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2026",
    ]
