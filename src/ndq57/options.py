"""How a text is read: the options of :func:`ndq57.parse_bytes`.

A module of its own, cheap to import: a batch's parent process builds them and hands them to its
workers without loading the parser it never runs itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from ndq57.parse.decode import DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Options:
    """How a text is read: how tone marks are placed, whether slips are repaired, the input
    encoding, the size limit and whether scanned PDF pages are read by OCR."""

    tone_style: str = "old"  # "old" (hóa, ủy) | "new" (hoá, uỷ) | "keep"
    fix: bool = True  # False: keep the text as written (NFC only)
    encoding: str | None = None  # force an input encoding (bytes input only)
    max_bytes: int = DEFAULT_MAX_BYTES
    # scanned PDF pages: None reads them with Tesseract when it is installed (with its Vietnamese
    # model) and refuses them otherwise; True reads them or fails; False refuses them
    ocr: bool | None = None


DEFAULT_OPTIONS = Options()
