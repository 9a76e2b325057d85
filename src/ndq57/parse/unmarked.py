"""Marks put back on known words of a line written without any (e-mail and SMS copies, typed
without a Vietnamese keyboard: "Giao So Tai chinh chu tri, bao cao UBND tinh truoc ngay
15/7/2026").

Only a line of ASCII text that holds common Vietnamese words or a known phrase of two words or
more is read (in a text with such lines, also the lines with a few marked letters, whose marked
words are never changed), and in it only the phrases the data files know: the curated
``unmarked`` list of ``data/slips.yaml``, then the plain phrases of the deadline words, the time
words, the task fields, the document headings, the header words and the unit names (each of two
words or more, kept only when its unmarked spelling belongs to that one phrase). A
few single words are read by what follows them: "ngay" / "thang" / "nam" / "quy" / "so" before a
day, a month, a year, a quarter or a number; "tinh" / "xa" / "huyen" before a place's name. A
word the data do not know keeps its spelling: marks are never guessed.

>>> [(a, b, r) for a, b, r in unmarked_edits("Giao So Tai chinh chu tri, truoc ngay 15/7/2026")]
[(5, 17, 'Sở Tài chính'), (18, 25, 'chủ trì'), (27, 37, 'trước ngày')]
>>> unmarked_edits("Giao Sở Tài chinh chu tri, trước ngày 15/7/2026")
[]
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator
from typing import Any

from ndq57 import cache
from ndq57 import cached_re as re
from ndq57.data import load

__all__ = ["unit_name_edits", "unmarked_edits"]

_LONGEST = 8  # the most words a phrase has that is looked for
_WORD = re.compile(r"[^\W\d_]+")
# what may stand between two words of a phrase: blanks, or a comma or a dash and blanks
_GAP = re.compile(r"[ \t]+|[ \t]*[,\-][ \t]*")


@functools.lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    """A word without its marks, lower case ("Đảng" -> "dang")."""
    return _strip_marks(word)


_MARKS = re.compile(r"[\u0300-\u036f]+")


def _strip_marks(text: str) -> str:
    """``text`` without its marks, lower case (one call for a run of words)."""
    return str(_MARKS.sub("", unicodedata.normalize("NFD", text.lower().replace("đ", "d"))))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


_PLAIN = re.compile(r"[^\W\d_]+(?:(?:[ ]+|,[ ]+|[ ]+-[ ]+)[^\W\d_]+)+")


@functools.cache
def _vocabulary() -> dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]:
    """The phrases known, by the unmarked spellings of their words: the phrase's words and the
    separators between them (", " where the data write a comma)."""
    return _phrases()[0]


@functools.cache
def _reach() -> dict[str, int]:
    """The most words of a known phrase, by the unmarked spelling of its first word."""
    return _phrases()[1]


_Vocabulary = dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]


@functools.cache
def _phrases() -> tuple[_Vocabulary, dict[str, int]]:
    """:func:`_vocabulary` and :func:`_reach`, kept in the cache (:mod:`ndq57.cache`): walking the
    data takes a process some 50 ms, reading them back a few (only a text with a line typed
    without marks asks)."""
    return cache.kept("unmarked-phrases", _build_phrases, data=_PHRASE_FILES, sources=(__file__,))


_PHRASE_FILES = ("slips", "units", "deadline_words", "timewords", "task_fields", "doctypes")


def _build_phrases() -> tuple[_Vocabulary, dict[str, int]]:
    vocab = _build_vocabulary()
    reach: dict[str, int] = {}
    for key in vocab:
        reach[key[0]] = max(reach.get(key[0], 0), len(key))
    return vocab, reach


def _build_vocabulary() -> _Vocabulary:
    slips = load("slips")
    data = slips["unmarked"]
    units = load("units")
    levels = [str(v) for v in units["levels"]]
    committees = [str(v) for v in units["committees"]]

    def expand(phrase: str) -> Iterator[str]:
        forms = [phrase]
        if "{level}" in phrase:
            forms = [f.replace("{level}", lv) for f in forms for lv in levels]
        if "{committee}" in phrase:
            forms = [f.replace("{committee}", c) for f in forms for c in committees]
        yield from forms

    harvested: list[str] = []
    for node in (
        load("deadline_words"),
        load("timewords"),
        load("task_fields"),
        load("doctypes")["headings"],
        load("doctypes")["mottos"],
        slips["header_words"],
        units["units"],
    ):
        harvested.extend(f for s in _strings(node) for f in expand(s))
    found: dict[tuple[str, ...], set[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in harvested:
        phrase = unicodedata.normalize("NFC", phrase.strip())
        if phrase.isascii() or _PLAIN.fullmatch(phrase) is None:
            continue
        words, gaps = _split(phrase)
        if len(words) > _LONGEST:
            continue
        found.setdefault(tuple(map(_bare, words)), set()).add((words, gaps))
    vocab = {key: min(forms) for key, forms in found.items() if len(_spellings(forms)) == 1}
    for phrase in data["phrases"]:  # (the curated phrases win: "hang thang" is "hằng tháng")
        words, gaps = _split(unicodedata.normalize("NFC", str(phrase)))
        vocab[tuple(map(_bare, words))] = (words, gaps)
    return vocab


def _spellings(forms: set[tuple[tuple[str, ...], tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """The spellings of the forms, case and tone-mark placement set aside ("hoá" is "hóa")."""
    return {tuple("".join(sorted(unicodedata.normalize("NFD", w.lower()))) for w in words) for words, _ in forms}


def _split(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = re.findall(r"[^\W\d_]+", phrase)
    gaps = tuple(g.strip() for g in re.split(r"[^\W\d_]+", phrase)[1:-1])
    return tuple(words), gaps


# what must follow a word read by what comes after it (data/slips.yaml, unmarked.numbered)
_FOLLOWERS = {
    "day": r"[ \t]+(?:0?[1-9]|[12]\d|3[01])(?![\d:])",
    "month": r"[ \t]+(?:0?[1-9]|1[0-2])(?![\d:])",
    "year": r"[ \t]+(?:19|20)\d\d(?!\d)",
    "quarter": r"[ \t]+(?:I{1,3}|IV|[1-4])(?![\w])",
    "number": r"[ \t]*:?[ \t]*\d",
    "article": r"[ \t]+\d{1,3}(?!\d)",  # "Dieu 1."
    "clause": r"[ \t]+\d{1,2}(?!\d)",
    "chapter": r"[ \t]+(?:[IVXL]{1,6}|\d{1,2})(?![\w])",
    "part": r"[ \t]+(?:[IVX]{1,4}|\d{1,2})(?![\w])",
    "name": r"[ \t]+(?-i:[A-Z])",  # a level before a place's name ("tinh Quang Ngai")
}


@functools.cache
def _numbered() -> dict[str, tuple[str, re.Pattern[str]]]:
    """Unmarked word -> (its marked form, what must follow it)."""
    words = load("slips")["unmarked"]["numbered"]
    return {str(k): (str(v[0]), re.compile(_FOLLOWERS[str(v[1])])) for k, v in words.items()}


@functools.cache
def _common() -> frozenset[str]:
    """The common words that tell a line is Vietnamese."""
    return frozenset(str(w) for w in load("slips")["unmarked"]["common"])


def unmarked_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each known phrase of a line of ``text`` written without
    marks, the replacement in the case of the words found (the old tone style; the caller
    restyles)."""
    out: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    starts: list[int] | None = None
    maybe: list[tuple[int, int, str]] = []
    # the lines of ASCII text, picked in C (most lines of a marked text are not); in a text with
    # such lines read, then also the lines with a few marked letters (a word or two typed with
    # them: "Dang uy cac xa bao cao chậm nhat ngay 15/10")
    ascii_lines = list(itertools.compress(range(len(lines)), map(str.isascii, lines)))
    common = _common()
    for no in itertools.chain(ascii_lines, _few_marked_lines(lines, ascii_lines, out)):
        line = lines[no]
        if " " not in line:
            continue
        # (the words as strings first, found in C: a long line without a common word is not
        # made into match objects, whose number would slow the collector down)
        if common.isdisjoint(_WORD.findall(line.lower())):
            continue  # (the phrases are only built for a line with a common word: "UBND TP HCM" has none)
        words = list(_WORD.finditer(line))
        if len(words) < 2:
            continue
        edits = list(_line_edits(line, words))
        if not edits:
            continue
        if starts is None:
            starts = [0, *itertools.accumulate(map((1).__add__, map(len, lines)))]
        found = [(starts[no] + a, starts[no] + b, r) for a, b, r in edits]
        # (Vietnamese: two common words, or a known phrase of two words or more; not a web
        # address, English or a code. A short line, "Chuong II", is read when others are.)
        if sum(w.group().lower() in common for w in words) < 2 and not any(" " in r for _, _, r in edits):
            maybe.extend(found)
            continue
        out.extend(found)
    return sorted(out + maybe) if out else out


