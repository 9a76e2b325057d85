"""Headers of office styles never seen (round 31, helper 157): a news headline in the words of the
news naming the issuer as the subject of its verb (parse/header.py, doctypes.yaml headline_news),
and the header and sections of this round's fixtures (tests/fixtures/*_lang31.txt)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import parse, parse_bytes

LEAD = (
    "Ngày 10/5/2027, Ủy ban nhân dân tỉnh họp bàn công tác phòng, chống thiên tai.\n"
    "1. Giao Sở Nông nghiệp và Môi trường rà soát các hồ chứa, báo cáo trước ngày 31/5/2027.\n"
    "2. Giao Ủy ban nhân dân các xã, phường kiểm tra đê bao, hoàn thành trong tháng 6/2027.\n"
)


def test_a_news_headline_names_its_issuer_over_the_posting_date() -> None:
    for head, issuer in (
        ("UBND tỉnh chỉ đạo triển khai công tác phòng, chống thiên tai năm 2027", "UBND tỉnh"),
        ("Ban Chỉ đạo tỉnh yêu cầu tăng cường kiểm tra các hồ chứa", "Ban Chỉ đạo tỉnh"),
        ("Thường trực Huyện ủy kết luận về công tác phòng, chống thiên tai", "Thường trực Huyện ủy"),
    ):
        doc = parse(head + "\nThứ Ba, 12/05/2027 08:30\n" + LEAD)
        assert doc.document.issuer == issuer, head
        assert [d.due for d in doc.deadlines] == ["2027-05-31", "2027-06-30"]


def test_a_news_headline_takes_the_number_its_lead_cites() -> None:
    lead = "Ngày 11/5/2027, Ủy ban nhân dân tỉnh ban hành Công điện số 07/CĐ-UBND về việc chủ động ứng phó mưa lũ.\n"
    doc = parse("UBND tỉnh yêu cầu chủ động ứng phó mưa lũ\n12/05/2027\n" + lead + LEAD)
    h = doc.document
    assert (h.issuer, h.number, h.date, h.type) == ("Ủy ban nhân dân tỉnh", "07/CĐ-UBND", "2027-05-11", "Công điện")


def test_a_body_sentence_naming_a_unit_is_no_headline() -> None:
    # (no posting date under it: the opening of a text without its header)
    doc = parse("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt một số nội dung sau\n" + LEAD)
    assert doc.document.issuer is None
    # (nor a sentence opening with a unit and a verb of issuing)
    doc = parse("Ủy ban nhân dân tỉnh giao các sở triển khai\n" + LEAD)
    assert doc.document.issuer is None


FIXTURE_HEADERS = {
    "bo_cv_kinh_gui_lines_lang31": ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "1874/BKHCN-CĐS", "2027-03-12", "Lê Quang Vinh"),
    "qd_kh_articles_attached_lang31": (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH NGUYÊN",
        "615/QĐ-UBND",
        "2027-04-08",
        "Đinh Xuân Trường",
    ),
    "party_ct_huyen_uy_star_lang31": ("HUYỆN ỦY SƠN KHÊ", "05-CT/HU", "2027-05-14", "Hoàng Thị Mai"),
    "commune_kh_parent_tl_lang31": ("UBND XÃ THUẬN LỢI", "47/KH-UBND", "2027-02-20", "Nông Văn Đạt"),
    "party_kl_bold_md_lang31": ("BAN CHẤP HÀNH ĐẢNG BỘ XÃ PHÚ AN", "12-KL/ĐU", "2027-09-03", "Vũ Thanh Hà"),
    "party_qdi_chapters_articles_lang31": ("ĐẢNG ỦY XÃ BẢN LIỀN", "03-QĐi/ĐU", "2027-10-02", "Lò Thị Xuân"),
    "so_kh_parts_dash_roman_lang31": ("SỞ Y TẾ", "1020/KH-SYT", "2027-06-11", "Trịnh Văn Lộc"),
}


def test_the_round_31_fixtures_headers() -> None:
    for name, want in FIXTURE_HEADERS.items():
        doc = parse_bytes((FIXTURES / f"{name}.txt").read_bytes())
        h = doc.document
        assert (h.issuer, h.number, h.date, h.signer and h.signer.name) == want, name


def test_the_attached_plans_sections_sit_under_it() -> None:
    doc = parse_bytes((FIXTURES / "qd_kh_articles_attached_lang31.txt").read_bytes())
    assert [d.section for d in doc.deadlines if d.due] == [
        "Kế hoạch.Phần II.Mục 1.a",
        "Kế hoạch.Phần II.Mục 2.a",
        "Kế hoạch.Phần II.Mục 2.b",
        "Kế hoạch.Phần III",
    ]


def test_a_posting_time_after_lúc_is_no_deadline() -> None:
    for head in (
        "UBND tỉnh yêu cầu chủ động ứng phó mưa lũ\nCập nhật lúc 08:30 ngày 12/05/2027\n",
        "Thông báo kết luận của Chủ tịch UBND tỉnh về ứng phó mưa lũ\nĐăng lúc 08:30 ngày 12/05/2027\n",
    ):
        doc = parse(head + LEAD)
        assert [d.due for d in doc.deadlines] == ["2027-05-31", "2027-06-30"], head
        assert doc.document.issuer is not None or doc.document.type == "Thông báo"


BODY = "\nKẾ HOẠCH\nPhòng, chống thiên tai\n\n1. Các thôn kiểm tra đê bao trước ngày 30/6/2027.\n"


def test_a_header_tables_row_of_the_star_or_of_nothing_is_passed_over() -> None:
    party = (
        "| HUYỆN ỦY SƠN KHÊ | ĐẢNG CỘNG SẢN VIỆT NAM |\n|---|---|\n| {row} |\n"
        "| Số 05-KH/HU | *Sơn Khê, ngày 14 tháng 5 năm 2027* |\n"
    )
    for row in ("\\* | ", "* | ", "*** | ", " | "):
        h = parse(party.format(row=row) + BODY).document
        assert (h.number, h.type, h.date) == ("05-KH/HU", "Kế hoạch", "2027-05-14"), row
    state = (
        "| **ỦY BAN NHÂN DÂN**<br>**XÃ TÂN HÒA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| | |\n"
        "| Số: 08/KH-UBND | *Tân Hòa, ngày 04 tháng 5 năm 2027* |\n"
    )
    h = parse(state + BODY).document
    assert (h.issuer, h.number, h.place, h.date) == (
        "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
        "08/KH-UBND",
        "Tân Hòa",
        "2027-05-04",
    )
    # (a spacer column between the two)
    spaced = (
        "| HUYỆN ỦY SƠN KHÊ | | ĐẢNG CỘNG SẢN VIỆT NAM |\n|---|---|---|\n| {row} |\n"
        "| Số 05-KH/HU | | Sơn Khê, ngày 14 tháng 5 năm 2027 |\n"
    )
    for row in ("\\* | | ", " | | "):
        h = parse(spaced.format(row=row) + BODY).document
        assert (h.number, h.type, h.date) == ("05-KH/HU", "Kế hoạch", "2027-05-14"), row


def test_the_pipe_header_with_the_star_in_a_row_of_its_own() -> None:
    doc = parse_bytes((FIXTURES / "md_pipe_header_star_row_lang31.txt").read_bytes())
    h = doc.document
    assert (h.issuer, h.number, h.type, h.date) == ("HUYỆN ỦY ĐÔNG HẢI", "118-TB/HU", "Thông báo", "2027-10-21")
    assert [d.due for d in doc.deadlines] == ["2027-11-15", "2027-12-31", "2028-01-31"]


def test_a_posting_date_under_its_label_opens_the_body() -> None:
    for posted in ("Thời gian đăng: 12/05/2027 08:30", "Ngày xuất bản: 12/05/2027", "Ngày đăng tải: 12/05/2027"):
        doc = parse("UBND tỉnh chỉ đạo chủ động ứng phó mưa lũ\n" + posted + "\n" + LEAD)
        assert doc.document.issuer == "UBND tỉnh", posted
        assert [d.due for d in doc.deadlines] == ["2027-05-31", "2027-06-30"], posted


def test_the_posting_date_may_stand_over_the_headline() -> None:
    doc = parse("12/05/2027 08:30\nBan Chỉ đạo tỉnh yêu cầu tăng cường kiểm tra các hồ chứa\n" + LEAD)
    assert doc.document.issuer == "Ban Chỉ đạo tỉnh"
    assert [d.due for d in doc.deadlines] == ["2027-05-31", "2027-06-30"]
    doc = parse("Thứ Ba, 12/05/2027\nThông báo kết luận của Chủ tịch UBND tỉnh về ứng phó mưa lũ\n" + LEAD)
    assert (doc.document.type, doc.document.title) == ("Thông báo", "Kết luận của Chủ tịch UBND tỉnh về ứng phó mưa lũ")
