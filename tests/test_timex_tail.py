"""The tails of the time-expression grammar (ndq57.extract.timex._Tail) against the compiled
combined patterns they stand for: the same match (span, rule, groups) or none, at every place
where an expression can start, in the fixtures, the seed documents and the phrase cases."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import CASES, FIXTURES, SEEDS, load_yaml, spread, yaml_strings
from ndq57.extract import timex

_NAMES = [n for n, _ in timex._rule_table()[1]]


def _texts() -> list[str]:
    # (160 fixtures spread over them all: the tails need many places to be checked at, not every
    # document; the fixtures grow with each phenomenon, the time this takes should not)
    paths: list[Path] = spread(list(FIXTURES.glob("*.txt")), 160)
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


def _group_names(got: re.Pattern[str], want: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The groups of the combined pattern ``want`` that the pattern ``got`` has too, and those it
    has not (a tail answers with the combined pattern itself or with one rule's small pattern).
    Kept by the patterns' identities: hashing a compiled pattern hashes its code, long here."""
    key = (id(got), id(want))
    if key not in _NAMES_OF:
        names = sorted(want.groupindex)
        shared = tuple(g for g in names if g in got.groupindex)
        _NAMES_OF[key] = (got, want, shared, tuple(g for g in names if g not in got.groupindex))
    return _NAMES_OF[key][2:]


_NAMES_OF: dict[tuple[int, int], tuple[Any, Any, tuple[str, ...], tuple[str, ...]]] = {}  # (the patterns kept alive)


def _groups(m: re.Match[str], names: tuple[str, ...]) -> tuple[str | None, ...]:
    return (m.group(*names),) if len(names) == 1 else m.group(*names) if names else ()


def _same(got: Any, want: Any) -> None:
    if want is None:
        assert got is None
        return
    assert got is not None
    assert (got.span(), got.lastgroup, got.group("chain")) == (want.span(), want.lastgroup, want.group("chain"))
    # every group of the combined pattern: the tail's group of that name holds the same text, or
    # the tail has no such group and the combined pattern's is empty (the names shared and not
    # shared found once per pair of patterns, each match's groups read in C: reading every group
    # one by one took two thirds of this module's time)
    shared, missing = _group_names(got.re, want.re)
    assert _groups(got, shared) == _groups(want, shared), [
        (g, got.group(g), want.group(g)) for g in shared if got.group(g) != want.group(g)
    ]
    assert _groups(want, missing) == (None,) * len(missing), [(g, want.group(g)) for g in missing if want.group(g)]


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
