"""PDF reader: the text layer through pypdfium2, laid out again from the characters' positions.

pypdfium2 (PDFium) reads the text layer fast and with correct Vietnamese (about 5 ms a page here
for every character with its box, against 100+ ms a page for pdfplumber), so this module reads
each character with its loose box and rebuilds what a careful text export gives:

* **lines** — characters grouped by vertical position, sorted left to right, a space where the
  gap is a word gap (text layers that drop spaces glue words: ``Quốc giatừ``);
* **two columns** — a run of lines with a free vertical gutter and at least one line written on
  both sides of it (the header: issuer | national title, number | place and date; the sign-off:
  Nơi nhận | signer) is read column by column; in the header the number and the date start a
  second band, so the order is issuer, national title, number, place and date;
* **tables** — ruled tables (drawn rules) and tables drawn without rules (a run of lines kept
  apart by free vertical corridors as narrow as the cells' margins, with its header row and its
  groups' rows; rows without a number column cut where the first column did not wrap; rows at
  the top of a page read with the columns of the table the page before ended with) become pipe
  rows ``| cell | cell |``, the lines of a wrapped cell joined;
* **joint sign-off** — two signers side by side beside the Nơi nhận list are read one after the
  other, not merged line by line;
* **page numbers** (``2``, ``- 2 -``, ``Trang 2``) at the top or foot of a page are dropped, and
  nothing separates the pages, so a paragraph broken by a page break reads on (the layout stage
  joins hard-wrapped lines);
* **superscripts** — digits smaller than the line and raised above its baseline, glued to a word,
  become ``[n]`` footnote markers; **footnote bodies** (small lines at the foot of a page starting
  with such a marker, or lines hardly smaller under the short separator rule a word processor draws
  above them) are written as ``[n] body`` after the sentence that runs over the page's foot, and
  before the sign-off of their page;
* **NFC** everywhere; **legacy fonts** (TCVN3 ``.VnTime``, VNI) converted to Unicode;
* **other producers** — a web page printed by a browser loses the browser's lines in the margins
  (time of printing, address, page counter) and has its ``<sup>`` marks read; a searchable scan
  (Tesseract's invisible text layer over the page image) is read from that layer, its lines
  turned level (a page fed askew), its words widened to their print width and its tables' rules
  read as bars dropped (``_deskew``, ``_ocr_words``).

Pages without a text layer (a scan: an image and at most a stamp or a page number) and text
layers that are not Vietnamese (``uY BAN NgAN nAN``, or a scan read by OCR for another language)
are read by OCR (:mod:`ndq57.readers.ocr`: Tesseract writes the page's text layer, laid out here as a
searchable scan's) when Tesseract is installed (``ocr=None``, the default) or asked for
(``ocr=True``), and refused otherwise (``ocr=False``, or no Tesseract), in one line that says how
to read them — unless another page holds a page of text: a directive with a scanned page or two
(the signed page, an appendix) is then read without those pages, and a ``pages_not_read`` warning
names them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ndq57 import cached_regex as regex
from ndq57.data import load
from ndq57.errors import DecodeError
from ndq57.model import Fix, Warning
from ndq57.readers import Extracted, LineMap
from ndq57.readers import text_patterns as _patterns
from ndq57.textutil import connected

# Geometry, in multiples of the font size (the height of a character's loose box).
_SAME_LINE = 0.45  # centres of two characters of one line differ by less
_FULL_SIZE = 0.8  # a character this high (of the usual height) or more is of full size
_WORD_GAP = 0.2  # a gap wider than this between two characters is a space
_COLUMN_GAP = 2.5  # a gap wider than this inside one line separates two columns
_NARROW_GAP = 0.8  # a line already in two columns may leave a gutter this narrow
_MIN_GUTTER = 0.3
_ONE_SIDED_GUTTER = 1.0  # the free gutter between two columns is at least this wide
_SMALL = 0.8  # a superscript is smaller than this share of its line
_RAISED = 0.15  # ... and its bottom at least this much above the line's
_SUP_SMALLER = 0.9  # or smaller than this share and raised this much (a web browser's <sup>: 5/6 of
_SUP_HIGH = 0.3  # its text, a third of a line up)
_FOOT_SMALL = 0.9  # footnote lines are smaller than this share of the page's text
_MIN_TEXT = 12  # letters and digits on a page with a usable text layer
_SLANT = 0.25  # radians: a character written this far off a quarter turn is aslant (a scan fed
# askew is turned by less, see _MAX_SKEW)
_ANGLE_STRIDE = 4  # every this many characters one is asked for its angle (see _upright)
_SLANTED_SHARE = 0.3  # ... and dropped when fewer than this share of a page's characters are


@dataclass(slots=True)
class Glyph:
    """One character of the text layer with its loose box (PDF points, y upwards)."""

    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    idx: int = 0  # position in the text layer's order
    space_before: bool = False  # a space came right before it in that order

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class Line:
    """A visual line (or the part of one on one side of a column gutter)."""

    glyphs: list[Glyph]  # sorted left to right
    no: int = 0  # 1-based line number on its page, top to bottom
    size: float = 0.0  # median character height
    text: str = ""
    lead_mark: str | None = None  # the footnote number this line starts with (a superscript)
    cuts: list[tuple[float, float]] | None = None  # a row of an unruled table: its column gaps

    @property
    def top(self) -> float:
        return max(g.y1 for g in self.glyphs)

    @property
    def bottom(self) -> float:
        return min(g.y0 for g in self.glyphs)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph]
    image_share: float = 0.0  # share of the page area covered by images
    fonts: set[str] = field(default_factory=set)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # drawn lines and boxes
    cell_flows: bool = False  # its text layer writes a table cell by cell (a web browser's print)


# ---------------------------------------------------------------- reading the text layer


def _open(data: bytes) -> Any:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a run-time dependency
        raise DecodeError("cannot read PDF files: the pypdfium2 package is not installed") from None
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc).split(":")[-1].strip().strip(").").lower() or "damaged file"
        if "password" in reason:
            raise DecodeError("not a text document: an encrypted PDF file (it needs a password)") from None
        raise DecodeError(f"not a text document: a PDF file that cannot be read ({reason})") from None


def _read_page(
    pdf: Any,
    index: int,
    drawn: list[_Box] | None = None,
    numbers: list[tuple[str, float, float, float, float]] | None = None,
    fixes: list[tuple[str, str, float, float, float, float]] | None = None,
) -> Page:
    """Page ``index`` of an open document; ``drawn``: the lines drawn in the image OCR read the
    page from (:func:`ndq57.readers.ocr.drawn_rules`, each by its two ends), turned level with the
    text and kept as the page's rules; ``fixes``: words of the OCR reading corrected from the
    image (:func:`ndq57.readers.ocr.roman_strokes`)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    rect = pdfium_c.FS_RECTF()
    glyphs: list[Glyph] = []
    fonts: set[str] = set()
    space = False
    for k, ch in enumerate(text):
        if ch == "\ufffe" and glyphs and glyphs[-1].ch.isalnum():
            ch = "-"  # a hyphen that ends a line (PDFium marks it): "41/KH-" over "UBND"
        elif ch.isspace() or ch < " " or ch == "\ufffe":
            space = True
            continue
        if glyphs and unicodedata.combining(ch):  # NFD text: the mark belongs to its letter
            last = glyphs[-1]
            last.ch += ch
            pdfium_c.FPDFText_GetLooseCharBox(raw, k, rect)
            if last.x1 < rect.right <= last.x1 + (last.y1 - last.y0):
                last.x1 = rect.right  # a mark given its own cell after the letter (a fixed-pitch font)
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, k, rect)
        glyphs.append(Glyph(ch, rect.left, rect.bottom, rect.right, rect.top, k, space))
        space = False
        if len(glyphs) % 64 == 1:  # sample the fonts: legacy Vietnamese fonts are named
            buf = ctypes.create_string_buffer(96)
            flags = ctypes.c_int()
            n = pdfium_c.FPDFText_GetFontInfo(raw, k, buf, 96, ctypes.byref(flags))
            if n > 0:
                fonts.add(buf.value.decode("latin-1", "replace").split("+")[-1])
    turn = _upright(raw, glyphs)
    image_area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = _bounds(obj)
        image_area += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    share = image_area / (width * height) if width and height else 0.0
    drawn_rules: list[_Box] = []
    if _GLYPHLESS in fonts:
        if drawn is None and share > _SCAN_SHARE and glyphs:
            # a searchable scan: its text layer over the page image, whose table rules it lacks
            from ndq57.readers.ocr import drawn_rules as image_rules
            from ndq57.readers.ocr import render_page

            drawn = image_rules(render_page(pdf, index, _SCAN_RULES_DPI), _SCAN_RULES_DPI)
        angle = _deskew(raw, glyphs, width / 2, height / 2)
        if fixes:
            _fix_words(glyphs, fixes, angle, width / 2, height / 2)
        drawn_rules = [_level_rule(seg, angle, width / 2, height / 2) for seg in drawn or ()]
        walls = [((x0 + x1) / 2, y0, y1) for x0, y0, x1, y1 in drawn_rules if x1 - x0 < y1 - y0]
        glyphs[:] = _ocr_words(glyphs, walls)
        if numbers:
            glyphs += _missed_words(glyphs, numbers, angle, width / 2, height / 2)
    elif _tight(glyphs):
        _loosen(raw, glyphs)
    rules = [_bounds(obj) for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4)]
    rules += drawn_rules
    if turn:  # a page printed turned (a landscape appendix on a portrait sheet): turn it upright
        for g in glyphs:
            g.x0, g.y0, g.x1, g.y1 = _turn_box((g.x0, g.y0, g.x1, g.y1), turn, width, height)
        rules = [_turn_box(r, turn, width, height) for r in rules]
        if turn in (1, 3):
            width, height = height, width
    return Page(index + 1, width, height, glyphs, min(share, 1.0), fonts, rules)


def _upright(raw: Any, glyphs: list[Glyph]) -> int:
    """How the page's text runs: 0 left to right, 1 upwards, 2 right to left (upside down), 3
    downwards (quarter turns). Characters written at another angle than most (a stamp or a note
    printed along the margin) are dropped from ``glyphs``, and so are characters written aslant
    while most are not (a watermark across the page, ``BẢN DỰ THẢO`` at 45°: its letters would
    fall into the lines they cross)."""
    import pypdfium2.raw as pdfium_c

    if not glyphs:
        return 0
    angle_of = pdfium_c.FPDFText_GetCharAngle
    # (a sample first: any run of text written at an angle, of four characters or more, has one)
    if not any(angle_of(raw, g.idx) for g in glyphs[::_ANGLE_STRIDE]):
        return 0
    angles = [angle_of(raw, g.idx) for g in glyphs]
    quarter = math.pi / 2
    turns = [round(a / quarter) for a in angles]
    slanted = [abs(a - t * quarter) > _SLANT for a, t in zip(angles, turns, strict=True)]
    if 0 < sum(slanted) < _SLANTED_SHARE * len(glyphs):
        keep = [not s for s in slanted]
        glyphs[:] = [g for g, k in zip(glyphs, keep, strict=True) if k]
        turns = [t for t, k in zip(turns, keep, strict=True) if k]
    turns = [t % 4 for t in turns]
    most = max(range(4), key=turns.count)
    if turns.count(most) < 0.6 * len(turns):
        return 0
    glyphs[:] = [g for g, t in zip(glyphs, turns, strict=True) if t == most]
    if most == 0:
        return 0
    # the way the text advances, from neighbours in the text layer's order
    dx = dy = 0.0
    for a, b in itertools.pairwise(glyphs[:400]):
        if b.idx == a.idx + 1:
            dx += (b.x0 + b.x1 - a.x0 - a.x1) / 2
            dy += (b.y0 + b.y1 - a.y0 - a.y1) / 2
    if abs(dx) >= abs(dy):
        return 0 if dx >= 0 else 2
    return 1 if dy > 0 else 3


_Box = tuple[float, float, float, float]


def _turn_box(box: _Box, turn: int, width: float, height: float) -> _Box:
    """A box (left, bottom, right, top) of a page whose text runs ``turn`` quarter turns from left
    to right, in the coordinates of the page turned upright."""
    x0, y0, x1, y1 = box
    if turn == 1:  # text runs upwards: up is left
        return y0, width - x1, y1, width - x0
    if turn == 3:  # text runs downwards: up is right
        return height - y1, x0, height - y0, x1
    if turn == 2:
        return width - x1, height - y1, width - x0, height - y0
    return box


_GLYPHLESS = "GlyphLessFont"  # the invisible font of Tesseract's text layer over a scan (searchable PDF)
_OCR_WIDEN = 1.5  # ... where a word of n letters spans about n / (n + this) of its print
_OCR_SPACE = 0.3  # ... and stops at least this far (font sizes) before the next word (a space)
_OCR_BARS = "|¦/\\![]"  # a table's rule read as a letter by OCR
_OCR_RULES = _OCR_BARS + "-–—_=~"  # ... or as a run of these


_MAX_SKEW = 0.1  # radians: a scan turned by more than this (~6°) is not one that was fed askew


def _deskew(raw: Any, glyphs: list[Glyph], cx: float, cy: float) -> float:
    """Turn the characters of a scan's OCR text layer back level. A page fed askew into the
    scanner (a degree or two) has its OCR lines written along slanted baselines: the end of a
    long line stands a line's height below its start and the lines cannot be told apart. The
    characters are turned about the page's middle by the angle most of them are written at
    (PDFium gives some, a lone label or dash, none: they stand on the slanted line all the same).
    The angle turned (0.0: the page was level)."""
    import pypdfium2.raw as pdfium_c

    angles = []
    for g in glyphs[::4]:
        angle = pdfium_c.FPDFText_GetCharAngle(raw, g.idx)
        angle = angle - 2 * math.pi if angle > math.pi else angle
        if angle:
            angles.append(angle)
    angle = _median(angles)
    if len(angles) < 0.3 * len(glyphs[::4]) or not 0.0005 < abs(angle) < _MAX_SKEW:
        return 0.0
    cos, sin = math.cos(angle), math.sin(angle)  # (PDFium measures the angle clockwise: y runs down)
    for g in glyphs:
        x, y = (g.x0 + g.x1) / 2 - cx, (g.y0 + g.y1) / 2 - cy
        nx, ny = cx + x * cos - y * sin, cy + x * sin + y * cos
        w, h = (g.x1 - g.x0) / 2, (g.y1 - g.y0) / 2
        h = max(h - abs(sin) * w, h * 0.8)  # (the box of a slanted letter is taller by its width's slope)
        g.x0, g.x1, g.y0, g.y1 = nx - w, nx + w, ny - h, ny + h
    return angle


_SAME_WORD_LINES = 3.0  # half-heights of a word read again: the same word this near is the one read


def _missed_words(
    glyphs: list[Glyph], words: list[tuple[str, float, float, float, float]], angle: float, cx: float, cy: float
) -> list[Glyph]:
    """Glyphs for the words read again in a scanned page's numbers columns (text and box), turned
    level as :func:`_deskew` turned the page's, where the page's reading has nothing: nothing at
    their place, nor the same word within a line above or below it (a row's number centred in a
    tall row, which the page's reading sets on the line of the row's first words).

    >>> read = [("1", 99, 699, 105, 711), ("2", 99, 650, 105, 661), ("3", 99, 600, 105, 611)]
    >>> got = _missed_words([Glyph("1", 100, 700, 104, 710), Glyph("3", 100, 610, 104, 620)], read, 0.0, 300, 400)
    >>> [(g.ch, g.x0, g.y0) for g in got]
    [('2', 99.0, 650.0)]
    """
    cos, sin = math.cos(angle), math.sin(angle)
    out: list[Glyph] = []
    for n, (text, x0, y0, x1, y1) in enumerate(words):
        x, y = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
        mx, my = cx + x * cos - y * sin, cy + x * sin + y * cos
        w, h = (x1 - x0) / 2, (y1 - y0) / 2
        if any(
            mx - w - 2 <= (g.x0 + g.x1) / 2 <= mx + w + 2
            and (abs(g.cy - my) <= h + 2 or (g.ch == text[:1] and abs(g.cy - my) <= _SAME_WORD_LINES * h))
            for g in glyphs
        ):
            continue
        step = 2 * w / len(text)
        for k, ch in enumerate(text):
            left = mx - w + k * step
            out.append(Glyph(ch, left, my - h, left + step, my + h, _MISSED_IDX + 8 * n + k, k == 0))
    return out


def _fix_words(
    glyphs: list[Glyph], fixes: list[tuple[str, str, float, float, float, float]], angle: float, cx: float, cy: float
) -> None:
    """Correct the words of a scan's OCR text layer read wrong (each fix: the text read, the text
    meant and the box it covers on the page, see :func:`ndq57.readers.ocr.roman_strokes`), turned
    level as :func:`_deskew` turned the page's: the word read, where the box stands, takes the
    text meant; what it gains at its start (the strokes it lacked) is written in its first
    character, stretched to the box's left.

    >>> gs = [Glyph(c, 110 + 4 * i, 700, 114 + 4 * i, 710, i) for i, c in enumerate("I/26")]
    >>> _fix_words(gs, [("I/26", "III/26", 100, 700, 126, 710)], 0.0, 300, 400)
    >>> [(g.ch, g.x0) for g in gs]
    [('III', 100.0), ('/', 114), ('2', 118), ('6', 122)]
    """
    cos, sin = math.cos(angle), math.sin(angle)
    for old, new, x0, y0, x1, y1 in fixes:
        x, y = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
        mx, my = cx + x * cos - y * sin, cy + x * sin + y * cos
        w, h = (x1 - x0) / 2, (y1 - y0) / 2
        for k, g in enumerate(glyphs):
            word = glyphs[k : k + len(old)]
            if not g.space_before and k > 0 and g.idx == glyphs[k - 1].idx + 1:
                continue  # (not a word's start)
            if "".join(c.ch for c in word) != old or not all(
                word[j + 1].idx == word[j].idx + 1 for j in range(len(word) - 1)
            ):
                continue
            if not (mx - w <= (g.x0 + word[-1].x1) / 2 <= mx + w and abs(g.cy - my) <= h + 2):
                continue
            extra = len(new) - len(old)
            if extra <= 0 or new[extra + 1 :] != old[1:]:
                break
            g.ch = new[: extra + 1]
            g.x0 = min(g.x0, mx - w)
            break


