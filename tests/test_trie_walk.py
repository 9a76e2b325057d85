"""The gazetteer trie walk (ndq57.extract.units._Trie) against the regular expression it replaced.

The oracle below is the trie-shaped alternation the gazetteer used to compile (the standard
library's engine, on folded text): the walk must find exactly the same (start, end) spans, on the
fixtures, the seed documents, the phrase cases, random mixtures of the gazetteer's words and
separators, and on small tries with the odd cases (names that stop at several depths, "&" with
and without spaces, words with characters outside ``\\w``, dashes and slashes around names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CASES, FIXTURES, SEEDS, load_yaml, yaml_strings
from ndq57.extract import units
from ndq57.extract.units import _elements, _fold, _gazetteer, _SepStep, _Trie, _WordStep

# ------------------------------------------------------------------------------------- the oracle

_SEP = {"S": r"\s+", "P": r"(?:\s*[,\-–—]\s*|\s+)", "Z": r"\s*"}


def _escape(token: str) -> str:
    return token if token.isalnum() else re.escape(token)


def _trie_pattern(seqs: Iterable[list[str]]) -> str:
    root: dict[str, Any] = {}
    for seq in seqs:
        node = root
        for el in seq:
            node = node.setdefault(el, {})
        node[""] = {}

    depths: dict[int, int] = {}

    def depth(node: dict[str, Any]) -> int:
        d = depths.get(id(node))
        if d is None:
            d = depths[id(node)] = 1 + max((depth(c) for k, c in node.items() if k), default=0)
        return d

    def build(node: dict[str, Any]) -> str:
        kids = [(k, c) for k, c in node.items() if k]
        kids.sort(key=lambda kc: (-depth(kc[1]), kc[0]))
        alts = []
        for k, c in kids:
            head = _SEP[k[1]] if k.startswith("\x00") else (_escape(k) + (r"(?!\w)" if k != "&" else ""))
            alts.append(head + build(c))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _oracle(seqs: Iterable[list[str]]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?<!\w[/\-])(?:" + _trie_pattern(seqs) + r")(?!/\w)")


def _oracle_spans(pattern: re.Pattern[str], folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(folded) if m.end() > m.start()]


def _seqs(trie: _Trie) -> Iterator[list[str]]:
    """Every name held by the trie, as the element sequence it was built from."""

    def words(step: _WordStep, prefix: list[str]) -> Iterator[list[str]]:
        regular, _, odd = step
        for w, nxt in regular.items():
            yield from seps(nxt, [*prefix, w])
        for w, _, nxt in odd:
            yield from seps(nxt, [*prefix, w])

    def seps(step: _SepStep, prefix: list[str]) -> Iterator[list[str]]:
        kinds, key = step
        if key is not None:
            yield prefix
        for kind, nxt in kinds:
            yield from words(nxt, [*prefix, "\x00" + kind])

    return words(trie.root, [])


# ------------------------------------------------------------------------------------ the gazetteer

_TRIE = _gazetteer().trie
_SEQS = list(_seqs(_TRIE))


@functools.cache
def _gazetteer_oracle() -> re.Pattern[str]:
    """The oracle of the whole gazetteer, compiled by the first test that needs it (~0.2 s: not at
    collection, by every worker)."""
    return _oracle(_SEQS)


def _check(trie: _Trie, oracle: re.Pattern[str], folded: str) -> None:
    spans = trie.spans(folded)
    assert [(a, b) for a, b, _ in spans] == _oracle_spans(oracle, folded), folded
    assert [key for _, _, key in spans] == [units._key(folded[a:b]) for a, b, _ in spans]


def _documents() -> list[Path]:
    paths = sorted(FIXTURES.glob("*.txt"))
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    return paths


def test_rebuilt_sequences_are_the_gazetteer() -> None:
    # the trie holds one sequence per distinct name, and the names it finds are gazetteer entries
    assert len(_SEQS) == len({tuple(s) for s in _SEQS}) > 500
    g = _gazetteer()
    for seq in _SEQS:
        text = "".join({"\x00S": " ", "\x00P": " - ", "\x00Z": ""}.get(e, e) for e in seq)
        assert units._key(text) in g.entries


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_documents(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    folded = _fold(text)[0]
    assert _TRIE.spans(folded)  # every document names some unit
    _check(_TRIE, _gazetteer_oracle(), folded)
    for line in text.splitlines():
        _check(_TRIE, _gazetteer_oracle(), _fold(line)[0])


def test_phrase_cases() -> None:
    n = 0
    for path in sorted(CASES.glob("*.yaml")):
        for s in yaml_strings(load_yaml(path)):
            _check(_TRIE, _gazetteer_oracle(), _fold(s)[0])
            _check(_TRIE, _gazetteer_oracle(), _fold(s.upper())[0])
            n += 1
    assert n > 500


_WORDS = sorted({e for s in _SEQS for e in s if not e.startswith("\x00")})
_JOINERS = [" ", "  ", "", ",", ", ", " , ", "-", " - ", " – ", "—", "/", " / ", "\n", "\t", "&", " & ", ".", "_"]
_NOISE = ["x", "sở", "và", "1", "a/b", "2026", "ủy", "hóa", "đ", "&", "-", "/", "xã-", "tỉnh/"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS + _NOISE), st.sampled_from(_JOINERS)),
        min_size=1,
        max_size=14,
    )
)
def test_random_word_mixtures(parts: list[tuple[str, str]]) -> None:
    _check(_TRIE, _gazetteer_oracle(), "".join(w + j for w, j in parts))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SEQS), min_size=1, max_size=4), st.lists(st.sampled_from(_JOINERS), min_size=12))
def test_random_names(seqs: list[list[str]], joiners: list[str]) -> None:
    # whole names, written with varied separators, glued by varied joiners
    seps = {"\x00S": [" ", "  ", "\n"], "\x00P": [" ", ", ", "-", " – ", " ,"], "\x00Z": ["", " "]}
    out = []
    i = 0
    for seq in seqs:
        for e in seq:
            if e in seps:
                out.append(seps[e][i % len(seps[e])])
            else:
                out.append(e)
            i += 1
        out.append(joiners[i % len(joiners)])
    _check(_TRIE, _gazetteer_oracle(), "".join(out))


# ---------------------------------------------------------------------------------- small tries

_SMALL = [
    ["a"],
    ["a", "\x00S", "b"],
    ["a", "\x00S", "b", "\x00S", "c", "\x00S", "d"],
    ["a", "\x00P", "b", "\x00S", "c"],
    ["a", "\x00P", "c"],
    ["b", "\x00S", "c"],
    ["kh", "\x00Z", "&", "\x00Z", "cn"],
    ["kh", "\x00Z", "&", "\x00Z", "&"],
    ["&", "\x00Z", "a"],
    ["&"],
    ["a\u0301", "\x00S", "b"],
    ["a\u0301b"],
    ["a\u0301"],
    ["b", "\x00S", "\u0301x"],
    ["b", "\x00P", "&"],
    ["x_y", "\x00P", "z"],
    ["c", "\x00S", "d", "\x00P", "e", "\x00S", "f"],
    ["c", "\x00S", "d", "\x00S", "e"],
    ["c", "\x00P", "d"],
    ["d"],
]


def _small_elements(names: list[str]) -> list[list[str]]:
    return [_elements(n) for n in names]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_SMALL), min_size=1, max_size=10),
    st.lists(st.sampled_from([*"abcdefxz&_/-–—, \n\u0301", "kh", "cn", "x_y"]), max_size=30),
)
def test_small_tries(seqs: list[list[str]], pieces: list[str]) -> None:
    trie = _Trie.build(seqs)
    _check(trie, _oracle(seqs), "".join(pieces))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=list("abc &,-"), min_size=1, max_size=9), min_size=1, max_size=8), st.data())
def test_small_tries_from_names(names: list[str], data: st.DataObject) -> None:
    seqs = [s for s in _small_elements(names) if s]
    trie = _Trie.build(seqs)
    oracle = _oracle(seqs) if seqs else re.compile(r"(?!)")
    text = data.draw(st.text(alphabet=list("abc &,-/\t"), max_size=40))
    _check(trie, oracle, text)


def test_examples() -> None:
    trie = _Trie.build(_SMALL)
    oracle = _oracle(_SMALL)
    for text in [
        "a b c d",
        "a b c",
        "a, b c",
        "a - c",
        "a ,c",
        "a b c/d",
        "a b/c",
        "a/b c",
        "x-a b",
        "x/a b",
        "-a b",
        "kh&cn",
        "kh & cn",
        "kh &cn",
        "kh&&",
        "&a",
        "& a",
        "a\u0301 b",
        "a\u0301b c",
        "a\u0301c",
        "b\u0301x",
        "b \u0301x",
        "b&",
        "b, &",
        "x_y - z",
        "c d, e f",
        "c d e",
        "c d, e",
        "c, d",
        "aa b",
        "a bb",
        "a b c d e",
        "",
    ]:
        _check(trie, oracle, text)


@pytest.mark.parametrize(
    ("seqs", "text"),
    [
        ([["a\u0301"]], "a\u0301c a\u0301 a\u0301-c a\u0301_"),
        ([["a"], ["a\u0301", "\x00S", "b"]], "a\u0301 b a\u0301b a b a\u0301"),
        ([["a", "\x00S", "b", "\x00S", "c"], ["a\u0301", "\x00S", "b"]], "a\u0301 b a\u0301 b c"),
        ([["a\u0301", "\x00S", "b"], ["a\u0301"]], "a\u0301b a\u0301 b a\u0301 bc"),
        ([["b", "\x00S", "\u0301x"]], "b\u0301x b \u0301x b  \u0301xy"),
        ([["&"], ["&", "\x00Z", "a"]], "&a & a a& &&a x&a"),
        ([["a", "\x00P", "b"], ["a", "\x00S", "b", "\x00S", "c"]], "a, b c a b c a -b c a b/c a b/ c"),
    ],
)
def test_small_examples(seqs: list[list[str]], text: str) -> None:
    _check(_Trie.build(seqs), _oracle(seqs), text)
