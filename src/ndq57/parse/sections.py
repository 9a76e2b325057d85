"""The numbered section tree, from numbering families rather than markdown depth.

A rule table of named numbering patterns (tried in order, one compiled alternation) gives each
block a family and a label; families are ranked (``Phần`` > ``Chương`` > ``Mục`` > ``Điều`` >
Roman > decimal by depth > ``(1)`` > ``a)``) and a stack turns the ranks into a tree. Bullets
(``-``, ``+``) are items of a section's text, not sections. Repeated or skipped numbers keep
their content.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from ndq57 import cache
from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.model import Section
from ndq57.parse.layout import Block
from ndq57.parse.syllables import is_syllable
from ndq57.readers.numbering import to_roman
from ndq57.textutil import alternation, mostly_upper

# the rank of an item numbered by words ("Thứ nhất, ...") before the document places it (see
# _word_rank), and of a letter in parentheses ("(a)": under a letter "a)" when both occur)
_WORD_RANK = 6.95
_PAREN_LETTER_RANK = 8.2
_PAREN_ROMAN_RANK = 8.1  # ("(i)", "(ii)": under a letter "a)" when both occur, over "(a)")
_PAREN_ROMAN_UNDER_RANK = 8.25  # (... but under "(a)" when they follow it: "(h) ... sau:" / "(i)")

# (family, rank, pattern): the numbering families, highest rank first; the pattern of a family
# named by words (appendix, part, chapter, mục, tiểu mục, article) is numbering.yaml's (None here).
# A family's key is its name in the output unless numbering.yaml `family_names` says otherwise.
_RULES: tuple[tuple[str, float, str | None], ...] = (
    ("appendix", 0.0, None),
    ("part", 1.0, None),
    ("chapter", 2.0, None),
    ("muc", 3.0, None),
    ("tieumuc", 3.2, None),
    ("article", 4.0, None),
    # parts lettered "A." "B-" "C)" over the roman ones (kept only where the document has an "A"
    # and then a "B", see _letter_parts); "I" is left to the roman family
    # (and closed by a slash, "A/", "I/", "1/", "a/", as some offices number: a letter after it)
    ("alpha", 4.5, r"(?P<alpha_l>[ABCDĐEGH])\s?[.\-–)/]\s+(?=\p{Lu})"),
    (
        "roman",
        5.0,
        # (a typist may leave out the blank before an upper-case heading: "II.NHIỆM VỤ")
        r"(?P<roman_l>(?=[IVXLC])M{0,1}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))"
        # (and closed by a colon before a capital, as some exports type it: "II: TỔ CHỨC THỰC HIỆN")
        # (or by a full stop and a dash: "II.- NHIỆM VỤ")
        r"\s*(?:[.\-–)]\s+|\.\s*[-–]\s+|/\s+(?=\p{L})|:\s+(?=\p{Lu})|\.(?![IVXLC]+\b)(?=\p{Lu}{2,}\s))",
    ),
    (
        "decimal",
        6.0,
        # (Party style closes a deep label with a hyphen: "1.2- Chi bộ thôn 3")
        # (and by a parenthesis: "2.1) Sở Tài chính ...")
        # (or by a hyphen set apart before a capital: "1.1 - Sở Tài chính ...")
        r"(?P<decimal_l>\d{1,2}(?:\.\d{1,2}){1,5})(?:\.(?!\d)\s*|\s+(?=\p{Lu})|[-–)]\s+(?=\p{L})|\s+[-–]\s+(?=\p{Lu}))"
        r"|(?P<decimal_l>\d{1,2})(?:\.(?!\d)\s*|\s*[-–)]\s+)"
        r"|(?P<decimal_l>\d{1,2}(?:\.\d{1,2}){0,5})/\s+(?=\p{L})"
        # (closed by a colon before a capital: "2: Yêu cầu", "2.1: Sở Tài chính ..."; a blank may
        # stand before the colon or the full stop in an export: "2 : Yêu cầu", "1 . Sở Nội vụ")
        r"|(?P<decimal_l>\d{1,2}(?:\.\d{1,2}){0,5})(?:\s*:|\s+\.)\s+(?=\p{Lu})"
        # (after the roman part's numeral: "I.1. Sở Nội vụ ...", "II.2.3. Các xã ..." are items
        # "1", "2.3" of the part that holds them)
        # (or closed by a hyphen, in Party style: "I.1- Sở Tài chính ...")
        r"|[IVX]{1,4}\.(?P<decimal_l>\d{1,2}(?:\.\d{1,2}){0,4})(?:\.(?!\d)\s*|\s+(?=\p{Lu})|\s*[-–)]\s+(?=\p{L}))",
    ),
    # (and letters in parentheses, "(a)", "(b)": a letter item, see _PAREN_LETTER_RANK)
    # (small roman numerals in parentheses, "(i)", "(ii)", "(iv)": items of their own, see
    # _PAREN_ROMAN_RANK; "(i)", "(v)", "(x)" are read so, not as letters)
    (
        "paren",
        7.0,
        r"\((?P<paren_l>\d{1,2})\)\s*|\((?P<proman_l>i{1,3}|iv|vi{0,3}|ix|xi{0,2})\)\.?\s+|\((?P<pletter_l>[a-zđ])\)\.?\s+",
    ),
    # "a)", "a-" in Party style, "a." (a Word list pandoc writes with its delimiter); "a." with
    # no blank before a capitalised word, as a typist may leave it out ("a.Sở Tài chính ...")
    # (small roman numerals closed by a parenthesis, "ii)", "iv)", or by a full stop before a
    # capital, "ii. Sở ...": items of their own, as "(ii)" are; "i)", "v)", "x)" are letters
    # unless the list goes on with the next numeral, see _small_romans)
    (
        "letter",
        8.0,
        r"(?P<sroman_l>ii{1,2}|iv|vi{1,3}|ix|xi{1,2})(?:\)\s+|\.\s+(?=\p{Lu}))"
        r"|(?P<letter_l>[a-zđ])(?:\)\s*|[-.](?=\s)\s+|/\s+(?=\p{L})|\.(?=\p{Lu}[\p{Ll}\p{M}]))",
    ),
    # items numbered by words, as Party conclusions and speeches write them: "Thứ nhất, ...",
    # "Một là: ..." (words: numbering.yaml; a sign after them; kept only in a sequence, see
    # _word_runs; ranked where the first of them stands, see _word_rank)
    ("ordinal", _WORD_RANK, r"(?P<ordinal_l>(?i:ORD_WORD\s+(?:ORD_PLACES)))(?:\s+(?i:ORD_AFTER))?\s*[,:.\-–]\s*"),
    ("cardinal", _WORD_RANK, r"(?P<cardinal_l>(?i:(?:CARD_PLACES)\s+CARD_AFTER))\s*[,:.\-–]\s*"),
)


@functools.cache
def _pattern(families: tuple[str, ...] | None = None) -> regex.Pattern[str]:
    """The alternation of the rules (of ``families`` only, in the same order, when given)."""
    words = load("numbering")
    alts = "|".join(
        f"(?:{pat if pat is not None else words['families'][family]})"
        for family, _, pat in _RULES
        if families is None or family in families
    )
    for key, value in _pattern_words():
        alts = alts.replace(key, value)
    return regex.compile(r"^(?:" + alts + ")")


@functools.cache
def _pattern_words() -> tuple[tuple[str, str], ...]:
    """The place holders of the rules' patterns and the words that stand in them (numbering.yaml,
    tables.yaml ``appendix_forms``), in the order they are put in; kept between processes."""

    def build() -> tuple[tuple[str, str], ...]:
        words = load("numbering")
        ordinal, cardinal = words["ordinal_items"], words["cardinal_items"]
        return (
            ("FORMS", alternation(str(w) for w in load("tables")["appendix_forms"])),
            ("ORD_WORD", regex.escape(str(ordinal["word"]))),
            ("ORD_PLACES", alternation(str(w) for w in ordinal["places"])),
            ("ORD_AFTER", regex.escape(str(ordinal["after"]))),
            ("CARD_PLACES", alternation(str(w) for w in cardinal["places"])),
            ("CARD_AFTER", regex.escape(str(cardinal["after"]))),
        )

    return cache.kept(
        "sections-words",
        build,
        data=["numbering", "tables"],
        sources=[__file__],
    )


# the families whose numbering can start with a character (kept in step with _RULES): a text
# starting so is asked of their rules only, which give the match the whole alternation gives
# (the others cannot match there)
_FAMILIES_BY_FIRST: dict[str, tuple[str, ...]] = {
    "P": ("appendix", "part"),
    "C": ("chapter", "alpha", "roman"),
    "D": ("alpha", "roman"),
    "M": ("muc", "appendix"),
    "T": ("tieumuc",),
    "Đ": ("article", "alpha"),
    **dict.fromkeys("AEGH", ("alpha",)),
    "B": ("appendix", "alpha"),
    "(": ("paren",),
    **dict.fromkeys("IVX", ("roman", "decimal")),
    "L": ("roman",),
    **dict.fromkeys("0123456789", ("decimal",)),
    **dict.fromkeys("abcdefghijklmnopqrstuvwxyzđ", ("letter",)),
}


@functools.cache
def _families_by_first() -> dict[str, tuple[str, ...]]:
    """:data:`_FAMILIES_BY_FIRST`, with the families of the items numbered by words under the
    capitals their words start with ("Thứ nhất", "Một là": numbering.yaml)."""
    words = load("numbering")
    starts = {
        "ordinal": {str(words["ordinal_items"]["word"])[:1].upper()},
        "cardinal": {str(w)[:1].upper() for w in words["cardinal_items"]["places"]},
    }
    out = dict(_FAMILIES_BY_FIRST)
    for family, letters in starts.items():
        for letter in letters:
            out[letter] = (*out.get(letter, ()), family)
    return out


@dataclass(slots=True)
class Numbered:
    family: str
    rank: float
    label: str
    end: int  # offset where the text after the label starts
    prefixed: bool = False  # (a decimal label after its roman part's numeral: "I.1.")


def match_numbering(text: str) -> Numbered | None:
    """Recognise the numbering at the start of a paragraph.

    >>> match_numbering("2.2.1. Đảng ủy UBND tỉnh").label
    '2.2.1'
    >>> match_numbering("II- KẾT QUẢ").label
    'II'
    >>> match_numbering("(3) Bố trí nguồn lực").label
    '(3)'
    >>> match_numbering("Điều 4. Hiệu lực thi hành").label
    'Điều 4'
    >>> match_numbering("2025 - 2030") is None
    True
    """
    first = text[:1]
    families = _families_by_first().get(first)
    if families is None and (first.isascii() or first.isalpha()):
        # (no numbering starts so — of the other characters only a digit of another script
        # can — : the pattern is not tried)
        return None
    m = _pattern(families).match(text)
    num = _numbered(m)
    if num is not None and num.end == 2 and text[1:2] == "." and num.family == "letter" and not glued_letter_item(text):
        return None  # ("e.Office là ...": a name, not the letter "e")
    return num


def glued_letter_item(text: str) -> bool:
    """``text`` opens with a letter, a full stop and no blank, then a Vietnamese word ("a.Sở Tài
    chính ..."): a letter item; not a name written so ("e.Office") nor another ("b)", "c. ").

    >>> glued_letter_item("a.Sở Tài chính"), glued_letter_item("e.Office là"), glued_letter_item("a. Sở")
    (True, False, False)
    """
    if text[1:2] != "." or text[2:3].isspace() or not text[2:3]:
        return False
    word = text[2:].split(" ", 1)[0].rstrip(",.;:")
    return is_syllable(word)


def paren_roman(text: str) -> bool:
    """``text`` opens with a small roman numeral in parentheses ("(ii) Sở Nội vụ ...").

    >>> paren_roman("(ii) Sở Nội vụ"), paren_roman("(a) Sở Nội vụ")
    (True, False)
    """
    if text[:1] != "(":
        return False
    num = match_numbering(text)
    return num is not None and num.family == "proman"


def opens_word_item(text: str) -> bool:
    """``text`` starts as an item numbered by words does ("Thứ hai, ...", "Một là: ..."; whether
    it is one, the sequence of them decides: see :func:`_word_runs`).

    >>> opens_word_item("Thứ hai, Sở Tài chính ..."), opens_word_item("Thứ hai tuần sau")
    (True, False)
    """
    families = _families_by_first().get(text[:1])
    if families is None or not any(f in _WORD_FAMILIES_OF_ITEMS for f in families):
        return False
    num = match_numbering(text)
    return num is not None and num.family in _WORD_FAMILIES_OF_ITEMS


@functools.cache
def _appendix_label() -> str:
    """How an appendix is named ("Phụ lục": tables.yaml ``appendix_label``)."""
    return str(load("tables")["appendix_label"])


@functools.cache
def _part_ordinal() -> str:
    """The ordinal word of a part in capitals ("PHẦN THỨ HAI": numbering.yaml ordinal_items.word)."""
    return str(load("numbering")["ordinal_items"]["word"]).upper()


def _numbered(m: regex.Match[str] | None) -> Numbered | None:
    """The numbering a match of :func:`_pattern` gives."""
    if not m:
        return None
    key = m.lastgroup  # (the outermost group of the family that matched closes last)
    got = m.group(key) if key else None
    if not got:
        return None
    if key == "appendix" and m.group("form"):
        # "Biểu số 02" is "Biểu 02", "MẪU SỐ 01" "Mẫu 01": the word and the number as written; a
        # part of the appendix that holds it, if any ("Phụ lục II" / "Mẫu 1", "Mẫu 2")
        word = " ".join(m.group("form").split()).capitalize()
        # ("Mẫu 6.1" is a form of the group "Mẫu 6": under it when it is open)
        rank = _SUB_FORM_RANK if "." in m.group("form_l") else _FORM_RANK
        return Numbered("appendix", rank, f"{word} {m.group('form_l')}", m.end())
    if key == "appendix":
        # "PHỤ LỤC SỐ 01", "Phụ lục 1" are "Phụ lục I": appendices are numbered in Roman numerals
        # (NĐ 30/2020, as the gold files write them); some offices number them in figures
        num = m.group("appendix_l")
        if num and num.isdigit() and int(num):
            num = to_roman(int(num))
        if num and m.group("appendix_sub"):
            # a part of an appendix ("Phụ lục 1.2" is "Phụ lục I.2"), under the appendix
            label = _appendix_label()
            return Numbered("appendix", _SUB_APPENDIX_RANK, f"{label} {num}.{m.group('appendix_sub')}", m.end())
        return Numbered("appendix", 0.0, f"{_appendix_label()} {num}" if num else _appendix_label(), m.end())
    if key in _WORD_FAMILY_RANKS:
        family, rank = _word_families()[key]
        words = " ".join(got.split())
        # (the number after the family's words: "Tiểu mục 2", "Phần thứ hai")
        word, _, num = words.rpartition(" ") if key == "tieumuc" else words.partition(" ")
        if num.startswith(_part_ordinal()):
            num = num.lower()  # ("PHẦN THỨ HAI" is "Phần thứ hai")
        return Numbered(family, rank, f"{word.capitalize()} {num}", m.end())
    if key == "alpha_l":
        return Numbered("alpha", 4.5, got, m.end())
    if key == "roman_l":
        return Numbered("roman", 5.0, got, m.end())
    if key == "decimal_l":
        depth = got.count(".") + 1
        return Numbered("decimal", 6.0 + depth / 10, got, m.end(), m.group(0)[:1] in _ROMAN_FIRSTS)
    if key == "paren_l":
        return Numbered("paren", 7.0, f"({got})", m.end())
    if key == "pletter_l":
        return Numbered("letter", _PAREN_LETTER_RANK, f"({got})", m.end())
    if key == "proman_l":
        return Numbered("proman", _PAREN_ROMAN_RANK, f"({got})", m.end())
    if key == "sroman_l":
        return Numbered("proman", _PAREN_ROMAN_RANK, got, m.end())
    if key in ("ordinal_l", "cardinal_l"):
        # the words as a sentence starts them: "THỨ HAI" is "Thứ hai", "Một  là" "Một là"
        words = " ".join(got.split()).lower()
        return Numbered(key[:-2], _WORD_RANK, words[:1].upper() + words[1:], m.end())
    if key == "letter_l":
        return Numbered("letter", 8.0, got, m.end())
    return None


# the rank of an appendix's table or form ("Biểu 01"): under an appendix ("Phụ lục II"), over
# everything else
_FORM_RANK = 0.5
# the rank of a part of an appendix numbered under it ("Phụ lục I.2"): under the appendix, over
# its tables and forms
_SUB_APPENDIX_RANK = 0.25
# the rank of a form numbered under a form ("Mẫu 6.1" under "Mẫu 6", "Biểu 01.3")
_SUB_FORM_RANK = 0.55
# the rank of the part each of those is numbered under
_UNDER_RANK = {_SUB_APPENDIX_RANK: 0.0, _SUB_FORM_RANK: _FORM_RANK}

# the families named by a word ("Phần II", "Điều 4"): their group and rank
_WORD_FAMILY_RANKS = {"part": 1.0, "chapter": 2.0, "muc": 3.0, "tieumuc": 3.2, "article": 4.0}


@functools.cache
def _family_name(key: str) -> str:
    """A family's name in the output (numbering.yaml ``family_names``; else its key)."""
    return str(load("numbering")["family_names"].get(key, key))


