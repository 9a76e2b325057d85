"""Header and sign-off forms, round 23: military and police headers (a ministry over a command and
its locality line: a parent, not a joint issuer), the last page's footnotes printed under the
sign-off (not lines of Nơi nhận; marks typed "(1)" after a blank at a sentence's end), and a
certified copy's block that a layout export printed in two columns (its Nơi nhận is not the
document's)."""

from __future__ import annotations

import pytest

from ndq57.pipeline import parse_bytes


def _parse(text: str) -> dict:
    return parse_bytes(text.encode("utf-8"), source="head.txt").to_dict()


_G = " " * 14
_BODY = "\n\nKẾ HOẠCH\nHuấn luyện lực lượng năm 2027\n\n1. Các đơn vị hoàn thành huấn luyện trước ngày 30/6/2027.\n"


# 1. a ministry over a command and the locality line under it: the command's parent
@pytest.mark.parametrize(
    ("block", "issuer", "parent"),
    [
        ("BỘ QUỐC PHÒNG\nBỘ CHỈ HUY QUÂN SỰ\nTỈNH KON TUM", "BỘ CHỈ HUY QUÂN SỰ TỈNH KON TUM", "BỘ QUỐC PHÒNG"),
        ("BỘ QUỐC PHÒNG\nBỘ CHỈ HUY QUÂN SỰ TỈNH\nKON TUM", "BỘ CHỈ HUY QUÂN SỰ TỈNH KON TUM", "BỘ QUỐC PHÒNG"),
        ("BỘ CÔNG AN\nCÔNG AN\nTỈNH KON TUM", "CÔNG AN TỈNH KON TUM", "BỘ CÔNG AN"),
        (
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH KON TUM",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH KON TUM",
            "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
        ),
        ("QUÂN KHU 5\nBỘ CHỈ HUY QUÂN SỰ\nTỈNH KON TUM", "BỘ CHỈ HUY QUÂN SỰ TỈNH KON TUM", "QUÂN KHU 5"),
        ("CÔNG AN TỈNH KON TUM\nPHÒNG THAM MƯU", "PHÒNG THAM MƯU", "CÔNG AN TỈNH KON TUM"),
        # the supreme court and procuracy over a province's, which take no locality either
        ("TÒA ÁN NHÂN DÂN TỐI CAO\nTÒA ÁN NHÂN DÂN\nTỈNH KON TUM", "TÒA ÁN NHÂN DÂN TỈNH KON TUM", "TÒA ÁN NHÂN DÂN TỐI CAO"),
        (
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN\nTỈNH KON TUM",
            "VIỆN KIỂM SÁT NHÂN DÂN TỈNH KON TUM",
            "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
        ),
        # a unit named after the one above it, with more words: under it
        ("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XIII", "KHO BẠC NHÀ NƯỚC KHU VỰC XIII", "BỘ TÀI CHÍNH KHO BẠC NHÀ NƯỚC"),
        ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XIII", "KHO BẠC NHÀ NƯỚC KHU VỰC XIII", "KHO BẠC NHÀ NƯỚC"),
        # a department under a general staff
        ("BỘ QUỐC PHÒNG\nBỘ TỔNG THAM MƯU\nCỤC DÂN QUÂN TỰ VỆ", "CỤC DÂN QUÂN TỰ VỆ", "BỘ QUỐC PHÒNG BỘ TỔNG THAM MƯU"),
        # unchanged: two local units sharing their locality line (a joint document)
        ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH KON TUM", "ỦY BAN NHÂN DÂN TỈNH KON TUM - ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", None),
        ("BAN CHỈ HUY QUÂN SỰ\nCÔNG AN\nXÃ ĐĂK HÀ", "BAN CHỈ HUY QUÂN SỰ XÃ ĐĂK HÀ - CÔNG AN XÃ ĐĂK HÀ", None),
    ],
)
def test_ministry_over_command_is_parent(block: str, issuer: str, parent: str | None) -> None:
    doc = _parse(f"{block}\n\nSố: 123/KH-BCH\n\nKon Tum, ngày 05 tháng 3 năm 2027{_BODY}")["document"]
    assert (doc["issuer"], doc["issuer_parent"]) == (issuer, parent)
    assert (doc["number"], doc["type"], doc["place"], doc["date"]) == ("123/KH-BCH", "Kế hoạch", "Kon Tum", "2027-03-05")