_MISSED_IDX = 1 << 24  # (the words read again stand after the text layer's characters)
_DRAWN_HALF = 0.25  # points: half the width of a rule found in a page image (a thin rule)
_SCAN_SHARE = 0.5  # a page image covering more than this share of a searchable scan's page ...
_SCAN_RULES_DPI = 150  # ... is looked at in this resolution for its tables' rules


def _level_rule(seg: _Box, angle: float, cx: float, cy: float) -> _Box:
    """A line drawn in a scanned page (its two ends), turned about the page's middle by the angle
    :func:`_deskew` turned the text by, as a thin rule's box (left, bottom, right, top): level or
    upright, the way it runs most.

    >>> _level_rule((100.0, 500.0, 300.0, 500.0), 0.0, 300.0, 400.0)
    (100.0, 499.75, 300.0, 500.25)
    >>> [round(v, 1) for v in _level_rule((100.0, 500.0, 100.0, 300.0), 0.0, 300.0, 400.0)]
    [99.8, 300.0, 100.2, 500.0]
    """
    cos, sin = math.cos(angle), math.sin(angle)
    ends = []
    for x, y in ((seg[0], seg[1]), (seg[2], seg[3])):
        x, y = x - cx, y - cy
        ends.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
    (xa, ya), (xb, yb) = ends
    if abs(xb - xa) >= abs(yb - ya):
        y = (ya + yb) / 2
        return min(xa, xb), y - _DRAWN_HALF, max(xa, xb), y + _DRAWN_HALF
    x = (xa + xb) / 2
    return x - _DRAWN_HALF, min(ya, yb), x + _DRAWN_HALF, max(ya, yb)


def _ocr_words(glyphs: list[Glyph], walls: list[tuple[float, float, float]] | None = None) -> list[Glyph]:
    """The words of an OCR text layer (Tesseract's searchable PDF, OCRmyPDF) as they stand in print.

    * **widths** — Tesseract writes each word at its place in an invisible font of equal widths,
      squeezed so that the word and the space after it fit the word's box: the letters of a word
      of n letters cover only about n / (n + 1.5) of the printed word, and the gaps between words
      come out three times a real space (a line splits into two columns, a table cell into
      several). Each word is stretched from its first letter, never closer to the next word
      than a space.
    * **rules read as letters** — the drawn rules of a scanned table come out as words of a
      bar alone (``|``, ``/``, ``!``, ``[``) or a bar glued to a cell's first word (``/Tháng 9``,
      ``[Chi cục``, ``lVăn phòng``: no word opens with ``l`` and a capital) or a run of dashes
      (``——]``): they are dropped, so the table's columns stay free. A speck read as a lone
      accent (`````, ``ˆ``) is dropped too, and so is an underscore or a low quote at either end
      of a word (``Quý IV/2026_``, ``„III``: the rule under a cell, a speck).
    * **words across a rule** — ``walls``, the vertical rules found in the page's image (x, bottom,
      top), cut a word read across one (``2_/Rà``: a row's number and its task's first word, the
      rule between them read as bars): each part stays on its side of the rule, a space away
      from it, without the bars that stood for it.

    >>> gs = [Glyph(c, 10 + 4 * i, 0, 14 + 4 * i, 11, i) for i, c in enumerate("ban")]
    >>> gs += [Glyph("|", 34, 0, 36, 11, 4, True), Glyph("n", 44, 0, 48, 11, 6, True)]
    >>> gs = _ocr_words(gs)
    >>> "".join(g.ch for g in gs), round(gs[2].x1, 1), gs[3].x0
    ('bann', 28.0, 44.0)
    >>> gs = [Glyph(c, 10 + 4 * i, 0, 14 + 4 * i, 11, i) for i, c in enumerate("2_/Rà")]
    >>> gs = _ocr_words(gs, [(22.0, -20.0, 20.0)])
    >>> [(g.ch, g.x1 < 22.0) for g in gs]
    [('2', True), ('R', False), ('à', False)]
    >>> gs[1].space_before, gs[1].x0 - 22.0 >= _OCR_SPACE * 11
    (True, True)
    """
    words: list[list[Glyph]] = []
    for g in glyphs:
        if words and g.idx == words[-1][-1].idx + 1 and not g.space_before:
            words[-1].append(g)
        else:
            words.append([g])
    kept: list[list[Glyph]] = []
    for word in words:
        if (word[0].ch in _OCR_BARS or word[0].ch == "l") and (
            (len(word) == 1 and word[0].ch != "l") or (len(word) > 2 and word[1].ch.isupper() and word[2].ch.islower())
        ):
            word = word[1:]
        if len(word) > 1 and word[-1].ch in "|¦":
            word = word[:-1]
        if len(word) > 1 and word[0].ch in _OCR_BARS and walls and _by_wall(word[0], walls):
            word = word[1:]  # ('|và Công nghệ', '/UBND các xã': a cell's line against its rule)
        if len(word) > 1 and all(w.ch in _OCR_RULES for w in word):
            word = []  # a rule read as a run of dashes ('——]', '__')
        while len(word) > 1 and word[-1].ch in _OCR_EDGE_SPECKS:
            word = word[:-1]  # ('Quý IV/2026_': the rule under a cell, or a speck)
        while len(word) > 1 and word[0].ch in _OCR_EDGE_SPECKS:
            word = word[1:]
        if all(w.ch in _OCR_SPECKS for w in word):
            word = []
        if word:
            word[0].space_before = True
            kept.append(word)
    for k, word in enumerate(kept):
        start, n = word[0].x0, len(word)
        scale = (n + _OCR_WIDEN) / n
        nxt = kept[k + 1][0] if k + 1 < len(kept) else None
        if nxt is not None and nxt.x0 > start and abs(nxt.cy - word[0].cy) < 0.5 * word[0].h:
            room = nxt.x0 - _OCR_SPACE * word[0].h - start
            scale = min(scale, max(1.0, room / max(word[-1].x1 - start, 0.01)))
        for w in word:
            w.x0, w.x1 = start + (w.x0 - start) * scale, start + (w.x1 - start) * scale
    if walls:
        kept = [part for word in kept for part in _cut_at_walls(word, walls)]
    return [g for word in kept for g in word]


_OCR_SPECKS = "`´ˆ˜¨^~_„"  # a speck of a scan read as a lone accent, an underscore or a low quote
_OCR_EDGE_SPECKS = "_„"  # ... which no word of a directive starts or ends with
_OCR_ON_RULE = 0.5  # font sizes: a bar or a dash this close to a rule found in the image is the rule


_OCR_BY_WALL = 1.0  # font sizes: a bar glued to a word this far right of a vertical rule is the rule


def _by_wall(bar: Glyph, walls: list[tuple[float, float, float]]) -> bool:
    """Whether a bar that opens a word stands on, or right of, a vertical rule of the page
    (``walls``: x, bottom, top), within ``_OCR_BY_WALL`` font sizes: the rule on the left of a
    cell, read as a letter glued to the first word of one of the cell's lines ("|và", "/vụ",
    "/UBND"), whatever the word's case."""
    cy, size = bar.cy, bar.h
    return any(
        bottom - 1 <= cy <= top + 1 and -_OCR_ON_RULE * size <= bar.x0 - x <= _OCR_BY_WALL * size
        for x, bottom, top in walls
    )


def _cut_at_walls(word: list[Glyph], walls: list[tuple[float, float, float]]) -> list[list[Glyph]]:
    """A stretched OCR word cut by the vertical rules it runs across (see :func:`_ocr_words`)."""
    cy, size = word[0].cy, word[0].h
    for x, bottom, top in walls:
        if not bottom - 1 <= cy <= top + 1:
            continue
        if all(g.ch in _OCR_RULES for g in word) and abs((word[0].x0 + word[-1].x1) / 2 - x) < _OCR_ON_RULE * size:
            return []  # (the rule itself, read as a bar or a dash)
        if not word[0].x0 < x < word[-1].x1:
            continue
        left = [g for g in word if (g.x0 + g.x1) / 2 < x]
        right = [g for g in word if (g.x0 + g.x1) / 2 >= x]
        while left and left[-1].ch in _OCR_RULES:
            left.pop()
        while right and right[0].ch in _OCR_RULES:
            right.pop(0)
        edge = x - _OCR_SPACE * size
        if left and left[-1].x1 > edge:
            start = left[0].x0
            scale = max(edge - start, 0.0) / max(left[-1].x1 - start, 0.01)
            for g in left:
                g.x0, g.x1 = start + (g.x0 - start) * scale, start + (g.x1 - start) * scale
        edge = x + _OCR_SPACE * size
        if right and right[0].x0 < edge:
            # squeezed to start a space after the rule, its end kept (the next word follows it)
            end = right[-1].x1
            scale = max(end - edge, 0.0) / max(end - right[0].x0, 0.01)
            for g in right:
                g.x0, g.x1 = end - (end - g.x0) * scale, end - (end - g.x1) * scale
        parts = [p for p in (left, right) if p]
        for p in parts:
            p[0].space_before = True
        return [q for p in parts for q in _cut_at_walls(p, walls)]
    return [word]


_ASCENT = 0.89  # a loose box reaches this many font sizes above the baseline ...
_DESCENT = 0.22  # ... and this many below it (Times-like fonts: 1.11 font sizes in all)


def _tight(glyphs: list[Glyph]) -> bool:
    """Does PDFium give this page's characters tight boxes instead of loose ones? It does when an
    embedded font has no usable ascent and descent (LibreOffice's PDF export): then ``a`` and
    ``h`` on one line have different tops and ``g`` reaches below the line, so a line with a
    superscript or with many descenders splits in two. Loose boxes of neighbours written in one
    run are equal; tight ones mostly differ (a quarter of the pairs differing: a page whose
    regular text has tight boxes beside the loose ones of its bold lines)."""
    same = pairs = 0
    for a, b in itertools.pairwise(glyphs[:1500]):
        if b.idx == a.idx + 1 and abs(a.cy - b.cy) < 0.5 * max(a.h, b.h):
            pairs += 1
            same += abs(a.y0 - b.y0) < 0.05 and abs(a.y1 - b.y1) < 0.05
    return pairs >= 20 and same < 0.75 * pairs


def _loosen(raw: Any, glyphs: list[Glyph]) -> None:
    """Give each character the loose box of its font size, from its baseline (see ``_tight``);
    left as they are when the font sizes are not in points (a text matrix scales them)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    found: list[tuple[Glyph, float, float]] = []
    for g in glyphs:
        size = pdfium_c.FPDFText_GetFontSize(raw, g.idx)
        if size <= 0 or not pdfium_c.FPDFText_GetCharOrigin(raw, g.idx, ctypes.byref(x), ctypes.byref(y)):
            return
        found.append((g, float(size), y.value))
    ratio = _median([g.h / size for g, size, _y in found])
    if not 0.3 <= ratio <= 1.5:
        return
    for g, size, base in found:
        g.y0, g.y1 = base - _DESCENT * size, base + _ASCENT * size


def _bounds(obj: Any) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a page object (pypdfium2 5: get_bounds, 4: get_pos)."""
    get = getattr(obj, "get_bounds", None) or obj.get_pos
    left, bottom, right, top = get()
    return float(left), float(bottom), float(right), float(top)


# ---------------------------------------------------------------- lines


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def build_lines(glyphs: list[Glyph]) -> list[Line]:
    """Group characters into visual lines, top to bottom, each sorted left to right.

    >>> gs = [Glyph(c, 10 + 6 * i, 700, 16 + 6 * i, 714, i) for i, c in enumerate("ab")]
    >>> gs += [Glyph("c", 10, 680, 16, 694, 2)]
    >>> [ln.text for ln in build_lines(gs)]
    ['ab', 'c']
    """
    if not glyphs:
        return []
    size = _median([g.h for g in glyphs]) or 1.0
    groups = [part for grp in _sweep(glyphs, size) for part in _stacked(grp)]
    parts = [part for grp in groups for part in _offset_columns(grp, size)]
    if len(parts) > len(groups):  # (the lines of two columns apart: a line cut by the sweep made whole)
        parts = _level_parts(parts, size)
    lines = []
    for no, grp in enumerate(parts, start=1):
        grp.sort(key=lambda g: (g.x0, g.idx))
        ln = Line(_dedupe(grp), no)
        _finish(ln)
        lines.append(ln)
    return lines


def _sweep(glyphs: list[Glyph], size: float) -> list[list[Glyph]]:
    """Characters grouped by height on the page, from the top: a group goes on while the centres
    stay within ``_SAME_LINE`` font sizes of its first character of full size (a raised footnote
    mark on top of a line would leave the letters that go below it, 'y', 'g', 'ụ', a line of
    their own)."""
    order = sorted(glyphs, key=lambda g: -g.cy)
    groups: list[list[Glyph]] = [[order[0]]]
    ref = order[0].cy
    full = order[0].h >= _FULL_SIZE * size
    for g in order[1:]:
        if ref - g.cy > _SAME_LINE * size:
            groups.append([g])
            ref = g.cy
            full = g.h >= _FULL_SIZE * size
        else:
            groups[-1].append(g)
            if not full and g.h >= _FULL_SIZE * size:
                ref, full = g.cy, True
    return groups


_STACKED_SIZES = 0.75  # characters smaller than this share of a line's largest, drawn over them ...
_STACKED_MIN = 4  # ... this many or more, are a line of their own (a stamp over a header's line)


def _stacked(grp: list[Glyph]) -> list[list[Glyph]]:
    """A group of characters taken for one line that holds lines of a smaller size (a digital
    signature's stamp, its small lines set over the national title or beside the Nơi nhận list):
    the small lines apart, each a line, from the top, when the small characters make two lines or
    more of ``_STACKED_MIN`` characters by their own size (the sweep, by the page's size, took
    them for one), or when at least ``_STACKED_MIN`` of them, and a third, stand over large ones
    (half their width or more); else the group as it is. A raised footnote mark or a
    superscript stands beside its letters, not over them, and makes no line of its own."""
    if len(grp) < 2 * _STACKED_MIN:
        return [grp]
    top = max(g.h for g in grp)
    cut = _STACKED_SIZES * top
    small = [g for g in grp if g.h < cut]
    if len(small) < _STACKED_MIN:
        return [grp]
    lines = [part for part in _sweep(small, _median([g.h for g in small])) if len(part) >= _STACKED_MIN]
    if len(lines) < 2 and not _over_large(small, [g for g in grp if g.h >= cut]):
        return [grp]
    if len(lines) < 2:
        lines = [small]
    apart = {id(g) for part in lines for g in part}
    rest = [g for g in grp if id(g) not in apart]
    parts = [*lines, rest] if rest else lines
    return sorted(parts, key=lambda part: -_median([g.y0 + g.y1 for g in part]))


def _over_large(small: list[Glyph], large: list[Glyph]) -> bool:
    """Do at least ``_STACKED_MIN`` of the small characters, and a third of them, stand over the
    large ones (half their width or more)?"""
    if len(large) < _STACKED_MIN:
        return False
    large = sorted(large, key=lambda g: g.x0)
    starts = [g.x0 for g in large]
    reach = list(itertools.accumulate((g.x1 for g in large), max))  # the furthest right edge so far
    over = 0
    for g in small:
        k = bisect.bisect_left(starts, g.x1) - 1  # the last large character starting before g ends
        half = (g.x1 - g.x0) / 2
        if k >= 0 and reach[k] - g.x0 >= half and min(reach[k], g.x1) - max(starts[0], g.x0) >= half:
            over += 1
    return over >= _STACKED_MIN and 3 * over >= len(small)


_OFFSET = 0.2  # two columns' lines whose centres differ by more than this (font sizes) are not one line


def _offset_columns(grp: list[Glyph], size: float) -> list[list[Glyph]]:
    """A group of characters taken for one line that is the lines of two columns set side by side
    but not level (a header table whose cells' lines drift apart: one column's line between two of
    the other's): split in two, the higher first, when the characters of full size fall into two
    heights, one column gap apart, the one wholly left of the other; else the group as it is."""
    full = [g for g in grp if g.h >= _FULL_SIZE * size]
    if len(full) < 2:
        return [grp]
    low = min(g.cy for g in full)
    high = max(g.cy for g in full)
    if high - low <= _OFFSET * size:
        return [grp]
    heights = sorted({g.cy for g in full})
    jump, cut = max((b - a, (a + b) / 2) for a, b in itertools.pairwise(heights))
    if jump <= _OFFSET * size:
        return [grp]
    upper = [g for g in full if g.cy > cut]
    lower = [g for g in full if g.cy <= cut]
    u0, u1 = min(g.x0 for g in upper), max(g.x1 for g in upper)
    l0, l1 = min(g.x0 for g in lower), max(g.x1 for g in lower)
    gap = _COLUMN_GAP * size
    if not (u1 + gap <= l0 or l1 + gap <= u0):
        return [grp]
    middle = (min(u1, l1) + max(u0, l0)) / 2  # the gutter between them
    upper_left = u1 <= l0
    parts: tuple[list[Glyph], list[Glyph]] = ([], [])
    for g in grp:
        if g.h >= _FULL_SIZE * size:
            parts[0 if g.cy > cut else 1].append(g)
        else:  # a small character (a raised mark) goes with the side it stands on
            parts[0 if ((g.x0 + g.x1) / 2 < middle) == upper_left else 1].append(g)
    return [parts[0], parts[1]]


