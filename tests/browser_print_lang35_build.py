"""Build ``tests/fixtures/browser/chr_*_lang35.pdf`` (round 35, helper 181): each
``chr_*_lang35.html`` beside it printed to PDF by headless Chromium, as an office prints a portal
page or the HTML copy of a Word file ("Save as PDF"):

* ``chr_kh_appendix_lang35`` — a provincial Kế hoạch (DejaVu Serif 13 pt) with its appendix task
  table of five columns drawn without borders or cell padding: the cells' texts stand a word gap
  apart, or closer;
* ``chr_tb_ruled_lang35`` — a Party Thông báo (Liberation Serif 14 pt) with a ruled table whose
  cells wrap over three to six lines, one row cut by the page break;
* ``chr_cv_twocol_lang35`` — a Công văn (DejaVu Sans 12 pt) whose header and sign-off are
  two-column tables without borders.

Needs Chromium and the fonts named; the PDFs are committed, so the tests need neither.

    python3 tests/browser_print_lang35_build.py
"""

from __future__ import annotations

import subprocess
from pathlib import Path

PRINTED = Path(__file__).parent / "fixtures" / "browser"


def main() -> None:
    for html in sorted(PRINTED.glob("chr_*_lang35.html")):
        out = html.with_suffix(".pdf")
        chromium_print(html, out)
        print(out.name, out.stat().st_size)


def chromium_print(html: Path, out: Path) -> None:
    """``html`` printed to the PDF ``out`` by headless Chromium, with no header or footer."""
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            str(html),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


if __name__ == "__main__":
    main()
