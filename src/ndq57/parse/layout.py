"""Layout repair: from damaged lines to clean paragraphs that remember where they came from.

Two steps:

* :func:`clean_lines` strips markdown debris line by line (``#`` headings, ``**bold**`` and
  ``*italic*`` markers, rules, stray ``|``, the lone Party ``*``, typist initials, trailing
  spaces) and remembers bold spans, which mark deadlines in many directives.
* :func:`build_blocks` reflows hard-wrapped lines into paragraphs, joins symbols broken after a
  hyphen (``07-`` / ``TB/CQTTBCĐ``), lifts footnote bodies that a page break dropped into the
  text, rejoins sentences split by a blank line, and strips footnote marks from the text while
  recording where they were.

Every :class:`Block` keeps a map from its character offsets to original line numbers.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ndq57 import cache, cached_re
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.data import pattern as data_pattern
from ndq57.model import Fix
from ndq57.parse import syllables
from ndq57.textutil import alternation, mostly_upper

_T = TypeVar("_T")

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_DIGIT_TO_SUP = str.maketrans("0123456789", SUPERSCRIPTS)
# a footnote mark written as markup: pandoc's superscript ("^1^", a digit a Word file raised by hand)
# and HTML's ("<sup>1</sup>", a web page's); read as the superscript digits they print
_SUP_MARKUP = regex.compile(r"\^(\d{1,3})\^|<sup>\s*\[?(\d{1,3})\]?\s*</sup>", regex.IGNORECASE)
# a web page's footnote link as a converter writes it in markdown: the reference
# "[[1]](#_ftn1)" and the note's back link "[[1]](#_ftnref1)": the mark "[1]"
_NOTE_LINK = regex.compile(r"\[(\[\d{1,3}\])\]\(#[\w\-.]{0,40}\)")


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the original file
    text: str  # cleaned text
    kind: str = "text"  # text | blank | star | rule | table | footnote | initials
    # (a line without bold spans shares the empty tuple: a list per line is one more object for
    # the collector to walk, and a long text has many lines)
    bold: Sequence[tuple[int, int]] = ()
    md_heading: bool = False
    indent: int = 0
    page_break: bool = False  # a page's furniture, or the line a form feed opens


@dataclass(slots=True)
class Block:
    """One repaired paragraph (or table row) of the body."""

    text: str
    line_map: list[tuple[int, int]]  # (offset in text, original line), ascending offsets
    bold: Sequence[tuple[int, int]] = ()
    kind: str = "para"  # para | table
    md_heading: bool = False
    refs: Sequence[tuple[str, int]] = ()  # footnote marks (mark, line)
    # the offsets of ``line_map``, kept with the list and its length they were read from
    _offsets: tuple[list[tuple[int, int]], int, list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # the bold spans' starts in order and the running maximum of their ends, kept likewise
    _bold_reach: tuple[Sequence[tuple[int, int]], int, list[int], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def line(self) -> int:
        return self.line_map[0][1]

    def line_at(self, offset: int) -> int:
        got = self._offsets
        if got is None or got[0] is not self.line_map or got[1] != len(self.line_map):
            got = self._offsets = (self.line_map, len(self.line_map), [o for o, _ in self.line_map])
        i = bisect.bisect_right(got[2], offset) - 1
        return self.line_map[max(i, 0)][1]

    def is_bold(self, start: int, end: int) -> bool:
        """Whether a bold span runs over ``text[start:end]`` (a paragraph of n bold pieces is not
        read n times: the spans that start before ``end`` reach past ``start`` if the farthest does)."""
        got = self._bold_reach
        if got is None or got[0] is not self.bold or got[1] != len(self.bold):
            spans = sorted(self.bold)
            reach: list[int] = []
            for _, e in spans:
                reach.append(max(e, reach[-1]) if reach else e)
            got = self._bold_reach = (self.bold, len(self.bold), [s for s, _ in spans], reach)
        k = bisect.bisect_left(got[2], end)
        return k > 0 and got[3][k - 1] > start

    @property
    def all_bold(self) -> bool:
        if not self.bold or not self.text.strip():
            return False
        covered = sum(e - s for s, e in self.bold)
        return covered >= len(self.text.strip()) - 4


@dataclass(slots=True)
class FootnoteBody:
    mark: str
    text: str
    line: int


@dataclass(slots=True)
class BodyLayout:
    blocks: list[Block]
    footnotes: list[FootnoteBody]
    fixes: list[Fix]


# the pattern ``name`` of doctypes.yaml ``layout`` (the words of headers and sign-offs)
_layout_rx = functools.partial(data_pattern, "doctypes", "layout")


# patterns that were module constants, by their former names (tests name them): compiled on first use
_FORMER_NAMES = {
    "_NOI_NHAN": ("noi_nhan", 0),
    "_HEAD_CELL": ("head_cell", 0),
    "_MOTTO_CELL": ("motto_cell", regex.IGNORECASE),
}


def __getattr__(name: str) -> regex.Pattern[str]:
    if name in _FORMER_NAMES:
        key, flags = _FORMER_NAMES[name]
        return _layout_rx(key, flags)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _layout_words() -> dict[str, Any]:
    """Words of headers and sign-offs looked for before a pattern (doctypes.yaml ``layout_words``)."""
    words: dict[str, Any] = load("doctypes")["layout_words"]
    return words


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    return {
        "md_heading": regex.compile(r"^\s{0,3}#{1,6}\s+"),
        "rule": regex.compile(r"^\s*(?:[-_=]\s*){3,}$|^\s*(?:\*\s*){3,}$"),
        "stars": regex.compile(r"\*{1,3}"),
        "initials": regex.compile(r"^\s{12,}\p{Lu}{1,4}\s*$"),
        "table": regex.compile(r"^\s*\|.*\|\s*$"),
        "table_sep": regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$"),
        "sup_ref": regex.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"),
        "bracket_ref": regex.compile(r"(?<=[\p{L}\p{N}.,;:)\"”])\[(\d{1,3})\]"),
        "item_start": regex.compile(str(load("doctypes")["layout"]["item_start"])),
        "symbol_break": regex.compile(r"(?<![\s\p{L}])\d{1,6}-$|[\p{Lu}Đ]{1,10}[/-]$"),
        "symbol_start": regex.compile(r"^[\p{Lu}Đ][\p{Lu}Đ&]*[/\-]"),
        # the last part of a symbol ("TTg", "UBND", "CAT" after "12/KH-"): two capitals or more
        "symbol_rest": regex.compile(r"^(?=\p{Lu}[\p{L}\d&]*\p{Lu})[\p{Lu}Đ][\p{L}\d&]{0,15}(?![\p{L}\d])"),
        "multispace": regex.compile(r"[ \t]{2,}|\t"),
    }


# the ASCII signs a match of the "item_start" pattern may start with (other than a lower-case
# letter, which a ")" or "-" must follow); any other character is left to the pattern
_ITEM_ASCII = frozenset("-+(0123456789IVXLCPMABDEGH")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_SMALL_ROMAN = frozenset("ivx")  # (a small roman numeral's letters: "ii)", "iv)", "xi)")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# the ASCII letters a match cannot go on with after an ASCII capital: all but a roman numeral's
# ("II.", "XIV.") and the second letter of a part's or a chapter's word ("Phần", "CHƯƠNG"); the
# other signs after a capital are left to the pattern
_NO_ITEM_SECOND = (_ASCII_UPPER | _ASCII_LOWER) - frozenset("IVXLCHh")
# the letters other than ASCII ones a match may start with (the pattern's "đ" and "Đ"); a
# non-ASCII sign that is no letter (a bullet, a dash, a digit of another script) is left to it
_ITEM_OTHER_LETTERS = frozenset("đĐ")


def _glued_letter_word(text: str) -> bool:
    """``text`` ("a.Sở ...", a letter's full stop and no blank) goes on with a Vietnamese word."""
    from ndq57.parse.sections import glued_letter_item  # (sections imports this module)

    return glued_letter_item(text)


def _starts_item(text: str) -> bool:
    """The "item_start" pattern matches ``text`` (a list item or a heading starts it), tried
    only when ``text`` starts with a sign it may start with (most lines of a paragraph do not);
    a letter glued to its word by a full stop ("a.Sở ...") only before a Vietnamese word
    ("e.Office" is a name)."""
    first = text[:1]
    if first in _ASCII_LOWER:
        if text[1:2] not in (")", "-", ".", "/") and not (first in "ivx" and text[1:2] in _SMALL_ROMAN):
            return False
        if text[1:2] == "." and text[2:3].isalpha() and not _glued_letter_word(text):
            return False
    elif first.isascii():
        if first not in _ITEM_ASCII:
            return False
        if first in _ASCII_UPPER and text[1:2] in _NO_ITEM_SECOND:
            return False  # ("Ban ...", "Các ...", "DANH ...": a word, not a label)
    elif first.isalpha() and first not in _ITEM_OTHER_LETTERS:
        return False  # ("Ủy ban ...")
    return _patterns()["item_start"].match(text) is not None


def _strip_emphasis(text: str, state: list[bool]) -> tuple[str, list[tuple[int, int]]]:
    """Remove ``*`` emphasis runs, returning the text and its bold spans.

    ``state`` is ``[bold_open, italic_open]`` carried from the previous line of the paragraph.

    >>> _strip_emphasis("a **trước ngày 15/7/2025** b", [False, False])
    ('a trước ngày 15/7/2025 b', [(2, 22)])
    >>> _strip_emphasis("(*Sở Nội vụ*)", [False, False])
    ('(Sở Nội vụ)', [])
    """
    if len(text) > 4 and text[:2] == "**" and text[-2:] == "**" and text.count("*") == 4:
        # a line in bold, as headings are ("**1. Mục tiêu**"): the bold state ends as it began;
        # the line is a bold span unless the run was open before it (it closes, then opens)
        inner = text[2:-2]
        return inner, [] if state[0] else [(0, len(inner))]
    return _strip_runs(text, state)


def _strip_runs(text: str, state: list[bool]) -> tuple[str, list[tuple[int, int]]]:
    """:func:`_strip_emphasis`, reading each run of stars in turn."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    bold, italic = state
    bold_start = 0 if bold else -1
    size = len(text)
    for m in _patterns()["stars"].finditer(text):
        start, end = m.span()
        if start > 0 and end < size and text[start - 1].isspace() and text[end].isspace():
            continue  # " * " is a literal star
        if start > 0 and end < size and text[start - 1] == "(" and text[end] == ")":
            continue  # "(*)", "(**)": a reference mark, not emphasis
        out.append(text[pos:start])
        length += start - pos
        pos = end
        n = end - start
        if n >= 2:
            if bold:
                if bold_start >= 0 and length > bold_start:
                    spans.append((bold_start, length))
                bold = False
                bold_start = -1
            else:
                bold = True
                bold_start = length
        if n != 2:
            italic = not italic
    out.append(text[pos:])
    length += size - pos
    if bold and bold_start >= 0 and length > bold_start:
        spans.append((bold_start, length))
    state[0], state[1] = bold, italic
    return "".join(out), spans


def _lazy(make: Callable[[], _T]) -> Callable[[], _T]:
    """``make()`` when first asked for, the same value after (``functools.cache`` of a function of
    no arguments, without the cost of making a cache for one value)."""
    box: list[_T] = []

    def get() -> _T:
        if not box:
            box.append(make())
        return box[0]

    return get


def clean_lines(text: str, fixes: list[Fix] | None = None) -> list[Line]:
    """Split normalised text into cleaned :class:`Line` objects, one per original line.

    Page furniture (page numbers, running headers and footers) becomes blank lines; when
    ``fixes`` is given, each line dropped that way is logged there. In a copy out of an e-mail,
    the lines a quoted-printable soft break (``=`` at the end) cut are joined again: the joined
    line keeps the number of its first line."""
    text, origin = _mail_text(text, fixes)
    if origin is None:
        return _clean_lines(text, fixes)
    first = len(fixes) if fixes is not None else 0
    lines = _clean_lines(text, fixes)
    for ln in lines:
        ln.no = origin[ln.no - 1]
    if fixes is not None:
        fixes[first:] = [
            dataclasses.replace(f, line=origin[f.line - 1]) if 1 <= f.line <= len(origin) else f for f in fixes[first:]
        ]
    return lines


_SOFT_BREAK_MIN = 40  # a line a quoted-printable soft break ends is at least this long
_SOFT_BREAKS = 3  # lines ending so, for the text to be read as quoted-printable remnants


def _mail_text(text: str, fixes: list[Fix] | None) -> tuple[str, list[int] | None]:
    """The text of a document copied out of an e-mail with the soft breaks of its
    quoted-printable body left in (a line ending in one ``=``, cut anywhere, mid-word too:
    ``Ủy ban nh=`` / ``ân dân``; long lines so ending tell such a text) joined, with the
    original line number of each line of the new text (``None``: no line was joined). (The
    quoting, ``> ``, and undecoded bytes, ``=E1=BB=87``, are the normaliser's.)"""
    if text.count("=\n") < _SOFT_BREAKS:
        return text, None
    raw = text.split("\n")
    # (a line ending in one "="; long ones tell such a text, in which every one is a soft break:
    # a line whose encoded letters were decoded is shorter)
    ends = [r[-1:] == "=" and r[-2:-1] != "=" for r in raw]
    if sum(1 for r, e in zip(raw, ends, strict=True) if e and len(r) >= _SOFT_BREAK_MIN) < _SOFT_BREAKS:
        return text, None
    out: list[str] = []
    origin: list[int] = []
    pending: list[str] = []
    for no, r in enumerate(raw, start=1):
        if not pending:
            origin.append(no)
        if ends[no - 1] and no < len(raw):
            pending.append(r[:-1])
            if fixes is not None:
                fixes.append(Fix("join_soft_break", "=", "", no, len(r) - 1, len(r)))
            continue
        out.append("".join(pending) + r)
        pending = []
    if pending:
        out.append("".join(pending))
    return "\n".join(out), origin


def _clean_lines(text: str, fixes: list[Fix] | None = None) -> list[Line]:
    p = _patterns()
    rule, initials, table, table_sep, md_heading = p["rule"], p["initials"], p["table"], p["table_sep"], p["md_heading"]
    multispace = p["multispace"]
    if "^" in text or "<sup>" in text or "<SUP>" in text:
        text = _SUP_MARKUP.sub(lambda m: (m.group(1) or m.group(2)).translate(_DIGIT_TO_SUP), text)
    if "]](#" in text:
        text = _NOTE_LINK.sub(r"\1", text)
    lines: list[Line] = []
    add = lines.append
    state = [False, False]
    raw_lines = text.split("\n")
    framed = f"\n{text}\n"  # (every line between two line breaks: patterns find lines by them)
    furniture = _page_furniture(framed, raw_lines)

    def dropped(no: int, why: str) -> Fix:
        """The fix logging that line ``no`` of the text was dropped."""
        raw = raw_lines[no - 1]
        at = len(raw) - len(raw.lstrip())
        return Fix(why, raw.strip(), "", no, at, at + len(raw.strip()))

    if fixes is not None:
        for no, why in sorted(furniture.items()):
            fixes.append(dropped(no, why))
    listed = list(enumerate(raw_lines, start=1))

    def relisted(edits: dict[int, str | None], why: str) -> tuple[list[tuple[int, str]], str, str]:
        """The lines with ``edits`` made (line number -> new text, or None: the line dropped and
        logged as ``why``), their text and that text between two line breaks."""
        out = [(no, got) for no, raw in listed if (got := edits.get(no, raw)) is not None]
        if fixes is not None:
            fixes.extend(dropped(no, why) for no in sorted(k for k, v in edits.items() if v is None))
        joined = "\n".join(raw for _, raw in out)
        return out, joined, f"\n{joined}\n"

    if "    " in text and (lifted := _lifted_marks(framed, raw_lines, furniture)):
        # superscripts a layout export lifted to lines of their own: put back as superscripts (a
        # layout export places its lines with runs of blanks: only there are marks lifted); the
        # mark's line dropped, its digits put on the line under it as a superscript
        listed, text, framed = relisted(lifted, "lift_superscript")
    marks = _lazy(lambda: _loose_marks(text))  # (read when a line asks for them)
    if ("\f" in text or "\n " in text) and (notes := _page_foot_notes(raw_lines, framed, text, marks)):
        # footnotes pdftotext's default mode printed at a page's foot, their numbers on lines of
        # their own: the bodies with their numbers again, the numbers' lines dropped (the marks
        # glued in the text stay as they were: only lone numbers and bodies changed, and a spaced
        # mark turned superscript)
        listed, text, framed = relisted(notes, "foot_note_mark")
    numbered = _export_tables(framed, listed)
    if "<br" in text or "<BR" in text:
        numbered = _html_breaks(numbered, fixes)
    if "![" in text or "<!--" in text or "<img" in text or "<IMG" in text:
        numbered = _drop_pictures(numbered, fixes)
    joined = text if numbered is listed else "\n".join([raw for _, raw in numbered])
    private = _ESCAPED_STAR in text  # (the sign that stands for "\\*" while emphasis is read)
    # runs of blanks to squeeze in a line of plain text are looked for only in a text with some
    # (removing emphasis or a "|" may make a run in other lines)
    spaced = "  " in text or "\t" in text
    for no, raw in _split_columns(numbered, joined, furniture):
        if not raw or raw.isspace():
            # a blank line (what removing the escapes would leave of it too)
            add(Line(no, "", "blank"))
            state = [False, False]
            continue
        escaped = private or "\\" in raw
        if escaped:
            raw = _unescape(raw)
        stripped = raw.rstrip()
        plain = stripped.lstrip()
        if not plain:
            add(Line(no, "", "blank"))
            state = [False, False]
            continue
        indent = len(stripped) - len(plain)
        first = plain[0]
        if (
            indent < 12
            and "*" not in plain
            and "|" not in plain
            and not escaped
            and no not in furniture
            and (
                first not in _MARKUP_START
                # a bullet ("- Sở ..."), not a rule
                or (first in "-_=" and not (rule.match(stripped) or ("-" in plain and rule.match(plain))))
            )
        ):
            # a line of plain text (most are): of the steps below, only the blanks change it
            if (first in _BULLET_GLYPHS and plain[1:2] in (" ", "\t")) or (
                first in "ovü" and (plain[1:2] == "\t" or plain[1:3] == "  ")
            ):
                # a bullet glyph of Word's list fonts, as a copy to text prints it ("·", the
                # Symbol font's private-use bullet, Wingdings' "§" or "Ø", Courier's "o" set apart
                # by a tab or blanks): a dash
                plain = "-" + plain[1:]
            if spaced and ("  " in plain or "\t" in plain):
                plain = multispace.sub(" ", plain)
            if (
                first in "-•"
                and plain[1:2] == " "
                and _may_be_label(plain)
                and (m := _layout_rx("bulleted_label").match(plain))
            ):
                plain = plain[m.end() :]  # (a converter's bullet before a numbered item: "- 1. Sở ...")
            if "/" in plain[1:12] and (m := _SLASH_LABEL.match(plain)):
                # a label closed by a slash ("I/ MỤC ĐÍCH", "2/ Sở ...", "b/ ..."), as some offices
                # number: a full stop, as the other labels are read (the same length)
                k = m.end() - 1
                plain = f"{plain[:k]}.{plain[k + 1 :]}"
                if fixes is not None:
                    fixes.append(Fix("slash_label", m.group(), plain[: k + 1], no, indent, indent + k + 1))
            # (a letter, as most lines start with, cannot start a footnote body)
            note = first in _NOTE_START or not (first.isascii() or first.isalpha())
            kind = _text_kind(plain, marks) if note else "text"
            if kind == "footnote" and spaced and _table_row_gaps(stripped):
                kind = "text"  # (a numbered row of a layout table: "2    Rà soát …    Sở …    Quý II")
            add(Line(no, plain, kind, [(0, len(plain))] if state[0] else (), False, indent))
            continue
        if plain == "|" and no not in furniture:
            # a lone "|" (a cell border of a web export): a blank line, the emphasis going on
            add(Line(no, "", "blank"))
            continue
        # the checks below are tried only when the line starts with a sign they need (a rule
        # "---" or "***", a table "|", a heading "#"), or is indented as typist initials are
        whole = plain  # (the stripped line)
        probe = state  # the emphasis state after a line of stars and dashes (copied when read)
        if "*" in plain and not plain.strip(_STAR_LINE):
            # only stars, dashes and emphasis: the Party star or a rule inside emphasis
            probe = list(state)
            plain = _strip_emphasis(plain, probe)[0].strip()
        if _ESCAPED_STAR in plain:
            plain = plain.replace(_ESCAPED_STAR, "*")
        if plain == "*" or whole == "*":
            add(Line(no, "", "star", indent=indent))
            state = probe
            continue
        if (first in _RULE_START and rule.match(stripped)) or (
            plain and plain[0] in _RULE_START and "-" in plain and rule.match(plain)
        ):
            # "-----", also inside emphasis ("\\-\\-\\-**" in a pandoc table closes a bold span)
            add(Line(no, "", "rule"))
            state = probe
            continue
        if no in furniture:
            # a page number printed between two pages ("2", "- 3 -", "Trang 4"), a running
            # header or footer: not text
            add(Line(no, "", "blank"))
            state = [False, False]
            continue
        if indent >= 12 and len(stripped) - indent <= 4 and initials.match(stripped):
            add(Line(no, whole, "initials", indent=indent))
            continue
        if first == "|" and table.match(stripped):
            if table_sep.match(stripped):
                add(Line(no, "", "rule"))
                continue
            body, spans = _strip_emphasis(whole, [False, False])
            add(Line(no, body.replace(_ESCAPED_STAR, "*"), "table", spans or (), indent=indent))
            continue
        md = md_heading.match(stripped) if first == "#" else None
        body = stripped[md.end() :] if md else whole
        if "|" in body:
            body = body.replace("|", " ")
        if "*" in body:
            body, spans = _strip_emphasis(body, state)
            if escaped:
                body = body.replace(_ESCAPED_STAR, "*")
        else:
            spans = [(0, len(body))] if state[0] else []
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if "  " in body or "\t" in body:
            body = multispace.sub(" ", body)
            spans = [(min(s, len(body)), min(e, len(body))) for s, e in spans]
        if spans:
            if lead:
                spans = [(max(s - lead, 0), max(e - lead, 0)) for s, e in spans]
            spans = [(s, min(e, len(body))) for s, e in spans if min(e, len(body)) > s]
        if not body:
            add(Line(no, "", "blank"))
            continue
        add(Line(no, body, _text_kind(body, marks), spans or (), bool(md), indent))
    if "\f" in text or furniture:
        # (the lines where a page breaks: its furniture, the lines a form feed opens)
        breaks = frozenset(furniture).union(no for no, raw in enumerate(raw_lines, start=1) if raw.startswith("\f"))
        for ln in lines:
            if ln.no in breaks:
                ln.page_break = True
    else:
        breaks = frozenset()
    _join_lone_labels(lines, breaks)
    return lines


# a heading's or an item's label alone on its line, as pdftotext prints a label set apart from
# its text by a tab: the label, a blank line, the text ("I." / "" / "MỤC ĐÍCH, YÊU CẦU", "1.2." /
# "" / "Sở ..."): a roman or decimal number closed by a full stop, a letter or a number in
# parentheses or closed by one (a bare number, "3", is a page's number or a table's cell)
_LONE_LABEL = regex.compile(
    r"(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|\d{1,2}\)|\(\d{1,2}\)|[a-zđ]\)|\([a-zđ]\))"
)


_BREAK_REACH = 6  # the most blank lines between a label and its text across a page break


def _join_lone_labels(lines: list[Line], breaks: frozenset[int] = frozenset()) -> None:
    """Join a label alone on its line to the text two lines under it, a blank line between (or
    right under it, when in capitals: PyMuPDF prints no blank line), when the label starts a
    sentence (the line above it is none of text or ends one: "khóa" / "XVII." ends a sentence)
    and the text starts with a capital letter and no label of its own. The joined line stands
    where the text's stood (the lines wrapped under it go on) with the label's number; the
    label's line turns blank (a line per original line). A page break between the label and its
    text (``breaks``: the lines of page furniture, turned blank, and the lines a form feed opens:
    "I." / "" / "2" / form feed "Trách nhiệm ...") counts as the blank line, however many blank
    lines it makes."""
    last = len(lines) - 1
    # (the lettered labels alone whose list has another: found before any line is joined)
    # (a lettered label ends with its parenthesis: a blank line, the most common short one, is none)
    lettered = {
        i for i, ln in enumerate(lines) if len(ln.text) <= 3 and ln.text[-1:] == ")" and _listed_letter(lines, i)
    }
    romans: set[str] = set()  # the roman labels that opened a line above ("I", "II")
    for i, ln in enumerate(lines):
        text = ln.text
        if text[:1] in _ROMAN_FIRST and ln.kind == "text" and (m := _ROMAN_OPEN.match(text)) is not None:
            romans.add(m.group(1))
        if i >= last or len(text) > 9 or ln.kind != "text" or not text or text[-1] not in ".)":
            continue
        at = i + 2 if lines[i + 1].kind == "blank" and i + 2 <= last else i + 1
        apart = at > i + 1  # (the text set apart from the label, not right under it)
        if breaks:
            if lines[at].kind == "blank":
                # blank lines past the first: only a page break's (its number, its running lines)
                end = min(last, i + _BREAK_REACH)
                while at < end and lines[at].kind == "blank":
                    at += 1
                if not any(lines[k].no in breaks for k in range(i + 1, at + 1)):
                    continue
            elif lines[at].no in breaks:
                apart = True  # (the text opens the next page: "I." / form feed "Trách nhiệm ...")
        nxt = lines[at]
        body = nxt.text
        if nxt.kind != "text" or len(body) <= 3 or not body[:1].isupper():
            continue  # (no text: "TT", a table's head cell, is none)
        listed = not apart and i in lettered
        if not apart and not mostly_upper(body) and not listed:
            continue  # (right under the label, only a heading in capitals: PyMuPDF's "I." / "MỤC ĐÍCH")
        if not _LONE_LABEL.fullmatch(text) or _starts_item(body) or _LONE_LABEL.match(body):
            continue
        if i and (before := lines[i - 1]).kind == "text" and not _next_roman(text, romans, body):
            prev = before.text
            if prev[-1] not in ".:;!?" and not mostly_upper(prev) and not (listed and len(prev) <= _HEADING_LINE):
                continue
        k = len(text) + 1
        bold = [*ln.bold, *((s + k, e + k) for s, e in nxt.bold)]
        lines[i] = Line(ln.no, "", "blank")
        lines[at] = Line(ln.no, f"{text} {body}", "text", _merge(bold) if bold else (), nxt.md_heading, ln.indent)


# a roman label that opens a line ("II. NHIỆM VỤ", "III." alone), and the first signs of one
_ROMAN_OPEN = regex.compile(r"([IVXLC]{1,6})\.(?: |$)")
_ROMAN_FIRST = frozenset("IVXLC")
# the roman numbers of a directive's parts in order: each one's predecessor
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
_ROMAN_BEFORE = {b: a for a, b in itertools.pairwise(_ROMANS)}


def _next_roman(label: str, romans: set[str], body: str) -> bool:
    """The roman label alone ``label`` ("III.") follows a part the document opened above ("II.
    NHIỆM VỤ" or "II." alone) and the text under it is a heading in capitals: the next part's
    heading, whatever the line above it (a table's last cell, "12/2027", as PyMuPDF prints a
    heading right after a table)."""
    before = _ROMAN_BEFORE.get(label[:-1]) if label[-1] == "." else None
    return before is not None and before in romans and mostly_upper(body)


# a lettered item's label alone on its line ("b)", "(c)"), as PyMuPDF prints a label set apart
# from its text by a tab, the text right under it
_LONE_LETTER = regex.compile(r"\(?([a-zđ])\)")
# (the order of the letters of lettered items: sections.py's, the Vietnamese alphabet's)
_LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"
_LETTER_REACH = 40  # lines between two lettered labels of one list
_HEADING_LINE = 60  # the longest line above a list's first label read as a heading's


def _listed_letter(lines: list[Line], i: int) -> bool:
    """The lettered label alone on line ``i`` ("b)") has a neighbour in its list alone on its
    line too, the letter before or after it ("a)" above, "c)" below, within a few lines): a
    list whose labels a text layer printed apart from their text, not a letter that happens to
    stand alone."""
    m = _LONE_LETTER.fullmatch(lines[i].text)
    if m is None:
        return False
    k = _LETTER_ORDER.find(m.group(1))
    if k < 0:
        return False
    form = lines[i].text.replace(m.group(1), "{}")
    want = {form.format(_LETTER_ORDER[j]) for j in (k - 1, k + 1) if 0 <= j < len(_LETTER_ORDER)}
    lo, hi = max(0, i - _LETTER_REACH), min(len(lines), i + _LETTER_REACH + 1)
    return any(lines[j].text in want and lines[j].kind == "text" for j in range(lo, hi) if j != i)


def _next_letter(text: str, last: str) -> bool:
    """``text`` opens with the lettered label after ``last`` ("b) ..." after "a"), the same form."""
    k = _LETTER_ORDER.find(last) if last else -1
    if k < 0 or k + 1 >= len(_LETTER_ORDER):
        return False
    nxt = _LETTER_ORDER[k + 1]
    return text.startswith((f"{nxt}) ", f"({nxt}) "))


def _letter_of(text: str) -> str:
    """The letter of a lettered label that opens ``text`` ("c) Sở ..." → "c"), else ""."""
    if text[1:2] != ")" and text[:1] != "(":
        return ""  # (the pattern asks for "x)" or "(x)")
    m = _LONE_LETTER.match(text)
    return m.group(1) if m is not None and text[m.end() : m.end() + 1] == " " else ""


# list bullets as a copy out of Word or an e-mail prints them (a middle dot, black circles and
# squares, the bullets of the Symbol and Wingdings fonts: private-use characters, or the Latin-1
# letters of their codes, "§" and "Ø")
_BULLET_GLYPHS = frozenset("·●▪■◦⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc§Ø")


# a label closed by a slash, a blank and a letter after it ("II/ NHIỆM VỤ", "1.2/ Rà soát", "a/ Sở")
_SLASH_LABEL = regex.compile(r"(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4}|[a-zđ]|[ABCDĐEGH])/(?=[ \t]+\p{L})")


def _may_be_label(text: str) -> bool:
    """After its "- ", ``text`` may hold a label doctypes.yaml ``layout.bulleted_label`` reads (tried only then:
    most bulleted lines start with a word)."""
    c, d = text[2:3], text[3:4]
    if c.isdigit():
        return True
    if c in ("I", "V", "X", "L", "C"):
        return d in ("I", "V", "X", "L", "C", ".", ")")
    if c == "(":
        return d.isdigit()
    if c == "Đ":
        return text.startswith(_layout_words()["article_bullet"])
    return c.isalpha() and d in (".", ")")


def _table_row_gaps(raw: str) -> bool:
    """``raw`` (a line as a layout export printed it, a number first) holds two column gaps or
    more, three pieces: a numbered row of a table, its cells set apart by runs of blanks
    ("2    Rà soát ...    Sở Tư pháp    Quý II"), not a footnote body ("2    Quyết định số ...")."""
    return len(_COLUMN_GAP.findall(raw.strip())) >= 2


def _text_kind(body: str, marks: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> str:
    """ "footnote" for a line of text (not empty, stripped) that starts a footnote body, else "text"."""
    head = body[0]  # (a footnote body starts with a digit, a superscript or "[")
    if head in _ASCII_DIGITS:
        # "1 Text", "12)": one or two digits, then a blank or ")" (not "1. Giao", "2025")
        after = body[2:3] if body[1:2].isdigit() else body[1:2]
        if after != ")" and not after.isspace():
            return "text"
        return "footnote" if _footnote_body(body, marks) else "text"
    if (
        head == "["
        or head.isdigit()
        or (head == "(" and (body[1:2].isdigit() or body[1:2] == "*"))
        or (not head.isascii() and not head.isalpha() and _FN_START.match(head))
    ):
        return "footnote" if _footnote_body(body, marks) else "text"
    return "text"


# ---------------------------------------------------------------------------------------------
# Export debris: pandoc escapes, pandoc tables around the header and the sign-off

_ESCAPED_STAR = "\ue000"  # a star written "\\*" (literal, not emphasis) while emphasis is stripped
_STAR_LINE = "*-_= \t" + _ESCAPED_STAR  # what a line of stars and dashes (in emphasis) holds
_RULE_START = "-_=*"  # the first sign of a rule
_MARKUP_START = "-_=*|#"  # the first sign of a rule, a table row or a markdown heading
_NOTE_START = "[(0123456789"  # the first sign of a footnote body among the ASCII characters
# an escape; a hard line break; and a break right before the stars that close an emphasis
# ("***Nơi nhận:\\***"), which pandoc writes on the line it breaks
_ESCAPE = regex.compile(r"(?<=\S)\\(?=\*{1,3}\s*$)|\\([!-/:-@\[-`{-~])|\\$")


def _unescape(raw: str) -> str:
    """Pandoc's backslash escapes (``2\\.``, ``\\-``, ``\\*``) and hard line breaks (a ``\\`` at
    the end of a line).

    >>> _unescape("2\\\\. Giao \\\\- Sở\\\\")
    '2. Giao - Sở'
    """

    def rep(m: regex.Match[str]) -> str:
        c = m.group(1)
        if c is None:
            return ""
        return _ESCAPED_STAR if c == "*" else c

    return str(_ESCAPE.sub(rep, raw.rstrip()))


_SIMPLE_EDGE = regex.compile(r"^\s*-{3,}(?:[ ]+-{3,})+\s*$")
_GRID_EDGE = regex.compile(r"^\s*\+(?:[-=:]{3,}\+){2,}\s*$")
_TABLE_SPAN = 80  # lines a header or sign-off table may take
# a line that _SIMPLE_EDGE or _GRID_EDGE matches, looked for in the whole text (framed by line breaks)
_ANY_EDGE = regex.compile(r"\n[^\S\n]*(?:-{3,}(?:[ ]+-{3,})+|\+(?:[-=:]{3,}\+){2,})[^\S\n]*(?=\n)")


_HTML_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)


def _html_breaks(numbered: list[tuple[int, str]], fixes: list[Fix] | None) -> list[tuple[int, str]]:
    """A converter's line breaks (``<br>``, ``<br/>``) inside a line of text: the line's parts as
    lines of their own, each keeping the line's number ("... 15/12/2026.<br>2. Sở Tài chính ..."
    holds two items); one at the line's end is dropped. A row of a pipe table and the lines of an
    HTML table keep theirs: they are its cells' lines, which the table reader reads.

    >>> _html_breaks([(4, "1. Sở Y tế.<br>2. Sở Nội vụ.<br/>"), (5, "| a<br>b | c |")], None)
    [(4, '1. Sở Y tế.'), (4, '2. Sở Nội vụ.'), (5, '| a<br>b | c |')]
    """
    out: list[tuple[int, str]] = []
    in_table = False
    for no, raw in numbered:
        if "<" in raw and ("<table" in raw or "<TABLE" in raw):
            in_table = True
        if in_table or "<" not in raw or raw.lstrip()[:1] == "|" or not (cuts := list(_HTML_BREAK.finditer(raw))):
            out.append((no, raw))
            if in_table and ("</table>" in raw or "</TABLE>" in raw):
                in_table = False
            continue
        last = 0
        for m in cuts:
            out.append((no, raw[last : m.start()]))
            if fixes is not None:
                fixes.append(Fix("html_break", m.group(), "\n", no, m.start(), m.end()))
            last = m.end()
        if raw[last:].strip() or last == 0:
            out.append((no, raw[last:]))
    return out


# what a converter writes for a picture or leaves as a note: a markdown image ("![](media/image1.png)",
# "![Chữ ký](sig.jpg)"), an HTML image tag, an HTML comment ("<!-- image -->", docling's mark)
_PICTURE = regex.compile(
    r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)|<img\b[^<>\n]{0,500}>|<!--[^\n]{0,300}?-->", regex.IGNORECASE
)


def _drop_pictures(numbered: list[tuple[int, str]], fixes: list[Fix] | None) -> list[tuple[int, str]]:
    """The pictures and notes a converter wrote into the text (:data:`_PICTURE`) removed, each
    logged: a line that held only them becomes a blank line (a picture stands apart from the
    paragraphs around it).

    >>> _drop_pictures([(1, "<!-- image -->"), (2, "Sở Y tế ![](a.png)báo cáo.")], None)
    [(1, ''), (2, 'Sở Y tế báo cáo.')]
    """
    out: list[tuple[int, str]] = []
    for no, raw in numbered:
        if not ("![" in raw or "<" in raw) or not (found := list(_PICTURE.finditer(raw))):
            out.append((no, raw))
            continue
        if fixes is not None:
            fixes.extend(Fix("picture", m.group(), "", no, m.start(), m.end()) for m in found)
        out.append((no, _PICTURE.sub("", raw)))
    return out


def _export_tables(framed: str, numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header and the sign-off exported by pandoc as a simple or a grid table (column
    extents given by the dashes or the ``+`` of the border lines; a cell's lines under each
    other): each cell's lines in turn, row by row, a blank line between cells. A table without
    a header item (a task table) is left as it is. ``numbered``: the lines of the text,
    ``framed``: the text with a line break before and after it."""
    if not ("---" in framed or "+" in framed) or _ANY_EDGE.search(framed) is None:
        return numbered  # (no border line: the lines are not read one by one)
    out: list[tuple[int, str]] = []
    i = 0
    n = len(numbered)
    while i < n:
        no, raw = numbered[i]
        edge = raw.lstrip()[:1] in ("-", "+")
        grid = edge and bool(_GRID_EDGE.match(raw))
        inner = _multiline_inner(numbered, i) if edge and not grid and _FULL_EDGE.match(raw) else None
        if not (grid or inner is not None or (edge and _SIMPLE_EDGE.match(raw))):
            out.append((no, raw))
            i += 1
            continue
        if inner is not None:
            # a multiline table: full-width borders above and below, the columns' extents given by
            # the rule under its first row
            end: int | None = inner[1]
            cells = _table_cells(numbered, i, inner[1], False, inner[0])
        else:
            end = _table_end(numbered, i, grid)
            cells = _table_cells(numbered, i, end, grid) if end is not None else None
        if end is None or cells is None or not any(_head_cell_text(t) for cell in cells for _, t in cell):
            out.append((no, raw))
            i += 1
            continue
        out.append((no, ""))
        for cell in cells:
            out.extend(cell)
            out.append((cell[-1][0] if cell else no, ""))
        out.append((numbered[end][0], ""))
        i = end + 1
    return out


_FULL_EDGE = regex.compile(r"^\s*-{20,}\s*$")


def _multiline_inner(numbered: list[tuple[int, str]], i: int) -> tuple[int, int] | None:
    """For a full-width rule at ``i`` that opens a pandoc multiline table (its first row, a rule
    of one run of dashes a column under it, more rows, a full-width rule of the same length
    closing it): the indices of the columns' rule and of the closing rule; else None."""
    top = numbered[i][1].strip()
    inner = None
    for j in range(i + 1, min(len(numbered), i + _TABLE_SPAN)):
        t = numbered[j][1].strip()
        if inner is None and _SIMPLE_EDGE.match(t):
            inner = j
        elif _FULL_EDGE.match(t):
            return (inner, j) if inner is not None and len(t) == len(top) else None
    return None


def _table_end(numbered: list[tuple[int, str]], i: int, grid: bool) -> int | None:
    """Index of the border line that closes the table opened at ``i``."""
    top = numbered[i][1].strip()
    last = None
    for j in range(i + 1, min(len(numbered), i + _TABLE_SPAN)):
        t = numbered[j][1].strip()
        if grid:
            if _GRID_EDGE.match(t):
                last = j
            elif not t.startswith("|"):
                return last
        elif _SIMPLE_EDGE.match(t) and len(t) == len(top):
            return j
    return last


def _table_cells(
    numbered: list[tuple[int, str]], i: int, end: int, grid: bool, columns: int | None = None
) -> list[list[tuple[int, str]]] | None:
    """The cells of a pandoc table, row by row, each as its non-empty lines; ``columns``: the line
    whose rule gives the columns' extents when the top border does not (a multiline table)."""
    edge = numbered[i if columns is None else columns][1]
    if grid:
        cuts = [m.start() for m in regex.finditer(r"\+", edge)]
        bounds = [(a + 1, b) for a, b in itertools.pairwise(cuts)]
    else:
        spans = [m.span() for m in regex.finditer(r"-{3,}", edge)]
        bounds = [(spans[k][0], spans[k + 1][0] if k + 1 < len(spans) else 10**6) for k in range(len(spans))]
    cells: list[list[tuple[int, str]]] = []
    row: list[list[tuple[int, str]]] = [[] for _ in bounds]

    def close_row() -> None:
        nonlocal row
        cells.extend(c for c in row if c)
        row = [[] for _ in bounds]

    for no, raw in numbered[i + 1 : end]:
        t = raw.rstrip()
        if (grid and _GRID_EDGE.match(t)) or (not grid and (not t.strip() or _SIMPLE_EDGE.match(t))):
            close_row()
            continue
        if grid and not t.lstrip().startswith("|"):
            return None
        for k, (a, b) in enumerate(bounds):
            a, b = _cut(t, a), _cut(t, b)
            piece = t[a:b].strip()
            if grid:
                piece = piece.strip("|").strip()
            if piece and piece != "\\":
                row[k].append((no, piece))
    close_row()
    return cells


def _cut(line: str, at: int) -> int:
    """A column boundary moved left to a blank when text runs across it."""
    if at >= len(line):
        return len(line)
    k = at
    while k > 0 and not line[k - 1].isspace() and not line[k].isspace() and line[k - 1] != "|":
        k -= 1
    return k if k > 0 else at


def _head_cell_text(text: str) -> bool:
    """A pandoc table cell line that belongs to a header or a sign-off."""
    return bool(_layout_rx("head_words").search(text.replace("*", "").replace("\\", "").strip()))


# ---------------------------------------------------------------------------------------------
# Page furniture: page numbers, running headers and footers

_PAGE_GAP = 15  # at least this many lines between two page numbers of one sequence
_DIGIT_RUN = regex.compile(r"\d+")


def page_furniture(text: str, raw_lines: list[str]) -> dict[int, str]:
    """The lines (1-based) of ``text`` (its lines ``raw_lines``) that belong to the page, not the
    text (:func:`_page_furniture`)."""
    return _page_furniture(f"\n{text}\n", raw_lines)


def _page_furniture(framed: str, raw_lines: list[str]) -> dict[int, str]:
    """Lines (1-based) that belong to the page, not the text: page numbers ("2", "- 3 -",
    "Trang 4") beside a blank line or continuing the sequence of the pages, and the running
    header or footer repeated next to the page breaks. ``raw_lines``: the lines of the text,
    ``framed``: the text with a line break before and after it."""
    found: dict[int, str] = {}
    numbers: list[tuple[int, int]] = []  # (line, value) of the lines holding a number alone
    no, at = 0, 0
    for page in _PAGE_NO_LINE.finditer(framed):
        no += framed.count("\n", at, page.start() + 1)  # (the match starts at the break before its line)
        at = page.start() + 1
        raw = raw_lines[no - 1]
        if (
            _beside_blank(raw_lines, no) or _PAGE_WORD.match(raw) or _beside_page_break(raw_lines, no)
        ) and not _beside_cell_border(raw_lines, no):
            # ("Trang 3" and "- 3 -" are page numbers wherever they stand: an OCR copy or a text
            # layer puts them between two lines of one sentence; a number on a page's last line or
            # its first, the form feed beside it, too)
            found[no] = "drop_page_number"
        m = _DIGIT_RUN.search(raw)
        if m:
            numbers.append((no, int(m.group())))
    # numbers alone on their lines that count the pages ("2" ... "3" ... "4", a page apart):
    # page numbers also where a page break falls inside a list, with no blank line around them
    values = [v for _, v in numbers]
    paged = (
        len(numbers) >= 2
        and values[0] in (1, 2)
        and all(b == a + 1 for a, b in itertools.pairwise(values))
        and all(b - a >= _PAGE_GAP for (a, _), (b, _) in itertools.pairwise(numbers))
    )
    if paged:
        found.update((no, "drop_page_number") for no, _ in numbers)
    breaks = [no for no, _ in numbers] if paged else []
    # ("Trang 2/5" and "- 3 -" mark a page edge wherever they stand, with or without a sequence:
    # a header's "- 2 -" and a footer's "Trang 1/3" mixed do not count one run of numbers)
    breaks += [no for no, why in found.items() if why == "drop_page_number" and _PAGE_WORD.match(raw_lines[no - 1])]
    if "\f" in framed:
        breaks += [no for no, raw in enumerate(raw_lines, start=1) if raw.startswith("\f")]
    found.update(_running_lines(raw_lines, sorted(set(breaks)), found))
    found.update(_own_reference_lines(raw_lines, found))
    return found


_HEADER_REACH = 30


def _own_reference_lines(raw_lines: list[str], pages: dict[int, str]) -> dict[int, str]:
    """Lines of the body that repeat the document's own type and number alone ("Kế hoạch số
    35/KH-UBND", or its number label alone, "Số: 35/KH-UBND": an OCR copy's or a text layer's
    running header printed once per page, also on the one page after the first)."""
    # (a line without the letter "ố" in either case has no "số": the pattern is not tried on it)
    own_number = _layout_rx("own_number")
    found = next(
        (
            (k, m)
            for k, raw in enumerate(raw_lines[:_HEADER_REACH])
            if ("ố" in raw or "Ố" in raw) and (m := own_number.match(raw))
        ),
        None,
    )
    if found is None:
        return {}
    k, m = found
    number = "".join(m.group("n").split())
    if len(number) < 4:
        return {}
    # (the pattern is made only for a text with a line that ends with the number below the header:
    # most have none, and a pattern made from a document's words is compiled anew for each one)
    last = number.rstrip(" \t*_")
    if number not in "\n".join(raw_lines[k + 3 :]):
        return {}  # (no line below holds it: the number has no blank, no line break)
    holding = [
        (no, raw)
        for no, raw in enumerate(raw_lines[k + 3 :], start=k + 4)
        if number in raw and no not in pages and raw.rstrip(" \t*_").endswith(last)
    ]
    if not holding:
        return {}
    own = regex.transient(  # (made from the document's number: never stored with ndq57's own patterns)
        r"[ \t*_]*(?:\p{L}+[ \t]+){0,3}(?i:"
        + _layout_words()["number"]
        + r")[ \t]*:?[ \t]*"
        + regex.escape(number)
        + r"[ \t*_]*"
    )
    return {no: "drop_running_header" for no, raw in holding if own.fullmatch(raw)}


# a page number alone on its line ("2", "- 3 -", "Trang 4"), found in the whole text at once,
# from the line break before it (the engine finds the breaks fast) to the one after it
_PAGE_NO_LINE = regex.compile(
    r"\n[^\S\n]*(?:-[^\S\n]*\d{1,3}[^\S\n]*-|\d{1,3}|(?:Trang|trang)[^\S\n]+\d{1,3}(?:[^\S\n]*/[^\S\n]*\d{1,3})?)[^\S\n]*(?=\n)"
)


_PAGE_WORD = regex.compile(r"[^\S\n]*(?:-[^\S\n]*\d{1,3}[^\S\n]*-|(?:Trang|trang)[^\S\n]+\d)")


def _beside_page_break(raw_lines: list[str], no: int) -> bool:
    """Line ``no`` (1-based) opens a page (a form feed starts it) or ends one (the line below
    starts with a form feed)."""
    return raw_lines[no - 1].startswith("\f") or (no < len(raw_lines) and raw_lines[no].startswith("\f"))


def _beside_cell_border(raw_lines: list[str], no: int) -> bool:
    """Line ``no`` is a table cell of a web export (a ``|`` line above or below it)."""
    return any(1 <= k <= len(raw_lines) and raw_lines[k - 1].strip() == "|" for k in (no - 1, no + 1))


def _running_lines(raw_lines: list[str], breaks: list[int], pages: dict[int, str]) -> dict[int, str]:
    """A running header or footer: the same short line next to two page breaks or more (a form
    feed, or a page number of the page sequence)."""
    if len(breaks) < 2:
        return {}
    seen: dict[str, list[int]] = {}
    for b in breaks:
        for no in _page_edges(raw_lines, b):
            if 1 <= no <= len(raw_lines) and no not in pages:
                t = raw_lines[no - 1].strip()
                if 4 <= len(t) <= 100:
                    key = _DIGIT_RUN.sub("#", " ".join(t.split()))
                    if no not in seen.setdefault(key, []):
                        seen[key].append(no)
    out: dict[int, str] = {}
    for nos in seen.values():
        if len(nos) >= 2:
            out.update((no, "drop_running_header") for no in nos)
    return out


def _page_edges(raw_lines: list[str], b: int) -> list[int]:
    """The lines at the edges of the page break at line ``b`` (a page number's line, or the line
    a form feed opens): the last line of text above it and the first below it, past blank lines
    (two at most); a form feed's line itself and the line right under it (a running header of
    two lines). A line set apart from the break by a line of text is the body's, however near
    ("\fhiện: Sở Tư pháp." / "" / "Đơn vị phối hợp ...": the page's first line, then its text)."""
    n = len(raw_lines)
    feed = raw_lines[b - 1].startswith("\f")
    out = [b, b + 1] if feed and b < n and raw_lines[b].strip() else [b] if feed else []
    for step in (-1, 1):
        if feed and step == 1:
            continue
        no = b + step
        while 1 <= no <= n and abs(no - b) <= 2 and not raw_lines[no - 1].strip():
            no += step
        if 1 <= no <= n and abs(no - b) <= 2:
            out.append(no)
    return out


# Footnote marks a layout-preserving export (pdftotext -layout) lifted to a line of their own:
# a superscript is printed above the baseline, so its digit comes out on the line above the text
# it belongs to, at its column. A page number is told apart by the text on both sides of the mark
# (a page number has a blank line or the page break beside it, or counts the pages: furniture)
# and by the pairs: a mark is read only when a mark in the text ("... Tỉnh ủy" with "1" above
# "ủy" and past it) and a body at a page foot ("1" above "Kế hoạch số ..." at the margin) carry
# the same number, the body after the mark.

_LONE_NUMBER = cached_re.compile(r"\n([ \t]*)([0-9]{1,2})[ \t]*(?=\n)")
# a footnote body at the margin whose number stayed on its line: "  1 Kế hoạch số ..."
_INLINE_BODY = cached_re.compile(r"\n([ \t]{0,8})([0-9]{1,2})[ \t]+([^\W\d_])")


def _lifted_marks(framed: str, raw_lines: list[str], furniture: dict[int, str]) -> dict[int, str | None]:
    """The lines to change (1-based: the new text, None to drop) to put back the footnote marks
    lifted to lines of their own (see above); empty when there are none."""
    refs: dict[str, tuple[int, int]] = {}  # mark -> (line, column) of its first mark in the text
    bodies: dict[str, int] = {}  # mark -> line of its body's mark, after the mark in the text
    no, at = 0, 0
    n = len(raw_lines)
    for m in _LONE_NUMBER.finditer(framed):
        no += framed.count("\n", at, m.start() + 1)
        at = m.start() + 1
        if no in furniture or not 1 < no < n:
            continue
        above, below = raw_lines[no - 2], raw_lines[no]
        if not above.strip() or not below.strip() or below.startswith("\f") or "   " in below.strip():
            # (a line of prose under it: a table's row, with its columns apart, is not one)
            continue
        col = len(m.group(1))
        mark = m.group(2)
        lead = len(below) - len(below.lstrip())
        head = below.lstrip()[:1]
        if col <= lead + 1 and (head.isupper() or head in "“\""):
            if mark in refs and mark not in bodies and refs[mark][0] < no:
                bodies[mark] = no
        elif lead + 3 <= col <= len(below.rstrip()) + 1 and mark not in refs:
            refs[mark] = (no, col)
    inline: dict[str, int] = {}  # mark -> line of a body whose number stayed on its line ("1 Kế hoạch")
    if len(bodies) < len(refs):
        no, at = 0, 0
        for m in _INLINE_BODY.finditer(framed):
            no += framed.count("\n", at, m.start() + 1)
            at = m.start() + 1
            mark = m.group(2)
            if (
                mark in refs
                and mark not in bodies
                and mark not in inline
                and refs[mark][0] < no - 1
                and m.group(3).isupper()
                and no not in furniture
                and "   " not in raw_lines[no - 1].strip()
            ):
                inline[mark] = no - 1  # (as if its number were on the line above)
    out: dict[int, str | None] = {}
    for mark, body in [*bodies.items(), *inline.items()]:
        ref, col = refs[mark]
        sup = mark.translate(_DIGIT_TO_SUP)
        line = raw_lines[ref]  # (the text line under the mark)
        # after the word the mark stands over or just past ("ủy" of "Tỉnh ủy", a column short)
        while col < len(line) and line[col - 1 : col].isalnum() and line[col].isalnum():
            col += 1
        out[ref] = None
        left = line[:col].rstrip()
        out[ref + 1] = left + sup + line[len(left) :]
        text = raw_lines[body]
        lead = len(text) - len(text.lstrip())
        if mark in inline:
            out[body + 1] = text[:lead] + sup + text[lead + len(mark) :]
            continue
        out[body] = None
        out[body + 1] = text[:lead] + sup + " " + text[lead:]
    return out


# pdftotext's default mode prints a footnote's number apart from its body, at the page's foot,
# before the form feed: the numbers, a blank line, the bodies ("1" / "2" / "" / "Quyết định ..." /
# "Số liệu ...", one line each), or the body, then its number ("Chỉ thị số ..." / "cháy." / "1").
# A number is read only when the page's text carries it as a mark: glued to a word or after a
# stop ("tỉnh1;", "cơ sở).1"), or once after a blank before a clause's stop ("của Chính phủ 1;").
_LONE_DIGITS = regex.compile(r"[ \t]*(\d{1,2})[ \t]*")
# (PDFium's: the number alone on its line, the body under it after one blank and a capital)
_SET_IN_BODY = cached_re.compile(r"\n[ \t]*(\d{1,2})[ \t]*\n (?=[^\W\d_])")
# (a number alone as a piece off the margin, between a table's columns: not a row's number)
_CELL_MARK = regex.compile(
    r"(?:(?<=\S[ \t]{2,60})|(?<=^[ \t]{12,160}))(\d{1,2})(?=[ \t]{2,60}\S|[ \t]{0,60}$)", regex.M
)
# (or glued to a date's year: "ngày 02/3/20261,")
_SPACED_MARK = regex.compile(
    r"(?<=\p{L}[)”\"]?) (\d{1,2})(?=[;,.:](?:[ \t]|$))|(?<=(?<!\d)\d{1,2}/\d{1,2}/20\d\d)(\d{1,2})(?=[\s,.;:]|$)",
    regex.M,
)


def _numbers_over_bodies(
    raw_lines: list[str], run: list[int], nums: list[regex.Match[str] | None]
) -> list[tuple[str, list[int], int]]:
    """The footnotes of a page's foot (the lines ``run``, ``nums`` their lone numbers) printed as
    a layout export prints them: each number alone at the margin, the body's lines under it set in
    by blanks (its wrapped lines in small letters may stand at the margin), the first in a capital;
    (mark, body lines, number's line) each, or empty when the
    foot is not only such notes (from the first number at the margin: the page's text may run
    down to it with no blank line)."""
    first = next((i for i, m in enumerate(nums) if m is not None and raw_lines[run[i]][:1].isdigit()), None)
    if first is None:
        return []
    out: list[tuple[str, list[int], int]] = []
    for k, m in zip(run[first:], nums[first:], strict=True):
        line = raw_lines[k]
        if m is not None:
            if not line[:1].isdigit():
                return []  # (a number set in: a table's row number, not a note's)
            out.append((m.group(1), [], k))
        elif not out or (not out[-1][1] and not line.lstrip()[:1].isupper()):
            return []
        elif not line[:1].isspace() and not (out[-1][1] and line[:1].islower()):
            return []  # (a body's next lines may come back to the margin, going on in small letters)
        else:
            out[-1][1].append(k)
    return out if all(body for _, body, _ in out) else []


_RUNNING_FOOT_INDENT = 20  # a layout export's running foot stands this far off the margin


def _notes_above_foot(
    raw_lines: list[str], page_top: int, j: int, run: list[int]
) -> list[tuple[str, list[int], int]] | None:
    """The notes of :func:`_numbers_over_bodies` in the lines above a page's foot ``run`` when that
    is one line set far off the margin (a running foot, "Kế hoạch số .../KH-UBND"), under a blank
    line or two; None otherwise."""
    if len(run) != 1 or len(raw_lines[j]) - len(raw_lines[j].lstrip()) < _RUNNING_FOOT_INDENT:
        return None
    end = j - 1
    while end > page_top and not raw_lines[end].strip():
        end -= 1
    if end <= page_top or j - end > 3:
        return None
    start = end
    while start > page_top and raw_lines[start - 1].strip():
        start -= 1
    lines = list(range(start, end + 1))
    return _numbers_over_bodies(raw_lines, lines, [_LONE_DIGITS.fullmatch(raw_lines[k]) for k in lines]) or None


def _page_foot_notes(
    raw_lines: list[str], framed: str, text: str, marks: Callable[[], tuple[frozenset[str], frozenset[str]]]
) -> dict[int, str | None]:
    """The lines to change (1-based: the new text, None to drop) to put the footnote bodies of
    pdftotext's default mode and PDFium's back with their numbers (see above); empty when there
    are none. ``framed``: the text between two line breaks; ``marks()``: its :func:`_loose_marks`."""
    out: dict[int, str | None] = {}
    if "\n " in text and "    " not in text and (found := list(_SET_IN_BODY.finditer(framed))):
        # PDFium's text: the number on its line, the body under it set in by one blank
        # ("1" / " Quyết định số ..."), the mark glued in the text, or the body right after
        # another's ("2" / " Số liệu ..."): the body (its lines wrapped in small letters with it,
        # "cháy.") a line up, on the number's, a blank line under it (the page's next text apart)
        last = -9
        n = len(raw_lines)
        no, pos = 0, 0
        for m in found:
            no += framed.count("\n", pos, m.start() + 1)
            pos = m.start() + 1
            k = no - 1  # (0-based: the number's line)
            below = raw_lines[k + 1]
            if below[1:2].isupper() and (m.group(1) in marks()[0] or last == k - 1):
                mark = m.group(1)
                glued = marks()[0]
                out[k + 1] = f"{mark} {below[1:]}" if mark in glued else f"{mark.translate(_DIGIT_TO_SUP)} {below[1:]}"
                end = k + 2
                while end < n and raw_lines[end][:1].islower():
                    out[end] = raw_lines[end]
                    end += 1
                out[end] = ""
                last = end - 1
    if "\f" not in text:
        return out
    top = 0  # (0-based) the first line of the page
    n = len(raw_lines)
    for p in range(1, n):
        if not raw_lines[p].startswith("\f"):
            continue
        page_top, top = top, p
        j = p - 1
        while j > page_top and not raw_lines[j].strip():
            j -= 1
        run_end = j  # the foot's last line
        while j > page_top and raw_lines[j - 1].strip():
            j -= 1
        run = list(range(j, run_end + 1))
        nums = [_LONE_DIGITS.fullmatch(raw_lines[k]) for k in run]
        if nums and all(nums):
            # the numbers, a blank line, the bodies above: no, the numbers over the bodies
            continue
        pairs: list[tuple[str, list[int], int | None]] = []  # (mark, body lines, number's line)
        if (above := _notes_above_foot(raw_lines, page_top, j, run)) is not None:
            # a layout export's notes, then a running foot (set off the margin) under them
            pairs.extend(above)
            j = above[0][2]
        elif nums and nums[-1] is not None and not any(nums[:-1]) and len(run) >= 2:
            # the body's lines, then its number: the body starts after the last line above it that
            # ends a sentence
            mark = nums[-1].group(1)
            start = run_end - 1
            while start > j and not raw_lines[start - 1].rstrip().endswith((".", ";", ":")):
                start -= 1
            pairs.append((mark, list(range(start, run_end)), run_end))
        elif over := _numbers_over_bodies(raw_lines, run, nums):
            # pdftotext -layout: each number at the margin, alone on its line, its body under it
            # set in ("1" / "    Quyết định số ..."), right under the page's text (which the
            # marks are looked for in: down to the first number)
            pairs.extend(over)
            j = over[0][2]
        elif not any(nums):
            # the bodies; over them, a blank line and the numbers
            k = j - 1
            while k > page_top and not raw_lines[k].strip():
                k -= 1
            numbers: list[tuple[str, int]] = []
            while k >= page_top and (m := _LONE_DIGITS.fullmatch(raw_lines[k])) and raw_lines[k].strip():
                numbers.append((m.group(1), k))
                k -= 1
            numbers.reverse()
            if not numbers or len(numbers) != len(run) or j - numbers[-1][1] > 2:
                continue  # (no numbers, or bodies wrapped: which line starts which body)
            pairs.extend((mark, [line], at) for (mark, at), line in zip(numbers, run, strict=True))
        page = "\n".join(raw_lines[page_top:j])
        for mark, body, at in pairs:
            if not body:
                continue
            first = raw_lines[body[0]].lstrip()
            if not first[:1].isupper():
                continue
            sup = mark.translate(_DIGIT_TO_SUP)
            if mark in marks()[0]:  # (the text's loose marks: read when a body asks)
                out[body[0] + 1] = f"{mark} {first}"
            elif len(spaced := [m for m in _SPACED_MARK.finditer(page) if mark in (m.group(1), m.group(2))]) == 1:
                # the mark's place in the text, a superscript there
                m = spaced[0]
                start, end = (m.start(1) - 1, m.end(1)) if m.group(1) else (m.start(2), m.end(2))
                ref = page_top + page.count("\n", 0, start)
                col = start - (page.rfind("\n", 0, start) + 1)
                line = raw_lines[ref]
                out[ref + 1] = line[:col] + sup + line[col + end - start :]
                out[body[0] + 1] = f"{sup} {first}"
            elif len(pairs) > 1:
                # (numbers over bodies line by line: a foot's notes, their marks not found)
                out[body[0] + 1] = f"{sup} {first}"
            elif len(lone := [m for m in _CELL_MARK.finditer(page) if m.group(1) == mark]) == 1:
                # a layout export's mark in a table's cell, raised off its words onto a line of its
                # own: a piece alone between the columns ("giải pháp" / "3    Đo lường ...")
                m = lone[0]
                ref = page_top + page.count("\n", 0, m.start(1))
                col = m.start(1) - (page.rfind("\n", 0, m.start(1)) + 1)
                line = raw_lines[ref]
                out[ref + 1] = line[:col] + sup + line[m.end(1) - m.start(1) + col :]
                out[body[0] + 1] = f"{sup} {first}"
            else:
                continue
            if at is not None:
                out[at + 1] = None
    return out


# ---------------------------------------------------------------------------------------------
# Footnote bodies and marks in their export forms

_FN_BODY = regex.compile(
    r"^\s*(?:(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^(?P<caret>\d{1,3})\]:|\[(?P<br>\d{1,3})\]"
    r"|(?P<par>\d{1,2})\)(?=\s|$)|(?P<num>\d{1,2})(?=\s+[\p{Lu}“\"])|\((?P<pp>\d{1,2})\)(?=\s+[\p{Lu}“\"])"
    r"|\((?P<st>\*{1,3})\)(?=\s+[\p{Lu}“\"]))\s*"
)
_ASCII_DIGITS = frozenset("0123456789")
_FN_START = regex.compile(r"[\d\[⁰¹²³⁴⁵⁶⁷⁸⁹]")  # the first sign of a match of _FN_BODY
# (after a full stop, a comma ... or a closing quote or parenthesis: "cơ sở).1", "toàn diện”3")
_GLUED_DIGIT = regex.compile(r"(?<=[\p{L}\p{M}](?:[)”\"]?[.;,:]|[)”\"]))(\d{1,2})(?=[\s)]|$)")
_GLUED_PAREN = regex.compile(r"(?<=\p{L})(\d{1,2})\)")
# a typed note mark in parentheses glued to the word or sign before it ("đảng viên(1)", "TW.(2)")
# (not after a colon or a semicolon: an inline enumeration "gồm:(1) ...;(2) ...")
_GLUED_PARENREF = regex.compile(r"(?<=[\p{L}\p{M}.,”\"])\((\d{1,2})\)(?=[\s,.;:]|$)")
# ... or set one blank after the sentence's last word or figure, at its end: before a stop and a
# line's end, or the line's end ("trước ngày 30/6/2026 (1).", "của Tỉnh ủy (2)"), not an inline
# enumeration, whose items go on ("gồm (1) Sở Nội vụ, (2) ...")
# a star mark in parentheses after a word, a figure or a sign, glued or after a blank ("Chỉ thị số
# 45-CT/TW(*)", "quán triệt (**)."): its body "(*) ..." under the text or the sign-off
_STAR_REF = regex.compile(r"(?<=[\p{L}\p{M}\d.,;”\")]) ?\((\*{1,3})\)")
_SPACED_PARENREF = regex.compile(r"(?<=[\p{L}\p{M}\d”\")]) \((\d{1,2})\)(?=[.;,]?[ \t]*$)", regex.M)
# a text layer's mark glued to a word ("Ban Bí thư1 và") or to a Party symbol ("57-NQ/TW2,")
_GLUED_WORD = regex.compile(
    r"(?<=(?<![\p{L}\d])(?P<w>\p{L}*\p{Ll})|\d-\p{Lu}{1,4}/\p{Lu}{2,8})(\d{1,2})(?=[\s,.;:]|$)"
)


@functools.cache
def _glued_state_symbol() -> regex.Pattern[str]:
    """A text layer's mark glued to a State symbol whose issuer no digit follows
    ("45/KH-UBND2", "1131/QĐ-TTg3"; not the legislature's term of "UBTVQH15")."""
    issuers = sorted((str(x) for x in load("doctypes")["glued_issuers"] if x != "UBTVQH"), key=len, reverse=True)
    alt = "|".join(regex.escape(x) for x in issuers)
    return regex.compile(rf"(?<=\d/(?:\d{{4}}/)?[\p{{Lu}}Đ]{{1,5}}-(?:{alt}))(\d{{1,2}})(?=[\s,.;:]|$)")


def _glued_words(text: str) -> list[tuple[int, int, str]]:
    """The marks of :data:`_GLUED_WORD` in ``text``: (start, end, mark); the word a mark is
    glued to must be a Vietnamese syllable with a mark of its own (not "m2", "km2", a name or a
    hash with digits: "ndq57", "ab31"); and those glued to a State symbol."""
    out = []
    for m in _GLUED_WORD.finditer(text):
        w = m.group("w")
        if w is not None and not (syllables.is_vietnamese(w) and syllables.is_syllable(w)):
            continue
        out.append((m.start(2), m.end(2), m.group(2)))
    if "-" in text:
        out.extend((m.start(), m.end(), m.group(1)) for m in _glued_state_symbol().finditer(text))
    return out


def _loose_marks(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Footnote marks a text layer printed as plain digits: glued after a full stop or a
    parenthesis (``cơ sở).1``), to a word or a Party symbol (``Ban Bí thư1``, ``57-NQ/TW2``),
    and to a word with a parenthesis (``DOANH NGHIỆP1)``).
    Their bodies are recognised only when such a mark is in the text."""
    digits = (
        frozenset([*_GLUED_DIGIT.findall(text), *(g[2] for g in _glued_words(text))])
        if any(c.isdigit() for c in text)
        else frozenset()
    )
    parens = (
        frozenset(
            [
                *_GLUED_PAREN.findall(text),
                *(f"({n})" for n in _GLUED_PARENREF.findall(text)),
                *(f"({n})" for n in _SPACED_PARENREF.findall(text)),
                *(f"({n})" for n in (_STAR_REF.findall(text) if "(*" in text else ())),
            ]
        )
        if ")" in text
        else frozenset()
    )
    return digits, parens


def _footnote_body(body: str, marks: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """``body`` starts a footnote body: ``¹ text``, ``[1] text`` or ``[1]`` alone, ``[^1]: text``
    (pandoc), ``1 Text`` (a text layer, when ``.1`` is glued in the text), ``1)`` alone (when
    ``word1)`` is). ``marks()``: the text's :func:`_loose_marks`."""
    m = _FN_BODY.match(body)
    if m is None:
        return False
    if m.group("sup"):
        return bool(m.end() < len(body))
    if m.group("num"):
        return bool(m.group("num") in marks()[0])
    if m.group("par"):
        return bool(m.group("par") in marks()[1]) and not body[m.end() :].strip()
    if m.group("pp"):
        return f"({m.group('pp')})" in marks()[1]
    if m.group("st"):
        return f"({m.group('st')})" in marks()[1]
    return True