def _level_parts(parts: list[list[Glyph]], size: float) -> list[list[Glyph]]:
    """Groups of characters in order from the top, those of one height joined: the sweep that
    groups a page's characters may cut one line where another column's line stands close above."""

    def height(grp: list[Glyph]) -> float:
        return _median([g.cy for g in grp if g.h >= _FULL_SIZE * size] or [g.cy for g in grp])

    out: list[list[Glyph]] = []
    for grp in sorted(parts, key=lambda grp: -height(grp)):
        if out and abs(height(out[-1]) - height(grp)) <= _OFFSET * size:
            out[-1] = out[-1] + grp
        else:
            out.append(grp)
    return out


def _dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop characters printed twice at almost the same place (fake bold)."""
    out: list[Glyph] = []
    for g in glyphs:
        if out:
            p = out[-1]
            if p.ch == g.ch and abs(p.x0 - g.x0) < 0.3 * max(p.x1 - p.x0, 0.5) and abs(p.y0 - g.y0) < 1:
                continue
        out.append(g)
    return out


def _finish(line: Line) -> None:
    """Set the line's size and text: spaces at word gaps, raised small digits as ``[n]``."""
    gs = line.glyphs
    line.size = _median([g.h for g in gs]) or 1.0
    normal = [g for g in gs if g.h >= _SMALL * line.size] or gs
    base = _median([g.y0 for g in normal])
    raised = [
        (g.h < _SMALL * line.size and g.y0 > base + _RAISED * line.size)
        or (g.h < _SUP_SMALLER * line.size and g.y0 > base + _SUP_HIGH * line.size)
        for g in gs
    ]
    sup = [r and g.ch.isdigit() for g, r in zip(gs, raised, strict=True)]
    # (brackets raised with the digits are the mark's: a web page's <sup>[1]</sup>)
    for k in range(len(gs) - 1):
        if raised[k] and gs[k].ch in "[(" and sup[k + 1]:
            sup[k] = True
    for k in range(1, len(gs)):
        if raised[k] and gs[k].ch in "])" and sup[k - 1]:
            sup[k] = True
    spread = _letter_spacing(gs, raised, line.size)
    parts: list[str] = []
    i = 0
    line.lead_mark = None
    while i < len(gs):
        g = gs[i]
        if i and _spaced(gs[i - 1], g, line.size, spread) and not sup[i] and not (sup[i - 1] and g.ch in ",.;:)"):
            parts.append(" ")
        if sup[i]:
            j = i
            while j < len(gs) and sup[j]:
                j += 1
            digits = "".join(x.ch for x in gs[i:j] if x.ch.isdigit())
            prev = "".join(parts).rstrip()
            if not prev:
                line.lead_mark = digits
                parts.append(f"[{digits}] ")
            elif regex.search(r"(?:^|\s)(?:k|c|d|m)?m$", prev) and digits in ("2", "3"):
                parts.append("²" if digits == "2" else "³")  # m², km²
            else:
                parts.append(f"[{digits}]")
            i = j
            continue
        parts.append(g.ch)
        i += 1
    line.text = unicodedata.normalize("NFC", regex.sub(r" {2,}", " ", "".join(parts)).strip())


def _letter_spacing(gs: list[Glyph], raised: list[bool], size: float) -> float:
    """The space a line set with expanded character spacing (a title, ``K Ế H O Ạ C H`` as
    printed) leaves between its letters: the median gap between neighbours, when it is wider than
    ``_SPACED_LETTERS`` font sizes (between the letters of a word set normally there is none); else
    0. Its words stand that much further apart too."""
    if len(gs) < _SPACED_MIN:
        return 0.0
    gaps = [b.x0 - a.x1 for a, b, up in zip(gs, gs[1:], raised[1:], strict=False) if not up]
    limit = _SPACED_LETTERS * size
    # (the median is above the limit when at least half the gaps, rounded up, are: counted first)
    if len(gaps) < _SPACED_MIN - 1 or sum(g > limit for g in gaps) < len(gaps) - len(gaps) // 2:
        return 0.0
    return _median(gaps)


_SPACED_MIN = 6  # characters in a line whose letter spacing is measured
_SPACED_LETTERS = 0.08  # font sizes between neighbours: the line is set with spaced letters


def _spaced(a: Glyph, b: Glyph, size: float, spread: float = 0.0) -> bool:
    gap = b.x0 - a.x1 - spread
    if gap > _WORD_GAP * size:
        return True
    # (a space before it in the text layer, unless the letters are spaced: PDFium writes one in
    # every gap that wide, between the letters of a word too)
    return not spread and b.space_before and 0 < b.idx - a.idx <= 3 and gap > -0.05 * size


def _split(line: Line, cut: float) -> tuple[Line | None, Line | None]:
    """The parts of a line left and right of the x position ``cut``."""
    left = [g for g in line.glyphs if (g.x0 + g.x1) / 2 < cut]
    right = [g for g in line.glyphs if (g.x0 + g.x1) / 2 >= cut]
    out: list[Line | None] = []
    for part in (left, right):
        if not part:
            out.append(None)
            continue
        ln = Line(part, line.no)
        _finish(ln)
        out.append(ln)
    return out[0], out[1]


# ---------------------------------------------------------------- columns


def _intervals(line: Line, gap: float = _COLUMN_GAP) -> list[tuple[float, float]]:
    """The x ranges a line covers, merging gaps narrower than ``gap`` font sizes."""
    out: list[tuple[float, float]] = []
    for g in line.glyphs:
        if out and g.x0 - out[-1][1] < gap * line.size:
            out[-1] = (out[-1][0], max(out[-1][1], g.x1))
        else:
            out.append((g.x0, g.x1))
    return out


def _gutter(line: Line) -> tuple[float, float] | None:
    """The widest column gap of a line written on both sides of it, if any."""
    iv = _intervals(line)
    best: tuple[float, float] | None = None
    for (_a0, a1), (b0, _b1) in itertools.pairwise(iv):
        if best is None or b0 - a1 > best[1] - best[0]:
            best = (a1, b0)
    return best


def _narrow(free: tuple[float, float], line: Line) -> tuple[float, float] | None:
    """What is left of a free gutter after ``line``; None when the line crosses it."""
    lo, hi = free
    spans = _intervals(line, _NARROW_GAP)
    for u, v in spans:
        if v <= lo or u >= hi:
            continue
        if u <= lo and v >= hi:
            return None
        if u <= lo:
            lo = v
        elif v >= hi:
            hi = u
        else:  # a small piece inside the gutter: keep the wider side
            if u - lo >= hi - v:
                hi = u
            else:
                lo = v
    # a line on one side only (a centred title) must leave a wide gutter; a line written on both
    # sides shows where the gutter is and may leave a narrow one
    if hi - lo < (_MIN_GUTTER if len(spans) > 1 else _ONE_SIDED_GUTTER) * line.size:
        return None
    return lo, hi


@dataclass(slots=True)
class _Block:
    start: int  # index of the first line
    end: int  # index after the last line
    cut: float  # x position of the gutter's middle


def find_columns(lines: list[Line]) -> list[_Block]:
    """Runs of lines laid out in two columns (see the module docstring)."""
    blocks: list[_Block] = []
    i = 0
    floor = 0
    while i < len(lines):
        gut = _gutter(lines[i]) if _letters(lines[i]) else None
        if gut is None and i + 2 < len(lines):
            gut = _interleaved(lines[i], lines[i + 1], lines[i + 2])
        if gut is None:
            i += 1
            continue
        start, end, free = _grow(lines, i, gut, floor, up_first=False)
        if start == i and i > floor:
            # the line above may be the block's first line, written on both sides of a gutter
            # that a centred line below (a title set right of the page's middle) narrowed too far
            # to let it in: grown upwards first, the block takes it when it is
            up = _grow(lines, i, gut, floor, up_first=True)
            cut = (up[2][0] + up[2][1]) / 2
            if up[0] < start and all(_both_sides(ln, cut) for ln in lines[up[0] : start]):
                start, end, free = up
        blocks.append(_Block(start, end, (free[0] + free[1]) / 2))
        floor = end
        i = end
    return blocks


def _grow(
    lines: list[Line], i: int, gut: tuple[float, float], floor: int, up_first: bool
) -> tuple[int, int, tuple[float, float]]:
    """The run of lines around ``lines[i]`` that leave a free gutter (narrowed line by line from
    ``gut``), grown downwards then upwards, or upwards first."""
    free = gut
    start, end = i, i + 1
    for step in (-1, 1) if up_first else (1, -1):
        while start > floor if step < 0 else end < len(lines):
            nxt = _narrow(free, lines[start - 1] if step < 0 else lines[end])
            if nxt is None:
                break
            free = nxt
            if step < 0:
                start -= 1
            else:
                end += 1
    return start, end, free


def _both_sides(line: Line, cut: float) -> bool:
    """Whether a line has letters or digits on both sides of ``cut``."""
    return any(g.ch.isalnum() and g.x1 <= cut for g in line.glyphs) and any(
        g.ch.isalnum() and g.x0 >= cut for g in line.glyphs
    )


_INTERLEAVED = 1.6  # two lines of one column with a line of the other between them are this close (font sizes)


def _interleaved(a: Line, b: Line, c: Line) -> tuple[float, float] | None:
    """The gutter between the lines of two columns not level (a header table whose cells' lines
    interleave), or None: three lines one under the other, the first and the third next lines of
    one column (close), the second between them wholly on the other side of a wide gap."""
    size = min(a.size, b.size, c.size)
    if not all(_letters(ln) and not ln.text.startswith("| ") for ln in (a, b, c)):
        return None  # (a row of a table read already: its cells are its own)
    if not (a.cy > b.cy > c.cy and a.cy - c.cy < _INTERLEAVED * size):
        return None
    if max(a.x1, c.x1) <= b.x0:  # a and c on the left
        lo, hi = max(a.x1, c.x1), b.x0
    elif b.x1 <= min(a.x0, c.x0):  # a and c on the right
        lo, hi = b.x1, min(a.x0, c.x0)
    else:
        return None
    return (lo, hi) if hi - lo >= _ONE_SIDED_GUTTER * max(a.size, b.size, c.size) else None


def _letters(line: Line) -> bool:
    return sum(c.isalnum() for c in line.text) >= 2


def _column_order(lines: list[Line], cut: float, nested: bool = True) -> Iterator[Line]:
    """The lines of a two-column block in reading order: the left column, then the right; when
    the left has a number line and the right a place-and-date line, those start a second band."""
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines:
        if ln.text.startswith("| "):  # a table row stays whole
            (left if ln.glyphs[0].x0 < cut else right).append(ln)
            continue
        lpart, rpart = _split(ln, cut)
        if lpart is not None and lpart.text:
            left.append(lpart)
        if rpart is not None and rpart.text:
            right.append(rpart)
    pats = _patterns()
    if nested:
        left, right = _signers_apart(left), _signers_apart(right)
    lsplit = next((k for k, ln in enumerate(left) if pats["number_line"].match(ln.text)), None)
    rsplit = next((k for k, ln in enumerate(right) if pats["date_line"].search(ln.text)), None)
    if lsplit is not None and rsplit is not None:
        yield from left[:lsplit]
        yield from right[:rsplit]
        if lsplit + 1 < len(left) and pats["subject_line"].match(left[lsplit + 1].text):
            # a letter's subject under its number ('V/v ...', over several lines): the place and
            # date, level with the number, go before it, not after its last line
            yield left[lsplit]
            yield from right[rsplit:]
            yield from left[lsplit + 1 :]
            return
        yield from left[lsplit:]
        yield from right[rsplit:]
    else:
        yield from left
        yield from right


def _signers_apart(lines: list[Line]) -> list[Line]:
    """One side of a two-column block, its own two columns read one after the other when they are
    two signers side by side (a joint document's sign-off beside the Nơi nhận list: ``TM. BAN
    THƯỜNG TRỰC`` next to ``TM. ỦY BAN NHÂN DÂN``, ``CHỦ TỊCH`` next to ``KT. CHỦ TỊCH``): a line
    of it names a signer's authority after another text."""
    signoff = _patterns()["signoff_line"]
    if not any(m.start() > 0 for ln in lines for m in signoff.finditer(ln.text)):
        return lines
    out: list[Line] = []
    pos = 0
    for blk in find_columns(lines):
        out.extend(lines[pos : blk.start])
        out.extend(_column_order(lines[blk.start : blk.end], blk.cut, nested=False))
        pos = blk.end
    out.extend(lines[pos:])
    return out


# ---------------------------------------------------------------- ruled tables

_RULE = 1.5  # a drawn path thinner than this (points) is a rule
_MIN_CELL = 12.0  # rules closer than this (points) are one


@dataclass(slots=True)
class Grid:
    """A ruled table: the x positions of its vertical rules and the y positions of its horizontal
    ones (top to bottom)."""

    xs: list[float]
    ys: list[float]
    # the drawn edges: (x, bottom, top) of the vertical ones, (y, left, right) of the horizontal
    vsegs: list[tuple[float, float, float]] = field(default_factory=list)
    hsegs: list[tuple[float, float, float]] = field(default_factory=list)

    def ruled_v(self, x: float, y: float) -> bool:
        """Is there a vertical rule at ``x`` where it crosses height ``y``? (True when the edges
        are not known.)"""
        return not self.vsegs or any(abs(sx - x) <= 2.5 and lo - 1 <= y <= hi + 1 for sx, lo, hi in self.vsegs)

    def ruled_h(self, y: float, x: float) -> bool:
        """Is there a horizontal rule at ``y`` where it crosses ``x``?"""
        return not self.hsegs or any(abs(sy - y) <= 2.5 and lo - 1 <= x <= hi + 1 for sy, lo, hi in self.hsegs)

    def contains(self, g: Glyph) -> bool:
        cx, cy = (g.x0 + g.x1) / 2, g.cy
        return self.xs[0] <= cx <= self.xs[-1] and self.ys[-1] <= cy <= self.ys[0]


def _merge_positions(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _snap(positions: list[float], value: float) -> float:
    return min(positions, key=lambda p: abs(p - value))


def find_grids(rules: list[tuple[float, float, float, float]]) -> list[Grid]:
    """Tables drawn with rules or cell boxes: groups of touching edges with at least three
    vertical and two horizontal positions."""
    edges: list[tuple[str, float, float, float]] = []  # (axis, position, from, to)
    for left, bottom, right, top in rules:
        w, h = right - left, top - bottom
        if w <= _RULE and h > _RULE:
            edges.append(("v", (left + right) / 2, bottom, top))
        elif h <= _RULE and w > _RULE:
            edges.append(("h", (bottom + top) / 2, left, right))
        elif w > _RULE and h > _RULE:
            edges += [
                ("v", left, bottom, top),
                ("v", right, bottom, top),
                ("h", bottom, left, right),
                ("h", top, left, right),
            ]
    boxes = [
        (pos - 1, lo - 1, pos + 1, hi + 1) if axis == "v" else (lo - 1, pos - 1, hi + 1, pos + 1)
        for axis, pos, lo, hi in edges
    ]
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])

    def links() -> Iterator[tuple[int, int]]:
        for a_pos, a in enumerate(order):
            _ax0, ay0, ax1, ay1 = boxes[a]
            for b in order[a_pos + 1 :]:
                bx0, by0, _bx1, by1 = boxes[b]
                if bx0 > ax1:
                    break
                if by0 <= ay1 and ay0 <= by1:
                    yield a, b

    grids = []
    for members in connected(len(edges), links()):
        xs = _merge_positions([edges[i][1] for i in members if edges[i][0] == "v"], _MIN_CELL)
        ys = _merge_positions([edges[i][1] for i in members if edges[i][0] == "h"], _MIN_CELL / 2)
        if len(xs) >= 3 and ys:
            ys = _open_ends(ys, [edges[i] for i in members if edges[i][0] == "v"], len(xs))
        if len(xs) >= 3 and len(ys) >= 2:
            # each edge at the position it was merged into
            vsegs = [(_snap(xs, edges[i][1]), edges[i][2], edges[i][3]) for i in members if edges[i][0] == "v"]
            hsegs = [(_snap(ys, edges[i][1]), edges[i][2], edges[i][3]) for i in members if edges[i][0] == "h"]
            grids.append(Grid(xs, ys[::-1], vsegs, hsegs))
    return grids


def _open_ends(ys: list[float], vertical: list[tuple[str, float, float, float]], columns: int) -> list[float]:
    """The row positions of a grid with the open ends of a row cut by a page break closed: all
    its vertical rules run on past the last horizontal one (a browser draws the part of a row
    that goes on over the page without the rule above or below it)."""
    out = list(ys)
    tops = [hi for _, _, _, hi in vertical if hi > ys[-1] + _MIN_CELL / 2]
    if len(tops) >= columns:
        out.append(min(tops))
    bottoms = [lo for _, _, lo, _ in vertical if lo < ys[0] - _MIN_CELL / 2]
    if len(bottoms) >= columns:
        out.insert(0, max(bottoms))
    return out