# marked letters for each blank: a text with marks has about one a word (0.6 to 1), a text typed
# without them none; a line below this share is read as one without marks
_FEW_MARKS = 0.3


def _marked_share(text: str) -> float:
    """The marked letters of ``text`` for each blank, counted in C: a letter with a mark takes two
    or three bytes in UTF-8 (a non-ASCII sign counts too: a rough share)."""
    blanks = text.count(" ") + 1
    return (len(text.encode("utf-8")) - len(text)) / 2 / blanks


def _few_marked_lines(lines: list[str], ascii_lines: list[int], read: list[Any]) -> Iterator[int]:
    """The lines with a few marked letters, once the ASCII lines have been read and some of them
    were lines without marks (``read`` holds their edits: looked at when this generator starts)."""
    if read:
        done = set(ascii_lines)
        yield from (no for no, line in enumerate(lines) if no not in done and _marked_share(line) < _FEW_MARKS)


def _line_edits(line: str, words: list[Any]) -> Iterator[tuple[int, int, str]]:
    vocab = _vocabulary()
    reach = _reach()
    bare = [_bare(w.group()) for w in words]
    i = 0
    while i < len(words):
        took = 0
        for n in range(min(reach.get(bare[i], 0), len(words) - i), 0, -1):
            got = vocab.get(tuple(bare[i : i + n]))
            if got is None or not _gaps_fit(line, words, i, n, got[1]):
                continue
            marked = got[0]
            if not all(_agrees(f.group(), m) for f, m in zip(words[i : i + n], marked, strict=True)):
                continue  # (a word written with marks is never changed: "hàng tháng" stays)
            if any(m != f.group() for m, f in zip(marked, words[i : i + n], strict=True)):
                yield words[i].start(), words[i + n - 1].end(), _rewrite(line, words[i : i + n], marked)
            took = n
            break
        if not took:
            numbered = _numbered().get(bare[i])
            if numbered is not None and words[i].group().isascii() and numbered[1].match(line, words[i].end()):
                yield words[i].start(), words[i].end(), _case_like(words[i].group(), numbered[0])
            took = 1
        i += took