def _cites_note(group: list[Line], note: list[Line]) -> bool:
    """The paragraph ``group`` carries the ``[n]`` reference of the footnote body ``note`` right
    after it (a DOCX reader puts each body after the paragraph that refers to it): the text, not
    a line of the body before it."""
    found = _footnote_mark(note[0].text)
    return found is not None and found[2] == "br" and any(f"[{found[0]}]" in ln.text for ln in group)


def _footnote_mark(text: str) -> tuple[str, int, str] | None:
    """The mark of a footnote body line, where its text starts, and the form of the mark."""
    m = _FN_BODY.match(text)
    if m is None:
        return None
    form = next(k for k in ("sup", "caret", "br", "par", "num", "pp", "st") if m.group(k))
    mark = m.group(form).translate(_SUP_TO_DIGIT)
    return (f"{mark})" if form == "par" else f"({mark})" if form in ("pp", "st") else mark), m.end(), form


_COLUMN_GAP = regex.compile(r"(?<=\S)(?: {4,}|\t+ *)(?=\S)")


def _has_column_gap(body: str) -> bool:
    """``_COLUMN_GAP`` is in ``body``: looked for only when four blanks or a tab are (most lines
    of a header have neither: the pattern's look-behind first is tried at every position)."""
    return ("    " in body or "\t" in body) and _COLUMN_GAP.search(body) is not None
