"""Small text helpers shared by the parse and extract stages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.patterns import SOURCES

# an item's letter label in the extractors' label patterns: "a)", "(a)", or a small roman numeral in
# parentheses "(ii)" (one alternative: put it inside a group of the label's forms)
# (also closed by a hyphen, in Party style, "a- ", and a small roman numeral closed by a
# parenthesis, "ii)", "iv)")
LETTER_LABEL = r"\(?[a-zđ]\)|[a-zđ]-(?=\s)|\([ivx]{2,5}\)|(?:ii{1,2}|iv|vi{1,3}|ix|xi{1,2})\)"

# the label that opens a list item, whatever its form, and the blanks after it: "-", "+", "•",
# "1.", "1.2.", "1)", "1-", "1–", "(3)", "a)", "a.", "a-", "(a)", "ii)", "(ii)", "ii."
_ITEM_LABEL = regex.compile(
    r"^[\s*_]*(?:[-+•–]|\(?\d{1,2}(?:\.\d{1,2})*[.)\-–]|\((?:\d{1,2}|[a-zđ]|[ivx]{1,5})\)"
    r"|(?:[a-zđ]|ii{1,2}|iv|vi{1,3}|ix|xi{1,2})[.)\-])[\s*_]*\s"
)


def strip_item_label(text: str) -> str:
    """``text`` without the label of the list item it opens (a task's text does not keep it).

    >>> [strip_item_label(t) for t in ("a- Sở Y tế", "1- Sở Y tế", "1– Sở Y tế", "(3) Sở Y tế", "Sở Y tế")]
    ['Sở Y tế', 'Sở Y tế', 'Sở Y tế', 'Sở Y tế', 'Sở Y tế']
    """
    m = _ITEM_LABEL.match(text)
    return text[m.end() :].lstrip() if m is not None else text


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each span ``(start, end)`` of ``edits`` (in order, not overlapping) replaced.

    >>> splice("Quý IV/2O27", [(8, 9, "0")])
    'Quý IV/2027'
    """
    parts: list[str] = []
    last = 0
    for s, e, r in edits:
        parts.append(text[last:s])
        parts.append(r)
        last = e
    parts.append(text[last:])
    return "".join(parts)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, a blank matching any run of blanks; as a
    trie of characters (:func:`trie`) when that matches the same.

    >>> alternation(["Căn cứ", "Căn", "Xét"])
    '(?:Căn(?:\\\\s+cứ)?|Xét)'
    """
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if all(" ".join(w.split(" ")) == w and " " not in (w[0], w[-1]) and "  " not in w for w in uniq):
        got = trie([w.split(" ") for w in uniq], blank=r"\s+")
        if got is not None:
            return got
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in uniq)


_END = ""  # the key of a trie node's "a phrase ends here"


def trie(
    phrases: Iterable[Sequence[str]],
    *,
    blank: str,
    escape: Callable[[str], str] = regex.escape,
    fold_case: bool = False,
) -> str | None:
    """One pattern for the ``phrases`` (each a sequence of words, ``blank`` between them), factored
    character by character ("b(?:an|ộ)"): the engine tries few branches at each place instead of
    every phrase. It matches what the alternation of the phrases, longest first, matches, with
    or without ignoring case: the phrases that match at one place are each other's prefixes, so
    the deepest branch of the trie is the longest of them, and backtracking goes to the next
    shorter one. None when that may not hold: a word holding a blank or a character whose case
    mapping is not one character to one ("ß", "ſ", "İ"), or two branches at one place that
    differ by case only ("C", "c": one character of the text could follow either). With
    ``fold_case`` (for a pattern that ignores case) the phrases are merged in lower case.

    >>> trie([["a", "b"], ["a"], ["c"]], blank=" +")
    '(?:a(?: +b)?|c)'

    The source is kept between processes (:class:`ndq57.patterns.Sources`), by a digest of the
    phrases and the options: a fresh process does not build it again.
    """
    listed = [tuple(words) for words in phrases]
    h = hashlib.blake2b(digest_size=16)
    how = f"{getattr(escape, '__module__', '')}.{getattr(escape, '__qualname__', repr(escape))}"
    h.update(f"{blank}\x1f{how}\x1f{fold_case}".encode())
    for words in sorted(listed):  # (the trie does not depend on their order; a set's varies)
        h.update(("\x1e" + "\x1f".join(words)).encode())
    return SOURCES.get(h.hexdigest(), lambda: _trie(listed, blank, escape, fold_case))


def _trie(phrases: list[tuple[str, ...]], blank: str, escape: Callable[[str], str], fold_case: bool) -> str | None:
    root: dict[str, Any] = {}
    chars: set[str] = set()
    for words in phrases:
        if not words:
            continue
        node = root
        for i, word in enumerate(words):
            if not word:
                return None
            chars.update(word)
            if i:
                node = node.setdefault(" ", {})
            for c in word.lower() if fold_case else word:
                node = node.setdefault(c, {})
        node[_END] = {}
    if not all(plain_case(c) for c in chars):
        return None
    escaped = {" ": blank}
    for c in chars:
        for k in (c.lower(), c) if fold_case else (c,):
            escaped[k] = k if k.isalnum() else escape(k)  # (no engine escapes a letter or a digit)

    def build(node: dict[str, Any]) -> str:
        keys = [k for k in node if k != _END]
        if len(keys) > 1:
            keys.sort()
            if len({k.lower() for k in keys}) < len(keys) or len({k.upper() for k in keys}) < len(keys):
                raise _CaseClash
        alts = [escaped[k] + build(node[k]) for k in keys]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if _END in node else body

    try:
        return build(root)
    except _CaseClash:
        return None


class _CaseClash(Exception):
    """Two branches of a trie differ by case only."""


def plain_case(c: str) -> bool:
    """``c`` is no blank and maps to one character in each case, its case folding its lower case
    (what both engines compare when ignoring case)."""
    return not c.isspace() and len(c.lower()) == 1 and len(c.upper()) == 1 and c.casefold() == c.lower()


def mostly_upper(text: str) -> bool:
    """At least two letters, 85 % of them upper-case ("ỦY BAN NHÂN DÂN", "KẾ HOẠCH SỐ 12").

    >>> mostly_upper("QUYẾT ĐỊNH"), mostly_upper("Quyết định"), mostly_upper("A")
    (True, False, False)
    """
    letters = list(filter(str.isalpha, text))  # (the character loops in C)
    return len(letters) > 1 and sum(map(str.isupper, letters)) >= 0.85 * len(letters)


def connected(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of ``0 .. n - 1`` that the pairs of ``links`` join (each pair puts its two in one
    group, directly or through others), each group in ascending order, the groups in the order of
    their first members.

    >>> connected(5, [(0, 3), (3, 4)])
    [[0, 3, 4], [1], [2]]
    """
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


PatternSource = tuple[str, int]  # a pattern's source and its flags, as kept (ndq57.cache.kept)


def pattern_source(pattern: str, flags: int = 0) -> PatternSource:
    """``pattern`` and ``flags`` as :class:`CompiledOnUse` keeps them (plain data)."""
    return pattern, int(flags)


class CompiledOnUse(dict[str, "regex.Pattern[str]"]):
    """Patterns by name, each compiled (``regex``) from its source (:func:`pattern_source`) the
    first time it is looked up: a document asks for some of a table's patterns only, and the
    sources are what the cache keeps. A name without a source is a ``KeyError``; whatever looks at
    them all (iterates, lists the values) compiles them all first."""

    __slots__ = ("_sources",)

    def __init__(self, sources: dict[str, PatternSource]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, key: str) -> regex.Pattern[str]:
        got: regex.Pattern[str] = regex.compile(*self._sources[key])
        self[key] = got
        return got

    def _complete(self) -> None:
        for key in self._sources:
            if not dict.__contains__(self, key):
                self.__missing__(key)

    def __contains__(self, key: object) -> bool:
        return key in self._sources

    def __len__(self) -> int:
        return len(self._sources)

    def __iter__(self) -> Iterator[str]:
        self._complete()
        return super().__iter__()

    def keys(self) -> Any:
        self._complete()
        return super().keys()

    def values(self) -> Any:
        self._complete()
        return super().values()

    def items(self) -> Any:
        self._complete()
        return super().items()

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._sources else default
