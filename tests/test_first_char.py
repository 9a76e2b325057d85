"""Patterns whose look-behinds stand after their first character (units._first): the titles, the
open head words, the lead words of collectives and the gazetteer's name starts must find exactly what the same alternation with
the look-behinds in front of it finds, on the fixtures and seed documents (folded) and on random
texts made of their words, parts of words, word characters, "/", "-" and blanks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, seeds_or_fail
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.extract import units
from ndq57.textutil import alternation

_FRONT = {units._NO_WORD: r"(?<!\w)", units._NO_WORD_BEFORE: r"(?<!\w)(?<!\w[/\-])"}


def _pairs() -> Iterator[tuple[str, Any, Any]]:
    """(name, the pattern as compiled, the same with its look-behinds in front)."""
    g = units._gazetteer()
    front = _FRONT[units._NO_WORD_BEFORE]
    yield "open_heads", g.open_heads, re.compile(rf"{front}(?:{alternation(g.open_kind)})(?!\w)")
    titles = sorted({units._fold(t)[0] for t in load("units")["persons"]["titles"]}, key=lambda t: (-len(t), t))
    body = units._char_trie(titles).replace("\\ ", "\\s+")
    yield "titles", g.persons.titles, re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    coll = load("units")["collective"]
    nouns = rf"(?:{alternation(units._fold(n)[0] for n in coll['nouns'])})(?!\w)"
    lead = alternation(units._fold(w)[0] for w in coll["lead"])
    yield "collective lead", g.coll_lead, regex.compile(rf"(?<!\w)(?:{lead})\s+(?={nouns})")
    tails = {w: r"(?!\w)" for w in g.trie.second}
    built = re.compile(units._tailed_trie(tails, units._NO_WORD_BEFORE))
    yield "name starts", built, re.compile(front + units._tailed_trie(tails))


_PAIRS = list(_pairs())


def _spans(p: Any, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


def _texts() -> Iterator[str]:
    for folder in (FIXTURES, seeds_or_fail()):
        for path in sorted(folder.glob("*.txt")):
            yield units._fold(path.read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize("name", [n for n, _, _ in _PAIRS])
def test_documents(name: str) -> None:
    _, fast, front = next(p for p in _PAIRS if p[0] == name)
    for text in _texts():
        assert _spans(fast, text) == _spans(front, text)


def _pieces() -> list[str]:
    g = units._gazetteer()
    words = list(g.open_kind) + list(g.trie.second) + list(g.persons.written) + list(g.coll_names)
    words += ["các", "mọi", "các sở", "mọi cơ quan"]
    out = set(words)
    out |= {w[: max(1, len(w) // 2)] for w in words}  # (parts of words: a branch that fails midway)
    out |= {"a", "x1", "đ", "/", "-", "//", "b-", "q/", " ", "  ", "\n", ", ", "_"}
    return sorted(out)


_PIECES = _pieces()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # (half: the full count reaches no more of ndq57's code)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_random_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for name, fast, front in _PAIRS:
        assert _spans(fast, text) == _spans(front, text), name


def test_first_alt_small() -> None:
    """Words of one character, words that are each other's prefixes, a word whose rest starts with
    a blank: the same as the alternation of them all, look-behinds in front."""
    words = ["a", "ab", "abc", "b c", "bd", "đ", "đx y"]
    fast = re.compile(units._first_alt(words, units._NO_WORD_BEFORE) + r"(?!\w)")
    front = re.compile(_FRONT[units._NO_WORD_BEFORE] + f"(?:{alternation(words)})" + r"(?!\w)")
    for text in ("a ab abc b c bd đ đx y", "xa a/ab -abc b-bd b  c đx  y", "ab/abc a-b c"):
        assert _spans(fast, text) == _spans(front, text)


def test_lead_words_after_a_word() -> None:
    """A lead word of collectives right after a word character, or at the text's start."""
    _, fast, front = next(p for p in _PAIRS if p[0] == "collective lead")
    for text in ("các sở", "xcác sở, 1mọi cơ quan", "a các sở và mọi đơn vị", "đcác sở /các sở -mọi cơ quan"):
        assert _spans(fast, text) == _spans(front, text)