@functools.cache
def _word_families() -> dict[str, tuple[str, float]]:
    """The families named by a word, by their group: their name and rank."""
    return {key: (_family_name(key), rank) for key, rank in _WORD_FAMILY_RANKS.items()}


@functools.cache
def _word_family_names() -> frozenset[str]:
    """The names of the families named by a word ("Phần", "Chương", "Mục", "Điều")."""
    return frozenset(name for name, _ in _word_families().values())


# the signs that end a label of a heading ("Điều 3.", "Mục II:", "Phần I -")
_LABEL_SIGNS = ".:-\u2013)"


# the widest line of a hard-wrapped copy (an OCR or PDF text); a copy whose lines are wider holds
# its paragraphs on one line each (a DOCX or a web page)
_MAX_WRAP = 120


def _line_widths(blk: Block) -> list[int]:
    starts = [o for o, _ in blk.line_map] + [len(blk.text.rstrip())]
    return [b - a for a, b in itertools.pairwise(starts)]


def _wrap_width(blocks: list[Block]) -> int:
    """The width the copy's lines are wrapped at: its widest line that runs on to the next one in
    a paragraph (0: no paragraph runs over two lines, or one runs over lines too wide to be
    wrapped)."""
    width = 0
    for blk in blocks:
        if blk.kind == "para" and len(blk.line_map) > 1:
            width = max(width, *_line_widths(blk)[:-1])
    return width if width <= _MAX_WRAP else 0


