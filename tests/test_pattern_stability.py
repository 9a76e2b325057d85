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
for p in sorted(glob.glob(sys.argv[1] + "/*.txt")):
    ndq57.parse(open(p, encoding="utf-8").read())
keys = sorted(repr(k) for s in (patterns.RE, patterns.REGEX) for k in s._patterns)
keys += sorted(patterns.SOURCES._load())  # (the trie sources' digests: the same in every process too)
print(len(keys)); print("\\n".join(keys))
"""


def _compiled(seed: str, cache: Path, mode: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NDQ57_CACHE_DIR": str(cache)}
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(FIXTURES), mode], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


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
    first = _compiled("1", tmp_path / "a", "store")
    assert int(first.split("\n", 1)[0]) > 100
    stored = list((tmp_path / "a").glob("patterns-*.marshal"))
    assert stored
    (tmp_path / "b").mkdir()
    for path in stored:  # (only the patterns: the other files of the cache spare compiles of their own)
        shutil.copy(path, tmp_path / "b" / path.name)
    assert _compiled("2", tmp_path / "b", "read-only") == first
