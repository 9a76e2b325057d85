"""Text normaliser: NFC, invisible characters, one tone-mark style, and known slips, with a log.

Steps (each one is a rule whose name is the :class:`~ndq57.model.Fix` ``rule``):

1. ``nfc`` — Unicode NFC. It is the base of every position and is not logged.
2. ``mojibake`` — UTF-8 text read as Windows-1252 and saved again (``Sá»Ÿ TÃ i chÃ­nh``) decoded
   run by run. ``html_entity``, ``mail_quote``, ``html_markup`` — HTML character references left by a copy
   of a web page's or an e-mail's source (``Ủy&nbsp;ban``, ``&amp;``, ``&#7879;``) decoded; an
   e-mail's quoting (``> `` at the start of nearly every line) removed; a quoted-printable body
   left undecoded (``quoted_printable``: ``Tr=C6=B0=E1=BB=9Bc``) decoded; the tags of an HTML table
   left in a markdown text (pandoc's gfm) removed, bold and italic kept as markdown emphasis.
   ``invisible_chars`` — no-break spaces become spaces; zero-width spaces, word joiners, BOMs and
   soft hyphens are dropped (one fix per occurrence).
3. ``tone_style`` — one tone-mark style per syllable for the nuclei ``oa``, ``oe``, ``uy``:
   ``"old"`` (``hóa``, ``khỏe``, ``thủy``) or ``"new"`` (``hoá``, ``khoẻ``, ``thuỷ``). With a final
   consonant or a third vowel both styles agree (``hoàng``, ``ngoài``, ``huýt``) and a misplaced
   mark there (``hòang``) is moved too. The ``u`` of ``qu`` is part of the consonant: ``quý``
   stays.
   Before it, what text layers and OCR engines do: ``compat_chars`` (full-width digits and signs,
   the ideographic space, ligatures), ``punct_spacing`` (blanks before ``, ; : .``),
   ``symbol_hyphen``, date repairs (``date_spacing``, ``date_glued_word``, ``date_dash``,
   ``ocr_digit`` — also in a number after a date word: ``ngày l5``, ``năm 2O26``, and in a
   dashed date: ``15-7-2O26``; ``date_spacing`` also closes a blank inside a year, ``15/7/20 26``,
   or a day after a day or limit word, ``ngày 1 5/7/2026``), ``unmarked_word`` (the known phrases of
   a line typed without marks, :mod:`ndq57.parse.unmarked`: ``truoc ngay`` -> ``trước ngày``),
   ``ocr_section_label`` (``Il.``, ``1I.``, ``IlI.`` -> ``II.``, ``III.``; ``L.``, ``IL.``, ``-_IIL``
   by the labels' sequence; a table group's ``| I |`` between ``| I |`` and ``| III |``),
   ``ocr_row_number`` (a task row's number lost between rows n and n + 2), ``ocr_table_header``
   (a header cell ``SIT``, ``Chú trì``), ``ocr_stray_glyph``, ``ocr_capital`` (a capital read inside
   a unit's name, ``Đảng Ủy``),
   ``ocr_header_word``, ``split_glued_word`` / ``join_split_word``, ``slip_place_name`` for a
   province's name misspelt after ``tỉnh`` / ``thành phố`` or as the place of the date line
   (``data/slips.yaml`` ``place_names``), and ``slip_unit_name`` for a known unit's name that lost
   or changed a mark (``Sở Tài chinh``, ``Sờ Nôi vụ``).
4. ``slip_place_name``, ``slip_diacritic``, ``slip_typo``, ``slip_ocr`` — slips listed in ``data/slips.yaml``,
   each with the context that must (or must not) surround it and a certainty: ``fix`` entries are
   changed, ``suspect`` entries are only reported.

Every position in a :class:`Fix` points into the NFC input: ``line`` is 1-based, ``start`` and
``end`` are columns in that line, and ``nfc_line[start:end] == fix.original``. Lines are separated
by ``\\n`` and their number never changes. The result is idempotent.

>>> r = normalize("Đăk Lăk, ngày 10 tháng 7 năm 2025\\nBan Chỉ đạo tinh; Uỷ ban nhân dân")
>>> r.text
'Đắk Lắk, ngày 10 tháng 7 năm 2025\\nBan Chỉ đạo tỉnh; Ủy ban nhân dân'
>>> [(f.rule, f.original, f.line, f.start) for f in r.fixes]
[('slip_place_name', 'Đăk Lăk', 1, 0), ('slip_diacritic', 'tinh', 2, 12), ('tone_style', 'Uỷ', 2, 18)]
>>> normalize("thuỷ lợi, hòa bình", tone_style="new").text
'thuỷ lợi, hoà bình'
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ndq57 import cache
from ndq57 import cached_re as re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.model import Fix, Warning
from ndq57.parse import syllables
from ndq57.parse.unmarked import unit_name_edits, unmarked_edits
from ndq57.textutil import splice

__all__ = ["TONE_STYLES", "Normalized", "normalize"]

TONE_STYLES = ("old", "new", "keep")
_MAX_SLIP_ROUNDS = 3

# Edit on the current text: (start, end, replacement, rule).
_Edit = tuple[int, int, str, str]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text, the changes made (positions in the NFC input) and suspects left alone."""

    text: str
    fixes: list[Fix]
    suspects: list[Warning]


# --------------------------------------------------------------------------------------------
# Position bookkeeping


class _OffsetMap:
    """Maps positions of the current text back to the NFC input, across several edit steps.

    Holds the edited regions as parallel sorted lists: current span ``[cs, ce)`` came from the
    original span ``[os, oe)``. Outside the regions the text is unchanged, so positions shift.
    """

    __slots__ = ("ce", "cs", "oe", "os")

    def __init__(self) -> None:
        self.cs: list[int] = []
        self.ce: list[int] = []
        self.os: list[int] = []
        self.oe: list[int] = []

    def start(self, p: int) -> int:
        """Original position of a span start at current position ``p``."""
        i = bisect.bisect_right(self.ce, p)
        if i < len(self.cs) and self.cs[i] <= p < self.ce[i]:
            return self.os[i]
        if i == 0:
            return p
        return self.oe[i - 1] + (p - self.ce[i - 1])

    def end(self, p: int) -> int:
        """Original position of a span end at current position ``p``."""
        i = bisect.bisect_left(self.cs, p)
        if i == 0:
            return p
        if self.ce[i - 1] >= p:
            return self.oe[i - 1]
        return self.oe[i - 1] + (p - self.ce[i - 1])

    def apply(self, edits: list[tuple[int, int, int]]) -> None:
        """Record edits ``(start, end, new_length)`` (current positions, sorted, disjoint)."""
        if not edits:
            return
        items: list[tuple[int, int, int, int, int]] = []  # cur_s, cur_e, orig_s, orig_e, delta
        for s, e, n in edits:
            items.append((s, e, self.start(s), self.end(e), n - (e - s)))
        for k in range(len(self.cs)):
            items.append((self.cs[k], self.ce[k], self.os[k], self.oe[k], 0))
        # Sorted by (start, end): a deletion just before an edit stays a region of its own.
        items.sort(key=lambda t: (t[0], t[1]))
        cs: list[int] = []
        ce: list[int] = []
        os_: list[int] = []
        oe: list[int] = []
        shift = 0
        cur: list[int] | None = None  # [a, b, orig_s, orig_e, delta] of the open cluster
        for s, e, o_s, o_e, d in items:
            if cur is not None and s < cur[1]:
                cur[1] = max(cur[1], e)
                cur[2] = min(cur[2], o_s)
                cur[3] = max(cur[3], o_e)
                cur[4] += d
                continue
            if cur is not None:
                cs.append(cur[0] + shift)
                ce.append(cur[1] + shift + cur[4])
                os_.append(cur[2])
                oe.append(cur[3])
                shift += cur[4]
            cur = [s, e, o_s, o_e, d]
        if cur is not None:
            cs.append(cur[0] + shift)
            ce.append(cur[1] + shift + cur[4])
            os_.append(cur[2])
            oe.append(cur[3])
        self.cs, self.ce, self.os, self.oe = cs, ce, os_, oe