def table_rows(grid: Grid, glyphs: list[Glyph]) -> list[Line] | None:
    """One line per row of a ruled table, ``| cell | cell |``, the lines of a cell joined; None
    when the rules are no table (a rule cuts through a word, fewer than two rows of two cells and
    no row of three: underlines, boxes around a paragraph)."""
    size = _median([g.h for g in glyphs]) or 1.0
    by_x = sorted(glyphs, key=lambda g: g.x0)
    middles = [(top + bottom) / 2 for top, bottom in itertools.pairwise(grid.ys)]
    for x in grid.xs[1:-1]:
        # where a cell is merged across the position of a rule that most rows have, there is no
        # rule to cut a word (boxes drawn around single words share few positions)
        merged = 2 * sum(1 for y in middles if grid.ruled_v(x, y)) > len(middles)
        left = [
            g for g in by_x if g.x1 <= x + 1 and g.x1 > x - _WORD_GAP * size and (not merged or grid.ruled_v(x, g.cy))
        ]
        right = [g for g in by_x if g.x0 >= x - 1 and g.x0 < x + _WORD_GAP * size]
        for a in left:
            # (a cell's last letter and the next cell's first one close to the rule between them,
            # narrow margins: apart in the text layer's order, or a space between them)
            if any(
                abs(a.cy - b.cy) < 0.3 * size and b.x0 - a.x1 < _WORD_GAP * size and not _apart_in_layer(a, b)
                for b in right
            ):
                return None
    bands = list(itertools.pairwise(grid.ys))
    # the glyphs of each cell; a cell merged with its right neighbour (no rule between them at
    # the row's middle) takes the neighbour's glyphs
    parts: list[list[list[Glyph]]] = []
    for top, bottom in bands:
        in_row = [g for g in glyphs if bottom <= g.cy <= top]
        middle = (top + bottom) / 2
        cells: list[list[Glyph]] = [[] for _ in grid.xs[1:]]
        owner = list(range(len(cells)))
        for j in range(1, len(cells)):
            if in_row and not grid.ruled_v(grid.xs[j], middle):
                owner[j] = owner[j - 1]
        for g in in_row:
            cx = (g.x0 + g.x1) / 2
            j = sum(1 for x in grid.xs[1:-1] if cx >= x)
            cells[owner[j]].append(g)
        parts.append(cells)
    texts = _cell_texts([[build_lines(c) for c in cells] for cells in parts], len(grid.xs) - 1, size)
    _fill_merged_down(grid, texts)
    rows: list[Line] = []
    full = 0
    for cells_text, cells in zip(texts, parts, strict=True):
        in_row = [g for c in cells for g in c]
        if not in_row:
            continue
        full += sum(1 for c in cells_text if c) >= 2
        # one wide stand-in glyph: the row crosses any column gutter, and sorts by its top
        stand_in = Glyph("|", grid.xs[0], min(g.y0 for g in in_row), grid.xs[-1], max(g.y1 for g in in_row))
        row = Line([stand_in], size=_median([g.h for g in in_row]))
        row.text = "| " + " | ".join(cells_text) + " |"
        rows.append(row)
    # (one row of three cells or more, two of them several words, is a table too: the last row of
    # a table that a page break left alone at the top of a page; boxes drawn around single words
    # are not)
    # (or with the part of the row before it the page break cut, its other cells empty)
    one = max(texts, key=lambda t: sum(1 for c in t if c), default=[])
    alone = full <= 1 and sum(1 for c in one if c) >= 3 and sum(1 for c in one if " " in c) >= 2
    return rows if full >= 2 or alone else None


def _apart_in_layer(a: Glyph, b: Glyph) -> bool:
    """Are ``a`` and ``b`` (``b`` right of ``a``) of two words in the text layer: a space written
    before ``b``, or ``b`` not written right after ``a`` (each cell's text a run of its own)?"""
    return b.space_before or (a.idx != b.idx and b.idx != a.idx + 1)


def _join_cell(lines: Iterable[str], glued: frozenset[int] = frozenset()) -> str:
    """The lines of a table cell as one text; a line ending in a hyphen or a slash glued to its
    word (``41/KH-`` over ``UBND``, ``204/2004/`` over ``NĐ-CP``) goes on without a space, and so
    do a short heading word that a narrow column broke (``ST`` over ``T``) and the lines whose
    index is in ``glued`` (a symbol broken by the column's width: :func:`_forced_breaks`).

    >>> _join_cell(["41/KH-", "UBND tại"]), _join_cell(["ST", "T"]), _join_cell(["Thời gian", "hoàn thành"])
    ('41/KH-UBND tại', 'STT', 'Thời gian hoàn thành')
    >>> _join_cell(["Nghị định số 204/2004/", "NĐ-CP"]), _join_cell(["số 07-TB/CQTTB", "CĐ ngày"], frozenset({1}))
    ('Nghị định số 204/2004/NĐ-CP', 'số 07-TB/CQTTBCĐ ngày')
    >>> _join_cell(["Quý IV/2026-", "Quý II/2027"]), _join_cell(["2026-", "2030"])
    ('Quý IV/2026- Quý II/2027', '2026-2030')
    """
    out = ""
    for k, text in enumerate(lines):
        hyphen = out[-1:] in ("-", "/") and len(out) > 1 and out[-2].isalnum() and text[:1].isalnum()
        if hyphen and out[-2].isdigit() and _CAPITALISED.match(text):
            hyphen = False  # a dash between two times ('Quý IV/2025-' over 'Quý II/2026'), no symbol
        if out and not hyphen and k not in glued and not (_CAPS_PIECE.fullmatch(out) and _CAPS_PIECE.fullmatch(text)):
            out += " "
        out += text
    return out


_FORCED_SHORT = 0.8  # a line broken inside a word ends less than this (font sizes) before the column's text edge
_SYMBOL_PIECE = regex.compile(r"(?:\S*[\d/]\S*|\p{Lu}{2,}\S*)", regex.V1)
_SYMBOL_GOES_ON = regex.compile(r"[\p{Lu}\d]", regex.V1)


def _cell_texts(cells: list[list[list[Line]]], columns: int, size: float) -> list[list[str]]:
    """The text of each cell of a table's rows (each cell its lines): where the text of each column
    ends (its widest line), a symbol too long for the column is broken, a character short of it,
    and read on without a space (:func:`_forced_breaks`)."""
    edges = [max((ln.x1 for row in cells for ln in row[j]), default=0.0) for j in range(columns)]
    return [
        [
            _join_cell([ln.text for ln in lines], _forced_breaks(lines, edges[j], size)).replace("|", "/")
            for j, lines in enumerate(row)
        ]
        for row in cells
    ]


def _forced_breaks(lines: list[Line], edge: float, size: float) -> frozenset[int]:
    """The lines of a cell that go on a word the line before broke: a word processor breaks a
    word only when it is wider than the column, so the line before holds that one word, up to
    the column's text edge; gated to symbols and numbers (``07-TB/CQTTB`` over ``CĐ``,
    ``6001/BKH`` over ``CN-CĐSQG``), which syllables of Vietnamese words never are."""
    out: set[int] = set()
    for k in range(1, len(lines)):
        prev, nxt = lines[k - 1], lines[k]
        word = prev.text.strip()
        if (
            " " not in word
            and word[-1:].isalnum()
            and prev.x1 >= edge - _FORCED_SHORT * size
            and _SYMBOL_PIECE.fullmatch(word)
            and _SYMBOL_GOES_ON.match(nxt.text)
        ):
            out.add(k)
    return frozenset(out)


_CAPS_PIECE = regex.compile(r"\p{Lu}{1,3}")


def _broken_word(first: list[Glyph], cells: list[list[Glyph]]) -> bool:
    """Is the first column of a line under the header's first line the end of the header's first
    word, broken by a narrow column (``ST`` over ``T``)? Then the line is the header's (its other
    cells the ends of wrapped headings: ``Thời gian hoàn`` over ``thành``)."""
    if not first or not cells[0]:
        return False
    head = "".join(g.ch for g in first)
    rest = "".join(g.ch for g in cells[0])
    if regex.fullmatch(_BARE_LABEL, rest):
        return False  # (a group's label under the header: "I")
    size = _median([g.h for g in first])
    if min(g.y0 for g in first) - max(g.y1 for g in cells[0]) > _BROKEN_BELOW * size:
        return False  # (not on the line just under it: a group's label "A" under a header of two lines)
    return bool(_CAPS_PIECE.fullmatch(head) and _CAPS_PIECE.fullmatch(rest))


_BROKEN_BELOW = 0.6  # font sizes: the end of a broken word stands on the line just under its start
_BARE_LABEL = r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?"


def _fill_merged_down(grid: Grid, texts: list[list[str]]) -> None:
    """A cell merged down over several rows (no rule under it) holds one text, wherever it stands
    in the span: below the header (from the first row opened by a row number), that text is
    given to each row of the span (the lead unit of several tasks), except a row number."""
    data_from = next(
        (k for k, row in enumerate(texts) if regex.fullmatch(_BARE_LABEL, next((c for c in row if c), "")) is not None),
        None,
    )
    if data_from is None:
        if len(texts) > _HEAD_ROWS:
            return
        data_from = len(texts)  # (a header alone at a page's foot, its rows below on the next)
    for j, (x_from, x_to) in enumerate(itertools.pairwise(grid.xs)):
        middle = (x_from + x_to) / 2
        # a heading merged down over the header's rows is one heading, in its first row (its
        # words fall in either row: ``ST`` over ``T``, ``Đơn vị phối`` over ``hợp``)
        k = 0
        while k < data_from:
            m = k
            while m + 1 < data_from and not grid.ruled_h(grid.ys[m + 1], middle):
                m += 1
            if m > k:
                texts[k][j] = _join_cell(texts[r][j] for r in range(k, m + 1) if texts[r][j])
                for r in range(k + 1, m + 1):
                    texts[r][j] = ""
            k = m + 1
        k = data_from
        while k < len(texts):
            m = k
            while m + 1 < len(texts) and not grid.ruled_h(grid.ys[m + 1], middle):
                m += 1
            if m > k:
                words = " ".join(texts[r][j] for r in range(k, m + 1) if texts[r][j])
                if regex.fullmatch(_BARE_LABEL, words) is None:
                    for r in range(k, m + 1):
                        texts[r][j] = words
            k = m + 1


def page_lines(page: Page, carry: list[tuple[float, float]] | None = None) -> list[Line]:
    """The visual lines of a page, ruled and unruled tables read as pipe rows, numbered top to
    bottom. ``carry``: the column gaps of an unruled table that ends the page before (its rows
    may go on at the top of this one)."""
    grids = find_grids(page.rules) if page.rules else []
    glyphs = page.glyphs
    rows: list[Line] = []
    for grid in grids:
        inside = [g for g in glyphs if grid.contains(g)]
        found = table_rows(grid, inside) if inside else None
        if found is None:
            continue
        rows.extend(found)
        glyphs = [g for g in glyphs if not grid.contains(g)]
    built = build_lines(glyphs)
    if page.cell_flows:
        # (a browser's table with centred cells is read before its flows are opened: they are
        # opened at the rows' numbers, not at the lines of the cells above them)
        built = _open_flow_edges(_centred_tables(built))
    # a footer naming the file (the page's last line) is no cell of a borderless table above it
    footer = [built.pop()] if len(built) > 2 and _file_footer(built[-1], _median([g.h for g in glyphs])) else []
    lines = unruled_tables(built, carry) + footer
    if rows:
        lines = sorted(lines + rows, key=lambda ln: -ln.top)
    for no, ln in enumerate(lines, start=1):  # (the rows of tables take the places of their lines)
        ln.no = no
    return lines


# ---------------------------------------------------------------- unruled tables

_FLOW_LINES = 2  # lines broken at one x position in the text layer's order: a column's left edge ...
_FLOW_SAME = 0.1  # ... (positions this close, font sizes, are one)
_FLOW_OPEN = 2.6  # ... opened this wide (font sizes) in the lines beside it (a column gutter: two signers apart)
_FLOW_COLUMNS = 16  # a table has fewer columns than this
_FLOW_REACH = 12  # lines broken at one edge at most this many lines apart are of one table


def _producer(pdf: Any) -> str:
    """The PDF's Producer entry, or ""."""
    try:
        return str(pdf.get_metadata_value("Producer") or "")
    except Exception:  # (a damaged info dictionary)
        return ""


def _flow_breaks(line: Line) -> list[float]:
    """Where a line's text passes from one flow of the text layer to another: neighbours on the
    line that are not neighbours in the text layer's order (a browser writes a table cell by cell,
    each cell's wrapped lines together), or are but stand apart with no space between them (two
    cells, the first not wrapped); the x position where the right one starts."""
    out = []
    for a, b in itertools.pairwise(line.glyphs):
        gap = b.x0 - a.x1
        step = b.idx - a.idx
        if gap > _SPACED_LETTERS * line.size and (not 0 < step <= 3 or (step == 1 and not b.space_before)):
            out.append(b.x0)
    return out


def _open_flow_edges(lines: list[Line]) -> list[Line]:
    """A borderless table printed by a web browser sets its cells' texts as close as a word gap,
    or closer (no padding): the columns show in the text layer's order instead, each cell's text
    in one flow. A left edge where two or more lines pass to another flow, with the lines
    between them keeping clear of it, is opened ``_FLOW_OPEN`` font sizes wide in those lines
    (their characters right of it moved right), so the table reads as one drawn with gutters."""
    found: list[tuple[float, int, float]] = []  # (x, line index, size)
    for k, ln in enumerate(lines):
        breaks = _flow_breaks(ln)
        if len(breaks) < _FLOW_COLUMNS:  # (more: no table's row)
            found.extend((x, k, ln.size) for x in breaks)
    if len(found) < _FLOW_LINES:
        return lines
    found.sort()
    edges: list[tuple[float, list[int]]] = []
    group = [found[0]]
    for item in found[1:]:
        if item[0] - group[0][0] <= _FLOW_SAME * item[2]:
            group.append(item)
            continue
        edges.append((_median([x for x, _, _ in group]), sorted({k for _, k, _ in group})))
        group = [item]
    edges.append((_median([x for x, _, _ in group]), sorted({k for _, k, _ in group})))
    shift = [[0.0] * len(ln.glyphs) for ln in lines]
    moved: set[int] = set()
    spans: list[tuple[int, int, float]] = []
    for x, rows in edges:
        if len(rows) < _FLOW_LINES:
            continue
        run = [rows[0]]
        for k in rows[1:]:
            if k - run[-1] <= _FLOW_REACH and all(_clear_of(lines[j], x) for j in range(run[-1] + 1, k)):
                run.append(k)
                continue
            spans.extend(_span(lines, run, x))
            run = [k]
        spans.extend(_span(lines, run, x))
    # the edges of runs that overlap are one table's: each opened in all its lines clear of it
    spans.sort()
    bands: list[tuple[int, int, list[float]]] = []
    for first, last, x in spans:
        if bands and first <= bands[-1][1]:
            top, bottom, xs = bands[-1]
            if len(xs) < _FLOW_COLUMNS and all(abs(x - y) > _FLOW_SAME * lines[first].size for y in xs):
                xs.append(x)
            bands[-1] = (top, max(bottom, last), xs)
        else:
            bands.append((first, last, [x]))
    inside: set[int] = set()
    for first, last, xs in bands:
        for k in range(first, last + 1):
            inside.add(k)
            ln = lines[k]
            for x in xs:
                if not _clear_of(ln, x):
                    continue
                for j, g in enumerate(ln.glyphs):
                    if g.x0 >= x - _FLOW_SAME * ln.size:
                        shift[k][j] += _FLOW_OPEN * ln.size
                        moved.add(k)
    for x, rows in edges:  # (two flows side by side in a line outside a table: a word gap apart)
        for k in rows:
            if k not in inside:
                _part(lines[k], x, shift[k], moved, k)
    for k in moved:
        ln = lines[k]
        for g, d in zip(ln.glyphs, shift[k], strict=True):
            g.x0 += d
            g.x1 += d
        _finish(ln)
    return lines


def _part(line: Line, x: float, shift: list[float], moved: set[int], k: int) -> None:
    """Move the characters of a line from the x position on right, so that the flow starting
    there stands a word gap apart from the character before it."""
    at = next((j for j, g in enumerate(line.glyphs) if g.x0 >= x - _FLOW_SAME * line.size), None)
    if not at:
        return
    room = _WORD_GAP * line.size - (line.glyphs[at].x0 - line.glyphs[at - 1].x1) + 0.05 * line.size
    if room <= 0:
        return
    for j in range(at, len(line.glyphs)):
        shift[j] += room
    moved.add(k)


def _starts_at(line: Line, x: float) -> bool:
    """A word of the line starts at the x position, and none stands across it."""
    tol = _FLOW_SAME * line.size
    return _clear_of(line, x) and any(
        abs(b.x0 - x) <= tol and b.x0 - a.x1 > -0.05 * line.size for a, b in itertools.pairwise(line.glyphs)
    )


def _clear_of(line: Line, x: float) -> bool:
    """No character of the line stands across the x position (it is clear of a column's edge)."""
    tol = _FLOW_SAME * line.size
    gs = line.glyphs
    j = bisect.bisect_left([g.x0 for g in gs], x - tol)
    if j == 0 or j == len(gs):
        return j == 0 or gs[-1].x1 <= x + tol
    # (between two words, or two flows: not between two letters of a word)
    return gs[j - 1].x1 <= x + tol and gs[j].x0 - gs[j - 1].x1 > _SPACED_LETTERS * line.size


def _span(lines: list[Line], run: list[int], x: float) -> list[tuple[int, int, float]]:
    """The lines of a run broken at one edge, with the lines just above or below that start a
    cell's text at the edge (the header row, a row whose cells did not wrap); none for a run
    of fewer than ``_FLOW_LINES`` lines."""
    if len(run) < _FLOW_LINES:
        return []
    first, last = run[0], run[-1]
    for k in range(run[0] - 1, max(-1, run[0] - 1 - _HEADER_LINES), -1):
        if not _clear_of(lines[k], x):
            break
        if _starts_at(lines[k], x):
            first = k
    for k in range(run[-1] + 1, min(len(lines), run[-1] + 1 + _HEADER_LINES)):
        if not _clear_of(lines[k], x):
            break
        if _starts_at(lines[k], x):
            last = k
    return [(first, last, x)]


