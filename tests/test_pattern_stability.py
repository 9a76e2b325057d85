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
    return len(patterns.RE._patterns) + len(patterns.REGEX._patterns) + len(patterns.SOURCES._stored or ())
paths = sorted(glob.glob(sys.argv[1] + "/*.txt"))
if sys.argv[2] == "read-only":
    names = set(open(sys.argv[3], encoding="utf-8").read().split("\\n"))
    paths = [p for p in paths if p.rsplit("/", 1)[-1] in names]
new = []
for p in paths:
    before = asked()
    ndq57.parse(open(p, encoding="utf-8").read())
    if asked() > before:
        new.append(p.rsplit("/", 1)[-1])
if sys.argv[2] == "store":
    open(sys.argv[3], "w", encoding="utf-8").write("\\n".join(new))
keys = sorted(repr(k) for s in (patterns.RE, patterns.REGEX) for k in s._patterns)
keys += sorted(patterns.SOURCES._load())  # (the trie sources' digests: the same in every process too)
print(len(keys)); print("\\n".join(keys))
"""


def _compiled(seed: str, cache: Path, mode: str, names: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NDQ57_CACHE_DIR": str(cache)}
    cmd = [sys.executable, "-c", SCRIPT, str(FIXTURES), mode, str(names)]
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def test_the_compiled_patterns_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Each process finds the patterns stored before it instead of compiling them again (~1 s less
    # each): the first in a copy of this process's pattern files, where it stores what it compiles;
    # the second, under another hash seed, in a copy of the first's. What is compared are the
    # patterns each process asked for, stored or not: one built in hash order would be another key
    # in the second process. The trie sources and the other cached files are not passed on (each
    # process builds them itself: they decide which patterns are asked for).
    # The first process reads every fixture and names those that asked for a pattern or built a
    # trie source no fixture before them had (a quarter of the text); the second reads only
    # those: every pattern and source is asked for by the first fixture that needs it, whatever
    # was read before it (what a parse asks for depends on its text, not on the documents read
    # before), so the second process asks for each one too, and one built in hash order shows.
    (tmp_path / "a").mkdir()
    where = cache.folder()  # (this process's cache folder: its stored patterns spare compiles too)
    for path in Path(where).glob("patterns-*.marshal") if where else []:
        shutil.copy(path, tmp_path / "a" / path.name)
    names = tmp_path / "names.txt"
    first = _compiled("1", tmp_path / "a", "store", names)
    assert int(first.split("\n", 1)[0]) > 100
    asking = names.read_text(encoding="utf-8").split("\n")
    assert 10 < len(asking) < len(list(FIXTURES.glob("*.txt")))
    stored = list((tmp_path / "a").glob("patterns-*.marshal"))
    assert stored
    (tmp_path / "b").mkdir()
    for path in stored:  # (only the patterns: the other files of the cache spare compiles of their own)
        shutil.copy(path, tmp_path / "b" / path.name)
    assert _compiled("2", tmp_path / "b", "read-only", names) == first
