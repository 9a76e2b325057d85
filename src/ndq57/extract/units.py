"""Assignee units (cơ quan, đơn vị) in Vietnamese directive text, and the role each plays.

Two steps, as domain.md §3 asks: first match the units (longest match wins, on word boundaries,
ignoring case and tone-mark style), then read the verbs between and around them.

Units come from the gazetteer ``ndq57/data/units.yaml`` (canonical names, aliases, abbreviations,
both eras of names) built lazily into a trie of words, plus a few open patterns: a head
word and a run of capitalised words ("Sở Quy hoạch - Kiến trúc"), "Ban ... Tỉnh ủy", the long
name of a steering committee ("Ban Chỉ đạo về ... tỉnh"), collective addressees ("các sở, ban,
ngành", "các doanh nghiệp nhà nước thuộc tỉnh") and their enumerations ("các Bộ: Tài chính, Y
tế", each member a unit of its own in :attr:`UnitMatch.members`). Prefixes combine with the unit
that follows ("Đảng ủy" + "UBND tỉnh", "UBND" + "các xã, phường"); an appositive "- Cơ quan
Thường trực Ban Chỉ đạo" stays with its unit. Persons are read last, over the units: "(các) đồng
chí", one or more titles sharing the unit after the last ("Bộ trưởng, Thủ trưởng cơ quan ngang
bộ"), an appositive after " - " that is another title and unit, and "phụ trách ..." (see
``persons`` in units.yaml).

Roles (:func:`assign_roles`): lead, coordinate, assigned, director, supervisor, recipient, channel,
advised, issuer (of a cited document: "Kết luận số ... của Bộ Chính trị"), mention; each with the
rule that decided it. A list that an addressing verb opens ("đề nghị", "Kính gửi") or that stands
as the subject runs on over ";": its units share one decision and one :attr:`RoleMatch.group`.

>>> [(u.unit, u.kind) for u in find_units("Giao Sở KH&CN phối hợp với UBND tỉnh Đắk Lắk")]
[('Sở Khoa học và Công nghệ', 'state'), ('Ủy ban nhân dân tỉnh', 'state')]
>>> [(r.unit.unit, r.role) for r in assign_roles("Giao Văn phòng Tỉnh uỷ chủ trì, phối hợp với Sở Tài chính")]
[('Văn phòng Tỉnh ủy', 'lead'), ('Sở Tài chính', 'coordinate')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import marshal
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, NamedTuple, TypeVar

from ndq57 import cache
from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.data import pattern as data_pattern
from ndq57.memo import per_document
from ndq57.textutil import LETTER_LABEL
from ndq57.textutil import alternation as _alt

_V = TypeVar("_V")

KINDS = ("party", "state", "front", "steering", "central", "collective", "person", "other")
ROLES = (
    "lead", "coordinate", "assigned", "director", "supervisor", "recipient", "channel", "advised", "issuer", "mention",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class UnitMatch:
    start: int
    end: int  # offsets in the input text; raw == text[start:end]
    raw: str
    unit: str  # canonical name, tone style "hóa/ủy"
    kind: str  # party | state | front | steering | central | collective | person | other
    # an enumeration's members, each a unit of its own ("Các Bộ: Tài chính, Y tế" -> "Bộ Tài chính",
    # "Bộ Y tế"; raw is the name as listed, "Tài chính"); empty for any other match
    members: tuple[UnitMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleMatch:
    unit: UnitMatch
    role: str  # one of ROLES
    rule: str  # which rule decided
    group: int = 0  # the units of one list ("Sở A, Sở B và Sở C"; "các sở; UBND các xã") share it


# ---------------------------------------------------------------------------------------- folding

_LEAD_BLANKS = re.compile(r"\s*")  # the blanks at a position (str.strip's blanks)
_TONED_A = "àáảãạèéẻẽẹ"
_TONED_Y = "ỳýỷỹỵ"
# "o" or "u" and a toned vowel after it: what every change of tone_new begins with (a text without
# one is not searched with the look-behinds; the pattern starts with a character class, searched fast)
_TONE_PAIR = re.compile(f"[oOuU][{_TONED_A}{_TONED_Y}{_TONED_A.upper()}{_TONED_Y.upper()}]")


@functools.cache
def _tone_re() -> regex.Pattern[str]:
    # old style "hoà", "uỷ" (tone on the second vowel of an open syllable) -> "hòa", "ủy"
    a = _TONED_A + _TONED_A.upper()
    y = _TONED_Y + _TONED_Y.upper()
    return regex.compile(rf"(?<![qQ])([oO])([{a}])(?!\w)|(?<![qQ])([uU])([{y}])(?!\w)")


def _move_tone(m: regex.Match[str]) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    d = unicodedata.normalize("NFD", second)
    base, marks = d[0], d[1:]
    return unicodedata.normalize("NFC", first + marks) + base


def tone_new(s: str) -> str:
    """Put tone marks in the "hóa/ủy" style, syllable by syllable (length-preserving).

    >>> tone_new("Văn hoá, Uỷ ban, khoẻ, hoàn thành, quý")
    'Văn hóa, Ủy ban, khỏe, hoàn thành, quý'
    """
    if _TONE_PAIR.search(s) is None:
        return s
    return str(_tone_re().sub(_move_tone, s))


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Lower-case, NFC, "hóa/ủy" text for matching; with an offset map when lengths differ."""
    if unicodedata.is_normalized("NFC", text):
        low = text.lower()
        if len(low) == len(text):
            return tone_new(low), None
    parts: list[str] = []
    starts: list[int] = []
    for m in regex.finditer(r"\P{M}\p{M}*|\p{M}+", text):
        piece = unicodedata.normalize("NFC", m.group()).lower()
        parts.append(piece)
        starts.extend([m.start()] * len(piece))
    starts.append(len(text))
    return tone_new("".join(parts)), starts


def _ascii_fold(s: str) -> str:
    """Accent- and case-insensitive form with single spaces between words ("Sở KH&CN" -> "so kh&cn")."""
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    d = "".join(c for c in d if not unicodedata.combining(c)).lower()
    return " ".join(_KEY_TOKENS.findall(d))


_KEY_TOKENS = re.compile(r"\w+|&")
_DASH_SPACING = re.compile(r"\s*([-–—])\s*")
_COMMA_SPACING = re.compile(r"\s*,\s*")


def _key(folded: str) -> str:
    return " ".join(_KEY_TOKENS.findall(folded))


def _clean(s: str) -> str:
    s = " ".join(s.replace("*", "").replace("_", "").split()).strip(" \t,.;:-–—+•")
    s = _DASH_SPACING.sub(r" \1 ", s)
    s = _COMMA_SPACING.sub(", ", s)
    return tone_new(unicodedata.normalize("NFC", s))


# -------------------------------------------------------------------------------------- gazetteer


class _Entry(NamedTuple):  # (a named tuple: made from the cache's plain tuples at a third of the cost)
    canonical: str
    kind: str
    prefix: str  # "" | "any" | "collective": combines with the unit that follows
    standalone: bool


class _Entries:
    """Folded key (:func:`_key`) -> the gazetteer's entry (``get``, ``[]``, ``in``), read from the
    kept parts (:func:`_names`: the entries of the keys of each first word, as ``marshal`` bytes)
    at the first lookup of a key of that word: a document looks up a few first words' names."""

    __slots__ = ("_read", "_stored")

    def __init__(self, stored: dict[str, bytes]) -> None:
        self._stored = stored
        self._read: dict[str, dict[str, _Entry]] = {}

    def _part(self, key: str) -> dict[str, _Entry]:
        first = key.partition(" ")[0]
        part = self._read.get(first)
        if part is None:
            raw = self._stored.get(first)
            if raw is None:
                return _NO_ENTRIES
            distinct, keys = marshal.loads(raw)
            made = [_Entry._make(e) for e in distinct]
            part = self._read[first] = {k: made[at] for k, at in keys.items()}
        return part

    def get(self, key: str, default: _Entry | None = None) -> _Entry | None:
        return self._part(key).get(key, default)

    def __getitem__(self, key: str) -> _Entry:
        return self._part(key)[key]

    def __contains__(self, key: str) -> bool:
        return key in self._part(key)

    def __iter__(self) -> Iterator[str]:
        for first in self._stored:
            yield from self._part(first)

    def __len__(self) -> int:
        return sum(len(self._part(first)) for first in self._stored)


_NO_ENTRIES: dict[str, _Entry] = {}


class _Forms(Mapping[str, frozenset[str]]):
    """Canonical name -> the ascii-folded forms (:func:`_ascii_fold`) of its aliases, each name's
    folded at its first lookup, the aliases read at the first lookup of any (``variants``, see
    :func:`_variants`): parsing does not need them, only :func:`unit_matches`."""

    __slots__ = ("_forms", "_read", "_variants")

    def __init__(self, variants: Callable[[], dict[str, list[str]]]) -> None:
        self._read = variants  # -> canonical name -> its aliases, folded (_fold)
        self._variants: dict[str, list[str]] | None = None
        self._forms: dict[str, frozenset[str]] = {}

    def _all(self) -> dict[str, list[str]]:
        if self._variants is None:
            self._variants = self._read()
        return self._variants

    def __getitem__(self, name: str) -> frozenset[str]:
        forms = self._forms.get(name)
        if forms is None:
            forms = self._forms[name] = frozenset(_ascii_fold(v) for v in self._all()[name])
        return forms

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    entries: _Entries
    trie: _Trie
    by_canonical: Mapping[str, frozenset[str]]  # canonical -> ascii-folded aliases (see _Forms)
    abbr: tuple[tuple[str, str], ...]  # (long, short), ascii-folded
    level_keys: frozenset[str]
    open_heads: re.Pattern[str]  # (the standard library's engine scans these plain alternations faster)
    open_kind: dict[str, str]
    open_reject: dict[str, frozenset[str]]
    open_tail: dict[str, int]  # head -> lower-case words allowed in a row ("Phòng Tổ chức cán bộ")
    # head -> the things it manages, in small letters, its name may start with ("Ban quản lý chợ")
    open_objects: dict[str, regex.Pattern[str]]
    # head -> words in small letters its name runs on over before a capitalised name ("Trường Trung
    # học phổ thông chuyên Lê Quý Đôn")
    open_named: dict[str, frozenset[str]]
    open_stop: frozenset[str]
    field_stop: frozenset[str]  # words that open another unit, never a department's second field
    # lower-case two-word fields that run a name on past lower_run and the stop words ("Trung tâm
    # Công nghệ thông tin", "Cục Chuyển đổi số quốc gia"), folded
    name_fields: frozenset[str]
    verb_fields: dict[str, tuple[str, ...]]  # field -> the words before it that make it part of a name
    # words whose second syllable is a stop word, written with a capital ("Phòng Đảm bảo chất
    # lượng"): a field of the name only so (in small letters they start the predicate), folded
    capital_fields: frozenset[str]
    open_comma: frozenset[str]  # heads whose name runs on over ", " + a capitalised word ("Viện A, B")
    open_region: regex.Pattern[str]  # "vùng Tây Nguyên", "khu vực III", "miền Nam" inside an open name
    ban_committee: regex.Pattern[str]
    steering_long: regex.Pattern[str]
    steering_stop: regex.Pattern[str]
    coll_lead: regex.Pattern[str]
    coll_lead_words: tuple[str, ...]  # the first word of each of its lead words ("các", "mọi")
    coll_noun: regex.Pattern[str]
    coll_next: regex.Pattern[str]
    coll_suffix: regex.Pattern[str]
    coll_strong: frozenset[str]
    coll_strong_cased: frozenset[str]  # (helper 102) strong only with their capital ("các Vụ", not "các vụ")
    coll_keep: frozenset[str]
    coll_named: frozenset[str]  # suffixes that end with a body's head word ("thuộc Bộ")
    coll_names: dict[str, str]  # folded noun -> written form ("cơ quan thuộc Chính phủ")
    coll_reject: dict[str, regex.Pattern[str]]  # folded noun -> the words after it that make it another word
    coll_mod: regex.Pattern[str]  # a modifier after a noun ("nhà nước", "sự nghiệp công lập")
    coll_genitive: frozenset[str]  # nouns followed by the bodies they belong to ("tập thể lãnh đạo")
    coll_mod_next: regex.Pattern[str]  # another modifier of the same noun (", tiểu học", " và cao đẳng")
    coll_enum: dict[str, tuple[str, bool]]  # folded noun -> (head of each member, members are units)
    coll_units: dict[str, str]  # folded noun -> the unit each one is ("huyện ủy" -> "Huyện ủy")
    open_verbs: regex.Pattern[str]  # verbs and document types: no open name starts or runs through them
    steering_num: regex.Pattern[str]  # "Ban Chỉ đạo 389 quốc gia"
    steering_name: str  # the canonical head of a steering committee's name
    steering_head_len: int  # the length of its folded head ("ban chỉ đạo")
    steering_num_words: tuple[str, ...]  # the first word of each form before a number (gates the scan)
    steering_levels: dict[str, str]  # a folded level word after the name -> the level in the canonical name
    steering_central: frozenset[str]  # the folded levels whose committee is a central one
    persons: _PersonGrammar
    quick: regex.Pattern[str]
    cased: frozenset[str]  # canonical names whose last word is a name only when capitalised
    cased_first: frozenset[str]  # canonical names that are a name only when their first word is capitalised
    # a level's word -> the words after it that make it part of an ordinary word ("xã" + "hội")
    level_compounds: dict[str, regex.Pattern[str]]


@dataclass(frozen=True, slots=True)
class _PersonGrammar:
    """``persons`` of units.yaml, compiled."""

    titles: re.Pattern[str]  # any title, on word boundaries, longest first
    # words one of which every title holds (see _cover): a text with none of them holds no title
    needs: tuple[str, ...]
    by_length: tuple[tuple[str, regex.Pattern[str]], ...]  # each folded title and its pattern, longest first
    # the same by their first two characters; None when a title is shorter (then all are tried)
    by_head: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] | None
    written: dict[str, str]  # folded title -> as the data writes it
    need_unit: frozenset[str]  # folded titles that name nobody without a unit
    not_after: regex.Pattern[str]  # a word before a title that makes it part of another name ("Ban Giám đốc")
    lead: regex.Pattern[str]  # "đồng chí" right before a title (searched up to the title)
    charge: regex.Pattern[str]  # "phụ trách" after a person
    own_head: regex.Pattern[str]  # the issuing body named by its head word alone ("Giám đốc Sở")
    enum_heads: dict[str, str]  # folded title -> the head word of the bodies listed after it ("Bộ")
    charge_stop: regex.Pattern[str]


def _by_head(
    titles: tuple[tuple[str, regex.Pattern[str]], ...],
) -> dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] | None:
    """The titles and their patterns (in their order) by their first two characters; None when
    a title is shorter than that."""
    out: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
    for t, rx in titles:
        if len(t) < 2:
            return None
        out.setdefault(t[:2], []).append((t, rx))
    return {k: tuple(v) for k, v in out.items()}


def _cover(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words such that each phrase holds one of them (as a word), few: the word that most of the
    phrases not yet covered hold, then the next (ties: the longer word, then the first in order)."""
    left = set(phrases)
    out: list[str] = []
    while left:
        count: dict[str, int] = {}
        for p in left:
            for w in set(p.split()):
                count[w] = count.get(w, 0) + 1
        if not count:  # (a phrase of blanks only: no word stands for it)
            return ("",)
        best = max(sorted(count), key=lambda w: (count[w], len(w)))
        out.append(best)
        left = {p for p in left if best not in p.split()}
    return tuple(out)


def _expand(name: str, levels: list[str], committees: list[str]) -> list[tuple[str, str]]:
    """(placeholder value, expanded string) pairs."""
    if "{level}" in name:
        return [(lv, name.replace("{level}", lv)) for lv in levels]
    if "{committee}" in name:
        return [(c, name.replace("{committee}", c)) for c in committees]
    return [("", name)]


@functools.cache
def _rx_word() -> regex.Pattern[str]:
    return regex.compile(r"\w")


def _replace_words(v: str, long: str, short: str) -> str | None:
    """``v`` with each ``long`` that has no word character (as `regex` defines them) on either
    side replaced by ``short``, left to right, as `regex` would replace ``long`` between word
    boundaries (lookarounds); None when there is none."""
    if not long:  # (not in the data) the pattern would match between characters
        pat = regex.compile(r"(?<!\w)(?!\w)")
        return pat.sub(short.replace("\\", "\\\\"), v) if pat.search(v) else None
    word = _rx_word().match
    parts: list[str] = []
    pos = 0
    i = v.find(long)
    while i >= 0:
        j = i + len(long)
        if (i == 0 or word(v, i - 1) is None) and (j == len(v) or word(v, j) is None):
            parts += (v[pos:i], short)
            pos = j
            i = v.find(long, j)
        else:
            i = v.find(long, i + 1)
    if not parts:
        return None
    parts.append(v[pos:])
    return "".join(parts)


def _abbr_variants(folded: str, rules: list[tuple[str, str]], cap: int = 48) -> list[str]:
    """The alias with every combination of its abbreviations, in a fixed order (so that the
    gazetteer does not depend on the hash seed). ``rules``: (long form, short form)."""
    out = [folded]
    seen = {folded}
    every = folded  # the variants so far, one string to look for a long form in (one step)
    for long, short in rules:
        if long not in every:
            continue
        for v in list(out):
            if len(out) >= cap:
                break
            if long in v:
                w = _replace_words(v, long, short)
                if w is not None and w not in seen:
                    seen.add(w)
                    out.append(w)
        every = "\x00".join(out)
    return out


@functools.cache
def _element_re() -> regex.Pattern[str]:
    # (a word with a slash inside a name is one word: "da cam/dioxin", "HIV/AIDS")
    return regex.compile(r"\w+(?:/\w+)+|\w+|&|[,\-–—]")


def _elements(folded: str) -> list[str]:
    els: list[str] = []
    punct = False
    for t in _element_re().findall(folded):
        if t in ",-–—":
            punct = True
            continue
        if els:
            if t == "&" or els[-1] == "&":
                els.append("\x00Z")
            else:
                els.append("\x00P" if punct else "\x00S")
        els.append(t)
        punct = False
    return els


_WORD_RUN = re.compile(r"\w+")
_SLASH_WORD = re.compile(r"/\w")
# a slash between two names: a name's last word in lower case before it, a capitalised word after
# it ("Sở Tài chính/Sở Nội vụ"; not a symbol "NQ/TW", a date or "tỉnh/huyện")
_UNIT_SLASH = regex.compile(r"(?<=\p{Ll})/(?=\p{Lu}\p{Ll})")
# look-behinds (see _first): no word before; no word, nor a word and "/" or "-", before
_NO_WORD = (r"\w",)
_NO_WORD_BEFORE = (r"\w", r"\w[/\-]")


@functools.cache
def _separators() -> dict[str, re.Pattern[str]]:
    """The separators of :func:`_elements`, each with the word after it (maybe empty): "S" spaces,
    "P" a comma or dash with optional spaces around it, or spaces, "Z" optional spaces."""
    return {"S": re.compile(r"\s+(\w*)"), "P": re.compile(r"(?:\s*[,\-–—]\s*|\s+)(\w*)"), "Z": re.compile(r"\s*(\w*)")}


_Sep = Callable[[str, int], "re.Match[str] | None"]

# The trie, as plain data (tuples and dicts of strings: kept in the cache with the names, see
# :func:`_names`, so that a process does not build it again). A word step is (words, rank, odd):
# a whole run of \w -> the separator step after it; the order in which its words are tried (only
# needed with odd words); "&" and the words with characters outside \w, as (word, rank, step). A
# separator step is (seps, key): the separators that may follow ("S", "P", "Z" of
# :func:`_separators`, in the order they are tried) with the word step after each, and the key
# (:func:`_key`) of the name that ends there, or None.
_WordStep = tuple[dict[str, "_SepStep"], dict[str, int], tuple[tuple[str, int, "_SepStep"], ...]]
_SepStep = tuple[tuple[tuple[str, "_WordStep"], ...], "str | None"]


class _WordNode:
    """A word step while the trie is built."""

    __slots__ = ("depth", "words")

    def __init__(self) -> None:
        self.words: dict[str, _SepNode] = {}
        self.depth = 0  # the most elements of a name from here on


class _SepNode:
    """A separator step while the trie is built."""

    __slots__ = ("depth", "key", "next")

    def __init__(self) -> None:
        self.key: str | None = None
        self.next: dict[str, _WordNode] = {}  # separator -> the step after it
        self.depth = 0


def _after_words(step: _WordStep, s: str, p: int, sep: dict[str, _Sep]) -> tuple[int, str] | None:
    """(end, key) of the first name that continues from ``step`` with a word at ``p``, or None
    (``sep``: each separator's ``match``)."""
    words, rank, odd = step
    m = _WORD_RUN.match(s, p)
    tries: list[tuple[int, int, _SepStep]] = []
    if m is not None and m.group() in words:
        tries.append((rank[m.group()], m.end(), words[m.group()]))
    for tok, r, nxt in odd:
        q = p + len(tok)
        if s.startswith(tok, p) and (tok == "&" or _WORD_RUN.match(s, q) is None):
            tries.append((r, q, nxt))
    tries.sort(key=lambda t: t[0])
    for _, q, after in tries:
        found = _after_seps(after, s, q, sep)
        if found is not None:
            return found
    return None


def _after_seps(step: _SepStep, s: str, q: int, sep: dict[str, _Sep]) -> tuple[int, str] | None:
    """(end, key) of the first name that continues from ``step`` (a word ended at ``q``), or None.

    As a word follows each separator, a separator matches in one way at most: its pattern in
    :func:`_separators` gives the whole run of word characters after it, and where it starts."""
    while True:
        seps, key = step
        if len(seps) == 1 and key is None:  # one way on, nothing to come back to
            kind, nxt = seps[0]
            m = sep[kind](s, q)
            if m is None:
                return None
            if nxt[2]:
                return _after_words(nxt, s, m.start(1), sep)
            after = nxt[0].get(m.group(1))
            if after is None:
                return None
            step, q = after, m.end()
            continue
        for kind, nxt in seps:
            m = sep[kind](s, q)
            if m is None:
                continue
            if nxt[2]:
                found = _after_words(nxt, s, m.start(1), sep)
            else:
                after = nxt[0].get(m.group(1))
                found = None if after is None else _after_seps(after, s, m.end(), sep)
            if found is not None:
                return found
        if key is None or _SLASH_WORD.match(s, q) is not None:
            return None
        return q, key


def _first(c: str, behind: tuple[str, ...]) -> str:
    """The first character ``c`` of a pattern, then the look-behinds ``behind`` that stood before
    it, moved after it ("(?<!\\w)b" is "b(?<!\\wb)"): a pattern that begins with a character is
    searched for faster by the standard library's engine (it skips to the places of its first
    characters), and it matches the same (the look-behind sees the same character before ``c``,
    or none at the text's start)."""
    e = re.escape(c)
    return e + "".join(f"(?<!{b}{e})" for b in behind)


def _first_alt(words: Iterable[str], behind: tuple[str, ...]) -> str:
    """``(?:{behind...})(?:_alt(words))`` with the look-behinds after each first character (see
    :func:`_first`): the words grouped by their first character, each group's rests in
    :func:`_alt` (longest first, as in the alternation of all the words)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = []
    for c, rests in sorted(groups.items()):
        body = _alt(r for r in rests if r) if any(rests) else ""
        if body:
            body = f"(?:{body})" + ("?" if "" in rests else "")
        alts.append(_first(c, behind) + body)
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _char_trie(words: Iterable[str], behind: tuple[str, ...] = ()) -> str:
    """An alternation of ``words`` as a trie of characters ("b(?:an|ộ)"), for the engine to try
    fewer branches at each place; ``behind``: look-behinds that go before it (see :func:`_first`)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict[str, Any], root: bool = False) -> str:
        alts = [(_first(c, behind) if root else re.escape(c)) + build(k) for c, k in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree, True) or "(?!)"


def _tailed_trie(tails: dict[str, str], behind: tuple[str, ...] = ()) -> str:
    """An alternation of the words (keys of ``tails``) as a trie of characters, each word followed
    by its own pattern (the value), tried after the longer words that it begins; ``behind``:
    look-behinds that go before it (see :func:`_first`)."""
    tree: dict[str, Any] = {}
    for w, tail in tails.items():
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = tail

    def build(node: dict[str, Any], root: bool = False) -> str:
        alts = [(_first(c, behind) if root else re.escape(c)) + build(k) for c, k in sorted(node.items()) if c]
        if "" in node:
            alts.append(node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(tree, True) if tree else "(?!)"


class _Steps(dict[str, "_SepStep"]):
    """The first words of the kept trie -> the step after each (``steps[word]``), read from its
    ``marshal`` bytes at its first lookup: a document meets a few of them."""

    __slots__ = ("_stored",)

    def __init__(self, stored: dict[str, bytes]) -> None:
        super().__init__()
        self._stored = stored

    def __missing__(self, word: str) -> _SepStep:
        step: _SepStep = marshal.loads(self._stored[word])
        self[word] = step
        return step

    def whole(self) -> dict[str, _SepStep]:
        """Every first word and its step (in the order of the kept trie)."""
        return {w: self[w] for w in self._stored}


# the trie as kept (see _Trie.kept_of): the first words' steps as bytes, their rank and the odd
# first words, the pattern of the places where a name may start, and _Trie.second
_TrieKept = tuple[
    dict[str, bytes], dict[str, int], tuple[tuple[str, int, _SepStep], ...], str, dict[str, "frozenset[str] | None"]
]


class _Trie:
    """The gazetteer's names as a trie of words and separators, matched by walking it.

    A name (see :func:`_elements`) is a sequence of words (a run of word characters, or "&") and
    separators: "S" one or more spaces, "P" a comma or dash with optional spaces around it, or
    spaces, "Z" optional spaces (around "&"). :meth:`spans` finds what the regular expression built
    from the same trie would find (tests/test_trie_walk.py compares them): a name starts where no
    word (nor a word and "/" or "-") comes before it; each word ends on a word boundary; at each
    step the branches are tried deepest first, then by key, and going on before stopping; a name
    may not be followed by "/" and a word; the scan resumes after each name.

    Made from :meth:`plain_of` (the steps, the pattern of the places where a name may start, and
    :attr:`second`: plain data, kept in the cache), or built by :meth:`build`."""

    __slots__ = ("_sep", "_top", "second", "starts")

    def __init__(self, plain: tuple[_WordStep, str, dict[str, frozenset[str] | None]]) -> None:
        self._top, starts, self.second = plain  # second: after each first word, the words that
        # may come next, or None when the walk must be tried
        self.starts = re.compile(starts)
        self._sep: dict[str, _Sep] = {kind: p.match for kind, p in _separators().items()}

    @classmethod
    def build(cls, seqs: Iterable[list[str]]) -> _Trie:
        return cls(cls.plain_of(seqs))

    @staticmethod
    def kept_of(plain: tuple[_WordStep, str, dict[str, frozenset[str] | None]]) -> _TrieKept:
        """The plain trie ``plain`` as kept (see :class:`_Steps`): the step after each first word
        as ``marshal`` bytes, the rest as it is."""
        (words, rank, odd), starts, second = plain
        return {w: marshal.dumps(step) for w, step in words.items()}, rank, odd, starts, second

    @classmethod
    def kept(cls, kept: _TrieKept) -> _Trie:
        """The trie from :meth:`kept_of`: the step after a first word read at its first lookup."""
        steps, rank, odd, starts, second = kept
        words: dict[str, _SepStep] = _Steps(steps)
        if odd:  # (the walk from the first word looks the words up with "in": all are read)
            words = _Steps(steps).whole()
        return cls(((words, rank, odd), starts, second))

    @property
    def root(self) -> _WordStep:
        """The first step of the trie, every step after it read (see :class:`_Steps`)."""
        words, rank, odd = self._top
        return (words.whole() if isinstance(words, _Steps) else words), rank, odd

    @staticmethod
    def plain_of(seqs: Iterable[list[str]]) -> tuple[_WordStep, str, dict[str, frozenset[str] | None]]:
        """The trie of the names ``seqs`` as plain data."""
        root = _WordNode()
        seps: list[_SepNode] = []
        regular: dict[str, bool] = {}  # word -> a whole run of \w
        for seq in seqs:  # words at even places, separators at odd ones
            n = len(seq)
            if not n:
                continue
            step = root
            i = 0
            while True:
                word = seq[i]
                after = step.words.get(word)
                if after is None:
                    after = step.words[word] = _SepNode()
                    seps.append(after)
                    if word not in regular:
                        regular[word] = _WORD_RUN.fullmatch(word) is not None
                if after.depth < n - i:
                    after.depth = n - i
                i += 1
                if i == n:
                    break
                sep = seq[i][1]
                nxt = after.next.get(sep)
                if nxt is None:
                    nxt = after.next[sep] = _WordNode()
                step = nxt
                if step.depth < n - i:
                    step.depth = n - i
                i += 1
            if after.key is None:
                # the text between the words (spaces, a comma or a dash, or nothing next to "&")
                # holds no word character: the key is the words'
                words = " ".join(seq[::2])
                after.key = words if all(regular[w] for w in seq[::2]) else _key(words)

        # the order in which branches are tried: deepest first, then by key
        def word_step(node: _WordNode) -> _WordStep:
            ranked = sorted(node.words.items(), key=lambda kv: (-kv[1].depth, kv[0]))
            odd = tuple((w, rank, sep_step(after)) for rank, (w, after) in enumerate(ranked) if not regular[w])
            if not odd:
                return {w: sep_step(after) for w, after in node.words.items()}, {}, ()
            rank = {w: rank for rank, (w, _) in enumerate(ranked) if regular[w]}
            return {w: sep_step(after) for w, after in ranked if regular[w]}, rank, odd

        def sep_step(node: _SepNode) -> _SepStep:
            kids = sorted(node.next.items(), key=lambda kv: (-kv[1].depth, kv[0]))
            return tuple((sep, word_step(step)) for sep, step in kids), node.key

        top = word_step(root)
        firsts, _, odd = top
        # where a name can start: no word (nor a word and "/" or "-") before its first word
        before = r"(?<!\w)(?<!\w[/\-])"
        if odd:  # a name may start with "&" or a word with characters outside \w
            alts = [re.escape(w) + r"(?!\w)" for w in firsts]
            alts += [re.escape(w) + ("" if w == "&" else r"(?!\w)") for w, _, _ in odd]
            starts = before + "(?=" + "|".join(alts) + ")"
        second: dict[str, frozenset[str] | None] = {}
        for w, (nexts, key) in firsts.items():
            if key is not None or any(step[2] for _, step in nexts):
                second[w] = None
            else:
                second[w] = frozenset(x for _, step in nexts for x in step[0])
        if not odd:
            # the first word itself, and (looking ahead) one of the words that may come after it
            # (the whole run of word characters after the next separator), so that the scan
            # yields only the places where the walk may find a name
            tails = {
                w: r"(?!\w)" + ("" if nexts is None else r"(?=\s*(?:[,\-–—]\s*)?" + _char_trie(nexts) + r"(?!\w))")
                for w, nexts in second.items()
            }
            starts = _tailed_trie(tails, _NO_WORD_BEFORE)
        return top, starts, second

    def spans(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of the names in ``folded`` (lower case, "hóa/ủy" style), left to right."""
        out: list[tuple[int, int, str]] = []
        last = 0
        root = self._top
        sep = self._sep
        found: tuple[int, str] | None
        if root[2]:
            for m in self.starts.finditer(folded):
                p = m.start()
                if p >= last:
                    found = _after_words(root, folded, p, sep)
                    if found is not None and found[0] > p:
                        out.append((p, *found))
                        last = found[0]
            return out
        words = root[0]
        # each match of `starts` is the whole first word: no name can start inside it
        for m in self.starts.finditer(folded):
            p, q = m.span()
            if p >= last:
                found = _after_seps(words[m.group()], folded, q, sep)
                if found is not None and found[0] > p:
                    out.append((p, *found))
                    last = found[0]
        return out


    def name_at(self, folded: str, p: int) -> tuple[int, str] | None:
        """(end, key) of the name that starts at ``p`` (as :meth:`spans` would find it there), or None."""
        root = self._top
        if root[2]:
            return _after_words(root, folded, p, self._sep)
        m = self.starts.match(folded, p)
        if m is None:
            return None
        return _after_seps(root[0][m.group()], folded, m.end(), self._sep)


_TriePlain = tuple[_WordStep, str, dict[str, "frozenset[str] | None"]]
_Names = tuple[dict[str, _Entry], _TriePlain, dict[str, list[str]]]
# what :func:`_names` keeps: the entries by the first word of their keys (see :class:`_Entries`)
# and the trie (see :meth:`_Trie.kept_of`)
_NamesKept = tuple[dict[str, bytes], _TrieKept]


@functools.cache
def _kept() -> tuple[_NamesKept, dict[str, Any], dict[str, Any], str, Any]:
    """What this module derives from data/units.yaml, kept in the cache (:func:`ndq57.cache.kept`),
    in one file: the names (:func:`_names`), the other fields of the gazetteer
    (:func:`_gazetteer_plain`), of the role triggers (:func:`_triggers_plain`) and of the issuers'
    boards (:func:`_issuer_boards_plain`), and the class of the characters the two engines read
    differently (:func:`_engines_differ`). The file's key
    covers the code that derives them (this module, the data loader, the alternations of
    :mod:`ndq57.textutil` and the escapes of the engines' stand-ins) and the version of
    ``regex`` (its tables of characters: folding, ``\\w``)."""
    return cache.kept("units", _kept_build, data=["units"], sources=[__file__])


def _kept_build() -> tuple[_NamesKept, dict[str, Any], dict[str, Any], str, Any]:
    built = _kept_names(), _gazetteer_plain(), _triggers_plain(), _engines_differ_source(), _issuer_boards_plain()
    _variants()  # (the aliases stored too, while the names are built: a later process needs not build them)
    return built


def _names() -> _NamesKept:
    """The name entries and the trie of the names, expanded from data/units.yaml, kept (:func:`_kept`):
    expanding every alias by every abbreviation, and building the trie, are most of building the
    gazetteer. The entries and the trie's steps are kept in parts (bytes), each read at its first
    lookup (:class:`_Entries`, :class:`_Steps`): a document meets the names of a few first words
    out of some hundred."""
    return _kept()[0]


def _kept_names() -> _NamesKept:
    entries, trie, _ = _build_names()
    # (each part: its distinct entries, and each key's place among them: the keys of a first
    # word, its names written in every way, share a few entries)
    parts: dict[str, tuple[list[tuple[str, str, str, bool]], dict[str, int]]] = {}
    places: dict[str, dict[_Entry, int]] = {}
    for k, e in entries.items():
        first = k.partition(" ")[0]
        distinct, keys = parts.setdefault(first, ([], {}))
        at = places.setdefault(first, {})
        if e not in at:
            at[e] = len(distinct)
            distinct.append((e.canonical, e.kind, e.prefix, e.standalone))
        keys[k] = at[e]
    return {w: marshal.dumps(part) for w, part in parts.items()}, _Trie.kept_of(trie)


def _variants() -> dict[str, list[str]]:
    """Each canonical name's aliases, folded (see :class:`_Forms`), kept apart from :func:`_kept`:
    parsing does not read them."""
    return cache.kept("units-forms", lambda: _build_names()[2], data=["units"], sources=[__file__])


def _abbreviation_rules(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(long form, short form) of units.yaml ``abbreviations``, folded, the longest first."""
    rules: list[tuple[str, str]] = []
    for long, shorts in data["abbreviations"].items():
        for s in shorts:
            rules.append((_fold(long)[0], _fold(s)[0]))
    rules.sort(key=lambda r: -len(r[0]))
    return rules


@functools.cache  # (built once when the cache has neither file)
def _build_names() -> _Names:
    data = load("units")
    levels: list[str] = data["levels"]
    committees: list[str] = data["committees"]
    rules = _abbreviation_rules(data)
    entries: dict[str, _Entry] = {}
    seqs: list[list[str]] = []
    by_canonical: dict[str, list[str]] = {}
    for item in data["units"]:
        p = item.get("prefix", False)
        prefix = "collective" if p == "collective" else ("any" if p else "")
        standalone = bool(item.get("standalone", True))
        for value, name in _expand(item["name"], levels, committees):
            extra = item.get("aliases", [])
            aliases = [] if item.get("only_aliases") else [name]
            aliases += [a.replace("{level}", value).replace("{committee}", value) for a in extra]
            entry = _Entry(name, item["kind"], prefix, standalone)
            for alias in aliases:
                for v in _abbr_variants(_fold(alias)[0], rules):
                    k = _key(v)
                    if not k or (k in entries and not entries[k].prefix):
                        if k and entries[k].canonical == name and v not in by_canonical[name]:
                            # (the same name written with other separators, "Ngân hàng X - Chi
                            # nhánh tỉnh" beside "Ngân hàng X chi nhánh tỉnh": its way into the trie)
                            seqs.append(_elements(v))
                        continue
                    entries[k] = entry
                    seqs.append(_elements(v))
                    by_canonical.setdefault(name, []).append(v)
    return entries, _Trie.plain_of(seqs), by_canonical


# the pattern ``name`` of units.yaml ``patterns``, with the ``regex`` engine and with the ``re`` one
# (looked up once per name: they are asked for thousands of times a document)
@functools.cache
def _units_rx(name: str, flags: int = 0) -> Any:
    return data_pattern("units", "patterns", name, flags)


OBJECT_LABEL_MAX = 48  # characters of an object's label before its clause ("Đối tượng được kiểm tra:")


def object_label_before(folded: str, at: int) -> bool:
    """Does the label of what a plan inspects or covers ("Đối tượng:", "Đơn vị được kiểm tra:",
    "Địa bàn:") end right before ``at`` in the lower-case text ``folded``?"""
    return _units_re("object_label").search(folded, max(0, at - OBJECT_LABEL_MAX), at) is not None


@functools.cache
def _units_re(name: str) -> Any:
    return data_pattern("units", "patterns", name, engine="re")


@functools.cache
def _grammar() -> dict[str, Any]:
    """Words the module's own patterns are written with (data ``grammar``)."""
    grammar: dict[str, Any] = load("units")["grammar"]
    return grammar


@functools.cache
def _gazetteer() -> _Gazetteer:
    entries, trie = _names()
    fields = _compiled(_kept()[1])
    fields["persons"] = _PersonGrammar(**fields["persons"])
    return _Gazetteer(entries=_Entries(entries), trie=_Trie.kept(trie), by_canonical=_Forms(_variants), **fields)


# a pattern of :func:`_gazetteer_plain` as plain data (see _later), compiled by _compiled
_LATER = "\x00pattern"


def _later(pattern: str, flags: int = 0, *, engine: str = "regex") -> tuple[str, str, str, int]:
    """The pattern to compile (with ``regex``, or with ``re``), as plain data to keep."""
    return _LATER, engine, pattern, int(flags)


def _compiled(value: Any) -> Any:
    """``value`` (plain data) with each pattern of :func:`_later` in it compiled, in the tuples
    and dicts it holds."""
    kind = type(value)
    if kind is tuple:
        if len(value) == 4 and value[0] == _LATER:
            _, engine, pattern, flags = value
            return (re.compile if engine == "re" else regex.compile)(pattern, flags)
        return tuple(_compiled(v) for v in value)
    if kind is dict:
        return {k: _compiled(v) for k, v in value.items()}
    return value


def _gazetteer_plain() -> dict[str, Any]:
    """The fields of the gazetteer but for its names (:func:`_names`), its patterns as sources
    (:func:`_later`), kept (:func:`_kept`): the words of units.yaml folded, sorted and made into
    alternations cost more than reading them back. (The persons' grammar under ``persons``.)"""
    data = load("units")
    committees: list[str] = data["committees"]
    levels: list[str] = data["levels"]
    heads = data["open_heads"]
    open_kind = {_fold(h)[0]: v["kind"] for h, v in heads.items()}
    open_reject = {_fold(h)[0]: frozenset(_fold(x)[0] for x in v.get("reject", [])) for h, v in heads.items()}
    open_tail = {_fold(h)[0]: int(v.get("lower_run", 1)) for h, v in heads.items()}
    open_comma = frozenset(_fold(h)[0] for h, v in heads.items() if v.get("comma_caps"))
    open_named = {
        _fold(h)[0]: frozenset(_fold(w)[0] for w in v["before_name"]) for h, v in heads.items() if v.get("before_name")
    }
    open_objects = {
        _fold(h)[0]: _later(rf"(?:{_alt(_fold(w)[0] for w in v['objects'])})(?!\w)")
        for h, v in heads.items()
        if v.get("objects")
    }
    coll = data["collective"]
    nouns = [_fold(n)[0] for n in coll["nouns"]]
    pers = data["persons"]
    titles = sorted({_fold(t)[0] for t in pers["titles"]}, key=lambda t: (-len(t), t))
    by_length: Any = tuple((t, _later(rf"{_alt([t])}(?!\w)")) for t in titles)

    def words_rx(ws: Iterable[str]) -> tuple[str, str, str, int]:
        return _later(rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in ws)})(?!\w)")

    noun_alt = rf"(?:{_alt(nouns)})(?!\w)"
    committee_alt = _alt([_fold(c)[0] for c in committees] + list(_grammar()["committee_bodies"]))
    # (the committee of a Tỉnh ủy or Thành ủy, "... của Tỉnh ủy": the Party's, of that level; a
    # commune's committee since 2025: "... chuyển đổi số xã"; not "kinh tế - xã hội tỉnh")
    steering = data["steering"]
    compounds = {_fold(k)[0]: ws for k, ws in data["level_compounds"].items()}

    def levels_alt(ws: Iterable[str]) -> str:
        # (longest first; a level in `level_compounds` not before its compound: "xã hội")
        out = []
        for w in sorted({_fold(w)[0] for w in ws}, key=lambda w: (-len(w), w)):
            guard = compounds.get(w.rsplit(" ", 1)[-1])
            after = rf"(?![ \t]+(?:{_alt(_fold(c)[0] for c in guard)}))" if guard else ""
            out.append(_alt([w]) + after)
        return "|".join(out)

    level_alt = levels_alt(steering["levels"])
    steering_head = _alt([_fold(steering["name"])[0]])
    topic_open = _alt(_fold(w)[0] for w in data["steering_topic_open"])  # "Ban Chỉ đạo phát triển ..."
    gr = _grammar()
    return dict(
        cased=frozenset(data.get("cased_last_word", [])),
        cased_first=frozenset(
            n for w in data.get("cased_first_word", []) for _, n in _expand(w, data["levels"], data["committees"])
        ),
        level_compounds={
            _fold(k)[0]: _later(rf"\s+({_alt(_fold(w)[0] for w in ws)})(?!\w)")
            for k, ws in data["level_compounds"].items()
        },
        abbr=tuple((_ascii_fold(a), _ascii_fold(b)) for a, b in _abbreviation_rules(data)),
        level_keys=frozenset(_key(_fold(lv)[0]) for lv in levels),
        open_heads=_later(rf"{_first_alt(open_kind, _NO_WORD_BEFORE)}(?!\w)", engine="re"),
        open_kind=open_kind,
        open_reject=open_reject,
        open_tail=open_tail,
        open_objects=open_objects,
        open_named=open_named,
        open_stop=frozenset(_fold(w)[0] for w in data["open_stop"]),
        field_stop=frozenset(_fold(w)[0] for w in data["second_field_stop"]),
        name_fields=frozenset(_fold(w)[0] for w in data["name_fields"])
        | frozenset(_fold(w)[0] for w in data["verb_fields"]),
        verb_fields={_fold(k)[0]: tuple(_fold(w)[0] for w in v) for k, v in data["verb_fields"].items()},
        capital_fields=frozenset(_fold(w)[0] for w in data["capital_fields"]),
        open_comma=open_comma,
        open_region=_later(
            rf"(?:{_alt(_fold(w)[0] for w in data['open_regions'])})(?=[ \t]+(?:\p{{Lu}}|\d{{1,2}}(?![\w/])))"
            # (helper 104) "Trạm Chăn nuôi và Thú y khu vực", "Hạt Kiểm lâm khu vực": the regional body,
            # named with no region after it, then a predicate or the end of the name
            rf"|(?P<bare>{_alt(_fold(w)[0] for w in data['bare_regions'])})"
            r"(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+\p{Ll})"
        ),
        ban_committee=_later(rf"(?<!\w)ban(?:[ \t]+[\w]+,?){{1,6}}?[ \t]+(?:{committee_alt})(?!\w)"),
        steering_long=_later(
            rf"(?<!\w){steering_head}(?:\s+{gr['about']}|(?=\s+(?:{topic_open})(?!\w)))"
            rf"(?:\s+[\w,\-–]+(?:/[\w,\-–]+)*){{1,30}}?\s+(?P<lvl>{level_alt})(?!\w)"
        ),
        steering_stop=_later(rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in data['steering_topic_stop'])})(?!\w)"),
        coll_lead=_later(rf"{_first_alt((_fold(w)[0] for w in coll['lead']), _NO_WORD)}\s+(?={noun_alt})"),
        coll_lead_words=tuple(sorted({_fold(w)[0].split()[0] for w in coll["lead"]})),
        coll_noun=_later(noun_alt),
        coll_next=_later(rf"(?:[ \t]*[,/][ \t]*|\s+{gr['and']}\s+)(?:{gr['many']}\s+)?(?={noun_alt})"),
        coll_suffix=_later(
            rf"\s+(?:{_alt(_fold(w)[0] for w in coll['suffixes'])})(?!\w)"
            rf"(?!\s+(?:{_alt(_fold(w)[0] for w in coll['suffix_not_before'])})(?!\w))"
        ),
        coll_strong=frozenset(_fold(w)[0] for w in coll["strong"]),
        coll_strong_cased=frozenset(_fold(w)[0] for w in coll["strong_capitalised"]),
        coll_keep=frozenset(_fold(w)[0] for w in coll["keep"]),
        coll_named=frozenset(_fold(w)[0] for w in coll["suffix_named"]),
        coll_names={regex.sub(r"\s+", " ", _fold(w)[0]): w for w in coll["nouns"]}
        | {_fold(k)[0]: str(v) for k, v in coll["noun_forms"].items()},
        coll_reject={
            _fold(n)[0]: _later(rf"\s+(?:{_alt(_fold(w)[0] for w in ws)})(?!\w)")
            for n, ws in coll["noun_reject"].items()
        },
        coll_mod=_later(rf"[ \t]+(?:{_alt(_fold(w)[0] for w in coll['modifiers'])})(?!\w)"),
        coll_genitive=frozenset(_fold(w)[0] for w in coll["genitive"]),
        coll_mod_next=_later(
            rf"(?:[ \t]*(,)[ \t]*|[ \t]+{gr['and']}[ \t]+)"
            rf"({_alt(_fold(w)[0] for w in coll['modifiers'] if w not in coll['modifiers_once'])})(?!\w)"
        ),
        coll_enum={_fold(n)[0]: (str(v["head"]), bool(v.get("of_units"))) for n, v in coll["enumerable"].items()},
        coll_units={_fold(n)[0]: str(v) for n, v in coll["unit_nouns"].items()},
        open_verbs=words_rx(data["open_verbs"]),
        steering_num=_later(
            rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in steering['number_names'])})\s+(?P<num>\d+)"
            rf"(?:\s+(?P<lvl>{levels_alt([*steering['levels'], *steering['number_levels']])}))?(?!\w)"
        ),
        steering_name=steering["name"],
        steering_head_len=len(_fold(steering["name"])[0]),
        steering_num_words=tuple(sorted({_fold(w)[0].split()[0] for w in steering["number_names"]})),
        steering_levels={
            _fold(k)[0]: str(v) for k, v in {**steering["levels"], **steering["number_levels"]}.items()
        },
        steering_central=frozenset(_fold(w)[0] for w in steering["central"]),
        persons=dict(
            # a trie of characters: the engine tries few branches at each place (titles may break over lines)
            titles=_later(
                rf"(?:{_char_trie(titles, _NO_WORD).replace(chr(92) + ' ', chr(92) + 's+')})(?!\w)", engine="re"
            ),
            needs=_cover(titles),
            by_length=by_length,
            by_head=_by_head(by_length),
            written={_fold(t)[0]: t for t in pers["titles"]}
            | {_fold(k)[0]: str(v) for k, v in pers.get("title_forms", {}).items()},
            need_unit=frozenset(_fold(t)[0] for t in pers["need_unit"]),
            not_after=_later(rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in pers['not_after'])})[ \t]+$"),
            lead=_later(rf"(?<![\w/])(?:{_alt(_fold(w)[0] for w in pers['lead'])})[ \t\r\n*_]+$"),
            # (maybe set off by dashes: "các đồng chí Ủy viên ... - phụ trách các đảng bộ - theo dõi")
            charge=_later(
                rf"(?:[ \t\r\n]+|[ \t]+[-–—][ \t]+)(?:{_alt(_fold(w)[0] for w in pers['charge'])})(?!\w)"
            ),
            charge_stop=words_rx(pers["charge_stop"]),
            enum_heads={_fold(t)[0]: str(h) for t, h in pers["enum_heads"].items()},
            own_head=_later(rf"[ \t\r\n*_]+({_alt(pers['own_heads'])})(?!\w)(?![ \t]*\p{{Lu}})"),
        ),
        quick=_later(str(data["patterns"]["quick"]), regex.IGNORECASE),
    )