_DISTINCT_GAP = 1.3  # a column gap is this much wider than the usual word gap of its line
_SPACE = 0.25  # the width of a space (font sizes)
_HEADER_LINES = 5  # a table's header row wraps over at most this many lines
_TABLE_GUTTER = 0.4  # a column gap of an unruled table is at least this wide (font sizes) ...
_TABLE_WORD_GAP = 0.4  # ... and a word gap inside a cell narrower than this
_TABLE_OPEN_GAP = 1.0  # a line with two gaps this wide (font sizes) may open an unruled table
_TABLE_BIGGER = 1.1  # a line this much larger than the last line of a table band is not in it
_TABLE_ROW_GAP = 2.6  # lines further apart than this (font sizes, top to top) are no longer one table


def _gaps(line: Line, size: float) -> list[tuple[float, float]]:
    """The column gaps of a line: gaps between its characters wider than ``_TABLE_OPEN_GAP``
    font sizes, the font size at most ``size`` (a bold header's characters have taller boxes)."""
    scale = min(1.0, size / line.size) if line.size else 1.0
    return [(a[1], b[0]) for a, b in itertools.pairwise(_intervals(line, _TABLE_OPEN_GAP * scale))]


def _corridors(free: list[tuple[float, float]], line: Line) -> list[tuple[float, float]]:
    """The vertical corridors of ``free`` that ``line`` leaves free, narrowed by it."""
    spans = _intervals(line, _TABLE_WORD_GAP)
    out = []
    for lo, hi in free:
        for u, v in spans:
            if v <= lo or u >= hi:
                continue
            if u <= lo and v >= hi:
                lo = hi  # crossed
                break
            if u <= lo:
                lo = v
            elif v >= hi:
                hi = u
            else:  # a piece inside the corridor: it is crossed
                lo = hi
                break
        if hi - lo >= _TABLE_GUTTER * line.size:
            out.append((lo, hi))
    return out


def unruled_tables(lines: list[Line], carry: list[tuple[float, float]] | None = None) -> list[Line]:
    """Tables drawn without rules (a word processor's table with its borders hidden): a run of
    lines with at least two free vertical corridors, opened by a line written in three or more
    columns, is read row by row as ``| cell | cell |`` lines (a row opens where the first column
    has text; a line with nothing there continues the row's cells). The other lines are kept."""
    out: list[Line] = []
    size = _median([ln.size for ln in lines])
    header = _patterns()["header_line"]
    signoff = _patterns()["signoff_line"]
    heading = _patterns()["section_heading"]
    i = 0
    if carry:
        out, i = _carried_rows(lines, carry)
    while i < len(lines):
        first = lines[i]
        free = _gaps(first, size)
        if len(free) < 2 or not _letters(first) or header.search(first.text):
            out.append(first)
            i += 1
            continue
        after = _take_centred(lines, i, out, size)
        if after is not None:
            i = after
            continue
        band = [first]
        seen = _open_corridors(first)
        groups: set[int] = set()
        end = i + 1
        while end < len(lines):
            ln = lines[end]
            if band[-1].top - ln.top > _TABLE_ROW_GAP * max(ln.size, band[-1].size):
                break
            if _group_row(ln, free):
                groups.add(id(ln))  # a group's row, its title merged across the columns
                band.append(ln)
                end += 1
                continue
            if len(band) > 1 and ln.size > _TABLE_BIGGER * band[-1].size:
                break  # the body text after a table set in a smaller font
            narrowed = _corridors(free, ln)
            if header.search(ln.text) or (ln.x0 >= free[0][0] and heading.match(ln.text)):
                break  # (a heading after the table, written in the column of its tasks)
            if free[0][0] + 0.5 < ln.x0 < free[0][1] - 1.0:
                break  # it starts inside the first column gap: a paragraph's indented first line
            if len(narrowed) < len(free):
                # it writes across a corridor: the paragraph after the table, unless the corridor
                # was one line's stretched word gap (a justified cell's short first line)
                crossed = [c for c in free if not any(c[0] <= a and b <= c[1] for a, b in narrowed)]
                spans = _intervals(ln, _TABLE_WORD_GAP)
                across = any(u <= crossed[0][0] and v >= crossed[0][1] for u, v in spans)
                if len(crossed) > 1 or len(narrowed) < 2 or (across and _kept_by(seen, crossed[0]) >= 2):
                    break  # (words inside a corridor only: a centred heading's gap, wider than the column gap)
            more = _narrow_seen(seen, ln)
            if more is None:
                break  # it writes across a column gap that the lines above all kept free
            free, seen = narrowed, more
            band.append(ln)
            end += 1
        # the header row above the line that opened the band, when its gaps were narrower (the
        # gap after a short "TT"): lines just above that keep clear of the corridors
        above = _headers_above(out, band[0], free, groups)
        whole = out[len(out) - above :] + band
        # (a group's row whose title keeps clear of the corridors is one too: a short title)
        groups |= {id(ln) for ln in whole if _group_row(ln, free)}
        corridors = _cut_corridors([ln for ln in whole if id(ln) not in groups])
        # (the sign-off beside Nơi nhận is no table: a signer's authority in the band or just above)
        near = out[max(0, len(out) - above - 4) : len(out) - above] + whole
        signed = any(signoff.search(ln.text) for ln in near)
        rows = None if signed else _table_band(whole, corridors, groups=groups)
        if rows is None:
            out.append(first)
            i += 1
            continue
        del out[len(out) - above :]
        out.extend(rows)
        i = end
    return out


_ROW_APART = 0.3  # rows of an unruled table are set apart by a free band this much (font sizes) wider
# than the usual space between the lines of a cell (the cells' margins)
_ROW_NUMBER = regex.compile(r"\d{1,3}[.)]?")


def _row_number(line: Line) -> float | None:
    """The right edge of the row number that opens ``line`` (``1``, ``2.``) when a column gap
    follows it or nothing does (a row's number on a line of its own, between two lines of the
    row's other cells), else None."""
    spans = _intervals(line, _TABLE_WORD_GAP)
    if len(spans) > 1 and spans[1][0] - spans[0][1] < _TABLE_GUTTER * line.size:
        return None
    label = "".join(g.ch for g in line.glyphs if g.x1 <= spans[0][1])
    return spans[0][1] if _ROW_NUMBER.fullmatch(label) else None


def _take_centred(lines: list[Line], i: int, out: list[Line], size: float) -> int | None:
    """A table of :func:`_centred_rows` opening at ``lines[i]`` put into ``out`` as pipe rows (the
    top of its header row taken back from ``out``); where the lines after it start, or None."""
    found = _centred_rows(lines, i, out, size)
    if found is None:
        return None
    rows, after, above = found
    del out[len(out) - above :]
    out.extend(rows)
    return after


def _centred_rows(lines: list[Line], i: int, out: list[Line], size: float) -> tuple[list[Line], int, int] | None:
    """An unruled table numbered in its first column whose cells are centred in their rows (a web
    page's table printed with its borders hidden, an HTML table LibreOffice converted): a row's
    number is on the middle line of its tallest cell, its other cells' lines are half a line off
    (``Rà soát ...`` over ``1 Sở Nội vụ Tháng`` over ``3/2027 ...``), so that a row cannot open
    at its number. The rows are the blocks of lines set apart by the cells' margins (a free band
    ``_ROW_APART`` wider than the one between a cell's lines), each with one line that opens with
    a row number in the first column and no other text there; a block above the first without a
    number (at most ``_HEADER_LINES`` lines) is the header row. The table opens at ``lines[i]``
    and must be apart from the line above it; it is read only when a row has lines above its
    number (a table whose cells are at the top of their rows is read by :func:`unruled_tables`).
    Returns the pipe rows, where the lines after the table start, and how many of the last
    lines of ``out`` are the top of its header row."""
    header = _patterns()["header_line"]
    signoff = _patterns()["signoff_line"]
    heading = _patterns()["section_heading"]
    end = i + 1
    while end < len(lines):
        ln, prev = lines[end], lines[end - 1]
        if prev.top - ln.top > _TABLE_ROW_GAP * max(ln.size, prev.size) or ln.size > _TABLE_BIGGER * size:
            break
        if header.search(ln.text) or signoff.search(ln.text):
            break
        if _row_number(ln) is None and heading.match(ln.text):
            break
        end += 1
    cand = lines[i:end]
    if len(cand) < 4:
        return None
    spaces = [a.bottom - b.top for a, b in itertools.pairwise(cand)]
    usual = max(0.0, _median(spaces))  # (lines half a line off overlap: below 0)
    blocks: list[list[Line]] = [[cand[0]]]
    for space, ln in zip(spaces, cand[1:], strict=True):
        if space > usual + _ROW_APART * ln.size:
            blocks.append([ln])
        else:
            blocks[-1].append(ln)
    head: list[Line] = []
    rows: list[list[Line]] = []
    numbers: list[list[Line]] = []  # the lines of each block's row numbers (several: see _merged_rows)
    centred = False
    for k, blk in enumerate(blocks):
        left = min(ln.x0 for ln in blk) + _FLOW_SAME * size  # (a number in another column: a date's end)
        numbered = [(ln, edge) for ln in blk if ln.x0 <= left and (edge := _row_number(ln)) is not None]
        if not numbered and k == 0 and len(blk) <= _HEADER_LINES:
            head = blk
            continue
        edge = max((e for _, e in numbered), default=0.0)
        if not numbered or any(ln.x0 <= edge for ln in blk if all(ln is not n for n, _ in numbered)):
            break
        if len(numbered) > 1 and not _counted_on(numbered):
            break
        centred = centred or blk[0] is not numbered[0][0]
        rows.append(blk)
        numbers.append([ln for ln, _ in numbered])
    if not head or sum(map(len, numbers)) < 2 or not centred:
        return None
    body = [ln for blk in rows for ln in blk]
    free = _cut_corridors(body)
    free = sorted(free + _left_edges(rows, free))
    if len(free) < 2:
        return None
    cuts = [(a + b) / 2 for a, b in free]
    # (the header row's top lines may stand apart from the line that opened the table, above it:
    # the lines just above, as close as a cell's lines, with none across a column gap)
    above = 0
    while above < len(out) and out[-above - 1].bottom - head[0].top <= usual + _ROW_APART * size:
        ln = out[-above - 1]
        if len(head) >= _HEADER_LINES or ln.text.startswith("| ") or header.search(ln.text):
            return None  # (the line above goes on with the table's first lines: not its top)
        head.insert(0, ln)
        above += 1
    # (the header's words, centred over their columns, may stand out of them: each word is read
    # in the column of its middle, and none may stand across a column gap)
    words = [(ln, u, v) for ln in head for u, v in _intervals(ln, _TABLE_WORD_GAP)]
    if any(u <= a and v >= b for _, u, v in words for a, b in free):
        return None
    cells_of: list[list[list[Glyph]]] = [[[] for _ in range(len(cuts) + 1)]]
    for ln, u, v in words:
        cells_of[0][sum(1 for c in cuts if (u + v) / 2 >= c)].extend(g for g in ln.glyphs if u <= g.x0 and g.x1 <= v)
    for blk, nums in zip(rows, numbers, strict=True):
        if len(nums) > 1:
            split = _merged_rows(blk, nums, cuts, usual + _ROW_APART * size)
            if split is None:
                return None
            cells_of.extend(split)
            continue
        cells: list[list[Glyph]] = [[] for _ in range(len(cuts) + 1)]
        for g in (g for ln in blk for g in ln.glyphs):
            cells[sum(1 for c in cuts if (g.x0 + g.x1) / 2 >= c)].append(g)
        cells_of.append(cells)
    _centred_down(cells_of[1:], size)
    return _pipe_rows(head + body, cells_of, free), i + len(head) - above + len(body), above


_MID_SAME = 0.5  # font sizes: a cell centred this near the middle of rows is centred on them ...
_MID_OFF = 1.0  # ... and one this far off its own row's middle is not its row's alone


def _centred_down(rows: list[list[list[Glyph]]], size: float) -> None:
    """A cell of a centred table merged down over the rows under it, apart from them (the rows'
    other cells are as high as it is: no line of it bridges the rows' gap, see
    :func:`_merged_rows`), stands at the middle of all its rows, off the middle of its first row
    (where the row's number stands), and the rows under it have no cell in its column: it is put
    in those rows too. A blank cell has no text and a short cell of one row stands at that row's
    middle: neither moves."""
    seen: dict[int, int] = {}
    for r in rows:
        for g in {id(g): g for c in r for g in c}.values():
            seen[id(g)] = seen.get(id(g), 0) + 1
    # (each row's own lines: a cell put in two rows already, see _merged_rows, is neither's)
    own = [[g for c in r for g in c if seen[id(g)] == 1] for r in rows]
    spans = [(max(g.y1 for g in o), min(g.y0 for g in o)) if o else None for o in own]
    for k, row in enumerate(rows):
        span = spans[k]
        if span is None or not row[0]:
            continue
        middle = (max(g.y1 for g in row[0]) + min(g.y0 for g in row[0])) / 2  # (the row's number)
        for col, cell in enumerate(row[1:], start=1):
            if not cell or any(seen[id(g)] > 1 for g in cell):
                continue
            mid = (max(g.y1 for g in cell) + min(g.y0 for g in cell)) / 2
            if abs(mid - middle) <= _MID_OFF * size:
                continue
            j = k + 1
            while j < len(rows) and not rows[j][col] and spans[j] is not None:
                low = spans[j][1]  # type: ignore[index]
                if abs(mid - (span[0] + low) / 2) <= _MID_SAME * size:
                    for r in rows[k + 1 : j + 1]:
                        r[col].extend(cell)
                    break
                j += 1


def _counted_on(numbered: list[tuple[Line, float]]) -> bool:
    """Do the row numbers that open these lines (top to bottom) count on by one (``1``, ``2``)?"""
    values = [int("".join(ch for ch in (g.ch for g in ln.glyphs if g.x1 <= edge) if ch.isdigit()) or "0")
              for ln, edge in numbered]  # fmt: skip
    return all(b == a + 1 for a, b in itertools.pairwise(values))


def _merged_rows(
    blk: list[Line], numbers: list[Line], cuts: list[float], apart: float
) -> list[list[list[Glyph]]] | None:
    """The cells of the rows in one block of a centred table (:func:`_centred_rows`) that holds
    several rows, their numbers counting on: a cell merged across the rows (an owner for two
    tasks) is centred over their boundary, its lines bridging the band that sets rows apart. In
    each column the lines are grouped into cells by that band (a gap ``apart`` wide, points); the
    rows stand where their numbers and the cells of the columns with a cell for each row stand;
    a cell of another column goes to each row it stands beside (a merged cell to all of them, a
    cell with one blank beside it to its own row). None when the numbers are not a cell each."""
    columns: list[list[list[Glyph]]] = [[] for _ in range(len(cuts) + 1)]
    for ln in blk:
        parts: list[list[Glyph]] = [[] for _ in columns]
        for g in ln.glyphs:
            parts[sum(1 for c in cuts if (g.x0 + g.x1) / 2 >= c)].append(g)
        for col, part in zip(columns, parts, strict=True):
            if part:
                col.append(part)
    cells: list[list[list[Glyph]]] = []  # per column: its cells top to bottom
    for col in columns:
        found: list[list[Glyph]] = []
        low = 0.0
        for part in sorted(col, key=lambda p: -max(g.y1 for g in p)):
            if not found or low - max(g.y1 for g in part) > apart:
                found.append([])
            found[-1].extend(part)
            low = min(g.y0 for g in found[-1])
        cells.append(found)
    n = len(numbers)
    if len(cells[0]) != n:
        return None
    spans = [[max(g.y1 for g in c), min(g.y0 for g in c)] for c in cells[0]]
    for found in cells[1:]:
        if len(found) == n:
            for span, c in zip(spans, found, strict=True):
                span[0], span[1] = max(span[0], max(g.y1 for g in c)), min(span[1], min(g.y0 for g in c))
    rows: list[list[list[Glyph]]] = [[[] for _ in columns] for _ in range(n)]
    for k, found in enumerate(cells):
        for at, c in enumerate(found):
            top, low = max(g.y1 for g in c), min(g.y0 for g in c)
            beside = [r for r, (a, b) in enumerate(spans) if low < a and top > b]
            if len(found) == n:
                beside = [at]
            elif not beside:
                mid = (top + low) / 2
                beside = [min(range(n), key=lambda r: abs((spans[r][0] + spans[r][1]) / 2 - mid))]
            for r in beside:
                rows[r][k].extend(c)
    return rows


def _centred_tables(lines: list[Line]) -> list[Line]:
    """The lines of a page with its unruled tables of centred cells read as pipe rows
    (:func:`_centred_rows`), the other lines kept."""
    out: list[Line] = []
    size = _median([ln.size for ln in lines])
    header = _patterns()["header_line"]
    i = 0
    while i < len(lines):
        first = lines[i]
        if len(_gaps(first, size)) >= 2 and _letters(first) and not header.search(first.text):
            after = _take_centred(lines, i, out, size)
            if after is not None:
                i = after
                continue
        out.append(first)
        i += 1
    return out


