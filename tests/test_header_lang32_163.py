"""Round 32, helper 163: header meta and structure, second pass; HTML pages.

A Party body's own organ named alone under it ("ĐẢNG BỘ TỈNH X" / "BAN CHẤP HÀNH"), an acting head's
"Q. GIÁM ĐỐC", articles typed "Điều 3 Hiệu lực thi hành" (no sign, heading in small letters),
"Mục 1:" inside a roman part, a news page's posting line with its other items, and HTML pages of
own wording (tests/fixtures/README.md)."""

from __future__ import annotations

import pytest

import ndq57
from conftest import FIXTURES
from ndq57.parse.header import _posting_line
from ndq57.parse.sections import _titled_article
from ndq57.pipeline import parse_bytes


def _fixture(name: str) -> ndq57.Document:
    return ndq57.parse((FIXTURES / name).read_text(encoding="utf-8"), source=name)


def _paths(nodes: list, out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    for s in nodes:
        out.append(s.path)
        _paths(s.children, out)
    return out


# ------------------------------------------------------------------ a body's organ as issuer

_PARTY_REST = (
    "\nSố 12-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Trị, ngày 14 tháng 11 năm 2026\n\n"
    "CHƯƠNG TRÌNH\nhành động năm 2027\n\n1. Các cấp ủy quán triệt trước ngày 31/3/2027.\n"
)


def test_executive_committee_under_its_party_body_fixture() -> None:
    h = _fixture("party_ctr_bch_issuer_lang32.txt").document
    assert (h.issuer, h.issuer_parent, h.number) == ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÒA SƠN", None, "31-CTr/TU")


@pytest.mark.parametrize(
    ("block", "issuer", "parent"),
    [
        ("ĐẢNG BỘ TỈNH QUẢNG TRỊ\nBAN CHẤP HÀNH\n*", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUẢNG TRỊ", None),
        # the body's name wrapped over two lines
        ("ĐẢNG BỘ TỈNH\nQUẢNG TRỊ\nBAN CHẤP HÀNH\n*", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUẢNG TRỊ", None),
        ("**ĐẢNG BỘ XÃ PHÚ AN**\n**BAN CHẤP HÀNH**\n*", "BAN CHẤP HÀNH ĐẢNG BỘ XÃ PHÚ AN", None),
        # three levels: the organ of the lowest body, the one above its parent
        (
            "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY XÃ HẢI LĂNG\nBAN CHẤP HÀNH\n*",
            "BAN CHẤP HÀNH ĐẢNG ỦY XÃ HẢI LĂNG",
            "ĐẢNG BỘ TỈNH QUẢNG TRỊ",
        ),
        # a department under its committee stays a unit under a parent
        ("TỈNH ỦY QUẢNG TRỊ\nBAN TỔ CHỨC\n*", "BAN TỔ CHỨC", "TỈNH ỦY QUẢNG TRỊ"),
    ],
)
def test_executive_committee_under_its_party_body(block: str, issuer: str, parent: str | None) -> None:
    h = ndq57.parse(block + _PARTY_REST).document
    assert (h.issuer, h.issuer_parent) == (issuer, parent)


# ------------------------------------------------------------------ an acting head


def test_acting_head_fixture() -> None:
    s = _fixture("so_kh_muc_acting_lang32.txt").document.signer
    assert s is not None and (s.authority, s.title, s.name) == ("Q. GIÁM ĐỐC", "Q. GIÁM ĐỐC", "Hà Thị Thu Trang")


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/KH-UBND\nGia Lai, ngày 5 tháng 12 năm 2026\n\nKẾ HOẠCH\nKiểm tra công tác năm 2026\n\n"
    "I. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.\n\nNơi nhận:\n- Lưu: VT.\n{sign}\n\nLê Văn Bình\n"
)


@pytest.mark.parametrize(
    ("sign", "authority", "title"),
    [
        ("Q. CHỦ TỊCH", "Q. CHỦ TỊCH", "Q. CHỦ TỊCH"),
        # under another's authority the acting head's title is his title only
        ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ],
)
def test_acting_head_authority(sign: str, authority: str, title: str) -> None:
    s = ndq57.parse(_PLAN.format(sign=sign)).document.signer
    assert s is not None and (s.authority, s.title, s.name) == (authority, title, "Lê Văn Bình")


# ------------------------------------------------------------------ articles with a heading in small letters


def test_titled_articles_fixture() -> None:
    doc = _fixture("ubnd_qd_articles_titled_lang32.txt")
    assert [(s.label, s.heading) for s in doc.sections] == [
        ("Điều 1", "Thành lập Tổ công tác"),
        ("Điều 2", "Nhiệm vụ của Tổ công tác"),
        ("Điều 3", "Hiệu lực thi hành"),
    ]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-01-31", "Điều 2"), ("2027-06-30", "Điều 2")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Điều 3 Hiệu lực thi hành", "Điều 3"),
        ("ĐIỀU 12 Điều khoản chuyển tiếp", "Điều 12"),
        ("**Điều 2 Tổ chức thực hiện**", None),  # (bold marks are the layout's: the block text holds none)
        ("Điều 3 Nghị định này quy định", None),
        ("Điều 5 Luật Đất đai", None),
        ("Điều 2 Sở Nội vụ báo cáo trước ngày 5/3/2027.", None),
        ("Điều 4 Các sở, ban, ngành tổ chức thực hiện.", None),
        ("Điều 3 Hiệu lực", "Điều 3"),
    ],
)
def test_titled_article(text: str, label: str | None) -> None:
    num = _titled_article(text)
    assert (num.label if num is not None else None) == label