# --------------------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Member:
    """One member of an enumeration ("các Bộ: Tài chính, Y tế" -> "Tài chính" is "Bộ Tài chính")."""

    start: int  # folded coordinates of the member as listed
    end: int
    short: str  # its name as the list gives it, canonical ("Tài chính", "Quảng Trị")
    canonical: str  # its own name ("Bộ Tài chính", "tỉnh Quảng Trị")
    kind: str


@dataclass(slots=True)
class _Cand:
    start: int  # folded coordinates
    end: int
    canonical: str
    kind: str
    prio: int  # lower wins a tie
    prefix: str = ""
    standalone: bool = True
    members: list[_Member] = field(default_factory=list)
    # set off by commas, an appositive ends the name: "Sở X, cơ quan thường trực Ban Chỉ đạo, ..."
    appositive: bool = False


@functools.cache
def _numbered_names() -> tuple[tuple[str, ...], frozenset[str]]:
    """The last words of names whose number follows them, and the names that need it."""
    data = load("units")
    return tuple(data["numbered_names"]), frozenset(data["number_only"])


_DASH_PLACE = regex.compile(r"[ \t]+[-–][ \t]+(?=\p{Lu}\p{Ll})")


@functools.cache
def _comma_fields() -> frozenset[str]:
    """(helper 51) The pairs of words a comma joins inside a field (data ``comma_fields``), folded."""
    return frozenset(" ".join(_fold(f)[0].split()) for f in load("units")["comma_fields"])


def _blanks_then(phrases: Iterable[str]) -> regex.Pattern[str]:
    """Blanks on one line, then one of ``phrases`` (in their order; their words apart by blanks on
    one line), ending at a word's end."""
    alts = "|".join("[ \t]+".join(map(regex.escape, p.split())) for p in phrases)
    return regex.compile(f"[ \t]+(?:{alts})(?!\\w)")


@functools.cache
def _numbered_tails() -> dict[str, regex.Pattern[str]]:
    """(helper 51) The numbered names whose force follows their number (data ``numbered_tails``), each
    with the pattern of those words as written, right after the number ("Hải đội 2" + " Biên phòng")."""
    out: dict[str, regex.Pattern[str]] = {}
    for name, tails in load("units")["numbered_tails"].items():
        out[name] = _blanks_then(tails)
    return out


@functools.cache
def _dash_placed() -> frozenset[str]:
    """The names whose number is followed by their place after a dash (data ``numbered_dash_place``)."""
    return frozenset(load("units")["numbered_dash_place"])


@functools.cache
def _numbered_by_so() -> frozenset[str]:
    """The names of bodies set up many at a time and told apart by "số" and a number."""
    return frozenset(load("units")["numbered_by_so"])


_REGION_NO = regex.compile(r"[ \t]+((?:[ivxl]{1,5}|\d{1,3})(?![\w/]))", regex.IGNORECASE)
_TOK = re.compile(r"([ \t\r\n*_]*)([,\-–—&]?)([ \t\r\n*_]*)(\w+)")


_WORD_BEFORE = regex.compile(r"\w+$")
_TWO_WORDS_BEFORE = regex.compile(r"\w+[ \t]+\w+$")
_WORD_REACH = 40  # how far back the word before a place is looked for


@functools.cache
def _numbered_words() -> frozenset[str]:
    return frozenset(_fold(w)[0] for w in load("units")["numbered_words"])


def _numbered_before(folded: str, lo: int, end: int, prev: regex.Match[str] | None) -> bool:
    """The word before a number is one that numbers a name (``numbered_words``), alone or with the
    word before it ("nghiệp vụ" in "Phòng Nghiệp vụ 1"; "vụ" alone numbers nothing: "Sở Nội vụ 03 bản")."""
    if prev is None:
        return False
    words = _numbered_words()
    if prev.group() in words:
        return True
    two = _TWO_WORDS_BEFORE.search(folded, lo, end)
    return two is not None and " ".join(two.group().split()) in words


@functools.cache
def _field_verbs() -> frozenset[str]:
    return frozenset(_fold(w)[0] for w in load("units")["name_field_verbs"])


@functools.cache
def _time_words() -> frozenset[str]:
    return frozenset(_fold(w)[0] for w in load("units")["roles"]["opening_time_words"])


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``text`` (a loop: read for every text, faster than
    ``any`` over a generator)."""
    for w in words:  # noqa: SIM110  (see above)
        if w in text:
            return True
    return False


def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper()


_NO_AFTER_SO = regex.compile(r"[ \t]+(\d{1,3})(?![\w/.,-]\w|\w)")


def _walk_caps(
    text: str,
    folded: str,
    pos: int,
    stop: frozenset[str],
    max_tokens: int = 10,
    barriers: frozenset[int] = frozenset(),
    strict: bool = False,
    lower_run: int = 1,
    field_stop: frozenset[str] = frozenset(),
    verbs: regex.Pattern[str] | None = None,
    fields: frozenset[str] = frozenset(),
    verb_fields: Mapping[str, tuple[str, ...]] | None = None,
    capital_fields: frozenset[str] = frozenset(),
    comma_caps: bool = False,
    region: regex.Pattern[str] | None = None,
    objects: regex.Pattern[str] | None = None,
    named: frozenset[str] = frozenset(),
) -> int:
    """End of a run of capitalised words starting at ``pos`` ("Quy hoạch - Kiến trúc"), or pos.

    A capitalised word may be followed by up to ``lower_run`` lower-case words that are not in
    ``stop`` ("Phòng Chính quyền địa phương" with 3); after a lower-case word of the name, a field
    of ``fields`` ("thông tin", "quốc gia", also after "và") runs it on whatever the count and the
    stop words. The run stops before a comma (unless ``comma_caps`` and a capitalised word that
    starts no other unit follows: "Viện Chiến lược, Chính sách ...") and before a word where
    another unit starts (``barriers``). The first words may be in small letters when ``objects``
    matches them ("Ban quản lý" + "chợ Bình Minh"): then a capitalised name or a field only goes on.
    A word of ``named`` in small letters runs the name on before a capitalised word ("chuyên Lê Quý
    Đôn")."""
    end = pos
    gr = _grammar()
    and_word, number_word = gr["and"], gr["number"]
    prev_cap = False
    low = 0  # lower-case words in a row so far
    fielded = -1  # where the last field read ends (a field runs on to another: "Khu du lịch quốc gia")
    n = 0
    while n < max_tokens:
        m = _TOK.match(text, end)
        if not m or "\n\n" in m.group(1) + m.group(3):
            break
        w = m.group(4)
        wf = folded[m.start(4) : m.end(4)]
        punct = m.group(2)
        if verbs is not None and verbs.match(folded, m.start(4)):
            break  # "Bộ" + "Thực hiện Kết luận ...": a verb or a document type starts there
        if (
            punct == ","
            and n >= 1
            and lower_run > 1
            and m.start(4) not in barriers
            and "\n" not in m.group(1) + m.group(3)
            and (before := _WORD_BEFORE.search(folded, max(0, end - 24), end)) is not None
            and f"{before.group()}, {wf}" in _comma_fields()
        ):
            # (helper 51) "Tổng cục Phòng, chống thiên tai": two verbs of one field joined by a comma
            end, prev_cap, low, n = m.end(), False, 1, n + 1
            continue
        if (
            punct == ","
            and lower_run > 1
            and n >= 2
            and m.start(4) not in barriers
            and not _is_cap(w)
            and wf not in stop
            and wf not in field_stop
            and not w[0].isdigit()
        ):
            # "Phòng Tổ chức, biên chế", "Phòng Văn hóa, thông tin": a department named by two
            # fields, the second in lower case after a comma (a field of two words whole: "Cục Hộ
            # tịch, quốc tịch, chứng thực")
            field_end = _field_at(text, folded, m, fields, verb_fields) if fields else None
            if field_end is not None:
                end, prev_cap, low, n = field_end, False, 1, n + 2
            else:
                end, prev_cap, low, n = m.end(), False, 1, n + 1
            continue
        if (
            comma_caps
            and punct == ","
            and n >= 2
            and _is_cap(w)
            and m.start(4) not in barriers
            and "\n" not in m.group(1) + m.group(3)
            and wf not in field_stop
        ):
            end, prev_cap, low, n = m.end(), True, 0, n + 1
            continue
        if punct == "," or m.start(4) in barriers or (strict and (wf in stop or not _is_cap(w))):
            break
        if fields and not punct and (low > 0 or prev_cap or end == fielded) and not _is_cap(w):
            field_end = _field_at(text, folded, m, fields, verb_fields)
            if field_end is None and wf == and_word:
                m2 = _TOK.match(text, m.end())
                if m2 and not m2.group(2) and not _is_cap(m2.group(4)) and "\n\n" not in m2.group(1):
                    field_end = _field_at(text, folded, m2, fields, verb_fields)
            if field_end is not None:
                # "Trung tâm Công nghệ thông tin", "Chính sách khoa học và công nghệ"
                end, prev_cap, n = field_end, False, n + 2
                fielded = end
                continue
        if region is not None and n >= 1 and not punct and not _is_cap(w):
            rm = region.match(text, m.start(4))
            if rm is not None and rm.group("bare"):
                end = rm.end()
                break
            if rm is not None:
                # "Viện Khoa học xã hội vùng Tây Nguyên", "Học viện Chính trị khu vực III": the
                # region and the name or number after it
                m2 = _TOK.match(text, rm.end())
                if m2 is not None and m2.start(4) not in barriers:
                    end, prev_cap, low, n = m2.end(), True, 0, n + 2
                    m3 = _TOK.match(text, end) if m2.group(4).isdigit() else None
                    if (
                        m3 is not None
                        and not m3.group(2)
                        and not _is_cap(m3.group(4))
                        and folded[m3.start(4) : m3.end(4)] not in _level_first_words()
                    ):
                        break  # "Chi hội Phụ nữ khu vực 3" + "họp": only a level goes on
                    continue
        if (fields or capital_fields) and prev_cap and not punct and not _is_cap(w) and wf in stop:
            before = _WORD_BEFORE.search(folded, max(0, m.start(1) - 24), m.start(1))
            if before is not None and (
                f"{before.group()} {wf}" in fields or f"{before.group()} {wf}" in capital_fields
            ):
                # "... và Truyền thông", "Phòng Đảm bảo": a capitalised field whose second word is
                # a stop word
                end, prev_cap, low, n = m.end(), False, low + 1, n + 1
                continue
        if (
            n == 0
            and not punct
            and objects is not None
            and m.start(4) not in barriers
            and (obj := objects.match(folded, m.start(4))) is not None
        ):
            # "Ban quản lý chợ", "Ban Quản lý cảng cá Tắc Cậu", "Ban Quản lý Khu công nghệ cao": what
            # the board manages, then its name
            end, prev_cap, low, n = obj.end(), False, lower_run, n + 1
            fielded = end
            continue
        if n == 0 and (punct or not _is_cap(w)):
            break
        if (
            named
            and not punct
            and wf in named
            and (m2 := _TOK.match(text, m.end())) is not None
            and not m2.group(2)
            and _is_cap(m2.group(4))
            and "\n" not in m2.group(1)
            and m2.start(4) not in barriers
        ):
            # "Trường Trung học phổ thông chuyên Lê Quý Đôn": the school's kind, then its name
            end, prev_cap, low, n = m2.end(), True, 0, n + 2
            continue
        if (
            wf == number_word
            and not punct
            and not strict
            and (no := _NO_AFTER_SO.match(text, m.end())) is not None
            and no.start(1) not in barriers
        ):
            # "Trường Tiểu học số 1", "Đội Quản lý thị trường số 3": one of many, by its number
            end, prev_cap, low, n = no.end(), True, 0, n + 2
            continue
        if wf == and_word and not punct:
            m2 = _TOK.match(text, m.end())
            if (
                m2
                and not m2.group(2)
                and _is_cap(m2.group(4))
                and "\n\n" not in m2.group(1)
                and m2.start(4) not in barriers
                and not strict
            ):
                end, prev_cap, low, n = m2.end(), True, 0, n + 2
                continue
            break
        if punct:
            if _is_cap(w) and not w.isdigit():
                # (a new field after a dash: its lower-case words counted afresh, "Giáo dục nghề
                # nghiệp - Giáo dục thường xuyên khu vực")
                end, prev_cap, low, n = m.end(), True, 0, n + 1
                continue
            if (
                fields
                and punct != "&"
                and low > 0
                and "\n" not in m.group(1) + m.group(3)
                and (field_end := _field_at(text, folded, m, fields, verb_fields)) is not None
            ):
                # "Vụ Pháp luật hình sự - hành chính": a second field in small letters after a
                # name that writes its own so (not "Sở Y tế - cơ quan thường trực ...")
                end, prev_cap, n = field_end, False, n + 2
                continue
            break
        if _is_cap(w):
            end, prev_cap, low, n = m.end(), True, 0, n + 1
            continue
        if n >= 2 and w.isdigit() and len(w) <= 3 and not strict and not punct:
            # "Bộ Tư lệnh Quân khu 5", "Vùng Cảnh sát biển 2": a number after a word that is
            # numbered closes the name (not "Cục Thuế 15 ngày", "Sở Tư pháp 03 bản")
            lo = max(0, end - _WORD_REACH)  # (not searched from the text's start: a long line)
            prev = _WORD_BEFORE.search(folded, lo, end)
            if prev is not None and prev.start() == lo and lo and folded[lo - 1].isalnum():
                prev = None  # (a word longer than the reach: no numbered word)
            m2 = _TOK.match(text, m.end())
            after = folded[m2.start(4) : m2.end(4)] if m2 and not m2.group(2) else ""
            if _numbered_before(folded, lo, end, prev) and after not in _time_words():
                end = m.end()
            break
        if (prev_cap or 0 < low < lower_run) and wf not in stop and not w[0].isdigit():
            if _stop_pair(folded, m, stop):
                break
            end, prev_cap, low, n = m.end(), False, low + 1, n + 1
            continue
        break
    return end


def _walk_open(
    text: str, folded: str, pos: int, head: str, max_tokens: int, barriers: frozenset[int], comma_caps: bool = False
) -> int:
    """:func:`_walk_caps` with the words of the open names (``open_heads``) after the folded head
    ``head``: the gazetteer's stop words, fields and regions, and the head's lower-case run."""
    g = _gazetteer()
    return _walk_caps(
        text,
        folded,
        pos,
        g.open_stop,
        max_tokens,
        barriers=barriers,
        lower_run=g.open_tail.get(head, 1),
        field_stop=g.field_stop,
        verbs=g.open_verbs,
        fields=g.name_fields,
        verb_fields=g.verb_fields,
        capital_fields=g.capital_fields,
        comma_caps=comma_caps,
        region=g.open_region,
        objects=g.open_objects.get(head),
        named=g.open_named.get(head, frozenset()),
    )


def _stop_pair(folded: str, m: re.Match[str], stop: frozenset[str]) -> bool:
    """The lower-case word at ``m`` and the next one are a verb of ``stop`` ("Cục Thuế" + "công
    bố"), though neither word alone stops a name ("Dịch vụ công", "Cục Quản lý công sản")."""
    m2 = _TOK.match(folded, m.end())
    return m2 is not None and not m2.group(2) and f"{m.group(4)} {m2.group(4)}" in stop


def _field_at(
    text: str,
    folded: str,
    m: re.Match[str],
    fields: frozenset[str],
    verb_fields: Mapping[str, tuple[str, ...]] | None = None,
) -> int | None:
    """End of the two-word field of ``fields`` that starts at token ``m``'s word, or None; a field
    of ``verb_fields`` only after one of the words it lists."""
    m2 = _TOK.match(text, m.end())
    if not m2 or m2.group(2) or "\n" in m2.group(1) or _is_cap(m2.group(4)):
        return None
    pair = folded[m.start(4) : m.end(4)] + " " + folded[m2.start(4) : m2.end(4)]
    if pair not in fields:
        return None
    m3 = _TOK.match(folded, m2.end())
    if m3 is not None and not m3.group(2) and m3.group(4) in _field_verbs():
        return None  # "xã hội hóa": a verb
    after = verb_fields.get(pair) if verb_fields else None
    if after is not None:
        before = " ".join(folded[max(0, m.start(4) - 24) : m.start(4)].split())
        if not any(before.endswith(w) and (len(before) == len(w) or before[-len(w) - 1] == " ") for w in after):
            return None
    return m2.end()


def _all_upper(s: str) -> bool:
    """Two letters or more, all upper case (read up to the first that is not)."""
    letters = 0
    for c in s:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters > 1


# a head word followed by a lower-case word starts no open name ("Cục Sở hữu trí tuệ"): no barrier
_CAP_NEXT = regex.compile(r"[ \t\r\n*_]*[,\-–—&]?[ \t\r\n*_]*\p{Lu}")
# "Trung ương" written with a capital right after an open name ends it (the gazetteer's unit of
# that name starts there, and would stop the walk)
@functools.cache
def _central_tail() -> re.Pattern[str]:
    first, second = _grammar()["central_written"]
    return re.compile(rf"[ \t]+{first}[ \t]+{second}(?!\w)")


_NAME_DASH = re.compile(r"[ \t]+[-–][ \t]+")


def _farthest_ends(cands: list[_Cand]) -> dict[int, int]:
    """The farthest end of the names at each start (a longer name there: one pass, not one per name)."""
    out: dict[int, int] = {}
    for c in cands:
        out[c.start] = max(out.get(c.start, c.end), c.end)
    return out


def _joined_names(
    text: str, folded: str, out: list[_Cand], trie_starts: frozenset[int], farthest: dict[int, int]
) -> set[int]:
    """(helper 110) The starts of the gazetteer's bodies named on with "và" and a capitalised field that
    starts no other unit ("Trung tâm Kiểm soát bệnh tật và Chăm sóc sức khỏe cộng đồng tỉnh", a body
    merged with another): the open name may start there too, and the longer one wins (not "Sở Y tế
    và Công an tỉnh": a unit of its own after "và")."""
    gap_rx = _units_re("and_gap")
    starts: set[int] = set()
    for c in out:
        if not c.standalone or c.kind not in _JOINED_KINDS or farthest[c.start] > c.end:
            continue
        gap = gap_rx.match(folded, c.end)
        if gap is not None and _is_cap(text[gap.end() : gap.end() + 1]) and gap.end() not in trie_starts:
            starts.add(c.start)
    return starts


_JOINED_KINDS = frozenset({"state", "other"})
# a word in small letters right after a unit: its predicate ("..., các chi bộ cung cấp hồ sơ")
_PREDICATE_NEXT = regex.compile(r"[ \t]+\p{Ll}")


@functools.cache
def _dash_parents() -> dict[str, tuple[str, ...]]:
    """Open heads (folded) whose name runs on over a dash and the body it belongs to, and how that
    body's canonical name starts (data ``dash_parents``)."""
    return {" ".join(_fold(h)[0].split()): tuple(v) for h, v in load("units")["dash_parents"].items()}


@functools.cache
def _dash_branches() -> tuple[frozenset[str], re.Pattern[str], str]:
    """The open heads (folded) of firms whose branch is named after a dash, the pattern of the dash,
    the branch word and its level, and the level that takes a number (data ``dash_branches``)."""
    data = load("units")["dash_branches"]
    branch = _alt(_fold(w)[0] for w in data["branch"])
    levels = _alt(_fold(w)[0] for w in data["levels"])
    rx = re.compile(rf"[ \t]+[-–][ \t]+(?:{branch})(?:[ \t]+(?P<lvl>{levels}))?(?!\w)")
    return frozenset(" ".join(_fold(h)[0].split()) for h in data["heads"]), rx, _grammar()["region"].lower()


def _dash_branch_end(text: str, folded: str, pos: int, end: int) -> int | None:
    """End of the branch named after a dash that the open name from ``pos`` to ``end`` reaches (the
    walk may have run over the dash and the branch word, stopping at its level), or None."""
    _, rx, region = _dash_branches()
    m = rx.search(folded, pos, min(len(folded), end + 40))  # (bounded: linear)
    if m is None or m.start() > end:
        return None
    if m.group("lvl") == region:
        no = _REGION_NO.match(folded, m.end())  # "- Chi nhánh Khu vực 9"
        return no.end() if no is not None else None
    gap = _BRANCH_GAP.match(text, m.end())
    if gap is None:
        return None
    place_end = _place_end(text, folded, gap.end())
    return place_end if place_end > gap.end() else None


@functools.cache
def _head_compounds() -> dict[str, frozenset[str]]:
    """The words before an open head that make it an ordinary word's end (data ``head_compounds``)."""
    return {_fold(k)[0]: frozenset(_fold(w)[0] for w in ws) for k, ws in load("units")["head_compounds"].items()}


_GAP_WORD_BEFORE = regex.compile(r"(\w+)[ \t]+$")


def _compound_head(folded: str, m: re.Match[str]) -> bool:
    """Whether the open head at ``m`` ends an ordinary word with the word before it ("Cơ Sở")."""
    words = _head_compounds().get(m.group())
    if not words:
        return False
    before = _GAP_WORD_BEFORE.search(folded, max(0, m.start() - 12), m.start())
    return before is not None and before.group(1) in words


def _barriers(
    text: str, folded: str, trie_starts: frozenset[int], heads: list[re.Match[str]], titles: list[int]
) -> frozenset[int]:
    """Where an open name stops: where a name of the gazetteer starts, at a capitalised head word
    (``heads``: a lower-case one, "cán bộ", "nhiệm vụ", starts no unit, so it stops no name
    either), and before a title ("Bộ C hoặc Thứ trưởng ...")."""
    not_after = _gazetteer().persons.not_after
    return (
        trie_starts
        | frozenset(m.start() for m in heads if _CAP_NEXT.match(text, m.end()))
        | frozenset(p for p in titles if _is_cap(text[p]) and not not_after.search(folded, max(0, p - 12), p))
    )


# How far after a name the words that complete it are read (a region's number, a topic, a branch's
# place, the issuer's head word: a few words each). A pattern bound to its place but holding words it
# needs is first looked for to the text's end by the engine: unbounded, each name of a long line read
# the rest of the line.
_NEAR = 200


class _Spans:
    """Spans, asked whether one of them holds a place strictly inside (by a binary search over
    their starts and the farthest end reached so far, not by reading them all for each place)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))

    def holds(self, pos: int) -> bool:
        """Whether ``a < pos < b`` for one of the spans ``(a, b)``."""
        k = bisect.bisect_left(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos


def _between(ordered: list[int], lo: int, hi: int) -> bool:
    """Whether a place of the sorted list ``ordered`` lies strictly between ``lo`` and ``hi``."""
    k = bisect.bisect_right(ordered, lo)
    return k < len(ordered) and ordered[k] < hi


def _candidates(text: str, folded: str, titles: list[int]) -> list[_Cand]:
    g = _gazetteer()
    out: list[_Cand] = []
    generic, branches = _generic_names(), _branch_names()
    steering_heads, steering_about = _steering_about()
    numbered, number_only = _numbered_names()
    officers, run_boards, by_so = _hamlet_officers(), _run_boards(), _numbered_by_so()
    bare_subjects = _bare_subjects()
    for start, end, key in _opening_only(g, folded, g.trie.spans(folded)):
        e = g.entries.get(key)
        if e is None:
            continue
        if text[start : start + 1].islower() and _compound_tail(folded, start):
            continue  # (helper 47) "Quý Ủy ban chỉ đạo ...": "ban chỉ đạo" ends "Ủy ban", no Ban Chỉ đạo
        level = key.rpartition(" ")[2]
        if (
            (compound := g.level_compounds.get(level)) is not None
            and (after := compound.match(folded, end, end + _NEAR)) is not None
            and text[after.start(1)].islower()  # (not a commune's name: "UBND xã Hội Xuân")
        ):
            # "Trạm Y tế xã hội hóa": the level begins an ordinary word; the name ends before it,
            # or is the open name of its head ("Trạm Y tế")
            e = g.entries.get(key[: -len(level)].rstrip())
            if e is None:
                continue
            end = folded.rfind(level, start, end)
            while end > start and folded[end - 1].isspace():
                end -= 1
        if e.canonical in g.cased:
            # the name's last word, wherever the form has it ("các cơ sở Đoàn trực thuộc")
            word = e.canonical.rsplit(None, 1)[-1].lower()
            at = folded.rfind(word, start, end)
            last, stop = (at, at + len(word)) if at >= 0 else (text.rfind(" ", start, end) + 1, end)
            rej = g.coll_reject.get(folded[last:stop]) if stop == end else None
            if not _is_cap(text[last:stop]) or (rej is not None and rej.match(folded, end, end + _NEAR)):
                continue  # "trên cơ sở hội nghị", "cơ sở Hội đồng": not "các cơ sở Hội", "cơ sở Đoàn"
        if e.canonical in g.cased_first and not _is_cap(text[start : start + 1]):
            continue  # "số liệu thống kê tỉnh": a statistic, not "Thống kê tỉnh"
        canonical, standalone = e.canonical, e.standalone
        if canonical in generic and _not_generic(text, folded, start, end, canonical):
            continue  # "chính quyền địa phương 2 cấp", "Vụ Chính quyền địa phương": no body of its own
        region = _REGION_NO.match(folded, end, end + _NEAR) if key.endswith(numbered) else None
        if region is not None:
            # "Kho bạc Nhà nước khu vực XV", "Chi nhánh Khu vực 9", "Thuế cơ sở 3": the region's
            # number is the name's
            no = text[region.start(1) : region.end(1)].upper()
            named = canonical.lower().endswith(numbered)
            canonical = f"{canonical} {no}" if named else f"{canonical} {_grammar()['region']} {no}"
            end = region.end()
            if (tail := _numbered_tails().get(e.canonical)) is not None and (t_m := tail.match(text, end, end + _NEAR)):
                # (helper 51) "Hải đội 2 Biên phòng": the force after the number is the name's
                canonical, end = f"{canonical} {_clean(text[end : t_m.end()])}", t_m.end()
            if e.canonical in _dash_placed() and (dash := _DASH_PLACE.match(text, end, end + _NEAR)) is not None:
                # "Ban Chỉ huy Phòng thủ khu vực 3 - Krông Pắc": the zone's number and its place
                place_end = _place_end(text, folded, dash.end())
                if place_end > dash.end():
                    canonical, end = f"{canonical} - {_clean(text[dash.end() : place_end])}", place_end
        elif (hamlet := _hamlet_tail(text, folded, start, end, canonical)) is not None:
            # "Ban Công tác Mặt trận thôn 3", "Chi hội Phụ nữ tổ dân phố Đông Hòa": the board of one
            # hamlet, named by its number or name
            canonical, end = f"{canonical} {_clean(text[hamlet[0] : hamlet[1]])}", hamlet[1]
            standalone = True  # ("Chi bộ thôn 5": a prefix alone is no unit, one hamlet's is)
        elif canonical in officers and (after := _hamlet_after(text, folded, end)) is not None:
            # "Bí thư Chi bộ thôn 3", "Chi ủy tổ dân phố số 5": the officer or board of one hamlet
            canonical, end = f"{canonical} {_clean(text[after[0] : after[1]])}", after[1]
            standalone = True
        elif e.kind != "person" and (listed := _hamlet_list(text, folded, start, end, canonical)) is not None:
            # "Chi bộ thôn, tổ dân phố", "Ban Công tác Mặt trận thôn, buôn": the body of every
            # hamlet of the kinds listed, as "Chi bộ các thôn, tổ dân phố" names them
            canonical, end = listed
            standalone = True
        elif not standalone and e.kind != "person" and (every := _every_hamlet(text, folded, start, end, canonical)):
            # (helper 57) "Các Tổ bảo vệ an ninh, trật tự thôn tổ chức ...", "Tổ bảo vệ an ninh, trật
            # tự các thôn, tổ dân phố ...": the team of every hamlet
            canonical, end = every
            standalone = True
        elif (
            canonical.startswith(steering_heads)
            and (about := steering_about.match(folded, end, end + _NEAR)) is not None
        ):
            # "Ban Chỉ đạo Trung ương về phát triển khoa học, ...": its topic after the level
            end = about.end()
        elif canonical in branches and (gap := _branch_gap(text, folded, end, canonical)) is not None:
            # "Viettel Đắk Lắk", "VNPT Hải Phòng": a firm's branch, named by its province (the place
            # tells one branch from another, as a commune's name does); "Đồn Biên phòng Cửa khẩu Tịnh
            # Biên", "Hải quan cửa khẩu cảng An Phú": the gate or port it stands at, then its name
            rx = _branch_place_nouns().get(canonical)
            noun = rx.match(folded, end, end + _NEAR) if rx is not None else None
            at = noun.end() if noun is not None and _is_cap(text[noun.end() : noun.end() + 1]) else gap.end()
            place_end = _place_end(text, folded, at)
            if place_end > at:
                canonical, end = f"{canonical} {_clean(text[gap.end() : place_end])}", place_end
        elif canonical in number_only:
            continue  # "thuế cơ sở" with no number is no office
        elif canonical in by_so and (so := _units_rx("so_no").match(folded, end, end + _NEAR)) is not None:
            # "Ban bầu cử số 3", "Tổ bầu cử số 12": one of many, by its number
            canonical, end = f"{canonical} {_grammar()['number']} {so.group(1)}", so.end()
        if (
            not standalone
            and canonical in bare_subjects
            and folded[start:end] == canonical.lower()  # (the name itself: "Chi bộ thôn" wants its number)
            and _bare_subject(text, start, end)
        ):
            standalone = True  # (helper 102) "Chi bộ chỉ đạo ...": the body whose text it is
        if (
            canonical in run_boards
            and not standalone
            and (own := g.persons.own_head.match(text, end, end + _NEAR)) is not None
        ):
            # "Ban Giám đốc Bệnh viện", "Ban Kiểm soát Công ty": the issuer's board
            canonical, end, standalone = f"{canonical} {own.group(1)}", own.end(), True
            out.append(_Cand(start, end, canonical, "other", 0, "", standalone))
            continue
        if e.kind == "front" and (own := g.persons.own_head.match(text, end, end + _NEAR)) is not None and _bare_level(
            canonical, folded[start:end]
        ):
            # "Đoàn Thanh niên Trường", "Hội Cựu chiến binh Công ty": a mass organisation named bare
            # (read as the province's) before the issuer's head word is the issuer's own branch
            canonical, end = f"{_clean(text[start:end])} {own.group(1)}", own.end()
        out.append(_Cand(start, end, canonical, e.kind, 0, e.prefix, standalone))
    trie_starts = frozenset([c.start for c in out])
    farthest = _farthest_ends(out)
    # (a name that is only a prefix, "Công đoàn" of "Công đoàn các sở", lets an open name start there)
    named_starts = frozenset([c.start for c in out if c.standalone])
    if " - " in text or " – " in text:
        # "Phòng Kinh tế - Kế hoạch": a department of the gazetteer named on with a dash and a field it
        # does not know lets the open name start there too (the longer one wins); not before another
        # unit or an appositive ("Sở X - Cơ quan thường trực ...")
        dept_heads = _departments()[0]
        agency = _grammar()["agency"].split()[0]
        dashed = set()
        for c in out:
            if not c.standalone or not c.canonical.startswith(dept_heads):
                continue
            dash = _NAME_DASH.match(text, c.end)
            if (
                dash is not None
                and _is_cap(text[dash.end() : dash.end() + 1])
                and dash.end() not in trie_starts
                and not text.startswith(agency, dash.end())
                and not farthest[c.start] > c.end
            ):
                dashed.add(c.start)
        if dashed:
            named_starts = named_starts - dashed
    if joined := _joined_names(text, folded, out, trie_starts, farthest):
        named_starts = named_starts - joined
    # (a lower-case head word, "cán bộ", "nhiệm vụ", starts no unit: only the capitalised ones are kept)
    # (a head in small letters only where it ends a person's title: "Trưởng phòng Tổ chức cán bộ")
    heads = [
        m
        for m in g.open_heads.finditer(folded)
        if (text[m.start()].isupper() or _after_title(folded, " ".join(m.group().split()), m.start()))
        and not _compound_head(folded, m)
    ]
    barriers: frozenset[int] | None = None  # (made when a walk needs them)
    # (an office's head named with its title, "Tổng Thanh tra Chính phủ" + a person's name: no open
    # name starts inside the title, "Thanh tra Chính phủ Nguyễn Văn An")
    titled = _Spans((c.start, c.end) for c in out if c.kind == "person")
    # head word + capitalised run
    for m in heads:
        head = text[m.start() : m.end()]
        if _all_upper(head) or m.start() in named_starts:
            continue
        if titled.holds(m.start()):
            continue
        if _level_before().search(folded, max(0, m.start() - 12), m.start()) is not None:
            continue  # "UBND xã Hội Xuân", "phường Trường Thọ": a commune's name, not a body's head
        if barriers is None:
            barriers = _barriers(text, folded, trie_starts, heads, titles)
        hk = " ".join(m.group().split())  # "Trung\ntâm" is the head "trung tâm"
        walk_barriers = barriers
        first = _BLANKS.match(folded, m.end())
        if (
            first is not None
            and first.end() in barriers
            and first.end() not in trie_starts
            and (next_head := g.open_heads.match(folded, first.end())) is not None
            and " " in next_head.group().strip()
            and not folded.startswith(hk, first.end())
        ):
            # "Phòng Thanh tra - Pháp chế": a head word right after the head is the name's first field
            # (it stops a name only after a field: "Sở X Thanh tra Y")
            walk_barriers = barriers - {first.end()}
        end = _walk_open(text, folded, m.end(), hk, _open_max().get(hk, 10), walk_barriers, hk in g.open_comma)
        gated = False  # (a name that is a unit only as a clause's subject or after a role word)
        if hk in _hamlet_heads():
            # "Chi hội Phụ nữ khu phố 3", "Chi đoàn tổ dân phố Đông Hòa": the hamlet's noun belongs
            # to the name whole, then its number or name (a head and a noun alone: every hamlet's,
            # read below only as a list of kinds)
            named = end > m.end()
            end = _hamlet_noun_end(folded, m.end(), end)
            if (hamlet := _hamlet_tail(text, folded, m.start(), end, "")) is not None:
                end = hamlet[1]
                # "Nhà văn hóa thôn Đông phối hợp ...": the body; "tại Nhà văn hóa thôn 3": the building
                gated = hk in _named_hamlet_heads()
            elif hk in _named_hamlet_heads() and not named:
                continue  # "Nhà văn hóa thôn, tổ dân phố": the buildings of every hamlet
            elif not named and _hamlet_list(text, folded, m.start(), end, "") is None:
                if _many_hamlets().match(folded, end) is None:
                    continue
                # "Chi đoàn các thôn": the head alone, read with the hamlets after it below
                bare = _clean(text[m.start() : end])
                out.append(_Cand(m.start(), end, bare, g.open_kind[hk], 0, "collective", False))
                continue
        if end == m.end():
            # (helper 51) "Điện lực tỉnh", "Viễn thông tỉnh": the sector's office named by its level alone
            lv = _level_named().get(hk)
            lv_m = lv.match(folded, end) if lv is not None else None
            if lv_m is not None:  # (and the level's place when named: "Điện lực tỉnh An Phú")
                lv_gap = _BLANKS.match(text, lv_m.end())
                lv_end = _place_end(text, folded, lv_gap.end()) if lv_gap is not None else lv_m.end()
                end = lv_end if lv_end > lv_m.end() + 1 else lv_m.end()
                out.append(_Cand(m.start(), end, _clean(text[m.start() : end]), g.open_kind[hk], 2))
            continue
        if hk in _title_case_stop()[0]:
            end = _title_case_end(text, folded, m.end(), end)
        if (central := _central_tail().match(text, end)) is not None:
            end = central.end()  # "Cục Bưu điện Trung ương", "Bệnh viện Nhi Trung ương": the name's
        elif hk in _dash_parents() and (dash := _NAME_DASH.match(text, end)) is not None:
            # "Trường Đại học Kinh tế - Đại học Huế": a member school named with its university
            starts = _dash_parents()[hk]
            parent = next((c for c in out if c.start == dash.end() and c.canonical.startswith(starts)), None)
            if parent is not None:
                end = parent.end
        if hk in _dash_branches()[0] and (branch_end := _dash_branch_end(text, folded, m.end(), end)) is not None:
            end = branch_end  # "Ngân hàng TMCP X Việt Nam - Chi nhánh Nghệ An": the bank's branch, one unit
        tail = folded[m.end() : end].split()
        reject = g.open_reject.get(hk, frozenset())
        if tail and (tail[0] in reject or " ".join(tail[:2]) in reject):
            continue
        canonical = _clean(text[m.start() : end])
        canonical = canonical[:1].upper() + canonical[1:]  # ("phòng" after a title: "Phòng ...")
        if (listed := _hamlet_list(text, folded, m.start(), end, canonical)) is not None:
            canonical, end = listed  # "Chi hội Phụ nữ thôn, tổ dân phố": every hamlet's
        if gated:
            out.append(_Cand(m.start(), end, canonical, g.open_kind[hk], 2, _SUBJECT_ONLY, False))
        else:
            out.append(_Cand(m.start(), end, canonical, g.open_kind[hk], 2))
    # (the patterns below need a word of theirs: a text without it is not scanned for them)
    has_ban = "ban" in folded
    ordered: list[int] | None = None
    # "Ban <...> Tỉnh ủy|Trung ương"
    for m in g.ban_committee.finditer(folded) if has_ban else ():
        raw = text[m.start() : m.end()]
        words = raw.split()
        if len(words) < 3 or not _is_cap(words[0]) or not _is_cap(words[1]) or _all_upper(raw):
            continue
        tail_start = m.end() - len(words[-1]) - (len(words[-2]) + 1 if len(words) > 3 else 0)
        if barriers is None:
            barriers = _barriers(text, folded, trie_starts, heads, titles)
        if ordered is None:
            ordered = sorted(barriers)  # (a barrier inside the name found by a binary search, not read all)
        if m.start() in trie_starts or _between(ordered, m.start(), tail_start):
            continue
        if regex.search(r",\s*\p{Lu}", raw):
            continue
        inner = folded[m.start() : m.end()].split()[1:-2]
        if any(w.strip(",") in g.open_stop for w in inner[1:]) or _grammar()["steer"] in inner[:1]:
            continue
        kind = "central" if folded[m.start() : m.end()].endswith(_grammar()["central"]) else "party"
        out.append(_Cand(m.start(), m.end(), _clean(raw), kind, 2))
    # "Ban Chỉ đạo về <topic> tỉnh"
    for m in g.steering_long.finditer(folded) if has_ban else ():
        body = text[m.start() : m.start("lvl")]
        topic = body.split(None, 3)[-1] if len(body.split()) > 3 else ""
        if g.steering_stop.search(folded[m.start() + g.steering_head_len : m.start("lvl")]):
            continue
        if any(c.isupper() for c in topic) and not _all_upper(body) and not _named_topic(topic):
            continue
        lvl = " ".join(m.group("lvl").split())
        lvl_name = g.steering_levels.get(lvl)
        canon = f"{g.steering_name} {lvl_name}" if lvl_name else g.steering_name
        out.append(_Cand(m.start(), m.end(), canon, "central" if lvl in g.steering_central else "steering", 1))
    # a steering committee named by its number ("Ban Chỉ đạo 389 quốc gia")
    for m in g.steering_num.finditer(folded) if _has_any(folded, g.steering_num_words) else ():
        lvl = " ".join((m.group("lvl") or "").split())
        canon = f"{g.steering_name} {m.group('num')}" + (f" {g.steering_levels.get(lvl, lvl)}" if lvl else "")
        out.append(_Cand(m.start(), m.end(), canon, "central" if lvl in g.steering_central else "steering", 0))
    _hamlets(text, folded, out)
    # collectives: "các sở, ban, ngành, địa phương liên quan"
    covered = -1
    # (where a body's name that takes a list of places ends, "Ủy ban nhân dân" + "các huyện", or
    # where the list starts inside a name of one, "Ủy ban nhân dân các xã, phường")
    leads = g.coll_lead.finditer(folded) if _has_any(folded, g.coll_lead_words) else ()
    many = _grammar()["many"]
    prefixed = (
        frozenset(
            _BLANKS.match(folded, c.end).end()  # type: ignore[union-attr]
            if c.prefix == "collective"
            else folded.find(many, c.start, c.end)
            for c in out
            if c.prefix == "collective" or f" {many} " in c.canonical
        )
        if leads
        else frozenset()
    )
    for m in leads:
        if m.start() < covered:  # inside the list found from an earlier "các" (keeps this linear)
            continue
        coll = _collective_at(text, folded, m.end(), m.start(), places=m.start() in prefixed)
        if coll is None:
            continue
        covered = coll.end
        # a weak list ("các tỉnh, thành phố") only completes a prefix ("UBND các tỉnh, thành phố")
        coll_name = many.capitalize() + " " + coll.canonical
        # (helper 51) a weak list of levels alone ("Các huyện", "các tỉnh, thành phố") is a unit only
        # as a clause's subject or after a role word ("Các huyện báo cáo ..."), as a bare board is
        subject = "" if coll.strong or not _subject_levels_only(coll.canonical) else _SUBJECT_ONLY
        out.append(_Cand(m.start(), coll.end, coll_name, "collective", 1, subject, coll.strong, coll.members))
    # "Trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn xã": the schools of several levels,
    # without "các" (a comma between two levels; "Trường Tiểu học và Trung học cơ sở X" is one school)
    for m in _units_rx("school_head").finditer(text) if _grammar()["school"] in text else ():
        if m.start() < covered:
            continue
        coll = _collective_at(text, folded, m.start(), m.start())
        if coll is None or "," not in coll.canonical or not _school_list(coll.canonical):
            continue
        covered = coll.end
        out.append(_Cand(m.start(), coll.end, _clean(text[m.start() : coll.end]), "collective", 1, "", True))
    if covered >= 0:
        _cut_before_lists(folded, out)
    return out


@functools.cache
def _steering_about() -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """The first words of a steering committee's names, and the pattern of its topic named after
    its level ("... Trung ương về <topic>"; data ``steering_topics``)."""
    data = load("units")["steering_topics"]
    topics = _alt(_fold(w)[0] for w in data["topics"])
    about = _alt(_fold(w)[0] for w in data["about"])
    return tuple(data["heads"]), regex.compile(rf"[ \t]+(?:{about})[ \t]+(?:{topics})(?!\w)")


_BRANCH_GAP = regex.compile(r"[ \t]+(?=\p{Lu})")
_BRANCH_BLANK = regex.compile(r"[ \t]+(?=\w)")


def _branch_gap(text: str, folded: str, end: int, canonical: str) -> regex.Match[str] | None:
    """The blanks before a branch's place (a capital after them), or before the noun of the gate or
    port it stands at (:func:`_branch_place_nouns`: "Hải quan cửa khẩu" + "cảng An Phú")."""
    gap = _BRANCH_GAP.match(text, end)
    if gap is None and (noun := _branch_place_nouns().get(canonical)) is not None and noun.match(folded, end):
        gap = _BRANCH_BLANK.match(text, end)
    return gap


@functools.cache
def _branch_place_nouns() -> dict[str, regex.Pattern[str]]:
    """Each branch name's blanks, nouns of the place it stands at and blanks (data
    ``branch_place_nouns``), folded."""
    return {
        name: regex.compile(rf"[ \t]+(?:{_alt(_fold(w)[0] for w in words)})[ \t]+")
        for name, words in load("units")["branch_place_nouns"].items()
    }


@functools.cache
def _branch_names() -> frozenset[str]:
    """The firms whose branch in a province is named by the firm and the province (``branch_names``)."""
    return frozenset(load("units")["branch_names"])


@functools.cache
def _generic_names() -> dict[str, regex.Pattern[str]]:
    """For the names of ``generic_names`` (a body only when named alone): the pattern of the words
    after them that make them a model ("chính quyền địa phương 2 cấp"), by canonical name."""
    return {
        name: regex.compile(rf"[ \t]+(?:{_alt(_fold(w)[0] for w in after)})(?!\w)")
        for name, after in load("units")["generic_names"].items()
    }


_HEAD_BEFORE = regex.compile(r"(\p{Lu}[\p{L} ]{0,12}?)[ \t]+$")


def _not_generic(text: str, folded: str, start: int, end: int, canonical: str) -> bool:
    """Whether the generic name found at ``start:end`` is a model (the words after it) or the field
    of a department named before it ("Phòng Chính quyền địa phương", "Vụ Chính quyền địa phương")."""
    if _generic_names()[canonical].match(folded, end) is not None:
        return True
    head = _HEAD_BEFORE.search(text, max(0, start - 14), start) if _is_cap(text[start : start + 1]) else None
    return head is not None and f"{head.group(1)} " in _of_heads()


@functools.cache
def _steering_names() -> regex.Pattern[str]:
    """The names written with capitals that a steering committee's topic may hold ("... chuyển đổi
    số và Đề án 06 tỉnh")."""
    return regex.compile(_alt(load("units")["steering_topic_names"]))


