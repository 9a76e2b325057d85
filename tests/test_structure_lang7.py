"""The section tree, round 23: a list numbered anew with another closing sign ("1-", "1)") right
under an item of the document's list that leads it with a colon ("3. Các sở, ngành:") is the
item's own list: its deadlines get the paths "3.1", "3.2" as the labels print them. Parts numbered
anew under each "Phần thứ ..." / "PHỤ LỤC" are no sequence for the OCR label repair ("I." under
"Phần thứ hai" after "I." under "Phần thứ nhất" stays "I")."""

from __future__ import annotations

import pytest

import ndq57

_TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 90/KH-UBND\n\nKon Tum, ngày 10 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nII. TỔ CHỨC THỰC HIỆN\n"
)


def _paths(body: str) -> dict[str, str]:
    doc = ndq57.parse(_TOP + body)
    return {d.due: d.section for d in doc.deadlines}


@pytest.mark.parametrize("sign", ["-", ")", "–", " -"])
def test_list_with_other_sign_under_led_item(sign: str) -> None:
    body = (
        "1. Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2. Văn phòng UBND tỉnh kiểm soát thủ tục.\n"
        "3. Các sở, ngành:\n"
        f"1{sign} Rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2027.\n"
        f"2{sign} Số hóa hồ sơ, hoàn thành trước ngày 30/9/2027.\n"
        "4. UBND các xã báo cáo trước ngày 05/12/2027.\n"
    )
    assert _paths(body) == {
        "2027-12-15": "II.1",
        "2027-06-30": "II.3.1",
        "2027-09-30": "II.3.2",
        "2027-12-05": "II.4",
    }


def test_sub_list_holds_its_letters() -> None:
    body = (
        "1. Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2. Các sở, ngành:\n"
        "1- Rà soát thủ tục:\na) Hoàn thành bước một trước ngày 30/6/2027.\nb) Hoàn thành bước hai trước ngày 30/7/2027.\n"
        "2- Số hóa hồ sơ trước ngày 30/9/2027.\n"
    )
    assert _paths(body) == {
        "2027-12-15": "II.1",
        "2027-06-30": "II.2.1.a",
        "2027-07-30": "II.2.1.b",
        "2027-09-30": "II.2.2",
    }


@pytest.mark.parametrize(
    "body",
    [
        # the same sign as the item's: a list that goes on (a restart is the document's own business)
        "1. Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2. Các sở:\n1. Rà soát trước ngày 30/6/2027.\n",
        # no colon leads the list: items of one list written two ways
        "1. Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2. Các sở rà soát.\n1- Rà soát trước ngày 30/6/2027.\n",
        # Party style throughout: "1-" items, no sub-list
        "1- Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2- Các sở:\n3- Rà soát trước ngày 30/6/2027.\n",
    ],
    ids=["same_sign", "no_colon", "party_style"],
)
def test_no_sub_list(body: str) -> None:
    assert all(path.count(".") == 1 for path in _paths(body).values())


_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 70/BC-UBND\n\nKon Tum, ngày 12 tháng 4 năm 2027\n\n"
    "BÁO CÁO\nTình hình quý I và nhiệm vụ quý II năm 2027\n\n"
    "{one}\nTÌNH HÌNH QUÝ I\n\nI. KINH TẾ\nTăng trưởng đạt 7%.\n\n"
    "{two}\nNHIỆM VỤ QUÝ II\n\nI. NHIỆM VỤ CHUNG\n1. Sở Tài chính báo cáo trước ngày 30/6/2027.\n"
)


@pytest.mark.parametrize(
    ("one", "two", "path"),
    [
        ("Phần thứ nhất", "Phần thứ hai", "Phần thứ hai.I.1"),
        ("PHẦN I", "PHẦN II", "Phần II.I.1"),
        ("Chương I", "Chương II", "Chương II.I.1"),
    ],
)
def test_parts_numbered_anew_keep_their_labels(one: str, two: str, path: str) -> None:
    doc = ndq57.parse(_REPORT.format(one=one, two=two))
    assert [d.section for d in doc.deadlines] == [path]
    assert not [f for f in doc.fixes if f.rule == "ocr_section_label"]


def test_en_dash_label_leaves_task_text() -> None:
    body = "1. Sở Nội vụ báo cáo trước ngày 15/12/2027.\n2. Các sở, ngành:\n1– Rà soát thủ tục trước ngày 30/6/2027.\n"
    doc = ndq57.parse(_TOP + body)
    assert [d.task for d in doc.deadlines][1] == "Rà soát thủ tục trước ngày 30/6/2027"


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 50/KH-UBND\n\nKon Tum, ngày 10 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nI. NHIỆM VỤ\nCác sở thực hiện nhiệm vụ tại Phụ lục kèm theo.\n\n"
    "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nA Pớt\n\nPHỤ LỤC I\nPHÂN CÔNG NHIỆM VỤ\n\n"
)


@pytest.mark.parametrize("head", ["Phụ lục I.2. Nhiệm vụ của UBND cấp xã", "Phụ lục I.2: Nhiệm vụ của UBND cấp xã"])
def test_appendix_part_typed_under_an_item(head: str) -> None:
    # the part of the appendix right under the last item of the part before it, no blank between
    text = (
        _PLAN + "Phụ lục I.1. Nhiệm vụ của các sở\n1. Sở Nội vụ rà soát thủ tục trước ngày 30/4/2027.\n"
        f"{head}\n1. UBND các xã kiểm tra trước ngày 31/5/2027.\n"
    )
    doc = ndq57.parse(text)
    assert [d.section for d in doc.deadlines] == ["Phụ lục I.1.1", "Phụ lục I.2.1"]


def test_appendix_named_in_a_wrapped_sentence_stays_text() -> None:
    text = _PLAN + "1. Sở Nội vụ rà soát thủ tục theo mẫu tại\nPhụ lục II kèm theo, hoàn thành trước ngày 30/4/2027.\n"
    doc = ndq57.parse(text)
    assert [d.section for d in doc.deadlines] == ["Phụ lục I.1"]
