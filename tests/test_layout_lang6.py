"""Round 24: the body of a PDF library's text (pdftotext's default mode, PyMuPDF, pypdf, PDFium).

A label printed apart from its text by a tab comes out on a line of its own, a blank line under
it, then the heading's text ("I." / "" / "MỤC ĐÍCH, YÊU CẦU"): the label is joined with the text.
"""

from __future__ import annotations

import ndq57

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 77/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH\n"
    "Số hóa hồ sơ lưu trữ năm 2027\n\nThực hiện chỉ đạo của Bộ Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
)
_SIGN = "\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n"


def _paths(doc: ndq57.Document) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []

    def walk(secs: list[ndq57.Section]) -> None:
        for s in secs:
            out.append((s.path, s.heading))
            walk(s.children)

    walk(doc.sections)
    return out


def test_lone_labels_join_their_headings() -> None:
    body = (
        "I.\n\nMỤC TIÊU\n\nSố hóa toàn bộ hồ sơ lưu trữ lịch sử của tỉnh.\nII.\n\nNHIỆM VỤ\n\n1.\n\nSở Nội vụ\n\n"
        "Chủ trì số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n2.\n\nSở Tài chính\n\n"
        "Bố trí kinh phí, hoàn thành trước ngày 31/5/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert _paths(doc) == [
        ("I", "MỤC TIÊU"),
        ("II", "NHIỆM VỤ"),
        ("II.1", "Sở Nội vụ"),
        ("II.2", "Sở Tài chính"),
    ]
    assert [(d.due, d.section) for d in doc.deadlines] == [
        ("2027-09-30", "II.1"),
        ("2027-05-31", "II.2"),
    ]