def _named_topic(topic: str) -> bool:
    """Whether the capitals of a steering committee's topic are those of the names it may hold only."""
    return not any(c.isupper() for c in _steering_names().sub("", topic))


@functools.cache
def _hamlet_rx(key: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """For the nouns of ``units.yaml[key]``: the pattern of a place named by one of them (group
    ``no`` its number, ``name`` where its name starts), and the pattern of what must stand right
    before it: one of its words ``before`` (with ``marks``: also an item's mark, a punctuation
    sign or the start of a line)."""
    data = load("units")[key]
    nouns = [_fold(w)[0] for w in data["nouns"]]
    before = _alt(_fold(w)[0] for w in data["before"])
    marks = r"^|[,;:(\-+•.*_]|" if data.get("marks") else ""
    if marks:
        # (helper 67) also after an item's letter or number closed by its bracket at a line's start
        # ("a) Thôn Đông: hoàn thành ...": the hamlet the item is for; a bracket inside a line is not)
        marks += r"^[ \t*_]*(?:[a-zđ]|\d{1,2})\)|"
    if data.get("line_start"):
        # (at a line's or a clause's start, maybe after an item's mark: "Xã Phú Mỹ hoàn thành ...",
        # "- Đặc khu Vân Đồn: ..."; as a clause read alone sees it, see roles_in)
        marks = r"(?:^|[;:.!?])[ \t*_]*(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))?|"
    place = regex.compile(
        rf"(?<!\w)(?:{_alt(nouns)})[ \t]+"
        r"(?:(?P<no>(?:" + _grammar()["number"] + r"[ \t]+)?\d{1,3}[a-z]?)(?![\w/.,-]\w|\w)|(?P<name>(?=\w)))"
    )
    return place, regex.compile(rf"(?:{marks}(?<!\w)(?:{before}))[ \t*_]*\Z", regex.MULTILINE)


def _hamlet_tail(text: str, folded: str, start: int, end: int, canonical: str) -> tuple[int, int] | None:
    """Where the hamlet noun that ends the name found at ``start:end`` starts and where the number
    or name after it ends, when the canonical name leaves the hamlet out ("Ban Công tác Mặt trận
    thôn" + "3"); else None."""
    nouns, lasts = _hamlet_nouns()
    if not folded.endswith(lasts, start, end):
        return None  # (most names: no hamlet noun at their end)
    place = _hamlet_rx("hamlets")[0]
    words = folded[start:end].rsplit(None, 3)
    for k in (1, 2, 3):
        noun = " ".join(words[-k:])
        if len(words) > k and noun in nouns and not _fold(canonical)[0].endswith(noun):
            at = end - len(noun)
            m = place.match(folded, at)
            if m is None:
                return None
            if m.group("no") is not None:
                return at, m.end("no")
            name_end = _place_end(text, folded, m.start("name"))
            return (at, name_end) if name_end > m.start("name") else None
    return None


@functools.cache
def _hamlet_officers() -> frozenset[str]:
    """The names of the gazetteer that the hamlet they serve may follow (``hamlets.officers``)."""
    return frozenset(load("units")["hamlets"]["officers"])


_HAMLET_GAP = regex.compile(r"[ \t]+")


def _hamlet_after(text: str, folded: str, end: int) -> tuple[int, int] | None:
    """Where the hamlet named right after ``end`` ("... thôn 3", "... tổ dân phố Đông Hòa") starts and
    ends; None when no hamlet, by its number or its name, follows."""
    gap = _HAMLET_GAP.match(folded, end)
    if gap is None:
        return None
    m = _hamlet_rx("hamlets")[0].match(folded, gap.end())
    if m is None:
        return None
    if m.group("no") is not None:
        after = _WORD_AFTER.match(folded, m.end("no"))
        if after is not None and after.group(1) in _counted():
            return None  # ("Bí thư chi bộ thôn 15 ngày báo cáo một lần": a count of days)
        return gap.end(), m.end("no")
    name_end = _place_end(text, folded, m.start("name"))
    return (gap.end(), name_end) if name_end > m.start("name") else None


_NAME_NEXT = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")
_LAST_BLANK = regex.compile(r"[ \t]+(?=\S+\Z)")


@functools.cache
def _open_max() -> dict[str, int]:
    """The open heads whose names run on over more words than others (``open_heads`` ``max_words``:
    "Trường Phổ thông Dân tộc nội trú Trung học cơ sở Ea Súp"), folded -> that count."""
    heads = load("units")["open_heads"]
    return {" ".join(_fold(h)[0].split()): int(v["max_words"]) for h, v in heads.items() if "max_words" in v}


@functools.cache
def _subject_level_words() -> frozenset[str]:
    """(helper 51) The levels a weak list may name alone as a subject (data ``subject_levels``), folded."""
    return frozenset(" ".join(_fold(v)[0].split()) for v in load("units")["subject_levels"])


def _subject_levels_only(canonical: str) -> bool:
    """(helper 51) ``canonical``, a list after "các", names levels of ``subject_levels`` only
    ("huyện", "tỉnh, thành phố")."""
    folded = " ".join(_fold(canonical)[0].split())
    parts = [w.strip() for p in folded.split(",") for w in f" {p} ".split(f" {_grammar()['and']} ")]
    return bool(parts) and all(p in _subject_level_words() for p in parts)


@functools.cache
def _level_named() -> dict[str, regex.Pattern[str]]:
    """(helper 51) The open heads named by a level alone (data ``level_named_heads``: "Điện lực" +
    "tỉnh"), folded, each with the pattern of its levels right after it."""
    out: dict[str, regex.Pattern[str]] = {}
    for head, levels in load("units")["level_named_heads"].items():
        out[" ".join(_fold(head)[0].split())] = _blanks_then(_fold(v)[0] for v in levels)
    return out


@functools.cache
def _hamlet_heads() -> frozenset[str]:
    """The open heads of the bodies of a hamlet (``open_heads`` with ``hamlets``: "Chi hội"), folded."""
    heads = load("units")["open_heads"]
    return frozenset(" ".join(_fold(h)[0].split()) for h, v in heads.items() if v.get("hamlets"))


@functools.cache
def _named_hamlet_heads() -> frozenset[str]:
    """The hamlet heads (``hamlets: named``) that name a body only with one hamlet named by its
    number or name, or with their own name ("Nhà văn hóa thôn Đông"), never for every hamlet."""
    heads = load("units")["open_heads"]
    return frozenset(" ".join(_fold(h)[0].split()) for h, v in heads.items() if v.get("hamlets") == "named")


@functools.cache
def _hamlet_noun_rx() -> regex.Pattern[str]:
    """A hamlet noun (folded, the longest first)."""
    nouns = sorted((_fold(w)[0] for w in load("units")["hamlets"]["nouns"]), key=len, reverse=True)
    return regex.compile(rf"(?:{_alt(nouns)})(?!\w)")


def _hamlet_noun_end(folded: str, start: int, end: int) -> int:
    """The end of the hamlet noun that the last word of the name at ``start:end`` opens ("Chi hội
    Phụ nữ khu" + "phố") or that comes right after it ("Chi hội Phụ nữ" + "tổ dân phố"); else
    ``end``."""
    rx = _hamlet_noun_rx()
    last = _LAST_BLANK.search(folded, start, end)
    if last is not None and (n := rx.match(folded, last.end())) is not None and n.end() > end:
        return int(n.end())
    blank = _BLANKS.match(folded, end)
    if blank is not None and blank.end() > end and (n := rx.match(folded, blank.end())) is not None:
        return int(n.end())
    return end


@functools.cache
def _title_case_stop() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The open heads whose names end before a verb in a title-cased heading, folded, and those
    verbs (data ``title_case_stop``)."""
    d = load("units")["title_case_stop"]
    heads = frozenset(" ".join(_fold(h)[0].split()) for h in d["heads"])
    verbs = sorted((" ".join(_fold(v)[0].split()) for v in d["verbs"]), key=len, reverse=True)
    verb_rx = "|".join(regex.escape(v).replace(r"\ ", r"[ \t]+") for v in verbs)
    return heads, regex.compile(rf"(?:{verb_rx})(?!\w)")


def _title_case_end(text: str, folded: str, start: int, end: int) -> int:
    """``end``, or the end of the last word before a verb of ``title_case_stop`` when every word
    from ``start`` to ``end`` has its capital and two at least come before the verb ("Trường Tiểu Học
    Kim Đồng" + "Tổ Chức Khai Giảng")."""
    words = list(_WORD_RX.finditer(text, start, end))
    if len(words) < 4 or not all(w.group()[0].isupper() or w.group()[0].isdigit() for w in words):
        return end
    verbs = _title_case_stop()[1]
    for k in range(2, len(words)):
        if verbs.match(folded, words[k].start()) is not None:
            return int(words[k - 1].end())
    return end


_WORD_RX = regex.compile(r"\w+")


@functools.cache
def _many_hamlets() -> regex.Pattern[str]:
    """Blanks, "các" and a hamlet noun ("Chi đoàn" + " các thôn")."""
    data = load("units")["hamlets"]
    nouns = _alt(_fold(w)[0] for w in [*data["nouns"], *data["branch_places"]])
    return regex.compile(rf"[ \t]+{_grammar()['many']}[ \t]+(?:{nouns})(?!\w)")


@functools.cache
def _hamlet_more() -> regex.Pattern[str]:
    """A comma or "và", then a hamlet noun that no number or name follows (", tổ dân phố")."""
    nouns = _alt(_fold(w)[0] for w in load("units")["hamlets"]["nouns"])
    and_word, number_word = _grammar()["and"], _grammar()["number"]
    return regex.compile(
        rf"[ \t]*(?:,[ \t]*(?:{and_word}[ \t]+)?|[ \t]+{and_word}[ \t]+)({nouns})(?!\w)"
        rf"(?![ \t]+(?:{number_word}[ \t]+)?\d)"
    )


def _last_noun(folded: str, start: int, end: int, nouns: Collection[str]) -> str | None:
    """The hamlet noun of one to three words that ends the name at ``start:end`` (folded), after
    a word of the name at least; None when none does."""
    words = folded[start:end].rsplit(None, 3)
    for k in (1, 2, 3):
        noun = " ".join(words[-k:])
        if len(words) > k and noun in nouns:
            return noun
    return None


def _hamlet_list(text: str, folded: str, start: int, end: int, canonical: str) -> tuple[str, int] | None:
    """(canonical name, end) of a hamlet's body named for several kinds of hamlet at once ("Chi bộ
    thôn, tổ dân phố" is "Chi bộ các thôn, tổ dân phố"): the name found at ``start:end`` ends with a
    hamlet noun and other nouns follow it, none with a number or a name; else None."""
    nouns, lasts = _hamlet_nouns()
    if not folded.endswith(lasts, start, end):
        return None
    more = _hamlet_more()
    m = more.match(folded, end)
    if m is None:
        return None
    noun = _last_noun(folded, start, end, nouns)
    if noun is None:
        return None
    listed = [noun]
    named = False
    while m is not None:
        listed.append(m.group(1))
        end = m.end()
        if _NAME_NEXT.match(text, end) is not None:
            named = True  # "thôn, tổ dân phố Đông Hòa": one place, of the kinds as written, by its name
            break
        m = more.match(folded, end)
    base = canonical[: -len(noun) - 1] if _fold(canonical)[0].endswith(" " + noun) else canonical
    if named:
        gap = _BLANKS.match(text, end)
        name_start = gap.end() if gap is not None else end
        name_end = _place_end(text, folded, name_start)
        if name_end <= name_start:
            return None
        return f"{base} {', '.join(listed)} {_clean(text[name_start:name_end])}", name_end
    return f"{base} {_grammar()['many']} {', '.join(listed)}", end


_NUMBER_NEXT = regex.compile(r"[ \t]+\w*\d")


@functools.cache
def _many_before() -> regex.Pattern[str]:
    """(helper 57) "các" and blanks right before a name."""
    return regex.compile(rf"(?<!\w){_grammar()['many']}[ \t*_]+\Z")


_EVERY_HAMLET_REACH = 80


@functools.cache
def _every_hamlet_after() -> regex.Pattern[str]:
    """(helper 57) Blanks, "các" and a hamlet noun (not a branch's place: "Tổ X các thôn")."""
    nouns = _alt(_fold(w)[0] for w in load("units")["hamlets"]["nouns"])
    return regex.compile(rf"[ \t]+{_grammar()['many']}[ \t]+({nouns})(?!\w)")


def _every_hamlet(text: str, folded: str, start: int, end: int, canonical: str) -> tuple[str, int] | None:
    """(helper 57) (canonical name, end) of the body of every hamlet of one kind or more, a name that
    is no unit alone named after "các" and ending with a hamlet noun that no number or name follows
    ("Các Tổ bảo vệ an ninh, trật tự thôn" is "Tổ bảo vệ an ninh, trật tự các thôn"), or with "các"
    and the hamlet nouns after it ("Tổ bảo vệ an ninh, trật tự các thôn, tổ dân phố"); else None."""
    nouns, lasts = _hamlet_nouns()
    many = _grammar()["many"]
    # (bounded: the engine looks for the pattern's required "các" through the rest of the text at
    # each name otherwise, a long line of such names grew quadratically; helper 102)
    if (after := _every_hamlet_after().match(folded, end, end + _EVERY_HAMLET_REACH)) is not None:
        listed = [after.group(1)]
        stop = after.end()
        more = _hamlet_more()
        while (m := more.match(folded, stop)) is not None:
            listed.append(m.group(1))
            stop = m.end()
        if _NAME_NEXT.match(text, stop) is not None or _NUMBER_NEXT.match(folded, stop) is not None:
            return None
        return f"{canonical} {many} {', '.join(listed)}", stop
    if not folded.endswith(lasts, start, end):
        return None
    if _many_before().search(folded, max(0, start - 12), start) is None:
        return None
    if _NAME_NEXT.match(text, end) is not None or _NUMBER_NEXT.match(folded, end) is not None:
        return None  # ("các Tổ ... thôn Tân Lập, thôn 3": named places, not every hamlet)
    noun = _last_noun(folded, start, end, nouns)
    if noun is None:
        return None
    base = canonical[: -len(noun) - 1] if _fold(canonical)[0].endswith(" " + noun) else canonical
    return f"{base} {many} {noun}", end


@functools.cache
def _bare_hamlet() -> tuple[regex.Pattern[str], frozenset[str]]:
    """(helper 67) Blanks and a hamlet noun (group 1), a whole word; and the words that make the
    noun before them another word (``hamlets.officer_not_before``), folded."""
    data = load("units")["hamlets"]
    nouns = _alt(sorted(_hamlet_nouns()[0], key=len, reverse=True))
    return regex.compile(rf"[ \t]+({nouns})(?!\w)"), frozenset(_fold(w)[0] for w in data["officer_not_before"])


@functools.cache
def _hamlet_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The hamlet nouns, folded, and their last words (a name can end with a noun only if it ends
    with one of these)."""
    nouns = frozenset(_fold(w)[0] for w in load("units")["hamlets"]["nouns"])
    return nouns, tuple(sorted({n.split()[-1] for n in nouns}))


_PLACE_NO = regex.compile(r"\d{1,3}(?![\w/.,-]\w|\w)")  # "phường 5": a place by its number
_PLACE_NUMBER = regex.compile(r"[ \t]+\d{1,2}(?![\w/.,:-]\w|\w)")  # (the same, after a level's word)


@functools.cache
def _hamlet_words(key: str) -> tuple[str, ...]:
    """The first words of the nouns of ``units.yaml[key]`` (folded): a text with none of them
    names no place of :func:`_hamlet_rx` (each noun's words stand in it as written, one blank run
    between two)."""
    return tuple(sorted({_fold(w)[0].split()[0] for w in load("units")[key]["nouns"]}))


@functools.cache
def _hamlet_kinds() -> tuple[tuple[tuple[str, ...], regex.Pattern[str], regex.Pattern[str], bool], ...]:
    """For the hamlets, then the communes named one by one: the first words of their nouns, the
    patterns of :func:`_hamlet_rx`, and whether their names are written with a capital."""
    kinds = (("hamlets", True), ("named_communes", False))
    return tuple((_hamlet_words(key), *_hamlet_rx(key), upper) for key, upper in kinds)


def _hamlets(text: str, folded: str, out: list[_Cand]) -> None:
    """Add the hamlets named one by one ("riêng thôn 5", "Tổ dân phố số 3, thôn Đông Hòa") and a
    commune named as the exception or the addressee ("riêng xã Phú Mỹ")."""
    for words, place, opening, upper in _hamlet_kinds():
        if not _has_any(folded, words):
            continue  # (the text is not scanned for them)
        for m in place.finditer(folded):
            start = -1 if m.group("no") is not None else m.start("name")
            if start >= 0 and not _is_cap(text[start : start + 1]):
                continue  # (checked first: "xã hội" is common, and no name)
            if opening.search(folded, max(0, m.start() - 24), m.start()) is None:
                continue
            if start < 0:
                end = m.end("no")
            else:
                end = _place_end(text, folded, start)
                if end == start:
                    continue
            raw = _clean(text[m.start() : end])
            out.append(_Cand(m.start(), end, (raw[:1].upper() if upper else raw[:1].lower()) + raw[1:], "state", 2))
            while not upper and (more := _units_rx("more_place").match(folded, end)) is not None:
                # "đề nghị xã Phú Mỹ, xã Tân Lập và xã Hòa Bình": the communes listed after it
                start = more.end()
                no = _PLACE_NO.match(folded, start)
                stop = no.end() if no is not None else _place_end(text, folded, start)
                if stop == start:
                    break
                raw = _clean(text[more.start(1) : stop])
                out.append(_Cand(more.start(1), stop, raw[:1].lower() + raw[1:], "state", 2))
                end = stop


def _school_list(canonical: str) -> bool:
    """Whether a collective's name lists school levels only after one school noun ("trường mầm non,
    tiểu học")."""
    nouns, levels = _school_levels()
    folded = _fold(canonical)[0]
    noun = next((n for n in sorted(nouns, key=len, reverse=True) if folded.startswith(n + " ")), None)
    if noun is None:
        return False
    parts = _units_rx("list_sep").split(folded[len(noun) + 1 :])
    return len(parts) >= 2 and all(" ".join(p.split()) in levels for p in parts)


def _cut_before_lists(folded: str, out: list[_Cand]) -> None:
    """A name of the gazetteer that ends inside a longer list ("UBND các xã, phường" of "UBND các
    xã, phường trên địa bàn tỉnh") keeps its head when the head is a prefix ("UBND"): the list, the
    longer, wins the overlap and the prefix then combines with it."""
    g = _gazetteer()
    colls = [c for c in out if c.kind == "collective" and c.prio == 1]
    starts = [c.start for c in colls]
    for i, c in enumerate(out):
        if c.prio != 0 or c.kind == "collective":
            continue
        k = bisect.bisect_right(starts, c.start)
        if k == len(colls) or not colls[k].start < c.end < colls[k].end:
            continue
        head = folded[c.start : colls[k].start].rstrip(" \t\r\n*_")
        e = g.entries.get(_key(head))
        if e is not None and e.prefix:
            out[i] = _Cand(c.start, c.start + len(head), e.canonical, e.kind, 0, e.prefix, e.standalone)


@dataclass(slots=True)
class _Coll:
    end: int
    canonical: str  # the nouns as written, without "các" ("sở, ban, ngành", "Bộ: Tài chính, Y tế")
    strong: bool
    members: list[_Member]


_ENUM_BLANK = regex.compile(r"[ \t]+(?=\p{Lu})")
_ENUM_COLON = re.compile(r"[ \t*_]*:[ \t*_]*")
@functools.cache
def _cap_list_next() -> regex.Pattern[str]:
    """What follows a capitalised noun of a list written with capitals ("các Sở, Ban, ngành")."""
    words = load("units")["collective"]["capital_list_next"]
    return regex.compile(rf"[ \t]*(?:[,;]|$|[ \t]+(?:{_alt(words)})(?!\w))")


_CAP_BLANK = re.compile(r"[ \t]+")


def _cap_list_verb(folded: str, end: int, text: str | None = None) -> bool:
    """(helper 92) Whether a verb of a role (or an adverb) follows the last noun of a list written with
    capitals ("Các Vụ, Cục gửi báo cáo ..."): the noun ends the list, it starts no name."""
    b = _CAP_BLANK.match(folded, end)
    if b is None:
        return False
    t = _triggers()
    if t.pattern.match(folded, b.end()) is not None or t.adverbs.match(folded, b.end()) is not None:
        return True
    # (session 44) or a verb that opens a work, in small letters ("Giao các Vụ, Cục rà soát ...": data
    # deadline_words action_starts; not a name's word, "các Sở, Ban Tổ chức")
    at = b.end()
    return text is not None and text[at : at + 1].islower() and _work_verb().match(folded, at) is not None


@functools.cache
def _work_verb() -> re.Pattern[str]:
    """The verbs that open a work (data ``deadline_words.action_starts``), folded, as whole words."""
    words = sorted(load("deadline_words")["action_starts"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_CAP_NAME = regex.compile(r"\p{Lu}[\w]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)\p{Lu}[\w]*)*")


def _collective_at(
    text: str, folded: str, pos: int, lead: int, nested: bool = False, places: bool = False
) -> _Coll | None:
    """The list of collective nouns starting at ``pos`` ("sở, ban, ngành liên quan", "Bộ: Tài
    chính, Y tế"), after "các" at ``lead`` (or a title: then ``lead == pos``), or None. With
    ``places`` (after a body's name, "UBND các huyện"), a list of places ends before another "các"
    that names no place ("UBND các huyện và các đơn vị liên quan": two units)."""
    g = _gazetteer()
    nouns: list[str] = []
    bases: list[str] = []
    end = pos
    modified = again = False
    seps: list[str] = []
    spans: list[tuple[int, int]] = []
    while True:
        n = g.coll_noun.match(folded, pos)
        if not n:
            break
        if (
            nouns
            and _is_cap(text[n.start() : n.end()])
            and not _all_upper(text[lead : n.end()])
            and not (n.end() - n.start() > 1 and _all_upper(text[n.start() : n.end()]))  # ("các thôn, TDP")
            and not (_is_cap(text[lead + 4 : lead + 5]) and _cap_list_next().match(text, n.end()))
            and not (_is_cap(text[lead + 4 : lead + 5]) and _cap_list_verb(folded, n.end(), text))
        ):
            # a capital starts a name ("các sở, Ban Quản lý ..."), except in a list written with
            # capitals from its first noun ("các Sở, Ban, ngành"): a noun followed by a comma
            break
        noun = " ".join(n.group().split())
        rej = g.coll_reject.get(noun)
        if rej is not None and rej.match(folded, n.end()):
            break  # "các hội nghị", "các đơn vị hành chính"
        written = g.coll_names.get(noun, noun)
        end = n.end()
        md = g.coll_mod.match(folded, end)
        school = noun in _school_levels()[0]
        if md and (
            not any(c.isupper() for c in text[md.start() : md.end()])
            or _all_upper(text[lead : md.end()])
            or " ".join(md.group().split()) in _cased_modifiers()
            or (school and _school_level(text, folded, md.start(), md.end()))
        ):
            # "các doanh nghiệp nhà nước" (not "ban Kinh tế": a name)
            mod = " ".join(md.group().split())
            written += " " + _cased_modifiers().get(mod, mod)
            end = md.end()
            modified = modified or mod not in _weak_modifiers()
        # "các trường mầm non, tiểu học và trung học cơ sở", "các trường đại học, cao đẳng": more
        # modifiers of the same noun
        while (mx := g.coll_mod_next.match(folded, end)) is not None and (
            not any(c.isupper() for c in text[mx.start() : mx.end()])
            or (school and _school_level(text, folded, mx.start(2), mx.end()))
        ):
            nxt = " ".join(mx.group(2).split())
            written += ("," if mx.group(1) else f" {_grammar()['and']}") + " " + _cased_modifiers().get(nxt, nxt)
            end = mx.end()
        owner = _units_rx("genitive_gap").match(text, end) if noun in g.coll_genitive and not nested else None
        if owner is not None:
            inner = _collective_at(text, folded, owner.end(), owner.end(), True)
            if inner is not None and inner.strong:
                # "tập thể lãnh đạo cơ quan, đơn vị": the bodies whose leaders are meant end the list
                many = _grammar()["many"]
                nouns.append(f"{many} {written}" if again else written)
                nouns[-1] += " " + (f"{many} " if owner.group(1) else "") + inner.canonical
                bases.append(noun)
                end = inner.end
                break
        nouns.append(f"{_grammar()['many']} {written}" if again else written)
        bases.append(noun)
        spans.append((n.start(), end))
        nx = g.coll_next.match(folded, end)
        if not nx:
            break
        again = _units_re("cac").search(nx.group()) is not None  # "các đơn vị ..., các doanh nghiệp ...": as written
        if not again and _owns_a_list(folded, nx.end(), bases):
            break  # "Ban cán sự đảng các sở, đảng ủy các sở": the next noun is a body of a list of its own
        if places and again and set(bases) <= _level_words():
            nxt = g.coll_noun.match(folded, nx.end())
            if nxt is not None and " ".join(nxt.group().split()) not in _level_words():
                break
        # "các cơ quan, bộ, ngành và địa phương"
        seps.append(f" {_grammar()['and']} " if _units_re("va").search(nx.group()) else ", ")
        pos = nx.end()
    if not nouns:
        return None
    strong = modified or any(b in g.coll_strong for b in bases)
    if not strong and g.coll_strong_cased:
        # (helper 102) "Giao các Vụ rà soát ...": a ministry's departments, by the capital alone
        # (in a capitals line every noun has its capital: none is read so)
        strong = any(
            b in g.coll_strong_cased and text[a : a + 1].isupper() and text[a + 1 : a + 2].islower()
            for b, (a, _) in zip(bases, spans, strict=False)
        )
    if len(bases) == 1 and not modified and bases[0] in g.coll_enum:
        head, of_units = g.coll_enum[bases[0]]
        colon = _ENUM_COLON.match(folded, end)
        # "Ủy ban nhân dân các xã Ea Kly, Ea Phê và Krông Búk": places listed without a colon (two
        # or more of them, each capitalised)
        bare = _ENUM_BLANK.match(text, end) if colon is None and head[:1].islower() else None
        at = colon or bare
        if at is not None:
            listed = _enumeration(text, folded, at.end(), head, of_units)
            if listed is not None and (colon is not None or len(listed[0]) > 1):
                members, joined = listed
                return _Coll(members[-1].end, f"{head}: {joined}" if colon else f"{head} {joined}", True, members)
    if len(bases) == 2 and not modified and (levels := _enum_levels().get(", ".join(bases))) is not None:
        # (helper 47) "Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế": two levels, one
        # list of places, each named with the level it is ("tỉnh Hà Tĩnh", "thành phố Huế")
        colon = _ENUM_COLON.match(folded, end)
        listed = _enumeration(text, folded, colon.end(), g.coll_enum[bases[0]][0], False) if colon else None
        if listed is not None:
            members, joined = listed
            second, names = levels
            for mb in members:
                if _fold(mb.short)[0] in names:
                    mb.canonical = f"{second} {mb.short}"
            written = "".join(sep + noun for sep, noun in zip(["", *seps], nouns, strict=False))
            return _Coll(members[-1].end, f"{written}: {joined}", True, members)
    if len(bases) > 1 and not modified and set(bases) <= _commune_nouns()[0] and bases[0] in g.coll_enum:
        # (helper 67) "UBND các xã, phường, đặc khu: Tân An, Bình Minh, Côn Đảo": the commune's levels,
        # then one list of places; which name is of which level the text does not say: each is named
        # as written ("Ủy ban nhân dân Tân An"), one with its level as written ("đặc khu Côn Đảo")
        colon = _ENUM_COLON.match(folded, end)
        listed = _enumeration(text, folded, colon.end(), g.coll_enum[bases[0]][0], False) if colon else None
        if listed is not None:
            members, joined = listed
            for mb in members:
                mb.canonical = mb.short
            written = "".join(sep + noun for sep, noun in zip(["", *seps], nouns, strict=False))
            return _Coll(members[-1].end, f"{written}: {joined}", True, members)
    kept: list[str] = []
    for _ in range(2):
        s = g.coll_suffix.match(folded, end)
        if not s:
            break
        word = " ".join(s.group().split())
        if word in g.coll_named and _NAME_NEXT.match(text, s.end()):
            break  # ("các đơn vị thuộc Bộ Y tế": the body named, read with "thuộc" as one unit)
        if word in g.coll_keep:
            kept.append(_clean(text[s.start() : s.end()]))
        end = s.end()
    canon = "".join(sep + noun for sep, noun in zip(["", *seps], nouns, strict=False)) + "".join(" " + k for k in kept)
    units: list[_Member] = []
    if len(bases) > 1 and not modified and all(b in g.coll_units for b in bases):
        # "các quận ủy, huyện ủy, thị ủy": each noun is a unit of its own, a member of the list
        units = [_Member(a, b, noun, g.coll_units[noun], "party") for (a, b), noun in zip(spans, bases, strict=True)]
    return _Coll(end, canon, strong, units)


_BLANKS = re.compile(r"[ \t]+")


def _owns_a_list(folded: str, pos: int, bases: list[str]) -> bool:
    """Whether the collective noun at ``pos`` is followed by "các" and a noun of the list before
    ("đảng ủy các sở" after "Ban cán sự đảng các sở, "): a body of those, not one more noun of it."""
    g = _gazetteer()
    n = g.coll_noun.match(folded, pos)
    if n is None or (b := _BLANKS.match(folded, n.end())) is None:
        return False
    c = _units_re("cac").match(folded, b.end())
    if c is None or (b2 := _BLANKS.match(folded, c.end())) is None:
        return False
    n2 = g.coll_noun.match(folded, b2.end())
    return n2 is not None and " ".join(n2.group().split()) in bases


# a blank, then a capitalised word (the name that may follow a name of ``named_after``)
_NAME_NEXT = regex.compile(r"[ \t]+\p{Lu}")


@functools.cache
def _named_after() -> dict[str, bool]:
    """The gazetteer's names that a body's own name in capitals may follow (data ``named_after``),
    each with whether that name may go on in small letters ("Ngữ văn")."""
    return {str(k): v == "sentence" for k, v in load("units")["named_after"].items()}


def _last_capital(text: str, start: int, end: int) -> int:
    """The end of the last word of ``text[start:end]`` that opens with a capital or a digit (start
    when none does)."""
    last = start
    for m in _TOK.finditer(text, start, end):
        w = m.group(4)
        if w[0].isupper() or w[0].isdigit():
            last = m.end()
    return last


@functools.cache
def _school_levels() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of schools and the levels written after them with a capital ("các Trường Mầm non,
    Tiểu học"), folded."""
    coll = load("units")["collective"]
    return frozenset(_fold(w)[0] for w in coll["school_nouns"]), frozenset(_fold(w)[0] for w in coll["school_levels"])


def _school_level(text: str, folded: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a school level written with a capital and not followed by a
    school's name or number ("Tiểu học" of "các Trường Mầm non, Tiểu học"; not "Tiểu học Kim Đồng",
    "Tiểu học số 1")."""
    return (
        " ".join(folded[start:end].split()) in _school_levels()[1]
        and _units_rx("school_name_after").match(text, end) is None
    )


@functools.cache
def _level_first_words() -> frozenset[str]:
    """The first words of the levels, folded ("huyện", "thành", "xã")."""
    return frozenset(_fold(lv)[0].split()[0] for lv in load("units")["levels"])


@functools.cache
def _committee_names() -> dict[str, str]:
    """The party committees by their folded form ("tinh uy" -> "Tỉnh ủy")."""
    return {" ".join(_fold(c)[0].split()): c for c in load("units")["committees"]}


@functools.cache
def _weak_modifiers() -> frozenset[str]:
    """(helper 73) The modifiers that alone make no list a unit (``modifiers_weak``), folded."""
    return frozenset(" ".join(_fold(m)[0].split()) for m in load("units")["collective"]["modifiers_weak"])


@functools.cache
def _cased_modifiers() -> dict[str, str]:
    """The modifiers of a collective written with a capital by rule ("các ban xây dựng Đảng"), by
    their folded form."""
    mods = load("units")["collective"]["modifiers"]
    return {" ".join(_fold(m)[0].split()): m for m in mods if m != m.lower()}


@functools.cache
def _commune_nouns() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The nouns of a commune-level place (``named_communes``), folded, and the pattern of one
    opening a place's name (group 1 the noun)."""
    nouns = [_fold(w)[0] for w in load("units")["named_communes"]["nouns"]]
    return frozenset(nouns), regex.compile(rf"({_alt(nouns)})[ \t]+")


@functools.cache
def _province_nouns() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The nouns of a province-level place (``named_provinces``), folded, and the pattern of one
    opening a place's name (group 1 the noun), as :func:`_commune_nouns` (helper 47)."""
    nouns = [_fold(w)[0] for w in load("units")["named_provinces"]["nouns"]]
    return frozenset(nouns), regex.compile(rf"({_alt(nouns)})[ \t]+")


def _enumeration(text: str, folded: str, pos: int, head: str, of_units: bool) -> tuple[list[_Member], str] | None:
    """The members listed after "các Bộ:" from ``pos`` ("Tài chính, Y tế và Tư pháp"), and the list
    as one string of their canonical short names; None when no member is listed there."""
    if head in _sentence_heads()[0] and (boards := _board_list(text, folded, pos, head)) is not None:
        return boards
    members: list[_Member] = []
    joined = ""
    sep = ""
    while True:
        mem = _member_at(text, folded, pos, head, of_units)
        if mem is None:
            break
        members.append(mem)
        joined += sep + mem.short
        s = _units_re("enum_sep").match(folded, mem.end)
        if not s:
            break
        sep = f"{s.group(1)} " if s.group(1) else f" {_grammar()['and']} "
        pos = s.end()
    if not members:
        return None
    # a single name read only by its capitals ("Các xã: Thực hiện ...") is no list
    if len(members) == 1 and members[0].kind == "":
        return None
    # the kind of the members named by the head's list: the head's own when the gazetteer has it as
    # a Party body ("Các tỉnh ủy: Nghệ An, Hà Tĩnh": each "Tỉnh ủy Nghệ An" is the Party's)
    own = _gazetteer().entries.get(_key(_fold(head)[0]))
    kind = "party" if of_units or (own is not None and own.kind == "party") else "state"
    for m in members:
        if not m.kind:
            m.kind = kind
    return members, joined


@functools.cache
def _level_tail() -> regex.Pattern[str]:
    """A name in sentence case of at most six words ending at the first level word ("Quân sự tỉnh")."""
    levels = load("units")["levels"]
    return regex.compile(rf"\p{{Lu}}\w*(?:[ \t]+\w+){{0,5}}?[ \t]+(?:{_alt(levels)})(?!\w)")


@functools.cache
def _sentence_heads() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The heads whose members are written in sentence case, sharing the committee after the last
    ("Các Ban: Tổ chức, Tuyên giáo Huyện ủy"); a member and its separator, or the last member and the
    committee."""
    data = load("units")
    heads = frozenset(data["collective"]["sentence_case_heads"])
    committees = _alt(data["committees"])
    and_word = _grammar()["and"]
    return heads, regex.compile(
        rf"\p{{Lu}}\w*(?:[ \t]+\p{{Ll}}\w*){{0,3}}?"
        rf"(?:(?P<sep>[ \t]*,[ \t]*(?:{and_word}[ \t]+)?|[ \t]+{and_word}[ \t]+)(?=\p{{Lu}})"
        rf"|[ \t]+(?P<committee>{committees})(?!\w))"
    )


def _board_list(text: str, folded: str, pos: int, head: str) -> tuple[list[_Member], str] | None:
    """The boards listed after "Các Ban:" in sentence case up to the committee they all belong to
    ("Tổ chức, Tuyên giáo, Dân vận Huyện ủy": "Ban Tổ chức Huyện ủy" ...), or None (two or more,
    the last followed by its committee)."""
    rx = _sentence_heads()[1]
    and_sep = f" {_grammar()['and']} "
    names: list[tuple[int, int]] = []
    seps: list[str] = []
    for _ in range(12):
        m = rx.match(text, pos)
        if m is None or _gazetteer().open_verbs.match(folded, pos):
            return None
        if m.group("committee") is None:
            end = m.start("sep")
            names.append((pos, end))
            seps.append(", " if "," in m.group("sep") else and_sep)
            pos = m.end()
            continue
        names.append((pos, pos + len(text[pos : m.start("committee")].rstrip())))
        committee = m.group("committee")
        # "Tuyên giáo và Dân vận": one board when the gazetteer names it so ("Ban Tuyên giáo và Dân vận Tỉnh ủy")
        entries = _gazetteer().entries
        k = 0
        while k < len(seps):
            if seps[k] == and_sep:
                (a, _), (_, b) = names[k], names[k + 1]
                if _key(_fold(f"{head} {text[a:b]} {committee}")[0]) in entries:
                    names[k : k + 2] = [(a, b)]
                    del seps[k]
                    continue
            k += 1
        if len(names) < 2:
            return None
        members: list[_Member] = []
        joined = ""
        for k, (a, b) in enumerate(names):
            short = _clean(text[a:b])
            last = k == len(names) - 1
            short_name = f"{short} {committee}" if last else short
            members.append(_Member(a, m.end() if last else b, short_name, f"{head} {short} {committee}", "party"))
            joined += (seps[k - 1] if k else "") + short
        return members, f"{joined} {committee}"
    return None


@functools.cache
def _enum_levels() -> dict[str, tuple[str, frozenset[str]]]:
    """The pairs of levels listed before one list of places (``collective.enumerable_levels``), by
    their folded nouns ("tỉnh, thành phố"): the second level and the folded names of its places."""
    pairs = load("units")["collective"]["enumerable_levels"]
    return {
        ", ".join(_fold(w)[0] for w in str(k).split(", ")): (
            str(v["second"]),
            frozenset(_fold(n)[0] for n in v["names"]),
        )
        for k, v in pairs.items()
    }


@functools.cache
def _sentence_members() -> frozenset[str]:
    """The heads whose members are named in sentence case (``collective.sentence_case_members``)."""
    return frozenset(load("units")["collective"]["sentence_case_members"])


def _member_at(text: str, folded: str, pos: int, head: str, of_units: bool) -> _Member | None:
    g = _gazetteer()
    levels = _commune_nouns() if head in _commune_nouns()[0] else _province_nouns()
    provinces = levels is not _commune_nouns()
    if (
        pos < len(text)
        and head in levels[0]
        # (helper 47) a city written with its level in capitals ("Thành phố Hồ Chí Minh", "TP. Huế")
        and (text[pos].islower() or (provinces and levels[1].match(folded, pos) is not None))
    ):
        # "các xã: Tân Hòa, Phú An và đặc khu Hòn Mun": a place of another level, named with it;
        # (helper 47) "các tỉnh: Thanh Hóa, Nghệ An và thành phố Huế"
        other = levels[1].match(folded, pos)
        if other is None or " ".join(other.group(1).split()) == head:
            return None
        if not text[other.end() : other.end() + 1].isupper():
            # (helper 67) "các xã: Tân Hòa, Phú An và phường 3": a commune of another level by its number
            no = None if provinces else _PLACE_NO.match(folded, other.end())
            if no is None:
                return None
            name = _clean(text[pos : no.end()])
            return _Member(pos, no.end(), name, name, "state")
        end = _place_end(text, folded, other.end())
        name = _clean(text[pos:end])
        return _Member(pos, end, name, name, "state") if end > other.end() else None
    if pos >= len(text) or not text[pos].isupper():
        return None
    window = folded[pos : pos + 160]
    head_f = _fold(head)[0]
    # the gazetteer name of the head and the member ("Bộ" + "Tài chính")
    spans = g.trie.spans(f"{head_f} {window}")
    if spans and spans[0][0] == 0 and spans[0][1] > len(head_f) + 1:
        e = g.entries.get(spans[0][2])
        if e is not None and e.standalone:
            end = pos + spans[0][1] - len(head_f) - 1
            lv = _level_tail().match(text, pos) if of_units else None
            if lv is not None and lv.end() > end and not g.open_verbs.search(folded, pos, lv.end()):
                # "Các Đảng ủy: Khối cơ quan tỉnh": the name runs on to its level
                name = _clean(text[pos : lv.end()])
                return _Member(pos, lv.end(), name, f"{head} {name}", "")
            short = e.canonical[len(head) + 1 :] if _fold(e.canonical)[0].startswith(head_f + " ") else None
            return _Member(pos, end, short or _clean(text[pos:end]), e.canonical, e.kind)
    if of_units:  # "Các đảng ủy: UBND tỉnh, Công an tỉnh"
        spans = g.trie.spans(window)
        if spans and spans[0][0] == 0:
            e = g.entries.get(spans[0][2])
            if e is not None and e.standalone:
                return _Member(pos, pos + spans[0][1], e.canonical, f"{head} {e.canonical}", e.kind)
        # "Các Đảng ủy: Quân sự tỉnh, Biên phòng tỉnh": a committee named by what it is the Party
        # committee of, written in sentence case and ending at its level; the head completes it
        lv = _level_tail().match(text, pos)
        if lv is None or g.open_verbs.search(folded, pos, lv.end()):
            return None
        name = _clean(text[pos : lv.end()])
        return _Member(pos, lv.end(), name, f"{head} {name}", "")  # kind "": one alone is no list
    spans = g.trie.spans(window)
    if spans and spans[0][0] == 0 and (e := g.entries.get(spans[0][2])) is not None and e.standalone:
        return None  # "các Bộ: Công Thương, Tài chính và Ủy ban nhân dân các tỉnh": a unit of its own ends the list
    if head in _sentence_members():
        # "các Vụ: Kế hoạch - Tài chính, Pháp chế": a department's name in sentence case, up to the
        # list's separator or the first word of a role ("Pháp chế phối hợp ...")
        if not text[pos].isupper():
            return None
        # (read as the open name of its head is: "Kế hoạch - Tài chính" + "rà soát" ends there)
        hk = _fold(head)[0]
        # (another unit ends the name)
        end = _walk_open(text, folded, pos, hk, 10, frozenset(pos + a for a, _, _ in spans))
        cut = _triggers().pattern.search(folded, pos, end) or g.open_verbs.search(folded, pos, end)
        if cut is not None:
            end = len(text[pos : cut.start()].rstrip(" \t-–")) + pos
        if end <= pos:
            return None
        name = _clean(text[pos:end])
        return _Member(pos, end, name, f"{head} {name}", "")
    m = _CAP_NAME.match(text, pos)
    if m is None or g.open_verbs.match(folded, pos):
        return None
    end = m.end()
    verb = g.open_verbs.search(folded, pos, end + 24)  # "Quảng Trị, Huế Khẩn trương ...": the predicate
    if verb is not None and verb.start() < end:
        end = len(text[pos : verb.start()].rstrip(" \t-–")) + pos
    name = _clean(text[pos:end])
    # kind "" until the list is known to be one (see _enumeration)
    return _Member(pos, end, name, f"{head} {name}", "")


def _resolve(cands: list[_Cand], n: int) -> list[_Cand]:
    """Longest wins; non-overlapping; in text order."""
    if len(cands) < 2:
        return list(cands)
    taken = bytearray(n + 1)
    keep: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        keep.append(c)
    keep.sort(key=lambda c: c.start)
    return keep


_COMMA_GAP = regex.compile(r"[ \t*_]*,[ \t*_]*")
_DASH_GAP = regex.compile(r"[\s*_]*[-–—][\s*_]*")
_PAREN_GAP = regex.compile(r"[ \t*_]*\([ \t*_]*")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")


@functools.cache
def _counted() -> frozenset[str]:
    """The words counted after a number ("3 ngày", "10 người")."""
    return frozenset(_grammar()["counted"])


_BLANKS = re.compile(r"[ \t]*")
_APOSTROPHE_TAIL = regex.compile(r"['’ʼ]\w+")


@functools.cache
def _place_time() -> regex.Pattern[str]:
    """(helper 83) A time phrase where a place's name would start ("Trong năm 2027", "Năm 2027",
    "Quý II", "Hằng tháng"): a head of ``place_time_heads`` with a noun of ``place_time_nouns`` or a
    number, or such a noun with a number; "Năm Căn" stays a name."""
    gr = _grammar()
    heads, nouns = _alt(gr["place_time_heads"]), _alt(gr["place_time_nouns"])
    number = r"(?:\d|[ivxl]+(?![\w]))"
    return regex.compile(rf"[ \t]*\n?[ \t]*(?:(?:{heads})[ \t]+(?:(?:{nouns})(?!\w)|\d)|(?:{nouns})[ \t]+{number})")


def _place_end(text: str, folded: str, start: int) -> int:
    """End of the place name at ``start`` ("An Bình"; with an apostrophe: "Ea H'leo", "Cư M'gar")."""
    if _place_time().match(folded, start) is not None:
        return start
    end = _walk_caps(text, folded, start, _place_stop(), 4, strict=True)
    while end > start and (m := _APOSTROPHE_TAIL.match(text, end)) is not None:
        end = max(m.end(), _walk_caps(text, folded, m.end(), _place_stop(), 3, strict=True))
    return end


_PLACE_DASH = regex.compile(r"[ \t]*[-–][ \t]*")
_PLACE_WORDS = regex.compile(r"\p{Lu}[\w'’ʼ]*(?:[ \t]+\p{Lu}[\w'’ʼ]*){1,2}")


def _whole_place(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` is one name: without a dash, or two names of two or
    three capitalised words joined by one ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm", "Hòa Khánh -
    Liên Chiểu"), not a name and the first word of what follows it ("Đắk Lắk - Cơ quan ...")."""
    dash = _PLACE_DASH.search(text, start, end)
    if dash is None:
        return True
    words = _PLACE_WORDS.match(text, dash.end(), end)
    return words is not None and words.end() == end and dash.start() > start


def _more_places(text: str, folded: str, c: _Cand, stem: str, start: int, end: int, limit: int) -> int:
    """"UBND xã Ia Grai, xã Ia Pa và xã Krông Pa": the body of each commune listed after the first
    (each a member, "Ủy ban nhân dân xã Ia Pa"); the end of the list, or ``end``."""
    members: list[_Member] = []
    first_end = end
    while (m := _units_rx("more_place").match(folded, end)) is not None:
        e2 = _place_end(text, folded, m.end())
        if e2 == m.end() or e2 > limit or "-" in text[m.end() : e2]:
            break
        name = f"{m.group(1)} {_clean(text[m.end() : e2])}"
        members.append(_Member(m.start(1), e2, name, f"{stem} {name}", c.kind))
        end = e2
    if members:
        first = _Member(c.start, first_end, _clean(text[start:first_end]), c.canonical, c.kind)
        c.members = [first, *members]
        c.canonical += "".join(f", {mb.short}" for mb in members)
    return end


@functools.cache
def _more_levels() -> regex.Pattern[str]:
    """The other levels listed after a body's level, without "các" ("tỉnh, thành phố", "xã,
    phường, đặc khu"): not one before "hội" ("xã hội") nor one with its place's name."""
    alt = _alt(load("units")["levels"])
    gr = _grammar()
    and_word = gr["and"]
    one = (
        rf"(?:[ \t]*,[ \t]*(?:{and_word}[ \t]+)?|[ \t]+{and_word}[ \t]+)(?:{alt})"
        rf"(?![\w]|[ \t]+(?:{gr['association']}(?!\w)|\p{{Lu}}))"
    )
    return regex.compile(rf"(?:{one}){{1,4}}")


def _without_level(canonical: str) -> str:
    """"Ủy ban nhân dân xã" -> "Ủy ban nhân dân"; "Công an thành phố" -> "Công an"."""
    words = canonical.split()
    two = _key(_fold(" ".join(words[-2:]))[0]) in _gazetteer().level_keys
    return " ".join(words[: -2 if two and len(words) > 2 else -1])




@functools.cache
def _hamlet_ends() -> tuple[str, ...]:
    """The heads of hamlets a person's canonical name may end with, with the blank before them."""
    return tuple(f" {w}" for w in _grammar()["hamlet_heads"])


# a place's name in title case after a unit ("UBND TP Huế"), maybe after an abbreviation's dot
_TITLED_PLACE = regex.compile(r"(\.)?[ \t]+\p{Lu}\p{Ll}")
# (helper 59) a short name in capitals set in parentheses right after a unit ("(CDC)", "(TTKN)")
_SHORT_PAREN = regex.compile(r"[ \t]*\([ \t]*\p{Lu}[\p{Lu}\d&.\-]{1,9}(?:[ \t]\p{Lu}[\p{Lu}\d&.\-]{1,9})?[ \t]*\)")


@functools.cache
def _place_stop() -> frozenset[str]:
    """Words a place's name after a unit does not run on with (units.yaml grammar.place_stop)."""
    return frozenset(_grammar()["place_stop"])


@functools.cache
def _run_boards() -> frozenset[str]:
    """The boards that run a body, read with the issuer's head word after them (``issuer_run_boards``)."""
    return frozenset(load("units")["issuer_run_boards"])


@functools.cache
def _bare_subjects() -> frozenset[str]:
    """(helper 102) The prefix names that, bare, open a sentence as its subject (``issuer_bare_subjects``)."""
    return frozenset(load("units")["issuer_bare_subjects"])


# what may stand before a sentence's or item's subject on its line: a bullet, a number, a letter
_OPENING_BEFORE = regex.compile(
    r"(?:^|[\n.;:!?])[ \t*_]*+(?:(?:[-+•][ \t]*+|(?:\d{1,2}[.)])++[ \t]*+|\(?\p{Ll}\)[ \t]*+)[ \t*_]*+)?$"
)
_LOWER_NEXT = regex.compile(r"[ \t]++\p{Ll}")


def _bare_subject(text: str, start: int, end: int) -> bool:
    """(helper 102) "Chi bộ chỉ đạo ...": a bare name in capitals opening its sentence or item, a
    lower-case word after it."""
    return (
        text[start : start + 1].isupper()
        and _LOWER_NEXT.match(text, end) is not None
        and _OPENING_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _bare_level(canonical: str, found: str) -> bool:
    """Whether ``canonical`` ends with a level word that the name ``found`` (folded) leaves out
    ("Đoàn Thanh niên" read as "... tỉnh")."""
    last = canonical.rsplit(None, 1)[-1].lower()
    return last in _level_words() and not found.endswith(_fold(last)[0])


@functools.cache
def _level_words() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load("units")["levels"])


def _hamlets_of(folded: str, a: _Cand, b: _Cand) -> bool:
    """Whether ``b`` lists kinds of hamlet only ("các thôn, tổ dân phố") after ``a``, the branch of
    an association or of the Youth Union named by an open hamlet head ("Chi hội Nông dân", "Chi
    đoàn"): the branch of every hamlet, one unit ("Chi hội Nông dân các thôn")."""
    head = next((h for h in _hamlet_heads() if folded.startswith(h, a.start)), None)
    if head is None or head in _named_hamlet_heads():
        return False
    gr = _grammar()
    low = b.canonical.lower().removeprefix(f"{gr['many']} ").replace(f" {gr['and']} ", ", ")
    nouns = _hamlet_nouns()[0] | _branch_places()
    return low != b.canonical.lower() and all(p.strip() in nouns for p in low.split(","))


@functools.cache
def _branch_places() -> frozenset[str]:
    """The sub-units a branch is set up in for each (``hamlets.branch_places``: "khoa", "phòng")."""
    return frozenset(str(w).lower() for w in load("units")["hamlets"]["branch_places"])


def _levels_only(name: str) -> bool:
    """Whether a name lists levels of local government only ("Các xã, phường, đặc khu", "xã").

    >>> _levels_only("Các xã, phường, đặc khu"), _levels_only("Các sở, ngành")
    (True, False)
    """
    gr = _grammar()
    low = name.lower().removeprefix(f"{gr['many']} ").replace(f" {gr['and']} ", ", ")
    parts = [p.strip() for p in low.split(",")]
    return bool(parts) and all(p in _level_words() for p in parts)


@functools.cache
def _departments() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The first words of a department named before its body, and of the bodies it may belong to
    (``department_heads``, ``department_bodies``)."""
    d = load("units")
    return tuple(f"{h} " for h in d["department_heads"]), tuple(d["department_bodies"])


@functools.cache
def _office_heads() -> tuple[str, ...]:
    """The first words of the issuer's leaders or staff named by its head word (``office_heads``)."""
    return tuple(f"{h} " for h in load("units")["office_heads"])


def _names_body(name: str, bodies: tuple[str, ...]) -> bool:
    """Whether ``name`` starts with one of ``bodies`` as whole words ("Sở Tài chính", "Tỉnh ủy")."""
    return any(name.startswith(b) and (len(name) == len(b) or name[len(b)] == " ") for b in bodies)


def _department(c: _Cand) -> bool:
    """``c`` is a department named without its body ("Phòng Cảnh sát giao thông", "Vụ Pháp chế"; not
    "Văn phòng Ủy ban nhân dân tỉnh", which names it)."""
    heads, bodies = _departments()
    if c.kind in _NOT_DEPARTMENTS or not c.canonical.startswith(heads):
        return False
    words = c.canonical.split()
    return not any(_names_body(" ".join(words[i:]), bodies) for i in range(1, len(words)))


_NOT_DEPARTMENTS = frozenset(("collective", "person", "steering", "central"))
_CAP_AFTER = regex.compile(r"[ \t]+\p{Lu}")
_DEPARTMENT_GAP = re.compile(r"[ \t]*")


@functools.cache
def _ministry_departments() -> tuple[tuple[str, ...], frozenset[str], str, tuple[str, ...]]:
    """A ministry's departments' first words, its offices, a ministry's first word and the names with
    it that name none (data ``ministry_departments``)."""
    d = load("units")["ministry_departments"]
    return (
        tuple(f"{h} " for h in d["heads"]),
        frozenset(d["offices"]),
        f"{d['ministry']} ",
        tuple(d["not_ministries"]),
    )


def _ministry_of(a: _Cand, b: _Cand) -> str | None:
    """The name of ``a`` as the department of ministry ``b`` ("Vụ Tổ chức cán bộ" and "Bộ Nội vụ";
    "Văn phòng Bộ" and "Bộ Tài chính" as "Văn phòng Bộ Tài chính"), or None."""
    heads, offices, ministry, not_ministries = _ministry_departments()
    if not (b.canonical.startswith(ministry) and _of_body(b)) or _names_body(b.canonical, not_ministries):
        return None
    if a.kind not in _NOT_DEPARTMENTS and a.canonical in offices:
        return f"{a.canonical.rsplit(' ', 1)[0]} {b.canonical}"
    if a.canonical.startswith(heads) and _department(a):
        return f"{a.canonical} {b.canonical}"
    return None


def _of_body(c: _Cand) -> bool:
    """``c`` is one body a department may belong to ("Công an tỉnh", "UBND xã", "Bộ Tư pháp")."""
    return (
        c.standalone
        and c.kind not in _NOT_DEPARTMENTS
        and f" {_grammar()['many']} " not in c.canonical
        and _names_body(c.canonical, _departments()[1])
    )


def _offices_of_bodies(text: str, folded: str, cands: list[_Cand]) -> None:
    """"Văn phòng Sở Tài chính", "Thanh tra Bộ Xây dựng": the office of the issuer's department or
    ministry ("Văn phòng Sở") read on into a body's name that starts at its last word; the office of
    that body, added as one candidate (longer than both, it wins)."""
    by_start: dict[int, list[_Cand]] | None = None
    heads, bodies = _departments()
    staff = _office_heads()
    for a in list(cands):
        if not (a.canonical.startswith(heads) and a.kind not in _NOT_DEPARTMENTS) and not a.canonical.startswith(staff):
            continue
        head, _, last = a.canonical.rpartition(" ")
        if not head or last not in bodies:
            continue
        if by_start is None:
            by_start = {}
            for c in cands:
                by_start.setdefault(c.start, []).append(c)
        at = a.end - len(last)
        if folded[at : a.end] != last.lower():
            continue
        if _CAP_AFTER.match(text, a.end) is None:
            continue  # "Văn phòng Bộ xây dựng dự toán": a verb after the office, no name
        # (the gazetteer's names do not overlap: "Bộ Công Thương" is looked for where "Bộ" starts)
        bodies_at: list[_Cand] = []
        g = _gazetteer()
        if (named := g.trie.name_at(folded, at)) is not None and (e := g.entries.get(named[1])) is not None:
            bodies_at.append(_Cand(at, named[0], e.canonical, e.kind, 0, e.prefix, e.standalone))
        bodies_at += by_start.get(at, ())
        for b in sorted(bodies_at, key=lambda c: -c.end):  # (the longest; the gazetteer's on a tie)
            if b.end > a.end and _of_body(b):
                # (the body's list after it goes with the office: "Văn phòng Sở Y tế các tỉnh")
                cands.append(_Cand(a.start, b.end, f"{head} {b.canonical}", a.kind, 0, b.prefix))
                break


def _every_level_of(folded: str, a: _Cand, b: _Cand) -> bool:
    """``b`` is a list of levels alone ("Các tỉnh, thành phố") after blanks alone after ``a``, a body
    whose name does not end with a level: the body of each of them."""
    return (
        a.kind not in ("collective", "person")
        and b.kind == "collective"
        and not b.members
        and folded[a.end : b.start].strip(" \t") == ""
        and _levels_only(b.canonical)
        and not _levels_only(a.canonical.split()[-1])
    )


# the mark (``_Cand.prefix``) of an open name that is a unit only where an issuer's board named bare
# is one (``_issuer_board``): "Nhà văn hóa thôn Đông" opening a clause before its verb
_SUBJECT_ONLY = "subject"


class _Boards(NamedTuple):
    names: frozenset[str]  # canonical names of the boards an issuer names bare
    verb_after: regex.Pattern[str]  # a role or work verb right after the board
    word_before: regex.Pattern[str]  # a role word right before it, searched in the text before
    first_capital: frozenset[str]  # (helper 57) the names whose first word only needs its capital


@functools.cache
def _issuer_boards() -> _Boards:
    return _Boards(*_compiled(_kept()[4]))


def _issuer_boards_plain() -> tuple[
    frozenset[str], tuple[str, str, str, int], tuple[str, str, str, int], frozenset[str]
]:
    """The fields of :class:`_Boards`, its patterns as sources (:func:`_later`), kept (:func:`_kept`)."""
    data = load("units")
    r = data["roles"]
    verbs = [w for ws in r["after"].values() for w in ws]
    verbs += list(r["subject_duty"]) + list(r["adverbs"]) + list(r["time_limit"])
    verbs += list(data["issuer_board_verbs"])
    before = [w for cat in data["issuer_board_before"] for w in r["before"][cat]]
    first_capital = frozenset(data["issuer_boards_first_capital"])
    return (
        frozenset(data["issuer_boards"]) | first_capital,
        _later(rf"[ \t*_]*:?[ \t*_]*(?:{_alt(_fold(w)[0] for w in verbs)})(?!\w)"),
        _later(rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in before)})[ \t*_]+\Z"),
        first_capital,
    )


# a clause's start before a board: the text's or a line's start, a sentence's or a clause's end, and
# a list mark or a label ("1.", "2.3.", "a)", "-"); a heading's: a line's start only
_LABEL = r"[ \t*_#>|]*(?:(?:[-+•]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[ivxl]{1,5})[.)\-]?)[ \t*_]+)?\Z"
_CLAUSE_BEFORE = regex.compile(r"(?:\A|[\n;.:!?,])" + _LABEL)
_LINE_BEFORE = regex.compile(r"(?:\A|\n)" + _LABEL)
# a heading's end after the board: the line's, or its colon's; or an item's ";" at a line's end (a
# clause cut there ends with the board: "Nơi nhận:\n- Ban Giám hiệu;" is read as its clause is)
_HEADING_AFTER = regex.compile(r"[ \t*_]*(?::[ \t*_]*|;[ \t*_]*(?=\n|\Z))?(?:\n|\Z)")
# the end of a list item or a clause after a board named after a role word
_LIST_AFTER = regex.compile(r"[ \t*_]*(?:[,;.:)]|\n|\Z)")


def _issuer_board(text: str, folded: str, c: _Cand, boards: _Boards, prev: _Cand | None) -> bool:
    """``c``, a board named bare, is the issuer's own: capitalised ("Ban Tổ chức", not "ban tổ
    chức"), opening a clause before a role or work verb or alone as a heading, or named after a role
    word or in a list after another unit ``prev`` ("phối hợp với Văn phòng, Ban Tuyên giáo") with a
    verb or the end of the list after it (data ``issuer_boards``)."""
    written, named = text[c.start : c.end].split(), c.canonical.split()
    if c.canonical in boards.first_capital:
        if not written[0][:1].isupper():
            return False  # ("tổ công nghệ số cộng đồng" in small letters: the policy's words)
    elif len(written) != len(named):
        if len(written) != 1 or not _all_upper(written[0]):
            return False  # (an abbreviation is capitalised: "BGH chỉ đạo ...")
    elif any(n[:1].isupper() and not w[:1].isupper() for w, n in zip(written, named, strict=True)):
        return False
    lo = max(0, c.start - 40)
    before = folded[lo : c.start] if lo else "\n" + folded[: c.start]
    verb = boards.verb_after.match(folded, c.end) is not None
    if verb and _CLAUSE_BEFORE.search(before) is not None:
        return True
    if _HEADING_AFTER.match(folded, c.end) is not None and _LINE_BEFORE.search(before) is not None:
        return True
    listed = prev is not None and _units_re("list_sep").fullmatch(folded, prev.end, c.start) is not None
    if not (listed or boards.word_before.search(before) is not None):
        return False
    return verb or _LIST_AFTER.match(folded, c.end) is not None or _and_unit_after().match(text, c.end) is not None


@functools.cache
def _and_unit_after() -> regex.Pattern[str]:
    """(helper 57) "và" and a capitalised name after a board named after a role word ("phối hợp với
    Tổ công nghệ số cộng đồng và Đoàn Thanh niên xã ..."): the list goes on."""
    return regex.compile(rf"[ \t*_]+{_grammar()['and']}[ \t*_]+\p{{Lu}}")


def _compose(text: str, folded: str, items: list[_Cand]) -> list[_Cand]:
    if not items:
        return []
    g = _gazetteer()
    i = len(items) - 2
    while i >= 0:
        a, b = items[i], items[i + 1]
        gap = folded[a.end : b.start]
        # (a list after a body's name goes on in small letters: "Sở Y tế các tỉnh"; "Sở Tài chính" /
        # "Các sở, ngành" are two lines of a cell, two units)
        fits = (
            (a.prefix == "any" and b.standalone)
            or (a.prefix == "collective" and b.kind == "collective" and not text[b.start : b.start + 1].isupper())
            # "Công đoàn Sở Y tế", "Công đoàn Trường Đại học Tây Nguyên": a mass organisation named bare
            # before a body's name is its branch there
            or (
                a.prefix == "collective"
                and a.kind == "front"
                and not a.standalone
                and b.standalone
                and b.kind in ("state", "other")
                and text[b.start : b.start + 1].isupper()
            )
        )
        if fits and not a.standalone and _units_re("predicate_before").search(folded, max(0, a.start - 8), a.start):
            # "Sở Y tế là cơ quan thường trực của Ban Chỉ đạo": the role Sở Y tế takes, not a unit
            fits = False
        if fits and gap.strip(" \t\r\n*_") == "":
            inner = b.canonical
            many = _grammar()["many"]
            # (also a plural of a kind of its own: "Ban Thường vụ các đảng ủy trực thuộc")
            if (b.kind == "collective" or inner.startswith(f"{many.capitalize()} ")) and inner[:1].isupper():
                inner = inner[0].lower() + inner[1:]
            kind = b.kind if a.kind == "inherit" else a.kind
            # "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế": each member is "Ủy ban nhân dân tỉnh Quảng Trị"
            mkind = kind if kind != "collective" else ""
            members = [
                _Member(m.start, m.end, m.short, f"{a.canonical} {m.canonical}", mkind or m.kind) for m in b.members
            ]
            items[i] = _Cand(a.start, b.end, f"{a.canonical} {inner}", kind, 0, "", True, members)
            del items[i + 1]
        i -= 1
    kept: list[_Cand] = []
    boards = _issuer_boards()
    for k, c in enumerate(items):
        if c.standalone:
            kept.append(c)
        elif _committee_follows(folded, items, k):
            # (helper 73) "Ban Tổ chức, Ban Tuyên giáo và Dân vận Tỉnh ủy": the committee after the last
            # board is this one's too (see _shared_committee_boards)
            kept.append(_Cand(c.start, c.end, c.canonical, "party", c.prio, "", True))
        elif (c.canonical in boards.names or c.prefix == _SUBJECT_ONLY) and _issuer_board(
            text,
            folded,
            # (helper 51) a list of levels is written in small letters inside a clause ("đề nghị các tỉnh")
            _Cand(c.start, c.end, c.canonical.lower(), c.kind, c.prio) if c.kind == "collective" else c,
            boards,
            kept[-1] if kept else None,
        ):
            # "Ban Phong trào chủ trì ...", "phối hợp với Văn phòng ...": the issuer's own board
            kind = c.kind if c.kind != "inherit" else "other"
            kept.append(_Cand(c.start, c.end, c.canonical, kind, c.prio, "", True))
        elif kept and _every_level_of(folded, kept[-1], c):
            # "Cục Thống kê các tỉnh, thành phố", "Chi cục Thuế các huyện": a weak list of levels
            # right after a body names that body in each of them, as a strong one does (below)
            a = kept[-1]
            inner = c.canonical[0].lower() + c.canonical[1:]
            kept[-1] = _Cand(a.start, c.end, f"{a.canonical} {inner}", a.kind, 0, "", True)
    items = kept
    # "các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "các doanh nghiệp nhà nước trực thuộc UBND
    # tỉnh": the unit a collective belongs to is part of its name
    i = len(items) - 2
    while i >= 0:
        a, b = items[i], items[i + 1]
        # (and a Party cell named by the word itself, then its committee: "Chi bộ trực thuộc Đảng ủy xã")
        cell = a.kind == "party" and b.kind == "party" and a.canonical.endswith(f" {_grammar()['under']}")
        if (a.kind == "collective" or cell) and b.kind not in ("collective", "person"):
            of = _units_rx("of_gap").fullmatch(folded, a.end, b.start)
            if of is not None and (of.group(1) or a.canonical.endswith(f" {_grammar()['under']}")):
                word = f" {' '.join(of.group(1).split())}" if of.group(1) else ""
                items[i] = _Cand(a.start, b.end, f"{a.canonical}{word} {b.canonical}", a.kind, 0, "", True, a.members)
                del items[i + 1]
        i -= 1
    # "Trung tâm Khuyến nông thuộc Sở ...", "Chi cục Thủy lợi trực thuộc Sở ...", "Trung tâm Dịch vụ
    # nông nghiệp của Sở ...": a body named with the one it belongs to is one unit, as written
    heads = _of_heads()
    teams = _of_teams()
    i = len(items) - 2
    while i >= 0:
        a, b = items[i], items[i + 1]
        if (
            a.kind not in ("collective", "person")
            and b.kind not in ("collective", "person")
            and (a.canonical.startswith(heads) or _of_team(a.canonical, teams))
            and (own := _units_rx("own_gap").fullmatch(folded, a.end, b.start)) is not None
            # (not the last of a list: "Cục A, Kho bạc B, Cục C thuộc Bộ D" says where all of them are)
            and not (i > 0 and _units_re("title_join").fullmatch(folded, items[i - 1].end, a.start))
        ):
            word = " ".join(own.group(1).split())
            items[i] = _Cand(a.start, b.end, f"{a.canonical} {word} {b.canonical}", a.kind, 0, "", True)
            del items[i + 1]
        i -= 1
    # "Phòng Cảnh sát giao thông Công an tỉnh", "Phòng Văn hóa - Xã hội UBND xã", "Vụ Pháp chế Bộ Tư
    # pháp": a department named without its body, then the body after blanks alone, is one unit (the
    # department of that body; "Sở Tài chính, Công an tỉnh" stays two)
    i = len(items) - 2
    while i >= 0:
        a, b = items[i], items[i + 1]
        if _DEPARTMENT_GAP.fullmatch(folded, a.end, b.start) and _department(a) and _of_body(b):
            items[i] = _Cand(a.start, b.end, f"{a.canonical} {b.canonical}", b.kind, 0, "", True)
            del items[i + 1]
        elif (
            _units_re("ministry_comma").fullmatch(folded, a.end, b.start)
            and (name := _ministry_of(a, b)) is not None
            # (not an item of a list: "Bộ Nội vụ, Vụ Pháp chế, Bộ Tư pháp" names three)
            and not (i > 0 and _units_re("title_join").fullmatch(folded, items[i - 1].end, a.start))
        ):
            # "Vụ Tổ chức cán bộ, Bộ Nội vụ", "Văn phòng Bộ, Bộ Tài chính": the department of that
            # ministry, named with it after a comma
            items[i] = _Cand(a.start, b.end, name, b.kind, 0, "", True)
            del items[i + 1]
        elif (
            a.kind == "front"
            and b.kind in ("state", "other")
            and b.standalone
            and _DEPARTMENT_GAP.fullmatch(folded, a.end, b.start)
            and _bare_level(a.canonical, folded[a.start : a.end])
        ):
            # "Đoàn Thanh niên Sở Y tế", "Công đoàn Trường Đại học Tây Nguyên": the branch of a mass
            # organisation in that body (the name alone is read as the province's)
            items[i] = _Cand(a.start, b.end, f"{_clean(text[a.start : a.end])} {b.canonical}", a.kind, 0, "", True)
            del items[i + 1]
        i -= 1
    # "Công an các xã, phường", "Trạm Y tế các xã, phường", "Phòng Kinh tế các xã, phường": a body
    # named once for every commune (or province) is one unit, not the body and the communes
    i = len(items) - 2
    while i >= 0:
        a, b = items[i], items[i + 1]
        if (
            a.kind not in ("collective", "person")
            and b.kind == "collective"
            and not b.members
            and folded[a.end : b.start].strip(" \t") == ""
            and (_levels_only(b.canonical) or _hamlets_of(folded, a, b))
        ):
            body = a.canonical
            if _levels_only(body.split()[-1]) and not _levels_only(folded[a.start : a.end].split()[-1]):
                # "Hội Nông dân các xã, phường": a short name read as the province's body ("Hội Nông
                # dân tỉnh") is named here for every commune; the list is its level
                body = body.rsplit(None, 1)[0]
            if not _levels_only(body.split()[-1]):
                inner = b.canonical[0].lower() + b.canonical[1:]
                items[i] = _Cand(a.start, b.end, f"{body} {inner}", a.kind, 0, "", True)
                del items[i + 1]
        i -= 1
    # a name of the gazetteer that a body's own name in capitals may follow ("Tổ chuyên môn Ngữ văn",
    # "Hợp tác xã nông nghiệp Tân Phú"): that name belongs to it
    named = _named_after()
    for idx, c in enumerate(items):
        if c.canonical not in named or not _NAME_NEXT.match(text, c.end):
            continue
        limit = items[idx + 1].start if idx + 1 < len(items) else len(folded)
        # (a name in sentence case runs on in small letters as its head word's own open names do:
        # "Tổ chuyên môn Giáo dục thể chất" as "Tổ Giáo dục thể chất")
        head = _fold(c.canonical.split()[0])[0] if named[c.canonical] else ""
        end = _walk_open(text, folded, c.end, head, 6, frozenset({limit}))
        if not named[c.canonical]:
            end = _last_capital(text, c.end, end)  # (a place's name: "Đông Hòa" of "... Đông Hòa tiêu thụ")
        if c.end < end <= limit:
            c.canonical = _clean(text[c.start : end])  # (a proper name: as written, "Hợp tác xã Nông nghiệp Tân Phú")
            c.end = end
    # the words after a collective of the gazetteer ("các hội ... trên địa bàn tỉnh")
    # (a plural name of the gazetteer, "Các tổ chức chính trị - xã hội", takes the kept ones only:
    # "... cùng cấp")
    many = f"{_grammar()['many']} "
    swallowed: set[int] = set()
    for idx, c in enumerate(items):
        plural = c.kind != "collective" and c.kind != "person" and many in f" {c.canonical.lower()}"
        if c.kind != "collective" and not plural:
            continue
        limit = items[idx + 1].start if idx + 1 < len(items) else len(folded)
        for _ in range(2):
            sm = g.coll_suffix.match(folded, c.end)
            if sm and sm.end() > limit and plural:
                # (a kept suffix that holds a unit's name, "Các tổ chức chính trị - xã hội ở Trung
                # ương": the unit inside it is the suffix's, not a unit of its own)
                # (the items in order of their starts: read up to the first one after it, not all)
                inside, stop = [], sm.end()
                for j in range(idx + 1, len(items)):
                    if items[j].start >= stop:
                        break
                    inside.append(j)
                if " ".join(sm.group().split()) in g.coll_keep and all(items[j].end <= sm.end() for j in inside):
                    swallowed.update(inside)
                    limit = items[inside[-1] + 1].start if inside[-1] + 1 < len(items) else len(folded)
            if not sm or sm.end() > limit:
                break
            word = " ".join(sm.group().split())
            if word in g.coll_named and _NAME_NEXT.match(text, sm.end()):
                break
            if plural and word not in g.coll_keep:
                break
            if word in g.coll_keep:
                c.canonical += " " + _clean(text[sm.start() : sm.end()])
            c.end = sm.end()
    if swallowed:
        items = [c for j, c in enumerate(items) if j not in swallowed]
    # appositive: "Văn phòng Tỉnh ủy - Cơ quan Thường trực Ban Chỉ đạo" is one unit
    out: list[_Cand] = []
    for c in items:
        if out:
            prev = out[-1]
            gap = folded[prev.end : c.start]
            paren = _PAREN_GAP.fullmatch(gap)
            comma = False
            if (
                (
                    _DASH_GAP.fullmatch(gap)
                    or paren
                    # (or set off by commas: "Sở X, cơ quan thường trực Ban Chỉ đạo, tổng hợp ...")
                    or (comma := _COMMA_GAP.fullmatch(gap) and _closing_comma(folded, c.end))
                )
                and c.canonical.startswith(_grammar()["agency"])
                and not prev.canonical.startswith(_grammar()["agency"])
            ):
                # (also in parentheses: "Sở X (cơ quan thường trực Ban Chỉ đạo)")
                # "(... Khen thưởng tỉnh)"
                lv = _units_re("place_level").match(folded, c.end) if paren or comma else None
                close = _PAREN_CLOSE.match(folded, lv.end() if lv else c.end) if paren else None
                end = close.end() if close is not None else (lv.end() if lv else c.end)
                out[-1] = _Cand(prev.start, end, prev.canonical, prev.kind, prev.prio)
                out[-1].appositive = "," in gap
                continue
            if (
                paren
                and prev.canonical.startswith(_grammar()["agency"])
                and not c.canonical.startswith(_grammar()["agency"])
                and c.kind != "collective"
                and (close := _PAREN_CLOSE.match(folded, c.end)) is not None
            ):
                # "Cơ quan thường trực Ban Chỉ đạo (Phòng Văn hóa - Xã hội)": the office in the
                # parentheses is who the role-named body is, one unit named by it
                out[-1] = _Cand(prev.start, close.end(), c.canonical, c.kind, c.prio)
                continue
        out.append(c)
    # "UBND tỉnh Đắk Lắk"
    for idx, c in enumerate(out):
        if c.kind == "person" and c.canonical.endswith(_hamlet_ends()) and not _all_upper(text[c.start : c.end]):
            # "Trưởng thôn Đông Hà", "Trưởng thôn 3": the hamlet's name belongs to its head's title
            no = _REGION_NO.match(folded, c.end)
            after = _WORD_AFTER.match(folded, no.end()) if no is not None else None
            if no is not None and after is not None and after.group(1) in _counted():
                no = None  # "Trưởng thôn 15 ngày một lần ...": a count of days, not the hamlet's number
            end = no.end() if no is not None else _walk_caps(text, folded, c.end, _place_stop(), 4, strict=True)
            if end > c.end and (idx + 1 == len(out) or end <= out[idx + 1].start):
                c.canonical = f"{c.canonical} {_clean(text[c.end : end])}"
                c.end = end
            continue
        if c.kind in ("collective", "person") or f" {_grammar()['many']} " in c.canonical:
            continue  # "Ủy ban nhân dân các tỉnh, thành phố" + "Khẩn trương ...": no place name
        if (
            # (looked for in a few characters only: the engine would search the rest of the text for
            # the pattern's fixed words before each try)
            (regions := _many_regions().match(folded, c.end, c.end + _REGIONS_SPAN)) is not None
            and (idx + 1 == len(out) or regions.end() <= out[idx + 1].start)
            and not _ends_level(c.canonical)
        ):
            # (helper 83) "Trung tâm GDNN-GDTX các khu vực": the body of each region, as "Chi cục Thuế
            # các huyện" is each district's
            c.canonical = f"{c.canonical} {_clean(text[c.end : regions.end()])}"
            c.end = regions.end()
            continue
        # a name in capitals is a heading's ("ỦY BAN NHÂN DÂN TỈNH"), its place on the next line;
        # but one of abbreviations may be followed by its place ("UBND TP Huế", "UBND TP. Huế")
        titled = _TITLED_PLACE.match(text, c.end)
        if _all_upper(text[c.start : c.end]) and titled is None:
            continue
        ends_level = _ends_level(c.canonical)
        limit = out[idx + 1].start if idx + 1 < len(out) else len(text)
        start = c.end
        if titled is not None and titled.group(1) and folded.endswith("tp", c.start, c.end):
            start = titled.start(1) + 1  # "TP. Hồ Chí Minh": the abbreviation's dot, then the place
        level = list(ends_level)
        if c.canonical.endswith(f" {_grammar()['region']}"):
            # "Ban Quản lý dự án đầu tư xây dựng khu vực Ea Kar": the region's name is the board's
            at = _BLANKS.match(text, c.end).end()  # type: ignore[union-attr]
            end = _place_end(text, folded, at)
            if end > at and end <= limit:
                c.canonical = f"{c.canonical} {_clean(text[c.end : end])}"
                c.end = end
                continue
        name_end = c.end
        if not ends_level:  # "Sở Y tế tỉnh Hà Tĩnh", "Trạm Y tế xã An Bình"
            lv = _units_re("place_level").match(folded, c.end)
            if lv is None and "(" in text[c.end : c.end + 3]:
                # (helper 59) its short name in parentheses before the level: "Trung tâm Kiểm soát bệnh
                # tật (CDC) tỉnh chủ trì ...", one unit through the level (and a province's name after it)
                short = _SHORT_PAREN.match(text, c.end)
                lv = _units_re("place_level").match(folded, short.end()) if short is not None else None
                if (
                    lv is not None
                    and _named_level(lv.group().split())
                    and _place_end(text, folded, lv.end()) != lv.end()
                ):
                    lv = None  # (not a commune's name after it: its own, as written, without the parentheses)
            if not lv or lv.end() > limit:
                continue
            level = lv.group().split()
            start = lv.end()
            if not _named_level(level):
                c.end = start
                if _fold(c.canonical)[0].startswith(_level_kept_heads()) or _fold(c.canonical)[0].endswith(
                    _level_kept_tails()
                ):
                    # "Nhà Văn hóa Thanh niên tỉnh": the province's house, not a commune's
                    c.canonical = f"{c.canonical} {' '.join(level)}"
        more = _more_levels().match(text, start, limit) if not _units_re("social").match(text, start) else None
        if more is not None and _place_end(text, folded, start) == start:
            # "(Các) Sở Khoa học và Công nghệ tỉnh, thành phố", "Trạm Y tế xã, phường": the body of
            # every province or commune, named once with the levels listed after it, as written
            stem = _without_level(c.canonical) if ends_level else c.canonical
            if ends_level:  # (the level's first word in the name)
                n = len(c.canonical.split()) - len(stem.split())
                name_end = list(_WORD_RUN.finditer(text, c.start, c.end))[-n].start()
            plural = _units_re("plural_before").search(folded, max(0, c.start - 8), c.start)
            c.canonical = f"{stem} {_grammar()['many']} {_clean(text[name_end : more.end()])}"
            c.start = plural.start() if plural is not None else c.start
            c.end = more.end()
            continue
        end = _place_end(text, folded, start)
        if (
            end == start
            and _named_level(level)
            and (no := _PLACE_NUMBER.match(text, start)) is not None
            and no.end() <= limit
            and ((after := _WORD_AFTER.match(folded, no.end())) is None or after.group(1) not in _counted())
        ):
            end = no.end()  # "Ủy ban nhân dân phường 3", "Trạm Y tế phường 12": a commune by its number
        if end > start and end <= limit and _whole_place(text, start, end):
            if _named_level(level):
                # a commune or district is named with its place: a document names many of them
                # ("Ủy ban nhân dân xã An Bình", "Trung tâm Chính trị xã Tân Hòa")
                stem = _without_level(c.canonical) if ends_level else c.canonical
                c.canonical = f"{c.canonical} {_clean(text[c.end : end])}"
                end = _more_places(text, folded, c, stem, start, end, limit)
            c.end = end
        elif end == start and not ends_level and _named_level(level) and not _units_re("social").match(text, start):
            # "Trạm Y tế phường", "Trung tâm Chính trị xã": the commune's own body, as written (not
            # "xã hội")
            c.canonical = f"{c.canonical} {' '.join(level)}"
            c.end = start
    return out


def _closing_comma(folded: str, end: int) -> bool:
    """A comma after ``end``, maybe after a level ("..., cơ quan thường trực Hội đồng Thi đua -
    Khen thưởng tỉnh, chủ trì ..."): the end of an appositive set off by commas."""
    lv = _units_re("place_level").match(folded, end)
    return _COMMA_GAP.match(folded, lv.end() if lv else end) is not None


@functools.cache
def _level_before() -> regex.Pattern[str]:
    """A level whose place is named after it, right before a place (see :func:`_named_levels`)."""
    return regex.compile(rf"(?<!\w)(?:{_alt(_named_levels())})[ \t]+$")


@functools.cache
def _level_kept_heads() -> tuple[str, ...]:
    """The open heads whose names keep the province's level after them (``level_kept_heads``), folded,
    each with the blank after it."""
    return tuple(f"{_fold(h)[0]} " for h in load("units")["level_kept_heads"])


@functools.cache
def _level_kept_tails() -> tuple[str, ...]:
    """The last words of names that keep the province's level after them (``level_kept_tails``:
    "... chi nhánh tỉnh"), folded, each with the blank before it."""
    return tuple(f" {_fold(h)[0]}" for h in load("units")["level_kept_tails"])


@functools.cache
def _named_levels() -> frozenset[str]:
    return frozenset(_fold(w)[0] for w in load("units")["named_levels"])


def _named_level(words: list[str]) -> bool:
    """Whether the level that ``words`` end with is one whose place is part of a unit's name."""
    got = _named_levels()
    return bool(words) and (words[-1] in got or " ".join(words[-2:]) in got)


@functools.lru_cache(maxsize=4096)
def _ends_level(canonical: str) -> tuple[str, ...]:
    """The last two words of a unit's name (folded) when it ends with a level of government
    ("Ủy ban nhân dân tỉnh" -> ("dân", "tỉnh")), else none."""
    words = _key(_fold(canonical)[0]).split()
    keys = _gazetteer().level_keys
    return tuple(words[-2:]) if words and (words[-1] in keys or " ".join(words[-2:]) in keys) else ()


def _find(text: str) -> tuple[str, list[int] | None, list[_Cand]]:
    folded, offs, items, _ = _find_all(text)
    return folded, offs, items


_Found = tuple[str, "list[int] | None", "list[_Cand]", "list[tuple[int, int]]"]
_MEMO_SIZE = 1024  # texts kept by each memo below (the latest ones used)
_MEMO_LONGEST = 2000  # a longer text is read again each time (its results are not kept)


class _Memo(Generic[_V]):
    """A bounded memo of a pure function of a text: the latest ``_MEMO_SIZE`` texts' results,
    emptied when a document's parse starts (see :mod:`ndq57.memo`). The same clause is read by
    several steps of a document (its owners, its table's cells, its deadline), the same short text
    (a unit's cell, a heading) by many rows. The results kept are never changed by their readers
    (each public function hands out a new list)."""

    __slots__ = ("_got",)

    def __init__(self) -> None:
        self._got: dict[str, _V] = {}

    def get(self, text: str) -> _V | None:
        got = self._got.pop(text, None)
        if got is not None:
            self._got[text] = got  # (the latest used last: the first is the one to drop)
        return got

    def put(self, text: str, value: _V) -> _V:
        if len(text) <= _MEMO_LONGEST:
            if len(self._got) >= _MEMO_SIZE:
                del self._got[next(iter(self._got))]
            self._got[text] = value
        return value

    def read(self, text: str, compute: Callable[[], _V]) -> _V:
        """The result kept for ``text``, else ``compute()``'s, kept."""
        got = self.get(text)
        return got if got is not None else self.put(text, compute())

    def cache_clear(self) -> None:
        self._got.clear()


_FOUND: _Memo[_Found] = per_document(_Memo())
_UNITS: _Memo[tuple[UnitMatch, ...]] = per_document(_Memo())
_ROLES: _Memo[tuple[RoleMatch, ...]] = per_document(_Memo())


@functools.cache
def _comrade_words() -> tuple[str, ...]:
    return tuple(_grammar()["comrade"])


def _find_all(text: str) -> _Found:
    """:func:`_find`, and the places of every candidate (before the longest wins); memoised."""
    return _FOUND.read(text, lambda: _found(text))


def _found(text: str) -> _Found:
    if not text or not _gazetteer().quick.search(text):
        return text.lower(), None, [], []
    if "/" in text:
        # two units written with a slash between them ("Sở Tài chính/Sở Nội vụ"): read as a list
        # (the slash stands where a comma would; the same length, so every offset holds)
        text = _UNIT_SLASH.sub(",", text)
    folded, offs = _fold(text)
    src = text if offs is None else folded
    pg = _gazetteer().persons
    # (a text with no word that a title needs is not scanned for titles)
    titles = [m.start() for m in pg.titles.finditer(folded)] if _has_any(folded, pg.needs) else []
    cands = _candidates(src, folded, titles)
    named = _has_any(folded, _comrade_words())  # ("đồng chí Nguyễn Văn An": a person by name)
    if not cands and not titles and not named:  # (nothing to resolve, compose or read persons from)
        return folded, offs, [], []
    _offices_of_bodies(src, folded, cands)
    places = [(c.start, c.end) for c in cands]  # (before _compose moves the ends of some)
    items = _compose(src, folded, _resolve(cands, len(folded)))
    if items:
        items = _built_objects(folded, items)
    if len(items) > 1:
        items = _partner_levels(folded, items)
        items = _shared_levels(folded, items)
        if any(c.kind == "party" and f" {_grammar()['many']} " in c.canonical for c in items):
            items = _shared_hamlets(folded, items)
        items = _shared_committees_of_boards(folded, items)
    if items:
        items = _shared_heads(src, folded, items)
    items = _persons(src, folded, items, titles)
    if named:
        items = _named_persons(src, folded, items)
    return folded, offs, items, places


@functools.cache
def _built_rules() -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """The heads of units whose name is also their building's, folded, and the pattern of a verb of
    building works (or "tại") right before the end of a text (data ``built_objects``)."""
    data = load("units")["built_objects"]
    verbs = _alt(_fold(v)[0] for v in data["before"])
    return (
        tuple(_fold(h)[0] for h in data["heads"]),
        regex.compile(rf"(?<!\w)(?:{verbs})[ \t]+(?:(?:{_alt(_fold(w)[0] for w in data['then'])})[ \t]+)?\Z"),
    )


def _built_objects(folded: str, items: list[_Cand]) -> list[_Cand]:
    """Without the units of ``built_objects`` named right after a verb of building works ("Sửa chữa
    Nhà văn hóa xã", "xây dựng Trường Tiểu học Kim Đồng") or "tại" (where something is done), nor
    those listed right after such a one ("... Nhà văn hóa xã và Trạm Y tế xã"): the buildings, not
    bodies.

    >>> [c.canonical for c in _find("Sửa chữa, nâng cấp Nhà văn hóa xã và Trạm Y tế xã.")[2]]
    []
    >>> [c.canonical for c in _find("Nhà văn hóa xã phối hợp với Trạm Y tế xã tuyên truyền.")[2]]
    ['Nhà văn hóa xã', 'Trạm Y tế xã']
    """
    heads, verb = _built_rules()

    def built(c: _Cand) -> bool:
        return c.kind not in ("person", "collective") and folded.startswith(heads, c.start) and any(
            folded.startswith(h, c.start) and not folded[c.start + len(h) : c.start + len(h) + 1].isalnum()
            for h in heads
        )

    out: list[_Cand] = []
    last_end = 0  # the end of the unit before, which the verb may not be part of ("Sở Xây dựng")
    dropped = -1  # the end of the building dropped last
    for c in items:
        if built(c):
            if dropped >= 0 and _units_re("list_gap").fullmatch(folded, dropped, c.start):
                dropped = c.end  # "Sửa chữa Nhà văn hóa xã và Trạm Y tế xã": listed with it
                continue
            m = verb.search(folded, max(last_end, c.start - 40), c.start)
            if m is not None:
                dropped = c.end
                continue
        out.append(c)
        last_end = c.end
        dropped = -1
    return out


@functools.cache
def _compound_words() -> dict[str, frozenset[str]]:
    """The first words of a name that end a compound with the word before them (data
    ``name_compounds``), folded, each with those words."""
    return {_fold(k)[0]: frozenset(_fold(w)[0] for w in ws) for k, ws in load("units")["name_compounds"].items()}


_NAME_WORD_AT = re.compile(r"\w+")
_COMPOUND_HEAD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _compound_tail(folded: str, start: int) -> bool:
    """Whether the word at ``start`` ends a compound with the word before it ("ủy" + "ban")."""
    first = _NAME_WORD_AT.match(folded, start)
    words = _compound_words().get(first.group()) if first is not None else None
    if words is None:
        return False
    prev = _COMPOUND_HEAD_BEFORE.search(folded, max(0, start - 16), start)
    return prev is not None and prev.group(1) in words


@functools.cache
def _opening_rules() -> tuple[tuple[str, ...], regex.Pattern[str], regex.Pattern[str]]:
    """The names that are a body only where a clause opens or after the words of ``opening_only``,
    the pattern of what may stand right before them, and of the words that make their last word
    part of another one after them."""
    data = load("units")["opening_only"]
    after = _alt(_fold(w)[0] for w in data["after"])
    words = _alt(_fold(w)[0] for w in data["not_before"])
    return (
        tuple(data["names"]),
        regex.compile(rf"(?:\A|[.;:\n()+\-]|(?<!\w)(?:{after}))[ \t*_]*\Z"),
        regex.compile(rf"[ \t]+(?:{words})(?!\w)"),
    )


_LATER_WORD = re.compile(r"(?<=[ \t])\w")


def _opening_only(g: _Gazetteer, folded: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The gazetteer's ``spans`` without the names of ``opening_only`` found anywhere but where a
    clause opens or right after one of its words ("Tổ chức đảng xem xét ...", "... tại tổ chức
    đảng"; "Báo cáo tình hình tổ chức đảng và đảng viên" names a topic, not a body), or before a word
    that makes another word of their last one ("Tổ chức đảng viên học tập ...": to organise the
    members); a name that starts at a later word of such a span is read there ("Tổ chức Đảng ủy xã
    họp": "Đảng ủy xã")."""
    names, before, word_on = _opening_rules()
    if not spans or not any(g.entries[k].canonical in names for _, _, k in spans if k in g.entries):
        return spans
    out: list[tuple[int, int, str]] = []
    last = 0
    for start, end, key in spans:
        if start < last:
            continue
        e = g.entries.get(key)
        if (
            e is None
            or e.canonical not in names
            or (
                before.search(folded, max(0, start - 12), start) is not None
                and word_on.match(folded, end) is None
            )
        ):
            out.append((start, end, key))
            last = end
            continue
        for w in _LATER_WORD.finditer(folded, start + 1, end):
            found = g.trie.name_at(folded, w.start())
            if found is not None and found[0] > w.start():
                out.append((w.start(), *found))
                last = found[0]
                break
    return out


@functools.cache
def _shared_level_names() -> frozenset[str]:
    """The bodies of a level named without it before another one that ends with it (data
    ``shared_level_names``, canonical names)."""
    return frozenset(load("units")["shared_level_names"])


@functools.cache
def _level_ends() -> tuple[str, ...]:
    """The levels that end a unit's name (``levels``), each after a blank."""
    return tuple(" " + lv for lv in load("units")["levels"])


def _shared_tail(canonical: str) -> str | None:
    """What follows the level's body that opens ``canonical`` when it ends with a level (" xã" of
    "Ủy ban nhân dân xã", " các xã, phường và đặc khu" of "Ủy ban nhân dân các xã, phường và đặc
    khu"), else None."""
    heads = [h for h in _shared_level_names() if canonical.startswith(h + " ")]
    if not heads or not canonical.endswith(_level_ends()):
        return None
    return canonical[len(max(heads, key=len)) :]


@functools.cache
def _level_partners() -> tuple[str, ...]:
    """The collectives whose level, written after them, is also the one of a level's body named
    without it right before them (data ``shared_level_partners``, canonical names)."""
    return tuple(load("units")["shared_level_partners"])


def _partner_levels(folded: str, items: list[_Cand]) -> list[_Cand]:
    """A level's body named without its level right before the organisations of that level ("Ủy ban
    MTTQ Việt Nam và các đoàn thể chính trị - xã hội xã"): the level written once after them is the
    body's too; both stay units of their own.

    >>> [c.canonical for c in _find("Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội huyện")[2]]
    ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Các tổ chức chính trị - xã hội huyện']
    """
    names = _shared_level_names()
    if not any(c.canonical in names for c in items):
        return items
    out = list(items)
    gap = _units_re("list_gap")
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.canonical not in names or a.members or not gap.fullmatch(folded, a.end, b.start):
            continue
        head = next((h for h in _level_partners() if b.canonical.startswith(h)), None)
        if head is None:
            continue
        # the level as the partner's canonical name keeps it, else as written ("... tỉnh": a
        # province's organisations are named without it)
        tail = b.canonical[len(head) :]
        if not tail.endswith(_level_ends()):
            written = folded[b.start : b.end]
            tail = next((lv for lv in _level_ends() if written.endswith(lv)), "")
        if tail:
            out[i] = replace(a, canonical=a.canonical + tail)
    return out


def _shared_levels(folded: str, items: list[_Cand]) -> list[_Cand]:
    """A level written once after a list of a level's bodies is each one's ("HĐND, UBND xã",
    "Thường trực Đảng ủy, HĐND xã", "HĐND, UBND các xã, phường"): the list is one unit as written,
    each body a member at that level (only the bodies of ``shared_level_names``: "Cục Thuế, Hải
    quan tỉnh" stays two offices)."""
    names = _shared_level_names()
    if not any(c.canonical in names for c in items):
        return items
    return _shared_runs(
        folded, items, names, lambda last: _shared_tail(last.canonical), lambda name: name, _given_by(folded)
    )


@functools.cache
def _direction_before() -> regex.Pattern[str]:
    """The opening of a direction's giver right before a position ("Dưới sự chỉ đạo của" + a body)."""
    opening = _alt(_fold(w)[0] for w in load("units")["roles"]["direction_open"])
    return regex.compile(rf"(?<!\w)(?:{opening})[ \t*_]+$")


def _given_by(folded: str) -> Callable[[_Cand], bool]:
    """Whether a body opens the giver of a direction ("Dưới sự chỉ đạo của Thường trực Đảng ủy, Ủy
    ban nhân dân xã chủ trì ..."): after the giver's bodies a comma ends the giver, and the subject
    follows (asked only of a run's first body, in the few words before it)."""
    rx = _direction_before()
    return lambda c: rx.search(folded, max(0, c.start - 48), c.start) is not None


def _shared_runs(
    folded: str,
    items: list[_Cand],
    names: Collection[str],
    tail_of: Callable[[_Cand], str | None],
    last_name: Callable[[str], str],
    given: Callable[[_Cand], bool] | None = None,
) -> list[_Cand]:
    """Runs of ``names`` bodies listed right before one whose name ends with a tail they share
    (``tail_of`` the last one, None when it has none): each run is one unit as written, each body
    a member with the tail; the last one's name in the list as ``last_name`` writes it. A run that
    opens the giver of a direction (``given``) goes on over "và" only."""
    out: list[_Cand] = []
    i = 0
    while i < len(items):
        j = i
        gap = _units_re("list_gap")
        while (
            j + 1 < len(items)
            and items[j].canonical in names
            and gap.fullmatch(folded, items[j].end, items[j + 1].start)
        ):
            j += 1
            if j == i + 1 and given is not None and given(items[i]):
                gap = _units_re("and_gap")  # (the giver of a direction: its first gap read again)
                if not gap.fullmatch(folded, items[i].end, items[j].start):
                    j = i
                    break
        last = items[j]
        tail = tail_of(last) if j > i and not last.members else None
        if tail is None:
            out.append(items[i])
            i += 1
            continue
        run = items[i:j]
        members = [_Member(c.start, c.end, c.canonical + tail, c.canonical + tail, c.kind) for c in run]
        members.append(_Member(last.start, last.end, last.canonical, last.canonical, last.kind))
        canonical = ", ".join([c.canonical for c in run] + [last_name(last.canonical)])
        out.append(_Cand(items[i].start, last.end, canonical, last.kind, 0, "", True, members))
        i = j + 1
    return out


@functools.cache
def _shared_heads_data() -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """(helper 73) The heads a list of fields shares (data ``shared_heads``), each with its blank, and
    the pattern of a list's gap right before a capital."""
    heads = tuple(f"{h} " for h in load("units")["shared_heads"])
    return heads, regex.compile(_units_re("list_gap").pattern + r"(?=\p{Lu})")


def _head_member(folded: str, pos: int, head: str) -> tuple[int, str, str] | None:
    """(helper 73) The field at ``pos`` that with ``head`` before it is a known unit's name ("Nội vụ"
    after "Sở Tài chính, "): its end, its canonical name and kind, or None."""
    g = _gazetteer()
    lead = _fold(head)[0]
    spans = g.trie.spans(lead + folded[pos : pos + 96])
    if not spans or spans[0][0] != 0 or spans[0][1] <= len(lead):
        return None
    e = g.entries.get(spans[0][2])
    if e is None or not e.standalone or not e.canonical.startswith(head):
        return None
    return pos + spans[0][1] - len(lead), e.canonical, e.kind


def _known_whole(folded: str, c: _Cand) -> bool:
    """(helper 73) Whether ``c`` is, as written, a name of the gazetteer (not one read by its head)."""
    spans = _gazetteer().trie.spans(folded[c.start : c.end])
    return bool(spans) and spans[0][0] == 0 and spans[0][1] == c.end - c.start


def _shared_heads(text: str, folded: str, items: list[_Cand]) -> list[_Cand]:
    """(helper 73) A head written once before a list of fields ("Sở Tài chính, Nội vụ và Xây dựng",
    "Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch"): one unit as written, each field with the head a
    member, as :func:`_shared_levels` reads "HĐND, UBND xã"; a field that is no unit with the head,
    or a unit of its own ("Sở Tài chính, Công an tỉnh"), ends the list.

    >>> [(c.canonical, [m.canonical for m in c.members]) for c in _find("Sở Tài chính, Nội vụ chủ trì")[2]]
    [('Sở Tài chính, Nội vụ', ['Sở Tài chính', 'Sở Nội vụ'])]
    """
    heads, gap_rx = _shared_heads_data()
    starts = {c.start for c in items}
    out: list[_Cand] = []
    for c in items:
        if out and c.start < out[-1].end:
            continue  # (inside a list read before)
        head = next((h for h in heads if c.canonical.startswith(h)), None) if not c.members else None
        if head is not None and not _known_whole(folded, c):
            head = None  # (the first one a name read by its head alone: "Sở Văn hóa," of a cut cell)
        end, names, members = c.end, [c.canonical], [_Member(c.start, c.end, c.canonical, c.canonical, c.kind)]
        while head is not None and (gap := gap_rx.match(text, end)) is not None and gap.end() not in starts:
            found = _head_member(folded, gap.end(), head)
            if found is None:
                break
            end = found[0]
            names.append(("" if "," in gap.group() else " ") + gap.group().strip() + " " + found[1][len(head) :])
            members.append(_Member(gap.end(), end, found[1][len(head) :], found[1], found[2]))
        if len(members) < 2:
            out.append(c)
            continue
        out.append(_Cand(c.start, end, "".join(names), c.kind, c.prio, "", True, members))
    return out


@functools.cache
def _committee_boards() -> tuple[frozenset[str], tuple[str, ...]]:
    """(helper 73) The Party committee's boards named without it (``shared_committee_boards``), and
    the committees each after a blank (" Tỉnh ủy")."""
    data = load("units")
    return frozenset(data["shared_committee_boards"]), tuple(f" {c}" for c in data["committees"])


def _committee_tail(c: _Cand) -> str | None:
    """(helper 73) The committee ``c``, a Party board, is named with (" Tỉnh ủy" of "Ban Tổ chức Tỉnh
    ủy"), or None."""
    names, tails = _committee_boards()
    tail = next((t for t in tails if c.canonical.endswith(t)), None) if c.kind == "party" else None
    return tail if tail is not None and c.canonical[: -len(tail)] in names else None


def _committee_follows(folded: str, items: list[_Cand], k: int) -> bool:
    """(helper 73) ``items[k]``, a board named without its committee, opens a list of boards whose
    last one is named with it ("Ban Tổ chức, Ban Tuyên giáo và Dân vận Tỉnh ủy")."""
    names = _committee_boards()[0]
    if items[k].canonical not in names:
        return False
    sep = _units_re("list_gap")
    j = k + 1
    while j < len(items) and sep.fullmatch(folded, items[j - 1].end, items[j].start) is not None:
        if items[j].standalone:
            return _committee_tail(items[j]) is not None
        if items[j].canonical not in names:
            return False
        j += 1
    return False


def _shared_committees_of_boards(folded: str, items: list[_Cand]) -> list[_Cand]:
    """(helper 73) Boards named without their committee before one named with it ("Ban Tổ chức, Ban
    Tuyên giáo và Dân vận Tỉnh ủy"): one unit as written, each board a member with the committee, as
    :func:`_shared_levels` reads "HĐND, UBND xã"."""
    names = _committee_boards()[0]
    if not any(c.canonical in names for c in items):
        return items
    return _shared_runs(folded, items, names, _committee_tail, lambda name: name)


@functools.cache
def _hamlets_tail() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The bodies named without their hamlet before one named for the hamlets (data
    ``shared_hamlet_names``), and the pattern of that name's tail (" các thôn, tổ dân phố")."""
    data = load("units")
    nouns = _alt(data["hamlets"]["nouns"])
    tail = regex.compile(rf" {_grammar()['many']} (?:{nouns})(?:, (?:{nouns}))*\Z")
    return frozenset(data["shared_hamlet_names"]), tail


def _shared_hamlets(folded: str, items: list[_Cand]) -> list[_Cand]:
    """A body of ``shared_hamlet_names`` before a hamlet's body named for the hamlets ("Chi ủy, chi
    bộ thôn, tổ dân phố"): one unit as written, each body a member for those hamlets, as
    :func:`_shared_levels` reads "HĐND, UBND xã"."""
    names, tail_rx = _hamlets_tail()

    def tail_of(last: _Cand) -> str | None:
        m = tail_rx.search(last.canonical) if last.kind == "party" else None
        return None if m is None else m.group()

    return _shared_runs(folded, items, names, tail_of, lambda name: name[:1].lower() + name[1:])


# ---------------------------------------------------------------------------------------- persons


def _of_team(canonical: str, teams: frozenset[str]) -> bool:
    """(helper 57) ``canonical`` names a team of ``of_teams``, by its number too ("Đoàn kiểm tra số 2")."""
    return canonical in teams or canonical.rsplit(f" {_grammar()['number']} ", 1)[0] in teams


@functools.cache
def _of_teams() -> frozenset[str]:
    """(helper 57) The teams named whole with the committee they belong to (``of_teams``)."""
    return frozenset(load("units")["of_teams"])


@functools.cache
def _of_heads() -> tuple[str, ...]:
    """The first words of the bodies named with the one they belong to (``of_heads``)."""
    return tuple(f"{h} " for h in load("units")["of_heads"])


_BLANK = re.compile(r"[ \t\r\n*_]+")
_APPOSITIVE = re.compile(r"[ \t\r\n*_]*[-–—][ \t\r\n*_]*")
_NAME_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}*)(?!\w)")
_CHARGE_WORD = regex.compile(r"(?:[ \t\r\n]+|[ \t]*[-–][ \t]*)(?=\w)")


@dataclass(slots=True)
class _Person:
    start: int
    end: int
    canonical: str
    members: list[_Member]
    has_unit: bool
    unit: str = ""  # the name of the unit after the titles, as the canonical name ends with it


@functools.cache
def _honorific_rx() -> regex.Pattern[str]:
    """(helper 51) The courtesy words before a person's name (grammar ``honorific``: "ông", "bà"), as
    whole words of a folded text."""
    return regex.compile(rf"(?<!\w)(?:{_alt(_fold(w)[0] for w in _grammar()['honorific'])})(?!\w)")


def _shared_committees(folded: str, end: int, by_start: dict[int, _Cand]) -> tuple[int, list[str]] | None:
    """(helper 51) The Party committees listed right after a committee at ``end`` that a title
    names ("Bí thư Tỉnh ủy, Thành ủy", "Bí thư Huyện ủy, Thị ủy và Thành ủy"): their end and
    names, or None; a title there ("Thành ủy viên") or another unit ends the list."""
    names: list[str] = []
    committees = _committee_names().values()
    sep_rx = _units_re("list_sep")
    titles = _gazetteer().persons.titles
    while (sep := sep_rx.match(folded, end)) is not None:
        nxt = by_start.get(sep.end())
        if nxt is None or nxt.canonical not in committees or titles.match(folded, sep.end()):
            break
        names.append(nxt.canonical)
        end = nxt.end
    return (end, names) if names else None


_REGIONS_SPAN = 64  # characters after a name where "các khu vực" is looked for


@functools.cache
def _many_regions() -> regex.Pattern[str]:
    """(helper 83) "các khu vực" right after a body's name, not before a region's name or number."""
    gr = _grammar()
    return regex.compile(rf"[ \t]+{gr['many']}[ \t]+{gr['region']}(?![\w]|[ \t]+(?:\p{{Lu}}|\d))")


@functools.cache
def _capital_lead() -> regex.Pattern[str]:
    """(helper 83) The lead word of nouns after a title and the blank after it ("các ", "mọi ")."""
    return regex.compile(rf"(?:{_alt(_grammar()['many_leads'])})[ \t]+")


def _title_unit(
    text: str, folded: str, pos: int, by_start: dict[int, _Cand]
) -> tuple[str, int, tuple[int, str, list[_Member]] | None] | None:
    """The title at ``pos`` and the unit after it: (folded title, its end, (unit end, unit name,
    members) or None). Of the titles written there, the longest one followed by a unit wins
    ("Trưởng" + "Ban Chỉ đạo tỉnh", not "Trưởng ban" + "Chỉ đạo tỉnh"); else the longest."""
    g = _gazetteer()
    pg = g.persons
    longest: tuple[str, int] | None = None
    # (only the titles that start with the two characters at ``pos`` are tried)
    for t, rx in pg.by_length if pg.by_head is None else pg.by_head.get(folded[pos : pos + 2], ()):
        if not folded.startswith(t[:2], pos):
            continue
        tm = rx.match(folded, pos)  # "Phó Chủ\ntịch": a title may be broken over lines
        if tm is None:
            continue
        q = tm.end()
        if longest is None:
            longest = (t, q)
        blank = _BLANK.match(folded, q)
        if blank is None:
            continue
        r = blank.end()
        unit = by_start.get(r)
        if unit is not None and unit.kind == "person":
            unit = None
        # "Thủ trưởng cơ quan, đơn vị", "Người đứng đầu cấp ủy, chính quyền": nouns in lower case
        coll = _collective_at(text, folded, r, r) if r < len(text) and not text[r].isupper() else None
        if coll is not None and len(coll.canonical.split()) < 2:
            coll = None  # "ủy viên ban": one short noun names no unit
        if coll is not None and not coll.members:
            # "Chánh văn phòng tỉnh ủy": one committee written in lower case is that committee
            committee = _committee_names().get(" ".join(folded[r : coll.end].split()))
            if committee is not None:
                return t, q, (coll.end, committee, [])
        if coll is not None and coll.strong and (unit is None or coll.end > unit.end):
            return t, q, (coll.end, coll.canonical, coll.members)
        if unit is None and coll is None and (lead := _capital_lead().match(folded, r)) is not None:
            # (helper 83) "Vụ trưởng các Vụ, Cục trưởng các Cục": a noun written with a capital after
            # a title and its lead word names the bodies each head heads, strong or not ("các vụ vi
            # phạm" in small letters stays no unit)
            weak = _collective_at(text, folded, lead.end(), r) if text[lead.end() : lead.end() + 1].isupper() else None
            if weak is not None:
                return t, q, (weak.end, f"{_grammar()['many']} {weak.canonical}", weak.members)
        if unit is not None:
            inner = unit.canonical
            many = _grammar()["many"]
            if inner.startswith(f"{many.capitalize()} "):  # ("Bí thư các đảng ủy trực thuộc Tỉnh ủy": a party unit too)
                inner = f"{many} " + inner[len(many) + 1 :]
            elif unit.kind == "collective":  # "Người đứng đầu cấp ủy, chính quyền các cấp"
                inner = inner[:1].lower() + inner[1:]
            elif inner in _committee_names().values():
                # (helper 51) "Bí thư Tỉnh ủy, Thành ủy": one title shared by the committees listed
                # after it (the secretaries of each), not a secretary and a committee
                shared = _shared_committees(folded, unit.end, by_start)
                if shared is not None:
                    return t, q, (shared[0], ", ".join([inner, *shared[1]]), [])
            return t, q, (unit.end, inner, unit.members)
        if text[r : r + 1].isupper() and (board := _title_board(text, folded, q)) is not None:
            return t, q, board  # (helper 57) "đồng chí Trưởng Ban Tổ chức": the head of the issuer's board
    if longest is None:
        return None
    t, q = longest
    # "Các Bộ trưởng: Quốc phòng, Công an": the bodies they head, listed after a colon
    head = pg.enum_heads.get(t)
    colon = _ENUM_COLON.match(folded, q) if head else None
    if head and colon:
        listed = _enumeration(text, folded, colon.end(), head, False)
        if listed is not None:
            members, joined = listed
            return t, q, (members[-1].end, f"{_grammar()['many']} {head}: {joined}", members)
    # "Giám đốc Sở", "Bộ trưởng Bộ": the head of the issuing body, named by its head word alone
    own = pg.own_head.match(text, q)
    if own is not None:
        return t, q, (own.end(), own.group(1), [])
    return t, q, None


def _title_board(text: str, folded: str, q: int) -> tuple[int, str, list[_Member]] | None:
    """(helper 57) The issuer's board named bare in capitals right after a title ending at ``q``
    ("Trưởng" + "Ban Tổ chức", "Phó Trưởng" + "Ban Tuyên giáo"): (its end, its name, []), or None."""
    blank = _BLANK.match(folded, q)
    if blank is None or not text[blank.end() : blank.end() + 1].isupper():
        return None
    r = blank.end()
    g = _gazetteer()
    named = g.trie.name_at(folded, r)
    if named is None or (e := g.entries.get(named[1])) is None or e.canonical not in _issuer_boards().names:
        return None
    written, words = text[r : named[0]].split(), e.canonical.split()
    if len(written) != len(words):
        return None
    if any(n[:1].isupper() and not w[:1].isupper() for w, n in zip(written, words, strict=True)):
        return None
    if _CAP_AFTER.match(text, named[0]) is not None:
        return None  # ("Trưởng Ban Tổ chức Hội thi": a board of something else, named on)
    return named[0], e.canonical, []


@functools.cache
def _title_heads() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The open heads written in small letters at the end of a title (data ``persons.title_heads``,
    folded: "phòng" of "Trưởng phòng"), and the pattern of those titles' first words right before
    the end of a text ("trưởng ")."""
    data = load("units")["persons"]["title_heads"]
    heads = frozenset(_fold(h)[0].lower() for h in data.values())
    shorts = [_fold(t)[0][: -len(h)].rstrip() for t, h in data.items()]
    return heads, regex.compile(rf"(?<!\w)(?:{_alt(shorts)})[ \t]+\Z")


def _after_title(folded: str, hk: str, pos: int) -> bool:
    """Whether the head ``hk`` in small letters at ``pos`` ends a title of ``title_heads`` ("Trưởng
    phòng Tổ chức cán bộ"): then it opens the name of the office the person heads."""
    heads, before = _title_heads()
    if hk not in heads or (t := before.search(folded, max(0, pos - 24), pos)) is None:
        return False
    # (not in another word: "tăng trưởng phòng ...")
    return _gazetteer().persons.not_after.search(folded, max(0, t.start() - 12), t.start()) is None


def _person_at(text: str, folded: str, pos: int, by_start: dict[int, _Cand], depth: int = 0) -> _Person | None:
    """The person named at ``pos``: titles, the unit they head, an appositive and a charge."""
    g = _gazetteer()
    pg = g.persons
    titles: list[str] = []
    unit: tuple[int, str, list[_Member]] | None = None
    item = by_start.get(pos)
    end = pos
    p = pos
    while True:
        got = _title_unit(text, folded, p, by_start)
        if got is None:
            break
        t, q, unit = got
        titles.append(pg.written.get(t, t))
        end = q
        if unit is not None:
            end = unit[0]
            break
        j = _units_re("title_join").match(folded, q)
        if j is None or not pg.titles.match(folded, j.end()):
            break
        p = j.end()  # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the titles share the unit after the last
    canonical = ""
    unit_name = ""
    members: list[_Member] = []
    if item is not None and item.kind == "person" and item.end >= end:
        canonical, end, has_unit = item.canonical, item.end, True  # "Phó Thủ tướng Chính phủ"
    elif titles:
        canonical = ", ".join(titles)
        has_unit = unit is not None
        if unit is not None:
            canonical += " " + unit[1]
            unit_name = unit[1]
            who = ", ".join(titles)
            members = [_Member(m.start, m.end, m.short, f"{who} {m.canonical}", "person") for m in unit[2]]
    else:
        return None
    if (
        depth == 0
        and canonical.endswith(_hamlet_ends())
        and f" {_grammar()['many']} " not in canonical
        and end not in by_start
    ):
        # "Bí thư chi bộ thôn 5", "Bí thư chi bộ thôn Đông Hà": the hamlet's number or name is the unit's
        no = _REGION_NO.match(folded, end)
        after = _WORD_AFTER.match(folded, no.end()) if no is not None else None
        if no is not None and not (after is not None and after.group(1) in _counted()):
            canonical, end = f"{canonical} {no.group(1)}", no.end()
        elif no is None and (q := _walk_caps(text, folded, end, _place_stop(), 4, strict=True)) > end:
            canonical, end = f"{canonical} {_clean(text[end:q])}", q
    if depth == 0 and end not in by_start and canonical in _hamlet_officers():
        # (helper 67) "Bí thư Chi bộ thôn chịu trách nhiệm ...": the officer of the hamlet's cell, the
        # hamlet's noun in small letters as the noun in small letters reads it ("Bí thư chi bộ thôn")
        # (not before a word that makes the noun another one: "Bí thư Chi bộ làng nghề", a craft village's)
        h, words = _bare_hamlet()
        h = h.match(folded, end)
        if (
            h is not None
            and _NAME_NEXT.match(text, h.end()) is None
            and _NUMBER_NEXT.match(folded, h.end()) is None
            and ((w := _WORD_AFTER.match(folded, h.end())) is None or w.group(1) not in words)
        ):
            canonical, end = f"{canonical} {' '.join(folded[h.start(1) : h.end()].split())}", h.end()
    if depth == 0:
        # a name after the title ("Phó Thủ tướng Chính phủ Bùi Thanh Sơn"): capitalised words that start no unit
        q, n = end, 0
        while n < 4:
            w = _NAME_WORD.match(text, q)
            if w is None or w.start(1) in by_start or pg.titles.match(folded, w.start(1)) or _all_upper(w.group(1)):
                break
            q, n = w.end(), n + 1
        if n >= 2:
            end = q
        # an appositive: "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"
        a = _APPOSITIVE.match(folded, end)
        if a is not None and (pg.titles.match(folded, a.end()) or a.end() in by_start):
            other = _person_at(text, folded, a.end(), by_start, depth + 1)
            if other is not None and other.has_unit:
                end = other.end
        # what the person is in charge of: "phụ trách lĩnh vực văn hóa - xã hội"
        # (read within reach: unbounded, the charge's words were looked for to the text's end at every
        # person named, quadratic on a long line)
        c = pg.charge.match(folded, end, end + _NEAR)
        if c is not None:
            # at least one word: "phụ trách, theo dõi" is a verb of its own, no charge
            charge_end = _charge_end(folded, c.end(), by_start)
            if (
                charge_end < 0
                # (not after his own name: "Thứ trưởng Hoàng Văn Nam phụ trách chỉ đạo ...", one
                # person already, "phụ trách chỉ đạo" his verb)
                and n < 2
                and (w := _CHARGE_WORD.match(folded, c.end())) is not None
                and _triggers().pattern.match(folded, w.end()) is not None
            ):
                # "Các Thứ trưởng phụ trách chỉ đạo các đơn vị ...": the one in charge, then his
                # verb (the words name no charge: they say which of them)
                charge_end = c.end()
            end = max(end, charge_end)
    return _Person(pos, end, canonical, members, has_unit, unit_name)


_OFFICE_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _second_office(text: str, folded: str, person: _Person, by_start: dict[int, _Cand]) -> _Person:
    """One "đồng chí" holding two offices ("đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"): the
    second title and its unit after a comma stay in the person's match (as an appositive after " - "
    does), unless the list goes on after it (then they are persons of a list) or names many."""
    c = _OFFICE_COMMA.match(folded, person.end)
    if c is None or not _gazetteer().persons.titles.match(folded, c.end()):
        return person
    other = _person_at(text, folded, c.end(), by_start, 1)
    if (
        other is None
        or not other.has_unit
        or other.members
        or _units_re("cac").search(folded, c.end(), other.end)
        or _list_goes_on(folded, other.end, by_start)
    ):
        return person
    canonical, unit = person.canonical, person.unit
    tail = _shared_tail(other.unit) if unit in _shared_level_names() and not person.members else None
    if tail is not None:  # "Bí thư Đảng ủy, Chủ tịch UBND xã": the level is both offices'
        canonical, unit = canonical + tail, unit + tail
    return _Person(person.start, other.end, canonical, person.members, True, unit)


def _list_goes_on(folded: str, pos: int, by_start: dict[int, _Cand]) -> bool:
    """Whether a list of persons or units goes on at ``pos``: "và", ";", or a comma before another
    unit or title (a comma before the predicate closes an appositive: "đồng chí A, Ủy viên Ban
    Thường vụ, Trưởng Ban Xây dựng Đảng, chỉ đạo ...")."""
    m = _units_re("list_goes_on").match(folded, pos)
    if m is None:
        return False
    if not m.group().endswith(","):
        return True
    nxt = _LEAD_BLANKS.match(folded, m.end())
    at = nxt.end() if nxt is not None else m.end()
    return at in by_start or _gazetteer().persons.titles.match(folded, at) is not None


def _charge_end(folded: str, pos: int, by_start: dict[int, _Cand]) -> int:
    """The end of what a person is in charge of, read from ``pos`` (after "phụ trách") up to a role
    verb, an adverb, a title or a word of ``charge_stop``; -1 when no word of it is there."""
    g = _gazetteer()
    t = _triggers()
    end = -1
    for _ in range(10):
        w = _CHARGE_WORD.match(folded, pos if end < 0 else end)
        if w is None:
            break
        q = w.end()
        unit = by_start.get(q)
        if unit is not None:  # "phụ trách Sở Nội vụ": part of the charge
            end = unit.end
            continue
        if (
            g.persons.charge_stop.match(folded, q)
            or t.pattern.match(folded, q)
            or t.adverbs.match(folded, q)
            or g.persons.titles.match(folded, q)
        ):
            break
        m = _WORD.match(folded, q)
        if m is None:
            break
        end = m.end()
    return end


def _persons(text: str, folded: str, items: list[_Cand], titles: list[int]) -> list[_Cand]:
    """Persons holding an office (see ``persons`` in units.yaml) in place of the units they head;
    ``titles``: where the titles start."""
    g = _gazetteer()
    pg = g.persons
    starts = set(titles)
    starts.update(c.start for c in items if c.kind == "person")
    if not starts:
        return items
    by_start = {c.start: c for c in items}
    ends = sorted((c.start, c.end) for c in items)
    persons: list[tuple[_Person, int]] = []
    last = -1
    for p in sorted(starts):
        if p < last:
            continue
        i = bisect.bisect_right(ends, (p, len(folded) + 1)) - 1
        if i >= 0 and ends[i][0] < p < ends[i][1]:
            continue  # inside a unit's name
        if pg.not_after.search(folded, max(0, p - 12), p):
            continue  # "Ban Giám đốc", "Hội đồng Thành viên"
        person = _person_at(text, folded, p, by_start)
        if person is None:
            continue
        lead = pg.lead.search(folded, max(0, p - 16), p)
        start = lead.start() if lead is not None else p
        if lead is not None and person.has_unit and _grammar()["many"] not in lead.group():
            person = _second_office(text, folded, person, by_start)
        before = folded[max(0, p - 90) : p] if lead is None else ""
        if any(w in before for w in _grammar()["comrade"]) or (before and _honorific_rx().search(before)):
            # "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh": the person's name written before the title
            named = _units_rx("name_before").search(text, max(0, p - 90), p)
            k = bisect.bisect_left(ends, (named.start(), -1)) if named is not None else 0
            if named is not None and not (k < len(ends) and ends[k][0] < p):
                start = named.start()  # (no unit between the name and the title)
                if person.has_unit:
                    # "đồng chí Phạm Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng": one person
                    person = _second_office(text, folded, person, by_start)
        if not person.has_unit:
            t = pg.titles.match(folded, p)
            if (
                t is None
                or t.group() in pg.need_unit
                or _all_upper(text[p : person.end])  # "CHỦ TỊCH" over a signature
                or (lead is None and not text[p].isupper())
                or (lead is not None and lead.group().strip() == _grammar()["many"] and not text[p].isupper())
            ):
                continue  # "người đứng đầu" in a narrated sentence, "tăng trưởng"
        persons.append((person, start))
        last = person.end
    if not persons:
        return items
    if len(persons) > 1:
        _shared_person_levels(folded, persons)
        _shared_person_owner(folded, persons)
    taken = bytearray(len(folded) + 1)
    out: list[_Cand] = []
    for person, start in persons:
        taken[start : person.end] = b"\x01" * (person.end - start)
        members = person.members
        if not members and (c := by_start.get(start)) is not None and c.end == person.end:
            members = c.members  # (helper 73) titles after one "Công chức" (_shared_heads)
        out.append(_Cand(start, person.end, person.canonical, "person", 0, "", True, members))
    out += [c for c in items if not any(taken[c.start : c.end])]
    out.sort(key=lambda c: c.start)
    return out


def _shared_person_levels(folded: str, persons: list[tuple[_Person, int]]) -> None:
    """A level written once after a list of persons is each one's, as for their bodies (see
    :func:`_shared_levels`): "Bí thư Đảng ủy, Chủ tịch UBND các xã, phường" names the secretaries
    of the communes' committees too. Only a body of ``shared_level_names`` named without its level
    takes it, from the next person in the list (right to left: it passes on along the list)."""
    names = _shared_level_names()
    for i in range(len(persons) - 2, -1, -1):
        person, nxt = persons[i][0], persons[i + 1]
        if person.unit not in names or person.members:
            continue
        if not _units_re("list_gap").fullmatch(folded, person.end, nxt[1]):
            continue
        tail = _shared_tail(nxt[0].unit)
        if tail is None:
            continue
        person.canonical += tail
        person.unit += tail


def _shared_person_owner(folded: str, persons: list[tuple[_Person, int]]) -> None:
    """(helper 92) The body named once after the last of a list of heads of many bodies, after
    "thuộc" (data ``grammar.owner_links``), is each one's: "Vụ trưởng các Vụ, Cục trưởng các Cục
    thuộc Bộ" names the heads of the ministry's departments too. Only a head of many bodies named
    with none takes it, from the next person in the list (right to left: it passes on along it)."""
    many = _grammar()["many"] + " "
    links = [f" {w} " for w in _grammar()["owner_links"]]
    gap = _units_re("list_gap")
    for i in range(len(persons) - 2, -1, -1):
        person, nxt = persons[i][0], persons[i + 1]
        if not person.unit.startswith(many) or person.members or not nxt[0].unit.startswith(many):
            continue
        if any(w in f" {person.unit} " for w in links):
            continue
        at = [k for k in (nxt[0].unit.find(w) for w in links) if k >= 0]
        if not at or not gap.fullmatch(folded, person.end, nxt[1]):
            continue
        tail = nxt[0].unit[min(at) :]
        person.canonical += tail
        person.unit += tail


_NAME_TOKEN = regex.compile(r"[ \t]*(\p{Lu}\p{Ll}*)")
_PAREN_OFFICE = regex.compile(r"[ \t]*\([ \t]*")
_PAREN_CLOSE_AT = regex.compile(r"[ \t]*\)")


def _named_persons(text: str, folded: str, items: list[_Cand]) -> list[_Cand]:
    """Persons named by "đồng chí" and their name alone ("Giao đồng chí Nguyễn Văn An chủ trì"):
    the name is two to five capitalised words, up to a title or a unit."""
    g = _gazetteer()
    by_start = {c.start: c for c in items}
    spans = sorted((c.start, c.end) for c in items)
    out: list[_Cand] = []
    merged: set[int] = set()
    for m in _units_rx("named_person").finditer(text):
        i = bisect.bisect_right(spans, (m.end(), len(folded) + 1)) - 1
        if i >= 0 and spans[i][1] > m.start():
            continue  # part of a person or a unit already read ("đồng chí A, Phó Chủ tịch ...")
        lead = _units_rx("person_lead").match(text, m.start())
        q = lead.end() if lead else m.start()
        words: list[str] = []
        end = q
        while len(words) < 5:
            w = _NAME_TOKEN.match(text, end, m.end())
            if w is None or w.start(1) in by_start or g.persons.titles.match(folded, w.start(1)):
                break
            words.append(w.group(1))
            end = w.end()
        if len(words) < 2:
            continue
        # "đồng chí Nguyễn Văn Hải (Phó Chủ tịch Ủy ban MTTQ tỉnh)": the office in brackets is his
        # (both read within reach: unbounded, the bracket was looked for to the text's end at every name)
        paren = _PAREN_OFFICE.match(text, end, end + _NEAR)
        office = by_start.get(paren.end()) if paren is not None else None
        close = (
            _PAREN_CLOSE_AT.match(text, office.end, office.end + _NEAR)
            if office is not None and office.kind == "person"
            else None
        )
        if office is not None and close is not None:
            merged.add(office.start)
            out.append(_Cand(m.start(), close.end(), office.canonical, "person", 0, "", True, office.members))
        else:
            out.append(_Cand(m.start(), end, " ".join(words), "person", 0, "", True))
    if not out:
        return items
    return sorted([c for c in items if c.start not in merged] + out, key=lambda c: c.start)


def _to_match(text: str, offs: list[int] | None, c: _Cand) -> UnitMatch:
    s, e = (c.start, c.end) if offs is None else (offs[c.start], offs[c.end])
    raw = text[s:e]
    # trim markdown debris at the edges
    while s < e and raw[0] in "*_ \t\r\n":
        s, raw = s + 1, raw[1:]
    while e > s and raw[-1] in "*_ \t\r\n":
        e, raw = e - 1, raw[:-1]
    members = (
        tuple(_to_match(text, offs, _Cand(m.start, m.end, m.canonical, m.kind, 0)) for m in c.members)
        if c.members
        else ()
    )
    return UnitMatch(s, e, raw, c.canonical, c.kind, members)


def find_units(text: str) -> list[UnitMatch]:
    """Non-overlapping unit mentions, longest match wins, on word boundaries; case-insensitive and
    insensitive to tone-mark style (hoá/hóa, uỷ/ủy).

    >>> [u.unit for u in find_units("Văn phòng Tỉnh uỷ - Cơ quan Thường trực Ban Chỉ đạo, các sở, ban, ngành")]
    ['Văn phòng Tỉnh ủy', 'Các sở, ban, ngành']
    >>> [u.unit for u in find_units("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh")]
    ['Đảng ủy Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh']
    """
    return list(_UNITS.read(text, lambda: _unit_matches(text)))


def _unit_matches(text: str) -> tuple[UnitMatch, ...]:
    _, offs, items = _find(text)
    return tuple(_to_match(text, offs, c) for c in items)


# ------------------------------------------------------------------------------------------ roles


@dataclass(frozen=True, slots=True)
class _Triggers:
    pattern: regex.Pattern[str]
    # `pattern` in the standard library's engine (twice as fast on it), each first character with the
    # look-behind after it (see _first): the engine skips to the places of those characters
    scan: re.Pattern[str]
    before: dict[str, str]  # phrase -> category
    after: dict[str, str]
    adverbs: regex.Pattern[str]
    not_before: dict[str, frozenset[str]]
    not_after: dict[str, frozenset[str]]
    through: dict[str, frozenset[str]]  # words before a trigger that make it no trigger at all
    meeting: regex.Pattern[str]
    subject_duty: regex.Pattern[str]
    own_members: regex.Pattern[str]  # "các thành viên" after "phân công": the subject's own people
    # the word after a unit in a direction's giver list: group 1 when it is no predicate
    giver_tail: regex.Pattern[str]
    mention_soft: frozenset[str]
    inform_verbs: frozenset[str]  # "thông báo" + "cho ...": the work of telling, not a statement
    inform_to: regex.Pattern[str]
    inform_not: regex.Pattern[str]
    do_work: regex.Pattern[str]  # "do Sở X thực hiện": the verb that makes the unit after "do" the doer
    time_limit: regex.Pattern[str]
    period_limit: regex.Pattern[str]  # "trong tháng 5/2027": a period with its number (helper 57)
    period_verbs: frozenset[str]  # the verbs of statement it is the time limit of (helper 57)
    soft_not_before: regex.Pattern[str]
    opening_time: regex.Pattern[str]
    recurring_opening: regex.Pattern[str]  # a cycle that opens a clause ("Hằng năm, X đánh giá ...")
    attend: frozenset[str]  # "dự" before a role verb ("dự, chỉ đạo"): the role verb decides
    bare_lead: regex.Pattern[str]  # a lead's verb with nothing after it ("Sở X chủ trì; ...")
    bare_lead_end: regex.Pattern[str]  # the same at the end of a text
    unit_next: frozenset[str]  # triggers that count only right before a unit ("cùng Sở X")
    coordinate_bare: frozenset[str]  # "phối hợp" with no unit after it
    phrases: frozenset[str]  # the phrases of `before` and `after`, single blanks between words
    # the phrases whose neighbours are read (see _hits): phrase -> (in `unit_next`, its `through`,
    # `not_before` and `not_after`); a phrase not in it is a trigger wherever it stands
    context: dict[str, tuple[bool, frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]]
    adverbs_voiding: bool  # an adverb ends with a word that makes a trigger after it no trigger


@functools.cache
def _triggers() -> _Triggers:
    return _Triggers(**_compiled(_kept()[2]))


def _triggers_plain() -> dict[str, Any]:
    """The fields of :class:`_Triggers`, its patterns as sources (:func:`_later`), kept (:func:`_kept`)."""
    r = load("units")["roles"]
    before = {_fold(p)[0]: cat for cat, ps in r["before"].items() for p in ps}
    before[_VOID] = "void"
    after = {_fold(p)[0]: cat for cat, ps in r["after"].items() for p in ps}
    words = set(before) | set(after)
    nb: dict[str, frozenset[str]] = {}
    na: dict[str, frozenset[str]] = {}
    th: dict[str, frozenset[str]] = {}
    for trig, ctx in r["not_trigger"].items():
        nb[_fold(trig)[0]] = frozenset(_fold(w)[0] for w in ctx.get("before", []))
        na[_fold(trig)[0]] = frozenset(_fold(w)[0] for w in ctx.get("after", []))
        th[_fold(trig)[0]] = frozenset(_fold(w)[0] for w in ctx.get("through", []))
    trigger = rf"(?<!\w)(?:{_alt(words)})(?!\w)"
    unit_next = frozenset(_fold(a)[0] for a in r["unit_next"])
    context = {
        p: (p in unit_next, th.get(p), nb.get(p), na.get(p))
        for p in sorted(words)  # (kept: in one order whatever the hash seed)
        if p in unit_next or th.get(p) or nb.get(p) or na.get(p)
    }
    return dict(
        pattern=_later(trigger),
        scan=_later(rf"{_first_alt(words, _NO_WORD)}(?!\w)", engine="re"),
        before=before,
        after=after,
        adverbs=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['adverbs'])})(?!\w)"),
        not_before=nb,
        not_after=na,
        through=th,
        meeting=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['meeting'])})(?!\w)"),
        subject_duty=_later(rf"[\s*_]*(?:{_alt(_fold(a)[0] for a in r['subject_duty'])})(?!\w)"),
        own_members=_later(
            rf"[\s*_]*(?:cho[\s*_]+)?(?:{_alt(_fold(a)[0] for a in r['own_members'])})(?!\w)"
        ),
        giver_tail=_later(
            rf"[\s*_]*(?:((?:{_alt(_fold(a)[0] for a in r['giver_tail'])})(?!\w))|(?=[^\W\d_]))"
        ),
        mention_soft=frozenset(_fold(a)[0] for a in r["mention_soft"]),
        inform_verbs=frozenset(_fold(a)[0] for a in r["inform_verbs"]),
        inform_to=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['inform_to'])})(?!\w)"),
        inform_not=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['inform_not'])})(?!\w)|:"),
        do_work=_later(rf"[ \t]+(?:{_alt(_fold(a)[0] for a in r['do_work'])})(?!\w)"),
        time_limit=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['time_limit'])})(?!\w)"),
        period_limit=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['period_limit'])})[ \t]+(?:\d+|[ivx]+)(?!\w)"),
        period_verbs=frozenset(_fold(a)[0] for a in r["period_limit_verbs"]),
        soft_not_before=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['soft_not_before'])})(?!\w)"),
        opening_time=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['opening_time_words'])}|\d+)(?!\w)"),
        attend=frozenset(_fold(a)[0] for a in r["attend"]),
        recurring_opening=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['recurring_opening'])})(?!\w)"),
        bare_lead=_later(rf"[\s*_,]*(?:{_alt(_fold(a)[0] for a in r['bare_lead'])})[\s*_,.;]*"),
        bare_lead_end=_later(rf"(?<!\w)(?:{_alt(_fold(a)[0] for a in r['bare_lead'])})[\s*_,.;]*$"),
        unit_next=unit_next,
        coordinate_bare=frozenset(_fold(a)[0] for a in r["coordinate_bare"]),
        phrases=frozenset(p for p in words if " ".join(p.split()) == p),
        context=context,
        adverbs_voiding=any(
            a.split()[-1] in ws or " ".join(a.split()[-2:]) in ws
            for a in (_fold(x)[0] for x in r["adverbs"])
            for ws in nb.values()
        ),
    )


