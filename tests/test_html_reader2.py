"""HTML pages, second pass (readers/html.py; round 28, helper 140): separate task tables kept
apart, a news page's article found without a sign-off list, pandoc's and Word's filtered HTML.
The fixtures' golden summaries are in tests/fixtures/html/expected.json (test_html_reader.py)."""

from __future__ import annotations

from conftest import FIXTURES
from ndq57.pipeline import extracted_text, parse_bytes

HTML = FIXTURES / "html"

HEAD = (
    "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN HÒA</b></td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
    "<tr><td>Số: 08/KH-UBND</td><td><i>Tân Hòa, ngày 04 tháng 5 năm 2027</i></td></tr></table>"
    "<p align=center><b>KẾ HOẠCH</b></p><p align=center><b>Phòng, chống thiên tai</b></p>"
    "<p><b>I. NHIỆM VỤ</b></p>"
)
SIGNOFF = (
    "<table><tr><td><p><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</p></td>"
    "<td><p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Lò Văn Tâm</b></p></td></tr></table>"
)
ROW_HEAD = "<tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời hạn</th></tr>"


def page(body: str) -> bytes:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


def task_table(rows: list[tuple[str, str, str, str]], caption: str = "") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border=1>{cap}{ROW_HEAD}{body}</table>"


FIRST = [("1", "Kiểm tra đê bao", "Công chức địa chính", "Trước ngày 30/6/2027")]
SECOND = [("1", "Trực ban phòng chống lụt bão", "Văn phòng UBND xã", "Trước ngày 31/7/2027")]


def test_a_tables_caption_is_read_as_its_heading() -> None:
    text = extracted_text(page(HEAD + task_table(FIRST, "<b>1. Trước mùa mưa</b>") + SIGNOFF))
    lines = text.splitlines()
    assert "1. Trước mùa mưa" in lines
    assert lines.index("1. Trước mùa mưa") < lines.index("| STT | Nội dung | Chủ trì | Thời hạn |")


def test_two_captioned_task_tables_stay_two_tables() -> None:
    body = HEAD + task_table(FIRST, "1. Trước mùa mưa") + task_table(SECOND, "2. Trong mùa mưa") + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 2
    assert [d.section for d in doc.deadlines] == ["I.1.1", "I.2.1"]


def test_a_table_whose_numbering_restarts_is_its_own_table() -> None:
    body = HEAD + task_table(FIRST) + "<p>&nbsp;</p>" + task_table(SECOND) + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 2
    assert [len(t.rows) for t in doc.tables] == [2, 2]


def test_a_table_cut_in_two_whose_numbering_goes_on_is_one_table() -> None:
    rest = [("2", "Nạo vét kênh mương", "Các thôn", "Trước ngày 15/7/2027")]
    body = HEAD + task_table(FIRST) + "<p>&nbsp;</p>" + task_table(rest) + SIGNOFF
    doc = parse_bytes(page(body))
    assert len(doc.tables) == 1
    assert [r.kind for r in doc.tables[0].rows] == ["header", "task", "task"]


def test_the_task_tables_page() -> None:
    doc = parse_bytes((HTML / "portal_kh_task_tables.html").read_bytes())
    assert len(doc.tables) == 4
    assert [d.section for d in doc.deadlines][:4] == ["II.1.1", "II.1.2", "II.2.1", "II.2.2"]


# ---------------------------------------------------------------- a news page's article

ARTICLE = (
    "<h1>Thông báo kết luận của Chủ tịch UBND xã về công tác thu gom rác thải</h1>"
    "<div class=date>12/06/2027</div><div class=body>"
    "<p>Ngày 08/6/2027, Chủ tịch UBND xã chủ trì họp về thu gom rác thải; kết luận như sau:</p>"
    "<p>1. Giao Hợp tác xã môi trường thu gom rác tại các thôn, hoàn thành trước ngày 30/6/2027.</p>"
    "<p>2. Giao công chức địa chính kiểm tra các điểm tập kết rác, báo cáo trước ngày 15/7/2027.</p></div>"
)
RELATED = (
    "<div class=lienquan><h3>Tin liên quan</h3><ul><li>Xã ra quân dọn vệ sinh trước ngày 20/6/2027</li></ul></div>"
    "<div class=ykien><h3>Ý kiến bạn đọc</h3><p>Đề nghị xã lắp thêm thùng rác trước ngày 01/7/2027 ở chợ.</p></div>"
)