def _left_edges(rows: list[list[Line]], free: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The left edges of columns set closer than a corridor to the column before (narrow cells
    filled to their width, their margins narrow): an x position out of the corridors ``free``
    where words start in two rows or more, three lines at least, that no character of the rows
    stands across, and with text on its left; each as the narrow corridor between that text and
    the edge."""
    lines = [ln for blk in rows for ln in blk]
    tol = _FLOW_SAME * _median([ln.size for ln in lines])
    first = free[0][1] + tol if free else math.inf
    starts: dict[int, list[tuple[int, float]]] = {}
    for b, blk in enumerate(rows):
        for ln in blk:
            # (a line of a later column's cell alone on its line starts at its edge too)
            for u, _ in _intervals(ln, _WORD_GAP)[0 if ln.x0 > first else 1 :]:
                starts.setdefault(round(u / tol), []).append((b, u))
    out: list[tuple[float, float]] = []
    for _, found in sorted(starts.items()):
        if len(found) < 3 or len({b for b, _ in found}) < 2:
            continue
        x = _median([u for _, u in found])
        if any(a - tol <= x <= b + tol for a, b in free) or (out and x - out[-1][1] <= tol):
            continue
        if any(g.x0 < x - tol < g.x1 - tol for ln in lines for g in ln.glyphs):
            continue  # (a character across it)
        left = [g.x1 for ln in lines for g in ln.glyphs if g.x1 <= x]
        if left:
            out.append((max(left), x))
    return out


# a free corridor of a band: (left, right, how many lines wrote on both sides of it)
_Seen = list[tuple[float, float, int]]


def _open_corridors(line: Line) -> _Seen:
    """The gaps between the words of a line, at least ``_TABLE_GUTTER`` wide: where the column
    gaps of a table band may be."""
    spans = _intervals(line, _TABLE_WORD_GAP)
    return [(a[1], b[0], 1) for a, b in itertools.pairwise(spans) if b[0] - a[1] >= _TABLE_GUTTER * line.size]


def _group_row(line: Line, free: list[tuple[float, float]]) -> bool:
    """Is ``line`` a group's row of the table whose corridors are ``free``: a bare label (``I``,
    ``II.``, ``A``, ``1.``) in the first column, and a title that starts in the second and runs
    across the other columns without a gap (a cell merged across them)?"""
    lo, hi = free[0]
    head = [g for g in line.glyphs if (g.x0 + g.x1) / 2 < (lo + hi) / 2]
    rest = [g for g in line.glyphs if (g.x0 + g.x1) / 2 >= (lo + hi) / 2]
    if not head or not rest or max(g.x1 for g in head) > hi or rest[0].x0 < lo:
        return False
    if len(free) > 1 and rest[0].x0 >= free[1][0]:
        return False  # (the title starts in the second column)
    if any(b.x0 - a.x1 >= _TABLE_GUTTER * line.size for a, b in itertools.pairwise(rest)):
        return False  # (a gap in the title: cells of a task's row)
    label = "".join(g.ch for g in head)
    if regex.fullmatch(_BARE_LABEL, label) is None and regex.fullmatch(r"\p{Lu}[.)]?", label) is None:
        return False
    return _letters(Line(rest, text="".join(g.ch for g in rest)))


def _kept_by(seen: _Seen, corridor: tuple[float, float]) -> int:
    """How many lines have kept ``corridor`` free with text on both sides of it."""
    return max((n for a, b, n in seen if a < corridor[1] and b > corridor[0]), default=0)


def _narrow_seen(seen: _Seen, line: Line) -> _Seen | None:
    """The corridors of ``seen`` that ``line`` leaves free (a corridor it writes in is cut into
    the free pieces left, each at least ``_TABLE_GUTTER`` wide); None when it writes across one
    that three lines or more have kept free with text on both sides (a column gap the line
    crosses: the paragraph after the table). A corridor met by a line written on both sides of
    it, at a gap wider than the line's usual word gap, counts one more such line."""
    spans = _intervals(line, _TABLE_WORD_GAP)
    if not spans:
        return seen
    least = _TABLE_GUTTER * line.size
    left, right = spans[0][0], spans[-1][1]
    # the line's word gaps: a corridor met at a gap no wider than most of them (a justified line's
    # evenly stretched gaps) is not counted
    gaps = [(a.x1, b.x0) for a, b in itertools.pairwise(line.glyphs) if b.x0 - a.x1 > _WORD_GAP * line.size]
    usual = _median([v - u for u, v in gaps])
    out: _Seen = []
    k = 0
    for lo, hi, count in seen:
        while k < len(spans) and spans[k][1] <= lo:
            k += 1
        pieces: list[tuple[float, float]] = []
        start = lo
        m = k
        while m < len(spans) and spans[m][0] < hi:
            if spans[m][0] - start >= least:
                pieces.append((start, spans[m][0]))
            start = max(start, spans[m][1])
            m += 1
        if hi - start >= least:
            pieces.append((start, hi))
        if not pieces and count >= 3:
            return None
        for a, b in pieces:
            wide = (
                left < a
                and right > b
                and any(u <= a + 0.5 and v >= b - 0.5 and v - u >= _DISTINCT_GAP * usual for u, v in gaps)
            )
            out.append((a, b, count + wide))
    return out


def _headers_above(out: list[Line], first: Line, free: list[tuple[float, float]], groups: set[int]) -> int:
    """How many of the last lines of ``out`` (at most ``_HEADER_LINES``) are the header row of the table
    whose band opens with ``first`` and has the corridors ``free``: lines just above it that leave
    them all free, the topmost written on both sides of the middle of one of them (a line below
    it may be written in one column: the end of a heading word that a narrow column broke, ``ST`` over ``T``;
    a group's row between the header and the band is one, its id added to ``groups``)."""
    cuts = [(a + b) / 2 for a, b in free]
    found = 0
    below = first
    for k in range(1, min(_HEADER_LINES, len(out)) + 1):
        line = out[-k]
        if line.text.startswith("| ") or line.top - below.top > _TABLE_ROW_GAP * max(line.size, below.size):
            break
        if _patterns()["header_line"].search(line.text):
            break
        if len(_corridors(free, line)) < len(free):
            if not _group_row(line, free):
                break
            groups.add(id(line))  # a group's row under the header (its lines are above it)
        below = line
        spans = _intervals(line, _TABLE_WORD_GAP)
        if any(
            spans[0][0] < c < spans[-1][1] and not any(u < c < v for u, v in spans) for c in cuts
        ):  # (written on both sides of the middle of a column gap, and not across it)
            found = k
    return found


def _cut_corridors(band: list[Line]) -> list[tuple[float, float]]:
    """The corridors of a band that part columns: those a justified cell's stretched word gaps
    happen to line up in are not (``_inside_justified``)."""
    free = _all_corridors(band)
    return [c for k, c in enumerate(free) if not _inside_justified(band, free, k)]


def _inside_justified(band: list[Line], free: list[tuple[float, float]], k: int) -> bool:
    """Does corridor ``k`` run through justified lines? A justified line spreads its words
    evenly: where every line written on both sides of the corridor (one at least) has a word gap
    next to the one at the corridor as wide as it, the corridor parts words of one cell; unless
    two lines written on one side of it only end (or start) right at its edge: the straight edge
    of a justified column."""
    lo, hi = free[k]
    seen = False
    edges = 0  # lines written on one side only that end or start at the corridor's edge
    for ln in band:
        space = _WORD_GAP * ln.size
        gaps = [(a.x1, b.x0) for a, b in itertools.pairwise(ln.glyphs) if b.x0 - a.x1 > space]
        at = next((n for n, (u, v) in enumerate(gaps) if u <= lo + 0.5 and v >= hi - 0.5), None)
        if at is None:  # written on one side only
            edges += abs(ln.x1 - lo) <= 1.0 or abs(ln.x0 - hi) <= 1.0
            if edges >= 2:
                return False  # the straight edge of a column (justified lines end there)
            continue
        u, v = gaps[at]
        if any(m != k and u <= a and b <= v for m, (a, b) in enumerate(free)):
            continue  # a gap over several corridors (a short header cell): nothing to compare
        width = gaps[at][1] - gaps[at][0]
        near = [
            gaps[n][1] - gaps[n][0]
            for n in (at - 1, at + 1)
            if 0 <= n < len(gaps)
            and not any(m != k and gaps[n][0] <= a + 0.5 and b - 0.5 <= gaps[n][1] for m, (a, b) in enumerate(free))
        ]  # (a gap next to it that is another column gap is not a word gap to compare with)
        if not near:
            continue
        if all(abs(w - width) > 0.2 * width + 0.5 for w in near):
            return False
        seen = True
    return seen


def _all_corridors(band: list[Line]) -> list[tuple[float, float]]:
    """The vertical corridors no line of ``band`` writes in, at least ``_TABLE_GUTTER`` wide
    (narrower ones than those that found the band: the gap after a column of numbers)."""
    spans = sorted(iv for ln in band for iv in _intervals(ln, _TABLE_WORD_GAP))
    size = _median([ln.size for ln in band]) or 1.0
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for u, v in spans[1:]:
        if u - reach >= _TABLE_GUTTER * size:
            out.append((reach, u))
        reach = max(reach, v)
    return out


def _wrap_test(cells_of: list[list[list[Glyph]]]) -> Callable[[int], bool] | None:
    """For a table whose first column is no column of row numbers (its cells are the tasks), the
    test whether line ``k`` of the band goes on with the cell above in the first column: it has
    nothing in the other columns; or none of them, empty on the line above, has text again (the
    cells of a row start on its first line) and its first word would not have fitted at the end
    of the line above (that line wrapped: a cell's last line leaves room, the next row's first
    line starts afresh). None for a table numbered in its first column (a row opens at each
    number)."""
    firsts = ["".join(g.ch for g in cells[0]) for cells in cells_of[1:] if cells[0]]
    if not firsts or sum(1 for t in firsts if regex.fullmatch(_BARE_LABEL, t)) * 2 >= len(firsts):
        return None
    edge = max(g.x1 for cells in cells_of for g in cells[0]) if any(c[0] for c in cells_of) else 0.0

    def goes_on(k: int) -> bool:
        here, above = cells_of[k][0], cells_of[k - 1][0]
        if not any(cells_of[k][1:]):
            return True
        again = any(now and not before for now, before in zip(cells_of[k][1:], cells_of[k - 1][1:], strict=True))
        if not above or again:
            return False  # (a column empty on the line above has text again: a new row's cell)
        size = _median([g.h for g in here]) or 1.0
        word_end = here[0].x1
        for a, b in itertools.pairwise(here):
            if _spaced(a, b, size):
                break
            word_end = b.x1
        return max(g.x1 for g in above) + _SPACE * size + (word_end - here[0].x0) > edge + 1.0

    return goes_on


def _carried_rows(lines: list[Line], carry: list[tuple[float, float]]) -> tuple[list[Line], int]:
    """The rows at the top of a page of an unruled table that the page before ended with
    (``carry``: its column gaps), when they do not open a table of their own (a last row alone,
    a column left empty on this page): the lines from the first one written in two of its
    columns (a line above it, a page number or a running header, is kept), up to one that
    writes across a column gap. Returns the lines read and where the rest starts."""
    header = _patterns()["header_line"]
    heading = _patterns()["section_heading"]
    cuts = [(a + b) / 2 for a, b in carry]
    groups = {id(ln) for ln in lines[:3] if _group_row(ln, carry)}
    start = next(
        (
            k
            for k, ln in enumerate(lines[:3])
            if id(ln) in groups
            or (
                len(_corridors(carry, ln)) == len(carry)
                and len({sum(1 for c in cuts if (g.x0 + g.x1) / 2 >= c) for g in ln.glyphs}) >= 2
            )
        ),
        None,
    )
    if start is None:
        return [], 0
    end = start
    while end < len(lines):
        ln = lines[end]
        if end > start and lines[end - 1].top - ln.top > _TABLE_ROW_GAP * max(ln.size, lines[end - 1].size):
            break
        if header.search(ln.text) or (end > start and ln.x0 >= carry[0][0] and heading.match(ln.text)):
            break
        if _group_row(ln, carry):
            groups.add(id(ln))
        elif len(_corridors(carry, ln)) < len(carry):
            break
        end += 1
    rows = _table_band(lines[start:end], carry, carried=True, groups=groups)
    if rows is None:
        return [], 0
    return lines[:start] + rows, end


def _table_band(
    band: list[Line], free: list[tuple[float, float]], carried: bool = False, groups: set[int] | None = None
) -> list[Line] | None:
    """The pipe rows of a band of lines cut by the corridors ``free``; None when it is no table
    (no line with text in three columns and another in two; ``carried``, rows of a table begun on
    the page before: a line in two columns). ``groups``: the ids of the lines that are a group's
    row (its label in the first column, its title in the second, across the others)."""
    cuts = [(a + b) / 2 for a, b in free]
    cells_of: list[list[list[Glyph]]] = []
    for ln in band:
        cells: list[list[Glyph]] = [[] for _ in range(len(cuts) + 1)]
        for g in ln.glyphs:
            at = sum(1 for c in cuts if (g.x0 + g.x1) / 2 >= c)
            cells[min(at, 1) if groups and id(ln) in groups else at].append(g)
        cells_of.append(cells)
    filled = sorted((sum(1 for c in cells if c) for cells in cells_of), reverse=True)
    if not (carried and filled[0] >= 2) and (len(filled) < 2 or filled[0] < 3 or filled[1] < 2):
        return None
    rows: list[list[list[Glyph]]] = []
    wrapped = _wrap_test(cells_of)
    for k, cells in enumerate(cells_of):
        # (a line with nothing in the first column goes on with the row; so does the end of a
        # heading word broken by a narrow first column under the header: "ST" over "T"; and, in a
        # table without a column of row numbers, a line of the first column that goes on with the
        # sentence its line above wrapped)
        if (
            rows
            and not (groups and id(band[k]) in groups)
            and (
                not cells[0]
                or (len(rows) == 1 and _broken_word(rows[0][0], cells))
                or (wrapped is not None and wrapped(k))
            )
        ):
            for acc, more in zip(rows[-1], cells, strict=True):
                acc.extend(more)
        else:
            rows.append([list(c) for c in cells])
    return _pipe_rows(band, rows, free)


def _pipe_rows(band: list[Line], rows: list[list[list[Glyph]]], free: list[tuple[float, float]]) -> list[Line]:
    """The pipe rows ``| cell | cell |`` of a table band's ``rows`` (each row its cells' glyphs),
    its columns parted by the corridors ``free``."""
    out: list[Line] = []
    x0, x1 = min(ln.x0 for ln in band), max(ln.x1 for ln in band)
    size = _median([g.h for ln in band for g in ln.glyphs]) or 1.0
    cell_texts = _cell_texts([[build_lines(c) for c in row] for row in rows], len(free) + 1, size)
    for row, texts in zip(rows, cell_texts, strict=True):
        every = [g for c in row for g in c]
        stand_in = Glyph("|", x0, min(g.y0 for g in every), x1, max(g.y1 for g in every))
        line = Line([stand_in], size=_median([g.h for g in every]), cuts=free)
        line.text = "| " + " | ".join(texts) + " |"
        out.append(line)
    return out


# ---------------------------------------------------------------- a page


@dataclass(slots=True)
class PageLayout:
    body: list[Line]  # in reading order
    footnotes: list[tuple[str, list[Line]]]  # (mark, lines) at the foot of the page
    dropped: list[Line]  # page numbers
    carried: list[Line] = field(default_factory=list)  # the end of a footnote the page before cut


def lay_out(
    lines: list[Line], page_size: float | None = None, note_open: bool = False, separator: float | None = None
) -> PageLayout:
    """Reading order of one page's lines: columns, page numbers and footnotes (module docstring).
    ``note_open``: the last footnote of the page before stops mid-sentence, so small lines at the
    foot before this page's first footnote carry it on. ``separator``: the height of the short
    rule drawn above the page's footnotes (:func:`note_separator`): the lines below it, smaller
    than the text, are footnote lines, though hardly smaller (12 points under a text of 13), or
    of the text's size when the first opens with a raised mark."""
    pats = _patterns()
    dropped: list[Line] = []
    body = list(lines)
    # a footer naming the file the page was printed from (under the page number, if any)
    if len(body) > 1 and _file_footer(body[-1], page_size or _median([g.h for ln in body for g in ln.glyphs])):
        dropped.append(body.pop())
    # page numbers: the first or last line, alone
    for pos in (0, -1):
        if body and pats["page_number"].match(body[pos].text):
            dropped.append(body.pop(pos))
    size = page_size or _median([g.h for ln in body for g in ln.glyphs]) or 1.0
    # footnotes: small lines at the foot of the page, the first one starting with a marker
    foot = len(body)
    while foot > 0 and body[foot - 1].size < _FOOT_SMALL * size and _foot_line(body[foot - 1]) is not None:
        foot -= 1
    if separator is not None:
        below = next((k for k, ln in enumerate(body) if ln.top < separator), len(body))
        # (smaller than the text, or of its size when the first opens with a raised mark)
        limit = (_SAME_SIZE if body[below].lead_mark else _NOTE_SIZE) * size if below < len(body) else 0.0
        if below < foot and all(ln.size < limit and ln.top < separator for ln in body[below:]):
            foot = below
    if foot == len(body):
        foot = _plain_notes(body)
    small = foot
    while foot < len(body) and _foot_mark(body[foot]) is None:
        foot += 1
    carried: list[Line] = []
    if note_open and small < foot:
        carried = body[small:foot]
        del body[small:foot]
        foot = small
    notes: list[tuple[str, list[Line]]] = []
    for ln in body[foot:]:
        mark = _foot_mark(ln)
        if mark is not None:
            if not ln.lead_mark:  # (its number not raised: written as a mark, '1 Nghị định' as '[1] Nghị định')
                ln.text = _patterns()["footnote_start"].sub(r"[\1] ", ln.text, count=1)
            notes.append((mark, [ln]))
        else:
            notes[-1][1].append(ln)
    body = body[:foot]
    stamp = _stamp_lines(body, size)
    if stamp:
        apart = {id(ln) for ln in stamp}
        body = [ln for ln in body if id(ln) not in apart]
    # two columns
    ordered: list[Line] = stamp
    pos = 0
    for blk in find_columns(body):
        if _label_gutter(body[blk.start : blk.end], blk.cut):
            continue  # list labels set off by a tab: the lines stay whole
        ordered.extend(body[pos : blk.start])
        ordered.extend(_column_order(body[blk.start : blk.end], blk.cut))
        pos = blk.end
    ordered.extend(body[pos:])
    return PageLayout(ordered, notes, dropped, carried)


