"""PDF files as offices hand them on (fourth pass of the readers): marks printed over the text
that are no part of it (a watermark written across the page at a slant), built by
tests/readers_build.py and read against the same page without them."""

from __future__ import annotations

import pytest

from ndq57.pipeline import extracted_text, parse_bytes
from readers_build import build_marked_pdf, build_spaced_pdf, flow

HEAD = [
    (15, 12, 11, "^ỦY BAN NHÂN DÂN", 70, "C"),
    (15, 17.5, 11, "^XÃ TÂN HƯƠNG", 70, "C"),
    (38, 22.5, 0, "—", 24),
    (15, 27, 11, "Số: 118/KH-UBND", 70, "C"),
    (85, 12, 11, "^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 115, "C"),
    (85, 17.5, 11, "^Độc lập - Tự do - Hạnh phúc", 115, "C"),
    (118, 22.5, 0, "—", 50),
    (85, 27, 11, "Tân Hương, ngày 09 tháng 10 năm 2026", 115, "C"),
    (15, 40, 12, "^KẾ HOẠCH", 180, "C"),
    (15, 46, 12, "^Phòng, chống rét cho cây trồng vụ Đông năm 2026", 180, "C"),
]
BODY = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động bảo vệ cây trồng, vật nuôi trước các đợt rét đậm, rét hại.",
    "II. NHIỆM VỤ",
    "1. Công chức Nông nghiệp - Môi trường hướng dẫn các thôn che chắn vườn ươm,",
    "hoàn thành trước ngày 30/11/2026.",
    "2. Hợp tác xã Dịch vụ nông nghiệp Tân Hương dự trữ giống cây trồng, vật tư,",
    "báo cáo số lượng về Ủy ban nhân dân xã trước ngày 15/11/2026.",
    "3. Trưởng các thôn tổ chức kiểm tra chuồng trại, thực hiện trong tháng 12/2026.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước",
    "ngày 10/01/2027.",
]
SIGN = [
    (20, 140, 10, "Nơi nhận:"), (20, 145, 10, "- UBND huyện;"), (20, 150, 10, "- Các thôn;"),
    (20, 155, 10, "- Lưu: VT."),
    (110, 140, 11, "^TM. ỦY BAN NHÂN DÂN", 80, "C"), (110, 145.5, 11, "^CHỦ TỊCH", 80, "C"),
    (110, 168, 11, "^Hà Văn Toàn", 80, "C"),
]  # fmt: skip
PAGE = HEAD + flow(BODY, y=58, size=12, lead=6.5) + SIGN


@pytest.fixture(scope="module")
def unmarked() -> str:
    return extracted_text(build_marked_pdf([PAGE], [[]]))


@pytest.mark.parametrize(
    "marks",
    [
        [(45, 190, 44, "^BẢN DỰ THẢO", 45, 200)],  # across the page, over the body and the sign-off
        [(30, 200, 60, "^TÀI LIỆU NỘI BỘ", 30, 215)],
        [(60, 230, 36, "^DỰ THẢO", 60, 190), (120, 120, 28, "^LẦN 2", 35, 190)],
        [(60, 230, 36, "^BẢN SAO", -40, 190)],  # slanting down
    ],
)
def test_a_watermark_across_the_page_is_no_text(marks: list[tuple], unmarked: str) -> None:
    """A watermark's letters, written aslant over the page, fell into the lines they crossed
    ('công trình nTước', 'tẢổng hợp') or stood as lines of one letter between the body's and the
    sign-off's (the signer was lost): they are dropped, and the page reads as it does without
    the watermark."""
    data = build_marked_pdf([PAGE], [marks])
    assert extracted_text(data) == unmarked
    record = parse_bytes(data, source="kh.pdf").to_dict()
    assert record["document"]["signer"]["name"] == "Hà Văn Toàn"
    assert [d["due"] for d in record["deadlines"]] == ["2026-11-30", "2026-11-15", "2026-12-31", "2027-01-10"]


def test_text_written_aslant_when_the_whole_page_is_aslant_is_kept() -> None:
    """A page whose every line is written at the same slant (a photograph of a page, a page set
    aslant) is not a watermark: none of its letters is dropped."""
    page = [(20, 40 + 8 * k, 11, line, 20, 0) for k, line in enumerate(BODY[:4])]
    text = extracted_text(build_marked_pdf([[]], [page]))
    assert sorted(ch for ch in text if ch.isalnum()) == sorted(ch for ln in BODY[:4] for ch in ln if ch.isalnum())


# ---------------------------------------------------------------- a signature's stamp over the header

STAMP = [
    "Người ký: Ủy ban Nhân dân xã Tân Hương",
    "Email: tanhuong@example.vn",
    "Cơ quan: Tỉnh Thanh Hóa",
    "Thời gian ký: 09.10.2026 15:20:41 +07:00",
]
HEADER_LINES = [
    "ỦY BAN NHÂN DÂN",
    "XÃ TÂN HƯƠNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 118/KH-UBND",
    "Tân Hương, ngày 09 tháng 10 năm 2026",
]


def _fields(record: dict) -> list:
    h = record["document"]
    return [h["issuer"], h["number"], h["type"], h["date"], h["place"], h["signer"]["name"]]


