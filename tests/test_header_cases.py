"""Phrase cases for the header's date line, the sign-off and the header (tests/cases/header.yaml)."""

from __future__ import annotations

import pytest

import ndq57
from conftest import CASES, load_yaml

_TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/KH-UBND\n"
)
_BODY = "\nKẾ HOẠCH\nKiểm tra công tác năm 2026\n\nI. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.\n\n"
_NOI_NHAN = "Nơi nhận:\n- Lưu: VT.\n"


def _cases(group: str) -> list[object]:
    data = load_yaml(CASES / "header.yaml")
    return [pytest.param(c, id=f"{group}:{c['input'][:40]}") for c in data[group]]


@pytest.mark.parametrize("case", _cases("place_date"))
def test_place_date(case: dict) -> None:
    h = ndq57.parse(_TOP + case["input"] + "\n" + _BODY).document
    assert {"place": h.place, "date": h.date} == case["expected"]


@pytest.mark.parametrize("case", _cases("signoff"))
def test_signoff(case: dict) -> None:
    text = _TOP + "Gia Lai, ngày 5 tháng 12 năm 2026\n" + _BODY + _NOI_NHAN + case["input"] + "\n"
    s = ndq57.parse(text).document.signer
    got = None if s is None or s.name is None else {"authority": s.authority, "title": s.title, "name": s.name}
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases("header"))
def test_header(case: dict) -> None:
    h = ndq57.parse(case["input"] + "\n\nI. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả.\n").document
    assert {k: getattr(h, k) for k in case["expected"]} == case["expected"]


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 1980/QĐ-UBND\nCà Mau, ngày 3 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2027\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2027.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "{signoff}"
    "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nI. MỤC TIÊU\nNâng cao chỉ số cải cách hành chính.\n\n"
    "II. NHIỆM VỤ\n1. Sở Nội vụ xây dựng bộ chỉ số, trình trước ngày 31/3/2027.\n"
)


@pytest.mark.parametrize("signoff", ["Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\n\nLý Văn Hùng\n\n", ""])
def test_plan_issued_without_a_note_under_its_title(signoff: str) -> None:
    # the decision's title names the plan: the plan printed after it is the attached document,
    # with or without the sign-off between them
    doc = ndq57.parse(_DECISION.replace("{signoff}", signoff))
    assert [s.label for s in doc.sections] == ["Điều 1", "Điều 2", "Điều 3", "Kế hoạch"]
    assert [(d.due, d.section) for d in doc.deadlines] == [("2027-03-31", "Kế hoạch.II.1")]


def test_chapter_heading_named_in_the_title_is_no_attached_document() -> None:
    # a resolution whose title opens with "Quy định" and whose first chapter is "QUY ĐỊNH CHUNG":
    # the chapter, not a document issued with it
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 45/2026/NQ-HĐND\nAn Giang, ngày 10 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
        "Quy định mức hỗ trợ người làm công tác ở thôn, tổ dân phố\n\nQUYẾT NGHỊ:\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức hỗ trợ.\n\n"
        "Chương II\nTỔ CHỨC THỰC HIỆN\n\nĐiều 2. Tổ chức thực hiện\n"
        "Giao Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện trước ngày 30/6/2027.\n\n"
        "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nPhạm Văn Bình\n"
    )
    doc = ndq57.parse(text)
    assert [s.label for s in doc.sections] == ["Chương I", "Chương II"]
    assert doc.document.signer is not None and doc.document.signer.name == "Phạm Văn Bình"


def test_joint_signoff_side_by_side_over_the_signature_space() -> None:
    # two signers side by side in a layout export, their names under three blank lines: the
    # columns kept down to the names (the record keeps the right-hand signer, as for PDF files)
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI           Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KHLT-UBND-MTTQ                        Lào Cai, ngày 4 tháng 12 năm 2026\n\n"
        "KẾ HOẠCH LIÊN TỊCH\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027\n\n"
        "I. NỘI DUNG\n1. Ủy ban nhân dân các xã bố trí kinh phí, hoàn thành trước ngày 15/10/2027.\n\n"
        "TM. BAN THƯỜNG TRỰC                                TM. ỦY BAN NHÂN DÂN\n"
        "ỦY BAN MTTQ VIỆT NAM TỈNH                          KT. CHỦ TỊCH\n"
        "CHỦ TỊCH                                           PHÓ CHỦ TỊCH\n\n\n\n"
        "Giàng Seo Phử                                      Hoàng Thị Mai\n"
    )
    s = ndq57.parse(text).document.signer
    assert s is not None
    assert (s.authority, s.title, s.name) == ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Mai")


@pytest.mark.parametrize("case", _cases("document"))
def test_document(case: dict) -> None:
    # a whole short document: the header's fields named, and the signer as authority, title, name
    h = ndq57.parse(case["input"]).document
    s = h.signer
    got = {k: getattr(h, k) for k in case["expected"] if k != "signer"}
    if "signer" in case["expected"]:
        got["signer"] = None if s is None else {"authority": s.authority, "title": s.title, "name": s.name}
    assert got == case["expected"]
