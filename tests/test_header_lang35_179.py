"""Headers and sign-offs of offices the tool had not seen (round 35): a joint document's every
number and signer, type headings that go on a type's name, a library's type and signer attributes,
and a subject that ends at the body after a blank line."""

from __future__ import annotations

import pytest

import ndq57
from conftest import CASES, load_yaml
from ndq57.model import Signer


def _person(s: Signer | None) -> dict | None:
    return None if s is None else {"authority": s.authority, "title": s.title, "name": s.name}


def _documents() -> list[object]:
    data = load_yaml(CASES / "header_offices_lang35.yaml")
    return [pytest.param(c, id=c["note"][:50]) for c in data["documents"]]


@pytest.mark.parametrize("case", _documents())
def test_office_headers(case: dict) -> None:
    h = ndq57.parse(case["input"]).document
    got = {k: getattr(h, k) for k in case["expected"] if k not in ("signer", "signers")}
    got["signer"] = _person(h.signer)
    if "signers" in case["expected"]:
        got["signers"] = [_person(s) for s in h.signers or []]
    assert got == case["expected"]
    if "signers" not in case["expected"]:
        assert h.signers is None  # (one signer: the record has no list of them)


_JOINT = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHưng Yên, ngày 04 tháng 5 năm 2027\n\n"
    "KẾ HOẠCH LIÊN TỊCH\nKiểm tra việc sử dụng biên chế năm 2027\n\n"
    "1. Các xã, phường báo cáo trước ngày 30/6/2027.\n\n"
)


@pytest.mark.parametrize(
    "top",
    [
        # each issuer's block over its number, one after the other
        "SỞ NỘI VỤ TỈNH HƯNG YÊN\nSố: 31/KHLT-SNV\nSỞ TÀI CHÍNH\nTỈNH HƯNG YÊN\nSố: 58/KHLT-STC\n",
        # ... side by side, set apart by a tab
        "SỞ NỘI VỤ TỈNH HƯNG YÊN\tSỞ TÀI CHÍNH TỈNH HƯNG YÊN\nSố: 31/KHLT-SNV\tSố: 58/KHLT-STC\n",
        # ... joined by one blank (an OCR copy)
        "SỞ NỘI VỤ TỈNH HƯNG YÊN SỞ TÀI CHÍNH TỈNH HƯNG YÊN\nSố: 31/KHLT-SNV Số: 58/KHLT-STC\n",
    ],
)
def test_each_block_numbers_the_joint_document(top: str) -> None:
    h = ndq57.parse(top + _JOINT).document
    assert h.issuers == ["SỞ NỘI VỤ TỈNH HƯNG YÊN", "SỞ TÀI CHÍNH TỈNH HƯNG YÊN"]
    assert (h.number, h.numbers) == ("31/KHLT-SNV", ["31/KHLT-SNV", "58/KHLT-STC"])


@pytest.mark.parametrize(
    "signoff",
    [
        # the two columns side by side, set apart by a tab
        "KT. GIÁM ĐỐC SỞ TÀI CHÍNH\tKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\n\nĐào Thị Hạnh\tVũ Quang Huy\n",
        # ... joined by one blank (a text copy)
        "KT. GIÁM ĐỐC SỞ TÀI CHÍNH KT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC\n\nĐào Thị Hạnh Vũ Quang Huy\n",
        # ... one after the other (a text layer read column by column)
        "KT. GIÁM ĐỐC SỞ TÀI CHÍNH\nPHÓ GIÁM ĐỐC\n\nĐào Thị Hạnh\n\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\n\nVũ Quang Huy\n",
    ],
)
def test_both_signers_of_a_joint_plan(signoff: str) -> None:
    text = "SỞ NỘI VỤ TỈNH HƯNG YÊN - SỞ TÀI CHÍNH TỈNH HƯNG YÊN\nSố: 31/KHLT-SNV-STC\n" + _JOINT
    h = ndq57.parse(text + signoff).document
    # the one who signs for the issuer named first; both, left column first
    assert _person(h.signer) == {"authority": "KT. GIÁM ĐỐC SỞ NỘI VỤ", "title": "PHÓ GIÁM ĐỐC", "name": "Vũ Quang Huy"}
    assert [s.name for s in h.signers or []] == ["Đào Thị Hạnh", "Vũ Quang Huy"]
    assert [s.authority for s in h.signers or []] == ["KT. GIÁM ĐỐC SỞ TÀI CHÍNH", "KT. GIÁM ĐỐC SỞ NỘI VỤ"]


def test_two_numbers_on_one_line_under_one_issuer_are_not_split() -> None:
    # one unit over the line: no second issuer to give the second number to
    h = ndq57.parse("SỞ NỘI VỤ TỈNH HƯNG YÊN\nSố: 31/KHLT-SNV Số: 58/KHLT-STC\n" + _JOINT).document
    assert h.numbers is None and len(h.issuers) == 1