def _stamp_lines(body: list[Line], size: float) -> list[Line]:
    """The lines of a digital signature's stamp set in the upper half of a page (over or beside
    the header: small lines opening with its labels, two or more), read before the page's text:
    in the columns of the header they would stand between the issuer's lines or above the
    national title's. A stamp beside the signer, lower on the page, stays where it stands."""
    if len(body) < 3:
        return []
    pattern = _patterns()["stamp_line"]
    middle = (body[0].top + body[-1].bottom) / 2
    found = [ln for ln in body if ln.bottom > middle and ln.size < _FOOT_SMALL * size and pattern.match(ln.text)]
    return found if len(found) >= 2 else []


_FOOTER_SMALL = 0.9  # a footer naming a file with spaces in its name is smaller than this share of the text


def _file_footer(line: Line, size: float) -> bool:
    """Is a page's last line a footer naming the file it was printed from: a file name ending in
    a document's extension, which is a path (a backslash), one word, or smaller than the text?"""
    text = line.text
    if not text.rstrip().lower().endswith(_FILE_ENDS) or "://" in text or "www." in text.lower():
        return False  # (an address of a file on the web is text of the body)
    if _patterns()["file_footer"].match(text) is None:
        return False
    return "\\" in text or len(text.split()) == 1 or line.size < _FOOTER_SMALL * size


_FILE_ENDS = (".doc", ".docx", ".odt", ".rtf", ".pdf", ".xls", ".xlsx")
_NOTE_SIZE = 0.97  # the lines under a footnote separator are smaller than this share of the text
_SAME_SIZE = 1.03  # ... or, the first opening with a raised mark, of the text's size
_SEPARATOR_WIDTH = (0.12, 0.45)  # a footnote separator's length, as shares of the page's width
_SEPARATOR_MARGIN = 3.0  # it starts this close (points) to the left edge of the text


def note_separator(page: Page, lines: list[Line]) -> float | None:
    """The height of the footnote separator a word processor draws above a page's footnotes (a
    short rule at the left margin, in the page's lower half: Word's 2 inches, LibreOffice's
    quarter of the text's width) with a line starting with a footnote mark right below it, or
    None."""
    if not page.rules or not lines:
        return None
    left = min(ln.x0 for ln in lines)
    found: float | None = None
    for x0, y0, x1, y1 in page.rules:
        if y1 - y0 > _RULE or y0 >= page.height / 2:
            continue
        if not _SEPARATOR_WIDTH[0] <= (x1 - x0) / page.width <= _SEPARATOR_WIDTH[1]:
            continue
        under = next((ln for ln in lines if ln.top < y0), None)
        if under is None or min(abs(x0 - left), abs(x0 - under.x0)) > _SEPARATOR_MARGIN:
            continue  # (a table may stand out into the margin: the note's line starts at the rule)
        if _foot_mark(under) is not None and y0 - under.top < 2 * under.size:
            found = y0 if found is None else max(found, y0)
    return found


def _label_gutter(lines: list[Line], cut: float) -> bool:
    """Is the left "column" of a two-column block only list labels (``2.3.``, ``+``, ``a)``) set
    off from their text by a tab stop? Then it is no column: each line reads whole."""
    label = _patterns()["list_label"]
    both = 0
    for ln in lines:
        if ln.text.startswith("| "):
            return False
        left, right = _split(ln, cut)
        if left is None or right is None or not left.text or not right.text:
            continue
        if not label.fullmatch(left.text):
            return False
        both += 1
    return both > 0


_NOTE_LINES = 12  # footnotes printed at the text's size take at most this many lines at a page's foot
_NOTE_GAP = 1.5  # ... and those opening with a number not raised stand this many line pitches below the text


def _plain_notes(body: list[Line]) -> int:
    """Where the footnotes printed at the size of the text, without a separator rule, begin at
    the foot of a page (``len(body)`` when there are none): a line among the last ones opening
    with a footnote's mark that a line above refers to (``[1]``), raised, or a number not raised
    followed by no full stop (``1 Nghị định số ...``: ``1.`` opens an item of a list) and set
    apart from the text above by more than a line's pitch; the lines after it carry the notes on,
    each other mark a mark referred to above."""
    n = len(body)
    if n < 2:
        return n
    low = max(1, n - _NOTE_LINES)
    opening = [k for k in range(low, n) if _foot_mark(body[k]) is not None]
    if not opening:
        return n
    marks = regex.compile(r"\[(\d{1,3})\]")
    referred: set[str] = set()
    for ln in body[: opening[-1]]:
        found = marks.findall(ln.text)
        if found:
            referred.update(found[1:] if ln.lead_mark else found)
    if not referred:
        return n
    pitch = _median([a.cy - b.cy for a, b in itertools.pairwise(body)])
    plain = _patterns()["plain_note"]
    for k in opening:
        ln = body[k]
        if ln.text.startswith("| ") or _foot_mark(ln) not in referred:
            continue
        if not ln.lead_mark and (plain.match(ln.text) is None or body[k - 1].cy - ln.cy < _NOTE_GAP * pitch):
            continue
        if all(_foot_mark(x) in referred and (x.lead_mark or plain.match(x.text)) for x in body[k:] if _foot_mark(x)):
            return k
        return n
    return n


def _foot_line(line: Line) -> Line | None:
    return line if line.text else None


def _foot_mark(line: Line) -> str | None:
    if line.lead_mark:
        return line.lead_mark
    m = _patterns()["footnote_start"].match(line.text)
    return m.group(1) if m else None


# ---------------------------------------------------------------- the document


def read_pdf(data: bytes, *, ocr: bool | None = None) -> Extracted:
    """Read a PDF file into text with its line map (see the module docstring)."""
    pdf = _open(data)
    try:
        pages = [_read_page(pdf, i) for i in range(len(pdf))]
        if not pages:
            raise DecodeError("empty PDF: it has no pages")
        if _patterns()["cell_flow_producer"].search(_producer(pdf)):
            for pg in pages:
                pg.cell_flows = True
        from ndq57.readers import legacy_fonts

        warnings: list[Warning] = []
        fixes: list[Fix] = []
        legacy = legacy_fonts.detect(pages)
        if legacy is not None:
            for pg in pages:
                legacy_fonts.convert_glyphs(pg.glyphs, legacy)
            message = f"text typed in a legacy {legacy.upper()} font, converted to Unicode"
            warnings.append(Warning("legacy_font", message))
        unusable = _unusable(pages)
        if unusable and ocr is not True and all(r == "blank" for r in unusable.values()):
            numbers = _ranges(sorted(unusable))
            message = f"page {numbers}: a page image without text in a searchable scan, read as blank"
            warnings.append(Warning("blank_scan_page", message + " (run with --ocr to read it)"))
            unusable = {}
        use_ocr = bool(unusable) and _use_ocr(ocr)
        if unusable and not use_ocr and _text_beside(pages, unusable):
            # a directive with a text layer and a page or two scanned (a signed page, an appendix):
            # its text is read, and what was not is said, with the remedy
            what = _unread({n: r for n, r in unusable.items() if r != "blank"}, len(pages))
            warnings.append(Warning("pages_not_read", f"{what}: not read; {_remedy(ocr)}"))
            for number in unusable:
                pg = pages[number - 1]
                pages[number - 1] = Page(number, pg.width, pg.height, [])
            unusable = {}
        if unusable:
            if not use_ocr:
                raise DecodeError(_refusal({n: r for n, r in unusable.items() if r != "blank"}, len(pages), ocr))
            from ndq57.readers.ocr import ocr_pages

            drawn: dict[int, list[_Box]] = {}
            row_numbers: dict[int, list[tuple[str, float, float, float, float]]] = {}
            fixed: dict[int, list[tuple[str, str, float, float, float, float]]] = {}
            for number, layer in ocr_pages(pdf, sorted(unusable), drawn, row_numbers, fixed).items():
                pages[number - 1] = _ocr_page(
                    layer, number, drawn.get(number), row_numbers.get(number), fixed.get(number)
                )
            tool = "ocr" if len(unusable) == len(pages) else "pdf text layer and ocr"
            return _assemble(pages, warnings, fixes, tool)
        return _assemble(pages, warnings, fixes)
    finally:
        pdf.close()


def _ocr_page(
    layer: bytes,
    number: int,
    drawn: list[_Box] | None = None,
    numbers: list[tuple[str, float, float, float, float]] | None = None,
    fixes: list[tuple[str, str, float, float, float, float]] | None = None,
) -> Page:
    """Page ``number`` read from the text layer OCR made of it (a one-page PDF), with the lines
    drawn in its image (``drawn``: a scanned table's rules), the row numbers read again in its
    tables' numbers columns (``numbers``, each with its box) and the words of its reading
    corrected from the image (``fixes``)."""
    doc = _open(layer)
    try:
        page = _read_page(doc, 0, drawn, numbers, fixes) if len(doc) else Page(number, 0.0, 0.0, [])
    finally:
        doc.close()
    page.number = number
    return page


def _unusable(pages: list[Page]) -> dict[int, str]:
    """Pages whose text must come from OCR: page number -> reason ("scan", "garbage", "blank":
    in a searchable scan, an OCR text layer on its other pages, a page image without text is most
    likely a page the OCR found blank: read as blank, with a warning, unless OCR is asked for)."""
    out: dict[int, str] = {}
    texty = 0
    searchable = any(_GLYPHLESS in pg.fonts for pg in pages)
    for pg in pages:
        alnum = sum(1 for g in pg.glyphs if g.ch.isalnum())
        if alnum < _MIN_TEXT:
            if pg.image_share > 0.3:
                out[pg.number] = "blank" if searchable else "scan"
            continue
        texty += 1
        if not vietnamese_enough("".join(" " + g.ch if g.space_before else g.ch for g in pg.glyphs)):
            out[pg.number] = "garbage"
    if texty == 0:  # no page has text: a scan, even when its images are hidden in forms
        for pg in pages:
            out.setdefault(pg.number, "scan")
    return out


def vietnamese_enough(text: str) -> bool:
    """Is this text layer Vietnamese? Real text puts a diacritic on many letters, and on one
    letter in eight or more a mark only Vietnamese has (đ, the horn of ư and ơ, the breve of ă,
    the dot below, the hook above); a text layer made with a broken font map (``uY BAN NgAN
    nAN``) has almost none and odd capitals, and the text layer of a scan read by OCR for another
    language (``Phan céng nhiém vu``) has a French accent here and there but no Vietnamese mark.

    >>> vietnamese_enough("ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    True
    >>> vietnamese_enough("uY BAN NgAN nAN TInH CoNG HoA XA HoI CHu NgHIA VIeT NAM")
    False
    >>> vietnamese_enough("Phan céng nhiém vu chuan bi dén Tét Nguyén dan nam 2027, hoan thanh trudéc ngay")
    False
    """
    letters = [c for c in unicodedata.normalize("NFD", text) if c.isalpha()]
    if len(letters) < 30:
        return True
    marks = sum(1 for c in unicodedata.normalize("NFC", text) if c.isalpha() and not c.isascii())
    decomposed = unicodedata.normalize("NFD", text)
    own = sum(1 for c in decomposed if c in _VIETNAMESE_MARKS or c in "đĐ")
    words = regex.findall(r"\p{L}+", text)
    odd = sum(1 for w in words if regex.search(r"\p{Ll}\p{Lu}", w))
    return marks >= 0.04 * len(letters) and own >= 0.02 * len(letters) and odd <= 0.15 * max(len(words), 1)


_VIETNAMESE_MARKS = frozenset("\u031b\u0306\u0323\u0309")  # horn, breve, dot below, hook above


def _use_ocr(ocr: bool | None) -> bool:
    """Whether the pages without a usable text layer are read by OCR: asked for (``--ocr``, which
    fails without Tesseract), refused (``--no-ocr``), or, by default, when Tesseract is installed
    with its Vietnamese model."""
    if ocr is not None:
        return ocr
    from ndq57.readers.ocr import tesseract

    return tesseract() is not None


def _remedy(ocr: bool | None) -> str:
    """What reads the pages left unread: OCR refused by ``--no-ocr``, or Tesseract to install.

    >>> _remedy(False)
    'run without --no-ocr to read them with Tesseract'
    """
    if ocr is False:
        return "run without --no-ocr to read them with Tesseract"
    from ndq57.readers.ocr import INSTALL

    return f"install Tesseract to read them by OCR ({INSTALL})"


_PAGE_OF_TEXT = 600  # letters and digits: a page of a directive's text (a signing stamp has far fewer)


def _text_beside(pages: list[Page], unusable: dict[int, str]) -> bool:
    """Does a page the OCR need not read hold a page of text? Then the file is a directive with a
    page or two scanned, read without them; otherwise (a scan, maybe with the text of a digital
    signature's stamp or a cover note, or a garbled text layer) it is refused."""
    return any(
        pg.number not in unusable and sum(1 for g in pg.glyphs if g.ch.isalnum()) >= _PAGE_OF_TEXT for pg in pages
    )


def _unread(unusable: dict[int, str], total: int) -> str:
    pages = _ranges(sorted(unusable))
    if all(r == "garbage" for r in unusable.values()):
        return f"the text layer of page{'s' if len(unusable) > 1 else ''} {pages} is not readable Vietnamese"
    if len(unusable) == total:
        return "scanned PDF: no text layer"
    return f"scanned page{'s' if len(unusable) > 1 else ''} {pages} without a text layer"


def _refusal(unusable: dict[int, str], total: int, ocr: bool | None) -> str:
    return f"{_unread(unusable, total)}; {_remedy(ocr)}"


def _ranges(numbers: list[int]) -> str:
    """``1-3, 5``.

    >>> _ranges([1, 2, 3, 5])
    '1-3, 5'
    """
    out: list[str] = []
    for n in numbers:
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def _assemble(
    pages: list[Page],
    warnings: list[Warning],
    fixes: list[Fix],
    tool: str = "pdf text layer",
) -> Extracted:
    # Footnote bodies are written as ``[n] body`` between blank lines after the sentence that runs
    # over the page foot ends (at once when the page ends a sentence), where the layout stage lifts
    # them out: a body dropped inside a sentence can swallow what follows, and a body after the
    # sign-off would be read as part of it.
    out = LineMap()
    size = _median([g.h for pg in pages for g in pg.glyphs[:4000]]) or None
    pending: list[tuple[int, Line]] = []
    ends = _patterns()["sentence_end"]
    signoff = _patterns()["signoff_start"]

    def flush() -> None:
        out.blank()
        for number, ln in pending:
            out.add(ln.text, {"page": number, "page_line": ln.no})
        out.blank()
        pending.clear()

    read: list[list[Line]] = []
    carry: list[tuple[float, float]] | None = None
    for pg in pages:
        read.append(page_lines(pg, carry))
        carry = _table_at_foot(read[-1])
    running = _running_lines(pages, read)
    head: list[str] = []  # the header rows of the table the text ends with (its rows above the first numbered row)
    for pg, lines in zip(pages, read, strict=True):
        note_open = bool(pending) and not ends.search(pending[-1][1].text)
        kept = [ln for ln in lines if id(ln) not in running]
        layout = lay_out(kept, size, note_open, note_separator(pg, kept))
        pending.extend((pg.number, ln) for ln in layout.carried)
        body = layout.body
        texts = [ln.text for ln in body]
        if len(body) > 1 and out.out and out.out[-1].startswith("| ") and (rest := _cell_rest(body[0], body[1])):
            texts[0] = rest  # the rest of a cell the page broke, over the page's first row
        if body and out.out and out.out[-1].startswith("| ") and texts[0].startswith("| "):
            # a table going on from the page before
            n = len(head)
            if n and texts[:n] == head:
                body, texts = body[n:], texts[n:]  # its header rows, repeated
            elif head and texts[0] == head[0]:
                body, texts = body[1:], texts[1:]
            elif n and (k := _header_taken(head, texts)):
                # the header repeated, the rest of the row the page broke read into it
                body, texts = body[k - 1 :], [_header_rest(head[k - 1], texts[k - 1]) or "", *texts[k:]]
            elif n and out.out[-n:] == head and (goes_on := header_goes_on(head, texts[0])) is not None:
                out.out[-n:] = head = goes_on  # the header broken by the page: its words below
                body, texts = body[1:], texts[1:]
            ahead = next((k for k, t in enumerate(texts) if not t.startswith("| ")), len(texts))
            # (the rows above, at most the last _ROWS_ABOVE of them: a long table stays linear)
            before = len(out.out) - next(
                (k for k, t in enumerate(reversed(out.out[-_ROWS_ABOVE:])) if not t.startswith("| ")),
                min(len(out.out), _ROWS_ABOVE),
            )
            last, texts[:ahead] = continue_table(out.out[before:], texts[:ahead])
            if last is not None:  # the row broken by the page: one row
                out.out[-1] = last
                body = body[1:]
        notes = [(pg.number, ln) for _mark, lines in layout.footnotes for ln in lines]
        for ln, text in zip(body, texts, strict=True):
            if notes and signoff.match(text):  # the page's footnotes before its sign-off
                pending.extend(notes)
                notes = []
                flush()
            if text.startswith("| ") and not (out.out and out.out[-1].startswith("| ")):
                head = [text]
            elif (
                text.startswith("| ") and head and out.out and out.out[-1] == head[-1] and len(head) < _HEAD_ROWS
                and regex.fullmatch(_BARE_LABEL, _cells(text)[0]) is None and not head[-1].startswith("|  |")
            ):  # fmt: skip
                head.append(text)  # (a header over two rows: the parts of a spanning heading)
            out.add(text, {"page": pg.number, "page_line": ln.no})
            if pending and ends.search(text):
                flush()
        pending.extend(notes)
        # (a footnote cut mid-sentence waits for its end at the next page's foot)
        if pending and out.out and ends.search(out.out[-1]) and ends.search(pending[-1][1].text):
            flush()
    if pending:
        flush()
    return Extracted(out.text(), "pdf", tool, len(pages), out.runs(), warnings, fixes)


