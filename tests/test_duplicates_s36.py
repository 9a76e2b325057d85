"""A directive read from two files of one folder (its PDF and its DOCX, or two text copies): the row
commands list its rows once, note the second file as skipped, and list both with
--keep-duplicates; two directives with the same number but another date or issuer are both kept."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import FIXTURES
from ndq57.cli import cli

PLAN = FIXTURES / "ubnd_kh_schedule_steps_s36.txt"


def _invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "van-ban"
    root.mkdir()
    text = PLAN.read_text(encoding="utf-8")
    (root / "a-ke-hoach.txt").write_text(text, encoding="utf-8")
    # the same directive, copied again with its lines hard-wrapped differently
    (root / "b-ban-sao.md").write_text(text.replace("chủ trì, phối hợp", "chủ trì,\nphối hợp"), encoding="utf-8")
    # the same number, another date: another directive
    (root / "c-nam-sau.txt").write_text(text.replace("ngày 16 tháng 3 năm 2027", "ngày 16 tháng 3 năm 2028"), encoding="utf-8")
    return root


def test_same_directive_listed_once(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    got = _invoke("deadlines", str(root), "-f", "json", "-j", "1")
    assert got.exit_code == 0
    paths = sorted({Path(r["path"]).name for r in json.loads(got.stdout)})
    assert paths == ["a-ke-hoach.txt", "c-nam-sau.txt"]
    assert "b-ban-sao.md: skipped: the same directive as" in got.stderr
    assert "a-ke-hoach.txt" in got.stderr.split("b-ban-sao.md: skipped:")[1].splitlines()[0]
    assert "1 skipped" in got.stderr


def test_keep_duplicates(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    got = _invoke("tasks", str(root), "-f", "json", "-j", "1", "--keep-duplicates")
    assert got.exit_code == 0
    paths = {Path(r["path"]).name for r in json.loads(got.stdout)}
    assert paths == {"a-ke-hoach.txt", "b-ban-sao.md", "c-nam-sau.txt"}
    assert "skipped" not in got.stderr


def test_parse_keeps_every_record(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    got = _invoke("parse", str(root), "-f", "jsonl", "-j", "1")
    assert got.exit_code == 0
    assert len(got.stdout.splitlines()) == 3