def _wrapped_reference(blocks: list[Block], bi: int, num: Numbered, width: int) -> bool:
    """The label named by a word that opens ``blocks[bi]`` ("Mục III", "Điều 5") is a reference
    wrapped onto a line's start in a copy hard-wrapped at ``width`` (an OCR or PDF text without
    blank lines), no heading: the paragraph on the line above runs to the wrap (its last line
    three quarters of the width or more) and stops on a lower-case word or a number with no sign
    ("... thực hiện theo khoản 2" / "Mục III" / "Hướng dẫn số 01-HD/BTCTU."), and no sign follows
    the label (a heading's "Điều 3." or "Mục II:" keeps its place).

    >>> from ndq57.parse.layout import Block
    >>> above = Block("- Về quy trình đánh giá: thực hiện tương tự như nội dung khoản 2", [(0, 10)])
    >>> label = Block("Mục III", [(0, 11)])
    >>> _wrapped_reference([above, label], 1, match_numbering("Mục III"), 70)
    True
    >>> _wrapped_reference([above, label], 1, match_numbering("Mục III"), 100)
    False
    >>> _wrapped_reference([above, Block("Điều 3. Hiệu lực", [(0, 11)])], 1, match_numbering("Điều 3. Hiệu lực"), 70)
    False
    """
    if bi == 0:
        return False
    blk, above = blocks[bi], blocks[bi - 1]
    if above.kind != "para" or above.line_map[-1][1] + 1 != blk.line:
        return False
    if blk.text[: num.end].rstrip()[-1:] in _LABEL_SIGNS:
        return False
    end = above.text.rstrip()[-1:]
    if not end.isalnum() or end.isupper():
        return False
    return 4 * _line_widths(above)[-1] >= 3 * width


def _looks_heading(rest: str, blk: Block) -> bool:
    r = rest.strip()
    if not r:
        return False
    if blk.all_bold or blk.md_heading:
        return len(r) <= 300 and not r.endswith((".", ";"))
    if len(r) > 200:
        return False
    return not r.endswith((".", ";", ".)", "…"))


@dataclass(slots=True)
class SectionTree:
    roots: list[Section]
    owner: list[Section | None]  # for each block, the innermost section that holds it


