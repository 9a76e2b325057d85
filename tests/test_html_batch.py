"""Folder runs pick up saved web pages (``*.html``, ``*.htm``, ``*.mht``, ``*.mhtml``) and skip the
``NAME_files`` folder a browser saves beside ``NAME.html`` with the page's parts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from ndq57.batch import discover
from ndq57.cli import cli

HTML = Path(__file__).parent / "fixtures" / "html"


def _touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_web_pages_found_and_saved_parts_skipped(tmp_path: Path) -> None:
    for rel in (
        "kh12.html",
        "kh12_files/frame.htm",  # the parts of kh12.html
        "kh12_files/style.css",
        "CV 5.HTM",
        "CV 5_files/inner.html",  # the parts of "CV 5.HTM" (names compared without case)
        "archive/tb3.mht",
        "archive/tb4.mhtml",
        "scans_files/kept.htm",  # no page "scans.html" beside it: an ordinary folder
        "notes.css",
    ):
        _touch(tmp_path / rel)
    got = [item.rel for item in discover([str(tmp_path)])]
    assert got == ["CV 5.HTM", "archive/tb3.mht", "archive/tb4.mhtml", "kh12.html", "scans_files/kept.htm"]


def test_folder_run_reads_a_saved_page(tmp_path: Path) -> None:
    shutil.copy(HTML / "web_library_kh.html", tmp_path / "kh.html")
    _touch(tmp_path / "kh_files" / "menu.htm", "<html><body><p>Trang chủ</p></body></html>")
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["kh.html"]
    assert records[0]["source"]["looks_like_directive"] is True
    assert records[0]["deadlines"]
