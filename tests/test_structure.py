"""Phrase cases for numbering and citations; unit tests for layout repair and the header."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ndq57
from conftest import CASES, load_yaml
from ndq57.parse.citations import find_citations
from ndq57.parse.header import parse_header
from ndq57.parse.layout import build_blocks, clean_lines
from ndq57.parse.sections import build_sections, match_numbering


def _cases(name: str) -> list[tuple[str, dict]]:
    data = load_yaml(CASES / name)
    out = []
    for group, items in data.items():
        for item in items:
            marks = [pytest.mark.xfail(strict=True)] if group == "known_failure" else []
            out.append(pytest.param(group, item, marks=marks, id=f"{group}:{item['input'][:40]}"))
    return out


@pytest.mark.parametrize(("group", "case"), _cases("numbering.yaml"))
def test_numbering(group: str, case: dict) -> None:
    got = match_numbering(case["input"])
    if case["expected"] is None:
        assert got is None
    else:
        assert got is not None
        assert {"family": got.family, "label": got.label} == case["expected"]


@pytest.mark.parametrize(("group", "case"), _cases("citations.yaml"))
def test_citations(group: str, case: dict) -> None:
    found, _ = find_citations(case["input"], lambda _o: 1)
    assert len(found) == len(case["expected"]), found
    for got, want in zip(found, case["expected"], strict=True):
        for key, value in want.items():
            assert getattr(got, key) == value, (key, got)


def _layout(text: str):
    lines = clean_lines(text)
    head = parse_header(lines)
    return head, build_blocks(lines[head.body_start : head.body_end])


def test_hard_wrap_and_symbol_hyphen_rejoin() -> None:
    text = "Thực hiện Thông báo kết luận số 09-\nTB/BCĐ, ngày 02/3/2026 của Ban Chỉ \nđạo tỉnh, đề nghị:  \n"
    _, body = _layout(text)
    assert (
        body.blocks[0].text
        == "Thực hiện Thông báo kết luận số 09-TB/BCĐ, ngày 02/3/2026 của Ban Chỉ đạo tỉnh, đề nghị:"
    )
    assert [ln for _, ln in body.blocks[0].line_map] == [1, 2, 3]


def test_page_break_rejoin_and_footnote_lifting() -> None:
    text = (
        "- Hỗ trợ các hợp tác xã, doanh\n\n"
        "¹ Gồm các xã vùng biên giới.\n\n"
        "Danh sách kèm theo.\n\n"
        "² Theo báo cáo của Sở Tài chính.\n\n"
        "nghiệp nhỏ và vừa trong chuyển đổi số¹.\n"
    )
    _, body = _layout(text)
    assert [b.text for b in body.blocks] == ["- Hỗ trợ các hợp tác xã, doanh nghiệp nhỏ và vừa trong chuyển đổi số."]
    assert [(f.mark, f.line) for f in body.footnotes] == [("1", 3), ("2", 7)]
    assert body.footnotes[0].text == "Gồm các xã vùng biên giới.\nDanh sách kèm theo."
    assert body.blocks[0].refs == [("1", 9)]
    assert body.blocks[0].line_at(len("- Hỗ trợ các hợp tác xã, doanh nghiệp")) == 9


def test_open_parenthesis_rejoin_and_italics() -> None:
    text = "(1) Đề án nhân lực (*Sở*\n\nTài chính*); (2) Cơ chế tài chính.\n"
    _, body = _layout(text)
    assert body.blocks[0].text == "(1) Đề án nhân lực (Sở Tài chính); (2) Cơ chế tài chính."


def test_bold_spans_survive_cleaning() -> None:
    _, body = _layout("Báo cáo kết quả ***trước ngày 15/7/2026***.\n")
    blk = body.blocks[0]
    start = blk.text.index("trước")
    assert blk.is_bold(start, start + 5)
    assert not blk.is_bold(0, 5)


HEADER_PARTY = """TỈNH ỦY GIA LAI
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ

*

Số 07-KH/BCĐ

ĐẢNG CỘNG SẢN VIỆT NAM

Gia Lai, ngày 14 tháng 3 năm 2026

KẾ HOẠCH
triển khai nền tảng số dùng chung năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm các nhiệm vụ được triển khai đúng tiến độ, đúng trọng tâm và có sản phẩm cụ thể.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các sở, ban, ngành,
- Lưu VP.

T/M BAN CHỈ ĐẠO
PHÓ TRƯỞNG BAN

Trần Minh Khoa
"""

HEADER_STATE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2315/UBND-KSTT
V/v đôn đốc cập nhật dữ liệu
dân cư trên nền tảng số

Quảng Ninh, ngày      tháng 5 năm 2026

Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.

Để bảo đảm tiến độ, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện ngay.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Hồng Nhung
"""


