"""Round 41, helper 67: owners of a commune's plans after the 2025 reform (units.yaml cases hold the
phrases; here the members of a list of places and a whole document's owners)."""

from __future__ import annotations

import ndq57
from conftest import FIXTURES
from ndq57.extract.units import find_units


def test_commune_levels_before_one_list_name_each_place_as_written() -> None:
    (u,) = find_units("UBND các xã, phường, đặc khu: Tân An, Bình Minh, Côn Đảo báo cáo kết quả.")
    assert [(m.unit, m.raw) for m in u.members] == [
        ("Ủy ban nhân dân Tân An", "Tân An"),
        ("Ủy ban nhân dân Bình Minh", "Bình Minh"),
        ("Ủy ban nhân dân Côn Đảo", "Côn Đảo"),
    ]
    (p,) = find_units("Đảng ủy các phường, xã: Hòa Bình và đặc khu Hòn Mun chủ trì.")
    assert [m.unit for m in p.members] == ["Đảng ủy Hòa Bình", "Đảng ủy đặc khu Hòn Mun"]


def test_a_commune_of_another_level_by_its_number_ends_no_list() -> None:
    (u,) = find_units("UBND các xã: Tân Hòa, Phú An và phường 3 báo cáo kết quả.")
    assert [m.unit for m in u.members] == [
        "Ủy ban nhân dân xã Tân Hòa",
        "Ủy ban nhân dân xã Phú An",
        "Ủy ban nhân dân phường 3",
    ]


def _owners(text: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    doc = ndq57.parse(text).to_dict()
    return [(d["section"], [(a["unit"], a["role"]) for a in d["assignees"]]) for d in doc["deadlines"]]


def test_commune_plan_owners() -> None:
    got = _owners((FIXTURES / "xa_kh_commune_owners_lang41_67.txt").read_text(encoding="utf-8"))
    assert got[0] == (
        "II.1",
        [("Công chức Địa chính - Nông nghiệp", "lead"), ("Công chức Tư pháp - Hộ tịch", "coordinate")],
    )
    assert got[1] == ("II.2", [("Công chức Chỉ huy trưởng Quân sự", "assigned")])
    assert got[2] == ("II.3", [("Bí thư Chi bộ thôn", "lead"), ("Trưởng thôn", "coordinate")])
    assert got[3] == ("II.4.a", [("Thôn Đông", "assigned")])
    assert got[4] == ("II.4.b", [("Thôn Tây", "assigned")])
    assert got[-1][0] == "III"
    assert [u for u, _ in got[-1][1]][1:] == [
        "Ủy ban nhân dân Hòa Bình",
        "Ủy ban nhân dân Tân Lập",
        "Ủy ban nhân dân Hòn Mun",
    ]


def test_items_labelled_by_place_each_own_their_item() -> None:
    head = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHòa Phú, ngày 10 tháng 02 năm 2027\n\nKẾ HOẠCH\nRà soát hộ nghèo\n\n"
        "I. NHIỆM VỤ\n1. Thực hiện như sau:\n"
    )
    tail = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
    got = _owners(
        head
        + "a) Thôn 5: hoàn thành trước ngày 15/3/2027;\nb) Tổ dân phố số 3: hoàn thành trước ngày 31/3/2027."
        + tail
    )
    assert got == [("I.1.a", [("Thôn 5", "assigned")]), ("I.1.b", [("Tổ dân phố số 3", "assigned")])]
    # items labelled by what they are about, not by a place: no owner read from the label
    got = _owners(
        head + "a) Đợt 1: hoàn thành trước ngày 15/3/2027;\nb) Đợt 2: hoàn thành trước ngày 31/3/2027." + tail
    )
    assert got == [("I.1.a", []), ("I.1.b", [])]
