"""Cold start: what a fresh ``ndq57 parse one.txt -f json`` builds once and keeps between
processes (the code of the dataclasses' methods), what it pauses (the garbage collector while
long-lived data is built) and what it does not import at all. No timing here: each saving is
checked by what it keeps, reads back or leaves out."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ndq57 import cache

SRC = Path(__file__).resolve().parents[1] / "src"

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nSố: 12/KH-UBND\n\nHòa Bình, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Rà soát nhà tạm\n\n1. Giao Sở Xây dựng chủ trì, báo cáo UBND tỉnh trước ngày 30/6/2026.\n"
    "2. Sở Tài chính bố trí kinh phí trong quý III/2026.\n"
)


def _record_class(doc: bool) -> type:
    class Due:
        what: str
        when: str | None = None
        owners: list[str] = dataclasses.field(default_factory=list)

    Due.__doc__ = "A stand-in record." if doc else None
    return Due


def _define(code: cache.Code, *, doc: bool = True) -> type:
    with code.generated():
        return dataclasses.dataclass(frozen=True, slots=True)(_record_class(doc))


def _define_plain(*, doc: bool = True) -> type:
    return dataclasses.dataclass(frozen=True, slots=True)(_record_class(doc))


def test_dataclass_methods_are_compiled_once_and_read_back(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cache.Code()
    Due = _define(first)
    a = Due("báo cáo", "2026-06-30")
    assert (a.what, a.when, a.owners) == ("báo cáo", "2026-06-30", [])
    assert a == Due("báo cáo", "2026-06-30") and a != Due("báo cáo")
    assert repr(a).endswith("Due(what='báo cáo', when='2026-06-30', owners=[])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.what = "x"  # type: ignore[misc]
    assert "exec" not in vars(dataclasses)  # the module is as it was after the block
    assert first._fresh  # compiled here, to be stored
    first.save()
    stored = list(cache_dir.glob("code-*.marshal"))
    assert len(stored) == 1 and not first._fresh

    # the next process: the same texts, their code read from the file, nothing compiled
    compiled: list[str] = []
    real_compile = compile

    def counting(source: str, *args: object, **kwargs: object) -> object:
        compiled.append(source)
        return real_compile(source, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.compile", counting)
    second = cache.Code()
    Again = _define(second)
    assert compiled == [] and not second._fresh
    b = Again("báo cáo", "2026-06-30", ["Sở Xây dựng"])
    assert (b.what, b.when, b.owners) == ("báo cáo", "2026-06-30", ["Sở Xây dựng"])
    assert repr(b).endswith("Due(what='báo cáo', when='2026-06-30', owners=['Sở Xây dựng'])")
    assert b != Again("báo cáo", "2026-06-30")


def test_methods_are_the_ones_dataclasses_makes(cache_dir: Path) -> None:
    """The methods compiled through the store are the plain ones, down to their annotations and
    the signature in the generated docstring (no __future__ flag of ndq57's modules leaks in)."""
    plain = _define_plain()
    for code in (cache.Code(), cache.Code()):  # compiled, then (after the save) read back
        kept = _define(code)
        code.save()
        assert kept.__init__.__annotations__ == plain.__init__.__annotations__  # type: ignore[misc]
        assert kept.__doc__ == plain.__doc__ == "A stand-in record."
        undocumented = _define(code, doc=False)
        assert undocumented.__doc__ == _define_plain(doc=False).__doc__
        assert "_type_" not in str(undocumented.__doc__) and "owners: 'list[str]'" in str(undocumented.__doc__)


def test_code_is_read_only_from_a_file_no_one_else_may_write(cache_dir: Path) -> None:
    first = cache.Code()
    _define(first)
    first.save()
    (path,) = cache_dir.glob("code-*.marshal")
    assert cache.read(path.name, own=True)
    if not hasattr(os, "geteuid"):
        return
    path.chmod(0o666)  # others may write it: its code is not run
    assert cache.read(path.name, own=True) is None
    assert cache.read(path.name) is not None  # (plain data would be read)
    again = cache.Code()
    assert again._load() == {}
    _define(again)  # compiled anew
    assert again._fresh


def test_generated_leaves_another_exec_in_place() -> None:
    """Inside another tool's hook (a name ``exec`` already in :mod:`dataclasses`), nothing is
    replaced, and the hook stays."""
    seen: list[str] = []

    def hook(source: str, globals: dict[str, object] | None = None, locals: object = None) -> None:
        seen.append(source)
        exec(source, globals, locals)

    dataclasses.exec = hook  # type: ignore[attr-defined]
    try:
        Due = _define(cache.Code())
        assert vars(dataclasses)["exec"] is hook and seen
        assert Due("x").what == "x"
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with cache.paused_gc():
        assert not gc.isenabled()
        with cache.paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # (the outer pause holds)
    assert gc.isenabled()
    gc.disable()
    try:
        with cache.paused_gc():
            pass
        assert not gc.isenabled()  # a collector turned off stays off
    finally:
        gc.enable()
    with pytest.raises(ValueError), cache.paused_gc():
        raise ValueError
    assert gc.isenabled()


def _modules_after(args: list[str], tmp_path: Path) -> tuple[str, list[str]]:
    """stdout of ``ndq57 ARGS`` in a fresh process (with the cache of the environment), and the
    modules it imported."""
    script = (
        "import sys\nfrom ndq57.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "print('\\x00' + ' '.join(sorted(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out, _, mods = proc.stdout.rpartition("\x00")
    return out, mods.split()


# what `parse FILE -f json` has no use for (PyYAML: only to read a data file missing from the cache)
NOT_FOR_JSON = (
    "rich",
    "dateutil",
    "ndq57.register",
    "ndq57.cli_register",
    "ndq57.export.yaml",
    "ndq57.export.csv",
    "ndq57.export.xlsx",
    "ndq57.export.ics",
    "ndq57.export.table",
    "ndq57.export.rows",
    "ndq57.readers.pdf",
    "ndq57.readers.docx",
    "ndq57.readers.doc",
    "ndq57.readers.ocr",
    "multiprocessing",
    "concurrent",
)


def test_parse_json_of_one_file_imports_only_what_it_uses(tmp_path: Path) -> None:
    """``parse FILE -f json`` in a fresh process imports neither rich, dateutil, the other
    exporters, the register nor the PDF/DOCX readers."""
    f = tmp_path / "plan.txt"
    f.write_text(PLAN, encoding="utf-8")
    out, mods = _modules_after(["parse", str(f), "-f", "json"], tmp_path)
    assert [d["due"] for d in json.loads(out)["deadlines"]][:1] == ["2026-06-30"]
    assert "ndq57.pipeline" in mods and "ndq57.export.json" in mods
    assert not [m for m in mods if m == "yaml" or m.startswith("yaml.")] or not cache.folder()
    assert not [m for m in mods if m.split(".")[0] in NOT_FOR_JSON or m.startswith(NOT_FOR_JSON)], mods


def test_dateutil_is_imported_when_a_month_is_counted() -> None:
    """The time grammar's module does not import dateutil: counting a month does."""
    import datetime as dt

    from ndq57.extract import timex

    assert "relativedelta" not in vars(timex)
    assert timex._add(dt.date(2026, 1, 31), 1, "month") == dt.date(2026, 2, 28)


def test_escape_gives_what_the_regex_module_gives() -> None:
    """The one-``translate`` escape of printable text is ``regex.escape``'s, character by
    character over the Basic Multilingual Plane and on whole phrases; other calls are its own."""
    import regex as regex_module

    from ndq57 import cached_regex

    bmp = "".join(map(chr, range(0x10000)))
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]  # (what the fast path relies on)
    for c in [*bmp[:0x3100], *spaces, "\U0001f600", "\U00010000"]:
        assert cached_regex.escape(c) == regex_module.escape(c), hex(ord(c))
    phrases = ["Sở Tài chính", "UBND tỉnh (Văn phòng)", "a.b*c+d?", "khoản 1-3; [x]", "Q.I/2026 {n}", "tab\there", "ạ\u00a0b"]
    for p in phrases:
        assert cached_regex.escape(p) == regex_module.escape(p)
        assert cached_regex.escape(p, literal_spaces=True) == regex_module.escape(p, literal_spaces=True)
        assert cached_regex.escape(p, special_only=False) == regex_module.escape(p, special_only=False)
    assert cached_regex.escape(b"a.b") == regex_module.escape(b"a.b") == b"a\\.b"


def test_one_input_parses_with_the_collector_paused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``parse FILE`` (one input: the process ends after it) parses with the garbage collector
    paused, and leaves it running."""
    from click.testing import CliRunner

    from ndq57 import batch
    from ndq57.cli import cli

    f = tmp_path / "plan.txt"
    f.write_text(PLAN, encoding="utf-8")
    seen: list[bool] = []
    real = batch.process

    def process(item: batch.InputItem, job: batch.Job) -> batch.Outcome:
        seen.append(gc.isenabled())
        return real(item, job)

    monkeypatch.setattr(batch, "process", process)
    res = CliRunner().invoke(cli, ["parse", str(f), "-f", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["deadlines"][0]["due"] == "2026-06-30"
    assert seen == [False] and gc.isenabled()


def _to_dict_plain(obj: object) -> object:
    """The record as the generic walk over ``dataclasses.fields`` makes it (the reference)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: _to_dict_plain(value)
            for f in dataclasses.fields(obj)
            if (value := getattr(obj, f.name)) is not None or not f.metadata.get("omit_none")
        }
    if isinstance(obj, list | tuple):
        return [_to_dict_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_dict_plain(v) for k, v in obj.items()}
    return obj


def test_record_dicts_are_the_fields_walk() -> None:
    """to_dict (each class's fields listed once) gives the dicts of the plain walk, keys in the
    same order, None left out where a field says so."""
    import ndq57
    from ndq57.model import Fix, to_dict

    doc = ndq57.parse(PLAN + "3. Sở Y tế báo cáo hằng tháng, trước ngày 25.\n")
    got, want = to_dict(doc), _to_dict_plain(doc)
    assert got == want and json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)
    assert to_dict([Fix("r", "a", "b", 1, 0, 1), (Fix, None), {"k": 1.5}]) == [
        {"rule": "r", "original": "a", "replacement": "b", "line": 1, "start": 0, "end": 1},
        [Fix, None],
        {"k": 1.5},
    ]