@functools.cache
def _attachment_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    """The title of a document issued with this one ("KẾ HOẠCH ...", "QUY CHẾ ...") and the line
    under it that says so ("(Ban hành kèm theo Quyết định số ...)", "(Kèm theo ...)"); and how
    the titles start: their first two letters (the first one for a title whose first word is a
    letter alone, as the blank after it may be any blank)."""
    types = [t["name"] for t in load("doctypes")["types"]]
    alt = "|".join(regex.escape(t.upper()).replace(r"\ ", r"\s+") for t in sorted(types, key=len, reverse=True))
    title = regex.compile(rf"^\s*(?P<type>{alt})(?:\s|$)")
    issued = regex.compile(str(load("numbering")["issued_note"]), regex.IGNORECASE)
    return title, issued, frozenset(t.upper()[: 2 if len(t.split()[0]) > 1 else 1] for t in types)


def _may_open_title(text: str, starts: frozenset[str]) -> bool:
    r"""Whether ``text`` starts as a title does (``starts``: see :func:`_attachment_patterns`); if
    not, the title pattern is not tried. (str.lstrip removes the blanks ``\s`` stands for, and
    others: before a title's first letter it stops where the pattern's blanks end.)"""
    head = text.lstrip()[:2]
    return head in starts or head[:1] in starts


def _attachment(blocks: list[Block], i: int, attached: int | None = None) -> str | None:
    """The type of the attached document whose title starts at block ``i`` ("Kế hoạch"), or None.
    ``attached``: the line of a document the header found attached after the sign-off without a
    note under its title (:func:`ndq57.parse.header.issued_with`)."""
    if blocks[i].kind != "para":
        return None
    title, issued, starts = _attachment_patterns()
    if not _may_open_title(blocks[i].text, starts):
        return None  # (no title starts so: the pattern is not tried)
    m = title.match(blocks[i].text)
    if m is None:
        return None
    if blocks[i].line == attached or any(issued.search(b.text[:400]) for b in blocks[i : i + 4]):
        return " ".join(m.group("type").split()).capitalize()
    return None


# Containers above the articles: an article's path leaves them out ("Điều 6.8", not "Chương
# II.Điều 6.8"), as articles are numbered through the whole document.
_ABOVE_ARTICLE_KEYS = ("part", "chapter", "muc", "tieumuc", "roman")


@functools.cache
def _above_articles() -> frozenset[str]:
    return frozenset(_family_name(k) for k in _ABOVE_ARTICLE_KEYS)


def _path(stack: list[tuple[float, Section]], num: Numbered) -> str:
    """The path of a new section under the open ``stack`` (outermost first)."""
    if not stack:
        return num.label
    parent = stack[-1][1]
    if parent.family == "group":
        # (a lead's words are no label: its items' paths are the labels as printed, "II.1")
        return _path(stack[:-1], num)
    if (
        num.family in ("decimal", "appendix")
        and parent.family == num.family
        and num.label.startswith(parent.label + ".")
    ):
        # ("2.1" under "2", "Phụ lục I.2" under "Phụ lục I": the label holds the parent's)
        return parent.path[: len(parent.path) - len(parent.label)] + num.label
    if num.family == "article":
        # past the containers: the attached document's path (if any), then the article
        outer = [sec for _, sec in stack if sec.family not in _above_articles()]
        return f"{outer[-1].path}.{num.label}" if outer else num.label
    return f"{parent.path}.{num.label}"


def _rank_overrides(nums: list[Numbered | None]) -> dict[str, float]:
    """Ranks that the document itself changes: roman parts holding articles ("I- QUY ĐỊNH CHUNG",
    then "Điều 1. ...") rank above the articles. ``nums``: the numbering of each block."""
    first: dict[str, int] = {}
    muc, tieumuc = _family_name("muc"), _family_name("tieumuc")
    for i, num in enumerate(nums):
        if num is not None and num.family in ("roman", "article", muc, tieumuc) and num.family not in first:
            first[num.family] = i
    out: dict[str, float] = {}
    if "roman" in first and "article" in first and first["roman"] < first["article"]:
        out["roman"] = 3.5
    if "roman" in first and muc in first and first["roman"] < first[muc]:
        # "Mục 1:" first met inside a roman part ("II. NHIỆM VỤ" / "Mục 1: Nhiệm vụ chung" /
        # "1. ..."): the part's divisions, under it and over its items (and over its articles)
        roman = out.get("roman", 5.0)
        out[muc] = roman + 0.4
        out[tieumuc] = roman + 0.45
    return out


# the families of the items numbered by words ("Thứ nhất", "Một là")
_WORD_FAMILIES_OF_ITEMS = ("ordinal", "cardinal")


@functools.cache
def _word_places() -> dict[str, dict[str, int]]:
    """The place (1, 2, ...) of each item's label numbered by words, by family: "Thứ hai" is 2."""
    words = load("numbering")
    ordinal, cardinal = words["ordinal_items"], words["cardinal_items"]
    out: dict[str, dict[str, int]] = {"ordinal": {}, "cardinal": {}}
    for i, w in enumerate(ordinal["places"], 1):
        label = f"{ordinal['word']} {w}"
        out["ordinal"][label[:1].upper() + label[1:]] = i
    for i, w in enumerate(cardinal["places"], 1):
        label = f"{w} {cardinal['after']}"
        out["cardinal"][label[:1].upper() + label[1:]] = i
    return out


def _word_runs(nums: list[Numbered | None]) -> list[Numbered | None]:
    """``nums`` without the items numbered by words that are not in a sequence: an item is kept
    when it is the first ("Thứ nhất") and the next item of its family is the second, or when it
    follows the item kept before it ("Thứ ba" after "Thứ hai") with no part between them ("III.",
    "Phần", "Điều", an appendix...). A paragraph that merely starts "Thứ hai, ..." or "Một là,
    ..." is no item, nor a "Thứ Năm, ngày ..." in the next part after a list that ended at "Thứ tư"."""
    places = _word_places()
    out = list(nums)
    for family in _WORD_FAMILIES_OF_ITEMS:
        # (the items of the family, each with its place; a part opening between them: place -1)
        at: list[tuple[int, int]] = []
        for i, num in enumerate(nums):
            if num is None:
                continue
            if num.family == family:
                at.append((i, places[family].get(num.label, 0)))
            elif num.rank <= _PART_RANK and at and at[-1][1] != -1:
                at.append((i, -1))
        kept = [False] * len(at)
        for k, (_, place) in enumerate(at):
            if place == 1:
                kept[k] = k + 1 < len(at) and at[k + 1][1] == 2
            elif place > 1:
                kept[k] = k > 0 and kept[k - 1] and at[k - 1][1] == place - 1
        for (i, place), keep in zip(at, kept, strict=True):
            if place != -1 and not keep:
                out[i] = None
    return out


def _block_numbering(blk: Block) -> Numbered | None:
    """The numbering that opens the paragraph ``blk``: :func:`match_numbering`, or an item
    numbered by words after a list's dash ("- Thứ nhất, Sở Tài chính ...", "+ Hai là: ..."; an
    item only in a sequence, as without the dash: see :func:`_word_runs`)."""
    text = blk.text
    if text[:1] in "-+•" and text[1:2] == " ":
        rest = text[1:].lstrip(" ")
        if opens_word_item(rest):
            num = match_numbering(rest)
            if num is not None:
                return Numbered(num.family, num.rank, num.label, num.end + len(text) - len(rest))
        return None
    num = match_numbering(text)
    if num is None and text[:1] == "Đ" and len(blk.line_map) == 1:
        num = _titled_article(text)
    return num