def test_military_layout_header_with_motto() -> None:
    text = (
        f"      BỘ QUỐC PHÒNG{_G}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỘ CHỈ HUY QUÂN SỰ TỈNH{_G}   Độc lập - Tự do - Hạnh phúc\n"
        f"      KON TUM\n Số: 210/KH-BCH{_G}     Kon Tum, ngày 12 tháng 3 năm 2027\n{_BODY}"
    )
    doc = _parse(text)["document"]
    assert (doc["issuer"], doc["issuer_parent"]) == ("BỘ CHỈ HUY QUÂN SỰ TỈNH KON TUM", "BỘ QUỐC PHÒNG")
    assert (doc["number"], doc["date"]) == ("210/KH-BCH", "2027-03-12")


# 2. the last page's footnotes printed under the sign-off
_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 80/KH-UBND\n\nKon Tum, ngày 10 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nChuyển đổi số năm 2027\n\n"
)


def test_footnote_under_noi_nhan_is_no_recipient() -> None:
    text = (
        _HEAD + "1. Sở Khoa học và Công nghệ báo cáo trước ngày 30/6/2027¹.\n2. Sở Tài chính bố trí kinh phí trước ngày 31/7/2027².\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Sáu\nNơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT, KGVX.\n"
        "¹ Theo hướng dẫn của Bộ Khoa học và Công nghệ tại văn bản số 15/BKHCN-CĐS về\nchuyển đổi số cấp xã.\n"
        "² Kinh phí sự nghiệp khoa học.\n"
    )
    d = _parse(text)
    assert d["document"]["distribution"] == ["Bộ Khoa học và Công nghệ", "Lưu: VT, KGVX"]
    assert [(f["mark"], f["body"]) for f in d["footnotes"]] == [
        ("1", "Theo hướng dẫn của Bộ Khoa học và Công nghệ tại văn bản số 15/BKHCN-CĐS về chuyển đổi số cấp xã."),
        ("2", "Kinh phí sự nghiệp khoa học."),
    ]


@pytest.mark.parametrize("end", [" (1).", " (1)", " (1);"])
def test_spaced_paren_mark_and_its_body(end: str) -> None:
    text = (
        _HEAD + f"1. Sở Khoa học và Công nghệ báo cáo trước ngày 30/6/2027{end}\n2. Sở Tài chính bố trí kinh phí (2).\n\n"
        "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Sáu\n\n"
        "(1) Theo văn bản số 15/BKHCN-CĐS.\n(2) Nguồn sự nghiệp khoa học.\n"
    )
    d = _parse(text)
    assert [(f["mark"], f["body"], f["refs"]) for f in d["footnotes"]] == [
        ("(1)", "Theo văn bản số 15/BKHCN-CĐS.", [11]),
        ("(2)", "Nguồn sự nghiệp khoa học.", [12]),
    ]
    assert [t["task"] for t in d["deadlines"]] == ["Sở Khoa học và Công nghệ báo cáo trước ngày 30/6/2027"]


def test_inline_enumeration_in_parens_is_no_mark() -> None:
    # "(1) ..., (2) ..." inside a sentence, and a list of "(1)" items: no footnote
    text = (
        _HEAD + "1. Các sở thực hiện các nội dung: (1) rà soát, (2) báo cáo trước ngày 30/6/2027.\n"
        "2. Sở Tài chính:\n(1) Bố trí kinh phí trước ngày 31/7/2027.\n(2) Hướng dẫn thanh toán.\n"
    )
    d = _parse(text)
    assert d["footnotes"] == []
    assert sorted(t["section"] for t in d["deadlines"]) == ["1", "2.(1)"]


# 3. a certified copy's block set in two columns by a layout export
_COPY = (
    f"BỘ NỘI VỤ{_G}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{_G}Độc lập - Tự do - Hạnh phúc\n\n"
    f"Số: 1500/BNV-CCVC{_G}Hà Nội, ngày 20 tháng 3 năm 2027\nV/v báo cáo số lượng công chức cấp xã\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n"
    "1. Tổng hợp số lượng công chức cấp xã, gửi về Bộ Nội vụ trước ngày 15/4/2027.\n\n"
    f"Nơi nhận:{_G}KT. BỘ TRƯỞNG\n- Như trên;{_G}THỨ TRƯỞNG\n- Lưu: VT, CCVC.\n{_G}Trần Văn Dũng\n\n"
    f"UBND TỈNH KON TUM{_G}SAO Y BẢN CHÍNH\nVĂN PHÒNG\n\nSố: 15/SY-VP{_G}Kon Tum, ngày 25 tháng 3 năm 2027\n\n"
    f"Nơi nhận:{_G}TL. CHỦ TỊCH\n- Sở Nội vụ;{_G}CHÁNH VĂN PHÒNG\n- UBND các xã (thực hiện trước ngày 10/4/2027);\n"
    f"- Lưu: VT.\n{_G}Nguyễn Thị Hoa\n"
)