def test_party_header() -> None:
    head, body = _layout(HEADER_PARTY)
    h = head.header
    assert (h.regime, h.issuer_parent, h.issuer) == ("party", "TỈNH ỦY GIA LAI", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ")
    assert (h.number, h.symbol, h.type, h.type_source) == ("07-KH/BCĐ", "KH/BCĐ", "Kế hoạch", "heading")
    assert (h.place, h.date) == ("Gia Lai", "2026-03-14")
    assert h.title == "triển khai nền tảng số dùng chung năm 2026"
    assert h.distribution == ["Thường trực Tỉnh ủy (b/c)", "Các sở, ban, ngành", "Lưu VP"]
    assert h.signer is not None
    assert (h.signer.name, h.signer.title, h.signer.authority) == (
        "Trần Minh Khoa",
        "PHÓ TRƯỞNG BAN",
        "T/M BAN CHỈ ĐẠO",
    )
    assert body.blocks[0].text.startswith("I. MỤC ĐÍCH")
    assert body.blocks[-1].text.startswith("Bảo đảm")


def test_state_header_with_blank_day() -> None:
    head, body = _layout(HEADER_STATE)
    h = head.header
    assert (h.regime, h.issuer, h.issuer_parent) == ("state", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", None)
    assert (h.number, h.symbol) == ("2315/UBND-KSTT", "UBND-KSTT")
    assert (h.type, h.type_source) == ("Công văn", "form")
    assert h.subject == "đôn đốc cập nhật dữ liệu dân cư trên nền tảng số"
    assert h.date is None and h.date_parts is not None
    assert (h.date_parts.year, h.date_parts.month, h.date_parts.day) == (2026, 5, None)
    assert h.recipients == ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]
    assert h.signer is not None and h.signer.authority == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert h.signer.title == "PHÓ CHỦ TỊCH"
    assert len(body.blocks) == 1


def test_blank_sequence_number_is_unknown() -> None:
    head, _ = _layout("Số          -CV/BCĐ\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNội dung.\n")
    assert head.header.number is None and head.header.symbol == "CV/BCĐ"


def test_headerless_document() -> None:
    head, body = _layout("1. Rà soát danh mục nhiệm vụ.\n\n2. Báo cáo kết quả.\n")
    assert head.body_start == 0
    tree = build_sections(body.blocks)
    assert [s.label for s in tree.roots] == ["1", "2"]


def test_levels_from_numbering_not_markdown() -> None:
    text = "## I- MỤC TIÊU\n\n#### 1. Đến năm 2030\n\nNội dung.\n\n## 2. Tầm nhìn\n\n### II- NHIỆM VỤ\n\n**1. Tuyên truyền**\n"
    _, body = _layout(text)
    tree = build_sections(body.blocks)
    assert [(s.label, [c.label for c in s.children]) for s in tree.roots] == [("I", ["1", "2"]), ("II", ["1"])]
    assert tree.roots[0].children[0].path == "I.1"
    assert tree.roots[0].children[0].text == "Nội dung."


def test_repeated_numbers_keep_content() -> None:
    _, body = _layout("III. Một\n\nA.\n\nIII. Hai\n\nB.\n")
    tree = build_sections(body.blocks)
    assert [(s.label, s.text) for s in tree.roots] == [("III", "A."), ("III", "B.")]


def test_fixture_folder_exists() -> None:
    assert Path(__file__).with_name("fixtures").is_dir()


def test_header_columns_side_by_side() -> None:
    text = (
        "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC NINH                Độc lập - Tự do - Hạnh phúc\n"
        "Số: 815/UBND-NN        Bắc Ninh, ngày 05 tháng 3 năm 2026\n"
        "V/v phòng, chống rét cho cây trồng\n\n"
        "1. Sở Nông nghiệp và Môi trường hướng dẫn các xã.\n"
    )
    head, body = _layout(text)
    h = head.header
    assert (h.issuer, h.number, h.place, h.date) == ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "815/UBND-NN", "Bắc Ninh", "2026-03-05")
    assert h.national_title is not None and h.subject == "phòng, chống rét cho cây trồng"
    assert [b.text for b in body.blocks] == ["1. Sở Nông nghiệp và Môi trường hướng dẫn các xã."]


def test_draft_blanks_are_not_columns() -> None:
    lines = clean_lines("Số          -CV/BCĐ\nĐắk Lắk, ngày      tháng 12 năm 2025\n")
    assert [ln.text for ln in lines if ln.text] == ["Số -CV/BCĐ", "Đắk Lắk, ngày tháng 12 năm 2025"]


def test_tab_after_a_list_label_is_not_a_column() -> None:
    # Word's numbering copied as text ("I.<TAB>MỤC ĐÍCH"), among the lines where the header's
    # columns are looked for: the label stays with its text
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\tTân Lập, ngày 02 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTổng vệ sinh môi trường\n\n"
        "I.\tMỤC ĐÍCH, YÊU CẦU\n\t1.\tNâng cao ý thức của người dân.\n"
        "II.\tNHIỆM VỤ\n\t1.\tCác thôn ra quân trước ngày 15/3/2026.\n"
    )
    head, body = _layout(text)
    assert (head.header.issuer, head.header.place) == ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Tân Lập")
    assert [b.text for b in body.blocks] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao ý thức của người dân.",
        "II. NHIỆM VỤ",
        "1. Các thôn ra quân trước ngày 15/3/2026.",
    ]


def test_signoff_copied_cell_by_cell() -> None:
    # a sign-off table copied as text: the right cell starts after a tab on the left cell's last
    # line, its other lines follow with no tab
    text = (
        "Số: 7/UBND-VP\nTân Lập, ngày 02 tháng 3 năm 2026\n\n"
        + "".join(f"{k}. Thôn {k} báo cáo số hộ.\n" for k in range(1, 16))
        + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Bình\n"
    )
    h = parse_header(clean_lines(text)).header
    assert h.distribution == ["Như trên", "Lưu: VT"]
    assert h.signer is not None and (h.signer.authority, h.signer.title, h.signer.name) == (
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Bình",
    )


def test_quoted_printable_soft_breaks_are_joined() -> None:
    # an e-mail body's soft breaks ("=" ending a line cut at 76) left in the text
    body = "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát c=\n"
    body += "ác khu dân cư có nguy cơ sạt lở, lập danh sách hộ phải di dời khẩn cấp, hoàn=\n"
    body += " thành trước ngày 30/6/2026.\n\n2. Sở Y tế báo cáo trước ngày 15/7/2026, tổng hợp số li=\n"
    body += "ệu về Văn phòng.\n"
    fixes: list = []
    lines = clean_lines(body, fixes)
    assert [(ln.no, ln.text) for ln in lines if ln.text] == [
        (
            1,
            "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát các khu dân cư có nguy"
            " cơ sạt lở, lập danh sách hộ phải di dời khẩn cấp, hoàn thành trước ngày 30/6/2026.",
        ),
        (5, "2. Sở Y tế báo cáo trước ngày 15/7/2026, tổng hợp số liệu về Văn phòng."),
    ]
    assert [(f.rule, f.line) for f in fixes] == [("join_soft_break", 1), ("join_soft_break", 2), ("join_soft_break", 5)]


