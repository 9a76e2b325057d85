"""The numbered section tree, from numbering families rather than markdown depth.

A rule table of named numbering patterns (tried in order, one compiled alternation) gives each
block a family and a label; families are ranked (``Phần`` > ``Chương`` > ``Mục`` > ``Điều`` >
Roman > decimal by depth > ``(1)`` > ``a)``) and a stack turns the ranks into a tree. Bullets
(``-``, ``+``) are items of a section's text, not sections. Repeated or skipped numbers keep
their content.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ndq57.model import Section
from ndq57.parse.layout import Block

# (family, rank, pattern): the numbering families, highest rank first.
_RULES: tuple[tuple[str, float, str], ...] = (
    (
        "appendix",
        0.0,
        r"(?P<appendix>(?:PHỤ LỤC|Phụ lục)(?:\s+(?P<appendix_l>[IVXLC]{1,6}|\d{1,2}|[A-Z]))?)"
        r"(?:\s*[.:\-–]\s*|\s*$|\s+(?=\p{Lu}))",
    ),
    (
        "part",
        1.0,
        r"(?P<part>(?:PHẦN|Phần)\s+(?P<part_l>THỨ\s+\p{L}+|thứ\s+\p{L}+|[IVXLC]{1,6}|\d{1,2}))\s*[.:\-–]?\s*",
    ),
    ("chapter", 2.0, r"(?P<chapter>(?:CHƯƠNG|Chương)\s+(?P<chapter_l>[IVXLC]{1,6}|\d{1,2}))\s*[.:\-–]?\s*"),
    ("mục", 3.0, r"(?P<muc>(?:MỤC|Mục)\s+(?P<muc_l>\d{1,2}|[IVXLC]{1,6}))\s*[.:\-–]\s*"),
    ("article", 4.0, r"(?P<article>(?:ĐIỀU|Điều)\s+(?P<article_l>\d{1,3}))\s*[.:\-–]\s*"),
    ("roman", 5.0, r"(?P<roman_l>(?=[IVXLC])M{0,1}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))\s*[.\-–]\s+"),
    (
        "decimal",
        6.0,
        r"(?P<decimal_l>\d{1,2}(?:\.\d{1,2}){1,5})(?:\.(?!\d)\s*|\s+(?=\p{Lu}))"
        r"|(?P<decimal_l>\d{1,2})(?:\.(?!\d)\s*|\s*[-–)]\s+)",
    ),
    ("paren", 7.0, r"\((?P<paren_l>\d{1,2})\)\s*"),
    ("letter", 8.0, r"(?P<letter_l>[a-zđ])(?:\)|-(?=\s))\s+"),  # "a)", and "a-" in Party style
)


@functools.cache
def _pattern() -> regex.Pattern[str]:
    alts = "|".join(f"(?:{pat})" for _, _, pat in _RULES)
    return regex.compile(r"^(?:" + alts + ")")


@dataclass(slots=True)
class Numbered:
    family: str
    rank: float
    label: str
    end: int  # offset where the text after the label starts


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
    m = _pattern().match(text)
    if not m:
        return None
    g = m.groupdict()
    if g.get("appendix"):
        label = " ".join(g["appendix"].split())
        return Numbered("appendix", 0.0, label.replace("PHỤ LỤC", "Phụ lục"), m.end())
    for key, family, rank in (
        ("part", "part", 1.0),
        ("chapter", "chapter", 2.0),
        ("muc", "mục", 3.0),
        ("article", "article", 4.0),
    ):
        if g.get(key):
            word, _, num = " ".join(g[key].split()).partition(" ")
            return Numbered(family, rank, f"{word.capitalize()} {num}", m.end())
    if g.get("roman_l"):
        return Numbered("roman", 5.0, g["roman_l"], m.end())
    if g.get("decimal_l"):
        lab = g["decimal_l"]
        depth = lab.count(".") + 1
        return Numbered("decimal", 6.0 + depth / 10, lab, m.end())
    if g.get("paren_l"):
        return Numbered("paren", 7.0, f"({g['paren_l']})", m.end())
    if g.get("letter_l"):
        return Numbered("letter", 8.0, g["letter_l"], m.end())
    return None


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


def build_sections(blocks: list[Block]) -> SectionTree:
    roots: list[Section] = []
    stack: list[tuple[float, Section]] = []
    owner: list[Section | None] = []
    texts: dict[int, list[str]] = {}
    for blk in blocks:
        num = match_numbering(blk.text) if blk.kind == "para" else None
        if num is not None and num.family == "roman" and len(num.label) == 1 and num.label in "LC":
            num = None
        if num is None:
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
        if parent is None:
            path = num.label
        elif num.family == "decimal" and parent.family == "decimal" and num.label.startswith(parent.label + "."):
            path = parent.path[: len(parent.path) - len(parent.label)] + num.label
        else:
            path = f"{parent.path}.{num.label}"
        sec = Section(num.label, path, len(stack) + 1, num.family, heading, blk.line, "")
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