def _agrees(found: str, marked: str) -> bool:
    """A word found may take the marks of the phrase's word: it has none, or the same."""
    if found.isascii():
        return True
    a, b = unicodedata.normalize("NFD", found.lower()), unicodedata.normalize("NFD", marked.lower())
    return a == b or sorted(a) == sorted(b)  # (the tone mark on the other vowel: "hoá", "hóa")


def _gaps_fit(line: str, words: list[Any], i: int, n: int, gaps: tuple[str, ...]) -> bool:
    """The text between the words found is blanks, or the comma or dash the phrase has there."""
    for k in range(n - 1):
        between = line[words[i + k].end() : words[i + k + 1].start()]
        if _GAP.fullmatch(between) is None:
            return False
        mark = between.strip()
        if mark and mark != gaps[k]:
            return False
    return True


def _rewrite(line: str, found: list[Any], marked: tuple[str, ...]) -> str:
    parts: list[str] = []
    for k, (f, m) in enumerate(zip(found, marked, strict=True)):
        parts.append(_case_like(f.group(), m))
        if k + 1 < len(found):
            parts.append(line[f.end() : found[k + 1].start()])
    return "".join(parts)


def _case_like(found: str, word: str) -> str:
    """``word`` in the case of ``found``: upper, lower, capitalised; else as the data write it."""
    if len(found) > 1 and found.isupper():
        return word.upper()
    if found.islower():
        return word.lower()
    if found[:1].isupper() and found[1:].islower():
        return word[:1].upper() + word[1:].lower()
    return word