class _Hit(NamedTuple):  # (a tuple: made for every trigger word, it is made fast)
    start: int
    end: int
    phrase: str


_WORD = re.compile(r"\w+")
_VOID = "\x00"
_UNIT_GAP = re.compile(r"[\s*_:|]*")
# ";", a line break, or one of ".!?" before a blank, "*", "_" or the end: one character class first
# (the engine skips to the places of its characters; an alternation that opens with a class is tried
# at every place)
_BOUNDARY = re.compile(r"[;.!?\n](?:(?<![.!?])|(?=[\s*_]|$))")
_PAREN_END = regex.compile(r"[\s*_]*\)[\s*_]*(?:[;.,:\n]|$|\(|\p{Lu}|[-–][ \t])")
# the item label a clause may open with ("- ", "2.1.", "(3)", "b) "), with emphasis and blanks
# a list of units after a direction's giver, read up to its predicate: at most this many, joined by
# a comma or "và" only
_GIVER_LIST = 8
_CLAUSE_LABEL = r"[\s*_#>|]*(?:[-+•]|\(?\d+(?:\.\d+)*[.)\-]?|" + LETTER_LABEL + r")?[\s*_]*"


@functools.cache
def _citing_open() -> regex.Pattern[str]:
    """A clause that opens by citing the document it carries out ("Thực hiện Nghị định số
    30/2020/NĐ-CP ... của Chính phủ về ..., Sở Nội vụ ..."): its subject follows the citation."""
    types = [t["name"] for t in load("doctypes")["types"]] + list(load("units")["cited_documents"])
    opening = load("units")["roles"]["citing_open"]
    words, kinds = _alt(_fold(w)[0] for w in opening), _alt(_fold(w)[0] for w in types)
    return regex.compile(
        _CLAUSE_LABEL + rf"(?:{words})(?!\w)[^;:\n]{{0,60}}?(?<!\w)(?:{kinds})(?!\w)"
    )


