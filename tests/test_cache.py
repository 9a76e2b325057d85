"""The cache between processes (ndq57.cache): compiled patterns and language data are stored,
read back the same, never stale, and a cache that cannot be written is no error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ndq57 import cache, patterns
from ndq57.data import _parse_yaml, load

SRC = Path(__file__).resolve().parents[1] / "src"


def test_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    assert cache.folder() == str(tmp_path)
    for off in ("", "0", "off", "OFF", "none"):
        monkeypatch.setenv(cache.ENV, off)
        assert cache.folder() is None
    monkeypatch.delenv(cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == str(tmp_path / "xdg" / "ndq57")


def test_write_then_read(cache_dir: Path) -> None:
    value = {"a": [1, 2.5, "ba"], "b": (None, True), "c": {"x": b"\x00"}}
    assert cache.write("one.marshal", value)
    assert cache.read("one.marshal") == value
    assert cache.read("missing.marshal") is None
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_trie_sources_are_built_once_and_read_back(cache_dir: Path) -> None:
    """A trie's source is built in the first process and read by the next (a new store standing
    for it), with None (no trie can stand for the phrases) kept as well."""
    from ndq57 import cached_regex as regex
    from ndq57 import textutil

    built: list[int] = []

    def build(n: int) -> str | None:
        built.append(n)
        return None if n == 2 else f"(?:x{n})"

    first = patterns.Sources(textutil.__file__)
    assert [first.get(f"k{n}", lambda n=n: build(n)) for n in (1, 2, 1)] == ["(?:x1)", None, "(?:x1)"]
    assert built == [1, 2]
    first.save()
    second = patterns.Sources(textutil.__file__)
    assert [second.get(f"k{n}", lambda n=n: build(n)) for n in (1, 2)] == ["(?:x1)", None]
    assert built == [1, 2]  # (nothing built again)
    # a changed builder reads another file; one whose source cannot be read builds every time
    changed = cache_dir / "builder.py"
    changed.write_bytes(Path(textutil.__file__).read_bytes() + b"\n")
    assert patterns.Sources(str(changed)).get("k1", lambda: build(3)) == "(?:x3)"
    gone = patterns.Sources(str(cache_dir / "missing.py"))
    assert gone.get("k1", lambda: build(4)) == "(?:x4)" and built == [1, 2, 3, 4]
    before = sorted(p.name for p in cache_dir.iterdir())
    gone.save()
    assert sorted(p.name for p in cache_dir.iterdir()) == before
    phrases = [["Ban", "Chỉ", "đạo"], ["Ban"], ["Bộ"]]
    assert textutil.trie(phrases, blank=r"\s+") == textutil._trie([tuple(p) for p in phrases], r"\s+", regex.escape, False)


def test_unwritable_or_damaged_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))  # a folder that cannot be made
    assert cache.write("one.marshal", [1]) is False
    assert cache.read("one.marshal") is None
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    (tmp_path / "cut.marshal").write_bytes(b"\xdb\x03\x00")  # cut short
    assert cache.read("cut.marshal") is None
    assert cache.write("odd.marshal", object()) is False  # not plain data


@pytest.mark.parametrize(
    ("make", "flags", "samples"),
    [
        (patterns._re_store, 0, ["12/3/2026", "ngày 5/10/2025 và 1/1/2026", "không"]),
        (patterns._regex_store, 0, ["Quý IV năm 2026", "quý   ii", "UBND tỉnh"]),
        (patterns._regex_store, 2, ["QUÝ IV", "Quý iv", "tháng"]),  # IGNORECASE
    ],
)
def test_stored_patterns_behave_as_compiled(cache_dir: Path, make, flags: int, samples: list[str]) -> None:  # type: ignore[no-untyped-def]
    if make is patterns._re_store:
        source = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(\d{4}))?"
    else:
        source = r"(?<!\p{L})(?P<q>quý)\s+(?P<n>[IV]+)(?!\p{L})"
    first = make()
    fresh = first.compile(source, flags)
    first.save()
    stored = list(cache_dir.glob(f"patterns-{first.name}-*.marshal"))
    assert len(stored) == 1
    second = make()  # another process: reads the stored arguments
    recorded: list[str] = []
    second._record = lambda p, f: (recorded.append(p), first._record(p, f))[1]  # type: ignore[method-assign]
    again = second.compile(source, flags)
    assert recorded == []  # not compiled again
    assert again is not fresh
    assert (again.pattern, again.flags, again.groupindex, again.groups) == (
        fresh.pattern,
        fresh.flags,
        fresh.groupindex,
        fresh.groups,
    )
    for s in samples:
        a, b = again.search(s), fresh.search(s)
        assert (a and (a.span(), a.groups(), a.groupdict())) == (b and (b.span(), b.groups(), b.groupdict()))
        assert again.sub("<\\g<0>>", s) == fresh.sub("<\\g<0>>", s)


def test_a_full_store_gives_way_to_the_patterns_in_use(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store filled by other builds (a checkout between versions) still keeps what this process
    compiles: entries no process of this build used are dropped first."""
    monkeypatch.setattr(patterns, "MAX_STORED", 5)
    old = patterns._re_store()
    for i in range(5):
        old.compile(rf"stale{i}\d+")
    old.save()
    current = patterns._re_store()
    kept = current.compile(r"stale0\d+")  # read from the store, in use
    assert kept.match("stale012")
    fresh_source = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})"
    current.compile(fresh_source)
    current.save()
    on_disk = cache.read(current._file)
    assert isinstance(on_disk, dict) and len(on_disk) == 5
    assert (fresh_source, 0) in on_disk and (r"stale0\d+", 0) in on_disk
    later = patterns._re_store()  # the next process reads it instead of compiling
    recorded: list[str] = []
    later._record = lambda p, f: (recorded.append(p), current._record(p, f))[1]  # type: ignore[method-assign]
    assert later.compile(fresh_source).match("3/12").group("m") == "12"
    assert recorded == []


