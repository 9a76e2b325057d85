"""Normalisation's first use (round 38): what its builders derive from the language data is kept
between processes (ndq57.cache.kept) as plain data, read back the same, and the same whatever
the process's hash seed; a syllable is told by looking its initial consonant up."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ndq57 import cache
from ndq57.data import load

normalize = importlib.import_module("ndq57.parse.normalize")
unmarked = importlib.import_module("ndq57.parse.unmarked")
syllables = importlib.import_module("ndq57.parse.syllables")

SRC = Path(__file__).resolve().parents[1] / "src"

BUILDERS = [
    normalize._build_words,
    unmarked._build_unit_data,
    unmarked._build_phrases,
    syllables._walk_pairs,
]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_built_values_are_plain_and_read_back_the_same(build: Any) -> None:
    """A value that is not plain data would be built by every process instead of stored."""
    value = build()
    assert cache.plain(value)
    assert marshal.loads(marshal.dumps(value)) == value


def test_kept_values_are_stored_and_read_back(cache_dir: Path) -> None:
    keepers = [normalize._words, unmarked._unit_data, unmarked._phrases, syllables._data_pairs]
    built = []
    for keeper in keepers:
        keeper.cache_clear()
        built.append(keeper())
    names = sorted(p.name.split("-")[0] for p in cache_dir.iterdir())
    assert names == ["normalize", "pairs", "unit", "unmarked"]
    for keeper, value in zip(keepers, built, strict=True):
        keeper.cache_clear()
        assert keeper() == value
    # (the process's own objects made from them as before)
    pattern, by_key = normalize._slips()
    assert pattern is not None and all(isinstance(s, normalize._Slip) for v in by_key.values() for s in v)
    assert normalize._slip_words() == frozenset(k for k in by_key if " " not in k)


_SOURCES = """
import importlib, json
n = importlib.import_module("ndq57.parse.normalize")
u = importlib.import_module("ndq57.parse.unmarked")
w = n._build_words()
d = u._build_unit_data()
print(json.dumps([w[0][0], sorted(w[0][2].items()), w[2][2], w[4], d[2], d[3]]))
"""


def test_sources_do_not_depend_on_the_hash_seed() -> None:
    """The pattern sources (and the slips of each form) are the same in every process: a
    source built in set order would differ with the hash seed."""
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, cache.ENV: "off", "PYTHONPATH": str(SRC)}
        run = subprocess.run([sys.executable, "-c", _SOURCES], env=env, capture_output=True, text=True, check=True)
        outs.append(json.loads(run.stdout))
    assert outs[0] == outs[1]


def _reference_is_syllable(word: str) -> bool:
    """:func:`ndq57.parse.syllables.is_syllable` as it was: every initial consonant tried."""
    if not word or len(word) > syllables.LONGEST or not word.isalpha():
        return False
    bare, tone = syllables._untone(word.lower())
    if tone is None or not bare:
        return False
    onsets, rhymes = syllables._inventory()
    for onset in (*onsets, ""):
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if syllables._fits(onset, rhyme, rhymes) and syllables._tone_fits(rhyme, tone):
            return True
    return False


def test_syllables_of_the_data_as_before() -> None:
    words = {w for pair in syllables._data_pairs() for w in pair.split()}
    words.update(str(w) for w in load("slips")["glued_levels"])
    words.update(w + w[-1:] for w in list(words))  # (and words that are none)
    for word in sorted(words):
        assert syllables.is_syllable(word) == _reference_is_syllable(word), word


_LETTERS = st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠNGHQ\u0300\u0301\u0309\u0303\u0323")


@settings(max_examples=300, deadline=None)
@given(st.text(_LETTERS, max_size=9))
def test_syllables_as_before(text: str) -> None:
    word = unicodedata.normalize("NFC", text)
    assert syllables.is_syllable(word) == _reference_is_syllable(word)
