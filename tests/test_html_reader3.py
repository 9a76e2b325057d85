"""HTML pages, third pass (readers/html.py, parse/header.py; round 29, helper 145): a news page's
headline naming the directive it posts (its type, title, number, date and issuer), a library
page's second copy of the text ("Văn bản gốc") and its panels, a layout table around the whole
directive with a two-row table header. Golden summaries in tests/fixtures/html/expected.json."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse, parse_bytes

HTML = FIXTURES / "html"


def page(body: str) -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


LEAD = (
    "<p>Ngày 03/6/2027, Thường trực Đảng ủy xã họp nghe báo cáo về công tác thu ngân sách; "
    "Thường trực Đảng ủy kết luận như sau:</p>"
    "<p>1. Giao Ủy ban nhân dân xã rà soát các nguồn thu, báo cáo trước ngày 30/6/2027.</p>"
    "<p>2. Giao Ủy ban Mặt trận Tổ quốc xã vận động nhân dân, hoàn thành trong tháng 7 năm 2027.</p>"
)


def test_a_headline_citing_the_directive_gives_its_identity() -> None:
    head = "<h1>Thông báo kết luận số 15-TB/ĐU ngày 05/6/2027 của Thường trực Đảng ủy xã về công tác thu ngân sách</h1>"
    doc = parse_bytes(page(head + "<div>Thứ Hai, 07/06/2027 09:10</div>" + LEAD))
    h = doc.document
    assert (h.type, h.number, h.date, h.issuer) == ("Thông báo", "15-TB/ĐU", "2027-06-05", "Thường trực Đảng ủy xã")
    assert h.title == "Kết luận của Thường trực Đảng ủy xã về công tác thu ngân sách"
    assert [d.due for d in doc.deadlines] == ["2027-06-30", "2027-07-31"]  # (not the meeting's day)


def test_a_headline_without_a_number_gives_the_type_and_title_only() -> None:
    doc = parse(
        "Thông báo kết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn\n"
        "Cập nhật: 10:05 | 07/06/2027\n" + "\n".join(LEAD.replace("<p>", "").split("</p>"))
    )
    assert (doc.document.type, doc.document.number, doc.document.date) == ("Thông báo", None, None)
    assert doc.document.title == "Kết luận của Chủ tịch UBND xã tại buổi làm việc với các thôn"
    assert "2027-06-03" not in [d.due for d in doc.deadlines]


def test_a_sentence_opening_with_a_type_is_no_headline() -> None:
    for first in (
        "Kế hoạch này được triển khai đến các thôn, tổ dân phố.",
        "Kế hoạch số 12/KH-UBND ngày 02/3/2027 đã được triển khai kịp thời",
    ):
        doc = parse(first + "\n1. Giao công chức văn hóa tuyên truyền trước ngày 30/6/2027.\n")
        assert doc.document.type is None and doc.document.title is None


def test_the_numbered_news_page() -> None:
    doc = parse_bytes((HTML / "news_tb_huyen_uy_numbered.html").read_bytes())
    assert (doc.document.number, doc.document.date, doc.document.issuer) == (
        "86-TB/HU",
        "2027-04-22",
        "Ban Thường vụ Huyện ủy",
    )
    assert [d.due for d in doc.deadlines] == ["2027-05-20", "2027-06-30", "2027-07-10"]


# ---------------------------------------------------------------- a library's second copy

HEAD = (
    "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
    "<tr><td>Số: 08/KH-UBND</td><td><i>Tân Hòa, ngày 04 tháng 5 năm 2027</i></td></tr></table>"
    "<p align=center><b>KẾ HOẠCH</b></p><p align=center><b>Phòng, chống thiên tai</b></p>"
    "<p>1. Các thôn kiểm tra đê bao trước ngày 30/6/2027.</p>"
)
SIGNOFF = (
    "<table><tr><td><p><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</p></td>"
    "<td><p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Lò Văn Tâm</b></p></td></tr></table>"
)
PANEL = "<div><h3>Lược đồ</h3><p>Văn bản liên quan: Kế hoạch 02/KH-UBND, thực hiện trước ngày 15/5/2027</p></div>"


def test_a_second_copy_of_the_text_is_left_out() -> None:
    body = "<div class=vb><div>" + HEAD + SIGNOFF + "</div>" + PANEL + "<div><h3>Văn bản gốc</h3>" + HEAD + SIGNOFF
    doc = parse_bytes(page(body + "</div></div>"))
    assert [d.due for d in doc.deadlines] == ["2027-06-30"]
    assert "html_main_content" in [w.code for w in doc.warnings]


def test_a_form_with_its_own_national_title_after_the_signoff_is_kept() -> None:
    form = (
        HEAD.split("<p align=center>")[0]
        .replace("Số: 08/KH-UBND", "Số: ....../BC")
        .replace("Tân Hòa, ngày 04 tháng 5 năm 2027", "......, ngày ... tháng ... năm ...")
    )
    form += "<p align=center><b>MẪU BÁO CÁO</b></p><p>Thôn báo cáo số hộ được kiểm tra trước ngày 15/7/2027.</p>"
    body = "<div class=vb><div>" + HEAD + SIGNOFF + form + "</div>" + PANEL + "</div>"
    text = extracted_text(page(body))
    assert "MẪU BÁO CÁO" in text and "Lược đồ" not in text


def test_the_library_page_with_panels_and_two_copies() -> None:
    doc = parse_bytes((HTML / "library_ct_panels_two_copies.html").read_bytes())
    assert [d.due for d in doc.deadlines] == ["2027-02-28", "2027-03-31"]
    assert (doc.document.number, doc.document.signer and doc.document.signer.name) == ("03/CT-UBND", "Hà Văn Lâm")


def test_the_layout_frame_page_with_a_two_row_table_header() -> None:
    doc = parse_bytes((HTML / "layout_frame_kh_two_row_th.html").read_bytes())
    assert [(d.section, d.due) for d in doc.deadlines] == [
        ("I.1", "2027-03-31"),
        ("I.2", "2027-04-30"),
        ("II", "2027-12-15"),
    ]
    rows = doc.tables[0].rows
    assert [r.kind for r in rows] == ["header", "header", "task", "task"]


# ---------------------------------------------------------------- a library's attributes table


def test_a_librarys_attributes_table_is_no_table_of_the_text() -> None:
    attributes = (
        "<table><tr><td>Số hiệu:</td><td>08/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>"
        "<tr><td>Nơi ban hành:</td><td>Xã Tân Hòa</td><td>Người ký:</td><td>Lò Văn Tâm</td></tr>"
        "<tr><td>Ngày ban hành:</td><td>04/5/2027</td><td>Ngày hết hiệu lực:</td><td>31/12/2027</td></tr></table>"
    )
    doc = parse_bytes(page("<div>" + attributes + HEAD + SIGNOFF + "</div>"))
    assert doc.tables == [] and doc.document.number == "08/KH-UBND"
    assert "Số hiệu" not in extracted_text(page(attributes + HEAD + SIGNOFF))


def test_a_task_table_whose_header_names_attributes_is_kept() -> None:
    table = (
        "<table border=1><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Người ký</th></tr>"
        "<tr><td>05/KH-UBND</td><td>02/01/2027</td><td>Lò Văn Tâm</td></tr>"
        "<tr><td>06/KH-UBND</td><td>09/01/2027</td><td>Lò Văn Tâm</td></tr></table>"
    )
    assert "| Số hiệu | Ngày ban hành | Người ký |" in extracted_text(page(HEAD + table + SIGNOFF))


def test_the_library_page_with_its_attributes_inside_the_texts_element() -> None:
    doc = parse_bytes((HTML / "library_ct_attributes_inside.html").read_bytes())
    assert doc.tables == []
    assert [d.due for d in doc.deadlines] == ["2027-02-28", "2027-03-31"]


def test_a_headline_in_the_words_of_the_news() -> None:
    head = "<h1>Ban Thường vụ Đảng ủy xã kết luận về công tác thu ngân sách</h1><div>07/06/2027</div>"
    doc = parse_bytes(page(head + LEAD))
    assert doc.document.issuer == "Ban Thường vụ Đảng ủy xã"
