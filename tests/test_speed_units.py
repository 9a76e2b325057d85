"""The short cuts of round 9 in the unit recogniser and the owners read what the full readings
read: the lead-in paragraphs and the document's opening sentence are read only when a clause looks
above itself for its owners (and then name the same owners); a text with none of the first words
of the hamlet or commune nouns is not scanned for them; ``_ends_level`` gives the level's words
that the place after a name is read with; the fourth pass of ``_compose`` reads the body's last
word only for a list of levels after it. Fixtures are our own wording."""

from __future__ import annotations

from typing import Any

import pytest

import ndq57
from ndq57.extract import owners, units

_HEAD = "ỦY BAN NHÂN DÂN TỈNH AN HÒA\n\nSố: 12/UBND-VX\n\nAn Hòa, ngày 2 tháng 3 năm 2026\n\n"

# the items under the lead-in name no owner: the lead-in's units own them ("intro:giao"); the
# closing item names nobody and falls back to the addressee
_INHERITS = (
    _HEAD + "Kính gửi: Sở Văn hóa, Thể thao và Du lịch\n\n"
    "Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
    "1. Tổ chức lễ hội mùa xuân\n\n"
    "Giao Sở Nội vụ và Sở Tài chính thực hiện các việc sau:\n\n"
    "- Lập dự toán kinh phí, hoàn thành trước ngày 15/4/2026.\n\n"
    "2. Rà soát danh mục di tích, hoàn thành trước ngày 30/5/2026.\n"
)

# every item names its own owner: no lead-in needs reading
_OWN_OWNERS = (
    _HEAD + "Kính gửi: Sở Y tế\n\n"
    "Đề nghị các cơ quan thực hiện các nội dung sau:\n\n"
    "1. Kế hoạch tiêm chủng\n\n"
    "Giao các đơn vị triển khai như sau:\n\n"
    "- Sở Y tế chủ trì lập kế hoạch, hoàn thành trước ngày 10/4/2026.\n\n"
    "- Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 20/4/2026.\n"
)

_LEAD_IN = "Giao các đơn vị triển khai như sau:"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    ndq57.parse(_INHERITS)  # (the data loaded once, so that each test stays short)


def _owners_of(text: str) -> list[list[tuple[str, str, str]]]:
    return [[(a.canonical, a.role, a.rule) for a in d.assignees] for d in ndq57.parse(text).deadlines]


def test_lead_in_and_addressees_still_own_items() -> None:
    assert _owners_of(_INHERITS) == [
        [("Sở Nội vụ", "lead", "intro:giao"), ("Sở Tài chính", "lead", "intro:giao")],
        [("Sở Văn hóa, Thể thao và Du lịch", "assigned", "addressee")],
    ]


def test_opening_sentence_owns_items() -> None:
    text = _INHERITS.replace("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:", "Đề nghị Sở Xây dựng thực hiện như sau:")
    got = _owners_of(text)
    assert got[1] == [("Sở Xây dựng", "assigned", "document:de_nghi")]


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the owners step scans for units, in order (owners.scan spied on)."""
    read: list[str] = []
    real = owners.scan

    def spy(text: str) -> Any:
        read.append(text)
        return real(text)

    monkeypatch.setattr(owners, "scan", spy)
    return read


def test_lead_in_not_read_when_no_clause_needs_it(scanned: list[str]) -> None:
    read = scanned
    got = _owners_of(_OWN_OWNERS)
    assert [o[0][:2] for o in got] == [("Sở Y tế", "lead"), ("Sở Tài chính", "assigned")]
    assert _LEAD_IN not in read
    assert not any(t.startswith("Đề nghị các cơ quan") for t in read)


def test_lead_in_read_once_when_needed(scanned: list[str]) -> None:
    read = scanned
    _owners_of(_INHERITS)
    lead_in = "Giao Sở Nội vụ và Sở Tài chính thực hiện các việc sau:"
    assert read.count(lead_in) == 1


def test_hamlet_gate_words_cover_every_noun() -> None:
    data = units.load("units")
    for key in ("hamlets", "named_communes"):
        gate = units._hamlet_words(key)
        for noun in data[key]["nouns"]:
            assert units._fold(noun)[0].split()[0] in gate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("riêng thôn 5 báo cáo", ["Thôn 5"]),
        ("riêng xã Phú Mỹ báo cáo", ["xã Phú Mỹ"]),
        ("riêng tổ dân phố Đông Hòa báo cáo", ["Tổ dân phố Đông Hòa"]),
        ("Sở Y tế báo cáo", []),
    ],
)
def test_hamlets_found_past_the_gate(text: str, expected: list[str]) -> None:
    found: list[units._Cand] = []
    units._hamlets(text, units._fold(text)[0], found)
    assert [c.canonical for c in found] == expected


def test_ends_level_gives_the_level_words() -> None:
    assert units._ends_level("Ủy ban nhân dân tỉnh") == ("dân", "tỉnh")
    assert units._ends_level("Công an thành phố") == ("thành", "phố")
    assert units._ends_level("Sở Y tế") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội Nông dân các xã, phường rà soát", ["Hội Nông dân các xã, phường"]),
        ("Công an các xã, phường", ["Công an các xã, phường"]),
        ("Trạm Y tế xã An Bình", ["Trạm Y tế xã An Bình"]),
        ("UBND xã Hòa Bình, xã Tân Lập", ["Ủy ban nhân dân xã Hòa Bình, xã Tân Lập"]),
        ("Trạm Y tế xã, phường", ["Trạm Y tế các xã, phường"]),
        ("Trạm Y tế phường", ["Trạm Y tế phường"]),
    ],
)
def test_compose_levels_and_places(text: str, expected: list[str]) -> None:
    assert [u.unit for u in units.find_units(text)] == expected


def test_roles_read_hits_between_units() -> None:
    got = units.assign_roles("Sở Y tế chủ trì, phối hợp với UBND các xã triển khai; báo cáo về UBND tỉnh.")
    assert [(r.unit.unit, r.role, r.rule) for r in got] == [
        ("Sở Y tế", "lead", "chu_tri"),
        ("Ủy ban nhân dân các xã", "coordinate", "phoi_hop"),
        ("Ủy ban nhân dân tỉnh", "recipient", "bao_cao"),
    ]
