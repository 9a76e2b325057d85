"""Build ``tests/fixtures/centred/{chr,lo}_kh_centred*_lang42_75.pdf`` (round 42, helper 75): each
``kh_centred*_lang42_75.html`` beside it printed to PDF by headless Chromium ("Save as PDF", the
``chr_`` copy) and converted by LibreOffice (``soffice --convert-to pdf``, the ``lo_`` copy). The
task tables have no borders (Chromium: none drawn; LibreOffice's HTML import draws none), and their
cells are centred in their rows, as both set a table cell by default:

* ``kh_centred_lang42_75`` — a provincial Kế hoạch (DejaVu Serif 13 pt) with a task table of four
  columns whose task cells wrap over two to five lines;
* ``kh_centred_head_lang42_75`` — a Ban Chỉ đạo's Kế hoạch with a table of five columns whose header
  wraps over up to five lines (``Thời gian hoàn thành`` in a narrow column).

Needs Chromium, LibreOffice and the fonts named; the PDFs are committed, so the tests need none.

    python3 tests/pdf_centred_lang42_build.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from browser_print_lang35_build import chromium_print

PRINTED = Path(__file__).parent / "fixtures" / "centred"


def main() -> None:
    for html in sorted(PRINTED.glob("kh_centred*_lang42_75.html")):
        print_both(html, PRINTED)


def print_both(html: Path, folder: Path) -> None:
    """``html`` printed to ``folder`` by Chromium (``chr_<stem>.pdf``) and converted by LibreOffice
    (``lo_<stem>.pdf``)."""
    chromium_print(html, folder / f"chr_{html.stem}.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(html)],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{html.stem}.pdf", folder / f"lo_{html.stem}.pdf")


if __name__ == "__main__":
    main()
