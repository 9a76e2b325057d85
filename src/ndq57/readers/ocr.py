"""OCR of scanned PDF pages with Tesseract (the ``tesseract`` command and its Vietnamese model,
Debian packages ``tesseract-ocr`` and ``tesseract-ocr-vie``).

Each page is rendered by PDFium at 300 dpi and only its **red channel** is kept, then thresholded:
a red stamp (high red) turns white and disappears while black print and blue ink stay dark, which
cuts OCR errors under a stamp a great deal. The image goes to Tesseract as a PGM file (no image
library needed), and Tesseract writes what it read as a **text-only searchable PDF** (its invisible
text layer, every word at its place on the page): the PDF reader lays that page out as it lays out
a searchable scan's layer, so a scanned page's header columns, tables and footnotes are read as on
a page with a text layer.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from typing import Any

from ndq57.errors import DecodeError

DPI = 300
_THRESHOLD = 150  # red channel: darker than this is ink
_TIMEOUT = 180  # seconds for one page
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


@functools.cache
def tesseract() -> str | None:
    """The tesseract command when it is installed with the Vietnamese model."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return exe if "vie" in langs.stdout.split() else None


def red_channel_pgm(pixels: bytes, width: int, height: int, stride: int, channels: int, red: int) -> bytes:
    """A thresholded binary PGM image of the red channel of an 8-bit RGB(A)/BGR(A) bitmap.

    >>> pgm = red_channel_pgm(bytes([0, 0, 250, 10, 10, 10]), 2, 1, 6, 3, 2)  # BGR: a red, a black pixel
    >>> pgm.split(b"\\n")[-1]
    b'\\xff\\x00'
    """
    table = bytes(0 if v < _THRESHOLD else 255 for v in range(256))
    rows = []
    for y in range(height):
        row = pixels[y * stride : y * stride + width * channels]
        rows.append(row[red::channels].translate(table))
    return f"P5\n{width} {height}\n255\n".encode("ascii") + b"".join(rows)


def render_page(pdf: Any, index: int) -> bytes:
    """Page ``index`` of an open pypdfium2 document as a thresholded red-channel PGM."""
    page = pdf[index]
    bitmap = page.render(scale=DPI / 72)
    fmt_channels = {"BGR": (3, 2), "BGRA": (4, 2), "BGRX": (4, 2), "RGB": (3, 0), "RGBA": (4, 0), "RGBX": (4, 0)}
    mode = getattr(bitmap, "mode", "BGR")
    channels, red = fmt_channels.get(mode, (bitmap.n_channels, 2))
    pixels = bytes(bitmap.buffer)
    return red_channel_pgm(pixels, bitmap.width, bitmap.height, bitmap.stride, channels, red)


def ocr_layer(pgm: bytes) -> bytes:
    """What Tesseract reads in one page image, as a one-page PDF holding only its text layer."""
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
                [exe, path, os.path.join(tmp, "page"), "-l", "vie", "--dpi", str(DPI), "-c", "textonly_pdf=1", "pdf"],
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
        with open(os.path.join(tmp, "page.pdf"), "rb") as fh:
            return fh.read()


def ocr_pages(pdf: Any, numbers: list[int]) -> dict[int, bytes]:
    """OCR the given pages (1-based numbers) of an open pypdfium2 document: each page's text
    layer as a one-page PDF (:func:`ocr_layer`). The pages are rendered one after the other (PDFium
    is not thread-safe) and read by as many Tesseract processes side by side as there are CPUs
    (each with one thread), a batch of pages at a time, so that a scan of many pages holds only a
    batch of page images in memory."""
    if tesseract() is None:
        raise DecodeError(f"--ocr needs Tesseract with its Vietnamese model, which is not installed ({INSTALL})")
    workers = max(1, min(len(numbers), os.cpu_count() or 1))
    if workers == 1:
        return {n: ocr_layer(render_page(pdf, n - 1)) for n in numbers}
    from concurrent.futures import ThreadPoolExecutor  # (only for a scan of two pages or more)

    out: dict[int, bytes] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for k in range(0, len(numbers), workers):
            batch = numbers[k : k + workers]
            images = [render_page(pdf, n - 1) for n in batch]
            out.update(zip(batch, pool.map(ocr_layer, images), strict=True))
    return out