# the most words of an article's heading in small letters with no sign after its label
_TITLED_WORDS = 12


@functools.cache
def _titled_pattern() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """numbering.yaml ``titled_article``, and the words that open an act's name after it."""
    words = load("numbering")
    refs = {str(w) for w in words["titled_article_refs"]} | {str(t["name"]) for t in load("doctypes")["types"]}
    firsts = tuple(sorted({w[:1].upper() + w[1:] + " " for w in refs}, key=len, reverse=True))
    return regex.compile("^" + str(words["titled_article"])), firsts


def _titled_article(text: str) -> Numbered | None:
    """An article whose label has no sign before a heading in small letters, alone on its line
    ("Điều 3 Hiệu lực thi hành"): short, no figure, no sign at its end, no act's name after the
    label ("Điều 3 Nghị định số ...", "Điều 5 Luật Đất đai" is a reference wrapped onto a line).

    >>> _titled_article("Điều 3 Hiệu lực thi hành").label
    'Điều 3'
    >>> _titled_article("Điều 3 Nghị định này quy định") is None, _titled_article("Điều 2 Sở Nội vụ báo cáo.") is None
    (True, True)
    """
    pat, refs = _titled_pattern()
    m = pat.match(text)
    if m is None:
        return None
    rest = text[m.end() :].rstrip(" *_")
    if (
        not rest
        or len(rest.split()) > _TITLED_WORDS
        or rest[-1:] in ".,;:…)"
        or any(c.isdigit() for c in rest)
        or f"{rest} ".startswith(refs)
    ):
        return None
    return _numbered(m)


# the letters of a list lettered in parentheses, in order: the Vietnamese alphabet's and the
# Latin one's ("(h)", then "(i)"; "(u)", then "(v)", "(x)")
_LETTER_ORDERS = ("abcdđeghiklmnopqrstuvxy", "abcdefghijklmnopqrstuvwxyz")


def _paren_letters(nums: list[Numbered | None]) -> None:
    """In place: a small roman numeral in parentheses that goes on a list lettered in parentheses
    is a letter ("(i)" after "(h)", "(v)" after "(u)"), unless the next item in parentheses is the
    next numeral ("(h) ..." / "(i) ..." / "(ii) ...": a list of numerals)."""
    last = ""  # the letter of the last "(a)" item, if the last item in parentheses was one
    prev: Numbered | None = None  # the numbered paragraph before this one
    for i, num in enumerate(nums):
        if num is None:
            continue
        before, prev = prev, num
        if num.family not in ("letter", "proman") or not num.label.startswith("("):
            continue
        if num.family == "letter":
            last = num.label[1:-1]
            continue
        got = num.label[1:-1]
        if last and len(got) == 1 and any(_follows(order, last, got) for order in _LETTER_ORDERS):
            after = next((n for n in nums[i + 1 :] if n is not None and n.label.startswith("(")), None)
            if after is None or after.label != f"({got}i)":  # (not "(i)" then "(ii)")
                nums[i] = prev = Numbered("letter", _PAREN_LETTER_RANK, num.label, num.end)
                last = got
                continue
        if before is not None and (
            (before.family == "letter" and before.label.startswith("(") and got == "i")
            or (before.family == "proman" and before.rank == _PAREN_ROMAN_UNDER_RANK)
        ):
            # numerals right under a letter in parentheses ("(h) ... sau:" / "(i) ..." / "(ii)
            # ..."): a list of the letter's own, under it
            nums[i] = prev = Numbered("proman", _PAREN_ROMAN_UNDER_RANK, num.label, num.end)
        last = ""


# the small roman numerals a letter may stand for, each with the numeral before it ("v" after "iv")
_ROMAN_LETTERS = {"i": "", "v": "iv", "x": "ix"}


def _small_romans(nums: list[Numbered | None]) -> None:
    """In place: a letter "i)", "v)" or "x)" that a list of small roman numerals holds ("i)" then
    "ii)"; "v)" after "iv)") is a numeral; "i)" after "h)" with no "ii)" next stays a letter."""
    prev = ""  # the label of the last item closed by a parenthesis alone ("a)", "ii)")
    for i, num in enumerate(nums):
        if num is None or num.family not in ("letter", "proman") or num.label.startswith("("):
            continue
        label = num.label
        if num.family == "letter" and label in _ROMAN_LETTERS:
            after = next((n for n in nums[i + 1 :] if n is not None and n.family in ("letter", "proman")), None)
            numeral = (
                prev == _ROMAN_LETTERS[label] and prev != ""
                if label != "i"
                else after is not None and after.family == "proman" and after.label == "ii"
            )
            if numeral:
                nums[i] = Numbered("proman", _PAREN_ROMAN_RANK, label, num.end)
        prev = label


# the rank of a list numbered in figures with a closing sign of its own under an item numbered in
# figures ("3. Các sở, ngành:" / "1- Rà soát ..."): under the item, over "3.1"
_SUB_LIST_RANK = 6.15
# how far the items numbered after their roman part's numeral ("I.1.", "I.2.") rank over the items
# of the same depth numbered anew under them ("1.", "2."), where a document has both
_PREFIXED_LIFT = 0.05
_ROMAN_FIRSTS = frozenset("IVX")


def _prefixed_heads(nums: list[Numbered | None]) -> None:
    """In place: the items numbered after their roman part's numeral ("I.1. Quảng bá", "I.2. Hạ
    tầng") when a list numbered anew ("1. ...", "2. ...") follows one of them: headings of those
    lists, under the part and over their items (paths "I.1.1", "I.1.2", "I.2.1"), not the lists'
    siblings."""
    prev: Numbered | None = None
    for num in nums:
        if num is None:
            continue
        if (
            prev is not None
            and prev.prefixed
            and num.family == "decimal"
            and not num.prefixed
            and num.label == "1"
            and num.rank == prev.rank
        ):
            break
        prev = num
    else:
        return
    for i, got in enumerate(nums):
        if got is not None and got.prefixed:
            nums[i] = Numbered(got.family, got.rank - _PREFIXED_LIFT, got.label, got.end, True)
# the signs that close an item's number ("1.", "1-", "1)"), each as the list's style
_CLOSERS = {".": ".", "-": "-", "–": "-", ")": ")"}


def _closer(blk: Block, num: Numbered) -> str | None:
    """The sign that closes the number of an item "1." / "1-" / "1 -" / "1)" at the start of
    ``blk``, or ``None``."""
    text = blk.text
    if not text.startswith(num.label):
        return None
    return _CLOSERS.get(text[len(num.label) : len(num.label) + 2].lstrip(" ")[:1])