# --------------------------------------------------------------------------------------------
# Unit names that lost or changed a mark ("Sở Tài chinh", "Sờ Nôi vụ", "So Xay dung")



@functools.cache
def _heads() -> tuple[tuple[str, ...], dict[str, str], frozenset[str]]:
    """The heads of unit names (data ``unmarked_heads``), the heads by their unmarked spelling, and
    the heads' spellings that are other words: before a name written right they stay ("Số Tài
    chính" in a title)."""
    data = load("units")["unmarked_heads"]
    heads = tuple(str(h) for h in data["heads"])
    return heads, {_bare(h): h for h in heads}, frozenset(str(w) for w in data["other_words"])


@functools.cache
def _unit_names() -> tuple[dict[str, dict[tuple[str, ...], tuple[str, ...]]], int]:
    """The unit names of ``units.yaml`` that open with one of the heads, by the head's unmarked
    spelling and then the unmarked spellings of the words after it (a spelling shared by two
    names is left out); and the most words after a head."""
    names, longest, _, _ = _unit_data()
    return names, longest


_UnitNames = dict[str, dict[tuple[str, ...], tuple[str, ...]]]


@functools.cache
def _unit_data() -> tuple[_UnitNames, int, str, str]:
    """:func:`_unit_names` and the sources of :func:`_written_right` and :func:`_head_pattern`,
    kept in the cache (:mod:`ndq57.cache`): deriving them takes a process several milliseconds,
    reading them back under one."""
    return cache.kept("unit-names", _build_unit_data, data=("units",), sources=(__file__,))


def _build_unit_data() -> tuple[_UnitNames, int, str, str]:
    names, longest = _build_unit_names()
    return names, longest, _written_right_source(names), _head_source()


