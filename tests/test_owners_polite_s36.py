"""A letter's request to its addressees named by the polite "Quý" ("Sở Tài chính kính đề nghị Quý
cơ quan, đơn vị góp ý …"), after a sentence whose subject is the issuer: the addressees of Kính gửi
own the work, not the issuer who asks; "quý" of a quarter is no address."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES

_HEAD = (
    "UBND TỈNH ĐIỆN BIÊN\nSỞ TÀI CHÍNH\nSố: 12/STC-QLNS\nV/v góp ý dự thảo\nĐiện Biên, ngày 14 tháng 4 năm 2027\n\n"
    "Kính gửi:\n- Sở Nội vụ;\n- UBND các xã, phường.\n\n"
)


def _owners(body: str) -> list[list[tuple[str, str]]]:
    return [[(a.unit, a.rule) for a in d.assignees] for d in ndq57.parse(_HEAD + body).deadlines]


def test_fixture() -> None:
    doc = ndq57.parse((FIXTURES / "so_cv_polite_request_s36.txt").read_text(encoding="utf-8"))
    assert [(d.due, [a.unit for a in d.assignees]) for d in doc.deadlines] == [
        ("2027-04-25", ["Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"])
    ]


def test_polite_request_after_the_issuers_sentence() -> None:
    body = (
        "Sở Tài chính nhận được dự thảo Quyết định (kèm theo). Sở Tài chính đề nghị Quý cơ quan góp ý, "
        "gửi về Sở Tài chính trước ngày 25/4/2027.\n"
    )
    assert _owners(body) == [[("Sở Nội vụ", "addressee:polite"), ("UBND các xã, phường", "addressee:polite")]]


def test_a_quarter_is_no_address() -> None:
    body = (
        "Sở Tài chính nhận được dự thảo Quyết định (kèm theo). Sở Tài chính đề nghị quý III/2027 hoàn thành "
        "việc phân bổ, báo cáo trước ngày 30/9/2027.\n"
    )
    assert all(rule != "addressee:polite" for owners in _owners(body) for _, rule in owners)


def test_a_departments_name_ends_before_its_verb() -> None:
    # "cân đối", "quyết toán", "phổ biến", "niêm yết", "lấy ý kiến" are the work, not the name's end
    for verb in ("cân đối nguồn vốn", "quyết toán kinh phí", "phổ biến Luật", "niêm yết công khai", "lấy ý kiến"):
        body = f"1. Phòng Tài chính - Kế hoạch {verb}, báo cáo trước ngày 30/5/2027.\n"
        got = [[a.unit for a in d.assignees] for d in ndq57.parse(_HEAD + body).deadlines]
        assert got == [["Phòng Tài chính - Kế hoạch"]], verb