def test_lone_item_label_keeps_its_wrapped_lines() -> None:
    body = (
        "I.\n\nNHIỆM VỤ\n\na)\n\nSở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng phần mềm\n"
        "quản lý kho lưu trữ số, hoàn thành trước ngày 30/9/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    (d,) = doc.deadlines
    assert d.section == "I.a"
    assert d.task is not None and d.task.startswith("Sở Nội vụ chủ trì") and "quản lý kho" in d.task


def test_numeral_ending_a_wrapped_sentence_is_no_label() -> None:
    # "khóa" / "XVII." / "" / "Đồng chí ...": the numeral ends the sentence above it
    body = (
        "I.\n\nNHIỆM VỤ\n\nGiới thiệu ứng cử đại biểu Quốc hội khóa\nXVII.\n\n"
        "Sở Nội vụ hoàn thành hồ sơ trước ngày 30/9/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert _paths(doc) == [("I", "NHIỆM VỤ")]
    assert [d.section for d in doc.deadlines] == ["I"]


def test_page_number_is_no_label() -> None:
    body = "I.\n\nNHIỆM VỤ\n\nSở Nội vụ hoàn thành hồ sơ trước ngày 30/9/2027.\n\n3\n\nSở Tài chính bố trí kinh phí.\n"
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert _paths(doc) == [("I", "NHIỆM VỤ")]


def test_heading_cut_after_a_unit_head_word_reads_whole() -> None:
    # "1. Sở" / "Tài chính (cơ quan chủ trì)": the line ends on the unit's head word
    body = (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở\nTài chính (cơ quan chủ trì)\n\n"
        "- Tổng hợp nhu cầu kinh phí, hoàn thành trước ngày 31/5/2027.\n\n"
        "2. Ban\nQuản lý dự án đầu tư xây dựng tỉnh\n\n- Lập hồ sơ mời thầu trước ngày 30/6/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert _paths(doc) == [
        ("I", "TỔ CHỨC THỰC HIỆN"),
        ("I.1", "Sở Tài chính (cơ quan chủ trì)"),
        ("I.2", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    ]
    owners = [[o.unit for o in t.owners] for t in doc.tasks if t.deadlines]
    assert owners == [["Sở Tài chính"], ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]]


def test_short_heading_not_ending_on_a_head_word_stands_alone() -> None:
    body = "I. NHIỆM VỤ\n\n1. Mục tiêu chung\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n"
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert _paths(doc) == [("I", "NHIỆM VỤ"), ("I.1", "Mục tiêu chung")]


# pdftotext's default mode: a page's footnotes at its foot, before the form feed, their numbers on
# lines of their own
_PAGE_TWO = "\f2\nII.\n\nTỔ CHỨC THỰC HIỆN\n\nSở Nội vụ báo cáo kết quả trước ngày 15/12/2027.\n"


def test_foot_numbers_over_their_bodies() -> None:
    body = (
        "Căn cứ Quyết định số 88/QĐ-UBND của Ủy ban nhân dân tỉnh1; Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"
        "I.\n\nNHIỆM VỤ\n\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n1\n\n"
        "Quyết định số 88/QĐ-UBND ngày 05/01/2027 về lưu trữ số.\n\n"
    )
    doc = ndq57.parse(_HEAD + body + _PAGE_TWO + _SIGN)
    assert [(f.mark, f.body) for f in doc.footnotes] == [("1", "Quyết định số 88/QĐ-UBND ngày 05/01/2027 về lưu trữ số.")]
    assert doc.footnotes[0].refs
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-09-30", "I"), ("2027-12-15", "II")]


def test_foot_number_after_a_spaced_mark() -> None:
    # "của Chính phủ 1;": the mark one blank after the word, once on the page
    body = (
        "Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ 1; Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"
        "I.\n\nNHIỆM VỤ\n\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n1\n\n"
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư.\n\n"
    )
    doc = ndq57.parse(_HEAD + body + _PAGE_TWO + _SIGN)
    assert [f.mark for f in doc.footnotes] == ["1"]
    assert doc.footnotes[0].body.startswith("Nghị định số 30/2020")
    assert doc.footnotes[0].refs


def test_foot_body_over_its_number() -> None:
    body = (
        "Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy1, Ban Thường vụ Đảng ủy ban hành Kế hoạch.\n"
        "I.\n\nNHIỆM VỤ\n\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n"
        "Chỉ thị số 05-CT/TU ngày 10/01/2027 của Ban Thường vụ Tỉnh ủy về công tác lưu trữ\nhồ sơ đảng.\n1\n\n"
    )
    doc = ndq57.parse(_HEAD + body + _PAGE_TWO + _SIGN)
    assert [f.mark for f in doc.footnotes] == ["1"]
    assert doc.footnotes[0].body.endswith("hồ sơ đảng.")


def test_lone_number_at_a_foot_without_a_mark_is_no_note() -> None:
    body = "I.\n\nNHIỆM VỤ\n\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n1\n\nĐây là dòng chú thích.\n\n"
    doc = ndq57.parse(_HEAD + body + _PAGE_TWO + _SIGN)
    assert not doc.footnotes


def test_pdfium_number_over_its_body_set_in() -> None:
    # PDFium's text: "1" / " Quyết định ..." (one blank before the body), the page's text after it
    body = (
        "Căn cứ Quyết định số 88/QĐ-UBND của Ủy ban nhân dân tỉnh1; Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"
        "I. NHIỆM VỤ\nSở Nội vụ số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n1\n"
        " Quyết định số 88/QĐ-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh về lưu trữ\nsố.\n2\n"
        " Số liệu do Sở Nội vụ tổng hợp.\nII. TỔ CHỨC THỰC HIỆN\nSở Tài chính bố trí kinh phí trước ngày 31/5/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert [(f.mark, f.body) for f in doc.footnotes] == [
        ("1", "Quyết định số 88/QĐ-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh về lưu trữ số."),
        ("2", "Số liệu do Sở Nội vụ tổng hợp."),
    ]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-09-30", "I"), ("2027-05-31", "II")]


def test_pymupdf_label_right_over_a_heading_in_capitals() -> None:
    # PyMuPDF prints no blank line: "I." / "NHIỆM VỤ" / "1." / "Sở Nội vụ" / "- ..."
    body = (
        "I.\nNHIỆM VỤ\n1.\nSở Nội vụ\n- Số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\nII.\nTỔ CHỨC THỰC HIỆN\n"
        "Sở Tài chính bố trí kinh phí trước ngày 31/5/2027.\n"
    )
    doc = ndq57.parse(_HEAD + body + _SIGN)
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-09-30", "I.1"), ("2027-05-31", "II")]


def test_draft_round_under_its_mark_is_not_the_title() -> None:
    # a PDF's draft stamp read after the title: "DỰ THẢO" / "lần 2"
    text = _HEAD.replace("năm 2027\n\nThực hiện", "năm 2027\nDỰ THẢO\nlần 2\nThực hiện") + "I. NHIỆM VỤ\n" + _SIGN
    doc = ndq57.parse(text)
    assert doc.document.draft
    assert doc.document.title == "Số hóa hồ sơ lưu trữ năm 2027"
