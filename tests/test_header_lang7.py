"""Header gaps closed in round 20: a steering committee's standing agency (a role, not a unit),
an issuer and a place both in capitals on one line, a mark or a footnote's number after the
year of the date line, and a layout export with no blank line under its header."""

from __future__ import annotations

import pytest

from ndq57.parse.layout import _head_parts
from ndq57.pipeline import parse_bytes


def _doc(text: str) -> dict:
    return parse_bytes(text.encode("utf-8"), source="head.txt").to_dict()["document"]


_BODY = "\nTHÔNG BÁO\nKết luận phiên họp tháng 3 năm 2026\n\n1. Các cơ quan báo cáo kết quả trước ngày 30/3/2026.\n"


# 1. "CƠ QUAN THƯỜNG TRỰC" over or under the steering committee's name: the committee issues
@pytest.mark.parametrize(
    ("block", "issuer", "parent"),
    [
        ("BAN CHỈ ĐẠO 57\nCƠ QUAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO 57", None),
        ("CƠ QUAN THƯỜNG TRỰC\nBAN CHỈ ĐẠO 57", "BAN CHỈ ĐẠO 57", None),
        ("CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57", "BAN CHỈ ĐẠO 57", None),
        ("TỈNH ỦY PHÚ AN\nCƠ QUAN THƯỜNG TRỰC\nBAN CHỈ ĐẠO 57", "BAN CHỈ ĐẠO 57", "TỈNH ỦY PHÚ AN"),
        (
            "TỈNH ỦY PHÚ AN\nBAN CHỈ ĐẠO TỈNH\nVỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,\nĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\n"
            "CƠ QUAN THƯỜNG TRỰC",
            "BAN CHỈ ĐẠO TỈNH VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
            "TỈNH ỦY PHÚ AN",
        ),
        # unchanged: the agency that holds the role named above it (its own letter), a unit that
        # is no committee's standing agency
        (
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO 57",
            None,
        ),
        ("ỦY BAN NHÂN DÂN TỈNH PHÚ AN\nVĂN PHÒNG", "VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH PHÚ AN"),
    ],
)
def test_standing_agency_is_a_role(block: str, issuer: str, parent: str | None) -> None:
    text = f"{block}\n*\nSố 15-TB/BCĐ\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú An, ngày 12 tháng 3 năm 2026\n{_BODY}"
    doc = _doc(text)
    assert (doc["issuer"], doc["issuer_parent"]) == (issuer, parent)
    assert (doc["number"], doc["date"]) == ("15-TB/BCĐ", "2026-03-12")


# 2. the issuer's last line and the place both in capitals on one line
@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # the place repeats the words before it
        ("ĐẢNG ỦY XÃ ĐẮK MIL ĐẮK MIL, ngày 12 tháng 3 năm 2026", ["ĐẢNG ỦY XÃ ĐẮK MIL", "ĐẮK MIL, ngày 12 tháng 3 năm 2026"]),
        ("UBND XÃ HÒA BÌNH THƯỢNG HÒA BÌNH THƯỢNG, ngày 1 tháng 3 năm 2026", ["UBND XÃ HÒA BÌNH THƯỢNG", "HÒA BÌNH THƯỢNG, ngày 1 tháng 3 năm 2026"]),
        ("TỈNH ỦY ĐẮK LẮK ĐẮK LẮK ngày 1 tháng 3 năm 2026", ["TỈNH ỦY ĐẮK LẮK", "ĐẮK LẮK ngày 1 tháng 3 năm 2026"]),
        # a province's name no level word owns
        ("SỞ Y TẾ HÀ NỘI, ngày 1 tháng 3 năm 2026", ["SỞ Y TẾ", "HÀ NỘI, ngày 1 tháng 3 năm 2026"]),
        ("ĐẢNG ỦY XÃ TÂN HÀ LÂM ĐỒNG, ngày 1 tháng 3 năm 2026", ["ĐẢNG ỦY XÃ TÂN HÀ", "LÂM ĐỒNG, ngày 1 tháng 3 năm 2026"]),
        # a province's name alone before the date: one item
        ("ĐẮK LẮK, ngày 1 tháng 3 năm 2026", ["ĐẮK LẮK, ngày 1 tháng 3 năm 2026"]),
        ("HÀ NỘI, ngày 1 tháng 3 năm 2026", ["HÀ NỘI, ngày 1 tháng 3 năm 2026"]),
        # unchanged: the number on the left, the place in title case
        ("Số: 12/KH-UBND ĐẮK LẮK, ngày 1 tháng 3 năm 2026", ["Số: 12/KH-UBND", "ĐẮK LẮK, ngày 1 tháng 3 năm 2026"]),
        ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày 18 tháng 3 năm 2026", ["HUYỆN ỦY ĐÔNG SƠN", "Đông Sơn, ngày 18 tháng 3 năm 2026"]),
    ],
)
def test_capital_issuer_and_place_split(line: str, parts: list[str]) -> None:
    assert _head_parts(line) == parts