_HEAD_ZONE = 14  # non-blank lines at the top where the two header columns may share a line


def _split_columns(
    numbered: list[tuple[int, str]], text: str, furniture: Mapping[int, str] | None = None
) -> list[tuple[int, str]]:
    """The two columns of the header or the sign-off printed side by side, one line per column,
    both keeping the line number; a column reads down before the next one starts ("UBND / TỈNH
    X", then "CỘNG HÒA / Độc lập").

    Three exports: cells with ``|`` borders; a layout-preserving text export (``pdftotext
    -layout``: runs of blanks between the columns, and a line with one column only placed by
    where it starts); and an OCR or raw text export that joins the columns with one blank,
    split before a header item that cannot continue the text on its left (the national title,
    the motto, a place-and-date line, a sign-off authority after "Nơi nhận:").

    ``text``: the lines of ``numbered`` joined by line breaks; ``furniture``: the page's lines
    (page numbers, running headers), which a run of two columns goes on over (a sign-off that a
    page break cuts: "- Trưởng Ban (để b/c);" / "2" / "\f- Lưu: VT.      Nguyễn Văn A")."""
    out: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []  # right-hand column of the current run of split lines
    right_at: int | None = None  # where the right-hand column starts in a layout export's run
    mids: tuple[float, float] | None = None  # the middles of the run's left and right first parts
    anchored = False  # the current run was split at header items (no blanks to place lines by)
    # the current run's columns are set apart by tabs (a copy from Word or a browser: a line's
    # place says nothing), and it opened under lines of the left cell with no tab (a table
    # copied cell by cell: "ỦY BAN NHÂN DÂN" / "TỈNH X<TAB>CỘNG HÒA ..." / "Độc lập ...")
    tabbed = cells = False
    seen = 0
    signoff = False  # inside a sign-off table ("| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |")
    zone = 0  # lines left in a sign-off printed in two columns ("Nơi nhận:      CHÁNH VĂN PHÒNG")
    joint = False  # the run opened with two authorities side by side (two signers: a joint sign-off)
    blank_before = False
    stops = _column_stops(text)
    k = 0  # the next of the stops
    i, n = 0, len(numbered)
    while i < n:
        if right_at is None and not right and not signoff and seen > _HEAD_ZONE:
            # past the header, no run of two columns open: the lines up to the next one that
            # may start a sign-off are lines of one column, as the steps below would find
            while k < len(stops) and stops[k] < i:
                k += 1
            j = stops[k] if k < len(stops) else n
            if j > i:
                out.extend(numbered[i:j])
                blank_before = not numbered[j - 1][1].strip()
                anchored = False
                zone = max(zone - (j - i), 0)
                i = j
                continue
        no, raw = numbered[i]
        i += 1
        if furniture and no in furniture and (right_at is not None or right):
            # (the page's line, dropped later: the run goes on over it and the blank lines of
            # the page's foot before it)
            out.append((no, raw))
            blank_before = False
            continue
        body = raw.strip()
        if body:
            seen += 1
        zone = max(zone - 1, 0)
        head = seen <= _HEAD_ZONE
        if right_at is not None and (
            (not (joint and zone > 0 and not body) and _run_ends(raw, right_at, blank_before, zone > 0, head))
            or (head and right and _body_under_header(body, right))
        ):
            # (two signers side by side keep their columns over the signature space's blank lines,
            # down to their names: "Giàng Seo Phử          Hoàng Thị Mai")
            # a layout export's run of two columns ends at a blank line in the header; in the
            # sign-off (signature space between the titles and the names) at two blank lines or
            # a block of the left column only
            out.extend(right)
            right, right_at = [], None
        blank_before = not body
        lead = len(raw) - len(raw.lstrip())
        parts = [body]
        layout = False
        in_zone = seen <= _HEAD_ZONE or (
            (
                any(w in body[:14] for w in _layout_words()["recipients"])
                or body.lstrip("*_")[:2] in ("TM", "KT", "T/", "K/")
            )
            and bool(_layout_rx("noi_nhan").match(body.lstrip("*_")) or _TWO_AUTHORITIES.match(body))
        ) or ("\t" in body and _TAB_AUTHORITY.search(body) is not None)
        if "|" in body and (signoff or _layout_rx("signoff_row").match(body)):
            signoff = True
            parts = _pipe_cells(body, signoff=True)
        elif seen <= _HEAD_ZONE and "|" in body:
            parts = _pipe_cells(body)
        elif right_at is not None:
            parts = _tab_parts(raw, cells) if tabbed else _placed_parts(raw, right_at, mids)
        elif in_zone and len(body) < 160 and _has_column_gap(body):
            parts = _column_parts(body)
            layout = len(parts) == 2
            if len(parts) == 1 and seen <= _HEAD_ZONE:
                # (helper 74) the blanks of a draft's number or date, the columns joined by one blank
                # ("Số      -KH/ĐU Ia Grai, ngày    tháng 12 năm 2026"): split at the header item
                parts = _head_parts(body)
                anchored = anchored or len(parts) == 2
            joint = layout and _TWO_AUTHORITIES.match(body) is not None
            if layout and (seen > _HEAD_ZONE or joint or _layout_rx("noi_nhan").match(body)):
                # (a short letter's "Nơi nhận:" may stand among the first lines)
                zone = _SIGNOFF_ZONE
        elif anchored and body[:1] in "-+–" and (tail := _TITLE_TAIL.search(body)) is not None:
            # the signer's title joined by one blank to an item of the Nơi nhận list (an OCR copy:
            # "Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- Như trên; KT. CHỦ TỊCH" / "- Lưu: VT. PHÓ CHỦ TỊCH")
            parts = [body[: tail.start()].rstrip(), tail.group().strip()]
        elif anchored and right and body[:1] in "-+–" and (at := _small_title_tail(body)) is not None:
            # (helper 80) the end of the signer's title in small letters joined so to an item of the
            # list ("- Thường trực Tỉnh ủy (b/c); kiêm Trưởng ban", "- Như trên; Thường trực")
            parts = [body[:at].rstrip(), body[at:].strip()]
        elif anchored and right and body[:1] in "-+–" and (at := _name_tail(body)) is not None:
            # (helper 74) the signer's name joined so to the list's last items ("- Lưu: VT, KGVX.
            # Lê Thị Hoa"), a family name first
            parts = [body[:at].rstrip(), body[at:].strip()]
        elif in_zone and body and len(body) < 160:
            parts = _head_parts(body)
            anchored = anchored or len(parts) == 2
        if "|" not in body:
            signoff = False
        if layout:
            right_at = lead + body.rfind(parts[1])
            mids = (lead + len(parts[0]) / 2, right_at + len(parts[1]) / 2)
            tabbed = "\t" in body[len(parts[0]) : body.rfind(parts[1])]
            above = numbered[i - 2][1] if i >= 2 else ""
            cells = tabbed and bool(above.strip()) and "\t" not in above.strip()
        if len(parts) == 2:
            # a web table's cell holds its lines with HTML breaks ("Nơi nhận:<br>- Như trên;")
            out.extend((no, x) for x in _cell_lines(parts[0]))
            right.extend((no, x) for x in _cell_lines(parts[1]))
            continue
        if (anchored or right_at is not None) and not body and right:
            out.append((no, raw))  # a blank line inside a run of two columns
            continue
        if anchored and right and body[:1] in "-+–" and right_at is None:
            # an item of the Nơi nhận list with nothing beside it: the list goes on (the
            # signer's lines beside it are read after it)
            out.append((no, raw))
            continue
        out.extend(right)
        right, right_at, anchored = [], None, False
        if len(parts) > 2:
            out.extend((no, part) for part in parts)
        elif body and body[:1] in "TKNn" and (flat := _flat_signoff(body)) is not None:
            out.extend((no, part) for part in flat)
        else:
            out.append((no, raw))
    out.extend(right)
    return out


