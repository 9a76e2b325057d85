"""Owners, round 46 (helper 108): a clause after ";" that opens with a bare "chỉ đạo" is given by the
subject of the clause before it ("Sở X rà soát ...; chỉ đạo các phòng ... trước ngày ..."): that
subject directs, the units named after "chỉ đạo" do the work — as with a comma between."""

from __future__ import annotations

import pytest

import ndq57

HEAD = "TỈNH ỦY TÂY NGUYÊN\nSố 05-CT/TU\nBuôn Hòa, ngày 15 tháng 4 năm 2026\n\nCHỈ THỊ\n\n"


def _roles(body: str) -> list[tuple[str, str]]:
    doc = ndq57.parse(HEAD + body)
    (d,) = doc.deadlines
    return [(a.canonical, a.role) for a in d.assignees]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "3. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh thực hiện tốt Quy chế dân chủ ở cơ sở; chỉ đạo các sở,"
            " ngành công khai thủ tục hành chính trước ngày 30/6/2026.",
            [
                ("Đảng ủy Ủy ban nhân dân tỉnh", "director"),
                ("Ủy ban nhân dân tỉnh", "director"),
                ("Các sở, ngành", "assigned"),
            ],
        ),
        (
            "2. Sở Nội vụ rà soát biên chế; chỉ đạo các phòng chuyên môn công khai thủ tục hành chính trước"
            " ngày 30/6/2026.",
            [("Sở Nội vụ", "director"), ("Các phòng chuyên môn", "assigned")],
        ),
    ],
)
def test_a_bare_direction_after_a_semicolon_is_the_subject_before(body: str, want: list[tuple[str, str]]) -> None:
    assert _roles(body) == want


def test_a_clause_with_its_own_subject_after_a_semicolon_is_its_own() -> None:
    # (the subject named after ";" directs: the clause before gives nothing)
    body = (
        "2. Sở Nội vụ rà soát biên chế; Sở Tài chính chỉ đạo các phòng chuyên môn công khai thủ tục"
        " hành chính trước ngày 30/6/2026."
    )
    assert _roles(body) == [("Sở Tài chính", "director"), ("Các phòng chuyên môn", "assigned")]