@functools.cache
def _direction_open() -> regex.Pattern[str]:
    """A clause that opens with the direction it carries out ("Theo ý kiến chỉ đạo của đồng chí
    Phó Chủ tịch UBND tỉnh, Sở X ..."): its subject follows the direction's giver."""
    opening = _alt(_fold(w)[0] for w in load("units")["roles"]["direction_open"])
    return regex.compile(_CLAUSE_LABEL + rf"(?:{opening})(?!\w)")


@functools.cache
def _engines_agree() -> frozenset[str]:
    r"""The characters of the Latin blocks (Vietnamese included) and of the general punctuation
    that the standard library's engine and ``regex`` class alike for ``\w`` and ``\s``: on a text
    of these only, a pattern of literal characters, ``\w`` and ``\s`` matches the same in both."""
    ranges = ((0x0000, 0x0250), (0x1E00, 0x1F00), (0x2000, 0x2070))
    chars = [chr(c) for a, b in ranges for c in range(a, b)]
    rw, xw, rs, xs = re.compile(r"\w"), regex.compile(r"\w"), re.compile(r"\s"), regex.compile(r"\s")
    return frozenset(
        c for c in chars if bool(rw.match(c)) == bool(xw.match(c)) and bool(rs.match(c)) == bool(xs.match(c))
    )


