"""Build the round-35 scans of our own wording (helper 178) in ``tests/fixtures/scans/``: each
``NAME_lang35.html`` printed by LibreOffice (``soffice --headless --convert-to
pdf:writer_web_pdf_Export``), then "scanned" as an office scanner does it: rendered at 150-200 dpi
on greyish paper, fed a little askew, speckled with grey noise (and a few larger specks of dust), a
red round stamp pressed over the signer's title when it is found, and saved as an image-only colour
PDF (JPEG). Needs LibreOffice and Pillow; the PDFs are committed, so the tests need neither.

    python3 tests/build_scan_lang35.py PRINTED.pdf NAME [DPI ANGLE STAMP_WORD]
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent / "fixtures" / "scans"


@dataclass(frozen=True)
class Style:
    """How a page is "scanned": on tinted paper (the print's ink and paper recoloured) or in grey;
    the stamp's place right of and below the word it is pressed over, its rings and colour, a
    signature's stroke across it; the paper's tint where the page is turned; specks of dust; the
    JPEG quality."""

    tinted: bool = True
    stamp_shift: tuple[int, int] = (30, 40)
    rings: int = 5
    ink: tuple[int, int, int, int] = (200, 35, 45, 200)
    star: tuple[int, int, int, int] = (200, 35, 45, 200)
    signature: bool = False
    paper: tuple[int, int, int] = (234, 232, 224)
    dust: int = 40
    quality: int = 55


def scan(
    printed: bytes, *, dpi: int = 200, angle: float = 1.0, stamp: str = "", seed: int = 35, style: Style = Style()
) -> bytes:
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
        if style.tinted:
            img = page.render(scale=k).to_pil().convert("RGB")
            paper = Image.new("RGB", img.size, (234, 232, 224))
            ink = Image.new("RGB", img.size, (38, 38, 44))
            img = Image.composite(ink, paper, img.convert("L").point(lambda v: 255 if v < 232 else 0))
        else:
            img = page.render(scale=k).to_pil().convert("L").convert("RGB")
        draw = ImageDraw.Draw(img, "RGBA")
        if found is not None:
            box = text.get_charbox(found[0])
            cx, cy = box[0] * k + style.stamp_shift[0], (page.get_height() - box[1]) * k + style.stamp_shift[1]
            r = 0.75 * dpi
            for w in range(style.rings):
                draw.ellipse((cx - r + w, cy - r + w, cx + r - w, cy + r - w), outline=style.ink)
            draw.regular_polygon((cx, cy, r / 5), 5, fill=style.star)
            if style.signature:
                draw.line((cx - r, cy + r * 0.2, cx + r * 0.8, cy - r * 0.1), fill=(20, 40, 160, 230), width=dpi // 70)
        img = img.rotate(angle, fillcolor=style.paper, resample=Image.Resampling.BICUBIC)
        rnd = random.Random(seed + i)
        px = img.load()
        assert px is not None
        for _ in range(img.width * img.height // 3000):
            v = rnd.randrange(60, 200)
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = (v, v, v)
        for _ in range(style.dust):  # dust: specks of two or three pixels
            x, y = rnd.randrange(img.width - 3), rnd.randrange(img.height - 3)
            draw.rectangle((x, y, x + rnd.randrange(1, 3), y + rnd.randrange(1, 3)), fill=(50, 50, 55))
        pages.append(img)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=style.quality)
    return out.getvalue()

if __name__ == "__main__":
    args = sys.argv[1:]
    dpi = int(args[2]) if len(args) > 2 else 200
    angle = float(args[3]) if len(args) > 3 else 1.0
    stamp = args[4] if len(args) > 4 else ""
    out = HERE / f"{args[1]}.pdf"
    out.write_bytes(scan(Path(args[0]).read_bytes(), dpi=dpi, angle=angle, stamp=stamp))
    print(out, out.stat().st_size)