def test_flattened_cells_and_bulleted_labels() -> None:
    # a converter's pipe rows whose cells lost their line breaks, and its bullets before labels
    text = (
        "| ỦY BAN NHÂN DÂN XÃ AN LẠC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n| Số: 4/KH-UBND | An Lạc, ngày 02 tháng 3 năm 2026 |\n\n## KẾ HOẠCH\n\nPhòng chống bão\n\n"
        "- 1. Công an xã báo cáo trước ngày 15/3/2026.\n- a) Rà soát các hộ.\n- Các thôn tham gia.\n\n"
        "| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Bình |\n"
    )
    head, body = _layout(text)
    h = head.header
    assert (h.national_title, h.number, h.place, h.date) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "4/KH-UBND",
        "An Lạc",
        "2026-03-02",
    )
    assert h.signer is not None and (h.signer.authority, h.signer.title, h.signer.name) == (
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Bình",
    )
    texts = [b.text for b in body.blocks]
    assert texts[-3:] == ["1. Công an xã báo cáo trước ngày 15/3/2026.", "a) Rà soát các hộ.", "- Các thôn tham gia."]


def test_flattened_cells_apart_by_a_tab() -> None:
    # a browser's copy of a page whose header and sign-off cells lost their line breaks
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN LẠC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 4/KH-UBND\tAn Lạc, ngày 02 tháng 3 năm 2026\n\n"
        + "".join(f"{k}. Thôn {k} báo cáo số hộ.\n" for k in range(1, 16))
        + "\nNơi nhận: - Như trên; - Lưu: VT.\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Bình\n"
    )
    h = parse_header(clean_lines(text)).header
    assert (h.issuer, h.national_title, h.place) == (
        "ỦY BAN NHÂN DÂN XÃ AN LẠC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "An Lạc",
    )
    assert h.distribution == ["Như trên", "Lưu: VT"]
    assert h.signer is not None and h.signer.name == "Lê Văn Bình"


def test_signoff_flattened_into_plain_lines() -> None:
    # an e-mail's plain-text copy of a sign-off table: each cell one line, its lines run together
    text = (
        "Số: 4/KH-UBND\nAn Lạc, ngày 02 tháng 3 năm 2026\n\n"
        + "".join(f"{k}. Thôn {k} báo cáo số hộ.\n" for k in range(1, 16))
        + "\nNơi nhận: - Như trên; - Các ấp; - Lưu: VT.\nT/M BAN THƯỜNG VỤ PHÓ BÍ THƯ\nLê Văn Bình\n"
    )
    h = parse_header(clean_lines(text)).header
    assert h.distribution == ["Như trên", "Các ấp", "Lưu: VT"]
    assert h.signer is not None and (h.signer.authority, h.signer.title, h.signer.name) == (
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Lê Văn Bình",
    )


def test_stray_page_number_is_dropped() -> None:
    text = "1. Sở Tài chính phối hợp với các\n\n                 - 2 -\n\nsở, ngành rà soát.\n\n2. Sở Y tế báo cáo.\n"
    _, body = _layout(text)
    assert [b.text for b in body.blocks] == ["1. Sở Tài chính phối hợp với các sở, ngành rà soát.", "2. Sở Y tế báo cáo."]


def test_document_attached_after_the_signer() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch năm 2026\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐỗ Văn Nam\n\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND\nngày 05/01/2026)\n\n"
        "Phần I\nNHIỆM VỤ\n\n1. Sở Nội vụ rà soát.\n"
    )
    head, _ = _layout(text)
    assert head.header.signer is not None and head.header.signer.name == "Đỗ Văn Nam"
    assert head.appendix_start is not None
    lines = clean_lines(text)
    # the attached document starts at its title: it is a part of its own, beside the body
    assert lines[head.appendix_start].text == "KẾ HOẠCH"
    doc = ndq57.parse(text)
    assert [(s.path, s.family) for s in doc.sections] == [
        ("Điều 1", "article"),
        ("Điều 2", "article"),
        ("Kế hoạch", "appendix"),
    ]
    assert [c.path for c in doc.sections[2].children] == ["Kế hoạch.Phần I"]
    assert [c.path for c in doc.sections[2].children[0].children] == ["Kế hoạch.Phần I.1"]


def test_forms_named_in_the_body_open_no_part() -> None:
    # a list of the forms to fill in, in the body: no appendix part, the next roman part stays at
    # the top; a form's label over a title in capitals opens one, under an open appendix
    text = (
        "III. CHẾ ĐỘ BÁO CÁO\n\nCác xã báo cáo theo các biểu sau:\n\nBiểu 01: Tổng hợp kết quả;\n\n"
        "Biểu 02: Danh sách hệ thống thông tin.\n\nIV. TỔ CHỨC THỰC HIỆN\n\nPHỤ LỤC II\n\n"
        "Biểu số 03\n\nDANH MỤC NHIỆM VỤ\n"
    )
    _, body = _layout(text)
    tree = build_sections(body.blocks)
    assert [s.path for s in tree.roots] == ["III", "IV", "Phụ lục II"]
    assert [c.path for c in tree.roots[2].children] == ["Phụ lục II.Biểu 03"]


