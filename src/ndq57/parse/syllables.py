"""Vietnamese spelling: is a written word one syllable?

Every blank-separated word of Vietnamese is one syllable: an initial consonant, a rhyme from a
closed list and a tone (``data/slips.yaml``, ``syllables``), with the rules of the script
(``k``/``gh``/``ngh`` before ``i e ê y`` only, ``c``/``g``/``ng`` never there; a rhyme closed by
``c ch p t`` carries the acute or the dot-below tone). A word that is not a syllable is the
trace of a text layer that glued two words (``giatừ``) or split one (``biế n``); the normaliser
repairs such a word only when exactly one reading is a pair of syllables (or one syllable), or,
of several, exactly one is a pair of words the language data holds side by side (``thịtrấn``).

>>> is_syllable("quyết"), is_syllable("giatừ"), is_syllable("biế"), is_syllable("Nghị")
(True, False, False, True)
>>> split_glued("giatừ")
('gia', 'từ')
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterable

from ndq57 import cache
from ndq57.data import load

_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
_FRONT = ("i", "e", "ê", "y")


@functools.cache
def _inventory() -> tuple[tuple[str, ...], frozenset[str]]:
    data = load("slips")["syllables"]
    onsets = tuple(sorted((str(o) for o in data["onsets"]), key=len, reverse=True))
    return onsets, frozenset(str(r) for r in data["rhymes"])


@functools.cache
def _lookup() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The initial consonants (and "", none), their lengths, and the rhymes: the consonants a
    word opens with are its first letters of each length, looked up."""
    onsets, rhymes = _inventory()
    return frozenset((*onsets, "")), tuple(sorted({len(o) for o in (*onsets, "")}, reverse=True)), rhymes


def _untone(word: str) -> tuple[str, str | None]:
    """The word without its tone mark (vowel shapes kept: ``ê``, ``ơ``, ``ư``, ``ă``, ``â``) and
    the tone, or ``None`` when it carries two tone marks."""
    tone: str | None = "level"
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONES:
            if tone != "level":
                return "", None
            tone = _TONES[ch]
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)), tone


_LONGEST = 8  # letters of the longest syllable ("nghiêng" and its marks, NFC)
LONGEST = _LONGEST  # (public: :func:`joins_split` is false for two pieces longer than this together)


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """``word`` (letters only, any case) is one Vietnamese syllable."""
    if not word or len(word) > _LONGEST or not word.isalpha():
        return False
    bare, tone = _untone(word.lower())
    if tone is None or not bare:
        return False
    onsets, lengths, rhymes = _lookup()
    for n in lengths:  # (each initial consonant the word may open with, by its length: "ngh", "ng", "n", "")
        onset = bare[:n]
        if len(onset) != n or onset not in onsets:
            continue
        rhyme = bare[n:]
        if _fits(onset, rhyme, rhymes) and _tone_fits(rhyme, tone):
            return True
    return False


# the words found to be syllables (a memo of :func:`is_syllable` that :func:`non_syllables` takes
# away in one set operation; emptied when it grows past its bound)
_SEEN: set[str] = set()
_SEEN_MAX = 65536


def unseen(words: set[str]) -> set[str]:
    """``words`` but those found to be syllables before (a part of the syllables, in C)."""
    return words - _SEEN  # (not ``-=``: that walks the memo)


def non_syllables(words: Iterable[str]) -> set[str]:
    """The words that are no syllable (:func:`is_syllable`).

    >>> non_syllables(["quyết", "giatừ", "Nghị"])
    {'giatừ'}
    """
    rest = unseen(set(words))
    found = [w for w in rest if is_syllable(w)]
    if found:
        rest.difference_update(found)
        if len(_SEEN) + len(found) > _SEEN_MAX:
            _SEEN.clear()
        _SEEN.update(found)
    return rest


def _fits(onset: str, rhyme: str, rhymes: frozenset[str]) -> bool:
    if onset == "gi":
        # "gì", "giếng", "giữa": the i of "gi" may stand for the rhyme's own i
        return rhyme == "" or rhyme in rhymes or ("i" + rhyme) in rhymes
    if onset == "qu":
        return rhyme in rhymes or ("u" + rhyme) in rhymes
    if rhyme not in rhymes:
        return False
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front
    return True


def _tone_fits(rhyme: str, tone: str) -> bool:
    """A rhyme closed by a stop (c, ch, p, t) takes the acute or the dot below."""
    if rhyme.endswith(("c", "ch", "p", "t")):
        return tone in ("acute", "dot")
    return True


def is_vietnamese(word: str) -> bool:
    """``word`` has a letter or a tone mark that English words do not (``ơ``, ``đ``, ``á``)."""
    return not word.isascii()


