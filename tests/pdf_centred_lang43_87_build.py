"""Build the round 43 (helper 87) centred PDFs in ``tests/fixtures/tables43/``: each
``*_lang43_87.html`` beside them printed to PDF by headless Chromium ("Save as PDF", the ``chr_``
copy) and converted by LibreOffice (``soffice --convert-to pdf``, the ``lo_`` copy), as
``tests/pdf_centred_lang42_build.py`` does; the LibreOffice copy is also read back by
``pdftotext`` (texts a user exported): the plan's with ``-raw`` and ``-layout`` into
``tests/fixtures/pdftotext_{raw,layout}_centred_merged_lang43_87.txt``, the letter's with
``-layout`` into ``tests/fixtures/pdftotext_layout_cv_sidebar_lang43_87.txt``:

* ``kh_centred_merged_lang43_87`` — a district's Kế hoạch whose borderless task table has an owner
  cell merged over rows 1–2 and a time cell merged over rows 4–5 (``rowspan``), and row 3's time
  cell left blank; the cells centred in their rows (both tools' default);
* ``cv_sidebar_lang43_87`` — a Công văn whose numbered items stand beside a sidebar of figures (a
  borderless table of two prose cells) and whose sign-off names two signers side by side: no
  table.

Needs Chromium, LibreOffice, poppler's ``pdftotext`` and the fonts named; the files are
committed, so the tests need none.

    python3 tests/pdf_centred_lang43_87_build.py
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pdf_centred_lang42_build import print_both

FIXTURES = Path(__file__).parent / "fixtures"
PRINTED = FIXTURES / "tables43"


def main() -> None:
    for html in sorted(PRINTED.glob("*_lang43_87.html")):
        print_both(html, PRINTED)
        for mode, name in TEXTS[html.stem]:
            text = subprocess.run(
                ["pdftotext", mode, str(PRINTED / f"lo_{html.stem}.pdf"), "-"], check=True, capture_output=True
            ).stdout
            (FIXTURES / name).write_bytes(text)


TEXTS = {
    "kh_centred_merged_lang43_87": [
        ("-raw", "pdftotext_raw_centred_merged_lang43_87.txt"),
        ("-layout", "pdftotext_layout_centred_merged_lang43_87.txt"),
    ],
    "cv_sidebar_lang43_87": [("-layout", "pdftotext_layout_cv_sidebar_lang43_87.txt")],
}


if __name__ == "__main__":
    main()
