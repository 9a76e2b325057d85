"""Round 33, helper 168: header meta and structure, third pass; HTML pages.

A joint document whose two issuers each print their block and number, a Party committee's standing
committee named alone under it ("BAN THƯỜNG VỤ"), a copy's mark stamped over the header, a legal
library's heading and attributes standing for the missing header cells (as text, and as a web page
whose attributes table the reader writes then), a news article in its own words whose lead reports
that a directive was issued ("Ngày 5/3, UBND tỉnh ban hành Kế hoạch số ..."), a site's own
``<header>`` banner (tests/fixtures/README.md, round 33, helper 168)."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes


def _fixture(name: str) -> ndq57.Document:
    return ndq57.parse((FIXTURES / name).read_text(encoding="utf-8"), source=name)


def _page(body: str) -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


# ------------------------------------------------------------------ a joint document's two numbers


def test_two_issuers_side_by_side_with_their_numbers() -> None:
    h = _fixture("joint_kh_two_numbers_lang33.txt").document
    assert h.issuers == ["SỞ Y TẾ TỈNH BẮC NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NGUYÊN"]
    assert h.number == "45/KHLT-SYT"  # (the first issuer's: not replaced by the second's)
    assert (h.type, h.date) == ("Kế hoạch", "2027-03-08")


def test_two_issuer_blocks_one_under_the_other() -> None:
    h = _fixture("joint_kh_two_blocks_lang33.txt").document
    assert h.issuers == ["SỞ Y TẾ TỈNH BẮC NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NGUYÊN"]
    assert h.number == "45/KHLT-SYT"


def test_one_issuer_under_its_parent_is_no_joint_document() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG NAM\nSỞ TÀI CHÍNH\nSố: 88/KH-STC\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Giang Nam, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nKiểm tra quyết toán năm 2026\n\n"
        "1. Phòng Quản lý ngân sách kiểm tra trước ngày 30/4/2027.\n"
    )
    h = ndq57.parse(text).document
    assert (h.issuer, h.issuer_parent, h.number) == ("SỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN TỈNH AN GIANG NAM", "88/KH-STC")
    assert h.issuers == ["SỞ TÀI CHÍNH"]


# ------------------------------------------------------------------ Party: the standing committee


def test_the_standing_committee_named_under_the_commune_party_committee() -> None:
    h = _fixture("party_tb_btv_organ_lang33.txt").document
    assert h.issuer == "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ NINH HẢI"
    assert h.issuer_parent == "ĐẢNG BỘ TỈNH KHÁNH LÂM"
    assert (h.number, h.date, h.regime) == ("31-CV/ĐU", "2027-04-06", "party")


# ------------------------------------------------------------------ a copy's mark over the header


def test_a_copy_mark_stamped_over_the_header_is_no_issuer() -> None:
    h = _fixture("tb_sao_y_stamp_top_lang33.txt").document
    assert h.issuer == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH THÀNH"
    assert (h.number, h.date) == ("44/TB-UBND", "2027-05-12")


# ------------------------------------------------------------------ a library's attributes


def test_a_library_copy_without_header_cells_reads_its_attributes() -> None:
    doc = _fixture("library_attributes_text_lang33.txt")
    h = doc.document
    assert (h.number, h.type, h.date, h.issuer) == ("57/KH-UBND", "Kế hoạch", "2027-02-12", "Ủy ban nhân dân xã Tân Lập")
    assert h.title == "Chuyển đổi số trên địa bàn xã năm 2027"  # (the text's own, not the library's heading)
    assert [s.path for s in doc.sections] == ["I", "II"]


def test_the_texts_own_header_wins_over_the_attributes() -> None:
    text = (
        "Số hiệu: 99/KH-UBND\nNgày ban hành: 01/01/2027\n"
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 57/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Tân Lập, ngày 12 tháng 02 năm 2027\n\nKẾ HOẠCH\nChuyển đổi số năm 2027\n\n"
        "1. Văn phòng rà soát trước ngày 31/3/2027.\n"
    )
    h = ndq57.parse(text).document
    assert (h.number, h.date, h.issuer) == ("57/KH-UBND", "2027-02-12", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP")


_ATTRIBUTES = (
    "<table><tr><td>Số hiệu:</td><td>57/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>"
    "<tr><td>Nơi ban hành:</td><td>Ủy ban nhân dân xã Tân Lập</td><td>Người ký:</td><td>Đinh Quang Vũ</td></tr>"
    "<tr><td>Ngày ban hành:</td><td>12/02/2027</td><td>Tình trạng:</td><td>Đã biết</td></tr></table>"
)
_BODY = (
    "<p align=center><b>KẾ HOẠCH</b></p><p align=center><b>Chuyển đổi số năm 2027</b></p>"
    "<p>1. Văn phòng HĐND và UBND xã rà soát thủ tục, hoàn thành trước ngày 31/3/2027.</p>"
    "<table><tr><td><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</td>"
    "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Đinh Quang Vũ</b></td></tr></table>"
)


def test_a_library_page_without_header_cells_reads_its_attributes_table() -> None:
    data = _page(_ATTRIBUTES + _BODY)
    assert "Số hiệu: 57/KH-UBND" in extracted_text(data).splitlines()
    h = parse_bytes(data).document
    assert (h.number, h.date, h.issuer) == ("57/KH-UBND", "2027-02-12", "Ủy ban nhân dân xã Tân Lập")


def test_the_library_page_fixture() -> None:
    data = (FIXTURES / "html" / "library_kh_attributes_no_header_lang33.html").read_bytes()
    text = extracted_text(data)
    assert "THƯ VIỆN VĂN BẢN TRỰC TUYẾN" not in text  # (the site's <header> banner)
    h = parse_bytes(data).document
    assert (h.number, h.type, h.date) == ("57/KH-UBND", "Kế hoạch", "2027-02-12")
    assert h.issuer == "Ủy ban nhân dân xã Tân Lập"


# ------------------------------------------------------------------ a site's banner


def test_a_pages_own_header_banner_is_left_out() -> None:
    banner = "<header><div>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA</div><ul><li>Trang chủ</li></ul></header>"
    head = (
        "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>"
        "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
        "<tr><td>Số: 08/TB-UBND</td><td><i>Tân Hòa, ngày 04 tháng 5 năm 2027</i></td></tr></table>"
    )
    text = extracted_text(_page(banner + head + _BODY))
    assert "CỔNG THÔNG TIN" not in text and "Trang chủ" not in text
    assert parse_bytes(_page(banner + head + _BODY)).document.issuer == "ỦY BAN NHÂN DÂN XÃ TÂN HÒA"


def test_a_header_element_inside_the_article_is_read() -> None:
    article = (
        "<article><header><p>ỦY BAN NHÂN DÂN XÃ TÂN HÒA</p><p>Số: 08/TB-UBND</p>"
        "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Tân Hòa, ngày 04 tháng 5 năm 2027</p></header>"
        + _BODY
        + "</article>"
    )
    h = parse_bytes(_page(article)).document
    assert (h.issuer, h.number) == ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "08/TB-UBND")


# ------------------------------------------------------------------ news: the lead reports an issue

_NEWS = (
    "Tăng cường phòng, chống dịch bệnh trên đàn gia súc dịp đầu năm\n"
    "Thứ ba, {posted} 16:05 | Lượt xem: 1.204\n"
    "Ngày {day}, UBND tỉnh ban hành Kế hoạch số 41/KH-UBND về phòng, chống dịch bệnh trên đàn gia súc.\n"
    "Theo Kế hoạch, Sở Nông nghiệp và Môi trường tổ chức tiêm phòng, hoàn thành trước ngày 30/4/2027.\n"
)


def test_a_news_lead_without_the_year_takes_the_postings() -> None:
    h = ndq57.parse(_NEWS.format(posted="09/03/2027", day="5/3")).document
    assert (h.type, h.number, h.date, h.issuer) == ("Kế hoạch", "41/KH-UBND", "2027-03-05", "UBND tỉnh")
    assert h.title is None  # (the headline is the news's words, no title of the plan)


def test_a_news_lead_after_the_posting_day_is_of_the_year_before() -> None:
    h = ndq57.parse(_NEWS.format(posted="04/01/2027", day="28/12")).document
    assert h.date == "2026-12-28"


def test_the_news_page_fixture() -> None:
    data = (FIXTURES / "html" / "news_kh_lead_no_year_lang33.html").read_bytes()
    doc = parse_bytes(data)
    assert (doc.document.number, doc.document.date) == ("41/KH-UBND", "2027-03-05")
    assert [d.due for d in doc.deadlines] == ["2027-04-30", "2027-03-31", "2027-05-15"]


def test_a_news_lead_opening_with_the_issuer() -> None:
    h = _fixture("news_kh_lead_issuer_lang33.txt").document
    assert (h.type, h.number, h.date, h.issuer) == ("Kế hoạch", "77/KH-UBND", "2027-04-08", "Ủy ban nhân dân tỉnh")
    assert h.title is None


def test_a_news_lead_opening_with_the_issuer_without_the_day_gives_no_date() -> None:
    text = (FIXTURES / "news_kh_lead_issuer_lang33.txt").read_text(encoding="utf-8").replace(" ngày 08/4/2027", "")
    h = ndq57.parse(text).document
    assert (h.number, h.date) == ("77/KH-UBND", None)


def test_a_directive_reporting_an_issue_in_its_body_keeps_its_own_header() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Tân Lập, ngày 20 tháng 4 năm 2027\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n\n"
        "Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số 77/KH-UBND ngày 08/4/2027 về chuyển đổi số.\n"
        "1. Các trường báo cáo trước ngày 15/12/2027.\n"
    )
    h = ndq57.parse(text).document
    assert (h.number, h.date, h.issuer) == ("15/KH-UBND", "2027-04-20", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP")
