"""The tails of the time-expression grammar (ndq57.extract.timex._Tail) against the compiled
combined patterns they stand for: the same match (span, rule, groups) or none, at every place
where an expression can start, in the fixtures, the seed documents and the phrase cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import CASES, FIXTURES, SEEDS, load_yaml, yaml_strings
from ndq57.extract import timex

_NAMES = [n for n, _ in timex._rule_table()[1]]


def _texts() -> list[str]:
    # (every other fixture: the tails need many places to be checked at, not every document; the
    # fixtures grow with each phenomenon, the time this takes should not)
    paths: list[Path] = sorted(FIXTURES.glob("*.txt"))[::2]
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for name in ("timex", "deadlines"):
        texts += list(yaml_strings(load_yaml(CASES / f"{name}.yaml")))
    return texts


def _places() -> list[tuple[str, int, int, bool]]:
    """(text, start, end, whether the whole grammar matches with qualifier words) where the
    whole grammar matches: where a tail may be asked for; each also with a shorter window (a
    match may change where the text is cut)."""
    whole = timex._pattern()
    out = []
    for text in _texts():
        for start in range(len(text)):
            if start and text[start - 1].isalnum():
                continue  # an expression starts at a word, a digit or a sign
            end = min(len(text), start + timex._LONGEST)
            for stop in (end, min(end, start + 12)):
                m = whole.match(text, start, stop)
                if m is not None:
                    out.append((text, start, stop, bool(m.group("chain"))))
    return out


_Places = list[tuple[str, int, int, bool]]


@pytest.fixture(scope="module")
def places() -> _Places:
    """Found once, by the worker that runs this module's tests (not at collection, by every worker)."""
    return _places()


def _same(got: Any, want: Any) -> None:
    if want is None:
        assert got is None
        return
    assert got is not None
    assert (got.span(), got.lastgroup, got.group("chain")) == (want.span(), want.lastgroup, want.group("chain"))
    # every group of the combined pattern: the tail's group of that name holds the same text, or
    # the tail has no such group and the combined pattern's is empty (two dicts read in C: the
    # group-by-group reading took half of this module's time)
    groups = got.groupdict()
    expected = want.groupdict()
    assert {g: groups.get(g) for g in expected} == expected


def test_every_rule_has_a_tail_but_the_last() -> None:
    assert timex._tail_pattern(_NAMES[-1]) is None
    assert all(timex._tail_pattern(n) is not None for n in _NAMES[:-1])


# every third rule (compiling a combined tail costs ~0.3 s and checking it ~0.4 s; the tails share
# one mechanism) and the rules the fixtures use most
_CHECKED = sorted(set(_NAMES[:-1:3]) | {"date", "weekday", "event_named", "month", "quarter"}, key=_NAMES.index)


@pytest.mark.parametrize("name", _CHECKED)
def test_tail_matches_its_combined_pattern(name: str, places: _Places) -> None:
    tail = timex._tail_pattern(name)
    assert tail is not None
    compiled = timex._tail_compiled(name)
    found = 0
    # (each rule at every other place, the rules taking turns: every place is checked by some)
    for text, start, end, _ in places[_CHECKED.index(name) % 2 :: 2]:
        want = compiled.match(text, start, end)
        _same(tail.match(text, start, end), want)
        found += want is not None
    if name in ("date", "weekday", "event_named"):
        assert found > 0


def test_places(places: _Places) -> None:
    assert len(places) > 1000
    assert sum(chained for *_, chained in places) > 50
