"""The end of a command's process (ndq57.cli._end_process): the output whole, the exit code kept,
the exit handlers run, and the interpreter's teardown (freeing every object of the parser one by
one) skipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

SRC = Path(__file__).resolve().parents[1] / "src"

# a process that runs ndq57's entry point (ndq57.cli.entry) as the console script does, with an exit handler and
# an object freed by the teardown, each saying so on stderr
ENTRY = (
    "import atexit, sys\n"
    "class Freed:\n"
    "    def __del__(self):\n"
    "        sys.stderr.write('teardown\\n')\n"
    "kept = Freed()\n"
    "atexit.register(lambda: sys.stderr.write('handler\\n'))\n"
    "sys.argv = ['ndq57', *sys.argv[1:]]\n"
    "from ndq57.cli import entry\n"
    "entry()\n"
)


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, encoding="utf-8", env=environ, timeout=120
    )


def test_a_parse_ends_without_the_teardown_its_output_whole() -> None:
    import ndq57

    fixture = FIXTURES / "party_tb_clean.txt"
    got = _run("parse", str(fixture), "-f", "json")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["deadlines"] == ndq57.parse_bytes(fixture.read_bytes()).to_dict()["deadlines"]
    assert got.stderr.splitlines() == ["handler"]  # the exit handler ran, the teardown did not


def test_the_exit_code_of_a_failure_is_kept(tmp_path: Path) -> None:
    got = _run("parse", str(tmp_path / "missing.txt"), env={"NDQ57_CACHE_DIR": "off"})
    assert got.returncode == 1
    lines = got.stderr.splitlines()
    assert "missing.txt" in lines[0] and lines[-1] == "handler" and "teardown" not in lines


def test_an_output_file_is_whole(tmp_path: Path) -> None:
    """A batch over a folder, two worker processes, written to a file: every record in it."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(FIXTURES.glob("*.txt"))[:12]:
        (folder / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out.jsonl"
    got = _run("parse", str(folder), "-f", "jsonl", "-j", "2", "-q", "-o", str(out))
    assert got.returncode == 0, got.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["source"]["path"]).name for r in rows) == sorted(p.name for p in folder.iterdir())
    assert got.stderr.splitlines()[-1:] == ["handler"]


def test_a_call_from_python_exits_as_usual() -> None:
    from ndq57.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0


def test_main_on_the_command_line_lets_its_caller_go_on() -> None:
    """``main()`` with no arguments reads the process's command line and raises SystemExit, which
    a program that calls it may catch and go on (the benchmark lists the modules a parse loaded)."""
    code = (
        "import io, contextlib, sys\n"
        "sys.argv = ['ndq57', 'parse', sys.argv[1], '-f', 'json']\n"
        "from ndq57.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as exc:\n"
        "        status = exc.code\n"
        "print('went on', status)\n"
    )
    got = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "party_tb_clean.txt")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
    )
    assert got.stdout.strip() == "went on 0", got.stderr