@functools.cache
def _engines_differ() -> re.Pattern[str]:
    """A character outside :func:`_engines_agree` (searched for in C: faster than testing each
    character of the text in the set); its source kept (:func:`_kept`)."""
    return re.compile(_kept()[3])


def _engines_differ_source() -> str:
    runs: list[list[int]] = []
    for c in sorted(map(ord, _engines_agree())):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in runs) + "]"


def _hits(folded: str, units: list[_Cand], taken: bytearray | None = None) -> list[_Hit]:
    """The role triggers of ``folded`` outside the ``units``; ``taken``: the places of the units
    (a byte 1 at each), when the caller has made them."""
    t = _triggers()
    if taken is None:
        taken = bytearray(len(folded) + 1)
        for u in units:
            taken[u.start : u.end] = b"\x01" * (u.end - u.start)
    unit_starts = {u.start for u in units}
    phrases, context = t.phrases, t.context
    out: list[_Hit] = []
    # (the standard library's engine, on a text of characters both engines read alike)
    for m in (t.pattern if _engines_differ().search(folded) else t.scan).finditer(folded):
        start, end = m.span()
        if taken.find(1, start, end) >= 0:
            continue
        p = m.group()
        if p not in phrases:  # (a phrase of more than one word: single spaces between them)
            p = " ".join(p.split())
        ctx = context.get(p)
        if ctx is None:  # (the words around it are read only for a trigger that has words it may not stand beside)
            out.append(_Hit(start, end, p))
            continue
        unit_next, through, not_before, not_after = ctx
        if unit_next and (g := _UNIT_GAP.match(folded, end)) is not None and g.end() not in unit_starts:
            continue  # "cùng ngày", "cùng cấp": no trigger
        if through or not_before:
            prev = _WORD.findall(folded, max(0, start - 24), start)
            prev_w = prev[-1] if prev else ""
            if through and prev_w in through:
                continue  # "báo cáo lãnh đạo UBND tỉnh": "báo cáo" still decides
            if not_before and (prev_w in not_before or " ".join(prev[-2:]) in not_before):
                out.append(_Hit(start, end, _VOID))  # "chương trình": no trigger, but it ends the look-back
                continue
        nxt = _WORD.match(folded, end + 1) if not_after and end < len(folded) and folded[end] == " " else None
        if nxt and not_after:
            nxt2 = _WORD.match(folded, nxt.end() + 1)
            two = nxt.group() + (" " + nxt2.group() if nxt2 and folded[nxt.end() : nxt.end() + 1] == " " else "")
            # (a unit that opens there is what the verb takes: "giao ban thường vụ các huyện ủy ..."
            # is "giao" + "Ban Thường vụ", not the briefing "giao ban")
            if (nxt.group() in not_after or two in not_after) and nxt.start() not in unit_starts:
                out.append(_Hit(start, end, _VOID))
                continue
        out.append(_Hit(start, end, p))
    return out