def test_capital_place_in_record() -> None:
    text = (
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ ĐẮK MIL ĐẮK MIL, ngày 12 tháng 3 năm 2026\n"
        "*\nSố 12-TB/ĐU\n" + _BODY
    )
    doc = _doc(text)
    assert (doc["issuer"], doc["issuer_parent"]) == ("ĐẢNG ỦY XÃ ĐẮK MIL", "ĐẢNG BỘ TỈNH LÂM ĐỒNG")
    assert (doc["place"], doc["date"], doc["number"]) == ("ĐẮK MIL", "2026-03-12", "12-TB/ĐU")


# 3. a reference mark or a footnote's number after the year
_STATE = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 45/KH-UBND\n{date}\n\nKẾ HOẠCH\nKiểm tra công tác năm 2026\n\n1. Sở Tài chính báo cáo trước ngày 30/3/2026.\n"
)


@pytest.mark.parametrize("mark", [" (*)", " (1)", "¹", " 1", " [2]", ". (3)", "*", " (*).", " (1)."])
def test_mark_after_year_keeps_date(mark: str) -> None:
    doc = _doc(_STATE.format(date=f"Gia Lai, ngày 12 tháng 3 năm 2026{mark}"))
    assert (doc["place"], doc["date"], doc["title"]) == ("Gia Lai", "2026-03-12", "Kiểm tra công tác năm 2026")


@pytest.mark.parametrize("mark", [" (1)", "¹", " (*)."])
def test_mark_after_year_on_number_line(mark: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH GIA LAI Độc lập - Tự do - Hạnh phúc\n"
        f"Số: 45/KH-UBND Gia Lai, ngày 12 tháng 3 năm 2026{mark}\n\nKẾ HOẠCH\nKiểm tra công tác năm 2026\n\n"
        "1. Sở Tài chính báo cáo trước ngày 30/3/2026.\n"
    )
    doc = _doc(text)
    assert (doc["number"], doc["place"], doc["date"]) == ("45/KH-UBND", "Gia Lai", "2026-03-12")


def test_number_after_sentence_is_no_date_line() -> None:
    # a sentence that ends with a date and a number is still no header date line
    doc = _doc(_STATE.format(date="Gia Lai, ngày 12 tháng 3 năm 2026").replace("30/3/2026.", "ngày 30 tháng 3 năm 2026 2"))
    assert doc["date"] == "2026-03-12"