def _flat_signoff(body: str) -> list[str] | None:
    """The lines of a sign-off a copy flattened into one line of plain text: the Nơi nhận list
    ("Nơi nhận: - Như trên; - Lưu: VT."), the authorities and the title ("TM. ỦY BAN NHÂN DÂN KT.
    CHỦ TỊCH PHÓ CHỦ TỊCH"); None for any other line."""
    # (the label starts with "N", or a small letter before it; an authority with a sign of
    # "[*_\s]" or its "T" or "K": the other pattern is not tried)
    first = body[:1]
    if not (first in "TK" or first.isspace()) and _layout_rx("noi_nhan").match(body):
        got = _cell_lines(body) if (";" in body or "," in body) and " - " in body else [body]
    elif first not in "Nn" and _AUTHORITY_START.match(body):
        got = _unflatten(body)
    else:
        return None
    return got if len(got) > 1 else None


# a line that starts with "TM.", "KT.", "T/M", "K/T" (after blanks: ``str.strip``'s, which are
# the ``\s`` of the standard library's engine), from the line break before it
_SIGN_START = cached_re.compile(r"\n[^\S\n]*(?:TM|KT|T/|K/)")
# a signing authority after a tab, beside the last item of the Nơi nhận list in a table copied
# cell by cell ("- Lưu: VT.<TAB>TM. ỦY BAN NHÂN DÂN")
# the abbreviations that open a signing authority ("TM.", "KT.", "T/M" ...)
_AUTHORITY_ABBR = r"(?:TM\.|KT\.|T/M|K/T|TL\.|T/L|TUQ\.)"
_TAB_AUTHORITY = cached_re.compile(r"(?<=\S)\t[\t ]*" + _AUTHORITY_ABBR)


