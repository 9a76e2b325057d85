"""The language of owners (helper 71, round 10): a dash or an appositive between a unit and its
task, the data those rules read, and a fixture's owners end to end."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57.data import load
from ndq57.extract.units import find_units
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_dash_before_task_is_a_colon(dash: str) -> None:
    assert _roles(f"Sở Tư pháp {dash} rà soát văn bản trước ngày 15/7/2026.") == [("Sở Tư pháp", "assigned")]
    assert _roles(f"Sở Tư pháp {dash} chủ trì rà soát văn bản.") == [("Sở Tư pháp", "lead")]


def test_dash_before_a_place_in_a_body_is_no_task() -> None:
    # every word of the data list keeps the dash an appositive, in lower case as in capitals
    for word in load("units")["dash_not_predicate"]:
        got = _roles(f"Sở Tư pháp - {word} của nhóm.")
        assert got[:1] == [("Sở Tư pháp", "mention")], (word, got)
        got = _roles(f"Sở Tư pháp - {word[:1].upper()}{word[1:]} của nhóm.")
        assert got[:1] == [("Sở Tư pháp", "mention")], (word, got)


def test_dash_without_blanks_is_part_of_a_word() -> None:
    # ("Sở Văn hóa-Thể thao": a name's own dash, not a predicate's)
    assert [u.unit for u in find_units("Phòng Văn hóa - Xã hội xã tuyên truyền.")] == ["Phòng Văn hóa - Xã hội xã"]


def test_appositive_between_commas_needs_the_closing_comma() -> None:
    text = "Sở Nội vụ, cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh, tổng hợp danh sách."
    units = find_units(text)
    assert [u.unit for u in units] == ["Sở Nội vụ"]
    assert units[0].raw.endswith("Khen thưởng tỉnh")
    assert _roles(text) == [("Sở Nội vụ", "assigned")]
    # a list that goes on after the role-named body is read as a list
    listed = "Đề nghị Sở Nội vụ, Cơ quan Thường trực Ban Chỉ đạo tỉnh và Sở Tài chính cho ý kiến."
    assert len(find_units(listed)) == 3


def test_fixture_owners() -> None:
    path = FIXTURES / "units_kh_dash_owners.txt"
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    owners = {d["section"]: [a["unit"] for a in d["assignees"] if a["role"] in ("lead", "assigned")]
              for d in doc["deadlines"]}
    assert owners["II.1"] == ["Sở Y tế"]
    assert owners["II.2"] == ["Bộ Chỉ huy Quân sự tỉnh"]
    assert owners["II.6"] == ["UBND TP. Hòa Bình"]
    assert "các tổ chức, cá nhân có liên quan" in owners["III"]
