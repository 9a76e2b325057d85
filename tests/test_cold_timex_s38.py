"""The time grammar's tables and the decision rules' pattern sources kept between processes
(:func:`ndq57.cache.kept`): read back as they were built, keyed by every module that builds them,
and the decision rules' patterns compiled only when first asked for."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ndq57 import cached_regex, textutil
from ndq57.extract import decide, timex


def _clear() -> None:
    for f in (timex._words, timex._grammar, decide.words):
        f.cache_clear()


@pytest.fixture
def grammar_cache(cache_dir: Path) -> Iterator[Path]:
    """The test's own cache folder, the grammar's tables built again from it."""
    _clear()
    yield cache_dir
    _clear()  # (what the next tests read: built again in memory)


def _fields(g: timex._Grammar) -> tuple[object, ...]:
    return tuple(getattr(g, name) for name in timex._Grammar.__slots__)


def test_grammar_is_stored_then_read_back_as_built(grammar_cache: Path) -> None:
    built = _fields(timex._built_grammar())
    first = _fields(timex._grammar())  # (built and stored)
    names = [p.name for p in grammar_cache.iterdir()]
    assert any(n.startswith("timex-grammar-") for n in names) and any(n.startswith("timex-words-") for n in names)
    _clear()
    again = _fields(timex._grammar())  # (read back)
    assert first == built
    assert again == built
    assert [type(v) for v in again] == [type(v) for v in built]
    assert timex._words() == timex._built_words()  # (read back too, with the data as read)


def test_grammar_accessors_give_the_tables() -> None:
    g = timex._grammar()
    assert timex._rule_table() is g.rule_table
    assert timex._rule_firsts() is g.rule_firsts
    assert timex._word_kinds() is g.word_kinds
    assert timex._precheck_body() is g.precheck_body
    assert timex._precheck_parts()[2] == g.precheck_syllables  # (kept by its own cache: equal)
    assert timex._folded_safe().pattern == g.folded_safe
    assert timex._candidate_words().pattern == g.candidate_words


def test_grammar_fields_in_the_order_of_the_constructor() -> None:
    import inspect

    assert list(inspect.signature(timex._Grammar).parameters) == list(timex._Grammar.__slots__)


def test_kept_under_every_module_that_builds_them() -> None:
    """What :func:`ndq57.cache.kept` stores is keyed, beside the builder's own module, on the
    modules every table of patterns is written with (the tries, the escapes)."""
    import regex

    from ndq57 import cache

    got = cache.shared_sources()
    assert {textutil.__file__, cached_regex.__file__} <= set(got)
    assert Path(got[-1]).name.endswith(".py") and regex.escape.__module__.startswith("regex")


def test_decision_patterns_compiled_when_first_asked_for(grammar_cache: Path) -> None:
    sources = decide._word_sources()
    w = decide.words()
    assert dict.__len__(w) == 0  # (nothing compiled yet)
    assert len(w) == len(sources) and "obligation" in w and "no such words" not in w
    p = w["obligation"]
    assert dict.__len__(w) == 1 and w["obligation"] is p
    assert p.pattern == sources["obligation"][0]
    assert w.get("no such words") is None
    with pytest.raises(KeyError):
        w["no such words"]
    assert sorted(w) == sorted(sources)  # (whatever looks at them all compiles them all)
    assert dict.__len__(w) == len(sources)
    for key, (source, flags) in sources.items():
        assert w[key].pattern == source
        assert w[key].flags == cached_regex.compile(source, flags).flags


def test_decision_sources_read_back_as_built(grammar_cache: Path) -> None:
    built = decide._word_sources()
    first = decide.words()._sources  # type: ignore[attr-defined]
    decide.words.cache_clear()
    again = decide.words()._sources  # type: ignore[attr-defined]
    assert first == built and again == built
    assert any(p.name.startswith("decide-words-") for p in grammar_cache.iterdir())


@functools.cache
def _texts() -> list[str]:
    return [
        "Báo cáo kết quả trước 11h00, ngày 11/7/2025.",
        "Hoàn thành chậm nhất trong tháng 7/2026; định kỳ hằng quý báo cáo.",
        "Thực hiện trong quý III/2026 và 6 tháng đầu năm 2027.",
    ]


def test_found_the_same_with_tables_read_back(grammar_cache: Path) -> None:
    def found() -> list[tuple[str, str, str | None]]:
        timex._found.cache_clear()
        return [(e.phrase, e.kind, e.due) for t in _texts() for e in timex.find_time_expressions(t)[0]]

    fresh = found()
    _clear()
    assert found() == fresh
    assert len(fresh) >= 4


def test_tails_given_the_start_word_match_as_without_it() -> None:
    """A tail told the word its match starts at (the key :class:`timex._Starts` found there) skips
    the rules that cannot start with it: the same match as trying them all."""
    names = [n for n, _ in timex._rule_table()[1]]
    firsts = timex._firsts_by_rule()
    checked = skipped = 0
    for text, start, end, key, m in _whole_matches(slice(None, None, 3), "timex.yaml"):
        if not m.group("chain"):
            for name in names[names.index(m.lastgroup) : -1 : 2]:
                tail = timex._tail_pattern(name)
                assert tail is not None
                got, want = tail.match(text, start, end, key), tail.match(text, start, end)
                assert _read(got) == _read(want), (text[start:end], name, key)
                checked += 1
                skipped += sum(1 for n in tail.names if key is not None and firsts[n] is not None and key not in firsts[n])
    assert checked > 500 and skipped > checked


def _read(m: Any) -> Any:
    return None if m is None else (m.span(), m.lastgroup, m.groups())


def test_a_retry_after_a_chain_skips_only_rules_that_cannot_match() -> None:
    """Where a match has qualifier words, a retry tries each rule alone but those whose first words
    are none of the window's (:func:`timex._window_words`): none of them would match there."""
    names = [n for n, _ in timex._rule_table()[1]]
    firsts = timex._firsts_by_rule()
    places = skipped = 0
    for text, start, end, _, m in _whole_matches(slice(1, None, 3), "deadlines.yaml"):
        if m.group("chain"):
            words = timex._window_words(text, start, end)
            if words is None:
                continue
            places += 1
            for name in names:
                f = firsts[name]
                if f is not None and f.isdisjoint(words):
                    assert timex._rule_pattern(name).match(text, start, end) is None, (text[start:end], name)
                    skipped += 1
    assert places > 50 and skipped > places


def _whole_matches(which: slice, cases: str) -> Iterator[tuple[str, int, int, str | None, Any]]:
    """(text, start, end of the window, the start word's key, the whole grammar's match) at each
    place where the grammar matches, in the fixtures ``which`` and the phrases of ``cases``."""
    from conftest import CASES, FIXTURES, load_yaml, yaml_strings

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[which]]
    texts += list(yaml_strings(load_yaml(CASES / cases)))
    whole = timex._pattern()
    for text in texts:
        starts = timex._Starts(text)
        for start, key in zip(starts._starts, starts._keys, strict=True):
            end = min(len(text), start + timex._LONGEST)
            m = whole.match(text, start, end)
            if m is not None:
                yield text, start, end, key, m