def _build_unit_names() -> tuple[_UnitNames, int]:
    found: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = {}
    for entry in load("units")["units"]:
        for name in [entry.get("name", ""), *(entry.get("aliases", []) or [])]:
            words = tuple(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", str(name))))
            if len(words) < 2 or words[0] not in _heads()[0] or "{" in str(name):
                continue
            key = tuple(map(_bare, words[1:]))
            found.setdefault(_bare(words[0]), {}).setdefault(key, set()).add(words[1:])
    names = {
        head: {k: min(v) for k, v in keys.items() if len(_spellings({(w, ()) for w in v})) == 1}
        for head, keys in found.items()
    }
    longest = max((len(k) for keys in names.values() for k in keys), default=0)
    return names, longest


# a word of a name after the one before: blanks, or a comma or a dash and blanks, before it
_NAME_WORD = re.compile(r"(?:[ \t]*[,\-\u2013])?[ \t]+([^\W\d_]+)")


def unit_name_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) putting back the marks of a unit name that lost or changed
    them, the head and the name written with a capital as the data write them and spelled like
    a known name once the marks are set aside ("Sở Tài chinh", "Sờ Nội vu", "SO Y TE").

    >>> unit_name_edits("Giao Sở Tài chinh, Sờ Nôi vụ; chỉ số Tài chính; CHỈ SỐ TÀI CHÍNH; SO Y TE")
    [(5, 17, 'Sở Tài chính'), (19, 28, 'Sở Nội vụ'), (66, 73, 'SỞ Y TẾ')]
    """
    out: list[tuple[int, int, str]] = []
    names, longest = _unit_names()
    after = _name_words(longest)
    written_right = _written_right()
    for m in _head_pattern().finditer(text):
        if m.start() and (text[m.start() - 1].isalpha() or unicodedata.combining(text[m.start() - 1])):
            continue
        if written_right.match(text, m.start()):
            continue  # (most are: one match in C instead of the lookups)
        head = m.group()
        key = _bare(head)
        run = after.match(text, m.end())
        if run is None or key not in names:
            continue
        found = _WORD.findall(run.group())
        bare = _WORD.findall(_strip_marks(run.group()))
        for n in range(len(found), 0, -1):
            right = names[key].get(tuple(bare[:n]))
            if right is not None:
                if tuple(found[:n]) != right or head != _heads()[1][key]:  # (most are written right)
                    words = list(_NAME_WORD.finditer(text, m.end(), run.end()))[:n]
                    edit = _name_edit(text, m.start(), head, key, words, right)
                    if edit is not None:
                        out.append((m.start(), *edit))
                break
    return out


def _name_edit(
    text: str, start: int, head: str, key: str, words: list[Any], right: tuple[str, ...]
) -> tuple[int, str] | None:
    """The end and the replacement of a head and a known name's words found after it, when a
    mark differs (None: written right, or no name)."""
    found = tuple(w.group(1) for w in words)
    right_head = _heads()[1][key]
    if _spellings({(found, ()), (right, ())}) == _spellings({(right, ())}) and _agrees(head, right_head):
        return None  # (the same words but for case or tone-mark placement: "Văn hoá")
    shout = head.isupper() and all(f.isupper() for f in found)
    if not shout and any(f[:1].isupper() != r[:1].isupper() for f, r in zip(found, right, strict=True)):
        return None  # ("chỉ số tài chính": no name)
    if head.lower() in _heads()[2] and [f.lower() for f in found] == [r.lower() for r in right]:
        return None  # ("CHỈ SỐ TÀI CHÍNH": a word before the name written right)
    parts = [_case_like(head, right_head)]
    for w, r in zip(words, right, strict=True):
        parts.append(text[w.start() : w.start(1)] + _case_like(w.group(1), r))
    new = "".join(parts)
    end = words[-1].end(1)
    return None if new == text[start:end] else (end, new)


@functools.cache
def _written_right() -> Any:
    """The known names with their heads as the data write them, each no part of a longer known
    name (a name written right after a head needs no lookup)."""
    return re.compile(_unit_data()[2])


def _written_right_source(names: _UnitNames) -> str:
    full = {(_heads()[1][key], *words) for key, by_key in names.items() for words in by_key.values()}
    whole = [n for n in full if not any(len(o) > len(n) and o[: len(n)] == n for o in full)]
    sep = r"(?:[ \t]*[,\-\u2013])?[ \t]+"
    alts = sorted((sep.join(map(re.escape, n)) for n in whole), key=lambda a: (-len(a), a))
    return "(?:" + "|".join(alts) + r")(?![^\W\d_])"


@functools.cache
def _name_words(longest: int) -> Any:
    """Up to ``longest`` words after a head, blank-separated."""
    return re.compile(rf"(?:(?:[ \t]*[,\-\u2013])?[ \t]+[^\W\d_]+){{1,{longest}}}")


@functools.cache
def _head_pattern() -> Any:
    """The heads' spellings with any marks on their vowels, a capital first ("Sở", "Sờ", "So",
    "SỞ", "Bô", "Phong"): each vowel a class of the letters it is with a mark."""
    return re.compile(_unit_data()[3])


def _head_source() -> str:
    vowels: dict[str, set[str]] = {}
    # (the Latin letters with marks: Latin-1, Extended-A and -B, Extended Additional; the blocks
    # between them hold no letter whose marks set aside leave a Latin vowel)
    for cp in itertools.chain(range(0x00C0, 0x0250), range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch.isalpha():
            base = _bare(ch)
            if base in "aeiouy" and len(base) == 1:
                vowels.setdefault(base, set()).update((ch, ch.upper(), ch.lower()))
    for v in "aeiouy":
        vowels.setdefault(v, set()).update((v, v.upper()))

    def spelled(head: str) -> str:
        bare = _bare(head)
        rest = "".join(
            "[" + "".join(sorted(vowels[c])) + "]" if c in vowels else f"[{c}{c.upper()}]" for c in bare[1:]
        )
        return f"(?<={bare[0].upper()}){rest}"

    firsts = "".join(sorted({_bare(h)[0].upper() for h in _heads()[0]}))
    alts = "|".join(spelled(h) for h in sorted(_heads()[0], key=len, reverse=True))
    # (a class of the capitals first, the engine skipping to them; no look-behind before it: the
    # letter before is checked by the caller)
    return rf"[{firsts}](?:{alts})(?![^\W\d_])"
