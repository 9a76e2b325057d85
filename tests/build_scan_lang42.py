"""Build the round-42 scan of our own wording (helper 77) in ``tests/fixtures/scans/``: the page
``NAME_lang42.html`` printed by LibreOffice (``soffice --headless --convert-to
pdf:writer_web_pdf_Export``: a task table whose rules are light grey, ``bordercolor="#BBBBBB"``),
then "scanned" in colour at 200 dpi: a red round stamp and a blue stroke of a signature over the
signer's authority, fed 1.2 degrees askew, speckled with grey noise, saved as an image-only PDF
(JPEG). Needs LibreOffice and Pillow; the PDF is committed, so the tests need neither.

    python3 tests/build_scan_lang42.py PRINTED.pdf NAME [DPI ANGLE STAMP_WORD]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_scan_lang35 import HERE, Style
from build_scan_lang35 import scan as scan_as

# (the page in grey, a wider stamp with a signature's stroke, no dust)
ROUND42 = Style(
    tinted=False,
    stamp_shift=(40, 30),
    rings=6,
    ink=(205, 30, 40, 210),
    star=(205, 30, 40, 200),
    signature=True,
    paper=(235, 233, 226),
    dust=0,
    quality=60,
)


def scan(printed: bytes, *, dpi: int = 200, angle: float = 1.2, stamp: str = "", seed: int = 31) -> bytes:
    return scan_as(printed, dpi=dpi, angle=angle, stamp=stamp, seed=seed, style=ROUND42)

if __name__ == "__main__":
    args = sys.argv[1:]
    dpi = int(args[2]) if len(args) > 2 else 200
    angle = float(args[3]) if len(args) > 3 else 1.2
    stamp = args[4] if len(args) > 4 else ""
    out = HERE / f"{args[1]}.pdf"
    out.write_bytes(scan(Path(args[0]).read_bytes(), dpi=dpi, angle=angle, stamp=stamp))
    print(out, out.stat().st_size)