def test_article_reference_wrapped_on_its_line_is_no_article() -> None:
    # a reference that a wrap put at a line's start, inside a paragraph of several lines
    text = _PLAN.replace(
        "1. Sở Tài chính tổng hợp kết quả.",
        "1. Sở Tài chính tổng hợp kết quả theo quy định tại\nĐiều 3 Quy chế phối hợp của tỉnh, báo cáo trước ngày 5/3/2027.",
    ).format(sign="CHỦ TỊCH")
    doc = ndq57.parse(text)
    assert "Điều 3" not in _paths(doc.sections)


# ------------------------------------------------------------------ Mục inside a roman part


def test_muc_inside_a_roman_part() -> None:
    doc = _fixture("so_kh_muc_acting_lang32.txt")
    assert [s.path for s in doc.sections] == ["I", "II", "III"]
    assert _paths(doc.sections[1].children) == [
        "II.Mục 1",
        "II.Mục 1.1",
        "II.Mục 1.2",
        "II.Mục 2",
        "II.Mục 2.1",
        "II.Mục 2.2",
    ]
    assert [d.section for d in doc.deadlines][-1] == "III"


def test_muc_over_roman_parts_keeps_its_rank() -> None:
    # a Mục met before any roman part stays above them
    text = _PLAN.replace(
        "I. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.",
        "Mục 1. NHIỆM VỤ CHUNG\nI. Công tác kiểm tra\n1. Sở Tài chính tổng hợp kết quả trước ngày 5/3/2027.",
    ).format(sign="CHỦ TỊCH")
    doc = ndq57.parse(text)
    assert _paths(doc.sections)[:3] == ["Mục 1", "Mục 1.I", "Mục 1.I.1"]


# ------------------------------------------------------------------ a news page's posting line


def test_news_posting_items_fixture() -> None:
    h = _fixture("news_tb_posting_items_lang32.txt").document
    assert (h.number, h.type, h.date, h.issuer) == ("64-TB/ĐU", "Thông báo", "2026-12-02", "Ban Thường vụ Đảng ủy xã")


@pytest.mark.parametrize(
    ("line", "posting"),
    [
        ("Thứ năm, 03/12/2026 14:20 | Lượt xem: 2.318", True),
        ("Thứ năm, 03/12/2026 14:20 Lượt xem: 2.318", True),
        ("Tác giả: Minh An | 10/05/2027 08:30", True),
        ("03/12/2026 09:15 · Lượt xem 1245 · Chia sẻ", True),
        ("Chia sẻ | In bài | Gửi email", True),
        ("Lượt xem: 1.245", True),
        ("Nguồn tin của Sở Tài chính trước ngày 5/1/2027", False),
        ("Chia sẻ kinh nghiệm tổ chức hội nghị", False),
        ("Sở Tài chính báo cáo trước ngày 03/12/2026", False),
    ],
)
def test_posting_line(line: str, posting: bool) -> None:
    assert _posting_line(line) is posting


# ------------------------------------------------------------------ HTML pages


def _page(name: str) -> dict:
    path = FIXTURES / "html" / name
    return parse_bytes(path.read_bytes(), source=name).to_dict()


def test_portal_news_with_full_text() -> None:
    doc = _page("portal_tb_ket_luan_full_lang32.html")
    h = doc["document"]
    assert (h["issuer"], h["number"], h["type"], h["date"]) == (
        "Ban Thường vụ Tỉnh ủy",
        "118-TB/TU",
        "Thông báo",
        "2026-12-01",
    )
    assert [(d["due"], d["section"]) for d in doc["deadlines"]] == [
        ("2027-03-31", "2.1"),
        ("2027-06-30", "2.2"),
        ("2027-06-15", "2.3"),
    ]
    assert "html_main_content" in [w["code"] for w in doc["warnings"]]


def test_library_page_with_attributes() -> None:
    doc = _page("library_kh_attributes_lang32.html")
    h = doc["document"]
    assert (h["issuer"], h["number"], h["date"], h["signer"]["name"]) == (
        "ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI",
        "214/KH-UBND",
        "2026-11-18",
        "Phan Thị Ngọc Lan",
    )
    assert [d["section"] for d in doc["deadlines"]] == ["II.Mục 1.1", "II.Mục 1.2", "II.Mục 2.1", "II.Mục 2.2", "III"]


def test_word_web_page_decision() -> None:
    doc = _page("word_saveas_qd_articles_lang32.html")
    h = doc["document"]
    assert (h["issuer"], h["number"], h["signer"]["authority"]) == ("SỞ CÔNG THƯƠNG", "77/QĐ-SCT", "Q. GIÁM ĐỐC")
    assert [s["path"] for s in doc["sections"]] == ["Điều 1", "Điều 2", "Điều 3"]
