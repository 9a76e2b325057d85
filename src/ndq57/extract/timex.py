"""Vietnamese time expressions: dates, periods, ranges, recurrences, relative terms (domain.md §4).

:func:`find_time_expressions` scans a paragraph with one compiled pattern, built lazily from
``data/timewords.yaml``. The pattern is an optional chain of up to three qualifier words
(``trước``, ``chậm nhất``, ``trong``, ``đến hết``, ``tầm nhìn`` ...) followed by one of an ordered
list of grammar rules; earlier rules are the longer, more specific ones, so at any position the
longest reading wins. Each match is then resolved in Python into a :class:`TimeExpr` (or an
:class:`InvalidDate` for impossible dates such as 31/02/2025).

It reports every time expression, including citation dates and past periods: deciding whether an
expression is a deadline is :mod:`ndq57.extract.deadlines`' job. The phrase keeps the qualifier and
context words so that the classifier can see them.

Resolution choices (``due`` is the last moment covered):

* month -> last day, quarter -> last day, year -> 12-31, "N tháng đầu năm" -> last day of month N,
  "N tháng cuối năm" -> 12-31 (kind ``half_year`` for N = 6 or "nửa", ``quarter`` for 3 and 9,
  ``month`` otherwise);
* vague parts: "đầu năm" -> 03-31, "giữa năm" -> 06-30, "cuối năm" -> 12-31; "đầu tháng" -> day 10,
  "giữa tháng" -> day 15, "cuối tháng" -> last day; "nửa đầu tháng" -> day 15, "nửa cuối tháng" -> last
  day; "thượng / trung / hạ tuần tháng" -> days 10, 20 and the last; "đầu/giữa/cuối quý" -> end of the quarter's
  first/second/third month; "đầu/giữa/cuối tháng này/tới/sau" -> the same days of the document
  date's month or the next one;
* weeks of a month (``vague``): "tuần đầu/thứ nhất" -> day 7, "tuần thứ hai" -> 14, "tuần thứ ba"
  -> 21, "tuần thứ tư" -> 28, "tuần cuối" -> the month's last day ("tuần đầu tháng 12/2026",
  "tuần cuối của tháng này");
* the current or next week or month (``vague``, from ``doc_date``; weeks run Monday to Sunday):
  "(trong) tuần này", "ngay trong tuần" -> the Sunday of doc_date's week, "tuần tới/sau" -> the
  Sunday after; "(trong) tháng này" -> doc_date's month's last day, "tháng tới/sau" -> the next
  month's; "thứ Hai tuần tới", "16 giờ thứ Sáu tuần này" -> that day (``date``/``datetime``). Past
  ones ("tuần qua", "tuần trước", "tháng trước") are not read; without ``doc_date``, ``due`` is None;
  "ngày 20 tháng này", "ngày 05 tháng sau" -> that day of doc_date's month or the next (``date``);
* "24 giờ" -> 23:59; "chiều"/"tối" move hours below 12 to the afternoon;
* a missing year comes from ``default_year`` (``year_inferred``); without one, ``due`` is None;
* relative terms resolve only for the signing/issue anchors (from ``doc_date``) or an explicit
  anchor date (anchor ``"date"``); working days skip Saturdays, Sundays and
  Vietnam's public holidays (:mod:`ndq57.export.workdays`);
* events ("kỳ họp thường lệ giữa năm 2026") are ``vague``; their due is the period's when the
  period is part of a year, a month or a quarter; Tết is resolved only after a limit with its year
  (in figures or by its sexagenary name, "trước Tết Nguyên đán Bính Ngọ"); the lunar months and
  their days ("trước ngày 23 tháng Chạp", "trong tháng Giêng") are ``vague`` and never resolved;
* counts per period ("02 lần/năm", "mỗi quý một lần") are cycles of the period over the count;
  the first or last (working) days or week of every period ("trong 05 ngày làm việc đầu tháng",
  "vào tuần thứ 2 hằng tháng") are recurrences, with no calendar day for working days;
* days and months written in words need their year in figures ("ngày mười lăm tháng bảy năm 2026").

Text not in NFC (NFD pasted from Word or PDF) is matched in NFC; offsets refer to the input.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import copy
import datetime as dt
import functools
import itertools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from typing import Any, NamedTuple

from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.memo import per_document
from ndq57.model import Assignee, Deadline, Recurrence, Relative
from ndq57.textutil import plain_case, splice, trie

__all__ = ["InvalidDate", "TimeExpr", "find_time_expressions", "yearly_by_report"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression; ``phrase == text[start:end]``."""

    start: int
    end: int
    phrase: str
    kind: str  # date | datetime | month | quarter | half_year | year | range | recurring | relative | vague
    qualifier: str | None  # before | by | on | through | within | from_to | None
    due: str | None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": the last moment covered
    start_date: str | None
    recurrence: Recurrence | None
    relative: Relative | None
    year_inferred: bool
    rule: str

    def deadline(
        self,
        id_: str,
        *,
        section: str | None,
        line: int,
        task: str,
        confidence: float,
        rule: str,
        assignees: list[Assignee] | None = None,
        recipients: list[str] | None = None,
        bold: bool = False,
    ) -> Deadline:
        """The deadline this expression gives, read at ``line`` of ``section``."""
        return Deadline(
            id=id_,
            phrase=self.phrase,
            kind=self.kind,
            qualifier=self.qualifier,
            due=self.due,
            start=self.start_date,
            recurrence=self.recurrence,
            relative=self.relative,
            section=section,
            line=line,
            task=task,
            assignees=assignees or [],
            recipients=recipients or [],
            confidence=confidence,
            bold=bold,
            rule=rule,
        )


@dataclass(frozen=True, slots=True)
class InvalidDate:
    """A date-shaped phrase naming an impossible day or time (``31/02/2025``)."""

    start: int
    end: int
    phrase: str
    reason: str


# --------------------------------------------------------------------------------------------
# words


@functools.cache
def _tone_swaps() -> dict[str, str]:
    """Open-syllable diphthongs in both tone styles: oá <-> óa, oé <-> óe, uý <-> úy."""
    marks = {
        "a": "áàảãạ",
        "e": "éèẻẽẹ",
        "y": "ýỳỷỹỵ",
        "o": "óòỏõọ",
        "u": "úùủũụ",
    }
    out: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for i in range(5):
            new = first + marks[second][i]  # tone on the second vowel (new style)
            old = marks[first][i] + second  # tone on the first vowel (old style)
            out[new] = old
            out[old] = new
    return out


def _variants(word: str) -> set[str]:
    """The word in both tone-mark styles (every combination over its syllables)."""
    swaps = _tone_swaps()
    syllables = word.split()
    if not any(len(syl) >= 2 and syl[-2:].lower() in swaps for syl in syllables):
        return {" ".join(syllables)}  # (most words: one style only)
    options: list[list[str]] = []
    for syl in syllables:
        opts = [syl]
        other = swaps.get(syl[-2:].lower()) if len(syl) >= 2 else None  # (every key is two letters)
        if other is not None:
            opts.append(syl[:-2] + other)
        options.append(opts)
    return {" ".join(combo) for combo in itertools.product(*options)}


def _key(s: str) -> str:
    return " ".join(s.casefold().split())


def _common_last_word(words: Iterable[str]) -> str:
    """The end the last words of these names share, for a fixed-width look-behind (the standard
    library's): the names' ending, escaped."""
    lasts = [v.split()[-1].casefold() for w in words for v in _variants(str(w))]
    shortest = min(lasts, key=len)
    n = next((k for k in range(len(shortest), 0, -1) if all(x.endswith(shortest[-k:]) for x in lasts)), 0)
    common = shortest[len(shortest) - n :] if n else ""
    if not common:
        raise ValueError("names with no common ending")
    return str(regex.escape(common))


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of words, longest first, ending on a word boundary."""
    return _alt_of(tuple(str(w) for w in words))


@functools.cache
def _alt_of(words: tuple[str, ...]) -> str:
    """:func:`_alt` of these words (kept: the pattern builders ask several times for the same
    ones, the qualifier words, the calendar's)."""
    vs = sorted({v for w in words for v in _variants(w)}, key=lambda s: (-len(s), s))
    # (every pattern of the grammar ignores case: the words are merged in lower case)
    body = trie([v.split() for v in vs], blank=r"\s++", fold_case=True)
    if body is None:
        body = "|".join(r"\s++".join(regex.escape(p) for p in v.split()) for v in vs)
    return "(?:" + body + r")(?![\p{L}\p{N}])"


def _behind_words(words: Iterable[str], max_gap: int = 3) -> str:
    """A lookbehind for one of ``words`` and 1 to ``max_gap`` spaces, as alternatives of fixed
    width (the standard library's engine needs them)."""
    vs = sorted({v for w in words for v in _variants(str(w))}, key=lambda s: (-len(s), s))
    alts = [
        "(?<=" + r"\s".join(re.escape(p) for p in v.split()) + r"\s" * k + ")"
        for v in vs
        for k in range(1, max_gap + 1)
    ]
    return "(?:" + "|".join(alts) + ")"


def _not_behind_words(words: Iterable[str], max_gap: int = 3) -> str:
    """Negative lookbehinds: not after one of ``words`` and 1 to ``max_gap`` spaces."""
    vs = sorted({v for w in words for v in _variants(str(w))}, key=lambda s: (-len(s), s))
    return "".join(
        "(?<!" + r"\s".join(re.escape(p) for p in v.split()) + r"\s" * k + ")"
        for v in vs
        for k in range(1, max_gap + 1)
    )


# The grammar is written with the `regex` module's Unicode classes and compiled with the standard
# library's engine, which compiles it about twice and matches it several times faster. Letters
# are ``[^\W\d_]`` there and numbers ``\d`` (decimal digits: a superscript footnote mark glued
# to a year does not stop the year).
_TO_STDLIB = (
    (r"[\p{L}\p{N}]", r"[^\W_]"),
    (r"[\p{N}]", r"\d"),
    (r"[\p{N}.,/:]", r"[\d.,/:]"),
    (r"[\p{N}/.,:\-]", r"[\d/.,:\-]"),
    (r"[\p{N}][.,/:\-]", r"\d[.,/:\-]"),
    (r"\p{N}", r"\d"),
    (r"\p{L}", r"[^\W\d_]"),
)


# after a word and 1 to 3 spaces (fixed-width alternatives)
_AFTER_WORD = "(?:" + "|".join(r"(?<=\p{L}" + r"\s" * k + ")" for k in (1, 2, 3)) + ")"


def _stdlib(pattern: str) -> str:
    for a, b in _TO_STDLIB:
        pattern = pattern.replace(a, b)
    return pattern


def _index(groups: dict[str, list[str]]) -> dict[str, str]:
    """word variant (casefolded) -> its category."""
    out: dict[str, str] = {}
    for cat, words in groups.items():
        for w in words:
            for v in _variants(str(w)):
                out.setdefault(_key(v), cat)
    return out


@dataclass(frozen=True, slots=True)
class _Words:
    raw: dict[str, Any]
    qualifier_cat: dict[str, str]
    qualifier_keys: tuple[str, ...]  # longest first
    weekdays: dict[str, int]
    day_parts: dict[str, str]
    parts: dict[str, str]
    recurrence: dict[str, str]
    units: dict[str, str]
    anchors: dict[str, str]
    events: dict[str, str]
    unresolved: frozenset[str]
    lunar_names: frozenset[str]
    limit_only: frozenset[str]
    solar_names: frozenset[str]
    week_of_month: dict[str, str]  # word -> "1".."4" | "last"


@functools.cache
def _words() -> _Words:
    """The words of ``data/timewords.yaml`` by category, in both tone styles (kept in the cache:
    all but ``raw``, the data as read)."""
    from ndq57 import cache

    return cache.kept(
        "timex-words",
        _built_words,
        data=["timewords"],
        sources=[__file__],
        encode=lambda w: tuple(getattr(w, f.name) for f in fields(w)[1:]),  # (all but raw)
        decode=lambda t: _Words(load("timewords"), *t),
    )


def _built_words() -> _Words:
    data: dict[str, Any] = load("timewords")
    qcat = _index(data["qualifiers"])
    rec = {k: v for k, v in data["recurrence"].items() if k != "periodic"}
    # ((helper 84) a conference named with its committee: a named event)
    named = data["events"]["named"] + data["events"]["party_bodies"]["committee_events"]
    ev = _index({"periodic": data["events"]["periodic"], "named": named})
    return _Words(
        raw=data,
        qualifier_cat=qcat,
        qualifier_keys=tuple(sorted(qcat, key=len, reverse=True)),
        weekdays={_key(v): int(n) for k, n in data["weekdays"].items() for v in _variants(str(k))},
        day_parts=_index(data["day_parts"]),
        parts=_index(data["parts"]),
        recurrence=_index(rec),
        units=_index(data["relative"]["units"]),
        anchors=_index(data["relative"]["anchors"]),
        events=ev,
        unresolved=frozenset(_key(v) for w in data["events"]["unresolved"] for v in _variants(str(w))),
        lunar_names=frozenset(
            _key(v) for w in data["events"]["lunar_new_year"]["names"] for v in _variants(str(w))
        ),
        solar_names=frozenset(
            _key(v) for w in data["events"]["lunar_new_year"]["solar"] for v in _variants(str(w))
        ),
        limit_only=frozenset(_key(v) for w in data["events"]["limit_only"] for v in _variants(str(w))),
        week_of_month=_index({str(k): v for k, v in data["week_of_month"].items()}),
    )


# --------------------------------------------------------------------------------------------
# the pattern

_S = r"\s++"  # required whitespace
_SC = r"\s*+(?:,\s*+)?"  # optional comma between parts
_NOT_NUM_BEFORE = r"(?<![\p{N}][.,/:\-])"
_LEAD = r"(?<![\p{L}\p{N}])" + _NOT_NUM_BEFORE  # what every match starts with, before the chain
# not after a count ("3 tháng": a length; "2 tháng 9": a day and a month), but after a year or a
# date's last part ("tháng 6/2026 tháng 12/2026": two months in a table cell, one per line)
_NO_COUNT_BEFORE = "".join(rf"(?<!(?<![\p{{N}}/.\-])\p{{N}}{{{k}}}\s)" for k in (1, 2, 3))  # (fixed widths: stdlib re)


def _after_ordinal(words: Iterable[str]) -> str:
    """Lookbehinds: after one of ``words`` and a number of one or two digits ("đợt 2 ", "lần 1 ")."""
    vs = sorted({v for w in words for v in _variants(str(w))}, key=lambda s: (-len(s), s))
    digits = (r"\d", r"\d\d")
    alts = ["(?<=" + r"\s".join(re.escape(p) for p in v.split()) + r"\s" + n + r"\s)" for v in vs for n in digits]
    return "|".join(alts) if alts else "(?!)"


def _g(name: str, body: str) -> str:
    return "(?P<" + name + ">" + body + ")"


class _Grammar:
    """What the grammar derives from its words, kept in the cache (:func:`_grammar`) as the tuple
    of its fields in the order of ``__slots__`` (a plain class: a named tuple's costs an import
    ~0.3 ms)."""

    __slots__ = (
        "candidate_words",
        "folded_safe",
        "precheck_body",
        "precheck_syllables",
        "rule_firsts",
        "rule_table",
        "word_kinds",
    )

    def __init__(  # (the fields in the order of __slots__)
        self,
        candidate_words: str,  # :func:`_candidate_words`' source
        folded_safe: str,  # :func:`_folded_safe`'s source
        precheck_body: str,  # :func:`_precheck_body`
        precheck_syllables: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...],  # :func:`_precheck_parts`
        rule_firsts: tuple[frozenset[str] | None, list[tuple[str, frozenset[str] | None]]],  # :func:`_rule_firsts`
        rule_table: tuple[str, list[tuple[str, str]]],  # :func:`_rule_table`
        word_kinds: dict[str, int],  # :func:`_word_kinds`
    ) -> None:
        self.candidate_words = candidate_words
        self.folded_safe = folded_safe
        self.precheck_body = precheck_body
        self.precheck_syllables = precheck_syllables
        self.rule_firsts = rule_firsts
        self.rule_table = rule_table
        self.word_kinds = word_kinds


@functools.cache
def _grammar() -> _Grammar:
    """The grammar's tables: built from the word file once (~10 ms), then read from the cache."""
    from ndq57 import cache

    return cache.kept(
        "timex-grammar",
        _built_grammar,
        data=["timewords"],
        sources=[__file__],
        encode=lambda g: tuple(getattr(g, name) for name in _Grammar.__slots__),
        decode=lambda t: _Grammar(*t),
    )


def _built_grammar() -> _Grammar:
    table = _built_rule_table()
    firsts = _built_rule_firsts(table)
    kinds = _built_word_kinds(firsts)
    return _Grammar(
        rule_table=table,
        rule_firsts=firsts,
        word_kinds=kinds,
        precheck_body=_built_precheck_body(),
        precheck_syllables=_built_precheck_syllables(),
        folded_safe=_built_folded_safe(),
        candidate_words=_built_candidate_words(kinds),
    )


def _rule_table() -> tuple[str, list[tuple[str, str]]]:
    """(the prefix every match starts with, [(rule name, rule pattern)] in priority order)."""
    return _grammar().rule_table


def _built_rule_table() -> tuple[str, list[tuple[str, str]]]:
    w = _words()
    d = w.raw
    cal = d["calendar"]

    def a(key: str) -> str:
        return _alt(cal[key])

    NG, TH, NAM, QUY = a("day"), a("month"), a("year"), a("quarter")
    QM = _alt([x for v in d["quarter_month"].values() for x in v])
    SEPW = r"(?:\s*+,\s*+|\s++)"
    CONN = r"\s*+(?:" + a("to") + r"|[-–—])(?:\s++" + a("end") + r")?\s*+"
    # months or quarters listed before their shared year ("Quý III, IV/2026", "tháng 6 và 7/2026"):
    # read as the span from the first to the last
    LISTC = r"(?:\s*+,\s*+(?:" + _alt(d["date_list_links"]) + r"\s++)?|\s++" + _alt(d["date_list_links"]) + r"\s++)"
    parts_all = [x for v in d["parts"].values() for x in v]
    PART = _alt(parts_all)
    PART_SE = _alt(d["parts"]["start"] + d["parts"]["end"])
    dayparts = [x for v in d["day_parts"].values() for x in v]
    DAYPART = _alt(dayparts)
    rec = d["recurrence"]
    PERIODIC = _alt(rec["periodic"])
    WEEKLY = "(?:" + PERIODIC + _S + ")?" + _alt(rec["weekly"])
    MONTHLY = "(?:" + PERIODIC + _S + ")?" + _alt(rec["monthly"])
    YEARLY = "(?:" + PERIODIC + _S + ")?" + _alt(rec["yearly"])
    OF = "(?:" + a("of") + _S + ")?"  # "của" before a cycle ("ngày 15/12 của hằng năm")
    EVERY_YEAR = _SC + OF + YEARLY  # the cycle after a day or a list of months
    ALL_REC = _alt([x for k, v in rec.items() if k != "periodic" for x in v])
    NOT_SCHOOL = "(?!" + _S + a("school") + ")"
    CHAINW = _alt(list(w.qualifier_cat))
    TIMES = r"(?:\s*+/\s*+|\s++" + a("once") + _S + ")" + a("times")

    def YY(p: str) -> str:
        return _g(p, r"(?:19|20)\d{2}") + r"(?!\p{N})(?!\p{L})(?!\s*+/\s*+\p{L})(?!-\p{L})(?![.,]\d)"

    def YB(p: str) -> str:
        return r"(?<![\p{N}/.,:\-])" + YY(p)

    def DD(p: str) -> str:
        return _g(p, r"\d{1,2}") + r"(?!\p{N})"

    def MV(p: str) -> str:
        return _g(p, r"1[0-2]|0?[1-9]") + r"(?!\p{N})"

    # (the first or last quarter of a year named by its place: "quý đầu năm 2027", "quý cuối năm")
    QWORDS = "|".join(regex.escape(x) for x in sorted(d["quarter_of_year"], key=len, reverse=True))
    QWORD = "(?:" + QWORDS + ")(?=" + _S + NAM + "(?!" + _S + a("school") + "))"

    moy = d["month_of_year"]
    def MOY(p: str) -> str:
        return (
            "".join(r"(?<!(?<!\p{L})" + regex.escape(x) + r"\s" + TH + r"\s)" for x in moy["not_after"])
            + _g(p, _alt(list(moy["months"])))
            + "(?:" + _S + _alt(moy["tails"]) + ")?(?:" + _S + a("of") + ")?"
            # (its year, or none: "trong tháng đầu năm", the document's year, "năm nay", "năm tới"
            # too; not "năm học")
            + "(?=" + SEPW + NAM + "(?:" + _S + r"(?:19|20)\d{2}(?!\p{N})"
            + "|(?!" + _S + "(?:" + a("school") + r"|\p{N})))"
            + ")"
        )

    def QQ(p: str) -> str:
        return _g(p, r"iv|iii|ii|i|[1-4]|" + QWORD) + r"(?![\p{L}\p{N}])"

    def MY(p: str) -> str:  # the year after a month: 7/2026, 7-2026, 7 năm 2026, 7, năm 2026
        return r"(?:\s*+[/\-.]\s*+|" + SEPW + NAM + _S + ")" + YY(p)

    def QY(p: str) -> str:  # "IV/2026", "IV - 2026", "IV.2026" (no blank after a dot), "IV năm 2026"
        return r"(?:\s*+[/\-]\s*+|\.|" + SEPW + NAM + _S + ")" + YY(p)

    def YRTAIL(p: str) -> str:  # after "năm": a year, "nay", or "tới", "sau" ("6 tháng đầu năm tới")
        return (
            "(?:(?:" + _S + r"|\s*+[/\-]\s*+)" + YY(p) + "|" + _S + _g(p + "n", a("now"))
            + "|" + _S + _g(p + "next", NEXT) + r"(?![\p{L}\p{N}]))"
        )

    def NUMD(p: str, year_required: bool, short_year: bool = False) -> str:
        # (a year of two figures after a slash, "15/7/26", only where the rule reads it)
        yy = "|(?<=/)" + _g(p + "y2", r"\d{2}") + r"(?!\p{N})(?!\p{L})(?![/.,\-]\p{N})" if short_year else ""
        y = "(?:(?P=" + p + "s)(?:" + YY(p + "y") + yy + "))" + ("" if year_required else "?")
        return DD(p + "d") + _g(p + "s", r"[/.\-]") + DD(p + "m") + y + r"(?![/.\-]\p{N})(?!/\p{L})"

    def LONGD(p: str, slash_after: str | None = None) -> str:
        # ("ngày 10 tháng 7/2027": the year after a slash, as in the figures' form, once the day
        # word ``slash_after`` was read: "đợt 1 tháng 4/2026" is the month of April)
        # (``slash_after`` "": the slash always, where the phrase's other words make it a day: the
        # last day of a span "từ ngày 23 đến 30 tháng 12/2026")
        slash = (
            ""
            if slash_after is None
            else r"|\s*+/\s*+(?=(?:19|20)\d{2})"
            if not slash_after
            else rf"|(?({slash_after})\s*+/\s*+(?=(?:19|20)\d{{2}})|(?!))"
        )
        return DD(p + "d") + _S + TH + _S + DD(p + "m") + "(?:(?:" + SEPW + NAM + _S + slash + ")" + YY(p + "y") + ")?"

    def TIME(p: str) -> str:
        hm = (
            _g(p + "h", r"\d{1,2}")
            + r"(?!\p{N})(?:\s*+(?:"
            + a("hour")
            # ("g": before its minutes, "16g30", or alone before the day it is of, "trước 14g ngày 12/8/2026")
            + r"|h(?!\p{L})|g(?=\d|\s*+,?\s*+(?:" + a("day") + "|" + _alt(d["weekday_lead"]) + ")))(?:\\s*+"
            + _g(p + "i", r"\d{1,2}")
            + r"(?!\p{N})(?:\s*+(?:"
            + a("minute")
            + r"|['\u2019\u2032]))?)?|(?::|\.(?=\d{2}(?!\p{N})(?![.,/\-]\p{N})))"  # ("15:00", "15.00 ngày ...")
            + _g(p + "j", r"\d{2}")
            + r"(?!\p{N}))"
        )
        return r"(?<![\p{N}.,/:])" + hm + "(?:" + _S + _g(p + "dp", DAYPART) + ")?"

    cp = d["current_period"]
    WEEK = _alt(cp["week"])
    NEXT = _alt(cp["next"]) + r"(?!\s*+\p{N})(?!" + _S + _alt(cp["next_not_before"]) + ")"

    def REL(p: str) -> str:  # the current or the next one: "này", "tới", "sau"
        return "(?:" + _g(p + "t", _alt(cp["this"])) + "|" + _g(p + "n", NEXT) + ")"

    # a bare week ends the phrase: a punctuation mark other than "/" ("tuần/tháng"), a line end,
    # the end of the text, or a linking word ("ngay trong tuần và ...")
    BARE_END = r"(?=\s*+(?:[^\w\s/]|\Z)|[^\S\n]*+\n|" + _S + _alt(cp["bare_week_before"]) + ")"

    wd_alt = "|".join(sorted((regex.escape(k) for k in w.weekdays), key=len, reverse=True))

    def WD(p: str) -> str:
        return (
            "(?:"
            + _alt(d["weekday_lead"])
            + _S
            + _g(p + "w", "(?:" + wd_alt + r")(?![\p{L}\p{N}])")
            + "|"
            + _g(p + "sun", _alt(d["sunday"]))
            + ")"
        )

    def WDCORE(p: str) -> str:
        return (
            "(?:"
            + TIME(p + "t")
            + _SC
            + ")?"
            + "(?:"
            + _g(p + "dp", DAYPART)
            + _S
            + ")?"
            + "(?:"
            + _g(p + "ng", _alt(cal["days"] + cal["day"]))
            + _S
            + ")?"
            + WD(p)
            + "(?:"
            + _SC
            + "(?:"
            + a("at")
            + _S
            + ")?"
            + TIME(p + "u")
            + ")?"
        )

    period = (
        "(?:(?:"
        + PART
        + _S
        + ")?(?:"
        + NAM
        + _S
        + "|"
        + TH
        + _S
        + r"\d{1,2}\s*+[/.\-]\s*+|"
        + QUY
        + _S
        + r"(?:iv|iii|ii|i|[1-4])(?:\s*+[/\-]\s*+|\s++"
        + NAM
        + _S
        + "))?"
        + r"(?:19|20)\d{2}(?!\p{N})(?:\s*+[-–—]\s*+(?:19|20)\d{2}(?!\p{N}))?"
        + "|"
        + PART
        + _S
        + NAM
        + r"(?!\s*+\p{N})"
        + NOT_SCHOOL
        + ")"
    )
    fill = r"(?:\s++\p{L}++){0,4}?"
    # (helper 66) ... or this document named by a longer type ("kể từ ngày Thông báo kết luận này được
    # ký"), as :func:`_self_fill` reads it
    rel_w = d["relative"]
    self_fill = (
        r"\s++" + _alt(rel_w["self_documents"]) + r"(?:\s++" + _alt(rel_w["self_this"]) + ")?"
        + r"(?:\s++" + _alt(rel_w["self_passive"]) + ")?"
    )
    ev_words = d["events"]
    lunar_day = (
        "(?:" + _alt(ev_words["lunar_month_days"]) + r"\s++\d{1,2}(?!\p{N})\s++|"
        # "từ ngày 23 đến 30 tháng Chạp": a span's last day, its number alone after "đến"
        + "(?:" + "|".join(rf"(?<={regex.escape(w)}\s)" for w in cal["to"]) + r")\d{1,2}(?!\p{N})\s++|"
        + _alt(ev_words["lunar_full_moon"]) + r"\s++)"
    )
    # "trước 23 tháng Chạp": the number alone after a limit word, before the first or last month's name
    bare_lunar_day = (
        "(?:" + "|".join(rf"(?<=(?<!\p{{L}}){regex.escape(w)}\s)" for w in ev_words["lunar_bare_day_after"])
        + r")\d{1,2}(?!\p{N})\s++"
    )

    rules: list[tuple[str, str]] = [
        (
            "event_periodic",
            _g("evp", _alt(d["events"]["periodic"])) + fill + _S
            # (helper 84) ... or a month alone ("phiên họp thường kỳ tháng 3 của UBND tỉnh"): the
            # session's month (not one with its year in words, "tháng 12 năm 2026": read as before)
            + _g("evpp", period + "|" + TH + _S + r"\d{1,2}(?![\p{N}/.\-])(?!" + _S + NAM + r"(?!\p{L}))"),
        ),
        (
            "event_named",
            # "trước 15 giờ ngày mùng 5 Tết", "trước 9 giờ ngày 25 tháng Chạp": an hour of the day
            "(?:" + TIME("evh") + _SC + "(?=" + _alt(cal["day"]) + "))?"
            + "(?:"
            + _g(
                "evl",
                # "trước ngày 23 tháng Chạp", "trong tháng Giêng", "rằm tháng Bảy", "rằm tháng 7"
                "(?:(?:" + lunar_day + "|" + bare_lunar_day + ")?" + _alt(ev_words["lunar_months"]) + "|" + lunar_day
                + _alt([k for k in ev_words["lunar_month_names"] if k not in ev_words["lunar_months"]])
                + "|" + _alt(ev_words["lunar_full_moon"]) + r"\s++" + _alt(d["calendar"]["month"])
                + r"\s++\d{1,2}(?!\p{N}))",
            )
            + "|"
            # (helper 46) "trước khi tổ chức Đại hội", "trước ngày khai mạc kỳ họp": its holding
            + _g(
                "evhl",
                "(?:(?:(?:" + _alt(ev_words["held_leads"]) + r")\s++)?(?:" + _alt(ev_words["held_verbs"]) + r")\s++)?",
            )
            # "trước ngày Tết Dương lịch 2027": the day word before the New Year's names only;
            # "trước ngày mùng 1 Tết Nguyên đán": a day of the Lunar New Year, its number
            + "(?:" + NG + r"\s++(?:" + _g("evtd", r"\d{1,2}") + r"(?!\p{N})\s++(?="
            + _alt(ev_words["lunar_new_year"]["names"]) + r"(?!\p{L}))|(?="
            + _alt(ev_words["lunar_new_year"]["after_day"]) + r"(?!\p{L}))))?"
            # (helper 46) "cuối nhiệm kỳ", "hết nhiệm kỳ": the end of a term
            # ((helper 84) or another part of it: "giữa nhiệm kỳ", "năm đầu nhiệm kỳ")
            + "(?:" + _g("evtp", _alt(ev_words["term_end_words"] + ev_words["term_parts"]))
            + r"\s++(?=" + _alt(ev_words["term_events"]) + "))?"
            + _g(
                "evn",
                _alt(d["events"]["named"])
                # (helper 84) "Hội nghị" only with its Party committee after it ("Hội nghị Tỉnh ủy")
                + "|" + _alt(ev_words["party_bodies"]["committee_events"])
                + r"(?=\s++" + _alt(ev_words["party_bodies"]["committees"]) + ")",
            )
            # "Giỗ Tổ Hùng Vương (10/3 âm lịch)": the holiday's lunar day told after its name
            + r"(?:(?<=" + _common_last_word(ev_words["hung_kings"]["names"]) + r")(?:\s*+\(\s*+(?:" + NG + r"\s++)?"
            + _alt(ev_words["hung_kings"]["lunar_gloss"]) + r"\s*+\)|\s*+,?\s*+(?:" + NG + r"\s++)?"
            + _alt(ev_words["hung_kings"]["lunar_gloss"]) + "))?"
            + ")"
            # "Tết Nguyên đán Bính Ngọ": the year by its sexagenary name
            + "(?:" + _S + "(?:" + NAM + _S + ")?" + _g("evny", _alt(ev_words["lunar_new_year"]["year_names"])) + ")?"
            # "kỳ họp thứ 10", "Đại hội ... lần thứ XVII" right after the name
            # (or in words: "kỳ họp thứ năm")
            + r"(?:\s++(?:lần\s++)?thứ\s++"
            + _g("evord", r"\d{1,3}|[IVXLC]{1,6}|" + _alt(ev_words["named_ordinal"]["in_words"]))
            + r"(?![\p{L}\p{N}])"
            # (helper 50) ... or the next session ("tại phiên họp gần nhất")
            + "|(?:" + "|".join(rf"(?<={regex.escape(t)})" for t in ev_words["numbered_sessions"]) + r")\s++"
            + _g("evnext", _alt(ev_words["named_ordinal"]["next_session"]))
            # (helper 81) ... or a congress's number alone, in capitals ("Đại hội XIV của Đảng")
            + "|(?:" + "|".join(rf"(?<={regex.escape(t)})" for t in ev_words["named_ordinal"]["bare_roman_after"])
            + r")\s++(?-i:[IVXLC]{1,6})(?![\p{L}\p{N}])(?:\s++"
            + _alt(ev_words["named_ordinal"]["bare_roman_of"]) + r"(?!\p{L}))?"
            # ... or after the event's own words: "Đại hội Đảng bộ tỉnh lần thứ XVIII", "Đại hội
            # đại biểu Hội Nông dân tỉnh khóa X" (a few words, then an ordinal's lead and number)
            + r"|(?:\s++\p{L}++){1," + str(ev_words["named_ordinal"]["words"]) + r"}?\s++"
            + _alt(ev_words["named_ordinal"]["leads"])
            + r"\s++(?:\d{1,3}|[IVXLC]{1,6})(?![\p{L}\p{N}])"
            # ... or its term of office ("Đại hội Đảng bộ xã nhiệm kỳ 2026 - 2031": words, no due)
            + r"|(?:\s++\p{L}++){0," + str(ev_words["named_ordinal"]["words"]) + r"}?\s++"
            + _alt(ev_words["named_ordinal"]["terms"])
            + r"\s++(?:19|20)\d{2}\s*+[-–]\s*+(?:19|20)\d{2}(?![\p{L}\p{N}])"
            # (helper 46) ... or the term itself named, its years right after it ("nhiệm kỳ 2025 - 2030")
            # ((helper 72) or a crop season's: "vụ Đông Xuân 2026 - 2027")
            + "|(?:" + "|".join(rf"(?<={regex.escape(t)})" for t in ev_words["term_events"] + ev_words["years_after"])
            + ")"
            + r"\s++(?:19|20)\d{2}\s*+[-–]\s*+(?:19|20)\d{2}(?![\p{L}\p{N}])"
            # (helper 78) ... or the Party body it belongs to ("Đại hội Đảng bộ tỉnh", "kỳ họp Ban
            # Chấp hành Đảng bộ tỉnh"): its words, no number
            + "|" + _g(
                "evbody",
                "(?:" + "|".join(
                    rf"(?<={regex.escape(t)})"
                    for t in ev_words["party_bodies"]["events"] + ev_words["party_bodies"]["committee_events"]
                ) + ")"
                + r"\s++(?:các\s++)?"
                + _alt(ev_words["party_bodies"]["bodies"] + ev_words["party_bodies"]["committees"])
                + r"(?:\s++" + _alt(ev_words["party_bodies"]["levels"]) + ")?",
            )
            + ")?"
            + "(?:"
            # (a period right after the body only: "kỳ họp HĐND tỉnh cuối năm 2026", no words between)
            + "(?(evbody)|" + fill + ")"
            + _S
            + _g("evnp", period)
            + ")?",
        ),
        (
            "range_date",
            "(?:"
            + DAYPART
            + _S
            + ")?"
            + "(?:"
            + NG
            + _S
            + ")?"
            + "(?:"
            + NUMD("rs", True)
            + "|"
            + _behind_words(cal["from"] + cal["day"] + dayparts)
            + DD("rpd")
            + "(?:"
            + _g("rps", r"[/.\-]")
            + DD("rpm")
            + ")?"
            + ")"
            + CONN
            + "(?:"
            + DAYPART
            + _S
            + ")?"
            + "(?:"
            + NG
            + _S
            + ")?"
            + NUMD("re", False),
        ),
        (
            # "từ ngày 01 tháng 12 năm 2026 đến ngày 20 tháng 12 năm 2026", "từ ngày 08 (tháng 4) đến
            # ngày 10 tháng 5 năm 2026": the long dates of a span
            "range_longdate",
            "(?:"
            + NG
            + _S
            + ")?"
            + "(?:"
            + LONGD("ls")
            + "|"
            + _behind_words(cal["from"] + cal["day"])
            + DD("lpd")
            + "(?:"
            + _S
            + TH
            + _S
            + DD("lpm")
            + ")?"
            + ")"
            + CONN
            + "(?:"
            + _g("leng", NG)
            + _S
            + ")?"
            + LONGD("le", ""),
        ),
        (
            "range_month",
            _NO_COUNT_BEFORE
            + TH
            + _S
            + MV("m1")
            + "(?:(?:"
            + MY("m1y")
            # "tháng 11 năm nay đến tháng 3 năm sau": the years the document's own and the next
            + "|"
            + _S
            + NAM
            + _S
            + _g("m1n", a("now"))
            + ")?"
            + CONN
            + "|(?:"
            + LISTC
            + "(?:"
            + TH
            + _S
            + r")?(?:1[0-2]|0?[1-9])(?!\p{N})){0,4}"
            + LISTC
            + ")"
            + "(?:"
            + TH
            + _S
            + ")?"
            + MV("m2")
            + "(?:"
            + MY("m2y")
            + "|"
            + _S
            + NAM
            + _S
            + "(?:"
            + _g("m2n", a("now"))
            + "|"
            + _g("m2x", NEXT)
            + r")(?![\p{L}\p{N}])"
            # "Tháng 8 - 9" (a table's time cell): no year written, the document's
            + "|"
            # (not a span of every year: "tháng 8 - 9 hằng năm")
            # (nor a count: "tháng 3 - 4 lần", "tháng 2 - 3 buổi")
            + _g("m2o", r"(?![ \t]*+[/\-.,]?[ \t]*+\p{N})(?!" + EVERY_YEAR + ")"
                 + r"(?![ \t]++(?:" + _alt(d["joined_date_not_before"]) + r")(?!\p{L}))")
            + ")",
        ),
        (
            "range_quarter",
            QUY
            + _S
            + QQ("q1")
            + "(?:(?:"
            + QY("q1y")
            + ")?"
            + CONN
            + "|(?:"
            + LISTC
            + "(?:"
            + QUY
            + _S
            + r")?(?:iv|iii|ii|i|[1-4])(?![\p{L}\p{N}])){0,2}"
            + LISTC
            + ")"
            + "(?:"
            + QUY
            + _S
            + ")?"
            + QQ("q2")
            + "(?:"
            + QY("q2y")
            + ")?",
        ),
        (
            # "Q3 - Q4/2026", "Q3, Q4/2026", "Q4/2026 - Q1/2027": quarters written short, a span
            "range_quarter_short",
            _g("rqs1", _alt(d["quarter_short"]))
            + "(?:(?:"
            + QY("rqs1y")
            + ")?"
            + CONN
            + "|"
            + _g("rqsl", LISTC)
            + ")"
            + _g("rqs2", _alt(d["quarter_short"]))
            + r"\s*+[/\-]\s*+"
            + YY("rqs2y"),
        ),
        (
            # "trong học kỳ I năm học 2026 - 2027", "HK2 năm học 2026-2027": a term of a school year
            "school_term",
            # ("cuối học kỳ I ...", "đầu học kỳ II ...": its close or its opening)
            "(?:"
            + _g("stp", PART_SE)
            + _S
            # ("tháng đầu của học kỳ II ...": its first or last month)
            + "|" + _g("stm", _alt(d["school_terms"]["first_month"] + d["school_terms"]["last_month"]))
            + _S
            + ")?"
            + "(?:"
            + _alt(d["school_terms"]["words"])
            + _S
            + _g("stn", _alt(x for v in d["school_terms"]["numbers"].values() for x in v))
            + "|"
            + _g("stg", _alt(x for v in d["school_terms"]["glued"].values() for x in v))
            + ")"
            # (no school year written, "trong học kỳ I": the document's, see _b_school_term)
            + "(?:"
            + _SC  # ("học kỳ I, năm học 2026 - 2027")
            + _alt(d["school_year"])
            + _S
            + YB("sty1")
            + r"\s*+[-–—/]\s*+"
            + YY("sty2")
            + "|"
            + _g("sto", r"(?!" + _SC + NAM + r"(?!\p{L}))(?![ \t]*+[/\-][ \t]*+\p{N})")
            + ")",
        ),
        # "trước khi kết thúc năm học", "vào cuối năm học": the school year of the document's date
        ("school_year_alone", _g("sya", _alt(d["school_year_alone"])) + r"(?![ \t]*+(?:\p{L}|\p{N}|\())"),
        ("range_year", "(?:" + NAM + _S + ")?" + YB("y1") + CONN + "(?:" + NAM + _S + ")?" + YY("y2")),
        (
            "datetime_time_first",
            TIME("tf")
            + _SC
            + "(?:"  # "17h00 thứ Sáu, ngày 20/11/2026"
            + WD("tfw")
            + _SC
            + ")?"
            # ("trước 17 giờ trong ngày 15/9/2026": the day's word after "trong")
            + "(?:"
            + _alt(d["current_day"]["bare_after"])
            + _S
            + "(?="
            + _alt(cal["day"])
            + r"\s))?"
            + "(?:"
            + _alt(cal["day"] + cal["today"])
            + _S
            + ")?"
            + "(?:"
            + NUMD("tfn", False, short_year=True)
            + "|"
            + LONGD("tfl")
            + ")",
        ),
        (
            "recur_monthly_day",
            "(?:"
            + TIME("md")
            + _SC
            + ")?"
            + NG
            + _S
            + DD("mdd")
            # more days of each month: "vào ngày 10 và 25 hằng tháng", "ngày 05, 15, 25 hằng tháng"
            + _g(
                "mdl",
                r"(?:\s*+,\s*+(?:" + NG + r"\s++)?\d{1,2}(?!\p{N})|(?:\s*+,\s*+|\s++)"
                + _alt(d["date_list_links"])
                + r"\s++(?:" + NG + r"\s++)?\d{1,2}(?!\p{N})){1,5}",
            )
            + "?"
            + _S
            + OF
            + MONTHLY,
        ),
        # a daily time: "trước 8 giờ hằng ngày", "15 giờ 00 hàng ngày"
        ("recur_daily_time", TIME("dy") + _S + _alt(d["daily"]) + r"(?![\p{L}\p{N}])(?!\s*+\p{N})"),
        (
            "recur_yearly_date",
            "(?:"
            + TIME("yd")
            + _SC
            + ")?"
            + "(?:"
            + NG
            + _S
            + ")?"
            + "(?:"
            + DD("ydd")
            + _S
            + TH
            + _S
            + MV("ydm")
            + "|"
            + DD("ydd2")
            + r"[/.\-]"
            + MV("ydm2")
            + ")"
            + EVERY_YEAR,
        ),
        (
            "date",
            "(?:"
            + _g("ddp", DAYPART)
            + _S
            + ")?"
            + "(?:"
            + WD("dw")
            + _SC
            + ")?"
            + "(?:"
            + _g("dng", NG)
            + _S
            + ")?"
            + "(?:"
            + NUMD("dn", False, short_year=True)
            + "|"
            + LONGD("dl", "dng")
            + ")"
            + "(?:"
            + _SC
            + "(?:"
            + a("at")
            + _S
            + ")?"
            + TIME("dt")
            + ")?",
        ),
        # a day of the document's month or the next: "trước ngày 20 tháng này", "ngày 05 tháng sau"
        ("date_this_month", NG + _S + DD("dcd") + _S + TH + _S + REL("dcr")),
        ("weekday_weekly_after", WDCORE("wa") + _SC + "(?:" + a("of") + _S + ")?" + WEEKLY),
        (
            "weekly_weekday",
            WEEKLY + _SC + _g("chain2", "(?:" + CHAINW + _S + "){0,2}") + WDCORE("wb"),
        ),
        ("weekday", WDCORE("wc")),
        (
            "half_year",
            "(?:"
            + _g("hn", r"0?[1-9]|1[0-2]")
            + r"(?!\p{N})"
            + _S
            + TH
            + "|"
            + _g("hh", a("half"))
            + ")"
            + _S
            # (without "đầu" or "cuối" only before a year: "9 tháng năm 2026", the months so far)
            + "(?:"
            + _g("hp", PART_SE)
            + _S
            + ")?"
            + NAM
            + "(?:"
            + YRTAIL("hy")
            + ")?"
            + NOT_SCHOOL,
        ),
        (
            "week_of_month",
            _g("wkw", WEEK)
            + _S
            # ("Tuần 1 tháng 10/2026", a table's time cell: the week by its number alone)
            + _g("wko", _week_of_month_words() + r"|[1-4](?!\p{N})")
            + "(?:"
            + _S
            + _alt(d["week_of_month_links"])
            + ")?"
            + _S
            + TH
            + _S
            + "(?:"
            # ("tuần đầu của tháng đầu năm 2027": the first week of the first month of a named year)
            + "(?:" + MV("wkm") + "|" + MOY("wkmw") + ")"
            + "(?:"
            + MY("wky")
            + ")?"
            + r"(?!\s*+[/.\-]\s*+\p{N})"
            + "|"
            + REL("wkr")
            + ")",
        ),
        # "nửa đầu tháng 7/2026", "trung tuần tháng này": a half or a ten-day third of a month
        (
            "part_month_word",
            _g("mpw", _alt(d["month_parts"]))
            + _S
            + OF  # "trong 15 ngày đầu của tháng 01 năm 2027"
            + TH
            + _S
            + "(?:"
            + MV("mpm")
            + "(?:"
            + MY("mpy")
            + ")?"
            + r"(?!\s*+[/.\-]\s*+\p{N})"
            + "|"
            + REL("mpr")
            + ")",
        ),
        (
            "part",
            _not_behind_words(d["part_not_after"])
            + _g("pp", PART)
            + _S
            + "(?:"
            + _g("ppy", NAM)
            + "(?:"
            + YRTAIL("py")
            + ")?"
            + NOT_SCHOOL
            + "|"
            # (helper 55) "đầu tuần sau", "cuối tuần này": a part of the document date's week or the next
            + _g("ppw", WEEK)
            + _S
            + REL("pwr")
            + "|"
            + _g("ppm", TH)
            + _S
            + "(?:"
            + MV("pm")
            + "(?:"
            + MY("pmy")
            + ")?"
            + r"(?!\s*+[/.\-]\s*+\p{N})"
            + "|"
            + REL("pmr")
            + ")"
            + "|"
            + _g("ppq", QUY)
            + _S
            + "(?:"
            + QQ("pq")
            + "(?:"
            + QY("pqy")
            + ")?"
            # "cuối quý này", "đầu quý tới": a part of the document date's quarter or the next
            + "|"
            + REL("pqr")
            + ")"
            + ")",
        ),
        # "trong tháng cuối quý này", "tháng đầu quý tới": a month of the document date's quarter
        # or the next one (not "tháng đầu quý sau", every quarter's in a reporting cycle)
        (
            "quarter_month_one",
            TH
            + _S
            + _g("qmo", _alt([x for v in d["quarter_month"].values() for x in v]))
            + _S
            + "(?:"
            + _alt(d["quarter_month_links"])
            + _S
            + ")?"
            + QUY
            + _S
            + "(?:"
            + _g("qmor", _alt(d["quarter_one"]["this"] + d["quarter_one"]["next"]))
            # ... or of a quarter named with its year ("trong tháng đầu của quý III/2026")
            + "|"
            + QQ("qmq")
            + QY("qmqy")
            + ")",
        ),
        # "Quý I hằng năm": the quarter every year
        (
            "quarter",
            "(?:"
            + QUY
            + _S
            + QQ("qq")
            + "(?:"
            + QY("qy")
            + "|"
            + _SC
            + OF
            + _g("qyr", YEARLY)
            + ")?"
            # "Q3/2026", "Q4-2026" (a table's time cell): the short form, its year written
            + "|"
            + _g("qs", _alt(d["quarter_short"]))
            + r"(?:\s*+[/\-]\s*+|"
            + _S
            + NAM
            + _S
            + ")"
            + YY("qsy")
            + ")",
        ),
        # a span of months every year: "(từ) tháng 7 đến tháng 9 hằng năm", "tháng 5 - 7 hằng năm"
        (
            "recur_yearly_span",
            _NO_COUNT_BEFORE
            + TH
            + _S
            + MV("ys1")
            + "(?:"
            + CONN
            + "(?:"
            + TH
            + _S
            + ")?"
            + MV("ys2")
            + EVERY_YEAR
            # a season over the turn of the year: "tháng 11 năm trước đến tháng 3 năm sau"
            + "|"
            + _S
            + NAM
            + _S
            + _alt(d["season_years"]["before"])
            + CONN
            + TH
            + _S
            + MV("ys3")
            + _S
            + NAM
            + _S
            + _alt(d["season_years"]["after"])
            + r"(?![\p{L}\p{N}])"
            + ")",
        ),
        # months listed before a yearly cycle: "tháng 3, 6, 9 và 12 hằng năm", "tháng 6 và tháng 12
        # hằng năm"
        (
            "recur_yearly_months",
            _NO_COUNT_BEFORE
            + TH
            + _S
            + _g(
                "yml",
                r"(?:1[0-2]|0?[1-9])(?!\p{N})(?:"
                + LISTC
                + "(?:"
                + TH
                + _S
                + r")?(?:1[0-2]|0?[1-9])(?!\p{N})){0,11}",
            )
            + EVERY_YEAR,
        ),
        (
            "month",
            # not "2 tháng 9" (a day and a month) nor "3 tháng" (a length), but "đợt 2 tháng 9/2026"
            "(?:" + _NO_COUNT_BEFORE + "|" + _after_ordinal(d.get("ordinals", [])) + ")"
            + TH
            + _S
            + "(?:"
            + MV("mm")
            # (the first or the last month of a named year: "tháng đầu năm 2027", "tháng cuối
            # cùng của năm 2026"; not "những tháng đầu năm 2027", a season)
            + "|"
            + MOY("mmw")
            + ")"
            + "(?:"
            + MY("my")
            # (the first or the last month with no year: its year's word, "tháng đầu năm")
            + "|(?(mmw)" + SEPW + NAM + "(?:" + _S + _g("myn", a("now")) + "|" + _S + _g("mynext", NEXT)
            + r"(?![\p{L}\p{N}]))?|(?!))"
            + ")?"
            # (not "tháng 9/2026/...", "tháng 9 - 5"; a full stop, a blank, then the next item's
            # number is a sentence end: "... tháng 9/2026. 3. Đào tạo ...")
            + r"(?!\s*+[/\-]\s*+\p{N}|\s*+\.\p{N})"
            + "(?:"
            + _SC
            + OF
            + _g("myr", YEARLY)
            + ")?",
        ),
        (
            # "trong ngày hôm nay", "trước 17 giờ hôm nay", "8 giờ sáng mai", "ngay trong ngày."
            "this_day",
            "(?:"
            + TIME("tdy")
            + _SC
            + ")?"
            + "(?:"
            + _g("tdp", DAYPART)
            + _S
            + ")?"
            + "(?:"
            + _g("tdg", NG)
            + _S
            + ")?"
            + "(?:"
            + _g("tdt", _alt(d["current_day"]["today"]))
            + "|"
            + _g("tdm", _alt(d["current_day"]["tomorrow"]))
            + "|"
            + _g("tds", _alt(d["current_day"]["same"]))
            + "|"
            + _g("tdn", _alt(d["current_day"]["today_after_part"]))
            + ")"
            + "|"
            # (a bare day right after its one lead: "trong ngày."; the lookbehind one width)
            + "(?<="
            + "|".join(regex.escape(x) + r"\s" for x in d["current_day"]["bare_after"])
            + ")"
            + _g("tdb", _alt(d["current_day"]["bare"]))
            + "(?:"
            + BARE_END
            + "|(?=" + _S + _alt(d["current_day"]["bare_before"]) + r"\s)"
            # (helper 50) "ngay trong ngày xảy ra sự cố": the day of the event named after it
            + "|(?=" + _S + _g("tdbe", _alt(d["current_day"]["bare_events"]))
            + "(?:" + _S + "(?!" + _alt(d["current_day"]["bare_event_not_before"]) + r")\p{L}"
            # ((helper 106) or the event's verb ending the clause: "báo cáo ngay trong ngày phát hiện.")
            + r"|\s*+(?:[.;,)]|\Z))))"
            # (helper 66) a bare part of the day right after "ngay trong": "di dời dân ngay trong đêm."
            + "|"
            + _behind_words(d["current_day"]["bare_part_after"], 1)
            + _g("tdbp", _alt(d["current_day"]["bare_parts"]))
            + "(?:" + BARE_END + "|(?=" + _S + _alt(d["current_day"]["bare_before"]) + r"\s))"
            # (a time of the bare day: "trước 17 giờ trong ngày")
            + "|"
            + TIME("tdw")
            + _S
            + "(?:"
            + _alt(d["current_day"]["bare_after"])
            + ")"
            + _S
            + _g("tdwb", _alt(d["current_day"]["bare"]))
            + BARE_END,
        ),
        (
            "this_period",
            _not_behind_words(cp["not_after"])
            # ("5 tuần" is a length; "thứ 5 tuần này" a day of this week; the weekday word one width)
            + r"(?<!(?<!(?:" + "|".join(regex.escape(x) for x in d["weekday_lead"]) + r")\s)\p{N}\s)"
            + "(?:(?:"
            + _g("cpw", WEEK)
            + "|"
            + _g("cpm", _alt(cp["month"]))
            + ")"
            + _S
            + REL("cpr")
            # "trong quý này", "trong năm nay", "trong năm tới" (after a limit only: the builder)
            + "|"
            + _g("cpq", QUY)
            + _S
            + REL("cpqr")
            + "|"
            + _g("cpy", NAM)
            + _S
            + "(?:"
            + _g("cpyt", _alt(cp["this"] + cal["now"]))
            + "|"
            + _g("cpyn", NEXT)
            + ")"
            + "|"
            + _g("cpb", WEEK)
            + BARE_END
            + ")",
        ),
        (
            "recur_bare",
            "(?:"
            + PERIODIC
            + _S
            + _g("rpn", r"\d{1,2}")
            + r"(?!\p{N})"
            + _S
            + TH
            + "(?:"
            + TIMES
            + ")?"
            + "|"
            + _g("rpn2", r"\d{1,2}")
            + r"(?!\p{N})"
            + _S
            + TH
            + TIMES
            + "|(?:"
            + PERIODIC
            + _S
            + ")?"
            + _g("rb", ALL_REC)
            + "(?!"
            + _S
            + _alt(d["recurrence_not_before"])
            + ")"
            # "định kỳ hằng ngày": a daily duty ("hằng ngày" alone is no cycle: "công việc hằng ngày")
            + "|"
            + PERIODIC
            + _S
            + _g("rd", _alt(d["daily"]))
            + r"(?![\p{L}\p{N}])"
            # "định kỳ" alone ("chế độ báo cáo định kỳ"): periodic, how often unsaid
            + "|"
            + _g("rpo", PERIODIC)
            + r"(?!\s*+(?:\p{N}|"
            + ALL_REC
            + "|"
            + TH
            + "|"
            + a("quarter")
            + "))"
            + ")",
        ),
        (
            "relative",
            _g("ra", r"\d{1,3}")
            + r"(?!\p{N})"
            + _S
            + _g("ru", _alt(x for v in d["relative"]["units"].values() for x in v))
            + r"(?!\s*+[/.\-]?\s*+\p{N})"
            + "(?:"
            + _SC
            + _g("rl", _alt(d["relative"]["links"]))
            + "(?:"
            + _S
            + _alt(d["relative"]["link_objects"])
            + ")?"
            + "(?:"
            + _g("rfill", self_fill + "|" + fill)
            + _S
            + "(?:"
            + _g("ran", _alt(x for v in d["relative"]["anchors"].values() for x in v))
            + "|"
            + NUMD("rad", True)
            + "))?)?",
        ),
        ("year", "(?:" + NAM + _S + YB("yy") + "|" + _AFTER_WORD + YB("yb") + ")"),
        (
            "day_only",
            # not before a month ("ngày 15 tháng 6"), but before the month of a quarter ("ngày 20
            # tháng cuối quý", read by _quarter_day)
            NG + _S + DD("do") + r"(?!\s*+[/.\-]\s*+\p{N})(?!" + _S + TH + "(?!" + _S + QM + "))",
        ),
    ]
    prefix = _LEAD + _g("chain", "(?:" + CHAINW + r"(?:\s++|\s*+:\s*+)){0,3}")
    return prefix, rules


@functools.cache
def _pattern() -> Any:
    """All rules in one pattern, tried where :class:`_Starts` says a match can start."""
    prefix, rules = _rule_table()
    return re.compile(_stdlib(prefix + "(?:" + "|".join(_g(n, p) for n, p in rules) + ")"), re.IGNORECASE)


@functools.cache
def _rule_pattern(name: str) -> Any:
    """One rule alone (small: compiled quickly, the first time a match of another rule is
    rejected at a place where this one may apply)."""
    prefix, rules = _rule_table()
    return re.compile(_stdlib(prefix + _g(name, dict(rules)[name])), re.IGNORECASE)


_LONGEST = 400  # characters: far longer than any time expression


@functools.cache
def _tail_pattern(name: str) -> _Tail | None:
    """The rules that come after ``name``, as one pattern would try them (see :class:`_Tail`)."""
    names = [n for n, _ in _rule_table()[1]]
    tail = names[names.index(name) + 1 :]
    return _Tail(name, tail) if tail else None


@functools.cache
def _tail_compiled(name: str) -> Any:
    """The rules that come after ``name``, in one pattern."""
    prefix, rules = _rule_table()
    names = [n for n, _ in rules]
    tail = rules[names.index(name) + 1 :]
    return re.compile(_stdlib(prefix + "(?:" + "|".join(_g(n, p) for n, p in tail) + ")"), re.IGNORECASE)


@functools.cache
def _bare_rule_pattern(name: str) -> Any:
    """One rule alone, with no qualifier words before it (an empty ``chain`` group)."""
    return re.compile(_stdlib(_LEAD + _g("chain", "") + _g(name, dict(_rule_table()[1])[name])), re.IGNORECASE)


# -- rules chosen by their first word

_NUMBER = "0"  # the first word of a rule that may start with a digit; a number's key in _Starts


def _rule_firsts() -> tuple[frozenset[str] | None, list[tuple[str, frozenset[str] | None]]]:
    """The first words (lower case) the qualifier chain and each rule of the grammar can start
    with (:data:`_NUMBER` for a digit); None for "any word". Read from the patterns themselves
    (:func:`_first_runs`, ~10 ms at a cold start) and kept in the cache (:func:`_grammar`)."""
    return _grammar().rule_firsts


def _built_rule_firsts(
    table: tuple[str, list[tuple[str, str]]],
) -> tuple[frozenset[str] | None, list[tuple[str, frozenset[str] | None]]]:
    prefix, rules = table
    # (the prefix with a character no match starts with after it: the words of the chain only)
    return _first_runs(_stdlib(prefix + "\x00")), [(n, _first_runs(_stdlib(p))) for n, p in rules]


def _first_runs(pattern: str) -> frozenset[str] | None:
    """The words (runs of letters and digits, lower case) a match of ``pattern`` (ignoring case,
    the standard library's syntax) can start with, :data:`_NUMBER` standing for any word that
    starts with a digit; None when that is not known (a class of letters, a word the pattern
    may stop inside, a construct this reading does not know). A look-around is read as if it
    were not there (it only ever rules a match out), except a "no letter or digit after" that
    ends a word."""
    try:
        import importlib

        sre: Any = importlib.import_module("re._constants")
        parsed = list(importlib.import_module("re._parser").parse(pattern, re.IGNORECASE))
    except Exception:  # another Python's parser
        return None
    out: set[str] = set()
    budget = [20000]

    class _Unknown(Exception):
        pass

    def ends_word(av: Any) -> bool:  # (?![^\W_]) or (?!\w)
        direction, sub = av
        items = list(sub)
        if direction != 1 or len(items) != 1 or items[0][0] is not sre.IN:
            return False
        return items[0][1] in (
            [(sre.NEGATE, None), (sre.CATEGORY, sre.CATEGORY_NOT_WORD), (sre.LITERAL, ord("_"))],
            [(sre.CATEGORY, sre.CATEGORY_WORD)],
        )

    def only(av: Any, test: Callable[[str], bool]) -> bool:  # every character of a class passes
        for op, a in av:
            if op is sre.LITERAL and test(chr(a)):
                continue
            if op is sre.RANGE and all(test(chr(c)) for c in range(a[0], a[1] + 1)):
                continue
            if op is sre.CATEGORY and a is sre.CATEGORY_SPACE and test(" "):
                continue
            if op is sre.CATEGORY and a is sre.CATEGORY_DIGIT and test("0"):
                continue
            return False
        return True

    def walk(seq: list[Any], word: str) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Unknown
        while seq:
            op, av = seq[0]
            rest = seq[1:]
            if op is sre.LITERAL:
                c = chr(av)
                if c.isalnum():
                    if not word and c.isdigit():
                        out.add(_NUMBER)
                        return
                    word, seq = word + c, rest
                    continue
                if word:
                    out.add(word.lower())
                return  # a match that starts with no letter or digit never starts at a word
            if op is sre.IN:
                if not word and only(av, lambda c: c.isdigit()):
                    out.add(_NUMBER)
                    return
                if word and only(av, lambda c: not c.isalnum()):
                    out.add(word.lower())
                    return
                if len(av) <= 12 and all(o is sre.LITERAL for o, _ in av):  # [IVXLC]: each letter
                    for _, a in av:
                        walk([(sre.LITERAL, a), *rest], word)
                    return
                raise _Unknown
            if op is sre.ASSERT_NOT and word and ends_word(av):
                out.add(word.lower())
                return
            if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
                seq = rest
                continue
            if op is sre.SUBPATTERN:
                seq = [*av[-1], *rest]
                continue
            if op is sre.ATOMIC_GROUP:
                seq = [*av, *rest]
                continue
            if op is sre.BRANCH:
                for branch in av[1]:
                    walk([*branch, *rest], word)
                return
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, high, sub = av
                if high == 0:
                    seq = rest
                    continue
                again = [] if high == 1 else [(op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, sub))]
                if low == 0:
                    walk(rest, word)
                walk([*sub, *again, *rest], word)
                return
            raise _Unknown
        raise _Unknown  # the pattern may end here: inside a word, or with no word at all

    try:
        walk(parsed, "")
    except (_Unknown, RecursionError):
        return None
    if not all(plain_case(c) for w in out if w != _NUMBER for c in w):
        return None
    return frozenset(out)


@functools.cache
def _pattern_for(key: str | None) -> Any:
    """The grammar for a match that starts with the word ``key`` (see :class:`_Starts`): the
    rules that can start with it, in their order, as one pattern (what :func:`_pattern` would
    match there, found sooner); None when no rule can. The whole grammar when the word may open
    the qualifier chain or ``key`` is None."""
    chain, _ = _rule_firsts()
    if key is None or chain is None or key in chain:
        return _pattern()
    return _unchained_pattern_for(key)


@functools.cache
def _unchained_pattern_for(key: str) -> Any:
    """The grammar for a match that starts with the word ``key`` and no qualifier word: the rules
    that can start with it (see :func:`_pattern_for`)."""
    _, rules = _rule_firsts()
    names = tuple(n for n, firsts in rules if firsts is None or key in firsts)
    if len(names) == len(rules):
        return _pattern()
    return _rules_pattern(names) if names else None


# The rules that can start at a number only with a time of day ("16 giờ", "8h30", "14:00"
# before the rest): read from their patterns, where a number that is not a time's hour cannot come
# first (a time is optional before a word, "ngày", "thứ", or required, as in the first).
_TIME_LED = (
    "datetime_time_first", "recur_monthly_day", "recur_daily_time", "weekday_weekly_after", "weekday", "event_named"
)


@functools.cache
def _time_ahead() -> Any:
    """What every time of day (TIME in :func:`_rule_table`) begins with, less strictly: one or two
    digits, then an hour word, "h" or "g" after optional blanks, or a colon. Where it does not
    match at a number, no :data:`_TIME_LED` rule can."""
    hour = _alt(_words().raw["calendar"]["hour"])
    return re.compile(_stdlib(r"\d{1,2}(?:\s*+(?:" + hour + r"|h|g)|:|\.\d{2}(?!\d))"), re.IGNORECASE)


# A number no rule can start with: one to three digits and then ")", ",", ";", "%", or "." or "/"
# with no digit after ("1. ", "(2) ", "15%", "3, ", "120/ "), or one or two digits, "." or "/" and
# three more ("15/2025/NĐ-CP", "12.500"). Every rule that starts with a number wants after its first one or two
# digits a blank, a date's separator and one or two digits, a range's dash or word, or a time's
# hour word, "h", "g" or ":"; after three, a blank; a year has four.
_NO_RULE_AT_NUMBER = re.compile(r"\d{1,3}(?:[),;%]|[./](?!\d))|\d{1,2}[./]\d{3}")


@functools.cache
def _untimed_number_pattern() -> Any:
    """The grammar at a number with no time of day ahead (see :func:`_time_ahead`): the rules that
    can start with a number, less the :data:`_TIME_LED` ones, which cannot match there."""
    _, rules = _rule_firsts()
    names = tuple(n for n, firsts in rules if (firsts is None or _NUMBER in firsts) and n not in _TIME_LED)
    return _rules_pattern(names)


@functools.cache
def _chained(key: str | None) -> bool:
    """``key`` may open the qualifier chain (its grammar is the whole one, see :func:`_pattern_for`)."""
    chain, _ = _rule_firsts()
    return key is not None and chain is not None and key in chain


@functools.cache
def _chain_step() -> Any:
    """One qualifier word of the chain, where a match starts (the prefix of the grammar with one
    repetition of its chain): where it does not match, the chain of every match there is empty."""
    prefix, _ = _rule_table()
    head = _LEAD + "(?P<chain>"
    repeated = prefix[len(head) : -len("){0,3})")] + ")"
    assert prefix == head + repeated[:-1] + "){0,3})", "the grammar's prefix is not the expected one"
    return re.compile(_stdlib(_LEAD + repeated), re.IGNORECASE)


def _chain_gate() -> Any:
    """:func:`_chain_before_rule`, or :func:`_chain_step` where the first words are not known."""
    gate = _chain_before_rule()
    return _chain_step() if gate is None else gate


@functools.cache
def _chain_before_rule() -> Any:
    """One to three qualifier words where a match starts, then a word some rule can start with
    (:func:`_rule_firsts`, a prefix of it: "trong các ...", "tại Quyết định ..." have none). Where
    it does not match, no match there has a chain: the rules of the start's own word are all that
    can match (:func:`_unchained_pattern_for`). None when the first words are not known."""
    prefix, _ = _rule_table()
    _, rules = _rule_firsts()
    if any(firsts is None for _, firsts in rules):
        return None
    head = _LEAD + "(?P<chain>"
    repeated = prefix[len(head) : -len("){0,3})")] + ")"
    firsts = sorted({w for _, fs in rules if fs is not None for w in fs if w != _NUMBER}, key=lambda w: (-len(w), w))
    ahead = "|".join([r"\d", *map(re.escape, firsts)])
    return re.compile(_stdlib(_LEAD + "(?:" + repeated + "){1,3}(?=" + ahead + ")"), re.IGNORECASE)


@functools.cache
def _rules_pattern(names: tuple[str, ...]) -> Any:
    prefix, rules = _rule_table()
    body = dict(rules)
    return re.compile(_stdlib(prefix + "(?:" + "|".join(_g(n, body[n]) for n in names) + ")"), re.IGNORECASE)


class _Tail:
    """The rules after one rule, matched as their combined pattern (:func:`_tail_compiled`) would
    match them, mostly without compiling it (a large pattern, a different one for each rule).

    A combined pattern tries the chains of qualifier words from the longest, and at each chain
    the rules in order; the empty chain comes last. So where the pattern of all the rules
    (:func:`_pattern`, compiled already) matches with an empty chain, no rule matches there with
    a chain, and the answer is the first of the rules after ``name`` that matches with none: each
    is tried alone (small patterns, compiled once for all the tails). Where it matches with a
    chain, the combined pattern of the tail is compiled and tried; where it does not match, no
    rule does. Given the word at the start (``key``, as :class:`_Starts` reads it), a rule that
    cannot start with it (:func:`_rule_firsts`) is not tried: it would not match there."""

    __slots__ = ("name", "names")

    def __init__(self, name: str, names: list[str]) -> None:
        self.name = name
        self.names = names

    def match(self, text: str, start: int, end: int, key: str | None = None) -> Any:
        whole = _pattern().match(text, start, end)
        if whole is None:  # the tail's rules are some of the whole pattern's
            return None
        if whole.group("chain"):
            return _tail_compiled(self.name).match(text, start, end)
        firsts = _firsts_by_rule() if key is not None else None
        for name in self.names:
            if firsts is not None and (f := firsts[name]) is not None and key not in f:
                continue
            m = _bare_rule_pattern(name).match(text, start, end)
            if m is not None:
                return m
        return None


@functools.cache
def _firsts_by_rule() -> dict[str, frozenset[str] | None]:
    """Each rule's first words (:func:`_rule_firsts`), by its name."""
    return dict(_rule_firsts()[1])


def _retry(text: str, start: int, tried: set[str], rejected: Any, key: str | None = None) -> Any:
    """The match at ``start`` with the ``tried`` rules left out (``key``: the word there, see
    :class:`_Tail`).

    When the rejected match had no qualifier words before it, the combined pattern had already
    failed every rule with every longer chain, and every rule before the rejected one with no
    chain: the answer is the first of the rules after it, one pattern. Otherwise each remaining
    rule is tried alone: the longest chain of qualifier words wins, then the rule that comes first
    (none of the words where it may start, after the chain, among the rule's first ones: not tried)."""
    end = min(len(text), start + _LONGEST)
    if not rejected.group("chain"):
        tail = _tail_pattern(rejected.lastgroup)
        return None if tail is None else tail.match(text, start, end, key)
    best: Any = None
    words = _window_words(text, start, end)
    firsts = _firsts_by_rule() if words is not None else None
    # bounded: a pattern with a required word would otherwise look for it to the end of the text
    for name, _ in _rule_table()[1]:
        if name in tried:
            continue
        if firsts is not None and words is not None and (f := firsts[name]) is not None and f.isdisjoint(words):
            continue
        m = _rule_pattern(name).match(text, start, end)
        if m is not None and (best is None or m.end("chain") > best.end("chain")):
            best = m
    return best


def _window_words(text: str, start: int, end: int) -> set[str] | None:
    """The words of ``text[start:end]`` as :func:`_rule_firsts` has them (casefolded; a word that
    starts with a digit, :data:`_NUMBER`): a rule that matches there after a chain of qualifier
    words starts at one of them. None where one's case folding is not its lower case (as for
    :class:`_Starts`, where the engine and ``casefold`` may differ: every rule is tried)."""
    out: set[str] = set()
    for m in _WORD.finditer(text, start, end):
        w = m[0]
        if w[0].isdigit():
            out.add(_NUMBER)
            continue
        f = w.casefold()
        if f != w.lower():
            return None
        out.add(f)
    return out


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def _first_words(data: dict[str, Any]) -> set[str]:
    """First syllables (both tone styles, lower case) of every word in the word file."""
    out: set[str] = set()
    for s in _strings(data):
        parts = s.split()
        if parts and not parts[0].isdigit():
            out.update(v.casefold() for v in _variants(parts[0]))
    return out


_WORD = re.compile(r"[^\W_]+")


_REACH = 160


@functools.cache
def _first_word_set() -> frozenset[str]:
    raw = dict(_words().raw)
    # the words around the current week or month ("này", "tới", and the lists of words that may
    # not come before or after it: "những", "và", "để" ...) never start an expression
    cp = raw.pop("current_period")
    return frozenset(_first_words(raw) | _first_words({"words": cp["week"] + cp["month"]}))


@functools.cache
def _anchor_word_set() -> frozenset[str]:
    """First syllables of the calendar words of :func:`_precheck`."""
    cal = _words().raw["calendar"]
    raw = _words().raw
    words = cal["month"] + cal["quarter"] + cal["year"] + raw["relative"]["units"]["week"]
    words += raw["events"]["named"] + raw["events"]["periodic"] + raw["weekday_lead"] + raw["sunday"]
    anchors = {v.casefold() for w in words if w.split() for v in _variants(w.split()[0])}
    # "định kỳ" alone names a cycle with no calendar word: its second syllable is the anchor
    anchors.update(v.casefold() for w in raw["recurrence"]["periodic"] for v in _variants(w.split()[-1]))
    # ... and so does "kỳ" of "học kỳ" ("học" is everywhere: "khoa học"), and a term written short
    terms = raw["school_terms"]
    anchors.update(v.casefold() for w in terms["words"] for v in _variants(str(w).split()[-1]))
    anchors.update(v.casefold() for ws in terms["glued"].values() for w in ws for v in _variants(str(w).split()[0]))
    return frozenset(anchors)


_FIRST, _ANCHOR = 1, 2
# (helper 55) a word that anchors only right after a part of the day ("chiều nay", "sáng mai": a part
# of today or tomorrow, with no number and no calendar word), :func:`_part_anchored`
_AFTER_PART = 4
# (helper 66) a part of the day's word that anchors only right after "ngay trong" ("ngay trong đêm."),
# :func:`_lead_anchored`
_AFTER_LEAD = 8


def _word_kinds() -> dict[str, int]:
    """Each word that may start an expression (:data:`_FIRST`, see :func:`_first_word_set`) or
    anchors one (:data:`_ANCHOR`, :func:`_anchor_word_set`), casefolded.

    A first syllable of the word file that neither a rule nor the qualifier chain can start with
    (:func:`_rule_firsts`: "và", "của", "công" ...) starts nothing: it is left out (a start there
    would find no pattern to try, :func:`_pattern_for`), unless it anchors."""
    return _grammar().word_kinds


def _built_word_kinds(
    firsts: tuple[frozenset[str] | None, list[tuple[str, frozenset[str] | None]]],
) -> dict[str, int]:
    first, anchor = _first_word_set(), _anchor_word_set()
    chain, rules = firsts
    if chain is not None and all(firsts is not None for _, firsts in rules):
        first = first & chain.union(*(firsts for _, firsts in rules if firsts is not None))
    cd = _words().raw["current_day"]
    after_part = {v.casefold() for w in cd["today_after_part"] + cd["tomorrow"] for v in _variants(w)}
    after_lead = {v.casefold() for w in cd["bare_parts"] for v in _variants(str(w).split()[-1])}
    return {
        w: (_FIRST if w in first else 0)
        | (_ANCHOR if w in anchor else 0)
        | (_AFTER_PART if w in after_part else 0)
        | (_AFTER_LEAD if w in after_lead else 0)
        for w in first | anchor | after_part | after_lead
    }


@functools.cache
def _day_part_before() -> Any:
    """(helper 55) A part of the day right before a position ("chiều" of "trong chiều nay")."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_alt(_words().day_parts)}\s++$", regex.IGNORECASE)


@functools.cache
def _bare_part_lead() -> Any:
    """(helper 66) "ngay trong" (and the first words of a part of the day: "buổi") right before a
    position (the "đêm" of "ngay trong đêm")."""
    cd = _words().raw["current_day"]
    heads = {" ".join(str(w).split()[:-1]) for w in cd["bare_parts"]} - {""}
    head = rf"(?:{_alt(heads)}\s++)?" if heads else ""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_alt(cd['bare_part_after'])}\s++{head}$", regex.IGNORECASE)


def _lead_anchored(text: str, pos: int) -> bool:
    """(helper 66) Whether the part of the day at ``pos`` follows "ngay trong"."""
    return _bare_part_lead().search(text, max(0, pos - 24), pos) is not None


def _part_anchored(text: str, pos: int) -> bool:
    """(helper 55) Whether the word at ``pos`` ("nay", "mai") follows a part of the day."""
    return _day_part_before().search(text, max(0, pos - 12), pos) is not None


def _count_per(count: str, period: str) -> str:
    """A count then the times word, then the period after a slash or a "per" word ("02 lần/năm",
    "1 lần trong tháng"): ``count`` and ``period`` are pattern pieces (alternations, groups)."""
    fq = _words().raw["frequency"]
    return rf"{count}\s++{_alt(fq['times'])}(?:\s*+/\s*+|\s++{_alt(fq['per'])}\s++){period}"


@functools.cache
def _cycle_context(kind: str) -> Any:
    """A weekly or monthly cycle (``kind``) before a weekday or a day with no month: "hằng tuần",
    "hằng tháng", or a report of that cycle ("báo cáo tuần (trước 15 giờ thứ Năm)", "Báo cáo tháng
    gửi trước ngày 15 của tháng")."""
    raw = _words().raw
    reports = [f"{n} {c}" for n in raw["periodic_reports"]["nouns"] for c in raw["periodic_reports"][kind]]
    # ... or once in that period ("01 lần/tháng, trước ngày 25", "1 lần/tuần vào thứ Sáu")
    fq = raw["frequency"]
    once = _alt(["1", "01", *(k for k, v in fq["counts"].items() if int(v) == 1)])
    per = _alt(k for k, v in fq["periods"].items() if int(v) == (0 if kind == "weekly" else 1))
    count = rf"(?<![\p{{L}}\p{{N}}]){_count_per(once, per)}"
    return regex.compile(
        "(?:" + _alt(raw["recurrence"][kind]) + "|" + count + "|" + _alt(reports) + r"(?![\s/.\-]*+\p{N}))",
        regex.IGNORECASE,
    )


def _precheck_words() -> list[str]:
    cal = _words().raw["calendar"]
    raw = _words().raw
    words = cal["month"] + cal["quarter"] + cal["year"] + raw["relative"]["units"]["week"]
    words += raw["events"]["named"] + raw["events"]["periodic"] + raw["weekday_lead"] + raw["sunday"]
    words += raw["recurrence"]["periodic"] + raw["relative"]["immediate"] + raw["relative"]["immediate_event"]["leads"]
    words += raw["daily"]  # (a daily duty, :func:`_daily_duties`)
    words += raw["current_day"]["today"] + raw["current_day"]["bare"]  # ("ngay trong ngày", "hôm nay")
    # (helper 55) a part of today or tomorrow ("trong chiều nay", "sáng mai")
    later = raw["current_day"]["today_after_part"] + raw["current_day"]["tomorrow"]
    words += [f"{p} {w}" for ps in raw["day_parts"].values() for p in ps for w in later]
    # (helper 66) a bare part of the day after "ngay trong" ("ngay trong đêm.")
    cd = raw["current_day"]
    words += [f"{a} {p}" for a in cd["bare_part_after"] for p in cd["bare_parts"]]
    words += raw["school_terms"]["words"] + [x for v in raw["school_terms"]["glued"].values() for x in v]
    # (helper 84) a conference with its Party committee ("Hội nghị Tỉnh ủy")
    pb = raw["events"]["party_bodies"]
    words += [f"{e} {c}" for e in pb["committee_events"] for c in pb["committees"]]
    return [str(w) for w in words]


@functools.cache
def _precheck() -> Any:
    """A digit or a calendar word: every expression holds one (see :func:`_may_hold_time`)."""
    return regex.compile(r"\d|" + _precheck_body(), regex.IGNORECASE)


def _precheck_body() -> str:
    return _grammar().precheck_body


def _built_precheck_body() -> str:
    return _alt(_precheck_words()).replace(r"(?![\p{L}\p{N}])", "")


@functools.cache
def _precheck_parts() -> tuple[Any, Any, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]:
    """:func:`_precheck` in three steps: a digit; the syllables of a calendar word, each
    casefolded, all in the casefolded text (a cheap test that every match of the words passes: the
    engine matches a letter of these words only by characters that casefold to it, but for
    :data:`_FOLD_EXCEPTION`); the words. The words' syllables come by the one looked for first
    (the longest), with the rest of each word's: a syllable shared by several is looked for once."""
    syllables = _grammar().precheck_syllables
    return regex.compile(r"\d"), regex.compile(_precheck_body(), regex.IGNORECASE), syllables


def _built_precheck_syllables() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    phrases = {
        tuple(sorted({p.casefold() for p in v.split()}, key=lambda p: (-len(p), p)))
        for w in _precheck_words()
        for v in _variants(w)
        if v.split()
    }
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases):
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    return tuple((first, tuple(rests)) for first, rests in by_first.items())


# the one character the engine matches to a letter of the calendar words ("i") that casefolds to
# something else ("i" and a dot above): a text holding it skips the syllables test
_FOLD_EXCEPTION = "\u0130"


def _may_hold_time(text: str) -> bool:
    """Whether :func:`_precheck` finds something in ``text`` (the same answer, found sooner)."""
    digit, words, syllables = _precheck_parts()
    if digit.search(text) is not None:
        return True
    if _FOLD_EXCEPTION in text:
        return words.search(text) is not None
    folded = text.casefold()
    for first, rests in syllables:
        if first not in folded:
            continue
        for rest in rests:
            if all(syllable in folded for syllable in rest):
                return words.search(text) is not None
    return False


# --------------------------------------------------------------------------------------------
# resolution helpers


@dataclass(slots=True)
class _Ctx:
    text: str
    doc_date: dt.date | None
    default_year: int | None


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: str
    qualifier: str | None
    due: str | None
    rule: str
    start_date: str | None = None
    recurrence: Recurrence | None = None
    relative: Relative | None = None
    year_inferred: bool = False
    weekday: int | None = None  # weekday expressions awaiting a weekly context
    time: str | None = None
    day_only: int | None = None  # "trước ngày 25" awaiting a monthly context
    bare: str | None = None  # bare recurrence marker: weekly | monthly | ...
    month_day: tuple[int, int] | None = None  # (month, day) of a date written without its year
    items: list[tuple[int, int, str]] | None = None  # a list read as its items: (start, end, due) each


class _Invalid(Exception):
    """An impossible date or time inside a match."""


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _grp(m: Any, name: str) -> str | None:
    if name not in m.re.groupindex:  # (a pattern of some rules only: the group is another's)
        return None
    v = m.group(name)
    return v if isinstance(v, str) else None


def _int(m: Any, name: str) -> int | None:
    v = _grp(m, name)
    return int(v) if v is not None else None


def _quarter(v: str) -> int:
    v = v.casefold()
    if v in _ROMAN:
        return _ROMAN[v]
    return int(v) if v.isdigit() else int(_words().raw["quarter_of_year"][v])


@functools.lru_cache(maxsize=1024)
def _last_day(y: int, mo: int) -> int:
    return calendar.monthrange(y, mo)[1]


def _iso(y: int, mo: int, d: int) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _check(y: int | None, mo: int, d: int) -> None:
    if not 1 <= mo <= 12:
        raise _Invalid(f"month {mo} out of range")
    last = _last_day(y if y is not None else 2024, mo)
    if not 1 <= d <= last:
        raise _Invalid(
            f"day {d} out of range for month {mo}" + (f" of {y}" if y is not None and mo == 2 else "")
        )


def _year(ctx: _Ctx, *values: int | None) -> tuple[int | None, bool]:
    for v in values:
        if v is not None:
            return v, False
    if ctx.default_year is not None:
        return ctx.default_year, True
    return None, False


def _time(m: Any, p: str) -> str | None:
    h = _int(m, p + "h")
    if h is None:
        return None
    mi = _int(m, p + "i")
    if mi is None:
        mi = _int(m, p + "j")
    mi = mi or 0
    dp = _grp(m, p + "dp")
    if dp is not None and _words().day_parts.get(_key(dp)) in ("afternoon", "evening") and h < 12:
        h += 12
    if h > 24:
        raise _Invalid(f"hour {h} out of range")
    if mi > 59:
        raise _Invalid(f"minute {mi} out of range")
    if h == 24:
        h, mi = 23, 59
    return f"{h:02d}:{mi:02d}"


def _chain_cats(chain: str | None) -> list[str]:
    """The categories of the qualifier words of ``chain``, in order (a list of the caller's own)."""
    return list(_chain_categories(chain)) if chain else []


@functools.lru_cache(maxsize=256)
def _chain_categories(chain: str) -> tuple[str, ...]:
    w = _words()
    by_first = _qualifiers_by_first()
    s = _key(chain.replace(":", " "))
    cats: list[str] = []
    i = 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        j = s.find(" ", i)
        word_end = len(s) if j < 0 else j
        for k in by_first.get(s[i:word_end], ()):
            if s.startswith(k, i) and (i + len(k) == len(s) or s[i + len(k)] == " "):
                cats.append(w.qualifier_cat[k])
                i += len(k)
                break
        else:
            i = word_end
    return tuple(cats)


@functools.cache
def _qualifiers_by_first() -> dict[str, tuple[str, ...]]:
    """The qualifier words (:attr:`_Words.qualifier_keys`, longest first) by their first word: only
    those can start at a word of a chain."""
    out: dict[str, list[str]] = {}
    for k in _words().qualifier_keys:
        out.setdefault(k.split(" ", 1)[0], []).append(k)
    return {first: tuple(keys) for first, keys in out.items()}


def _qualifier(cats: list[str], kind: str, has_day_word: bool = False) -> str | None:
    c = set(cats)
    if "by" in c:
        return "by"
    if "before" in c:
        return "before"
    if "through" in c:
        return "through"
    if "until" in c:
        return "through" if kind in ("date", "datetime", "month") else "by"
    if "within" in c:
        return "on" if kind in ("date", "datetime") else "within"
    if "on" in c:
        return "on"
    if c & {"from", "after"}:
        return None
    if has_day_word and kind in ("date", "datetime"):
        return "on"
    return None


def _add(base: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "day":
        return base + dt.timedelta(days=amount)
    if unit == "hour":  # the day the hours run out
        return base + dt.timedelta(days=amount // 24)
    if unit == "week":
        return base + dt.timedelta(weeks=amount)
    if unit == "month":
        from dateutil.relativedelta import relativedelta  # (imported when used: cold start)

        out: dt.date = base + relativedelta(months=amount)
        return out
    # working days: the deadline rows' count (weekends and public holidays skipped), imported
    # here only, so that a text without a working-day term imports no holiday calendar
    from ndq57.export.workdays import add_working_days

    return add_working_days(base, amount)


# --------------------------------------------------------------------------------------------
# rule builders: (match, ctx, qualifier categories) -> _Raw | None (None: not an expression here)


def _numeric_date(m: Any, p: str, ctx: _Ctx, year: int | None = None) -> tuple[int | None, int, int, bool]:
    d = _int(m, p + "d")
    mo = _int(m, p + "m")
    assert d is not None and mo is not None
    short = _int(m, p + "y2")  # ("15/7/26": a year of this century)
    y, inferred = _year(ctx, _int(m, p + "y"), None if short is None else 2000 + short, year)
    _check(y, mo, d)
    return y, mo, d, inferred


def _opens_clause(text: str, pos: int) -> bool:
    """Nothing but blanks or marks between ``pos`` and the punctuation, line end or start before it."""
    before = text[max(0, pos - 40) : pos].rstrip(" \t*_")
    return not before or not before[-1].isalnum()


@functools.cache
def _part_head_before() -> Any:
    """(helper 72) The first word of a part of the day of two words ("rạng" of "rạng sáng") right
    before a position."""
    heads = {str(w).split()[0] for v in _words().raw["day_parts"].values() for w in v if len(str(w).split()) > 1}
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_alt(heads)}\s++$", regex.IGNORECASE)


def _part_head_start(text: str, pos: int) -> int:
    """(helper 72) Where the part of the day at ``pos`` starts, with its head word ("Rạng sáng nay,
    ..." told: the clause opens at "Rạng"), when the two words are one part."""
    h = _part_head_before().search(text, max(0, pos - 12), pos)
    if h is None:
        return pos
    word = text[pos : pos + 8].split(maxsplit=1)
    return h.start() if word and _words().day_parts.get(_key(f"{h.group().strip()} {word[0]}")) else pos


def _ends_text(text: str, pos: int) -> bool:
    """(helper 72) Nothing but blanks, marks and a full stop between ``pos`` and the text's end, or
    a full stop or the line's end with no lower-case word going on after it (the next field's label)."""
    rest = text[pos : pos + 24]
    ended = rest.lstrip(" \t*_")[:1] in (".", ";", "\r", "\n", "")
    rest = rest.lstrip(" \t*_.;")
    return not rest.strip() or (ended and not rest.lstrip()[0].islower())


def _b_date(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    p = "dn" if _grp(m, "dnd") is not None else "dl"
    # "ngày 15/3", or a part of the day in its place opening a clause ("Sáng 15/3, ...", not "theo
    # chiều 1/2")
    has_ng = _grp(m, "dng") is not None or (_grp(m, "ddp") is not None and _opens_clause(m.string, m.start()))
    year_given = _grp(m, p + "y") is not None
    limited = has_ng or bool(set(cats) & {"before", "by", "through", "until"})
    if not year_given and not limited and _grp(m, "chain"):
        # "trong dịp 30/4", "nhân dịp 2/9": the occasion's word stands for "ngày"
        limited = _occasion_end().search(_grp(m, "chain") or "") is not None and (
            _bare_day_month().match(m.string, m.start(p + "d")) is not None  # (not "dịp 2/3 số xã")
        )
    if not year_given and not limited:
        return None
    if p == "dn" and _grp(m, "dny2") is not None and not (limited and _short_year_fits(m, ctx, "dn")):
        return None  # ("15/7/26" alone, or a year far from the document's: no date read)
    if p == "dn" and not year_given and not has_ng and _grp(m, "dns") != "/" and not _joined_day_month(m):
        return None
    y, mo, d, inferred = _numeric_date(m, p, ctx)
    t = _time(m, "dt")
    kind = "datetime" if t else "date"
    due = None if y is None else _iso(y, mo, d) + (f"T{t}" if t else "")
    r = _Raw(m.start(), m.end(), kind, _qualifier(cats, kind, has_ng), due, "date", year_inferred=inferred)
    if not year_given:
        r.month_day = (mo, d)
    return r


@functools.cache
def _occasion_end() -> Any:
    """The word of an occasion ending the words before a day and month ("trong dịp 30/4")."""
    return regex.compile(rf"(?<!\p{{L}}){_alt(_words().raw['occasion_day_words'])}[\s:]*+$", regex.IGNORECASE)


_SHORT_YEAR_REACH = 5  # years either side of the document's year a year of two figures may name


def _short_year_fits(m: Any, ctx: _Ctx, p: str) -> bool:
    """A year of two figures ("trước ngày 15/7/26") names a year near the document's (any year of
    this century where the document has no date)."""
    short = _int(m, p + "y2")
    assert short is not None
    return ctx.doc_date is None or abs(2000 + short - ctx.doc_date.year) <= _SHORT_YEAR_REACH


@functools.cache
def _joined_tail() -> Any:
    """What may not follow a day and month joined by a dash or a dot: a number, a percent sign or
    a unit ("trước 15-20%", "chậm nhất 3-5 ngày" are spans of numbers, not dates)."""
    units = _alt(_words().raw["joined_date_not_before"])
    return regex.compile(r"\s*+(?:[%\p{N}]|" + units + ")", regex.IGNORECASE)


def _joined_day_month(m: Any) -> bool:
    """"trước 15-7", "chậm nhất 20.12": a day and a month joined by a dash or a dot, with no year
    and no "ngày", after a deadline word (the caller checks it); the year comes from the document."""
    d, mo = _int(m, "dnd") or 0, _int(m, "dnm") or 0
    if not (1 <= mo <= 12 and 1 <= d <= _last_day(2024, mo)):
        return False
    if _joined_tail().match(m.string, m.end()) is None:
        return True
    # "trước 15-1 năm sau": a year relative to the document's names the year of the day; a span of
    # years ("trong 1-2 năm tới") counts up, a day and month that does not is a date
    return d >= mo and _relative_year().match(m.string, m.end()) is not None


def _b_date_this_month(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    y, mo = _current_month(m, "dcr", ctx)
    d = _int(m, "dcd") or 0
    if y is not None and not 1 <= d <= _last_day(y, mo):
        return None
    due = None if y is None else _iso(y, mo, d)
    return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date", True), due, "date_this_month")


def _b_datetime_time_first(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    p = "tfn" if _grp(m, "tfnd") is not None else "tfl"
    if p == "tfn" and _grp(m, "tfny2") is not None and not _short_year_fits(m, ctx, "tfn"):
        return None
    y, mo, d, inferred = _numeric_date(m, p, ctx)
    t = _time(m, "tf")
    due = None if y is None else f"{_iso(y, mo, d)}T{t}"
    r = _Raw(
        m.start(),
        m.end(),
        "datetime",
        _qualifier(cats, "datetime", True),
        due,
        "datetime_time_first",
        year_inferred=inferred,
    )
    if _grp(m, p + "y") is None:
        r.month_day, r.time = (mo, d), t
    return r


def _b_range_date(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    ye, me, de, inf_e = _numeric_date(m, "re", ctx)
    if _grp(m, "rsd") is not None:
        ys, ms, ds, inf_s = _numeric_date(m, "rs", ctx)
        if _grp(m, "rey") is None and ys is not None:
            ye, inf_e = ys, inf_s
            _check(ye, me, de)
    else:
        ds = _int(m, "rpd") or 0
        ms_ = _int(m, "rpm")
        ms = ms_ if ms_ is not None else me
        ys = ye
        inf_s = inf_e
        if ys is not None and ms > me:
            ys -= 1
        _check(ys, ms, ds)
    due = _iso(ye, me, de) if ye is not None else None
    start = _iso(ys, ms, ds) if ys is not None else None
    if due is not None and start is not None and start > due:
        return None
    return _Raw(
        m.start(),
        m.end(),
        "range",
        "from_to",
        due,
        "range_date",
        start_date=start,
        year_inferred=inf_e or inf_s,
    )


def _b_range_longdate(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    ye, me, de, inf_e = _numeric_date(m, "le", ctx)
    if _grp(m, "lsd") is not None:
        ds, ms = _int(m, "lsd") or 0, _int(m, "lsm") or 0
        given = _int(m, "lsy")
    else:
        ds = _int(m, "lpd") or 0
        ms = _int(m, "lpm") or me
        given = None
    ys = given if given is not None else ye
    if given is None and ys is not None and ms > me:
        ys -= 1  # "từ ngày 15 tháng 12 đến ngày 15 tháng 01 năm 2027"
    if _grp(m, "ley") is None and given is not None:
        ye, inf_e = given + (1 if me < ms else 0), False
    _check(ys, ms, ds)
    due = _iso(ye, me, de) if ye is not None else None
    start = _iso(ys, ms, ds) if ys is not None else None
    if due is not None and start is not None and start > due:
        return None
    return _Raw(m.start(), m.end(), "range", "from_to", due, "range_longdate", start_date=start, year_inferred=inf_e)


def _b_range_month(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    m1, m2 = _int(m, "m1"), _int(m, "m2")
    assert m1 is not None and m2 is not None
    y2 = _int(m, "m2y")
    y1 = _int(m, "m1y")
    inferred = False
    if y2 is None and y1 is None and _grp(m, "m2o") is not None:
        # "Tháng 8 - 9", "tháng 11 - 02": the year of the document (a span across the new year
        # runs into the next one); (helper 110) a list with no year too ("vào các tháng 4, 6, 8",
        # "tháng 4, tháng 6 và tháng 8"): each month of the document's year (not the head of a
        # longer list, "tháng 3, 6, 9 và 12 hằng năm", read whole as a cycle)
        if ctx.default_year is None or _list_goes_on(m):
            return None
        y1, inferred = ctx.default_year, True
        y2 = y1 + 1 if m1 > m2 else y1
    elif y2 is None and _grp(m, "m2o") is not None:
        y2 = y1 + 1 if y1 is not None and m1 > m2 else y1
    if y2 is None:  # "năm nay", "năm sau" after the last month: the document's year, the next one
        now = ctx.doc_date.year if ctx.doc_date is not None else ctx.default_year
        if now is None:
            return None
        y2 = now + 1 if _grp(m, "m2x") is not None else now
        if _grp(m, "m1n") is not None:
            y1 = now
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2
    if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
        return None
    assert y1 is not None and y2 is not None
    r = _Raw(
        m.start(),
        m.end(),
        "range",
        "from_to",
        _iso(y2, m2, _last_day(y2, m2)),
        "range_month",
        start_date=_iso(y1, m1, 1),
        year_inferred=inferred,
    )
    listed = _listed_items(m, "m1", "m2", "month")
    if listed is not None and y1 == y2:
        nums = [m1, *(int(n) for _, _, n in listed[1:-1]), m2]
        # "tháng 3, 6, 9, 12/2026": each month; "tháng 6, 7/2026" a span; the month's word said again
        # ("tháng 8 và tháng 9/2026", "tháng 10, tháng 11/2026"): each month, however near; (helper
        # 110) with no year ("các tháng 7, 8", "số liệu tháng 3, 4"): each month, never a span
        if nums != list(range(m1, m2 + 1)) or _word_repeated(m, "m1", "m2", "month") or inferred:
            r.kind, r.qualifier, r.start_date, r.rule = "month", _qualifier(cats, "month"), None, "month_list"
            r.items = [(s, e, _iso(y2, n, _last_day(y2, n))) for (s, e, _), n in zip(listed, nums, strict=True)]
    elif listed is not None and len(listed) == 2 and y1 == y2 - 1 and _word_repeated(m, "m1", "m2", "month"):
        # "vào tháng 12 và tháng 01 năm 2027": two months across the new year, each its own
        (s1, e1, _), (s2, e2, _) = listed
        r.kind, r.qualifier, r.start_date, r.rule = "month", _qualifier(cats, "month"), None, "month_list"
        r.items = [(s1, e1, _iso(y1, m1, _last_day(y1, m1))), (s2, e2, _iso(y2, m2, _last_day(y2, m2)))]
    return r


@functools.cache
def _list_number() -> Any:
    return regex.compile(r"(?<![\p{N}])(?:1[0-2]|0?[1-9]|iv|iii|ii|i)(?![\p{L}\p{N}])", regex.IGNORECASE)


@functools.cache
def _list_word(kind: str) -> Any:
    """The month or quarter word right before a number ("tháng 12", "Quý IV")."""
    cal = _words().raw["calendar"]
    return regex.compile(rf"(?:{_alt(cal[kind])})\s++$", regex.IGNORECASE)


def _listed_items(m: Any, first: str, last: str, word: str) -> list[tuple[int, int, str]] | None:
    """The items of a list of months or quarters sharing one year ("tháng 3, 6, 9 và 12/2026"):
    (start, end, number) of each, the first from the match's start, the last to its end; None for
    a span ("tháng 7 đến tháng 9/2026", "Quý I - II/2026")."""
    text = m.string
    a, b = m.end(first), m.start(last)
    between = text[a:b]
    if any(c in between for c in "-–—"):
        return None
    if not set(between.casefold().split()).isdisjoint(_words().raw["calendar"]["to"]):
        return None
    items = [(m.start(), a, m.group(first))]
    items.extend((n.start(), n.end(), n.group()) for n in _list_number().finditer(text, a, b))
    lw = _list_word(word).search(text, a, b)
    items.append((lw.start() if lw is not None else b, m.end(), m.group(last)))
    return items


def _list_goes_on(m: Any) -> bool:
    """(helper 110) A list's link and another month's number right after the match ("tháng 3, 6, 9"
    before " và 12 hằng năm"): the match is only the list's head."""
    gap = list_gap().match(m.string, m.end())
    return gap is not None and _list_item_next().match(m.string, gap.end()) is not None


@functools.cache
def _list_item_next() -> Any:
    """A month's number, maybe after the month's word, opening a list's next item."""
    cal = _words().raw["calendar"]
    return regex.compile(rf"(?:(?:{_alt(cal['month'])})\s++)?(?:1[0-2]|0?[1-9])(?!\p{{N}})", regex.IGNORECASE)


def _word_repeated(m: Any, first: str, last: str, word: str) -> bool:
    """The month's word said again before the last number ("tháng 8 và tháng 9/2026")."""
    return _list_word(word).search(m.string, m.end(first), m.start(last)) is not None


def _b_range_quarter(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    q1, q2 = _quarter(_grp(m, "q1") or "1"), _quarter(_grp(m, "q2") or "1")
    y2, inferred = _year(ctx, _int(m, "q2y"), _int(m, "q1y"))
    y1 = _int(m, "q1y")
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if q1 > q2 else y2
    if y1 is not None and y2 is not None and (y1, q1) > (y2, q2):
        return None
    due = _iso(y2, q2 * 3, _last_day(y2, q2 * 3)) if y2 is not None else None
    start = _iso(y1, q1 * 3 - 2, 1) if y1 is not None else None
    r = _Raw(
        m.start(), m.end(), "range", "from_to", due, "range_quarter", start_date=start, year_inferred=inferred
    )
    listed = _listed_items(m, "q1", "q2", "quarter")
    if listed is not None and y2 is not None and y1 == y2:
        nums = [q1, *(_quarter(n) for _, _, n in listed[1:-1]), q2]
        if nums != list(range(q1, q2 + 1)):  # "Quý I và Quý III/2026": each quarter
            r.kind, r.qualifier, r.start_date, r.rule = "quarter", _qualifier(cats, "quarter"), None, "quarter_list"
            r.items = [(s, e, _iso(y2, n * 3, _last_day(y2, n * 3))) for (s, e, _), n in zip(listed, nums, strict=True)]
    return r


def _b_range_quarter_short(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    """"Q3 - Q4/2026": the span from the first quarter's first day; "Q1, Q3/2026" (a list of
    quarters apart): each quarter."""
    q1, q2 = int((_grp(m, "rqs1") or "1")[-1]), int((_grp(m, "rqs2") or "1")[-1])
    y2 = _int(m, "rqs2y")
    assert y2 is not None
    y1 = _int(m, "rqs1y") or (y2 - 1 if q1 > q2 else y2)
    if (y1, q1) >= (y2, q2):
        return None
    due = _iso(y2, q2 * 3, _last_day(y2, q2 * 3))
    if _grp(m, "rqsl") is not None and (y1 != y2 or q2 != q1 + 1):
        first_end = m.end("rqs1")
        r = _Raw(m.start(), m.end(), "quarter", _qualifier(cats, "quarter"), due, "quarter_list")
        r.items = [(m.start(), first_end, _iso(y1, q1 * 3, _last_day(y1, q1 * 3))), (m.start("rqs2"), m.end(), due)]
        return r
    start = _iso(y1, q1 * 3 - 2, 1)
    return _Raw(m.start(), m.end(), "range", "from_to", due, "range_quarter", start_date=start)


def _b_range_year(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    y1, y2 = _int(m, "y1"), _int(m, "y2")
    assert y1 is not None and y2 is not None
    if not 0 < y2 - y1 <= 100:
        return None
    chain = _key(_grp(m, "chain") or "")
    school = chain.endswith(_school_year_keys())
    if school and y2 == y1 + 1 and any(k in chain for k in _school_end_keys()):
        # "vào cuối năm học 2026 - 2027", "trước cuối năm học ...": the school year's close, vague
        (em, ed) = _school_year_bounds()[1]
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), _iso(y2, em, ed), "school_year_end")
    if school and set(cats) & {"before", "by"} and not any(k in chain for k in _period_end_keys()):
        # "hoàn thành trước năm học 2027 - 2028": by the school year's opening, a day each
        # province sets (as "trước ngày khai giảng năm học ..."): a limit with no date
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "school_year_before")
    if chain.endswith(tuple(_term_events())) and set(cats) & {"before", "by"}:
        # (helper 78) "trước khi kết thúc nhiệm kỳ 2025 - 2030": by the congress that closes the term,
        # vague and unresolved, its years in the phrase (as "chậm nhất đến cuối nhiệm kỳ 2025 - 2030")
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "event")
    if school and y2 == y1 + 1 and "from" not in cats:
        # "trong năm học 2026 - 2027": the school year, from September to its end in May (the
        # ministry's yearly frame closes a school year by 31 May), not to 31 December
        (sm, sd), (em, ed) = _school_year_bounds()
        return _Raw(
            m.start(), m.end(), "range", "from_to", _iso(y2, em, ed), "school_year", start_date=_iso(y1, sm, sd)
        )
    return _Raw(
        m.start(), m.end(), "range", "from_to", _iso(y2, 12, 31), "range_year", start_date=_iso(y1, 1, 1)
    )


@functools.cache
def _school_term_start() -> Any:
    """A phrase that starts with a school term's word ("học kỳ I ...", "HK2 ..."), no limit before it."""
    t = _words().raw["school_terms"]
    glued = [x for v in t["glued"].values() for x in v]
    return regex.compile(r"^(?:" + _alt(t["words"]) + r"|" + _alt(glued) + r")(?!\p{L})", regex.IGNORECASE)


def names_school_term(phrase: str) -> bool:
    """A term of a school year named with no limit before it ("kết quả học kỳ I năm học 2026 -
    2027"): the phrase starts with the term's word."""
    return _school_term_start().match(phrase) is not None


def _b_school_term(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    """A term of a school year ("trong học kỳ I năm học 2026 - 2027"): from the month the term
    opens to the last day of the month it closes in (``school_terms`` of the time words)."""
    y1, y2 = _int(m, "sty1"), _int(m, "sty2")
    inferred = False
    if y1 is None or y2 is None:
        # "trong học kỳ I" with no school year: the one of the document's date (signed from July,
        # the one about to open); with no date, a term with no day
        if ctx.doc_date is None:
            return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "school_term")
        d = ctx.doc_date
        y1 = d.year if d.month >= int(_words().raw["school_terms"]["next_year_from"]) else d.year - 1
        y2, inferred = y1 + 1, True
    if y2 != y1 + 1:
        return None
    chain = _key(_grp(m, "chain") or "")
    if (
        "before" in cats
        and "within" not in cats
        and _grp(m, "stp") is None
        and not any(k in chain for k in _period_end_keys() + _before_and_during_keys())
    ):
        # "hoàn thành trước học kỳ II năm học ...": by the term's opening, a day each province sets
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "school_term_before")
    terms = _words().raw["school_terms"]
    key = _key(_grp(m, "stn") or _grp(m, "stg") or "")
    number = next((int(n) for n, ws in terms["numbers"].items() if key in {_key(w) for w in ws}), None)
    if number is None:
        number = next(int(n) for n, ws in terms["glued"].items() if key in {_key(w) for w in ws})
    bounds = terms["bounds"][number]
    opens = _school_year_bounds()[0][0]
    (sm, sd), (em, ed) = bounds["start"], bounds["end"]
    sy, ey = (y1 if sm >= opens else y2), (y1 if em >= opens else y2)
    ed = min(ed, _last_day(ey, em))
    month = _grp(m, "stm")
    if month is not None:
        # "trong tháng đầu của học kỳ II ...": the term's opening month (its closing one), by its last day
        last = _key(month) in {_key(v) for w in terms["last_month"] for v in _variants(str(w))}
        year, mo = (ey, em) if last else (sy, sm)
        return _Raw(
            m.start(), m.end(), "month", _qualifier(cats, "month"), _iso(year, mo, _last_day(year, mo)),
            "school_term_month", start_date=_iso(year, mo, 1), year_inferred=inferred,
        )
    part = _grp(m, "stp")
    if part is not None:
        # "vào cuối học kỳ I ...": vague, by the term's close; "đầu học kỳ II ...": by the end of
        # its first month
        parts = _words().raw["parts"]
        due = (
            _iso(ey, em, ed)
            if _key(part) in {_key(v) for w in parts["end"] for v in _variants(str(w))}
            else _iso(sy, sm, _last_day(sy, sm))
        )
        return _Raw(
            m.start(), m.end(), "vague", _qualifier(cats, "vague"), due, "school_term_part", year_inferred=inferred
        )
    return _Raw(
        m.start(),
        m.end(),
        "range",
        "from_to",
        _iso(ey, em, ed),
        "school_term",
        start_date=_iso(sy, sm, sd),
        year_inferred=inferred,
    )


def _b_school_year_alone(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    """"trước khi kết thúc năm học", "đến hết năm học", "vào cuối năm học" (no years written, the
    phrase's end): the school year of the document's date, vague, due by its close (inferred);
    "trong năm học" alone is no limit."""
    chain = _key(_grp(m, "chain") or "")
    close = _key(_grp(m, "sya") or "") in _school_end_keys()
    if not (
        any(k in chain for k in _period_end_keys())
        or set(cats) & {"through", "until"}
        or (close and set(cats) & {"before", "by", "on", "within"})
    ):
        return None
    if ctx.doc_date is None:
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "school_year_alone")
    d = ctx.doc_date
    y1 = d.year if d.month >= int(_words().raw["school_terms"]["next_year_from"]) else d.year - 1
    (em, ed) = _school_year_bounds()[1]
    return _Raw(
        m.start(), m.end(), "vague", _qualifier(cats, "vague"), _iso(y1 + 1, em, ed), "school_year_alone",
        year_inferred=True,
    )


@functools.cache
def _school_year_bounds() -> tuple[tuple[int, int], tuple[int, int]]:
    """(month, day) a school year opens and closes on (``school_year_bounds`` of the time words)."""
    b = _words().raw["school_year_bounds"]
    return (int(b["start"][0]), int(b["start"][1])), (int(b["end"][0]), int(b["end"][1]))


@functools.cache
def _period_end_keys() -> tuple[str, ...]:
    """The limits that name a period's end ("trước khi kết thúc"), as keys."""
    return tuple(_key(v) for w in _words().raw["period_end"] for v in _variants(str(w)))


@functools.cache
def _before_and_during_keys() -> tuple[str, ...]:
    """The limits that take the period in ("trước và trong"), as keys."""
    return tuple(_key(v) for w in _words().raw["before_and_during"] for v in _variants(str(w)))


@functools.cache
def _school_end_keys() -> tuple[str, ...]:
    """The words of a school year's close ("cuối năm học"), as keys."""
    return tuple(_key(v) for w in _words().raw["school_year_end"] for v in _variants(str(w)))


@functools.cache
def _school_year_keys() -> tuple[str, ...]:
    """The words of a school year ("năm học"), as keys, ending a chain of qualifiers."""
    return tuple(_key(v) for w in _words().raw["school_year"] for v in _variants(str(w)))


def _b_recur_monthly_day(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    d = _int(m, "mdd") or 0
    if not 1 <= d <= 31:
        raise _Invalid(f"day {d} out of range")
    days = [d]
    for more in regex.findall(r"\d+", _grp(m, "mdl") or ""):
        if not 1 <= int(more) <= 31:
            return None  # (not days: "ngày 10 và 45 hằng tháng" is read as it was)
        days.append(int(more))
    t = _time(m, "md")
    # (several days: the first is the record's day, every one of them in ``monthdays``)
    listed = sorted(set(days))
    rec = Recurrence(freq="monthly", monthday=d, time=t, monthdays=listed if len(listed) > 1 else None)
    return _Raw(
        m.start(),
        m.end(),
        "recurring",
        _qualifier(cats, "recurring"),
        None,
        "recur_monthly_day",
        recurrence=rec,
    )


def _b_recur_daily_time(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    t = _time(m, "dy")
    q = _qualifier(cats, "recurring")
    if t is None or q not in ("by", "before", "through"):
        # ("tiếp nhận hồ sơ từ 7 giờ 30 hằng ngày", "phát bản tin lúc 6 giờ hằng ngày": office
        # hours and schedules, not a time things are due by)
        return None
    rec = Recurrence(freq="daily", time=t)
    return _Raw(
        m.start(), m.end(), "recurring", q, None, "recur_daily_time", recurrence=rec
    )


def _b_recur_yearly_date(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    d = _int(m, "ydd") if _grp(m, "ydd") is not None else _int(m, "ydd2")
    mo = _int(m, "ydm") if _grp(m, "ydm") is not None else _int(m, "ydm2")
    assert d is not None and mo is not None
    _check(None, mo, d)
    rec = Recurrence(freq="yearly", monthday=d, month=mo, time=_time(m, "yd"))
    return _Raw(
        m.start(),
        m.end(),
        "recurring",
        _qualifier(cats, "recurring"),
        None,
        "recur_yearly_date",
        recurrence=rec,
    )


def _weekday_of(m: Any, p: str) -> int:
    if _grp(m, p + "sun") is not None:
        return 6
    return _words().weekdays[_key(_grp(m, p + "w") or "")]


def _b_weekday_common(m: Any, p: str, rule: str, cats: list[str], weekly: bool) -> _Raw | None:
    wd = _weekday_of(m, p)
    t = _time(m, p + "t") or _time(m, p + "u")
    marked = (
        weekly
        or t is not None
        or _grp(m, p + "ng") is not None
        or _grp(m, p + "dp") is not None
        or bool(set(cats) & {"before", "by", "on", "through", "until"})
    )
    if not marked:
        return None
    if not weekly and t is None and not cats and _grp(m, p + "dp") is None and _ordinal_follows(m):
        return None  # "ngày thứ hai của hội nghị": the second day, not Monday
    q = _qualifier(cats, "recurring" if weekly else "vague")
    if weekly:
        return _Raw(
            m.start(),
            m.end(),
            "recurring",
            q,
            None,
            rule,
            recurrence=Recurrence(freq="weekly", weekday=wd, time=t),
        )
    return _Raw(m.start(), m.end(), "vague", q, None, rule, weekday=wd, time=t)


@functools.cache
def _ordinal_next() -> Any:
    return regex.compile(r"\s*+" + _alt(_words().raw["calendar"]["of"]), regex.IGNORECASE)


def _ordinal_follows(m: Any) -> bool:
    return _ordinal_next().match(m.string, m.end()) is not None


def _b_weekday_weekly_after(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    return _b_weekday_common(m, "wa", "weekday_weekly_after", cats, True)


def _b_weekly_weekday(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    return _b_weekday_common(m, "wb", "weekly_weekday", cats + _chain_cats(_grp(m, "chain2")), True)


def _b_weekday(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    return _b_weekday_common(m, "wc", "weekday", cats, False)


def _year_tail(m: Any, p: str, ctx: _Ctx) -> tuple[int | None, bool]:
    if _grp(m, p + "n") is not None:  # "năm nay"
        return _year(ctx)
    if _grp(m, p + "next") is not None:  # "năm tới", "năm sau": the year after the document's
        y, inferred = _year(ctx)
        return (y + 1 if y is not None else None), inferred
    return _year(ctx, _int(m, p))


def _b_half_year(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    if _grp(m, "hp") is None and (_grp(m, "hy") is None or _grp(m, "hn") is None):
        return None  # ("6 tháng năm", "nửa năm 2026": a length, not the months of a year)
    n = _int(m, "hn")
    n = 6 if n is None else n
    end_part = _words().parts.get(_key(_grp(m, "hp") or "")) == "end"
    y, inferred = _year_tail(m, "hy", ctx)
    mo = 12 if end_part else n
    kind = "half_year" if n == 6 else "quarter" if n in (3, 9) else "month"
    due = _iso(y, mo, _last_day(y, mo)) if y is not None else None
    rule = "half_year" if _grp(m, "hp") is not None or _grp(m, "hh") is not None else "months_of_year"
    return _Raw(m.start(), m.end(), kind, _qualifier(cats, kind), due, rule, year_inferred=inferred)


def _b_quarter_month_one(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    if not set(cats) & {"within", "before", "by", "through", "until", "on"}:
        return None  # ("báo cáo tháng cuối quý này": a report's name; after a limit or "trong", "vào" only)
    month_of_quarter = _quarter_month()[1].get(_key(_grp(m, "qmo") or ""))
    if month_of_quarter is None:
        return None
    named = _int(m, "qmqy")
    if named is not None:  # "tháng đầu của quý III/2026": July 2026
        ym: tuple[int, int] | None = (named, (_quarter(_grp(m, "qmq") or "1") - 1) * 3 + month_of_quarter)
    else:
        ym = _one_quarter_month(_grp(m, "qmor"), month_of_quarter, ctx.doc_date)
    due = None if ym is None else _iso(ym[0], ym[1], _last_day(*ym))
    kind = "month" if ym is not None else "vague"
    return _Raw(m.start(), m.end(), kind, _qualifier(cats, kind), due, "quarter_month_one")


def _b_part(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    part = _words().parts.get(_key(_grp(m, "pp") or ""), "end")
    idx = {"start": 0, "middle": 1, "end": 2}[part]
    if _grp(m, "ppy") is not None:
        y, inferred = _year_tail(m, "py", ctx)
        mo = (3, 6, 12)[idx]
        due = _iso(y, mo, _last_day(y, mo)) if y is not None else None
        rule = "part_of_year"
        if _grp(m, "pyn") is not None or _grp(m, "pynext") is not None:
            rule += "+next" if _grp(m, "pynext") is not None else "+this"  # (helper 55) "cuối năm nay"
    elif _grp(m, "ppw") is not None:
        # (helper 55) "đầu tuần sau", "giữa tuần này", "cuối tuần tới": that part of the document
        # date's week or the next (weeks run Monday to Sunday), by its last day (week_parts)
        inferred = False
        d = ctx.doc_date
        due = None
        if d is not None:
            nxt = 7 if _grp(m, "pwrn") is not None else 0
            due = (d + dt.timedelta(days=nxt - d.weekday() + _week_part_days()[part])).isoformat()
        rule = "part_of_week"
    elif _grp(m, "ppm") is not None:
        y, mo, inferred = _month_of(m, "pm", "pmy", "pmr", ctx)  # "cuối tháng 7", "đầu tháng sau"
        due = None if y is None else _iso(y, mo, (10, 15, _last_day(y, mo))[idx])
        rule = "part_of_month"
    elif _grp(m, "pqrt") is not None or _grp(m, "pqrn") is not None:
        # "cuối quý này", "đầu quý tới": the document date's quarter or the next
        ym = _one_quarter_month(_grp(m, "pqrt") or _grp(m, "pqrn"), 1 + idx, ctx.doc_date)
        due = None if ym is None else _iso(ym[0], ym[1], _last_day(*ym))
        inferred = False
        rule = "part_of_quarter+this" if _grp(m, "pqrt") is not None else "part_of_quarter+next"
    else:
        q = _quarter(_grp(m, "pq") or "1")
        y, inferred = _year(ctx, _int(m, "pqy"))
        mo = q * 3 - 2 + idx
        due = _iso(y, mo, _last_day(y, mo)) if y is not None else None
        rule = "part_of_quarter"
    return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), due, rule, year_inferred=inferred)


@functools.cache
def _week_part_days() -> dict[str, int]:
    """(helper 55) A part of a week ("start", "middle", "end") -> its last day, 0 for Monday."""
    return {str(k): int(v) for k, v in _words().raw["week_parts"].items()}


@functools.cache
def _month_part_days() -> dict[str, int]:
    """"nửa đầu" -> 15, "hạ tuần" -> 31 ... (``month_parts`` of the word file), casefolded."""
    return {_key(v): int(n) for w, n in _words().raw["month_parts"].items() for v in _variants(str(w))}


def _b_part_month_word(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    last = _month_part_days().get(_key(_grp(m, "mpw") or ""))
    if last is None:
        return None
    y, mo, inferred = _month_of(m, "mpm", "mpy", "mpr", ctx)
    due = None if y is None else _iso(y, mo, min(last, _last_day(y, mo)))
    return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), due, "part_of_month", year_inferred=inferred)


def _month_of(m: Any, month: str, year: str, relative: str, ctx: _Ctx) -> tuple[int | None, int, bool]:
    """(year, month, year inferred) of a numbered month ("tháng 12/2026", "tháng 12") or of the
    month named against the document date ("tháng này", "tháng sau")."""
    if _grp(m, month) is not None:
        y, inferred = _year(ctx, _int(m, year))
        return y, _int(m, month) or 1, inferred
    y, mo = _current_month(m, relative, ctx)
    return y, mo, False


def _current_month(m: Any, p: str, ctx: _Ctx) -> tuple[int | None, int]:
    """The month of the document date ("tháng này") or the next one ("tháng tới", "tháng sau")."""
    if ctx.doc_date is None:
        return None, 1
    y, mo = ctx.doc_date.year, ctx.doc_date.month
    if _grp(m, p + "n") is not None:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return y, mo


def _b_week_of_month(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    written = _grp(m, "wko") or ""
    which = written if written in ("1", "2", "3", "4") else _words().week_of_month.get(_key(written))
    if which is None:
        return None
    y, mo, inferred = _month_of(m, "wkm", "wky", "wkr", ctx)  # "tuần cuối tháng 12", "… tháng sau"
    if _grp(m, "wkmw") is not None:  # "… tháng đầu năm 2027", "… tháng cuối năm 2026"
        y, inferred = _year(ctx, _int(m, "wky"))
        mo = int(_words().raw["month_of_year"]["months"].get(_key(_grp(m, "wkmw") or ""), 1))
    due = None
    if y is not None:
        last = _last_day(y, mo)
        due = _iso(y, mo, last if which == "last" else min(7 * int(which), last))
    return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), due, "week_of_month", year_inferred=inferred)


@functools.cache
def _days_of_week() -> Any:
    """Right before "trong tuần": the days or times of any week ("các ngày làm việc", "2 lần")."""
    words = _alt(_words().raw["current_period"]["bare_week_not_after"])
    return regex.compile(rf"(?<![\p{{L}}]){words}[\s*_]*+$", regex.IGNORECASE)


@functools.cache
def _event_day_condition() -> Any:
    """(helper 46) An event's happening put as the clause's condition before a bare "trong ngày"."""
    words = _alt(_words().raw["current_day"]["event_conditions"])
    return regex.compile(rf"(?<![\p{{L}}])(?:{words})(?![\p{{L}}])[^.;\n]*+$", regex.IGNORECASE)


@functools.cache
def _hoped_tomorrow_patterns() -> tuple[Any, Any]:
    """(helper 55) Before and after a "ngày mai" of a hope (``tomorrow_not_after``, ``..._before``)."""
    cd = _words().raw["current_day"]
    before = regex.compile(rf"(?<![\p{{L}}]){_alt(cd['tomorrow_not_after'])}\s++$", regex.IGNORECASE)
    after = regex.compile(rf"\s++{_alt(cd['tomorrow_not_before'])}", regex.IGNORECASE)
    return before, after


def _hoped_tomorrow(text: str, start: int, end: int) -> bool:
    """(helper 55) Whether the tomorrow at ``text[start:end]`` is one of a hope ("vì một ngày mai
    tươi sáng"): after "một", or before a word of praise."""
    before, after = _hoped_tomorrow_patterns()
    lead = _day_word_start(text, start, end)
    return before.search(text, max(0, lead - 12), lead) is not None or after.match(text, end) is not None


def _day_word_start(text: str, start: int, end: int) -> int:
    """Where the day's words start in the phrase ``text[start:end]`` (after its qualifier words:
    the "ngày" of "vào ngày mai")."""
    for m in _WORD.finditer(text, start, end):
        if _words().day_parts.get(_key(m[0])) is not None or m[0].casefold() in _day_words():
            return m.start()
    return start


@functools.cache
def _day_words() -> frozenset[str]:
    return frozenset(v.casefold() for w in _words().raw["calendar"]["day"] for v in _variants(w))


def _b_this_day(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    bare = _grp(m, "tdb") is not None or _grp(m, "tdbp") is not None
    if bare and "within" not in cats:
        return None  # a bare day only after "trong": "báo cáo ngay trong ngày."
    if _grp(m, "tdbe") is not None:
        # (helper 50) "báo cáo ngay trong ngày xảy ra sự cố": the day of that event, its words in the phrase
        ev = _relative_object()[1].match(ctx.text, m.end())
        if ev is None:
            return None
        rel = Relative(amount=0, unit="day", anchor="other", resolved=False)
        return _Raw(m.start(), ev.end(), "relative", "within", None, "relative_event_day", relative=rel)
    if bare and _event_day_condition().search(ctx.text, max(0, m.start() - 200), m.start()):
        # (helper 46) "Khi xảy ra sự cố, ... báo cáo nhanh trong ngày": the day of that event
        rel = Relative(amount=0, unit="day", anchor="other", resolved=False)
        return _Raw(m.start(), m.end(), "relative", "within", None, "relative_event_day", relative=rel)
    if _grp(m, "tdwb") is not None:
        # "trước 17 giờ trong ngày": that time of the document's day (or of the day told before it,
        # :func:`_same_days`)
        t = _time(m, "tdw")
        due = None if ctx.doc_date is None else f"{ctx.doc_date.isoformat()}T{t}"
        return _Raw(m.start(), m.end(), "datetime", _qualifier(cats, "datetime", True), due, "this_day", time=t)
    if _grp(m, "tds") is not None:
        # "trước 17 giờ cùng ngày": the day of a date before it (:func:`_same_days`), a limit or a time
        if not cats and _grp(m, "tdy") is None:
            return None
        t = _time(m, "tdy")
        kind = "datetime" if t else "date"
        return _Raw(m.start(), m.end(), kind, _qualifier(cats, kind, True), None, "same_day", time=t)
    if _grp(m, "tdn") is not None and (
        _grp(m, "tdg") is not None
        or (
            _grp(m, "tdydp") is None
            and (
                _grp(m, "tdp") is None
                or (
                    not cats
                    and _opens_clause(ctx.text, _part_head_start(ctx.text, m.start()))
                    and not _ends_text(ctx.text, m.end())
                )
            )
        )
    ):
        # ("nay" after a part of the day only: not "ngày nay", nor "Sáng nay, ..." told; (helper 55)
        # a part of today after the work, "báo cáo Ủy ban nhân dân tỉnh tối nay", is read; (helper 72)
        # a part of today alone in its text, a table's time cell or a time field's value, "Tối nay")
        return None
    tomorrow = _grp(m, "tdm") is not None
    if tomorrow and _grp(m, "tdg") is None and _grp(m, "tdp") is None and _grp(m, "tdydp") is None:
        return None  # ("mai" alone: a name, a flower)
    if tomorrow and _grp(m, "tdy") is None and _hoped_tomorrow(ctx.text, m.start(), m.end()):
        return None  # (helper 55) "vì một ngày mai tươi sáng": a hope, no day
    t = _time(m, "tdy")
    kind = "datetime" if t else "date"
    due = None
    if ctx.doc_date is not None:
        due = (ctx.doc_date + dt.timedelta(days=int(tomorrow))).isoformat() + (f"T{t}" if t else "")
    return _Raw(m.start(), m.end(), kind, _qualifier(cats, kind, True), due, "tomorrow" if tomorrow else "this_day")


def _b_this_period(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    if _grp(m, "cpb") is not None:
        if "within" not in cats:  # a bare week only after "trong": "ngay trong tuần"
            return None
        if _days_of_week().search(m.string, max(0, m.start() - 40), m.start()) is not None:
            return None  # ("các ngày làm việc trong tuần", "2 lần trong tuần": any week's)
        unit, nxt = "week", False
    elif _grp(m, "cpq") is not None or _grp(m, "cpy") is not None:
        # the document's quarter or year, or the next: only after a limit ("trong năm nay", "trước
        # hết quý này"), not "kế hoạch năm sau"
        if not set(cats) & {"within", "before", "by", "through", "until"}:
            return None
        unit = "quarter" if _grp(m, "cpq") is not None else "year"
        nxt = _grp(m, "cpqrn") is not None or _grp(m, "cpyn") is not None
    else:
        unit = "week" if _grp(m, "cpw") is not None else "month"
        nxt = _grp(m, "cprn") is not None
    rule = ("next_" if nxt else "this_") + unit
    due = None
    d = ctx.doc_date
    if unit in ("quarter", "year"):
        if d is not None:
            if unit == "year":
                due = _iso(d.year + nxt, 12, 31)
            else:
                q = (d.month - 1) // 3 + (2 if nxt else 1)
                y = d.year + (q - 1) // 4
                q = (q - 1) % 4 + 1
                due = _iso(y, q * 3, _last_day(y, q * 3))
        return _Raw(m.start(), m.end(), unit, _qualifier(cats, unit), due, rule)
    if d is not None:
        if unit == "week":  # weeks run Monday to Sunday
            end = d + dt.timedelta(days=6 - d.weekday() + (7 if nxt else 0))
        else:
            from dateutil.relativedelta import relativedelta  # (imported when used: cold start)

            first = dt.date(d.year, d.month, 1) + relativedelta(months=1 if nxt else 0)
            end = first.replace(day=_last_day(first.year, first.month))
        due = end.isoformat()
    return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), due, rule)


def _b_quarter(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    short = _grp(m, "qs")
    if short is not None:  # "Q3/2026"
        sq, sy = int(short[-1]), _int(m, "qsy")
        assert sy is not None
        sdue = _iso(sy, sq * 3, _last_day(sy, sq * 3))
        return _Raw(m.start(), m.end(), "quarter", _qualifier(cats, "quarter"), sdue, "quarter")
    q = _quarter(_grp(m, "qq") or "1")
    if _grp(m, "qyr") is not None:
        rec = Recurrence(freq="yearly", month=q * 3, monthday=_last_day(2023, q * 3))
        return _Raw(
            m.start(), m.end(), "recurring", _qualifier(cats, "recurring"), None, "recur_yearly_quarter", recurrence=rec
        )
    y, inferred = _year(ctx, _int(m, "qy"))
    due = _iso(y, q * 3, _last_day(y, q * 3)) if y is not None else None
    r = _Raw(m.start(), m.end(), "quarter", _qualifier(cats, "quarter"), due, "quarter", year_inferred=inferred)
    if _int(m, "qy") is None:
        r.month_day = (q * 3, _last_day(2023, q * 3))
    return r


def _b_month(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    mo = _int(m, "mm") or int(_words().raw["month_of_year"]["months"].get(_key(_grp(m, "mmw") or ""), 1))
    if _grp(m, "myr") is not None:
        return _Raw(
            m.start(),
            m.end(),
            "recurring",
            _qualifier(cats, "recurring"),
            None,
            "recur_yearly_month",
            recurrence=Recurrence(freq="yearly", month=mo),
        )
    y, inferred = _year_tail(m, "my", ctx)
    named = _grp(m, "myn") is not None or _grp(m, "mynext") is not None  # ("tháng đầu năm tới")
    due = _iso(y, mo, _last_day(y, mo)) if y is not None else None
    r = _Raw(m.start(), m.end(), "month", _qualifier(cats, "month"), due, "month", year_inferred=inferred and not named)
    if _int(m, "my") is None and not named:
        r.month_day = (mo, _last_day(2023, mo))
    return r


_MONTH_NUMBER = regex.compile(r"\d{1,2}")


@functools.cache
def _month_span_start() -> Any:
    """"từ tháng 7" right before "đến tháng 9 hằng năm": the end of a yearly span, read backwards."""
    raw = _words().raw
    pattern = rf"{_alt(raw['qualifiers']['from'])}\s++{_alt(raw['calendar']['month'])}\s++\d{{1,2}}\s*+$"
    return regex.compile(pattern.replace(r"(?![\p{L}\p{N}])", ""), regex.IGNORECASE)


def _b_recur_yearly_months(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    """Each month of the list (or the one month) every year, due by its last day (as "trong tháng
    7/2026" is)."""
    months = list(dict.fromkeys(int(x) for x in _MONTH_NUMBER.findall(_grp(m, "yml") or "")))
    if len(months) == 1 and _month_span_start().search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "Từ tháng 7 đến tháng 9 hằng năm": a yearly span, not a deadline in month 9
    dates = [f"{mo:02d}-{_last_day(2023, mo):02d}" for mo in months]
    # one month ("tháng 7 hằng năm") is one yearly day, as "Hằng năm, vào tháng 7" is
    rec = Recurrence(
        freq="yearly", month=months[0], monthday=_last_day(2023, months[0]), dates=dates if len(dates) > 1 else None
    )
    return _Raw(
        m.start(), m.end(), "recurring", _qualifier(cats, "recurring"), None, "recur_yearly_months", recurrence=rec
    )


def _b_recur_yearly_span(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    """"Từ tháng 7 đến tháng 9 hằng năm", "từ tháng 11 năm trước đến tháng 3 năm sau" (a season
    over the turn of the year): every year, due by the last day of the span's last month
    (qualifier ``from_to``, as a span's)."""
    first, last = _int(m, "ys1") or 1, _int(m, "ys2") or _int(m, "ys3") or 1
    if first == last:
        return None
    rec = Recurrence(freq="yearly", month=last, monthday=_last_day(2023, last))
    q = _qualifier(cats, "recurring")
    return _Raw(
        m.start(), m.end(), "recurring", q or "from_to", None, "recur_yearly_span", recurrence=rec
    )


@functools.cache
def _self_fill() -> Any:
    """The words between "kể từ ngày" and "ban hành" that name this document: "Kế hoạch (này)
    (được)" — its own issue, dated by the document date."""
    rel = _words().raw["relative"]
    return regex.compile(
        rf"\s*+(?:{_alt(rel['self_documents'])})(?:\s++{_alt(rel['self_this'])})?(?:\s++{_alt(rel['self_passive'])})?\s*+",
        regex.IGNORECASE,
    )


@functools.cache
def _minimum_before() -> Any:
    return regex.compile(rf"(?<![\p{{L}}])(?:{_alt(_words().raw['relative']['minimum'])})\s*+$", regex.IGNORECASE)


@functools.cache
def _year_after() -> Any:
    return regex.compile(rf"\s++(?:{_alt(_words().raw['relative']['year_after'])})", regex.IGNORECASE)


@functools.cache
def _compare_links() -> frozenset[str]:
    """The links that count a term back only after a limit ("trước 03 ngày so với ngày ...")."""
    return frozenset(_key(v) for w in _words().raw["relative"]["compare_links"] for v in _variants(str(w)))


def _b_relative(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    w = _words()
    link = _grp(m, "rl")
    if link is None and not set(cats) & {"within", "by", "after"}:
        return None
    amount = _int(m, "ra") or 0
    unit = w.units.get(_key(_grp(m, "ru") or ""), "day")
    start = m.start()
    if _minimum_before().search(m.string, max(0, m.start("ra") - 20), m.start("ra")) is not None:
        lead = _lead_minimum().search(m.string, max(0, m.start("ra") - 30), m.start("ra")) if not cats else None
        if lead is None or link is None or _key(link) not in _compare_links():
            return None  # "lưu trữ tối thiểu 5 năm, kể từ ...": a least length, not a limit
        # "trước ít nhất 05 ngày làm việc tính đến ngày khai mạc": counted back from the event
        start, cats = lead.start(), ["before"]
    if link is not None and _key(link) in _compare_links() and not set(cats) & {"before", "by"}:
        return None  # "giảm 10 ngày so với quy định": a difference, not a term
    if unit == "hour" and link is None and "within" not in cats:
        return None  # "chậm nhất 17 giờ", "sau 17 giờ": a clock time; "trong vòng 24 giờ" a length
    if link is None and amount == 1 and _rate_before().search(m.string, max(0, start - _RATE_REACH), start):
        return None  # (helper 107) "tiếp công dân ít nhất 01 ngày trong 01 tháng": how often, no term
    if unit == "year":
        if link is None and ("after" not in cats or _year_after().match(m.string, m.end()) is None):
            return None  # "trong 5 năm tới", "sau 40 năm đổi mới": a span, not a term
        amount, unit = amount * 12, "month"
    base: dt.date | None = None
    anchor_word = _grp(m, "ran")
    if anchor_word is not None:
        anchor = w.anchors.get(_key(anchor_word), "other")
        fill = _grp(m, "rfill")
        if anchor in ("signing", "issue") and fill and _self_fill().fullmatch(fill) is None:
            anchor = "other"  # "kể từ ngày các bên ký kết": someone else's signature
        elif anchor == "signing" and _signing_other().match(m.string, m.end()) is not None:
            anchor = "other"  # (helper 95) "kể từ ngày ký biên bản bàn giao": another paper's signature
        elif anchor in ("signing", "issue") and _other_paper().match(m.string, m.end()) is not None:
            anchor = "other"  # (helper 107) "kể từ ngày ban hành quyết định xác minh": another paper
        if anchor in ("signing", "issue"):
            base = ctx.doc_date
    elif _grp(m, "radd") is not None:
        anchor = "date"
        y, mo, d, _inf = _numeric_date(m, "rad", ctx)
        assert y is not None
        base = dt.date(y, mo, d)
    else:
        anchor = "other"
    due = None
    if base is not None:
        try:
            due = _add(base, amount, unit).isoformat()
        except (OverflowError, ValueError):
            due = None
    rel = Relative(amount=amount, unit=unit, anchor=anchor, resolved=due is not None)
    q = _qualifier(cats, "relative")
    return _Raw(start, m.end(), "relative", q, due, "relative", relative=rel)


_RATE_REACH = 30  # (how far before a length its count of days or times is looked for)


@functools.cache
def _rate_before() -> Any:
    """(helper 107) Right before "trong" and a length of one period: a count of days or times ("01
    ngày", "02 buổi", "03 lần"), the work's rate in each such period ("02 ngày trong 01 tháng"), not a
    term."""
    words = _alt(_words().raw["relative"]["rate_counts"])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])\d{{1,3}}\s++{words}[\s*_]*+$", regex.IGNORECASE)


@functools.cache
def _signing_other() -> Any:
    """Another paper named right after the signing anchor: "ký| biên bản bàn giao"."""
    rel = _words().raw["relative"]
    return regex.compile(rf"\s++(?:{_alt(rel['signing_other'])})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _lead_minimum() -> Any:
    """A limit's lead, then a least length's word, right before a length: "trước ít nhất "."""
    rel = _words().raw["relative"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{_alt(rel['after_event']['event_leads'])})\s++(?:{_alt(rel['minimum'])})\s*+$",
        regex.IGNORECASE,
    )


def _b_recur_bare(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    n = _int(m, "rpn")
    if n is None:
        n = _int(m, "rpn2")
    q = _qualifier(cats, "recurring")
    if n is not None:
        if n < 1:
            return None
        return _Raw(
            m.start(),
            m.end(),
            "recurring",
            q,
            None,
            "recur_periodic",
            recurrence=Recurrence(freq="periodic", interval_months=n),
        )
    if _grp(m, "rd") is not None:
        return _Raw(m.start(), m.end(), "recurring", q, None, "recur_daily",
                    recurrence=Recurrence(freq="daily"), bare="daily")
    if _grp(m, "rpo") is not None:
        return _Raw(m.start(), m.end(), "recurring", q, None, "recur_periodic_unsaid",
                    recurrence=Recurrence(freq="periodic"), bare="periodic")
    cat = _words().recurrence.get(_key(_grp(m, "rb") or ""), "yearly")
    rec = Recurrence(freq="periodic", interval_months=3) if cat == "quarterly" else Recurrence(freq=cat)
    return _Raw(m.start(), m.end(), "recurring", q, None, "recur_bare", recurrence=rec, bare=cat)


def _b_year(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    y = _int(m, "yy")
    if y is None:
        if not cats:
            return None
        y = _int(m, "yb")
    assert y is not None
    return _Raw(m.start(), m.end(), "year", _qualifier(cats, "year"), _iso(y, 12, 31), "year")


def _b_day_only(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    if not set(cats) & {"before", "by", "on", "through", "until", "within"}:
        return None
    d = _int(m, "do") or 0
    if not 1 <= d <= 31:
        return None
    return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "recurring"), None, "day_only", day_only=d)


@functools.cache
def _holiday_before() -> Any:
    """A word right before the Lunar New Year that makes it the holiday, not its day ("dịp")."""
    words = _words().raw["events"]["lunar_new_year"]["not_after"]
    return regex.compile(rf"(?<![\p{{L}}]){_alt(words)}\s*+$", regex.IGNORECASE)


@functools.cache
def _campaign_months() -> dict[str, int]:
    """The campaign months ("Tháng Thanh niên": 3), by key."""
    got = _words().raw["events"].get("campaign_months") or {}
    return {_key(v): int(mo) for name, mo in got.items() for v in _variants(str(name))}


@functools.cache
def _year_names() -> dict[str, int]:
    """The sexagenary names of the years ("bính ngọ" -> 2026), folded to lower case."""
    names = _words().raw["events"]["lunar_new_year"]["year_names"]
    return {_key(v): int(y) for k, y in names.items() for v in _variants(str(k))}


@functools.cache
def _lunar_first_month() -> tuple[Any, dict[str, int], int, frozenset[str], Any]:
    """(The day's number or full-moon word before a lunar month; the lunar months' numbers by
    name's key; the full moon's day; the keys of the months that stand alone, with no day ("tháng
    Giêng", "tháng Chạp"); the old day words ("mùng") before a day's number, at its start.)"""
    ev = _words().raw["events"]
    day = regex.compile(rf"(?P<n>\d{{1,2}})|(?P<full>{_alt(ev['lunar_full_moon'])})", regex.IGNORECASE)
    names = {_key(v): int(mo) for w, mo in ev["lunar_month_names"].items() for v in _variants(str(w))}
    alone = frozenset(_key(v) for w in ev["lunar_months"] for v in _variants(str(w)))
    old = regex.compile(_alt(ev["lunar_old_day_words"]), regex.IGNORECASE)
    return day, names, int(ev["lunar_full_moon_day"]), alone, old


@functools.cache
def _lunar_calendar() -> dict[int, tuple[tuple[dt.date, ...], int | None]]:
    """By lunar year: (the first solar day of each of its months in order, a leap month right after
    the month it repeats; the number of its leap month, or None)."""
    ev = _words().raw["events"]
    leaps = {int(y): int(mo) for y, mo in ev["lunar_leap_months"].items()}
    return {
        int(y): (tuple(dt.date.fromisoformat(str(day)) for day in days), leaps.get(int(y)))
        for y, days in ev["lunar_month_starts"].items()
    }


def _lunar_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """The first and the last solar day of the (not leap) lunar month ``month`` of the lunar year
    ``year``; None out of the table.

    >>> [d.isoformat() for d in _lunar_month_span(2027, 3) or ()]
    ['2027-04-07', '2027-05-05']
    >>> [d.isoformat() for d in _lunar_month_span(2025, 7) or ()]  # (after the leap 6th month)
    ['2025-08-23', '2025-09-21']
    """
    cal = _lunar_calendar()
    got, following = cal.get(year), cal.get(year + 1)
    if got is None or following is None or not 1 <= month <= 12:
        return None
    starts, leap = got
    i = month - 1 + (1 if leap is not None and month > leap else 0)
    end = starts[i + 1] if i + 1 < len(starts) else following[0][0]
    return starts[i], end - dt.timedelta(days=1)


def _lunar_to_solar(year: int | None, month: int, day: int | None, signed: dt.date | None) -> tuple[str, bool] | None:
    """The solar day of day ``day`` (None: the last day) of the lunar month ``month`` of the lunar
    year ``year``; with no year, the first such day on or after the signing, in a plan signed for
    the season (inferred). None: past the month's last day, out of the table, no year and no
    signing, or the coming day too far from the signing."""

    def solar(span: tuple[dt.date, dt.date]) -> dt.date | None:
        if day is None:
            return span[1]
        if not 1 <= day <= (span[1] - span[0]).days + 1:
            return None
        return span[0] + dt.timedelta(days=day - 1)

    if year is not None:
        span = _lunar_month_span(year, month)
        found = solar(span) if span is not None else None
        return (found.isoformat(), False) if found is not None else None
    if signed is None:
        return None
    for y in (signed.year - 2, signed.year - 1, signed.year, signed.year + 1):
        span = _lunar_month_span(y, month)
        if span is None or span[1] < signed:
            continue
        found = solar(span)
        if found is not None and found < signed:
            continue
        if found is None or (found - signed).days > _LUNAR_COMING_DAYS:
            return None
        return found.isoformat(), True
    return None


# The rule's mark of a lunar month's 30th day read as its last, the month having 29 days that year
LUNAR_MONTH_END = "+lunar_month_end"


def _lunar_day_or_last(year: int | None, month: int, day: int, signed: dt.date | None) -> tuple[str, bool, bool] | None:
    """As :func:`_lunar_to_solar` for a day given, and (third) whether it was read as the month's
    last day: "trước ngày 30 tháng Chạp" in a year whose twelfth month has 29 days means its last
    day (the eve of Tết), not no day.

    >>> _lunar_day_or_last(2026, 12, 30, None)  # (Bính Ngọ's twelfth month: 29 days)
    ('2027-02-05', False, True)
    >>> _lunar_day_or_last(2032, 12, 30, None)  # (Nhâm Tý's: 30 days)
    ('2033-01-30', False, False)
    """
    got = _lunar_to_solar(year, month, day, signed)
    if got is not None:
        return got[0], got[1], False
    if day != 30:
        return None
    last = _lunar_to_solar(year, month, None, signed)
    return (last[0], last[1], True) if last is not None else None


def _lunar_month_of(m: Any) -> tuple[int, int | None] | None:
    """(The lunar month's number; the day's, None for the whole month) of the lunar words matched
    ("ngày 23 tháng Chạp", "rằm tháng 7", "trong tháng Giêng"); None when they are no lunar time:
    a month other than the first and the last after the plain day word with no lunar mark after
    ("ngày 10 tháng Ba" may be March)."""
    day_pattern, names, full_day, alone, old = _lunar_first_month()
    lunar = _grp(m, "evl") or ""
    found = day_pattern.search(lunar)
    month_words = _key(lunar[found.end() :].strip()) if found is not None else _key(lunar.strip())
    month = names.get(month_words)
    if month is None:
        figures = regex.search(r"\d{1,2}$", month_words)
        month = int(figures.group()) if figures is not None else 0
    if found is None:
        return (month, None) if month_words in alone else None
    n = full_day if found.group("full") is not None else int(found.group("n"))
    if (
        month_words not in alone
        and found.group("full") is None
        and old.match(lunar) is None
        and _lunar_mark().match(m.string, m.end("evl")) is None
    ):
        return None
    return month, n


def _lunar_first_month_day(m: Any, ctx: _Ctx) -> tuple[str, bool, bool] | None:
    """The solar day of "ngày 15 tháng Giêng năm Bính Ngọ", "rằm tháng Giêng năm 2026", "ngày 23
    tháng Chạp năm Bính Ngọ", "rằm tháng Bảy" (a day of a lunar month, its lunar year named, from
    the lunar calendar's table); with no year, the first such day on or after the signing
    (inferred). None: no day, past the month's last day, a year out of the table, no year and no
    signing."""
    got = _lunar_month_of(m)
    if got is None or got[1] is None or not 1 <= got[0] <= 12:
        return None
    named = _grp(m, "evny")
    year: int | None = _year_names().get(_key(named)) if named is not None else None
    if year is None:
        figures = regex.fullmatch(r"\s*+\p{L}++\s++((?:19|20)\d{2})\s*+", _grp(m, "evnp") or "")
        year = int(figures.group(1)) if figures else None
    return _lunar_day_or_last(year, got[0], got[1], ctx.doc_date)


# A lunar day with no year is the coming one only in a plan signed for the season (from autumn on):
# "trước rằm tháng Giêng" in a plan signed in June may be a yearly custom, left vague.
_LUNAR_COMING_DAYS = 150


_OPEN_BRACKET = regex.compile(r"\s*+\(")


def _b_event(m: Any, ctx: _Ctx, cats: list[str], ev_group: str, period_group: str) -> _Raw | None:
    w = _words()
    if ev_group == "evn" and _grp(m, "evl") is not None:
        # "trước ngày 23 tháng Chạp", "trong tháng Giêng": a lunar month or day, never resolved
        if not set(cats) & {"before", "by", "until", "through", "within", "on"} or _lunar_month_of(m) is None:
            return None
        lunar_day = _lunar_first_month_day(m, ctx)
        if lunar_day is not None:
            # "vào ngày 15 tháng Giêng năm Bính Ngọ": a day of the first lunar month, its year named
            # ("trước ngày 23 tháng Chạp": of the last month; with no year, the coming one)
            rule = "event_lunar_day" + (LUNAR_MONTH_END if lunar_day[2] else "")
            return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date", True), lunar_day[0], rule,
                        year_inferred=lunar_day[1])
        return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "event_lunar_month")
    ev = _key(_grp(m, ev_group) or "")
    month = _campaign_months().get(ev)
    if month is not None:
        # "trong Tháng Thanh niên năm 2026": the month the campaign fills, every year the same
        if not set(cats) & {"before", "by", "until", "through", "within", "on"}:
            return None
        found = regex.search(r"(?:19|20)\d{2}(?!\p{N})", _grp(m, period_group) or "")
        year = int(found.group()) if found else ctx.default_year
        if year is None:
            return None
        end = f"{year:04d}-{month:02d}-{_last_day(year, month):02d}"
        rule = "event_campaign_month"
        return _Raw(m.start(), m.end(), "month", _qualifier(cats, "month"), end, rule, year_inferred=found is None)
    # (helper 84) "Kỳ họp thứ 5 HĐND tỉnh" all a table's time cell says: the row's limit
    alone_end = _named_alone(m, ctx, ev, period_group) if not cats and ev_group == "evn" else None
    if (
        alone_end is None
        and w.events.get(ev) == "named"
        and not any(c != "context" for c in cats)
        and not _holiday_said(m, ev, cats)
    ):
        return None
    if ev in _alone_words().committee and _grp(m, period_group) is None and _FIGURE_AFTER.match(ctx.text, m.end()):
        return None  # (helper 84) "Trước Hội nghị Tỉnh ủy 2/3 số đại biểu đã ...": a figure opens the clause
    if _grp(m, period_group) is None and _share_after(ctx.text, m.end()):
        return None  # (helper 99) "trước lễ khai mạc 1/2 đại biểu có mặt": a share opens the clause
    nth = _int(m, "evtd")  # ("mùng 1 Tết": the day of the New Year's month)
    # (helper 84) "vào cuối nhiệm kỳ", "trong năm đầu nhiệm kỳ": a part of the term as the limit
    term_part = (
        ev_group == "evn"
        and _grp(m, "evtp") is not None
        and bool(set(cats) & {"on", "within"})
        and not set(cats) & {"from", "until", "through"}
        and ev in _term_events()
        and _term_past().match(ctx.text, m.end()) is None
    )
    if (
        ev_group == "evn"
        and not term_part
        and alone_end is None
        and _grp(m, period_group) is None
        and not set(cats) & {"before", "by", "until", "through"}
        and not _holiday_said(m, ev, cats)
        and (nth is None or _grp(m, "evny") is None)  # ("vào ngày mùng 6 Tết Đinh Mùi": that day)
        # ("trình ... tại kỳ họp thứ năm Hội đồng nhân dân tỉnh": a session named by its number; one
        # with its day in brackets after it, "tại kỳ họp thứ 6 (dự kiến ngày 25/12/2026)", is that day)
        and not (
            (_grp(m, "evord") is not None or _grp(m, "evnext") is not None)
            and ev in w.raw["events"]["numbered_sessions"]
            and set(cats) & {"on"}
            and _OPEN_BRACKET.match(ctx.text, m.end()) is None
        )
        # ("tổ chức học tập ngay sau Tết Nguyên đán": right after the event)
        and _key(_grp(m, "chain") or "") not in w.raw["events"]["right_after"]
    ):
        return None  # "Phiên họp lần thứ 6 …", "trình tại phiên họp" narrate; "trước kỳ họp thứ 10" bounds a task
    if ev in _term_events() and not set(cats) & {"before", "by"} and not term_part:
        return None  # (helper 46) "đến cuối nhiệm kỳ", "trong nhiệm kỳ 2025 - 2030": no limit
    if ev in w.limit_only and not set(cats) & {"before", "by", "until", "through"}:
        return None  # "trong mùa lũ năm 2026": while the season lasts, no limit
    due = None
    kind = "vague"
    inferred = False
    ptext = _grp(m, period_group)
    lny = w.raw["events"]["lunar_new_year"]
    named_year = _grp(m, "evny")
    if (
        (ptext is not None or named_year is not None)
        and (ev in w.lunar_names or ev in w.solar_names)
        and (set(cats) & {"before", "by"} or (nth is not None and set(cats) & {"on", "within", "until", "through"}))
        # ("trước dịp Tết Nguyên đán": before the days off, which start before the day; the solar
        # New Year's holiday is its one day)
        and (ev in w.solar_names or _holiday_before().search(_grp(m, "chain") or "") is None)
    ):
        # "trước Tết Nguyên đán Bính Ngọ 2026": the Lunar New Year's day of the year named
        year = regex.search(r"(?:19|20)\d{2}(?!\p{N})", ptext or "")
        number = int(year.group()) if year else _year_names().get(_key(named_year or ""))
        if number is None:
            day = None
        elif ev in w.solar_names:
            day = f"{number}-01-01"
        else:
            day = lny["days"].get(number)
        if day is not None and nth is not None:
            # "trước ngày mùng 1 Tết Nguyên đán Đinh Mùi": the Lunar New Year's day plus the day's
            # number less one (a day of the solar New Year, or past the month's 29th: no such day)
            if ev not in w.lunar_names or not 1 <= nth <= 29:
                return _Raw(m.start(), m.end(), "vague", _qualifier(cats, "vague"), None, "event")
            day = (dt.date.fromisoformat(str(day)) + dt.timedelta(days=nth - 1)).isoformat()
            return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date"), day, "event_new_year_day")
        if day is not None:
            return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date"), str(day), "event_new_year")
    hung_kings = _hung_kings_day(m, ctx, cats, ev, ptext)
    if hung_kings is not None:
        day, inferred = hung_kings
        return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date"), day, "event_hung_kings",
                    year_inferred=inferred)
    coming = _coming_new_year(m, ctx, cats, ev, ptext, named_year, nth)
    if coming is not None:
        return _Raw(m.start(), m.end(), "date", _qualifier(cats, "date"), coming, "event_new_year_coming",
                    year_inferred=True)
    if ptext is not None and ev not in w.unresolved:
        inner, _bad = _scan(ptext, ctx.doc_date, ctx.default_year, skip=_EVENT_RULES)
        if inner and inner[0].kind in ("vague", "month", "quarter", "half_year", "date", "datetime"):
            due = inner[0].due
            inferred = inner[0].year_inferred
            if inner[0].kind != "vague":
                # "trước Phiên họp thường kỳ tháng 12/2026 của Chính phủ": the session's month
                # is the limit (a part of a year, "kỳ họp cuối năm 2026", stays vague with its day)
                kind = inner[0].kind
    stop = m.end() if alone_end is None else alone_end
    return _Raw(m.start(), stop, kind, _qualifier(cats, kind), due, "event", year_inferred=inferred)


class _Alone(NamedTuple):
    """(helper 84) The events read when named alone, by key; what may come before such a name in its
    text; the body's words after it, to the text's end; the conferences named by their committee,
    by key."""

    keys: frozenset[str]
    before: Any
    after: Any
    committee: frozenset[str]


@functools.cache
def _alone_words() -> _Alone:
    ev = _words().raw["events"]
    pb = ev["party_bodies"]
    keys = frozenset(_key(v) for w in pb["alone"] for v in _variants(str(w)))
    before = regex.compile(r"[\s\-–•*+]*+")
    body = (
        r"(?:\s++" + _alt(_words().raw["calendar"]["of"]) + r")?\s++(?:các\s++)?"
        + _alt(pb["bodies"] + pb["committees"] + pb["alone_bodies"])
        + r"(?:\s++" + _alt(pb["levels"]) + ")?"
    )
    # (its term after it: "Kỳ họp thứ 5 HĐND tỉnh khóa XI", "... nhiệm kỳ 2026 - 2031")
    no = ev["named_ordinal"]
    term = (
        r"(?:\s++(?:" + _alt(no["leads"]) + r")\s++(?:\d{1,3}|[IVXLC]{1,6})(?![\p{L}\p{N}])|\s++"
        + _alt(no["terms"]) + r"\s++(?:19|20)\d{2}\s*+[-–]\s*+(?:19|20)\d{2}(?![\p{L}\p{N}]))?"
    )
    after = regex.compile("(?:" + body + term + r")?[\s.;:]*+", regex.IGNORECASE)
    committee = frozenset(_key(v) for w in pb["committee_events"] for v in _variants(str(w)))
    return _Alone(keys, before, after, committee)


_FIGURE_AFTER = regex.compile(r"\s++\d")
_SHARE = regex.compile(r"\s++\d{1,3}/\d{1,3}(?=[ \t]++\p{L})")
_SHARE_REACH = 40  # (a share and the first letter after it: "  1/2 đ")


def _share_after(text: str, at: int) -> bool:
    """(helper 99) A share right after an event's name, a word after it that is no year's ("1/2 đại
    biểu"; not "20/3 năm 2027")."""
    # (helper 107) matched within a reach: unbounded, the pattern's "/" was looked for to the text's end
    # at every event named (quadratic on a long line)
    share = _SHARE.match(text, at, at + _SHARE_REACH)
    return share is not None and _named_day_year().match(text, share.end()) is None


def _named_alone(m: Any, ctx: _Ctx, ev: str, period_group: str) -> int | None:
    """(helper 84) A session, a congress or a Party committee's conference named alone, all its text
    says ("Kỳ họp thứ 5 HĐND tỉnh", "Đại hội Đảng bộ tỉnh lần thứ XVIII", "Hội nghị Tỉnh ủy cuối
    năm 2026": a table's time cell), with its number, its body or its period: the end of its name
    with the body's words after it; None when more words follow or go before ("Kỳ họp thứ 5 HĐND
    tỉnh đã thông qua ...": a meeting told)."""
    alone = _alone_words()
    if ev not in alone.keys or alone.before.fullmatch(ctx.text, 0, m.start()) is None:
        return None
    tail = alone.after.fullmatch(ctx.text, m.end())
    if tail is None:
        return None
    # (its number or term read with it: "Đại hội Đảng bộ tỉnh lần thứ XVIII")
    named = m.end() > m.end("evn") or any(_grp(m, g) is not None for g in ("evord", "evnext", "evbody", period_group))
    end = m.end() + len(tail.group().rstrip(" \t\n.;:"))
    return end if named or end > m.end() else None


@functools.cache
def _hung_kings() -> tuple[frozenset[str], dict[int, str]]:
    """(The Hung Kings' Commemoration's names, by key; its solar day of each year.)"""
    hk = _words().raw["events"]["hung_kings"]
    names = frozenset(_key(v) for w in hk["names"] for v in _variants(str(w)))
    return names, {int(y): str(day) for y, day in hk["days"].items()}


def _hung_kings_day(m: Any, ctx: _Ctx, cats: list[str], ev: str, ptext: str | None) -> tuple[str, bool] | None:
    """"trước ngày Giỗ Tổ Hùng Vương năm 2027": the holiday's solar day of the year named, or of
    the document's year (inferred; the next year's when the document is signed after it), after a
    limit ("trước", "chậm nhất"); not the holiday ("dịp"), not a year out of the table."""
    names, days = _hung_kings()
    if (
        ev not in names
        or not set(cats) & {"before", "by"}
        or _holiday_before().search(_grp(m, "chain") or "") is not None
    ):
        return None
    found = regex.search(r"(?:19|20)\d{2}(?!\p{N})", ptext or "")
    named = _year_names().get(_key(_grp(m, "evny") or ""))  # ("năm Đinh Mùi")
    year = int(found.group()) if found else named if named is not None else ctx.default_year
    day = days.get(year) if year is not None else None
    inferred = found is None and named is None
    if day is not None and inferred and ctx.doc_date is not None and day < ctx.doc_date.isoformat():
        day = days.get(ctx.doc_date.year + 1)  # (signed after this year's holiday: the coming one)
    return (day, inferred) if day is not None else None


def _coming_new_year(
    m: Any, ctx: _Ctx, cats: list[str], ev: str, ptext: str | None, named_year: str | None, nth: int | None
) -> str | None:
    """"xong trước Tết Nguyên đán" with no year, in a document signed on ``ctx.doc_date``: the first
    New Year's day on or after the signing (the Lunar New Year's of the table, or the first of
    January), after a limit ("trước", "chậm nhất"); not the holiday ("trước dịp Tết"), not a day of
    it ("mùng 2 Tết"), nothing with no date of signing."""
    w = _words()
    if (
        ctx.doc_date is None
        or ptext is not None
        or named_year is not None
        or not (set(cats) & {"before", "by"} or (nth is not None and set(cats) & {"on", "until", "through"}))
        or not (ev in w.lunar_names or ev in w.solar_names)
        or _holiday_before().search(_grp(m, "chain") or "") is not None
    ):
        return None
    if nth is not None and (ev not in w.lunar_names or not 1 <= nth <= 29):
        return None
    days = w.raw["events"]["lunar_new_year"]["days"]
    for year in (ctx.doc_date.year, ctx.doc_date.year + 1):
        day = f"{year}-01-01" if ev in w.solar_names else days.get(year)
        if day is not None and nth is not None:
            # "trước ngày mùng 5 Tết": that day of the coming New Year's month, in a plan signed
            # for the season (as a lunar day with no year)
            day = (dt.date.fromisoformat(str(day)) + dt.timedelta(days=nth - 1)).isoformat()
            if day >= ctx.doc_date.isoformat():
                latest = ctx.doc_date + dt.timedelta(days=_LUNAR_COMING_DAYS)
                return day if day <= latest.isoformat() else None
            continue
        if day is not None and str(day) >= ctx.doc_date.isoformat():
            return str(day)
    return None


def _holiday_said(m: Any, ev: str, cats: list[str]) -> bool:
    """"trong dịp Tết Nguyên đán", "vào dịp Tết": the New Year's holiday, when work is done (vague,
    with or without its year), as "trong dịp Tết Nguyên đán Bính Ngọ 2026" is."""
    w = _words()
    return (
        (ev in w.lunar_names or ev in w.solar_names)
        # ("Dịp Tết Nguyên đán" alone, as a table's time cell says it)
        and (bool(set(cats) & {"within", "on"}) or set(cats) == {"context"})
        and _holiday_before().search(_grp(m, "chain") or "") is not None
    )


def _b_event_periodic(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    return _b_event(m, ctx, cats, "evp", "evpp")


@functools.cache
def _term_events() -> frozenset[str]:
    """(helper 46) The term nouns as events, by key."""
    return frozenset(_key(v) for w in _words().raw["events"]["term_events"] for v in _variants(str(w)))


@functools.cache
def _term_past() -> Any:
    """(helper 84) The words of a past term right after it ("nhiệm kỳ trước", "nhiệm kỳ qua")."""
    return regex.compile(r"\s++" + _alt(_words().raw["events"]["term_past"]), regex.IGNORECASE)


_LEAST_LENGTH_REACH = 160  # (how far after the event its least length is looked for: linear on a long line)


@functools.cache
def _least_length_after() -> Any:
    """(helper 46) A least length later in the sentence ("... ít nhất 12 tháng", "tối thiểu 02 ngày"):
    a rule of how long before the event, no limit the event sets."""
    least = _alt(_words().raw["relative"]["minimum"])
    return regex.compile(rf"[^.;\n]*?(?<!\p{{L}})(?:{least})\s++\d", regex.IGNORECASE)


def _b_event_named(m: Any, ctx: _Ctx, cats: list[str]) -> _Raw | None:
    if _grp(m, "evhl") and _least_length_after().match(ctx.text, m.end(), m.end() + _LEAST_LENGTH_REACH) is not None:
        return None  # (helper 46) ("trước khi tổ chức đại hội ít nhất 12 tháng": a rule of length)
    r = _b_event(m, ctx, cats, "evn", "evnp")
    if r is not None and r.qualifier is None and _key(_grp(m, "chain") or "") in _words().raw["events"]["right_after"]:
        r.qualifier = "on"  # ("ngay sau Tết Nguyên đán": at that time)
    hour = _time(m, "evh") if r is not None else None
    if r is not None and hour is not None and r.kind == "date" and r.due is not None:
        # "trước 15 giờ ngày mùng 5 Tết": that hour of the event's day
        r.kind, r.due, r.qualifier = "datetime", f"{r.due[:10]}T{hour}", _qualifier(cats, "datetime")
    return r


_BUILDERS = {
    "event_periodic": _b_event_periodic,
    "event_named": _b_event_named,
    "range_date": _b_range_date,
    "range_longdate": _b_range_longdate,
    "range_month": _b_range_month,
    "range_quarter": _b_range_quarter,
    "range_quarter_short": _b_range_quarter_short,
    "school_term": _b_school_term,
    "school_year_alone": _b_school_year_alone,
    "range_year": _b_range_year,
    "datetime_time_first": _b_datetime_time_first,
    "recur_monthly_day": _b_recur_monthly_day,
    "recur_daily_time": _b_recur_daily_time,
    "recur_yearly_date": _b_recur_yearly_date,
    "date": _b_date,
    "date_this_month": _b_date_this_month,
    "weekday_weekly_after": _b_weekday_weekly_after,
    "weekly_weekday": _b_weekly_weekday,
    "weekday": _b_weekday,
    "half_year": _b_half_year,
    "week_of_month": _b_week_of_month,
    "part_month_word": _b_part_month_word,
    "part": _b_part,
    "quarter_month_one": _b_quarter_month_one,
    "quarter": _b_quarter,
    "recur_yearly_span": _b_recur_yearly_span,
    "recur_yearly_months": _b_recur_yearly_months,
    "month": _b_month,
    "this_day": _b_this_day,
    "this_period": _b_this_period,
    "relative": _b_relative,
    "recur_bare": _b_recur_bare,
    "year": _b_year,
    "day_only": _b_day_only,
}


# --------------------------------------------------------------------------------------------
# scanning


_EVENT_RULES = frozenset({"event_periodic", "event_named"})
_MAX_FALLBACKS = 4


def _build(m: Any, ctx: _Ctx) -> tuple[_Raw | InvalidDate | None, str]:
    rule = m.lastgroup or ""
    builder = _BUILDERS.get(rule)
    if builder is None:
        return None, rule
    try:
        return builder(m, ctx, _chain_cats(_grp(m, "chain"))), rule
    except _Invalid as e:
        return InvalidDate(m.start(), m.end(), m.group(0), str(e)), rule
    except (ValueError, OverflowError, KeyError):
        return None, rule


# Characters whose text is looked for candidate words in a case-folded copy (see
# _folded_candidates): Latin letters with Vietnamese ones, the punctuation and symbols of
# directives. Only those of them that fold to one character, a word character (or digit) as they
# are, are kept (:func:`_folded_safe`), and whose lower case is their folded one.
_FOLD_RANGES = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2190, 0x22FF))


@functools.cache
def _folded_safe() -> Any:
    """A character not in :data:`_FOLD_RANGES` or not folding as :func:`_folded_candidates`
    needs (a text holding one is read word by word)."""
    return re.compile(_grammar().folded_safe)


def _built_folded_safe() -> str:
    word = re.compile(r"[^\W_]")
    bad: set[int] = set()
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            f = c.casefold()
            if f == c:
                continue
            if (
                len(f) != 1
                or f != c.lower()  # ("ſ", "µ": see _word_candidates)
                or f == "_"
                or (word.match(c) is None) != (word.match(f) is None)
                or c.isdigit() != f.isdigit()
            ):
                bad.add(cp)
    parts: list[str] = []
    for lo, hi in _FOLD_RANGES:
        cp = lo
        while cp <= hi:
            if cp in bad:
                cp += 1
                continue
            end = cp
            while end + 1 <= hi and end + 1 not in bad:
                end += 1
            parts.append(re.escape(chr(cp)) + ("-" + re.escape(chr(end)) if end > cp else ""))
            cp = end + 1
    return "[^" + "".join(parts) + "]"


@functools.cache
def _candidate_words() -> Any:
    """In the case-folded copy of a text (underscores made blanks): the first digit of a word that
    starts with one, or a word of :func:`_word_kinds`, whole."""
    return re.compile(_grammar().candidate_words)


def _built_candidate_words(kinds: dict[str, int]) -> str:
    keys = sorted(kinds, key=len, reverse=True)
    words = trie([[k] for k in keys], blank=" ", escape=re.escape) or "(?:" + "|".join(map(re.escape, keys)) + ")"
    digits = "".join(re.escape(chr(cp)) for lo, hi in _FOLD_RANGES for cp in range(lo, hi + 1) if chr(cp).isdigit())
    return r"\b(?:[" + digits + r"]|" + words + r"\b)"


def _folded_candidates(text: str) -> list[tuple[int, int, str | None]] | None:
    """(start, kind, key) of each word of ``text`` that is a number or a word of the word file,
    as :class:`_Starts` reads them word by word, found by one pattern in the case-folded text;
    None where that copy may not hold the same words (a character outside :func:`_folded_safe`).

    Each character of such a text folds to one character, its lower case, a word character or
    not as itself, and a digit or not as itself: the words of the folded copy lie where those of
    the text do, each the text's word folded ("_" is not part of a word: it becomes a blank, so
    that the pattern's word boundaries are the words' ends)."""
    if _folded_safe().search(text) is not None:
        return None
    kinds = _word_kinds()
    out: list[tuple[int, int, str | None]] = []
    folded = text.casefold().replace("_", " ")
    for m in _candidate_words().finditer(folded):
        pos = m.start()
        if folded[pos].isdigit():
            out.append((pos, _FIRST | _ANCHOR, _NUMBER))
            continue
        f = m[0]
        out.append((pos, kinds[f], f))
    return out


def _word_candidates(text: str, kinds: dict[str, int]) -> list[tuple[int, int, str | None]]:
    """What :func:`_folded_candidates` finds, read word by word (any text)."""
    out: list[tuple[int, int, str | None]] = []
    kind_of = kinds.get  # (every word of the table has a kind: a word with none is not in it)
    for m in _WORD.finditer(text):
        w = m[0]
        if w[0].isdigit():
            out.append((m.start(), _FIRST | _ANCHOR, _NUMBER))
            continue
        f = w.casefold()
        got = kind_of(f)
        if got is None:
            continue
        # ("ſ", "K": the engine and casefold may differ on it: the whole grammar)
        out.append((m.start(), got, f if f == w.lower() else None))
    return out


class _Starts:
    """Where a match can start: a word that is a number or one of the words of the word file.

    The combined pattern begins with the same gate; trying it only at these places (found by one
    pattern in the case-folded text, or word by word with a set lookup) instead of letting the engine
    search every position is what makes scanning fast on ordinary prose."""

    __slots__ = ("_i", "_keys", "_starts", "_text", "key")

    def __init__(self, text: str) -> None:
        kinds = _word_kinds()
        self._text = text
        # every expression also holds an anchor (a number or a calendar word, see _precheck) at
        # most _REACH characters after its start: a start with no anchor ahead is not tried
        starts: list[int] = []
        keys: list[str | None] = []  # the word at each start (see _pattern_for)
        pending: list[tuple[int, str | None]] = []
        words = _folded_candidates(text)
        if words is None:
            words = _word_candidates(text, kinds)
        for pos, kind, f in words:
            if kind & _FIRST:
                pending.append((pos, f))
            if pending and (
                kind & _ANCHOR
                or (kind & _AFTER_PART and _part_anchored(text, pos))
                or (kind & _AFTER_LEAD and _lead_anchored(text, pos))
            ):
                for p, k in pending:
                    if pos - p <= _REACH:
                        starts.append(p)
                        keys.append(k)
                pending.clear()
        self._starts = starts
        self._keys = keys
        self._i = 0
        self.key: str | None = None  # the word where the last match starts (see _Tail)

    def next_match(self, pos: int) -> Any:
        """The first match of the grammar at a start from ``pos`` on."""
        starts, keys, text = self._starts, self._keys, self._text
        i = bisect.bisect_left(starts, pos, self._i)
        while i < len(starts):
            key = keys[i]
            pattern = _pattern_for(key)
            if key == _NUMBER:
                if _NO_RULE_AT_NUMBER.match(text, starts[i]) is not None:
                    i += 1
                    continue
                if _time_ahead().match(text, starts[i]) is None:
                    pattern = _untimed_number_pattern()
            elif key is not None and _chained(key) and _chain_gate().match(text, starts[i]) is None:
                # no qualifier word here, or none that a rule's word follows: the rules that start
                # with the word itself, as with any word that opens no chain (the whole grammar
                # would match as they do, or not at all)
                pattern = _unchained_pattern_for(key)
            m = pattern.match(text, starts[i]) if pattern is not None else None
            if m is not None:
                self._i = i + 1
                self.key = key
                return m
            i += 1
        self._i = i
        return None


def _scan(
    text: str, doc_date: dt.date | None, default_year: int | None, *, skip: frozenset[str] = frozenset()
) -> tuple[list[_Raw], list[InvalidDate]]:
    """Leftmost matches; a match its rule rejects is retried at the same place without that rule."""
    ctx = _Ctx(text, doc_date, default_year)
    found: list[_Raw] = []
    invalid: list[InvalidDate] = []
    pos = 0
    n = len(text)
    starts = _Starts(text)
    while pos < n:
        m = starts.next_match(pos)
        if m is None:
            break
        start = m.start()
        tried = set(skip)
        result, rule = (None, m.lastgroup or "") if m.lastgroup in skip else _build(m, ctx)
        while result is None and len(tried) - len(skip) < _MAX_FALLBACKS:
            tried.add(rule)
            m = _retry(text, start, tried, m, starts.key)
            if m is None:
                break
            result, rule = (None, m.lastgroup or "") if m.lastgroup in tried else _build(m, ctx)
        if result is None:
            pos = start + 1
            continue
        if isinstance(result, InvalidDate):
            invalid.append(result)
        else:
            found.append(result)
        pos = max(result.end, start + 1)
    return found, invalid


_GAP = re.compile(r"\s*+(?:,\s*+)?")


@functools.cache
def _month_week_after() -> Any:
    """After a weekday: "(của) tuần đầu tiên (của) hằng tháng", "đầu tiên mỗi tháng", "tuần cuối
    (của) các tháng", "tuần cuối cùng của tháng" (not "… của tháng 12", "… của tháng này": one
    month's)."""
    d = _words().raw
    which = _week_of_month_words()
    links, each = _alt(d["week_of_month_links"]), _alt(d["quarter_each"])
    week, month, of = _alt(d["relative"]["units"]["week"]), _alt(d["calendar"]["month"]), _alt(d["calendar"]["of"])
    one = _one_period_words()
    return regex.compile(
        rf"\s*+(?:,\s*+)?(?:(?:{links}\s++)?{week}\s++)?(?P<which>{which})\s++"
        rf"(?:(?:{links}\s++)?{each}\s++{month}|{of}\s++{month}(?!\s*+(?:\p{{N}}|{one}(?!\p{{L}}))))(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )


@functools.cache
def _week_of_month_words() -> str:
    """The words of a week of the month ("đầu tiên", "thứ hai", "cuối cùng"), as one alternation."""
    return _alt([w for ws in _words().raw["week_of_month"].values() for w in ws])


@functools.cache
def _weekday_words() -> str:
    """The weekdays' names ("thứ Hai" ... "Chủ nhật"), longest first, as one alternation."""
    return "|".join(sorted((regex.escape(k) for k in _words().weekdays), key=len, reverse=True))


@functools.cache
def _one_period_words() -> str:
    """The words after a period that make it one period, not every one ("này", "tới", "sau khi")."""
    d = _words().raw
    cp = d["current_period"]
    return _alt(cp["this"] + cp["next"] + d["recurrence_not_before"])


@functools.cache
def _weekday_week_before() -> Any:
    """Right before a monthly cycle: "(sáng) thứ Hai tuần đầu tiên (của)", "Chủ nhật tuần cuối" (a
    weekday with no word before it: read only with its week and cycle)."""
    d = _words().raw
    wd = _weekday_words()
    which = _week_of_month_words()
    links = _alt(d["week_of_month_links"])
    week = _alt(d["relative"]["units"]["week"])
    parts = _alt([x for v in d["day_parts"].values() for x in v])
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{parts}\s++)?(?:(?:{_alt(d['weekday_lead'])})\s++(?P<w>{wd})(?![\p{{L}}\p{{N}}])"
        rf"|(?P<sun>{_alt(d['sunday'])}))\s*+,?\s*+(?:(?:{links})\s++)?(?:{week})\s++(?P<which>{which})\s++"
        rf"(?:(?:{links})\s++)?$",
        regex.IGNORECASE,
    )


def _weekday_of_month(text: str, found: list[_Raw]) -> list[_Raw]:
    """"vào sáng thứ Hai tuần đầu tiên hằng tháng": that weekday of one week of every month, a
    monthly recurrence on the weekday and its week (1-4, -1 the last)."""
    absorbed: set[int] = set()
    for i, r in enumerate(found):
        if r.weekday is None or r.kind != "vague" or id(r) in absorbed:
            continue
        m = _month_week_after().match(text, r.end)
        if m is None:
            continue
        inside = _following(found, i, m.end())
        if any(b.end > m.end() for b in inside):
            continue
        absorbed.update(id(b) for b in inside)
        r.end, r.kind = m.end(), "recurring"
        which = _words().week_of_month.get(_key(m.group("which")))
        week = None if which is None else -1 if which == "last" else int(which)
        r.recurrence = Recurrence(freq="monthly", weekday=r.weekday, time=r.time, week=week)
        r.rule += "+month_week"
    for r in found:
        # "Thứ Hai tuần đầu tiên hằng tháng" (a table's time cell): the weekday read with its cycle
        if r.bare != "monthly" or r.rule != "recur_bare" or r.qualifier is not None:
            continue
        m = _weekday_week_before().search(text, max(0, r.start - 60), r.start)
        if m is None:
            continue
        wd = 6 if m.group("sun") else _words().weekdays.get(_key(m.group("w")))
        which = _words().week_of_month.get(_key(m.group("which")))
        if wd is None or which is None:
            continue
        r.start, r.bare = m.start(), None
        r.recurrence = Recurrence(freq="monthly", weekday=wd, week=-1 if which == "last" else int(which))
        r.rule += "+month_week"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _span_ends() -> tuple[Any, Any, Any]:
    """(a span's first day's lead, "từ", "kể từ"; its last day's, "đến", "đến hết", "tới"; an hour
    right before "đến": "từ 7 giờ 30 đến 17 giờ ngày 9/12")."""
    d = _words().raw
    q, cal = d["qualifiers"], d["calendar"]
    opens = regex.compile(rf"(?:{_alt(q['from'])})\s", regex.IGNORECASE)
    closes = regex.compile(rf"(?:{_alt(q['through'] + q['until'])})\s", regex.IGNORECASE)
    hour = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(cal['from'])})\s++(?P<h>\d{{1,2}})\s*+(?:{_alt(cal['hour'])}|h|:)"
        rf"(?:\s*+(?P<i>\d{{2}})(?:\s*+{_alt(cal['minute'])})?)?\s*+,?\s*+$",
        regex.IGNORECASE,
    )
    return opens, closes, hour


def _timed_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"từ 7 giờ ngày 8/12 đến 17 giờ ngày 9/12/2026", "từ sáng ngày 8/12 đến 17 giờ ngày 9/12": a
    first day (or moment) and a last one with a clock time are one span, due at its end, started at
    its start (the first day's year, when unsaid, the last one's); "từ 7 giờ đến 17 giờ ngày
    9/12/2026": a span of hours of one day."""
    if not any(r.qualifier in ("through", "by") and r.kind in ("date", "datetime") for r in found):
        return found
    opens, closes, hour = _span_ends()
    out: list[_Raw] = []
    for r in found:
        prev = out[-1] if out else None
        if (
            r.kind not in ("date", "datetime")
            or r.qualifier not in ("through", "by")  # ("đến", "tới": the last day's lead)
            or r.due is None
            or closes.match(text, r.start) is None
        ):
            out.append(r)
            continue
        if (
            prev is not None
            and prev.kind in ("date", "datetime")
            and prev.due is not None
            and "datetime" in (prev.kind, r.kind)
            and _GAP.fullmatch(text, prev.end, r.start) is not None
            and opens.match(text, prev.start) is not None
        ):
            start = prev.due
            if prev.year_inferred and not r.year_inferred:
                start = r.due[:4] + start[4:]
                if start[:10] > r.due[:10]:
                    start = str(int(start[:4]) - 1) + start[4:]
            if start <= r.due:
                out[-1] = replace(r, start=prev.start, kind="range", qualifier="from_to", start_date=start,
                                  rule="range_time", year_inferred=prev.year_inferred and r.year_inferred)
                continue
        elif r.kind == "datetime" and (h := hour.search(text, max(0, r.start - 24), r.start)) is not None:
            hh, mi = int(h.group("h")), int(h.group("i") or 0)
            first = f"{r.due[:10]}T{hh:02d}:{mi:02d}"
            if hh < 24 and mi < 60 and first < r.due and (prev is None or prev.end <= h.start()):
                out.append(replace(r, start=h.start(), kind="range", qualifier="from_to", start_date=first,
                                   rule="range_time"))
                continue
        out.append(r)
    return out


def _clock(cal: Any) -> str:
    """The source of a clock time, its hour ``h`` and minutes ``i`` ("15 giờ", "16h30", "8 giờ 30
    phút"), as the daily duties and the weekly cycles' limits write it."""
    return (
        rf"(?P<h>\d{{1,2}})(?!\p{{N}})\s*+(?:{_alt(cal['hour'])}|h(?!\p{{L}}))"
        rf"(?:\s*+(?P<i>\d{{2}})(?!\p{{N}})(?:\s*+{_alt(cal['minute'])})?)?"
    )


@functools.cache
def _bracketed_time() -> Any:
    """A limit's clock time in brackets after a weekly cycle: " (trước 15 giờ)", ", chậm nhất 16h"."""
    d = _words().raw
    dd, cal = d["daily_duty"], d["calendar"]
    return regex.compile(
        rf"\s*+(?:,\s*+|\(\s*+)(?:{_alt(dd['time_leads'])})\s++{_clock(cal)}\s*+\)?",
        regex.IGNORECASE,
    )


def _weekly_times(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Thứ Năm hằng tuần (trước 15 giờ)": the weekly day's time, written after it."""
    if not any(r.recurrence is not None and r.recurrence.freq == "weekly" for r in found):
        return found
    for i, r in enumerate(found):
        rec = r.recurrence
        if rec is None or rec.freq != "weekly" or rec.weekday is None or rec.time is not None:
            continue
        m = _bracketed_time().match(text, r.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        h, mi = int(m.group("h")), int(m.group("i") or 0)
        if h > 24 or mi > 59:
            continue
        rec.time = "23:59" if (h, mi) == (24, 0) else f"{h:02d}:{mi:02d}"
        r.end, r.qualifier = m.end(), r.qualifier or "before"
        r.rule += "+time"
    return found


@functools.cache
def _listed_weekday() -> Any:
    """A weekday named in a list, with the part of the day said before it ("thứ Ba", "sáng thứ
    Hai", "chiều thứ 6", "Chủ nhật")."""
    w = _words()
    days = _alt([str(k) for k in w.raw["weekdays"]])
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(w.day_parts)}\s++)?"
        rf"(?:{_alt(w.raw['weekday_lead'])}\s++(?P<w>{days})|(?P<sun>{_alt(w.raw['sunday'])}))",
        regex.IGNORECASE,
    )


@functools.cache
def _weekday_list_gap() -> Any:
    """What stands between two weekdays of a list: a comma, "và", "hoặc" (one of them at least)."""
    links = _alt(_words().raw["weekday_list_links"])
    return regex.compile(rf"\s*+(?:,\s*+(?:{links}\s++)?|{links}\s++)", regex.IGNORECASE)


def _listed_weekday_lead(r: _Raw) -> bool:
    """A day that may open a list of weekdays before a weekly one: a weekday read alone, vague
    ("trước 10 giờ thứ Hai"), or one a weekly cycle said earlier made weekly."""
    rec = r.recurrence
    if rec is None:
        return r.kind == "vague" and r.weekday is not None and r.due is None
    return r.kind == "recurring" and rec.freq == "weekly" and rec.weekday is not None and rec.week is None


def _weekday_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước 16 giờ 30 phút các ngày thứ Ba và thứ Sáu hằng tuần", "vào thứ Hai, thứ Tư và thứ
    Sáu hằng tuần", "sáng thứ Hai và chiều thứ Sáu hằng tuần": the weekdays listed before a weekly
    day are weekly too, one recurrence each (a record names one weekday, as months listed are one
    deadline each); the clock time said once, before the list or after its last day, and the
    qualifier before the list hold for each (rule ``weekday_list``). A day of the list read alone
    as a vague weekday ("trước 10 giờ thứ Hai") becomes one of them."""
    if not any(r.recurrence is not None and r.recurrence.freq == "weekly" for r in found):
        return found
    mention, gap = _listed_weekday(), _weekday_list_gap()
    out: list[_Raw] = []
    for r in found:
        rec = r.recurrence
        if (
            rec is None or rec.freq != "weekly" or rec.weekday is None or rec.week is not None
            or r.kind != "recurring"
        ):
            out.append(r)
            continue
        prev = out[-1] if out else None
        lead = prev if prev is not None and _listed_weekday_lead(prev) else None
        lo = max(0, r.start - 160, prev.end if prev is not None and lead is None else 0)
        if lead is not None:
            lo = max(lo, lead.start)
        mentions = list(mention.finditer(text, lo, r.start))
        chain: list[Any] = []
        until = r.start
        for m in reversed(mentions):
            if m.end() > until or gap.fullmatch(text, m.end(), until) is None:
                break
            chain.append(m)
            until = m.start()
        if not chain:
            out.append(r)
            continue
        chain.reverse()
        if lead is not None and not (lead.start <= chain[0].start() and chain[0].end() <= lead.end):
            lead = None  # (the day before is not the list's first one: it stays as it is)
        lead_rec = lead.recurrence if lead is not None else None
        time = rec.time or (lead_rec.time if lead_rec is not None else lead.time if lead is not None else None)
        qualifier = r.qualifier or (lead.qualifier if lead is not None else None)
        days: list[_Raw] = []
        if lead is not None and lead_rec is not None:
            # (made weekly by a cycle said before it: it stays, with the list's time and qualifier)
            lead_rec.time, lead.qualifier = lead_rec.time or time, lead.qualifier or qualifier
            chain = chain[1:]
        elif lead is not None:
            out.pop()
        for k, m in enumerate(chain):
            wd = 6 if m.group("sun") is not None else _words().weekdays[_key(m.group("w"))]
            start = lead.start if k == 0 and lead is not None and lead_rec is None else m.start()
            days.append(
                _Raw(
                    start, m.end(), "recurring", qualifier, None, "weekday_list",
                    recurrence=Recurrence(freq="weekly", weekday=wd, time=time),
                )
            )
        rec.time, r.qualifier = time, qualifier
        r.rule += "+weekday_list"
        out.extend(days)
        out.append(r)
    return _weekday_lists_after(text, out)


@functools.cache
def _daily_time_list() -> Any:
    """Clock times listed with a limit before them, right before a daily word: "trước 8 giờ và
    16 giờ ", "chậm nhất 8 giờ 30, 16 giờ " (the text before "hằng ngày")."""
    raw = _words().raw
    cal, quals = raw["calendar"], raw["qualifiers"]
    limit = _alt([w for k in ("by", "before", "through") for w in quals[k]])
    minutes = rf"(?:\s*+\d{{2}}(?!\p{{N}})(?:\s*+{_alt(cal['minute'])})?)?"
    hour = rf"\d{{1,2}}(?!\p{{N}})\s*+(?:{_alt(cal['hour'])}|h(?!\p{{L}})){minutes}"
    links = _alt(raw["date_list_links"])
    gap = rf"\s*+(?:,\s*+(?:{links}\s++)?|{links}\s++)"
    return regex.compile(
        rf"(?<!\p{{L}})(?P<q>{limit})\s++(?P<list>{hour}(?:{gap}{hour})++)\s*+$", regex.IGNORECASE
    ), regex.compile(hour, regex.IGNORECASE)


def _daily_time_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo trước 8 giờ và 16 giờ hằng ngày": the clock times listed before a daily word are
    each a daily time, one recurrence each, with the limit said before the list (rule
    ``daily_time_list``); with no limit ("lúc 8 giờ và 16 giờ hằng ngày": a schedule) nothing
    changes."""
    if not any(r.recurrence is not None and r.recurrence.freq == "daily" for r in found):
        return found
    listed, one = _daily_time_list()
    out: list[_Raw] = []
    for r in found:
        rec = r.recurrence
        if rec is None or rec.freq != "daily" or r.kind != "recurring" or rec.time is not None:
            out.append(r)
            continue
        lo = max(0, r.start - 120, out[-1].end if out else 0)
        m = listed.search(text, lo, r.start)
        if m is None:
            out.append(r)
            continue
        q = _words().qualifier_cat[_key(m.group("q"))]
        times: list[tuple[int, int, str]] = []
        for t in one.finditer(text, m.start("list"), m.end("list")):
            nums = [int(x) for x in regex.findall(r"\d+", t.group())]
            h, mi = nums[0], nums[1] if len(nums) > 1 else 0
            if h > 24 or mi > 59:
                times = []
                break
            times.append((t.start(), t.end(), f"{min(h, 23):02d}:{mi if h < 24 else 59:02d}"))
        if len(times) < 2:
            out.append(r)
            continue
        for k, (a, b, t_) in enumerate(times):
            last = k == len(times) - 1
            out.append(
                _Raw(
                    m.start() if k == 0 else a, r.end if last else b, "recurring", q, None, "daily_time_list",
                    recurrence=Recurrence(freq="daily", time=t_),
                )
            )
    return out


def _weekday_lists_after(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Hằng tuần, các xã báo cáo vào thứ Ba và thứ Sáu": the weekdays listed right after a day a
    weekly cycle said before it made weekly are weekly too, with its time and qualifier (rule
    ``weekday_list``); read up to the next expression."""
    mention, gap = _listed_weekday(), _weekday_list_gap()
    out: list[_Raw] = []
    for i, r in enumerate(found):
        out.append(r)
        rec = r.recurrence
        if rec is None or rec.weekday is None or rec.week is not None or "weekly_context" not in r.rule:
            continue
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        pos = r.end
        for _ in range(6):
            g = gap.match(text, pos, limit)
            m = mention.match(text, g.end(), limit) if g is not None else None
            if m is None or (limit < len(text) and _GAP.fullmatch(text, m.end(), limit) is not None):
                break  # (none, or a day of the week read next: "thứ Sáu tuần sau")
            wd = 6 if m.group("sun") is not None else _words().weekdays[_key(m.group("w"))]
            out.append(
                _Raw(
                    m.start(), m.end(), "recurring", r.qualifier, None, "weekday_list",
                    recurrence=Recurrence(freq="weekly", weekday=wd, time=rec.time),
                )
            )
            pos = m.end()
    return out


def _weekday_of_week(text: str, found: list[_Raw]) -> list[_Raw]:
    """"vào thứ Hai tuần tới", "trước 16 giờ thứ Sáu tuần này": that day of that week; "thứ Sáu
    tuần cuối cùng của tháng 12/2026", "thứ Hai tuần đầu tháng sau": that weekday of the month's
    last or n-th week (its last or n-th one, as a monthly "thứ Hai tuần đầu tiên hằng tháng")."""
    out: list[_Raw] = []
    for r in found:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.weekday is None
            or prev.kind != "vague"
            or r.rule not in ("this_week", "next_week", "week_of_month")
            or _GAP.fullmatch(text, prev.end, r.start) is None
        ):
            out.append(r)
            continue
        prev.end = r.end
        prev.rule += "+" + r.rule
        if prev.qualifier is None:
            prev.qualifier = "on" if r.qualifier == "within" else r.qualifier
        if r.due is not None:
            # (the week's last day: its Sunday, or the month's day 7n or last; the weekday on or before it)
            end = dt.date.fromisoformat(r.due)
            day = (end - dt.timedelta(days=(end.weekday() - prev.weekday) % 7)).isoformat()
            prev.kind = "datetime" if prev.time else "date"
            prev.due = day + (f"T{prev.time}" if prev.time else "")
            prev.year_inferred = r.year_inferred
        prev.weekday = None  # a day of one week, not every week
    return out


def _apply_context(text: str, found: list[_Raw], doc_date: dt.date | None = None) -> list[_Raw]:
    """Weekly / monthly context: "Hằng tuần ... trước 11 giờ ngày thứ 6" is a weekly recurrence."""
    absorbed: set[int] = set()
    if any(r.weekday is not None for r in found):
        first = _cycle_context("weekly").search(text)
        if first is not None:
            last = -1  # (the bare markers before the last day read are part of it: found once)
            for r in found:
                if r.weekday is not None and r.start >= first.end():
                    r.kind = "recurring"
                    r.recurrence = Recurrence(freq="weekly", weekday=r.weekday, time=r.time)
                    r.rule += "+weekly_context"
                    last = r.start
            absorbed.update(id(b) for b in found if b.bare == "weekly" and b.end <= last)
    if any(r.rule == "date_this_month" for r in found):
        # "Báo cáo tháng gửi trước ngày 05 tháng sau": after a monthly cycle, the next month's day
        # is that day of every month (a day with no month, as "trước ngày 05" there)
        first = _cycle_context("monthly").search(text)
        last = -1
        for r in found:
            if (
                first is not None
                and r.rule == "date_this_month"
                and r.start >= first.end()
                and _next_month_end().search(text, r.start, r.end) is not None
            ):
                day = int(_DAY_NUMBER.findall(text, r.start, r.end)[0])
                r.kind, r.due, r.rule = "recurring", None, r.rule + "+monthly_context"
                r.recurrence = Recurrence(freq="monthly", monthday=day)
                last = r.start
        absorbed.update(id(b) for b in found if b.bare == "monthly" and b.end <= last)
    if any(r.day_only is not None for r in found):
        first = _cycle_context("monthly").search(text)
        if first is not None:
            quarter_day = _quarter_month()[0]
            last = -1
            for i, r in enumerate(found):
                # ("hằng tháng (trước ngày 20), hằng quý (trước ngày 15 tháng cuối quý)": the day of
                # a month of each quarter is read by _quarter_day)
                listed = _listed_after_monthly(text, found, i)
                if (
                    id(r) not in absorbed
                    and r.day_only is not None
                    and r.start >= first.end()
                    and quarter_day.match(text, r.end) is None
                    and (listed or not _quarter_said(text, r, found[i - 1] if i else None))
                ):
                    if listed:
                        absorbed.add(id(found[i - 1]))
                    r.kind = "recurring"
                    r.recurrence = Recurrence(freq="monthly", monthday=r.day_only)
                    r.rule += "+monthly_context"
                    last = r.start
                    # "trước ngày 05 của tháng tiếp theo": the month after each one, in the phrase
                    nxt = _next_month_at(text, r.end)
                    if nxt is not None:
                        absorbed.update(id(b) for b in _following(found, i, nxt.end()))
                        r.end = nxt.end()
                    # "Hằng tháng, vào ngày 10 và 25, ...", "(trước ngày 10 và ngày 25)": every day listed
                    more = _more_days().match(text, r.end)
                    if more is not None and quarter_day.match(text, more.end()) is None:
                        days = sorted({r.day_only, *(int(x) for x in _DAY_NUMBER.findall(more.group()))})
                        if all(1 <= x <= 31 for x in days) and len(days) > 1:
                            absorbed.update(id(b) for b in _following(found, i, more.end()))
                            r.end = more.end()
                            r.recurrence.monthdays = days
            absorbed.update(id(b) for b in found if b.bare == "monthly" and b.end <= last)
    # (the expressions near one found by a binary search over their starts, not read all for each)
    near = _Near(found)
    for i, r in enumerate(found):
        if r.day_only is not None and r.kind != "recurring":
            _quarter_day(text, r, found, absorbed, near, doc_date)
        if r.day_only is not None and r.kind != "recurring" and _quarter_said(text, r, found[i - 1] if i else None):
            # "định kỳ hằng quý (trước ngày 15)": a day of each quarter, its month unsaid (every three
            # months on that day, as a bare "hằng quý" is every three months)
            r.kind = "recurring"
            r.recurrence = Recurrence(freq="periodic", interval_months=3, monthday=r.day_only)
            r.rule += "+quarterly_context"
            absorbed.add(id(found[i - 1]))
        if r.day_only is not None and r.kind != "recurring":
            _next_month_day(text, found, i, absorbed)
    # a day with no month and no monthly context is not a time expression
    return [
        r for r in found if id(r) not in absorbed and not (r.day_only is not None and r.kind != "recurring")
    ]


_DAY_NUMBER = regex.compile(r"\d{1,2}")
_SENTENCE_BREAK = regex.compile(r"[.;:!?\n]")


def _next_month_day(text: str, found: list[_Raw], i: int, absorbed: set[int]) -> None:
    """(helper 102) "báo cáo ... chậm nhất ngày 20 của tháng tiếp theo" (or "của tháng sau"), no
    cycle named before it: the month after each one, that day of every month (the words in the
    phrase). Not after a period or cycle told earlier in the sentence ("kết quả quý I ... ngày 20
    của tháng tiếp theo" is the month after that quarter)."""
    r = found[i]
    nxt = _next_month_at(text, r.end)
    if nxt is None or r.day_only is None or not 1 <= r.day_only <= 31:
        return
    back = max(0, r.start - 300)
    # (with no break in the 300 characters before it, the sentence is read back that far, not to the
    # text's start: a long line with no break was read back whole for every day)
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, back, r.start)), default=back)
    told: list[_Raw] = []  # (the sentence's expressions before it, read back to its start: at most 300 characters)
    j = i - 1
    while j >= 0 and found[j].start >= start:
        if id(found[j]) not in absorbed and found[j].end <= r.start:
            told.append(found[j])
        j -= 1
    told.reverse()
    if told:
        # "báo cáo kết quả 6 tháng đầu năm 2026 ... chậm nhất ngày 20 của tháng tiếp theo": the
        # month after the one period told before it, that day
        p = told[-1]
        if len(told) == 1 and p.kind in _PERIOD_MONTHS and p.due is not None and not p.year_inferred:
            y, mo = int(p.due[:4]) + int(p.due[5:7]) // 12, int(p.due[5:7]) % 12 + 1
            if r.day_only <= _last_day(y, mo):
                r.kind, r.due, r.end, r.day_only = "date", _iso(y, mo, r.day_only), nxt.end(), None
                r.rule += "+after_period"
                absorbed.update(id(b) for b in _following(found, i, nxt.end()))
        return
    r.kind, r.due, r.end = "recurring", None, nxt.end()
    r.recurrence = Recurrence(freq="monthly", monthday=r.day_only)
    r.rule += "+next_month"
    absorbed.update(id(b) for b in _following(found, i, nxt.end()))


def _next_month_at(text: str, pos: int) -> Any:
    """``_of_next_month`` right at ``pos``, read in the few words after it: a pattern with words it
    must hold is first looked for to the text's end by the engine, at each day of a long line."""
    return _of_next_month().match(text, pos, min(len(text), pos + _NEXT_MONTH_REACH))


_NEXT_MONTH_REACH = 120  # (the phrase, its adjacent word and what may not follow it)


@functools.cache
def _of_next_month() -> Any:
    """" của tháng tiếp theo", " của tháng sau (liền kề)" right after a day of a monthly cycle."""
    raw = _words().raw
    cal, cp = raw["calendar"], raw["current_period"]
    return regex.compile(
        rf"\s++(?:{_alt(cal['of'])})\s++(?:{_alt(cal['month'])})\s++(?:{_alt(cp['next'])})"
        rf"(?:\s++(?:{_alt(cp['adjacent'])}))?(?![\p{{L}}\p{{N}}])"
        rf"(?!\s++(?:{_alt(raw['quarter_next']['not_before'])}))",
        regex.IGNORECASE,
    )


@functools.cache
def _same_month() -> tuple[Any, tuple[str, ...]]:
    """(After a day: " cùng tháng"; what every text with it holds, the words' tails in both cases.)"""
    words = _words().raw["current_day"]["same_month"]
    return regex.compile(rf"\s++(?:{_alt(words)})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE), _cased_tails(words)


def _same_month_days(text: str, found: list[_Raw]) -> list[_Raw]:
    """"... trước ngày 15 tháng 8 năm 2026 và gửi báo cáo trước ngày 20 cùng tháng": a day of the
    month of the date told before it in the paragraph (within ``_SAME_DAY_REACH``), that day."""
    pattern, gate = _same_month()
    if not any(g in text for g in gate):
        return found
    told: _Raw | None = None
    for r in found:
        if r.kind in ("date", "datetime") and r.due is not None:
            told = r
            continue
        if r.day_only is None or r.kind == "recurring" or told is None or told.due is None:
            continue
        m = pattern.match(text, r.end)
        if m is None or r.start - told.end > _SAME_DAY_REACH or "\n" in text[told.end : r.start]:
            continue
        y, mo = int(told.due[:4]), int(told.due[5:7])
        if not 1 <= r.day_only <= _last_day(y, mo):
            continue
        r.end, r.kind, r.due, r.day_only = m.end(), "date", _iso(y, mo, r.day_only), None
        r.year_inferred = told.year_inferred
        r.rule += "+same_month"
    return found


def _this_month_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"từ ngày 25 tháng này đến ngày 05 tháng sau", "từ ngày 10 đến ngày 25 tháng này": a day after
    "từ" (of this month, of a month named, or a day alone), then "đến" a day of this or the next
    month, are one span, from the first day to the second (not after a monthly cycle: "Báo cáo tháng
    gửi từ ngày 01 đến ngày 05 tháng sau" is every month's, read by :func:`_apply_context`)."""
    if _cycle_context("monthly").search(text) is not None:
        return found

    def ends_span(b: _Raw) -> bool:
        return b.rule == "date_this_month" and b.kind == "date" and b.due is not None and b.qualifier in (
            "through", "until", "by"
        )

    def merged(r: _Raw, b: _Raw) -> _Raw | None:
        if (
            not ends_span(b)
            or r.kind != "date"
            or r.due is None
            or b.due is None
            or r.due > b.due
            or r.qualifier not in (None, "from")
            or _from_word().match(text, r.start) is None
            or _SPAN_GAP.fullmatch(text, r.end, b.start) is None
        ):
            return None
        return _Raw(r.start, b.end, "range", "from_to", b.due, "range_this_month", start_date=r.due,
                    year_inferred=r.year_inferred or b.year_inferred)

    out = _merged_with_next(found, merged)
    for i, b in enumerate(out):
        # (a day alone after "từ", of the end's month: "từ ngày 10 đến ngày 25 tháng này")
        lo = max(out[i - 1].end if i else 0, b.start - 20)
        m = _from_day_alone().search(text, lo, b.start) if ends_span(b) and b.due is not None else None
        if m is None or b.due is None:
            continue
        day, y, mo = int(m.group("d")), int(b.due[:4]), int(b.due[5:7])
        if day > int(b.due[8:10]) and _next_month_end().search(text, b.start, b.end) is not None:
            # ("từ ngày 28 đến ngày 05 tháng sau": the first day of this month, the month before)
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        elif day > int(b.due[8:10]):
            continue
        if 1 <= day <= _last_day(y, mo):
            out[i] = _Raw(m.start(), b.end, "range", "from_to", b.due, "range_this_month", start_date=_iso(y, mo, day),
                          year_inferred=b.year_inferred)
    return out


@functools.cache
def _from_day_alone() -> Any:
    """"từ ngày 10 " right before the end of a span: its first day, with no month."""
    cal = _words().raw["calendar"]
    return regex.compile(
        rf"(?<!\p{{L}})(?:{_alt(cal['from'])})\s++(?:(?:{_alt(cal['day'])})\s++)?(?P<d>\d{{1,2}})\s++$",
        regex.IGNORECASE,
    )


@functools.cache
def _next_month_end() -> Any:
    """The next month's word ending a day of it ("ngày 05 tháng sau", "ngày 10 tháng tới")."""
    return regex.compile(rf"(?:{_alt(_words().raw['current_period']['next'])})$", regex.IGNORECASE)


@functools.cache
def _more_days() -> Any:
    """Days listed after a day of each month: " và 25", ", 15 và ngày 25" (not a day of a month
    named: "và 25 tháng 12", "và 25/12")."""
    d = _words().raw
    ng, units = _alt(d["calendar"]["day"]), _alt(d["joined_date_not_before"])
    # (not a length or a count: "trước ngày 20, 3 ngày sau khi ...")
    item = rf"(?:{ng}\s++)?\d{{1,2}}(?!\p{{N}})(?!\s*+[/.\-%]\s*+\p{{N}}?)(?!\s*+{units}(?!\p{{L}}))"
    return regex.compile(rf"(?:(?:{list_gap().pattern}){item}){{1,5}}", regex.IGNORECASE)


_RESTATED_DAY = regex.compile(r"[\s,:]*+\(?\s*+")


def _listed_after_monthly(text: str, found: list[_Raw], i: int) -> bool:
    """(helper 93) The day ``found[i]`` restates a list of cycles that a monthly one opens ("hằng
    tháng, hằng quý (trước ngày 25)"): that day of every month, each quarter's report on one."""
    if i < 2 or found[i].day_only is None:
        return False
    near, head = found[i - 1], found[i - 2]
    return (
        near.bare in ("quarterly", "yearly")
        and head.bare == "monthly"
        and list_gap().fullmatch(text, head.end, near.start) is not None
        and _RESTATED_DAY.fullmatch(text, near.end, found[i].start) is not None
    )


def _quarter_said(text: str, r: _Raw, near: _Raw | None) -> bool:
    """The cycle right before the day ``r`` (``near``, the expression before it) is a quarter's, the
    day in brackets or after a comma ("hằng quý (trước ngày 15)", "Hằng quý, trước ngày 20"): not a
    day of every month, though a monthly cycle came before in the sentence."""
    if near is None or near.bare != "quarterly":
        return False
    return _RESTATED_DAY.fullmatch(text, near.end, r.start) is not None


# how far after a day the months listed for it are looked for (the longest list, twelve months with
# their words, is shorter): a bound for the pattern engine, which otherwise looks for the words it
# needs through the rest of the text at each day (a text of many days grew quadratically)
_MONTH_LIST_REACH = 300


@functools.cache
def _quarter_month_list() -> tuple[Any, Any]:
    """After a day: "(của) (các) tháng 3, 6, 9, 12"; after a day and month: ", 6, 9 và 12"."""
    d = _words().raw
    month = _alt(d["calendar"]["month"])
    num = r"(?:1[0-2]|0?[1-9])(?!\p{N})(?!\s*+[/.\-]\s*+\p{N})"
    more = rf"(?:(?:{list_gap().pattern}){num})"
    of = _alt([*d["calendar"]["of"], *d["quarter_each"]])
    after_day = regex.compile(rf"\s*+(?:{of}\s++)*+{month}\s++{num}{more}{{1,3}}", regex.IGNORECASE)
    return after_day, regex.compile(rf"{more}{{1,3}}", regex.IGNORECASE)


def _quarter_day_months(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Hằng quý, ... trước ngày 15 tháng 3, 6, 9 và 12", "hằng quý (trước ngày 20 các tháng 3, 6, 9,
    12)": a day of the same month of each quarter, after a quarterly cycle in the sentence."""
    if not any(b.bare == "quarterly" for b in found):
        return found
    after_day, after_date = _quarter_month_list()
    absorbed: set[int] = set()
    cycle: _Raw | None = None
    for i, r in enumerate(found):
        if r.bare == "quarterly":
            cycle = r
            continue
        if cycle is None or r.start - cycle.end > 120 or any(c in text[cycle.end : r.start] for c in ".;\n"):
            continue
        if r.day_only is not None:
            day, m = r.day_only, after_day.match(text, r.end, r.end + _MONTH_LIST_REACH)
        elif r.kind == "date" and r.month_day is not None:
            day, m = r.month_day[1], after_date.match(text, r.end, r.end + _MONTH_LIST_REACH)
        else:
            continue
        if m is None:
            continue
        months = [int(x) for x in _MONTH_NUMBER.findall(m.group())]
        if r.day_only is None and r.month_day is not None:
            months.insert(0, r.month_day[0])
        if len(set(months)) != len(months) or len({(x - 1) % 3 for x in months}) != 1:
            continue
        inside = _following(found, i, m.end())
        if any(b.end > m.end() for b in inside):
            continue
        absorbed.update(id(b) for b in inside)
        absorbed.add(id(cycle))
        r.end, r.kind, r.due, r.day_only, r.month_day = m.end(), "recurring", None, None, None
        r.recurrence = Recurrence(freq="quarterly", monthday=day, month=(months[0] - 1) % 3 + 1)
        r.rule += "+quarter_months"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _months_after() -> tuple[Any, Any]:
    """After a day: "các tháng 3, 6, 9 và 12" (the plural: every year); after a day and month:
    " và tháng 12", ", 9 và tháng 12" (more months, no year after them)."""
    d = _words().raw
    month, of = _alt(d["calendar"]["month"]), _alt(d["calendar"]["of"])
    each = _alt(d["months_each"])
    num = r"(?:1[0-2]|0?[1-9])(?!\p{N})(?!\s*+[/.\-]\s*+\p{N})(?!\s++" + _alt(d["calendar"]["year"]) + r"\s++\p{N})"
    more = rf"(?:(?:{list_gap().pattern})(?:{month}\s++)?{num})"
    after_day = regex.compile(rf"\s*+(?:{of}\s++)?{each}\s++{month}\s++{num}{more}{{1,11}}", regex.IGNORECASE)
    return after_day, regex.compile(rf"{more}{{1,11}}", regex.IGNORECASE)


def _days_of_months(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 20 các tháng 3, 6, 9 và 12": that day of each month listed, every year (the same
    month of each quarter: quarterly); "(định kỳ 6 tháng) trước ngày 15 tháng 6 và tháng 12": a
    yearly day and the months listed after it, the day of each."""
    if not any(r.day_only is not None or (r.recurrence is not None and r.recurrence.freq == "yearly") for r in found):
        return found
    after_day, after_month = _months_after()
    absorbed: set[int] = set()
    for i, r in enumerate(found):
        if id(r) in absorbed:
            continue
        rec = r.recurrence
        if r.day_only is not None and r.kind != "recurring":
            day, m = r.day_only, after_day.match(text, r.end, r.end + _MONTH_LIST_REACH)
            first: list[int] = []
        elif r.kind == "recurring" and rec is not None and rec.freq == "yearly" and rec.month and not rec.dates:
            if not rec.monthday:
                continue
            day, m = rec.monthday, after_month.match(text, r.end, r.end + _MONTH_LIST_REACH)
            first = [rec.month]
        else:
            continue
        if m is None:
            continue
        months = first + [int(x) for x in _MONTH_NUMBER.findall(m.group())]
        if len(set(months)) != len(months) or any(day > _last_day(2024, x) for x in months):
            continue
        inside = _following(found, i, m.end())
        if any(b.end > m.end() for b in inside):
            continue
        absorbed.update(id(b) for b in inside)
        r.end, r.kind, r.due, r.day_only, r.month_day = m.end(), "recurring", None, None, None
        if len(months) == 4 and len({(x - 1) % 3 for x in months}) == 1:
            r.recurrence = Recurrence(freq="quarterly", monthday=day, month=(months[0] - 1) % 3 + 1)
        else:
            dates = [f"{x:02d}-{day:02d}" for x in months]
            time = rec.time if rec else None
            r.recurrence = Recurrence(freq="yearly", monthday=day, month=months[0], dates=dates, time=time)
        r.rule += "+months"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _quarter_month() -> tuple[Any, dict[str, int]]:
    """"(của) tháng cuối (của) (mỗi) quý" after a day, and month-of-quarter words -> 1..3."""
    d = _words().raw
    months = {_key(v): int(n) for n, ws in d["quarter_month"].items() for w in ws for v in _variants(str(w))}
    links, each = _alt(d["quarter_month_links"]), _alt(d["quarter_each"])
    month, quarter = _alt(d["calendar"]["month"]), _alt(d["calendar"]["quarter"])
    which = _alt([w for ws in d["quarter_month"].values() for w in ws])
    # ("tháng đầu quý sau": the first month of the next quarter, month 1 of every quarter)
    after = _alt(d["quarter_next"]["words"]) + rf"(?!\s++{_alt(d['quarter_next']['not_before'])})"
    # ("tháng cuối quý này", "tháng đầu quý tới": one quarter's month, see ``quarter_one``)
    one = _alt(d["quarter_one"]["this"] + d["quarter_one"]["next"])
    pattern = (
        rf"\s*+(?:{links}\s++)?{month}\s++(?P<qm>{which})\s++(?:{links}\s++)?(?:{each}\s++)?{quarter}"
        rf"(?:\s++(?:{after}|(?P<qone>{one})))?"
    )
    return re.compile(_stdlib(pattern), re.IGNORECASE), months


def _one_quarter_month(
    word: str | None, month_of_quarter: int, doc_date: dt.date | None
) -> tuple[int, int] | None:
    """The year and month of a month of the document date's quarter ("này", or None) or of the
    next one ("tới"); None with no document date."""
    if doc_date is None:
        return None
    q = (doc_date.month - 1) // 3 + (0 if word is None or _key(word) in _quarter_this() else 1)
    y = doc_date.year + q // 4
    return y, (q % 4) * 3 + month_of_quarter


@functools.cache
def _quarter_this() -> frozenset[str]:
    return frozenset(_key(v) for w in _words().raw["quarter_one"]["this"] for v in _variants(str(w)))


@functools.cache
def _period_month() -> Any:
    """"(của) tháng cuối (cùng) (của) (mỗi) kỳ báo cáo" after a day."""
    d = _words().raw
    links, each = _alt(d["quarter_month_links"]), _alt(d["quarter_each"])
    month, period = _alt(d["calendar"]["month"]), _alt(d["report_period"])
    which = _alt([w for ws in d["quarter_month"].values() for w in ws])
    pattern = rf"\s*+(?:{links}\s++)?{month}\s++{which}\s++(?:{links}\s++)?(?:{each}\s++)?{period}"
    return re.compile(_stdlib(pattern), re.IGNORECASE)


@functools.cache
def _named_quarter_after() -> Any:
    """A quarter's number and year right after "quý": " III/2026", " IV năm 2026"."""
    year = _alt(_words().raw["calendar"]["year"])
    return regex.compile(
        rf"\s++(?P<q>iv|iii|ii|i|[1-4])(?![\p{{L}}\p{{N}}])(?:\s*+[/\-]\s*+|\.|\s++{year}\s++)(?P<y>(?:19|20)\d{{2}})"
        r"(?!\p{N})",
        regex.IGNORECASE,
    )


class _Near:
    """The expressions found (sorted by start) that start in a span, by a binary search over their
    starts (taken once, when first asked for)."""

    def __init__(self, found: list[_Raw]) -> None:
        self._found = found

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [b.start for b in self._found]

    @functools.cached_property
    def longest(self) -> int:
        """The longest expression's length: how far before a place one may start."""
        return max((b.end - b.start for b in self._found), default=0)

    def first(self, lo: int) -> int:
        """The index of the first expression that starts at ``lo`` or after."""
        return bisect.bisect_left(self._starts, lo)

    def starting(self, lo: int, hi: int) -> list[_Raw]:
        """The expressions whose start is in ``[lo, hi)``, in order."""
        k = self.first(lo)
        return self._found[k : self.first(hi)] if hi > lo else []


def _quarter_day(
    text: str, r: _Raw, found: list[_Raw], absorbed: set[int], near: _Near, doc_date: dt.date | None = None
) -> None:
    """"trước ngày 15 của tháng cuối quý": day 15 of the last month of every quarter ("... quý
    này": of the document date's quarter, once)."""
    pattern, months = _quarter_month()
    m = pattern.match(text, r.end)
    if m is None or r.day_only is None:
        pm = _period_month().match(text, r.end) if r.day_only is not None else None
        if pm is not None:
            # "ngày 20 của tháng cuối kỳ báo cáo": every period of the report, its length unsaid
            r.end = pm.end()
            r.kind = "recurring"
            r.recurrence = Recurrence(freq="periodic", monthday=r.day_only)
            r.rule += "+report_period"
        return
    month = months.get(_key(m.group("qm")))
    if month is None:
        return
    # (a part of the quarter read inside it, "cuối quý này", "đầu quý sau", is part of it)
    absorbed.update(id(b) for b in near.starting(r.end, m.end() + 1) if b is not r and b.end <= m.end())
    if m.group("qone") is not None:
        # one quarter's month: that day, once (as "trước ngày 20 tháng này")
        ym, day = _one_quarter_month(m.group("qone"), month, doc_date), r.day_only
        if ym is not None and not 1 <= day <= _last_day(*ym):
            return
        r.end, r.day_only = m.end(), None
        r.kind = "date" if ym is not None else "vague"
        r.due = None if ym is None else _iso(ym[0], ym[1], day)
        r.rule += "+one_quarter_month"
        return
    named = _named_quarter_after().match(text, m.end()) if m.group("qone") is None else None
    if named is not None:
        # "trước ngày 15 của tháng cuối quý III/2026": that day of that quarter's month, once
        year, mo = int(named.group("y")), (_quarter(named.group("q")) - 1) * 3 + month
        if not 1 <= r.day_only <= _last_day(year, mo):
            return
        absorbed.update(id(b) for b in near.starting(r.end, named.end() + 1) if b is not r and b.end <= named.end())
        r.end, r.kind, r.due, r.day_only = named.end(), "date", _iso(year, mo, r.day_only), None
        r.rule += "+named_quarter_month"
        return
    r.end = m.end()
    r.kind = "recurring"
    r.recurrence = Recurrence(freq="quarterly", monthday=r.day_only, month=month)
    r.rule += "+quarter_month"
    # "Định kỳ hằng quý, trước ngày 15 ...", "Hằng quý, Văn phòng ... gửi báo cáo ... trước ngày
    # 20 của tháng cuối quý": the bare marker earlier in the sentence is part of it
    absorbed.update(
        id(b)
        for b in near.starting(r.start - 240 - near.longest, r.end)
        if b is not r
        and _undated_cycle(b)
        and (
            (b.end <= r.start and r.start - b.end < 240 and not any(c in text[b.end : r.start] for c in ".;\n"))
            # "tháng cuối cùng của mỗi quý": the cycle word is inside it
            or r.start <= b.start < r.end
        )
    )


@functools.cache
def _quarter_months_after() -> Any:
    """After a quarterly marker: "(,) (vào) tháng 3, 6, 9, 12" or "(vào) tháng cuối (của) (mỗi) quý"."""
    d = _words().raw
    lead = _alt(d["quarter_months_lead"])
    month = _alt(d["calendar"]["month"])
    links, each, quarter = _alt(d["quarter_month_links"]), _alt(d["quarter_each"]), _alt(d["calendar"]["quarter"])
    which = _alt([w for ws in d["quarter_month"].values() for w in ws])
    num = r"(?:1[0-2]|0?[1-9])(?!\p{N})(?!\s*+[/.\-]\s*+\p{N})"  # not "12/2026"
    sep = r"(?:\s*+,\s*+(?:" + _alt(d["date_list_links"]) + r"\s++)?|\s++" + _alt(d["date_list_links"]) + r"\s++)"
    pattern = (
        rf"\s*+(?:,\s*+)?(?:(?P<lead>{lead})\s++)?{month}\s++(?:(?P<ml>{num}(?:{sep}(?:{month}\s++)?{num}){{1,3}})"
        rf"|(?P<qm>{which})\s++(?:{links}\s++)?(?:{each}\s++)?{quarter})(?![\p{{L}}\p{{N}}])"
    )
    return regex.compile(pattern, regex.IGNORECASE)


def _quarterly_months(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Định kỳ hằng quý vào tháng 3, 6, 9, 12", "báo cáo hằng quý vào tháng cuối quý": the same
    month of every quarter, due by its last day (freq quarterly, month 1..3 of the quarter, day 31
    standing for the month's last)."""
    if not any(r.bare == "quarterly" for r in found):
        return found
    _, words = _quarter_month()
    absorbed: set[int] = set()
    near = _Near(found)  # (the expressions inside the months' words: a binary search, not all read)
    for r in found:
        if r.bare != "quarterly" or id(r) in absorbed:
            continue
        m = _quarter_months_after().match(text, r.end)
        if m is None:
            continue
        if m.group("ml") is not None:
            months = sorted({int(x) for x in _MONTH_NUMBER.findall(m.group("ml"))})
            # one month of each quarter, the same one: 3, 6, 9, 12 or 1, 4 ...
            if len(months) < 2 or len({(x - 1) % 3 for x in months}) != 1:
                continue
            which: int | None = (months[0] - 1) % 3 + 1
        else:
            which = words.get(_key(m.group("qm")))
        if which is None:
            continue
        inside = [b for b in near.starting(r.end, m.end()) if b is not r]
        if any(b.end > m.end() for b in inside):
            continue
        absorbed.update(id(b) for b in inside)
        r.end = m.end()
        r.recurrence = Recurrence(freq="quarterly", monthday=31, month=which)
        r.qualifier = r.qualifier or _qualifier(_chain_cats(m.group("lead")), "month")
        r.rule += "+quarter_months"
        r.bare = None
    return [r for r in found if id(r) not in absorbed]


@functools.cache
def _immediate_pattern() -> Any:
    """"ngay sau khi (Kế hoạch (này) được) ban hành", "ngay sau khi nhận được (văn bản này)"."""
    rel = _words().raw["relative"]
    doc = rf"(?:{_alt(rel['self_documents'])})(?:\s++{_alt(rel['self_this'])})?"
    anchors = _alt(x for v in rel["anchors"].values() for x in v)
    pattern = (
        rf"(?<![\p{{L}}\p{{N}}]){_alt(rel['immediate'])}\s++(?:(?P<doc>{doc})\s++(?:{_alt(rel['self_passive'])}\s++)?)?"
        rf"(?P<an>{anchors})(?:\s++(?P<obj>{doc}))?(?![\p{{L}}\p{{N}}])"
    )
    return regex.compile(pattern, regex.IGNORECASE)


def _immediate(text: str, found: list[_Raw], doc_date: dt.date | None) -> list[_Raw]:
    """"ngay sau khi Kế hoạch được ban hành": a relative deadline of zero days from this
    document's issue or signing (its date) or its receipt (rule ``relative_immediate``)."""
    added: list[_Raw] = []
    for m in _immediate_pattern().finditer(text):
        anchor = _words().anchors.get(_key(m.group("an")), "other")
        if anchor not in ("signing", "issue", "receipt"):
            continue  # "ngay sau khi Quyết định có hiệu lực": when it applies, not a deadline
        if anchor == "receipt":
            if m.group("doc") is not None or m.group("obj") is None:
                continue  # "ngay sau khi nhận được hướng dẫn của Bộ": someone else's paper
            end = m.end()
        else:
            end = m.end("an")
        if any(r.start < end and m.start() < r.end for r in found):
            continue
        due = doc_date.isoformat() if doc_date is not None and anchor in ("signing", "issue") else None
        rel = Relative(amount=0, unit="day", anchor=anchor, resolved=due is not None)
        added.append(_Raw(m.start(), end, "relative", "within", due, "relative_immediate", relative=rel))
    return sorted(found + added, key=lambda r: r.start) if added else found


@functools.cache
def _immediate_event_pattern() -> tuple[Any, Any]:
    """(The lead "ngay sau khi", "ngay khi"; after it the event: an end word then its words, "kết
    thúc đợt cao điểm", "có kết quả thẩm định", or its words then an end word closing the clause,
    "Hội nghị kết thúc".)"""
    rel = _words().raw["relative"]
    ev = rel["immediate_event"]
    lead = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_alt(ev['leads'])}", regex.IGNORECASE)
    stops = _alt(list(rel["object_stops"]) + [x for v in rel["anchors"].values() for x in v])
    word = rf"\s++(?!(?:{stops})(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}/\-]*+"
    body = (
        rf"\s++(?:{_alt(ev['ends'])})(?!\s++(?:{_alt(ev['not_objects'])})(?![\p{{L}}\p{{N}}]))"
        rf"(?:{word}){{1,{int(rel['object_words'])}}}"
        rf"|(?:{word}){{1,{int(ev['words'])}}}?\s++(?:{_alt(ev['ends_after'])})(?=\s*+(?:[.;:,)]|$))"
    )
    return lead, regex.compile(body, regex.IGNORECASE)


@functools.cache
def _span_opening() -> tuple[Any, Any]:
    """(helper 46) (The "đến" that opens an expression; right before it, a span's first clock time
    or weekday after "từ": "từ 7 giờ 30 ", "từ 7h30 ", "từ thứ Hai ".)"""
    raw = _words().raw
    cal = raw["calendar"]
    parts = [x for v in raw["day_parts"].values() for x in v]
    clock = (
        rf"\d{{1,2}}(?:\s*+(?:{_alt(cal['hour'])}|h|g|[:.])(?:\s*+\d{{1,2}}(?:\s*+{_alt(cal['minute'])})?)?)?"
        rf"(?:\s++{_alt(parts)})?"
    )
    weekday = rf"(?:{_alt(raw['weekday_lead'])})\s++(?:{_alt([str(k) for k in raw['weekdays']])})|{_alt(raw['sunday'])}"
    first = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(cal['from'])})\s++(?:{clock}|{weekday})\s++$", regex.IGNORECASE
    )
    return regex.compile(rf"(?:{_alt(cal['to'])})(?!\p{{L}})", regex.IGNORECASE), first


def _opening_hours(text: str, found: list[_Raw]) -> list[_Raw]:
    """(helper 46) "tiếp nhận hồ sơ từ 7 giờ 30 đến 17 giờ hằng ngày", "làm việc từ thứ Hai đến thứ
    Sáu hằng tuần": a daily or weekly time read from the "đến" of a span whose first end is a clock
    time or a weekday is the span's end, the hours or days a service is open, no time anything is due
    by (dropped; "trước 16 giờ hằng ngày" stays)."""
    to, first = _span_opening()
    out: list[_Raw] = []
    for r in found:
        if (
            r.recurrence is not None
            and r.recurrence.freq in ("daily", "weekly")
            and to.match(text, r.start) is not None
            and first.search(text, max(0, r.start - 40), r.start) is not None
        ):
            continue
        out.append(r)
    return out


@functools.cache
def _immediate_event_list() -> Any:
    """(helper 46) Right after an event's words, more of them listed after a comma that close the
    clause: ", vận động", ", kiểm tra và giám sát" (lower-case words, a few each; the clause's end,
    a punctuation mark or an object stop, after them, not taken)."""
    rel = _words().raw["relative"]
    ev = rel["immediate_event"]
    stops = _alt(list(rel["object_stops"]))
    links = _alt(_words().raw["date_list_links"])
    word = rf"(?!(?:{stops}|{links}|{_alt(ev['list_not'])})(?![\p{{L}}\p{{N}}]))\p{{Ll}}[\p{{L}}\p{{N}}]*+"
    item = rf"{word}(?:\s++{word}){{0,{int(ev['list_words']) - 1}}}(?![\p{{L}}\p{{N}}])"
    sep = rf"(?:\s*+,\s*+|\s++(?:{links})\s++)"
    close = rf"(?=\s*+(?:[.;:)\n]|$)|\s++(?:{stops})(?![\p{{L}}\p{{N}}]))"
    return regex.compile(rf"(?:{sep}{item}){{1,{int(ev['list_items'])}}}{close}")


@functools.cache
def _term_noun_gate() -> tuple[str, ...]:
    """What every term noun ("nhiệm kỳ") holds whatever its case: the letters after the first of its
    last word."""
    return _cased_tails(str(w).split()[-1] for w in _words().raw["term_nouns"])


@functools.cache
def _immediate_event_gate() -> tuple[str, ...]:
    """What every lead of :func:`_immediate_events` holds whatever its case: the letters after the
    first of each lead's first word ("gay", "GAY")."""
    return _cased_tails(str(w).split()[0] for w in _words().raw["relative"]["immediate_event"]["leads"])


@functools.cache
def _ad_hoc() -> Any:
    """An ad hoc report's word in the clause before the lead, after its last break."""
    ev = _words().raw["relative"]["immediate_event"]
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_alt(ev['ad_hoc'])}[^.;:]*+$", regex.IGNORECASE)


def _immediate_events(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo ngay sau khi kết thúc đợt cao điểm", "ngay khi có kết quả thẩm định": zero days
    from an event that is not this document's own, relative and unresolved, the event's words in
    the phrase, to the clause's end or the next time read (rule ``relative_immediate_event``)."""
    lead, body = _immediate_event_pattern()
    added: list[_Raw] = []
    # (the expressions by their starts, with the farthest end reached by those up to each: a lead is
    # looked up by bisection, not against every expression, so a paragraph of many stays linear)
    ordered = sorted(found, key=lambda r: r.start)
    starts = [r.start for r in ordered]
    reach = list(itertools.accumulate((r.end for r in ordered), max))
    for m in lead.finditer(text):
        k = bisect.bisect_left(starts, m.end())  # (the expressions that start before the lead ends: [:k])
        if k and reach[k - 1] > m.start():
            continue  # ("ngay sau khi Kế hoạch được ban hành", "ngay sau Tết": read already)
        limit = starts[k] if k < len(starts) else len(text)
        b = body.match(text, m.end(), limit)
        if b is None or _ad_hoc().search(text, max(0, m.start() - 200), m.start()) is not None:
            continue  # (and not an ad hoc report: "báo cáo đột xuất ngay khi có ...", whenever it happens)
        end = b.end()
        if text.startswith(",", end):
            listed = _immediate_event_list().match(text, end, limit)
            end = listed.end() if listed is not None else end
        rel = Relative(amount=0, unit="day", anchor="other", resolved=False)
        added.append(_Raw(m.start(), end, "relative", "within", None, "relative_immediate_event", relative=rel))
    return sorted(found + added, key=lambda r: r.start) if added else found


@functools.cache
def _yearly_lead() -> Any:
    """A yearly or half-yearly reporting cycle just before a day and month with no year:
    "hằng năm (trước ngày 15/12)", "định kỳ 6 tháng (trước ngày 15/6)", "báo cáo năm gửi (trước
    ngày 20 tháng 12)"."""
    raw = _words().raw
    rec = raw["recurrence"]
    cycles = [f"{p} {n} tháng" for p in rec["periodic"] for n in ("6", "06", "sáu")]
    cycles += raw["periodic_reports"]["periodic_cycles"]  # (helper 72)
    reports = [f"{r} {c}" for r in raw["periodic_reports"]["nouns"] for c in raw["periodic_reports"]["cycles"]]
    fq = raw["frequency"]
    # "02 lần/năm (trước ngày 20/6 và 20/12)": a count a year
    count = (
        rf"(?:{_alt(rec['periodic'])}\s++)?"
        + _count_per(rf"(?:\d{{1,2}}|{_alt(fq['counts'])})", _alt(raw["calendar"]["year"]))
    )
    words = rf"{_alt(rec['yearly'] + cycles + reports)}|{count}"
    # (a few words between: "định kỳ 6 tháng tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 6";
    # or a colon right after it, the report as a line's label: "- Báo cáo 6 tháng: trước ngày 15/6")
    pr = raw["periodic_reports"]
    labels = _alt(f"{r} {c}" for r in pr["nouns"] for c in pr["labelled"])
    # ... or "định kỳ" alone opening its clause right before the day ("Định kỳ trước ngày 20 tháng 6
    # và tháng 12"): a day of the year that comes back, its cycle unsaid (not "kiểm tra định kỳ
    # trước ngày 15/12": a periodic check, due once)
    bare = rf"(?<=(?:^|[,;:.()\n])[\s*_]*)(?:{_alt(rec['periodic'])})[*_\s,]*+"
    # ... or after its clause's subject ("Công an tỉnh định kỳ trước ngày 20 tháng 6 và tháng 12"):
    # yearly only when more months follow the day (``listed``, see ``_yearly_context``)
    listed = rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(rec['periodic'])})[*_\s]*+"
    return regex.compile(
        rf"(?:(?:{words})(?:[*_\s]*+:)?|(?:{labels})[*_\s]*+:)[^.;:\n\d]{{0,72}}$|(?P<bare>{bare})$"
        rf"|(?P<listed>{listed})$",
        regex.IGNORECASE,
    )


@functools.cache
def _report_name() -> Any:
    """A report named by its cycle and nothing else: "Báo cáo 6 tháng", "Báo cáo năm", "Báo cáo
    quý I" (a row of a regime's table, a line's label)."""
    pr = _words().raw["periodic_reports"]
    cycles = _alt([*pr["cycles"], *pr["labelled"]])
    return regex.compile(rf"[\s*_\-+•]*+(?:{_alt(pr['nouns'])})\s++{cycles}[\s*_.:;]*+", regex.IGNORECASE)


def yearly_by_report(expr: TimeExpr, name: str) -> TimeExpr:
    """``expr`` read as a yearly day when it is a day and month with no year written and ``name``
    (the row's task: "Báo cáo 6 tháng" | "Trước ngày 15/6") is a report named by its cycle."""
    if expr.kind != "date" or not expr.year_inferred or expr.due is None or len(name) > 60:
        return expr
    if _report_name().fullmatch(name) is None:
        return expr
    month, day = int(expr.due[5:7]), int(expr.due[8:10])
    rec = Recurrence(freq="yearly", monthday=day, month=month)
    rule = expr.rule + "+report_row"
    return replace(expr, kind="recurring", due=None, recurrence=rec, year_inferred=False, rule=rule)


@functools.cache
def _yearly_bracket() -> Any:
    """A half-year or a year listed alone right before its day in brackets: ", 6 tháng (trước
    ngày 15/6)", ") và năm (trước ngày 20/12)"."""
    raw = _words().raw
    links = _alt(raw["date_list_links"])
    cycles = _alt(raw["periodic_reports"]["bracketed"])
    return regex.compile(
        rf"(?:[,;)]\s*+(?:{links}\s++)?|(?<![\p{{L}}]){links}\s++)(?:{cycles})\s*+\(\s*+$", regex.IGNORECASE
    )


@functools.cache
def _yearly_trail() -> Any:
    """A yearly or half-yearly report named in brackets right after a day and month with no year:
    "trước ngày 20 tháng 6 (báo cáo 6 tháng)", "trước ngày 15/12 (báo cáo năm)"."""
    raw = _words().raw
    reports = [f"{r} {c}" for r in raw["periodic_reports"]["nouns"] for c in raw["periodic_reports"]["cycles"]]
    return regex.compile(rf"\s*+\(\s*+(?:{_alt(reports)})\s*+\)", regex.IGNORECASE)


@functools.cache
def _date_list() -> Any:
    """Days and months with no year listed before the last one of a yearly recurrence: "3/2, 19/5,
    2/9 và 7/11 hàng năm", "trước ngày 01/6 và 15/11 hằng năm"."""
    links = _alt(_words().raw["date_list_links"])
    item = r"(?:ngày\s++)?(\d{1,2})[/.\-](\d{1,2})(?![/.\-]?\d)"
    return regex.compile(rf"(?:{item}\s*+(?:,\s*+(?:{links}\s++)?|{links}\s++))+$", regex.IGNORECASE)


_DATE_ITEM = regex.compile(r"(\d{1,2})[/.\-](\d{1,2})")


@functools.cache
def _date_list_after() -> Any:
    """Days and months with no year listed after a day a yearly cycle before it governs: "định kỳ
    6 tháng (trước ngày 15/6 và 15/12)", "Hằng năm, ... trước ngày 10/6, 10/12"."""
    item = r"(?:ngày\s++)?\d{1,2}[/.\-]\d{1,2}(?![/.\-]?\d)"
    return regex.compile(rf"(?:(?:{list_gap().pattern}){item})+", regex.IGNORECASE)


_QUARTER_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])(?:I{1,3}|IV|[1-4])(?![\p{L}\p{N}])", regex.IGNORECASE)


def _yearly_quarter_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"vào quý II và quý IV hằng năm", "trong quý I, quý III hằng năm": quarters with no year listed
    (no dash, no "từ"), then the yearly word: each quarter of every year (as "vào tháng 6 và tháng 12
    hằng năm"), not one span with no day."""

    def merged(r: _Raw, b: _Raw) -> _Raw | None:
        if (
            r.rule not in ("range_quarter", "quarter_list")
            or not (r.due is None or r.year_inferred)  # (no year written)
            or b.rule != "recur_bare"
            or b.recurrence is None
            or b.recurrence.freq != "yearly"
            or not text[r.end : b.start].isspace()
            or _from_word().match(text, r.start) is not None
            or _SPAN_DASH.search(text, r.start, r.end) is not None
        ):
            return None
        quarter = _quarter_word().search(text, r.start, r.end)
        if quarter is None:
            return None
        nums = [_quarter(x) for x in _QUARTER_NUMBER.findall(text, quarter.end(), r.end)]
        if len(nums) < 2 or nums != sorted(set(nums)):
            return None
        days = [f"{q * 3:02d}-{_last_day(2023, q * 3):02d}" for q in nums]
        rec = Recurrence(freq="yearly", monthday=int(days[0][3:]), month=nums[0] * 3, dates=days)
        q = _qualifier(_chain_cats(text[r.start : quarter.start()]), "recurring")  # ("vào", "trong" before it)
        return _Raw(r.start, b.end, "recurring", q, None, "recur_yearly_quarters", recurrence=rec)

    return _merged_with_next(found, merged)


@functools.cache
def _quarter_word() -> Any:
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt(_words().raw['calendar']['quarter'])})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _month_list_after() -> Any:
    """Months with no year listed after a day a yearly cycle governs, the same day of each: "trước
    ngày 20 tháng 6 và tháng 12" (not a month with its year: "và tháng 12 năm 2027", "tháng 12/2027")."""
    cal = _words().raw["calendar"]
    year = _alt(cal["year"])
    item = rf"(?:{_alt(cal['month'])})\s++\d{{1,2}}(?!\p{{N}})(?!\s*+[/.\-]\s*+\p{{N}})(?!\s++(?:{year})\s*+\p{{N}})"
    return regex.compile(rf"(?:(?:{list_gap().pattern}){item})+", regex.IGNORECASE)


def _yearly_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """A yearly recurrence on one day extended to the days listed before it."""
    absorbed: set[int] = set()
    near = _Near(found)
    for i, r in enumerate(found):
        rec = r.recurrence
        if r.kind != "recurring" or rec is None or rec.freq != "yearly" or rec.month is None or rec.monthday is None:
            continue
        if id(r) in absorbed:
            continue  # (read into the list of an earlier one)
        if r.rule.endswith("+yearly_context"):
            _yearly_list_after(text, r, found, absorbed, near)
            continue
        m = _date_list().search(text, max(0, r.start - 120), r.start)
        if m is None:
            _yearly_chain(text, r, found, i, absorbed)
            continue
        days: list[str] = []
        for d, mo in _DATE_ITEM.findall(m.group()):
            if not (1 <= int(mo) <= 12 and 1 <= int(d) <= _last_day(2024, int(mo))):
                return found
            days.append(f"{int(mo):02d}-{int(d):02d}")
        days.append(f"{rec.month:02d}-{rec.monthday:02d}")
        start = m.start()
        for b in found:
            if b is not r and start <= b.end <= r.start:
                absorbed.add(id(b))
                start = min(start, b.start)
                if r.qualifier is None:
                    r.qualifier = b.qualifier
        first_m, first_d = int(days[0][:2]), int(days[0][3:])
        r.start = start
        r.recurrence = Recurrence(
            freq="yearly", monthday=first_d, month=first_m, time=rec.time, dates=list(dict.fromkeys(days))
        )
        r.rule += "+date_list"
    return [r for r in found if id(r) not in absorbed]


@functools.cache
def _length_before() -> Any:
    """A length of days, weeks or months right before an event ("10 ngày trước Đại hội")."""
    units = _words().raw["relative"]["units"]
    alt = _alt(w for k in ("working_day", "day", "week", "month") for w in units[k])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(\d{{1,3}})\s++({alt})\s*+$", regex.IGNORECASE)


@functools.cache
def _adjacent() -> tuple[Any, Any]:
    """(Right after a phrase ending in "sau": " liền kề"; after a yearly day: " năm sau liền kề".)"""
    cp, cal = _words().raw["current_period"], _words().raw["calendar"]
    adjacent, nxt = _alt(cp["adjacent"]), _alt(cp["next"])
    after_next = regex.compile(rf"(?<=(?<!\p{{L}})(?:{nxt}))\s++(?:{adjacent})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    year_next = regex.compile(
        rf"\s++(?:{_alt(cal['year'])})\s++(?:{nxt})\s++(?:{adjacent})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE
    )
    return after_next, year_next


@functools.cache
def _adjacent_gate() -> tuple[str, ...]:
    return _cased_tails(_words().raw["current_period"]["adjacent"])


def _adjacent_periods(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 05 tháng sau liền kề", "báo cáo năm trước ngày 15 tháng 01 năm sau liền kề": the
    words that say the next period follows right on join the phrase (the time is as read)."""
    after_next, year_next = _adjacent()
    for i, r in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        m = after_next.match(text, r.end, limit)
        if m is None and r.recurrence is not None and r.recurrence.freq == "yearly":
            m = year_next.match(text, r.end, limit)
        if m is not None:
            r.end = m.end()
    return found


@functools.cache
def _from_word() -> Any:
    """A reading's opening "từ" ("Từ tháng 01/2026 ...")."""
    return regex.compile(rf"(?:{_alt(_words().raw['calendar']['from'])})\s", regex.IGNORECASE)


_SPAN_GAP = regex.compile(r"[\s,]*+")
_SPAN_DASH = regex.compile(r"\s*+[-–—]\s*+")
_PERIOD_KINDS = ("month", "quarter", "year")


def _period_start(r: _Raw) -> str | None:
    """The first day of the month, quarter or year a reading ends with (its due)."""
    if r.due is None or r.kind not in _PERIOD_KINDS:
        return None
    y, mo = int(r.due[:4]), int(r.due[5:7])
    if r.kind == "quarter":
        mo -= 2
    elif r.kind == "year":
        mo = 1
    return _iso(y, mo, 1) if mo >= 1 else None


def _mixed_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Từ tháng 01/2026 đến hết năm 2026", "từ quý III/2026 đến hết năm 2027": a period after "từ",
    then one of another kind after "đến (hết)" (or a dash between two periods with their years:
    "Tháng 12/2026 - Quý I/2027"), are one span, from the first's first day to the
    second's last (two of the same kind are read so by the grammar already)."""
    out: list[_Raw] = []
    i = 0
    while i < len(found):
        r = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        start = _period_start(r)
        if (
            b is not None
            and start is not None
            and r.qualifier is None
            and b.kind in _PERIOD_KINDS
            and b.kind != r.kind
            and b.due is not None
            and start <= b.due
            and (
                (
                    b.qualifier in ("through", "until", "by")
                    and _from_word().match(text, r.start) is not None
                    and _SPAN_GAP.fullmatch(text, r.end, b.start) is not None
                )
                # ("Tháng 12/2026 - Quý I/2027": a dash between two periods of their own years)
                or (
                    b.qualifier is None
                    and not (r.year_inferred or b.year_inferred)
                    and r.due is not None
                    and r.due < b.due
                    and _SPAN_DASH.fullmatch(text, r.end, b.start) is not None
                )
            )
        ):
            out.append(_Raw(r.start, b.end, "range", "from_to", b.due, "range_mixed", start_date=start,
                            year_inferred=r.year_inferred or b.year_inferred))
            i += 2
            continue
        out.append(r)
        i += 1
    return out


@functools.cache
def _event_expected() -> tuple[Any, Any]:
    """(Between an event and its expected time: the rest of its name, no break, "(", maybe
    "dự kiến"; "dự kiến" opening the time's own reading.)"""
    words = _alt(_words().raw["event_expected"])
    gap = regex.compile(
        rf"[^.;:!?()\n]{{0,60}}?(?:\(\s*+|(?P<comma>,\s*+))(?P<w>(?:{words})\s++)?", regex.IGNORECASE
    )
    return gap, regex.compile(rf"(?:{words})(?!\p{{L}})", regex.IGNORECASE)


def _merged_with_next(found: list[_Raw], merged: Callable[[_Raw, _Raw], _Raw | None]) -> list[_Raw]:
    """``found`` with each expression that ``merged`` joins to the one after it replaced by what
    it returns (the two read once)."""
    out: list[_Raw] = []
    i = 0
    while i < len(found):
        r = found[i]
        if i + 1 < len(found) and (m := merged(r, found[i + 1])) is not None:
            out.append(m)
            i += 2
            continue
        out.append(r)
        i += 1
    return out


_MONTH_PARTS = ("part_of_month", "week_of_month")


def _events_expected(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước Đại hội Đảng bộ xã (dự kiến tháng 5/2026)": an event a limit points to, its expected
    time in brackets after it, is due by that time (the time's own reading is part of it)."""
    gap, opening = _event_expected()

    def merged(r: _Raw, nxt: _Raw) -> _Raw | None:
        if not (
            r.rule == "event"
            and r.due is None
            and r.qualifier in ("before", "by")
            and nxt.due is not None
            # (or a part of a month: "(dự kiến giữa tháng 7/2026)", "(tuần đầu tháng 3/2026)")
            and (nxt.kind in ("date", "datetime", "month", "quarter") or nxt.rule in _MONTH_PARTS)
            and nxt.start - r.end <= 80
        ):
            return None
        g = gap.fullmatch(text, r.end, nxt.start)
        said = g is not None and bool(g.group("w") or opening.match(text, nxt.start))
        if g is not None and g.group("comma"):
            # "trước kỳ họp thứ 6 HĐND tỉnh, dự kiến giữa tháng 7/2026": after a comma, no
            # brackets, the time the event is expected at only when "dự kiến" says so, the comma
            # the only one between (not "trước Đại hội, các xã báo cáo số liệu tháng 5/2026")
            if not said or "," in text[r.end : g.start("comma")]:
                return None
            return replace(r, end=nxt.end, kind=nxt.kind, due=nxt.due, rule="event+expected",
                           year_inferred=nxt.year_inferred)
        close = _CLOSE.match(text, nxt.end)
        # (the time alone in the brackets, "dự kiến" or not: "trước Hội nghị Ban Chấp hành Đảng bộ
        # xã (tháng 02/2027)"; with no "dự kiến", no comma between: "trước Đại hội, các xã báo cáo
        # số liệu (tháng 5/2026)" is not the event's time)
        expected = g is not None and (said or "," not in g.group())
        if g is None or close is None or not expected:
            return None
        return replace(r, end=close.end(), kind=nxt.kind, due=nxt.due, rule="event+expected",
                       year_inferred=nxt.year_inferred)

    return _merged_with_next(found, merged)


_RESOLVED_EVENTS = ("event_campaign_month", "event_new_year", "event_hung_kings", "event_lunar_day")
_GLOSS_OPEN = regex.compile(r"\s*+\(\s*+")


def _calendar_resolved(r: _Raw) -> bool:
    """An event whose day the calendar gives, or a lunar day read from the lunar calendar's table
    ("trước ngày 10/3 âm lịch (ngày 16/4/2027)"): its solar day may follow in brackets."""
    return r.rule.startswith(_RESOLVED_EVENTS) or (r.kind in ("date", "datetime") and "+lunar" in r.rule)


def _resolved_event_glosses(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong Tháng Thanh niên (tháng 3/2027)", "trước Tết Nguyên đán (ngày 06/02/2027)": an event
    whose day the calendar gives, its time said again alone in brackets right after it: one
    expression to the closing bracket, due by the bracket's time (its year written), not two."""
    _gap, opening = _event_expected()

    def merged(r: _Raw, nxt: _Raw) -> _Raw | None:
        if not (
            _calendar_resolved(r)
            and r.due is not None
            and nxt.qualifier in (None, "on")
            and nxt.due is not None
            and nxt.kind in ("date", "month")
            and nxt.due[:4] in (r.due[:4], str(int(r.due[:4]) + 1))
        ):
            return None
        g = _GLOSS_OPEN.fullmatch(text, r.end, nxt.start)
        if g is None:
            g2 = _GLOSS_OPEN.match(text, r.end, nxt.start)
            w = opening.match(text, g2.end(), nxt.start) if g2 is not None else None
            g = w if w is not None and not text[w.end() : nxt.start].strip() else None
        close = _CLOSE.match(text, nxt.end) if g is not None else None
        if close is None:
            return None
        return replace(r, end=close.end(), kind=nxt.kind, due=nxt.due, rule=r.rule + "+gloss",
                       year_inferred=nxt.year_inferred)

    return _merged_with_next(found, merged)


_GLOSS_CLOSE = regex.compile(r"(?:\s++[\p{L}\p{N}]++){0,4}?\s*+\)")


def _limit_event_glosses(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 15/01/2027 (trước Tết Nguyên đán Đinh Mùi)", "trước ngày 30/4/2027 (trước mùa
    mưa)": a dated limit, then in brackets the event it is set ahead of: one expression to the
    closing bracket, due by the date (the event's limit no second deadline; not when the event's
    day comes before the date)."""

    def merged(r: _Raw, nxt: _Raw) -> _Raw | None:
        if not (
            r.kind in ("date", "datetime")
            and r.due is not None
            and r.qualifier in ("before", "by")
            and nxt.qualifier == "before"
            and (
                (nxt.kind == "vague" and nxt.due is None and nxt.rule == "event")
                or (_calendar_resolved(nxt) and nxt.due is not None and nxt.due[:10] >= r.due[:10])
            )
            and _GLOSS_OPEN.fullmatch(text, r.end, nxt.start) is not None
        ):
            return None
        close = _GLOSS_CLOSE.match(text, nxt.end)
        if close is None:
            return None
        return replace(r, end=close.end(), rule=r.rule + "+event_gloss")

    return _merged_with_next(found, merged)


def _before_event(text: str, found: list[_Raw]) -> list[_Raw]:
    """"chậm nhất 10 ngày trước phiên họp", "nộp hồ sơ 10 ngày trước Đại hội": a length counted
    back from an event, one relative limit (not a length and a second, vague one)."""
    out: list[_Raw] = []
    for r in found:
        prev = out[-1] if out else None
        if r.kind == "vague" and r.rule == "event" and r.qualifier == "before":
            if (
                prev is not None
                and prev.kind == "relative"
                and prev.relative is not None
                and prev.relative.anchor == "other"
                and not text[prev.end : r.start].strip()
            ):
                prev.end, prev.rule = r.end, prev.rule + "+before_event"
                continue
            m = _length_before().search(text, max(0, r.start - 40), r.start)
            unit = _words().units.get(_key(m.group(2))) if m is not None else None
            if m is not None and unit is not None and (prev is None or prev.end <= m.start()):
                r.start, r.kind, r.due, r.rule = m.start(), "relative", None, "relative+before_event"
                r.relative = Relative(amount=int(m.group(1)), unit=unit, anchor="other", resolved=False)
        out.append(r)
    return out


@functools.cache
def _length_after() -> Any:
    """A limit's length written after the event it is counted back from: "trước khi tổ chức đại
    hội ít nhất 15 ngày", "trước ngày giấy phép hết hiệu lực tối thiểu 60 ngày làm việc" (the
    lead, up to ten words with no break, a bound word, the length; "trước" alone before an event
    read there: "trước Đại hội ít nhất 07 ngày")."""
    raw = _words().raw["relative"]
    units = raw["units"]
    # (days and weeks: "trước khi đại hội ít nhất 12 tháng" says how long one must have been a
    # member, not when to act)
    unit = _alt(w for k in ("working_day", "day", "week") for w in units[k])
    # (or a bare length: "trước kỳ họp 05 ngày (ngày 15/12/2026)"; not a span the work fills,
    # "trước khi nghỉ hè, trong 10 ngày")
    not_bare = _alt(raw["after_event"]["not_before_bare"])
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<lead>{_alt(raw['after_event']['leads'])})|{_alt(raw['after_event']['event_leads'])})(?:\s++[\p{{L}}\p{{N}}]++){{1,10}}?\s++"
        rf"(?:(?:{_alt(raw['after_event']['bounds'])})\s++|(?<!(?<![\p{{L}}])(?:{not_bare})\s{{1,3}}))"
        rf"(?P<n>\d{{1,3}})\s++(?P<u>{unit})(?![\p{{L}}])",
        regex.IGNORECASE,
    )


@functools.cache
def _dated_length() -> tuple[Any, Any, Any]:
    """(A bound and a length right after a dated limit: " ít nhất 10 ngày", " tối thiểu 05 ngày
    làm việc"; the same right before one: "chậm nhất 05 ngày "; the limit's word at its start.)"""
    raw = _words().raw["relative"]
    unit = _alt(w for k in ("working_day", "day", "week") for w in raw["units"][k])
    bounds = _alt(raw["after_event"]["bounds"])
    length = rf"(?:{bounds})\s++(?P<n>\d{{1,3}})\s++(?P<u>{unit})"
    # (no comma between: "tập huấn trước ngày 15/7/2026, ít nhất 02 ngày" says how long it lasts)
    after = regex.compile(rf"[ \t]++{length}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    # (or a bare length: "10 ngày trước kỳ họp (ngày 15/12/2026)"; not a span inside which the work
    # is done, "trong 10 ngày trước ngày bầu cử")
    not_bare = _alt(raw["after_event"]["not_before_bare"])
    bare = rf"(?<!(?<![\p{{L}}])(?:{not_bare})[ \t]{{1,3}})(?P<n>\d{{1,3}})\s++(?P<u>{unit})"
    before = regex.compile(
        rf"(?:(?<![\p{{L}}\p{{N}}]){length}|(?<![\p{{L}}\p{{N}}])(?<![\p{{N}}/.,\-][ \t]{{0,3}}){bare})[ \t]++$",
        regex.IGNORECASE,
    )
    lead = regex.compile(rf"(?:{_alt(raw['after_event']['event_leads'])})(?![\p{{L}}])", regex.IGNORECASE)
    return after, before, lead


@functools.cache
def _bare_length_after() -> Any:
    """A bare length right after a dated event ("trước Tết Nguyên đán năm 2027 10 ngày"), at a
    clause's end (a punctuation mark or the text's end after it)."""
    unit = _alt(w for k in ("working_day", "day", "week") for w in _words().raw["relative"]["units"][k])
    return regex.compile(rf"[ \t]++(?P<n>\d{{1,3}})\s++(?P<u>{unit})(?=\s*+(?:[.,;:)]|$))", regex.IGNORECASE)


def _back(due: str, amount: int, unit: str) -> str | None:
    """``due`` (a day, or a day and a time) less ``amount`` days, weeks or working days."""
    try:
        day = dt.date.fromisoformat(due[:10])
    except ValueError:
        return None
    if unit == "working_day":
        from ndq57.export.workdays import is_working_day

        left = amount
        while left > 0:
            day -= dt.timedelta(days=1)
            if is_working_day(day):
                left -= 1
    elif unit in ("day", "week"):
        day -= dt.timedelta(days=amount * (7 if unit == "week" else 1))
    else:
        return None
    return day.isoformat() + due[10:]


@functools.cache
def _length_unit() -> str:
    """The unit of a length counted back or on: working days, days, weeks (a pattern piece)."""
    units = _words().raw["relative"]["units"]
    return _alt(w for k in ("working_day", "day", "week") for w in units[k])


@functools.cache
def _length_gate() -> Any:
    """A figure, blanks, then a unit of :func:`_length_unit`: what every length that
    :func:`_length_after`, :func:`_length_after_end`, :func:`_dated_length`,
    :func:`_bare_length_after`, :func:`_length_before_held` and :func:`_length_before_undated` read
    holds (each ``(?P<n>\\d{1,3})\\s++(?P<u>...)`` with this unit, the same engine and flags): where it
    is not found, none of them matches."""
    return regex.compile(rf"\d\s++(?:{_length_unit()})", regex.IGNORECASE)


def _apart(found: list[_Raw]) -> list[_Raw]:
    """``found`` less each item that starts inside the one kept before it (what
    :func:`_dated_lengths` leaves when it reads no length)."""
    out: list[_Raw] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue
        out.append(r)
    return out


def _dated_lengths(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 15/7/2026 ít nhất 10 ngày", "trước Tết Nguyên đán năm 2027 ít nhất 10 ngày",
    "chậm nhất 05 ngày trước ngày 15/7/2026": a limit counted back from a day named, one date: that
    day less the length (a length read on its own between them joins it)."""
    after, before, lead = _dated_length()
    units = _words().units
    out: list[_Raw] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue  # (a length read on its own, now part of the limit before it)
        if r.kind not in ("date", "datetime") or r.due is None or r.qualifier != "before":
            out.append(r)
            continue
        m = after.match(text, r.end)
        if m is None and r.rule.startswith("event"):
            m = _bare_length_after().match(text, r.end)  # ("trước Giỗ Tổ Hùng Vương năm 2027 10 ngày")
        start = r.start
        if m is None and lead.match(text, r.start) is not None:
            m = before.search(text, max(0, r.start - 48), r.start)
            if m is not None:
                start = m.start()
        unit = units.get(_key(m.group("u"))) if m is not None else None
        due = _back(r.due, int(m.group("n")), unit) if m is not None and unit is not None else None
        if m is None or due is None:
            out.append(r)
            continue
        while out and out[-1].start >= start:  # ("chậm nhất 05 ngày" read as a relative term)
            out.pop()
        if out and out[-1].end > start:
            out.append(r)
            continue
        r.start, r.end = start, max(r.end, m.end())
        r.due, r.rule = due, r.rule + "+dated_length"
        out.append(r)
    return out


@functools.cache
def _event_date_after() -> tuple[Any, Any]:
    """(Right after a term counted from an event: the event's date's lead, " (dự kiến ", " vào ";
    a term counted back from its event: "so với", "tính đến", "10 ngày trước".)"""
    rel = _words().raw["relative"]
    fillers = _alt(rel["event_date_fillers"])
    # (in brackets, the event named again first: "(Đại hội dự kiến tổ chức ngày 20/12/2026)")
    gap = regex.compile(
        # (the event's name ending outside: "trước kỳ họp thứ 12 | của HĐND tỉnh (kỳ họp dự kiến ...")
        rf"[ \t]*+(?:(?:[\p{{L}}\p{{N}}]++[ \t]++){{1,8}}?(?=\((?:[\p{{L}}\p{{N}}]++\s++){{0,10}}?(?:{fillers})\s))?"
        rf"(?:(?P<open>\(\s*+)(?:(?:[\p{{L}}\p{{N}}]++\s++){{1,10}}?(?=(?:{fillers})\s))?)?(?:(?:{fillers})\s++)?",
        regex.IGNORECASE,
    )
    unit = _alt(w for k in ("working_day", "day", "week") for w in rel["units"][k])
    back = regex.compile(
        rf"(?<![\p{{L}}])(?:{_alt(rel['compare_links'])})(?![\p{{L}}])"
        rf"|\d\s++(?:{unit})\s++(?:{_alt(rel['after_event']['event_leads'])})(?![\p{{L}}])",
        regex.IGNORECASE,
    )
    return gap, back


def _relative_event_dates(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước 15 ngày so với ngày tổ chức Hội nghị (ngày 20/01/2027)", "trước Đại hội ít nhất 10 ngày
    (Đại hội dự kiến tổ chức ngày 20/12/2026)", "sau 05 ngày kể từ ngày kết
    thúc Hội nghị (dự kiến ngày 20/01/2027)": a term counted from an event whose date is written
    right after it is one due, that date less (or plus) the length; the event's date alone is no
    second term."""
    gap, back = _event_date_after()
    out: list[_Raw] = []
    skip = -1
    for i, r in enumerate(found):
        if i == skip:
            continue
        out.append(r)
        rel = r.relative
        if r.kind != "relative" or rel is None or rel.anchor != "other" or r.due is not None or i + 1 == len(found):
            continue
        n = found[i + 1]
        if n.kind not in ("date", "datetime") or n.due is None or n.qualifier not in (None, "on"):
            continue
        g = gap.match(text, r.end, n.end)  # (the date's phrase may open with the filler: "dự kiến ngày ...")
        if g is None or not n.start <= g.end() < n.end:
            continue
        backwards = r.rule.startswith("relative_after_event") or "before_event" in r.rule
        if backwards or back.search(text, r.start, r.end) is not None:
            due = _back(n.due, rel.amount, rel.unit)
        else:
            try:
                due = _add(dt.date.fromisoformat(n.due[:10]), rel.amount, rel.unit).isoformat()
            except (OverflowError, ValueError):
                due = None
        if due is None:
            continue
        end = n.end
        if g.group("open") is not None:
            close = regex.match(r"\s*+\)", text[n.end : n.end + 4])
            end += close.end() if close is not None else 0
        r.end, r.due, r.rule = end, due[:10], r.rule + "+event_date"
        r.relative = Relative(amount=rel.amount, unit=rel.unit, anchor="date", resolved=True)
        skip = i + 1
    return out


@functools.cache
def _length_before_held() -> Any:
    """A limit's lead, a length, then the holding of an event whose day follows: "trước 05 ngày
    diễn ra Hội nghị (", "trước ít nhất 03 ngày tổ chức Đại hội, dự kiến " (up to the day)."""
    rel = _words().raw["relative"]
    unit = _alt(w for k in ("working_day", "day", "week") for w in rel["units"][k])
    after = rel["after_event"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{_alt(after['event_leads'])})\s++(?:(?:{_alt(rel['minimum'])})\s++)?"
        rf"(?P<n>\d{{1,3}})\s++(?P<u>{unit})\s++(?:(?:{_alt(rel['link_objects'])})\s++)?"
        rf"(?:{_alt(after['held'])})(?:\s++[\p{{L}}\p{{N}}]++){{1,8}}?[ \t]*+(?:[(,][ \t]*+)?"
        rf"(?:[\p{{L}}\p{{N}}]++[ \t]++){{0,6}}?$",
        regex.IGNORECASE,
    )


def _lengths_before_held(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước 05 ngày diễn ra Hội nghị (ngày 15/12/2026)": a limit counted back from the day of an
    event written after it, one due, that day less the length (the day alone is no second one)."""
    out: list[_Raw] = []
    gate = _cased_tails(_words().raw["relative"]["after_event"]["event_leads"])
    units = _words().units
    for r in found:
        if r.kind not in ("date", "datetime") or r.due is None or r.qualifier not in (None, "on"):
            out.append(r)
            continue
        lo = max(0, r.start - 120, out[-1].end if out else 0)
        if not any(text.find(g, lo, r.start) >= 0 for g in gate):
            out.append(r)
            continue
        m = _length_before_held().search(text, lo, r.start)
        unit = units.get(_key(m.group("u"))) if m is not None else None
        due = _back(r.due, int(m.group("n")), unit) if m is not None and unit is not None else None
        if m is None or due is None:
            out.append(r)
            continue
        end = r.end
        if "(" in text[m.start() : r.start]:
            close = _CLOSE.match(text, r.end)
            end = close.end() if close is not None else end
        rel = Relative(amount=int(m.group("n")), unit=unit or "day", anchor="date", resolved=True)
        out.append(_Raw(m.start(), end, "relative", "before", due[:10], "relative_before_held", relative=rel))
    return out


@functools.cache
def _length_before_undated() -> Any:
    """A limit's lead, a length, then the holding of an event with no day written after it, to the
    clause's end: "trước 10 ngày diễn ra đại hội", "trước ít nhất 07 ngày tổ chức Hội nghị"."""
    rel = _words().raw["relative"]
    unit = _alt(w for k in ("working_day", "day", "week") for w in rel["units"][k])
    after = rel["after_event"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{_alt(after['event_leads'])})\s++(?:(?:{_alt(rel['minimum'])})\s++)?"
        rf"(?P<n>\d{{1,3}})\s++(?P<u>{unit})\s++(?:(?:{_alt(rel['link_objects'])})\s++)?"
        rf"(?:{_alt(after['held'])})(?:\s++[\p{{L}}\p{{N}}]++){{1,8}}?(?=\s*+(?:[.;:,)]|$))",
        regex.IGNORECASE,
    )


def _lengths_before_undated(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước 10 ngày diễn ra đại hội": a limit counted back from an event whose day is not written
    (with it, see :func:`_lengths_before_held`): relative, anchored on that event, unresolved (rule
    ``relative_before_held``), as "chậm nhất 10 ngày trước ngày diễn ra đại hội". Not when a time
    other than a vague or relative one with no due is read inside it."""
    def make(m: Any) -> _Raw | None:
        unit = _words().units.get(_key(m.group("u")))
        if unit is None:
            return None
        rel = Relative(amount=int(m.group("n")), unit=unit, anchor="other", resolved=False)
        return _Raw(m.start(), m.end(), "relative", "before", None, "relative_before_held", relative=rel)

    return _absorbing(found, _length_before_undated().finditer(text), make)


def _length_after_event(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước khi tổ chức đại hội ít nhất 15 ngày": one relative limit counted back from the
    event, as "chậm nhất 15 ngày trước đại hội" (a vague event or a length read inside it joins
    it; a dated one inside leaves the text as it was read). (The readings in text order, not
    overlapping: those inside a match found by their starts, the list rebuilt once.)"""
    starts = [r.start for r in found]
    gone: set[int] = set()
    added: list[_Raw] = []
    for m in _length_after().finditer(text):
        inside = _readings_over(found, starts, m.start(), m.end())
        if (
            len(inside) == 1
            and (inside[0].rule == "event+expected" or inside[0].rule.endswith("+named_day"))
            and inside[0].start <= m.start()
            and inside[0].kind in ("date", "datetime")
            and inside[0].due is not None
        ):
            # "trước kỳ họp 05 ngày (ngày 15/12/2026)": the event's day less the length
            unit = _words().units.get(_key(m.group("u")))
            due = _back(inside[0].due, int(m.group("n")), unit) if unit is not None else None
            if due is not None:
                inside[0].due, inside[0].rule = due, inside[0].rule + "+length"
            continue
        # (helper 99) a vague event read with the limit's verb before it ("hoàn thành trước ngày khai
        # mạc 10 ngày": "hoàn thành trước ngày khai mạc") joins it too, from its start
        if any(r.end > m.end() or (r.start < m.start() and r.kind != "vague") for r in inside):
            continue
        if any(r.kind not in ("vague", "relative") or r.due is not None for r in inside):
            continue
        if m.group("lead") is None and not any(r.rule == "event" and r.start <= m.start() < r.end for r in inside):
            continue  # "trước" alone: only before an event read ("trước đại hội ít nhất 07 ngày")
        unit = _words().units.get(_key(m.group("u")))
        if unit is None:
            continue
        rel = Relative(amount=int(m.group("n")), unit=unit, anchor="other", resolved=False)
        begin = min([m.start()] + [r.start for r in inside])
        added.append(_Raw(begin, m.end(), "relative", "before", None, "relative_after_event", relative=rel))
        gone.update(id(r) for r in inside)
    if not added:
        return found
    return sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start)


@functools.cache
def _length_after_end() -> Any:
    """A term's length written after the event it is counted from: "sau khi kết thúc đợt kiểm tra
    10 ngày làm việc", "sau khi kết thúc hội nghị, chậm nhất 05 ngày" (the lead, a word of an end
    or a result — or (helper 96) "sau mỗi" and a round: "sau mỗi đợt tiêm 05 ngày" —, up to nine
    more words with no break, a bound word or none, the length, then the clause's end; not "sau khi
    tập huấn 03 ngày": how long the event lasts)."""
    raw = _words().raw["relative"]
    units = raw["units"]
    unit = _alt(w for k in ("working_day", "day", "week") for w in units[k])
    after = raw["after_event"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?:{_alt(after['after_leads'])})\s++(?:{_alt(after['after_ends'])})"
        # (helper 96) or after each round: "sau mỗi đợt tiêm 05 ngày"
        rf"|(?P<each>{_alt(after['each_leads'])})\s++(?:{_alt(after['each_rounds'])})(?![\p{{L}}\p{{N}}]))"
        rf"(?:\s++[\p{{L}}\p{{N}}]++){{0,9}}?(?:\s*+,)?\s++"
        rf"(?:(?P<bound>{_alt(after['after_bounds'])})\s++)?"
        rf"(?P<n>\d{{1,3}})\s++(?P<u>{unit})(?![\p{{L}}\p{{N}}])(?=\s*+(?:[.;:)]|,(?!\s*+\d)|$))",
        regex.IGNORECASE,
    )


def _length_after_done(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Trưởng đoàn báo cáo sau khi kết thúc đợt kiểm tra 10 ngày làm việc": a term counted from an
    event with no date, its length said after the event (as "10 ngày làm việc sau khi kết thúc đợt
    kiểm tra"): relative, anchored on that event (rule ``relative_after_end``). Not when something
    other than a vague or relative time with no due is read inside it."""
    def make(m: Any) -> _Raw | None:
        unit = _words().units.get(_key(m.group("u")))
        if unit is None:
            return None
        # ((helper 96) after each round with no bound, a comma after the length opens what is done
        # next: "Sau mỗi đợt tập huấn 03 ngày, học viên ..." says how long the round lasts)
        if m.group("each") is not None and m.group("bound") is None and text.startswith(",", m.end()):
            return None
        rel = Relative(amount=int(m.group("n")), unit=unit, anchor="other", resolved=False)
        cat = _words().qualifier_cat.get(_key(m.group("bound") or ""))
        q = _qualifier([cat], "relative") if cat is not None else None
        return _Raw(m.start(), m.end(), "relative", q, None, "relative_after_end", relative=rel)

    return _absorbing(found, _length_after_end().finditer(text), make)


def _absorbing(found: list[_Raw], matches: Iterable[Any], make: Callable[[Any], _Raw | None]) -> list[_Raw]:
    """``found`` (in order, apart) with each of ``matches`` (in order, apart) that ``make`` reads
    put in place of what was read inside it — only vague or relative times with no due, none
    reaching out of it. One pass over both (no search of ``found`` per match)."""
    out: list[_Raw] = []
    j = 0
    for m in matches:
        while j < len(found) and found[j].end <= m.start():
            out.append(found[j])
            j += 1
        k = j
        while k < len(found) and found[k].start < m.end():
            k += 1
        inside = found[j:k]
        if any(r.start < m.start() or r.end > m.end() or r.kind not in ("vague", "relative") or r.due is not None
               for r in inside):
            continue
        new = make(m)
        if new is None:
            continue
        out.append(new)
        j = k
    out.extend(found[j:])
    return out


@functools.cache
def _and_year() -> Any:
    """The year named after a cycle of months ("định kỳ 6 tháng, hằng năm", "6 tháng và 01 năm")."""
    raw = _words().raw
    yearly = _alt(raw["recurrence"]["yearly"])
    year = _alt(raw["calendar"]["year"])
    once = _alt(str(w) for w in raw["calendar"]["once"])
    return regex.compile(rf"(?:{list_gap().pattern})(?:{yearly}|(?:0?1|{once})\s++{year})(?!\w)", regex.IGNORECASE)


def _half_and_year(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Định kỳ 6 tháng, 01 năm, ...", "báo cáo định kỳ 6 tháng, hằng năm": one duty that comes
    back every few months and at the year's end, read as one expression (the year no second one)."""
    absorbed: set[int] = set()
    for r in found:
        if r.rule != "recur_periodic" or id(r) in absorbed or r.end >= len(text) or text[r.end] not in ", v":
            continue
        m = _and_year().match(text, r.end)
        if m is None:
            continue
        for b in found:
            if b is not r and r.end <= b.start < m.end():
                if b.kind != "recurring" or b.end > m.end():
                    break
                absorbed.add(id(b))
        else:
            r.end = m.end()
            r.rule += "+and_year"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _year_after_half() -> Any:
    """The link between a half of a year with no year and the whole year named after it ("6 tháng
    đầu năm và cả năm 2027")."""
    w = _words().raw["year_after_half"]
    return regex.compile(
        r"\s*+(?:,\s*+)?(?:" + _alt(w["links"]) + r")\s++(?:" + _alt(w["whole"]) + r"\s++)?$", regex.IGNORECASE
    )


def _half_then_year(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo 6 tháng đầu năm và cả năm 2027": the half takes the year named after it (not the
    document's)."""
    end_words = {_key(v) for w in _words().raw["parts"]["end"] for v in _variants(str(w))}
    for r, b in itertools.pairwise(found):
        if r.kind != "half_year" or not (r.due is None or r.year_inferred) or b.kind != "year" or b.year_inferred:
            continue
        if b.due is None or b.start - r.end > 16 or _year_after_half().match(text, r.end, b.start) is None:
            continue
        y = int(b.due[:4])
        mo = 12 if any(k in end_words for k in _key(text[r.start : r.end]).split()) else 6
        r.due, r.year_inferred = _iso(y, mo, _last_day(y, mo)), False
        r.rule += "+year_after"
    return found


@functools.cache
def _year_part_tail() -> tuple[Any, Any]:
    """(helper 89) A part of a year ending a session's name with no year ("tại kỳ họp thường lệ giữa
    năm"), and the part with its year listed right after it ("cuối năm 2027")."""
    parts = _words().raw["parts"]
    words = _alt([str(w) for k in ("start", "middle", "end") for w in parts[k]])
    year = _alt(_words().raw["calendar"]["year"])
    return (
        regex.compile(rf"(?<!\p{{L}})(?:{words})\s++(?:{year})(?:\s++(?:19|20)\d{{2}})?$", regex.IGNORECASE),
        regex.compile(rf"(?:{words})\s++(?:{year})\s++(?:19|20)\d{{2}}$", regex.IGNORECASE),
    )


def _session_year_parts(text: str, found: list[_Raw]) -> list[_Raw]:
    """(helper 89) "báo cáo tại kỳ họp thường lệ giữa năm và cuối năm 2027" (or "giữa năm 2027 và cuối
    năm 2027"): the sessions of both parts of the year named last (not the document's for the first),
    read as one limit, the last session's (as a range's end)."""
    tail, listed = _year_part_tail()
    absorbed: set[int] = set()
    for r, b in itertools.pairwise(found):
        if r.rule != "event" or r.kind != "vague" or r.due is None or id(r) in absorbed:
            continue
        if b.kind != "vague" or b.year_inferred or b.due is None or b.qualifier is not None:
            continue
        if list_gap().fullmatch(text, r.end, b.start) is None or tail.search(text, r.start, r.end) is None:
            continue
        if listed.fullmatch(text, b.start, b.end) is None:
            continue
        r.end, r.due, r.year_inferred = b.end, b.due, False
        r.rule += "+year_parts"
        absorbed.add(id(b))
    return [r for r in found if id(r) not in absorbed] if absorbed else found


def _yearly_list_after(text: str, r: _Raw, found: list[_Raw], absorbed: set[int], near: _Near) -> None:
    rec = r.recurrence
    assert rec is not None and rec.month is not None and rec.monthday is not None
    days = [f"{rec.month:02d}-{rec.monthday:02d}"]
    m = _date_list_after().match(text, r.end)
    if m is None:
        # "Định kỳ trước ngày 20 tháng 6 và tháng 12": the same day of each month listed
        m = _month_list_after().match(text, r.end)
        if m is None:
            return
        for mo in _DAY_NUMBER.findall(m.group()):
            if not (1 <= int(mo) <= 12 and rec.monthday <= _last_day(2024, int(mo))):
                return
            days.append(f"{int(mo):02d}-{rec.monthday:02d}")
    else:
        for d, mo in _DATE_ITEM.findall(m.group()):
            if not (1 <= int(mo) <= 12 and 1 <= int(d) <= _last_day(2024, int(mo))):
                return
            days.append(f"{int(mo):02d}-{int(d):02d}")
    end = m.end()
    # (the expressions from the list's start on, by a binary search over their starts: not all read
    # for each list)
    for b in itertools.islice(found, near.first(r.end), None):
        if b.start >= end:
            break
        # "định kỳ 6 tháng trước ngày 15/6 và 15/12 hằng năm": the last day, read with its "hằng
        # năm" as a recurrence of its own, is the list's last item
        if b is not r and end < b.end and b.kind == "recurring":
            end = b.end
    absorbed.update(id(b) for b in near.starting(r.end, end + 1) if b is not r and b.end <= end)
    r.end = end
    r.recurrence = Recurrence(
        freq="yearly", monthday=rec.monthday, month=rec.month, time=rec.time, dates=list(dict.fromkeys(days))
    )
    r.rule += "+date_list"


@functools.cache
def list_gap() -> Any:
    links = _alt(_words().raw["date_list_links"])
    return regex.compile(rf"\s*+,\s*+(?:{links}\s++)?|\s++{links}\s++", regex.IGNORECASE)


def _yearly_chain(text: str, r: _Raw, found: list[_Raw], i: int, absorbed: set[int]) -> None:
    """Days with no year, each read whole, listed before a yearly one (``found[i]``): "trước ngày
    15 tháng 6 và trước ngày 15 tháng 12 hằng năm" comes back on both days every year."""
    rec = r.recurrence
    assert rec is not None and rec.month is not None and rec.monthday is not None
    chain: list[_Raw] = []
    end = r.start
    for k in range(i - 1, -1, -1):
        b = found[k]
        if b.kind != "date" or b.month_day is None:  # a day written with no year
            break
        if list_gap().fullmatch(text, b.end, end) is None:
            break
        chain.append(b)
        end = b.start
    if not chain:
        return
    chain.reverse()
    days = [f"{b.month_day[0]:02d}-{b.month_day[1]:02d}" for b in chain if b.month_day is not None]
    day = rec.monthday
    if r.rule.startswith("recur_yearly_months") and chain[-1].month_day is not None:
        # "trước ngày 15 tháng 6 và tháng 12 hằng năm": the month after the day has the same day
        day = min(chain[-1].month_day[1], _last_day(2024, rec.month))
    days.append(f"{rec.month:02d}-{day:02d}")
    absorbed.update(id(b) for b in chain)
    first = chain[0]
    r.start = first.start
    if r.qualifier is None:
        r.qualifier = first.qualifier
    first_m, first_d = int(days[0][:2]), int(days[0][3:])
    r.recurrence = Recurrence(
        freq="yearly", monthday=first_d, month=first_m, time=rec.time, dates=list(dict.fromkeys(days))
    )
    r.rule += "+date_list"


@functools.cache
def _yearly_after() -> Any:
    """A yearly cycle right after a span of days with no year: "từ ngày 01/7 đến ngày 30/9 hằng năm"."""
    raw = _words().raw
    rec = raw["recurrence"]
    return regex.compile(
        rf"\s*+(?:,\s*+)?(?:{_alt(raw['calendar']['of'])}\s++)?(?:{_alt(rec['periodic'])}\s++)?{_alt(rec['yearly'])}",
        regex.IGNORECASE,
    )


_PAIR_GAP = regex.compile(r"[^.;:!?\n\d()]{1,60}")
_PAIR_LINK = regex.compile(r",|(?<!\p{L})và(?!\p{L})", regex.IGNORECASE)
# a yearly cycle's rule -> the rule of a day or month with no year that may share it
_PAIR_RULES = {"recur_yearly_months": "month", "recur_yearly_date": "date"}


def _yearly_month_pairs(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Sơ kết 6 tháng vào tháng 7, tổng kết năm vào tháng 12 hằng năm", "sơ kết trước ngày 15/6,
    tổng kết trước ngày 15/12 hằng năm": months or days with no year in clauses joined by a comma or
    "và" before the last one, each put as it is (the same "vào", "trước"), share the yearly cycle
    written after it: each clause is an instruction of its own, yearly. Only the periods a report
    covers between them ("Báo cáo quý I vào tháng 3, quý II vào tháng 6, ... và quý IV vào tháng 12
    hằng năm"): one instruction on several days, one yearly record listing them."""
    absorbed: set[int] = set()
    for i in range(len(found) - 1, 0, -1):
        r = found[i]
        rec = r.recurrence
        if rec is None or rec.dates or r.rule not in _PAIR_RULES or id(r) in absorbed:
            continue
        end = r.start
        chain: list[_Raw] = []
        named: list[_Raw] = []
        listed = True  # every gap is a link, past the periods named in it
        for k in range(i - 1, -1, -1):
            b = found[k]
            if b.kind == "quarter" and b.qualifier is None and (b.year_inferred or b.due is None):
                named.append(b)  # the period a report covers, named in the gap ("quý II vào tháng 6")
                continue
            if b.rule != _PAIR_RULES[r.rule] or b.month_day is None or b.qualifier != r.qualifier:
                break
            if not (b.year_inferred or b.due is None):
                break  # (written with its year)
            gap = text[b.end : end]
            if _PAIR_LINK.search(gap) is None or _PAIR_GAP.fullmatch(gap) is None:
                break
            inner = [n for n in named if b.end <= n.start and n.end <= end]
            if not inner or list_gap().fullmatch(text, b.end, inner[-1].start) is None:
                listed = False
            chain.append(b)
            end = b.start
        if not chain:
            continue
        if listed:
            chain.reverse()
            days = [f"{b.month_day[0]:02d}-{b.month_day[1]:02d}" for b in chain if b.month_day is not None]
            assert rec.month is not None and rec.monthday is not None
            days.append(f"{rec.month:02d}-{rec.monthday:02d}")
            absorbed.update(id(b) for b in chain)
            # the period named right before the first ("quý I vào tháng 3, ...") opens the list
            lead = [n for n in named if n.end <= chain[0].start and text[n.end : chain[0].start].isspace()]
            first = lead[0].start if lead else chain[0].start
            absorbed.update(id(n) for n in named if first <= n.start and n.end <= r.start)
            r.start = first
            r.recurrence = Recurrence(
                freq="yearly", monthday=chain[0].month_day[1] if chain[0].month_day else rec.monthday,
                month=chain[0].month_day[0] if chain[0].month_day else rec.month, time=rec.time,
                dates=list(dict.fromkeys(days)),
            )
            r.rule += "+date_list"
            continue
        for b in chain:
            assert b.month_day is not None
            b.kind, b.due, b.year_inferred = "recurring", None, False
            b.recurrence = Recurrence(freq="yearly", monthday=b.month_day[1], month=b.month_day[0])
            b.rule += "+yearly_pair"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


def _yearly_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"từ ngày 01/7 đến ngày 30/9 hằng năm": a span of days written with no year, then a yearly
    cycle, comes back every year, due by its last day."""
    absorbed: set[int] = set()
    near = _Near(found)  # (the expressions inside the cycle's words: a binary search, not all read)
    for r in found:
        if r.rule != "range_date" or not r.year_inferred or r.due is None or r.start_date is None:
            continue
        m = _yearly_after().match(text, r.end)
        if m is None:
            continue
        last = r.due[5:10]
        absorbed.update(id(b) for b in near.starting(r.end, m.end() + 1) if b is not r and b.end <= m.end())
        r.end, r.kind, r.due, r.start_date, r.year_inferred = m.end(), "recurring", None, None, False
        r.recurrence = Recurrence(freq="yearly", month=int(last[:2]), monthday=int(last[3:]))
        r.rule += "+yearly"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _day_span_before() -> tuple[Any, Any]:
    """The first day of a span of days of every month or quarter, right before its last one:
    "từ ngày 15 | đến ngày 20 hằng tháng" (the last day read with its cycle: its lead "đến" opens
    the phrase), and "từ ngày 10 đến 15 | hàng tháng" (the last day's number alone, the cycle read
    bare). A first day with no "từ" needs its day word ("ngày 10 đến ngày 15 hằng tháng")."""
    raw = _words().raw
    cal, q = raw["calendar"], raw["qualifiers"]
    first = (
        rf"(?:(?<![\p{{L}}\p{{N}}])(?:{_alt(q['from'])})\s++(?:(?:{_alt(cal['day'])})\s++)?"
        # (a day word alone not after a limit: "trước ngày 10 đến ngày 15" is no span)
        rf"|(?<![\p{{L}}\p{{N}}]){_not_behind_words(q['before'] + q['by'], 2)}(?:{_alt(cal['day'])})\s++)"
        rf"(?P<d1>\d{{1,2}})(?![\p{{N}}/.\-])"
    )
    to = rf"(?:\s*+[-–]\s*+|\s++(?:{_alt(cal['to'])})(?:\s++{_alt(cal['end'])})?\s++)"
    with_last = regex.compile(first + r"\s++\Z", regex.IGNORECASE)
    bare_last = regex.compile(
        first + to + rf"(?:(?:{_alt(cal['day'])})\s++)?(?P<d2>\d{{1,2}})(?![\p{{N}}/.\-])\s++"
        rf"(?:(?:{_alt(cal['of'])})\s++)?\Z",
        regex.IGNORECASE,
    )
    return with_last, bare_last


def _monthly_day_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"từ ngày 15 đến ngày 20 hằng tháng", "từ ngày 10 đến 15 hàng tháng", "từ ngày 20 đến ngày
    25 của tháng cuối quý": a span of days of every month (or of a month of every quarter), due by
    its last day each time; the first day joins the phrase (qualifier ``from_to``, as a span of
    months every year, rule ``+day_span``)."""
    with_last, bare_last = _day_span_before()
    _, closes, _ = _span_ends()
    absorbed: set[int] = set()
    for r in found:
        rec = r.recurrence
        if r.kind != "recurring" or rec is None or rec.freq not in ("monthly", "quarterly") or rec.monthdays:
            continue
        lo = max(0, r.start - 64)
        window = text[lo : r.start]
        if rec.monthday is not None and closes.match(text, r.start) is not None:
            m = with_last.search(window)
            last = rec.monthday
        elif rec.monthday is None and rec.freq == "monthly" and r.rule == "recur_bare":
            m = bare_last.search(window)
            last = int(m.group("d2")) if m is not None else 0
        else:
            continue
        if m is None or not 1 <= int(m.group("d1")) < last <= 31:
            continue
        start = lo + m.start()
        if any(b is not r and b.start < start < b.end for b in found):
            continue  # (the first day inside another expression: not this span's)
        absorbed.update(id(b) for b in found if b is not r and start <= b.start and b.end <= r.start)
        if rec.monthday is None:
            r.recurrence = replace(rec, monthday=last)
        r.start, r.qualifier, r.bare = start, "from_to", None
        r.rule += "+day_span"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


_CYCLE_MONTH_GAP = regex.compile(r"\s*+(?:,\s*+)?(?P<open>\(\s*+)?")


def _yearly_cycle_months(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo hằng năm vào tháng 12", "02 lần/năm vào tháng 6 và tháng 12", "hằng năm (trong tháng
    12)": the months with no year right after a yearly cycle come back every year, due by their
    last days (as with the cycle after them: "vào tháng 6 và tháng 12 hằng năm")."""
    absorbed: set[int] = set()
    for i, r in enumerate(found):
        rec = r.recurrence
        if r.kind != "recurring" or rec is None or rec.month is not None or id(r) in absorbed:
            continue
        if not (r.bare == "yearly" or (r.rule == "recur_frequency" and rec.freq in ("yearly", "periodic"))):
            continue
        months: list[_Raw] = []
        end = r.end
        for b in itertools.islice(found, i + 1, None):
            if b.kind != "month" or b.month_day is None or not (b.year_inferred or b.due is None):
                break  # (a month written with its year is that month)
            gap = (_CYCLE_MONTH_GAP if not months else list_gap()).fullmatch(text, end, b.start)
            if gap is None:
                break
            months.append(b)
            end = b.end
        if not months:
            continue
        if text[r.end : months[0].start].rstrip().endswith("("):
            close = _CLOSE.match(text, end, end + 4)
            if close is None:
                continue
            end = close.end()
        # (the last day of a common year: February's 28th, as "tháng 2 hằng năm" is read)
        listed = [b.month_day[0] for b in months if b.month_day is not None]
        days = [f"{mo:02d}-{_last_day(2025, mo):02d}" for mo in listed]
        absorbed.update(id(b) for b in months)
        first = months[0].month_day
        assert first is not None
        r.end, r.bare = end, None
        r.qualifier = r.qualifier or months[0].qualifier
        r.recurrence = Recurrence(
            freq="yearly", month=first[0], monthday=int(days[0][3:]), dates=days if len(days) > 1 else None
        )
        r.rule += "+months"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


def _yearless_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 20/6 và 20/12", "vào ngày 15/3, 15/6, 15/9": days with no year listed after a day
    with no year (no cycle around them) are each a day of that year, with the first one's
    qualifier. A bare item must look like a day, not a share ("ngày 15/6 và 2/3 số xã"): "ngày"
    before it, two figures for the day, or a day above its month. A January day listed after a
    December one ("dịp 31/12 và 1/1") is of the next year: the list runs across the year's end."""
    added: list[_Raw] = []
    for i, r in enumerate(found):
        if r.kind != "date" or r.month_day is None or not r.year_inferred:
            continue
        m = _date_list_after().match(text, r.end, r.end + 160)
        if m is None:
            continue
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        prev_month = r.month_day[0]
        year = int(r.due[:4]) if r.due else None
        for it in _DATE_ITEM.finditer(text, r.end, m.end()):
            d_text, mo_text = it.group(1), it.group(2)
            d, mo = int(d_text), int(mo_text)
            if it.end() > nxt or not (1 <= mo <= 12 and 1 <= d <= _last_day(2024, mo)):
                break
            if len(d_text) < 2 and d <= mo and not text[max(0, it.start() - 5) : it.start()].rstrip().endswith("gày"):
                # ("dịp 30/4 và 1/5", "ngày 30/4, 1/5 và 2/9": a day, no share's noun after it)
                bare = _bare_day_month().match(text, it.start())
                if bare is None or bare.end() != it.end():
                    break
            if year is not None and prev_month == 12 and mo == 1:
                year += 1
            prev_month = mo
            if year is not None and d > _last_day(year, mo):
                break
            due = _iso(year, mo, d) if year is not None else None
            added.append(_Raw(it.start(), it.end(), "date", r.qualifier, due, r.rule + "+yearless_list",
                              year_inferred=True, month_day=(mo, d)))
    return sorted(found + added, key=lambda r: r.start) if added else found


@functools.cache
def _worded_dates() -> tuple[Any, Any]:
    """A month in words then its year in figures ("tháng bảy năm 2026"), and a day in words right
    before it ("ngày mười lăm ")."""
    w = _words()
    nw = w.raw["number_words"]
    word = _alt([*nw["units"], *nw["after_tens"], *nw["ten"], *nw["tens"]])
    cal = w.raw["calendar"]
    number = rf"{word}(?:\s++{word}){{0,2}}"
    # ((helper 93) one of the two in figures, the other in words: "ngày 15 tháng Sáu năm 2027",
    # "ngày mười lăm tháng 6 năm 2027"; both in figures is read elsewhere)
    month = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}]){_alt(cal['month'])}\s++(?P<m>{number}|\d{{1,2}}(?!\p{{N}}))\s++{_alt(cal['year'])}\s++"
        r"(?P<y>(?:19|20)\d{2})(?!\p{N})(?![/.\-]\p{N})",
        regex.IGNORECASE,
    )
    chain = _alt(list(w.qualifier_cat))
    day = regex.compile(
        rf"(?<![\p{{L}}])(?P<chain>(?:{chain})\s++){{0,3}}(?:{_alt(cal['day'])})\s++(?P<d>{number}|\d{{1,2}})\s++$|"
        rf"(?<![\p{{L}}])(?P<mchain>(?:{chain})\s++){{1,3}}$",
        regex.IGNORECASE,
    )
    return month, day


class _NumberWords(NamedTuple):
    ten: frozenset[str]  # "mười"
    tens: frozenset[str]  # "mươi", after a unit
    units: dict[str, int]
    after_tens: dict[str, int]  # the last word after "hai mươi": a unit, "mốt", "lăm", "tư"
    after_ten: dict[str, int]  # ... after "mười": a unit, "lăm"
    alone: dict[str, int]  # ... with no tens: a unit, "tư"


@functools.cache
def _number_words() -> _NumberWords:
    """The number words of ``number_words`` (timewords.yaml), folded, by where they may stand."""
    nw = _words().raw["number_words"]

    def values(key: str) -> dict[str, int]:
        return {_key(v): int(n) for k, n in nw[key].items() for v in _variants(str(k))}

    units = values("units")
    return _NumberWords(
        frozenset(_key(x) for x in nw["ten"]),
        frozenset(_key(x) for x in nw["tens"]),
        units,
        {**units, **values("after_tens")},
        {**units, **values("after_ten")},
        {**units, **values("alone")},
    )


def _number_of_words(words: str) -> int | None:
    """"mười lăm" -> 15, "hai mươi mốt" -> 21, "bảy" -> 7, "mười" -> 10; None for what is not a
    number from 1 to 99."""
    nw = _number_words()
    toks = _key(words).split()
    value = 0
    if len(toks) >= 2 and toks[1] in nw.tens and toks[0] in nw.units:
        value, toks, last = 10 * nw.units[toks[0]], toks[2:], nw.after_tens
    elif toks and toks[0] in nw.ten:
        value, toks, last = 10, toks[1:], nw.after_ten
    else:
        last = nw.alone
    if len(toks) > 1 or (toks and toks[0] not in last):
        return None
    if toks:
        value += last[toks[0]]
    return value or None


def _readings_over(found: list[_Raw], starts: list[int], start: int, end: int) -> list[_Raw]:
    """The readings of ``found`` (in text order, not overlapping; ``starts`` their starts) that
    reach into ``start``..``end``, the last first: what a longer reading there takes in, or what
    holds it."""
    out: list[_Raw] = []
    j = bisect.bisect_left(starts, end) - 1
    while j >= 0 and found[j].end > start:
        out.append(found[j])
        j -= 1
    return out


def _worded_date_list(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày mười lăm tháng bảy năm 2026": the day (or the month alone: "trong tháng Mười hai
    năm 2026") written in words, with its year in figures, and the limit before it."""
    month_re, day_re = _worded_dates()
    added: list[_Raw] = []
    gone: set[int] = set()
    starts = [r.start for r in found]
    for m in month_re.finditer(text):
        month_figures = m.group("m").isdigit()
        mo, y = int(m.group("m")) if month_figures else _number_of_words(m.group("m")), int(m.group("y"))
        if mo is None or not 1 <= mo <= 12:
            continue
        start = m.start()
        lead = day_re.search(text, max(0, start - 60), start)
        if month_figures and (lead is None or lead.group("d") is None or lead.group("d").isdigit()):
            continue  # (a month in figures: only after a day in words)
        d = None
        if lead is not None:
            if lead.group("d") is not None:
                d = int(lead.group("d")) if lead.group("d").isdigit() else _number_of_words(lead.group("d"))
                if d is None or d > _last_day(y, mo):
                    continue
            start = lead.start()
        end = m.end()
        # what was read inside it ("năm 2026") is part of it; a reading over its edge holds it
        inside = _readings_over(found, starts, start, end)
        if any(r.start < start or r.end > end for r in inside):
            continue
        gone.update(id(r) for r in inside)
        cats = _chain_cats(lead.group(0) if lead is not None else None)
        if d is None:
            added.append(_Raw(start, end, "month", _qualifier(cats, "month"), _iso(y, mo, _last_day(y, mo)),
                              "month_words"))
        else:
            added.append(_Raw(start, end, "date", _qualifier(cats, "date", True), _iso(y, mo, d), "date_words"))
    if not added:
        return found
    return sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start)


# (a month in words: "tháng" then a letter, its year after "năm")
_WORDED_GATE = re.compile(r"[Tt][Hh][ÁáAa][Nn][Gg]\s+[^\W\d]")


@functools.cache
def _worded_day_gate() -> Any:
    """(helper 93) A day in words right before a month in figures ("ngày mười lăm tháng 6")."""
    w = _words()
    nw, cal = w.raw["number_words"], w.raw["calendar"]
    word = _alt([*nw["units"], *nw["after_tens"], *nw["ten"], *nw["tens"]])
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{_alt(cal['day'])})\s++(?:{word})(?:\s++(?:{word})){{0,2}}\s++(?:{_alt(cal['month'])})\s++\d",
        regex.IGNORECASE,
    )

_WEEKDAY_DATE_GAP = regex.compile(r"\s*+(?:,|(?P<open>\())\s*+")
_CLOSE = regex.compile(r"\s*+\)")


def _weekday_dates(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước 16h ngày thứ Năm, 16/7/2026", "trước 16h00 thứ Năm (ngày 16/7/2026)": a weekday,
    then after a comma or in brackets the day it falls on, is that day (at the weekday's time)."""
    if not any(r.rule == "weekday" for r in found):
        return found
    absorbed: set[int] = set()
    for r, b in itertools.pairwise(found):
        if r.rule != "weekday" or r.kind != "vague" or r.due is not None or id(r) in absorbed:
            continue
        if b.kind != "date" or b.due is None or b.qualifier not in (None, "on"):
            continue
        gap = _WEEKDAY_DATE_GAP.fullmatch(text, r.end, b.start)
        if gap is None:
            continue
        end = b.end
        if gap.group("open") is not None:
            close = _CLOSE.match(text, end)
            if close is None:
                continue
            end = close.end()
        absorbed.add(id(b))
        r.end, r.due, r.year_inferred, r.month_day = end, b.due, b.year_inferred, b.month_day
        r.kind = "date"
        if r.time is not None:
            r.kind, r.due = "datetime", f"{b.due[:10]}T{r.time}"
        r.rule += "+date"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


@functools.cache
def _day_list() -> Any:
    """"(trong 02) (các) ngày 15, 16 và " right before the last day of the list, which has its month."""
    dl = _words().raw["day_list"]
    count = rf"(?:\d{{1,2}}|{_alt(dl['counts'])})"
    links = _alt(dl["links"])
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{count}\s++)?(?:{_alt(dl['plural'])}\s++)?{_alt(dl['days'])}\s++"
        rf"(?P<open>\(\s*+)?(?P<days>\d{{1,2}}(?:\s*+,\s*+\d{{1,2}}(?![\p{{N}}/.\-])){{0,6}})(?![\p{{N}}/.\-])"
        rf"\s*+(?:,\s*+(?:{links}\s++)?|{links}\s++|(?P<dash>[-\u2013]\s*+))$",
        regex.IGNORECASE,
    )


@functools.cache
def _day_list_gate() -> tuple[str, ...]:
    """What every text with a list of days holds: each day word's letters after its first, in small
    letters and capitals (the first may be a capital: "Ngày 15 và 16/7/2026")."""
    return _cased_tails(_words().raw["day_list"]["days"])


def _listed_days(m: Any, last: int) -> list[int]:
    """The days a match of :func:`_day_list` lists before the last one; after a dash ("15 - 16/7/2026",
    one day only) the days from it to the day before the last."""
    days = [int(x) for x in _DAY_NUMBER.findall(m.group("days"))]
    if m.group("dash") is not None and len(days) == 1 and days[0] < last:
        return list(range(days[0], last))
    return days


def _day_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """Days of one month listed before it: "tổ chức tập huấn trong 02 ngày 15 và 16/7/2026" (days that
    follow each other: one span, from the first to the last), "vào các ngày 10 và 25/7/2026" (each
    day its own expression); the limit word before the list qualifies them."""
    _p, lead, _b, _c, _periods = _period_days()
    out: list[_Raw] = []
    changed = False
    for r in found:
        if (
            r.kind != "date"
            or r.due is None
            or not text[r.start : r.start + 1].isdigit()
            or r.start < 6
        ):
            out.append(r)
            continue
        m = _day_list().search(text, max(0, r.start - 60), r.start)
        end = r.end
        if m is not None and m.group("open") is not None:
            # "trong 02 ngày (15 và 16/7/2026)": the days in brackets after their count are its span;
            # the count read as a length is dropped, the closing bracket joins the phrase
            close = _CLOSE.match(text, r.end)
            if close is None:
                out.append(r)
                continue
            end = close.end()
            days = _listed_days(m, int(r.due[8:10]))
            last = int(r.due[8:10])
            if days != list(range(days[0], last)):  # (days in brackets that are no span: left as read)
                out.append(r)
                continue
            if out and out[-1].kind == "relative" and out[-1].start <= m.start() < out[-1].end <= m.start("open"):
                out.pop()
        if m is None or (out and out[-1].end > m.start()):
            out.append(r)
            continue
        y, mo, last = int(r.due[:4]), int(r.due[5:7]), int(r.due[8:10])
        days = _listed_days(m, last)
        if not all(1 <= x < last for x in days) or sorted(set(days)) != days:
            out.append(r)
            continue
        start = m.start()
        c = lead.search(text, max(0, start - 30), start)
        q = None
        if c is not None and not (out and out[-1].end > c.start()):
            start, q = c.start(), _qualifier(_chain_cats(c.group()), "range")
        changed = True
        if days == list(range(days[0], last)):
            # "15 và 16/7/2026": one span of days
            out.append(_Raw(start, end, "range", q, r.due, "day_list", start_date=_iso(y, mo, days[0])))
            continue
        for it in _DAY_NUMBER.finditer(text, m.start("days"), m.end("days")):
            s = start if it.start() == m.start("days") else it.start()
            out.append(_Raw(s, it.end(), "date", q, _iso(y, mo, int(it.group())), "date+day_list"))
        r.qualifier = r.qualifier or q
        r.rule += "+day_list"
        out.append(r)
    return out if changed else found


def _dated_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """Days listed with no year before the last one, which has it: "trước ngày 15/3, 15/6, 15/9 và
    15/12/2026" is four days of 2026, each its own expression with the first one's qualifier."""
    added: list[_Raw] = []
    for r in found:
        if r.kind not in ("date", "datetime") or r.due is None or r.year_inferred or r.month_day is not None:
            continue
        lo = max(0, r.start - 120)
        # (every item of a list holds "/", "." or "-" between its day and month)
        if text.find("/", lo, r.start) < 0 and text.find(".", lo, r.start) < 0 and text.find("-", lo, r.start) < 0:
            continue
        m = _date_list().search(text, lo, r.start)
        if m is None:
            continue
        year = int(r.due[:4])
        items: list[tuple[int, int, int, int]] = []
        for it in _DATE_ITEM.finditer(text, m.start(), m.end()):
            d, mo = int(it.group(1)), int(it.group(2))
            if not (1 <= mo <= 12 and 1 <= d <= _last_day(year, mo)):
                items = []
                break
            items.append((it.start(), it.end(), mo, d))
        if not items:
            continue
        qualifier = r.qualifier
        for s, e, mo, d in items:
            held = [b for b in found if b.start < e and s < b.end]
            if held:  # "trước ngày 15/3": read already, its year the document's
                b = held[0]
                if b.kind == "date" and b.month_day == (mo, d) and b.year_inferred:
                    b.due, b.year_inferred, b.month_day = _iso(year, mo, d) + (b.due or "")[10:], False, None
                    b.rule += "+date_list"
                    qualifier = qualifier or b.qualifier
                continue
            added.append(_Raw(s, e, "date", None, _iso(year, mo, d), "date+date_list"))
        for b in added:
            b.qualifier = qualifier
        if r.qualifier is None:
            r.qualifier = qualifier
    return sorted(found + added, key=lambda r: r.start) if added else found


_TO_CYCLE = regex.compile(r"\s*+(?:,\s*+)?(?:của\s++)?")


@functools.cache
def _month_end_before() -> Any:
    """Right before a monthly cycle: "(vào|trước) ngày cuối cùng của" (``month_end_cycle``)."""
    w = _words()
    chain = _alt(list(w.qualifier_cat))
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<chain>(?:{chain})\s++)?(?:{_alt(w.raw['month_end_cycle'])})\s++$", regex.IGNORECASE
    )


_PERIOD_END_CYCLES = ("monthly", "quarterly", "yearly")
_SENTENCE_END = regex.compile(r"[.;!?\n]")
_MONTH_BEFORE = regex.compile(r"(?<!\p{L})th[áa]ng\s++$", regex.IGNORECASE)


def _month_end_cycles(text: str, found: list[_Raw]) -> list[_Raw]:
    """"vào ngày cuối cùng của mỗi tháng", "trước ngày cuối hằng tháng": monthly, on the month's
    last day (31: the last day of a shorter month, as "ngày 30 hằng tháng" is)."""
    if not any(r.bare in _PERIOD_END_CYCLES for r in found):
        return found
    for i, r in enumerate(found):
        if r.bare not in _PERIOD_END_CYCLES or r.rule != "recur_bare" or r.qualifier is not None:
            continue
        m = _month_end_before().search(text, max(0, r.start - 40), r.start)
        if m is None:
            continue
        if r.bare != "monthly" and (
            (i + 1 < len(found) and _SENTENCE_END.search(text, r.end, found[i + 1].start) is None)
            or _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        ):
            # ("Cuối mỗi quý, ... trước ngày 25 của tháng cuối quý": the day is said after it;
            # "trước ngày 15 tháng cuối mỗi quý": the quarter's last month)
            continue
        r.start, bare, r.bare = m.start(), r.bare, None
        r.qualifier = _qualifier(_chain_cats(m.group("chain")), "recurring")
        time = r.recurrence.time if r.recurrence else None
        if bare == "quarterly":  # "vào cuối mỗi quý": the quarter's last day
            r.recurrence = Recurrence(freq="quarterly", month=3, monthday=31, time=time)
        elif bare == "yearly":  # "vào cuối hằng năm": 31 December
            r.recurrence = Recurrence(freq="yearly", month=12, monthday=31, time=time)
        else:
            r.recurrence = Recurrence(freq="monthly", monthday=31, time=time)
        r.rule += "+month_end"
    return found


@functools.cache
def _period_days() -> tuple[Any, Any, Any, Any, dict[str, str]]:
    """The first or last (working) days of each period ("05 ngày làm việc đầu tiên của tháng sau"),
    the qualifier chain right before them, the words they may not follow, and the periods."""
    w = _words()
    pd = w.raw["period_days"]
    periods = {_key(v): str(p) for k, p in pd["periods"].items() for v in _variants(str(k))}
    # ((helper 93) or "ngày làm việc thứ 5": the fifth working day, the end of the first five)
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?:(?P<n>\d{{1,2}})(?!\p{{N}})\s++)?"
        rf"(?:(?P<work>{_alt(pd['workday'])})|{_alt(pd['day'])})\s++"
        rf"(?:(?P<first>{_alt(pd['first'])})|{_alt(pd['last'])})"
        rf"|(?P<work>{_alt(pd['workday'])})\s++(?P<first>{_alt(pd['ordinal'])})\s++(?P<n>\d{{1,2}})(?!\p{{N}}))"
        rf"(?:\s++(?P<of>{_alt(pd['of'])}))?(?:\s++(?P<each>{_alt(pd['each'])}))?"
        rf"\s++(?P<per>{_alt(pd['periods'])})(?:\s++(?P<next>{_alt(pd['next'])}))?"
        rf"(?!\s*+[/.\-]?\s*+\p{{N}})(?!\s++(?:{_alt(pd['not_before'])}|[IVX]{{1,4}}(?![\p{{L}}])))",
        regex.IGNORECASE,
    )
    chain = _alt(list(w.qualifier_cat))
    lead = regex.compile(rf"(?<![\p{{L}}])(?P<chain>(?:{chain})\s++){{1,3}}$", regex.IGNORECASE)
    behind = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(pd['not_after'])})\s++$", regex.IGNORECASE)
    rec = w.raw["recurrence"]
    cycle = _alt([x for v in rec.values() for x in v] + pd["cycle_reports"])
    cycled = regex.compile(rf"(?<![\p{{L}}])(?:{cycle})(?![^.;\n]*+[.;\n])", regex.IGNORECASE)
    return pattern, lead, behind, cycled, periods


@functools.cache
def _clock_before() -> Any:
    """The hour right before a day of every period, after its limit ("trước 15 giờ 30 phút ngày
    làm việc cuối cùng của tuần"): the hour of each such day."""
    w = _words()
    cal = w.raw["calendar"]
    chain = _alt(list(w.qualifier_cat))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<chain>(?:{chain})\s++){{1,3}}(?P<ch>\d{{1,2}})(?!\p{{N}})\s*+"
        rf"(?:{_alt(cal['hour'])}|h(?!\p{{L}}))(?:\s*+(?P<ci>\d{{1,2}})(?!\p{{N}})(?:\s*+(?:{_alt(cal['minute'])}))?)?"
        rf"[,]?\s++$",
        regex.IGNORECASE,
    )


def _period_day_cycle(m: Any, period: str) -> Recurrence | None:
    """The recurrence of a match of :func:`_period_days`' pattern."""
    n = int(m.group("n")) if m.group("n") else 1
    first, work = m.group("first") is not None, m.group("work") is not None
    if m.group("n") is None and not (work or m.group("each") or (m.group("of") and period != "year")):
        return None  # ("những ngày đầu năm", "ngày cuối tháng" alone: a season, a time told)
    if period == "week":
        if not work or n > 5:
            return None
        return Recurrence(freq="weekly", weekday=n - 1 if first else 4)
    if n < 1 or n > 31 or (period == "month" and n > 28):
        return None
    day = None if work else (n if first else 31)
    if period == "month":
        return Recurrence(freq="monthly", monthday=day)
    if period == "quarter":
        return Recurrence(freq="quarterly", month=1 if first else 3, monthday=day)
    return Recurrence(freq="yearly", month=1 if first else 12, monthday=day)


_QUARTER_NEAR = regex.compile(r"[^.;:\n]{0,25}?(?<!\p{L})qu[ýí](?!\p{L})", regex.IGNORECASE)


@functools.cache
def _month_weeks_pattern() -> Any:
    """A week of every month with no weekday before it: "vào tuần thứ hai hằng tháng", "trong tuần
    đầu tiên của tháng" (not "… của tháng 12", "… của tháng này": one month's)."""
    d = _words().raw
    week = _alt(d["relative"]["units"]["week"])
    wd = _weekday_words()
    lead = _alt(d["weekday_lead"] + d["sunday"])
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?<!(?:{wd}|{lead})\s++)(?<!(?:{_alt(d['period_days']['not_after'])})\s++){week}"
        rf"(?={_month_week_after().pattern}|{_quarter_week_after().pattern}|{_quarter_own_week_after().pattern}"
        rf"|{_one_quarter_week_after().pattern})",
        regex.IGNORECASE,
    )


@functools.cache
def _quarter_own_week_after() -> Any:
    """After "tuần": a week of every quarter itself, no month named ("cuối của mỗi quý", "đầu tiên
    hằng quý", "cuối cùng của quý"; not "… của quý III/2026", "… quý này": one quarter's)."""
    d = _words().raw
    which = _week_of_month_words()
    links, each = _alt(d["quarter_month_links"]), _alt(d["quarter_each"])
    quarter, of = _alt(d["calendar"]["quarter"]), _alt(d["calendar"]["of"])
    one = _one_period_words()
    return regex.compile(
        rf"\s*+(?P<which>{which})\s++(?:(?:{links}\s++)?{each}\s++{quarter}|{of}\s++{quarter})"
        rf"(?![\p{{L}}\p{{N}}])(?!\s*+(?:[/.\-]?\s*+\p{{N}}|[IVX]{{1,4}}(?![\p{{L}}])|(?:{one})(?!\p{{L}})))",
        regex.IGNORECASE,
    )


@functools.cache
def _quarter_week_after() -> Any:
    """After "tuần": a week of a month of every quarter, "thứ 2 của tháng cuối quý", "đầu tiên
    (của) tháng đầu (mỗi) quý" (not "… quý III/2026", "… quý này": one quarter's)."""
    d = _words().raw
    which = _week_of_month_words()
    qwhich = _alt([w for ws in d["quarter_month"].values() for w in ws])
    links, each = _alt(d["quarter_month_links"]), _alt(d["quarter_each"])
    month, quarter = _alt(d["calendar"]["month"]), _alt(d["calendar"]["quarter"])
    one = _one_period_words()
    # ("tháng đầu quý sau": the first month of the next quarter, of every quarter; not "quý sau khi")
    after = _alt(d["quarter_next"]["words"]) + rf"(?!\s++{_alt(d['quarter_next']['not_before'])}(?!\p{{L}}))"
    year = _alt(d["calendar"]["year"])
    # ("… tháng cuối quý III/2026", "… quý 3 năm 2026": that one quarter's month, its year written)
    one_quarter = (
        rf"\s++(?P<qn>IV|III|II|I|[1-4])(?![\p{{L}}\p{{N}}])"
        rf"(?:\s*+[/\-]\s*+|\s++{year}\s++)(?P<qy>\d{{4}})(?![\p{{N}}])"
    )
    # ("… tháng cuối quý này", "… tháng đầu quý tới": one quarter's month, on the document date)
    qone = _alt(d["quarter_one"]["this"] + d["quarter_one"]["next"])
    return regex.compile(
        rf"\s*+(?P<which>{which})\s++(?:{links}\s++)?{month}\s++(?P<qm>{qwhich})\s++(?:{links}\s++)?"
        rf"(?:{each}\s++)?{quarter}(?:{one_quarter}|\s++(?P<qone>{qone})|(?:\s++{after}(?!\p{{L}}))?(?![\p{{L}}\p{{N}}])"
        rf"(?!\s*+(?:[/.\-]?\s*+\p{{N}}|[IVX]{{1,4}}(?![\p{{L}}])|(?:{one})(?!\p{{L}}))))",
        regex.IGNORECASE,
    )


def _month_weeks(text: str, found: list[_Raw], doc_date: dt.date | None = None) -> list[_Raw]:
    """"báo cáo vào tuần thứ 2 hằng tháng": one week of every month, a monthly recurrence on its
    week (no weekday); what was read inside it (the cycle "hằng tháng") is part of it."""
    _p, lead, _b, _c, _periods = _period_days()
    starts = [r.start for r in found]
    added: list[_Raw] = []
    gone: set[int] = set()
    for w in _month_weeks_pattern().finditer(text):
        m = _month_week_after().match(text, w.end(), w.end() + 80)
        month_of_quarter = None
        if m is None or _QUARTER_NEAR.match(text, m.end(), m.end() + 30) is not None:
            # "tuần thứ 2 của tháng cuối quý": a week of a month of every quarter
            m = _quarter_week_after().match(text, w.end(), w.end() + 80)
            if m is None:
                # "tuần cuối của mỗi quý": a week of every quarter, of its first or last month
                own = _quarter_own_week_after().match(text, w.end(), w.end() + 60)
                if own is not None:
                    added_own = _quarter_own_week(text, w, own, found, starts, lead)
                else:
                    one = _one_quarter_week_after().match(text, w.end(), w.end() + 60)
                    if one is None:
                        continue
                    added_own = _one_quarter_week(text, w, one, found, starts, lead)
                if added_own is not None:
                    gone.update(id(r) for r in added_own[1])
                    added.append(added_own[0])
                continue
            month_of_quarter = _quarter_month()[1].get(_key(m.group("qm")))
            if month_of_quarter is None:
                continue
        start, end = w.start(), m.end()
        inside = _readings_over(found, starts, start, end)
        if any(r.start < start or r.end > end for r in inside):
            continue
        c = lead.search(text, max(0, start - 30), start)
        q = None
        if c is not None:
            start, q = c.start(), _qualifier(_chain_cats(c.group()), "recurring")
        which = _words().week_of_month.get(_key(m.group("which")))
        week = None if which is None else -1 if which == "last" else int(which)
        gone.update(id(r) for r in inside)
        if month_of_quarter is not None and m.group("qn") is not None:
            # one quarter's month: that month's week, once (as "tuần thứ 2 của tháng 9/2026")
            y, mo = int(m.group("qy")), (_quarter(m.group("qn")) - 1) * 3 + month_of_quarter
            last = _last_day(y, mo)
            due = _iso(y, mo, last if week is None or week < 0 else min(7 * week, last))
            qv = None if c is None else _qualifier(_chain_cats(c.group()), "vague")
            added.append(_Raw(start, end, "vague", qv, due, "week_of_month"))
            continue
        if month_of_quarter is not None and m.group("qone") is not None:
            # the document date's quarter (or the next one): that month's week, once
            ym = _one_quarter_month(m.group("qone"), month_of_quarter, doc_date)
            one_due: str | None = None
            if ym is not None:
                last = _last_day(*ym)
                one_due = _iso(ym[0], ym[1], last if week is None or week < 0 else min(7 * week, last))
            qv = None if c is None else _qualifier(_chain_cats(c.group()), "vague")
            added.append(_Raw(start, end, "vague", qv, one_due, "week_of_month+one_quarter"))
            continue
        if month_of_quarter is not None:
            rec = Recurrence(freq="quarterly", month=month_of_quarter, week=week)
            added.append(_Raw(start, end, "recurring", q, None, "recur_quarter_week", recurrence=rec))
            continue
        rec = Recurrence(freq="monthly", week=week)
        added.append(_Raw(start, end, "recurring", q, None, "recur_month_week", recurrence=rec))
    if not added:
        return found
    return sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start)


@functools.cache
def _one_quarter_week_after() -> Any:
    """(helper 93) After "tuần": a week of one quarter, its year written ("cuối của quý III/2027",
    "đầu quý IV năm 2027")."""
    d = _words().raw
    which = _week_of_month_words()
    links = _alt(d["quarter_month_links"])
    quarter, year = _alt(d["calendar"]["quarter"]), _alt(d["calendar"]["year"])
    return regex.compile(
        rf"\s*+(?P<which>{which})\s++(?:{links}\s++)?{quarter}\s++(?P<qn>IV|III|II|I|[1-4])(?![\p{{L}}\p{{N}}])"
        rf"(?:\s*+[/\-]\s*+|\s++{year}\s++)(?P<qy>\d{{4}})(?![\p{{N}}])",
        regex.IGNORECASE,
    )


def _one_quarter_week(
    text: str, w: Any, m: Any, found: list[_Raw], starts: list[int], lead: Any
) -> tuple[_Raw, list[_Raw]] | None:
    """(helper 93) "vào tuần cuối của quý III/2027", "trong tuần đầu quý IV năm 2027": one week of
    one quarter, once: due by its last day (the quarter's last day for its last week, day 7n of its
    first month for week n); (the reading, the readings it takes in), or None."""
    got = _week_reading(w, m, found, starts)
    if got is None:
        return None
    inside, which = got
    y, q = int(m.group("qy")), _quarter(m.group("qn"))
    last = which == "last"
    due = _iso(y, 3 * q, _last_day(y, 3 * q)) if last else _iso(y, 3 * q - 2, 7 * int(which))
    start, qv = _week_lead(text, w.start(), lead, "vague")
    return _Raw(start, m.end(), "vague", qv, due, "week_of_one_quarter"), inside


def _week_reading(w: Any, m: Any, found: list[_Raw], starts: list[int]) -> tuple[list[_Raw], str] | None:
    """The readings a week of a quarter (from ``w``, "tuần", to the end of ``m``) takes in, and which
    week it is ("last", or its number); None when a reading runs out of it or the week is unknown."""
    start, end = w.start(), m.end()
    inside = _readings_over(found, starts, start, end)
    if any(r.start < start or r.end > end for r in inside):
        return None
    which = _words().week_of_month.get(_key(m.group("which")))
    return None if which is None else (inside, str(which))


def _week_lead(text: str, start: int, lead: Any, default: str) -> tuple[int, str | None]:
    """Where a week's reading starts with the qualifier words right before it ("vào", "trong"), and
    their qualifier (``default`` when they name none); ``start`` and None with none there."""
    c = lead.search(text, max(0, start - 30), start)
    return (start, None) if c is None else (c.start(), _qualifier(_chain_cats(c.group()), default))


def _quarter_own_week(
    text: str, w: Any, m: Any, found: list[_Raw], starts: list[int], lead: Any
) -> tuple[_Raw, list[_Raw]] | None:
    """"vào tuần cuối của mỗi quý", "trong tuần đầu tiên hằng quý": a quarterly recurrence on a week
    of the quarter's last (or first) month; (the reading, the readings it takes in), or None."""
    got = _week_reading(w, m, found, starts)
    if got is None:
        return None
    inside, which = got
    week = -1 if which == "last" else int(which)
    start, q = _week_lead(text, w.start(), lead, "recurring")
    rec = Recurrence(freq="quarterly", month=3 if week < 0 else 1, week=week)
    return _Raw(start, m.end(), "recurring", q, None, "recur_quarter_own_week", recurrence=rec), inside


def _first_days(text: str, found: list[_Raw], doc_date: dt.date | None) -> list[_Raw]:
    """"trong 05 ngày đầu tháng", "vào ngày làm việc cuối cùng của tháng", "trong 05 ngày làm việc
    đầu tiên của tháng sau": a day of every period (see ``period_days``); what was read inside it
    (the length "trong 05 ngày", the cycle "hằng tháng") is part of it."""
    pattern, lead, behind, cycled, periods = _period_days()
    starts = [r.start for r in found]
    added: list[_Raw] = []
    gone: set[int] = set()
    for m in pattern.finditer(text):
        rec = _period_day_cycle(m, periods.get(_key(m.group("per")), ""))
        if rec is None or behind.search(text, max(0, m.start() - 8), m.start()) is not None:
            continue
        start, end = m.span()
        inside = _readings_over(found, starts, start, end)
        if any(r.end > end for r in inside):
            continue  # (a longer reading holds it)
        head = [r for r in inside if r.start < start]
        if head and not (head[0].kind == "relative" and m.group("n") is not None):
            continue  # (only the length of its count may start before it)
        q = None
        if head:
            start, q = head[0].start, head[0].qualifier
        else:
            c = lead.search(text, max(0, start - 30), start)
            k = None if c is not None else _clock_before().search(text, max(0, start - 50), start)
            if c is not None:
                start, q = c.start(), _qualifier(_chain_cats(c.group()), "recurring")
            elif k is not None and 0 <= int(k.group("ch")) <= 23 and 0 <= int(k.group("ci") or 0) <= 59:
                # "trước 15 giờ ngày làm việc cuối cùng của tuần": the hour of each such day
                start, q = k.start(), _qualifier(_chain_cats(k.group("chain")), "recurring")
                rec = replace(rec, time=f"{int(k.group('ch')):02d}:{int(k.group('ci') or 0):02d}")
        if q is None and rec.monthday is None and rec.weekday is None:
            q = "on"
        gone.update(id(r) for r in inside)
        if (
            m.group("next") is not None
            and m.group("each") is None
            and cycled.search(text, max(0, start - 120), start) is None
        ):
            # "trong 05 ngày đầu của tháng sau" with no cycle: the next month's days, once (its day
            # when counted in days of the calendar, as "trước ngày 05 tháng sau")
            due = None
            if doc_date is not None and rec.freq == "monthly" and rec.monthday is not None:
                from dateutil.relativedelta import relativedelta  # (imported when used: cold start)

                nxt = doc_date.replace(day=1) + relativedelta(months=1)
                due = _iso(nxt.year, nxt.month, min(rec.monthday, _last_day(nxt.year, nxt.month)))
            added.append(_Raw(start, end, "vague", q or "within", due, "period_day_next"))
            continue
        one = _one_quarter_month_days(text, m, rec, found, starts, doc_date)
        if one is not None:
            # "trong 05 ngày đầu của tháng cuối quý này": that one quarter's month, once
            end, due, inside_quarter = one
            gone.update(id(r) for r in inside_quarter)
            added.append(_Raw(start, end, "vague", q or "within", due, "period_day_one_quarter"))
            continue
        rule = "recur_period_day"
        quarter = _quarter_of_month_days(text, m, rec, found, starts)
        if quarter is not None:
            # "trong 05 ngày đầu của tháng đầu quý sau": the first days of a month of every quarter
            end, rec, inside_quarter = quarter
            gone.update(id(r) for r in inside_quarter)
            rule += "+quarter_month"
        added.append(_Raw(start, end, "recurring", q, None, rule, recurrence=rec))
    if not added:
        return found
    return sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start)


def _one_quarter_month_days(
    text: str, m: Any, rec: Recurrence, found: list[_Raw], starts: list[int], doc_date: dt.date | None
) -> tuple[int, str | None, list[_Raw]] | None:
    """The first or last days of one quarter's month: after "05 ngày đầu của tháng", "cuối quý
    này", "đầu quý tới" (``quarter_one``); (the end, the last of those days in the document date's
    quarter or the next, none without a document date or for working days, the readings taken
    in), or None."""
    if rec.freq != "monthly" or rec.week is not None or m.group("each") is not None:
        return None
    pattern, months = _quarter_month()
    q = pattern.match(text, m.start("per"))
    if q is None or q.group("qone") is None or q.end() <= m.end():
        return None
    month = months.get(_key(q.group("qm")))
    if month is None:
        return None
    inside = _readings_over(found, starts, m.end(), q.end())
    if any(r.end > q.end() for r in inside):
        return None
    ym = _one_quarter_month(q.group("qone"), month, doc_date)
    due = None
    if ym is not None and rec.monthday is not None:
        due = _iso(ym[0], ym[1], min(rec.monthday, _last_day(*ym)))
    elif ym is not None and m.group("work") is not None:
        due = _nth_workday(ym[0], ym[1], int(m.group("n") or 1), m.group("first") is not None)
    return q.end(), due, inside


def _nth_workday(year: int, month: int, n: int, first: bool) -> str | None:
    """The ``n``-th working day of a month (its first ``n`` working days end then), or its last
    working day (``first`` false: the last ``n`` end on it); Vietnamese public holidays are no
    working days (:mod:`ndq57.export.workdays`)."""
    from ndq57.export.workdays import is_working_day

    last = _last_day(year, month)
    days = range(1, last + 1) if first else range(last, 0, -1)
    seen = 0
    for d in days:
        if is_working_day(dt.date(year, month, d)):
            seen += 1
            if not first or seen == n:
                return _iso(year, month, d)
    return None


@functools.cache
def _workdays_before_month() -> Any:
    """Before a month read with its year: "(05) ngày làm việc đầu tiên/cuối cùng (của) ", and the
    qualifier chain before them ("chậm nhất vào ")."""
    pd = _words().raw["period_days"]
    # ((helper 93) or "ngày làm việc thứ 5 (của)": the fifth working day)
    return regex.compile(
        _limit_chain() + r"?(?:(?:(?P<n>\d{1,2})(?!\p{N})\s++)?"
        rf"(?:{_alt(pd['workday'])})\s++(?:(?P<first>{_alt(pd['first'])})|{_alt(pd['last'])})"
        rf"|(?:{_alt(pd['workday'])})\s++(?P<first>{_alt(pd['ordinal'])})\s++(?P<n>\d{{1,2}})(?!\p{{N}}))"
        rf"(?:\s++(?:{_alt(pd['of'])}))?\s++$",
        regex.IGNORECASE,
    )


def _workdays_of_months(text: str, found: list[_Raw]) -> list[_Raw]:
    """"chậm nhất vào ngày làm việc cuối cùng của tháng 6/2026", "trong 05 ngày làm việc đầu tiên
    của tháng 7/2026": one month's first or last working days, once: due by the last of them; of a
    quarter or a year read with its year ("trước ngày làm việc cuối cùng của quý III/2027"), those
    of its first or last month."""
    pattern = _workdays_before_month()
    gone: set[int] = set()
    for i, r in enumerate(found):
        if r.kind not in ("month", "quarter", "year") or r.due is None or r.qualifier is not None:
            continue
        m = pattern.search(text, max(0, r.start - 60), r.start)
        if m is None:
            continue
        # (the count read alone before, "trong 05 ngày làm việc", is part of it; nothing else)
        before = [b for b in found[max(0, i - 3) : i] if b.end > m.start()]
        if any(b.kind != "relative" or b.start < m.start() for b in before):
            continue
        n = int(m.group("n") or 1)
        y, mo = int(r.due[:4]), int(r.due[5:7])
        if m.group("first") is not None and r.kind != "month":
            mo -= 2 if r.kind == "quarter" else 11  # (the first month of the quarter or the year)
        due = _nth_workday(y, mo, n, m.group("first") is not None)
        if due is None or not 1 <= n <= 23:
            continue
        chain = m.group("chain")
        q = _qualifier(_chain_cats(chain), "date") if chain else "on"
        if before:
            q = before[0].qualifier or q
        gone.update(id(b) for b in before)
        r.start, r.kind, r.qualifier, r.due, r.rule = m.start(), "date", q, due, r.rule + "+workdays"
    return [r for r in found if id(r) not in gone] if gone else found


def _quarter_of_month_days(
    text: str, m: Any, rec: Recurrence, found: list[_Raw], starts: list[int]
) -> tuple[int, Recurrence, list[_Raw]] | None:
    """The first or last days of a month of every quarter: after "05 ngày đầu của tháng", the
    month's place in the quarter ("đầu quý sau", "cuối quý", "cuối cùng của mỗi quý"); (the end,
    the quarterly recurrence, the readings taken in: the part of the quarter and a bare "hằng
    quý" before it in the sentence), or None."""
    if rec.freq != "monthly" or rec.week is not None:
        return None
    pattern, months = _quarter_month()
    q = pattern.match(text, m.start("per"))
    if q is None or q.group("qone") is not None or q.end() <= m.end():
        return None
    month = months.get(_key(q.group("qm")))
    if month is None:
        return None
    inside = _readings_over(found, starts, m.end(), q.end())
    if any(r.end > q.end() for r in inside):
        return None
    stop = max((text.rfind(c, 0, m.start()) for c in ".;\n"), default=-1)
    cycles = [b for b in found if stop < b.start and b.end <= m.start() and b.bare == "quarterly"]
    return q.end(), Recurrence(freq="quarterly", month=month, monthday=rec.monthday), inside + cycles


@functools.cache
def _nth_day_parts() -> tuple[Any, Any]:
    """("ngày thứ 5" ending a weekday's phrase; the link and anchor after it: " kể từ ngày nhận được")."""
    d = _words().raw
    rel, cal = d["relative"], d["calendar"]
    nth = regex.compile(
        rf"(?:{_alt(cal['day'])})\s++(?:{_alt(d['weekday_lead'])})\s++(?P<n>\d{{1,2}})$", regex.IGNORECASE
    )
    after = regex.compile(
        rf"\s*+,?\s*+(?:{_alt(rel['links'])})(?:\s++(?:{_alt(rel['link_objects'])}))?"
        rf"(?:\s++(?P<an>{_alt(x for v in rel['anchors'].values() for x in v)}))?(?![\p{{L}}])",
        regex.IGNORECASE,
    )
    return nth, after


def _nth_days(text: str, found: list[_Raw], doc_date: dt.date | None) -> list[_Raw]:
    """"chậm nhất ngày thứ 5 kể từ ngày nhận được văn bản": the fifth day counted from an event (a
    relative term of 5 days), not Thursday."""
    if not any(r.weekday is not None for r in found):
        return found
    for r in found:
        if r.weekday is None or r.kind != "vague":
            continue
        nth, after = _nth_day_parts()
        n = nth.search(text, max(0, r.end - 20), r.end)
        m = after.match(text, r.end) if n is not None else None
        if n is None or m is None:
            continue
        anchor = _words().anchors.get(_key(m.group("an") or ""), "other")
        due = None
        if anchor in ("signing", "issue") and doc_date is not None:
            due = (doc_date + dt.timedelta(days=int(n.group("n")))).isoformat()
        r.kind, r.weekday, r.end, r.due = "relative", None, m.end(), due
        r.relative = Relative(amount=int(n.group("n")), unit="day", anchor=anchor, resolved=due is not None)
        r.rule = "relative_nth_day"
    return found


@functools.cache
def _nth_workday_counted() -> Any:
    """(helper 93) "chậm nhất vào ngày làm việc thứ 5 kể từ ngày nhận được văn bản": the fifth
    working day counted from an event, with the limit words before it."""
    pd = _words().raw["period_days"]
    _nth, after = _nth_day_parts()
    return regex.compile(
        _limit_chain() + rf"?(?:{_alt(pd['workday'])})\s++(?:{_alt(pd['ordinal'])})\s++(?P<n>\d{{1,2}})(?!\p{{N}})"
        + after.pattern,
        regex.IGNORECASE,
    )


def _nth_workdays(text: str, found: list[_Raw], doc_date: dt.date | None) -> list[_Raw]:
    """(helper 93) The n-th working day counted from an event: a relative term of n working days (on
    the document date when counted from signing or issue, as a count of working days is)."""
    starts = [r.start for r in found]
    added: list[_Raw] = []
    gone: set[int] = set()
    for m in _nth_workday_counted().finditer(text):
        inside = _readings_over(found, starts, m.start(), m.end())
        if any(r.start < m.start() or r.end > m.end() for r in inside):
            continue
        n = int(m.group("n"))
        if not 1 <= n <= 60:
            continue
        anchor = _words().anchors.get(_key(m.group("an") or ""), "other")
        gone.update(id(r) for r in inside)
        q = _qualifier(_chain_cats(m.group("chain")), "relative") if m.group("chain") else None
        due = None
        if anchor in ("signing", "issue") and doc_date is not None:
            due = _add(doc_date, n, "working_day").isoformat()
        rel = Relative(amount=n, unit="working_day", anchor=anchor, resolved=due is not None)
        added.append(_Raw(m.start(), m.end(), "relative", q, due, "relative_nth_workday", relative=rel))
    if not added:
        return found
    # (the event's words after the anchor join the phrase, as for a count of working days)
    return _relative_objects(text, sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start))


@functools.cache
def _named_day_before() -> Any:
    """Before a day: "trước dịp Lễ Quốc khánh", "trước Đại hội Đảng bộ xã (ngày)" (``before_named_day``)."""
    b = _words().raw["before_named_day"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<lead>{_alt(b['leads'])})\s++(?P<head>{_alt(b['heads'])})"
        rf"(?:(?:\s*+,|\s++[\-–])?\s++[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-/]*+){{0,{int(b['words'])}}}?[\s,]*+"
        rf"(?P<open>\(\s*+(?:(?:{_alt(_words().raw['event_expected'])})\s++)?)?$",
        regex.IGNORECASE,
    )


@functools.cache
def _named_day_gate() -> tuple[str, ...]:
    """What every lead of :func:`_named_day_before` holds: its shortest lead's last letters, in small
    letters and capitals ("rước", "RƯỚC")."""
    return _cased_tails([min((str(w) for w in _words().raw["before_named_day"]["leads"]), key=len)])


def _cased_tails(words: Iterable[str]) -> tuple[str, ...]:
    """The letters after the first of each of ``words``, in small letters and in capitals: what a
    text holding one of them holds whatever the case of its first letter (a gate before a pattern)."""
    return tuple(sorted({t for w in words for t in (str(w)[1:].lower(), str(w)[1:].upper())}))


def _named_days(text: str, found: list[_Raw]) -> list[_Raw]:
    """"hoàn thành trước dịp Lễ Quốc khánh 2/9/2026", "trước Đại hội Đảng bộ xã ngày 20/3/2026": the
    day of the event a limit points to is the limit (one expression, from the limit word)."""
    out: list[_Raw] = []
    gate = _named_day_gate()
    for r in found:
        period = r.kind in ("month", "quarter", "vague")
        if (r.kind not in ("date", "datetime") and not period) or r.qualifier not in (None, "on") or r.due is None:
            out.append(r)
            continue
        lo = max(0, r.start - 120)
        if not any(text.find(g, lo, r.start) >= 0 for g in gate):
            out.append(r)
            continue
        m = _named_day_before().search(text, lo, r.start)
        if period and m is not None and (m.group("open") is None or (out and out[-1].end > m.start())):
            # "trước Hội nghị sơ kết (tháng 7/2026)", "(dự kiến tổ chức vào tuần cuối tháng
            # 12/2026)": a month, a quarter or a part of one only in brackets right after the event
            # (an event read alone before it: see :func:`_events_expected`)
            m = None
        while m is not None and out and out[-1].end > m.start():
            last = out[-1]
            if last.kind != "vague" or last.rule != "event":
                m = None  # (another time between: "trước ngày 15/3, hội nghị ngày 20/3")
                break
            out.pop()  # "trước Đại hội" read alone: part of this day's phrase
        close = _CLOSE.match(text, r.end) if m is not None and m.group("open") is not None else None
        if m is None or (m.group("open") is not None and close is None):
            out.append(r)
            continue
        r.start, r.qualifier = m.start(), _qualifier(_chain_cats(m.group("lead")), r.kind)
        if close is not None:  # "trước dịp kỷ niệm ... (26/3/2026)": the closing bracket joins it
            r.end = close.end()
        r.rule += "+named_day"
        out.append(r)
    return out


@functools.cache
def _named_day_year() -> Any:
    """A year after a day and month: " năm 2026"."""
    year = _alt(_words().raw["calendar"]["year"])
    return regex.compile(rf"\s++(?:{year})\s++((?:19|20)\d\d)(?!\p{{N}})", regex.IGNORECASE)


_NAME_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}")


@functools.cache
def _bare_day_month() -> Any:
    """A day and month alone, no year after it ("2/9", "(30/4)"), not a share ("2/3 số")."""
    share = _alt(_words().raw["before_named_day"]["not_share"])
    return regex.compile(
        rf"(?<![\p{{N}}/.,\-])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\p{{N}}]|[/.\-]\p{{N}}|\s*+\p{{N}}|\s++(?:{share})(?!\p{{L}}))",
        regex.IGNORECASE,
    )


def _named_bare_days(text: str, found: list[_Raw], default_year: int | None) -> list[_Raw]:
    """"trước Ngày Quốc khánh 2/9", "hoàn thành trước dịp kỷ niệm Ngày Giải phóng miền Nam (30/4)": a
    day and month with no "ngày" right before them, read only after a limit and a named day or
    event (``before_named_day``); of the year the dates of the text with no year take (rolled on
    to the next one past the document's date, as "trước ngày 30/4")."""
    gate = _named_day_gate()
    added: list[_Raw] = []
    gone: set[int] = set()
    starts = [r.start for r in found]
    for b in _bare_day_month().finditer(text):
        d, mo = int(b.group("d")), int(b.group("m"))
        if not (1 <= mo <= 12 and 1 <= d <= _last_day(2024, mo)):
            continue
        if _readings_over(found, starts, b.start(), b.end()):
            continue
        lo = max(0, b.start() - 120)
        if not any(text.find(g, lo, b.start()) >= 0 for g in gate):
            continue
        m = _named_day_before().search(text, lo, b.start())
        if m is None or _readings_over(found, starts, m.start(), b.start()) or (added and added[-1].end > m.start()):
            continue  # (another reading between the limit and the day)
        if m.group("open") is None and not _NAME_BEFORE.search(text, m.end("head"), b.start()):
            continue  # (a day's own name, capitalised, right before it: not a share, "trước lễ 1/2 số xã")
        end = b.end()
        if m.group("open") is not None:
            close = _CLOSE.match(text, end)
            if close is None:
                continue
            end = close.end()
        year, inferred = default_year, True
        y = _named_day_year().match(text, end) if m.group("open") is None else None
        if y is not None:  # "trước Ngày Nhà giáo Việt Nam 20/11 năm 2026": the year read apart joins it
            year_read = _readings_over(found, starts, y.start(), y.end())
            if any(r.start < end or r.end > y.end() for r in year_read):
                continue
            gone.update(id(r) for r in year_read)
            end, year, inferred = y.end(), int(y.group(1)), False
        if year is not None and d > _last_day(year, mo):
            continue
        due = None if year is None else _iso(year, mo, d)
        q = _qualifier(_chain_cats(m.group("lead")), "date")
        added.append(_Raw(m.start(), end, "date", q, due, "date+named_day", year_inferred=inferred and due is not None,
                          month_day=(mo, d) if inferred else None))
    if not added:
        return found
    return sorted([r for r in found if id(r) not in gone] + added, key=lambda r: r.start)


def _date_then_year(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 20/11 năm 2027": a day and month, then its year after "năm" (read apart as a
    year): the day of that year; "trước 16 giờ ngày 15/6 hằng năm": the day and time, every year."""
    if not any(r.month_day is not None for r in found):
        return found
    out: list[_Raw] = []
    for r in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.month_day is not None
            and prev.kind == "datetime"
            and r.bare == "yearly"
            and _TO_CYCLE.fullmatch(text, prev.end, r.start) is not None
        ):
            (mo, d) = prev.month_day
            prev.kind, prev.due, prev.end, prev.month_day = "recurring", None, r.end, None
            prev.recurrence = Recurrence(freq="yearly", monthday=d, month=mo, time=prev.time)
            prev.rule += "+yearly"
            continue
        if (
            prev is None
            or prev.month_day is None
            or r.rule != "year"
            or r.qualifier is not None
            or r.due is None
            or _GAP.fullmatch(text, prev.end, r.start) is None
            or _year_word().match(text, r.start) is None
        ):
            out.append(r)
            continue
        (mo, d), y = prev.month_day, int(r.due[:4])
        if d > _last_day(y, mo):
            out.append(r)
            continue
        prev.due = _iso(y, mo, d) + (prev.due or "")[10:]
        prev.end, prev.month_day, prev.year_inferred = r.end, None, False
        prev.rule += "+year"
    return out


@functools.cache
def _year_word() -> Any:
    return regex.compile(rf"(?:{_alt(_words().raw['calendar']['year'])})\s", regex.IGNORECASE)


@functools.cache
def _lunar_mark() -> Any:
    """After a day: "âm lịch", "(âm lịch)", "(ÂL)"; a year after it ("âm lịch năm 2026")."""
    d = _words().raw
    marks, year = _alt(d["lunar_marks"]), _alt(d["calendar"]["year"])
    return regex.compile(
        rf"\s*+(?:\(\s*+{marks}\s*+\)|,?\s*+{marks})(?![\p{{L}}\p{{N}}])(?:\s*+,?\s*+{year}\s++(?P<ly>(?:19|20)\d{{2}})(?!\p{{N}}))?",
        regex.IGNORECASE,
    )


@functools.cache
def _lunar_year_after() -> Any:
    """After a day and month with no year: the lunar year by its sexagenary name (", năm Bính Ngọ")."""
    d = _words().raw
    names = _alt(d["events"]["lunar_new_year"]["year_names"])
    year = _alt(d["calendar"]["year"])
    return regex.compile(rf"\s*+,?\s*+(?:{year}\s++)?(?P<ln>{names})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


@functools.cache
def _lunar_gloss() -> Any:
    """Between a solar day and the same day in the lunar calendar: "(tức", ", nhằm"."""
    words = _alt(_words().raw["lunar_gloss"])
    return regex.compile(rf"\s*+[(,]\s*+{words}\s*+$", regex.IGNORECASE)


@functools.cache
def _school_year_noun(keys: tuple[str, ...] = ("school_year", "school_year_end")) -> Any:
    """The school year's words (or the words of ``keys``) opening a phrase, then a limit word
    ("năm học | trước ngày ...", "nhiệm kỳ | vào quý II/2028")."""
    w = _words()
    limits = _alt([k for k, cat in w.qualifier_cat.items() if cat != "context"])
    school = _alt([word for key in keys for word in w.raw[key]])
    return regex.compile(rf"(?:{school})\s++(?=(?:{limits})(?!\p{{L}}))", regex.IGNORECASE)


def _school_year_nouns(text: str, found: list[_Raw], keys: tuple[str, ...] | None = None) -> list[_Raw]:
    """"báo cáo tổng kết năm học trước ngày 15/6/2027": the school year names the report, not the
    time; the phrase starts at the limit word ("trước ngày 15/6/2027"), not "năm học trước ...",
    which reads as "the last school year". (So too a term of office naming the work: "sơ kết giữa
    nhiệm kỳ vào quý II/2028", ``keys`` ("term_nouns",).)"""
    pattern = _school_year_noun() if keys is None else _school_year_noun(keys)
    # (a term's limit may be a year too: "tổng kết nhiệm kỳ trong năm 2030")
    kinds = ("date", "datetime", "month", "quarter") if keys is None else ("date", "datetime", "month", "quarter",
                                                                            "half_year", "year")
    for r in found:
        m = pattern.match(text, r.start, r.end)
        if m is not None and r.kind in kinds:
            r.start = m.end()
    return found


@functools.cache
def _lunar_span_first() -> tuple[Any, Any, Any]:
    """(A span's first day, right before its last: "từ ngày mùng 10 ", "từ 23 ", "từ ngày 25 tháng Chạp "; the
    link to its last day: "đến", "tới"; the last day's number or full-moon word in its phrase.)"""
    raw = _words().raw
    cal, ev = raw["calendar"], raw["events"]
    months = _alt(ev["lunar_month_names"])
    first = regex.compile(
        rf"(?<!\p{{L}})(?:{_alt(cal['from'])})\s++(?:(?:{_alt(cal['day'])})\s++)?(?P<d>\d{{1,2}})(?!\p{{N}})"
        rf"(?:\s++(?P<mo>{months})(?!\p{{L}}))?\s*+$",
        regex.IGNORECASE,
    )
    link = regex.compile(rf"(?:{_alt(cal['to'])})(?!\p{{L}})", regex.IGNORECASE)
    full = _alt(ev["lunar_full_moon"])
    last = regex.compile(rf"(?<!\p{{N}})(?P<n>\d{{1,2}})(?!\p{{N}})|(?P<full>{full})", regex.IGNORECASE)
    return first, link, last


# (the longest span of lunar days read with both months said: two lunar months)
_LUNAR_SPAN = dt.timedelta(days=59)


def _lunar_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"từ ngày mùng 10 đến ngày 15 tháng Giêng", "từ ngày 23 đến 30 tháng Chạp": a span of days of
    one lunar month, the month said after the last only: the first day counted back from the last
    one's solar day (within one lunar month the days run as the solar ones)."""
    first_rx, link_rx, last_rx = _lunar_span_first()
    out: list[_Raw] = []
    for r in found:
        if (
            r.rule.startswith("event_lunar_day")
            and r.kind == "date"
            and r.due is not None
            and link_rx.match(text, r.start) is not None
        ):
            m = first_rx.search(text, max(0, r.start - 50), r.start)
            n = last_rx.search(text, r.start, r.end)
            if m is not None and m.group("mo") is not None:
                # "từ ngày 25 tháng Chạp đến mùng 10 tháng Giêng": the first day's month said too, the
                # first such lunar day in the two months before the last
                got = _lunar_first_month()[1].get(_key(m.group("mo")))
                last_solar = dt.date.fromisoformat(r.due[:10])
                near = _lunar_to_solar(None, got, int(m.group("d")), last_solar - _LUNAR_SPAN) if got else None
                if near is not None and near[0] < r.due[:10]:
                    while out and out[-1].end > m.start():
                        out.pop()
                    r.start, r.kind, r.qualifier = m.start(), "range", "from_to"
                    r.start_date, r.rule = near[0], r.rule + "+lunar_span"
            elif m is not None and n is not None:
                last_day = 15 if n.group("full") is not None else int(n.group("n"))
                if LUNAR_MONTH_END in r.rule:
                    last_day = 29
                first_day = int(m.group("d"))
                if 1 <= first_day < last_day:
                    while out and out[-1].end > m.start():
                        out.pop()  # (the first day read alone)
                    start = dt.date.fromisoformat(r.due) - dt.timedelta(days=last_day - first_day)
                    r.start, r.kind, r.qualifier = m.start(), "range", "from_to"
                    r.start_date, r.rule = start.isoformat(), r.rule + "+lunar_span"
        out.append(r)
    return out


@functools.cache
def _school_week_before() -> Any:
    """Right before a school year: its week's number ("tuần 18 của ", "tuần thứ 35 ")."""
    raw = _words().raw
    sw = raw["school_weeks"]
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(raw['current_period']['week'])})\s++(?:(?:{_alt(sw['lead'])})\s++)?"
        rf"(?P<n>\d{{1,2}})(?!\p{{N}})\s*+,?\s*+(?:(?:{_alt(sw['of'])})\s++)?$",
        regex.IGNORECASE,
    )


@functools.cache
def _school_week_named() -> tuple[Any, Any]:
    """(Right before a school year: its first or last week ("tuần đầu của ", "tuần cuối cùng "), the
    named week in the group "first" or "last"; right before its close ("tuần " before "cuối năm học").)"""
    raw = _words().raw
    sw, week = raw["school_weeks"], _alt(raw["current_period"]["week"])
    named = "|".join(f"(?P<{k}>{_alt(sw['named'][k])})" for k in ("first", "last"))
    return (
        regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){week}\s++(?:{named})\s*+,?\s*+(?:(?:{_alt(sw['of'])})\s++)?$",
            regex.IGNORECASE,
        ),
        regex.compile(rf"(?<![\p{{L}}\p{{N}}]){week}\s++$", regex.IGNORECASE),
    )


def _school_week_ends(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong tuần cuối của năm học 2026 - 2027", "vào tuần cuối năm học ...", "tuần đầu tiên của năm
    học ...": the school year's first week (as week 1, see ``school_weeks``) or the week of its close,
    vague, due by the week's Sunday, by the close for its last ("trước": the Sunday before it)."""
    named, before_end = _school_week_named()
    out: list[_Raw] = []
    for r in found:
        m, last = None, False
        if r.rule == "school_year" and r.kind == "range" and r.start_date is not None and r.due is not None:
            m = named.search(text, max(0, r.start - 30), r.start)
            last = m is not None and m.group("last") is not None
        elif r.rule == "school_year_end" and r.due is not None:
            m = before_end.search(text, max(0, r.start - 12), r.start)
            last = True
        if m is None or r.due is None:
            out.append(r)
            continue
        while out and out[-1].end > m.start():
            out.pop()  # (a limit read alone before the week)
        if last:
            close = dt.date.fromisoformat(r.due[:10])
            monday, sunday = close - dt.timedelta(days=close.weekday()), close
        else:
            assert r.start_date is not None
            monday = _week_one(int(r.start_date[:4]))
            sunday = monday + dt.timedelta(days=6)
        out.append(_week_phrase(text, m.start(), r.end, monday, sunday))
    return out


def _week_one(year: int) -> dt.date:
    """The Monday of a school year's first week (the week holding its opening day, time words
    ``school_weeks.opening``), the year the school year opens."""
    opening = dt.date(year, *(int(x) for x in _words().raw["school_weeks"]["opening"]))
    return opening - dt.timedelta(days=opening.weekday())


def _week_phrase(text: str, start: int, end: int, monday: dt.date, sunday: dt.date) -> _Raw:
    """The school week read from ``start`` to ``end`` (its Monday and its Sunday), with the limit
    word right before it ("trong", "trước"): vague, due by its Sunday, "trước": the Sunday before."""
    q = None
    c = _period_days()[1].search(text, max(0, start - 30), start)
    if c is not None:
        start, q = c.start(), _qualifier(_chain_cats(c.group()), "vague")
    due = monday - dt.timedelta(days=1) if q == "before" else sunday
    return _Raw(start, end, "vague", q, due.isoformat(), "school_week")


def _school_weeks(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong tuần 18 của năm học 2026 - 2027": a week of the school year read (see ``school_weeks``
    of the time words), vague, due by its Sunday (a limit "trước": the Sunday before it); a week
    after the Tết break, no day."""
    pattern = _school_week_before()
    sw = _words().raw["school_weeks"]
    out: list[_Raw] = []
    for r in found:
        m, first = None, r.start_date
        if r.rule == "school_year" and r.kind == "range" and first is not None:
            m = pattern.search(text, max(0, r.start - 30), r.start)
        if m is None or first is None or not 1 <= int(m.group("n")) <= int(sw["max"]):
            out.append(r)
            continue
        while out and out[-1].end > m.start():
            out.pop()  # (the week's number read alone)
        monday = _week_one(int(first[:4])) + dt.timedelta(weeks=int(m.group("n")) - 1)
        week = _week_phrase(text, m.start(), r.end, monday, monday + dt.timedelta(days=6))
        tet = _lunar_calendar().get(int(first[:4]) + 1)
        if tet is None or monday + dt.timedelta(days=6 + int(sw["tet_gap_days"])) >= tet[0][0]:
            week.due = None  # (past the Tết break, whose weeks are not counted)
        out.append(week)
    return out


def _lunar_days(text: str, found: list[_Raw], doc_date: dt.date | None) -> list[_Raw]:
    """"trước ngày 15/8 âm lịch": a lunar day, not 15 August: its solar day from the lunar
    calendar's table, of the lunar year written ("ngày 10/3 âm lịch năm 2027", "ngày 10/3/2027 âm
    lịch", "ngày 21 tháng 10 năm Bính Ngọ") or, with none, the coming one in a plan signed for the
    season; else unresolved (vague), its words kept ("trước ngày 15 tháng Chạp âm lịch": the mark
    joins the lunar month's day). A lunar month ("trong tháng 11 âm lịch", "cuối tháng 11 âm
    lịch"): its days, the same way. A lunar day that glosses the solar day before it ("ngày
    15/7/2026 (tức ngày 01/6 âm lịch)") is no time of its own."""
    marked = "m l" in text or "M L" in text or "ÂL" in text  # ("âm lịch", "ÂM LỊCH", "ÂL")
    if not marked and not any(r.month_day is not None for r in found):
        return found
    out: list[_Raw] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue  # (the year after the mark, read with it)
        if r.rule.split("+")[0] in ("event_lunar_month", "event_lunar_day"):
            # (a day of the first or last lunar month, already read in the lunar calendar)
            m = _lunar_mark().match(text, r.end)
            if m is not None:
                r.end = m.end()
            out.append(r)
            continue
        out.append(r)
        if r.kind == "range" and r.rule.startswith("range_date") and r.start_date is not None and marked:
            # "từ ngày 01/3 đến ngày 10/3 âm lịch năm 2027": a span of lunar days
            m = _lunar_mark().match(text, r.end)
            if m is not None:
                _lunar_range(m, r, doc_date)
            continue
        if r.rule.startswith("event_new_year") and marked:
            # (helper 55) "trước Tết âm lịch": the mark names the holiday's calendar, its solar day
            # already found (not a lunar day to turn into a solar one)
            m = _lunar_mark().match(text, r.end)
            if m is not None:
                r.end = m.end()
                year = str(_int(m, "ly") or "")  # ("Tết Nguyên đán (âm lịch) năm 2026": that year's)
                day = _words().raw["events"]["lunar_new_year"]["days"].get(int(year)) if year else None
                if day is not None and r.due is not None:
                    r.due, r.year_inferred = str(day) + r.due[10:], False
            continue
        month_like = r.kind == "month" or (r.kind == "vague" and r.rule == "part_of_month")
        if (r.due is None and r.month_day is None and not month_like) or not (
            r.kind in ("date", "datetime") or month_like
        ):
            continue
        m = _lunar_mark().match(text, r.end) if marked else None
        if m is None and r.month_day is not None and r.kind in ("date", "datetime"):
            # "ngày 21 tháng 10 năm Bính Ngọ": a day and month with the lunar year's name
            m = _lunar_year_after().match(text, r.end)
        if m is None:
            continue
        solar = _lunar_solar(m, r, doc_date)
        r.end, r.month_day, r.rule = m.end(), None, r.rule + "+lunar"
        if solar is not None and solar[2]:
            r.rule += LUNAR_MONTH_END
        if solar is None:
            r.kind, r.due, r.year_inferred = "vague", None, False
        else:
            r.due, r.year_inferred = solar[0] + (r.due[10:] if r.due is not None else ""), solar[1]
        prev = out[-2] if len(out) > 1 else None
        if (
            prev is not None
            and prev.kind in ("date", "datetime")
            and prev.due is not None
            and _lunar_gloss().search(text, prev.end, r.start) is not None
        ):
            out.pop()  # the solar day's gloss
    return out


def _lunar_range(m: Any, r: _Raw, doc_date: dt.date | None) -> None:
    """A span of days marked lunar after its last ("từ ngày 01/3 đến ngày 10/3 âm lịch năm 2027"):
    both ends read in the lunar calendar (the year written, or the coming span); else vague."""
    assert r.start_date is not None and r.due is not None
    year = int(_grp(m, "ly") or 0) or None
    (fm, fd), (lm, ld) = (int(r.start_date[5:7]), int(r.start_date[8:10])), (int(r.due[5:7]), int(r.due[8:10]))
    last = _lunar_to_solar(year, lm, ld, doc_date)
    first = None
    if last is not None:
        # (the first day of the same lunar year: the span ends on its last day, within a year)
        lunar_year = year
        if lunar_year is None:
            for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1) if doc_date is not None else ():
                if _lunar_to_solar(y, lm, ld, None) == (last[0], False):
                    lunar_year = y
        got = _lunar_to_solar(lunar_year, fm, fd, None) if lunar_year is not None else None
        if got is not None and got[0] > last[0] and lunar_year is not None:
            got = _lunar_to_solar(lunar_year - 1, fm, fd, None)  # ("từ 25/12 đến 06/01 âm lịch": over Tết)
        first = got[0] if got is not None and got[0] <= last[0] else None
    r.end, r.rule = m.end(), r.rule + "+lunar"
    if last is None or first is None:
        r.kind, r.qualifier, r.due, r.start_date, r.year_inferred = "vague", None, None, None, False
        return
    r.start_date, r.due, r.year_inferred = first, last[0], last[1]


def _lunar_solar(m: Any, r: _Raw, doc_date: dt.date | None) -> tuple[str, bool, bool] | None:
    """The solar day (and whether its year was inferred) of a time read in the solar calendar
    then marked lunar by ``m`` (the mark and a year after it, or the lunar year's name): its month
    and day as written, of the lunar year written; a month's part or the whole month, by its last
    day (or its 10th, its 15th: "đầu", "giữa tháng")."""
    if r.month_day is not None:
        mo, day, year = r.month_day[0], r.month_day[1], None
    elif r.due is not None:
        mo, day, year = int(r.due[5:7]), int(r.due[8:10]), None if r.year_inferred else int(r.due[:4])
    else:
        return None
    written = _grp(m, "ly") or None
    if written is not None:
        year = int(written)
    elif _grp(m, "ln") is not None:
        year = _year_names().get(_key(_grp(m, "ln") or ""))
        if year is None:
            return None
    if r.kind not in ("date", "datetime"):
        end = _last_day(2023, mo)
        lunar_day = None if day >= end else day  # (the whole month or its end: the lunar month's last day)
        whole = _lunar_to_solar(year, mo, lunar_day, doc_date)
        return (whole[0], whole[1], False) if whole is not None else None
    return _lunar_day_or_last(year, mo, day, doc_date)


@functools.cache
def _more_years() -> Any:
    """Years listed right after a year ("Năm 2026, 2027", "trong các năm 2026, 2027 và 2028"), each
    followed by a punctuation mark, the end or a link (not "2027 học sinh", a count)."""
    raw = _words().raw
    links, year = _alt(raw["date_list_links"]), _alt(raw["calendar"]["year"])
    end = rf"(?=[ \t]*+(?:[.,;:)\]|\n]|$|(?:{links})\s))"
    return regex.compile(
        rf"(?:{list_gap().pattern})(?P<item>(?:{year}\s++)?(?P<y>(?:19|20)\d{{2}}))(?![\p{{L}}\p{{N}}/\-]){end}",
        regex.IGNORECASE,
    )


def _listed_years(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Năm 2026, 2027" (a table's time cell), "trong các năm 2026, 2027": each year its own, with
    the first's qualifier (before: the first year alone)."""
    pattern = _more_years()
    for i, r in enumerate(found):
        if r.kind != "year" or r.due is None or r.items or r.rule != "year":
            continue
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        items: list[tuple[int, int, str]] = [(r.start, r.end, r.due)]
        pos = r.end
        while (m := pattern.match(text, pos, limit)) is not None:
            y = int(m.group("y"))
            if y <= int(items[-1][2][:4]):
                break  # (out of turn: "năm 2027, 2026")
            items.append((m.start("item"), m.end(), f"{y}-12-31"))
            pos = m.end()
        if len(items) > 1:
            r.items = items
    return found


def _split_items(found: list[_Raw]) -> list[_Raw]:
    """A list of months or quarters read as its items ("tháng 3, 6, 9, 12/2026": four months), each
    its own expression with the list's qualifier."""
    if not any(r.items for r in found):
        return found
    out: list[_Raw] = []
    for r in found:
        if not r.items:
            out.append(r)
            continue
        for s, e, due in r.items:
            out.append(_Raw(s, e, r.kind, r.qualifier, due, r.rule, year_inferred=r.year_inferred))
    return out


@functools.cache
def _cycle_list_after() -> Any:
    """Further cycles listed right after a cycle word: ", quý, 6 tháng, năm", ", hằng tuần"."""
    raw = _words().raw
    cl = raw["cycle_list"]
    item = (
        rf"(?:{_alt(cl['each'])}\s++)?(?:{_alt(cl['nouns'])})"
        rf"(?![\p{{L}}\p{{N}}])(?!\s*+(?:[\p{{N}}/]|{_alt(cl['not_before'])}(?![\p{{L}}])))"
    )
    # ("hằng ngày/hằng tuần": after a slash, only a cycle with its "hằng")
    marks = "".join(regex.escape(str(x)) for x in cl["marks"])
    each = rf"(?={_alt(cl['each'])}\s)"
    return regex.compile(
        rf"(?:(?:{list_gap().pattern}|\s*+[{marks}]\s*+{each}){item})+", regex.IGNORECASE
    )


@functools.cache
def _daily_duty() -> Any:
    """"cập nhật tình hình dịch bệnh hằng ngày", "báo cáo hằng ngày trước 10 giờ" (see the word file)."""
    raw = _words().raw
    dd, cal = raw["daily_duty"], raw["calendar"]
    gap = int(dd["gap"])
    time = rf"(?P<lead>{_alt(dd['time_leads'])})\s++{_clock(cal)}"
    return regex.compile(
        rf"(?:(?<![\p{{L}}])(?<!(?:{_alt(dd['not_after'])})\s++)(?:{_alt(dd['verbs'])})(?:\s++[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-]*+){{0,{gap}}}?\s++"
        rf"(?P<d>{_alt(raw['daily'])})(?![\p{{L}}\p{{N}}])(?:\s*+[,(]?\s*+{time}\)?)?"
        rf"|(?<![\p{{L}}])(?P<d2>{_alt(raw['daily'])})\s*+[,(]?\s*+{time}\)?)",
        regex.IGNORECASE,
    )


@functools.cache
def _daily_far() -> tuple[Any, Any, Any, Any, Any, int]:
    """"báo cáo tình hình thiệt hại trên địa bàn về Ban Chỉ huy hằng ngày.": the daily word ending a
    clause (not after a word it qualifies), the verbs, the words that may stand between (commas
    allowed; not a purpose or a passive: ``far_not_across``), and how many (``far_gap``)."""
    raw = _words().raw
    dd = raw["daily_duty"]
    # (the word first, what stands before it checked on a match: a pattern opening with a look-back
    # is tried at every position)
    daily = regex.compile(
        rf"(?:{_alt(raw['daily'])})(?=\s*+(?:[.;!?\n]|\Z|(?:{_alt(dd['far_tail'])})\s++[^.;!?\n]{{1,80}}(?:[.;!?\n]|\Z)))",
        regex.IGNORECASE,
    )
    qualified = regex.compile(rf"(?:\p{{L}}|(?<![\p{{L}}])(?:{_alt(dd['far_not_after'])})\s++)$", regex.IGNORECASE)
    verb = regex.compile(
        rf"(?<![\p{{L}}])(?<!(?:{_alt(dd['not_after'])})\s++)(?:{_alt(dd['verbs'])})", regex.IGNORECASE
    )
    between = regex.compile(r"(?:(?:\s*+,)?\s++[\p{L}\p{N}][\p{L}\p{N}\-/]*+)++\s++")
    across = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(dd['far_not_across'])})", regex.IGNORECASE)
    return daily, qualified, verb, between, across, int(dd["far_gap"])


@functools.cache
def _daily_far_time() -> Any:
    """(session 44) The hour right before a far daily word ("vào 15 giờ", "vào lúc 16h30"), to the word."""
    raw = _words().raw
    dd, cal = raw["daily_duty"], raw["calendar"]
    return regex.compile(rf"(?<![\p{{L}}])(?:{_alt(dd['far_time_leads'])})\s++{_clock(cal)}\s++$", regex.IGNORECASE)


_CLAUSE_MARKS = ".;:!?\n("


@functools.cache
def _daily_gate() -> tuple[str, ...]:
    """What a text holding a daily word holds: its last letters in small letters, capitals, and
    with a capital day ("ng ngày", "NG NGÀY", "ng Ngày", "ỗi ngày", ...)."""
    out: set[str] = set()
    for w in _words().raw["daily"]:
        first, _, last = str(w).rpartition(" ")
        tail = f"{first[-2:]} {last}"
        out.update((tail, tail.upper(), f"{first[-2:]} {last.capitalize()}"))
    return tuple(sorted(out))


@functools.cache
def _daily_alone() -> Any:
    """"Hằng ngày" as a whole time value: a table's time cell, or after a label's colon at the end
    ("Thời gian thực hiện: Hằng ngày") — a daily duty, as a "Hằng năm" cell is a yearly one."""
    # (or the first of its items: "Thời gian: Hằng ngày, báo cáo tổng hợp hằng tuần")
    raw = _words().raw
    before = _alt(raw["daily_duty"]["alone_after"])
    return regex.compile(
        rf"(?:^|:)[\s*_\-–]*+(?:{before}\s*+[,;]?\s*+)?(?P<d>{_alt(raw['daily'])})[\s*_]*+(?:[.;]?[\s*_]*+$|[,/])",
        regex.IGNORECASE,
    )


@functools.cache
def _daily_later() -> Any:
    """(helper 106) The limit's clock time a few words after a daily duty's word, in its clause, with
    no day after it ("báo cáo nhanh kết quả hằng ngày về Sở Công Thương trước 16 giờ"; see the word
    file's ``daily_duty.later_gap``)."""
    raw = _words().raw
    dd, cal = raw["daily_duty"], raw["calendar"]
    leads = _alt(dd["time_leads"])
    return regex.compile(
        rf"(?:[\s,]++(?!(?:{leads})\s)[^\s.;:!?\n]++){{0,{int(dd['later_gap'])}}}?[\s,]++"
        rf"(?P<lead>{leads})\s++{_clock(cal)}(?![\p{{L}}\p{{N}}])"
        rf"(?![\s,(]*+(?:(?:{_alt(dd['later_not_before'])})(?!\p{{L}})|\p{{N}}))",
        regex.IGNORECASE,
    )


def _daily_duties(text: str, found: list[_Raw]) -> list[_Raw]:
    """A daily duty with no time before its cycle word: "theo dõi, cập nhật tình hình hằng ngày",
    "báo cáo số ca mắc hằng ngày trước 10 giờ" (freq daily, the time when one is given)."""
    if not any(g in text for g in _daily_gate()):
        return found
    added: list[_Raw] = []
    starts = [r.start for r in found]  # (sorted, the items apart: a look-up per match, not a scan)

    def taken(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)
        if k and found[k - 1].end > start:
            return True
        return any(r.start < end and start < r.end for r in added[-2:])

    alone = _daily_alone().search(text) if len(text) < 400 else None
    # ((helper 106) not when its time follows it: "Hằng ngày, trước 15 giờ" in a time cell is due by then)
    if (
        alone is not None
        and not taken(alone.start("d"), alone.end("d"))
        and _daily_duty().match(text, alone.start("d")) is None
    ):
        d0, d1 = alone.span("d")
        added.append(_Raw(d0, d1, "recurring", None, None, "recur_daily_alone", recurrence=Recurrence(freq="daily"),
                          bare="daily"))
    for m in _daily_duty().finditer(text):
        group = "d" if m.group("d") is not None else "d2"
        start, end = m.start(group), m.end()
        if taken(start, end):
            continue
        time = None
        later = _daily_later().match(text, end) if m.group("h") is None else None
        if later is not None and not taken(end, later.end()):
            end, m = later.end(), later  # ((helper 106) its limit a few words on, read as its own)
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("i") or 0)
            if h > 24 or mi > 59:
                continue
            time = f"{h:02d}:{mi:02d}"
        q = "before" if time is not None else None
        rec = Recurrence(freq="daily", time=time)
        added.append(_Raw(start, end, "recurring", q, None, "recur_daily_duty", recurrence=rec,
                          bare="daily" if time is None else None))
    far_daily, qualified, far_verb, between, across, far = _daily_far()
    near = sorted(added, key=lambda r: r.start)
    near_starts = [r.start for r in near]
    for m in far_daily.finditer(text):
        start, end = m.span()
        k = bisect.bisect_left(near_starts, end)
        if taken(start, end) or (k and near[k - 1].end > start):
            continue
        if qualified.search(text, max(0, start - 30), start) is not None:
            continue  # (inside a word, or after a word it qualifies: "sinh hoạt hằng ngày")
        lo = max(0, start - 400)
        lo = max([lo, *(text.rfind(c, lo, start) + 1 for c in _CLAUSE_MARKS)])  # the clause's start
        verb_end = -1
        for v in far_verb.finditer(text, lo, start):
            verb_end = v.end()  # (the last one, nearest the daily word)
        if verb_end < 0:
            continue
        gap = text[verb_end:start]
        if between.fullmatch(gap) is None or len(gap.replace(",", " ").split()) > far or across.search(gap):
            continue
        hour = _daily_far_time().search(text, max(verb_end, start - 30), start)
        if hour is not None and int(hour.group("h")) < 24 and int(hour.group("i") or 0) < 60:
            at = f"{int(hour.group('h')):02d}:{int(hour.group('i') or 0):02d}"
            added.append(_Raw(hour.start(), end, "recurring", "on", None, "recur_daily_duty",
                              recurrence=Recurrence(freq="daily", time=at)))
            continue
        added.append(_Raw(start, end, "recurring", None, None, "recur_daily_duty", recurrence=Recurrence(freq="daily"),
                          bare="daily"))
    return sorted(found + added, key=lambda r: r.start) if added else found


@functools.cache
def _frequency() -> tuple[Any, Any, dict[str, int], dict[str, int]]:
    """A count per period ("2 lần/năm", "mỗi quý một lần"), the ceiling words before it, and the
    counts and periods' months by their folded words."""
    fq = _words().raw["frequency"]
    counts = {_key(str(k)): int(v) for k, v in fq["counts"].items()}
    periods = {_key(str(k)): int(v) for k, v in fq["periods"].items()}
    num = rf"(?:\d{{1,2}}(?!\p{{N}})|{_alt(fq['counts'])})"
    per = _alt(fq["periods"])
    times = _alt(fq["times"])
    count = _count_per(f"(?P<n>{num})", f"(?P<p>{per})")
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(_words().raw['recurrence']['periodic'])}\s++)?(?:{count}"
        rf"|{_alt(fq['each'])}\s++(?P<p2>{per})\s++(?P<n2>{num})\s++{times})"
        r"(?![\p{L}\p{N}])(?!\s*+[/.\-]?\s*+\p{N})",
        regex.IGNORECASE,
    )
    ceiling = regex.compile(rf"(?:{_alt(fq['not_after'])})\s*+$", regex.IGNORECASE)
    return pattern, ceiling, counts, periods


def work_before(text: str, at: int) -> bool:
    """(helper 105) A verb of work (data timewords.yaml frequency.work_verbs) right before ``at``, its
    object at most between ("phát sóng chuyên mục X 02 lần/tuần"), in the last 60 characters."""
    return _work_verb().search(text, max(0, at - 60), at) is not None


@functools.cache
def _work_verb() -> Any:
    verbs = _alt(_words().raw["frequency"]["work_verbs"])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{verbs})(?!\p{{L}})[^.;:,()\n]{{0,50}}$", regex.IGNORECASE)


@functools.cache
def _periodic_lead() -> Any:
    """The "định kỳ" a count per period may open with."""
    return regex.compile(rf"(?:{_alt(_words().raw['recurrence']['periodic'])})\s", regex.IGNORECASE)


def _period_cycle(months: int) -> Recurrence:
    """(helper 102) The cycle of a whole period of ``months`` months (a count in it that does not
    split it evenly: at least once each period)."""
    if months == 1:
        return Recurrence(freq="monthly")
    if months == 12:
        return Recurrence(freq="yearly")
    return Recurrence(freq="periodic", interval_months=months)


def _frequencies(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo 02 lần/năm", "mỗi quý một lần": the cycle of the period over the count (every 6
    months for twice a year), read as a cycle word; the cycle word inside it ("mỗi quý") is part
    of it."""
    pattern, ceiling, counts, periods = _frequency()
    added: list[_Raw] = []
    for m in pattern.finditer(text):
        n_text = m.group("n") or m.group("n2")
        n = int(n_text) if n_text.isdigit() else counts.get(_key(n_text), 0)
        months = periods.get(_key(m.group("p") or m.group("p2")), -1)
        if n < 1 or ceiling.search(text, max(0, m.start() - 20), m.start()) is not None:
            continue
        # (helper 102) a count that does not split its period into whole months ("định kỳ 02
        # lần/tháng", "định kỳ 3 lần/tuần") is a duty of every period when "định kỳ" says so; alone
        # ("tập luyện 3 lần/tuần") it only tells how often
        uneven = (months == 0 and n != 1) or (months > 0 and months % n != 0)
        # ((helper 105) or after a verb of work: "phát sóng 03 lần/tuần")
        if uneven and _periodic_lead().match(m.group()) is None and not work_before(text, m.start()):
            continue
        if months == 0:  # a week: once a week (or, after "định kỳ", more often)
            rec, bare = Recurrence(freq="weekly"), "weekly"
        elif months < 0:
            continue
        elif uneven:
            rec = _period_cycle(months)
            bare = rec.freq
        elif months // n == 12:
            rec, bare = Recurrence(freq="yearly"), "yearly"
        elif months // n == 1:
            rec, bare = Recurrence(freq="monthly"), "monthly"
        else:
            rec, bare = Recurrence(freq="periodic", interval_months=months // n), "periodic"
        added.append(_Raw(m.start(), m.end(), "recurring", None, None, "recur_frequency", recurrence=rec, bare=bare))
    if not added:
        return found
    # a cycle word inside a count ("mỗi quý" of "mỗi quý một lần") is part of it; anything else
    # found over a count keeps its reading and the count is dropped
    starts = [a.start for a in added]
    kept: list[_Raw] = []
    for r in found:
        k = bisect.bisect_right(starts, r.start) - 1
        a = added[k] if k >= 0 else None
        if a is not None and a.start <= r.start and r.end <= a.end and _undated_cycle(r):
            continue
        kept.append(r)
    ends = [r.end for r in kept]  # (sorted: the expressions found do not overlap)
    kept_starts = [r.start for r in kept]
    for a in added:
        k = bisect.bisect_left(kept_starts, a.end)
        if k and ends[k - 1] > a.start:
            continue
        kept.append(a)
    return sorted(kept, key=lambda r: r.start)


_LISTED_CYCLES = ("recur_bare", "recur_daily", "recur_periodic", "recur_daily_duty", "recur_daily_alone")
_LONGER_CYCLES = ("periodic", "quarterly", "yearly")
_LIST_CLOSES = regex.compile(r"\s*+(?:[.;:,()\n]|$)")


def _following(found: list[_Raw], i: int, end: int) -> list[_Raw]:
    """The expressions after ``found[i]`` (sorted by start) that start before ``end``."""
    out: list[_Raw] = []
    for b in itertools.islice(found, i + 1, None):
        if b.start >= end:
            break
        out.append(b)
    return out


def _cycle_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"báo cáo định kỳ hằng tháng, quý, 6 tháng, năm", "định kỳ hằng ngày, hằng tuần": a cycle word
    and the cycles listed after it are one duty, read with the first one's cycle; the cycle words
    of the list read on their own are part of it."""
    absorbed: set[int] = set()
    for i, r in enumerate(found):
        # ((helper 93) or a day of every month, then longer cycles: "trước ngày 25 hằng tháng, hằng
        # quý" is one duty on that day, every quarter's report falling on a month's)
        monthly_day = r.rule == "recur_monthly_day"
        if (r.rule not in _LISTED_CYCLES and not monthly_day) or id(r) in absorbed:
            continue
        m = _cycle_list_after().match(text, r.end)
        if m is None:
            continue
        inside = _following(found, i, m.end())
        if any(b.end > m.end() or b.rule not in _LISTED_CYCLES for b in inside):
            continue
        if monthly_day and not (
            all(b.recurrence is not None and b.recurrence.freq in _LONGER_CYCLES for b in inside)
            and _LIST_CLOSES.match(text, m.end()) is not None  # (not a cycle opening a duty of its own)
        ):
            continue
        absorbed.update(id(b) for b in inside)
        r.end = m.end()
        r.rule += "+cycle_list"
    return [r for r in found if id(r) not in absorbed] if absorbed else found


def _undated_cycle(r: _Raw) -> bool:
    rec = r.recurrence
    return r.kind == "recurring" and (rec is None or (rec.monthday is None and rec.weekday is None))


@functools.cache
def _quarter_report_label() -> Any:
    """A quarter's (or nine months') report named by its period with no year, right before a day
    and month with no year: "báo cáo quý I | trước ngày 15/3", "quý II gửi | trước ngày 15/6"."""
    pr = _words().raw["periodic_reports"]
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(pr['labelled'])})(?!\s*+[/\-.]\s*+\p{{N}})[^.;:\n\d()]{{0,32}}$",
        regex.IGNORECASE,
    )


def _quarter_report_days(text: str, found: list[_Raw]) -> None:
    """"Báo cáo quý I trước ngày 15/3, quý II trước ngày 15/6, quý III trước ngày 15/9": days with
    no year each after a quarter's report named with no year, two of them or more in a paragraph,
    are a reporting regime: each comes back every year (rule ``+quarter_reports``). One alone
    ("gửi báo cáo quý I trước ngày 15/3") may be this year's one report and is left as it is."""
    label = _quarter_report_label()
    days = [
        r for r in found
        if r.kind == "date" and r.month_day is not None
        and label.search(text, max(0, r.start - 48), r.start) is not None
    ]
    if len(days) < 2:
        return
    for r in days:
        assert r.month_day is not None
        month, day = r.month_day
        r.kind, r.due, r.year_inferred = "recurring", None, False
        r.recurrence = Recurrence(freq="yearly", monthday=day, month=month)
        r.rule += "+quarter_reports"


def _yearly_context(text: str, found: list[_Raw]) -> list[_Raw]:
    _quarter_report_days(text, found)
    absorbed: set[int] = set()
    near = _Near(found)  # (the expressions between a lead and its day: a binary search, not all read)
    prev: _Raw | None = None  # the last day made yearly
    for r in found:
        if r.kind != "date" or r.month_day is None:
            continue
        if prev is not None and list_gap().fullmatch(text, prev.end, r.start) is not None:
            # "... trước ngày 15 tháng 6 và ngày 15 tháng 12": listed after a day of the cycle
            month, day = r.month_day
            r.kind, r.due = "recurring", None
            r.recurrence = Recurrence(freq="yearly", monthday=day, month=month)
            r.rule += "+yearly_context"
            prev = r
            continue
        prev = None
        lead = _yearly_lead().search(text, max(0, r.start - 108), r.start)
        if (
            lead is not None
            and lead.group("listed") is not None
            and _months_after()[1].match(text, r.end, r.end + _MONTH_LIST_REACH) is None
        ):
            lead = None  # ("Các xã kiểm tra định kỳ trước ngày 15/12": a check due once)
        if lead is None:
            if _yearly_trail().match(text, r.end, r.end + 80) is None and (
                not text[max(0, r.start - 3) : r.start].rstrip().endswith("(")
                or _yearly_bracket().search(text, max(0, r.start - 24), r.start) is None
            ):
                continue
            month, day = r.month_day
            r.kind, r.due = "recurring", None
            r.recurrence = Recurrence(freq="yearly", monthday=day, month=month)
            r.rule += "+yearly_context"
            continue
        month, day = r.month_day
        r.kind, r.due = "recurring", None
        if lead.group("bare") is not None or lead.group("listed") is not None:
            r.year_inferred = False  # (no year to guess: as "trước ngày 20/6 và 20/11 hằng năm")
        r.recurrence = Recurrence(freq="yearly", monthday=day, month=month)
        r.rule += "+yearly_context"
        prev = r
        # the bare marker ("hằng năm", "Định kỳ 6 tháng") is now part of this deadline
        absorbed.update(
            id(b) for b in near.starting(lead.start(), r.start + 1) if _undated_cycle(b) and b.end <= r.start
        )
    return [r for r in found if id(r) not in absorbed]


_REFINE_GAP = regex.compile(r"\s*,\s*|\s*+(?P<open>\()\s*+")


def _inside(period: _Raw, r: _Raw) -> bool:
    """Does ``period`` (a month, a quarter, a half-year or a year) hold the day or month ``r`` (both
    dated in the same year, or both without a year)?"""
    if period.due and r.due:
        if period.due[:4] != r.due[:4]:
            return False
        last, month = int(period.due[5:7]), int(r.due[5:7])
    elif period.month_day is not None and r.month_day is not None and not (period.due or r.due):
        last, month = period.month_day[0], r.month_day[0]
    else:
        return False
    # (the months before the period's last one it holds: a quarter's two, a half-year's five, a year's eleven)
    return last - _PERIOD_MONTHS.get(period.kind, 0) <= month <= last


_PERIOD_MONTHS = {"quarter": 2, "half_year": 5, "year": 11}


def _refinements(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong Quý II, chậm nhất tháng 6", "trong quý III, chậm nhất ngày 15/9", "trong năm 2026,
    chậm nhất ngày 31/12/2026", "trong 6 tháng đầu năm 2027, chậm nhất trong quý I": a period and,
    after a comma, the limit inside it are one expression, due at the limit."""
    out: list[_Raw] = []
    for r in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("quarter", "month", "half_year", "year")
            # (a year or a half: with its own qualifier, "trong năm 2026" — said bare it names an object's
            # period, "danh mục hồ sơ năm 2026, hoàn thành trước ..." —, then a bound, "chậm nhất")
            and (prev.kind in ("quarter", "month") or (prev.qualifier is not None and r.qualifier == "by"))
            and r.qualifier in ("by", "before")
            and (r.kind in ("date", "datetime", "month") or (r.kind == "quarter" and prev.kind != "quarter"))
            and _inside(prev, r)
            and (gap := _REFINE_GAP.fullmatch(text, prev.end, r.start)) is not None
            # "trong quý IV/2026 (trước ngày 15/12/2026)": the limit in brackets, closed right after it
            # (one that restates the period's end, "trong tháng 6/2026 (xong trước 30/6)", is left alone)
            and (
                gap.group("open") is None
                or (_CLOSE.match(text, r.end, r.end + 8) is not None and (r.due or "")[:10] < (prev.due or "")[:10])
            )
        ):
            end = r.end if gap.group("open") is None else _CLOSE.match(text, r.end, r.end + 8).end()
            prev.end, prev.kind, prev.qualifier, prev.due = end, r.kind, r.qualifier, r.due
            prev.month_day, prev.rule = r.month_day, prev.rule + "+refined"
            continue
        out.append(r)
    return out


@functools.cache
def _yearly_opening() -> Any:
    """A paragraph that opens with a yearly cycle ("Hằng năm, ...", "- Định kỳ hằng năm, ...")."""
    rec = _words().raw["recurrence"]
    return regex.compile(
        rf"^[\s*_]*+(?:[-+•–]\s*+|\d{{1,2}}(?:\.\d{{1,2}}){{0,5}}[.)]\s*+|[a-zđ]\)\s*+)?"
        rf"(?:{_alt(rec['periodic'])}\s+)?{_alt(rec['yearly'])}",
        regex.IGNORECASE,
    )


@functools.cache
def _years_after() -> Any:
    """", và các năm tiếp theo" right after a day or a month written with its year."""
    after = _alt(_words().raw["yearly_from_first"])
    return regex.compile(rf"[\s*_]*+(?:,\s*+)?(?:{after})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _yearly_from_first(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 10/6/2026 và các năm tiếp theo", "trong tháng 6 năm 2026 và những năm tiếp theo":
    that day (or month) of every year, the first one named: recurring yearly, its first occurrence
    ``start_date`` (rule ``+years_after``; a year alone so followed stays an open period)."""
    for r in found:
        if r.kind not in ("date", "datetime", "month") or r.due is None or r.year_inferred or r.recurrence is not None:
            continue
        m = _years_after().match(text, r.end, r.end + 40)
        if m is None:
            continue
        month, day = int(r.due[5:7]), int(r.due[8:10])
        time = r.due[11:16] if r.kind == "datetime" else None
        r.start_date, r.due, r.kind, r.end = r.due[:10], None, "recurring", m.end()
        r.recurrence = Recurrence(freq="yearly", monthday=day, month=month, time=time)
        r.rule += "+years_after"
    return found


_START_GAP = regex.compile(r"[\s*_]*+(?:[,(]\s*+)?")


@functools.cache
def _year_start() -> Any:
    """"bắt đầu từ năm 2027", "kể từ năm 2027": the year a yearly duty starts, as the scan read it."""
    return regex.compile(rf"(?:{_alt(_words().raw['yearly_start_leads'])})\s", regex.IGNORECASE)


def _yearly_start(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trước ngày 15/12 hằng năm, bắt đầu từ năm 2027": a yearly day, then the year it starts in:
    one expression, its first occurrence ``start_date`` (2027-12-15; rule ``+year_start``)."""
    absorbed: set[int] = set()
    for r, b in itertools.pairwise(found):
        rec = r.recurrence
        if r.kind != "recurring" or rec is None or rec.freq != "yearly" or rec.month is None or r.start_date:
            continue
        if b.kind != "year" or b.due is None or b.year_inferred or _year_start().match(text, b.start) is None:
            continue
        if _START_GAP.fullmatch(text, r.end, b.start) is None:
            continue
        first = rec.dates[0] if rec.dates else f"{rec.month:02d}-{rec.monthday or _last_day(2025, rec.month):02d}"
        end = b.end
        if "(" in text[r.end : b.start]:
            close = _CLOSE.match(text, end, end + 4)
            if close is None:
                continue
            end = close.end()
        r.start_date, r.end = f"{b.due[:4]}-{first}", end
        r.rule += "+year_start"
        absorbed.add(id(b))
    return [r for r in found if id(r) not in absorbed] if absorbed else found


# (helper 102) the months a period named after a cycle covers, by its kind, and the cycles each may
# bound (a cycle shorter than the period)
_PERIOD_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}
_CYCLE_MONTHS = {"daily": 0, "weekly": 0, "monthly": 1}
_WITHIN_GAP = regex.compile(r"[ \t]*+,?[ \t]*+")


def _cycle_within_period(text: str, found: list[_Raw]) -> list[_Raw]:
    """"ra quân vào Chủ nhật hằng tuần trong tháng 3/2027", "báo cáo hằng tháng trong năm 2027": a
    cycle, then "trong" a longer period with its year right after it, is one duty of that cycle run
    through that period (``start_date`` its first day, ``due`` its last; rule ``+within_period``),
    not a cycle and a period each; (helper 105) a list of periods read as one ("định kỳ 03
    lần/tháng trong tháng 01 và tháng 02/2027"): one duty from the first to the last (a period
    listed on after it, another kind, is not joined)."""
    absorbed: set[int] = set()
    for i, (r, b) in enumerate(itertools.pairwise(found)):
        rec = r.recurrence
        if r.kind != "recurring" or rec is None or rec.freq not in _CYCLE_MONTHS or r.due is not None:
            continue
        months = _PERIOD_MONTHS.get(b.kind)
        if months is None or b.due is None or b.qualifier != "within":
            continue
        # ((helper 105) a list of periods read as one, "trong tháng 01 và tháng 02/2027": from its first)
        first = b.items[0][2] if b.items else b.due
        y, mo = int(first[:4]), int(first[5:7])
        span = (int(b.due[:4]) - y) * 12 + int(b.due[5:7]) - mo + months
        if span <= _CYCLE_MONTHS[rec.freq] or (b.items and not _back_to_back(b.items, months)):
            continue
        if b.year_inferred or _WITHIN_GAP.fullmatch(text, r.end, b.start) is None or id(r) in absorbed:
            continue
        after = found[i + 2] if i + 2 < len(found) else None
        if after is not None and list_gap().fullmatch(text, b.end, after.start) is not None:
            continue
        r.start_date, r.due, r.end = _iso(y, mo - months + 1, 1), b.due, b.end
        r.rule += "+within_period"
        absorbed.add(id(b))
    return [r for r in found if id(r) not in absorbed] if absorbed else found


def _back_to_back(items: list[tuple[int, int, str]], months: int) -> bool:
    """(helper 105) The periods of a list follow one another ("tháng 01 và tháng 02/2027"), with no
    gap ("tháng 3, 6, 9, 12/2027": one each quarter)."""
    ends = [int(due[:4]) * 12 + int(due[5:7]) for _, _, due in items]
    return all(b - a == months for a, b in itertools.pairwise(ends))


def _yearly_paragraph(text: str, found: list[_Raw]) -> list[_Raw]:
    """In a paragraph that opens with "Hằng năm," the months, quarters and days with no year come
    back every year ("Hằng năm, ... trong Quý I ... báo cáo ... chậm nhất tháng 6")."""
    yearly_kinds = ("date", "month", "quarter")
    if not any(r.month_day is not None and r.kind in yearly_kinds for r in found):
        return found  # (nothing to convert: the opening need not be looked for)
    m = _yearly_opening().match(text)
    if m is None:
        return found
    converted = False
    for r in found:
        if r.start < m.end() or r.month_day is None or r.kind not in yearly_kinds:
            continue
        month, day = r.month_day
        r.kind, r.due = "recurring", None
        r.recurrence = Recurrence(freq="yearly", month=month, monthday=day)
        r.rule += "+yearly_paragraph"
        converted = True
    if not converted:
        return found
    # the opening cycle is said again by each of them
    return [r for r in found if not (r.start < m.end() and _undated_cycle(r))]


@functools.cache
def _relative_year() -> Any:
    """"năm sau", "năm tới", "năm nay" after a month, quarter or day with no year of its own ("của
    năm sau" too)."""
    raw = _words().raw
    cal, cp = raw["calendar"], raw["current_period"]
    return regex.compile(
        rf"(?:\s++{_alt(cal['of'])})?\s++{_alt(cal['year'])}\s++(?:(?P<next>{_alt(cp['next'])})(?!\s++{_alt(cp['next_not_before'])})"
        rf"|{_alt(cal['now'])})(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )


def _relative_years(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong quý I năm sau", "tháng 3 năm tới": the period of the year after the document's (of
    the document's own year for "năm nay")."""
    for r in found:
        if not r.year_inferred or r.due is None:
            continue
        # (and a part of a month: "trước cuối tháng 1 năm tới")
        if r.kind not in ("date", "datetime", "month", "quarter") and not (
            r.kind == "vague" and r.rule == "part_of_month"
        ):
            continue
        m = _relative_year().match(text, r.end, r.end + 40)  # (bounded: a match must not look through the text)
        if m is None:
            continue
        r.end, r.year_inferred = m.end(), False
        if m.group("next") is None:
            continue
        y, mo, d = int(r.due[:4]), int(r.due[5:7]), int(r.due[8:10])
        if r.kind in ("month", "quarter") or d == _last_day(y, mo):
            d = _last_day(y + 1, mo)
        elif not 1 <= d <= _last_day(y + 1, mo):
            continue
        r.due = _iso(y + 1, mo, d) + r.due[10:]
        r.rule += "+next_year"
    return found


@functools.cache
def _years_counted() -> tuple[Any, Any]:
    """(A limit word, then a count of years, right before a span of years: "trong 2 (năm 2026-2027)",
    "trong 02 năm (2026 - 2027" (the bracket open: the span is in it); the year word at the span.)"""
    year = _alt(_words().raw["calendar"]["year"])
    return _count_before(year), regex.compile(year + r"(?!\p{L})", regex.IGNORECASE)


@functools.cache
def _limit_chain() -> str:
    """The source of one to three limit words at a word's start, in the group "chain" ("chậm nhất
    vào ", "trong "): what opens a count or a working day read with the words before it."""
    chain = _alt(list(_words().qualifier_cat))
    return rf"(?<![\p{{L}}\p{{N}}])(?P<chain>(?:(?:{chain})\s++){{1,3}})"


def _count_before(unit: str) -> Any:
    """A limit word (one to three), a count, maybe the unit's word and an opening bracket, at the end
    of the text searched: what stands right before a span of as many days or years."""
    return regex.compile(
        _limit_chain() + rf"(?P<n>\d{{1,2}}|\p{{L}}++)\s++(?:{unit}\s*+(?P<open>\(\s*+))?$",
        regex.IGNORECASE,
    )


def _count_before_span(
    text: str, found: list[_Raw], i: int, counted: Any, unit_word: Any, reach: int
) -> tuple[Any, int, int | None] | None:
    """The limit and count right before the span ``found[i]`` (within ``reach`` characters, no
    other reading between; :func:`_count_before`), where the term ends (after the closing bracket
    of "(2026 - 2027)", else with the span, which must then open with the unit's word), and the
    count's value (None for words that are no number); None when no count stands there."""
    r = found[i]
    if i and found[i - 1].end > r.start - reach:
        return None  # (another reading right before: not a bare count)
    m = counted.search(text, max(0, r.start - reach), r.start)
    if m is None:
        return None
    end = r.end
    if m.group("open") is not None:
        close = _CLOSE.match(text, r.end)
        if close is None:
            return None
        end = close.end()
    elif unit_word.match(text, r.start) is None:
        return None
    n = m.group("n")
    return m, end, int(n) if n.isdigit() else _number_of_words(n)


def _counted_years(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong 2 năm 2026-2027", "trong 02 năm (2026 - 2027)": the span of years after a limit and a
    count of as many years is one term, the count and the limit in its phrase (with no limit, "5 năm
    2026 - 2030" names a span, left as read)."""
    counted, year_word = _years_counted()
    for i, r in enumerate(found):
        if r.rule != "range_year" or r.start_date is None or r.due is None:
            continue
        got = _count_before_span(text, found, i, counted, year_word, 40)
        if got is None:
            continue
        m, end, count = got
        if count != int(r.due[:4]) - int(r.start_date[:4]) + 1:
            continue
        cats = _chain_cats(m.group("chain"))
        if "context" in cats:
            continue  # ("trong giai đoạn 2 năm 2026 - 2027": a period named)
        q = _qualifier(cats, "range")
        found[i] = replace(r, start=m.start(), end=end, qualifier=q, rule="counted_years")
    return found


@functools.cache
def _days_counted() -> tuple[Any, Any]:
    """(A limit word, then a count, right before a span of days; the day word the span opens with.)"""
    day = _alt(_words().raw["day_list"]["days"])
    return _count_before(day), regex.compile(day + r"\s", regex.IGNORECASE)


def _counted_days(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong 02 ngày 15-16/7/2026", "chậm nhất trong 3 ngày 10 - 12/9", "trong hai ngày (ngày 15 -
    16/7/2026)": a span of as many days as the count after a limit is one term, the count and the
    limit in its phrase (and the closing bracket)."""
    counted, day_word = _days_counted()
    for i, r in enumerate(found):
        if not r.rule.startswith("range_date") or r.start_date is None or r.due is None:
            continue
        got = _count_before_span(text, found, i, counted, day_word, 30)
        if got is None:
            continue
        m, end, count = got
        if count is None or _span_length(r, "day") != count:
            continue
        cats = _chain_cats(m.group("chain"))
        if "context" in cats:
            continue
        found[i] = replace(r, start=m.start(), end=end, qualifier=_qualifier(cats, "range"), rule="counted_days")
    return found


@functools.cache
def _year_list() -> Any:
    """A limit, a count of years and the years listed in brackets: "trong 2 năm (2026, 2027)"."""
    links = _alt(_words().raw["date_list_links"])
    year = _alt(_words().raw["calendar"]["year"])
    item = r"(?:19|20)\d{2}(?![\p{N}/\-]|\.\p{N})"
    listed = rf"(?:(?:\s*+,\s*+(?:{links}\s++)?|\s++{links}\s++)" + item + ")"
    return regex.compile(
        _limit_chain() + rf"(?P<n>\d{{1,2}}|\p{{L}}++)\s++{year}"
        rf"\s*+\(\s*+(?P<years>{item}{listed}{{1,9}})\s*+\)",
        regex.IGNORECASE,
    )


_YEAR_NUMBER = regex.compile(r"(?:19|20)\d{2}")


def _year_lists(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong 2 năm (2026, 2027)", "trong 3 năm (2026, 2027 và 2028)": a limit and a count of years,
    then as many years that follow each other listed in brackets, are one span, from the first's 1
    January to the last's 31 December (years listed with no count, "Năm 2026, 2027", are each its
    own; years out of turn, or not as many as counted, are not read)."""
    added: list[_Raw] = []
    for m in _year_list().finditer(text):
        years = [int(y) for y in _YEAR_NUMBER.findall(m.group("years"))]
        n = m.group("n")
        count = int(n) if n.isdigit() else _number_of_words(n)
        cats = _chain_cats(m.group("chain"))
        if count != len(years) or years != list(range(years[0], years[0] + count)) or "context" in cats:
            continue
        if any(b.start < m.end() and m.start() < b.end for b in found):
            continue
        added.append(
            _Raw(m.start(), m.end(), "range", _qualifier(cats, "range"), f"{years[-1]}-12-31", "counted_years",
                 start_date=f"{years[0]}-01-01")
        )
    return sorted(found + added, key=lambda r: r.start) if added else found


@functools.cache
def _relative_object() -> tuple[Any, Any]:
    """(The end of a relative term's phrase at its link, object or anchor word; the words of the
    event after it, to the clause's end or a stop word.)"""
    rel = _words().raw["relative"]
    objects = _alt(rel["link_objects"])
    anchors = _alt([x for v in rel["anchors"].values() for x in v])
    ends = regex.compile(
        rf"(?<!\p{{L}})(?:{_alt(rel['links'])})(?:\s++(?:{objects}))?(?:\s++(?:{anchors}))?$", regex.IGNORECASE
    )
    word = rf"\s++(?!(?:{_alt(rel['object_stops'])})(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}/\-]*+"
    words = regex.compile(rf"(?:{word}){{1,{int(rel['object_words'])}}}", regex.IGNORECASE)
    return ends, words


@functools.cache
def _back_from() -> Any:
    """Right after a length: the lead of the event it is counted back from (" trước ngày", " trước
    khi"), as in "chậm nhất 10 ngày trước ngày khai mạc Đại hội"."""
    leads = _alt(_words().raw["relative"]["after_event"]["leads"])
    return regex.compile(rf"\s++(?:{leads})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _relative_objects(text: str, found: list[_Raw]) -> list[_Raw]:
    """"chậm nhất 03 ngày sau khi kết thúc hội nghị", "trong thời hạn 05 ngày làm việc kể từ ngày
    nhận được văn bản này": a term counted from an event that is not this document's signing or
    issue keeps the event's words in its phrase (read before, it stopped at "sau khi")."""
    ends, words = _relative_object()
    for i, r in enumerate(found):
        rel = r.relative
        if r.kind != "relative" or rel is None or rel.anchor not in ("other", "receipt"):
            continue
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        start = r.end
        if ends.search(text, max(0, r.end - 40), r.end) is None:
            # "chậm nhất 10 ngày trước ngày khai mạc Đại hội": counted back from the event named
            back = _back_from().match(text, r.end, limit) if rel.anchor == "other" else None
            if back is None:
                continue
            start = back.end()
        m = words.match(text, start, limit)
        if m is not None:
            if rel.anchor == "receipt" and _received_other().match(text, r.end, m.end()) is not None:
                # "kể từ ngày nhận đủ hồ sơ hợp lệ", "kể từ ngày tiếp nhận đơn": the receipt of
                # something else than this document, another event
                r.relative = Relative(amount=rel.amount, unit=rel.unit, anchor="other", resolved=False)
            r.end = m.end()
    return found


@functools.cache
def _received_other() -> Any:
    """What is received, after the receipt's word, when it is not this document (``receipt_self``:
    "nhận được văn bản này", "nhận được Công điện"): "đủ hồ sơ", "đơn", "kết quả"."""
    rel = _words().raw["relative"]
    docs = _alt(list(rel["self_documents"]) + list(rel["receipt_self"]))
    return regex.compile(
        rf"(?:\s++(?:{_alt(rel['receipt_fillers'])}))*+\s++(?:{_other_paper_body()}|(?!(?:{docs})(?![\p{{L}}\p{{N}}]))\p{{L}})",
        regex.IGNORECASE,
    )


@functools.cache
def _other_paper_body() -> str:
    """(helper 107) A paper of this document's type named by its content in small letters ("thông báo
    kết quả trúng tuyển", "quyết định giải quyết khiếu nại lần đầu", "quyết định thanh tra"): another
    paper; not "văn bản này", "Kế hoạch để ...", "Quyết định số ...", "văn bản hướng dẫn này"."""
    rel = _words().raw["relative"]
    docs = _alt(list(rel["self_documents"]) + list(rel["receipt_self"]))
    kept = _alt([*rel["self_this"], *rel["self_passive"], *rel["object_stops"], *rel["self_tails"]])
    return rf"(?>{_alt(rel['self_documents'])})\s++(?!{kept}|{docs})(?-i:\p{{Ll}})"


@functools.cache
def _other_paper() -> Any:
    """(helper 107) Right after the anchor of a signing or an issue: another paper named by its content
    ("kể từ ngày ban hành| quyết định xác minh")."""
    return regex.compile(rf"\s++{_other_paper_body()}", regex.IGNORECASE)


_OPEN = regex.compile(r"\s*+\(\s*+")


def _span_length(r: _Raw, unit: str) -> int | None:
    """How many days, whole months or whole years a range spans (None: not whole ones)."""
    start, due = _to_date(r.start_date), _to_date((r.due or "")[:10])
    if start is None or due is None or due < start:
        return None
    if unit == "day":
        return (due - start).days + 1
    months = (due.year - start.year) * 12 + due.month - start.month + 1
    if start.day != 1 or due.day != _last_day(due.year, due.month):
        return None
    if unit == "month":
        return months
    return months // 12 if unit == "year" and months % 12 == 0 and start.month == 1 else None


def _to_date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _restated_spans(text: str, found: list[_Raw]) -> list[_Raw]:
    """"trong 3 tháng (tháng 8, 9 và 10/2026)", "chậm nhất trong 02 ngày (ngày 10 và 11/9/2026)": a
    length whose span, of as many days, months or years, follows in brackets is that span, under the
    length's limit."""
    out: list[_Raw] = []
    i = 0
    while i < len(found):
        r = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and r.relative is not None
            and nxt.kind == "range"
            and _OPEN.fullmatch(text, r.end, nxt.start) is not None
            and _span_length(nxt, r.relative.unit) == r.relative.amount
        ):
            close = _CLOSE.match(text, nxt.end)
            if close is not None:
                out.append(replace(nxt, start=r.start, end=close.end(), qualifier=r.qualifier, rule="restated_span"))
                i += 2
                continue
        out.append(r)
        i += 1
    return out


_SAME_DAY_REACH = 240  # characters from the date told to the day said again


@functools.cache
def _bare_day_end() -> Any:
    """A bare day ("trong ngày") or (helper 66) a bare part of it ("ngay trong đêm") ending a phrase."""
    cd = _words().raw["current_day"]
    return regex.compile(rf"\s(?:{_alt(list(cd['bare']) + list(cd['bare_parts']))})$", regex.IGNORECASE)


def _same_days(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Họp ngày 12/8/2026 ...; báo cáo trước 17 giờ cùng ngày", "... gửi kết quả trong ngày": the
    day of the date told before it in the paragraph (a "cùng ngày" with none before is dropped)."""
    out: list[_Raw] = []
    told: _Raw | None = None
    for r in found:
        same = r.rule == "same_day"
        bare = r.rule == "this_day" and _bare_day_end().search(text, r.start, r.end) is not None
        if same or bare:
            near = (
                told is not None
                and told.due is not None
                and r.start - told.end <= _SAME_DAY_REACH
                and "\n" not in text[told.end : r.start]
            )
            if near and told is not None and told.due is not None:
                day = told.due[:10]
                out.append(replace(r, due=day + (f"T{r.time}" if r.time else ""), rule="same_day"))
                continue
            if same:
                continue
            if r.due is not None:
                # ("hoàn thành ngay trong ngày; báo cáo trước 17 giờ cùng ngày": the day of the
                # document, said first, is the day said again)
                told = r
        elif r.kind in ("date", "datetime") and r.due is not None:
            told = r
        out.append(r)
    return out


@functools.cache
def _limit_named() -> tuple[Any, Any]:
    """(a limit's noun, then up to 60 characters of its clause; the link right before its day)."""
    ln = _words().raw["limit_named"]
    noun = regex.compile(rf"(?<!\p{{L}})(?:{_alt(ln['nouns'])})(?!\p{{L}})[^.;!?\n]{{0,60}}$", regex.IGNORECASE)
    link = regex.compile(rf"(?:(?<!\p{{L}})(?:{_alt(ln['links'])})|:)\s*+$", regex.IGNORECASE)
    return noun, link


@functools.cache
def _limit_named_bare() -> tuple[Any, Any]:
    """(a limit's noun that is a limit alone, then a few words and no link, right before its day:
    "Hạn chót nộp hồ sơ | 15/10/2026"; what after the day makes it another's: " của ...")."""
    ln = _words().raw["limit_named"]
    bare = ln["bare"]
    noun = regex.compile(
        rf"(?<!\p{{L}})(?:{_alt(bare['nouns'])})(?:\s++\p{{L}}++){{0,{int(bare['words'])}}}\s++$", regex.IGNORECASE
    )
    after = regex.compile(rf"\s*+,?\s*+(?:{_alt(bare['not_before'])})", regex.IGNORECASE)
    return noun, after


@functools.cache
def _limit_named_gate() -> tuple[str, ...]:
    """What every text with a limit's noun holds (timewords ``limit_named.gate``, a word each noun
    holds), whatever the case of its first letter ("ạn", "ẠN")."""
    return _cased_tails(_words().raw["limit_named"]["gate"])


def _limits_named(text: str, found: list[_Raw]) -> list[_Raw]:
    """"Hạn chót nộp hồ sơ là ngày 20/8/2026": a day a limit's noun names after "là" or a colon is
    due by (read alone, "ngày 20/8/2026" is a day the work is done on)."""
    noun, link = _limit_named()
    bare, other = _limit_named_bare()
    for r in found:
        if r.kind not in ("date", "datetime") or r.qualifier not in (None, "on"):
            continue
        if link.search(text, max(0, r.start - 8), r.start) is None:
            if (
                bare.search(text, max(0, r.start - 60), r.start) is not None
                # (read within reach: unbounded, its words were looked for to the text's end at every day)
                and other.match(text, r.end, r.end + 80) is None
            ):
                r.qualifier = "by"  # "Hạn chót nộp hồ sơ 15/10/2026": no link, the noun a limit alone
            continue
        if noun.search(text, max(0, r.start - 80), r.start) is not None:
            r.qualifier = "by"
    return found


_DAY_RANGES = ("range_date", "range_longdate")


def _roll_year(found: list[_Raw], doc_date: dt.date) -> None:
    """"trước ngày 15/01" in a directive signed in December: the day comes next year; so do a month
    or a quarter ended long before the signing ("trong quý I", "trong tháng 3" in December; not a
    month just ended, which a text may tell of)."""
    for r in found:
        if not r.year_inferred or r.due is None:
            continue
        if r.kind in ("month", "quarter") and r.qualifier in ("within", "before", "by", "through"):
            with contextlib.suppress(ValueError):
                last = dt.date.fromisoformat(r.due[:10])
                if (doc_date - last).days > 150:
                    nxt = last.replace(year=last.year + 1, day=_last_day(last.year + 1, last.month))
                    r.due = nxt.isoformat() + r.due[10:]
                    r.rule += "+next_year"
            continue
        if r.kind == "range" and r.start_date is not None and r.qualifier in ("within", "before", "by", "from_to"):
            # ("Tháng 01 - 02", "Quý I - II" in a plan signed in December: next year's)
            with contextlib.suppress(ValueError):
                last, first = dt.date.fromisoformat(r.due[:10]), dt.date.fromisoformat(r.start_date[:10])
                if (doc_date - last).days > 150:
                    # (a span of days keeps its last day: "từ 31/12 đến 2/1" in December, 2 January)
                    last_day = last.day if r.rule.startswith(_DAY_RANGES) else _last_day(last.year + 1, last.month)
                    end = last.replace(year=last.year + 1, day=last_day)
                    r.due, r.start_date = end.isoformat(), first.replace(year=first.year + 1).isoformat()
                    r.rule += "+next_year"
            continue
        if r.kind not in ("date", "datetime"):
            continue
        if r.qualifier not in ("before", "by", "through") or r.due[:10] >= doc_date.isoformat():
            continue
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(r.due[:10])
            r.due = day.replace(year=day.year + 1).isoformat() + r.due[10:]
            r.rule += "+next_year"


def find_time_expressions(
    text: str, *, doc_date: dt.date | None = None, default_year: int | None = None
) -> tuple[list[TimeExpr], list[InvalidDate]]:
    """All time expressions in ``text`` (usually one paragraph), sorted by start, non-overlapping.

    Never raises on any input.

    >>> exprs, bad = find_time_expressions("báo cáo kết quả trước 11h00, ngày 11/7/2025.")
    >>> [(e.phrase, e.kind, e.qualifier, e.due) for e in exprs]
    [('trước 11h00, ngày 11/7/2025', 'datetime', 'before', '2025-07-11T11:00')]
    >>> exprs, bad = find_time_expressions("Hoàn thành chậm nhất trong tháng 7/2026.")
    >>> exprs[0].phrase, exprs[0].qualifier, exprs[0].due
    ('chậm nhất trong tháng 7/2026', 'by', '2026-07-31')
    >>> find_time_expressions("ngày 31/02/2025")[1][0].reason
    'day 31 out of range for month 2 of 2025'
    """
    if not isinstance(text, str) or not text:
        return [], []
    try:
        exprs, bad = _found(text, doc_date, default_year)
    except TypeError:  # (an argument that cannot be a key: read as it is)
        exprs, bad = _find(text, doc_date, default_year)
    return [_fresh(e) for e in exprs], list(bad)


# Texts read lately and what was found in them: a document asks again for the same paragraph, a
# table for the same cell (a few hundred texts: the passes of one document, not a corpus's)
_FOUND_KEPT = 512


@per_document
@functools.lru_cache(maxsize=_FOUND_KEPT, typed=True)
def _found(
    text: str, doc_date: dt.date | None, default_year: int | None
) -> tuple[tuple[TimeExpr, ...], tuple[InvalidDate, ...]]:
    return _find(text, doc_date, default_year)


def _fresh(e: TimeExpr) -> TimeExpr:
    """``e`` with its own copy of what may be changed in place (a cycle, a relative term): what is
    kept for the next caller stays as it was found."""
    if e.recurrence is None and e.relative is None:
        return e
    return replace(e, recurrence=copy.deepcopy(e.recurrence), relative=copy.copy(e.relative))


# (helper 55) today or tomorrow named in words ("trong sáng mai", "trong chiều nay")
_NAMED_DAY_RULES = frozenset({"this_day", "tomorrow"})
# ... then its date, in brackets or after a comma ("trong sáng mai (ngày 11/12/2026)", "trong chiều
# nay, ngày 10/12/2026")
_GLOSS_GAP = re.compile(r"\s*+(?:\(\s*+|,\s*+)")
_GLOSS_CLOSE = re.compile(r"\s*+\)")


def _glossed_named_days(text: str, found: list[_Raw]) -> list[_Raw]:
    """(helper 55) A day named in words, its date told right after it ("trong sáng mai (ngày
    11/12/2026)"): one expression, the date its gloss (the same day: one deadline, not two)."""
    out: list[_Raw] = []
    skip = False
    for i, r in enumerate(found):
        if skip:
            skip = False
            continue
        out.append(r)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if r.rule not in _NAMED_DAY_RULES or r.due is None or nxt is None or nxt.due is None:
            continue
        if nxt.kind not in ("date", "datetime") or nxt.due[:10] != r.due[:10] or nxt.qualifier not in (None, "on"):
            continue
        gap = _GLOSS_GAP.match(text, r.end)
        if gap is None or gap.end() != nxt.start:
            continue
        close = _GLOSS_CLOSE.match(text, nxt.end) if "(" in text[r.end : nxt.start] else None
        if "(" in text[r.end : nxt.start] and close is None:
            continue
        r.end = close.end() if close is not None else nxt.end
        if r.time is None and nxt.time is not None:
            r.kind, r.due, r.time = nxt.kind, nxt.due, nxt.time
        skip = True
    return out


def _find(
    text: str, doc_date: dt.date | None, default_year: int | None
) -> tuple[tuple[TimeExpr, ...], tuple[InvalidDate, ...]]:
    """What :func:`find_time_expressions` finds in ``text`` (a str, not empty), as tuples."""
    original = text
    offsets: list[int] | None = None
    if not unicodedata.is_normalized("NFC", text):
        text, offsets = _nfc_with_offsets(text)
    if not _may_hold_time(text):
        return (), ()
    if "uý" in text or "uí" in text or "UÝ" in text or "UÍ" in text:
        text = _ocr_quarter_years(text)
    found, invalid = _scan(text, doc_date, default_year)
    if any(r.recurrence is not None and r.recurrence.freq in ("daily", "weekly") for r in found):
        found = _opening_hours(text, found)
    found = _daily_duties(text, found)
    if any(r.rule in _NAMED_DAY_RULES for r in found):
        found = _glossed_named_days(text, found)
    if "lần" in text or "LẦN" in text:
        found = _frequencies(text, found)
    if found:  # (each of these reads, joins or drops what was found: with nothing, nothing to do)
        found = _lunar_days(text, found, doc_date)
        if any(r.rule.startswith("event_lunar_day") for r in found):
            found = _lunar_spans(text, found)
        if "học" in text or "HỌC" in text:
            found = _school_year_nouns(text, found)
            if "uần" in text or "UẦN" in text:
                found = _school_weeks(text, found)
                found = _school_week_ends(text, found)
        if any(g in text for g in _term_noun_gate()):
            found = _school_year_nouns(text, found, ("term_nouns",))
        found = _nth_days(text, found, doc_date)
        found = _date_then_year(text, found)
        found = _month_end_cycles(text, found)
        found = _named_days(text, found)
    if "/" in text and any(g in text for g in _named_day_gate()):
        found = _named_bare_days(text, found, default_year)
    if found:
        found = _timed_spans(text, found)
        found = _weekday_of_week(text, found)
        found = _weekday_of_month(text, found)
        found = _quarter_day_months(text, found)
        found = _days_of_months(text, found)
        found = _same_month_days(text, found)
        if any(r.rule == "date_this_month" for r in found):
            found = _this_month_spans(text, found)
        found = _apply_context(text, found, doc_date)
        found = _weekly_times(text, found)
        found = _weekday_lists(text, found)
        found = _daily_time_lists(text, found)
        found = _quarterly_months(text, found)
        found = _cycle_lists(text, found)
        found = _yearly_context(text, found)
        found = _days_of_months(text, found)  # (again: the yearly days the context made)
        found = _yearly_spans(text, found)
        if any(r.recurrence is not None and r.recurrence.freq in ("monthly", "quarterly") for r in found):
            found = _monthly_day_spans(text, found)
        found = _yearly_lists(text, found)
        if any(r.rule in ("range_quarter", "quarter_list") and (r.due is None or r.year_inferred) for r in found):
            found = _yearly_quarter_lists(text, found)
        found = _yearly_cycle_months(text, found)
        found = _half_and_year(text, found)
        if len(found) > 1 and any(r.kind == "half_year" for r in found):
            found = _half_then_year(text, found)
        found = _yearly_month_pairs(text, found)
        found = _before_event(text, found)
        if len(found) > 1 and any(r.rule == "event" and r.kind == "vague" for r in found):
            found = _session_year_parts(text, found)
        if any(r.rule == "event" and r.due is None for r in found):
            found = _events_expected(text, found)
        if len(found) > 1 and any(_calendar_resolved(r) for r in found):
            found = _resolved_event_glosses(text, found)
        if len(found) > 1 and "(" in text:
            found = _limit_event_glosses(text, found)
        if len(found) > 1:
            found = _mixed_spans(text, found)
        if any(g in text for g in _adjacent_gate()):
            found = _adjacent_periods(text, found)
        found = _weekday_dates(text, found)
        if any(g in text for g in _day_list_gate()):
            found = _day_lists(text, found)
        found = _dated_lists(text, found)
        found = _yearless_lists(text, found)
        found = _refinements(text, found)
        found = _yearly_paragraph(text, found)
        if "tiếp theo" in text or "năm sau" in text:
            found = _yearly_from_first(text, found)
        if len(found) > 1:
            found = _yearly_start(text, found)
            found = _cycle_within_period(text, found)
        found = _relative_years(text, found)
        found = _counted_years(text, found)
        found = _counted_days(text, found)
        if any(r.relative is not None for r in found):
            found = _restated_spans(text, found)
            found = _relative_objects(text, found)
        if any(r.rule in ("same_day", "this_day") for r in found):
            found = _same_days(text, found)
        if any(g in text for g in _limit_named_gate()):
            found = _limits_named(text, found)
        if any(r.kind == "year" for r in found):
            found = _listed_years(text, found)
        found = _split_items(found)
    if ("(20" in text or "( 20" in text or "(19" in text) and ("ăm" in text or "ĂM" in text):
        found = _year_lists(text, found)
    if "gày đầu" in text or "gày cuối" in text or "iệc đầu" in text or "iệc cuối" in text or "iệc thứ" in text:
        found = _first_days(text, found, doc_date)
        if "iệc đầu" in text or "iệc cuối" in text or "iệc thứ" in text:
            found = _workdays_of_months(text, found)
        if "iệc thứ" in text:
            found = _nth_workdays(text, found, doc_date)
    if ("háng" in text or "HÁNG" in text) and (
        _WORDED_GATE.search(text) is not None or _worded_day_gate().search(text) is not None
    ):
        found = _worded_date_list(text, found)
    if "uần" in text or "UẦN" in text:
        found = _month_weeks(text, found, doc_date)
    found = _immediate(text, found, doc_date)
    before = "rước" in text or "RƯỚC" in text
    # ((helper 96) or "sau mỗi" and a round: "sau mỗi đợt tiêm 05 ngày")
    after = "au khi" in text or "AU KHI" in text or "au mỗi" in text or "AU MỖI" in text
    least = "nhất" in text or "thiểu" in text
    # (every length the passes below read: with none in the text, they read nothing)
    length = (before or after or least) and _length_gate().search(text) is not None
    if before and length:  # ("trước", "Trước" ... "ít nhất", or a bare length)
        found = _length_after_event(text, found)
    if after and length:  # ("sau khi", "Sau khi" ... then a length)
        found = _length_after_done(text, found)
    if any(g in text for g in _immediate_event_gate()):
        found = _immediate_events(text, found)
    if doc_date is not None:
        _roll_year(found, doc_date)
    # ("ít nhất", "chậm nhất", "tối thiểu"; a bare length before "trước")
    if (least or before) and found:
        found = _dated_lengths(text, found) if length else _apart(found)
    if len(found) > 1 and any(r.relative is not None and r.due is None for r in found):
        found = _relative_event_dates(text, found)
    if before and length:
        found = _lengths_before_held(text, found)
        found = _lengths_before_undated(text, found)

    def span(start: int, end: int) -> tuple[int, int]:
        return (start, end) if offsets is None else (offsets[start], offsets[end])

    exprs: list[TimeExpr] = []
    for r in found:
        s, e = span(r.start, r.end)
        exprs.append(
            TimeExpr(
                start=s,
                end=e,
                phrase=original[s:e],
                kind=r.kind,
                qualifier=r.qualifier,
                due=r.due,
                start_date=r.start_date,
                recurrence=r.recurrence,
                relative=r.relative,
                year_inferred=r.year_inferred,
                rule=r.rule,
            )
        )
    bad: list[InvalidDate] = []
    for b in invalid:
        s, e = span(b.start, b.end)
        bad.append(InvalidDate(s, e, original[s:e], b.reason))
    return tuple(exprs), tuple(bad)


@functools.cache
def _ocr_quarter_year() -> tuple[Any, dict[str, str]]:
    """A quarter's year in which an OCR engine read letters for digits ("Quý IV/2O27", "quý
    4/2O2l"); the letters and their digits (``data/slips.yaml``: date_repairs.ocr_digits)."""
    ocr = {str(k): str(v) for k, v in load("slips")["date_repairs"]["ocr_digits"].items()}
    letters = regex.escape("".join(ocr))
    quarter = _alt(_words().raw["calendar"]["quarter"])
    return (
        regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){quarter}\s++(?P<q>(?-i:[IVl]{{1,3}})|[1-4])"
            rf"(?:\s*+[/\-]\s*+(?P<y>2[0-9{letters}]{{3}}))?(?![\p{{L}}\p{{N}}])",
            regex.IGNORECASE,
        ),
        ocr,
    )


def _ocr_quarter_years(text: str) -> str:
    """``text`` with the digits put back for the letters of a quarter's year ("Quý IV/2O27" read as
    "Quý IV/2027") and a capital I for a small l in its roman number ("Quý lll/2026", "quý ll");
    one character for one: the offsets stay, the phrase keeps what was written. The text's repairs
    put them back in a whole date, a month's or a year's number; a quarter's are read here. Only a
    year of 2000-2099, a quarter of I-IV (a lone "l" only before its year)."""
    pattern, ocr = _ocr_quarter_year()
    edits: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        q, y = m.group("q"), m.group("y")
        if "l" in q and (y is not None or len(q) > 1):
            fixed_q = q.replace("l", "I")
            if fixed_q in ("I", "II", "III", "IV"):
                edits.append((m.start("q"), m.end("q"), fixed_q))
        if y is not None and not y.isdigit():
            fixed = "".join(ocr.get(c, c) for c in y)
            if fixed.isdigit() and fixed.startswith("20"):
                edits.append((m.start("y"), m.end("y"), fixed))
    return splice(text, edits) if edits else text


def _nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFC text (NFD pasted from Word or PDF) and, per NFC offset, the offset in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    for m in regex.finditer(r"\X", text):
        c = unicodedata.normalize("NFC", m.group())
        pieces.append(c)
        offsets.extend([m.start()] * len(c))
    offsets.append(len(text))
    return "".join(pieces), offsets


@functools.cache
def _event_day_words() -> tuple[Any, Any, Any, Any]:
    """(helper 103) The words of an event's opening or closing (``relative.event_days``): the key
    word in a term (group ``open`` or ``close``), the same before a day on its line (the last one
    wins), a label of the event's span right before a span (group ``bare``: "Thời gian:" alone), and
    a word of "before"."""
    raw = _words().raw["relative"]["event_days"]
    ended = "(?-i:" + _alt(raw["ended"]) + ")"
    term = regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<open>{_alt(raw['open'])})|(?P<close>{_alt(raw['close'])}"
        rf"|(?:{_alt(raw['ends'])})\s++{ended}))(?![\p{{L}}])",
        regex.IGNORECASE,
    )
    giver = regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<open>{_alt(raw['open'])})|(?P<close>{_alt(raw['close'])}))(?![\p{{L}}])"
        r"(?!.*(?:" + _alt(raw["open"] + raw["close"]) + "))[^\n]*$",
        regex.IGNORECASE,
    )
    span = regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<label>{_alt(raw['span_labels'])})|(?P<bare>{_alt(raw['span_bare_labels'])}))"
        r"[\s*_]*:[\s*_]*$",
        regex.IGNORECASE,
    )
    before = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(raw['before'])})(?![\p{{L}}])", regex.IGNORECASE)
    return term, giver, span, before


@functools.cache
def _span_label_gate() -> Any:
    raw = _words().raw["relative"]["event_days"]
    labels = _alt(raw["span_labels"] + raw["span_bare_labels"])
    return regex.compile(rf"(?<![\p{{L}}])(?:{labels})[\s*_]*:", regex.IGNORECASE)


@functools.cache
def _span_place() -> Any:
    raw = _words().raw["relative"]["event_days"]
    return regex.compile(rf"(?<![\p{{L}}])(?:{_alt(raw['span_place_fields'])})[\s*_]*:", regex.IGNORECASE)


def event_day_gate(text: str) -> bool:
    """(helper 103) Whether ``text`` may give an event's opening or closing day, or a term counted from it."""
    return _event_day_words()[0].search(text) is not None or _span_label_gate().search(text) is not None


def event_days(texts: Iterable[str], *, doc_date: dt.date | None, default_year: int | None) -> dict[str, str]:
    """(helper 103) The days a document gives an event's opening (``open``) and closing (``close``):
    a day or an hour with its word before it on its line and no limit ("Lễ khai mạc vào 20 giờ ngày
    20/3/2027"), or the first and last days of a span after a label of the event's time ("Thời gian
    tổ chức: từ ngày 20/3 đến ngày 23/3/2027"; the bare "Thời gian:" only with the event's place in
    its paragraph or a paragraph beside it: "Địa điểm: ..."). A key given two different days is left out."""
    _, giver, span, _ = _event_day_words()
    place = _span_place()
    got: dict[str, set[str]] = {"open": set(), "close": set()}
    paras = list(texts)
    for k, text in enumerate(paras):
        if not event_day_gate(text):
            continue
        for e in find_time_expressions(text, doc_date=doc_date, default_year=default_year)[0]:
            if e.due is None or e.qualifier not in (None, "on", "from_to"):
                continue
            line = text.rfind("\n", 0, e.start) + 1
            m = span.search(text, max(line, e.start - 60), e.start) if e.kind == "range" else None
            if m is not None and e.start_date is not None:
                if m.group("bare") is not None and not any(
                    place.search(paras[j]) for j in (k - 1, k, k + 1) if 0 <= j < len(paras)
                ):
                    continue
                got["open"].add(e.start_date[:10])
                got["close"].add(e.due[:10])
                continue
            if e.kind not in ("date", "datetime"):
                continue
            g = giver.search(text, max(line, e.start - 80), e.start)
            if g is not None:
                got["open" if g.group("open") is not None else "close"].add(e.due[:10])
    return {k: next(iter(v)) for k, v in got.items() if len(v) == 1}


def event_day_due(phrase: str, rel: Relative | None, days: dict[str, str]) -> str | None:
    """(helper 103) The due of a term counted from an event's opening or closing ("trước ngày khai
    mạc 10 ngày", "10 ngày kể từ ngày bế mạc Đại hội") when ``days`` gives that day: the day less
    (after a word of "before") or plus the length; else None."""
    if rel is None or rel.resolved or rel.anchor in ("signing", "issue", "receipt", "effective", "date"):
        return None
    term, _, _, before = _event_day_words()
    m = term.search(phrase)
    day = days.get("open" if m.group("open") is not None else "close") if m is not None else None
    if m is None or day is None:
        return None
    if before.search(phrase, 0, m.start()) is not None:
        due = _back(day, rel.amount, rel.unit)
    else:
        try:
            due = _add(dt.date.fromisoformat(day), rel.amount, rel.unit).isoformat()
        except (OverflowError, ValueError):
            due = None
    return due[:10] if due is not None else None


def on_event_days(exprs: tuple[TimeExpr, ...] | list[TimeExpr], days: dict[str, str]) -> list[TimeExpr]:
    """(helper 103) ``exprs`` with each term counted from an event's opening or closing, with no due,
    due on that day less or plus its length when ``days`` gives it ("trước ngày khai mạc 10 ngày")."""
    out: list[TimeExpr] = []
    for e in exprs:
        rel = e.relative
        due = event_day_due(e.phrase, rel, days) if e.kind == "relative" and e.due is None else None
        if due is None or rel is None:
            out.append(e)
            continue
        resolved = Relative(amount=rel.amount, unit=rel.unit, anchor="date", resolved=True)
        out.append(replace(e, due=due, relative=resolved, rule=e.rule + "+event_day"))
    return out