def _column_stops(text: str) -> list[int]:
    """The indexes of the lines of ``text`` that may start a sign-off, ascending: those that
    hold "Nơi nhận" (also in a table row), and those that start with a signing authority."""
    framed = "\n" + text
    at = [m.start() + 1 for m in _SIGN_START.finditer(framed)]  # (the line's first character)
    if "\t" in framed:
        at.extend(m.start() for m in _TAB_AUTHORITY.finditer(framed))
    for word in _layout_words()["recipients"]:
        k = framed.find(word)
        while k >= 0:
            at.append(k)
            k = framed.find(word, k + 1)
    stops: list[int] = []
    breaks, pos = 0, 0
    for k in sorted(at):
        breaks += framed.count("\n", pos, k)
        pos = k
        if not stops or stops[-1] != breaks - 1:
            stops.append(breaks - 1)
    return stops


def _body_under_header(body: str, right: list[tuple[int, str]]) -> bool:
    """``body``, a line of one column under a header's run of two columns whose right-hand column
    has reached its place-and-date line, opens the body: a type heading ("KẾ HOẠCH"), a numbered
    item, a letter's "Kính gửi:", a legal basis or a first paragraph's opening ("Căn cứ ...",
    "Thực hiện ...") (a layout export with no blank line under the header)."""
    if not body or _COLUMN_GAP.search(body) is not None:
        return False
    bare = body.strip("*_ ")
    if (
        bare not in _type_headings()
        and _layout_rx("item_start").match(bare) is None
        and data_pattern("doctypes", "header", "kinh_gui", regex.IGNORECASE).match(bare) is None
        and _body_openers().match(bare) is None
    ):
        return False
    return any(_names_date(text) for _, text in right)


def _names_date(text: str) -> bool:
    """``text`` is a place-and-date line (doctypes.yaml ``layout.place_date``)."""
    return _layout_words()["anchors"][0] in text and _layout_rx("place_date").search(text) is not None


@functools.cache
def _body_openers() -> regex.Pattern[str]:
    """The openings of a legal basis or a first paragraph (doctypes.yaml ``basis_openers``,
    ``body_openers``) as whole words."""
    data = load("doctypes")
    return regex.compile(r"(?:" + alternation([*data["basis_openers"], *data["body_openers"]]) + r")(?!\w)")


@functools.cache
def _type_headings() -> frozenset[str]:
    """The headings of the document types (doctypes.yaml ``headings``)."""
    return frozenset(load("doctypes")["headings"])


def _run_ends(raw: str, right_at: int, blank_before: bool, signoff: bool, head: bool) -> bool:
    body = raw.strip()
    if signoff:
        if not body:
            return blank_before
        return blank_before and not _placed_parts(raw, right_at)[1]
    return not (body and head)


def _tab_parts(raw: str, cells: bool) -> list[str]:
    """A line of a run of two columns set apart by tabs: split at its first tab between text;
    a line with no tab goes to the right-hand column when it starts with a tab, or when the
    run is a table copied cell by cell (the right cell's lines follow the line that holds the
    tab: "- Lưu: VT.<TAB>TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"); else to the left one."""
    body = raw.strip()
    if not body:
        return [body]
    at = body.find("\t")
    if at >= 0 and not _layout_rx("list_label").match(body[:at]):
        return [body[:at].strip(), body[at:].strip()]
    if at >= 0:
        return [body, ""]  # (a list label and its text: "1.<TAB>Nội dung")
    if cells or raw[:1] == "\t":
        return ["", body]
    return [body, ""]


def _placed_parts(raw: str, right_at: int, mids: tuple[float, float] | None = None) -> list[str]:
    """A line of a layout export's two-column run: split at the gap that reaches the right-hand
    column, or given to one column by where it starts. With ``mids`` (the middles of the run's
    first left and right parts), a part centred under the right-hand column that starts left of
    it (a place-and-date line longer than the national title above it) goes there too."""
    body = raw.strip()
    if not body:
        return [body]
    lead = len(raw) - len(raw.lstrip())
    for gap in _COLUMN_GAP.finditer(raw):
        if gap.end() >= right_at - _COLUMN_SLACK and raw[: gap.start()].strip():
            return [raw[: gap.start()].strip(), raw[gap.end() :].strip()]
    if lead >= right_at - _COLUMN_SLACK:
        return ["", body]
    if mids is not None:
        left_mid, right_mid = mids

        def under_right(start: int, text: str) -> bool:
            mid = start + len(text) / 2
            return start > left_mid and abs(mid - right_mid) < abs(mid - left_mid)

        for gap in _COLUMN_GAP.finditer(raw):
            rest = raw[gap.end() :].strip()
            if raw[: gap.start()].strip() and under_right(gap.end(), rest):
                return [raw[: gap.start()].strip(), rest]
        if under_right(lead, body):
            return ["", body]
    return [body, ""]


# an upper-case title of two words or more ending an item of the Nơi nhận list
# (after the authority it signs by: "- Như trên; KT. CHỦ TỊCH")
_TITLE_TAIL = regex.compile(
    r"(?<=[;,.])\s+[*_]{0,3}(?:(?:TM|KT|TL|TUQ|Q)\.\s*|[TK]/[ML]\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,6}[*_]{0,3}$"
)
# (helper 74) a personal name ending an item of the Nơi nhận list after its full stop or semicolon
_NAME_TAIL = regex.compile(r"(?<=[;.])\s+[*_]{0,3}(?P<n>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})[*_]{0,3}$")


@functools.cache
def signer_rank_source() -> str:
    """(helper 80) A rank or a degree written before the signer's name (doctypes.yaml ``signer_ranks``,
    ``signer_rank_words``: "Đại tá", "Bác sĩ"), or degrees as abbreviations joined by full stops
    (``signer_degrees``: "PGS.TS", "PGS. TS.", "Ths."), a full stop or a blank after the last."""
    data = load("doctypes")
    degree = alternation(data["signer_degrees"])
    words = alternation(data["signer_ranks"] + data["signer_rank_words"])
    return words + r"|(?:" + degree + r")(?:\.\s*(?:" + degree + r"))*(?:\.|(?=\s))"


@functools.cache
def _small_title_tails() -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """(helper 80) The words that open the end of a signer's title in small letters (doctypes.yaml
    ``header_words.concurrent_open``, ``signer_title_tails``), and the pattern of such an end after an
    item's semicolon, comma or full stop: "kiêm" and a capital ("kiêm Trưởng ban"), or a tail whole."""
    data = load("doctypes")
    opens = [str(w) for w in data["header_words"]["concurrent_open"]]
    tails = [str(w) for w in data["signer_title_tails"]]
    return tuple(opens + tails), regex.compile(
        r"(?<=[;,.])\s+(?P<t>(?:" + alternation(opens) + r")\s+\p{Lu}[\p{L}\s&]{1,60}|(?:"
        + alternation(tails) + r"))$"
    )


def _small_title_tail(body: str) -> int | None:
    """(helper 80) Where the end of a signer's title in small letters starts that a copy joined by one
    blank to an item of the Nơi nhận list ("- Lưu: VT; kiêm Chủ tịch HĐND xã"); else None."""
    words, tail = _small_title_tails()
    if body[-1:] in ".;,)" or not any(w in body for w in words):
        return None
    m = tail.search(body)
    return None if m is None else int(m.start("t"))


@functools.cache
def _ranked_name_tail() -> regex.Pattern[str]:
    """(helper 80) :data:`_NAME_TAIL` with a rank or a degree before the name ("- Lưu: VT. Đại tá Trần
    Minh Sơn", "- Lưu: VT. PGS.TS Lê Văn Bình")."""
    name = r"(?P<n>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})"
    return regex.compile(r"(?<=[;.])\s+[*_]{0,3}(?P<r>" + signer_rank_source() + r")\s*" + name + r"[*_]{0,3}$")


@functools.cache
def _signed_tail() -> regex.Pattern[str]:
    """The mark of the signature in brackets (doctypes.yaml ``signed_marks``) ending an item of the
    Nơi nhận list after its full stop or semicolon."""
    marks = sorted((str(m) for m in load("doctypes")["signed_marks"]), key=len, reverse=True)
    alt = "|".join(r"\s*".join(regex.escape(w) for w in m.split()) for m in marks)
    return regex.compile(r"(?<=[;.])\s+(?P<n>[(\[](?:" + alt + r")[)\]])$", regex.IGNORECASE)


@functools.cache
def _name_tail_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """Family names, the words a unit's name opens with, the provinces' names (a name a family name
    may open: "Lâm Đồng") and the abbreviations that open a place ("TP.")."""
    data = load("doctypes")
    return (
        frozenset(str(w) for w in data["signer_surnames"]),
        frozenset(str(w) for w in data["stamp_unit_words"]),
        frozenset(str(p) for p in load("slips")["place_names"]),
        tuple(f" {p}." for p in data["place_prefixes"]),
    )


def _name_tail(body: str) -> int | None:
    """Where a signer's name starts that a copy joined by one blank to an item of the Nơi nhận
    list ("- Lưu: VT, KGVX. Lê Thị Hoa"): a family name first, not a unit's word last ("Văn
    Phòng"); else None.

    >>> _name_tail("- Lưu: VT, KGVX. Lê Thị Hoa"), _name_tail("- Lưu: VT; Văn Phòng")
    (17, None)
    >>> _name_tail("- Lưu: VT. Đoàn Minh Trí"), _name_tail("- Như trên; (Đã ký)"), _name_tail("- Như trên; (b/c)")
    (11, 12, None)
    >>> _name_tail("- Như trên;"), _name_tail("- Sở Tài chính; Ban Dân tộc"), _name_tail("- Lưu UBKT. Y Ngọc Niê")
    (None, None, 12)
    >>> _name_tail("- UBND TP. Hà Nội"), _name_tail("- Sở Nội vụ; Lâm Đồng")
    (None, None)
    """
    if body[-1:] in ")]" and (mark := _signed_tail().search(body)) is not None:
        return int(mark.start("n"))  # (the mark that stands for the signature: "- Như trên; (Đã ký)")
    if body[-1:] in ".;,":
        return None
    ranked = _ranked_name_tail().search(body)  # (helper 80: a rank or a degree before the name)
    if (m := ranked or _NAME_TAIL.search(body)) is None:
        return None
    surnames, units, places, prefixes = _name_tail_words()
    words = m.group("n").split()
    if " ".join(words) in places or body[: m.start()].endswith(prefixes):
        return None  # (a place: "- UBND TP. Hà Nội", "...; Lâm Đồng")
    return m.start("r" if ranked else "n") if words[0] in surnames and words[-1] not in units else None


_COLUMN_SLACK = 6  # a column's lines may start a few characters left of its first line
_SIGNOFF_ZONE = 25  # lines of a two-column sign-off after the "Nơi nhận:" line
# two signers side by side (a joint document): "TM. BAN THƯỜNG TRỰC      TM. ỦY BAN NHÂN DÂN"
_TWO_AUTHORITIES = regex.compile(r"^(?:T/M|K/T|TM\.|KT\.)\s.*\S(?: {4,}|\t+ *)(?:T/M|K/T|TM\.|KT\.)\s")


@functools.cache
def _anchor_pattern() -> regex.Pattern[str]:
    sources = _sources()
    return regex.compile(f"{sources['at_blanks']}{sources['at_motto']}")


@functools.cache
def _anchor_halves() -> tuple[regex.Pattern[str], regex.Pattern[str], cached_re.Pattern[str] | None]:
    """:func:`_anchor_pattern` in two: its branches that split at blanks (before an item or a place
    and date), and those that split at the motto (glued to a digit before it or to a place and
    date after it); and the first words of the mottos, one of which each match of the second holds,
    as one pattern of the standard library's engine (None when one is not known). (The leftmost
    match of the two is the whole pattern's: at one place, the first branches are tried first.)"""
    sources = _sources()
    at_blanks, at_motto, motto_words = sources["at_blanks"], sources["at_motto"], sources["motto_words"]
    assert at_blanks is not None and at_motto is not None
    words = None if motto_words is None else cached_re.compile(motto_words)
    return regex.compile(at_blanks), regex.compile(at_motto.removeprefix("|")), words


@functools.cache
def _sources() -> dict[str, str | None]:
    """Pattern sources built from the words of doctypes.yaml, kept between processes: the
    branches of :func:`_anchor_pattern` (:func:`_anchor_branches`: ``at_blanks``, ``at_motto``),
    the first words of the mottos (``motto_words``, for :func:`_anchor_halves`), those of
    :func:`_anchor_words` and of :func:`_anchor_items` (``anchor_words``, ``anchor_items``; None
    for a pattern that is not made), the ends of a signer's title (``title_tails``, for
    :func:`_flat_sign`)."""

    def build() -> dict[str, str | None]:
        data = load("doctypes")
        at_blanks, at_motto = _anchor_branches()
        mottos = [m.split(" - ")[0].split() for m in data["mottos"]]
        firsts = _anchor_firsts()
        anchors = dict.fromkeys([*firsts, *_layout_words()["anchors"]])
        items = dict.fromkeys([*firsts, "V/v", "V/V"])
        return {
            "at_blanks": at_blanks,
            "at_motto": at_motto,
            "motto_words": None if not all(mottos) else "|".join(cached_re.escape(w[0]) for w in mottos),
            "anchor_words": None if not all(firsts) else "|".join(cached_re.escape(w) for w in anchors),
            "anchor_items": None if not all(firsts) else "|".join(cached_re.escape(w) for w in items),
            "title_tails": alternation(data["signer_title_tails"]),
        }

    return cache.kept(
        "layout-sources",
        build,
        data=["doctypes"],
        sources=[__file__],
    )


def _anchor_branches() -> tuple[str, str]:
    """The branches of :func:`_anchor_pattern`: those that split at blanks, then (after a "|")
    those that split at the motto."""
    data = load("doctypes")
    titles = [t for group in data["national_titles"].values() for t in group]
    title_alt = alternation(titles)
    motto = "|".join(
        r"\s*[-–—]\s*".join(regex.escape(w).replace(r"\ ", r"\s+") for w in m.split(" - ")) for m in data["mottos"]
    )
    auth = alternation(a for a in data["authorities"] if "/" in a or a.endswith("."))
    place_date = str(data["layout"]["place_date"])
    # (not after the abbreviation that opens a place: "TP. Hồ Chí Minh, ngày ...", "TX. Hồng Lĩnh")
    prefix = alternation(data["place_prefixes"])
    # (a text layer may glue the columns with no blank: "... năm 2026Độc lập - Tự do - Hạnh
    # phúc", "Độc lập - Tự do - Hạnh phúcHà Nội, ngày ...")
    # (each item maybe in bold or italics a converter wrote: "**ỦY BAN NHÂN DÂN** **CỘNG HÒA ...**",
    # "Số: 305/KH-UBND _Đức Phổ, ngày 20 tháng 11 năm 2026_")
    e = "[*_]{0,3}"
    place_date = place_date.replace(r"\s*$", rf"\s*{e}\s*$")
    return (
        rf"(?<=\S)\s+(?={e}(?:{title_alt}){e}\s*$|{e}(?:{motto}){e}\s*$|{e}(?:{auth})\s+\p{{Lu}}|V/[vV]\b)"
        rf"|(?<=\S)(?<!(?:^|\s)(?:{prefix})\.?)\s+(?={e}{place_date})",
        rf"|(?<=\d)(?=(?:{motto})\s*$)|(?<=^(?:{motto}))(?={place_date})",
    )


def _anchor_firsts() -> list[str]:
    """The first words of the national titles, the mottos and the authorities that
    :func:`_anchor_pattern` splits a line before ("" for one without a word)."""
    data = load("doctypes")
    firsts = [t for group in data["national_titles"].values() for t in group]
    firsts += [m.split(" - ")[0] for m in data["mottos"]]
    firsts += [a for a in data["authorities"] if "/" in a or a.endswith(".")]
    return [f.split()[0] if f.split() else "" for f in firsts]


@functools.cache
def _anchor_words() -> cached_re.Pattern[str] | None:
    """The words one of which each match of :func:`_anchor_pattern` holds (the first word of a
    national title, of a motto or of an authority, "ngày": a place and date, "V/v": a subject),
    as one pattern of the standard library's engine (it finds plain words fastest); None when
    one is not known."""
    source = _sources()["anchor_words"]
    return None if source is None else cached_re.compile(source)


@functools.cache
def _anchor_items() -> cached_re.Pattern[str] | None:
    """The words of :func:`_anchor_words` but "ngày": one of them is in each match of
    :func:`_anchor_pattern` but a place and date's, which ends the line with a year (a line that
    holds none of them and does not end with four digits, maybe a full stop, has no match); None
    when one is not known."""
    source = _sources()["anchor_items"]
    return None if source is None else cached_re.compile(source)