class _Log:
    """Accumulates fixes positioned in the NFC input."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.map = _OffsetMap()
        self.fixes: list[tuple[int, int, int, int, Fix]] = []
        self._line_starts: list[int] | None = None

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            # (each line starts one past the end of the one before: sums of the lengths + 1)
            lengths = self.original.split("\n")[:-1]
            self._line_starts = [0, *itertools.accumulate(map((1).__add__, map(len, lengths)))]
        return self._line_starts

    def line_of(self, orig_pos: int) -> int:
        return bisect.bisect_right(self.line_starts(), orig_pos)

    def orig_line_of(self, cur_pos: int) -> int:
        return self.line_of(self.map.start(cur_pos))

    def commit(self, text: str, edits: list[_Edit], order: int) -> str:
        """Log ``edits`` (current positions, sorted, disjoint) and return the edited text."""
        if not edits:
            return text
        edits = self._widen(text, edits)
        starts = self.line_starts()
        for s, e, repl, rule in edits:
            o_s, o_e = self.map.start(s), self.map.end(e)
            line = bisect.bisect_right(starts, o_s)
            base = starts[line - 1]
            fix = Fix(rule, self.original[o_s:o_e], repl, line, o_s - base, o_e - base)
            # at one position the outer fix first, and of two over the same text the later one,
            # which carries the earlier
            self.fixes.append((o_s, -o_e, -order, len(self.fixes), fix))
        self.map.apply([(s, e, len(r)) for s, e, r, _ in edits])
        return splice(text, ((s, e, r) for s, e, r, _ in edits))

    def _widen(self, text: str, edits: list[_Edit]) -> list[_Edit]:
        """An edit that covers part of an earlier edit's result is widened to all of it (its
        replacement keeps the rest), so that every logged fix replaces whole earlier fixes: the
        log replays ("Tinh uỷhoá" split, then "Tinh ủy" fixed: one fix over "Tinh uỷhoá").
        Edits whose widened spans meet become one edit."""
        cs, ce = self.map.cs, self.map.ce
        if not cs:
            return edits
        groups: list[tuple[int, int, list[_Edit]]] = []
        for s, e, repl, rule in edits:
            s2, e2 = s, e
            i = bisect.bisect_right(cs, s) - 1
            if i >= 0 and cs[i] < s < ce[i]:
                s2 = cs[i]
            j = bisect.bisect_right(cs, e - 1) - 1 if e > s else -1
            if j >= 0 and cs[j] <= e - 1 and e < ce[j]:
                e2 = ce[j]
            if groups and s2 < groups[-1][1]:
                a, b, members = groups[-1]
                groups[-1] = (a, max(b, e2), [*members, (s, e, repl, rule)])
            else:
                groups.append((s2, e2, [(s, e, repl, rule)]))
        out: list[_Edit] = []
        for a, b, members in groups:
            if len(members) == 1 and (a, b) == members[0][:2]:
                out.append(members[0])
                continue
            parts, pos = [], a
            for s, e, repl, _ in members:
                parts.append(text[pos:s] + repl)
                pos = e
            parts.append(text[pos:b])
            out.append((a, b, "".join(parts), members[0][3]))
        return out

    def sorted_fixes(self) -> list[Fix]:
        return [f for *_, f in sorted(self.fixes, key=lambda t: t[:4])]


# --------------------------------------------------------------------------------------------
# Characters that few texts hold, which several steps look for


@functools.cache
def _rare_pattern() -> re.Pattern[str]:
    """Any of the characters :func:`_rare_chars` looks for."""
    chars = _SPACE_LIKE + _DROPPED + _LEGACY_HINTS + "".join(_COMPAT_CHARS) + "".join((*_STRAY_TONES, *_TONED_N))
    return re.compile("[" + "".join(sorted(map(re.escape, set(chars)))) + "]")


@functools.lru_cache(maxsize=2)  # (the steps that ask follow one another, most on the same text)
def _rare_chars(text: str) -> frozenset[str]:
    """Which of the characters that the legacy fonts, the invisible characters, the compatibility
    characters and the stray tone marks' steps look for ``text`` holds: one pass over the text for
    them all (most texts hold none)."""
    return frozenset(_rare_pattern().findall(text))


# --------------------------------------------------------------------------------------------
# Step: invisible characters

_SPACE_LIKE = "\u00a0\u202f\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f"
# (and the marks of writing direction a web page or a word processor leaves in a copy: left-to-right
# and right-to-left marks, embeddings, overrides and isolates, the Arabic letter mark)
# (and PDFium's mark of a hyphen that ended a line, U+FFFE, in text a PDF library extracted: a
# hyphen after a letter or a digit, "41/KH\ufffeUBND" is "41/KH-UBND", else dropped)
_DROPPED = (
    "\u200b\u2060\ufeff\u00ad\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufffe"
)


@functools.cache
def _invisible_pattern() -> Any:
    # A dropped character stays when a combining mark follows: removing it would create a
    # combining sequence that NFC would compose on the next run (not idempotent).
    return regex.compile(f"[{_SPACE_LIKE}]|(?P<hyphen>(?<=[\\p{{L}}\\p{{N}}])\ufffe(?=\\S))|[{_DROPPED}](?!\\p{{M}})")


def invisible_chars(text: str) -> list[_Edit]:
    """Edits replacing no-break spaces with spaces and dropping zero-width characters.

    >>> invisible_chars("a\\u00a0b\\u200bc")
    [(1, 2, ' ', 'invisible_chars'), (3, 4, '', 'invisible_chars')]
    >>> invisible_chars("12/KH-UBND\\u200e ngày \\u202a5/6\\u202c")
    [(10, 11, '', 'invisible_chars'), (17, 18, '', 'invisible_chars'), (21, 22, '', 'invisible_chars')]
    >>> invisible_chars("41/KH\\ufffeUBND \\ufffe")
    [(5, 6, '-', 'invisible_chars'), (11, 12, '', 'invisible_chars')]
    """
    if _rare_chars(text).isdisjoint(_SPACE_LIKE + _DROPPED):
        return []
    return [
        (m.start(), m.end(), " " if m.group() in _SPACE_LIKE else "-" if m.group("hyphen") else "", "invisible_chars")
        for m in _invisible_pattern().finditer(text)
    ]


# --------------------------------------------------------------------------------------------
# Step: text typed in a legacy font (TCVN3, VNI) that reached us as Latin-1 letters

# letters that each legacy code uses often and Vietnamese Unicode text never holds (a few of the
# evidence letters of data/legacy_fonts.yaml, such as "«" or "õ", stand in Unicode text too)
_MODERN = re.compile("[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0]")  # (no legacy code has these)
_LEGACY_HINTS = "µ¶¸¼½¾ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñö÷øûüþ"  # (not "¹": a footnote mark)
_LEGACY_HINT = re.compile(f"[{_LEGACY_HINTS}]")


def legacy_text(text: str) -> list[_Edit]:
    """Edits converting text typed in a TCVN3 or VNI font to Unicode ("Së Tµi chÝnh" -> "Sở Tài
    chính"): the whole text when its letters are those of a legacy code, else each line that is
    (a run pasted from an old document), one edit per line. Looked for only in a text that holds
    a letter those codes use and Unicode text does not.

    >>> [e[2:] for e in legacy_text("Ủy ban nhân dân tỉnh\\nSë Tµi chÝnh chñ tr×, hoµn thµnh tr\\u00adíc ngµy 30/6")]
    [('Sở Tài chính chủ trì, hoàn thành trước ngày 30/6', 'legacy_font')]
    >>> legacy_text("Giá trị × 2; mã ß")
    []
    """
    if _rare_chars(text).isdisjoint(_LEGACY_HINTS):
        return []
    starts = [m.start() for m in _LEGACY_HINT.finditer(text)]
    hints = len(starts)
    if hints < 5:  # (a sign or a foreign name: "×", "Müller")
        return []
    from ndq57.readers.legacy_fonts import guess, to_unicode

    whole = guess(text) if hints >= 0.01 * len(text) else None
    lines: set[int] | None = None
    if whole is None:  # (the lines of the hints, their line breaks counted as the text goes on)
        lines, line_no, at = set(), 0, 0
        for start in starts:
            line_no += text.count("\n", at, start)
            at = start
            lines.add(line_no)
    out: list[_Edit] = []
    pos = 0
    for k, line in enumerate(text.split("\n")):
        kind = whole or (guess(line) if lines is not None and k in lines else None)
        if kind is not None and not _MODERN.search(line):  # (a line of Unicode text stays)
            # (the words with a legacy letter whose plain letters are all capitals were typed in
            # a capitals font: .VnTimeH)
            letters = [c for w in line.split() if not w.isascii() for c in w if c.isascii() and c.isalpha()]
            new = to_unicode(line, kind, capitals=len(letters) > 1 and all(map(str.isupper, letters)))
            if new != line and "\n" not in new:
                out.append((pos, pos + len(line), new, "legacy_font"))
        pos += len(line) + 1
    return out


# --------------------------------------------------------------------------------------------
# Step: compatibility characters of a text layer or an East Asian input method

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_COMPAT = re.compile("[\ufb00-\ufb06\uff01-\uff5e\u3000\u00d0\u00f0\u2010\u2011\u2212\u01cd\u01ce]")
_COMPAT_CHARS = frozenset(
    chr(c)
    for c in (*range(0xFB00, 0xFB07), *range(0xFF01, 0xFF5F), 0x3000, 0xD0, 0xF0, 0x2010, 0x2011, 0x2212, 0x1CD, 0x1CE)
)
# the Icelandic eth that fonts and OCR engines give for the Vietnamese "Đ" ("QÐ-UBND"); (helper 58)
# the "a" with a caron a PDF font's table gives for the "a" with a breve ("ngày 5 tháng 12 n\u01cem
# 2026"), which no Vietnamese word holds
_ETH = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u01cd": "\u0102", "\u01ce": "\u0103"}
# a word processor's hyphen, non-breaking hyphen and minus sign for the hyphen ("57‑NQ/TW", "22‑12‑2024")
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2212": "-"}


def compat_chars(text: str) -> list[_Edit]:
    """Edits writing full-width digits, letters and signs as ASCII ("１５/６" -> "15/6"), an
    ideographic space as a space, a ligature glyph as its letters ("ﬁ" -> "fi") and the eth a
    font gives for "Đ" as "Đ" ("QÐ-UBND"), a non-breaking hyphen, a typographic hyphen and a
    minus sign as the hyphen ("57‑NQ/TW").

    >>> [e[2] for e in compat_chars("trước ngày １５／６, ﬁle\\u3000x; QÐ; 57\\u2011NQ")]
    ['1', '5', '/', '6', 'fi', ' ', 'Đ', '-']
    """
    out: list[_Edit] = []
    if _rare_chars(text).isdisjoint(_COMPAT_CHARS):
        return out
    for m in _COMPAT.finditer(text):
        c = m.group()
        repl = _LIGATURES.get(c) or _ETH.get(c) or _HYPHENS.get(c) or (" " if c == "\u3000" else chr(ord(c) - 0xFEE0))
        out.append((m.start(), m.end(), repl, "compat_chars"))
    return out


# --------------------------------------------------------------------------------------------
# Step: what a copy out of an e-mail or a web page's source leaves in the text

# UTF-8 text read as Windows-1252 (or Latin-1) and saved again ("á»¦Y BAN NHÃ‚N DÃ‚N"): a run of
# the characters those code pages give the bytes 0x80-0xFF (the five bytes Windows-1252 leaves
# undefined read as C1 controls, as browsers do)
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u0080-\u00ff{_CP1252_HIGH}]{{2,}}")
# the sign looked for (once over the text): what the letters U+1EC0-U+1EF9 (ệ, ộ, ủ, ở, ự ...),
# which every Vietnamese text holds, start with when read so; never in Vietnamese
_MOJIBAKE_SIGN = "á»"


def mojibake(text: str) -> list[_Edit]:
    """Edits repairing UTF-8 text that was read as Windows-1252 and saved again: each run of
    such characters whose bytes are UTF-8 is replaced by what they encode ("Sá»Ÿ TÃ i chÃ­nh" ->
    "Sở Tài chính"); a run that is not (Vietnamese "àê") stays.

    >>> [e[2] for e in mojibake("Sá»Ÿ TÃ\\u00a0i chÃ­nh; XÃ AN")]
    ['ở', 'à', 'í']
    """
    if _MOJIBAKE_SIGN not in text:
        return []
    out: list[_Edit] = []
    for m in _MOJIBAKE.finditer(text):
        raw = bytearray()
        for c in m.group():
            o = ord(c)
            raw += bytes([o]) if o < 0x100 else c.encode("cp1252")
        try:
            got = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        out.append((m.start(), m.end(), unicodedata.normalize("NFC", got), "mojibake"))
    return out


# an HTML character reference: named ("&nbsp;", "&amp;"), decimal ("&#7879;") or hex ("&#x1EC7;")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+(?:=\n(?:=[0-9A-F]{2})+)*")
_QUOTE_MARK = re.compile(r"^(?:>[ \t]?)+", re.MULTILINE)
_QUOTED_BLOCK = 12  # at least this many quoted lines in a row for a forwarded document
# (helper 68) a pandoc span with a class ("[text]{.underline}", "{.mark}", "{.smallcaps}"), its text
# maybe wrapped over lines of one paragraph
_MD_SPAN = re.compile(r"(?<!\\)\[((?:[^\[\]\n]|\n(?![ \t]*\n)){1,400})\]\{\.[A-Za-z][\w-]{0,30}\}")
# a tag of an HTML table left in a markdown text (pandoc's gfm writes a table whose cells hold
# several paragraphs so: "<table>", "<tr class=...>", "<th><p><strong>ỦY BAN NHÂN DÂN</strong></p>")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,10})\b[^<>\n]{0,200}?/?>")
_EMPHASIS_TAGS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_TABLE_TAGS = frozenset(
    [
        *("table", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "caption"),
        *("p", "br", "span", "div", "font", "sup", "sub", "u"),
        *_EMPHASIS_TAGS,
    ]
)


# what tells the header's or the sign-off's table from a table of the body: a header item
_HEAD_TABLE = re.compile(
    r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập|Số:|Nơi nhận|NƠI NHẬN|\b(?:TM|KT|TL|TUQ)\.|\b(?:T/M|K/T)\b"
)
_HEAD_ROWS = 4  # rows a header or sign-off table has at most
# the tags that end a cell or a line in it: written as a line break ("<br>", which the layout
# step reads as one) when text follows them on their line ("<td>ỦY BAN NHÂN DÂN<br>TỈNH X</td>
# <td>CỘNG HÒA …"), so that the cells of a row written on one line do not run together
_LINE_ENDING_TAGS = frozenset(["br", "/td", "/th", "/p", "/tr", "/div", "/caption"])


def _text_follows(text: str, end: int) -> bool:
    """Whether a character other than a blank or a tag follows ``end`` on its line."""
    stop = text.find("\n", end)
    rest = text[end : len(text) if stop < 0 else stop]
    return bool(rest.strip()) and ("<" not in rest or bool(_TAG.sub("", rest).strip()))


def copy_debris(text: str) -> list[_Edit]:
    """Edits for what a copy out of an e-mail or of a web page's source leaves in the text:
    HTML character references decoded ("Ủy&nbsp;ban", "&amp;", "&#7879;"; one that stands for a
    line break or another control character becomes a blank); an e-mail's quoting ("> ")
    removed when at least four lines in five are quoted; the tags of an HTML table that holds
    the header or the sign-off (``<table>`` ... ``</table>``, four rows at most, a header item
    in it) removed, a cell's bold or italic written as markdown emphasis, so that its cells read
    as lines of text (a cell's end or a line break in it with text after it on its line: a
    ``<br>``, which the layout step reads as a line break).

    >>> [e[2:] for e in copy_debris("Sở&nbsp;Y tế &amp; Sở Nội vụ &copy")]
    [('\xa0', 'html_entity'), ('&', 'html_entity')]
    >>> [e[2] for e in copy_debris("<table>\\n<tr><td><strong>Số: 5</strong></td></tr>\\n</table>")]
    ['', '', '', '**', '**', '', '', '']
    """
    out: list[_Edit] = []
    if "&" in text and ";" in text:
        import html  # (its table of entities: only for a text that may hold one)

        for m in _ENTITY.finditer(text):
            got = html.unescape(m.group())
            if got == m.group():
                continue  # (not a reference HTML knows)
            if any(unicodedata.category(c) == "Cc" for c in got):
                got = " "
            out.append((m.start(), m.end(), got, "html_entity"))
    if text[:1] == ">" or "\n>" in text:
        lines = text.split("\n")
        quoted = sum(1 for ln in lines if ln[:1] == ">")
        filled = sum(1 for ln in lines if ln.strip())
        # (or one block of quoted lines, the forwarded document, that makes half of the text: a
        # forwarding header and a sender's note above it, a signature under it)
        block = max((len(list(g)) for q, g in itertools.groupby(ln[:1] == ">" for ln in lines) if q), default=0)
        if quoted >= 5 and (quoted * 5 >= filled * 4 or (block >= _QUOTED_BLOCK and block * 2 >= filled)):
            out.extend((m.start(), m.end(), "", "mail_quote") for m in _QUOTE_MARK.finditer(text))
        elif quoted and ("\\." in text or "\\-" in text):
            # (helper 68) pandoc's block quote: a Word paragraph indented on the left, written
            # "> 2\. Sở ..." in a text pandoc escaped (an item's label "2\.", a dash "\-")
            out.extend((m.start(), m.end(), "", "md_quote") for m in _QUOTE_MARK.finditer(text))
    if "]{." in text:
        # (helper 68) pandoc's span with a class, a Word run underlined or highlighted
        # ("[định kỳ hằng quý]{.underline}"): its text, the brackets and the class removed
        for m in _MD_SPAN.finditer(text):
            out.append((m.start(), m.start() + 1, "", "md_span"))
            out.append((m.end(1), m.end(), "", "md_span"))
    if "=E1=" in text or "=C3=" in text or "=C4=" in text or "=C6=" in text:
        # a quoted-printable body left undecoded ("Tr=C6=B0=E1=BB=9Bc ng=C3=A0y"): each run of
        # encoded bytes that is UTF-8 decoded (its soft breaks are joined by the layout step)
        for m in _QP_RUN.finditer(text):
            # (a run a soft break cut, "VI=E1=BB=" / "=86T": decoded before the break, which stays)
            breaks = m.group().count("\n")
            try:
                got = bytes.fromhex(m.group().replace("=", "").replace("\n", "")).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if not any(unicodedata.category(c) == "Cc" for c in got):
                got = unicodedata.normalize("NFC", got) + "=\n" * breaks
                out.append((m.start(), m.end(), got, "quoted_printable"))
    start = text.find("<table")
    while start >= 0:
        end = text.find("</table>", start)
        end = len(text) if end < 0 else end + len("</table>")
        if not _HEAD_TABLE.search(text, start, end) or text.count("<tr", start, end) > _HEAD_ROWS:
            start = text.find("<table", end)
            continue  # (a table of the body: left to the table readers as it is)
        for m in _TAG.finditer(text, start, end):
            name = m.group(1).lower()
            if name not in _TABLE_TAGS:
                continue
            closing = "/" + name if m.group()[1:2] == "/" else name
            if closing in _LINE_ENDING_TAGS and _text_follows(text, m.end()):
                if closing != "br" or m.group() != "<br>":
                    out.append((m.start(), m.end(), "<br>", "html_markup"))
                continue
            out.append((m.start(), m.end(), _EMPHASIS_TAGS.get(name, ""), "html_markup"))
        start = text.find("<table", end)
    out.sort()
    return out


# --------------------------------------------------------------------------------------------
# Step: blanks a text layer put before punctuation

# blanks, then a comma, a semicolon or a colon before a blank or the line end, or a full stop at
# the line end or before a capital (a word, a number or a bracket must come before the blanks)
# (one pattern for each mark, led by it, the blank looked behind: the engine skips to the mark)
_BLANK_PUNCT = tuple(
    re.compile(p, re.MULTILINE)
    for p in (
        r",(?<= ,)(?=[ \t]|$|[^\W\d_])",
        r";(?<= ;)(?=[ \t]|$|[^\W\d_])",
        r":(?<= :)(?=[ \t]|$)",
        r"\.(?<= \.)(?=[ \t]*$|[ \t]*[^\W\d_])",
    )
)


def punct_spacing(text: str) -> list[_Edit]:
    """Edits dropping the blanks a text layer put between a word and the punctuation after it.

    >>> [e[:2] for e in punct_spacing("Sở Tài chính , Sở Nội vụ ; trước ngày 15/6/2026 .\\nĐiều 1 . Phạm vi")]
    [(12, 13), (24, 25), (47, 48), (56, 57)]
    >>> punct_spacing("mục . . . | , a .b 1 .5 ... x . y; tỷ lệ 3 : 1")
    []
    >>> [e[2] for e in punct_spacing("trước ngày 15/7/2026 .Sở Nội vụ phối hợp; Sở Y tế ,Sở Xây dựng")]
    ['. ', ', ']
    """
    out: list[_Edit] = []
    for end in sorted(m.start() for p in _BLANK_PUNCT for m in p.finditer(text)):
        a = end - 1
        while a and text[a - 1] in " \t":
            a -= 1
        if not a or not (text[a - 1].isalnum() or text[a - 1] in ")]”\""):
            continue
        nxt = text[end + 1 : end + 8].lstrip(" \t")[:1]
        if text[end] == "." and nxt and nxt != "\n" and not nxt.isupper():
            continue
        if text[end] == ":" and text[a - 1].isdigit() and nxt.isdigit():
            continue  # (a ratio or a clock time: "3 : 1")
        if text[end] in ".,;" and text[end + 1 : end + 2].isalpha():
            # the blank stood on the wrong side ("15/7/2026 .Sở Nội vụ", "Sở Tài chính ,Sở Y tế")
            out.append((a, end + 1, text[end] + " ", "punct_spacing"))
            continue
        out.append((a, end, "", "punct_spacing"))
    return out


# --------------------------------------------------------------------------------------------
# Step: hyphens dropped from symbols


@functools.cache
def _glued_symbol_pattern() -> tuple[Any, Any]:
    """A symbol whose type and issuer are glued; and what follows its slash, which the text must
    hold for it (the engine skips to the slashes: a quick check that most texts fail)."""
    data = load("doctypes")
    # (longest first; ties in a fixed order, so that the pattern is the same in every process)
    types = sorted({a for t in data["types"] for a in t["abbr"] if len(a) >= 2}, key=lambda a: (-len(a), a))
    issuers = sorted(data["glued_issuers"], key=len, reverse=True)
    glued = "(?P<type>" + "|".join(map(regex.escape, types)) + ")(?P<issuer>" + "|".join(map(regex.escape, issuers))
    pattern = regex.compile(r"(?<![\w/])\d{1,6}[a-z]?/(?:\d{4}/)?" + glued + r")(?![\w\-])")
    # (the quick check, in the standard library's engine: the slash before the type, a digit, or a
    # digit and a letter, before it; a digit of ``regex`` read as any but the other ASCII characters)
    after = "(?:" + "|".join(map(re.escape, types)) + ")(?:" + "|".join(map(re.escape, issuers)) + ")"
    return pattern, re.compile(rf"/(?:(?<={_ANY_DIGIT}/)|(?<={_ANY_DIGIT}[a-z]/)){after}")


def glued_symbols(text: str) -> list[_Edit]:
    """Edits putting back the hyphen between type and issuer in a symbol ("61/2018/NĐCP").

    >>> glued_symbols("Nghị định số 61/2018/NĐCP và Quyết định 1961/QĐUBND; Tờ trình 66/TTr-SYT")
    [(23, 23, '-', 'symbol_hyphen'), (47, 47, '-', 'symbol_hyphen')]
    """
    pattern, after_slash = _glued_symbol_pattern()
    if "/" not in text or after_slash.search(text) is None:
        return []
    return [(m.end("type"), m.end("type"), "-", "symbol_hyphen") for m in pattern.finditer(text)]


# a long dash (en, em, figure dash, minus sign) inside a symbol, as a word processor's autocorrect
# or a web page types it: between the number and the type of a Party symbol ("57–NQ/TW"), or
# between two parts of the type and issuer after the slash ("1024/UBND–VX", "12/2026/QĐ—UBND",
# "05/CT–TTg"); no blank on either side
_SYMBOL_DASH = regex.compile(
    r"(?<![\w/.\-\u2012-\u2014\u2212])\d{1,6}[a-z]?(?:"
    r"(?P<p>[\u2012-\u2014\u2212])(?=\p{Lu}[\p{Lu}\d]*/\p{Lu})"
    r"|/(?:\d{4}/)?(?:\p{Lu}[\p{Lu}\p{Ll}\d]*[\-\u2012-\u2014\u2212/])*\p{Lu}[\p{Lu}\p{Ll}\d]*(?=[\u2012-\u2014\u2212]\p{Lu}))"
)
_SYMBOL_PART = regex.compile(r"[\p{Lu}\p{Ll}\d]*(?:[\-\u2012-\u2014\u2212/][\p{Lu}\d][\p{Lu}\p{Ll}\d]*)*")
_LONG_DASHES = "\u2012\u2013\u2014\u2212"


def symbol_dashes(text: str) -> list[_Edit]:
    """Edits putting a hyphen for a long dash inside a symbol ("12/2026/QĐ—UBND", "57–NQ/TW").

    >>> [e[:2] for e in symbol_dashes("Số 1024/UBND–VX; 57–NQ/TW; 12/2026/QĐ—UBND–SYT")]
    [(12, 13), (19, 20), (37, 38), (42, 43)]
    >>> symbol_dashes("giai đoạn 2026–2030; 3/4 – 5/6; tháng 5/2026 — Hà Nội; Mục 2–Sở Y tế; 5/KH – UBND; 5/KH—Sở")
    []
    """
    if not any(d in text for d in _LONG_DASHES):
        return []
    out: list[_Edit] = []
    for m in _SYMBOL_DASH.finditer(text):
        # (the whole symbol from the match's end: its dashes between two of its parts)
        a = m.end()
        part = _SYMBOL_PART.match(text, a)
        e = part.end() if part is not None else a
        for i in range(m.start(), e):
            nxt = text[i + 1 : i + 3]  # (a code after it: "VX", "TTg", not a word: "Sở")
            if text[i] in _LONG_DASHES and text[i - 1 : i].isalnum() and len(nxt) == 2 and all(
                c.isupper() or c.isdigit() for c in nxt
            ):
                out.append((i, i + 1, "-", "symbol_dash"))
    return out


# --------------------------------------------------------------------------------------------
# Step: dates damaged by blanks, glued words and OCR digits


@dataclass(frozen=True, slots=True)
class _DatePatterns:
    whole: Any  # a whole date with blanks around its slashes
    period: Any  # a month or a quarter with blanks around its slash
    misread: Any  # a whole date whose digits may be OCR letters
    dashed: Any  # a whole date joined by dashes or dots with blanks around them, or by long dashes
    dashed_after: Any  # what such a date must come after: a day or deadline word, a line or cell start
    glue_hint: tuple[re.Pattern[str], ...]  # the last letter of a date word before a digit (one for each)
    glued: Any  # a date word glued to the number after it ("ngày31"), matched where it ends
    glued_after: tuple[str, ...]  # lower-case words a day or month number may be glued to ("31tháng")
    ocr: dict[str, str]
    misread_dashed: Any  # a whole date joined by dashes or dots whose digits may be OCR letters ("15-7-2O26")
    split: Any  # a blank inside a date's year ("15/7/20 26") or its day after a day or limit word ("ngày 1 5/7/2026")
    day_month: Any  # a day and a month with blanks around their slash, after a day word ("ngày 15 / 6")


@functools.cache
def _date_patterns() -> _DatePatterns:
    data = load("slips")["date_repairs"]

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))

    blank = r"[ \t]*"
    year = r"(?P<y>(?:19|20)\d\d)(?![\w/])"
    whole = re.compile(
        rf"(?<![\w/.\-])(?P<d>\d{{1,2}})(?P<a>{blank})/(?P<b>{blank})(?P<m>\d{{1,2}})(?P<c>{blank})/(?P<e>{blank}){year}"
    )
    period = re.compile(
        rf"(?<!\w)(?:{alt('period_words')})[ \t]+(?:\d{{1,2}}|[IVX]{{1,4}})(?P<a>{blank})/(?P<b>{blank}){year}",
        re.IGNORECASE,
    )
    ocr = {str(k): str(v) for k, v in data["ocr_digits"].items()}
    digit = "[\\d" + "".join(ocr) + "]"
    misread = re.compile(rf"(?<![\w/])(?P<d>{digit}{{1,2}})/(?P<m>{digit}{{1,2}})/(?P<y>{digit}{{4}})(?![\w/])")
    words = [str(w) for w in data["glued_before_number"]]
    last = sorted({c for w in words for c in (w[-1].lower(), w[-1].upper())})
    glue_hint = tuple(re.compile(re.escape(c) + r"(?=\d)") for c in last)  # (the engine skips to a letter)
    glued = re.compile(rf"(?<!\w)(?:{alt('glued_before_number')})(?=\d)", re.IGNORECASE)
    after = tuple(str(w).lower() for w in data["glued_after_number"])
    # the same mark twice; the repair is kept only where a blank or a long dash is in it (the
    # check on the character before the day follows its first digit, so that the pattern opens with
    # a digit class and the engine skips to digits)
    dashed = re.compile(
        rf"(?P<d>\d(?<![\w/.\-\u2013\u2014]\d)\d?)(?P<a>{blank})(?P<s>[\-\u2013\u2014.])(?P<b>{blank})(?P<m>\d{{1,2}})"
        rf"(?P<c>{blank})(?P=s)(?P<e>{blank}){year}(?![\-\u2013\u2014.]\d)"
    )
    dashed_after = re.compile(rf"(?:(?<!\w)(?:{alt('dashed_after')})|^|\|)[ \t*_]*$", re.IGNORECASE | re.MULTILINE)
    split = re.compile(
        r"(?:(?<![\w/.\-])|(?i:(?<!\w)(?:ngày|trước|nhất|đến|hết|hạn)[ \t]+)(?P<d1>[0-3])(?P<g1>[ \t])(?=\d/))"
        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/"
        r"(?P<y1>19|20)(?P<g2>[ \t]?)(?P<y2>\d\d)(?![\w/])"
    )
    misread_dashed = re.compile(
        rf"(?<![\w/.\-])(?P<d>{digit}{{1,2}})(?P<s>[-.])(?P<m>{digit}{{1,2}})(?P=s)(?P<y>{digit}{{4}})(?![\w/\-])"
    )
    # (no year after it: a whole date is the whole pattern's; no decimal nor a longer number)
    day_month = re.compile(
        rf"(?<!\w)(?:{alt('day_month_after')})[ \t]*(?P<d>\d{{1,2}})(?P<a>{blank})/(?P<b>{blank})(?P<m>\d{{1,2}})"
        r"(?![\w/]|[ \t]*/|[.,]\d)",
        re.IGNORECASE,
    )
    return _DatePatterns(
        whole, period, misread, dashed, dashed_after, glue_hint, glued, after, ocr, misread_dashed, split, day_month
    )


def _valid_date(day: str, month: str, year: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and 1900 <= int(year) <= 2099


def _real_date(day: str, month: str, year: str) -> bool:
    """A day of the calendar (not "31/2"): stricter than :func:`_valid_date`."""
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _near(pattern: Any, text: str, at: int, reach: int = 32) -> Iterator[Any]:
    """The matches of ``pattern`` that hold position ``at``, searched in a window around it (a
    match must end before the window does, unless the window ends with the text)."""
    lo, hi = max(0, at - reach), min(len(text), at + reach)
    for m in pattern.finditer(text, lo, hi):
        if m.start() <= at < m.end() and (m.end() < hi or hi == len(text)):
            yield m


def date_repairs(text: str) -> list[_Edit]:
    """Edits repairing dates damaged by stray blanks, glued words and OCR letters, looked for only
    where such damage can be: beside a slash, where a date word's last letter meets a digit, and
    where a lower-case date word follows one.

    >>> date_repairs("trước ngày 31/ 12/2026, trong tháng 9 / 2026")
    [(14, 15, '', 'date_spacing'), (37, 38, '', 'date_spacing'), (39, 40, '', 'date_spacing')]
    >>> date_repairs("hạn ngày 31 / 12; mùng 5/ 9")
    [(11, 12, '', 'date_spacing'), (13, 14, '', 'date_spacing'), (25, 26, '', 'date_spacing')]
    >>> date_repairs("ngày31 tháng12 năm2026")
    [(4, 4, ' ', 'date_glued_word'), (12, 12, ' ', 'date_glued_word'), (18, 18, ' ', 'date_glued_word')]
    >>> date_repairs("ngày 31tháng 12 năm 2026")
    [(7, 7, ' ', 'date_glued_word')]
    >>> date_repairs("trước 3l/12/2O26")
    [(7, 8, '1', 'ocr_digit'), (13, 14, '0', 'ocr_digit')]
    >>> [(new, rule) for _, _, new, rule in date_repairs("trước ngày 31 – 12 – 2026") if new]
    [('-', 'date_dash'), ('-', 'date_dash')]
    >>> len(date_repairs("trước ngày 31 – 12 – 2026"))
    6
    """
    pats = _date_patterns()
    seen: set[tuple[int, int]] = set()
    edits: list[_Edit] = []
    # (only the slashes that one of the checks below may take: a blank or an OCR letter beside)
    for p in _slashes_to_check(text, pats):
        around = text[max(0, p - 1) : p + 2]
        if " " in around or "\t" in around:
            for pattern in (pats.whole, pats.period, pats.day_month):
                for m in _near(pattern, text, p):
                    if m.span() in seen or (pattern is pats.whole and not _valid_date(*m.group("d", "m", "y"))):
                        continue
                    if pattern is pats.day_month and not _valid_date(m.group("d"), m.group("m"), "2000"):
                        continue
                    seen.add(m.span())
                    gaps = ("a", "b", "c", "e") if pattern is pats.whole else ("a", "b")
                    edits.extend((m.start(g), m.end(g), "", "date_spacing") for g in gaps if m.end(g) > m.start(g))
        if text[p - 2 : p - 1] in (" ", "\t") or text[p + 3 : p + 4] in (" ", "\t"):
            edits.extend(_split_date(text, p, pats.split, seen))
        if not pats.ocr.keys().isdisjoint(text[max(0, p - 2) : p + 3]):
            for m in _near(pats.misread, text, p):
                if m.span() not in seen:
                    seen.add(m.span())
                    edits.extend(_ocr_digits(m, pats.ocr))
    edits.extend(_dashed_dates(text, pats.dashed, pats.dashed_after))
    hits = _ocr_hints(text)
    edits.extend(e for e in _ocr_word_numbers(text, pats.ocr, hits) if e not in edits)
    edits.extend(e for e in _ocr_dashed_dates(text, pats, seen, hits) if e not in edits)
    edits.extend(e for e in _ocr_quarter_years(text, pats.ocr, hits) if e not in edits)
    for end in sorted(m.start() + 1 for p in pats.glue_hint for m in p.finditer(text)):
        word = pats.glued.search(text, max(0, end - 8), end + 1)
        if word is None or word.end() != end:
            continue
        after = end
        while after < len(text) and text[after].isdigit() and after - end < 4:
            after += 1
        if after - end <= 4 and not (after < len(text) and text[after].isalpha()):  # (not a code: "tháng12a")
            edits.append((end, end, " ", "date_glued_word"))
    for word in pats.glued_after:
        at = text.find(word)
        while at >= 0:
            if at and text[at - 1].isdigit() and _glued_number(text, at, len(word)):
                edits.append((at, at, " ", "date_glued_word"))
            at = text.find(word, at + len(word))
    return sorted(set(edits))


# Two whole dates with nothing between them ("15/4/202630/4/2026"): a tracked change copied to text
# or printed with its markup shown, the deleted date then the inserted one (Word writes a
# replacement as w:del then w:ins); the year's four digits end the first.
_GLUED_DATES = regex.compile(
    r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d)(?![\d/])"
)
_GLUED_YEAR = regex.compile(r"/(?:19|20)\d\d\d{1,2}/\d{1,2}/(?:19|20)\d\d")


def glued_revisions(text: str) -> list[_Edit]:
    """Edits dropping the first of two valid dates glued together, the text of a tracked change
    whose deletion and insertion were both kept (logged as ``glued_revision``: the replaced date
    stays in the log).

    >>> glued_revisions("hoàn thành trước ngày 15/4/202630/4/2026.")
    [(22, 31, '', 'glued_revision')]
    >>> glued_revisions("mã số 12/3/20261; ngày 15/4/2026 30/4/2026; số 1/2/2026/QĐ")
    []
    """
    out: list[_Edit] = []
    if _GLUED_YEAR.search(text) is None:  # (what a slash of such dates holds after it: rare)
        return out
    for m in _GLUED_DATES.finditer(text):
        if _real_date(*m.group("d", "m", "y")) and _real_date(*m.group("d2", "m2", "y2")):
            out.append((m.start(), m.start("d2"), "", "glued_revision"))
    return out


# A whole date after a day word with a blank OCR set inside its day or its month ("ngày 15/1 2/2026",
# "ngày 1 5/12/2026"); the day words are date_repairs.dashed_after (slips.yaml).
_SPLIT_DIGITS = re.compile(r"\d[ \t]\d")
# (what such a day or month stands before: its slash, which the engine skips to)
_SPLIT_BEFORE_SLASH = regex.compile(r"/(?<=\d[ \t]\d/)")


@functools.cache
def _split_date_pattern() -> Any:
    words = "|".join(re.escape(str(w)) for w in load("slips")["date_repairs"]["dashed_after"])
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?i:{words})[ \t]+"
        rf"(?P<d>\d{{1,2}}|\d[ \t]\d)/(?P<m>\d{{1,2}}|\d[ \t]\d)/(?P<y>(?:19|20)\d\d)(?!\d)"
    )


def split_date_digits(text: str) -> list[_Edit]:
    """Edits closing up a blank OCR set inside the day or the month of a whole date after a day
    word, when the date read so is valid (logged as ``date_spacing``).

    >>> [e[2:] for e in split_date_digits("trước ngày 15/1 2/2026; ngày 1 5/12/2026")]
    [('', 'date_spacing'), ('', 'date_spacing')]
    >>> split_date_digits("ngày 15/1 3/2026; mục 1 5/6/2026; ngày 15/12/2026")
    []
    """
    if _SPLIT_BEFORE_SLASH.search(text) is None or _SPLIT_DIGITS.search(text) is None:
        return []
    out: list[_Edit] = []
    for m in _split_date_pattern().finditer(text):
        d, mo = m.group("d"), m.group("m")
        if len(d) < 3 and len(mo) < 3:
            continue
        day, month = d.replace(" ", "").replace("\t", ""), mo.replace(" ", "").replace("\t", "")
        if not _valid_date(day, month, m.group("y")):
            continue
        for g in ("d", "m"):
            if len(m.group(g)) == 3:
                out.append((m.start(g) + 1, m.start(g) + 2, "", "date_spacing"))
    return out


def _slashes_to_check(text: str, pats: _DatePatterns) -> list[int]:
    """The positions of the slashes of ``text`` that :func:`date_repairs` looks at, in order: those
    with a blank one or two characters before or after them (three after), or an OCR letter
    (``pats.ocr``) two characters around them, and one at the start of the text. (One pass of the
    engine, led by the slash: most slashes, in symbols and whole dates, have none.)"""
    if "/" not in text:
        return []
    found = [m.start() for m in _slash_pattern(tuple(pats.ocr)).finditer(text)]
    if text[:1] == "/" and found[:1] != [0]:
        found.insert(0, 0)  # (the checks read the text's end for a slash at its start)
    return found


@functools.cache
def _slash_pattern(ocr: tuple[str, ...]) -> Any:
    # (a blank one or two characters before or after the slash, or three after; an OCR letter two
    # characters around it)
    near = "[" + "".join(re.escape(c) for c in ocr) + "]" if ocr else "(?!)"
    return re.compile(
        rf"/(?:(?<=[ \t]/)|(?<=[ \t]./)|(?<={near}/)|(?<={near}./)|(?=[ \t]|..[ \t]|.?{near}))", re.DOTALL
    )


def _split_date(text: str, p: int, pattern: Any, seen: set[tuple[int, int]]) -> list[_Edit]:
    """The blank inside a whole date's year ("15/7/20 26") or, after a day or limit word
    ("ngày", "trước", "chậm nhất", "đến", "hết", "hạn"), inside its day ("ngày 1 5/7/2026")
    closed up, the date holding the slash at ``p`` being valid once it is."""
    out: list[_Edit] = []
    for m in _near(pattern, text, p):
        gaps = [g for g in ("g1", "g2") if m.group(g)]
        if not gaps or m.span() in seen:
            continue
        day = (m.group("d1") or "") + m.group("d")
        if len(day) > 2 or not _valid_date(day, m.group("m"), m.group("y1") + m.group("y2")):
            continue
        seen.add(m.span())
        out.extend((m.start(g), m.end(g), "", "date_spacing") for g in gaps)
    return out


_DASH_MARKS = ("\u2013", "\u2014", " -", "- ", "\t-", "-\t", " .", ". ")
# what a date joined by a hyphen, or by a dot, holds from its first mark on (each led by the mark)
_DASHED_BY_MARK = tuple(
    re.compile(rf"{m}[ \t]*\d{{1,2}}[ \t]*{m}[ \t]*(?:19|20)\d\d") for m in (re.escape("-"), re.escape("."))
)


def _dashed_dates(text: str, pattern: Any, after: Any) -> list[_Edit]:
    """"31 - 12 - 2026", "15 . 6 . 2026", "31–12–2026": a whole date joined by dashes or dots with
    blanks around them, or by long dashes, closed up and joined by "-" (the blanks dropped as
    ``date_spacing``, a long dash made "-" as ``date_dash``); looked for only in a text that holds
    such a mark, and only after a day or deadline word ("ngày", "trước") or alone in a line or a
    table cell."""
    if not any(mark in text for mark in _DASH_MARKS):
        return []
    if "\u2013" not in text and "\u2014" not in text and not any(p.search(text) for p in _DASHED_BY_MARK):
        return []  # (no date joined by a hyphen or a dot, found by the engine skipping to the mark)
    out: list[_Edit] = []
    for m in pattern.finditer(text):
        sep = m.group("s")
        gaps = [g for g in ("a", "b", "c", "e") if m.end(g) > m.start(g)]
        if not (gaps or sep in "\u2013\u2014") or not _valid_date(*m.group("d", "m", "y")):
            continue
        if after.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        for g in ("a", "s", "b", "c", "e"):
            if g == "s":
                if sep in "\u2013\u2014":
                    out.append((m.start("s"), m.end("s"), "-", "date_dash"))
                    at = m.start("c") + len(m.group("c"))  # the second mark
                    out.append((at, at + 1, "-", "date_dash"))
            elif m.end(g) > m.start(g):
                out.append((m.start(g), m.end(g), "", "date_spacing"))
    return out


def _ocr_dashed_dates(
    text: str, pats: _DatePatterns, seen: set[tuple[int, int]], hits: Iterable[tuple[int, int]]
) -> list[_Edit]:
    """OCR letters in a whole date joined by dashes or dots ("15-7-2O26", "3l.12.2026"), looked
    for only beside a letter an OCR engine reads for a digit that stands beside a digit (``hits``,
    :func:`_ocr_hints`)."""
    if "-" not in text and "." not in text:
        return []
    out: list[_Edit] = []
    for h in hits:
        for m in _near(pats.misread_dashed, text, h[0]):
            if m.span() not in seen:
                seen.add(m.span())
                out.extend(_ocr_digits(m, pats.ocr))
    return out


@functools.cache
def _ocr_quarter_year() -> Any:
    """A quarter's number, then a slash and a year that may hold OCR letters ("Quý IV/2O27")."""
    data = load("slips")["date_repairs"]
    ocr = "".join(re.escape(str(k)) for k in data["ocr_digits"])
    words = "|".join(re.escape(str(w)) for w in sorted(data["quarter_year_after"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{words})[ \t]+(?:[IVXl1]{{1,4}}|[1-4])[ \t]*/[ \t]*(?P<y>[\d{ocr}]{{4}})(?![\w/])")


def _ocr_quarter_years(text: str, ocr: dict[str, str], hits: Iterable[tuple[int, int]]) -> list[_Edit]:
    """Digits put for the OCR letters of a year after a quarter's slash ("Quý IV/2O27" ->
    "2027"), looked for only beside such a letter standing beside a digit (``hits``); the
    year read so must be 1900-2099.

    >>> [e[2:] for e in _ocr_quarter_years("trong Quý IV/2O27", {"O": "0"}, [(14, 16)])]
    [('0', 'ocr_digit')]
    """
    out: list[_Edit] = []
    for start, _ in hits:
        for m in _near(_ocr_quarter_year(), text, start):
            year = "".join(ocr.get(c, c) for c in m.group("y"))
            if year == m.group("y") or not year.isdigit() or not 1900 <= int(year) <= 2099:
                continue
            base = m.start("y")
            out.extend((base + i, base + i + 1, ocr[c], "ocr_digit") for i, c in enumerate(m.group("y")) if c in ocr)
    return sorted(set(out))


def _glued_number(text: str, at: int, n: int) -> bool:
    """Whether the digits right before ``text[at:]`` (a date word of ``n`` letters) are a day or a
    month glued to it ("31tháng 12"): one or two digits after a blank or a line start, and no
    letter after the word ("12năm" in "12nămqua" is no date)."""
    k = at - 1
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if at - k > 2 or (k and not text[k - 1].isspace()):
        return False
    return not (at + n < len(text) and _is_word_char(text[at + n]))


@functools.cache
def _ocr_number_patterns() -> tuple[tuple[tuple[re.Pattern[str], int], ...], Any]:
    """A digit beside a letter an OCR engine reads for a digit; and a number of such characters
    after a date word ("ngày l5", "năm 2O26", "tháng lO/2026", "trước 3l/12")."""
    data = load("slips")["date_repairs"]
    ocr = "".join(str(k) for k in data["ocr_digits"])
    # (two patterns for each letter, led by it, the digit looked at beside it: the engine skips to
    # a letter quicker than to a class; with the offset of the place's start from the letter)
    hints = tuple(
        (re.compile(p), offset)
        for c in map(re.escape, ocr)
        for p, offset in ((f"{c}(?=[0-9])", 0), (f"{c}(?<=[0-9]{c})", -1))
    )
    after = [str(w) for w in data["ocr_number_after"]] + list(_ocr_date_word_forms())
    words = "|".join(re.escape(w) for w in sorted(after, key=len, reverse=True))
    number = re.compile(
        rf"(?<![^\W\d_])(?P<w>(?i:{words}))[ \t]+(?P<a>[\d{ocr}]{{1,4}})(?:/(?P<b>[\d{ocr}]{{1,4}}))?(?![\w/])"
    )
    return hints, number


@functools.lru_cache(maxsize=2)  # (asked by the date repairs, then by the number label, of one text)
def _ocr_hints(text: str) -> tuple[tuple[int, int], ...]:
    """The places (start, end) where a letter an OCR engine reads for a digit stands beside a
    digit (the two of them), in order."""
    hints = _ocr_number_patterns()[0]
    return tuple(sorted((m.start() + at, m.start() + at + 2) for p, at in hints for m in p.finditer(text)))


def _ocr_word_numbers(text: str, ocr: dict[str, str], hits: Iterable[tuple[int, int]] | None = None) -> list[_Edit]:
    """Edits putting digits for the letters an OCR engine read in a day, a month or a year after
    a date word: "ngày l5" (1-31), "tháng l2" (1-12), "năm 2O26" (1900-2099), a day and a month
    or a month and a year after a deadline word ("trước 3l/12", "tháng lO/2026"). Looked for only
    where such a letter stands beside a digit.

    >>> [(e[2], e[3]) for e in _ocr_word_numbers("ngày l5 tháng 6 năm 2O26; trước 3l/12", {"l": "1", "O": "0"})]
    [('1', 'ocr_digit'), ('0', 'ocr_digit'), ('1', 'ocr_digit')]
    >>> _ocr_word_numbers("mã lO/2O26; năm l9; ngày 4O", {"l": "1", "O": "0"})
    []
    """
    number = _ocr_number_patterns()[1]
    out: list[_Edit] = []
    last = -1
    for start, end in _ocr_hints(text) if hits is None else hits:
        if start < last:
            continue
        for m in number.finditer(text, max(0, start - 12), min(len(text), end + 10)):
            if not m.start() <= start < m.end() or m.start() < last:
                continue
            last = m.end()
            out.extend(_ocr_word_number(m, ocr))
    return out


@functools.cache
def _ocr_date_word_forms() -> dict[str, str]:
    """The date words as an OCR engine reads them ("nãm", "thảng"), each with the word it
    stands for (slips.yaml ``date_repairs.ocr_date_word_forms``)."""
    forms = load("slips")["date_repairs"].get("ocr_date_word_forms") or {}
    return {_nfc(str(f)).lower(): _nfc(str(w)) for w, fs in forms.items() for f in fs}


def _ocr_word_number(m: Any, ocr: dict[str, str]) -> list[_Edit]:
    word = m.group("w").lower()
    word = _ocr_date_word_forms().get(word, word)
    parts = [g for g in ("a", "b") if m.group(g) is not None]
    if not all(any(c.isdigit() for c in m.group(g)) for g in parts):
        return []
    fixed = {g: "".join(ocr.get(c, c) for c in m.group(g)) for g in parts}
    if not all(f.isdigit() for f in fixed.values()) or all(fixed[g] == m.group(g) for g in parts):
        return []
    values = [int(fixed[g]) for g in parts]
    lengths = [len(fixed[g]) for g in parts]
    if word == "năm":
        ok = len(parts) == 1 and lengths[0] == 4 and 1900 <= values[0] <= 2099
    elif word == "tháng":
        year_ok = len(parts) == 1 or (lengths[1] == 4 and 1900 <= values[1] <= 2099)
        ok = lengths[0] <= 2 and 1 <= values[0] <= 12 and year_ok
    elif word == "ngày" and len(parts) == 1:
        ok = lengths[0] <= 2 and 1 <= values[0] <= 31
    else:  # a day and a month
        ok = len(parts) == 2 and max(lengths) <= 2 and 1 <= values[0] <= 31 and 1 <= values[1] <= 12
    if not ok:
        return []
    out: list[_Edit] = []
    for g in parts:
        base = m.start(g)
        out.extend((base + i, base + i + 1, ocr[c], "ocr_digit") for i, c in enumerate(m.group(g)) if c in ocr)
    return out


def _ocr_digits(m: Any, ocr: dict[str, str]) -> list[_Edit]:
    parts = [m.group(g) for g in ("d", "m", "y")]
    fixed = ["".join(ocr.get(c, c) for c in part) for part in parts]
    if fixed == parts or not all(any(c.isdigit() for c in part) for part in parts) or not _valid_date(*fixed):
        return []
    out: list[_Edit] = []
    for g, old, new in zip(("d", "m", "y"), parts, fixed, strict=True):
        base = m.start(g)
        pairs = enumerate(zip(old, new, strict=True))
        out.extend((base + i, base + i + 1, c, "ocr_digit") for i, (o, c) in pairs if o != c)
    return out


# --------------------------------------------------------------------------------------------
# Step: lines written without marks


def unmarked_words(text: str, style: str = "old") -> list[_Edit]:
    """Edits putting the marks back on the known phrases of a line written without any
    (:mod:`ndq57.parse.unmarked`), in the tone style asked for.

    >>> [e[2] for e in unmarked_words("Giao So Noi vu bao cao UBND tinh truoc ngay 15/7/2026")]
    ['Sở Nội vụ', 'báo cáo', 'UBND tỉnh', 'trước ngày']
    """
    keep = style if style in ("old", "new") else "old"
    edits = unmarked_edits(text)
    if edits:
        paths = _file_path_lines(text)
        if paths:
            edits = [e for e in edits if not any(a <= e[0] < b for a, b in paths)]
    return [(a, b, _restyle(r, keep), "unmarked_word") for a, b, r in edits]


# a file's name or path on a line of its own (a page footer printed by a word processor:
# "C:\Users\...\KH 214 ke hoach.docx", "//may-chu/vanban/tb-05.pdf"): its words are a file's
# name, written without marks on purpose, and no fix goes in them
_FILE_PATH_LINE = regex.compile(
    r"(?m)^[ \t]*(?:(?:[A-Za-z]:\\|\\\\|~?/)[^\n]{0,200}|[^\s\\/]{1,120})"
    r"\.(?i:docx?|pdf|odt|rtf|xlsx?|txt)[ \t]*$"
)


def _file_path_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that hold a file's path or name alone (:data:`_FILE_PATH_LINE`)."""
    if "." not in text:
        return []
    return [(m.start(), m.end()) for m in _FILE_PATH_LINE.finditer(text)]


def unit_name_marks(text: str, style: str = "old") -> list[_Edit]:
    """Edits putting back the marks of a known unit name that lost or changed them ("Sở Tài
    chinh", "Sờ Nôi vụ": :func:`ndq57.parse.unmarked.unit_name_edits`), logged as
    ``slip_unit_name``.

    >>> [e[2:] for e in unit_name_marks("Giao Sở Tài chinh chủ trì; chỉ số tài chính")]
    [('Sở Tài chính', 'slip_unit_name')]
    """
    keep = style if style in ("old", "new") else "old"
    return [(a, b, _restyle(r, keep), "slip_unit_name") for a, b, r in unit_name_edits(text)]


# --------------------------------------------------------------------------------------------
# Step: the document's number as OCR reads it ("Số: 1l8/KH-UBND", "Sô: 2O5 /KH-UBND")

_NUMBER_LETTERS = "lIOo"  # (the letters OCR reads for a digit that such a number may hold)
_NUMBER_LABEL = (
    r"(?:Số|SỐ|S6|Sô|Só|Sồ|Sổ|Sỗ|Sộ|SÔ|SÓ|SỔ|So)[ \t]*[:.]?[ \t]*(?P<n>[0-9"
    + _NUMBER_LETTERS
    + r"]{1,6})(?=[ \t]*[-/][ \t]*[A-ZĐ])"
)
_NUMBER_FIRST = re.compile(r"[ \t*_|]*" + _NUMBER_LABEL)
_NUMBER_NEXT = re.compile(r"\n[ \t*_|]*" + _NUMBER_LABEL)


def ocr_number_label(text: str) -> list[_Edit]:
    """Edits putting digits for the letters an OCR engine read in the number of a header's number
    label, at a line's start before the symbol ("Số: 1l8/KH-UBND" -> "118"), the number holding a
    digit.

    >>> [e[2:] for e in ocr_number_label("Số: 1l8/KH-UBND\\nSô: 2O5 /TB-UBND\\nSố: lO/KH; Số Ol-CV")]
    [('1', 'ocr_digit'), ('0', 'ocr_digit')]
    """
    if "/" not in text and "-" not in text:
        return []
    ocr = _date_patterns().ocr
    out: list[_Edit] = []
    hints = _ocr_hints(text)
    if not hints and ocr.keys() >= set(_NUMBER_LETTERS):
        # (a number that holds a digit and such a letter has one beside the other: no label
        # without a place where a letter an OCR engine reads for a digit stands beside a digit)
        return out
    seen: set[int] = set()
    inner = _symbol_number() if hints else None
    found = _at_line_starts(_NUMBER_FIRST, _NUMBER_NEXT, text) + ([] if inner is None else list(inner.finditer(text)))
    for m in found:
        n = m.group("n")
        if n.isdigit() or not any(c.isdigit() for c in n) or m.start("n") in seen:
            continue
        base = m.start("n")
        seen.add(base)
        out.extend((base + i, base + i + 1, ocr[c], "ocr_digit") for i, c in enumerate(n) if c in ocr)
    return sorted(out)


@functools.cache
def _symbol_number() -> Any:
    """A document's number inside a sentence, after its word ("Kế hoạch số 2l4/KH-UBND", data
    ``ocr_symbol_number_after``), before a symbol of two capitals or more."""
    data = load("slips")["date_repairs"]
    words = "|".join(re.escape(str(w)) for w in data["ocr_symbol_number_after"])
    ocr = "".join(str(k) for k in data["ocr_digits"])
    return re.compile(
        rf"(?<![^\W\d_])(?i:{words})[ \t]+(?P<n>[0-9{ocr}]{{1,6}})(?=[ \t]*[-/][ \t]*[A-ZĐ][A-ZĐ])"
    )


# --------------------------------------------------------------------------------------------
# Step: section labels an OCR engine misread ("Il. NHIỆM VỤ", "1I.", "IlI.")

# a roman label of upper-case "I", "V", "X" and the letters and digits OCR reads for "I" ("l",
# "1", "|"), at a line's start, before a dot or a dash and a heading's upper-case word; the check
# that it holds both kinds is made after (a look-ahead first is slower)
_OCR_ROMAN = "[IVXl1|]{1,5}"
# what may be a digit of the ``regex`` engine, in a pattern of the standard library's: an ASCII
# digit or any character beyond ASCII (the two engines' Unicode tables may differ)
_ANY_DIGIT = "[0-9\\x80-\\U0010ffff]"
_OCR_LABEL_AFTER = r"(?P<sep>[ \t]*[.\-\u2013])[ \t]+(?P<head>[^\W\d_]+)"
_OCR_LABEL_FIRST = regex.compile(rf"[ \t*_#]*(?P<lab>{_OCR_ROMAN}){_OCR_LABEL_AFTER}")
_OCR_LABEL_NEXT = regex.compile(rf"\n[ \t*_#]*(?P<lab>{_OCR_ROMAN}){_OCR_LABEL_AFTER}")
# (the line breaks where such a label may follow, found by the standard library's engine, which
# skips to the breaks quicker: see :func:`_at_line_starts`; so for the label patterns below)
_OCR_LABEL_LINES = re.compile(r"\n(?=[ \t*_#]*[IVXl1|]{1,5}[ \t]*[.\-\u2013][ \t])")
_ROMAN = regex.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
_ROMAN_TWO = regex.compile(r"(?:^|\n)[ \t*_#]*(?:II|Il|lI|1I|I1|ll|IL|lL)[ \t]*[.\-\u2013][ \t]+\p{Lu}{2}")
# a label with a capital "L" read for "I" ("L. MỤC ĐÍCH", "IL. NHIỆM VỤ", "IIL. TỔ CHỨC"), or a
# label's dot read as "L" ("-_IIL NHIỆM VỤ", after a speck of dashes or underscores), before an
# upper-case heading: read only by the sequence of the labels around it
_L_LABEL_BODY = (
    r"(?P<debris>[ \t*_#\-]*)(?P<lab>[IVXl1|L]{0,3}L(?:[IL]{1,3}(?=[ \t]*[.\-\u2013]))?)"
    r"(?P<sep>[ \t]*[.\-\u2013]|(?=[ \t]))"
    r"[ \t]+(?P<head>\p{Lu}{2,})(?![\p{Ll}])"
)
_L_LABEL = (
    regex.compile(_L_LABEL_BODY),
    regex.compile("\n" + _L_LABEL_BODY),
    re.compile(r"\n(?=[ \t*_#\-]*[IVXl1|L]{0,3}L)"),
)
_CLEAN_BODY = r"[ \t*_#]*(?P<lab>[IVX]{1,5})[ \t]*[.\-\u2013)/][ \t]*\p{Lu}"
_CLEAN_LABEL = (
    regex.compile(_CLEAN_BODY),
    regex.compile("\n" + _CLEAN_BODY),
    re.compile(r"\n(?=[ \t*_#]*[IVX]{1,5}[ \t]*[.\-\u2013)/])"),
)
# a roman label whose dot OCR lost (or a typist left out) before a heading in capitals that fills
# its line ("II NHIỆM VỤ VÀ GIẢI PHÁP"): read only by the sequence of the labels around it
_DOTLESS_BODY = r"[ \t*_#]*(?P<lab>[IVX]{1,5})[ \t]+\p{Lu}{2,}(?:[ \t,]+[\p{Lu}\-]+)+[ \t*_:]*(?=\n|$)"
_DOTLESS_LABEL = (
    regex.compile(_DOTLESS_BODY),
    regex.compile("\n" + _DOTLESS_BODY),
    re.compile(r"\n(?=[ \t*_#]*[IVX]{1,5}[ \t])"),
)


def _roman_value(label: str) -> int:
    """The value of a roman number of "I", "V", "X" (0 when it is none)."""
    if not label or _ROMAN.fullmatch(label) is None:
        return 0
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, c in enumerate(label):
        v = values[c]
        total += -v if i + 1 < len(label) and values[label[i + 1]] > v else v
    return total


# A line holding only a short token: a page number, or what OCR read for one ("S)" for "5").
# a line of one short token: tried at the text's start, then searched for after each line break
# (the engine skips to the breaks instead of trying a line start at every position)
_LONE_TOKEN = (
    re.compile(r"[ \t]*(?P<tok>[^\s]{1,3})[ \t]*(?=\n|$)"),
    re.compile(r"\n[ \t]*(?P<tok>[^\s]{1,3})[ \t]*(?=\n|$)"),
)
# letters an OCR engine reads for the digits of a page number
_PAGE_LOOKALIKES = str.maketrans({"S": "5", "s": "5", "l": "1", "I": "1", "O": "0", "o": "0", "B": "8", "g": "9"})


def ocr_page_numbers(text: str) -> list[_Edit]:
    """Edits putting back a page or row number OCR misread ("S)" for "5"): a line holding only a short
    token that reads as ``n`` once its lookalike letters are digits (a stray bracket or dot
    after it dropped), where the page numbers alone on their lines before and after it are
    ``n-1`` and ``n+1``. So is a table's row number read in a cell of its own ("4", "S)", "6").

    >>> [e[2:] for e in ocr_page_numbers("văn bản\\n4\\nnội dung\\nS)\\ntiếp theo\\n6\\nhết")]
    [('5', 'ocr_digit')]
    >>> ocr_page_numbers("văn bản\\n4\\nnội dung\\nS)\\ntiếp theo\\n7\\nhết")
    []
    """
    lone = _at_line_starts(*_LONE_TOKEN, text) if "\n" in text else []
    out: list[_Edit] = []
    numbers = [(k, int(m.group("tok"))) for k, m in enumerate(lone) if m.group("tok").isdigit()]
    if len(numbers) < 2:
        return out
    pos = 0
    for k, m in enumerate(lone):
        tok = m.group("tok")
        if tok.isdigit():
            continue
        while pos < len(numbers) and numbers[pos][0] < k:
            pos += 1
        if pos == 0 or pos >= len(numbers):
            continue
        before, after = numbers[pos - 1][1], numbers[pos][1]
        read = tok.rstrip(").").translate(_PAGE_LOOKALIKES)
        if after == before + 2 and read == str(before + 1) and read != tok:
            out.append((m.start("tok"), m.end("tok"), read, "ocr_digit"))
    return out


# a scan's labels read apart from their lines: the part's roman label ("H.", "IL", "IIR") alone on
# its line, maybe the first item's number under it ("1."), then the part's heading in capitals
# (after a speck of the tab leader) and, under a number, the item's heading
_STACK_BODY = (
    r"(?P<lab>[IVXHL]{1,4}[.R]?|[IVXHL]{1,3}[lI1|]\.?)[ \t]*\n(?:(?P<num>\d{1,2}\.)[ \t]*\n)?"
    r"[ \t]*(?:[\u02c6\u2014\u2013\-][ \t]*)?(?P<head>\p{Lu}{2,}(?:[ \t,]+\p{Lu}{2,})+)[ \t]*\n"
    r"(?P<item>\p{Lu}\p{Ll}[^\n]{0,80})?"
)
_STACK_LABEL = (
    regex.compile(_STACK_BODY),
    regex.compile("\n" + _STACK_BODY),
    re.compile(r"\n(?=[IVXHL]{1,4}[.R]?[ \t]*\n|[IVXHL]{1,3}[lI1|]\.?[ \t]*\n)"),
)


def ocr_label_stacks(text: str) -> list[_Edit]:
    """Edits putting a scan's stacked labels back before their lines: a roman label alone on its
    line (as OCR reads it: the next step reads it by the labels around it), the number of the
    part's first item under it, then the part's heading in capitals and the item's heading.

    >>> [e[2] for e in ocr_label_stacks("Nội dung.\\nH.\\n1.\\nNHIỆM VỤ, GIẢI PHÁP\\nNhiệm vụ chung\\nCác sở")]
    ['H. NHIỆM VỤ, GIẢI PHÁP\\n1. Nhiệm vụ chung']
    >>> [e[2] for e in ocr_label_stacks("Nội dung.\\nIIR\\nTỔ CHỨC THỰC HIỆN\\nVăn phòng")]
    ['II. TỔ CHỨC THỰC HIỆN']
    >>> ocr_label_stacks("Nội dung.\\nH.\\n1.\\nNHIỆM VỤ, GIẢI PHÁP\\n- gạch")
    []
    >>> ocr_label_stacks("Nội dung.\\nII.\\n1.\\nNHIỆM VỤ, GIẢI PHÁP\\nNhiệm vụ chung")
    []
    """
    if "\n" not in text:
        return []
    out: list[_Edit] = []
    for m in _label_lines(_STACK_LABEL, text):
        lab = m.group("lab")
        if _ROMAN.fullmatch(lab.rstrip(".")):
            continue  # (a clean label on its line: a cell or an extraction's own line, read downstream)
        if lab.endswith("R"):
            lab = lab[:-1] + "."
        if m.group("num"):
            if not m.group("item"):
                continue
            out.append((m.start("lab"), m.end("item"), f"{lab} {m.group('head')}\n{m.group('num')} {m.group('item')}",
                        "ocr_section_label"))
        else:
            out.append((m.start("lab"), m.end("head"), f"{lab} {m.group('head')}", "ocr_section_label"))
    return out


# a scan's numbered label with its tab leader read as dots or a speck ("2.3... Về công tác",
# "2.2. _ Về công tác", or a long dash: "2.2. — Về công tác"), before the item's capitalised
# first word
_LEADER_BODY = (
    r"[ \t]*(?P<lab>\d{1,2}(?:\.\d{1,2}){1,3})(?P<dots>\.{2,}|\.[ \t]+(?:_|[\u2013\u2014]{1,2}))(?=[ \t]+\p{Lu})"
)
_LEADER_LABEL = (
    regex.compile(_LEADER_BODY),
    regex.compile("\n" + _LEADER_BODY),
    re.compile(rf"\n(?=[ \t]*{_ANY_DIGIT}{{1,2}}(?:\.{_ANY_DIGIT}{{1,2}}){{1,3}}\.(?:\.|[ \t]+(?:_|[\u2013\u2014])))"),
)


def ocr_label_leaders(text: str) -> list[_Edit]:
    """Edits closing a numbered label's leader read as dots or a speck up to its dot.

    >>> [e[2] for e in ocr_label_leaders("2.2. _ Về công tác\\n2.3... Về công tác\\n2.4. Về")]
    ['.', '.']
    >>> [e[:3] for e in ocr_label_leaders("2.2. \u2014 Về công tác\\n2.5. \u2013 Về")]
    [(3, 6, '.'), (22, 25, '.')]
    >>> ocr_label_leaders("Ghi chú: 2.3... về sau\\n2... Về")
    []
    """
    if "." not in text:
        return []
    return [(m.start("dots"), m.end("dots"), ".", "ocr_section_label") for m in _label_lines(_LEADER_LABEL, text)]


def ocr_section_labels(text: str) -> list[_Edit]:
    """Edits putting back a roman section label an OCR engine misread, "l", "1" or "|" for "I"
    ("Il. NHIỆM VỤ", "1I.", "IlI.", "Vl."): a label at a line's start that holds one of those and
    an "I", "V" or "X", reads as a roman number once they are "I", and stands before a capitalised
    heading word. A lone "l." is "I." only before an upper-case heading in a text whose next part
    is labelled "II" (misread or not): "1." and "11." are never changed. A label with a capital
    "L" (read for "I" or for the dot) is put back by the sequence: it must be the number after
    the label above it, or the first label when the next one is "II". So is a label whose dot was
    lost before a heading in capitals that fills its line ("II NHIỆM VỤ VÀ GIẢI PHÁP").

    >>> [e[2:] for e in ocr_section_labels("I. MỤC ĐÍCH\\nIl. NHIỆM VỤ\\n1I. Giải pháp\\n11. Sở Y tế")]
    [('II', 'ocr_section_label'), ('II', 'ocr_section_label')]
    >>> [e[2:] for e in ocr_section_labels("l. MỤC ĐÍCH\\nIl. NHIỆM VỤ")]
    [('I', 'ocr_section_label'), ('II', 'ocr_section_label')]
    >>> ocr_section_labels("l. MỤC ĐÍCH\\n1. Sở Y tế; Ill. ok")
    []
    >>> [e[2:] for e in ocr_section_labels("L. MỤC ĐÍCH\\nIL. NHIỆM VỤ\\n-_IIL TỔ CHỨC")]
    [('I', 'ocr_section_label'), ('II', 'ocr_section_label'), ('III.', 'ocr_section_label')]
    >>> ocr_section_labels("K. PHẦN MƯỜI\\nL. PHẦN MƯỜI MỘT")
    []
    >>> [e[2:] for e in ocr_section_labels("I. MỤC ĐÍCH\\nII NHIỆM VỤ CỤ THỂ\\nIII. TỔ CHỨC\\nV KHÁC NHAU")]
    [('II.', 'ocr_section_label')]
    """
    out: list[_Edit] = []
    if "l" in text or "|" in text or "1" in text:
        out = _lower_l_labels(text)
    # (the labels that lost their dot, put back first: a capital "L" label below one is read by it,
    # "I. MỤC ĐÍCH" / "II NHIỆM VỤ" / "IIIL TỔ CHỨC")
    dotless = _label_lines(_DOTLESS_LABEL, text)
    undotted = _dotless_labels(text, dotless) if dotless else []
    if "L" in text:
        out.extend(_capital_l_labels(text, undotted))
        out.sort()
    if "\nl." in text:
        out.extend(_lone_l_labels(text))
        out.sort()
    if undotted:
        out.extend(undotted)
        out.sort()
    if "H" in text or "\u02c6" in text or "\u2014" in text:
        taken = {e[0] for e in out}
        out.extend(e for e in _joined_labels(text, out) if e[0] not in taken)
        out.sort()
    if sequence := [e for e in _label_sequence(text, out) if all(e[0] >= o[1] or e[1] <= o[0] for o in out)]:
        out.extend(sequence)
        out.sort()
    if (out or "1." in text) and (short := _labels_one_short(text, out)):
        again = {e[0] for e in short}
        out = [e for e in out if e[0] not in again] + short
        out.sort()
    if "| " in text and (groups := _group_labels(text, bool(out)) + _lost_row_numbers(text)):
        out.extend(groups)
        out.sort()
    return out


# a table row by its first cell: a row's number, or nothing before a task's words
_NUMBERED_BODY = r"\|(?P<cell>[ \t]*(?P<no>\d{1,3})?[ \t]*)\|[ \t]*(?P<task>\p{L})?"
_NUMBERED_ROW = (regex.compile(_NUMBERED_BODY), regex.compile("\n" + _NUMBERED_BODY), re.compile(r"\n(?=\|)"))


def _lost_row_numbers(text: str) -> list[_Edit]:
    """Edits putting back a row's number an OCR engine missed in a narrow cell: a row of a task
    table with an empty first cell and a task between the rows numbered n and n + 2 is row n + 1
    (a row's second line, under a cell merged down, follows its own row: n, then n + 1).

    >>> [e[2:] for e in _lost_row_numbers("| 4 | Nâng cấp mạng |\\n|  | Tập huấn |\\n| 6 | Bố trí |")]
    [(' 5 ', 'ocr_row_number')]
    >>> _lost_row_numbers("| 4 | Nâng cấp mạng |\\n|  | Tập huấn |\\n| 5 | Bố trí |")
    []
    """
    rows = [(m, int(m.group("no")) if m.group("no") else 0) for m in _line_start_matches(*_NUMBERED_ROW, text)]
    out: list[_Edit] = []
    for (_a, before), (m, value), (_c, after) in zip(rows, rows[1:], rows[2:], strict=False):
        if before and after == before + 2 and not value and m.group("task"):
            out.append((m.start("cell"), m.end("cell"), f" {before + 1} ", "ocr_row_number"))
    return out


# a table row opened by a group's roman label alone in its first cell, as OCR may read it
_GROUP_BODY = r"\|[ \t]*(?P<lab>[IVXLH1l]{1,5})\.?[ \t]*\|[ \t]*\p{Lu}"
_GROUP_ROW = (
    regex.compile(_GROUP_BODY),
    regex.compile("\n" + _GROUP_BODY),
    re.compile(r"\n(?=\|[ \t]*[IVXLH1l]{1,5}\.?[ \t]*\|)"),
)


def _group_labels(text: str, misread: bool = False) -> list[_Edit]:
    """Edits putting back a table group's roman label read clean but one stroke short or long
    between the groups around it ("| I | ... |" between "| I |" and "| III |" is "II"): the
    labels around it as OCR reads them ("L" for "I", "H" for "II", "HI" for "III"; the slips
    put those back later). Only in an OCR copy: where a label around it was misread so, or
    another label of the text was (``misread``); a typed table's slip ("IV", "IV", "VI") is
    left as written.

    >>> [e[2:] for e in _group_labels("| L | Thể chế |\\n| 1 | Rà soát |\\n| I | Hạ tầng |\\n| HI | Kiểm tra |")]
    [('II', 'ocr_section_label')]
    >>> _group_labels("| I | Thể chế |\\n| I | Hạ tầng |\\n| IV | Kiểm tra |")
    []
    >>> _group_labels("| IV | Dữ liệu |\\n| IV | Thương mại |\\n| VI | Kinh phí |")
    []
    >>> [e[2:] for e in _group_labels("| IV | Dữ liệu |\\n| IV | Thương mại |\\n| VI | Kinh phí |", True)]
    [('V', 'ocr_section_label')]

    >>> [e[2:] for e in _group_labels("| L | Thể chế |\\n| 1 | Rà soát |\\n| II | Hạ tầng |\\n| II | Kiểm tra |", True)]
    [('III', 'ocr_section_label')]
    >>> _group_labels("| I | Thể chế |\\n| II | Hạ tầng |\\n| II | Kiểm tra |")
    []
    """
    groups = []
    for m in _line_start_matches(*_GROUP_ROW, text):
        if m.group("lab").isdigit():
            continue  # (a row's number)
        reading = m.group("lab").replace("H", "II").replace("L", "I").replace("l", "I").replace("1", "I")
        groups.append((m, _roman_value(reading) if _ROMAN.fullmatch(reading) else 0))
    out: list[_Edit] = []
    # (the last group repeating the label above it has no label below: "| II |" after "| II |")
    last = [(groups[-1][0], groups[-1][1] + 2)] if len(groups) >= 2 and groups[-1][1] == groups[-2][1] else []
    for (a, before), (m, value), (c, after) in zip(groups, groups[1:], [*groups[2:], *last], strict=False):
        lab = m.group("lab")
        if not (before and after == before + 2 and value != before + 1 and _ROMAN.fullmatch(lab)):
            continue
        if not (misread or not _ROMAN.fullmatch(a.group("lab")) or not _ROMAN.fullmatch(c.group("lab"))):
            continue  # (no label around it misread: a typed table's own numbering)
        right = _ROMANS[before + 1] if before + 1 < len(_ROMANS) else ""
        if right and abs(lab.count("I") - right.count("I")) == 1 and lab.replace("I", "") == right.replace("I", ""):
            out.append((m.start("lab"), m.end("lab"), right, "ocr_section_label"))
    return out


# a roman label at a line's start, before a heading in capitals (a speck of its tab leader between)
_PART_BODY = r"[ \t*_#]*(?P<lab>[IVX]{1,5})[ \t]*[.\-\u2013)][ \t\-\u2013\u2014\u02c6]*\p{Lu}{2}"
_PART_LABEL = (regex.compile(_PART_BODY), regex.compile("\n" + _PART_BODY))


def _labels_one_short(text: str, edits: list[_Edit]) -> list[_Edit]:
    """Edits adding the stroke an OCR engine lost from each part label after the first, when
    the first part, before a heading that opens a plan ("MỤC ĐÍCH"), reads "I" (as read or put
    back) or "1." and the parts after it read "I", "II", ... in turn: no plan has two parts "I",
    so each of them is one short ("I. MỤC ĐÍCH", "I. — NHIỆM VỤ", "II. TỔ CHỨC" are I, II, III).
    Only where another label of the text was misread (``edits``) or the first reads "1.", up to a
    part numbered anew. A label an edit put back is put back again (the caller keeps the last
    edit of a start).

    >>> text = "I. MỤC ĐÍCH\\nI. — NHIỆM VỤ\\nII. TỔ CHỨC THỰC HIỆN\\n"
    >>> [e[2:] for e in _labels_one_short(text, [(0, 1, "I", "ocr_section_label")])]
    [('II', 'ocr_section_label'), ('III', 'ocr_section_label')]
    >>> _labels_one_short(text.replace("II. TỔ", "IV. TỔ"), [(0, 1, "I", "ocr_section_label")])
    []
    >>> [e[2:] for e in _labels_one_short("1. MỤC ĐÍCH, YÊU CẦU\\nI. NHIỆM VỤ\\nII. TỔ CHỨC THỰC HIỆN", [])]
    [('I', 'ocr_section_label'), ('II', 'ocr_section_label'), ('III', 'ocr_section_label')]
    >>> _labels_one_short("1. MỤC ĐÍCH, YÊU CẦU\\n2. NHIỆM VỤ\\nI. TỔ CHỨC THỰC HIỆN", [])
    []
    """
    # (most texts: no label misread and no first part "1." in capitals; one search tells)
    one = _ARABIC_FIRST_PART[0].match(text) or next(
        (m for line in _ARABIC_FIRST_LINES.finditer(text) if (m := _ARABIC_FIRST_PART[1].match(text, line.start()))),
        None,
    )
    if one is None and not edits:
        return []
    breaks = _sequence_breaks(text)
    end = breaks[0] if breaks else len(text)
    # (start: end, value, the roman label as an edit put it back with what follows it, or None)
    found: dict[int, tuple[int, int, tuple[str, str] | None]] = {
        m.start("lab"): (m.end("lab"), _roman_value(m.group("lab")), None)
        for m in _line_start_matches(*_PART_LABEL, None, text, end)
    }
    for e in edits:
        lab = e[2].lstrip()
        roman = lab[: len(lab) - len(lab.lstrip("IVX"))]
        if roman and (value := _roman_value(roman)) and e[0] < end:
            found[e[0]] = (e[1], value, (e[2][: len(e[2]) - len(lab)], lab[len(roman) :]))
    out: list[_Edit] = []
    if (
        one is not None
        and one.start("lab") < end
        and all(at > one.start("lab") for at in found)
        and _ARABIC_SECOND_PART.search(text, one.end(), min(found, default=end)) is None
    ):
        # (the first part read "1." before its heading in capitals, the parts after it roman:
        # "1. MỤC ĐÍCH", "I. NHIỆM VỤ", "II. TỔ CHỨC" are I, II, III)
        found[one.start("lab")] = (one.end("lab"), 1, None)
        out.append((one.start("lab"), one.end("lab"), "I", "ocr_section_label"))
    elif not edits:
        return []
    labels = sorted((start, stop, value, put) for start, (stop, value, put) in found.items())
    if len(labels) < 2 or labels[0][2] != 1:
        return []
    first = labels[0][0]
    line = text[first : text.find("\n", first) if "\n" in text[first:] else len(text)]
    if not any(h in line for h in _first_headings()):
        return []
    rest = labels[1:]
    if [v for _s, _e, v, _p in rest] != list(range(1, len(rest) + 1)):
        return []
    for start, stop, v, put in rest:
        if v + 1 < len(_ROMANS):
            right = _ROMANS[v + 1] if put is None else put[0] + _ROMANS[v + 1] + put[1]
            out.append((start, stop, right, "ocr_section_label"))
    return out


# the first part of a plan numbered "1." before its heading in capitals ("1. MỤC ĐÍCH, YÊU CẦU")
_ARABIC_FIRST_BODY = r"[ \t*_#]*(?P<lab>1)[ \t]*\.[ \t]+\p{Lu}{2,}[ \t,]+\p{Lu}"
_ARABIC_FIRST_PART = (regex.compile(_ARABIC_FIRST_BODY), regex.compile("\n" + _ARABIC_FIRST_BODY))
_ARABIC_FIRST_LINES = re.compile(r"\n(?=[ \t*_#]*1[ \t]*\.[ \t])")  # (where it may be: see _at_line_starts)
# (its second part numbered "2." so: the parts are numbered in digits)
_ARABIC_SECOND_PART = regex.compile(r"^[ \t*_#]*2[ \t]*\.[ \t]+\p{Lu}{2,}", regex.M)


# A numbered or roman label at a line's start before a capitalised word, for the sequence check.
# (a stray capital or digit OCR read before a roman label: "TII- NỘI DUNG", "1II. TỔ CHỨC")
_SEQ_BODY = r"[ \t]*(?P<stray>[T1lJ|](?=[IVX]))?(?P<lab>\d{1,2}|[IVX]{1,5})(?P<sep>[.,\-])[ \t]+\p{Lu}"
_SEQ_LABEL = (
    regex.compile(_SEQ_BODY),
    regex.compile("\n" + _SEQ_BODY),
    re.compile(rf"\n(?=[ \t]*[T1lJ|]?(?:[IVX]{{1,5}}|{_ANY_DIGIT}{{1,2}})[.,\-][ \t])"),
)
# a "5." read as an "S" at a line's start, before a capitalised word (read by the labels around it)
_S_BODY = r"[ \t]*(?P<lab>S)(?P<sep>[.,]?)[ \t]+(?=\p{Lu}\p{Ll})"
_S_LABEL = (regex.compile(_S_BODY), regex.compile("\n" + _S_BODY), re.compile(r"\n(?=[ \t]*S[.,]?[ \t])"))
# digits an OCR engine reads for one another (a "5" read as "9", a "3" as "8")
_DIGIT_LOOKALIKES = frozenset({"59", "95", "56", "65", "38", "83", "68", "86", "17", "71", "08", "80"})
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


@functools.cache
def _sequence_break() -> tuple[tuple[str, ...], regex.Pattern[str], regex.Pattern[str]]:
    """A line that opens a part numbered anew (slips.yaml ``sequence_breaks``: "Phần thứ hai",
    "CHƯƠNG II", "PHỤ LỤC"), its heading in capitals: the labels under it start again. The
    words one of which such a line holds, and the pattern of the line (tried at the text's start,
    and led by a line break)."""
    data = load("slips")["sequence_breaks"]
    words = "|".join(regex.escape(str(w)) for w in data["words"])
    after = "|".join(regex.escape(str(w)) for w in data["after"])
    number = rf"(?:[ \t]+(?:{after})[ \t]+\p{{L}}+|[ \t]+(?:[IVXLC]+|\d+|[ABDĐEGH])(?![\p{{L}}\d]))?"
    capitals = r"\p{Lu}+(?:[ \t,\-–]+\p{Lu}+)+"
    # (its heading in capitals after it or on the next line: not a reference a wrap put at a
    # line's start, "... theo khoản 2" / "Phần I" / "Hướng dẫn số ...")
    heading = rf"[ \t]*[.:\-–]?[ \t]*(?:{capitals}[ \t]*$|\n[ \t*_]*{capitals})"
    body = rf"[ \t*_#]*(?:{words}){number}{heading}"
    return tuple(str(w) for w in data["words"]), regex.compile(body, regex.M), regex.compile("\n" + body, regex.M)


def _sequence_breaks(text: str) -> list[int]:
    """Where the lines that open a part numbered anew start (:func:`_sequence_break`), in order."""
    words, first, after_break = _sequence_break()
    if not any(w in text for w in words):
        return []
    return [m.start() + (m.re is after_break) for m in _line_start_matches(first, after_break, None, text)]


def _line_start_matches(
    first: Any, after_break: Any, lines: Any, text: str, end: int | None = None
) -> list[Any]:
    """The matches a pattern led by "^" (MULTILINE) finds in ``text[:end]``, for a pattern that
    matches no empty text and ends no match just after a line break: ``first``, the pattern
    without the "^", tried at the text's start, then ``after_break``, led by a line break
    instead, searched for from that match's end (the engine skips to the breaks instead of trying
    "^" at every position); when ``lines`` is given, tried only at the breaks it finds (each a
    match of the break alone: see :func:`_at_line_starts`). (:func:`_at_line_starts` searches
    from the start.)"""
    stop = len(text) if end is None else end
    found = first.match(text, 0, stop)
    at = 0 if found is None else found.end()
    out = [found] if found is not None else []
    if lines is None:
        return out + list(after_break.finditer(text, at, stop))
    for line in lines.finditer(text, at, stop):
        if line.start() >= at and (m := after_break.match(text, line.start(), stop)) is not None:
            out.append(m)
            at = m.end()
    return out


def _label_sequence(text: str, known: Iterable[_Edit] = ()) -> list[_Edit]:
    """Edits putting back a label an OCR engine misread within an unbroken sequence: between the
    labels ``n-1`` and ``n+1`` of its kind (digits or roman) on the lines around it, a label ``9.``
    whose one digit is a lookalike of ``n``'s ("4.", "9.", "6." -> "5."), or a roman label one
    stroke short or long of ``n`` ("II.", "II.", "IV." -> "III."). The roman labels ``known``
    edits put back ("1L." -> "II.") count in the sequence as they were put back.

    >>> [e[2:] for e in _label_sequence("4. Sở Y tế\\n9. Sở Nội vụ\\n6. Sở Tư pháp")]
    [('5', 'ocr_section_label')]
    >>> [e[2:] for e in _label_sequence("I. MỤC ĐÍCH\\nII. NHIỆM VỤ\\nII. TỔ CHỨC\\nIV. KHÁC")]
    [('III', 'ocr_section_label')]
    >>> [e[2:] for e in _label_sequence("I. MỤC ĐÍCH\\n1L. NHIỆM VỤ\\nII. TỔ CHỨC\\nIV. KHÁC", [(12, 14, "II.", "x")])]
    [('III', 'ocr_section_label')]
    >>> _label_sequence("4. Sở Y tế\\n7. Sở Nội vụ\\n6. Sở Tư pháp\\nII. A\\nV. B\\nIV. C")
    []
    >>> [e[2:] for e in _label_sequence("I- MỤC ĐÍCH\\nTII- NỘI DUNG\\nII- TỔ CHỨC")]
    [('II', 'ocr_section_label'), ('III', 'ocr_section_label')]
    >>> [e[2:] for e in _label_sequence("I. MỤC ĐÍCH\\nII. NỘI DUNG\\n1II. TỔ CHỨC")]
    [('III', 'ocr_section_label')]
    >>> _label_sequence("I. MỤC ĐÍCH\\nII. NỘI DUNG\\nTV. TỔ CHỨC")
    []
    >>> [e[2:] for e in _label_sequence("I. MỤC\\n1I. NHIỆM VỤ\\nII. TỔ CHỨC\\nIV. KHÁC", [(7, 9, "II", "x")])]
    [('III', 'ocr_section_label')]
    >>> text = "6. Sở Y tế\\n7, Sở Nội vụ\\n8. Sở Tư pháp\\nI- MỤC\\nII- NỘI DUNG\\nII- TỔ CHỨC"
    >>> [e[2:] for e in _label_sequence(text)]
    [('7.', 'ocr_section_label'), ('III', 'ocr_section_label')]
    >>> _label_sequence("Phần thứ nhất\\nTÌNH HÌNH CHUNG\\nI. KINH TẾ\\nPhần thứ hai\\nNHIỆM VỤ NĂM TỚI\\nI. NHIỆM VỤ")
    []
    >>> [e[2:] for e in _label_sequence("3. Sở Y tế\\n4. Sở Tư pháp\\n9. Sở Nội vụ\\nII. TỔ CHỨC\\n1. Sở Xây dựng")]
    [('5', 'ocr_section_label')]
    >>> [e[2:] for e in _label_sequence("3. Sở Y tế\\n4. Sở Tư pháp\\nS Sở Nội vụ\\n6. Sở Xây dựng")]
    [('5.', 'ocr_section_label')]
    """
    breaks: list[int] | None = None  # (where the parts numbered anew start: found when needed)
    # (value, start, end of the label, label, separator); end 0: a label put back, not to edit
    digits: list[tuple[int, int, int, str, str]] = []
    romans: list[tuple[int, int, int, str, str]] = []
    # (the roman labels with a stray character before them: their start, by the label's)
    strays: dict[int, tuple[int, str]] = {}
    put_back = {e[0] for e in known}
    for m in _label_lines(_SEQ_LABEL, text):
        lab, sep = m.group("lab"), m.group("sep")
        if lab.isdigit():
            digits.append((int(lab), m.start("lab"), m.end("lab"), lab, sep))
        elif m.group("stray") and m.start("stray") in put_back:
            continue  # (a label read with a "1" for an "I", put back before: "1I." is "II.")
        elif (v := _roman_value(lab)) and v < len(_ROMANS) and _ROMANS[v] == lab:
            romans.append((v, m.start("lab"), m.end("lab"), lab, sep))
            if m.group("stray"):
                strays[m.start("lab")] = (m.start("stray"), m.group("stray"))
    if "\nS" in text:  # (a "5" read as an "S", its dot lost or read as a comma: "S Trưởng các thôn")
        digits += [(-1, m.start("lab"), m.end("sep"), "S", m.group("sep")) for m in _label_lines(_S_LABEL, text)]
        digits.sort(key=lambda d: d[1])
    fixed = [(v, e[0], 0, "", ".") for e in known if (v := _roman_value(e[2].rstrip(".")))]
    if fixed:
        romans = sorted(romans + fixed, key=lambda r: r[1])
    out: list[_Edit] = []
    for seq, roman in ((digits, False), (romans, True)):
        for k in range(1, len(seq)):
            prev, (v, start, end, lab, sep) = seq[k - 1][0], seq[k]
            want = prev + 1
            if not end or (want >= len(_ROMANS) and roman):
                continue
            if roman and start in strays:
                # a stray character before the label: the label as read, or with a "1", "l" or
                # "|" read for an "I" of it, when that continues the labels above (the label
                # below may be misread too: "I-" / "TII-" / "II-" is "I-", "II-", "III-")
                at, stray = strays[start]
                for right in (lab, "I" + lab if stray in "1l|" else ""):
                    if right and _roman_value(right) == want and _ROMANS[want] == right:
                        out.append((at, end, right, "ocr_section_label"))
                        seq[k] = (want, start, end, right, sep)
                        break
                continue
            if v == want and sep != ",":
                continue  # (read right: nothing to put back)
            # (the last label of a list of digits: the labels below start again at "1" or there
            # are none; its digit is read by the unbroken list above it, a digit next to the one
            # meant excepted, which may be the label after an item the reading lost)
            last_digit = (
                not roman
                and (k + 1 == len(seq) or seq[k + 1][0] == 1)
                and abs(v - want) != 1
                and prev == (seq[k - 2][0] + 1 if k >= 2 else 1)
            )
            if k + 1 < len(seq) and not last_digit:
                if seq[k + 1][0] != prev + 2:
                    continue
            elif v != want and not (roman and v == prev) and not last_digit:
                continue  # (the last label: only a roman part repeating the one above)
            if breaks is None:
                breaks = _sequence_breaks(text) if "\n" in text else []
            last = seq[k + 1][1] if k + 1 < len(seq) else start
            if bisect.bisect_left(breaks, seq[k - 1][1]) != bisect.bisect_left(breaks, last):
                continue  # (a part numbered anew between the labels: no sequence)
            if lab == "S":
                if want == 5:
                    out.append((start, end, "5.", "ocr_section_label"))
                    seq[k] = (5, start, end, "5.", ".")
                continue
            right = _ROMANS[want] if roman else str(want)
            if v == want:
                near = sep == ","
            elif roman:
                near = lab.count("I") - right.count("I") in (1, -1) and lab.replace("I", "") == right.replace("I", "")
            else:
                diff = [a + b for a, b in zip(lab, right, strict=False) if a != b]
                near = len(lab) == len(right) and len(diff) == 1 and diff[0] in _DIGIT_LOOKALIKES
            if near and sep == ",":  # (a dot read as a comma: "7, Sở Nội vụ")
                out.append((start, end + 1, right + ".", "ocr_section_label"))
            elif near:
                out.append((start, end, right, "ocr_section_label"))
    return out


# a roman label as a scan's OCR reads it before a heading in capitals: its "II" joined into an "H"
# ("H. NHIỆM VỤ", "HI TỔ CHỨC", "HII. TỔ CHỨC"), or a speck of the label's tab leader or of the
# paper read between it and the heading ("II ˆ TỔ CHỨC", "I. — NHIỆM VỤ"): read only by the
# sequence of the labels around it
_JOINED_BODY = (
    r"[ \t*_#]*(?P<lab>[IHL]{1,4})(?P<sep>[ \t]*[.\-\u2013]?)"
    r"(?P<junk>[ \t]+[\u02c6^~`'\u2014\u2013\-][ \t]*|[ \t]+)(?=\p{Lu}{2,}[ \t,]+\p{Lu}{2,})"
)
_JOINED_LABEL = (
    regex.compile(_JOINED_BODY),
    regex.compile("\n" + _JOINED_BODY),
    re.compile(r"\n(?=[ \t*_#]*[IHL]{1,4}[ \t]*[.\-\u2013]?[ \t])"),
)


def _joined_labels(text: str, known: Iterable[_Edit] = ()) -> list[_Edit]:
    """The roman labels read with an "H" for "II" or with a speck before their heading, put back
    when they continue the labels above them (or, as the first, lead to the label below), a
    label one stroke short or long of that number given it ("I. —" between "I." and "HI" is "II.").
    The labels ``known`` edits put back count as they were put back.

    >>> [e[2:] for e in _joined_labels("I. MỤC ĐÍCH\\nH. NHIỆM VỤ\\nHI TỔ CHỨC THỰC HIỆN")]
    [('II.', 'ocr_section_label'), ('III.', 'ocr_section_label')]
    >>> edits = _joined_labels("MỤC ĐÍCH\\nI. \u2014 NHIỆM VỤ\\nHI \u02c6 TỔ CHỨC")
    >>> [e[2] for e in edits]
    ['II.', ' ', 'III.', ' ']
    >>> [e[2] for e in _joined_labels("L MỤC ĐÍCH\\nI. \u2014 NHIỆM VỤ\\nII \u02c6 TỔ CHỨC", [(0, 1, "I.", "x")])]
    ['II.', ' ', 'III.', ' ']
    >>> _joined_labels("Kính gửi:\\nH. NGUYỄN VĂN AN\\nHI VÀ CỘNG SỰ")
    []
    >>> [e[2] for e in _joined_labels("I. MỤC ĐÍCH\\nII. NHIỆM VỤ\\nHII. TỔ CHỨC THỰC HIỆN")]
    ['III.']
    """
    labels: list[tuple[int, int, Any]] = []  # (start, value as read or put back, damaged match)
    for e in known:
        if v := _roman_value(e[2].strip(" .")):
            labels.append((e[0], v, None))
    starts = {t[0] for t in labels}
    damaged: dict[int, Any] = {}
    for m in _label_lines(_JOINED_LABEL, text):
        lab = m.group("lab")
        if m.start("lab") in starts:
            continue
        if "H" in lab or m.group("junk").strip():
            damaged[m.start("lab")] = m
            reading = lab.replace("H", "II").replace("L", "I")
            if not _roman_value(reading):  # an "H" read for one "I" and a speck ("HII." for "III.")
                reading = lab.replace("H", "I").replace("L", "I")
            labels.append((m.start("lab"), _roman_value(reading), m))
    if not damaged:
        return []
    labels.extend(_clean_labels(text, damaged.keys() | starts))
    if all(m is not None and "H" in m.group("lab") for _, _, m in labels):
        return []  # (no label read without an "H" to anchor the sequence: capitals of a name)
    labels.sort(key=lambda t: t[0])
    out: list[_Edit] = []
    previous = 0
    for i, (_, value, m) in enumerate(labels):
        if m is None:
            previous = value
            continue
        following = labels[i + 1][1] if i + 1 < len(labels) else 0
        first = not previous and any(text.startswith(h, m.end("junk")) for h in _first_headings())
        want = previous + 1 if previous else (1 if first else following - 1 if following > 1 else 0)
        lab = _ROMANS[value] if 0 < value < len(_ROMANS) else ""
        right = _ROMANS[want] if 0 < want < len(_ROMANS) else ""
        stroke = abs(lab.count("I") - right.count("I")) == 1 and lab.replace("I", "") == right.replace("I", "")
        # (one stroke short or long: between the labels above and below; before a label read one
        # short as well, "I. —" then "II ˆ" after "I."; or the last, repeating the label above)
        lower = labels[i + 1][2] is not None and following == value + 1 if i + 1 < len(labels) else value == previous
        near = value == want or (stroke and (following == want + 1 or lower))
        if not (value and right and near):
            previous = 0
            continue
        previous = want
        out.append((m.start("lab"), m.end("sep"), right + ".", "ocr_section_label"))
        if m.group("junk").strip():
            out.append((m.start("junk"), m.end("junk"), " ", "ocr_section_label"))
    return out


def _clean_labels(text: str, skip: Collection[int] = ()) -> list[tuple[int, int, Any]]:
    """(start, value, None) of the roman labels read clean at the text's line starts, but those
    starting at an offset of ``skip``."""
    return [
        (m.start("lab"), _roman_value(m.group("lab")), None)
        for m in _label_lines(_CLEAN_LABEL, text)
        if m.start("lab") not in skip
    ]


def _dotless_labels(text: str, dotless: list[Any]) -> list[_Edit]:
    """The roman labels that lost their dot, given their dot when they continue the labels above
    them ("I. MỤC ĐÍCH" then "II NHIỆM VỤ"), or open the text's parts before its "II"."""
    labels: list[tuple[int, int, Any]] = [(m.start("lab"), _roman_value(m.group("lab")), m) for m in dotless]
    labels.extend(_clean_labels(text))
    labels.sort(key=lambda t: t[0])
    out: list[_Edit] = []
    previous = 0
    for i, (_, value, m) in enumerate(labels):
        if m is None:
            previous = value
            continue
        following = labels[i + 1][1] if i + 1 < len(labels) else 0
        if value and (value == previous + 1 if previous else value == 1 and following == 2):
            out.append((m.start("lab"), m.end("lab"), m.group("lab") + ".", "ocr_section_label"))
            previous = value
        else:
            previous = 0
    return out


# a lone "l." on its line (a table's cell: the appendix's first group of tasks), over a heading of
# two upper-case words or more on the next line
_LONE_L_LABEL = regex.compile(
    r"\n[ \t]*(?P<lab>l)\.[ \t]*\n[ \t]*\p{Lu}[\p{Lu}\p{M}]+(?:[ \t]+[\p{Lu}\p{M},]+)+[ \t]*(?=\n|$)"
)


def _lone_l_labels(text: str) -> list[_Edit]:
    """The label "I." of a table's first group read as "l." in a cell of its own, over the
    group's heading in capitals, in a text with a part "II" (as :func:`_lower_l_labels` asks).

    >>> [e[2:] for e in _lone_l_labels("II. NHIỆM VỤ\\nSTT\\nl.\\nNÂNG CAO NHẬN THỨC\\n1\\nTuyên truyền")]
    [('I', 'ocr_section_label')]
    >>> _lone_l_labels("Nội dung.\\nl.\\nNÂNG CAO NHẬN THỨC\\n1\\nTuyên truyền")
    []
    """
    found = list(_LONE_L_LABEL.finditer(text))
    if not found or _ROMAN_TWO.search(text) is None:
        return []
    return [(m.start("lab"), m.end("lab"), "I", "ocr_section_label") for m in found]


def _lower_l_labels(text: str) -> list[_Edit]:
    out: list[_Edit] = []
    second: bool | None = None
    for m in _ocr_labels(text):
        lab = m.group("lab")
        if lab.isdigit() or not any(c in "l1|" for c in lab):
            continue
        head = m.group("head")
        if not head[:1].isupper():
            continue
        if len(lab) == 1:
            if lab != "l" or len(head) < 2 or not head.isupper():
                continue
            if second is None:
                second = _ROMAN_TWO.search(text) is not None
            if not second:
                continue
        elif not any(c in "IVX" for c in lab):
            continue
        fixed = lab.replace("l", "I").replace("1", "I").replace("|", "I")
        if _ROMAN.fullmatch(fixed) is None:
            continue
        out.append((m.start("lab"), m.end("lab"), fixed, "ocr_section_label"))
    return out


@functools.lru_cache(maxsize=2)  # (read by the lower-case "l" and the capital "L" labels of one text)
def _ocr_labels(text: str) -> tuple[Any, ...]:
    """The roman labels at the text's line starts that may hold a character OCR read for "I"."""
    return tuple(_at_line_starts(_OCR_LABEL_FIRST, _OCR_LABEL_NEXT, text, _OCR_LABEL_LINES))


def _first_heading(text: str, m: Any) -> bool:
    """Whether the heading after a label is one that opens a plan's first part (data: slips.yaml
    first_headings)."""
    start = m.start("head")
    return any(text.startswith(h, start) for h in _first_headings())


@functools.cache
def _first_headings() -> tuple[str, ...]:
    return tuple(str(h) for h in load("slips")["first_headings"])


def _i_for_l(label: str) -> str:
    return label.replace("l", "I").replace("1", "I").replace("|", "I").replace("L", "I")


def _capital_l_labels(text: str, known: Iterable[_Edit] = ()) -> list[_Edit]:
    """The labels holding a capital "L", read by the labels before and after them (``known``:
    the labels other edits put back, which count as they were put back)."""
    damaged = _label_lines(_L_LABEL, text)
    if not damaged:
        return []
    # every label of the text in its order: (start, value or 0 for a damaged one, match)
    labels: list[tuple[int, int, Any]] = [(m.start("lab"), 0, m) for m in damaged]
    labels += [(e[0], v, None) for e in known if (v := _roman_value(e[2].rstrip(".")))]
    for m in _label_lines(_CLEAN_LABEL, text):
        labels.append((m.start("lab"), _roman_value(m.group("lab")), None))
    for m in _ocr_labels(text):
        fixed = m.group("lab").replace("l", "I").replace("1", "I").replace("|", "I")
        if fixed != m.group("lab") and not m.group("lab").isdigit():
            labels.append((m.start("lab"), _roman_value(fixed), None))
    labels.sort(key=lambda t: t[0])
    out: list[_Edit] = []
    previous = 0  # the value of the label above (0: none yet)
    for i, (_, value, m) in enumerate(labels):
        if m is None:
            previous = value
            continue
        lab = m.group("lab").replace("l", "I").replace("1", "I").replace("|", "I")
        readings = [_i_for_l(lab)]
        if not m.group("sep").strip():
            readings.append(lab[:-1])  # the dot read as "L"
        following = 0  # the value of the label below (a damaged one read with "I" for "L")
        if i + 1 < len(labels):
            n = labels[i + 1][2]
            following = labels[i + 1][1] if n is None else _roman_value(_i_for_l(n.group("lab")))
        want = previous + 1 if previous else (1 if following == 2 or _first_heading(text, m) else 0)
        hit = next((r for r in readings if want and _roman_value(r) == want), None)
        if hit is None:
            previous = 0
            continue
        previous = want
        dot = "" if m.group("sep").strip() else "."
        debris = m.group("debris")
        start = m.start("lab")
        if debris.strip(" \t*#"):  # a speck of dashes or underscores before the label goes
            start = m.start("debris") + len(debris) - len(debris.lstrip(" \t*#"))
        out.append((start, m.end("lab"), hit + dot, "ocr_section_label"))
    return out


# --------------------------------------------------------------------------------------------
# Step: a table's header cell an OCR engine misread ("SIT", "Thời han", "Chú trì")


@functools.cache
def _header_cell_pattern() -> tuple[Any, dict[str, str], tuple[re.Pattern[str], ...]]:
    cells = {str(k): str(v) for k, v in load("slips")["table_header_cells"].items()}
    alt = "|".join(re.escape(k) for k in sorted(cells, key=len, reverse=True))
    # (the standard library's engine; a cell is bounded by a bar, a tab or the line's ends: the
    # words lead the pattern so that the engine skips to them, what stands before is checked after)
    pattern = re.compile(rf"({alt})[ ]*(?=[|\t]|$)", re.MULTILINE)
    return pattern, cells, _word_scans(list(cells))


def _word_scans(words: list[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns that find where one of ``words`` (plain text) starts, one for each first
    character, led by it (the engine skips to it: quicker than a class of them all); each match
    is that character alone, so that a start inside another word is found too."""
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rests.setdefault(w[0], []).append(w[1:])
    return tuple(re.compile(re.escape(c) + "(?=" + "|".join(map(re.escape, r)) + ")") for c, r in sorted(rests.items()))


def _word_starts(scans: Iterable[re.Pattern[str]], text: str) -> list[int]:
    """Where the words of :func:`_word_scans` start in ``text``, in order."""
    return sorted(m.start() for scan in scans for m in scan.finditer(text))


def ocr_table_header(text: str) -> list[_Edit]:
    """Edits putting back a table's header cell an OCR engine misread (data: slips.yaml
    table_header_cells), matched only as a whole cell.

    >>> [e[2:] for e in ocr_table_header("| SIT | Nội dung | Chú trì | Thời han |\\n| SIT là mã |")]
    [('STT', 'ocr_table_header'), ('Chủ trì', 'ocr_table_header'), ('Thời hạn', 'ocr_table_header')]
    """
    pattern, cells, scans = _header_cell_pattern()
    out: list[_Edit] = []
    last = 0
    # (the matches of the pattern, tried only where one of the cells' words starts)
    for at in _word_starts(scans, text):
        if at < last or (m := pattern.match(text, at)) is None:
            continue
        last = m.end()
        k = m.start()
        while k > 0 and text[k - 1] == " " and m.start() - k < 40:
            k -= 1
        if k > 0 and text[k - 1] not in "\n|\t":
            continue
        out.append((m.start(1), m.end(1), cells[m.group(1)], "ocr_table_header"))
    return out


# --------------------------------------------------------------------------------------------
# Steps: what a text layer or an OCR engine does to words


# Marks an OCR engine sets apart from their vowel: a spacing grave, acute, circumflex or tilde
# beside the word ("VÊ`", "ngà`nh", "nhâˆn"), or a tilde, grave or acute on an "n" ("Nguyêñ").
_STRAY_TONES = {"`": "grave", "´": "acute", "˜": "tilde", "~": "tilde", "ˆ": "", "^": ""}
_TONED_N = {
    "ñ": ("n", "tilde"),
    "Ñ": ("N", "tilde"),
    "ǹ": ("n", "grave"),
    "Ǹ": ("N", "grave"),
    "ń": ("n", "acute"),
    "Ń": ("N", "acute"),
}
_STRAY_SET = "".join(re.escape(c) for c in (*_STRAY_TONES, *_TONED_N))
_STRAY_MARK = re.compile(f"[{_STRAY_SET}]")
_STRAY_CHARS = frozenset((*_STRAY_TONES, *_TONED_N))
_STRAY_WORD = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d{_STRAY_SET}])[\p{{L}}\p{{M}}{_STRAY_SET}]+(?![\p{{L}}\p{{M}}\d{_STRAY_SET}])"
)


def ocr_tone_marks(text: str, style: str = "old") -> list[_Edit]:
    """Edits setting a tone mark OCR read apart from its vowel back on it: a word of letters and
    such marks ("VÊ`", "Nguyêñ", "t`ừng", "nhâˆn") is the syllable its letters spell with that
    tone on the vowel that carries it, or, when they already carry a tone, the syllable without
    the stray mark; anything else stays (no syllable, two tones).

    >>> [e[2:] for e in ocr_tone_marks("Ông Nguyêñ Văn An; VÊ` VIỆC; t`ừng đơn vị; nhâˆn dân")]
    [('Nguyễn', 'ocr_tone_mark'), ('VỀ', 'ocr_tone_mark'), ('từng', 'ocr_tone_mark'), ('nhân', 'ocr_tone_mark')]
    >>> ocr_tone_marks("mã A`B; x^2; ~50%; Piñata; don`t; `cờ`, xem `Điều` và `Chương`")
    []
    """
    if _rare_chars(text).isdisjoint(_STRAY_CHARS):
        return []
    out: list[_Edit] = []
    for m in _STRAY_WORD.finditer(text):
        word = m.group()
        if _STRAY_MARK.search(word) is None or word[0] in _STRAY_TONES or _code_span_end(text, m.start(), word):
            continue  # (a mark before the word opens a markdown code span or is no tone of it)
        tones = set()
        letters = []
        for c in word:
            if c in _STRAY_TONES:
                tones.add(_STRAY_TONES[c])
            elif c in _TONED_N:
                letters.append(_TONED_N[c][0])
                tones.add(_TONED_N[c][1])
            else:
                letters.append(c)
        tones.discard("")
        bare = unicodedata.normalize("NFC", "".join(letters))
        if len(tones) > 1 or not bare.isalpha() or (bare.isascii() and not tones):
            continue
        own = syllables.tone_of(bare)
        if own is None:
            continue
        if own != "level" or not tones:
            fixed: str | None = bare if syllables.is_syllable(bare) else None
        else:
            fixed = syllables.place_tone(bare, tones.pop())
        if fixed is not None:
            out.append((m.start(), m.end(), _restyle(fixed, style), "ocr_tone_mark"))
    return out



def _code_span_end(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (at ``start``) ends with a backtick closing a markdown code span: another
    backtick before it on its line opens a word."""
    if not word.endswith("`"):
        return False
    at = text.rfind("`", text.rfind("\n", 0, start) + 1, start)
    return at >= 0 and (at == 0 or text[at - 1].isspace()) and not text[at + 1 : at + 2].isspace()


@functools.cache
def _opener_pattern() -> tuple[Any, Any]:
    """A speck before a line opener at the start of the text, and after a line break."""
    words = load("slips")["line_openers"]
    alt = "|".join(r"[ \t]+".join(re.escape(p) for p in str(w).split()) for w in words)
    # (the standard library's engine, much faster; lower case checked after)
    speck = rf"[ \t]*(?P<speck>[^\W\d_])(?=(?:{alt})(?![^\W\d_]))"
    return re.compile(speck), re.compile("\n" + speck)


def stray_glyphs(text: str) -> list[_Edit]:
    """Edits dropping a lower-case speck an OCR engine glued before a word that opens a line of
    the header or the sign-off ("ậNơi nhận:").

    >>> stray_glyphs("Điều 4. Thi hành./.\\nậNơi nhận: TM. ỦY BAN")
    [(20, 21, '', 'ocr_stray_glyph')]
    """
    return [
        (m.start("speck"), m.end("speck"), "", "ocr_stray_glyph")
        for m in _at_line_starts(*_opener_pattern(), text)
        if m.group("speck").islower()
    ]


# a speck an OCR engine read at a line's margin ("‘", "_", "~") before a section's label
# and its blank ("‘2. Ủy ban ...", "_ III. TỔ CHỨC ...", "‘Điều 2. ..."): a roman or arabic
# number and a period, a letter or a number and a closing parenthesis, or a capitalised word, a
# number and a period
_LABEL_SPECK = (
    r"[ \t]*(?P<speck>[\u2018\u2019_~\u00a6])[ \t]*"
    r"(?=(?:[IVXL]{1,6}\.|\d{1,2}\.(?:\d{1,2}\.)?|[a-zđ\d]\)|\p{Lu}\p{Ll}{1,6}[ \t]+\d{1,3}\.)[ \t]+\w)"
)
_LABEL_SPECKS = (regex.compile(_LABEL_SPECK), regex.compile("\n" + _LABEL_SPECK))


def label_specks(text: str) -> list[_Edit]:
    """Edits dropping a speck at a line's margin before a section's label (see above).

    >>> label_specks("Nội dung:\\n\\u2018 2. Sở Tài chính\\n_III. TỔ CHỨC\\n_a_ là")
    [(10, 12, '', 'ocr_stray_glyph'), (28, 29, '', 'ocr_stray_glyph')]
    """
    if not any(c in text for c in "\u2018\u2019_~\u00a6"):
        return []
    out: list[_Edit] = []
    for m in _at_line_starts(*_LABEL_SPECKS, text):
        speck, end = m.group("speck"), m.end("speck")
        stop = text.find("\n", end)
        line = text[end : stop if stop >= 0 else len(text)]
        if speck in line or (speck == "\u2018" and "\u2019" in line):
            continue  # (one of a pair: an emphasis "_1. Mục tiêu_", a quotation "‘Điều 2. ...’")
        while text[end : end + 1] in (" ", "\t"):
            end += 1
        out.append((m.start("speck"), end, "", "ocr_stray_glyph"))
    return out


@functools.cache
def _inner_capitals() -> Any:
    """The phrases of ``ocr_inner_capitals`` (data/slips.yaml), as written (case counts)."""
    words = sorted((str(w) for w in load("slips")["ocr_inner_capitals"]), key=len, reverse=True)
    return re.compile(_led_by_first(words, r"[^\W\d_]") + r"(?![^\W\d_])")


def _led_by_first(phrases: list[str], before: str) -> str:
    """``(?<!{before})(?:{phrase1}|{phrase2}...)``, the words of each phrase apart by blanks or
    tabs, written so that the engine skips to their first characters: the phrases grouped by
    their first character (in their order), the look-behind after it.

    >>> _led_by_first(["ab", "c", "a d"], "x").replace(chr(92), "/")
    '(?:a(?<!xa)(?:b|[ /t]+d)|c(?<!xc))'
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        words = phrase.split()
        source = r"[ \t]+".join(map(re.escape, [words[0][1:], *words[1:]]))
        groups.setdefault(words[0][0], []).append(source)
    parts = []
    for first, rests in groups.items():
        lead = f"{re.escape(first)}(?<!{before}{re.escape(first)})"
        parts.append(lead + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "(?:" + "|".join(parts) + ")"


_BEFORE_SMALL = regex.compile(r"(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*[ \t]+$")
_AFTER_SMALL = regex.compile(r"[ \t]+\p{Ll}")


def ocr_inner_capitals(text: str) -> list[_Edit]:
    """Edits putting back in small letters the last word of a unit's name an OCR engine read with
    a capital ("Ủy ban Kiểm tra Đảng Ủy" -> "Đảng ủy"), where the word before the phrase or the
    word after it starts with a small letter (a name in running text, not a heading
    in capitals or title case), logged as ``ocr_capital``.

    >>> [e[2:] for e in ocr_inner_capitals("Ban Tuyên giáo Đảng Ủy; Đảng Ủy xã; Ban Thường Vụ Đảng Ủy Xã")]
    [('ủy', 'ocr_capital'), ('ủy', 'ocr_capital')]
    """
    out: list[_Edit] = []
    for m in _inner_capitals().finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        if _BEFORE_SMALL.search(before) is None and _AFTER_SMALL.match(text, m.end(), m.end() + 4) is None:
            continue
        last = m.group().split()[-1]
        at = m.end() - len(last)
        out.append((at, m.end(), last[:1].lower() + last[1:], "ocr_capital"))
    return out


def _label_lines(patterns: tuple[Any, Any, Any], text: str) -> list[Any]:
    """:func:`_at_line_starts` of a label's patterns: at the start, after a break, and the breaks."""
    return _at_line_starts(patterns[0], patterns[1], text, patterns[2])


def _at_line_starts(first: Any, after_break: Any, text: str, lines: Any = None) -> list[Any]:
    """The matches of a pattern at every line start (as "^" with MULTILINE would find them):
    ``first`` tried at the start of the text, ``after_break`` (the same led by a line break)
    searched for: the engine skips to the breaks instead of trying "^" at every position.
    ``lines``, when given, finds every line break where ``after_break`` may match (a match of
    the break alone, in the standard library's engine, which skips to the breaks quicker):
    ``after_break`` is then tried there only, past the end of its last match, as its search goes."""
    found = first.match(text)
    out = [found] if found is not None else []
    if lines is None:
        return out + list(after_break.finditer(text))
    end = 0
    for line in lines.finditer(text):
        at = line.start()
        if at >= end and (m := after_break.match(text, at)) is not None:
            out.append(m)
            end = m.end()
    return out


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """A word without tone and vowel marks, lower case, a doubled letter read once ("NHÂÁN" ->
    "nhan"), as an OCR engine's misreadings leave it."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    bare = bare.replace("đ", "d")
    return str(regex.sub(r"(.)\1+", r"\1", bare))


@functools.cache
def _header_vocab() -> tuple[dict[str, list[list[str]]], frozenset[str]]:
    """Header words by the skeleton of their first word; and the letters of the sign-off
    authorities that may stand beside them on a line ("TM." in "TM. ỦY BAN NHÂN DÂN")."""
    return _words()[1]


def _build_header_vocab() -> tuple[dict[str, list[list[str]]], frozenset[str]]:
    phrases = [str(w) for w in load("slips")["header_words"]] + [str(h) for h in load("doctypes")["headings"]]
    vocab: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = _WORD.findall(_nfc(phrase))
        if words:
            vocab.setdefault(_skeleton(words[0]), []).append(words)
    for v in vocab.values():
        v.sort(key=len, reverse=True)
    prefixes = frozenset(w for a in load("doctypes")["authorities"] for w in _WORD.findall(str(a)))
    return vocab, prefixes


@functools.cache
def _all_caps(phrase: tuple[str, ...]) -> bool:
    """Every letter of a header phrase is upper case ("QUYẾT ĐỊNH", not "Nơi nhận")."""
    return all(c.isupper() for p in phrase for c in p if c.isalpha())


def _same_word(found: str, right: str) -> bool:
    """The same word but for case and tone-mark placement (``UỶ`` and ``ỦY``)."""
    a, b = found.lower(), right.lower()
    return a == b or _restyle(a, "old") == _restyle(b, "old")


# candidates for header words: a run of two upper-case words or more, or a capitalised word that
# opens a line ("Nơi nhận", "Kính gửi", "Độc lập - ...")
_UPPER_RUN = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}]*(?:[ \t.,\-–]+\p{Lu}[\p{Lu}\p{M}]*(?![\p{L}\p{M}]))+"
)
_LINE_OPENER = regex.compile(r"[ \t*_]*\p{Lu}[\p{Ll}\p{M}]+[ \t]+\p{Ll}")
_NEXT_LINE_OPENER = regex.compile(r"\n[ \t*_]*\p{Lu}[\p{Ll}\p{M}]+[ \t]+\p{Ll}")


def _line_openers(text: str) -> list[tuple[int, int]]:
    """The spans of ``_LINE_OPENER`` at the start of each line (without the line break)."""
    found = _at_line_starts(_LINE_OPENER, _NEXT_LINE_OPENER, text)
    return [(m.start() + (m.group()[:1] == "\n"), m.end()) for m in found]


def ocr_header_words(text: str, style: str = "old") -> list[_Edit]:
    """Edits putting back a header or sign-off word garbled by OCR ("QUYÉT ĐỊNH", "TM. UY BAN
    NHÂÁN DÁN"): a run of words whose skeleton is that of a header word, written in its case
    (upper-case words only for upper-case header words), when one of its words is not a
    Vietnamese syllable or the run stands alone on its line (a sign-off authority beside it).

    >>> [(e[2], e[3]) for e in ocr_header_words("TM. UY BAN NHÂÁN DÁN")]
    [('ỦY', 'ocr_header_word'), ('NHÂN', 'ocr_header_word'), ('DÂN', 'ocr_header_word')]
    >>> ocr_header_words("Quyết định này có hiệu lực")
    []
    """
    edits: list[_Edit] = []
    done = -1
    read = -1  # how far the last run's words were read: a run that starts before is read already
    spans = [m.span() for m in _UPPER_RUN.finditer(text)] + _line_openers(text)
    end = -1  # the end of the line of the last run read
    for a, b in sorted(spans):
        if a < done or a < read:
            continue
        if not _holds_header_word(text[a:b]):
            continue  # (most runs hold no header word: "UBND TỈNH", "Thực hiện")
        if a > end:
            line = text.rfind("\n", 0, a) + 1
            end = text.find("\n", a)
            end = len(text) if end < 0 else end
        # (what a run finds depends on its line alone: remembered for a short line, as the lines
        # of a header and a sign-off stand alike in many documents)
        args = (text[line:end], a - line, style)
        found, last, stop = _header_run_remembered(*args) if end - line <= _MEMO_LINE else _header_run(*args)
        edits.extend((line + s, line + e, repl, "ocr_header_word") for s, e, repl in found)
        if last >= 0:
            done = line + last
        # (every word from the run to ``stop`` was tried as a header phrase's start: a later run that
        # starts before it would find the same again; unremembered, a long line in capitals was read
        # to its end from each of its runs)
        read = line + stop
    return edits


_MEMO_LINE = 160  # the longest line whose header runs are remembered


def _header_run(line: str, a: int, style: str) -> tuple[tuple[tuple[int, int, str], ...], int, int]:
    """The header words of ``line`` from the run at ``a`` on (see :func:`ocr_header_words`): the
    edits (start, end, new text) in the line, the end of the last header phrase read (-1: none),
    and where the words tried as a phrase's start end (the first word in small letters, or the
    line's end). The words of the line are read from the run on (a run starts where a word
    starts), as far as the upper-case words and the header phrases they may start reach."""
    edits: list[tuple[int, int, str]] = []
    done = -1
    end = len(line)
    longest_of = _longest_phrase()
    ahead = _WORD.finditer(line, a, end)
    words: list[Any] = []  # the words read, and their text
    found: list[str] = []
    k = 0
    while (k < len(words) or _read_word(ahead, words, found)) and found[k][:1].isupper():
        longest = longest_of.get(_skeleton(found[k]), 0)
        if not longest:
            k += 1  # (no header word starts so)
            continue
        while len(words) < k + longest and _read_word(ahead, words, found):
            pass
        run, repairs, if_alone = _header_outcome(tuple(found[k : k + longest]), style)
        if repairs and (not if_alone or _alone(line, 0, end, words[k].start(), words[k + run - 1].end())):
            edits.extend((words[k + i].start(), words[k + i].end(), repl) for i, repl in repairs)
        if run:
            done = words[k + run - 1].end()
        k += run or 1
    return tuple(edits), done, words[k].start() if k < len(words) else end


_header_run_remembered = functools.lru_cache(maxsize=4096)(_header_run)


def _read_word(ahead: Iterator[Any], words: list[Any], found: list[str]) -> bool:
    """Append the next word of ``ahead`` to ``words`` and its text to ``found``; false at the end
    of the line."""
    word = next(ahead, None)
    if word is None:
        return False
    words.append(word)
    found.append(word.group())
    return True


def _alone(text: str, line: int, end: int, start: int, stop: int) -> bool:
    """The words of the line from ``line`` to ``end``, but those of the run from ``start`` to
    ``stop``, are letters of a sign-off authority ("TM." in "TM. ỦY BAN NHÂN DÂN")."""
    prefixes = _header_vocab()[1]
    return all(w.group() in prefixes for w in _WORD.finditer(text, line, end) if not start <= w.start() < stop)


_MEMO_CHARS = 80  # the longest run whose answers are remembered (a longer one is read each time)


def _holds_header_word(run: str) -> bool:
    """A run of words (an upper-case run, a line's first word and the letter after it) holds a
    word with the skeleton of a header phrase's first word (remembered for a short run: "Nơi n",
    "Kế h", "CỘNG HÒA XÃ HỘI" stand in many documents)."""
    return _holds_remembered(run) if len(run) <= _MEMO_CHARS else _holds(run)


def _holds(run: str) -> bool:
    vocab = _header_vocab()[0]
    return any(_skeleton(w) in vocab for w in _WORD.findall(run))


_holds_remembered = functools.lru_cache(maxsize=8192)(_holds)


@functools.cache
def _longest_phrase() -> dict[str, int]:
    """The number of words of the longest header word phrase, by the skeleton of its first word."""
    return {key: max(map(len, phrases)) for key, phrases in _header_vocab()[0].items()}


_Outcome = tuple[int, tuple[tuple[int, str], ...], bool]


def _header_outcome(found: tuple[str, ...], style: str) -> _Outcome:
    """The header words at the words ``found`` of a line (from an upper-case word on, as many as
    the longest header phrase it may start has): how many words they take (0: none), the words
    to replace (index in ``found``, new text), and whether those are replaced only when the run
    stands alone on its line (a sign-off authority beside it), its words being syllables all.
    Remembered for short words (most runs are a document's header and sign-off, alike in many)."""
    if sum(map(len, found)) <= _MEMO_CHARS:
        return _outcome_remembered(found, style)
    return _outcome(found, style)


def _outcome(found: tuple[str, ...], style: str) -> _Outcome:
    vocab, _ = _header_vocab()
    for phrase in vocab.get(_skeleton(found[0]), ()):
        if len(found) < len(phrase):
            continue
        run = list(found[: len(phrase)])
        upper = _all_caps(tuple(phrase))
        if run == phrase:  # (written right, as most are: nothing to change)
            if upper or run[0][:1].isupper():
                return len(phrase), (), False
            continue
        if any(_skeleton(f) != _skeleton(p) for f, p in zip(run, phrase, strict=True)):
            continue
        letters = [c for f in run for c in f if c.isalpha()]
        if upper and sum(c.isupper() for c in letters) < 0.85 * len(letters):
            continue
        if not upper and not run[0][:1].isupper():
            continue
        changed = [(i, f, p) for i, (f, p) in enumerate(zip(run, phrase, strict=True)) if not _same_word(f, p)]
        if not changed:
            return len(phrase), (), False
        repairs = tuple(
            (i, _restyle(p.upper() if upper else _case_like(f, p), _style_for(f, style))) for i, f, p in changed
        )
        # (a run of three upper-case words or more spelled like a header phrase is that phrase
        # wherever it stands: "ĐẢNG CỘNG SÀN VIỆT NAM", "PHÓ BÍ THU" beside the Nơi nhận list)
        sure = upper and len(phrase) >= 3
        return len(phrase), repairs, not sure and all(syllables.is_syllable(f) for f in run)
    return 0, (), False


_outcome_remembered = functools.lru_cache(maxsize=4096)(_outcome)


_LETTERS = re.compile(r"[^\W\d_]+")  # words of letters (the standard library's engine: faster here)
_is_letter = re.compile(r"[^\W\d_]").match  # (what ``_LETTERS`` takes for a letter)
_NEXT_WORD = regex.compile(r"[ \t]+([\p{L}\p{M}]+)(?![\p{L}\p{M}\d])")
_PREV_WORD = regex.compile(r"(?<![\p{L}\p{M}\d])([\p{L}\p{M}]+)[ \t]+$")


# the initial consonants of two letters or more, which are no word alone: a blank an OCR engine
# put inside a word leaves them ("ng ày", "tr ước", "thá ng")
_SPLIT_ONSETS = frozenset(("ch", "gh", "kh", "ng", "ngh", "nh", "ph", "th", "tr"))


@functools.cache
def _lone_pieces() -> frozenset[str]:
    """The consonant clusters and the consonants of one letter that are no word alone."""
    return _SPLIT_ONSETS | syllables.lone_onsets()


# two letters alone side by side, and the word after them ("Ủ y ban")
_LETTER_PAIR = regex.compile(r"(?<![\p{L}\p{M}\d])(\p{L}) (\p{L})[ \t]+(\p{L}{1,8})(?![\p{L}\p{M}])")


# the blank between such letters: before a character that may be a letter (any but the ASCII
# characters that are none) and a blank or a tab (the standard library's engine skips to blanks)
_PAIR_BLANK = re.compile(r" (?=[^\x00-@\[-`{-\x7f][ \t])")


def spaced_letters(text: str, style: str = "old") -> list[_Edit]:
    """Edits joining a syllable of two letters a text layer printed apart ("Ủ y ban" ->
    "Ủy ban"): each letter may be a word alone, so only a pair whose syllable stands with the
    next word in the package's language data is joined.

    >>> [e[2:] for e in spaced_letters("Ủ y ban nhân dân tỉnh, điểm a b khoản 2")]
    [('Ủy', 'join_split_word')]
    """
    out: list[_Edit] = []
    match = _LETTER_PAIR.match
    end = 0
    # (the pairs found as ``_LETTER_PAIR.finditer`` finds them, tried only where one may start:
    # before a blank, a character that may be a letter and a blank or a tab)
    for blank in _PAIR_BLANK.finditer(text):
        start = blank.start() - 1
        if start < end or (m := match(text, start)) is None:
            continue
        end = m.end()
        a, b, after = m.group(1, 2, 3)
        word = a + b
        if syllables.is_vietnamese(word) and syllables.is_syllable(word) and syllables.known_pair(word, after):
            out.append((m.start(), m.end(2), _restyle(word, style), "join_split_word"))
    return out


def syllable_repairs(text: str, style: str = "old") -> list[_Edit]:
    """Edits repairing words a text layer glued ("Quốc giatừ" -> "gia từ") or split ("phổ biế n"
    -> "biến"), each only when one reading alone is possible (:mod:`ndq57.parse.syllables`).

    >>> [e[2:] for e in syllable_repairs("Quốc giatừ đêm 7/9, lượng mưa phổ biế n 100 mm")]
    [('gia từ', 'split_glued_word'), ('biến', 'join_split_word')]
    >>> [e[2:] for e in syllable_repairs("báo cáo trước ng ày 15/7, thá ng 9")]
    [('ngày', 'join_split_word'), ('tháng', 'join_split_word')]
    """
    # the words that are no syllable, each looked at once; most texts have none to repair (the
    # letter runs of each distinct blank-separated token: no run crosses a blank, and a token of
    # ASCII only holds no Vietnamese word)
    # (the filters run in C: most tokens are syllables, asked of the memo without a Python call)
    tokens = set(text.split())
    # (the syllables, most words, taken away first, in C: all are letters)
    words = syllables.non_syllables(itertools.filterfalse(str.isascii, syllables.unseen(tokens)))
    mixed = list(itertools.filterfalse(str.isalpha, words))
    if mixed:
        words.difference_update(mixed)
        runs = itertools.filterfalse(str.isascii, _LETTERS.findall(" ".join(mixed)))  # (is_vietnamese)
        words.update(syllables.non_syllables(runs))
    bad = {w for w in words if len(w) <= 16}
    # a consonant cluster alone (ASCII, so not in ``words``) is a piece of a split word: "ng ày";
    # and so is a consonant of one letter alone before a word with a Vietnamese letter ("t háng")
    bad.update(_lone_pieces().intersection(tokens))
    if bad:
        # (a known misreading of one word is the slips' to repair: "trưóc" is "trước", no "trư óc")
        known = _slip_words()
        bad = {w for w in bad if w.lower() not in known}
    if not bad:
        return []
    alt = "|".join(re.escape(w) for w in sorted(bad, key=len, reverse=True))
    edits: list[_Edit] = []
    last_end = -1
    # (the words' first letters lead the pattern, so that the engine skips to them; whether a
    # match starts a word is checked here: a look-behind first makes it try every position. A
    # match that does not start a word holds letters only, so no word starts inside it.)
    for m in re.finditer(rf"(?:{alt})(?![^\W\d_])", text):
        if m.start() and _is_letter(text[m.start() - 1]):
            continue
        word = m.group()
        if m.start() < last_end or unicodedata.category(text[m.end() : m.end() + 1] or " ")[0] == "M":
            # (a mark NFC could not compose stands after it: the word is damaged some other way)
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is not None and syllables.joins_split(word, nxt.group(1)):
            edits.append((m.start(), nxt.end(), _restyle(word + nxt.group(1), style), "join_split_word"))
            last_end = nxt.end()
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
        if prev is not None and prev.start() >= last_end and syllables.joins_split(prev.group(1), word):
            edits.append((prev.start(), m.end(), _restyle(prev.group(1) + word, style), "join_split_word"))
            last_end = m.end()
            continue
        split = _glued_split(word, style)
        if split is not None:
            edits.append((m.start(), m.end(), split, "split_glued_word"))
            last_end = m.end()
    return edits


@functools.lru_cache(maxsize=4096)  # (the same words stand in many documents: "HĐND", "QĐ")
def _glued_split(word: str, style: str) -> str | None:
    """``word`` read as two words a text layer glued ("giatừ" -> "gia từ"), or None."""
    pair = syllables.split_glued(word)
    if pair is None and word.isupper():
        pair = _glued_level(word)
    if pair is None or min(map(len, pair)) < 2 or _skeleton(pair[0][-1]) == _skeleton(pair[1][0]):
        return None  # (a vowel doubled at the cut is an OCR misreading, "Bằầu", not two words)
    split = f"{pair[0]} {pair[1]}"
    for at, end, fixed, _ in reversed(ocr_tone_marks(split, style)):
        split = split[:at] + fixed + split[end:]  # (a piece with a stray mark: "ań" is "án")
    return _restyle(split, style)


def _glued_level(word: str) -> tuple[str, str] | None:
    """An issuer's level in capitals glued to its place's name ("PHƯỜNGAN" -> "PHƯỜNG", "AN"),
    where the word has more than one reading as two syllables ("PHƯỜ NGAN"): the level of an
    issuer (data: slips.yaml glued_levels) and a syllable of two letters or more after it."""
    for level in _glued_levels():
        if word.startswith(level) and len(word) - len(level) >= 2 and syllables.is_syllable(word[len(level) :]):
            return level, word[len(level) :]
    return None


@functools.cache
def _glued_levels() -> tuple[str, ...]:
    return tuple(str(w) for w in load("slips")["glued_levels"])


# --------------------------------------------------------------------------------------------
# Step: province names


@functools.cache
def _place_names() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int, Any]:
    """The province names by the skeletons of their words; the most words a name has; and the
    places a name may follow: a level word ("tỉnh", "thành phố", "TP.") or a line's start. A name
    of two words or more is also found by the skeleton of its words written as one ("KonTum")."""
    names, longest, lead = _words()[2]
    return names, longest, re.compile(lead)


def _build_place_names() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int, str]:
    """:func:`_place_names` with the pattern's source."""
    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    for raw in load("slips")["place_names"]:
        words = tuple(_nfc(raw).split())
        names[tuple(map(_place_key, words))] = words
    for words in list(names.values()):
        if len(words) > 1:
            names.setdefault((_place_key("".join(words)),), words)
    longest = max(map(len, names), default=0)
    levels = [str(w) for w in load("slips")["place_levels"]]
    forms = {v for w in levels for v in (w, w[:1].upper() + w[1:], w.upper())}
    # (literal words first: the engine skips to their first letters)
    # (a fixed order, not the set's: the pattern must be the same in every process to be cached)
    # (one trie of them, which at a place tries the longest first, as the alternation of them
    # longest first does)
    return names, longest, _literal_trie(sorted(forms)) + r"[ \t]+(?=[^\W\d_])"


def _literal_trie(words: Iterable[str]) -> str:
    """One pattern for the words (plain text), factored letter by letter: at a place, the longest
    word that the rest of the pattern allows is taken, as with the words longest first.

    >>> _literal_trie(["TP", "TP.", "tỉnh"]).replace(chr(92), "/")
    '(?:TP(?:/.|)|tỉnh)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def source(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + source(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            alts.append("")  # (the word ending here: tried after the longer ones)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return source(root)


_OWN_PLACE_WORDS = 4  # the most words of a date line's place
_OWN_PLACE_REACH = 80  # the most characters of a date line before its ", ngày"


def _date_lines(text: str) -> list[tuple[int, int]]:
    """The date lines of the text ("Hà Trung, ngày 12 tháng 3 ..."): where each one's place starts
    (past blanks and emphasis marks) and where its ", ngày" does. A date line's place is a few
    words: its line starts within a short reach, else no place line is there (a long line is not
    searched back to its start)."""
    out: list[tuple[int, int]] = []
    for m in _PLACE_LINE_END.finditer(text):
        reach = max(0, m.start() - _OWN_PLACE_REACH)
        line = text.rfind("\n", reach, m.start()) + 1
        if not line and reach:
            continue
        while line < m.start() and text[line] in " \t*_":
            line += 1
        out.append((line, m.start()))
    return out


def _own_places(text: str, dated: list[tuple[int, int]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The places of the text's date lines (``dated``: :func:`_date_lines`) written with their
    marks, by the skeletons of their words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line, end in dated:
        words = text[line:end].strip(" \t*_").split()
        if (
            0 < len(words) <= _OWN_PLACE_WORDS
            and all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words)
            and not all(map(str.isascii, words))
        ):
            out.setdefault(tuple(map(_place_key, words)), tuple(words))
    return out


def _place_key(word: str) -> str:
    """The skeleton of a word of a name, "k" read as "c" ("Đắc Lắc" for "Đắk Lắk")."""
    return _skeleton(word).replace("k", "c")


_PLACE_LINE_END = re.compile(r",[ \t]*(?i:ngày)(?![^\W_])")
_AFTER_PLACE_LINE = re.compile(r"[ \t]*,[ \t]*(?i:ngày)(?![^\W_])")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def place_names(text: str, style: str = "old") -> list[_Edit]:
    """Edits putting back a province's name misspelled after "tỉnh", "thành phố" or "TP.", or
    as the place of a date line ("Quãng Ngải, ngày 5 tháng 3 năm 2026"): words whose skeletons are
    a province's and whose spelling is not (tone style apart), each written in its case.

    >>> [e[2:] for e in place_names("UBND tỉnh Quãng Ngải; TỈNH HÀ TỈNH\\nĐăc Lăc, ngày 5")]
    [('Quảng Ngãi', 'slip_place_name'), ('HÀ TĨNH', 'slip_place_name'), ('Đắk Lắk', 'slip_place_name')]
    >>> place_names("tỉnh ta, tỉnh Hà Tĩnh, thành phố Huế\\nAnh Hải Phong, ngày 5; Quang Nam")
    []
    """
    names, longest, lead = _place_names()
    starts = [(m.end(), False) for m in lead.finditer(text) if not (m.start() and _is_word_char(text[m.start() - 1]))]
    dated = _date_lines(text)  # (the lines of a date: "Quãng Ngải, ngày ...")
    starts += [(line, True) for line, _ in dated]
    own = _own_places(text, dated) if starts else {}
    out: list[_Edit] = []
    for start, at_line in sorted(set(starts)):
        words: list[Any] = []
        pos = start
        while len(words) < longest:
            w = _NAME_WORD.match(text, pos)
            if w is None or not w.group()[:1].isupper():
                break
            words.append(w)
            gap = pos = w.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if text[pos : pos + 1] in ("-", "–") and (pos > gap) == (text[pos + 1 : pos + 2] in (" ", "\t")):
                # (a hyphen between a name's words, set apart or not: "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu")
                gap = pos
                pos += 1
                while pos < len(text) and text[pos] in " \t":
                    pos += 1
            if pos == gap and len(words) < longest:
                break
        for n in range(len(words), 0, -1):
            found = tuple(w.group() for w in words[:n])
            right = names.get(tuple(map(_place_key, found)))
            if right is None and not at_line and all(map(str.isascii, found)):
                # (the document's own place, with its marks in its date line, written without
                # any after a level word: "TỈNH HA TRUNG" under "Hà Trung, ngày ...")
                right = own.get(tuple(map(_place_key, found)))
            if right is None:
                continue
            if at_line and _AFTER_PLACE_LINE.match(text, words[n - 1].end()) is None:
                break
            if n < len(right):  # (a name's words written as one, "KONTUM": put apart)
                w = words[0]
                repl = " ".join(right).upper() if w.group().isupper() else " ".join(right)
                out.append((w.start(), w.end(), _restyle(repl, style), "slip_place_name"))
                break
            pairs = list(zip(words[:n], right, strict=True))
            if not all(_same_word(w.group(), r) for w, r in pairs):
                a, e = words[0].start(), words[n - 1].end()
                repl = splice(text[a:e], ((w.start() - a, w.end() - a, _case_like(w.group(), r)) for w, r in pairs))
                out.append((a, e, _restyle(repl, style), "slip_place_name"))
            break
    return out


# --------------------------------------------------------------------------------------------
# Step: tone-mark style

_TONED = {  # base -> grave, acute, hook above, tilde, dot below
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "o": "òóỏõọ",
    "u": "ùúủũụ",
    "y": "ỳýỷỹỵ",
}


@functools.cache
def _tone_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    compose: dict[tuple[str, int], str] = {}
    for base, marks in _TONED.items():
        for b, ms in ((base, marks), (base.upper(), marks.upper())):
            split[b] = (b, -1)
            compose[(b, -1)] = b
            for i, ch in enumerate(ms):
                split[ch] = (b, i)
                compose[(b, i)] = ch
    return split, compose


_INITIAL_LETTERS = frozenset("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX")
# Initial consonants that can precede oa / oe / uy ("qu" and "gi" are left out on purpose: their
# u / i belongs to the consonant, so a mark there is never moved).
_INITIALS = frozenset(
    [
        "b",
        "c",
        "ch",
        "d",
        "đ",
        "g",
        "h",
        "k",
        "kh",
        "l",
        "m",
        "n",
        "ng",
        "nh",
        "p",
        "ph",
        "r",
        "s",
        "t",
        "th",
        "tr",
        "v",
        "x",
    ]
)
# What may follow oa / oe / uy inside one syllable (both styles then mark the second vowel).
_TAILS = {
    "oa": frozenset({"c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y"}),
    "oe": frozenset({"n", "t", "o"}),
    "uy": frozenset({"ch", "nh", "t", "u", "n", "p"}),
}


@functools.cache
def _tone_pattern(style: str) -> Any:
    o, a, e, u, y = (_TONED[k] + _TONED[k].upper() for k in "oaeuy")
    first_toned = f"(?:[{o}][aAeE]|[{u}][yY])"
    second_toned = f"(?:[oO][{a}{e}]|[uU][{y}])"
    wrong_open = second_toned if style == "old" else first_toned
    # Open syllable in the other style, or a mark on the first vowel before a tail.
    return regex.compile(f"{wrong_open}(?![\\p{{L}}\\p{{M}}\\d])|{first_toned}(?=\\p{{L}})")


@functools.cache
def _nuclei(style: str) -> re.Pattern[str]:
    """Where ``_tone_pattern(style)`` can match, found by the marked vowel (the standard
    library's engine skips to the marked vowels, rare beside the others): a nucleus marked on
    its first vowel there, or (old style) one marked on its second, the first vowel before it. In
    the old style a nucleus marked on the first vowel is wrong only before a letter, one marked
    on the second only at the word's end: an ASCII character that cannot stand there (a blank, a
    digit, a consonant) rules the place out before the pattern is tried."""
    o, a, e, u, y = (_TONED[k] + _TONED[k].upper() for k in "oaeuy")
    first = f"(?<=[{o}])[aAeE]|(?<=[{u}])[yY]"
    if style != "old":
        return re.compile(f"[{o}{u}](?:{first})")
    ascii_not_letter = r"\x00-@\[-`{-\x7f"
    second = f"(?<=[oO][{a}{e}]|[uU][{y}])(?![a-zA-Z0-9])"
    return re.compile(f"[{o}{u}{a}{e}{y}](?:(?:{first})(?![{ascii_not_letter}])|{second})")


def _tone_starts(text: str, style: str) -> Iterator[int]:
    """Where ``_tone_pattern(style).finditer(text)`` finds its matches (two characters each)."""
    # (a match of one character is a vowel marked second: the nucleus starts one before)
    places = [m.start() - (m.end() - m.start() == 1) for m in _nuclei(style).finditer(text)]
    match = _tone_pattern(style).match
    end = -1
    for i in places:
        if i >= end and match(text, i) is not None:
            end = i + 2
            yield i


def _is_word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c).startswith("M")


def tone_style(text: str, style: str = "old") -> list[_Edit]:
    """Edits putting the tone mark of ``oa``/``oe``/``uy`` syllables where ``style`` wants it.

    >>> tone_style("Uỷ ban, quý, thuyền")
    [(0, 2, 'Ủy', 'tone_style')]
    >>> [e[2] for e in tone_style("hóa, thủy, hòang, quý", "new")]
    ['hoá', 'thuỷ', 'hoàng']
    """
    if style not in ("old", "new"):
        return []
    edits: list[_Edit] = []
    split, compose = _tone_tables()
    n = len(text)
    last_end = -1
    for i in _tone_starts(text, style):
        # Initial consonant(s): up to three Vietnamese consonant letters back to the word start.
        b = i
        while b > 0 and i - b < 4 and text[b - 1] in _INITIAL_LETTERS:
            b -= 1
        if i - b > 3 or (b > 0 and _is_word_char(text[b - 1])) or b < last_end:
            continue
        if i > b and text[b:i].lower() not in _INITIALS:
            continue
        # Tail: letters after the two vowels, up to the word end.
        t = i + 2
        while t < n and t - i - 2 < 4 and _is_word_char(text[t]):
            t += 1
        if t < n and _is_word_char(text[t]):
            continue
        tail = text[i + 2 : t]
        v1, t1 = split[text[i]]
        v2, t2 = split[text[i + 1]]
        if (t1 < 0) == (t2 < 0):
            continue
        nucleus = (v1 + v2).lower()
        if tail:
            if tail.lower() not in _TAILS[nucleus] or t1 < 0:
                continue
            target_first = False
        else:
            target_first = style == "old"
        tone = t1 if t1 >= 0 else t2
        new = compose[(v1, tone)] + v2 if target_first else v1 + compose[(v2, tone)]
        if new != text[i : i + 2]:
            edits.append((b, t, text[b:i] + new + tail, "tone_style"))
            last_end = t
    return edits


def _restyle(word: str, style: str) -> str:
    edits = tone_style(word, style)
    return splice(word, ((s, e, r) for s, e, r, _ in edits)) if edits else word


# --------------------------------------------------------------------------------------------
# Step: slips from data/slips.yaml

_WORD_END = r"(?![\p{L}\p{M}\d])"
_WORD_START = r"(?<![\p{L}\p{M}\d])"
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION0


def _nfc(s: Any) -> str:
    return unicodedata.normalize("NFC", str(s))


def _phrase_re(words: Iterable[Any]) -> str:
    alts = sorted({_nfc(w).strip() for w in words if str(w).strip()}, key=lambda a: (-len(a), a))  # (fixed order)
    return "(?:" + "|".join(r"[ \t]+".join(regex.escape(p) for p in a.split()) for a in alts) + ")"


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()


@dataclass(frozen=True, slots=True)
class _Slip:
    id: str
    rule: str
    wrong: frozenset[str]
    right: str
    fix: bool
    case: str  # any | exact | capitalized | lower
    before: Any
    after: Any
    not_before: Any
    not_after: Any

    def accepts(self, text: str, s: int, e: int, found: str) -> bool:
        if self.case == "exact" and " ".join(found.split()) not in self.wrong:
            return False
        if self.case == "capitalized" and not found[:1].isupper():
            return False
        if self.case == "lower" and not found[:1].islower():
            return False
        if self.before is not None and self.before.match(text, s) is None:
            return False
        if self.after is not None and self.after.match(text, e) is None:
            return False
        if self.not_before is not None and self.not_before.match(text, s) is not None:
            return False
        return not (self.not_after is not None and self.not_after.match(text, e) is not None)


def _context(entry: dict[str, Any], name: str, side: str) -> str | None:
    """The source of a context pattern of a slip's entry (None: the entry has no such context)."""
    parts: list[str] = []
    words = entry.get(name)
    if words:
        phrase = _phrase_re(words)
        parts.append(f"{_WORD_START}{phrase}[ \\t]+" if side == "before" else f"[ \\t]+{phrase}{_WORD_END}")
    raw = entry.get(name + "_re")
    if raw:
        parts.append(f"(?:{_nfc(raw)})")
    if not parts:
        return None
    alt = "|".join(parts)
    return f"(?<=(?:{alt}))" if side == "before" else f"(?:{alt})"


class _LazyPattern:
    """A context pattern compiled the first time a slip of its entry is found (most never are)."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: Any = None

    def match(self, text: str, pos: int) -> Any:
        if self._compiled is None:
            self._compiled = regex.compile(self._source, _FLAGS)
        # (read within reach: a context is a few words; unbounded, the words a context must hold were
        # looked for to the text's end at every slip found, quadratic on a long line)
        return self._compiled.match(text, pos, pos + _CONTEXT_REACH)


_CONTEXT_REACH = 200  # characters after a slip's edge that its context pattern may read


# what the steps derive from the language data (slips.yaml, doctypes.yaml), as plain data: the
# slips (see :func:`_build_slips`), the header words (:func:`_header_vocab`), the province names
# (:func:`_place_names`, the pattern as its source), the first words of the slip forms
# (:func:`_slip_firsts`) and the source of :func:`_slip_forms`
_Words = tuple[
    tuple[str | None, list[tuple[Any, ...]], dict[str, list[int]]],
    tuple[dict[str, list[list[str]]], frozenset[str]],
    tuple[dict[tuple[str, ...], tuple[str, ...]], int, str],
    tuple[frozenset[str], frozenset[str]] | None,
    str | None,
]


@functools.cache
def _words() -> _Words:
    """The plain data of the steps (:data:`_Words`), built once and kept in the cache
    (:mod:`ndq57.cache`): deriving it takes a process some 15 ms, reading it back about one.
    (Its key covers this module's source and the one of the engine module whose ``escape``
    writes the patterns, and the ``regex`` version.)"""
    return cache.kept("normalize", _build_words, data=("slips", "doctypes"), sources=(__file__,))


def _build_words() -> _Words:
    slips = _build_slips()
    firsts = _build_slip_firsts(slips[2])
    return slips, _build_header_vocab(), _build_place_names(), firsts, _build_slip_forms(firsts, slips[2])


def _build_slips() -> tuple[str | None, list[tuple[Any, ...]], dict[str, list[int]]]:
    """The source of the pattern of every slip form (None: no slip), the slips as plain data
    (the fields of :class:`_Slip`, the sources of its context patterns in place of them), and
    the slips of each form's key (:func:`_key`), by their place in that list."""
    data = load("slips")
    entries: list[tuple[Any, ...]] = []
    by_key: dict[str, list[int]] = {}
    forms: set[str] = set()
    for raw in data.get("slips", []):
        wrong = frozenset(" ".join(_nfc(w).split()) for w in raw["wrong"])
        entries.append(
            (
                str(raw["id"]),
                str(raw.get("rule", "slip_typo")),
                wrong,
                _nfc(raw["right"]),
                raw.get("certainty", "suspect") == "fix",
                str(raw.get("case", "any")),
                _context(raw, "before", "before"),
                _context(raw, "after", "after"),
                _context(raw, "not_before", "before"),
                _context(raw, "not_after", "after"),
            )
        )
        for w in sorted(wrong):  # (a fixed order: the dict is stored)
            by_key.setdefault(_key(w), []).append(len(entries) - 1)
            forms.add(w)
    if not forms:
        return None, entries, by_key
    return f"{_WORD_START}{_trie_re([_key(f).split() for f in sorted(forms)])}{_WORD_END}", entries, by_key


@functools.cache
def _slips() -> tuple[Any, dict[str, list[_Slip]]]:
    source, entries, keys = _words()[0]
    slips = [_Slip(*e[:6], *(None if c is None else _LazyPattern(c) for c in e[6:])) for e in entries]
    by_key = {key: [slips[i] for i in at] for key, at in keys.items()}
    return (None if source is None else regex.compile(source, _FLAGS)), by_key


_TOKEN = re.compile(r"[^\W_]+")


@functools.cache
def _slip_words() -> frozenset[str]:
    """The slip forms of one word, lower case (left to the slips by the syllable repairs)."""
    return frozenset(k for k in _slips()[1] if " " not in k)


@functools.cache
def _slip_starts() -> re.Pattern[str]:
    """The first word of every slip form, as a whole word, any case."""
    _, by_key = _slips()
    firsts = sorted({m.group() for k in by_key if (m := _TOKEN.match(k)) is not None}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in firsts) or "(?!)"
    return re.compile(rf"(?<![^\W_])(?:{alt})(?![^\W_])", re.IGNORECASE)


def _slip_firsts() -> tuple[frozenset[str], frozenset[str]] | None:
    """The first words of the slip forms, lower case, and the characters that ``re`` (ignoring
    case) compares otherwise than by ``str.lower`` (the long s, the dotless i, Greek and Cyrillic
    letters with two lower forms...): a word holding one is checked with the pattern itself.
    None when a first word holds such a character (then the pattern scans the text)."""
    return _words()[3]


def _build_slip_firsts(by_key: Iterable[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra = {chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}
    except (ImportError, AttributeError):
        return None
    special = frozenset(c for c in extra if not c.isascii())
    firsts = {m.group().lower() for k in by_key if (m := _TOKEN.match(k)) is not None}
    if any(c in special or len(c.lower()) != 1 for w in firsts for c in w):
        return None
    return frozenset(firsts), special


@functools.cache
def _slip_forms() -> re.Pattern[str] | None:
    """Where a slip may start in the lower-case text: where a word starts whose whole word is a
    first word of the slip forms (as :func:`_slip_firsts` has them) and a slip form with that
    first word follows, whole (its words with blanks or tabs between them). A trie of characters
    led by the first letters (the engine skips to them), that a word starts there checked right
    after the first; the rest is looked ahead, so that every match is one character and the
    starts inside another's form are found too. None where lower case may not stand for the slip
    pattern's comparison ignoring case (see :func:`_slip_firsts`)."""
    source = _words()[4]
    return None if source is None else re.compile(source)


def _build_slip_forms(got: tuple[frozenset[str], frozenset[str]] | None, by_key: Iterable[str]) -> str | None:
    """The source of :func:`_slip_forms` (None: no pattern)."""
    keys = list(by_key)
    if got is None or any(c in got[1] for k in keys for c in k):
        return None
    root: dict[str, Any] = {}
    for key in keys:
        words = key.split()
        run = _WORD_RUN.match(words[0]) if words else None
        if run is None or run.group() not in got[0]:
            continue  # (a form whose first word is no word of the firsts starts no slip)
        node = root
        for i, word in enumerate(words):
            for c in (" ", *word) if i else word:
                node = node.setdefault(c, {})
        if len(words) == 1 and run.group() == words[0]:
            node = node.setdefault(_ENDS_WORD, {})  # (the word ends with the form: no longer word)
        node[_FORM_END] = {}
    alts = [f"{re.escape(c)}(?<![^\\W_]{re.escape(c)})(?={_forms_re(child)})" for c, child in sorted(root.items())]
    return "|".join(alts) or "(?!)"


_ENDS_WORD = "ends"  # (trie keys that are no character)
_FORM_END = "end"


def _forms_re(node: dict[str, Any]) -> str:
    """The pattern of a trie node of :func:`_slip_forms`: any form that ends there is enough."""
    if _FORM_END in node:
        return ""
    alts = []
    for key in sorted(node):
        child = node[key]
        if key == _ENDS_WORD:
            alts.append(r"(?![^\W_])" + _forms_re(child))
        elif key == " ":
            alts.append(r"[ \t]+" + _forms_re(child))
        else:
            alts.append(re.escape(key) + _forms_re(child))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_WORD_RUN = re.compile(r"[^\W_]+")


def _slip_start_offsets(text: str) -> list[int]:
    """Where a slip may start, in order: where a word that can start a slip starts (the offsets
    of ``_slip_starts()`` in ``text``) and, when the lower-case text can stand for ``text`` (of the
    same length: the same offsets), only where a slip form with that first word follows in it."""
    got = _slip_firsts()
    forms = _slip_forms()
    if got is None or forms is None or any(c in text for c in got[1]):
        return [m.start() for m in _slip_starts().finditer(text)]
    low = text.lower()
    if len(low) != len(text):
        return [m.start() for m in _slip_starts().finditer(text)]
    return [m.start() for m in forms.finditer(low)]


def _trie_re(phrases: list[list[str]]) -> str:
    """One alternation for many phrases, factored word by word.

    >>> _trie_re([["a", "b"], ["a"], ["c"]]).replace(chr(92), "/")
    '(?:a(?:[ /t]+(?:b))?|c)'
    """
    groups: dict[str, list[list[str]]] = {}
    for words in phrases:
        if words:
            groups.setdefault(words[0], []).append(words[1:])
    alts = []
    for first in sorted(groups, key=lambda w: (-len(w), w)):
        rests = [r for r in groups[first] if r]
        tail = ""
        if rests:
            optional = len(rests) < len(groups[first])
            tail = "(?:[ \\t]+" + _trie_re(rests) + ")" + ("?" if optional else "")
        alts.append(regex.escape(first) + tail)
    return "(?:" + "|".join(alts) + ")"


def _case_like(model: str, word: str) -> str:
    """``word`` written in the case style of ``model`` (upper, lower, capitalised, or as is)."""
    letters = [c for c in model if c.isalpha()]
    if not letters:
        return word
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if all(c.islower() for c in letters):
        return word.lower()
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return word[:1].upper() + word[1:].lower()
    return word


def _replacement(found: str, right: str) -> str:
    """``right`` in the case style of ``found``, word by word, keeping the original blanks."""
    seps = regex.split(r"([ \t]+)", found)
    got = seps[0::2]
    want = right.split()
    if len(got) != len(want):
        letters = [c for c in found if c.isalpha()]
        return right.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else right
    letters = [c for c in found if c.isalpha()]
    shout = len(letters) > 1 and all(c.isupper() for c in letters)  # "Y BAN NHÂN DÂN": "Y" too
    out = []
    for k, (g, w) in enumerate(zip(got, want, strict=True)):
        out.append(w.upper() if shout else _case_like(g, w))
        if k < len(seps[1::2]):
            out.append(seps[1::2][k])
    return "".join(out)


def _style_for(found: str, style: str) -> str:
    """The style of a slip replacement: the one asked for, or with "keep" the one ``found`` uses."""
    if style in ("old", "new"):
        return style
    return "new" if tone_style(found, "old") else "old"


def _near_edits(text: str, edits: list[_Edit]) -> list[tuple[int, int]]:
    """The parts of ``text`` (edited by ``edits``, given in the positions before) within
    ``_SLIP_ROUND_REACH`` characters of an edit's result, merged, each from a word's start."""
    out: list[tuple[int, int]] = []
    delta = 0
    for s, e, repl, _ in sorted(edits):
        lo, hi = max(0, s + delta - _SLIP_ROUND_REACH), min(len(text), s + delta + len(repl) + _SLIP_ROUND_REACH)
        delta += len(repl) - (e - s)
        blank = max(text.rfind(" ", max(0, lo - 100), lo), text.rfind("\n", max(0, lo - 100), lo))
        lo = blank + 1 if blank >= 0 else lo  # (from a word's start: a slip starts at one)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


_SLIP_ROUND_REACH = 400  # characters around a fix that a later round of slips reads again


def _find_slips(
    text: str, style: str, log: _Log, windows: list[tuple[int, int]] | None = None
) -> tuple[list[_Edit], list[Warning]]:
    pattern, by_key = _slips()
    edits: list[_Edit] = []
    suspects: list[Warning] = []
    if pattern is None:
        return edits, suspects
    pos = 0
    starts = (
        _slip_start_offsets(text)
        if windows is None
        else [lo + at for lo, hi in windows for at in _slip_start_offsets(text[lo:hi])]
    )
    for start in starts:
        # the pattern is only tried where a word that can start a slip starts (found by one
        # pass over the words): scanning every position with it is slow
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        pos = m.end()
        found = m.group()
        for slip in by_key.get(_key(found), ()):
            if not slip.accepts(text, m.start(), m.end(), found):
                continue
            # (a right form in capitals with the case kept as listed is written so: "II", "CT")
            right = slip.right if slip.case == "exact" and slip.right.isupper() else _replacement(found, slip.right)
            repl = _restyle(right, _style_for(found, style))
            if slip.fix:
                if repl != found:
                    edits.append((m.start(), m.end(), repl, slip.rule))
            else:
                line = log.orig_line_of(m.start())
                suspects.append(
                    Warning(
                        "suspect_slip",
                        f"line {line}: '{found}' may be a slip for '{repl}' ({slip.id}); left as written",
                        line,
                    )
                )
            break
    return edits, suspects


# --------------------------------------------------------------------------------------------
# Public entry point


def normalize(text: str, *, tone_style: str = "old", fix: bool = True) -> Normalized:
    """Normalise ``text``: NFC, then (unless ``fix`` is false) invisible characters, tone style
    (``"old"``, ``"new"`` or ``"keep"``) and known slips. Never changes the number of lines; never
    raises (on an internal error the NFC text is returned with no fixes).

    >>> normalize("Hoá  đơn", fix=False).text
    'Hoá  đơn'
    >>> normalize("HOÁ HỌC").text
    'HÓA HỌC'
    """
    try:
        base = unicodedata.normalize("NFC", text)
    except Exception:  # not a str: nothing sensible to do
        return Normalized(text if isinstance(text, str) else "", [], [])
    if not fix:
        return Normalized(base, [], [])
    try:
        return _normalize(base, tone_style)
    except Exception:  # pragma: no cover - defensive: a normaliser must never stop the parse
        return Normalized(base, [], [])


def _normalize(base: str, style: str) -> Normalized:
    log = _Log(base)
    text = base
    steps: list[Callable[[str], list[_Edit]]] = [
        mojibake,
        copy_debris,
        legacy_text,
        invisible_chars,
        compat_chars,
        functools.partial(ocr_tone_marks, style=style),
        punct_spacing,
        glued_symbols,
        symbol_dashes,
        functools.partial(unmarked_words, style=style),
        date_repairs,
        split_date_digits,
        glued_revisions,
        ocr_number_label,
        ocr_page_numbers,
        ocr_label_stacks,
        ocr_label_leaders,
        ocr_section_labels,
        ocr_table_header,
        stray_glyphs,
        label_specks,
        ocr_inner_capitals,
        functools.partial(ocr_header_words, style=style),
        functools.partial(syllable_repairs, style=style),
        functools.partial(spaced_letters, style=style),
        functools.partial(place_names, style=style),
        functools.partial(unit_name_marks, style=style),
    ]
    if style in ("old", "new"):
        steps.append(functools.partial(_tone_step, style=style))
    for order, step in enumerate(steps):
        text = log.commit(text, step(text), order)
    suspects: list[Warning] = []
    windows: list[tuple[int, int]] | None = None  # (None: the whole text)
    for r in range(_MAX_SLIP_ROUNDS):
        edits, found = _find_slips(text, style, log, windows)
        # (a later round reads only near the fixes of the one before, where a fix can make or unmake
        # a slip: the text elsewhere is the same and finds the same; the suspects of every round)
        suspects += found
        if not edits:
            break
        text = log.commit(text, edits, len(steps) + r)
        windows = _near_edits(text, edits)
    seen: set[tuple[str, int | None]] = set()
    unique = []
    for w in suspects:
        if (w.message, w.line) not in seen:
            seen.add((w.message, w.line))
            unique.append(w)
    return Normalized(text, log.sorted_fixes(), unique)


def _tone_step(text: str, style: str) -> list[_Edit]:
    return tone_style(text, style)
