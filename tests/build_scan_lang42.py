"""Build the round-42 scan of our own wording (helper 77) in ``tests/fixtures/scans/``: the page
``NAME_lang42.html`` printed by LibreOffice (``soffice --headless --convert-to
pdf:writer_web_pdf_Export``: a task table whose rules are light grey, ``bordercolor="#BBBBBB"``),
then "scanned" in colour at 200 dpi: a red round stamp and a blue stroke of a signature over the
signer's authority, fed 1.2 degrees askew, speckled with grey noise, saved as an image-only PDF
(JPEG). Needs LibreOffice and Pillow; the PDF is committed, so the tests need neither.

    python3 tests/build_scan_lang42.py PRINTED.pdf NAME [DPI ANGLE STAMP_WORD]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).parent / "fixtures" / "scans"


def scan(printed: bytes, *, dpi: int = 200, angle: float = 1.2, stamp: str = "", seed: int = 31) -> bytes:
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = pdfium.PdfDocument(printed)
    pages = []
    k = dpi / 72
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage()
        found = text.search(stamp).get_next() if stamp else None
        img = page.render(scale=k).to_pil().convert("L").convert("RGB")
        draw = ImageDraw.Draw(img, "RGBA")
        if found is not None:
            box = text.get_charbox(found[0])
            cx, cy = box[0] * k + 40, (page.get_height() - box[1]) * k + 30
            r = 0.75 * dpi
            for w in range(6):
                draw.ellipse((cx - r + w, cy - r + w, cx + r - w, cy + r - w), outline=(205, 30, 40, 210))
            draw.regular_polygon((cx, cy, r / 5), 5, fill=(205, 30, 40, 200))
            draw.line((cx - r, cy + r * 0.2, cx + r * 0.8, cy - r * 0.1), fill=(20, 40, 160, 230), width=dpi // 70)
        img = img.rotate(angle, fillcolor=(235, 233, 226), resample=Image.Resampling.BICUBIC)
        rnd = random.Random(seed + i)
        px = img.load()
        assert px is not None
        for _ in range(img.width * img.height // 3000):
            v = rnd.randrange(60, 200)
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = (v, v, v)
        pages.append(img)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=60)
    return out.getvalue()


if __name__ == "__main__":
    args = sys.argv[1:]
    dpi = int(args[2]) if len(args) > 2 else 200
    angle = float(args[3]) if len(args) > 3 else 1.2
    stamp = args[4] if len(args) > 4 else ""
    out = HERE / f"{args[1]}.pdf"
    out.write_bytes(scan(Path(args[0]).read_bytes(), dpi=dpi, angle=angle, stamp=stamp))
    print(out, out.stat().st_size)