_HEAD_ROWS = 3  # a table's header takes at most this many rows
_ROWS_ABOVE = 120  # the rows of a table on the pages before that a page's rows are compared with


def _table_at_foot(lines: list[Line]) -> list[tuple[float, float]] | None:
    """The column gaps of the unruled table a page ends with: its last row is the last line of
    the page, or the lines after it are short ones in one column (a page number, a footer)."""
    for ln in reversed(lines[-3:]):
        if ln.cuts is not None:
            return ln.cuts
        if ln.text.startswith("| ") or len(ln.text) > _RUNNING_MAX:
            return None
    return None


def _cell_rest(line: Line, row: Line) -> str | None:
    """``line``, over ``row``, the first row of an unruled table at the top of a page, as a row of
    its own when it is the rest of one cell of the row the page break cut ("lượng" under "... Quản
    lý chất"): a line in small letters right of the table's first column, between two of the row's
    column gaps; None otherwise."""
    if row.cuts is None or not row.text.startswith("| ") or line.text.startswith("| ") or not line.text[:1].islower():
        return None
    k = sum(1 for _a, b in row.cuts if b <= line.x0)
    if k == 0 or any(a < line.x1 and line.x0 < b for a, b in row.cuts):
        return None
    cells = [""] * (len(row.cuts) + 1)
    if len(cells) != len(_cells(row.text)):
        return None
    cells[k] = line.text
    return _row(cells)


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip()[1:-1].split(" | ")]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def header_goes_on(head: list[str], row: str) -> list[str] | None:
    """The header rows of a table with the words of ``row`` put in place when ``row``, the first
    on a page, holds the rest of the header that the page break cut (no row number, no digit,
    short words): a word goes on a heading merged down over the header's rows (empty below it,
    ``ST`` over ``T``), else on the header's last row (``Hoàn`` over ``thành``); None otherwise.

    >>> header_goes_on(["| ST | Nội dung | Thời gian |  |", "|  |  | Bắt đầu | Hoàn |"], "| T |  |  | thành |")
    ['| STT | Nội dung | Thời gian |  |', '|  |  | Bắt đầu | Hoàn thành |']
    >>> header_goes_on(["| TT | Nội dung | Thời gian |"], "| 1 | Rà soát | Tháng 5 |") is None
    True
    """
    rows = [_cells(r) for r in head]
    cells = _cells(row)
    if any(len(r) != len(cells) for r in rows) or not any(cells):
        return None
    if (
        regex.fullmatch(_BARE_LABEL, cells[0])
        or any(ch.isdigit() for ch in row)
        or any(len(c.split()) > 2 for c in cells)
    ):
        return None
    for j, text in enumerate(cells):
        if text:
            k = 0 if not rows[-1][j] and rows[0][j] else len(rows) - 1
            rows[k][j] = _join_cell([rows[k][j], text] if rows[k][j] else [text])
    return [_row(r) for r in rows]


def _header_taken(head: list[str], texts: list[str]) -> int:
    """How many rows of a page's top are the table's header repeated (all its rows, or its first,
    the rows under it being groups: 'A', 'I'), the last of them with the rest of a broken row
    read into it (:func:`_header_rest`); 0 when they are not."""
    for k in dict.fromkeys((len(head), 1)):
        if len(texts) >= k and texts[: k - 1] == head[: k - 1] and _header_rest(head[k - 1], texts[k - 1]):
            return k
    return 0


def _header_rest(head: str, row: str) -> str | None:
    """The rest of a row that a page break cut, when a borderless table's header, repeated at the
    top of the page, took it in (the rest stands under the header's cells, with no row number):
    each cell of ``row`` is the header's cell, then words of the rest; None otherwise.

    >>> _header_rest("| TT | Nội dung | Chủ trì |", "| TT | Nội dung công nghiệp | Chủ trì |")
    '|  | công nghiệp |  |'
    >>> _header_rest("| TT | Nội dung | Chủ trì |", "| TT | Nội dung | Chủ trì |") is None
    True
    """
    heads, cells = _cells(head), _cells(row)
    if len(heads) != len(cells) or not heads[0] or cells[0] != heads[0]:
        return None
    rest: list[str] = []
    for h, c in zip(heads, cells, strict=True):
        if c == h:
            rest.append("")
        elif not h or c.startswith(h + " "):
            rest.append(c[len(h) :].strip())
        else:
            return None
    return _row(rest) if any(rest) else None


def continue_table(above: list[str], rows: list[str]) -> tuple[str | None, list[str]]:
    """A table that a page break cut: ``above``, its rows on the pages before, ``rows``, the rows
    that open the next page. Returns the last row above joined with the first row below when the
    page broke that row (no row number below, its text going on in lower case: ``(None, rows)``
    otherwise), and the rows below with the cells that a merged cell left empty at the top of the
    page filled from the last row above: a column that every numbered row fills (a lead unit
    merged down over several tasks leaves its text on the first page only).

    >>> continue_table(["| 6 | Lập hồ sơ | Phòng Nội vụ | Tháng 5 |"], ["|  | và bàn giao |  |  |"])
    ('| 6 | Lập hồ sơ và bàn giao | Phòng Nội vụ | Tháng 5 |', [])
    >>> above = ["| 1 | Rà soát | Sở Tư pháp | Quý I |", "| 2 | Lập kế hoạch | Sở Nội vụ | Quý II |"]
    >>> continue_table(above, ["| 3 | Kiểm tra |  | Quý III |", "| 4 | Sơ kết | Sở Tài chính | Quý IV |"])[1][0]
    '| 3 | Kiểm tra | Sở Nội vụ | Quý III |'

    A row broken with a unit's name and a time going on, and under it the second step of the task
    (its number and lead unit merged down: empty at the top of the page):

    >>> above = ["| 1 | Xây dựng dự thảo | Sở Công Thương | Quý I |", "| 2 | Rà soát | Sở Kế hoạch và | Quý |"]
    >>> last, below = continue_table(above, ["|  | các cụm | Đầu tư | II/2027 |", "|  | Đề xuất |  | Tháng 9 |",
    ...                                      "| 3 | Kiểm tra | Sở Tài chính | Quý III |"])
    >>> last
    '| 2 | Rà soát các cụm | Sở Kế hoạch và Đầu tư | Quý II/2027 |'
    >>> below[0]
    '|  | Đề xuất | Sở Kế hoạch và Đầu tư | Tháng 9 |'
    >>> continue_table(["| 2 | Lấy ý kiến các sở, ngành, | Sở Tư pháp | Quý II |"], ["|  | Ủy ban nhân dân |  |  |"])[0]
    '| 2 | Lấy ý kiến các sở, ngành, Ủy ban nhân dân | Sở Tư pháp | Quý II |'
    """
    last = _cells(above[-1]) if above else []
    cells = [_cells(r) for r in rows]
    if not cells or len(cells[0]) != len(last):
        return None, rows
    first = cells[0]
    joined: str | None = None
    # (the row above numbered, or a row under a number merged down over several rows)
    if not first[0] and (last[0] or any(r[0][:1].isdigit() for r in map(_cells, above[-_HEAD_ROWS:]))):
        lone = [j for j, c in enumerate(first) if c]
        filled = [first[j] for j in lone]
        # no cell going on in capitals, or the first cell going on in lower case (a unit's name may
        # go on capitalised: 'Sở Kế hoạch và' over 'Đầu tư'), or a cell in lower case and none
        # opening a capitalised word (a time's roman numeral may open one: 'Quý' over 'II/2027'),
        # or a single cell going on after a comma
        if filled and (
            all(not c[0].isupper() for c in filled)
            or filled[0][0].islower()
            # (one cell going on, under a text cut after a comma: 'ban, ngành,' over 'Ủy ban')
            or (len(lone) == 1 and last[lone[0]].endswith(","))
            or (any(c[0].islower() for c in filled) and not any(_CAPITALISED.match(c) for c in filled))
        ):
            last = [f"{a} {b}".strip() for a, b in zip(last, first, strict=True)]
            joined = _row(last)
            cells, rows = cells[1:], rows[1:]
            if not cells or len(cells[0]) != len(last):
                return joined, rows
            first = cells[0]
    numbered = [c for c in [_cells(r) for r in above[:-1]] + [last] + cells if len(c) == len(last) and c[0].isdigit()]
    for j in range(1, len(last)):
        if first[j] or not last[j]:
            continue
        top = 0  # the rows at the top of the page left empty in this column
        numbered_top = False  # (rows under a number merged down only before a numbered row)
        while top < len(cells) and len(cells[top]) == len(last) and not cells[top][j]:
            if cells[top][0].isdigit():
                numbered_top = True
            elif cells[top][0] or numbered_top:
                break
            top += 1
        rest = [c for c in numbered if not any(c is cells[k] for k in range(top))]
        if len(rest) >= 3 and all(c[j] for c in rest):
            for k in range(top):
                cells[k][j] = last[j]
    return joined, [_row(c) if len(c) == len(last) else r for c, r in zip(cells, rows, strict=True)]


_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}")
_RUNNING_MAX = 100  # a running header or footer is at most this long (characters)
_RUNNING_PLACE = 4.0  # ... and stands this near (points) to where it stands on the other pages
_MARGIN_GAP = 2.0  # ... and this far (font sizes, middle to middle) from the text of the page
_PRINT_SMALL = 0.95  # a browser's line in the margin is smaller than this share of the page's text


def _running_lines(pages: list[Page], read: list[list[Line]]) -> set[int]:
    """The ids of the running headers and footers: a short line, first or last on its page (or
    next to such a line), that stands at the same distance from the page's edge on two pages or
    more with the same words (numbers aside: ``Trang 2``, a date), or that holds what a web
    browser prints in the margins in small print (the time of printing, the page's address:
    ``print_margin``), on a page that opens a document too. Table rows are never one."""
    places: dict[str, list[tuple[Line, str, float]]] = {}
    found: set[int] = set()
    national = _patterns()["national_title"]
    printed = _patterns()["print_margin"]
    small = _PRINT_SMALL * _median([ln.size for lines in read for ln in lines])  # (a browser prints them small)
    for pg, lines in zip(pages, read, strict=True):
        texts = [ln for ln in lines if ln.text]
        # the top of a page that opens a document (a decision and the plan it attaches, each
        # with the same header) is no running header
        opens = any(national.search(ln.text) for ln in texts[:8])
        for edge, seq in (("top", texts), ("bottom", texts[::-1])):
            # the first two lines from the edge, each apart from the body by a blank line's height
            # (or by the other one): the page's margin, not a line of the text
            apart = [
                k + 1 < len(seq) and abs(seq[k].cy - seq[k + 1].cy) >= _MARGIN_GAP * max(seq[k].size, seq[k + 1].size)
                for k in range(min(3, len(seq)))
            ]
            near = [seq[k] for k in range(min(2, len(seq))) if apart[k] or (k + 1 < len(apart) and apart[k + 1])]
            # (a browser prints its line close to the text: the line at the edge holds it, apart or not)
            for ln in [*seq[:1], *(x for x in near if x is not seq[0])]:
                if ln.text.startswith("| ") or len(ln.text) > _RUNNING_MAX or not _letters(ln):
                    continue
                if ln.size < small and printed.search(ln.text):
                    found.add(id(ln))
                    continue
                if edge == "top" and opens:
                    continue
                key = regex.sub(r"\d+", "#", ln.text)
                where = pg.height - ln.top if edge == "top" else ln.bottom
                places.setdefault(key, []).append((ln, edge, where))
    for seen in places.values():
        if len(seen) < 2:
            continue
        for ln, edge, where in seen:
            if any(o is not ln and e == edge and abs(w - where) <= _RUNNING_PLACE for o, e, w in seen):
                found.add(id(ln))
    found |= _letterheads(pages, read)
    found |= _repeated_edges(pages, read, national)
    # the top of a first page: a line above the national title with the words of a running line
    # of the other pages (a page template's header printed on the first page too)
    words = {ln.text for lines in read for ln in lines[:_LETTERHEAD_LINES] if id(ln) in found}
    for lines in read:
        title = next((k for k, ln in enumerate(lines[:_LETTERHEAD_LINES]) if national.search(ln.text)), 0)
        found.update(id(ln) for ln in lines[:title] if ln.text in words)
    return found


_EDGE_LINES = 4  # a running header or footer of several lines takes at most this many
# a line that opens with a list's label (a heading or an item of the body) is no running line
_LABELLED = regex.compile(r"(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s+\p{L}", regex.V1)


def _repeated_edges(pages: list[Page], read: list[list[Line]], national: Any) -> set[int]:
    """The ids of the lines of a running header or footer of several lines (an address, a phone
    number and ``Trang 2/3`` in a page template's footer): the lines at a page's edge that the
    page before or after has at its own edge, one by one with the same words (numbers aside), at
    the same distance from the edge; a page's top that opens a document is left out."""
    found: set[int] = set()
    edges: list[tuple[list[tuple[Line, str, float]], list[tuple[Line, str, float]]]] = []
    for pg, lines in zip(pages, read, strict=True):
        texts = [ln for ln in lines if ln.text]
        if len(texts) <= _EDGE_LINES:  # (a page of a few lines: no margins told)
            texts = []
        opens = any(national.search(ln.text) for ln in texts[:_LETTERHEAD_LINES])
        top = [] if opens else [(ln, regex.sub(r"\d+", "#", ln.text), pg.height - ln.top) for ln in texts[:_EDGE_LINES]]
        bottom = [(ln, regex.sub(r"\d+", "#", ln.text), ln.bottom) for ln in texts[::-1][:_EDGE_LINES]]
        edges.append((top, bottom))
    for (a_top, a_bottom), (b_top, b_bottom) in itertools.pairwise(edges):
        for one, other in ((a_top, b_top), (a_bottom, b_bottom)):
            run = 0
            while run < min(len(one), len(other)):
                (x, kx, wx), (_y, ky, wy) = one[run], other[run]
                if kx != ky or abs(wx - wy) > _RUNNING_PLACE or x.text.startswith("| ") or len(x.text) > _RUNNING_MAX:
                    break
                if _LABELLED.match(x.text):  # (a heading of the body at the top of two pages: '1. Bộ trưởng ...')
                    break
                run += 1
            if run >= 2:  # (a single line: the rule above)
                found.update(id(ln) for ln, _k, _w in one[:run] + other[:run])
    return found


_LETTERHEAD_LINES = 8  # a letterhead repeated on a page's top is at most this many lines
_OPENING_LOOK = 3  # a new document's number or title stands within this many lines under its letterhead


@functools.cache
def _type_heading() -> Any:
    """A document's type heading opening a line (``KẾ HOẠCH``, ``QUYẾT ĐỊNH``)."""
    headings = sorted((str(h) for h in load("doctypes")["headings"]), key=len, reverse=True)
    return regex.compile(rf"^\s*(?:{'|'.join(map(regex.escape, headings))})(?!\p{{L}})", regex.V1)


def _letterheads(pages: list[Page], read: list[list[Line]]) -> set[int]:
    """The ids of the lines of a letterhead repeated at the top of the pages after a document's
    first page (the issuer and the national title, at times the number and date, printed by the
    page template on every page): the lines that open the page, one by one the same words as the
    lines that open the document's first page, or the page before when that is no first page
    (numbers aside), at the same distance from the top edge, with no type heading among them and
    followed by text of the body, not by a new document's number or type heading (a decision and
    the plan it attaches each open with their header). The first page keeps its header."""
    national, number = _patterns()["national_title"], _patterns()["number_line"]
    heading = _type_heading()
    found: set[int] = set()
    first: list[tuple[str, float]] | None = None  # the top lines of the document's first page
    before: list[Line] = []  # the lines of the page before, when it is no document's first page
    before_top: list[tuple[str, float]] = []

    def repeated(top: list[tuple[str, float]], texts: list[Line], ref: list[tuple[str, float]]) -> int:
        run = 0
        while run < min(len(top), len(ref)) and top[run][0] == ref[run][0]:
            if abs(top[run][1] - ref[run][1]) > _RUNNING_PLACE or texts[run].text.startswith("| "):
                break
            if _LABELLED.match(texts[run].text):  # (a heading of the body, no letterhead's line)
                break
            run += 1
        if (
            run and run < len(texts) and not any(heading.match(ln.text) for ln in texts[: run + _OPENING_LOOK])
            and not any(number.match(ln.text) for ln in texts[run : run + _OPENING_LOOK])
        ):  # fmt: skip
            return run
        return 0

    for k, (pg, lines) in enumerate(zip(pages, read, strict=True)):
        texts = [ln for ln in lines if ln.text]
        top = [(regex.sub(r"\d+", "#", ln.text), pg.height - ln.top) for ln in texts[:_LETTERHEAD_LINES]]
        run = repeated(top, texts, first) if first is not None else 0
        if not run and before:  # (the first page's header placed otherwise: the pages after it alike)
            run = repeated(top, texts, before_top)
            if run and k > 1 and run < len(before):
                found.update(id(ln) for ln in before[:run])
        if run:
            found.update(id(ln) for ln in texts[:run])
            before, before_top = texts, top
            continue
        before, before_top = texts, top
        if any(national.search(ln.text) for ln in texts[:_LETTERHEAD_LINES]) and (
            first is None
            or any(heading.match(ln.text) or number.match(ln.text) for ln in texts[: _LETTERHEAD_LINES + _OPENING_LOOK])
        ):  # a document's first page (a page with the national title and no number or heading: a letterhead)
            first = top
            before, before_top = [], []
    return found
