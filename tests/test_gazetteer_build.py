"""Building the unit gazetteer: the abbreviation variants of the aliases (plain string replacement
between word boundaries) against the `regex` substitutions they replaced."""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ndq57.data import load
from ndq57.extract.units import _abbr_variants, _expand, _fold, _replace_words


def _old_replace(v: str, long: str, short: str) -> str | None:
    pat = regex.compile(rf"(?<!\w){regex.escape(long)}(?!\w)")
    return pat.sub(short.replace("\\", "\\\\"), v) if long in v and pat.search(v) else None


def _old_variants(folded: str, rules: list[tuple[str, str]], cap: int = 48) -> list[str]:
    out = [folded]
    seen = {folded}
    for long, short in rules:
        repl = short.replace("\\", "\\\\")
        pat: Any = None  # (compiled where the long form occurs: most rules meet no variant)
        for v in list(out):
            if len(out) >= cap:
                break
            if long in v and (pat := pat or regex.compile(rf"(?<!\w){regex.escape(long)}(?!\w)")).search(v):
                w = pat.sub(repl, v)
                if w not in seen:
                    seen.add(w)
                    out.append(w)
    return out


def _rules() -> list[tuple[str, str]]:
    rules = [(_fold(long)[0], _fold(s)[0]) for long, shorts in load("units")["abbreviations"].items() for s in shorts]
    rules.sort(key=lambda r: -len(r[0]))
    return rules


def _aliases() -> list[str]:
    data = load("units")
    out = []
    for item in data["units"]:
        for value, name in _expand(item["name"], data["levels"], data["committees"]):
            out.append(name)
            out += [a.replace("{level}", value).replace("{committee}", value) for a in item.get("aliases", [])]
    return [_fold(a)[0] for a in out]


def test_variants_of_every_alias() -> None:
    rules = _rules()
    aliases = _aliases()
    assert len(aliases) > 500 and len(rules) > 30
    for alias in aliases:
        assert _abbr_variants(alias, rules) == _old_variants(alias, rules), alias
    # and with a small cap
    for alias in aliases[:200]:
        assert _abbr_variants(alias, rules, cap=3) == _old_variants(alias, rules, cap=3), alias


_PIECES = ["ủy ban", "ban", "sở", " ", "  ", "-", "&", "_", "x", "1", "²", "\u0301", "a\u0301", "đ", "/", "\\", "ban_", "ủy"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12),
    st.lists(st.sampled_from(_PIECES), max_size=3),
    st.lists(st.sampled_from(["ub", "\\1", "", "x y", "\\g<0>", "&"]), min_size=1, max_size=1),
)
def test_replace_words(v: list[str], long: list[str], short: list[str]) -> None:
    text, what, by = "".join(v), "".join(long), short[0]
    assert _replace_words(text, what, by) == _old_replace(text, what, by)


def test_replace_words_examples() -> None:
    for text, what in [
        ("ủy ban ủy ban", "ủy ban"),
        ("ủy banx ủy ban", "ủy ban"),
        ("xủy ban", "ủy ban"),
        ("ban_ ban", "ban"),
        ("ban\u0301 ban²", "ban"),
        ("ban-ban", "ban"),
        ("banban ban", "ban"),
        ("", ""),
        ("a b", ""),
        ("x x x", "x x"),
        ("x x x x", "x x"),
    ]:
        assert _replace_words(text, what, "UB") == _old_replace(text, what, "UB"), (text, what)


_WORDS = ["a", "b", "c", "ab", "x", "a b", "b c", "x c", "a-b", "&"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)), max_size=6),
    st.integers(min_value=1, max_value=6),
)
def test_variants_with_made_up_rules(words: list[str], rules: list[tuple[str, str]], cap: int) -> None:
    # a replacement may bring in the long form of a later rule
    rules.sort(key=lambda r: -len(r[0]))
    alias = " ".join(words)
    assert _abbr_variants(alias, rules, cap) == _old_variants(alias, rules, cap)
