"""OCR of scanned PDF pages with Tesseract (the ``tesseract`` command and its Vietnamese model,
Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``).

Each page is rendered by PDFium at 300 dpi and only its **red channel** is kept, then thresholded:
a red stamp (high red) turns white and disappears while black print and blue ink stay dark, which
cuts OCR errors under a stamp a great deal (a faint copy's ink is thresholded at its own level).
The table rules are looked for in the same page thresholded lighter, a reddish stamp left out, so
that light-grey rules are found too. The image goes to Tesseract as a PGM file (no image
library needed), and Tesseract writes what it read as a **text-only searchable PDF** (its invisible
text layer, every word at its place on the page): the PDF reader lays that page out as it lays out
a searchable scan's layer, so a scanned page's header columns, tables and footnotes are read as on
a page with a text layer.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from typing import Any

from ndq57.errors import DecodeError
from ndq57.textutil import connected

DPI = 300
_THRESHOLD = 150  # red channel: darker than this is ink
# A faint copy (a photocopy of a photocopy, a scan set too light): when a page's darkest ink is
# lighter than _FAINT_INK (the level darker than which lie _INK_SHARE of its pixels), ink is what
# is darker than halfway between that ink and the paper (the level of half the pixels), at most
# _FAINT_MAX (a red stamp's red stays lighter). Strokes thresholded at _THRESHOLD there come out
# thin and broken, and Tesseract loses words and whole paragraphs.
_FAINT_INK = 90
_INK_SHARE = 0.01
_FAINT_MAX = 165
# A table's light-grey rules (a border printed grey, or faded by copying): the rules are looked
# for in the page thresholded at this level, or _RULE_MARGIN darker than its paper when that is
# darker (a page photographed or copied grey); the text is read at its own level, without them
_RULE_THRESHOLD = 230
_RULE_MARGIN = 16
_SAMPLE_STEP = 7  # every 7th pixel is enough to know a page's levels
_REDDISH = 4  # steps of 16: a pixel this much lighter in its red than in its green is a stamp's
_HIGH_HALF = bytes(v & 0xF0 for v in range(256))
_LOW_HALF = bytes(v >> 4 for v in range(256))
_REDDISH_PAIRS = bytes(255 if (b >> 4) - (b & 15) >= _REDDISH else 0 for b in range(256))
_TIMEOUT = 180  # seconds for one page
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


@functools.cache
def tesseract() -> str | None:
    """The tesseract command when it is installed with the Vietnamese model."""
    exe = shutil.which("tesseract")
    return exe if exe is not None and "vie" in _models(exe) else None


@functools.cache
def _models(exe: str) -> frozenset[str]:
    """The language models Tesseract has (``--list-langs``)."""
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(langs.stdout.split())


def _label_models() -> str:
    """The models a lone label is read with: the Vietnamese one, then the English one when it is
    installed (Debian installs it with Tesseract), which knows a lone letter or digit better."""
    exe = tesseract()
    return "vie+eng" if exe is not None and "eng" in _models(exe) else "vie"


def red_channel_pgm(
    pixels: bytes,
    width: int,
    height: int,
    stride: int,
    channels: int,
    red: int,
    threshold: int = _THRESHOLD,
    green: int | None = None,
) -> bytes:
    """A thresholded binary PGM image of the red channel of an 8-bit RGB(A)/BGR(A) bitmap
    (``threshold``: darker than this is ink); with ``green`` (that channel's place), a reddish
    pixel (its red ``_REDDISH`` steps of 16 lighter than its green: a red stamp) is no ink at any
    level.

    >>> pgm = red_channel_pgm(bytes([0, 0, 250, 10, 10, 10]), 2, 1, 6, 3, 2)  # BGR: a red, a black pixel
    >>> pgm.split(b"\\n")[-1]
    b'\\xff\\x00'
    >>> pgm = red_channel_pgm(bytes([40, 30, 205, 190, 190, 190]), 2, 1, 6, 3, 2, 230, 1)  # a stamp, a grey rule
    >>> pgm.split(b"\\n")[-1]
    b'\\xff\\x00'
    """
    table = bytes(0 if v < threshold else 255 for v in range(256))
    rows = []
    for y in range(height):
        row = pixels[y * stride : y * stride + width * channels]
        line = row[red::channels].translate(table)
        if green is not None:
            # each pixel's red and green by steps of 16 in one byte (red the high half): a
            # reddish one is white (the two images OR-ed)
            high = int.from_bytes(row[red::channels].translate(_HIGH_HALF), "big")
            low = int.from_bytes(row[green::channels].translate(_LOW_HALF), "big")
            reddish = (high | low).to_bytes(width, "big").translate(_REDDISH_PAIRS)
            line = (int.from_bytes(line, "big") | int.from_bytes(reddish, "big")).to_bytes(width, "big")
        rows.append(line)
    return f"P5\n{width} {height}\n255\n".encode("ascii") + b"".join(rows)


def render_page(pdf: Any, index: int, dpi: int = DPI) -> bytes:
    """Page ``index`` of an open pypdfium2 document as a thresholded red-channel PGM (a faint
    page's ink read at its own level: :func:`ink_threshold`)."""
    return render_images(pdf, index, dpi, rules=False)[0]


def render_images(pdf: Any, index: int, dpi: int = DPI, rules: bool = True) -> tuple[bytes, bytes]:
    """Page ``index`` of an open pypdfium2 document rendered once, as two thresholded red-channel
    PGM images: the text's (a faint page's ink read at its own level: :func:`ink_threshold`) and
    the rules' (light-grey rules kept: ``_RULE_THRESHOLD``; none without ``rules``)."""
    page = pdf[index]
    bitmap = page.render(scale=dpi / 72)
    fmt_channels = {"BGR": (3, 2), "BGRA": (4, 2), "BGRX": (4, 2), "RGB": (3, 0), "RGBA": (4, 0), "RGBX": (4, 0)}
    mode = getattr(bitmap, "mode", "BGR")
    channels, red = fmt_channels.get(mode, (bitmap.n_channels, 2))
    pixels = bytes(bitmap.buffer)
    size = (bitmap.width, bitmap.height, bitmap.stride, channels, red)
    sample = pixels[red :: channels * _SAMPLE_STEP]
    ink, paper = page_levels(sample)
    text = red_channel_pgm(pixels, *size, threshold=ink_threshold(ink, paper))
    if not rules:
        return text, b""
    level = max(_THRESHOLD, min(_RULE_THRESHOLD, paper - _RULE_MARGIN))
    # (a page in colour: its red stamp left out of the rules' image; a grey page has none)
    colour = channels >= 3 and sample != pixels[1 :: channels * _SAMPLE_STEP]
    return text, red_channel_pgm(pixels, *size, threshold=level, green=1 if colour else None)


def ink_threshold(ink: int, paper: int) -> int:
    """The level darker than which a page's pixels are ink, given its ink's and its paper's levels
    (:func:`page_levels`): ``_THRESHOLD``, or on a faint page halfway between its ink and its
    paper (at most ``_FAINT_MAX``).

    >>> ink_threshold(*page_levels(bytes([20] * 5 + [240] * 95)))  # black print
    150
    >>> ink_threshold(*page_levels(bytes([120] * 5 + [246] * 95)))  # a faint photocopy
    165
    """
    if ink < _FAINT_INK:
        return _THRESHOLD
    return max(_THRESHOLD, min(_FAINT_MAX, (ink + paper) // 2))


def page_levels(sample: bytes) -> tuple[int, int]:
    """The levels of a page's ink and of its paper, from a sample of its pixels (their red
    channel): the level darker than which lie ``_INK_SHARE`` of them, and half of them (by steps
    of 4). An empty sample: black ink on white paper.

    >>> page_levels(bytes([130] * 5 + [246] * 95))
    (128, 244)
    """
    if not sample:
        return 0, 255
    # how many pixels are darker than each level, by steps of 4
    steps = bytes(v // 4 for v in range(256))
    coarse = sample.translate(steps)
    below, total = 0, len(sample)
    ink = paper = None
    for step in range(64):
        below += coarse.count(step)
        if ink is None and below >= _INK_SHARE * total:
            ink = step * 4
        if below >= total / 2:
            paper = step * 4
            break
    return (0 if ink is None else ink), (255 if paper is None else paper)


def ocr_layer(pgm: bytes, fixes: list[Fix] | None = None) -> bytes:
    """What Tesseract reads in one page image, as a one-page PDF holding only its text layer.
    ``fixes``, when given, receives the words of that reading :func:`roman_strokes` corrects (the
    words and their boxes come from the same reading, written as a table too)."""
    exe = tesseract()
    if exe is None:
        raise DecodeError(f"--ocr needs Tesseract with its Vietnamese model, which is not installed ({INSTALL})")
    with tempfile.TemporaryDirectory(prefix="ndq57-ocr-") as tmp:
        path = os.path.join(tmp, "page.pgm")
        with open(path, "wb") as fh:
            fh.write(pgm)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one page at a time is faster without threads here
        try:
            done = subprocess.run(
                [exe, path, os.path.join(tmp, "page"), "-l", "vie", "--dpi", str(DPI), "-c", "textonly_pdf=1", "pdf"]
                + (["tsv"] if fixes is not None else []),
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
                env=env,
            )
        except subprocess.TimeoutExpired:
            raise DecodeError(f"Tesseract did not read a page within {_TIMEOUT} s") from None
        if done.returncode != 0 or not os.path.exists(os.path.join(tmp, "page.pdf")):
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
            raise DecodeError(f"Tesseract failed: {reason[0]}")
        if fixes is not None and os.path.exists(os.path.join(tmp, "page.tsv")):
            with open(os.path.join(tmp, "page.tsv"), encoding="utf-8", errors="replace") as fh:
                fixes += roman_strokes(pgm, fh.read())
        with open(os.path.join(tmp, "page.pdf"), "rb") as fh:
            return fh.read()


def ocr_pages(
    pdf: Any,
    numbers: list[int],
    rules: dict[int, list[Segment]] | None = None,
    words: dict[int, list[Word]] | None = None,
    fixes: dict[int, list[Fix]] | None = None,
) -> dict[int, bytes]:
    """OCR the given pages (1-based numbers) of an open pypdfium2 document: each page's text
    layer as a one-page PDF (:func:`ocr_layer`). The pages are rendered one after the other (PDFium
    is not thread-safe) and read by as many Tesseract processes side by side as there are CPUs
    (each with one thread), a batch of pages at a time, so that a scan of many pages holds only a
    batch of page images in memory. ``rules``, when given, receives the lines drawn in each page's
    image (:func:`drawn_rules`: a table's rules, which the text layer does not hold), and
    ``words`` the row numbers read again in its tables' numbers columns (:func:`numbers_columns`)
    and at the start of its lines (:func:`lone_labels`), and ``fixes`` the words of its reading
    corrected from the image (:func:`roman_strokes`)."""
    if tesseract() is None:
        raise DecodeError(f"--ocr needs Tesseract with its Vietnamese model, which is not installed ({INSTALL})")

    def image(n: int) -> bytes:
        if rules is None:
            return render_page(pdf, n - 1)
        pgm, light = render_images(pdf, n - 1)
        rules[n] = drawn_rules(light)
        if words is not None:
            words[n] = numbers_columns(pgm, rules[n]) + lone_labels(pgm)
        return pgm

    def read(n: int, pgm: bytes) -> bytes:
        if fixes is None:
            return ocr_layer(pgm)
        return ocr_layer(pgm, fixes.setdefault(n, []))

    workers = max(1, min(len(numbers), os.cpu_count() or 1))
    if workers == 1:
        return {n: read(n, image(n)) for n in numbers}
    from concurrent.futures import ThreadPoolExecutor  # (only for a scan of two pages or more)

    out: dict[int, bytes] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for k in range(0, len(numbers), workers):
            batch = numbers[k : k + workers]
            images = [image(n) for n in batch]
            out.update(zip(batch, pool.map(read, batch, images), strict=True))
    return out


# ---------------------------------------------------------------- rules drawn in the page image

Segment = tuple[float, float, float, float]  # (x, y) of one end and (x, y) of the other, PDF points (y up)

_INK_RUN = 0.13  # inches: a run of ink this long in one pixel row (column) may be a rule's piece
_RULE_MIN = 0.25  # inches: a rule is at least this long (a letter's stroke or a dash is shorter) ...
_CELL_SIDE = 0.15  # ... or this long when it joins two level rules (the side of a low header cell)
_JOIN = 4  # pixels: a rule's end this close to another rule's course meets it
_RULE_THICK = 6  # pixels: a rule strays at most this far from its straight line (a thin line)
_RULE_SLOPE = 0.1  # a rule of a page fed askew leans by less (about 6 degrees)
_RULE_BREAK = 4  # pixels: pieces this close in one row (a rule printed faintly) are one


def _pieces(body: bytes, width: int, height: int, dpi: int, across: bool) -> list[tuple[int, int, int]]:
    """Runs of ink at least ``_INK_RUN`` long, (row, start, end), in each pixel row of the
    image (``across``) or in each pixel column (then "row" is the column)."""
    run = re.compile(rb"\x00{%d,}" % max(4, round(_INK_RUN * dpi)))
    out: list[tuple[int, int, int]] = []
    if across:
        for y in range(height):
            base = y * width
            out += [(y, m.start() - base, m.end() - base) for m in run.finditer(body, base, base + width)]
    else:
        for x in range(width):
            out += [(x, m.start(), m.end()) for m in run.finditer(body[x::width])]
    return out


def _chains(
    pieces: list[tuple[int, int, int]], dpi: int, shortest: float = _RULE_MIN
) -> list[tuple[tuple[float, float, float, float], list[tuple[int, int, int]]]]:
    """The straight thin lines the pieces of ink make, each (start, row at start, end, row at
    end) in pixels: pieces in the same or the next two rows that overlap (a line leaning a
    little steps from row to row) are one line; a line shorter than ``_RULE_MIN``, leaning more
    than ``_RULE_SLOPE`` or straying from its straight line by more than ``_RULE_THICK`` (a
    letter's strokes, a stamp, a photograph) is none. Each line with its pieces; ``shortest``:
    the shortest line kept (inches)."""
    by_row: dict[int, list[int]] = {}
    for i, (row, _a, _b) in enumerate(pieces):
        by_row.setdefault(row, []).append(i)

    def links() -> Iterator[tuple[int, int]]:
        for i, (row, a, b) in enumerate(pieces):
            for r in (row, row + 1, row + 2):
                for j in by_row.get(r, ()):
                    if j != i and pieces[j][1] <= b + _RULE_BREAK and a <= pieces[j][2] + _RULE_BREAK:
                        yield j, i

    out = []
    for members in connected(len(pieces), links()):
        start = min(pieces[i][1] for i in members)
        end = max(pieces[i][2] for i in members)
        if end - start < shortest * dpi:
            continue
        # the straight line from the middle of its first pieces to the middle of its last ones
        line = [pieces[i] for i in members]
        first = [row for row, a, _b in line if a <= start + _JOIN]
        last = [row for row, _a, b in line if b >= end - _JOIN]
        row0, row1 = sum(first) / len(first), sum(last) / len(last)
        slope = (row1 - row0) / max(end - start, 1)
        if abs(slope) > _RULE_SLOPE:
            continue
        if any(abs(row - (row0 + slope * ((a + b) / 2 - start))) > _RULE_THICK for row, a, b in line):
            continue
        out.append(((float(start), row0, float(end), row1), line))
    return out


def _gray_image(pgm: bytes) -> tuple[int, int, bytes] | None:
    """The width, height and pixels of a binary PGM image (as :func:`red_channel_pgm` makes), or
    None for anything else."""
    head = pgm.split(b"\n", 3)
    if len(head) < 4 or head[0] != b"P5" or head[2] != b"255":
        return None
    width, height = (int(v) for v in head[1].split())
    body = head[3]
    return (width, height, body) if len(body) == width * height else None


def drawn_rules(pgm: bytes, dpi: int = DPI) -> list[Segment]:
    """The straight lines drawn in a page image (a binary PGM as :func:`red_channel_pgm` makes):
    the rules of a scanned table, which its OCR text layer does not hold. Each is given by its
    two ends, in PDF points (y upwards) of the page the image covers at ``dpi``; the lines of a
    page fed askew lean as its text does (the PDF reader turns both level together). Not a PGM
    image: none. (Tesseract reads the image with its rules: without them, it reads a narrow
    column's numbers less often and glues more words.)

    >>> row = b"\\xff" * 10 + b"\\x00" * 100 + b"\\xff" * 10
    >>> drawn_rules(b"P5\\n120 3\\n255\\n" + b"\\xff" * 120 + row + b"\\xff" * 120, dpi=72)
    [(10.0, 1.5, 110.0, 1.5)]
    """
    gray = _gray_image(pgm)
    if gray is None:
        return []
    width, height, body = gray
    scale = 72 / dpi
    top = height * scale
    out: list[Segment] = []
    level = [ends for ends, _line in _chains(_pieces(body, width, height, dpi, True), dpi)]
    for x0, y0, x1, y1 in level:
        out.append((x0 * scale, top - (y0 + 0.5) * scale, x1 * scale, top - (y1 + 0.5) * scale))
    for (y0, x0, y1, x1), _line in _chains(_pieces(body, width, height, dpi, False), dpi, _CELL_SIDE):
        if y1 - y0 < _RULE_MIN * dpi and not (_meets(x0, y0, level) and _meets(x1, y1, level)):
            continue
        out.append(((x0 + 0.5) * scale, top - y0 * scale, (x1 + 0.5) * scale, top - y1 * scale))
    return out


def _meets(x: float, y: float, level: list[tuple[float, float, float, float]]) -> bool:
    """Does the point (x, y) (pixels) lie on one of the ``level`` lines (each by its two ends)?"""
    for x0, y0, x1, y1 in level:
        if x0 - _JOIN <= x <= x1 + _JOIN and abs(y0 + (y1 - y0) * (x - x0) / max(x1 - x0, 1.0) - y) <= _JOIN:
            return True
    return False


# ---------------------------------------------------------------- a table's numbers column read again

Word = tuple[str, float, float, float, float]  # text, left, bottom, right, top (PDF points, y up)

_NUMBERS_COLUMN = 0.6  # inches: a column of a ruled table this narrow holds its rows' numbers
_CELL_PAD = 6  # pixels: the column is read this far inside its rules
_WORD_CONFIDENCE = 40  # Tesseract's confidence (0-100) a number read again must have
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVXLH]{1,4}|[A-Z])[.)]?")


def numbers_columns(pgm: bytes, found: list[Segment], dpi: int = DPI) -> list[Word]:
    """The words Tesseract reads in the narrow numbers column of each ruled table of a page image
    (between two of the rules ``found`` by :func:`drawn_rules` less than ``_NUMBERS_COLUMN``
    apart), cut out of the page inside its rules (whitened along their course, the page's lean
    followed) and read as a block of its own: reading the whole page, Tesseract often misses a
    row's number alone in a narrow ruled cell (the row is then read as the row above's). Only
    row numbers and group labels ("3", "II", "B")."""
    gray = _gray_image(pgm)
    if gray is None:
        return []
    width, height, body = gray
    k = dpi / 72

    def px(seg: Segment) -> tuple[float, float, float, float]:
        return seg[0] * k, height - seg[1] * k, seg[2] * k, height - seg[3] * k

    upright = sorted((px(s) for s in found if abs(s[2] - s[0]) < abs(s[3] - s[1])), key=lambda s: s[0] + s[2])
    level = [px(s) for s in found if abs(s[2] - s[0]) >= abs(s[3] - s[1])]
    out: list[Word] = []
    for a, b in itertools.pairwise(upright):
        top, bottom = max(min(a[1], a[3]), min(b[1], b[3])), min(max(a[1], a[3]), max(b[1], b[3]))
        if not 0 < (b[0] + b[2] - a[0] - a[2]) / 2 < _NUMBERS_COLUMN * dpi or bottom - top < _NUMBERS_COLUMN * dpi / 2:
            continue
        x0, x1 = max(int(min(a[0], a[2])), 0), min(int(max(b[0], b[2])) + 1, width)
        y0, y1 = max(int(top), 0), min(int(bottom) + 1, height)
        w = x1 - x0
        crop = bytearray(b"".join(body[y * width + x0 : y * width + x1] for y in range(y0, y1)))
        middle = (x0 + x1) / 2
        across = [_at(s, middle) for s in level if min(s[0], s[2]) <= middle <= max(s[0], s[2])]
        for y in range(y0, y1):
            left = int(_at_y(a, y) - x0) + _CELL_PAD
            right = int(_at_y(b, y) - x0) - _CELL_PAD
            row = (y - y0) * w
            if right <= left or any(abs(y - r) <= _CELL_PAD for r in across):
                crop[row : row + w] = b"\xff" * w
                continue
            crop[row : row + left] = b"\xff" * left
            crop[row + right : row + w] = b"\xff" * (w - right)
        image = f"P5\n{w} {y1 - y0}\n255\n".encode("ascii") + bytes(crop)
        for text, left_px, top_px, right_px, bottom_px in read_words(image, dpi):
            box = ((x0 + left_px) / k, (height - y0 - bottom_px) / k, (x0 + right_px) / k, (height - y0 - top_px) / k)
            out.append((text, *box))
    return out


# ---------------------------------------------------------------- a lone label at a line's start read again

_BAND_TALL = 0.6  # inches: a band of ink rows taller than this is no line of text (a ruled table's side)
_BAND_LOW = 0.06  # ... nor one lower than this (a rule, a speck)
_LABEL_WIDE = 0.45  # inches: a row's number or a group's letter alone at a line's start is this wide at most ...
_LABEL_GAP = 0.15  # ... and stands this far at least before the rest of its line (a column's gap)
_LABEL_THIN = 0.02  # ... its ink this wide and ...
_LABEL_LOW = 0.07  # ... this high at least (a speck of the paper is less)
_STACK_GAP = 0.3  # inches of white between the labels set side by side into one image to be read


def lone_labels(pgm: bytes, dpi: int = DPI) -> list[Word]:
    """The row numbers and group letters ("1", "10", "A", "II") Tesseract reads in the first
    piece of ink of each line of a page image, where that piece stands alone before a wide gap
    (the numbers column of a borderless table): reading the whole page, Tesseract often drops a
    lone digit or letter set apart from its row's text (its rows are then read without their
    numbers, and the table's columns are lost). The pieces of the page are cut out, set side by
    side on one line of an image and read at once; only row numbers and group labels are kept (the PDF reader adds
    those the page's reading lacks). A band of ink rows taller than a line or two (a ruled table,
    whose sides join its rows: :func:`numbers_columns` reads those) is passed over."""
    gray = _gray_image(pgm)
    if gray is None:
        return []
    width, height, body = gray
    pieces: list[tuple[int, int, int, int]] = []  # left, top, right, bottom (pixels)
    y = 0
    while y < height:
        if body.find(b"\x00", y * width, (y + 1) * width) < 0:
            y += 1
            continue
        top = y
        while y < height and body.find(b"\x00", y * width, (y + 1) * width) >= 0:
            y += 1
        if _BAND_LOW * dpi <= y - top <= _BAND_TALL * dpi:
            piece = _first_piece(body, width, top, y, dpi)
            if piece is not None:
                pieces.append(piece)
    if not pieces:
        return []
    # the pieces side by side on one line, their feet level, a column's gap apart: read so,
    # Tesseract knows a lone "5" or "A" better than in a stack of lines
    gap = round(_STACK_GAP * dpi)
    tall = max(bottom - top for _l, top, _r, bottom in pieces) + 2 * gap // 3
    strip = [bytearray(b"\xff" * (gap + sum(r - left + gap for left, _t, r, _b in pieces))) for _ in range(tall)]
    spans: list[tuple[int, int, int, int]] = []  # left and right in the strip, left and foot on the page
    at = gap
    for left, top, right, bottom in pieces:
        drop = tall - gap // 3 - (bottom - top)
        for yy in range(top, bottom):
            strip[drop + yy - top][at : at + right - left] = body[yy * width + left : yy * width + right]
        spans.append((at, at + right - left, left, bottom))
        at += right - left + gap
    image = f"P5\n{len(strip[0])} {tall}\n255\n".encode("ascii") + b"".join(bytes(r) for r in strip)
    foot = tall - gap // 3
    k = dpi / 72
    out: list[Word] = []
    for text, left_px, top_px, right_px, bottom_px in read_words(image, dpi, _label_models()):
        middle = (left_px + right_px) / 2
        for s0, s1, x0, y1 in spans:
            if s0 - gap / 2 <= middle <= s1 + gap / 2:
                t, b = y1 - (foot - top_px), y1 - (foot - bottom_px)
                x = x0 + left_px - s0
                out.append((text, x / k, (height - b) / k, (x + right_px - left_px) / k, (height - t) / k))
                break
    return out


def _first_piece(body: bytes, width: int, top: int, bottom: int, dpi: int) -> tuple[int, int, int, int] | None:
    """The first piece of ink of the line in rows ``top`` to ``bottom`` when it stands alone
    (at most ``_LABEL_WIDE``, then ``_LABEL_GAP`` of white, then more ink): its box, or none."""
    starts = [body.find(b"\x00", r * width, (r + 1) * width) for r in range(top, bottom)]
    x0 = min(s - r * width for r, s in zip(range(top, bottom), starts, strict=True) if s >= 0)
    wide, gap = round(_LABEL_WIDE * dpi), round(_LABEL_GAP * dpi)
    window = min(wide + gap, width - x0)
    ink = bytearray(window)
    first, last = bottom, top
    for r in range(top, bottom):
        base = r * width + x0
        for m in _INK.finditer(body, base, base + window):
            ink[m.start() - base : m.end() - base] = b"\x01" * (m.end() - m.start())
    blank = ink.find(b"\x00" * gap)
    if blank <= 0 or blank > wide or blank < _LABEL_THIN * dpi:
        return None
    for r in range(top, bottom):
        if body.find(b"\x00", r * width + x0, r * width + x0 + blank) >= 0:
            first, last = min(first, r), max(last, r + 1)
    if last - first < _LABEL_LOW * dpi:
        return None
    after = x0 + blank + gap
    if after >= width or all(body.find(b"\x00", r * width + after, (r + 1) * width) < 0 for r in range(top, bottom)):
        return None  # nothing after it: a line of its own (a page's number)
    return x0, first, x0 + blank, last


_INK = re.compile(rb"\x00+")


def _at(seg: tuple[float, float, float, float], x: float) -> float:
    """The height (pixel row) of a level line (two ends) where it crosses ``x``."""
    return seg[1] + (seg[3] - seg[1]) * (x - seg[0]) / ((seg[2] - seg[0]) or 1.0)


def _at_y(seg: tuple[float, float, float, float], y: float) -> float:
    """Where (pixel column) an upright line (two ends) crosses row ``y``."""
    return seg[0] + (seg[2] - seg[0]) * (y - seg[1]) / ((seg[3] - seg[1]) or 1.0)


def read_words(pgm: bytes, dpi: int = DPI, models: str = "vie") -> list[tuple[str, int, int, int, int]]:
    """The row numbers Tesseract reads in an image read as one block: (text, left, top, right,
    bottom) in pixels; nothing when Tesseract fails. ``models``: Tesseract's ``-l``."""
    exe = tesseract()
    if exe is None:
        return []
    with tempfile.TemporaryDirectory(prefix="ndq57-ocr-") as tmp:
        path = os.path.join(tmp, "strip.pgm")
        with open(path, "wb") as fh:
            fh.write(pgm)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        try:
            done = subprocess.run(
                [exe, path, "stdout", "-l", models, "--dpi", str(dpi), "--psm", "6", "tsv"],
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
                env=env,
            )
        except subprocess.TimeoutExpired:
            return []
    out = []
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not _ROW_NUMBER.fullmatch(cells[11].strip()):
            continue
        if float(cells[10]) < _WORD_CONFIDENCE:
            continue
        left, top, w, h = (int(v) for v in cells[6:10])
        out.append((cells[11].strip(), left, top, left + w, top + h))
    return out


# ---------------------------------------------------------------- a roman numeral's strokes counted

Fix = tuple[str, str, float, float, float, float]  # text read, text meant, left, bottom, right, top (PDF points)

_ROMAN_ONES = re.compile(r"(I{1,3})(/\d{2,4}|[.,;:)-])?")
_LABEL_ENDS = (".", "-")  # what ends a part's roman label opening its line ("III.", "II-")
_STEM_BAND = (0.2, 0.8)  # a stroke of an "I" is ink over all this band of its word's height ...
_STEM_FULL = 0.9  # ... in this share of it at least
_STEM_SPECK = 0.15  # a piece of ink of less than a square this wide (word heights) is a speck


def roman_strokes(pgm: bytes, tsv: str, dpi: int = DPI) -> list[Fix]:
    """The roman numerals made of ones ("I", "II", "III") after a period's word ("Quý III/2026",
    readers.yaml ``ocr.roman_after``) that Tesseract read a stroke or two short ("Quý I/2026"): it
    often drops an upright stroke of a serif "I" next to another, and its word's box then leaves
    that stroke out. So are a part's roman labels opening their lines ("III." read "II.", a bold
    stroke dropped inside the word's box), and a table group's label without a dot before its
    title on the same line ("III" / "Kỹ năng số" read "II"), counted from the box's left. The
    strokes are counted in the page image, from the end of the word before to the first piece
    of ink that is no upright stroke (the "/" of "/2026", the end of the word): a column of ink
    over the middle of the word's height is a stroke. Each word whose strokes
    outnumber its letters, with its text read, its text meant and its box. ``tsv``: Tesseract's
    table of the words of the page (``tsv`` output), from the image ``pgm``."""
    gray = _gray_image(pgm)
    if gray is None:
        return []
    width, height, body = gray
    after = _roman_after()
    words: list[tuple[tuple[str, ...], str, int, int, int, int]] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) >= 12 and cells[0] == "5" and cells[11].strip():
            left, top, w, h = (int(v) for v in cells[6:10])
            words.append((tuple(cells[1:5]), cells[11].strip(), left, top, left + w, top + h))
    k = 72 / dpi
    out: list[Fix] = []
    previous: tuple[tuple[str, ...], str, int, int, int, int] | None = None
    for k_word, (line, text, left, top, right, bottom) in enumerate(words):
        m = _ROMAN_ONES.fullmatch(text)
        first = previous is None or previous[0] != line
        before, previous = previous, (line, text, left, top, right, bottom)
        if m is None:
            continue
        if first and m.group(2) in _LABEL_ENDS:
            start = left  # a part's label opening its line ("III."): its strokes inside its box
        elif first and m.group(2) is None and _title_after(words, k_word):
            start = left  # a table group's label alone in its cell, its title beside it ("III | Kỹ năng số")
        elif before is not None and not first and after.search(before[1]):
            start = before[4] + 1  # (from the end of the word before: a stroke left out of the box)
        else:
            continue
        stems = _stems(body, width, height, start, right, top, bottom)
        if len(m.group(1)) < stems <= 3:
            meant = "I" * stems + (m.group(2) or "")
            out.append((text, meant, start * k, (height - bottom) * k, right * k, (height - top) * k))
    return out


def _title_after(words: list[tuple[tuple[str, ...], str, int, int, int, int]], k: int) -> bool:
    """Whether the next word with letters on word ``k``'s line (past the bars OCR reads for a
    cell's rule: "II | Kỹ năng số") opens with a capital: a group's title beside its label."""
    for line, text, *_box in words[k + 1 : k + 4]:
        if line != words[k][0]:
            return False
        if any(c.isalpha() for c in text):
            return text[:1].isupper()
    return False


def _stems(body: bytes, width: int, height: int, x0: int, x1: int, top: int, bottom: int) -> int:
    """The upright strokes of ink in columns ``x0`` to ``x1`` of the image, rows ``top`` to
    ``bottom`` (a word's box), from the left to the first other piece of ink: 0 when none."""
    h = bottom - top
    y0, y1 = top + round(_STEM_BAND[0] * h), top + round(_STEM_BAND[1] * h)
    if h <= 0 or x0 >= x1 or y1 <= y0 or bottom > height or x1 > width:
        return 0
    rows = [body[y * width + x0 : y * width + x1] for y in range(y0, y1)]
    ink = [sum(1 for r in rows if r[x] == 0) for x in range(x1 - x0)]
    stems, x, n = 0, 0, len(ink)
    while x < n:
        if ink[x] == 0:
            x += 1
            continue
        end = x
        while end < n and ink[end] > 0:
            end += 1
        if max(ink[x:end]) >= _STEM_FULL * (y1 - y0):
            stems += 1
        elif sum(ink[x:end]) >= (_STEM_SPECK * h) ** 2:
            break  # (the "/", a digit: the numeral ends)
        x = end
    return stems


@functools.cache
def _roman_after() -> Any:
    """readers.yaml ``ocr.roman_after``: the words a period's roman numeral follows."""
    from ndq57 import cached_regex as regex
    from ndq57.data import load

    return regex.compile(load("readers")["ocr"]["roman_after"], regex.V1)
