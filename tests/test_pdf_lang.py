"""PDF reading of layouts met in real directives, each built from text by tests/readers_build.py:
a letterhead or running header repeated by the page template, footnotes printed at the text's
size without a separator rule."""

from __future__ import annotations

import functools
import os

import pytest

from ndq57.pipeline import extracted_text, parse_bytes


def _need_font() -> None:
    from readers_build import FONT_DIR

    if not (FONT_DIR / "DejaVuSans.ttf").exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the DejaVu fonts are missing at {FONT_DIR} (fonts-dejavu-core)")
        pytest.skip("DejaVu fonts not installed")


@functools.cache
def _letterhead_text(variant: str) -> str:
    from readers_build import build_letterhead_pdf

    return extracted_text(build_letterhead_pdf(variant))


@pytest.mark.parametrize("variant", ["letterhead", "letterhead_number", "letterhead_moved", "word_header", "issuer_line", "dash", "footer"])
def test_running_letterhead_is_dropped_after_the_first_page(variant: str) -> None:
    """The issuer and the national title (with the number and date, or not) repeated at the top of
    every page after the first, a line naming the plan at the top of every page and ``Trang 2/3``
    at the foot, the issuer alone with ``- 2 -``, a footer of three lines (address, phone, page):
    the text reads as the plan without them, its
    header once, the item broken by the page joined, the text naming the issuer kept."""
    _need_font()
    plain = _letterhead_text("plain")
    assert plain.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 1
    assert "4. Ủy ban nhân dân xã Hòa Bình giao" in plain
    assert _letterhead_text(variant) == plain


def test_a_document_opening_under_the_letterhead_keeps_its_header() -> None:
    """A decision printed after the plan under the same letterhead, with its own number and
    heading, keeps the whole header; the letterhead of the plan's second page is dropped."""
    _need_font()
    lines = _letterhead_text("attached").splitlines()
    assert lines.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 2
    decision = lines.index("QUYẾT ĐỊNH")
    assert lines[decision - 6 : decision] == [
        "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 31/QĐ-UBND", "Hòa Bình, ngày 12 tháng 3 năm 2026",
    ]  # fmt: skip
    assert lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < lines.index("KẾ HOẠCH")


NOTES = [
    ("1", "Kế hoạch số 09/KH-UBND ngày 10/01/2027 về chuyển đổi số cấp xã."),
    ("2", "Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ quy định về định danh và xác thực điện tử."),
]


@pytest.mark.parametrize("variant", ["raised", "plain"])
def test_footnotes_at_the_texts_size_without_a_rule(variant: str) -> None:
    """Footnotes printed at the size of the text, no separator above them, opening with a raised
    mark or with a number not raised that a mark in the text refers to: read as footnotes, after
    the sentence the page's end broke (which reads on)."""
    _need_font()
    from readers_build import build_plain_notes_pdf

    data = build_plain_notes_pdf(variant)
    text = extracted_text(data)
    assert "quy định[2] và\nbáo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/4/2027.\n\n[1] Kế hoạch" in text
    doc = parse_bytes(data, source="ke-hoach.pdf").to_dict()
    assert [(f["mark"], f["body"]) for f in doc["footnotes"]] == NOTES


def test_a_numbered_list_at_the_foot_is_no_footnote() -> None:
    """Items ``1.``, ``2.`` at the foot of a page whose text holds a mark ``[1]`` stay text."""
    _need_font()
    from readers_build import build_plain_notes_pdf

    data = build_plain_notes_pdf("list")
    text = extracted_text(data)
    assert "như sau:\n1. Thôn Đông" in text and "\n\n" not in text.strip()
    assert parse_bytes(data, source="ke-hoach.pdf").to_dict()["footnotes"] == []


LEGACY = [
    "Ủy ban nhân dân xã giao Văn phòng - Thống kê chủ trì, phối hợp với các bộ phận",
    "chuyên môn rà soát thủ tục hành chính, hoàn thành trước ngày 30/9/2026; Công an xã",
    "phối hợp xác thực thông tin công dân trên Cơ sở dữ liệu quốc gia về dân cư.",
]


@pytest.mark.parametrize("kind", ["tcvn3", "vni"])
def test_text_typed_in_a_legacy_font(kind: str) -> None:
    """Text typed in TCVN3 (one character a letter) or VNI (a letter and a mark after it:
    ``phoái hôïp``) in a font that does not name the code: told by its letters, converted to
    Unicode, with a warning."""
    _need_font()
    from readers_build import build_pages_pdf, flow, legacy_encode

    typed = [legacy_encode(line, kind) for line in LEGACY]
    assert typed != LEGACY
    data = build_pages_pdf([flow(typed)])
    assert extracted_text(data).splitlines() == LEGACY
    warnings = parse_bytes(data, source="cv.pdf").to_dict()["warnings"]
    assert [w["code"] for w in warnings if w["code"] == "legacy_font"] == ["legacy_font"]


def test_text_layer_written_in_another_order_than_read() -> None:
    """A text layer that writes the body first, from its last line up, then the header's right
    column before its left one: read in visual order, the header's columns one after the other."""
    _need_font()
    from readers_build import build_pages_pdf, flow

    left = [(10, 12, 11, "^ỦY BAN NHÂN DÂN", 75, "C"), (10, 17, 11, "^XÃ HÒA BÌNH", 75, "C"),
            (10, 25, 11, "Số: 25/KH-UBND", 75, "C")]  # fmt: skip
    right = [(90, 12, 11, "^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 110, "C"), (90, 17, 11, "^Độc lập - Tự do - Hạnh phúc", 110, "C"),
             (90, 25, 11, "Hòa Bình, ngày 10 tháng 3 năm 2026", 110, "C")]  # fmt: skip
    body = flow(["Ủy ban nhân dân xã giao các thôn rà soát hộ nghèo, hoàn thành trước ngày 30/6/2026.",
                 "Công chức Văn hóa - Xã hội tổng hợp, báo cáo trước ngày 15/7/2026."], y=50)  # fmt: skip
    assert extracted_text(build_pages_pdf([body[::-1] + right[::-1] + left])).splitlines() == [
        "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 25/KH-UBND", "Hòa Bình, ngày 10 tháng 3 năm 2026",
        "Ủy ban nhân dân xã giao các thôn rà soát hộ nghèo, hoàn thành trước ngày 30/6/2026.",
        "Công chức Văn hóa - Xã hội tổng hợp, báo cáo trước ngày 15/7/2026.",
    ]  # fmt: skip