def test_task_list_attached_after_the_signer_without_an_appendix_heading() -> None:
    # "DANH MỤC" / "CÁC NHIỆM VỤ ..." / "(Kèm theo ...)" after the signer: its items are an
    # appendix's, beside the body (they were dropped with the sign-off)
    text = (
        "TỈNH ỦY LÂM HÀ\nSố 31-TB/TU\nLâm Hà, ngày 08 tháng 5 năm 2026\n\nTHÔNG BÁO\nKết luận của Thường trực\n\n"
        "1- Các ban đảng triển khai kết luận.\n\n2- Văn phòng Tỉnh ủy báo cáo trước ngày 20/12/2026.\n\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nPhan Thị Hoa\n\nDANH MỤC\nCÁC NHIỆM VỤ TRỌNG TÂM\n"
        "(Kèm theo Thông báo số 31-TB/TU ngày 08/5/2026)\n\n"
        "1. Ban Tổ chức Tỉnh ủy trình đề án trước ngày 30/9/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [s.path for s in doc.sections] == ["1", "2", "Phụ lục"]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2026-12-20", "2"), ("2026-09-30", "Phụ lục.1")]
    # the same under "PHỤ LỤC SỐ 01" (no table after it: it was dropped too)
    doc = ndq57.parse(text.replace("DANH MỤC\n", "PHỤ LỤC SỐ 01\n"))
    assert [(d.due, d.section) for d in doc.deadlines][1:] == [("2026-09-30", "Phụ lục I.1")]


def test_articles_are_numbered_through_their_chapters() -> None:
    text = (
        "QUY CHẾ\nLàm việc của Tổ công tác\n(Ban hành kèm theo Quyết định số 07/QĐ-TCT)\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n\n1. Quy chế này áp dụng cho Tổ công tác.\n\n"
        "Chương II\nNHIỆM VỤ\n\nĐiều 2. Chế độ báo cáo\n\n1. Tổ trưởng báo cáo trước ngày 25 hằng tháng.\n"
    )
    doc = ndq57.parse(text)
    paths = [s.path for s in doc.sections] + [c.path for s in doc.sections for c in s.children]
    assert "Điều 2" in [c.path for s in doc.sections for c in s.children]
    assert doc.deadlines[0].section == "Điều 2.1", paths


def test_roman_parts_above_articles() -> None:
    text = (
        "I- QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nĐiều 2. Giải thích từ ngữ\n\n"
        "II- TỔ CHỨC THỰC HIỆN\n\nĐiều 3. Trách nhiệm thi hành\n"
    )
    doc = ndq57.parse(text)
    assert [s.path for s in doc.sections] == ["I", "II"]
    assert [c.path for c in doc.sections[0].children] == ["Điều 1", "Điều 2"]


def test_issuing_authority_is_not_part_of_the_title() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 40/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc của Tổ công tác\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Thành lập Tổ công tác.\n"
    )
    head, _ = _layout(text)
    assert head.header.title == "Ban hành Quy chế làm việc của Tổ công tác"


def test_signer_found_before_a_long_attachment() -> None:
    tasks = "".join(f"{i}. Sở Nội vụ thực hiện nhiệm vụ số {i}.\n\n" for i in range(1, 50))
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch năm 2026\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
        "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐỗ Văn Nam\n\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026)\n\n"
        + tasks
    )
    head, _ = _layout(text)
    assert head.header.signer is not None and head.header.signer.name == "Đỗ Văn Nam"
    assert head.appendix_start is not None


def test_title_names_the_document_when_the_header_cells_are_missing() -> None:
    text = (
        "CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 09/2026/CT-TTG NGÀY 03 THÁNG 4 NĂM 2026\n"
        "VỀ VIỆC ĐẨY MẠNH SỐ HÓA HỒ SƠ LƯU TRỮ\n"
        "Thời gian qua, công tác số hóa hồ sơ đã có chuyển biến.\n"
        "1. Các bộ, ngành hoàn thành số hóa trước ngày 31/12/2026.\n"
    )
    h = _layout(text)[0].header
    assert (h.type, h.number, h.symbol, h.date, h.issuer) == (
        "Chỉ thị",
        "09/2026/CT-TTG",
        "CT-TTG",
        "2026-04-03",
        "THỦ TƯỚNG CHÍNH PHỦ",
    )


def test_title_that_cites_a_resolution_is_not_its_number() -> None:
    text = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ TỈNH ỦY thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024\n\n1. Nội dung.\n"
    h = _layout(text)[0].header
    assert h.number is None and h.date is None


def test_web_preamble_and_wrapped_header_cells() -> None:
    text = (
        "Quyết định 77/QĐ-UBND năm 2026 về kiện toàn Tổ công tác\n"
        "Số hiệu: | 77/QĐ-UBND | Loại văn bản: | Quyết định |\nNgày ban hành: | 05/02/2026 |\n"
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n77/QĐ-UBND\n|\nCao Bằng, ngày 05\ntháng 02 năm 2026\n|\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC KIỆN TOÀN TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Kiện toàn Tổ công tác chuyển đổi số tỉnh.\n"
    )
    head, body = _layout(text)
    h = head.header
    assert (h.issuer, h.national_title, h.number, h.place, h.date) == (
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "77/QĐ-UBND",
        "Cao Bằng",
        "2026-02-05",
    )
    assert h.subject == "KIỆN TOÀN TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ"
    assert body.blocks[0].text.startswith("Căn cứ Luật")


def test_pipe_bordered_header_row() -> None:
    text = (
        "ĐẢNG ỦY XÃ HÒA AN | ĐẢNG CỘNG SẢN VIỆT NAM |\nSố 15-TB/ĐU | Hòa An, ngày 09 tháng 9 năm 2026 |\n"
        "THÔNG BÁO\nKết luận của Ban Thường vụ Đảng ủy xã\n\n1. Nội dung.\n"
    )
    h = _layout(text)[0].header
    assert (h.issuer, h.national_title, h.number, h.date) == (
        "ĐẢNG ỦY XÃ HÒA AN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "15-TB/ĐU",
        "2026-09-09",
    )