def test_copy_block_in_two_columns() -> None:
    d = _parse(_COPY)
    doc = d["document"]
    assert (doc["issuer"], doc["number"], doc["place"], doc["date"]) == ("BỘ NỘI VỤ", "1500/BNV-CCVC", "Hà Nội", "2027-03-20")
    assert doc["distribution"] == ["Như trên", "Lưu: VT, CCVC"]
    assert (doc["signer"]["name"], doc["signer"]["authority"]) == ("Trần Văn Dũng", "KT. BỘ TRƯỞNG")
    assert [t["due"] for t in d["deadlines"]] == ["2027-04-15"]


# 4. a star mark in parentheses ("(*)"): a reference mark, not emphasis; its body read as a footnote
def test_star_mark_and_its_body_under_signoff() -> None:
    text = (
        "ĐẢNG BỘ TỈNH KON TUM\nĐẢNG ỦY XÃ ĐĂK HÀ\n*\nSố 25-KH/ĐU\nĐăk Hà, ngày 14 tháng 8 năm 2027\n\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 45-CT/TW(*)\n\n"
        "1- Các chi bộ tổ chức quán triệt Chỉ thị (**) trước ngày 30/9/2027.\n\n"
        "T/M ĐẢNG ỦY\nBÍ THƯ\n\nA Minh\n\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n"
        "-----\n(*) Chỉ thị của Ban Bí thư về công tác dân vận.\n(**) Theo hướng dẫn của Ban Tuyên giáo.\n"
    )
    d = _parse(text)
    assert d["document"]["title"] == "thực hiện Chỉ thị số 45-CT/TW(*)"
    assert d["document"]["distribution"] == ["Các chi bộ", "Lưu Văn phòng Đảng ủy"]
    assert [(f["mark"], f["body"]) for f in d["footnotes"]] == [
        ("(*)", "Chỉ thị của Ban Bí thư về công tác dân vận."),
        ("(**)", "Theo hướng dẫn của Ban Tuyên giáo."),
    ]
    assert [t["task"] for t in d["deadlines"]] == ["Các chi bộ tổ chức quán triệt Chỉ thị trước ngày 30/9/2027"]


def test_star_line_and_emphasis_unchanged() -> None:
    # the Party's star under the issuer and a star in emphasis stay what they were
    text = (
        "ĐẢNG BỘ TỈNH KON TUM\nĐẢNG ỦY XÃ ĐĂK HÀ\n*\nSố 25-KH/ĐU\nĐăk Hà, ngày 14 tháng 8 năm 2027\n\n"
        "KẾ HOẠCH\nthực hiện chương trình năm 2027\n\n1- Các chi bộ (*báo cáo*) trước ngày 30/9/2027.\n"
    )
    d = _parse(text)
    assert d["footnotes"] == []
    assert [t["task"] for t in d["deadlines"]] == ["Các chi bộ (báo cáo) trước ngày 30/9/2027"]


def test_party_copy_number_and_date_on_one_line() -> None:
    # a Party committee's copy ("SAO LỤC") whose number and date a text export joined on one line
    text = (
        f"BAN CHẤP HÀNH TRUNG ƯƠNG{_G}ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 50-CT/TW{_G}Hà Nội, ngày 20 tháng 5 năm 2027\n\n"
        "CHỈ THỊ\ncủa Ban Bí thư về công tác dân vận\n\n1- Các tỉnh ủy tổ chức quán triệt trước ngày 30/6/2027.\n\n"
        f"{_G}T/M BAN BÍ THƯ\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n{_G}Lê Văn Ba\n\n"
        f"TỈNH ỦY KON TUM{_G}SAO LỤC\n*\nSố 312-BS/TU{_G}Kon Tum, ngày 28 tháng 5 năm 2027\n\n"
        f"Nơi nhận:{_G}T/L BAN THƯỜNG VỤ\n- Các huyện ủy,{_G}CHÁNH VĂN PHÒNG\n- Lưu Văn phòng Tỉnh ủy.\n{_G}Đỗ Thị Tư\n"
    )
    doc = _parse(text)["document"]
    assert (doc["number"], doc["date"]) == ("50-CT/TW", "2027-05-20")
    assert (doc["signer"]["name"], doc["signer"]["authority"]) == ("Lê Văn Ba", "T/M BAN BÍ THƯ")
    assert doc["distribution"] == ["Các tỉnh ủy, thành ủy", "Lưu Văn phòng Trung ương Đảng"]