def test_a_news_page_is_cut_to_its_article() -> None:
    body = "<div class=top>CỔNG THÔNG TIN XÃ</div><div class=detail>" + ARTICLE + RELATED + "</div><div>Bản quyền</div>"
    doc = parse_bytes(page(body))
    assert [d.due for d in doc.deadlines if d.due] == ["2027-06-30", "2027-07-15"]
    assert "html_main_content" in [w.code for w in doc.warnings]
    text = extracted_text(page(body))
    assert text.splitlines()[0].startswith("Thông báo kết luận") and "Tin liên quan" not in text


def test_an_article_whose_body_holds_its_title_keeps_what_follows_the_title() -> None:
    inner = ARTICLE.replace("<div class=body>", "").replace("</div>", "", 1)[: -len("</div>")]
    menu = "<div class=top>CỔNG THÔNG TIN XÃ</div><div class=menu2>" + "<p>Trang chủ, giới thiệu, tin tức</p>" * 8
    body = menu + "</div><div class=x>" + inner + "</div>"
    text = extracted_text(page(body + "<div>Bản quyền của xã</div>"))
    assert text.splitlines()[0].startswith("Thông báo kết luận")
    assert "CỔNG THÔNG TIN XÃ" not in text and "trước ngày 15/7/2027" in text


def test_a_page_that_is_its_article_or_has_no_typed_title_is_read_whole() -> None:
    whole = extracted_text(page(ARTICLE))
    assert whole.splitlines()[0].startswith("Thông báo kết luận")
    untitled = ARTICLE.replace("<h1>Thông báo kết luận", "<h1>Tin")
    # (no posting date under the headline either: read whole)
    undated = untitled.replace("<div class=date>12/06/2027</div>", "")
    assert "Tin liên quan" in extracted_text(page("<div>CỔNG</div><div>" + undated + RELATED + "</div>"))
    # (round 32: a headline over its posting's date is news, its article read alone)
    assert "Tin liên quan" not in extracted_text(page("<div>CỔNG</div><div>" + untitled + RELATED + "</div>"))
    assert "html_main_content" not in [w.code for w in parse_bytes(page(ARTICLE)).warnings]


def test_the_news_page() -> None:
    doc = parse_bytes((HTML / "news_tb_ket_luan.html").read_bytes())
    dues = [d.due for d in doc.deadlines if d.due]
    assert "2027-05-31" not in dues and "2027-05-20" not in dues  # (related news, a reader's comment)
    assert dues[-3:] == ["2027-05-25", "2027-06-15", "2027-06-30"]


# ---------------------------------------------------------------- pandoc's HTML

NOTES = (
    '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />'
    '<ol><li id="fn1"><p>Quyết định số 07/QĐ-UBND ngày 02/01/2027 của UBND xã.'
    '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'
)


def test_pandocs_footnotes_read_as_notes() -> None:
    mark = '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>'
    body = HEAD + f"<p>Thực hiện Quyết định số 07/QĐ-UBND{mark}, xã giao nhiệm vụ.</p>" + SIGNOFF + NOTES
    text = extracted_text(page(body))
    assert "07/QĐ-UBND[1], xã" in text and "↩" not in text
    assert text.splitlines()[-1] == "[1] Quyết định số 07/QĐ-UBND ngày 02/01/2027 của UBND xã."
    assert [f.body for f in parse_bytes(page(body)).footnotes] == ["Quyết định số 07/QĐ-UBND ngày 02/01/2027 của UBND xã."]