@pytest.fixture(scope="module")
def unmarked_fields() -> list:
    return _fields(parse_bytes(build_marked_pdf([PAGE], [[]]), source="kh.pdf").to_dict())


@pytest.mark.parametrize(
    ("x", "top"),
    [
        (150, 4.0),  # its last line over the national title's
        (150, 9.0),  # its lines over the national title and the motto
        (150, 21.0),  # over the place and date
        (120, 14.0),  # over the middle of the motto
        (20, 10.0),  # over the issuer's lines
    ],
)
def test_a_signature_stamp_printed_over_the_header_is_read_apart(x: float, top: float, unmarked_fields: list) -> None:
    """A digital signature's stamp (small lines: who signed, the office, the time) set over the
    header's lines: the lines drawn over one another, of two sizes, were read as one
    ('CỘNG HÒA XÃ HỘI CHỦ NThGời gHiaĨnAký:V05I.1Ệ1T…'), and the header lost its number, type,
    date and place. The small lines are read as lines of their own, the header's kept whole."""
    marks = [(x, top + 3 * k, 6.5, line, 0, 0) for k, line in enumerate(STAMP)]
    data = build_marked_pdf([PAGE], [marks])
    lines = extracted_text(data).splitlines()
    assert set(HEADER_LINES) <= set(lines)
    assert set(STAMP) <= set(lines)
    assert max(lines.index(line) for line in STAMP) < lines.index(HEADER_LINES[0])  # read first
    assert _fields(parse_bytes(data, source="kh.pdf").to_dict()) == unmarked_fields


def test_a_raised_footnote_mark_and_a_small_word_beside_large_ones_stay_in_their_line() -> None:
    """Small characters beside large ones (raised marks, a smaller word set after a larger one)
    are no stamp: they stand beside the letters, not over them, and the line stays one."""
    page = [
        (20, 30, 12, "Thực hiện Nghị quyết số 12-NQ/ĐU"),
        (92.5, 29.2, 7, "12"),
        (96, 30, 12, "của Đảng ủy xã"),
        (127, 31, 8, "(bản chụp kèm theo)"),
    ]
    lines = extracted_text(build_marked_pdf([page], [[]])).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Thực hiện Nghị quyết số 12-NQ/ĐU[12]") and lines[0].endswith("(bản chụp kèm theo)")


def test_a_signature_stamp_beside_the_signer_stays_there() -> None:
    """A stamp set low on the page, over the signer's blank lines, is read where it stands: the
    sign-off keeps its signer, and the text above it is the text without the stamp."""
    marks = [(150, 150 + 3 * k, 6.5, line, 0, 0) for k, line in enumerate(STAMP)]
    data = build_marked_pdf([PAGE], [marks])
    lines = extracted_text(data).splitlines()
    first = min(lines.index(line) for line in STAMP)
    assert lines.index("III. TỔ CHỨC THỰC HIỆN") < first
    assert parse_bytes(data, source="kh.pdf").to_dict()["document"]["signer"]["name"] == "Hà Văn Toàn"


# ---------------------------------------------------------------- letters set apart

SPACED_BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Xét đề nghị của Trưởng Công an xã,",
    "Điều 1. Thành lập Tổ tuần tra an ninh trật tự thôn Đông gồm 05 thành viên.",
    "Điều 2. Tổ tuần tra hoàn thành đợt tuần tra cao điểm trước ngày 31/12/2026.",
]


def _spaced_page(spacing: float) -> list[tuple]:
    return [
        (15, 12, 11, "^ỦY BAN NHÂN DÂN", 70, "C", 0), (15, 17.5, 11, "^XÃ TÂN HƯƠNG", 70, "C", 0),
        (15, 25, 11, "Số: 209/QĐ-UBND", 70, "C", 0),
        (85, 12, 11, "^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 115, "C", spacing / 3),
        (85, 17.5, 11, "^Độc lập - Tự do - Hạnh phúc", 115, "C", 0),
        (85, 25, 11, "Tân Hương, ngày 12 tháng 10 năm 2026", 115, "C", 0),
        (15, 38, 13, "^QUYẾT ĐỊNH", 180, "C", spacing),
        (15, 44, 13, "^Về việc thành lập Tổ tuần tra an ninh trật tự", 180, "C", 0),
        (15, 52, 13, "^CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HƯƠNG", 180, "C", 0),
        *[(20, 62 + 7 * k, 12, line, 0, "L", 0) for k, line in enumerate(SPACED_BODY)],
        (15, 95, 13, "^QUYẾT ĐỊNH:", 180, "C", spacing),
    ]  # fmt: skip


@pytest.mark.parametrize("spacing", [1.5, 5.0, 8.0])
def test_letters_set_apart_read_as_their_words(spacing: float) -> None:
    """A title set with expanded character spacing (Word: Font > Advanced > Spacing, Expanded by
    ``spacing`` points) was read letter by letter, ``Q U Y Ế T Đ Ị N H`` (PDFium writes a space in
    every gap that wide): the gaps are measured against the line's own letter spacing, and the
    title reads ``QUYẾT ĐỊNH``; the lines set normally keep their words."""
    lines = extracted_text(build_spaced_pdf(_spaced_page(spacing))).splitlines()
    assert "QUYẾT ĐỊNH" in lines and "QUYẾT ĐỊNH:" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert set(SPACED_BODY) <= set(lines)
