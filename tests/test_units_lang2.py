"""The language of owners, second pass (helper 77, round 11): a role's label in apposition, "cùng"
after a unit, cells named with their members, and a Party fixture's owners end to end."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from ndq57.data import load
from ndq57.pipeline import parse_bytes
from units_support import roles_of as _roles


@pytest.mark.parametrize("role", ["lead", "coordinate", "assigned"])
def test_every_label_of_the_data_gives_its_role(role: str) -> None:
    for label in load("units")["role_labels"][role]:
        for text in (f"Sở Tư pháp – {label} – rà soát văn bản.", f"Sở Tư pháp, {label}, rà soát văn bản.",
                     f"Sở Tư pháp ({label}) rà soát văn bản."):
            assert _roles(text) == [("Sở Tư pháp", role)], (label, text)


def test_a_label_needs_its_closing_mark() -> None:
    # one dash only: a member's place, not a label before the task
    assert _roles("Sở Tư pháp - đơn vị chủ trì của Tổ công tác.")[:1] == [("Sở Tư pháp", "mention")]


def test_a_label_after_a_recipient_is_no_owner() -> None:
    got = _roles("Các xã gửi báo cáo về Sở Tư pháp – đơn vị chủ trì – trước ngày 15/6/2026.")
    assert ("Sở Tư pháp", "recipient") in got


def test_cung_after_a_unit_names_who_works_with_it() -> None:
    assert _roles("Sở Y tế cùng Sở Tài chính triển khai kế hoạch.") == [
        ("Sở Y tế", "assigned"), ("Sở Tài chính", "coordinate")]
    # "và ... cùng" after the list: both do it
    assert _roles("Sở Y tế và Sở Tài chính cùng triển khai kế hoạch.") == [
        ("Sở Y tế", "assigned"), ("Sở Tài chính", "assigned")]


def test_members_after_their_cells_but_never_alone() -> None:
    assert _roles("Các chi bộ, đảng viên gương mẫu thực hiện.") == [("Các chi bộ, đảng viên", "assigned")]
    assert _roles("Các đảng viên gương mẫu thực hiện.") == []
    assert _roles("Cán bộ, đảng viên gương mẫu thực hiện.") == []


def test_fixture_owners() -> None:
    path = FIXTURES / "units_party_kh_labels.txt"
    doc = parse_bytes(path.read_bytes(), source=path.name).to_dict()
    got = {d["section"]: [(a["unit"], a["role"]) for a in d["assignees"]] for d in doc["deadlines"]}
    assert got["II.1"] == [("Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead")]
    assert got["II.2"] == [("Trường Chính trị tỉnh", "lead")]
    assert got["II.3"] == [("Ban Tổ chức Tỉnh ủy", "assigned"), ("Ủy ban Kiểm tra Tỉnh ủy", "coordinate")]
    assert got["II.4"] == [("Các chi bộ, đảng viên", "assigned")]
    assert got["II.5"] == [("Đảng ủy các xã, phường, đặc khu", "assigned")]