# 4. a layout export with no blank line under the header: the run of two columns ends at the
# body's first line (a type heading, a numbered item, "Kính gửi:")
_GAP = " " * 14


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            f"      ỦY BAN NHÂN DÂN{_GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       TỈNH GIA LAI{_GAP}    Độc lập - Tự do - Hạnh phúc\n"
            f"      Số: 45/KH-UBND{_GAP}Gia Lai, ngày 12 tháng 3 năm 2026\n                                    KẾ HOẠCH\n"
            "                Kiểm tra công tác cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n"
            "1. Sở Nội vụ báo cáo kết quả trước ngày 30/6/2026.\n",
            {"number": "45/KH-UBND", "place": "Gia Lai", "date": "2026-03-12", "title": "Kiểm tra công tác cải cách hành chính năm 2026"},
        ),
        (
            f"      ỦY BAN NHÂN DÂN{_GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       TỈNH GIA LAI{_GAP}    Độc lập - Tự do - Hạnh phúc\n"
            f"      Số: 46/UBND-VP\nV/v báo cáo cải cách hành chính{_GAP}Gia Lai, ngày 12 tháng 3 năm 2026\n"
            "        Kính gửi: Sở Nội vụ.\nỦy ban nhân dân tỉnh đề nghị Sở Nội vụ báo cáo kết quả trước ngày 30/6/2026.\n",
            {"number": "46/UBND-VP", "place": "Gia Lai", "date": "2026-03-12", "recipients": ["Sở Nội vụ"]},
        ),
        (
            f"ĐẢNG BỘ XÃ TÂN PHÚ{_GAP}ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3{_GAP}Tân Phú, ngày 02 tháng 4 năm 2026\n"
            "*\nSố 05-KH/CB\n1. Các đảng viên đăng ký nhiệm vụ trước ngày 15/4/2026.\n",
            {"number": "05-KH/CB", "place": "Tân Phú", "date": "2026-04-02", "issuer": "CHI BỘ THÔN 3"},
        ),
    ],
    ids=["state_plan", "state_letter", "party_cell"],
)
def test_layout_export_no_blank_under_header(text: str, fields: dict) -> None:
    doc = _doc(text)
    assert {k: doc[k] for k in fields} == fields


def test_layout_export_no_blank_before_first_paragraph() -> None:
    text = (
        f"    ĐẢNG BỘ TỈNH QUẢNG TRỊ{_GAP}ĐẢNG CỘNG SẢN VIỆT NAM\n    ĐẢNG ỦY XÃ CAM LỘ\n"
        f"              *{_GAP}      Cam Lộ, ngày 05 tháng 3 năm 2026\n      Số 07-CV/ĐU\n"
        "Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy, Ban Thường vụ Đảng ủy đề nghị các chi bộ báo cáo trước ngày 15/3/2026.\n"
    )
    doc = _doc(text)
    assert (doc["issuer"], doc["number"], doc["place"], doc["date"]) == ("ĐẢNG ỦY XÃ CAM LỘ", "07-CV/ĐU", "Cam Lộ", "2026-03-05")



# addressees of "Kính gửi:" wrapped after a comma
_LETTER = (
    "TỈNH ỦY PHÚ AN\n*\nSố 120-CV/TU\nV/v triển khai công tác dân vận\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Phú An, ngày 05 tháng 3 năm 2026\n\n{kg}\n\n"
    "Thực hiện chỉ đạo của Trung ương, Ban Thường vụ Tỉnh ủy đề nghị các cơ quan báo cáo trước ngày 30/3/2026.\n"
)


@pytest.mark.parametrize(
    ("kg", "recipients"),
    [
        # a list of units wrapped after its comma: one addressee
        (
            "Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy,\nđảng ủy trực thuộc Tỉnh ủy.",
            ["Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"],
        ),
        (
            "Kính gửi:\n- Ban Thường vụ các huyện ủy, thị ủy,\nthành ủy, đảng ủy trực thuộc Tỉnh ủy;\n- Các ban, đảng đoàn.",
            ["Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các ban, đảng đoàn"],
        ),
        # a short name in capitals after the comma: the next addressee
        ("Kính gửi: Sở Tài chính,\nSở Nội vụ,\nCông an tỉnh.", ["Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"]),
        # unchanged: an addressee wrapped with no comma, a list after semicolons
        ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương.", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Kính gửi: Các đồng chí Tỉnh ủy viên;\nCác ban đảng Tỉnh ủy.", ["Các đồng chí Tỉnh ủy viên", "Các ban đảng Tỉnh ủy"]),
    ],
)
def test_addressees_wrapped_after_comma(kg: str, recipients: list[str]) -> None:
    doc = _doc(_LETTER.format(kg=kg))
    assert (doc["recipients"], doc["subject"]) == (recipients, "triển khai công tác dân vận")


