"""Citations of other documents: ``Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị``.

Finds Party symbols (``57-NQ/TW``, ``01-KH/BCĐTW``) and State symbols (``51/KH-UBND``,
``30/2020/NĐ-CP``, ``66.4/2025/NQ-CP``), with the type word before them when written, the date
after them (``ngày 22/12/2024`` or ``ngày 22 tháng 12 năm 2024``) and the issuer (``của Bộ Chính
trị``). A mention whose type word disagrees with the symbol (``Nghị quyết số 57-KH/TW``) is
flagged, not corrected.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterable
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.model import Citation, Header, Warning
from ndq57.textutil import trie


@functools.cache
def _types() -> tuple[list[tuple[str, list[str]]], dict[str, list[str]]]:
    data = load("doctypes")
    types = [(str(t["name"]), [str(a) for a in t["abbr"]]) for t in data["types"]]
    by_abbr: dict[str, list[str]] = {}
    for name, abbrs in types:
        for a in abbrs:
            by_abbr.setdefault(a, []).append(name)
    return types, by_abbr


@functools.cache
def _words() -> dict[str, Any]:
    """Words and shapes of citations (doctypes.yaml ``citations``)."""
    words: dict[str, Any] = load("doctypes")["citations"]
    return words


# a blank a text layer or a typist put beside a separator ("12- HD/BTCTW", "71/NQ -CP", "Số 45 -
# HD/TW"); an en dash for the hyphen
_SEP = r"\s?[-–]\s?"
_SLASH = r"\s?/\s?"
# a part of a symbol, dotted parts included ("VPCP-V.I", the Government Office's Department I)
_PART = r"[\p{Lu}Đ][\p{L}\d&]{0,15}(?:\.[\p{Lu}\d][\p{L}\d&]{0,5})*"


@functools.cache
def _pattern() -> regex.Pattern[str]:
    type_alt, suffixes, party, state, date, issuer = _pieces()
    no = _words()["number"]
    return regex.compile(
        rf"(?:(?<!\p{{L}})(?P<type>{type_alt})(?:\s+(?i:{suffixes}))?\s+(?:(?i:{no})\s*:?\s*)?)?"
        # (every symbol starts with a digit: the engine checks that before its look-behinds)
        # (a number glued to its "số" by a text layer: "số57-NQ/TW")
        rf"(?=\d)(?:(?<![\p{{L}}\d/.\-])|(?<=(?<!\p{{L}})(?i:{no})))(?P<num>{party}|{state})(?![\p{{L}}\d/])"
        rf"(?P<dated>{date})?{issuer}",
        regex.IGNORECASE * 0,
    )


@functools.cache
def _bare_pattern() -> regex.Pattern[str]:
    """A document named by its type and a number without its symbol ("Kết luận số 123 ngày
    24/01/2025 của Bộ Chính trị"), matched from its type word."""
    type_alt, suffixes, _, _, date, issuer = _pieces()
    return regex.compile(
        rf"(?<!\p{{L}})(?P<type>{type_alt})(?:\s+(?i:{suffixes}))?\s+(?i:{_words()['number']})\s*:?\s*"
        r"(?P<num>\d{1,6})(?![\d\p{L}]|\s?[/\-–.,]\s?\d|\s?[/\-–]\s?\p{Lu})"
        rf"(?P<dated>{date})?{issuer}"
    )


@functools.cache
def _pieces() -> tuple[str, str, str, str, str, str]:
    """The parts of the citation patterns: type words, their suffixes, Party and State symbols,
    the date after the number and the issuer."""
    data = load("doctypes")
    w = _words()
    names = sorted({t for t, _ in _types()[0]}, key=lambda t: (-len(t), t))  # (ties in a fixed order)
    suffixes = "|".join(regex.escape(s) for s in data["type_suffixes"])
    # (a trie of characters: the engine tries few branches at each place)
    words = trie([n.split(" ") for n in names], blank=r"\ ")
    type_alt = "(?i:" + (words if words is not None else "|".join(regex.escape(n) for n in names)) + ")"
    party = (
        rf"\d{{1,6}}[a-zA-Z]?{_SEP}[\p{{Lu}}][\p{{L}}]{{0,5}}{_SLASH}"
        r"[\p{Lu}Đ][\p{L}\d&]{0,15}(?:-[\p{Lu}Đ][\p{L}\d&]{0,15}){0,2}"
    )
    state = (
        rf"\d{{1,6}}[a-zA-Z]?(?:\.\d{{1,3}})?{_SLASH}(?:\d{{4}}/)?{_PART}(?:{_SEP}(?:[\p{{Lu}}Đ\d][\p{{L}}\d&]{{0,15}}"
        rf"(?:\.[\p{{Lu}}\d][\p{{L}}\d&]{{0,5}})*)){{1,3}}"
        r"|\d{1,6}/\d{4}/(?:QH|UBTVQH)\d{1,2}"
        # a Công văn's symbol is its issuer alone ("Công văn số 6006/BGDĐT"): after "số" only
        r"|(?<=(?i:" + w["number"] + r")\s*:?\s*)\d{1,6}/[\p{Lu}Đ][\p{Lu}Đ\d&]{1,15}(?![\p{L}\d/\-])"
    )
    # (the date of its signing or passing: "được Bộ Chính trị ban hành ngày", a law's "được Quốc
    # hội khóa XIV thông qua ngày 17/6/2020")
    date = str(w["signed_date"])
    # the issuer stops before the next cited document ("... của Ban Thường vụ Tỉnh ủy và Nghị quyết số ...")
    next_cite = rf"(?!(?:{w['and']}\s+|,\s*)?{type_alt}(?:\s+\p{{L}}+){{0,3}}\s+(?:(?i:{w['number']})|\d))"
    issuer = (
        rf"(?:(?:\s*\))?\s*,?\s+{w['of']}\s+(?P<issuer>\p{{Lu}}[\p{{L}}\d&\-]*(?:\s+{next_cite}[\p{{L}}\d&\-]+){{0,12}}))?"
    )
    return type_alt, suffixes, party, state, date, issuer


# what every symbol of :func:`_pattern` holds, from the last digit of its number on: that digit,
# the separator and the capital after it ("57-N", "51/K", "30/2020/N", "6006/B"); a text (or the
# rest of one) without it holds no citation, and is not scanned with the whole pattern
_SYMBOL_HINT = regex.compile(r"\d[a-zA-Z]?(?:\.\d{1,3})?\s?[/\-–]\s?(?:\d{4}/)?\p{Lu}")
# how far before that digit the number may start (the other digits of "\d{1,6}")
_HINT_LAG = 5
# every symbol holds a "/", at most this far after that digit: a Party symbol's "[a-z]?", its
# separator (3), the type's capital and 5 letters, a blank, then "/" ("57a - NQtwxyz /TW"); a
# State symbol's "/" comes sooner ("66.4/", "30/")
_SLASH_LAG = 12


@functools.cache
def _prefix_back() -> regex.Pattern[str]:
    """What may stand between a citation's start and its number (its type word, a suffix, "số",
    a colon, blanks), read backwards from a place: the search for the next citation need not
    start before that run."""
    data = load("doctypes")
    words = [t for t, _ in _types()[0]] + [str(x) for x in data["type_suffixes"]] + [_words()["number"]]
    letters = "".join(sorted({c for w in words for c in w if not c.isspace()}))
    return regex.compile(rf"(?r)(?i:[\s:{regex.escape(letters)}])*")


def _search(text: str, pos: int) -> regex.Match[str] | None:
    """``_pattern().search(text, pos)``, started late where that gives the same match: a text (or
    the rest of one) without a symbol's hint holds no citation, nor does the text before the
    first "/" less the longest way from a hint to its "/"; else no citation starts before the
    type word, "số" and blanks that may stand before the first number that can hold it."""
    slash = text.find("/", pos)
    if slash < 0:
        return None  # (no symbol without its "/")
    hint = _SYMBOL_HINT.search(text, max(pos, slash - _SLASH_LAG))
    if hint is None:
        return None
    start = _prefix_back().match(text, pos, max(pos, hint.start() - _HINT_LAG)).start()
    return _pattern().search(text, start)


# a cited document's date written after its issuer ("Chỉ thị số 45-CT/TW của Ban Bí thư ngày
# 14/4/2025"), matched where the issuer's name ends (doctypes.yaml citations.late_date)
@functools.cache
def _late_date_pattern() -> regex.Pattern[str]:
    return regex.compile(str(_words()["late_date"]))


def _late_date(text: str, m: regex.Match[str]) -> regex.Match[str] | None:
    """The date after the issuer of a citation that has none before it, or None."""
    if m.group("dated") or m.group("issuer") is None:
        return None
    issuer = _issuer(m.group("issuer"))
    if issuer is None:
        return None
    at = m.start("issuer")
    if not text.startswith(issuer, at):
        return None  # (the name's words stood apart: not read)
    # (read within reach: unbounded, the date's words were looked for to the text's end at every
    # citation, quadratic on a long line)
    return _late_date_pattern().match(text, at + len(issuer), at + len(issuer) + _LATE_DATE_REACH)


_LATE_DATE_REACH = 120  # characters after the issuer's name where its date may be read


# the date and the issuer of a cited document written before it: "Ngày 22/12/2024, Bộ Chính trị
# ban hành Nghị quyết số 57-NQ/TW ..." (read backwards from the type word; doctypes.yaml
# citations.early_date)
@functools.cache
def _early_date_pattern() -> regex.Pattern[str]:
    return regex.compile(str(_words()["early_date"]))


@functools.cache
def _early_verbs() -> tuple[str, ...]:
    """The words that end "Ngày <date>, <issuer> ban hành" ("đã ký", "có") before the type word."""
    return tuple(str(v) for v in _words()["early_verbs"])


def _early_date(text: str, start: int) -> regex.Match[str] | None:
    """The date of "Ngày <date>, <issuer> ban hành" (or "đã ký", "có") right before a
    citation's type word at ``start``, or None (tried only when the words before it are so)."""
    before = text[max(0, start - 140) : start]
    if not before.rstrip().endswith(_early_verbs()):
        return None
    return _early_date_pattern().search(before)


@functools.cache
def _early_issuer_pattern() -> regex.Pattern[str]:
    return regex.compile(str(_words()["early_issuer"]))


_EARLY_ISSUER_SPAN = 140  # "của <issuer> tại" right before a type word stands within so many characters
_EARLY_ISSUER_END = 24  # ... its "tại" within so many ("tại văn bản số ")


def _early_issuer(text: str, start: int) -> str | None:
    """The issuer of "(Theo đề nghị) của <issuer> tại" right before a citation's type word (or
    "văn bản số" before its number) at ``start``, or None (tried only when "tại" stands right
    before it)."""
    before = text[max(0, start - _EARLY_ISSUER_SPAN) : start]
    if str(_words()["early_issuer_end"]) not in before[-_EARLY_ISSUER_END :].lower():
        return None
    m = _early_issuer_pattern().search(before)
    return _issuer(m.group("issuer")) if m is not None else None


def cited_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the citations (:func:`_pattern`'s matches, left to right, with a date
    written after the issuer) in ``text``."""
    if "/" not in text:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _search(text, pos)) is not None:
        late = _late_date(text, m)
        out.append((m.start(), max(m.end(), late.end()) if late else m.end()))
        pos = m.end()
    return out


_BLANKS = regex.compile(r"\s+")
_STATE_FORM_PARTY = regex.compile(r"(\d{1,6}[a-zA-Z]?)/([\p{Lu}Đ][\p{L}]{0,5})-([\p{Lu}Đ][\p{L}\d&]{0,15})")
_ISSUER_END = regex.compile(r"[,;:()“”\"*]")
_PARTY_NUMBER = regex.compile(r"^\d+[a-zA-Z]?-")
_SYMBOL_YEAR = regex.compile(r"^[\d.]+[a-zA-Z]?/(\d{4})/")


@functools.cache
def _issuer_words() -> frozenset[str]:
    return frozenset(load("doctypes")["issuer_words"])


@functools.lru_cache(maxsize=4096)  # (a document cites the same texts again and again)
def canonical_number(written: str) -> tuple[str, bool]:
    """A cited number without the blanks and dashes a copy put in it, and whether a Party
    symbol was written in the State form (``27/NQ- TW`` for ``27-NQ/TW``).

    >>> canonical_number("12- HD/BTCTW"), canonical_number("71/NQ -CP"), canonical_number("27/NQ- TW")
    (('12-HD/BTCTW', False), ('71/NQ-CP', False), ('27-NQ/TW', True))
    """
    num = _BLANKS.sub("", written.replace("–", "-"))
    m = _STATE_FORM_PARTY.fullmatch(num)
    if m and m.group(3) in load("doctypes")["party_issuers"] and m.group(2) in _types()[1]:
        return f"{m.group(1)}-{m.group(2)}/{m.group(3)}", True
    return num, False


_TRAILING_MARK = regex.compile(r"([/\-])([\p{Lu}Đ][\p{L}Đ&]*?)(\d{1,2})$")


@functools.lru_cache(maxsize=4096)  # (a document cites the same texts again and again)
def _without_mark(num: str) -> str | None:
    """``num`` without the digits glued to its last part when that part is an issuer no digit
    follows in a symbol (a Party committee, "TTg", "UBND": "123-KL/TW3", "88/QĐ-UBND2"), or
    None. ("QH15", "UBTVQH15", "BCĐ389" keep their digits.)

    >>> _without_mark("123-KL/TW3"), _without_mark("88/QĐ-UBND2"), _without_mark("1656/NQ-UBTVQH15")
    ('123-KL/TW', '88/QĐ-UBND', None)
    """
    m = _TRAILING_MARK.search(num)
    if m is None:
        return None
    data = load("doctypes")
    party = m.group(1) == "/" and _PARTY_NUMBER.match(num) is not None
    issuers = data["party_issuers"] if party else data["glued_issuers"]
    if m.group(2) not in issuers or m.group(2) == "UBTVQH":
        return None
    return num[: m.start(3)]


@functools.lru_cache(maxsize=4096)  # (a document cites the same texts again and again)
def _issuer(raw: str | None) -> str | None:
    """The issuing unit after "của": a run of capitalised words and the lower-case words that
    belong inside unit names ("Ban Thường vụ Tỉnh ủy", "Văn phòng Trung ương Đảng").

    >>> _issuer("Bộ Chính trị trên địa bàn tỉnh")
    'Bộ Chính trị'
    >>> _issuer("Ban Thường vụ Tỉnh ủy về thực hiện")
    'Ban Thường vụ Tỉnh ủy'
    >>> _issuer("Thủ tướng Chính phủ ban hành ngày 12/10/2025")
    'Thủ tướng Chính phủ'
    >>> _issuer("Thủ tướng Chính phủ và Kế hoạch tổng thể"), _issuer("Ban Thường vụ Tỉnh ủy2 và")
    ('Thủ tướng Chính phủ', 'Ban Thường vụ Tỉnh ủy')
    """
    if not raw:
        return None
    inner = _issuer_words()
    words: list[str] = []
    parts = _BLANKS.split(_ISSUER_END.split(raw)[0].strip())
    names = _type_names()[1]
    cw = _words()
    verb, joined, about = cw["issue_verb"].split(), cw["and"], cw["about"]
    for k, w in enumerate(parts):
        if not w or (w == verb[0] and parts[k + 1 : k + 2] == verb[1:]):
            break  # (the verb after the name: "của Thủ tướng Chính phủ ban hành ngày ...")
        if w == joined and any(" ".join(parts[k + 1 : k + n]).lower() in names for n in (2, 3, 4)):
            break  # (the next document: "của Thủ tướng Chính phủ và Kế hoạch tổng thể ...")
        if words and w[-1].isdigit() and w.rstrip("0123456789").lower() in inner:
            words.append(w.rstrip("0123456789"))  # (a footnote mark glued to the name's end: "Tỉnh ủy2")
            break
        if w[:1].isupper() or w[:1].isdigit() or w in ("&", "-") or (words and w.lower() in inner):
            words.append(w)
            continue
        break
    while words and (words[-1] in ("&", "-", joined) or words[-1].lower() in (about, joined)):
        words.pop()
    return " ".join(words) or None


@functools.lru_cache(maxsize=4096)  # (a document cites the same texts again and again)
def symbol_abbr(number: str) -> str | None:
    """The type abbreviation inside a symbol.

    >>> symbol_abbr("57-NQ/TW"), symbol_abbr("51/KH-UBND"), symbol_abbr("30/2020/NĐ-CP")
    ('NQ', 'KH', 'NĐ')
    """
    if _PARTY_NUMBER.match(number):
        return number.split("-", 1)[1].split("/", 1)[0]
    parts = number.split("/")
    last = parts[-1]
    return last.split("-", 1)[0] if "-" in last else last.rstrip("0123456789") or None


def type_for_abbr(abbr: str | None) -> str | None:
    if not abbr:
        return None
    names = _types()[1].get(abbr)
    return names[0] if names else None


@functools.cache
def _type_names() -> tuple[dict[str, list[str]], dict[str, str]]:
    """The abbreviations that agree with each type name (its own and the ones it shares, "also"),
    and each name by its lower case (the first name of that lower case, in the order of the data)."""
    types = dict(_types()[0])
    for t in load("doctypes")["types"]:
        types[str(t["name"])] = types[str(t["name"])] + [str(a) for a in t.get("also", ())]
    canonical: dict[str, str] = {}
    for n in types:
        canonical.setdefault(n.lower(), n)
    return types, canonical


def find_citations(text: str, line_at: object, *, base_line: int = 0) -> tuple[list[Citation], list[Warning]]:
    """Citations in one paragraph. ``line_at(offset) -> line`` maps offsets to original lines."""
    placed, warns = _find(text, line_at, base_line)
    return [c for _, c in placed], warns


def _find(text: str, line_at: object, base_line: int) -> tuple[list[tuple[int, Citation]], list[Warning]]:
    """:func:`find_citations`, each citation with where it starts in ``text``. (A text without a
    "/" holds no symbol, and is not looked at for a number without one either.)"""
    out: list[Citation] = []
    warns: list[Warning] = []
    spans: list[tuple[int, int]] = []  # each citation's span in ``text``
    if "/" not in text:
        return [], warns
    _find_symbols(text, line_at, base_line, out, spans, warns)
    placed = list(zip((s for s, _ in spans), out, strict=True))
    if named := _bare_citations(text, line_at, base_line):
        placed.extend(named)
        placed.sort(key=lambda p: p[0])  # (in the order of the text, with the others)
    return placed, warns


def _find_symbols(
    text: str, line_at: object, base_line: int, out: list[Citation], spans: list[tuple[int, int]], warns: list[Warning]
) -> None:
    """The citations with a symbol in ``text`` (a "/" in it), put in ``out`` with their spans."""
    types, canonical = _type_names()
    pos = 0
    while (m := _search(text, pos)) is not None:
        # the issuer ("của Ban Bí thư tại văn bản số 213-KL/TW ...") may hold the next citation:
        # go on from the number or its date, not from the issuer's end
        written, typ, dated = m.group("num", "type", "dated")
        d1, m1, y1, d2, m2, y2 = m.group("d1", "m1", "y1", "d2", "m2", "y2")
        pos = m.end("dated") if dated else m.end("num")
        num, reshaped = canonical_number(written)
        if num[-1].isdigit() and (bare := _without_mark(num)) is not None:
            # a footnote mark a text layer glued to the symbol, its note lost ("123-KL/TW3")
            at_line = line_at(m.start("num")) if callable(line_at) else base_line
            warns.append(Warning("citation_mark", f"'{num}' read as {bare} and a footnote mark", at_line))
            num = bare
        if (
            typ is None
            and "-" not in num
            and num.count("/") == 1
            and not _pattern_of("letter_before").search(text, max(0, m.start() - 20), m.start())
        ):
            # an issuer alone after "số" names a document only after its type or "văn bản"
            # ("Mẫu số 09/PLIII"; "văn bản số 1234/UBND")
            continue
        if typ is None and _UPPER_SUFFIX.match(num) and not _so_before().search(text, max(0, m.start() - 8), m.start()):
            # a capital after the digits names a document after its type or "số" only
            # ("số 12A/QĐ-UBND"; not "4G/LTE-A")
            continue
        date = None
        issuer = _issuer(m.group("issuer"))
        if not dated and (late := _late_date(text, m)) is not None:
            d1, m1, y1, d2, m2, y2 = late.group("d1", "m1", "y1", "d2", "m2", "y2")
        elif not dated and typ and (early := _early_date(text, m.start())) is not None:
            d1, m1, y1, d2, m2, y2 = early.group("d1", "m1", "y1", "d2", "m2", "y2")
            issuer = issuer or _issuer(early.group("issuer"))
        if issuer is None:
            # "Theo đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV": the issuer named before it
            issuer = _early_issuer(text, m.start())
        d, mo, y = (d1, m1, y1) if d1 else (d2, m2, y2)
        if (
            not d
            and out
            and out[-1].date
            and _pattern_of("same_day").match(text, m.end("num"))
            and _JOIN not in text[spans[-1][1] : m.start()]
        ):
            # "Quyết định số 1131/QĐ-TTg ngày 12/10/2025 và Quyết định số 1132/QĐ-TTg cùng ngày"
            y, mo, d = out[-1].date.split("-")
        line = line_at(m.start("num")) if callable(line_at) else base_line
        if reshaped:
            warns.append(
                Warning(
                    "citation_symbol_form",
                    f"'{written}' is written in the State form; read as the Party symbol {num}",
                    line,
                )
            )
        if d:
            try:
                date = dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                warns.append(Warning("invalid_date", f"citation {num}: invalid date {d}/{mo}/{y}", line))
        sym_year = _SYMBOL_YEAR.match(num)
        if date and sym_year and sym_year.group(1) != date[:4]:
            warns.append(
                Warning(
                    "citation_date_mismatch",
                    f"citation {num}: dated {d}/{mo}/{y}, its number says {sym_year.group(1)}; recorded as written",
                    line,
                )
            )
        abbr = symbol_abbr(num)
        mismatch = False
        if typ:
            typ = typ[0].upper() + typ[1:].lower() if typ.isupper() else typ
            canon = canonical.get(typ.lower(), typ)
            typ = canon
            expected = types.get(canon, [])
            known_abbr = abbr in _types()[1]
            if expected and known_abbr and abbr not in expected:
                mismatch = True
                warns.append(
                    Warning(
                        "citation_type_mismatch",
                        f"'{typ} {_words()['number']} {num}': the symbol says {abbr} ({type_for_abbr(abbr)}), "
                        f"the type word says {typ}",
                        line,
                    )
                )
        inferred = typ or type_for_abbr(abbr)
        for at, bare in _bare_numbers(text, m.start("num"), num):
            # "các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017": "18" is "18-NQ/TW", of that date
            bare_line = line_at(at) if callable(line_at) else base_line
            out.append(Citation(inferred, bare, date, issuer, bare_line, "short", bare))
            spans.append((at, at + len(bare)))
        out.append(
            Citation(
                type=inferred,
                number=num,
                date=date,
                issuer=issuer,
                line=line,
                mention="full" if typ else "short",
                text=m.group(0).strip(),
                type_mismatch=mismatch,
            )
        )
        spans.append(m.span())
    _share_dates(text, out, spans)


# "số" and a number that no symbol follows ("Kết luận số 123 ngày ...", not "số 123-KL/TW"), a
# pattern for each way "số" is written (a literal the engine looks for fast)
_SO_TAIL = r"\s*:?\s*(?P<n>\d{1,6})(?![\d\p{L}]|\s?[/\-–.,]\s?\d|\s?[/\-–]\s?\p{Lu})"


@functools.cache
def _so_digits_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((w, regex.compile(w + _SO_TAIL)) for w in _words()["number_forms"])


def _so_digits(text: str) -> list[regex.Match[str]]:
    """The matches of "số" and a bare number in ``text``, in its order."""
    found = [m for w, pat in _so_digits_patterns() if w in text for m in pat.finditer(text)]
    found.sort(key=lambda m: m.start())
    return found


def _bare_citations(text: str, line_at: object, base_line: int) -> list[tuple[int, Citation]]:
    """Documents named by their type and a number without its symbol ("Kết luận số 123 ngày
    24/01/2025 của Bộ Chính trị"): the number as written. (A repeat of a document cited with its
    symbol is dropped later, by :func:`drop_repeats`, over the whole document.)"""
    out: list[tuple[int, Citation]] = []
    canonical = _type_names()[1]
    for hit in _so_digits(text):
        at = hit.start("n")
        lo = _prefix_back().match(text, max(0, hit.start() - 40), hit.start()).start()
        m = _bare_pattern().search(text, lo, min(len(text), at + 240))
        if m is None or m.start("num") != at:
            continue
        typ = m.group("type")
        typ = typ[0].upper() + typ[1:].lower() if typ.isupper() else typ
        d1, m1, y1, d2, m2, y2 = m.group("d1", "m1", "y1", "d2", "m2", "y2")
        d, mo, y = (d1, m1, y1) if d1 else (d2, m2, y2)
        date = None
        if d:
            with contextlib.suppress(ValueError):
                date = dt.date(int(y), int(mo), int(d)).isoformat()
        line = line_at(at) if callable(line_at) else base_line
        out.append(
            (
                m.start(),
                Citation(
                    canonical.get(typ.lower(), typ),
                    m.group("num"),
                    date,
                    _issuer(m.group("issuer")),
                    line,
                    "full",
                    m.group(0).strip(),
                ),
            )
        )
    return out


def drop_repeats(cits: list[Citation]) -> list[Citation]:
    """The citations without the documents named by their number alone ("Nghị quyết số 57")
    that the document cites with their symbol too ("Nghị quyết số 57-NQ/TW"): a short name of
    the same document."""
    bare = [c for c in cits if c.number.isdigit()]
    if not bare:
        return cits
    heads = {regex.split(r"[-/]", c.number, maxsplit=1)[0] for c in cits if not c.number.isdigit()}
    return [c for c in cits if not (c.number.isdigit() and c.number in heads)]


# numbers written bare before the last one of a list, which alone has its symbol: "số 18, 19 và
# 20-NQ/TW", "số 100, 101/QĐ-UBND" (read backwards from the number with the symbol)
# (doctypes.yaml citations.bare_list)
_LEAD_DIGITS = regex.compile(r"\d+")


def _bare_numbers(text: str, start: int, num: str) -> list[tuple[int, str]]:
    """The numbers listed bare before the number at ``start`` (written ``num``), each with the
    symbol of ``num`` (where it stands, its whole number)."""
    k = start
    while k and text[k - 1] in " \t":
        k -= 1
    joined = _words()["and"]
    if not (text[k - 1 : k] == "," or text[k - len(joined) : k] == joined) or not any(
        c.isdigit() for c in text[k - 6 : k]
    ):
        return []
    m = _pattern_of("bare_list").search(text, max(0, start - 80), start)
    if m is None:
        return []
    lead = _LEAD_DIGITS.match(num)
    suffix = num[lead.end() :] if lead else ""
    return [(b.start(), b.group() + suffix) for b in _LEAD_DIGITS.finditer(text, m.start("nums"), m.end("nums"))]


_UPPER_SUFFIX = regex.compile(r"\d+[A-Z][/\-]")


@functools.cache
def _pattern_of(name: str) -> regex.Pattern[str]:
    """The pattern ``name`` of doctypes.yaml ``citations``: "bare_list", "letter_before" ("văn bản
    số" right before a number), "same_day" (a cited document dated "the same day" as the one
    before it), "list_gap" (between two numbers of a list)."""
    return regex.compile(str(_words()[name]))


@functools.cache
def _so_before() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{_words()['number']})\s*:?\s*$")


def _share_dates(text: str, cits: list[Citation], spans: list[tuple[int, int]]) -> None:
    """A number listed after another without a type of its own has that one's; numbers listed
    under one type word share the date and the issuer written after the last
    ("Các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung
    ương"): a number with neither, followed by a comma or "và" and the next number of the same
    type, takes them from it."""
    for k in range(1, len(cits)):
        # ("Công văn số 456/UBND-VP ... và số 457/UBND-VP": a Công văn too)
        if (
            cits[k].type is None
            and cits[k].mention == "short"
            and spans[k - 1][1] < spans[k][0]
            and _pattern_of("list_gap").fullmatch(text, spans[k - 1][1], spans[k][0]) is not None
        ):
            cits[k].type = cits[k - 1].type
    for k in range(len(cits) - 2, -1, -1):
        cit, nxt = cits[k], cits[k + 1]
        if cit.date or cit.issuer or not nxt.date or nxt.mention != "short" or cit.type != nxt.type:
            continue
        gap = _pattern_of("list_gap").fullmatch(text, spans[k][1], spans[k + 1][0])
        if gap is not None and spans[k][1] < spans[k + 1][0]:
            cit.date, cit.issuer = nxt.date, nxt.issuer


def names_itself(cit: Citation, header: Header) -> bool:
    """``cit`` is the document naming itself ("(Kèm theo Kế hoạch số 45/KH-UBND ngày …)" in its
    appendix): its own number, undated or dated as the header is — as far as the header's date
    was read (a day left blank: "ngày   tháng 3 năm 2026"). The same number of another year is
    another document."""
    if not header.number or cit.number != header.number:
        return False
    if cit.date is None or cit.date == header.date:
        return True
    parts = header.date_parts
    if parts is None or parts.year is None or header.date is not None:
        return False
    y, mo, d = (int(x) for x in cit.date.split("-"))
    return parts.year == y and parts.month in (None, mo) and parts.day in (None, d)


def line_runs(lines: Iterable[tuple[str, int]]) -> list[tuple[str, Callable[[int], int] | int]]:
    """Runs of consecutive lines (text, line number) — a title or a subject wrapped over lines
    ("... Quyết định số 1131/QĐ-TTg ngày" / "12/10/2025 của ...") — each joined by a blank into
    one text, with the map of its offsets to the lines, for :func:`find_all_citations`."""
    items = [(text.strip(), no) for text, no in lines]
    out: list[tuple[str, Callable[[int], int] | int]] = []
    start = 0
    for k in range(1, len(items) + 1):
        if k < len(items) and items[k - 1][1] + 1 == items[k][1]:
            continue
        # (a run of one line, as most are, makes no list: a long text has many)
        if k - start == 1:
            out.append(items[start])
        else:
            run = items[start:k]
            starts = list(itertools.accumulate((len(t) + 1 for t, _ in run[:-1]), initial=0))
            nos = [no for _, no in run]
            out.append((" ".join(t for t, _ in run), functools.partial(_run_line, starts, nos)))
        start = k
    return out


def _run_line(starts: list[int], nos: list[int], offset: int) -> int:
    return nos[bisect.bisect_right(starts, offset) - 1]


# joins the texts of :func:`find_all_citations`: no part of a citation matches it, and the
# look-arounds (a letter, a digit, "số" and blanks before or after) read it as they read the
# start or the end of a text — a citation found in the joined text lies inside one text and is
# the one found in that text alone
_JOIN = "\x00"


def find_all_citations(
    pieces: Iterable[tuple[str, Callable[[int], int] | int]],
) -> tuple[list[Citation], list[Warning]]:
    """:func:`find_citations` of each text of ``pieces`` that may hold a symbol (a "/") —
    (text, ``line_at`` or the line of the whole text) — in their order, read in one scan: the
    texts joined, each offset taken back to its text by bisection. (A document named by a bare
    number, "Kết luận số 123", is looked for in those texts only.)"""
    kept = [(text, at) for text, at in pieces if "/" in text]
    if not kept:
        return [], []
    starts: list[int] = []
    pos = 0
    for text, _ in kept:
        starts.append(pos)
        pos += len(text) + len(_JOIN)

    def line_at(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        at = kept[k][1]
        return at(offset - starts[k]) if callable(at) else at

    return find_citations(_JOIN.join(text for text, _ in kept), line_at)
