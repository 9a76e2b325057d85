"""The patterns a parse compiles, and the digests of the trie sources it builds, are the same in
every process, whatever the hash seed: a pattern built by iterating a set in hash order would
miss the pattern cache on each start (and write it again), which costs a fresh process tens of
milliseconds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ndq57 import cache

FIXTURES = Path(__file__).parent / "fixtures"

SCRIPT = """
import sys, glob
from ndq57 import patterns
if sys.argv[2] == "read-only":
    patterns.Store.save = lambda self: None
patterns.SOURCES.save = lambda: None  # (its stored digests are what is compared: this run's own)
import ndq57
def asked():
    return len(patterns.RE._patterns) + len(patterns.REGEX._patterns) + len(patterns.SOURCES._load())
paths = sys.argv[3].split("|") if len(sys.argv) > 3 else sorted(glob.glob(sys.argv[1] + "/*.txt"))
growing = []
for p in paths:
    before = asked()
    ndq57.parse(open(p, encoding="utf-8").read())
    if asked() > before:
        growing.append(p)
keys = sorted(repr(k) for s in (patterns.RE, patterns.REGEX) for k in s._patterns)
keys += sorted(patterns.SOURCES._load())  # (the trie sources' digests: the same in every process too)
print("|".join(growing)); print(len(keys)); print("\\n".join(keys))
"""


def _compiled(seed: str, cache: Path, mode: str, paths: list[str] | None = None) -> tuple[list[str], str]:
    """The documents that asked for patterns no document before them had asked for, and the
    count and keys of the patterns and trie sources asked for."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "NDQ57_CACHE_DIR": str(cache)}
    args = [sys.executable, "-c", SCRIPT, str(FIXTURES), mode, *(["|".join(paths)] if paths is not None else [])]
    run = subprocess.run(args, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    growing, keys = run.stdout.split("\n", 1)
    return growing.split("|"), keys


def test_the_compiled_patterns_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Each process finds the patterns stored before it instead of compiling them again (~1 s less
    # each): the first in a copy of this process's pattern files, where it stores what it compiles;
    # the second, under another hash seed, in a copy of the first's. What is compared are the
    # patterns each process asked for, stored or not: one built in hash order would be another key
    # in the second process. The trie sources and the other cached files are not passed on (each
    # process builds them itself: they decide which patterns are asked for).
    (tmp_path / "a").mkdir()
    where = cache.folder()  # (this process's cache folder: its stored patterns spare compiles too)
    for path in Path(where).glob("patterns-*.marshal") if where else []:
        shutil.copy(path, tmp_path / "a" / path.name)
    growing, first = _compiled("1", tmp_path / "a", "store")
    assert int(first.split("\n", 1)[0]) > 100
    assert 0 < len(growing) < len(list(FIXTURES.glob("*.txt")))
    stored = list((tmp_path / "a").glob("patterns-*.marshal"))
    assert stored
    (tmp_path / "b").mkdir()
    for path in stored:  # (only the patterns: the other files of the cache spare compiles of their own)
        shutil.copy(path, tmp_path / "b" / path.name)
    # The second reads only the documents that made the first ask for patterns it had not asked
    # for before (about one in five): they ask for every pattern the first asked for, each built
    # as that process built it unless its building depends on the hash seed.
    assert _compiled("2", tmp_path / "b", "read-only", growing)[1] == first
