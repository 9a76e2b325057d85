"""Build ``tests/fixtures/scans/scan_stamp_quarters_lang34.pdf`` (round 34, helper 174): the page
of ``scan_stamp_quarters_lang34.html`` printed by LibreOffice (``soffice --headless --convert-to
pdf:writer_web_pdf_Export``), then "scanned" as an office scanner does it: rendered at 200 dpi on
greyish paper, turned 1.5 degrees (fed askew), speckled with grey noise, a red round stamp drawn
over the signer's title and name, and saved as an image-only colour PDF (JPEG). Needs LibreOffice
and Pillow; the PDF is committed, so the tests need neither.

    python3 tests/build_scan_stamp_lang34.py PRINTED.pdf
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

OUT = Path(__file__).parent / "fixtures" / "scans" / "scan_stamp_quarters_lang34.pdf"
DPI = 200


def scan(printed: bytes, *, angle: float = 1.5, seed: int = 34) -> bytes:
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = pdfium.PdfDocument(printed)
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        # the signer's name: the last line of the page, where the stamp is pressed
        text = page.get_textpage()
        found = text.search("CHỦ TỊCH").get_next()
        img = page.render(scale=DPI / 72).to_pil().convert("RGB")
        paper = Image.new("RGB", img.size, (236, 233, 226))
        ink = Image.new("RGB", img.size, (40, 40, 46))  # (a scanner's contrast: hairline rules come out dark)
        img = Image.composite(ink, paper, img.convert("L").point(lambda v: 255 if v < 235 else 0))
        draw = ImageDraw.Draw(img, "RGBA")
        if found is not None:
            box = text.get_charbox(found[0])
            k = DPI / 72
            cx, cy = box[0] * k - 20, (page.get_height() - box[1]) * k + 70
            r = 150
            for w in range(6):
                draw.ellipse((cx - r + w, cy - r + w, cx + r - w, cy + r - w), outline=(205, 30, 40, 200))
            draw.ellipse((cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28), outline=(205, 30, 40, 190), width=3)
            draw.regular_polygon((cx, cy, 30), 5, fill=(205, 30, 40, 200))
            for dx in range(-110, 111, 22):  # the stamp's lettering, as strokes
                draw.line((cx + dx, cy - 85, cx + dx + 10, cy - 60), fill=(205, 30, 40, 190), width=4)
                draw.line((cx + dx, cy + 60, cx + dx + 10, cy + 85), fill=(205, 30, 40, 190), width=4)
        img = img.rotate(angle, fillcolor=(236, 233, 226), resample=Image.Resampling.BICUBIC)
        rnd = random.Random(seed + i)
        px = img.load()
        assert px is not None
        for _ in range(img.width * img.height // 4000):
            v = rnd.randrange(60, 200)
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = (v, v, v)
        pages.append(img)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=55)
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(scan(Path(sys.argv[1]).read_bytes()))
    print(OUT, OUT.stat().st_size)
