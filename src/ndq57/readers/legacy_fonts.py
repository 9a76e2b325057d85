"""Legacy Vietnamese fonts: text typed in TCVN3 (``.VnTime``) or VNI fonts reads as Latin-1
letters (``Céng hoµ x· héi``, ``Coäng hoøa xaõ hoäi``). Detect it — by the fonts' names when the
file gives them, else by letters Vietnamese Unicode text never uses — and convert it with the
tables of ``data/legacy_fonts.yaml``.

>>> to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3")
'Cộng hoà xã hội chủ nghĩa Việt Nam'
>>> to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")
'Cộng hòa xã hội chủ nghĩa Việt Nam'
>>> guess("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc"), guess("Cộng hòa xã hội")
('tcvn3', None)
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ndq57.data import load

if TYPE_CHECKING:
    from ndq57.readers.pdf import Glyph, Page

KINDS = ("tcvn3", "vni")


@functools.cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load("legacy_fonts")
    return data


def font_kind(name: str) -> str | None:
    """The legacy code of a font, from its name (``.VnTimeH`` → tcvn3, ``VNI-Times`` → vni).

    >>> font_kind("ABCDEF+.VnTimeH"), font_kind("VNI-Times-Bold"), font_kind("TimesNewRomanPSMT")
    ('tcvn3', 'vni', None)
    """
    low = name.lower().split("+")[-1]
    for kind in KINDS:
        if any(low.startswith(p) or (p.startswith(".") and p in low) for p in _data()["fonts"][kind]):
            return kind
    return None


def capitals_font(name: str) -> bool:
    """TCVN3 fonts whose name ends in H (``.VnTimeH``, ``.VnArialH``) draw capitals only.

    >>> capitals_font(".VnTimeH"), capitals_font(".VnTime"), capitals_font(".VnTimeH-Bold")
    (True, False, True)
    """
    base = name.split("+")[-1].split(",")[0].split("-")[0]
    return font_kind(name) == "tcvn3" and base.endswith("H")


def guess(text: str) -> str | None:
    """The legacy code a text is written in, from its letters; None for Unicode text."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 20:
        return None
    modern = sum(1 for c in text if "\u1ea0" <= c <= "\u1ef9" or c in "ăĂđĐơƠưƯ")
    scores = {kind: sum(1 for c in text if c in _data()["evidence"][kind]) for kind in KINDS}
    kind = max(KINDS, key=lambda k: scores[k])
    if scores[kind] >= 0.04 * letters and scores[kind] > 3 * modern:
        return kind
    return None


@functools.cache
def _table(kind: str) -> tuple[dict[str, str], int]:
    table: dict[str, str] = dict(_data()[kind]["map"])
    return table, max(len(k) for k in table)


def to_unicode(text: str, kind: str, *, capitals: bool = False) -> str:
    """Convert legacy-font text to Unicode NFC (longest match first); ``capitals`` for the
    TCVN3 capital fonts."""
    table, longest = _table(kind)
    out: list[str] = []
    i = 0
    while i < len(text):
        for n in range(longest, 0, -1):
            rep = table.get(text[i : i + n])
            if rep is not None:
                out.append(rep)
                i += n
                break
        else:
            out.append(text[i])
            i += 1
    result = unicodedata.normalize("NFC", "".join(out))
    return result.upper() if capitals else result


def detect(pages: Iterable[Page]) -> str | None:
    """The legacy code of a PDF's text layer (font names first, then letter statistics)."""
    pages = list(pages)
    kinds = {font_kind(f) for pg in pages for f in pg.fonts} - {None}
    if len(kinds) == 1:
        return kinds.pop()
    sample = "".join(g.ch for pg in pages[:3] for g in pg.glyphs[:3000])
    return guess(sample)


def convert_glyphs(glyphs: list[Glyph], kind: str) -> None:
    """Convert a page's characters in place (TCVN3: one character per letter; VNI: a letter and
    the mark after it in the text layer, ``o`` ``ø``, become one letter, ``ò``, as wide as both)."""
    table, longest = _table(kind)
    if longest == 1:
        for g in glyphs:
            rep = table.get(g.ch)
            if rep is not None:
                g.ch = rep
        return
    out: list[Glyph] = []
    i = 0
    while i < len(glyphs):
        g = glyphs[i]
        if i + 1 < len(glyphs):
            nxt = glyphs[i + 1]
            rep = table.get(g.ch + nxt.ch) if nxt.idx == g.idx + 1 and not nxt.space_before else None
            if rep is not None:
                g.ch = unicodedata.normalize("NFC", rep)
                g.x0, g.x1 = min(g.x0, nxt.x0), max(g.x1, nxt.x1)
                g.y0, g.y1 = min(g.y0, nxt.y0), max(g.y1, nxt.y1)
                out.append(g)
                i += 2
                continue
        rep = table.get(g.ch)
        if rep is not None:
            g.ch = unicodedata.normalize("NFC", rep)
        out.append(g)
        i += 1
    glyphs[:] = out
