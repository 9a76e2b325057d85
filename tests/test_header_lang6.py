"""The issuer's last line and the place-and-date printed on one line (round 19): an OCR or
plain-text copy joins the columns with one blank ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày ..."); the
line is split before the place (the words in title case before "ngày"), never inside the
issuer's capitals, and the other two-column forms keep their split."""

from __future__ import annotations

import pytest

from ndq57.parse.layout import _head_parts
from ndq57.pipeline import parse_bytes


def _doc(text: str) -> dict:
    return parse_bytes(text.encode("utf-8"), source="head.txt").to_dict()["document"]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày 18 tháng 3 năm 2026", ["HUYỆN ỦY ĐÔNG SƠN", "Đông Sơn, ngày 18 tháng 3 năm 2026"]),
        ("UBND XÃ AN PHÚ An Phú, ngày 02 tháng 4 năm 2026", ["UBND XÃ AN PHÚ", "An Phú, ngày 02 tháng 4 năm 2026"]),
        ("ĐẢNG ỦY XÃ YÊN TRẠCH Yên Trạch ngày 9 tháng 11 năm 2026", ["ĐẢNG ỦY XÃ YÊN TRẠCH", "Yên Trạch ngày 9 tháng 11 năm 2026"]),
        ("SỞ Y TẾ TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026", ["SỞ Y TẾ", "TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026"]),
        ("SỞ Y TẾ TP Hồ Chí Minh, ngày 5 tháng 3 năm 2026", ["SỞ Y TẾ", "TP Hồ Chí Minh, ngày 5 tháng 3 năm 2026"]),
        ("SỞ Y TẾ Huế, ngày 5 tháng 3 năm 2026", ["SỞ Y TẾ", "Huế, ngày 5 tháng 3 năm 2026"]),
        ("BAN CHỈ ĐẠO Hà Nội, ngày 5 tháng 3 năm 2026", ["BAN CHỈ ĐẠO", "Hà Nội, ngày 5 tháng 3 năm 2026"]),
        # a level word in small letters inside the place ("Thành phố", "Thị xã", "Thị trấn")
        ("Số: 77/KH-UBND Thành phố Hồ Chí Minh, ngày 12 tháng 3 năm 2026", ["Số: 77/KH-UBND", "Thành phố Hồ Chí Minh, ngày 12 tháng 3 năm 2026"]),
        ("UBND PHƯỜNG SƠN TÂY Thị xã Sơn Tây, ngày 18 tháng 3 năm 2026", ["UBND PHƯỜNG SƠN TÂY", "Thị xã Sơn Tây, ngày 18 tháng 3 năm 2026"]),
        ("Số: 12/TB-UBND Thị trấn Phố Ràng, ngày 1 tháng 2 năm 2026", ["Số: 12/TB-UBND", "Thị trấn Phố Ràng, ngày 1 tháng 2 năm 2026"]),
        # a dash between two names ("Bà Rịa - Vũng Tàu"), in the place and in the issuer's capitals
        ("Số: 12/KH-UBND Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2026", ["Số: 12/KH-UBND", "Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2026"]),
        ("UBND TỈNH BÀ RỊA - VŨNG TÀU Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2026", ["UBND TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2026"]),
        ("Số: 12/KH-UBND Phan Rang - Tháp Chàm, ngày 5 tháng 3 năm 2026", ["Số: 12/KH-UBND", "Phan Rang - Tháp Chàm, ngày 5 tháng 3 năm 2026"]),
        # a full stop after the year
        ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày 18 tháng 03 năm 2026.", ["HUYỆN ỦY ĐÔNG SƠN", "Đông Sơn, ngày 18 tháng 03 năm 2026."]),
        ("Số: 15/QĐ-UBND Hà Tiên, ngày 3 tháng 2 năm 2026.", ["Số: 15/QĐ-UBND", "Hà Tiên, ngày 3 tháng 2 năm 2026."]),
        # a ward's or a district's number, a date in figures
        ("ĐẢNG ỦY PHƯỜNG 5 Phường 5, ngày 5 tháng 3 năm 2026", ["ĐẢNG ỦY PHƯỜNG 5", "Phường 5, ngày 5 tháng 3 năm 2026"]),
        ("UBND QUẬN 3 Quận 3, ngày 5 tháng 3 năm 2026", ["UBND QUẬN 3", "Quận 3, ngày 5 tháng 3 năm 2026"]),
        ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày 05/3/2026", ["HUYỆN ỦY ĐÔNG SƠN", "Đông Sơn, ngày 05/3/2026"]),
        # unchanged: a sentence that ends with a date in figures
        ("Căn cứ Luật ngày 16/6/2025", ["Căn cứ Luật ngày 16/6/2025"]),
        # unchanged: the number on the left, a place alone, a place in capitals
        ("Số: 15/QĐ-UBND Hà Tiên, ngày 3 tháng 2 năm 2026", ["Số: 15/QĐ-UBND", "Hà Tiên, ngày 3 tháng 2 năm 2026"]),
        ("TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026", ["TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026"]),
        ("Hà Nội, ngày 5 tháng 3 năm 2026", ["Hà Nội, ngày 5 tháng 3 năm 2026"]),
    ],
)
def test_issuer_line_split_before_place(line: str, parts: list[str]) -> None:
    assert _head_parts(line) == parts


# (a layout export and a tabbed copy keep the blank line under the header's table)
PARTY = (
    "ĐẢNG BỘ TỈNH LÂM HÀ{gap}ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY ĐÔNG SƠN{gap}Đông Sơn, ngày 18 tháng 3 năm 2026\n"
    "*\nSố 14-KH/HU\n\nKẾ HOẠCH\nsơ kết công tác dân vận năm 2026\n1. Các chi bộ báo cáo trước ngày 30/6/2026.\n"
)


@pytest.mark.parametrize("gap", [" ", "          ", "\t"], ids=["ocr_one_blank", "layout_export", "tabbed"])
def test_party_header_forms_keep_issuer(gap: str) -> None:
    doc = _doc(PARTY.format(gap=gap))
    assert (doc["issuer"], doc["issuer_parent"]) == ("HUYỆN ỦY ĐÔNG SƠN", "ĐẢNG BỘ TỈNH LÂM HÀ")
    assert (doc["place"], doc["date"], doc["number"]) == ("Đông Sơn", "2026-03-18", "14-KH/HU")


def test_commune_committee_issuer_whole() -> None:
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN HÒA VANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "UBND XÃ HÒA TIẾN Hòa Tiến, ngày 02 tháng 4 năm 2026\n"
        "Số: 41/KH-UBND\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n"
        "1. Các thôn rà soát hộ dân vùng trũng, báo cáo trước ngày 30/4/2026.\n"
    )
    doc = _doc(text)
    assert doc["issuer"].endswith("UBND XÃ HÒA TIẾN")
    assert (doc["place"], doc["date"]) == ("Hòa Tiến", "2026-04-02")


def test_layout_export_without_blank_keeps_date() -> None:
    # (round 20: the run of two columns ends at the body's first line, see test_header_lang7.py)
    doc = _doc(PARTY.replace("\n\n", "\n").format(gap="          "))
    assert (doc["place"], doc["date"]) == ("Đông Sơn", "2026-03-18")