def test_issuer_and_date_wrapped_after_their_first_word() -> None:
    text = (
        "BỘ\nKẾ HOẠCH VÀ TÀI CHÍNH\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n12/2026/TT-BKHTC\n|\nHà\nNội, ngày 29 tháng 3\nnăm 2026\n|\n"
        "THÔNG TƯ\nHƯỚNG DẪN CHẾ ĐỘ BÁO CÁO THỐNG KÊ NGÀNH\nCăn cứ Luật Thống kê;\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    h = _layout(text)[0].header
    assert (h.issuer, h.type, h.number, h.place, h.date) == (
        "BỘ KẾ HOẠCH VÀ TÀI CHÍNH",
        "Thông tư",
        "12/2026/TT-BKHTC",
        "Hà Nội",
        "2026-03-29",
    )
    assert h.title == "HƯỚNG DẪN CHẾ ĐỘ BÁO CÁO THỐNG KÊ NGÀNH"


def test_article_heading_wrapped_onto_a_second_line() -> None:
    text = (
        "Điều 1. Phạm vi\nđiều chỉnh\nQuy chế này quy định việc phối hợp cung cấp dữ liệu giữa các sở, ban, ngành.\n"
        "Điều 2. Đối tượng\náp dụng\nQuy chế này áp dụng với các cơ quan hành chính nhà nước của tỉnh.\n"
    )
    _, body = _layout(text)
    tree = build_sections(body.blocks)
    assert [(s.label, s.heading) for s in tree.roots] == [("Điều 1", "Phạm vi điều chỉnh"), ("Điều 2", "Đối tượng áp dụng")]
    assert tree.roots[0].text.startswith("Quy chế này quy định")


def test_subject_wrapped_after_its_first_word() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 88/QĐ-TTg\nHà Nội, ngày 02 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVỀ\n"
        "VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DỮ LIỆU SỐ GIAI ĐOẠN 2026 - 2030\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n"
    )
    h = _layout(text)[0].header
    assert (h.type, h.subject, h.title) == (
        "Quyết định",
        "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DỮ LIỆU SỐ GIAI ĐOẠN 2026 - 2030",
        None,
    )


