"""The language of owners, fifth pass (helper 91, round 14): the Front's board of a hamlet named
for any hamlet noun, a person in charge who directs units, and a collective noun with its members
listed after a colon."""

from __future__ import annotations

from ndq57.extract.units import find_units


def _units(text: str) -> list[str]:
    return [u.unit for u in find_units(text)]


def test_the_fronts_board_runs_on_over_every_hamlet_noun() -> None:
    assert _units("Ban Công tác Mặt trận khu phố, ấp họp dân.") == ["Ban Công tác Mặt trận các khu phố, ấp"]
    assert _units("Ban Công tác Mặt trận khóm, ấp họp dân.") == ["Ban Công tác Mặt trận các khóm, ấp"]
    assert _units("Ban Công tác Mặt trận buôn Ea Tam họp dân.") == ["Ban Công tác Mặt trận buôn Ea Tam"]
    assert _units("Ban Công tác Mặt trận khu phố 7 họp dân.") == ["Ban Công tác Mặt trận khu phố 7"]