def _sub_lists(nums: list[Numbered | None], blocks: list[Block]) -> None:
    """In place: a list numbered anew in figures with another closing sign right under an item of
    the document's list that leads it with a colon ("3. Các sở, ngành:" / "1- ..." / "2- ...",
    "2. UBND các xã:" / "1) ..."): the new list's items are the item's, ranked under it (paths
    "3.1", "3.2" as printed); the list ends at the next item closed as the item was, or a part."""
    lead: tuple[str, bool] | None = None  # the closer of the last item of the first level, led?
    sub: str | None = None  # the closer of the sub-list under way
    want = 0  # the number the sub-list's next item has
    for i, num in enumerate(nums):
        if num is None:
            continue
        if num.family != "decimal" or num.rank != 6.1:
            if num.rank < 6.1:
                lead, sub = None, None  # (a part ends both lists)
            continue
        closer = _closer(blocks[i], num)
        if sub is not None and closer == sub and num.label == str(want):
            nums[i] = Numbered(num.family, _SUB_LIST_RANK, num.label, num.end)
            want += 1
            continue
        sub = None
        if lead is not None and closer is not None and closer != lead[0] and lead[1] and num.label == "1":
            nums[i] = Numbered(num.family, _SUB_LIST_RANK, num.label, num.end)
            sub, want = closer, 2
            continue
        led = closer is not None and blocks[i].text.rstrip().endswith(":")
        lead = (closer, led) if closer is not None else None


# digits an OCR engine reads for one another ("2.5." read as "2.9.", a "3" as an "8")
_LOOKALIKE_DIGITS = frozenset({"59", "95", "56", "65", "38", "83", "68", "86", "17", "71", "08", "80"})


def _neighbours(nums: list[Numbered | None], order: Iterable[int]) -> dict[int, int]:
    """For each decimal label of two levels or more, the index of the label of its level met
    last in ``order`` with no label of a level above it between (one pass)."""
    last: dict[int, int] = {}
    out: dict[int, int] = {}
    for i in order:
        num = nums[i]
        if num is None or num.family != "decimal":
            if num is not None and num.rank < 6.0:
                last.clear()  # (a part above the decimal lists)
            continue
        depth = num.label.count(".") + 1
        for d in [d for d in last if d > depth]:
            del last[d]
        if depth > 1 and depth in last:
            out[i] = last[depth]
        last[depth] = i
    return out


def _decimal_lookalikes(nums: list[Numbered | None]) -> None:
    """In place: a sub-item's number an OCR engine misread, one digit of its last part read for
    a lookalike ("2.4.", "2.9.", "2.6.": the "5" read as a "9"), between the items numbered
    n - 1 and n + 1 of the same item ("2.") and level: the number n."""
    before = _neighbours(nums, range(len(nums)))
    if not before:
        return
    after = _neighbours(nums, range(len(nums) - 1, -1, -1))
    for i, b in before.items():
        a = after.get(i)
        num, prev = nums[i], nums[b]
        if a is None or num is None or prev is None or (nxt := nums[a]) is None:
            continue
        head, _, last = num.label.rpartition(".")
        p_head, _, p_last = prev.label.rpartition(".")
        n_head, _, n_last = nxt.label.rpartition(".")
        if not (head == p_head == n_head and last.isdigit() and p_last.isdigit() and n_last.isdigit()):
            continue
        want = str(int(p_last) + 1)
        if int(n_last) != int(p_last) + 2 or last == want or len(last) != len(want):
            continue
        diff = [x + y for x, y in zip(last, want, strict=True) if x != y]
        if len(diff) == 1 and diff[0] in _LOOKALIKE_DIGITS:
            nums[i] = Numbered(num.family, num.rank, f"{head}.{want}", num.end)


def _follows(order: str, before: str, letter: str) -> bool:
    """``letter`` comes right after ``before`` in the alphabet ``order``."""
    at = order.find(before)
    return at >= 0 and order[at + 1 : at + 2] == letter


# the lowest rank of a part that ends a list of items numbered by words (a roman "III.")
_PART_RANK = 5.0


def _numbered_under(stack: list[tuple[float, Section]], num: Numbered) -> float:
    """The rank of a part numbered under a part ("Phụ lục I.2", "Biểu 02.1"): under the open part
    whose number it extends ("Phụ lục I", "Biểu 02"); beside an open part of the rank of that one
    whose number it does not extend ("Biểu 03.1" after "Biểu 02")."""
    over = _UNDER_RANK[num.rank]
    for rank, sec in reversed(stack):
        if rank == over:
            return num.rank if num.label.startswith(sec.label + ".") else over
        if rank < over:
            break
    return num.rank


def _word_rank(stack: list[tuple[float, Section]], family: str) -> float:
    """The rank of an item numbered by words ("Thứ hai") under the open ``stack``: its elder
    sibling's, if one is open; else just under the innermost open section (the items stand where
    the document puts them: under a part "II.", an item "1." or a letter "a)")."""
    for rank, sec in reversed(stack):
        if sec.family == family:
            return rank
    return stack[-1][0] + 0.05 if stack else _WORD_RANK - 1.0


def _letter_parts(nums: list[Numbered | None]) -> bool:
    """The document is divided into parts lettered "A.", "B.", ...: an "A" comes before a "B" (a
    paragraph that merely starts "C. " or "D- " is no part)."""
    seen_a = False
    for num in nums:
        if num is not None and num.family == "alpha":
            if num.label == "A":
                seen_a = True
            elif num.label == "B" and seen_a:
                return True
    return False


def _letter_rank(nums: list[Numbered | None]) -> dict[str, float]:
    """Parts lettered "A.", "B." rank above the roman parts when they come first; lettered under a
    roman part ("I. ..." / "A. ..." / "B. ..." / "II. ...") they rank below it."""
    alpha = next((i for i, num in enumerate(nums) if num is not None and num.family == "alpha"), None)
    if alpha is None:
        return {}
    # (from the appendix that holds the first letter, if any: an appendix numbers anew)
    start = max((i for i in range(alpha) if (num := nums[i]) is not None and num.family == "appendix"), default=0)
    under_roman = any(num is not None and num.family == "roman" for num in nums[start:alpha])
    return {"alpha": 5.5} if under_roman else {}


@functools.cache
def _closing_pattern() -> tuple[regex.Pattern[str], frozenset[str]]:
    """The opening of a closing paragraph (see ``closing_openers`` in doctypes.yaml), and the
    first letters it can start with."""
    data = load("doctypes")
    issuers = "|".join(regex.escape(str(w)) for w in sorted(data["closing_issuers"], key=len, reverse=True))
    verbs = "|".join(regex.escape(str(w)) for w in data["closing_verbs"])
    openers = "|".join(regex.escape(str(w)) for w in sorted(data["closing_openers"], key=len, reverse=True))
    pattern = regex.compile(rf"^[\s*_]*(?:(?:{openers})\s|(?:{issuers})\s[^,.;:()]{{0,60}}?\s(?:{verbs})\s)")
    return pattern, frozenset(str(w)[:1] for w in [*data["closing_openers"], *data["closing_issuers"]])


def _closing(blk: Block) -> bool:
    """``blk`` is the closing paragraph of the body (the pattern is tried only on a paragraph
    starting with one of the letters its words start with)."""
    if blk.kind != "para":
        return False
    pattern, first = _closing_pattern()
    if blk.text.lstrip(" *_")[:1] not in first:
        return False
    return pattern.match(blk.text) is not None


@functools.cache
def _part_words() -> regex.Pattern[str]:
    """The opening of an unnumbered part's heading (``unnumbered_parts`` in doctypes.yaml)."""
    words = alternation(str(w) for w in load("doctypes")["unnumbered_parts"])
    return regex.compile(r"^[\s*_#]*(?:" + words + r")(?!\w)")