def test_one_issuer_keeps_the_record_as_it_was() -> None:
    doc = ndq57.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 318/KH-UBND\nGia Lai, ngày 14 tháng 7 năm 2026\n\nKẾ HOẠCH\n"
        "Kiểm tra công tác năm 2026\n\n1. Sở Nội vụ báo cáo trước ngày 30/9/2026.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Nguyễn Tuấn Anh\n"
    )
    record = doc.to_dict()["document"]
    assert "numbers" not in record and "signers" not in record


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"),
        ("NGHỊ QUYẾT LIÊN TỊCH", "Nghị quyết liên tịch"),
        ("KẾ HOẠCH PHỐI HỢP", "Kế hoạch"),
        ("KẾ HOẠCH LIÊN NGÀNH", "Kế hoạch"),
        ("HƯỚNG DẪN LIÊN TỊCH", "Hướng dẫn"),
        ("CHƯƠNG TRÌNH LIÊN TỊCH", "Chương trình"),
    ],
)
def test_type_heading_that_goes_on_a_name(heading: str, kind: str) -> None:
    h = ndq57.parse(
        "BỘ Y TẾ - BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 09/2026/XX-BYT-BGDĐT\nHà Nội, ngày 02 tháng 4 năm 2026\n\n"
        f"{heading}\nHướng dẫn công tác y tế trường học\n\nĐiều 1. Phạm vi điều chỉnh.\n"
    ).document
    assert (h.type, h.title) == (kind, "Hướng dẫn công tác y tế trường học")


@pytest.mark.parametrize(
    ("label", "kind"),
    [("Công văn", "Công văn"), ("Kế hoạch", "Kế hoạch"), ("Thông tư liên tịch", "Thông tư liên tịch"), ("Văn bản khác", None)],
)
def test_library_type_attribute(label: str, kind: str | None) -> None:
    h = ndq57.parse(
        f"Số hiệu: 17/UBND\nLoại văn bản: {label}\nNơi ban hành: Ủy ban nhân dân xã Hòa An\n"
        "Ngày ban hành: 05/01/2027\n\nCác thôn báo cáo trước ngày 20/01/2027.\n"
    ).document
    assert (h.type, h.type_source) == (kind, "attribute" if kind else None)


def test_library_signer_attribute_yields_to_the_sign_off() -> None:
    text = (
        "Số hiệu: 17/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Trần Văn Lâm\nNgày ban hành: 05/01/2027\n\n"
        "Các thôn báo cáo trước ngày 20/01/2027.\n\n"
    )
    assert _person(ndq57.parse(text).document.signer) == {"authority": None, "title": None, "name": "Trần Văn Lâm"}
    signed = ndq57.parse(text + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Lâm\n").document.signer
    assert _person(signed) == {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Trần Văn Lâm"}


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        # the body after a blank line: a sentence with its stop, or longer than a header's cell
        ("Các sở báo cáo trước ngày 15/3/2027.", "kiểm kê tài sản công"),
        ("Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát và báo cáo trước ngày 15/3/2027", "kiểm kê tài sản công"),
        # the subject's own next line after a blank line (a wrap in small letters) goes on it
        ("năm 2026", "kiểm kê tài sản công năm 2026"),
    ],
)
def test_subject_ends_at_the_body(after: str, subject: str) -> None:
    h = ndq57.parse(
        f"Số hiệu: 21/UBND-KT\nNơi ban hành: Ủy ban nhân dân tỉnh Sơn La\n\nV/v kiểm kê tài sản công\n\n{after}\n"
    ).document
    assert h.subject == subject


@pytest.mark.parametrize(
    ("line", "recipients"),
    [
        # addressees typed on the Kính gửi line, set apart by semicolons
        (
            "Kính gửi: Sở Tài chính; Sở Xây dựng; Ủy ban nhân dân các xã, phường, đặc khu.",
            ["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường, đặc khu"],
        ),
        ("Kính gửi: - Các sở, ban, ngành; Công an tỉnh;\n- Đảng ủy các xã.", ["Các sở, ban, ngành", "Công an tỉnh", "Đảng ủy các xã"]),
        # an office whose colon shares out the units after it stays whole
        (
            "Kính gửi: Giám đốc các Sở: Tài chính; Xây dựng; Nội vụ.",
            ["Giám đốc các Sở: Tài chính; Xây dựng; Nội vụ"],
        ),
    ],
)
def test_addressees_on_one_line(line: str, recipients: list[str]) -> None:
    h = ndq57.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 640/UBND-TH\nV/v báo cáo kết quả thực hiện\n"
        "Quảng Ninh, ngày 12 tháng 3 năm 2026\n\n" + line + "\n\nCác đơn vị báo cáo trước ngày 25/3/2026.\n"
    ).document
    assert h.recipients == recipients