_CITE_TEXT = st.lists(
    st.sampled_from(
        ["Nghị quyết", "QUYẾT ĐỊNH", "Kế hoạch", "liên tịch", "số", "Số", ":", " ", "  ", "\n", ",", "ngày", "của",
         "22/12/2024", "Bộ Chính trị", "57-NQ/TW", "51/KH-UBND", "30/2020/NĐ-CP", "66.4/2025/NQ-CP", "6006/BGDĐT",
         "12- HD/BTCTW", "1/QH15", "123456", "a", "x", "-", "/", "cứ", "Đ", "K"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)  # (half: the full count reaches no more of ndq57's code)
@given(_CITE_TEXT, st.integers(min_value=0, max_value=40))
@example("Căn cứ Nghị quyết   số:57-NQ/TW và Kế hoạch số 12/KH-UBND", 0)
def test_citation_search_starts_late_with_the_same_match(text: str, pos: int) -> None:
    from ndq57.parse import citations

    pos = min(pos, len(text))
    want = citations._pattern().search(text, pos) if citations._SYMBOL_HINT.search(text, pos) else None
    got = citations._search(text, pos)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_lettered_parts_need_an_a_and_a_b() -> None:
    # "A." and "B." over the roman parts make a level of their own; a lone "C. ..." does not
    _, body = _layout("A. ĐÁNH GIÁ\n\nNội dung.\n\nB. NHIỆM VỤ\n\nI- Nhiệm vụ chung\n\n1. Rà soát.\n\nC. TỔ CHỨC\n")
    tree = build_sections(body.blocks)
    assert [(s.label, s.family) for s in tree.roots] == [("A", "alpha"), ("B", "alpha"), ("C", "alpha")]
    assert tree.roots[1].children[0].children[0].path == "B.I.1"
    _, body = _layout("I. KẾT QUẢ\n\nC. Nguyễn Văn Hùng phát biểu.\n\nII. NHIỆM VỤ\n")
    assert [s.label for s in build_sections(body.blocks).roots] == ["I", "II"]


def test_number_alone_on_its_line_opens_its_item() -> None:
    # a web export wraps "**1." / "Các bộ, ngành**" after the number
    long = "Xây dựng kế hoạch triển khai tại địa phương, bố trí nguồn lực và báo cáo kết quả thực hiện định kỳ"
    text = f"Thủ tướng chỉ thị:\n**1.\nCác bộ, ngành**\na) {long}.\n**2.\nCác địa phương**\n{long}.\n"
    _, body = _layout(text)
    tree = build_sections(body.blocks)
    assert [(s.label, s.heading) for s in tree.roots] == [("1", "Các bộ, ngành"), ("2", "Các địa phương")]


def test_ocr_number_label_and_glued_motto() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nS6: 21/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúcAn Lạc, ngày 05 tháng 10 năm 2026\n\nCÔNG ĐIỆN\n\n1. Sơ tán dân.\n"
    )
    doc = ndq57.parse(text)
    h = doc.document
    assert (h.number, h.type, h.place, h.date) == ("21/CĐ-UBND", "Công điện", "An Lạc", "2026-10-05")


def test_signer_rank_is_not_part_of_the_name() -> None:
    head, _ = _layout("KẾ HOẠCH\n\n1. Rà soát.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỈ HUY TRƯỞNG\n\nĐại tá Lò Văn Thắng\n")
    assert head.header.signer is not None
    assert (head.header.signer.name, head.header.signer.title) == ("Lò Văn Thắng", "CHỈ HUY TRƯỞNG, Đại tá")


def test_footnote_mark_glued_to_a_word_or_a_party_symbol() -> None:
    text = (
        "1. Thực hiện Kết luận của Ban Bí thư1 và Nghị quyết số 60-NQ/TW2, các cơ quan\n"
        "triển khai.\n\n1 Về sắp xếp tổ chức bộ máy.\n2 Nghị quyết Hội nghị Trung ương 11.\n\n"
        "2. Báo cáo kết quả; diện tích 120 m2 sân.\n"
    )
    doc = ndq57.parse(text)
    assert [f.mark for f in doc.footnotes] == ["1", "2"]
    assert [c.number for c in doc.citations] == ["60-NQ/TW"]
    assert "m2" in doc.sections[1].text or "m2" in (doc.sections[1].heading or "")


@pytest.mark.parametrize(
    ("line", "place", "parts"),
    [
        ("Hà Nội, ngày ... tháng 3 năm 2026", "Hà Nội", (2026, 3, None)),
        ("Hà Nội, ngày 05/3/2026", "Hà Nội", (2026, 3, 5)),
        ("Tp. Hồ Chí Minh, ngày 5 tháng 03 năm 2026.", "Tp. Hồ Chí Minh", (2026, 3, 5)),
        ("Thành phố Huế, ngày 05 tháng 3, năm 2026", "Thành phố Huế", (2026, 3, 5)),
        ("Hà Nội, ngày 05 tháng 3 năm 2O26", "Hà Nội", (2026, 3, 5)),
        # a place whose name holds a dash, and one opened by an upper-case abbreviation
        ("Bà Rịa - Vũng Tàu, ngày 5 tháng 3 năm 2026", "Bà Rịa - Vũng Tàu", (2026, 3, 5)),
        ("TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2026", "TP. Hồ Chí Minh", (2026, 3, 5)),
        ("TX. Hồng Lĩnh, ngày 05 tháng 3 năm 2026", "TX. Hồng Lĩnh", (2026, 3, 5)),
    ],
)
def test_header_date_line_forms(line: str, place: str, parts: tuple[int, int | None, int | None]) -> None:
    head, _ = _layout(f"BỘ TÀI CHÍNH\nSố: 12/KH-BTC\n\n{line}\n\nKẾ HOẠCH\n\n1. Rà soát.\n")
    h = head.header
    assert h.place == place and h.date_parts is not None
    assert (h.date_parts.year, h.date_parts.month, h.date_parts.day) == parts


def test_sentence_ending_with_a_date_is_no_date_line() -> None:
    head, body = _layout("Báo cáo kết quả trước ngày 15/7/2026.\n")
    assert head.header.place is None and body.blocks[0].text.startswith("Báo cáo")


@pytest.mark.parametrize(
    ("number_line", "heading", "number", "doc_type"),
    [
        ("Số: 12/KH–UBND", "KẾ HOẠCH", "12/KH-UBND", "Kế hoạch"),
        ("Số 12–CTr/TU", "**CHƯƠNG\nTRÌNH HÀNH ĐỘNG**", "12-CTr/TU", "Chương trình"),
        ("Số: 7/PA-UBND", "P H Ư Ơ N G   Á N", "7/PA-UBND", "Phương án"),
    ],
)
def test_number_with_en_dash_and_split_type_heading(number_line: str, heading: str, number: str, doc_type: str) -> None:
    text = f"ỦY BAN NHÂN DÂN\nXÃ AN LẠC\n{number_line}\n\nAn Lạc, ngày 5 tháng 3 năm 2026\n\n{heading}\nVề chuyển đổi số\n\n1. Rà soát.\n"
    head, _ = _layout(text)
    assert (head.header.number, head.header.type, head.header.type_source) == (number, doc_type, "heading")


@pytest.mark.parametrize("mark", ["[Chữ ký]", "(Đã ký và đóng dấu)", "Ký bởi: Ủy ban nhân dân xã An Lạc\nNgày ký: 05.03.2026 10:15:22 +07:00"])
def test_signature_stand_ins_between_title_and_name(mark: str) -> None:
    head, _ = _layout(f"KẾ HOẠCH\n\n1. Rà soát.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{mark}\n\nNguyễn Văn An\n")
    s = head.header.signer
    assert s is not None and (s.name, s.title, s.authority) == ("Nguyễn Văn An", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")


def test_telegram_sender_above_its_dien_line() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 45/CĐ-TTg\n\nHà Nội, ngày 10 tháng 9 năm 2026\n\nCÔNG ĐIỆN\nVề việc ứng phó bão số 8\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nđiện:\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n- Các Bộ: Quốc phòng, Công an.\n\n"
        "1. Hoàn thành sơ tán trước 18 giờ ngày 11/9/2026.\n"
    )
    head, _ = _layout(text)
    assert head.header.subject == "ứng phó bão số 8"
    assert head.header.recipients == ["Chủ tịch Ủy ban nhân dân các tỉnh ven biển", "Các Bộ: Quốc phòng, Công an"]


def test_pandoc_superscript_footnote_mark() -> None:
    text = "1. Thực hiện Kết luận số 45-KL/TU^1^ của Ban Thường vụ Tỉnh ủy.\n\n^1^ Kết luận về chuyển đổi số.\n"
    doc = ndq57.parse(text)
    assert [(f.mark, f.body) for f in doc.footnotes] == [("1", "Kết luận về chuyển đổi số.")]
    assert doc.sections[0].heading is None and "^" not in doc.sections[0].text


@pytest.mark.parametrize(
    ("ref", "note"),
    [("<sup>[1]</sup>", "[1]"), ("[[1]](#_ftn1)", "[[1]](#_ftnref1)"), ("<sup>1</sup>", "[1]")],
)
def test_web_footnote_markup(ref: str, note: str) -> None:
    # a web page's footnote as converters write it: a bracketed superscript, a markdown link
    text = f"1. Thực hiện Kết luận số 45-KL/TU{ref} của Ban Thường vụ Tỉnh ủy.\n\n{note} Kết luận về chuyển đổi số.\n"
    doc = ndq57.parse(text)
    assert [(f.mark, f.body, f.refs) for f in doc.footnotes] == [("1", "Kết luận về chuyển đổi số.", [1])]
    assert doc.sections[0].text == "Thực hiện Kết luận số 45-KL/TU của Ban Thường vụ Tỉnh ủy."
    assert [c.number for c in doc.citations] == ["45-KL/TU"]


@pytest.mark.parametrize("between", ["", "\n(Đã ký)\n"])
def test_signer_titles_before_the_list_and_name_after_it(between: str) -> None:
    text = (
        "KẾ HOẠCH\n\n1. Rà soát.\n2. Báo cáo kết quả./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNơi nhận:\n- Bộ Tài chính;\n"
        f"- Lưu: VT.\n{between}Nguyễn Văn An\n"
    )
    head, body = _layout(text)
    s = head.header.signer
    assert s is not None and (s.name, s.title, s.authority) == ("Nguyễn Văn An", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")
    assert head.header.distribution == ["Bộ Tài chính", "Lưu: VT"]
    assert body.blocks[-1].text == "2. Báo cáo kết quả./."


def test_lettered_parts_under_a_roman_part_rank_below_it() -> None:
    _, body = _layout("I. KẾT QUẢ\n\nA. VỀ HẠ TẦNG\n\n1. Rà soát.\n\nB. VỀ DỮ LIỆU\n\nII. NHIỆM VỤ\n\n1. Báo cáo.\n")
    tree = build_sections(body.blocks)
    assert [s.label for s in tree.roots] == ["I", "II"]
    assert [c.label for c in tree.roots[0].children] == ["A", "B"]
    assert tree.roots[0].children[0].children[0].path == "I.A.1"


def test_subject_on_the_number_line() -> None:
    text = "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nSố: 4512/UBND-KT V/v triển khai nền tảng số\n\nAn Lạc, ngày 03 tháng 6 năm 2026\n\nKính gửi: Các thôn.\n\n1. Rà soát.\n"
    head, _ = _layout(text)
    assert (head.header.number, head.header.subject) == ("4512/UBND-KT", "triển khai nền tảng số")


def test_issuer_read_after_the_right_hand_column() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 4 năm 2026\n"
        "BỘ XÂY DỰNG\nSố: 812/BXD-KHCN\nV/v triển khai chuyển đổi số\n\nKính gửi: Các Sở Xây dựng.\n\n1. Rà soát.\n"
    )
    head, _ = _layout(text)
    h = head.header
    assert (h.issuer, h.number, h.title, h.subject) == ("BỘ XÂY DỰNG", "812/BXD-KHCN", None, "triển khai chuyển đổi số")


def test_footnote_body_continued_after_a_blank_line() -> None:
    # a text layer's page foot: the body cut mid-sentence, its next line after a blank, the page
    # number, then the next page; the text before the bodies ended its sentence
    text = (
        "1. Thực hiện Kết luận số 45-KL/TU của Ban Thường vụ1, các phòng rà soát.\n\n"
        "1 Kết luận về chuyển đổi số trong hệ thống chính trị của\n\ntỉnh năm 2026.\n\n2\n\n"
        "\f2. Báo cáo kết quả.\n"
    )
    doc = ndq57.parse(text)
    assert [(f.mark, f.body) for f in doc.footnotes] == [
        ("1", "Kết luận về chuyển đổi số trong hệ thống chính trị của\ntỉnh năm 2026.")
    ]
    assert "tỉnh năm 2026" not in doc.sections[0].text + (doc.sections[0].heading or "")


@pytest.mark.parametrize("authority", ["T/M. BAN THƯỜNG VỤ", "T.M BAN THƯỜNG VỤ", "T.L BAN THƯỜNG VỤ"])
def test_party_authority_typed_with_a_dot(authority: str) -> None:
    head, _ = _layout(f"THÔNG BÁO\n\n1. Rà soát.\n\nNơi nhận:\n- Lưu VP.\n\n{authority}\nPHÓ BÍ THƯ\n\nBùi Văn Tỉnh\n")
    s = head.header.signer
    assert s is not None and (s.name, s.title, s.authority) == ("Bùi Văn Tỉnh", "PHÓ BÍ THƯ", authority)


MINISTRY_HEADER = """BỘ {first}
{second}
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 411/KH-BKHCN

Hà Nội, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Rà soát thủ tục hành chính năm 2026

1. Vụ Pháp chế rà soát thủ tục, hoàn thành trước ngày 30/6/2026.

{signer}



Lê Văn An
"""


@pytest.mark.parametrize(
    ("first", "second", "issuer", "parent"),
    [
        # one name wrapped at "và" or a comma (a web export's narrow cell)
        ("KHOA HỌC VÀ", "CÔNG NGHỆ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", None),
        ("VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", None),
        # a unit under its ministry
        ("TÀI CHÍNH", "CỤC THUẾ", "CỤC THUẾ", "BỘ TÀI CHÍNH"),
    ],
)
def test_ministry_issuer_lines(first: str, second: str, issuer: str, parent: str | None) -> None:
    head, _ = _layout(MINISTRY_HEADER.format(first=first, second=second, signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"))
    assert (head.header.issuer, head.header.issuer_parent) == (issuer, parent)


def test_acting_head_signs_in_his_own_title() -> None:
    head, _ = _layout(MINISTRY_HEADER.format(first="NỘI VỤ", second="", signer="Q. BỘ TRƯỞNG"))
    s = head.header.signer
    assert s is not None and (s.name, s.title, s.authority) == ("Lê Văn An", "Q. BỘ TRƯỞNG", "Q. BỘ TRƯỞNG")
    head, _ = _layout(MINISTRY_HEADER.format(first="NỘI VỤ", second="", signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"))
    s = head.header.signer
    assert s is not None and (s.title, s.authority) == ("THỨ TRƯỞNG", "KT. BỘ TRƯỞNG")


def test_own_number_in_the_appendix_caption_with_a_blank_day() -> None:
    # the day left blank in the header: the caption naming the plan itself in that month is no
    # citation; the plan of the same number a year before is one
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 45/KH-UBND\nAn Hòa, ngày   tháng 3 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số\n\n"
        "I. NHIỆM VỤ\n1. Rà soát Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND xã, xong trước ngày 30/6/2026.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND xã)\n\n"
        "| STT | Nhiệm vụ | Thời hạn |\n| 1 | Rà soát | 30/9/2026 |\n"
    )
    doc = ndq57.parse(text)
    assert [(c.number, c.date) for c in doc.citations] == [("45/KH-UBND", "2025-03-10")]


def test_text_layer_mark_glued_to_a_state_symbol() -> None:
    # a PDF text layer's plain digit glued to a State symbol ("…/KH-UBND2") with its note at the
    # page foot: the mark and the note are read, the symbol keeps its own issuer
    text = (
        "1. Triển khai Kế hoạch số 120/KH-UBND2 ngày 15/01/2026 của Ủy ban nhân dân tỉnh, báo cáo trước ngày\n\n"
        "2 Kế hoạch về cải cách hành chính năm 2026.\n\n"
        "30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [(f.mark, f.body, f.refs) for f in doc.footnotes] == [("2", "Kế hoạch về cải cách hành chính năm 2026.", [1])]
    assert [(c.number, c.date) for c in doc.citations] == [("120/KH-UBND", "2026-01-15")]
    assert [d.due for d in doc.deadlines] == ["2026-06-30"]


def test_symbol_cut_before_its_last_part() -> None:
    # the last part of a symbol alone on the next line ("12/KH-" / "CAT ngày"), not a label's
    # dash before a heading in capitals
    _, body = _layout("1. Thực hiện Kế hoạch số 12/KH-\nCAT ngày 01/02/2026 của Công an tỉnh.\n\nPhần I-\nNHIỆM VỤ CHUNG\n")
    assert [b.text for b in body.blocks] == [
        "1. Thực hiện Kế hoạch số 12/KH-CAT ngày 01/02/2026 của Công an tỉnh.",
        "Phần I- NHIỆM VỤ CHUNG",
    ]


def test_span_cut_after_its_hyphen() -> None:
    _, body = _layout("1. Sở Tài chính bố trí kinh phí giai đoạn 2026-\n2030 theo Nghị quyết số 18-\nNQ/TU.\n")
    assert body.blocks[0].text == "1. Sở Tài chính bố trí kinh phí giai đoạn 2026-2030 theo Nghị quyết số 18-NQ/TU."


@pytest.mark.parametrize("gap", ["\n", "\n\n5\n\n"])
def test_date_cut_after_its_slash(gap: str) -> None:
    # a hard wrap or a page break (with its page number) after a date's slash: one date again
    text = f"1. Văn phòng báo cáo kết quả thực hiện Kế hoạch số 12/KH-CAT ngày 01/02/{gap}2026 trước ngày 30/{gap}6/2026.\n"
    doc = ndq57.parse(text)
    assert doc.sections[0].text == "Văn phòng báo cáo kết quả thực hiện Kế hoạch số 12/KH-CAT ngày 01/02/2026 trước ngày 30/6/2026."
    assert [(c.number, c.date) for c in doc.citations] == [("12/KH-CAT", "2026-02-01")]
    assert [d.due for d in doc.deadlines] == ["2026-06-30"]


def test_typed_note_marks_in_parentheses() -> None:
    # notes typed by hand: "(1)" glued to the word it explains, its note at the end opening with "(1)"
    text = (
        "1. Các chi bộ quán triệt Kết luận số 123-KL/TW(1), báo cáo trước ngày 15/3/2026.\n"
        "2. Đảng ủy các xã tổng kết nhiệm kỳ.(2)\n\n"
        "(1) Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương.\n"
        "(2) Theo Hướng dẫn số 05-HD/BTCTU.\n"
    )
    doc = ndq57.parse(text)
    assert [(f.mark, f.refs) for f in doc.footnotes] == [("(1)", [1]), ("(2)", [2])]
    assert [s.label for s in doc.sections] == ["1", "2"]
    assert doc.sections[0].text == "Các chi bộ quán triệt Kết luận số 123-KL/TW, báo cáo trước ngày 15/3/2026."
    assert ("123-KL/TW", "2025-01-24") in [(c.number, c.date) for c in doc.citations]
    # an inline enumeration glued after a colon is no note: the items "(1)", "(2)" stay items
    items = "1. Nhiệm vụ gồm:(1) rà soát;(2) báo cáo.\n\n(1) Rà soát hồ sơ.\n(2) Báo cáo kết quả.\n"
    assert ndq57.parse(items).footnotes == []


def test_short_name_of_a_document_cited_with_its_symbol_is_no_second_citation() -> None:
    text = (
        "1. Quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Kết luận số 150 của Ban Bí thư.\n"
        "2. Sau khi tổng kết Chỉ thị số 45, các chi bộ báo cáo trước ngày 30/6/2026.\n"
    )
    doc = ndq57.parse(text)
    assert [(c.number, c.date) for c in doc.citations] == [("45-CT/TW", "2025-04-14"), ("150", None)]