def test_data_files_read_back_the_same(cache_dir: Path) -> None:
    import pkgutil

    for name in ("units", "slips", "timewords", "deadline_words", "doctypes"):
        raw = pkgutil.get_data("ndq57.data", f"{name}.yaml")
        assert raw is not None
        expected = _parse_yaml(raw)
        assert load.__wrapped__(name) == expected  # parsed, and stored
        assert list(cache_dir.glob(f"data-{name}-*.marshal"))
        assert load.__wrapped__(name) == expected  # read from the cache


def test_parse_with_the_cache_off_or_unwritable(tmp_path: Path) -> None:
    """Fresh processes with no cache folder, an unwritable one, an empty one and a filled one
    give the same record."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = (
        "import json, ndq57; d = ndq57.parse('Số 01-TB/VP\\n\\nTHÔNG BÁO\\n\\n1. Giao Sở Tài chính báo cáo trước "
        "ngày 15/3/2026.'); print(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True))"
    )
    outputs = []
    for setting in ("off", str(blocker / "c"), str(tmp_path / "c"), str(tmp_path / "c")):
        env = {**os.environ, cache.ENV: setting, "PYTHONPATH": str(SRC)}
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outputs.append(json.loads(proc.stdout))
    assert outputs[0]["deadlines"][0]["due"] == "2026-03-15"
    assert all(o == outputs[0] for o in outputs)
    assert list((tmp_path / "c").glob("patterns-*.marshal")) and list((tmp_path / "c").glob("data-*.marshal"))


def test_a_source_changed_since_the_start_is_neither_read_nor_stored(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process whose builder's source file was written after it started may run older code
    than the file holds: it builds the value each time, stores nothing under the new file's
    digest, and reads nothing another process stored under it."""
    module = tmp_path / "builder.py"
    module.write_text("# the code this process runs\n", encoding="utf-8")
    _new_process(monkeypatch)
    assert cache.kept("demo", lambda: {"old": 1}, sources=[str(module)]) == {"old": 1}
    module.write_text("# edited while the process runs\n", encoding="utf-8")
    os.utime(module, (cache._STARTED + 5, cache._STARTED + 5))
    cache._digests.clear()  # (the file not read yet by this process)
    assert cache.kept("demo", lambda: {"old": 2}, sources=[str(module)]) == {"old": 2}
    assert len(list(cache_dir.glob("demo-*.marshal"))) == 1  # (only the first version's)
    _new_process(monkeypatch)  # a process started after the edit: stores and reads as usual
    monkeypatch.setattr(cache, "_STARTED", cache._STARTED + 10)
    assert cache.kept("demo", lambda: {"new": 1}, sources=[str(module)]) == {"new": 1}
    assert cache.kept("demo", lambda: {"never": 0}, sources=[str(module)]) == {"new": 1}
    assert len(list(cache_dir.glob("demo-*.marshal"))) == 2
    # the trie sources' file (ndq57.patterns.Sources) is keyed by its builder the same way
    from ndq57.patterns import Sources

    fresh = Sources(str(module))
    monkeypatch.setattr(cache, "_STARTED", cache._STARTED - 20)
    cache._digests.clear()
    assert fresh.get("k", lambda: "built") == "built" and fresh._file == ""


