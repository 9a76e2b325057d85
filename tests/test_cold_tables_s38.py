"""Cold start of the tables, header, sections and layout readers: what they keep between processes
(``cache.kept``) is what they would build, and a plain text does not import the OCR table reader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ndq57.parse import header, layout, sections, tables

FIXTURE = Path(__file__).parent / "fixtures" / "party_tb_clean.txt"


def test_table_words_are_the_built_ones() -> None:
    parts = tables._word_parts()
    assert tables._word_data() == parts
    w = tables._words()
    assert [w.roles.pattern, w.time.pattern, w.unit.pattern, w.vague.pattern, w.group.pattern] == list(parts[2:7])
    assert w.bare_roles.pattern == parts[8]
    assert (w.role_of, w.index, w.ditto, w.bare_role_of) == (parts[0], parts[1], parts[7], parts[9])


def test_ocr_opening_is_the_built_one() -> None:
    from ndq57.parse import ocr_tables

    assert tables._ocr_opening() == ocr_tables.opening()


def test_header_patterns_compile_from_their_sources() -> None:
    sources = header._rx_sources()
    rx = header._rx()
    for name, (source, flags) in sources.items():
        assert rx[name].pattern == source
        assert rx[name].flags & flags == flags
    assert header._opener_words()[0] is rx["attachment_opener"]
    assert header._title_head_start() is rx["title_head_start"]


def test_layout_and_sections_sources_are_the_built_ones() -> None:
    assert layout._anchor_pattern().pattern == "".join(layout._anchor_branches())
    assert dict(sections._pattern_words())["FORMS"]


def test_plain_text_does_not_import_the_ocr_reader(tmp_path: Path) -> None:
    code = (
        "import sys; import ndq57.pipeline as P; "
        f"P.parse_bytes(open({str(FIXTURE)!r}, 'rb').read()); "
        "print('ndq57.parse.ocr_tables' in sys.modules)"
    )
    env = {**os.environ, "NDQ57_CACHE_DIR": str(tmp_path)}
    # (the first process builds the kept values, with the reader; the next one reads them back)
    seen = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.strip()
        for _ in range(2)
    ]
    assert seen[1] == "False"