def _restored(t: _Triggers, folded: str, hits: list[_Hit], units: list[_Cand]) -> list[_Hit]:
    """``hits`` with a trigger that the word before made no trigger given back its phrase, when that
    word is the last of a body's name or of an adverb: "Vụ Kế hoạch phối hợp", "Phòng Tài chính - Kế
    hoạch phối hợp" ("kế hoạch phối hợp" alone is a plan); "theo lĩnh vực được phân công chỉ đạo các
    sở", "theo thẩm quyền chỉ đạo" ("phân công chỉ đạo" alone is an assignment)."""
    out = list(hits)
    # (where the name of a body ends; a list of names, "các Vụ: Kế hoạch - Tài chính, Pháp chế", ends
    # with one)
    named_ends = {u.end for u in units if u.kind != "person" and (u.kind != "collective" or u.members)}
    for i, h in enumerate(hits):
        if h.phrase != _VOID:
            continue
        phrase = " ".join(folded[h.start : h.end].split())
        before = t.not_before.get(phrase)
        if not before:
            continue
        lo = max(0, h.start - 64)
        ends = [m.start() for m in _BLANKS_BEFORE.finditer(folded, lo, h.start)]
        if ends and ends[-1] in named_ends:
            # (the words that made it no trigger are the name's: the body is its subject)
            last = _WORD.findall(folded, lo, ends[-1])
            if last and (last[-1] in before or " ".join(last[-2:]) in before):
                out[i] = _Hit(h.start, h.end, phrase)
            continue
        if not t.adverbs_voiding:
            continue
        for m in t.adverbs.finditer(folded, lo, h.start):
            if m.end() < h.start and folded[m.end() : h.start].strip(" \t*_") == "":
                last = _WORD.findall(folded, m.start(), m.end())
                if last[-1] in before or " ".join(last[-2:]) in before:
                    out[i] = _Hit(h.start, h.end, phrase)
                break
    return out


_BLANKS_BEFORE = re.compile(r"[ \t*_]+\Z")


_LETTER = regex.compile(r"\p{L}")


def _time_then_comma(t: _Triggers, folded: str, a: int, b: int) -> bool:
    """Only words of a time phrase from ``a`` to a comma before ``b`` ("tháng cuối quý,")."""
    comma = folded.find(",", a, b)
    return comma >= 0 and _LETTER.search(t.opening_time.sub(" ", folded[a:comma])) is None


def _object_then_comma(folded: str, a: int, b: int) -> bool:
    """A word of mention whose object (no unit) ends at a comma right before the unit at ``b``
    ("Thực hiện Nghị định ... một số điều của Luật Lưu trữ, các sở, ngành rà soát ..."): after a
    citation that opens the clause, the unit opens the clause's own words."""
    comma = folded.rfind(",", a, b)
    return comma > a and folded[comma + 1 : b].strip(" \t*_") == "" and "(" not in folded[a:comma]


