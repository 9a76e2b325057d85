"""The short cuts of round 27 in the unit recogniser read what the full readings read, also at
size: a building named after a verb of building works is dropped only when a building head opens
it (the heads are tested together first), the hamlets and the communes named one by one are read
with the words and patterns of their own kind, and a person named after "đồng chí" is read. Each
text is read in one line, many times over, so that a walk that went quadratic or a gate that let
a kind through would show in what is found. Fixtures are our own wording."""

from __future__ import annotations

from ndq57.extract import units


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.unit, u.kind) for u in units.find_units(text)]


def test_buildings_after_a_verb_of_works_dropped_at_size() -> None:
    text = "Sửa chữa Nhà văn hóa xã và Trạm Y tế xã; " * 300
    assert _units(text) == []


def test_bodies_with_a_building_head_kept_at_size() -> None:
    text = "Nhà văn hóa xã phối hợp với Trạm Y tế xã tuyên truyền; " * 300
    found = _units(text)
    assert len(found) == 600
    assert found[:2] == [("Nhà văn hóa xã", "other"), ("Trạm Y tế xã", "state")]


def test_a_unit_not_a_building_after_a_verb_of_works() -> None:
    # ("Sở Xây dựng": the verb is a unit's word; the body after it is no building)
    assert _units("Giao Sở Xây dựng sửa chữa trụ sở, Sở Nội vụ phối hợp.") == [
        ("Sở Xây dựng", "state"),
        ("Sở Nội vụ", "state"),
    ]


def test_hamlet_and_commune_each_by_its_kind_at_size() -> None:
    text = "Giao Chi bộ thôn 3 và riêng xã Phú Mỹ báo cáo; " * 200
    found = _units(text)
    assert len(found) == 400
    assert set(found) == {("Chi bộ thôn 3", "party"), ("xã Phú Mỹ", "state")}


def test_commune_words_alone_name_no_hamlet() -> None:
    # (a text with a commune's noun and no hamlet's: the communes only)
    assert _units("Đề nghị riêng xã Phú Mỹ rà soát.") == [("xã Phú Mỹ", "state")]


def test_person_by_name_after_comrade_at_size() -> None:
    text = "Giao đồng chí Nguyễn Văn An chủ trì; " * 200
    found = _units(text)
    assert len(found) == 200 and set(found) == {("Nguyễn Văn An", "person")}


def test_pattern_lookups_are_the_data_patterns() -> None:
    from ndq57.data import pattern

    assert units._units_rx("list_gap") is pattern("units", "patterns", "list_gap")
    assert units._units_re("filler") is pattern("units", "patterns", "filler", engine="re")
    assert units._units_re("filler").fullmatch(" ") is not None
