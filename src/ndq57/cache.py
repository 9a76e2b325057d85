"""What ndq57 builds once and keeps between processes: compiled patterns and the language data
read from YAML, so that a fresh ``ndq57 parse one.txt`` does not compile and read them again.

The folder is ``$NDQ57_CACHE_DIR`` when set (empty, ``0`` or ``off``: no folder, everything is
built in memory), else ``$XDG_CACHE_HOME/ndq57``, else ``~/.cache/ndq57`` (on Windows
``%LOCALAPPDATA%/ndq57``). Every file is named by a key that covers what it was built from (the
data files' hashes, the versions of Python, ``re``, ``regex`` and ndq57), so a file is never
stale: a changed input reads another file. Files are written whole under a temporary name, then
renamed (processes running in parallel never see half a file), in the ``marshal`` format (plain
data only; nothing in it is run). Any failure — a folder that cannot be made or written, a file
cut short — falls back to building in memory; the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from typing import Any

ENV = "NDQ57_CACHE_DIR"
_OFF = ("", "0", "off", "no", "none", "false")


def folder() -> str | None:
    """The cache folder (not created here), or None when the cache is turned off. (Paths are
    strings: pathlib's import alone would cost a cold start more than reading the cache.)"""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else value
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    ) or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home folder ('~' left as is) or a relative setting
        return None
    return os.path.join(base, "ndq57")


def read(name: str) -> Any:
    """The value stored under ``name``, or None (no folder, no file, or a file not readable)."""
    where = folder()
    if where is None:
        return None
    try:
        with open(os.path.join(where, name), "rb") as fh:
            data = fh.read()  # (marshal.load on the file reads it in many small pieces: slower)
        return marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(name: str, value: Any) -> bool:
    """Store ``value`` (plain data: str, int, float, bytes, bool, None, and lists, tuples, dicts
    and sets of them) under ``name``: written to a temporary file, then renamed. False when it
    could not be stored (no folder, not writable, not plain data)."""
    where = folder()
    if where is None:
        return False
    import tempfile  # (only when writing: a cold start that finds its files does not pay for it)

    try:
        data = marshal.dumps(value)
        os.makedirs(where, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=where)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, os.path.join(where, name))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return False
    return True