def _prev_char(s: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space or markdown emphasis ("" at the start)."""
    j = pos - 1
    while j >= 0 and s[j] in " \t\r*_":
        j -= 1
    return s[j] if j >= 0 else ""


def _goes_on(folded: str, pos: int) -> bool:
    """Whether the line that ends at ``pos`` goes on into the next: it ends with "," or ":", or with
    the "và" of a list."""
    return _prev_char(folded, pos) in ",:" or _units_re("and_eol").search(folded, max(0, pos - 12), pos) is not None


_NEW_SUBJECT_WORDS = (2, 12)  # words of the unit before's own work, before the comma


def _new_subject(t: _Triggers, folded: str, prev_end: int, start: int, rest: str) -> bool:
    """(session 44) A unit after a comma that closes the work of the unit before it, and a verb
    after it: the subject of the next clause of one sentence ("Giao Văn phòng Tỉnh ủy bố trí kinh
    phí, Ban Tuyên giáo và Dân vận Tỉnh ủy trình …"), not a list's next name ("phối hợp với Sở Tài
    chính, Sở Nội vụ …": no word between)."""
    if _prev_char(folded, start) != ",":
        return False
    comma = folded.rfind(",", prev_end, start)
    if comma < 0 or "\n" in folded[prev_end:start]:
        return False
    low, high = _NEW_SUBJECT_WORDS
    if not low <= _words_between(folded, prev_end, comma) <= high:
        return False
    head = rest[:40]
    return t.pattern.match(head) is not None or _work_verb().match(head) is not None


def _words_between(folded: str, a: int, b: int) -> int:
    return len(_WORD.findall(folded, a, b))




@functools.cache
def _recipient_rules() -> dict[str, str]:
    """The rule of a recipient by the verb before it (units.yaml grammar.recipient_rules)."""
    return {str(k): str(v) for k, v in _grammar()["recipient_rules"].items()}


class _ReportVerb:
    """``report_verbs`` of units.yaml: "báo cáo kết quả" before "về X" makes X a recipient."""

    @functools.cached_property
    def rx(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?<!\w)(?:{_alt(_fold(p)[0] for p in load('units')['roles']['report_verbs'])})(?!\w)")

    def search(self, s: str, a: int, b: int) -> regex.Match[str] | None:
        return self.rx.search(s, a, b)


_REPORT_VERB = _ReportVerb()
_ADVERB_GAP = re.compile(r"[\s,*_:]*")


def _restricted(folded: str, unit_start: int, unit_end: int, start: int, end: int) -> bool:
    """(helper 104) "UBND các xã, phường có tuyến đường đi qua chủ trì ...", "Các xã có dự án chủ trì
    ...": a plural subject narrowed by a short clause of what it has (data ``restricting_clause``),
    between it and its role verb; any subject narrowed by the place of its work (data ``place_clause``:
    "UBND xã nơi có công trình chủ trì ...")."""
    if end - start >= _RESTRICT_MAX:
        return False
    if _units_re("place_clause").fullmatch(folded, start, end) is not None:
        return True  # (helper 110) "UBND xã nơi có công trình chủ trì ...": a place narrows any subject
    return (
        _units_re("plural_subject").search(folded, unit_start, unit_end) is not None
        and _units_re("restricting_clause").fullmatch(folded, start, end) is not None
    )


_RESTRICT_MAX = 60  # (characters of a restricting clause: a few words)
# (the role verbs read past a restricting clause: not a verb of statement, which may be the clause's own,
# "các đảng bộ có ít đảng viên được tặng ...")
_RESTRICTED_ROLES = frozenset({"lead", "coordinate_subject", "director", "supervisor"})
_PAREN_GROUP = re.compile(r"\([^()\n]{0,200}\)")


# (helper 92) a directive's sentence quoted whole: its opening mark, after a colon or opening a line
# (maybe after an item's label), where the quote ends its sentence, ends with its own stop, runs on
# unclosed or is long; a short quote closed inside the sentence is a title ("Kế hoạch “...”", "chủ
# đề: “...”, các cơ quan ...")
_QUOTE_CLOSE = {"“": "”", "«": "»", '"': '"'}
_QUOTE_OPENS = regex.compile(r'[“«"]')
_QUOTE_LINE_LEAD = regex.compile(_CLAUSE_LABEL)
_QUOTE_EDGE = " \t*_"
_QUOTE_LOOK = 16  # characters looked at before an opening mark
_QUOTE_SENTENCE_WORDS = 12  # a quote of this many words is a sentence wherever it closes


@functools.cache
def _quote_title_nouns() -> regex.Pattern[str]:
    """The nouns a title is quoted after, then a colon (data ``grammar.quote_title_nouns``)."""
    words = _alt(_fold(w)[0] for w in _grammar()["quote_title_nouns"])
    return regex.compile(rf"(?<!\w)(?:{words})[ \t*_]*:[ \t*_]*\Z")


def sentence_quotes(text: str) -> str:
    """``text`` with the opening mark of each quoted sentence a blank (same length): "... kết luận:
    “Sở Y tế chủ trì ..., hoàn thành trước ngày ...”" reads as the sentence itself, its first unit
    the subject. One pass over the marks: the time grows with the text's length."""
    if "“" not in text and '"' not in text and "«" not in text:
        return text
    out: list[int] = []
    pos = 0
    n = len(text)
    while (m := _QUOTE_OPENS.search(text, pos)) is not None:
        i = m.start()
        close = text.find(_QUOTE_CLOSE[m.group()], i + 1)
        pos = n if close < 0 else close + 1
        lo = max(0, i - _QUOTE_LOOK)
        window = text[lo:i]
        nl = window.rfind("\n")
        lead = window.rstrip(_QUOTE_EDGE)
        if lead.endswith(":"):
            if _quote_title_nouns().search(text[max(0, i - 3 * _QUOTE_LOOK) : i].lower()) is not None:
                continue  # "Hội thi với chủ đề: “...”": a title
        elif not (
            (nl >= 0 and _QUOTE_LINE_LEAD.fullmatch(window, nl + 1) is not None)
            or (lo == 0 and _QUOTE_LINE_LEAD.fullmatch(window) is not None)
        ):
            continue
        if close >= 0:
            inner = text[i + 1 : close].rstrip(_QUOTE_EDGE)
            after = text[close + 1 : close + 4].lstrip(_QUOTE_EDGE)
            if not (
                inner[-1:] in (".", ";", "!", "?")
                or after[:1] in ("", ".", ";", "!", "?", "\n", "\r")
                or inner.count(" ") >= _QUOTE_SENTENCE_WORDS - 1
            ):
                continue
        out.append(i)
    if not out:
        return text
    chars = list(text)
    for i in out:
        chars[i] = " "
    return "".join(chars)


def assign_roles(text: str) -> list[RoleMatch]:
    """Every unit in ``text`` (a clause, sentence or paragraph) with its role.

    >>> [(r.unit.unit, r.role, r.rule) for r in assign_roles(
    ...     "Giao UBND tỉnh chỉ đạo Sở KH&CN chủ trì, phối hợp với Sở Tài chính rà soát")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Ủy ban nhân dân tỉnh', 'director', 'giao_chi_dao'), ('Sở Khoa học và Công nghệ', 'lead', 'chi_dao_chu_tri'),
     ('Sở Tài chính', 'coordinate', 'phoi_hop')]
    """
    return list(_ROLES.read(text, lambda: tuple(_roles(text, *_find(text)))))


class _LastMark:
    """Where a character last occurs before a position in ``text``, by a binary search over its
    places (found once per character, when first asked for): ``str.rfind`` from the text's start
    reads a long line back for every unit on it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at: dict[str, list[int]] = {}

    def last(self, char: str, end: int) -> int:
        """As ``text.rfind(char, 0, end)``: the place of the last ``char`` before ``end``, or -1."""
        at = self._at.get(char)
        if at is None:
            at = self._at[char] = [m.start() for m in re.finditer(re.escape(char), self._text)]
        k = bisect.bisect_left(at, end)
        return at[k - 1] if k else -1


def _roles(text: str, folded: str, offs: list[int] | None, units: list[_Cand]) -> list[RoleMatch]:
    """:func:`assign_roles` from the units found in ``text``."""
    if not units:
        return []
    folded = sentence_quotes(folded)  # (helper 92)
    t = _triggers()
    inside = bytearray(len(folded) + 1)
    for u in units:  # (no trigger, and no boundary, inside a unit: "TP. Hồ Chí Minh")
        inside[u.start : u.end] = b"\x01" * (u.end - u.start)
    hits = _hits(folded, units, inside)
    if _VOID in [h.phrase for h in hits]:
        hits = _restored(t, folded, hits, units)
    hit_starts = [h.start for h in hits]
    marks = _LastMark(folded)
    unit_starts = [u.start for u in units]
    unit_ends = [u.end for u in units]
    bounds = [m.start() for m in _BOUNDARY.finditer(folded)]
    # a line break after "," or ":" continues a list ("Kính gửi: - A,\n- B"), and one after the "và"
    # of a list ("Văn phòng Đảng ủy và\nChi bộ Công an xã thực hiện ...")
    bounds = [b for b in bounds if not inside[b] and not (folded[b] == "\n" and _goes_on(folded, b))]

    def clause_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(bounds, pos - 1)
        start = bounds[i - 1] + 1 if i > 0 else 0
        end = bounds[i] if i < len(bounds) else len(folded)
        return start, end

    def _speaks(pos: int) -> bool:  # "..., Ban Chỉ đạo tỉnh đề nghị": the issuer, not a list member
        lo = bisect.bisect_left(hit_starts, pos)
        # (the blanks from ``pos`` reach the hit: read up to the first other character, not the
        # whole stretch to a hit that may stand at the far end of a long list)
        blanks = _LEAD_BLANKS.match(folded, pos)
        if lo < len(hits) and blanks is not None and blanks.end() == hits[lo].start:
            return t.before.get(hits[lo].phrase) in ("de_nghi", "yeu_cau", "giao", "giao_duty")
        return False

    def _duty_after_mention(first: int, u: _Cand) -> bool:
        """"của các đơn vị, địa phương, Sở X có nhiệm vụ ...": ``u`` opens a clause of its own
        (a duty follows it) after a list that a word of mention opened."""
        after = _LEAD_BLANKS.match(folded, units[first].end, u.start).end()  # type: ignore[union-attr]
        if after >= u.start or folded[after] != ",":  # (the first mark after the list's first unit)
            return False
        if t.subject_duty.match(folded, u.end) is None:
            # "Theo ý kiến chỉ đạo của đồng chí ..., Sở X hoàn thiện ...": after the giver of a
            # direction, a unit that a predicate follows (not a list mark, not a word of its name's
            # context) is the subject, whatever its verb; so after a cited document's issuer
            # ("Theo Quyết định số ... của Sở Y tế, các đơn vị nộp hồ sơ ...")
            return _after_direction(first, u) or _after_citation(first, u)
        lo = bisect.bisect_left(hit_starts, units[first].start)
        for k in range(lo - 1, -1, -1):
            h = hits[k]
            if h.end < units[first].start - 40:
                break  # (the word of mention stands right before the list: look no further back)
            cat = t.before.get(h.phrase)
            if cat is None:
                continue
            return cat == "mention" and _words_between(folded, h.end, units[first].start) <= 3
        return False

    # (whether a clause opens by citing a document or with a direction, asked of the first unit of
    # a list for every unit after it: found once a clause, a long list stays linear)
    opens: dict[tuple[regex.Pattern[str], int], regex.Match[str] | None] = {}

    def _opening(rx: regex.Pattern[str], start: int) -> regex.Match[str] | None:
        if (rx, start) not in opens:
            opens[rx, start] = rx.match(folded, start)
        return opens[rx, start]

    def _after_citation(first: int, u: _Cand) -> bool:
        if _prev_char(folded, u.start) != "," or _opening(_citing_open(), clauses[first][0]) is None:
            return False
        # (the list that "của" opens right before it: the issuer of the document cited)
        lo = bisect.bisect_left(hit_starts, units[first].start)
        if (
            lo == 0
            or hits[lo - 1].phrase != _grammar()["of"]
            or _words_between(folded, hits[lo - 1].end, units[first].start) > 1
        ):
            return False
        k = bisect.bisect_left(unit_starts, u.start)
        for _ in range(_GIVER_LIST):
            if k + 1 >= len(units) or not _units_re("and_gap").fullmatch(folded, units[k].end, units[k + 1].start):
                break
            k += 1
        nxt = t.giver_tail.match(folded, units[k].end)
        return nxt is not None and nxt.group(1) is None

    def _after_direction(first: int, u: _Cand) -> bool:
        if _prev_char(folded, u.start) != ",":
            return False
        # a clause that the giver of a direction opens (checked first: rare, and of ``first`` only)
        opened = _opening(_direction_open(), clauses[first][0])
        if opened is None or _words_between(folded, opened.end(), units[first].start) > 2:
            return False
        # the unit, or the short list it opens ("..., Sở Tài chính và Sở Xây dựng hoàn thiện ..."),
        # followed by a predicate
        # (after a person, a comma goes on with the list of bodies; after a body, "và" only: "Theo chỉ
        # đạo của Bộ Chính trị, Ban Bí thư, các cấp ủy ...": two givers, then the subject)
        gap = _units_re("list_gap") if units[first].kind == "person" else _units_re("and_gap")
        k = bisect.bisect_left(unit_starts, u.start)
        for _ in range(_GIVER_LIST):
            if k + 1 >= len(units) or not gap.fullmatch(folded, units[k].end, units[k + 1].start):
                break
            if units[k + 1].kind == "person":
                break
            k += 1
        nxt = t.giver_tail.match(folded, units[k].end)
        return nxt is not None and nxt.group(1) is None

    def _event_body_before(group: list[int], u: _Cand) -> bool:
        """(helper 78) "Trước kỳ họp HĐND tỉnh, UBND tỉnh hoàn thành ...": the unit before the comma
        is the body of the event whose time opens the clause, ``u`` the clause's subject."""
        if len(group) != 1 or "," not in folded[units[group[0]].end : u.start]:
            return False
        cs = clauses[group[0]][0]
        return _units_re("event_open").fullmatch(folded, cs, units[group[0]].start) is not None

    # groups of units joined by list connectors ("Sở A, Sở B và các cơ quan liên quan"); a list
    # that an addressing verb opens, or that stands as the subject, runs on over ";" ("đề nghị các
    # sở, ban, ngành; UBND các xã, phường; các doanh nghiệp ...")
    groups: list[list[int]] = []
    opens_list: list[bool] = []
    clauses = [clause_of(u.start) for u in units]  # (each unit's clause, found once)
    for i, u in enumerate(units):
        if groups:
            last = units[groups[-1][-1]]
            if (
                clauses[groups[-1][-1]] == clauses[i]
                and (
                    _units_re("connector").fullmatch(folded, last.end, u.start)
                    or _units_re("place_clause_gap").fullmatch(folded, last.end, u.start)
                )
                and not _speaks(u.end)
                and not _duty_after_mention(groups[-1][0], u)
                and not _event_body_before(groups[-1], u)
            ) or (
                opens_list[-1] and _units_rx("semi_list").fullmatch(folded, last.end, u.start) and not _speaks(u.end)
            ):
                groups[-1].append(i)
                continue
        cs = clauses[i][0]
        prev_end = units[groups[-1][-1]].end if groups and units[groups[-1][-1]].end > cs else cs
        opens_list.append(
            _units_re("filler").fullmatch(folded, prev_end, u.start) is not None
            or _units_rx("list_intro").search(folded, max(prev_end, u.start - 40), u.start) is not None
        )
        groups.append([i])

    def hits_in(a: int, b: int) -> list[_Hit]:
        lo = bisect.bisect_left(hit_starts, a)
        return [h for h in hits[lo : bisect.bisect_left(hit_starts, b, lo)] if h.end <= b]

    # the hits that end a subject's look for a task it hands on (see _hands_on), apart: a long
    # clause of units with no such word is not read to its end for each of its units
    hands = [h for h in hits if t.after.get(h.phrase) in _HAND_STOPS or t.before.get(h.phrase) in _HAND_VERBS]
    hand_starts = [h.start for h in hands]

    def hands_in(a: int, b: int) -> Iterator[_Hit]:
        lo = bisect.bisect_left(hand_starts, a)
        return (h for h in hands[lo : bisect.bisect_left(hand_starts, b, lo)] if h.end <= b)

    limits = _Ahead(t.time_limit, folded), _Ahead(t.period_limit, folded)

    decided: list[tuple[str, str]] = []
    results: list[RoleMatch] = []
    # the groups before the one before that a later "phối hợp" may help (see leads_here: a lead not
    # by "phối hợp", or a subject), in order; the group just before is still read apart, since its
    # role may change while the next is decided
    helped: list[int] = []
    for gi, grp in enumerate(groups):
        if gi >= 2 and decided[gi - 2][1] != "phoi_hop_subject" and (
            decided[gi - 2][0] == "lead" or decided[gi - 2] == ("assigned", "subject")
        ):
            helped.append(gi - 2)
        first, last = units[grp[0]], units[grp[-1]]
        cs, ce = clauses[grp[0]][0], clauses[grp[-1]][1]
        prev_end = cs
        adjacent = False
        if gi > 0:
            pl = units[groups[gi - 1][-1]]
            if pl.end > cs:
                prev_end, adjacent = pl.end, True
        next_start = ce
        if gi + 1 < len(groups):
            nf = units[groups[gi + 1][0]]
            if nf.start < ce:
                next_start = nf.start
        role, rule = _decide(
            folded,
            text if offs is None else folded,
            t,
            hits_in,
            hands_in,
            limits,
            cs,
            ce,
            prev_end,
            next_start,
            first,
            last,
            adjacent,
            decided,
            unit_starts,
            unit_ends,
        )
        if rule == "phoi_hop_subject" and gi > 0:
            # "Giao Sở X chủ trì, Sở Y phối hợp ...": a unit that coordinates after the lead of
            # the same sentence is not a second lead
            stop = max(marks.last(".", first.start), marks.last("\n", first.start))
            semi = marks.last(";", first.start)
            # "Sở X chủ trì tổ chức hội thi; Công an tỉnh phối hợp bảo đảm an ninh": a bare
            # "phối hợp" (no unit it works with) helps the lead of the clause before
            k_after = bisect.bisect_left(hit_starts, last.end)
            bare_coord = k_after < len(hits) and hits[k_after].phrase in t.coordinate_bare
            if bare_coord and gi + 1 < len(groups):
                # ("Sở Y phối hợp Sở Z ...": a unit after the verb is whom it works with)
                nf = units[groups[gi + 1][0]]
                bare_coord = _UNIT_GAP.fullmatch(folded, hits[k_after].end, nf.start) is None
            if bare_coord and marks.last(".", first.start) > marks.last("\n", first.start):
                # "Giao Sở X chủ trì thẩm định. Sở Y, Sở Z phối hợp kiểm tra.": working with no one
                # named, they help the lead of the sentence before, in the same paragraph
                stop = marks.last("\n", first.start)

            # ("Sở X rà soát ...; Sở Y phối hợp, hoàn thành ...": with no task of its own after it)
            alone = bare_coord and _coordinates_alone(t, folded, hits[k_after].end)

            def leads_here(
                k: int, stop: int = stop, semi: int = semi, bare_coord: bool = bare_coord, alone: bool = alone
            ) -> bool:
                end = units[groups[k][-1]].end
                if end <= stop or decided[k][1] == "phoi_hop_subject":
                    return False
                if decided[k][0] != "lead":
                    # "Sở X kiểm tra hiện trạng; UBND các xã phối hợp, báo cáo ...": the subject of the
                    # clause before is the one a "phối hợp" with no task of its own helps
                    return alone and decided[k] == ("assigned", "subject")
                # across a ";" only a lead with nothing after its verb ("Sở X chủ trì; Sở Y phối hợp"),
                # a lead by "chủ trì" before a bare "phối hợp", or any lead before a "phối hợp" with no
                # task of its own ("Giao Sở X rà soát ...; Sở Y phối hợp thực hiện.")
                return (
                    end > semi
                    or t.bare_lead.fullmatch(folded, end, semi) is not None
                    or (bare_coord and decided[k][1].endswith("chu_tri"))
                    or alone
                )

            # (the nearest group first, none before the sentence: the groups' ends rise in text order)
            lead_before = False
            for k in itertools.chain((gi - 1,), reversed(helped)):
                if units[groups[k][-1]].end <= stop:
                    break
                if leads_here(k):
                    lead_before = True
                    break
            if lead_before:
                role, rule = "coordinate", "phoi_hop_after_lead"
        if (
            rule == "chi_dao"
            and gi > 0
            and decided[gi - 1][0] == "director"
            and decided[gi - 1][1] in _FACILITY_DIRECTORS
            and all(_facilities(units[i].canonical) for i in grp)
        ):
            # "Sở Y tế chỉ đạo các cơ sở khám, chữa bệnh rà soát ... trước ngày ...": the
            # establishments it directs are no addressees of the directive; the body that directs
            # them owns the work (given it: lead; asked or the subject: assigned)
            role, rule = "mention", "chi_dao_facilities"
            owner = ("lead", "giao_facilities") if decided[gi - 1][1] == "giao_chi_dao" else (
                "assigned",
                decided[gi - 1][1] + "_facilities",
            )
            decided[gi - 1] = owner
            results[:] = [
                RoleMatch(r.unit, owner[0], owner[1], r.group) if r.group == gi - 1 else r for r in results
            ]
        if rule == "guided_work" and gi > 0 and decided[gi - 1] == ("supervisor", "theo_doi_subject"):
            # "Sở Nội vụ hướng dẫn các xã, phường rà soát biên chế trước ngày ...": the guide owns the
            # guidance by then (as "Giao Sở Nội vụ hướng dẫn ..." makes it the lead), the guided the work
            decided[gi - 1] = ("lead", "guide_subject")
            results[:] = [
                RoleMatch(r.unit, "lead", "guide_subject", r.group) if r.group == gi - 1 else r for r in results
            ]
        decided.append((role, rule))
        if rule == "paren_code":
            continue
        for i in grp:
            results.append(RoleMatch(_to_match(text, offs, units[i]), role, rule, gi))
    return results


# ------------------------------------------------------------------------------- clauses of a text

# Where a clause may be read out of the units found in its paragraph (see :func:`roles_in`): after
# one of these (and blanks) it starts, and it ends before a ";" or after one of _SENTENCE_END.
_HARD_BEFORE = frozenset(";.!?:")
_SENTENCE_END = frozenset(".!?")


@dataclass(slots=True)
class Scan:
    """The units found in a text (a paragraph), kept so that its clauses are read from them
    (:func:`roles_in`) rather than found again."""

    text: str
    folded: str
    offs: list[int] | None
    items: list[_Cand]  # (never changed once found)
    starts: list[int]  # the items' starts, in order
    places: list[tuple[int, int]]  # every candidate and item, as (start, end)
    # the places sorted by start and the running maximum of their ends: whether a place is
    # inside one of them (see _inside); made the first time a clause asks
    reach: tuple[list[int], list[int]] | None = None


def scan(text: str) -> Scan:
    """The units of ``text``, to read its roles (:func:`roles_of`) and those of its clauses."""
    folded, offs, items, places = _find_all(text)
    return Scan(text, folded, offs, items, [c.start for c in items], places + [(c.start, c.end) for c in items])


def roles_of(found: Scan) -> list[RoleMatch]:
    """``assign_roles(found.text)``."""
    return list(_ROLES.read(found.text, lambda: tuple(_roles(found.text, found.folded, found.offs, found.items))))


def _inside(found: Scan, pos: int) -> bool:
    """Whether a candidate or an item of ``found`` runs over ``pos`` (starts before, ends after)."""
    if found.reach is None:
        places = sorted(found.places)
        reach: list[int] = []
        top = -1
        for _, e in places:
            top = max(top, e)
            reach.append(top)
        found.reach = ([p for p, _ in places], reach)
    starts, ends = found.reach
    i = bisect.bisect_left(starts, pos)
    return i > 0 and ends[i - 1] > pos


def roles_in(found: Scan, start: int, end: int) -> list[RoleMatch]:
    """``assign_roles(found.text[start:end])``, the units read from those of the whole text when
    the clause is cut off from the rest by the characters around it; else found again.

    Why that is the same: the clause starts at the text's start or after blanks that follow one
    of ";.!?:", and ends at the text's end, before a ";" or after one of ".!?". No pattern of
    the unit finder reads or steps over ".", "!" or "?"; the ones that step over ";" or ":" are
    the separators of an enumeration ("các Bộ: Tài chính; Y tế"), whose candidate then runs over
    the cut (and the clause is found again), and the one that reads ";" as it reads the text's
    end (a noun of a list written in capitals, ``_cap_list_next``). Every look-behind before the
    clause sees a blank, ";" or ":" there, as it sees the text's start; every backward search
    (a title's lead word, ``not_after``) stops at those characters. So each scan and each walk
    inside the clause goes as in the whole text, unless a candidate of the whole text runs over
    a cut: then it is found again. The folded clause is compared with the whole text's."""
    text = found.text
    part = text[start:end]
    if not part or not _gazetteer().quick.search(part):
        return []
    if found.offs is not None or not (0 <= start < end <= len(text)) or not _cut_off(text, start, end):
        return assign_roles(part)
    if _inside(found, start) or _inside(found, end):
        return assign_roles(part)
    folded, offs = _fold(part)
    if offs is not None or folded != found.folded[start:end]:
        return assign_roles(part)
    lo = bisect.bisect_left(found.starts, start)
    hi = bisect.bisect_left(found.starts, end, lo)
    units = [_shifted(c, start) for c in found.items[lo:hi]]
    return _roles(part, folded, None, units)


def _cut_off(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is cut off from the rest by the characters around it (see
    :func:`roles_in`)."""
    if end < len(text) and text[end] != ";" and text[end - 1] not in _SENTENCE_END:
        return False
    if start > 0:
        j = start
        while j > 0 and text[j - 1] in " \t\r\n":
            j -= 1
        if j == 0 or text[j - 1] not in _HARD_BEFORE:
            return False
    return True


def _shifted(c: _Cand, by: int) -> _Cand:
    """A copy of ``c`` in the coordinates of a clause that starts at ``by``."""
    members = [_Member(m.start - by, m.end - by, m.short, m.canonical, m.kind) for m in c.members]
    # (every field of _Cand, in its order)
    return _Cand(c.start - by, c.end - by, c.canonical, c.kind, c.prio, c.prefix, c.standalone, members, c.appositive)


def with_members(roles: Iterable[RoleMatch]) -> list[RoleMatch]:
    """``roles`` with the members of each enumeration after it, in its role and group (rule
    ``<rule>+member``).

    >>> [(r.unit.unit, r.role, r.rule) for r in with_members(assign_roles("Giao các Sở: Nội vụ, Tư pháp chủ trì"))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Các Sở: Nội vụ, Tư pháp', 'lead', 'giao_chu_tri'), ('Sở Nội vụ', 'lead', 'giao_chu_tri+member'),
     ('Sở Tư pháp', 'lead', 'giao_chu_tri+member')]
    """
    out: list[RoleMatch] = []
    for r in roles:
        out.append(r)
        out.extend(RoleMatch(m, r.role, f"{r.rule}+member", r.group) for m in r.unit.members)
    return out


def bare_lead(text: str) -> bool:
    """Whether a clause only names its lead units and their verb ("Sở Nội vụ chủ trì", before
    "; Sở Tài chính, Sở Tư pháp phối hợp thẩm định ..."): no task of its own, the next clause's.

    >>> bare_lead("Sở Nội vụ chủ trì"), bare_lead("Sở Nội vụ chủ trì thẩm định")
    (True, False)
    """
    t = _triggers()
    if t.bare_lead_end.search(_fold(text[-48:])[0]) is None:
        return False  # (read the units only when the clause ends with a lead's verb)
    roles = assign_roles(text)
    if not roles or any(r.role != "lead" for r in roles):
        return False
    last = max(r.unit.end for r in roles)
    return t.bare_lead.fullmatch(_fold(text[last:])[0]) is not None


_PAREN_OPEN = regex.compile(r"\([\s*_]*$")
# a department's code: two capitals and two digits ("PC02", "PV01")
_UNIT_CODE = regex.compile(r"[A-Z]{2}[0-9]{2}")
_PAREN_AFTER = regex.compile(r"[\s*_]*\(")
# "Bộ Tài chính: (1) trình ...; (2) chủ trì ...": a colon after the unit, then the label of the
# first of its items, read past like the colon alone
_COLON_ITEM = regex.compile(r"[ \t*_]*:[ \t*_]*(?:\(\s*(?:\d{1,2}|[a-zđ]|[ivx]{1,4})\s*\)|\d{1,2}[.)]|[-+•–])[ \t*_]*")
_PAREN_CLOSE = regex.compile(r"[\s*_]*\)")
_EXCEPT_CLOSE = regex.compile(r"[ \t*_]*,")


@functools.cache
def _dash_predicate() -> regex.Pattern[str]:
    """A dash between a unit and the words of its task, set off by blanks ("Sở Y tế - hoàn thành
    ..."); not before the place a unit or person holds in a body ("... - thành viên")."""
    places = _alt(_fold(w)[0] for w in load("units")["dash_not_predicate"])
    return regex.compile(rf"[ \t*_]+[-–—][ \t*_]+(?!(?:{places})(?!\w))(?=\w)")


@functools.cache
def _role_labels() -> dict[str, str]:
    """The labels of a role a unit is given in apposition ("đơn vị chủ trì"), folded: label -> role."""
    return {_fold(w)[0]: role for role, words in load("units")["role_labels"].items() for w in words}


@functools.cache
def _role_label() -> regex.Pattern[str]:
    """A role's label set off after a unit by a pair of dashes with blanks around them, or of commas,
    before the words of the task ("Công an tỉnh – đơn vị chủ trì – hoàn thành ...")."""
    labels = _alt(_role_labels())
    return regex.compile(
        rf"(?:[ \t*_]+[-–—][ \t*_]+(?P<label>{labels})[ \t*_]+[-–—]"
        rf"|[ \t*_]*,[ \t*_]*(?P<label>{labels})[ \t*_]*,)[ \t*_]+(?=\w)"
    )


@functools.cache
def _except_after() -> regex.Pattern[str]:
    """The comma and word that open the units a clause leaves out ("..., trừ Bộ Quốc phòng, ...")."""
    words = _alt(_fold(w)[0] for w in load("units")["except_after"])
    return regex.compile(rf"[ \t*_]*,[ \t*_]*(?:{words})[ \t*_]+")


def exception_start(text: str) -> int:
    """Where the units that a list leaves out start in ``text`` (", trừ Sở Y tế", "(trừ Sở Y tế)"),
    or its length.

    >>> text = "Các sở, ngành, trừ Sở Y tế"
    >>> text[: exception_start(text)], exception_start("Sở Nội vụ")
    ('Các sở, ngành', 9)
    """
    if _except_gate().search(text) is None:
        return len(text)
    folded, offs = _fold(text)
    m = _except_open().search(folded)
    if m is None:
        return len(text)
    at: int = m.start()
    return at if offs is None else offs[at]


@functools.cache
def _except_gate() -> regex.Pattern[str]:
    return regex.compile(_alt(load("units")["except_after"]), regex.IGNORECASE)


@functools.cache
def _except_open() -> regex.Pattern[str]:
    words = _alt(_fold(w)[0] for w in load("units")["except_after"])
    return regex.compile(rf"[ \t*_]*[,(][ \t*_]*(?:{words})[ \t*_]+")


def _past_exception(
    folded: str, end: int, ce: int, unit_starts: list[int], unit_ends: list[int], after_from: int, after_to: int
) -> tuple[int, int]:
    """Where to read the predicate of the group ending at ``end`` when an exception follows it
    (", trừ <units>,"): after the exception's closing comma, up to the next unit; else unchanged."""
    m = _except_after().match(folded, end, ce)
    if m is None:
        return after_from, after_to
    k = bisect.bisect_left(unit_starts, m.end())
    pos = m.end()
    gap = _units_rx("except_gap")
    while k < len(unit_starts) and unit_starts[k] < ce and gap.fullmatch(folded, pos, unit_starts[k]):
        pos, k = unit_ends[k], k + 1
    close = _EXCEPT_CLOSE.match(folded, pos, ce) if pos > m.end() else None
    if close is None:
        return after_from, after_to
    return close.end(), (unit_starts[k] if k < len(unit_starts) and unit_starts[k] < ce else ce)


@functools.cache
def _own_office_end() -> regex.Pattern[str]:
    """(helper 102) A name that ends with a bare head word ("Văn phòng Sở", "Phòng Tổ chức Bộ")."""
    heads = load("units")["persons"]["own_heads"]
    return regex.compile(rf"\s(?:{_alt(heads)})$")


def _own_office(text: str, start: int, end: int) -> bool:
    return _own_office_end().search(text, start, end) is not None


@functools.cache
def _after_paren_list() -> regex.Pattern[str]:
    """(helper 102) The close of a parenthesis, then a list's comma or "và" (folded text)."""
    return regex.compile(rf"[\s*_]*\)[\s*_]*(?:,[\s*_]*)?(?:{_grammar()['and']}\s+)?")


def _decide(
    folded: str,
    text: str,
    t: _Triggers,
    hits_in: Any,
    hands_in: Any,
    limits: tuple[_Ahead, _Ahead],
    cs: int,
    ce: int,
    prev_end: int,
    next_start: int,
    first: _Cand,
    last: _Cand,
    adjacent: bool,
    decided: list[tuple[str, str]],
    unit_starts: list[int],
    unit_ends: list[int],
) -> tuple[str, str]:
    # (1) a unit alone in parentheses: the owner of the item, or a short name of the unit before
    before_txt = folded[prev_end : first.start]
    paren = _PAREN_OPEN.search(before_txt) if "(" in before_txt else None
    # (what follows the group is read within reach: unbounded, the words or signs a pattern must hold
    # were looked for to the text's or the clause's end for every unit, quadratic on a long line)
    near = last.end + _NEAR
    if paren and _PAREN_CLOSE.match(folded, last.end, near):
        if adjacent and before_txt[: paren.start()].strip(" \t*_") == "" and decided:
            if first.start == last.start and (
                _UNIT_CODE.fullmatch(text, first.start, first.end) or _own_office(text, first.start, first.end)
            ):
                # (helper 94) a department's code after its name ("Phòng Cảnh sát hình sự (PC02)",
                # "Công an tỉnh (PC06)"): the same office written short, not reported (as "(CDC)");
                # (helper 102) or its own office named by the bare head ("Sở Tài chính (Văn phòng
                # Sở)"): where the unit before is reached, no unit of its own
                return decided[-1][0], "paren_code"
            return decided[-1][0], "paren_alias"
        if _PAREN_END.match(text, last.end, near):
            return "lead", "paren_owner"
    if paren and _units_rx("paren_lead").match(folded, last.end, near):
        return "lead", "paren_owner"
    if paren and _units_rx("paren_does").match(folded, last.end, near):
        return "assigned", "paren_does"  # "(Thanh tra tỉnh thực hiện, hoàn thành trong quý IV/2027)"
    if paren and _units_rx("paren_timed").match(folded, last.end, near):
        # "(Sở Tài chính; thời hạn 31/12/2026)": the owner, then the limit (right after a unit, as
        # a unit alone there: its short name or its office)
        if adjacent and before_txt[: paren.start()].strip(" \t*_") == "" and decided:
            return decided[-1][0], "paren_alias"
        return "lead", "paren_owner"
    if (
        adjacent
        and decided
        and decided[-1][1] in ("paren_code", "paren_alias")
        and _after_paren_list().fullmatch(before_txt) is not None
    ):
        # (helper 102) "phối hợp với Phòng Cảnh sát giao thông (PC08) và Công an các xã, phường": a
        # unit listed on after a name's short code or office in parentheses is in the same list
        return decided[-1][0], "listed_after_paren"
    if adjacent and "," in before_txt and _except_after().fullmatch(folded, prev_end, first.start) is not None:
        return "mention", "except"  # "Các xã, trừ xã Tân Phú, chủ trì ...": the units left out
    # (2) the last trigger before the group
    b_hit: _Hit | None = None
    for h in reversed(hits_in(prev_end, first.start)):
        cat = t.before.get(h.phrase)
        if cat is None:
            continue
        between = folded[h.end : first.start]
        if ")" in between and "(" not in between:
            continue  # "(tại Báo cáo số 20/BC-SCT), Sở X ...": a word inside a closed parenthesis
        if cat == "supervised" and "," in between:
            break  # "... kể từ ngày kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo": a new clause's subject
        if cat == "recipient" and between.lstrip(" \t*_").startswith(",") and _PREDICATE_NEXT.match(text, last.end):
            break  # "Văn phòng tổng hợp báo cáo, các chi bộ cung cấp hồ sơ": the report verb's object ends
            # at the comma; the units after it, then a verb, are a second clause's subject
        if (
            cat == "recipient_soft"
            and _object_then_comma(folded, h.end, first.start)
            and _PREDICATE_NEXT.match(text, last.end)
        ):
            break  # (helper 51) "Trường hợp có thiệt hại về người, Sở Y tế báo cáo ...": the condition's
            # topic ends at the comma; the unit after it, then a verb, is the clause's subject
        limit = 14 if cat == "do" else (3 if cat == "mention" else 4)
        # "ngày 15 của tháng cuối quý, Văn phòng Sở ...", "đến ngày 05 hằng tháng, các đơn vị ...": a
        # word of mention or of direction inside a time phrase ends with it at the comma
        if _words_between(folded, h.end, first.start) <= limit and not (
            cat in ("mention", "recipient_soft") and _time_then_comma(t, folded, h.end, first.start)
        ) and not (
            cat == "mention"
            and _object_then_comma(folded, h.end, first.start)
            and _citing_open().match(folded, cs) is not None
        ):
            b_hit = h
        break
    b = t.before.get(b_hit.phrase) if b_hit else None
    if b == "giao_duty":
        assert b_hit is not None
        if _duty_opens(folded, t, hits_in, cs, b_hit.start):
            b = "giao"
        else:
            # (a policy's noun phrase: its last word read alone, "cho" as everywhere)
            word = b_hit.phrase.rsplit(" ", 1)[-1]
            b_hit = _Hit(b_hit.end - len(word), b_hit.end, word)
            b = t.before.get(word)
    if b == "propose":
        assert b_hit is not None
        # (helper 56) "Kiến nghị UBND tỉnh bố trí ...", "Sở X kính trình UBND tỉnh xem xét, ban hành
        # ...": a proposal that opens the clause or follows its subject asks the unit to act; after
        # another verb ("tổng hợp, kiến nghị UBND tỉnh ...") the unit is whom it goes to
        asks = _units_re("filler").fullmatch(folded, cs, b_hit.start) is not None or (
            adjacent and t.adverbs.sub(" ", folded[prev_end : b_hit.start]).strip(" \t*_") == ""
        )
        b = "de_nghi" if asks else "recipient"
    if b in ("topic", "void") or (b == "sent" and first.kind != "person"):
        b = None
    if b == "sent":
        return "mention", "sent"  # "cử 01 lãnh đạo Sở Y tế làm đầu mối": a person the addressee sends
    # (3) the first trigger after the group (adverbs may come between); a short name or a duty in
    # parentheses right after it is passed ("Sở X (cơ quan thường trực Ban Chỉ đạo) tổng hợp ...")
    after_from, after_to = last.end, next_start
    item = _COLON_ITEM.match(folded, last.end, min(ce, near))
    if (
        item is None
        and b in (None, "giao", "de_nghi", "yeu_cau", "kinh_gui")
        and (label := _role_label().match(folded, last.end, min(ce, near))) is not None
    ):
        # "Công an tỉnh – đơn vị chủ trì – hoàn thành ...", "Sở X, cơ quan phối hợp, cung cấp ...": the
        # unit's role written as a label set off by a pair of dashes or commas
        return _role_labels()[" ".join(label.group("label").split())], "label_role"
    if item is None:
        # "Sở Y tế - hoàn thành kết nối ...": a dash between the unit and its predicate, read past
        # like a colon (not when another unit follows it: "Văn phòng Tỉnh ủy - Cơ quan Thường trực ...")
        item = _dash_predicate().match(folded, last.end, min(next_start, near))
        if item is not None and not text[item.end()].islower():
            item = None  # "Ông A, Phó Chủ tịch UBND tỉnh - Tổ trưởng": a member's place, capitalised
    if item is not None:
        after_from = item.end()
    opened = None if item is not None else _PAREN_AFTER.match(folded, last.end, min(ce, near))
    if opened is None and item is None and "," in folded[last.end : last.end + 3]:
        # "Các bộ, ngành, trừ Bộ Quốc phòng và Bộ Công an, hoàn thành ...": the units the clause
        # leaves out, set off by commas, are passed as a note in parentheses is
        after_from, after_to = _past_exception(folded, last.end, ce, unit_starts, unit_ends, after_from, after_to)
    if opened is not None:
        close = folded.find(")", opened.end(), min(ce, opened.end() + 160))
        if close >= 0 and "(" not in folded[opened.end() : close]:
            after_from, after_to = close + 1, ce
            # "Sở X (chủ trì), Sở Y (phối hợp) ...": the role written in the parentheses
            inside = " ".join(folded[opened.end() : close].strip(" \t*_").split())
            if (labelled := _role_labels().get(inside)) is not None:
                return labelled, "paren_role"  # "Công an tỉnh (đơn vị chủ trì) hoàn thành ..."
            said = t.after.get(inside)
            if said == "lead" or said == "coordinate_subject":
                return ("lead" if said == "lead" else "coordinate"), "paren_role"
    a_hit: _Hit | None = None
    after_hits = hits_in(after_from, after_to)
    for h in after_hits:
        if t.after.get(h.phrase) is None:
            continue
        # "X theo chức năng, nhiệm vụ được giao theo dõi ...": no trigger inside an adverb
        if any(
            m.start() <= h.start < m.end() for m in t.adverbs.finditer(folded, last.end, min(next_start, h.end + 48))
        ):
            continue
        gap = t.adverbs.sub(" ", folded[after_from : h.start])
        if _ADVERB_GAP.fullmatch(gap) or (
            t.after.get(h.phrase) in _RESTRICTED_ROLES
            and _restricted(folded, first.start, first.end, after_from, h.start)
        ):
            a_hit = h
        break
    a = t.after.get(a_hit.phrase) if a_hit else None
    if a == "mention" and a_hit is not None and a_hit.phrase in t.attend:
        # "trực tiếp dự, chỉ đạo hội nghị": who attends and directs it, directs
        k = after_hits.index(a_hit) + 1
        if k < len(after_hits) and folded[a_hit.end : after_hits[k].start].strip(" ,") == "":
            role = t.after.get(after_hits[k].phrase)
            if role in ("lead", "director", "supervisor"):
                a_hit, a = after_hits[k], role
    if (
        a_hit is None
        and after_hits
        and folded[after_from : after_hits[0].start].strip(" \t*_") == ""
        and t.before.get(after_hits[0].phrase) in ("de_nghi", "yeu_cau", "giao", "giao_duty", "propose")
        and b is None
        and (
            t.before.get(after_hits[0].phrase) != "propose"
            or (next_start < ce and _units_re("filler").fullmatch(folded, after_hits[0].end, next_start) is not None)
        )
    ):
        if t.before.get(after_hits[0].phrase) == "giao" and _own_members(t, folded, unit_starts, after_hits[0].end):
            # "Ban Chỉ đạo xã phân công các thành viên theo dõi ...": the body shares out its own
            # work among its members, named by no unit: the body is who owns it
            return "assigned", "phan_cong_thanh_vien"
        return "mention", "issuer"  # "Ban Chỉ đạo tỉnh đề nghị ...": who speaks, not who acts
    if b is None and a in (None, "mention") and _hands_on(folded, t, hands_in, unit_starts, last.end, ce):
        return "mention", "issuer_giao"  # "Thường trực Tỉnh ủy thống nhất ..., giao X ...": who gives the task
    if b == "do":
        for h in after_hits:
            if h.phrase == _grammar()["lead"]:
                meeting = t.meeting.search(folded, cs, first.start) or first.kind == "person"
                return ("mention", "do_chu_tri_meeting") if meeting else ("lead", "do_chu_tri")
        if t.do_work.match(folded, last.end, ce) is not None:
            return "assigned", "do_thuc_hien"  # "Việc rà soát do Sở Y tế thực hiện, hoàn thành ..."
        return "mention", "do"
    if b in (None, "giao", "de_nghi", "yeu_cau", "kinh_gui", "chi_dao", "lead_col"):
        tag = b or ""
        if a == "lead":
            assert a_hit is not None
            if (
                b is None
                and a_hit.phrase == _grammar()["lead"]
                and _units_rx("meeting_after").match(folded, a_hit.end)
                and t.time_limit.search(folded, a_hit.end, ce) is None
            ):
                # "đồng chí Giám đốc Sở chủ trì cuộc họp": who chaired (not "... chủ trì hội nghị
                # hiệp thương trước ngày 10/3/2026": a meeting to hold by then)
                return "mention", "chu_tri_meeting"
            verb = (
                "tham_muu_chinh"
                if a_hit.phrase == _grammar()["staff_main"]
                else ("tham_muu" if a_hit.phrase.startswith(_grammar()["staff"]) else "chu_tri")
            )
            return "lead", (f"{tag}_{verb}" if tag else verb)
        if a == "coordinate_subject":
            return "lead", (f"{tag}_phoi_hop" if tag else "phoi_hop_subject")
        if a == "coordinate_role":
            return "coordinate", "la_phoi_hop"  # "Sở Y là cơ quan phối hợp"
        if a == "director":
            return "director", (f"{tag}_chi_dao" if tag else "chi_dao_subject")
        if b is None:
            if a == "supervisor":
                assert a_hit is not None
                if _inspects(first.canonical, a_hit.phrase):
                    return "lead", "inspects_subject"  # "Ủy ban Kiểm tra ... giám sát việc ..."
                return "supervisor", "theo_doi_subject"
            if a == "mention":
                assert a_hit is not None
                # "Sở X đánh giá kết quả, báo cáo trước ngày ...": a verb of work, with its time limit
                until = limits[0].search(a_hit.end, ce) if a_hit.phrase in t.mention_soft else None
                if until is None and a_hit.phrase in t.period_verbs:
                    until = limits[1].search(a_hit.end, ce)  # "... trong tháng 5/2027"
                if until and not t.soft_not_before.search(folded, a_hit.end, until.start()):
                    return "assigned", "subject_with_time"
                if (
                    a_hit.phrase in t.mention_soft
                    and _after_cycle(t, folded, cs, first.start)
                    and not t.soft_not_before.search(folded, a_hit.end, min(ce, a_hit.end + 24))
                ):
                    return "assigned", "subject_after_cycle"
                if (
                    a_hit.phrase in t.mention_soft
                    and _after_limit(t, folded, cs, first.start)
                    and not t.soft_not_before.search(folded, a_hit.end, min(ce, a_hit.end + 24))
                ):
                    return "assigned", "subject_after_time"  # "Trong tháng 02/2027, Phòng X ban hành ..."
                if (
                    a_hit.phrase in t.inform_verbs
                    and t.inform_to.search(folded, a_hit.end, ce) is not None
                    and t.inform_not.search(folded, a_hit.end, ce) is None
                ):
                    return "assigned", "subject_informs"  # "... thông báo kết quả cho người dân"
                return "mention", "statement"
            near = first.start - cs < 160
            at_start = (
                near
                and (
                    _units_re("filler").fullmatch(folded, cs, first.start) is not None
                    or (
                        _prev_char(folded, first.start) == ","
                        # (a citation in parentheses is no word of the opening: "Theo đề nghị của Sở
                        # Tư pháp (tại Tờ trình số ...), Sở Nội vụ ...")
                        and _words_between(
                            t.opening_time.sub(" ", _PAREN_GROUP.sub(" ", folded[cs : first.start])), 0, first.start
                        )
                        <= 8
                    )
                )
            ) or (
                first.start - cs < 480
                and _prev_char(folded, first.start) == ","
                and (
                    _units_rx("topic_open").match(folded, cs) is not None
                    or _citing_open().match(folded, cs) is not None
                    # (a person there is the giver's other office: "đồng chí Tổng Bí thư, Trưởng Ban ...")
                    or (first.kind != "person" and _direction_open().match(folded, cs) is not None)
                )
            )
            rest = folded[after_from : max(next_start, after_from + 40) if after_from > last.end else next_start]
            rest = rest.strip(" \t\r\n*_:")
            if not at_start and adjacent and _new_subject(t, folded, prev_end, first.start, rest):
                at_start = True  # ("Giao Văn phòng bố trí kinh phí, Ban Tuyên giáo trình …": the next subject)
            if at_start and not rest:
                return "assigned", "alone"
            if at_start and rest[:1].isalpha() and not rest.startswith(("(", _grammar()["of"], _grammar()["and"])):
                return "assigned", "subject"
            if (
                near
                and rest[:1].isalpha()
                and not rest.startswith(("(", _grammar()["of"], _grammar()["and"]))
                and _units_re("label_open").fullmatch(folded, cs, first.start) is not None
            ):
                # "Tổng kết mô hình: Hội Cựu chiến binh xã thực hiện; ...": the work's label, a colon,
                # then the subject and its predicate
                return "assigned", "subject"
            if at_start and rest[:1] == "," and last.appositive and rest[1:].lstrip(" \t*_")[:1].isalpha():
                return "assigned", "subject"  # "Sở X, cơ quan thường trực Ban Chỉ đạo, tổng hợp ..."
            if at_start and rest[:1] == "," and _units_re("except_open").fullmatch(folded, cs, first.start) is not None:
                return "assigned", "rieng"  # "Riêng Sở Y tế, thời hạn báo cáo trước ...": the exception's owner
            if at_start and rest[:1] == "," and t.adverbs.match(rest, len(rest) - len(rest[1:].lstrip())) is not None:
                return "assigned", "subject"  # "Các bộ, ngành, khẩn trương rà soát ...": a comma before the predicate
            return "mention", "none"
        return {
            "giao": ("lead", "giao"),
            "de_nghi": ("assigned", "de_nghi"),
            "yeu_cau": ("assigned", "yeu_cau"),
            "kinh_gui": ("assigned", "kinh_gui"),
            "chi_dao": ("assigned", "chi_dao"),
            "lead_col": ("lead", "chu_tri_col"),
        }[b]
    assert b_hit is not None
    if b == "coordinate":
        return "coordinate", ("cung" if b_hit.phrase in t.unit_next else "phoi_hop")
    if b == "recipient":
        return "recipient", _recipient_rules().get(
            " ".join(b_hit.phrase.split(" ")[:2]), _recipient_rules().get(b_hit.phrase.split(" ")[0], "gui_ve")
        )
    if b == "recipient_soft":
        for h in hits_in(max(cs, b_hit.start - 300), b_hit.start):
            if t.before.get(h.phrase) == "recipient":
                return "recipient", "gui_ve"
        # "báo cáo kết quả về X": the report verb is blocked as a trigger by its object, not here
        if _REPORT_VERB.search(folded, max(cs, b_hit.start - 80), b_hit.start):
            return "recipient", "gui_ve"
        return "mention", "ve"
    if b == "channel":
        return "channel", "qua"
    if b == "advised":
        return "advised", "tham_muu_cho"
    if b == "supervised":
        # (the guide the subject, or given the task right before the verb: "Giao X hướng dẫn Y xây
        # dựng ... trước ngày ...": Y does the work by then, X keeps the task it was given)
        guide = bool(decided) and (
            decided[-1][0] == "supervisor"
            or (decided[-1] == ("lead", "giao") and adjacent and not folded[prev_end : b_hit.start].strip(" \t*_"))
        )
        if guide and _guided_to_work(t, folded, b_hit, first.start, last.end, ce):
            return "assigned", "guided_work"
        # "- Hướng dẫn UBND các xã số hóa hồ sơ, hoàn thành trước ngày ...": the verb of guiding opens
        # the clause, whose guide is named above it (a heading, a clause before): the guided do the
        # work by then (the owners' reader gives the guide the guidance; rule ``guided_open``)
        # (not establishments: "Hướng dẫn các cơ sở giáo dục ..." is the guide's own work, as when it
        # directs them)
        if (
            not decided
            and _guide_opens().fullmatch(folded, cs, b_hit.start) is not None
            and _guided_to_work(t, folded, b_hit, first.start, last.end, ce)
            and not _facilities(last.canonical)
        ):
            return "assigned", "guided_open"
        return "mention", "supervised"
    if _hosts(folded, b_hit, cs, first.start):
        return "assigned", "host"  # "Lễ trao tặng được tổ chức ... tại tổ chức đảng": the body holds it
    if b_hit.phrase == _grammar()["of"] and _cites_document(text, max(cs, b_hit.start - 240), b_hit.start):
        return "issuer", "cited_document"  # "Kết luận số 221-KL/TW ngày ... của Bộ Chính trị"
    return "mention", _rule_name(b_hit.phrase)


@functools.cache
def _host_words() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The words of the place an event is held at, and the pattern of the passive verb of holding
    it (data ``roles.host``)."""
    r = load("units")["roles"]["host"]
    held = _alt(_fold(w)[0] for w in r["held"])
    return frozenset(_fold(w)[0] for w in r["at"]), regex.compile(rf"(?<!\w)(?:{held})(?!\w)")


def _hosts(folded: str, hit: _Hit, cs: int, start: int) -> bool:
    """Whether the unit at ``start`` follows right after "tại" in a clause that says an event "được tổ
    chức" (is held) there, within a few words before ("Lễ trao tặng Huy hiệu Đảng được tổ chức vào dịp
    3/2 hằng năm tại tổ chức đảng cơ sở"): the body that holds it, its owner; a place named between
    ("tại Hội trường UBND tỉnh") leaves the body a mention."""
    at, held = _host_words()
    if hit.phrase not in at or folded[hit.end : start].strip(" \t*_"):
        return False
    return held.search(folded, max(cs, hit.start - 120), hit.start) is not None


# the rules of a director whose directed establishments leave it the work (see ``roles.facilities``)
_FACILITY_DIRECTORS = frozenset({"chi_dao_subject", "giao_chi_dao", "de_nghi_chi_dao", "yeu_cau_chi_dao"})


@functools.cache
def _facility_names() -> tuple[str, ...]:
    """The canonical names (folded) of the establishments a body directs (``roles.facilities``)."""
    return tuple(_fold(n)[0] for n in load("units")["roles"]["facilities"])


def _facilities(canonical: str) -> bool:
    """Whether ``canonical`` names establishments, not a body a directive addresses."""
    return _fold(canonical)[0].startswith(_facility_names())


@functools.cache
def _guided() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The verbs of guiding (``roles.guided_by``) and the work verbs after their object (``guided_work``)."""
    r = load("units")["roles"]
    verbs = _alt(_fold(a)[0] for a in r["guided_work"])
    # (helper 171) words that tell which of the guided ("... các xã vùng đồng bào dân tộc thiểu số xây
    # dựng ..."): a few words opened by a word of ``guided_qualifiers``, then the work verb
    quals = _alt(_fold(a)[0] for a in r["guided_qualifiers"])
    work = regex.compile(
        rf"(?:[ \t*_]+(?:{quals})(?!\w)(?:[ \t]+(?!(?:{verbs})(?!\w))[^\W\d_]+){{0,7}})?[ \t*_]+(?:{verbs})(?!\w)"
    )
    return frozenset(_fold(a)[0] for a in r["guided_by"]), work


def _guided_to_work(t: _Triggers, folded: str, hit: _Hit, start: int, end: int, ce: int) -> bool:
    """Whether the units from ``start`` to ``end`` follow a verb of guiding right away and do a work
    verb after it by the clause's time limit ("X hướng dẫn Y tổ chức ... trước ngày ..."; the caller
    asks it only when the unit before is the guide as the subject: "X chủ trì, ... hướng dẫn Y thực
    hiện" is X's task)."""
    by, work = _guided()
    if hit.phrase not in by or folded[hit.end : start].strip(" \t*_") or work.match(folded, end, ce) is None:
        return False
    limit = t.time_limit.search(folded, end, ce)
    # (helper 176) "... hướng dẫn các cơ sở đăng ký công trình, tổng hợp trước ngày ...": the time is
    # the guide's for the compiling after the comma, not the guided's
    return limit is not None and _guide_compiles().search(folded, end, limit.start()) is None


@functools.cache
def _guide_opens() -> Any:
    """What may stand before the verb of guiding that opens a clause: an item's label and the
    opening words (``patterns.filler``), and other verbs of guiding ("Hướng dẫn, đôn đốc ...")."""
    verbs = _alt(_fold(a)[0] for a in load("units")["roles"]["guided_by"])
    return re.compile(rf"(?:{_units_re('filler').pattern})(?:(?:{verbs})[ \t]*(?:,|{_grammar()['and']})[ \t]*)*")


@functools.cache
def _guide_compiles() -> regex.Pattern[str]:
    """A comma, then the guide's own compiling (``roles.guide_compiles``), before a time limit."""
    verbs = _alt(_fold(a)[0] for a in load("units")["roles"]["guide_compiles"])
    return regex.compile(rf",[ \t*_]*(?:{verbs})(?!\w)")


@functools.cache
def _inspection() -> tuple[tuple[str, ...], frozenset[str]]:
    """The names of bodies whose work is to inspect, and the verbs that are then their task."""
    r = load("units")["roles"]["inspects"]
    return tuple(r["bodies"]), frozenset(_fold(v)[0] for v in r["verbs"])


def _inspects(canonical: str, phrase: str) -> bool:
    """Whether a body that inspects is the subject of its own verb of inspection (``phrase``, folded)."""
    bodies, verbs = _inspection()
    return phrase in verbs and canonical.startswith(bodies)


_CLAUSE_GOES_ON = re.compile(r"[ \t*_]*(?:[,.;:\n]|$)")


def _coordinates_alone(t: _Triggers, folded: str, pos: int) -> bool:
    """Whether a bare "phối hợp" that ends at ``pos`` has no task of its own: a comma or the clause's
    end follows it, or a verb of doing and then one ("Sở Y phối hợp, hoàn thành ...", "Sở Y phối hợp
    thực hiện."; not "Công an tỉnh phối hợp bảo đảm an ninh")."""
    do = t.do_work.match(folded, pos)
    return _CLAUSE_GOES_ON.match(folded, do.end() if do is not None else pos) is not None


def _after_cycle(t: _Triggers, folded: str, cs: int, start: int) -> bool:
    """Whether the clause opens with a cycle and a comma before the unit at ``start`` ("Hằng năm,
    các cấp ủy đánh giá, báo cáo ...", "2. Định kỳ 6 tháng, Sở X đánh giá ..."): a duty that comes
    back, not a statement."""
    if _prev_char(folded, start) != ",":
        return False
    m = _units_re("filler").match(folded, cs, start)
    opening = folded[m.end() if m else cs : start]
    return t.recurring_opening.match(opening) is not None and _WORD.search(t.opening_time.sub(" ", opening)) is None


@functools.cache
def _opening_limit() -> regex.Pattern[str]:
    """A time limit that opens a clause (data ``roles.opening_limit``), then a number."""
    words = _alt(_fold(w)[0] for w in load("units")["roles"]["opening_limit"])
    return regex.compile(rf"(?P<w>{words})[ \t]+(?:\w+[ \t]+){{0,2}}(?:\d|[ivx]{{1,4}}(?![^\W\d_]))")


def _after_limit(t: _Triggers, folded: str, cs: int, start: int) -> bool:
    """Whether the clause opens with a time limit and a comma before the unit at ``start`` ("Trong
    tháng 02/2027, Phòng Kinh tế ban hành ...", "Trước ngày 15/3/2027, Sở Tư pháp ban hành ..."): the
    unit is the subject of a duty by then, not of a statement."""
    if _prev_char(folded, start) != ",":
        return False
    m = _units_re("filler").match(folded, cs, start)
    opening = folded[m.end() if m else cs : start].strip(" \t*_,")
    limit = _opening_limit().match(opening)
    rest = opening[limit.end("w") :] if limit is not None else ""
    return limit is not None and _WORD.search(_ROMAN_WORD.sub(" ", t.opening_time.sub(" ", rest))) is None


_ROMAN_WORD = regex.compile(r"(?<!\w)[ivx]{1,4}(?!\w)")


def _own_members(t: _Triggers, folded: str, unit_starts: list[int], pos: int) -> bool:
    """Whether the words at ``pos`` name the members of the subject itself ("các thành viên", "cán
    bộ, công chức"), with no unit named in them or right after them."""
    m = t.own_members.match(folded, pos)
    if m is None:
        return False
    k = bisect.bisect_left(unit_starts, pos)
    return k >= len(unit_starts) or unit_starts[k] > m.end() + 1


def _duty_opens(folded: str, t: _Triggers, hits_in: Any, cs: int, at: int) -> bool:
    """Whether the "giao" of a duty at ``at`` ("Giao trách nhiệm cho ...") opens its clause (from
    ``cs``), alone or right after a word of addressing that opens it ("Đề nghị giao nhiệm vụ cho ...")."""
    filler = _units_re("filler")
    if filler.fullmatch(folded, cs, at):
        return True
    return any(
        t.before.get(h.phrase) in ("de_nghi", "yeu_cau")
        and filler.fullmatch(folded, cs, h.start) is not None
        and folded[h.end : at].strip(" \t*_") == ""
        for h in hits_in(cs, at)
    )


class _Ahead:
    """The first match of ``pattern`` in ``text`` from a place up to a clause's end, for the units
    of a paragraph asked one after the other: a search that found the match at m (or none) from
    place a to the end e found the same from any place between a and m (or after a) to e, so a
    long clause of units whose verbs look for the same time limit ("X ban hành … trong tháng
    5/2027 và Y …" × n) is not read to its end again for each unit."""

    __slots__ = ("_last", "_pattern", "_text")

    def __init__(self, pattern: regex.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._last: dict[int, tuple[int, regex.Match[str] | None]] = {}  # end -> (from, found)

    def search(self, pos: int, endpos: int) -> regex.Match[str] | None:
        kept = self._last.get(endpos)
        if kept is not None:
            start, found = kept
            if start <= pos and (found is None or pos <= found.start()):
                return found
        found = self._pattern.search(self._text, pos, endpos)
        self._last[endpos] = (pos, found)
        return found


_HAND_STOPS = frozenset(("lead", "coordinate_subject", "coordinate_role", "director", "supervisor"))
_HAND_VERBS = frozenset(("giao", "yeu_cau"))


def _hands_on(folded: str, t: _Triggers, hands_in: Any, unit_starts: list[int], start: int, end: int) -> bool:
    """Whether the subject that ends at ``start`` goes on, in its clause (up to ``end``), to give
    the task to another unit ("Thường trực Tỉnh ủy thống nhất chủ trương, giao Ban cán sự đảng
    UBND tỉnh ...", "... ghi nhận báo cáo của X, yêu cầu Y ..."): a "giao" or "yêu cầu" after a
    comma or "và", a unit right after it, and no role verb or time limit of the subject's own before.
    ``hands_in(a, b)``: the hits from ``a`` to ``b`` with one of those role verbs or "giao", "yêu cầu"."""
    for h in hands_in(start, end):
        if t.after.get(h.phrase) in _HAND_STOPS:
            return False
        if t.before.get(h.phrase) not in _HAND_VERBS:
            continue
        k = bisect.bisect_left(unit_starts, h.end)
        return (
            k < len(unit_starts)
            and unit_starts[k] < end
            and _words_between(folded, h.end, unit_starts[k]) <= 2
            and _units_re("hand_join").search(folded, start, h.start) is not None
            and t.time_limit.search(folded, start, h.start) is None
        )
    return False


@functools.lru_cache(maxsize=1024)
def _rule_name(phrase: str) -> str:
    """The rule named by a trigger phrase ("theo dõi" -> "theo_dõi")."""
    return str(regex.sub(r"\W+", "_", phrase))


@functools.cache
def _cited_re() -> regex.Pattern[str]:
    types = [t["name"] for t in load("doctypes")["types"]] + list(load("units")["cited_documents"])
    patterns = load("units")["patterns"]
    date, symbol = str(patterns["cite_date"]), str(patterns["cite_symbol"])
    # case-sensitive type words: "Kết luận của Bộ Chính trị", not "nghe báo cáo của UBND tỉnh"
    named = rf"(?<!\w)(?:{_alt(types)})(?:[ \t\r\n]+[\p{{L}}\d]+){{0,3}}"
    day = _grammar()["day"]
    return regex.compile(rf"(?:{symbol}|{named})(?:[\s,]+(?i:{day})\s+(?:{date}))?[\s,*_()]*$", regex.REVERSE)


def _cites_document(text: str, lo: int, pos: int) -> bool:
    """The words before "của" at ``pos`` name a document ("Kết luận số 221-KL/TW, ngày 28/11/2025",
    "Kế hoạch"): the unit after "của" is its issuer."""
    return _cited_re().search(text, lo, pos) is not None


# ------------------------------------------------------------------------------- lookup helpers


def canonical_unit(name: str) -> str:
    """Canonical name for a raw unit string (aliases and abbreviations resolved), or the cleaned
    input when unknown.

    >>> canonical_unit("UBND tỉnh Đắk Lắk")
    'Ủy ban nhân dân tỉnh'
    >>> canonical_unit(" Sở KH&CN, ")
    'Sở Khoa học và Công nghệ'
    >>> canonical_unit("Hợp tác xã Ea Kar")
    'Hợp tác xã Ea Kar'
    """
    cleaned = _clean(name)
    units = find_units(cleaned)
    if len(units) == 1:
        u = units[0]
        rest = cleaned[: u.start] + " " + cleaned[u.end :]
        rest = _units_rx("address_words", regex.IGNORECASE).sub(" ", rest)
        if not regex.search(r"\w", rest):
            return u.unit
    return cleaned


@functools.cache
def _unit_forms(unit: str) -> frozenset[str]:
    g = _gazetteer()
    forms = {_ascii_fold(unit)}
    forms |= g.by_canonical.get(unit, frozenset())
    for f in list(forms):
        for long, short in g.abbr:
            if long in f:
                forms.add(f.replace(long, short))
            if short and regex.search(rf"(?<!\w){regex.escape(short)}(?!\w)", f):
                forms.add(regex.sub(rf"(?<!\w){regex.escape(short)}(?!\w)", long, f))
    return frozenset(forms)


def _contains_words(hay: str, needle: str) -> bool:
    """``needle`` words appear in order, contiguous, in ``hay``; the last may be a word prefix."""
    if not needle:
        return False
    return regex.transient(rf"(?<!\w){regex.escape(needle)}").search(hay) is not None


def unit_matches(query: str, unit: str, raw: str | None = None) -> bool:
    """True when ``query`` (typed by a user) names this unit; accent- and case-insensitive, aliases
    and abbreviations resolved, a run of words of the name is enough.

    >>> unit_matches("so khcn", "Sở Khoa học và Công nghệ")
    True
    >>> unit_matches("UBND", "Ủy ban nhân dân tỉnh")
    True
    >>> unit_matches("văn phòng tỉnh ủy", "Sở Tài chính")
    False
    """
    q = _ascii_fold(query)
    if not q:
        return False
    forms = set(_unit_forms(unit))
    if raw:
        forms.add(_ascii_fold(raw))
    queries = {q}
    g = _gazetteer()
    for long, short in g.abbr:
        if short and regex.search(rf"(?<!\w){regex.escape(short)}(?!\w)", q):
            queries.add(regex.sub(rf"(?<!\w){regex.escape(short)}(?!\w)", long, q))
    canon_q = _ascii_fold(canonical_unit(query))
    if canon_q:
        queries.add(canon_q)
    return any(_contains_words(f, qq) for f in forms for qq in queries)