def _anchor_parts(body: str) -> list[str]:
    """Split a line where a header item starts after other text (``ỦY BAN NHÂN DÂN CỘNG HÒA XÃ
    HỘI CHỦ NGHĨA VIỆT NAM``, ``Số: 15/QĐ-UBND Hà Tiên, ngày 3 tháng 2 năm 2026``, ``Nơi nhận:
    TM. ỦY BAN NHÂN DÂN``); else the line as it is.

    >>> _anchor_parts("PHƯỜNG AN HÒA Độc lập - Tự do - Hạnh phúc")
    ['PHƯỜNG AN HÒA', 'Độc lập - Tự do - Hạnh phúc']
    >>> _anchor_parts("Số: 15/QĐ-UBND Hà Tiên, ngày 3 tháng 2 năm 2026")
    ['Số: 15/QĐ-UBND', 'Hà Tiên, ngày 3 tháng 2 năm 2026']
    >>> _anchor_parts("Độc lập - Tự do - Hạnh phúcHà Nội, ngày 3 tháng 6 năm 2026")
    ['Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 3 tháng 6 năm 2026']
    >>> _anchor_parts("TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026")
    ['TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2026']
    >>> _anchor_parts("Căn cứ Luật ngày 16 tháng 6 năm 2025")
    ['Căn cứ Luật ngày 16 tháng 6 năm 2025']
    """
    words = _anchor_words()
    if words is not None and words.search(body) is None:
        return [body]  # (no word a header item starts with: the pattern is not tried)
    items = _anchor_items()
    if items is not None and not _year_end(body) and items.search(body) is None:
        return [body]  # ("ngày" only, in a line that does not end with a year: no place and date)
    at_blanks, at_motto, motto_words = _anchor_halves()
    m = at_blanks.search(body)
    if motto_words is None or motto_words.search(body) is not None:
        # (the motto's branches, tried only on a line that holds the motto's first word)
        glued = at_motto.search(body)
        if glued is not None and (m is None or glued.start() < m.start()):
            m = glued
    if m is None:
        return [body]
    left, right = body[: m.start()].strip(), body[m.end() :].strip()
    if owned_title(left, right):
        return [body]
    bare = left.strip("*_ ")  # (an item in bold or italics: "**Nơi nhận:**", "**ỦY BAN NHÂN DÂN**")
    if _layout_rx("noi_nhan").match(body.lstrip("*_")):
        return [left, right] if _layout_rx("noi_nhan_cell").fullmatch(bare) else [body]
    # the text on the left must be a header item too: upper-case words, the number, the motto
    if (
        mostly_upper(bare)
        or _layout_rx("head_cell").match(bare)
        or _layout_rx("motto_cell", regex.IGNORECASE).match(bare)
    ):
        return [left, right]
    return [body]


# a reference mark or a footnote's number after the year of a place-and-date line ("năm 2026 (*)",
# "năm 2026 (1)", "năm 2026¹", "năm 2026 1"), as doctypes.yaml header.date_line and layout.place_date
_YEAR_MARK = regex.compile(r"(?<=\d{4}\.?)\s*(?:\((?:\**|\d{1,2})\)|\[\d{1,2}\]|[¹²³⁴-⁹⁰]{1,2}|\s\d{1,2})$")
_YEAR_MARK_LAST = frozenset(")]¹²³⁴⁵⁶⁷⁸⁹⁰0123456789")


def _year_end(body: str) -> bool:
    """``body`` ends with four digits (a year), maybe a full stop or a mark after them.

    >>> [_year_end(t) for t in ("ngày 3 tháng 2 năm 2026.", "năm 2026 (1)", "năm 2026¹", "năm 2026 1", "Điều 12")]
    [True, True, True, True, False]
    """
    tail = body.rstrip().rstrip("*_.").rstrip()
    if tail[-4:].isdigit():
        return True
    if tail[-1:] in _YEAR_MARK_LAST and (m := _YEAR_MARK.search(tail)) is not None:
        return tail[: m.start()].rstrip(".")[-4:].isdigit()
    return False


def _head_parts(body: str) -> list[str]:
    """:func:`_anchor_parts`, the issuer's last line kept whole when it stands on the line of the
    place and date ("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày ..."): the pattern cuts inside the capitals
    (the place may be up to five capitalised words); the place is the words in title case.

    >>> _head_parts("HUYỆN ỦY ĐÔNG SƠN Đông Sơn, ngày 18 tháng 3 năm 2026")
    ['HUYỆN ỦY ĐÔNG SƠN', 'Đông Sơn, ngày 18 tháng 3 năm 2026']
    """
    parts = _anchor_parts(body)
    if len(parts) == 2:
        left, right = parts
        if right[:1].isupper() and (moved := _issuer_words_of_place(right)):
            return [f"{left} {right[:moved]}", right[moved:].lstrip()]
        if left.isupper() and right[:1].isupper() and (at := _capital_place_at(body)) is not None:
            return [body[:at].rstrip(), body[at:]] if at else [body]
    return parts