def unnumbered_part(text: str) -> bool:
    """``text`` is the heading of a plan's part written without a number, in capitals on a line of
    its own ("NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN").

    >>> unnumbered_part("NHIỆM VỤ VÀ GIẢI PHÁP"), unnumbered_part("NHIỆM VỤ TRỌNG TÂM."), unnumbered_part("Nhiệm vụ")
    (True, False, False)
    """
    if len(text) > 120 or ":" in text or text.upper() != text or text.rstrip(" *_").endswith((".", ";", ",")):
        return False  # (not "THỜI GIAN THỰC HIỆN: QUÝ III/2026", a label and its value)
    return _part_words().match(text) is not None


def _part_block(blk: Block) -> bool:
    """``blk`` is a paragraph that heads an unnumbered part (:func:`unnumbered_part`)."""
    return blk.kind == "para" and unnumbered_part(blk.text)


def _list_title(text: str) -> bool:
    """``text`` titles a list of tasks attached after the sign-off ("DANH MỤC CÁC NHIỆM VỤ ...":
    ``attached_lists`` in doctypes.yaml), in capitals."""
    # (the note under it may be joined to it: "DANH MỤC ... (Kèm theo Thông báo số ...)")
    title = text[:200].partition("(")[0].strip(" *_#")
    return opens_attached_list(title) and mostly_upper(" ".join(title.split()))


@functools.cache
def _attached_lists() -> tuple[str, ...]:
    return tuple(str(w) for w in load("doctypes")["attached_lists"])


def opens_attached_list(title: str) -> bool:
    """``title`` opens with the words of a list of tasks attached after the sign-off ("DANH MỤC
    CÁC NHIỆM VỤ ...": ``attached_lists`` in doctypes.yaml; blanks of any length between them)."""
    return " ".join(title.split()).startswith(_attached_lists())


def _form_part(blk: Block, num: Numbered, attached: int | None) -> bool:
    """The form's label ``num`` ("Biểu 01") opens a part of the appendix: after the line where the
    appendix starts (``attached``), or alone or over a title in capitals; not a line of the body
    naming the forms to fill in ("Biểu 01: Tổng hợp kết quả thực hiện;")."""
    if attached is not None and blk.line >= attached:
        return True
    rest = blk.text[num.end :].strip(" *_")
    return not rest or (mostly_upper(rest) and not rest.endswith((".", ";")))


# the item families whose items may each be one paragraph ("1. Sở X chủ trì ..., hoàn thành ...")
_INLINE_FAMILIES = ("decimal", "paren", "letter", *_WORD_FAMILIES_OF_ITEMS)
_BULLET = regex.compile(r"[\s*_]*[-+•–]")


def _closes_list(
    stack: list[tuple[float, Section]], roots: list[Section], texts: dict[int, list[str]], blk: Block
) -> bool:
    """Whether the unnumbered paragraph ``blk`` closes the list whose last item is open, rather
    than going on with that item (the caller has seen that no item of the list follows it):
    every item of the list (two or more) is one sentence-ending paragraph with no heading ("1. Sở
    X chủ trì ..., hoàn thành trước ...; 2. ..."), and ``blk`` is no bullet ("Các sở, ngành báo
    cáo kết quả trước ngày 15/12 hằng năm." after the last item belongs to the section above)."""
    last = stack[-1][1]
    if last.family not in _INLINE_FAMILIES or last.heading is not None or blk.kind != "para":
        return False
    if len(texts.get(id(last), [])) != 1 or _BULLET.match(blk.text):
        # (the item already goes on: its siblings are read at most once per list)
        return False
    parent = stack[-2][1] if len(stack) > 1 else None
    items = [c for c in (parent.children if parent else roots) if c.family == last.family]
    if len(items) < 2 or items[-1] is not last:
        return False
    for item in items:
        own = texts.get(id(item), [])
        if item.heading is not None or item.children or len(own) != 1 or not own[0].rstrip(" *_").endswith((".", ";")):
            return False
    return True


@functools.cache
def _note_label() -> regex.Pattern[str]:
    """The label of a note (``note_labels`` in doctypes.yaml), a few words about what it is on
    maybe, then its colon: "Lưu ý:", "Lưu ý khi bình xét thi đua:"."""
    words = alternation(str(w) for w in load("doctypes")["note_labels"])
    return regex.compile(r"^(?:" + words + r")(?:\s[^:.;]{0,60})?\s*:")


def _list_note(stack: list[tuple[float, Section]], blk: Block, nxt: float) -> bool:
    """``blk`` is a note in bold after the last of two or more items of a list ("4.1. ..." / "4.2.
    ..." / "**Lưu ý:** ..."; no item of that rank follows it): said of the section that holds the
    list, not of its last item."""
    if len(stack) < 2 or blk.kind != "para" or not blk.bold or blk.bold[0][0] != 0 or nxt >= stack[-1][0]:
        return False
    m = _note_label().match(blk.text)
    if m is None or blk.bold[0][1] < m.end() - 1:
        return False
    items = [c for c in stack[-2][1].children if c.family == stack[-1][1].family]
    return len(items) >= 2 and items[-1] is stack[-1][1]


def _group_title(stack: list[tuple[float, Section]], texts: dict[int, list[str]], blk: Block, nxt: float) -> bool:
    """``blk`` is the title of a group of a list's items, in capitals on a line of its own (short,
    no sentence's end), between the open item, which has words of its own, and the next item of
    the same rank ``nxt``."""
    if not stack or blk.kind != "para" or stack[-1][0] != nxt or len(stack) < 2:
        return False
    last = stack[-1][1]
    if last.family not in ("decimal", "letter", "paren") or not (last.heading or texts.get(id(last))):
        return False
    t = blk.text.strip(" *_#")
    return 0 < len(t) <= 120 and t.upper() == t and not t.endswith((".", ";", ",", ":")) and mostly_upper(t)


# the first label of a list, where a list restarted under a group's lead starts again
_FIRST_LABELS = frozenset(("1", "a", "(1)", "(a)"))


def _lead_text(blk: Block) -> str | None:
    """The words of ``blk`` when it is a short unnumbered lead ending with a colon ("Sở Tài
    chính:", "Đối với các xã:"), a line of its own with no sentence's end in it."""
    if blk.kind != "para" or len(blk.text) > 120 or "\n" in blk.text.strip():
        return None
    t = blk.text.strip(" *_#")
    if t[-1:] != ":" or not t[:1].isupper() or any(c in t for c in ".;"):
        return None
    return t[:-1].strip()


def _group_leads(blocks: list[Block], nums: list[Numbered | None]) -> dict[int, str]:
    """The leads (:func:`_lead_text`) that open groups of one list restarted under each of them
    ("**Sở Tài chính:**" / "1. ..." / "2. ..." / "**Sở Xây dựng:**" / "1. ..."): each is followed
    by its list's first item, and two of them or more stand under one parent, no item of a higher
    rank between them. Their block index -> their words."""
    out: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    family = ""
    rank = 0.0
    for bi, num in enumerate(nums):
        if num is not None:
            if run and (num.rank < rank or (num.family != family and num.rank <= rank)):
                if len(run) > 1:
                    out.update(run)
                run = []
            continue
        nxt = nums[bi + 1] if bi + 1 < len(nums) else None
        if nxt is None or nxt.label not in _FIRST_LABELS:
            continue
        words = _lead_text(blocks[bi])
        if words is None:
            continue
        if run and (nxt.family != family or nxt.rank != rank):
            if len(run) > 1:
                out.update(run)
            run = []
        run.append((bi, words))
        family, rank = nxt.family, nxt.rank
    if len(run) > 1:
        out.update(run)
    return out