# a Nơi nhận item wrapped after a comma before a word in capitals
_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 45/KH-UBND\nPhú An, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra năm 2026\n\n"
    "1. Sở Nội vụ báo cáo trước ngày 30/3/2026.\n\n{signoff}\n"
)


@pytest.mark.parametrize(
    ("signoff", "distribution", "name"),
    [
        (
            "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy,\nHĐND tỉnh (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng",
            ["Như trên", "Thường trực Tỉnh ủy, HĐND tỉnh (b/c)", "Lưu: VT"],
            "Lê Văn Hùng",
        ),
        (
            "Nơi nhận:\n- TTgCP, các PTTg: Trần Văn A,\nLê Văn B, Phạm Thị C (để b/c);\n- Lưu: VT, TH.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hùng",
            ["TTgCP, các PTTg: Trần Văn A, Lê Văn B, Phạm Thị C (để b/c)", "Lưu: VT, TH"],
            "Lê Văn Hùng",
        ),
        # a title's words before the list's semicolon are an addressee's
        (
            "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh,\nChánh Văn phòng UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng",
            ["Chủ tịch, các PCT UBND tỉnh, Chánh Văn phòng UBND tỉnh", "Lưu: VT"],
            "Lê Văn Hùng",
        ),
        # the sign-off's lines under an item that ends with a comma are no part of it
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT,\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng",
            ["Như trên", "Lưu: VT"],
            "Lê Văn Hùng",
        ),
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT,\nKT. Chủ tịch\nPhó Chủ tịch\n\nLê Văn Hùng", ["Như trên", "Lưu: VT"], "Lê Văn Hùng"),
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT,\nPhó Chủ tịch\n\nLê Văn Hùng", ["Như trên", "Lưu: VT"], "Lê Văn Hùng"),
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT,\n(Đã ký)\nLê Văn Hùng", ["Như trên", "Lưu: VT"], "Lê Văn Hùng"),
    ],
)
def test_distribution_item_wrapped_after_comma(signoff: str, distribution: list[str], name: str) -> None:
    doc = _doc(_PLAN.format(signoff=signoff))
    assert (doc["distribution"], doc["signer"]["name"]) == (distribution, name)


@pytest.mark.parametrize(
    ("block", "issuer", "parent"),
    [
        # a military region over a province's military command
        ("QUÂN KHU 4\nBỘ CHỈ HUY QUÂN SỰ TỈNH PHÚ AN", "BỘ CHỈ HUY QUÂN SỰ TỈNH PHÚ AN", "QUÂN KHU 4"),
        ("QUÂN KHU 4\nBỘ CHỈ HUY QUÂN SỰ\nTỈNH PHÚ AN", "BỘ CHỈ HUY QUÂN SỰ TỈNH PHÚ AN", "QUÂN KHU 4"),
        ("QUÂN KHU 4", "QUÂN KHU 4", None),
        # a ministry's department, a unit under a province's department
        ("BỘ TÀI CHÍNH\nCỤC THUẾ", "CỤC THUẾ", "BỘ TÀI CHÍNH"),
        ("CÔNG AN TỈNH PHÚ AN\nPHÒNG CẢNH SÁT GIAO THÔNG", "PHÒNG CẢNH SÁT GIAO THÔNG", "CÔNG AN TỈNH PHÚ AN"),
    ],
)
def test_other_offices_issuer(block: str, issuer: str, parent: str | None) -> None:
    text = (
        f"{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-BCH\n"
        "Phú An, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nHuấn luyện năm 2026\n\n1. Các đơn vị báo cáo trước ngày 30/3/2026.\n"
    )
    doc = _doc(text)
    assert (doc["issuer"], doc["issuer_parent"]) == (issuer, parent)