def _capital_place_at(body: str) -> int | None:
    """Where the place of a place-and-date line starts when the issuer's last line and the place
    before it are all in capitals ("ĐẢNG ỦY XÃ ĐẮK MIL ĐẮK MIL, ngày ..."): at the words that
    repeat the words before them, or at a province's name that no level word ("TỈNH", "THÀNH
    PHỐ") owns; 0 when the whole line before the date is one province's name; None when neither.

    >>> body = "ĐẢNG ỦY XÃ ĐẮK MIL ĐẮK MIL, ngày 3 tháng 2 năm 2026"
    >>> body[_capital_place_at(body):]
    'ĐẮK MIL, ngày 3 tháng 2 năm 2026'
    >>> body = "SỞ Y TẾ HÀ NỘI, ngày 3 tháng 2 năm 2026"
    >>> body[_capital_place_at(body):]
    'HÀ NỘI, ngày 3 tháng 2 năm 2026'
    >>> _capital_place_at("ĐẮK LẮK, ngày 3 tháng 2 năm 2026"), _capital_place_at("UBND TỈNH LÂM ĐỒNG, ngày 3/2/2026")
    (0, None)
    """
    words = body.split()
    d = _date_word_at(words)
    if d == len(words) or d == 0:
        return None
    names = words[:d]
    names[-1] = names[-1].rstrip(",")
    if not all(w.isalpha() and w.isupper() for w in names if w):
        return None
    n = len(names)
    place = next((p for p in range(n // 2, 0, -1) if names[n - p :] == names[n - 2 * p : n - p]), 0)
    if not place:
        provinces, levels = _capital_places()
        place = next((p for p in range(min(n, 4), 0, -1) if " ".join(names[n - p :]) in provinces), 0)
        if not place:
            return None
        if place == n:
            return 0
        if any(" ".join(names[k : n - place]) in levels for k in range(max(0, n - place - 2), n - place)):
            return None  # ("UBND TỈNH LÂM ĐỒNG, ngày ...": the province's name is the issuer's)
    at = 0
    for w in words[: n - place]:
        at = body.index(w, at) + len(w)
    return body.index(names[n - place], at)


@functools.cache
def _capital_places() -> tuple[frozenset[str], frozenset[str]]:
    """The provinces' names in capitals and the level words in capitals that may stand before
    one in an issuer's name (slips.yaml ``place_names``, ``place_levels``)."""
    data = load("slips")
    names = frozenset(" ".join(str(p).upper().split()) for p in data["place_names"])
    return names, frozenset(" ".join(str(p).upper().split()) for p in data["place_levels"])


def _issuer_words_of_place(right: str) -> int:
    """The length of the words in capitals that open the place of a place-and-date line before
    words in title case ("ỦY ĐÔNG SƠN Đông Sơn, ngày ..." -> 12: the end of an issuer's name in
    the other column); 0 when the place is all in capitals or in title case, or opens with an
    abbreviation ("TP. Hồ Chí Minh", "TX Hồng Lĩnh"), which the words in capitals may stand before.

    >>> _issuer_words_of_place("XÃ AN PHÚ An Phú, ngày 3 tháng 2 năm 2026")
    9
    >>> _issuer_words_of_place("Y TẾ Huế, ngày 3 tháng 2 năm 2026")
    4
    >>> _issuer_words_of_place("SƠN TÂY Thị xã Sơn Tây, ngày 3 tháng 2 năm 2026")
    7
    >>> _issuer_words_of_place("ĐẮK LẮK, ngày 3 tháng 2 năm 2026")
    0
    >>> _issuer_words_of_place("TP Hồ Chí Minh, ngày 3 tháng 2 năm 2026")
    0
    """
    words = right.split(",", 1)[0].split()
    words = words[: _date_word_at(words)]
    prefixes = _place_prefixes()
    end = 0
    dashes = ("-", "–")
    for k, w in enumerate(words):
        if w in dashes and k > 0 and k + 1 < len(words) and words[k + 1].isupper():
            continue  # ("BÀ RỊA - VŨNG TÀU")
        if k > 0 and w.isdigit() and len(w) <= 2:
            end = k + 1  # ("UBND QUẬN 3 Quận 3, ngày ...")
            continue
        if not (w.isalpha() and w.isupper()) or w in prefixes:
            break
        end = k + 1
    rest = words[end:]
    if rest and rest[0].rstrip(".") in prefixes:
        rest = rest[1:]  # ("SỞ Y TẾ TP. Hồ Chí Minh, ngày ...")
    # (the place after them: one to five words in title case, then the date)
    levels = _layout_words()["place_levels"]
    if end == 0 or not rest or len(rest) > 5 or not rest[0][:1].isupper():
        return 0
    if not all((w[:1].isupper() and not w.isupper()) or w in levels or w in dashes or w.isdigit() for w in rest):
        return 0
    return len(" ".join(words[:end])) + (len(right) - len(right.lstrip()))


def _date_word_at(words: list[str]) -> int:
    """The index of the first word of the date among ``words`` (their number when none)."""
    anchors = _layout_words()["anchors"]
    return next((k for k, w in enumerate(words) if w in anchors), len(words))


@functools.cache
def _place_prefixes() -> frozenset[str]:
    """The abbreviations that open a place ("TP", "TX": doctypes.yaml ``place_prefixes``)."""
    return frozenset(load("doctypes")["place_prefixes"])


@functools.cache
def _title_owners() -> tuple[frozenset[str], frozenset[str]]:
    """The heads of a name a national title ends, and those titles (doctypes.yaml)."""
    data = load("doctypes")
    return frozenset(data["title_owner_heads"]), frozenset(data["owned_titles"])


def owned_title(left: str, right: str) -> bool:
    """``right`` (a national title ending the line) ends the name ``left`` opens: "BAN CHẤP HÀNH"
    + "ĐOÀN TNCS HỒ CHÍ MINH" is one issuer's name, not two columns."""
    heads, titles = _title_owners()
    return " ".join(left.split()) in heads and " ".join(right.split()) in titles


def _pipe_cells(body: str, signoff: bool = False) -> list[str]:
    """The header or sign-off table exported with its cell borders (``BAN CHẤP HÀNH TRUNG ƯƠNG |
    ĐẢNG CỘNG SẢN VIỆT NAM |``, ``| Nơi nhận: | T/M BAN CHỈ ĐẠO |``): its two cells (one may be
    empty), when a header item is among them; else the line as it is (a real table keeps its row)."""
    inner = body.strip(" \t")
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    cells = [c.strip() for c in inner.split("|")]
    filled = [c for c in cells if c]
    if signoff and len(cells) == 2:
        return cells
    if len(cells) == 2 and len(filled) == 1 and (_head_item(filled[0]) or _layout_rx("subject_line").match(filled[0])):
        return cells  # (also a letter's subject in a row of its own: "| V/v triển khai ... | |")
    if len(cells) in (2, 3) and all(_EMPTY_CELL.match(c) for c in cells):
        # (a row of the header table holding nothing but the Party's star under the issuer, or
        # nothing at all: "| \* | |", "| | |"; a spacer column between the two: "| \* | | |")
        return [cells[0].replace("\\", ""), "".join(cells[1:]).replace("\\", "")]
    if not 2 <= len(filled) <= 3 or any(len(c) > 120 and _long_cell(c) for c in filled):
        return [body]
    if not any(_head_item(c) for c in filled):
        return [body]
    return filled


_EMPTY_CELL = regex.compile(r"(?:\\?\*){0,3}$")


def _long_cell(cell: str) -> bool:
    """A cell too long for the header's: a line of it over 120 characters, but a letter's subject
    ("Số: 123/UBND-KT<br>V/v triển khai ..." holds a subject of 250)."""
    if "<" not in cell:
        return True
    return any(len(x) > 120 and not _layout_rx("subject_line").match(x) for x in _CELL_BREAK.split(cell))


def _head_item(cell: str) -> bool:
    column = _layout_rx("column_item")
    return bool(column.match(cell) or _layout_rx("head_cell").match(cell) or column.match(_cell_first(cell)))


_CELL_RULE = regex.compile(r"\s*[-–—_]{3,}\s*$")
# where a web page's converter flattened the lines of a cell: between two bold spans ("**CỘNG HÒA
# ...** **Độc lập - ...**"), before a list item after its end ("...; - Lưu: VT.")
_FLAT_BREAK = regex.compile(r"(?<=\*\*)\s+(?=\*\*)|(?<=[;,.:*])\s+(?=[-–+]\s)")


def _cell_lines(cell: str) -> list[str]:
    """The lines of a table cell of the header or the sign-off: its HTML breaks, and the breaks
    a converter flattened (see :data:`_FLAT_BREAK`); the rule under a name on a line of its own."""
    out: list[str] = []
    pieces = _CELL_BREAK.split(cell) if "<" in cell else [cell]
    for piece in pieces:
        for line in _FLAT_BREAK.split(piece) if ("**" in piece or " - " in piece) else [piece]:
            rule = _CELL_RULE.search(line) if line[-1:] in "-–—_" else None
            if rule is not None and rule.start() > 0 and line[: rule.start()].strip(" *_"):
                out.extend(_unflatten(line[: rule.start()]))
                out.append(line[rule.start() :].strip())
            elif line.strip():
                out.extend(_unflatten(line))
    return out


_AUTHORITY_START = regex.compile(r"^[*_\s]*" + _AUTHORITY_ABBR + r"\s")


@functools.cache
def _flat_sign() -> regex.Pattern[str]:
    """doctypes.yaml ``layout.flat_sign``, and the end of the title typed in small letters (doctypes.yaml
    ``signer_title_tails``) on a line of its own: "PHÓ CHỦ TỊCH Thường trực Trần Văn Hòa"."""
    tails = _sources()["title_tails"]
    assert tails is not None
    return regex.compile(
        _layout_rx("flat_sign").pattern
        + r"|(?<=\p{Lu}[*_]*)\s+(?=[*_]*"
        + tails
        + r"(?:\s|[*_]|$))"
        + r"|(?<="
        + tails
        + r"[*_]*)\s+(?=[*_]*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}[*_]*\s*$)"
    )


@functools.cache
def _number_subject() -> regex.Pattern[str]:
    """The number and then a letter's subject on one line (doctypes.yaml ``subject_marks``):
    "Số: 1024 /SKHCN-QLCN V/v triển khai ..." (the blanks before the subject's mark)."""
    data = load("doctypes")
    return regex.compile(str(data["layout"]["number_subject"]).replace("MARKS", alternation(data["subject_marks"])))


def _unflatten(line: str) -> list[str]:
    """The lines a converter flattened into one in a header or sign-off cell: the national title
    and the motto ("CỘNG HÒA ... VIỆT NAM Độc lập - Tự do - Hạnh phúc"), a signing authority,
    the signer's title and name (doctypes.yaml ``layout.flat_sign``), the number and a letter's
    subject ("Số: 15 /UBND-VP V/v ..."); else the line as it is."""
    if _AUTHORITY_START.match(line):
        return [x for x in _flat_sign().split(line) if x.strip()]
    if line.lstrip(" *_")[:1] == "S" and (m := _number_subject().match(line)) is not None:
        return [line[: m.start("gap")], line[m.end("gap") :]]
    if any(w in line for w in _layout_words()["motto"]):
        parts = _anchor_parts(line.strip(" *_"))
        if len(parts) == 2 and parts[0] and parts[1]:
            return parts
    return [line]


def _cell_first(cell: str) -> str:
    """The first line of a table cell a web page's converter wrote whole: up to its first HTML
    break, without emphasis and the rule under an issuer's name (``**ỦY BAN NHÂN DÂN TỈNH X**
    --------``)."""
    first = _CELL_BREAK.split(cell, maxsplit=1)[0] if "<" in cell else cell
    first = _CELL_RULE.sub("", first.replace("**", " ").replace("__", " "))
    return " ".join(first.split()).strip(" *_")


def _column_cell(cell: str) -> bool:
    """``cell`` is a header item a column gap may border: an upper-case name, the motto, the
    number with its digits ("Số: 5120 /UBND-VX", not the "Số" of a blank "Số      -CV/BCĐ"), a
    place-and-date line (its end maybe wrapped onto the next line)."""
    return bool(
        _layout_rx("column_item").match(cell)
        or _layout_rx("number_cell").match(cell)
        or _layout_rx("place_cell").match(cell)
    )


_CELL_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)


def _column_parts(body: str) -> list[str]:
    """Split at the gaps that separate two header items (the number, a place-and-date line or
    its wrapped end among them), not at the blanks of a draft (``Số          -CV/BCĐ``,
    ``ngày      tháng 12 năm 2025``)."""
    parts = [body]
    for gap in reversed(list(_COLUMN_GAP.finditer(body))):
        left, right = parts[0][: gap.start()], parts[0][gap.end() :]
        if _layout_rx("date_blank", regex.IGNORECASE).search(left):
            continue  # (the blanks of a draft's date: "ngày      tháng 12 năm 2025")
        if _layout_rx("list_label").match(left):
            continue  # (the tab after a list label Word's numbering wrote: "I.<TAB>MỤC ĐÍCH")
        # (a cell in emphasis, as pandoc writes a table's bold or italic cells with its rows'
        # columns set apart by blanks: "**ỦY BAN NHÂN DÂN**      **CỘNG HÒA ...**")
        lc, rc = left.strip(), right.strip()
        if "*" in body or "\\" in body:
            # (and pandoc's hard line break closing a cell's line: "**ỦY BAN NHÂN DÂN\\")
            lc, rc = lc.strip("*\\ "), rc.strip("*\\ ")
        if any(regex.search(r"\p{L}", x) for x in (left, right)) and (
            _column_cell(lc)
            or _column_cell(rc)
            or _layout_rx("date_tail").match(rc)
            # (a signing authority, its lines flattened with the signer's name: "TM. ... Trần Văn Hòa")
            or _AUTHORITY_START.match(right)
        ):
            parts[0:1] = [left, right]
    return parts


def _beside_blank(raw_lines: list[str], no: int) -> bool:
    """Line ``no`` (1-based) has a blank line (or the file's edge) above or below it."""
    above = raw_lines[no - 2] if no >= 2 else ""
    below = raw_lines[no] if no < len(raw_lines) else ""
    return not above.strip() or not below.strip()


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(" *_")
    return not t or (t[-1] in '.;:!?…"”’)]' and not _unclosed_paren(t))


def _unclosed_paren(text: str) -> bool:
    return text.count("(") > text.count(")")


def _ends_sentence_at(tail: str, unclosed: bool, whole: _Builder) -> bool:
    """:func:`_ends_sentence` of the text of ``whole``, read from its last characters ``tail``
    and whether it leaves a parenthesis open (the whole text only when ``tail`` is nothing but
    the stars, underscores and blanks the test sets aside: ``tail`` holds the last
    :data:`_SYMBOL_REACH` characters, or all of them)."""
    t = tail.rstrip(" *_")
    if not t and len(tail) >= _SYMBOL_REACH:
        return _ends_sentence(whole.text)
    return not t or (t[-1] in '.;:!?…"”’)]' and not unclosed)


def _over_page_break(pages: list[int], last: int, first: int) -> bool:
    """A page break (``pages``: its lines, ascending) lies after line ``last`` and up to line
    ``first``."""
    k = bisect.bisect_right(pages, last)
    return k < len(pages) and pages[k] <= first


def _heading_like(b: _Builder, width: Callable[[], int]) -> bool:
    """The paragraph ``b``, ended with no sentence's end before a page break, may be a heading:
    in capitals, all in bold, or its last line short of the wrap width (a line the page cut is
    wrapped full) while it is opened by a label ("2. Nhiệm vụ cụ thể") or holds no lead's colon."""
    text = b.text
    if mostly_upper(text) or b.block().all_bold:
        return True
    if len(text) - b.line_map[-1][0] >= width() * 4 // 5:
        return False
    if _starts_item(text) or _LONE_LABEL.match(text) is not None:
        return True
    # (a short last line: a heading's or a cell's, but for a lead and its words cut, "Đơn vị chủ
    # trì: Sở")
    return ": " not in text[b.line_map[-1][0] :]


class _Builder:
    """Accumulates text pieces with their original line numbers and bold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.line_map: list[tuple[int, int]] = []
        self.bold: list[tuple[int, int]] = []
        self.md_heading = False

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def block(self, kind: str = "para") -> Block:
        return Block(self.text, self.line_map, _merge(self.bold) if self.bold else (), kind, self.md_heading)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _split_word(prev: str, nxt: str) -> tuple[str, str] | None:
    """The two pieces of a word a line end cut, when they are one syllable only together."""
    if not (prev[-1:].isalpha() and nxt[:1].isalpha()):
        return None
    # the pieces join only when no longer than a syllable together: the last word of prev is
    # read from its last letters only, the letters that start nxt from its first few
    most = syllables.LONGEST
    a = prev[-most:].rsplit(None, 1)[-1]
    if len(a) >= most or not a.isalpha():  # (with one letter of nxt at least: too long)
        return None
    head = nxt[: most + 1 - len(a)].partition(" ")[0]  # (the letters that start nxt start its first word)
    b = head if head.isalpha() else "".join(itertools.takewhile(str.isalpha, head))
    # (together a syllable first: the memo answers most pairs, two whole words, at once)
    if not syllables.is_syllable(a + b) or not syllables.joins_split(a, b):
        return None
    return a, b


def _breaks_symbol(text: str) -> bool:
    """``text`` ends in the first part of a symbol broken after its hyphen or slash (``07-``,
    ``TB/``); the pattern is tried only on a text that ends so."""
    # (a match ends the text and starts in its last 11 characters: the pattern is tried on its end
    # only, so that a long paragraph is not read again at each page break it is rejoined over)
    return text[-1:] in ("-", "/") and _patterns()["symbol_break"].search(text[-_SYMBOL_REACH:]) is not None


_SYMBOL_REACH = 40  # characters at the end of a text that hold a symbol's break and what comes before it


# the start of a symbol with its number ("1131/QĐ-", "12/KH-"; not a label "II-")
_NUMBERED_SYMBOL_END = regex.compile(r"\d[\p{L}\d.]*[/\-][\p{L}\d./\-]*$")


def _continues_symbol(prev: str, nxt: str) -> bool:
    """``nxt`` goes on with the symbol ``prev`` ends in, broken after its hyphen or slash
    (``TB/`` / ``TU``, ``1131/QĐ-`` / ``TTg ngày ...``)."""
    if not _breaks_symbol(prev):
        return False
    p = _patterns()
    if p["symbol_start"].match(nxt):
        return True
    # (its last part alone: only after a number's symbol, not a heading's label "II-" / "NHIỆM VỤ")
    return p["symbol_rest"].match(nxt) is not None and _NUMBERED_SYMBOL_END.search(prev[-24:]) is not None


def _join_sep(prev: str, nxt: str) -> str:
    if prev[-1:] in ("/", "-") and prev[-2:-1].isdigit() and nxt[:1].isdigit():
        return ""  # a date, a number or a span cut after its slash or hyphen ("ngày 30/" / "6/2026")
    return "" if prev[-1:] in ("-", "/") and _continues_symbol(prev, nxt) else " "


def _paragraphs(lines: list[Line], width: int | None = None) -> list[tuple[str, list[Line]]]:
    """Group lines into logical paragraphs: blank lines separate; list markers start anew.
    ``width``: the :func:`_wrap_width` of ``lines`` when known."""
    p = _patterns()
    out: list[tuple[str, list[Line]]] = []
    current: list[Line] = []
    kind = "para"

    def flush() -> None:
        nonlocal current
        if current:
            if kind == "footnote":
                _drop_page_number(current)
            out.append((kind, current))
        current = []

    if width is None:
        width = _wrap_width(lines)
    short = _short_line_limit(width)
    wide = min(100, max((len(ln.text) for ln in lines if ln.kind == "text"), default=0) * 2 // 3)
    last_item = 0  # the number of the last "N." item of the text (not of a footnote body)
    last_letter = ""  # the letter of the last lettered item of the text
    for i, ln in enumerate(lines):
        if ln.kind in ("blank", "rule", "star", "initials"):
            if current:
                flush()
            continue
        number = _item_number(ln.text)
        if (
            number
            and kind == "footnote"
            and current
            and number == last_item + 1
            and _ends_note(current)
        ):
            # the bodies at a page's foot, then the next page's text with no blank line between:
            # "³ Theo Nghị định số ..." / "3. Các đơn vị báo cáo ...", the item after the text's
            # last one, starts the text again (also under the page's number, "2" / "2." alone,
            # as PyMuPDF prints a label set apart from its words by a tab)
            flush()
        if (
            kind == "footnote"
            and current
            and ln.kind == "text"
            and last_letter
            and _next_letter(ln.text, last_letter)
            and _ends_note(current)
        ):
            # ... or the lettered item after the text's last one ("b) Văn phòng ..." after "a)"),
            # maybe under the page's number
            flush()
        if number and kind != "footnote" and ln.kind != "footnote":
            last_item = number
        if kind != "footnote" and ln.kind == "text" and (letter := _letter_of(ln.text)):
            last_letter = letter
        if (
            1 <= len(current) <= 2
            and kind == "para"
            and ln.text[:1].isupper()
            and (
                all(len(c.text) < short for c in current)
                # (an upper-case heading: "III. TỔ CHỨC THỰC HIỆN" over "Các phòng ...", in a
                # copy whose lines are all short)
                or mostly_upper(current[-1].text)
                # (an article's heading, "Điều 1. Phạm vi điều chỉnh", in a text whose lines are
                # its paragraphs, most of them short: shorter than two thirds of the longest line)
                or (len(current) == 1 and len(current[0].text) < wide and _article_line(current[0].text))
                # (an article's heading in a text whose lines are all short, a PDF or a narrow
                # export: the next line's first word would have fitted on the heading's line, so
                # the line was not ended by the wrap: "Điều 3. Trách nhiệm thi hành" / "Chánh ...")
                or (
                    len(current) == 1
                    and _fits_before(current[0].text, ln.text, width)
                    and _article_line(current[0].text)
                )
                # (... wrapped over two lines, the second going on in small letters and ended
                # before the wrap: "Điều 5. Trách nhiệm của các sở, ban," / "ngành và địa phương")
                or (
                    len(current) == 2
                    and current[1].text[:1].islower()
                    and _fits_before(current[1].text, ln.text, width)
                    and _article_line(current[0].text)
                )
                # (helper 79) (a numbered heading that names the units of the items below it, no
                # colon, in a text whose lines are long: "3. Ủy ban MTTQ Việt Nam xã và các đoàn thể
                # ..." / "Tuyên truyền, vận động ...", the next line opening a work with a capital,
                # which a sentence wrapped there would not have)
                or (len(current) == 1 and _unit_heading(current[0].text, ln.text))
            )
            and _numbered_heading(" ".join(c.text for c in current), 100)
            and not mostly_upper(ln.text)
            and not _name_runs_on(current[-1].text, ln.text)
        ):
            # "1. Mục tiêu tổng quát" on a line of its own (or wrapped: "Điều 1. Phạm vi" /
            # "điều chỉnh"), the paragraph under it next, with no blank line between (a web or
            # Word export): heading lines are far shorter than the lines of a hard-wrapped
            # paragraph, so they are not among them
            flush()
        if ln.kind == "table":
            flush()
            out.append(("table", [ln]))
            continue
        if ln.kind == "footnote":
            flush()
            kind = "footnote"
            current = [ln]
            continue
        if (
            current
            and kind == "para"
            and any(w in ln.text for w in _layout_words()["appendix"])
            and _layout_rx("appendix_line").match(ln.text)
        ):
            # "PHỤ LỤC I" on a line of its own opens a part, also right under a line of text (a
            # signer's name the sign-off did not read, with no blank line between)
            flush()
        if (
            kind == "para"
            and current
            and (
                (current[-1].text.rstrip(" *_").endswith((".", ";", ":")) and _part_heading(ln.text))
                or (len(current) == 1 and _part_heading(current[0].text))
            )
        ):
            # "NHIỆM VỤ VÀ GIẢI PHÁP" on a line of its own after a sentence, no blank line around
            # it: a paragraph of its own (parse.sections: the heading of an unnumbered part)
            flush()
        if current and kind == "para" and _group_title(current, lines, i):
            # "LĨNH VỰC VĂN HÓA - XÃ HỘI" on a line of its own between two items, no blank line
            # around it (a Word export whose lines are its paragraphs): the title of a group of
            # items, not the end of the item above
            flush()
        if current and kind == "para" and _list_lead(current, lines, i):
            # "2. Rà soát ... ." / "Sở Xây dựng:" / "1. Kiểm tra ...": a short line ending with a
            # colon after a sentence's end, a list's item under it (a Word export whose lines are
            # its paragraphs): the lead of the list below, not the end of the item above
            flush()
        if current and kind == "para" and _period_title(current, lines, i):
            # (helper 85) "Quý I" on a line of its own between two items, no blank line around it:
            # the heading of the items below, not the end of the item above
            flush()
        if current and kind == "para" and ln.text[:1] == "(" and _title_note(current, ln.text):
            # "DANH MỤC NHIỆM VỤ NĂM 2026" / "(Kèm theo Kế hoạch số ...)": the title of an
            # attachment stands alone (a bold title stays a heading, its year no deadline)
            flush()
        if current and kind == "para" and (
            ln.md_heading or _starts_item(ln.text) or _word_item(current, ln.text) or _roman_item(current, ln.text)
        ):
            prev = current[-1].text
            if not (_breaks_symbol(prev) and p["symbol_start"].match(ln.text)) and not _runs_on(
                current, ln.text
            ):
                flush()
        if not current:
            kind = "para"
        current.append(ln)
    flush()
    return out


def _item_number(text: str) -> int:
    """The number of a "N." item label that starts ``text`` ("3. Các đơn vị ...") or stands
    alone on it ("3.", as PyMuPDF prints a label set apart by a tab), else 0.

    >>> _item_number("3. Các đơn vị"), _item_number("3.1. Sở"), _item_number("2026 là năm"), _item_number("1¹. Sở")
    (3, 0, 0, 0)
    >>> _item_number("2."), _item_number("2.1.")
    (2, 0)
    """
    if not ("0" <= text[:1] <= "9"):
        return 0
    head, dot, _ = text[:4].partition(".")
    ok = dot and head.isascii() and head.isdigit() and text[len(head) + 1 : len(head) + 2] in (" ", "")
    return int(head) if ok else 0


def _ends_note(current: list[Line]) -> bool:
    """A footnote body's lines end a sentence, maybe followed by the page's number alone ("...
    hành chính." / "2"): the body may end there."""
    last = current[-1].text
    if last.isdigit() and len(last) <= 3:
        return len(current) == 1 or current[-2].text.rstrip(" *_").endswith(".")
    return last.rstrip(" *_").endswith(".")


def _drop_page_number(current: list[Line]) -> None:
    """Drop the page's number alone at the end of a footnote body's lines ("2" under "...
    hành chính.", the text going on after it): the page's foot, not the body's last word."""
    if (
        len(current) >= 2
        and current[-1].text.isdigit()
        and len(current[-1].text) <= 3
        and current[-2].text.rstrip(" *_").endswith(".")
    ):
        current.pop()


def _wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped text is wrapped at: the 80th percentile of its line lengths."""
    lengths = sorted(len(ln.text) for ln in lines if ln.kind == "text")
    return lengths[(len(lengths) * 4) // 5] if lengths else 0


def _fits_before(prev: str, text: str, width: int) -> bool:
    """The first word of ``text`` would have fitted at the end of ``prev`` (a line of a text
    wrapped at ``width``), with a margin for justified lines: the line did not end by the wrap."""
    first = text.split(" ", 1)[0]
    return len(prev) + 1 + len(first) <= width - 2


def _group_title(current: list[Line], lines: list[Line], i: int) -> bool:
    """``lines[i]`` (and the lines in capitals right under it) is a group's title in capitals
    ("LĨNH VỰC KINH TẾ") after a line ending a sentence, and a list's item follows it."""
    t = lines[i].text.rstrip(" *_")
    if (
        len(t) > 100
        or not t[:1].isupper()
        or t[-1:] in ".,;:"
        or " " not in t
        or t.upper() != t
        or not current[-1].text.rstrip(" *_").endswith((".", ";"))
        or _starts_item(t)
    ):
        return False
    for nxt in lines[i + 1 : i + 4]:
        if nxt.kind != "text":
            return False
        if _starts_item(nxt.text):
            return True
        if nxt.text.upper() != nxt.text:
            return False
    return False


def _list_lead(current: list[Line], lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a short line of its own ending with a colon ("Sở Xây dựng:", "Đối với
    các xã:") after a line ending a sentence, and a list's item follows it (maybe after a blank
    line)."""
    t = lines[i].text.rstrip(" *_")
    if (
        t[-1:] != ":"
        or len(t) > 100
        or not t[:1].isupper()
        or not current[-1].text.rstrip(" *_").endswith((".", ";"))
        or _starts_item(t)
    ):
        return False
    # (the item right under it, or after a blank line)
    nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.kind != "blank"), None)
    return nxt is not None and nxt.kind == "text" and _starts_item(nxt.text)


PERIOD_TITLE_MAX = 60  # (the longest line read as a period's heading)


def _period_title(current: list[Line], lines: list[Line], i: int) -> bool:
    """(helper 85) ``lines[i]`` is the heading of a period alone ("Quý I", "THÁNG 02/2027", "6 tháng
    cuối năm", "Tuần 1 (từ 05/01 đến 09/01/2027)") on a line of its own after a line ending a
    sentence or under a numbered heading of one line ("I. NỘI DUNG" / "THÁNG 03/2027"), a list's item
    right under it (:func:`ndq57.extract.decide.period_alone`; not a year: "II. KẾ HOẠCH" / "NĂM 2027"
    may be one heading wrapped)."""
    t = lines[i].text.strip(" *_#")
    if (
        len(t) > PERIOD_TITLE_MAX
        or not (t[:1].isupper() or t[:1].isdigit())
        or not (
            current[-1].text.rstrip(" *_").endswith((".", ";", ":"))
            or (len(current) == 1 and _numbered_heading(current[0].text, 100))
        )
        or i + 1 >= len(lines)
        or lines[i + 1].kind != "text"
        or not _starts_item(lines[i + 1].text)
        or _starts_item(t)
    ):
        return False
    from ndq57.extract.decide import period_alone  # (the time grammar reads this module's text)

    return period_alone(t, None, None, years=False)


def _article_line(text: str) -> bool:
    """``text`` opens with an article's number (:func:`ndq57.parse.sections.match_numbering`)."""
    if text[:1] not in _ARTICLE_FIRSTS:
        return False
    from ndq57.parse.sections import match_numbering  # (sections imports this module)

    num = match_numbering(text)
    return num is not None and num.family == "article"


_ARTICLE_FIRSTS = frozenset("Đ")  # (the first letter of an article's word)


def _roman_item(current: list[Line], text: str) -> bool:
    """``text`` opens an item numbered "(ii)", "(iii)" ... (:func:`ndq57.parse.sections.paren_roman`)
    of a list whose first item opened the paragraph (its lines typed one item a line), or after a
    line ending a sentence or a list's lead-in; not an enumeration a hard wrap put at a line start
    ("... là: (i) ...;" / "(ii) ..."). ("(i)" opens an item by the "item_start" pattern.)"""
    if text[:1] != "(" or text[1:3] == "i)":
        return False
    from ndq57.parse.sections import paren_roman  # (sections imports this module)

    if not paren_roman(text):
        return False
    return paren_roman(current[0].text) or current[-1].text.rstrip(" *_").endswith((".", ":"))


def _word_item(current: list[Line], text: str) -> bool:
    """``text`` opens an item numbered by words ("Thứ hai, ...", "Một là: ...") after a line
    ending a sentence or a clause (:func:`ndq57.parse.sections.opens_word_item`)."""
    if not current[-1].text.rstrip(" *_").endswith((".", ";", ":")):
        return False
    from ndq57.parse.sections import opens_word_item  # (sections imports this module)

    return opens_word_item(text.lstrip(" *_"))


def _part_heading(text: str) -> bool:
    """``text`` is the heading of a plan's part with no number, in capitals
    (:func:`ndq57.parse.sections.unnumbered_part`; tried on a short line in capitals only)."""
    if len(text) > 120 or not text[:1].isupper() or text.upper() != text:
        return False
    from ndq57.parse.sections import unnumbered_part  # (sections imports this module)

    return unnumbered_part(text)


def _title_note(current: list[Line], text: str) -> bool:
    """``text`` is the note under an attachment's title printed in bold upper case ("(Kèm theo
    Quyết định số ...)", "(Ban hành kèm theo ...)"), and the paragraph so far is that title (its
    type in bold upper case, the name under it in bold in any case: "**KẾ HOẠCH**" / "**Phát triển
    ... năm 2027**")."""
    return (
        _layout_rx("title_note", regex.IGNORECASE).match(text) is not None
        and _bold_upper(current[0])
        and all(_bold_upper(c) or _all_bold(c) for c in current[1:])
    )


def _all_bold(ln: Line) -> bool:
    """The whole line is printed in bold."""
    return bool(ln.bold) and sum(e - s for s, e in ln.bold) >= len(ln.text.strip()) - 4


def _bold_upper(ln: Line) -> bool:
    """The whole line is upper case and printed in bold."""
    return bool(ln.bold) and sum(e - s for s, e in ln.bold) >= len(ln.text.strip()) - 4 and mostly_upper(ln.text)


_PAREN_ITEM = regex.compile(r"^\((\d{1,2})\)\s")


def _runs_on(current: list[Line], text: str) -> bool:
    """``(2) ...`` at the start of a line continues an enumeration the paragraph began inline
    ("... cụ thể như sau: (1) Tổng số ...;" / "(2) Cắt giảm ..."): a hard wrap, not a new item."""
    m = _PAREN_ITEM.match(text)
    if m is None or int(m.group(1)) < 2:
        return False
    before = f"({int(m.group(1)) - 1})"
    joined = " ".join(c.text for c in current)
    at = joined.rfind(before)
    return at > 0 and not joined.startswith(before)


def _short_line_limit(width: int) -> int:
    """Lines shorter than this cannot be hard-wrapped lines of a paragraph: two thirds of the
    width the text is wrapped at (:func:`_wrap_width`), at most 100."""
    return min(100, int(width * 2 / 3))


def _numbered_heading(text: str, short: int) -> bool:
    p = _patterns()
    t = text.rstrip(" *_")
    return (
        len(t) < short
        and bool(p["item_start"].match(t))
        and not t.startswith(("-", "+", "•", "–"))
        and t[-1:] not in ".,;:"
        and not _breaks_symbol(t)
        and not _ends_on_unit_head(t)
    )


@functools.cache
def _work_opening() -> regex.Pattern[str]:
    """A verb of work at a line's start (deadline_words.yaml ``action_starts``, ``obligation``)."""
    w = load("deadline_words")
    return regex.compile(
        rf"(?:{alternation([*w['action_starts'], *w['obligation']])})(?!\p{{L}})", regex.IGNORECASE
    )


def _name_runs_on(text: str, nxt: str) -> bool:
    """(helper 104) A heading's line cut inside a unit's name, its last word alone on the next line
    ("4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt" / "Nam"): the short line ``nxt`` (a few words,
    no sentence's end) ends the name the line ``text`` opens, one heading with it."""
    t = text.rstrip()
    tail = nxt.strip()
    if not t or not t[-1].isalpha() or not tail or len(tail) > _NAME_TAIL_MAX or tail[-1] in ".;!?":
        return False
    from ndq57.extract.units import find_units  # (the units' recogniser reads this module's text)

    cut = len(t)
    return any(u.start < cut < u.end for u in find_units(f"{t} {tail}"))


_NAME_TAIL_MAX = 24  # (characters of a name's last words wrapped onto a line of their own)


def _unit_heading(text: str, nxt: str) -> bool:
    """(helper 79) ``text`` is a numbered heading whose words after its label are units' names
    only, maybe after a word that addresses them and joined by commas or "và" (doctypes.yaml
    ``layout_words.heading_addressing``, ``heading_unit_joins``), and ``nxt`` opens with a capital
    verb of work: the heading's line stands alone, the items under it are its units' ("3. Ủy ban
    MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã" / "Tuyên truyền ..."; not "xã Tuyên")."""
    if not nxt[:1].isupper():
        return False
    v = _work_opening().match(nxt)
    # (the verb's words go on in small letters: not a unit's name, "Kiểm tra Đảng ủy ...")
    if v is None or nxt[v.end() : v.end() + 2].strip()[:1].isupper():
        return False
    t = text.rstrip(" *_")
    m = _patterns()["item_start"].match(t)
    if m is None or t[:1] in "-+•–" or t[-1:] in ".,;:!?)":
        return False
    from ndq57.extract.units import find_units  # (the units' recogniser reads this module's text)

    words = _layout_words()
    at = m.end()
    rest = t[at:].lstrip()
    at = len(t) - len(rest)
    for w in words["heading_addressing"]:
        if rest.startswith(w + " "):
            at += len(w) + 1
            break
    joins = frozenset(words["heading_unit_joins"])
    units = find_units(t)
    if not units or units[0].start < at:
        return False
    for u in units:
        # (only commas and joining words between the units)
        if u.start < at or any(w not in joins for w in t[at : u.start].replace(",", " ").split()):
            return False
        at = u.end
    return at == len(t)


def _ends_on_unit_head(text: str) -> bool:
    """``text`` (a heading's line) ends on the head word of a unit's name right after its label or
    a comma ("1. Sở", "2. Sở Y tế, Sở"): the name goes on on the next line (doctypes.yaml
    ``layout_words.unit_heads``; "... trực thuộc Sở" names the office itself)."""
    last = text.rpartition(" ")[2]
    if not last or not last[0].isupper():
        return False
    for w in _layout_words()["unit_heads"]:
        if text.endswith(" " + w):
            before = text[: -len(w) - 1].rstrip(" *_")
            if before.endswith(",") or (" " not in before and before.endswith((".", ")"))):
                return True
    return False


_CUT_LINES = 4  # at least this many lines cut at one column for a text cut at a fixed width
_CUT_LEAST = 40  # the narrowest column a text is cut at


def _cut_width(lines: list[Line]) -> int:
    """The column a text was cut at regardless of its words (a web library's copy, an e-mail
    client's or a terminal's fixed-width export: "... Ủy ban nhân d" / "ân tỉnh ..."), 0 when it
    was not: lines of that one width, as wide as the text gets (a few lines wider at most: a heading, a note), make
    most of the lines near it (a text wrapped at word ends has lines of many widths under it). A
    line of that width that ends with a letter or a digit and a line after it that starts with
    one at the margin are the two pieces of one word (a cut at a blank leaves the blank at an end
    of a line)."""
    widths = [ln.indent + len(ln.text) for ln in lines if ln.kind == "text"]
    if len(widths) < _CUT_LINES:
        return 0
    counts = collections.Counter(w for w in widths if w >= _CUT_LEAST)
    if not counts:
        return 0
    # (the first of the most frequent, as ``most_common(1)`` gives it, without the import of heapq it makes)
    width, n = max(counts.items(), key=operator.itemgetter(1))
    if n < _CUT_LINES:
        return 0
    near = sum(c for w, c in counts.items() if width - 10 <= w < width)
    wider = sum(c for w, c in counts.items() if w > width)
    return width if n >= 2 * near and wider * 4 <= n else 0


def _cut_word(prev: Line, nxt: Line, width: int) -> tuple[str, str] | None:
    """The two pieces of a syllable cut at the fixed ``width`` (see :func:`_cut_width`) at the
    end of ``prev`` and the start of ``nxt``: together a syllable ("nhâ" / "n", "g" / "ia", "v" /
    "ề"; not two words that a line of that width happened to end between, "làm" / "đường")."""
    if not (
        prev.indent + len(prev.text) == width
        and nxt.indent == 0
        and prev.text[-1:].isalpha()
        and nxt.text[:1].isalpha()
    ):
        return None
    most = syllables.LONGEST
    a = prev.text[-most:].rsplit(None, 1)[-1]
    if len(a) >= most or not a.isalpha():
        return None
    b = "".join(itertools.takewhile(str.isalpha, nxt.text[: most + 1 - len(a)]))
    return (a, b) if syllables.is_syllable(a + b) else None


def _assemble(lines: list[Line], fixes: list[Fix] | None = None, cut: int = 0) -> _Builder:
    b = _Builder()
    prev = ""
    prev_ln: Line | None = None
    # (each line's text after a separator, its line at its offset, its bold spans moved there)
    parts, line_map, bold = b.parts, b.line_map, b.bold
    length = 0
    for ln in lines:
        text = ln.text
        if parts:
            # (a symbol broken after its hyphen or slash only where prev ends so)
            sep = _join_sep(prev, text) if prev[-1:] in ("-", "/") else " "
            # (a word cut needs a letter on both sides of the line end)
            if cut and sep and prev_ln is not None and (piece := _cut_word(prev_ln, ln, cut)) is not None:
                # a word cut at the text's fixed width ("nhân d" / "ân"): joined as it was
                sep = ""
                if fixes is not None:
                    fixes.append(Fix("join_cut_word", f"{piece[0]}\n{piece[1]}", "".join(piece), line_map[-1][1], 0, 0))
            elif sep and prev[-1:].isalpha() and text[:1].isalpha() and (pair := _split_word(prev, text)) is not None:
                # a word cut by the line end ("Ph" / "ường"): one syllable only when joined
                sep = ""
                if fixes is not None:
                    joined = pair[0] + pair[1]
                    fixes.append(Fix("join_split_word", f"{pair[0]} {pair[1]}", joined, line_map[-1][1], 0, 0))
            if sep:
                parts.append(sep)
                length += len(sep)
        line_map.append((length, ln.no))
        if ln.bold:
            bold.extend((length + s, length + e) for s, e in ln.bold)
        parts.append(text)
        length += len(text)
        if ln.md_heading:
            b.md_heading = True
        prev = text
        prev_ln = ln
    b.length = length
    return b


def footnote_marks(lines: list[Line]) -> tuple[set[str], set[str]]:
    """The marks of every footnote body among ``lines`` (the whole document: a body may stand
    after the sign-off or in an appendix), and those printed as plain digits by a text layer."""
    known: set[str] = set()
    loose: set[str] = set()
    for ln in lines:
        if ln.kind == "footnote" and (found := _footnote_mark(ln.text)) is not None:
            known.add(found[0])
            if found[2] in ("num", "par", "pp", "st"):
                loose.add(found[0])
    return known, loose


def footnote_tail(lines: list[Line], start: int) -> int | None:
    """Where footnote bodies start after the sign-off (from ``start``): the first body there,
    or ``None``."""
    return next((k for k in range(start, len(lines)) if lines[k].kind == "footnote"), None)


def build_blocks(lines: list[Line], marks: tuple[set[str], set[str]] | None = None) -> BodyLayout:
    """Reflow the body lines into blocks and lift footnote bodies out of the text. ``marks``
    (:func:`footnote_marks` of the whole document) says which reference marks to look for;
    by default those of the bodies among ``lines``."""
    p = _patterns()
    fixes: list[Fix] = []
    wrap = _wrap_width(lines)  # (the width the text is wrapped at: read once)
    paras = _paragraphs(lines, wrap)
    cut = _cut_width(lines)

    # 1. Footnote bodies, with unmarked paragraphs sandwiched between two bodies.
    footnotes: list[FootnoteBody] = []
    loose: set[str] = set()  # marks of bodies a text layer printed as plain digits
    kinds = [k for k, _ in paras]
    for i, (kind, group) in enumerate(paras):
        if kind != "para" or i == 0 or kinds[i - 1] != "footnote":
            continue
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        first = group[0].text
        if (
            nxt == "footnote"
            and not p["item_start"].match(first)
            and not first[:1].islower()
            and not _cites_note(group, paras[i + 1][1])
        ):
            kinds[i] = "footnote_cont"
        elif (
            first[:1].islower()
            and not _ends_sentence(paras[i - 1][1][-1].text)
            and not (first[1:2] == ")" and p["item_start"].match(first))
        ):
            # a lower-case paragraph after a body cut mid-sentence, while the text before the
            # bodies ended its sentence: the body's next line (page foot), not the text's (but
            # a lettered item, "c) Ủy ban ...", under the page's number: the text's)
            main = next((g for k, g in reversed(paras[: i - 1]) if k == "para"), None)
            if main is not None and _ends_sentence(main[-1].text):
                kinds[i] = "footnote_cont"
    body: list[_Builder | tuple[str, list[Line]]] = []
    for (kind, group), k2 in zip(paras, kinds, strict=True):
        if k2 == "footnote":
            b = _assemble(group, fixes, cut)
            found = _footnote_mark(b.text)
            assert found is not None
            mark, at, form = found
            if form in ("num", "par", "pp", "st"):
                loose.add(mark)
            footnotes.append(FootnoteBody(mark, b.text[at:].strip(), group[0].no))
            fixes.append(Fix("lift_footnote", group[0].text[:40], "", group[0].no, 0, len(group[0].text)))
        elif k2 == "footnote_cont" and footnotes:
            footnotes[-1].text += "\n" + _assemble(group, fixes, cut).text
        elif kind == "table":
            body.append(("table", group))
        else:
            body.append(_assemble(group, fixes, cut))

    # 2. Rejoin paragraphs split by a page break (blank line, or lifted footnotes, mid-sentence).
    merged: list[Block] = []
    prev_b: _Builder | None = None
    # of the paragraph being rejoined: its last characters, and its parentheses left open (kept
    # as it grows: a paragraph rejoined over many page breaks is not read again at each)
    a_tail, a_open = "", False
    opened = 0
    # the lines where a page breaks (its furniture, the lines a form feed opens), and the width
    # the text is wrapped at (read above, asked for by a function)
    pages = [ln.no for ln in lines if ln.page_break]
    date_word_end, hanging_word_end = _layout_rx("date_word_end"), _layout_rx("hanging_word_end")

    def width() -> int:
        return wrap

    for item in body:
        if isinstance(item, tuple):
            if prev_b is not None:
                merged.append(prev_b.block())
                prev_b = None
            b = _assemble(item[1], fixes, cut)
            merged.append(b.block("table"))
            continue
        cur = item
        c_text = cur.text
        c_opened = c_text.count("(") - c_text.count(")")
        if prev_b is not None:
            starts_item = _starts_item(c_text) or cur.md_heading
            join = False
            sep = " "
            if not starts_item:
                if _continues_symbol(a_tail, c_text):
                    join, sep = True, ""
                elif (a_open and not _ends_sentence(a_tail[-1:])) or (
                    not _ends_sentence_at(a_tail, a_open, prev_b)
                    and (
                        c_text[:1].islower()
                        or (c_text[:1].isdigit() and date_word_end.search(a_tail[-12:]))
                        or hanging_word_end.search(a_tail[-24:]) is not None
                    )
                ):
                    join = True
                    if a_tail[-1:] == "/" and c_text[:1].isdigit():
                        sep = ""  # (a date cut after its slash: "30/" / "6/2026")
                elif (
                    pages
                    and not _ends_sentence_at(a_tail, a_open, prev_b)
                    and _over_page_break(pages, prev_b.line_map[-1][1], cur.line_map[0][1])
                    and not _heading_like(prev_b, width)
                ):
                    # a sentence the page cut, going on with a capital on the next page ("... chủ
                    # trì: Sở" / "- 11 -" / form feed "Tư pháp."): a blank line there is the
                    # page's, not a paragraph's end (a heading ends without a full stop too)
                    join = True
            if join:
                line = cur.line_map[0][1]
                fixes.append(Fix("rejoin_page_break", "\n\n", sep or "", line, 0, 0))
                offset = prev_b.length + len(sep)
                prev_b.parts.append(sep)
                prev_b.parts.append(c_text)
                prev_b.line_map.extend((o + offset, ln) for o, ln in cur.line_map)
                prev_b.bold.extend((s + offset, e + offset) for s, e in cur.bold)
                prev_b.length = offset + cur.length
                a_tail = (a_tail + sep + c_text)[-_SYMBOL_REACH:]
                opened += c_opened
                a_open = opened > 0
                continue
            merged.append(prev_b.block())
        prev_b = cur
        a_tail, opened = c_text[-_SYMBOL_REACH:], c_opened
        a_open = opened > 0
    if prev_b is not None:
        merged.append(prev_b.block())

    # 3. Footnote reference marks: strip them from the text, remember mark and line.
    known = {f.mark for f in footnotes}
    if marks is not None:
        known |= marks[0]
        loose |= marks[1]
    # (a mark of a kind the blocks' text does not hold is not looked for block by block)
    whole = "\n".join([blk.text for blk in merged])
    sup = any(c in whole for c in SUPERSCRIPTS)
    if known or sup or "[^" in whole:
        for blk in merged:
            _strip_refs(blk, known, loose, sup)
    return BodyLayout(merged, footnotes, fixes)


_CARET_REF = regex.compile(r"\[\^(\d{1,3})\]")
_SUPERSCRIPT = cached_re.compile(f"[{SUPERSCRIPTS}]")
_SPACED_REF = regex.compile(r"(?<=\s)\[(\d{1,3})\](?=\s)")
# a mark of :data:`_SPACED_PARENREF` in a block's text, whose lines are joined: before a stop and
# a blank, or at the end
_SPACED_BLOCK_REF = regex.compile(r"(?<=[\p{L}\p{M}\d”\")]) \((\d{1,2})\)(?=[.;,]?(?:\s|$))")


def _strip_refs(blk: Block, known: set[str], loose: set[str], sup: bool = True) -> None:
    """Cut the footnote marks out of ``blk``; ``sup``: whether the text may hold a superscript."""
    p = _patterns()
    sup = sup and _SUPERSCRIPT.search(blk.text) is not None
    caret = "[^" in blk.text
    if not known and not sup and not caret:
        return
    cuts: list[tuple[int, int, str]] = []
    if sup:
        for m in p["sup_ref"].finditer(blk.text):
            cuts.append((m.start(), m.end(), m.group().translate(_SUP_TO_DIGIT)))
    if caret:
        for m in _CARET_REF.finditer(blk.text):
            cuts.append((m.start(), m.end(), m.group(1)))
    if known:
        # "[1]" glued to a word or standing between blanks; a text layer's plain digits glued
        # after a full stop ("cơ sở).1") or to a word before a parenthesis ("NGHIỆP1)")
        bracket = "[" in blk.text
        for pat in (p["bracket_ref"], _SPACED_REF, _GLUED_DIGIT, _GLUED_PAREN):
            marks = loose if pat in (_GLUED_DIGIT, _GLUED_PAREN) else known
            if not marks or (not bracket and pat in (p["bracket_ref"], _SPACED_REF)):
                continue  # (no mark to find, or no bracket to find it in)
            for m in pat.finditer(blk.text):
                mark = m.group(1) + ")" if pat is _GLUED_PAREN else m.group(1)
                if mark in marks:
                    # ("NGHIỆP1)": the digit is the mark, the parenthesis prints it)
                    cuts.append((m.start(), m.end(1) if pat is _GLUED_PAREN else m.end(), mark))
        if loose:
            cuts.extend(g for g in _glued_words(blk.text) if g[2] in loose)
            if "(" in blk.text:
                # a typed mark in parentheses ("đảng viên(1)")
                for m in _GLUED_PARENREF.finditer(blk.text):
                    if f"({m.group(1)})" in loose:
                        cuts.append((m.start(), m.end(), f"({m.group(1)})"))
                for m in _SPACED_BLOCK_REF.finditer(blk.text):
                    if f"({m.group(1)})" in loose:
                        cuts.append((m.start(), m.end(), f"({m.group(1)})"))
                if "(*" in blk.text:
                    for m in _STAR_REF.finditer(blk.text):
                        if f"({m.group(1)})" in loose:
                            cuts.append((m.start(), m.end(), f"({m.group(1)})"))
    kept: list[tuple[int, int, str]] = []
    for c in sorted(set(cuts)):
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    cuts = kept
    if not cuts:
        return
    pieces: list[str] = []
    pos = 0
    starts: list[int] = []
    removed = [0]  # removed[k]: the width of the first k cuts
    refs = list(blk.refs)
    for s, e, mark in cuts:
        refs.append((mark, blk.line_at(s)))
        pieces.append(blk.text[pos:s])
        pos = e
        starts.append(s)
        removed.append(removed[-1] + e - s)
    pieces.append(blk.text[pos:])

    def shifted(o: int) -> int:
        # an offset moves left by the width of every cut that starts before it
        return o - removed[bisect.bisect_left(starts, o)]

    blk.refs = refs
    blk.text = "".join(pieces)
    blk.line_map = [(shifted(o), ln) for o, ln in blk.line_map]
    if blk.bold:
        blk.bold = [(shifted(bs), shifted(be)) for bs, be in blk.bold]