def test_parallel_writers_leave_whole_files(cache_dir: Path) -> None:
    code = (
        "import sys; from ndq57 import cache\n"
        "for i in range(30):\n"
        "    cache.write('shared.marshal', {'writer': sys.argv[1], 'items': list(range(20000))})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(k)], env=env) for k in range(2)]
    seen = 0
    while any(p.poll() is None for p in procs):
        got = cache.read("shared.marshal")
        if got is not None:
            assert got["items"] == list(range(20000))  # never half a file
            seen += 1
    assert all(p.wait() == 0 for p in procs)
    assert cache.read("shared.marshal")["writer"] in ("0", "1")
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".")]


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a process started now knows of the source files: nothing yet."""
    cache._digests.clear()
    monkeypatch.setattr(cache, "_STARTED", time.time())


def test_derived_values_are_kept_and_never_stale(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cache.kept builds a value once and the next call (another process) reads it back; a
    changed source file keys another file; a value marshal would not give back as it was (a named
    tuple) is built every time instead of stored."""
    from collections import namedtuple

    module = tmp_path / "builder.py"
    module.write_text("# first version\n", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, frozenset[str]]:
        built.append(1)
        return {"a": frozenset({"x", "y"}), "b": frozenset()}

    _new_process(monkeypatch)
    first = cache.kept("demo", build, data=["numbering"], sources=[str(module)])
    _new_process(monkeypatch)
    second = cache.kept("demo", build, data=["numbering"], sources=[str(module)])
    assert first == second and len(built) == 1
    module.write_text("# second version\n", encoding="utf-8")
    _new_process(monkeypatch)
    assert cache.kept("demo", build, data=["numbering"], sources=[str(module)]) == first
    assert len(built) == 2

    pair = namedtuple("pair", "a b")
    made: list[int] = []

    def build_pair() -> Any:
        made.append(1)
        return pair(1, 2)

    assert isinstance(cache.kept("pair", build_pair), pair)
    assert isinstance(cache.kept("pair", build_pair), pair) and len(made) == 2
    assert not cache.plain(pair(1, 2)) and cache.plain({"a": [1, (2.5, None)], "b": {b"x"}})
    # encode/decode: a value stored as plain data and made again when read
    assert cache.kept("pair2", build_pair, encode=tuple, decode=lambda v: pair(*v)) == pair(1, 2)
    assert isinstance(cache.kept("pair2", build_pair, encode=tuple, decode=lambda v: pair(*v)), pair)
    assert len(made) == 3