def test_a_nested_list_cut_by_a_table_goes_on_under_its_item() -> None:
    nested = (
        '<ol start="2" type="1"><li><p>Nhiệm vụ</p><ol type="1"><li><p>Thôn Đông kiểm tra đê.</p></li></ol></li></ol>'
        + task_table(FIRST)
        + '<ol start="2" type="1"><li><p>Thôn Tây nạo vét kênh trước ngày 20/7/2027.</p></li></ol>'
        + '<ol start="3" type="1"><li><p>Tổ chức thực hiện</p></li></ol>'
    )
    lines = extracted_text(page(HEAD.replace("<p><b>I. NHIỆM VỤ</b></p>", "") + nested + SIGNOFF)).splitlines()
    assert "2.2. Thôn Tây nạo vét kênh trước ngày 20/7/2027." in lines
    assert "3. Tổ chức thực hiện" in lines


def test_a_list_starting_where_the_outer_list_goes_on_stays_outer() -> None:
    lists = (
        '<ol type="1"><li><p>Mục đích</p><ol type="1"><li><p>Một</p></li></ol></li></ol>'
        '<p>Đoạn văn giữa hai danh sách.</p><ol start="2" type="1"><li><p>Nhiệm vụ</p></li></ol>'
    )
    lines = extracted_text(page(lists)).splitlines()
    assert lines == ["1. Mục đích", "1.1. Một", "Đoạn văn giữa hai danh sách.", "2. Nhiệm vụ"]


def test_the_pandoc_page() -> None:
    doc = parse_bytes((HTML / "pandoc_kh_split_list.html").read_bytes())
    assert [d.section for d in doc.deadlines] == ["2.1.1", "2.1.2", "2.2", "2.3", "3"]
    assert len(doc.footnotes) == 1


# ---------------------------------------------------------------- Word's filtered HTML

GAP = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def test_words_symbol_font_bullets_read_as_dashes() -> None:
    body = (
        f"<p class=MsoListParagraph><span style='font-family:Symbol'>·{GAP}</span>Lập danh sách;</p>"
        f"<p class=MsoListParagraph><span style='font-family:Wingdings'>§{GAP}</span>Cập nhật bản đồ;</p>"
        f"<p class=MsoListParagraph><span style='font-family:\"Courier New\"'>o{GAP}</span>Gửi báo cáo.</p>"
    )
    lines = extracted_text(page(body)).splitlines()
    assert lines[:3] == ["- Lập danh sách;", "- Cập nhật bản đồ;", "- Gửi báo cáo."]


def test_words_footnotes_after_its_section_div_are_kept() -> None:
    data = (HTML / "word_filtered_kh.html").read_bytes()
    doc = parse_bytes(data)
    assert [f.body[:22] for f in doc.footnotes] == ["Kế hoạch số 40/KH-SYT "]
    assert "html_main_content" not in [w.code for w in doc.warnings]
    assert [d.section for d in doc.deadlines] == ["II.1", "II.2", "II.3"]


def test_notes_kept_when_a_site_page_is_cut_to_its_directive() -> None:
    notes = "<div id=ftn1><p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>[1]</a> Ghi chú của kế hoạch.</p></div>"
    body = (
        "<div class=site>" + "<p>Tin tức, sự kiện, thông báo của cổng thông tin</p>" * 10 + "</div>"
        + "<div class=doc>" + HEAD + "<p>Thực hiện chỉ đạo[1] của huyện.</p>" + SIGNOFF + "</div>" + notes
        + "<div class=site2>" + "<p>Liên kết website các sở, ban, ngành</p>" * 10 + "</div>"
    )
    doc = parse_bytes(page(body))
    assert "html_main_content" in [w.code for w in doc.warnings]
    assert [f.body for f in doc.footnotes] == ["Ghi chú của kế hoạch."]
    assert "Liên kết website" not in extracted_text(page(body))