def split_glued(word: str) -> tuple[str, str] | None:
    """The one way to read ``word`` as two syllables written without the blank between them,
    or ``None`` (a syllable already, no reading, or more than one). Of several readings, the one
    whose two syllables stand side by side in the package's language data (the units' names, the
    time words: "thị trấn", not "thịt rấn"), when it is the only such one.

    >>> split_glued("thịtrấn"), split_glued("tranhân")
    (('thị', 'trấn'), ('tra', 'nhân'))
    """
    if len(word) > 2 * _LONGEST or is_syllable(word) or not is_vietnamese(word) or not word.isalpha():
        return None
    found = [(word[:k], word[k:]) for k in range(1, len(word)) if is_syllable(word[:k]) and is_syllable(word[k:])]
    if len(found) > 1:
        known = _data_pairs()
        found = [(a, b) for a, b in found if f"{a} {b}".lower() in known]
    return found[0] if len(found) == 1 else None


@functools.cache
def _data_pairs() -> frozenset[str]:
    """The pairs of words (lower case, a blank between) that stand side by side in the units'
    names and the time words of the data ("thị trấn", "thanh tra", "nhân dân"). Kept in the cache
    (:mod:`ndq57.cache`): walking the data takes a process ~15 ms, reading the pairs back ~1 ms."""
    return cache.kept("pairs", _walk_pairs, data=_PAIR_FILES, sources=(__file__,))


_PAIR_FILES = ("units", "timewords")


def _walk_pairs() -> frozenset[str]:
    pairs: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words = value.lower().split()
            pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words) if a.isalpha() and b.isalpha())
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for name in _PAIR_FILES:
        walk(load(name))
    return frozenset(pairs)


@functools.lru_cache(maxsize=8192)  # (asked of the words beside each word that is no syllable)
def joins_split(left: str, right: str) -> bool:
    """``left`` and ``right`` are the two pieces of one syllable split by a blank (``biế n``,
    ``Ph ường``): together a syllable, and apart not both syllables; a one-letter piece that
    could stand alone (``a``, ``n``) needs the other piece to be broken too."""
    if len(left) + len(right) > _LONGEST or not (left.isalpha() and right.isalpha()) or not is_vietnamese(left + right):
        return False
    if not is_syllable(left + right):
        return False
    ok_l, ok_r = is_syllable(left), is_syllable(right)
    if ok_l and ok_r:
        return False
    if ok_l or ok_r:
        broken = right if ok_l else left
        # (a consonant alone before a piece with a Vietnamese letter is an onset a text layer set
        # apart, "t háng", "q uyết": no word is that letter alone, and no label or initial is
        # followed by a blank and the rest of a syllable with its marks)
        return len(broken) >= 2 or (broken is left and left.lower() in lone_onsets() and not right.isascii())
    return True


def known_pair(left: str, right: str) -> bool:
    """``left`` and ``right`` stand side by side in the package's language data ("ủy ban",
    "nhân dân"; any case)."""
    return f"{left} {right}".lower() in _data_pairs()


@functools.cache
def lone_onsets() -> frozenset[str]:
    """The first letters of the initial consonants ("t", "q" of "qu", "đ"), lower case: no
    Vietnamese word alone."""
    return frozenset(o[0] for o in _inventory()[0])


_VOWELS = frozenset("aăâeêioôơuưy")
_SHAPED = frozenset("ăâêôơư")
_MARKS = {"grave": "\u0300", "acute": "\u0301", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}


def place_tone(word: str, tone: str) -> str | None:
    """``word`` (one syllable written without a tone mark, any case) with ``tone`` set on the
    vowel that carries it (the old style: ``hòa``, ``thủy``), or ``None`` when it is no syllable
    with that tone.

    >>> place_tone("Nguyên", "tilde"), place_tone("VÊ", "grave"), place_tone("hoa", "grave")
    ('Nguyễn', 'VỀ', 'hòa')
    >>> place_tone("quân", "dot"), place_tone("giup", "acute"), place_tone("mat", "grave")
    ('quận', 'giúp', None)
    """
    mark = _MARKS.get(tone)
    bare, own = _untone(word)
    if mark is None or own != "level" or bare != word or not word.isalpha():
        return None
    low = word.lower()
    start = 2 if low.startswith("qu") or (low.startswith("gi") and len(low) > 2 and low[2] in _VOWELS) else 0
    while start < len(low) and low[start] not in _VOWELS:
        start += 1
    end = start
    while end < len(low) and low[end] in _VOWELS:
        end += 1
    if start == end:
        return None
    nucleus = low[start:end]
    if "ơ" in nucleus:
        at = start + nucleus.rindex("ơ")
    elif shaped := [k for k, c in enumerate(nucleus) if c in _SHAPED]:
        at = start + shaped[-1]
    elif len(nucleus) == 1 or end < len(low):
        at = end - 1
    else:
        at = start + (0 if len(nucleus) == 2 else 1)
    out = unicodedata.normalize("NFC", word[: at + 1] + mark + word[at + 1 :])
    return out if is_syllable(out) else None


def tone_of(word: str) -> str | None:
    """The tone ``word`` is written with ("level" when it carries none), ``None`` with two marks.

    >>> tone_of("Nguyên"), tone_of("từng"), tone_of("ý")
    ('level', 'grave', 'acute')
    """
    return _untone(word)[1]