def build_sections(blocks: list[Block], attached: int | None = None) -> SectionTree:
    """The section tree of the body's ``blocks``; ``attached``: the line where a document issued
    with this one starts after the sign-off, when no note under its title says so."""
    roots: list[Section] = []
    stack: list[tuple[float, Section]] = []
    owner: list[Section | None] = []
    texts: dict[int, list[str]] = {}
    numbering = [_block_numbering(blk) if blk.kind == "para" else None for blk in blocks]
    width = -1  # the width the copy is wrapped at (-1: not measured yet; 0: not wrapped)
    for bi, num in enumerate(numbering):
        if num is not None and num.family in _word_family_names():
            if width < 0:
                width = _wrap_width(blocks)
            if width and _wrapped_reference(blocks, bi, num, width):
                numbering[bi] = None
    _paren_letters(numbering)
    _small_romans(numbering)
    _prefixed_heads(numbering)
    _sub_lists(numbering, blocks)
    _decimal_lookalikes(numbering)
    for bi, num in enumerate(numbering):
        if num is not None and num.rank in (_FORM_RANK, _SUB_FORM_RANK) and not _form_part(blocks[bi], num, attached):
            numbering[bi] = None
    numbering = _word_runs(numbering)
    ranks = _rank_overrides(numbering)
    if not _letter_parts(numbering):
        numbering = [None if num is not None and num.family == "alpha" else num for num in numbering]
    else:
        ranks.update(_letter_rank(numbering))
    # the rank of the next numbered paragraph after each block (0: none, the list ends with the body)
    next_rank = [0.0] * len(blocks)
    upcoming = 0.0
    for bi in range(len(blocks) - 1, -1, -1):
        next_rank[bi] = upcoming
        got = numbering[bi]
        if got is not None:
            upcoming = ranks.get(got.family, got.rank)
    leads = _group_leads(blocks, numbering)
    starts = _attachment_patterns()[2]
    # the first block of an appendix after the sign-off, when a list's title opens it ("DANH MỤC
    # CÁC NHIỆM VỤ" / "(Kèm theo ...)", no "PHỤ LỤC" heading): a part "Phụ lục" of its own
    opening = next((bi for bi, blk in enumerate(blocks) if attached is not None and blk.line >= attached), None)
    for bi, blk in enumerate(blocks):
        if bi == opening and numbering[bi] is None and blk.kind == "para" and _list_title(blk.text):
            label = str(load("tables")["appendix_label"])
            part = Section(label, label, 1, "appendix", blk.text.strip(), blk.line, "")
            roots.append(part)
            stack = [(0.0, part)]
            owner.append(part)
            continue
        # (what _attachment asks first, asked here: most blocks start no title)
        may_attach = bi > 0 and blk.kind == "para" and _may_open_title(blk.text, starts)
        kind = _attachment(blocks, bi, attached) if may_attach else None
        if kind is not None:
            # a document issued with this one: a part of its own, beside the body
            part = Section(kind, kind, 1, "appendix", blk.text.strip() or None, blk.line, "")
            roots.append(part)
            stack = [(0.0, part)]
            owner.append(part)
            continue
        num = numbering[bi]
        if num is not None and num.family == "roman" and len(num.label) == 1 and num.label in "LC":
            num = None
        if num is not None and num.family in ranks:
            num = Numbered(num.family, ranks[num.family], num.label, num.end)
        elif num is not None and num.family in _WORD_FAMILIES_OF_ITEMS:
            num = Numbered(num.family, _word_rank(stack, num.family), num.label, num.end)
        elif num is not None and num.rank in _UNDER_RANK:
            num = Numbered(num.family, _numbered_under(stack, num), num.label, num.end)
        # (the top level: of the document, or of one attached to it, "KẾ HOẠCH" / "(Ban hành kèm theo ...)")
        top = 1 if stack and stack[0][1].family == "appendix" else 0
        if num is None and len(stack) > top and stack[top][1].family in _INLINE_FAMILIES and _part_block(blk):
            # a part's heading without a number between numbered items: the items before it end
            # (their section and owner hold no text after it)
            del stack[top:]
            owner.append(stack[-1][1] if stack else None)
            continue
        if num is None and bi in leads and next_rank[bi] and stack:
            # "**Sở Xây dựng:**" over a list that starts again ("1. ..."): a group of its own under
            # the section that holds the lists, its words its label and its heading (the owner of
            # its items), the list under it; its items' paths are their labels under the section
            # ("II.1", as printed); none at the top level (the document's parts are its labels)
            rank = next_rank[bi] - 0.01
            while stack and stack[-1][0] >= rank:
                stack.pop()
            words = leads[bi]
            parent = stack[-1][1] if stack else None
            path = f"{parent.path}.{words}" if parent else words
            group = Section(words, path, len(stack) + 1, "group", words, blk.line, "")
            (parent.children if parent else roots).append(group)
            stack.append((rank, group))
            owner.append(group)
            continue
        if num is None and _group_title(stack, texts, blk, next_rank[bi]):
            # a group's title in capitals between two items of one list ("2. Sở Công Thương ..." /
            # "LĨNH VỰC VĂN HÓA - XÃ HỘI" / "3. Sở Y tế ..."): the item before it ends; the title
            # is the text of the part that holds the list
            while stack and stack[-1][0] >= next_rank[bi]:
                stack.pop()
        if num is None:
            # (in a document attached after the sign-off, its own top level is one further down)
            keep = 2 if stack and stack[0][1].family == "appendix" else 1
            if len(stack) > keep and next_rank[bi] == 0.0 and _closing(blk):
                # the closing paragraph after the last item: the last top-level section's
                del stack[keep:]
            if stack and next_rank[bi] < stack[-1][0] and _closes_list(stack, roots, texts, blk):
                stack.pop()  # a closing paragraph of the section that holds the list
            elif _list_note(stack, blk, next_rank[bi]):
                stack.pop()  # a note on the list's items: the section that holds them
            sec = stack[-1][1] if stack else None
            owner.append(sec)
            if sec is not None:
                texts.setdefault(id(sec), []).append(blk.text)
            continue
        while stack and stack[-1][0] >= num.rank:
            stack.pop()
        parent = stack[-1][1] if stack else None
        rest = blk.text[num.end :].strip()
        heading = rest if _looks_heading(rest, blk) else None
        sec = Section(num.label, _path(stack, num), len(stack) + 1, num.family, heading, blk.line, "")
        if heading is None and rest:
            texts.setdefault(id(sec), []).append(rest)
        (parent.children if parent else roots).append(sec)
        stack.append((num.rank, sec))
        owner.append(sec)

    # fill texts
    def fill(nodes: list[Section]) -> None:
        for s in nodes:
            s.text = "\n".join(texts.get(id(s), []))
            fill(s.children)

    fill(roots)
    return SectionTree(roots, owner)
