"""The unit finder's first use (ndq57.extract.units): what it derives from units.yaml is kept in
one file of the cache (``_kept``), read back the same as built, in parts read at their first
lookup (the entries and the trie's steps by first word, the aliases apart)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ndq57 import cache
from ndq57.extract import units
from ndq57.extract.units import _Entries, _Forms, _Trie


def _folded(text: str) -> str:
    return units._fold(text)[0]


def test_kept_value_is_plain_and_read_back_the_same(cache_dir: Path) -> None:
    built = units._kept_build()
    assert cache.plain(built)  # (else it would never be stored)
    units._kept.cache_clear()
    try:
        first = units._kept()  # built and stored
        names = [n for n in os.listdir(cache_dir) if n.startswith("units-") and not n.startswith("units-forms")]
        assert len(names) == 1
        units._kept.cache_clear()
        again = units._kept()  # read back
    finally:
        units._kept.cache_clear()
    assert again == first
    assert again[1:] == built[1:]
    # the names' parts hold the same values (their bytes may differ: marshal's references)
    (entries, trie), (entries_b, trie_b) = again[0], built[0]
    assert set(entries) == set(entries_b) and set(trie[0]) == set(trie_b[0]) and trie[1:] == trie_b[1:]


def test_entries_read_by_first_word_are_the_built_ones() -> None:
    built, _, _ = units._build_names()
    kept = _Entries(units._kept_names()[0])
    assert len(kept) == len(built) and set(kept) == set(built)
    for key, entry in built.items():
        assert kept.get(key) == entry and kept[key] == entry and key in kept
    for missing in ("", "x y z", "sở không có tên này", "&"):
        assert missing not in built
        assert kept.get(missing) is None and missing not in kept
        with pytest.raises(KeyError):
            kept[missing]


def test_trie_read_by_first_word_walks_as_the_built_one() -> None:
    _, plain, _ = units._build_names()
    built, kept = _Trie(plain), _Trie.kept(_Trie.kept_of(plain))
    assert kept.root == built.root and kept.second == built.second
    g = units._gazetteer()
    texts = [
        "Giao Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh và Ban Tuyên giáo Tỉnh ủy.",
        "Ủy ban nhân dân các xã, phường; Mặt trận Tổ quốc Việt Nam tỉnh; các sở, ban, ngành.",
        "VP UBND tỉnh, Sở KH&CN, Bộ Công an, Đảng ủy các cơ quan Đảng tỉnh",
        "không có tên nào ở đây",
    ]
    for text in texts:
        folded = _folded(text)
        fresh = _Trie.kept(_Trie.kept_of(plain))  # (nothing read yet)
        assert fresh.spans(folded) == built.spans(folded) == g.trie.spans(folded)
        for p in range(len(folded)):
            assert fresh.name_at(folded, p) == built.name_at(folded, p)


def test_aliases_read_at_their_first_lookup() -> None:
    _, _, variants = units._build_names()
    read: list[int] = []

    def load() -> dict[str, list[str]]:
        read.append(1)
        return variants

    forms = _Forms(load)
    assert not read
    name = next(iter(variants))
    assert forms[name] == frozenset(units._ascii_fold(v) for v in variants[name])
    assert forms.get("no such unit") is None
    assert len(forms) == len(variants) and list(forms) == list(variants)
    assert read == [1]


def test_kept_patterns_compile_to_the_fields() -> None:
    g, t = units._gazetteer(), units._triggers()
    assert isinstance(g.open_heads.pattern, str) and g.persons.titles.search(_folded("đồng chí Chủ tịch")) is not None
    assert all(rx.pattern.endswith(r"(?!\w)") for _, rx in g.persons.by_length)
    assert t.scan.search(_folded("Sở Y tế chủ trì")) is not None
    assert units._engines_differ().search("abc") is None and units._engines_differ().search("\u4e00") is not None
    assert units._compiled(units._later("a+", engine="re")).match("aa").group() == "aa"
    # (plain data that is not a pattern is given back as it is)
    assert units._compiled({"a": ("x", 1), "b": frozenset({"y"})}) == {"a": ("x", 1), "b": frozenset({"y"})}


_ALIAS_TEXTS = [
    "Trung tâm báo cáo kết quả trước ngày 30/6.",
    "- Tháng 11: Trung tâm  hoàn thành kế hoạch.",
    "Giao Ban Chỉ đạo tỉnh chỉ đạo triển khai.",
    "Các trung tâm, ban chỉ đạo tỉnh tổng hợp kết quả.",
    "Sở Y tế chủ trì, phối hợp với các đơn vị.",
    "Hằng năm, Trung tâm rà soát ...",
    "",
]


@pytest.mark.parametrize("aliases", [["Trung tâm"], ["Ban Chỉ đạo tỉnh"], ["Ban Chỉ đạo tỉnh", "Trung tâm", "Sở"]])
def test_the_alias_pattern_is_compiled_only_where_a_clause_holds_an_alias(aliases: list[str]) -> None:
    # (owners.Owners._aliases_for: a clause in which the alternation of the names finds none is
    # matched by no pattern of them)
    from ndq57 import cached_regex
    from ndq57.extract import owners

    full = owners._term_pattern(aliases)
    hint = cached_regex.transient(f"(?i:{owners._term_alts(aliases)})")
    for text in _ALIAS_TEXTS:
        for start in range(0, len(text) + 1, 3):
            for end in (len(text), max(start, len(text) - 5)):
                if hint.search(text, start, end) is None:
                    assert full.match(text, start, end) is None, (text, start, end)
    assert any(full.match(t) for t in _ALIAS_TEXTS)
