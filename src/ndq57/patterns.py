"""Compiled patterns kept between processes.

Compiling ndq57's patterns (a few hundred, one of them the 15 KB time grammar) takes the
pure-Python compilers of ``re`` and ``regex`` most of a cold start. Both compilers end in one
call to their C engine (``_sre.compile`` and ``_regex.compile``) with plain data: the pattern,
its flags, the compiled code (a list of integers) and the group names. Those arguments are
recorded when a pattern is first compiled and stored in the cache (:mod:`ndq57.cache`), keyed by
the versions of Python, ``re`` and ``regex``; the next process hands them straight to the engine.
Whatever goes wrong (an engine that takes other arguments, a cache that cannot be read) falls
back to compiling as usual.

The modules :mod:`ndq57.cached_re` and :mod:`ndq57.cached_regex` stand in for ``re`` and
``regex`` in ndq57's own modules (``from ndq57 import cached_regex as regex``); only patterns
compiled with their ``compile`` are stored (patterns made from a document's words, through the
module-level ``search``, ``sub``... are kept for the process only).
"""

from __future__ import annotations

import array
import hashlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from ndq57 import __version__, cache

# at most this many stored patterns per engine (a guard: ndq57 itself has a few hundred)
MAX_STORED = 1500
_lock = threading.RLock()


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (flags, opcodes) made plain ints, for ``marshal``."""
    if value is None or isinstance(value, str | bool | float | bytes):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, frozenset):
        return frozenset(_plain(v) for v in value)
    raise ValueError(f"not plain data: {type(value).__name__}")


def _packed(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The engine's arguments with the compiled code (the third, a long list of integers) as the
    bytes of an array: ``marshal`` reads bytes twenty times faster than a list of integers."""
    code = args[2]
    if not isinstance(code, list):
        raise ValueError("no code list")
    for typecode in ("I", "q"):
        try:
            return (*args[:2], (typecode, array.array(typecode, code).tobytes()), *args[3:])
        except OverflowError:
            continue
    return args


def _unpacked(args: tuple[Any, ...]) -> tuple[Any, ...]:
    code = args[2]
    if isinstance(code, tuple):
        typecode, raw = code
        values = array.array(typecode)
        values.frombytes(raw)
        return (*args[:2], values.tolist(), *args[3:])
    return args


class _Recorder:
    """Stands in for an engine module while one pattern compiles, and records the arguments of
    its ``compile`` (only the calls of the thread that set it up)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.thread = threading.get_ident()
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self.thread:
            self.args = args
        return self.engine.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


class Store:
    """The compiled patterns of one engine: those of this process, and the arguments stored for
    the engine's ``compile`` (read from the cache at the first compile)."""

    def __init__(
        self,
        name: str,
        owner: Any,
        attribute: str,
        compile_fn: Callable[[str, int], Any],
        version: str,
    ) -> None:
        self.name = name  # "re" | "regex"
        self._owner = owner  # the module that calls the engine (re._compiler, regex._main)
        self._attribute = attribute  # its name for the engine (_sre, _regex)
        self._compile = compile_fn  # compiles without the library's own cache
        self._version = version
        self._patterns: dict[tuple[str, int], Any] = {}
        self._stored: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self._used: set[tuple[str, int]] = set()  # stored entries this process compiled from
        self._fresh: dict[tuple[str, int], tuple[Any, ...]] = {}  # recorded, not yet saved
        self._file = ""

    # -- the stored arguments
    def _load(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        if self._stored is None:
            key = f"{sys.version}|{self._version}|{__version__}"
            self._file = f"patterns-{self.name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"
            got = cache.read(self._file)
            self._stored = got if isinstance(got, dict) else {}
        return self._stored

    def compile(self, pattern: str, flags: int = 0) -> Any:
        key = (pattern, int(flags))
        got = self._patterns.get(key)
        if got is not None:
            return got
        with _lock:
            stored = self._load()
            args = stored.get(key)
            if args is not None:
                try:
                    got = getattr(self._owner, self._attribute).compile(*_unpacked(args))
                    self._used.add(key)
                except Exception:  # another engine than the one that stored it: compile again
                    got = None
            if got is None:
                got, args = self._record(pattern, int(flags))
                if args is not None:
                    self._fresh[key] = args
            self._patterns[key] = got
        return got

    def _record(self, pattern: str, flags: int) -> tuple[Any, tuple[Any, ...] | None]:
        engine = getattr(self._owner, self._attribute, None)
        if engine is None or isinstance(engine, _Recorder):
            return self._compile(pattern, flags), None
        recorder = _Recorder(engine)
        setattr(self._owner, self._attribute, recorder)
        try:
            compiled = self._compile(pattern, flags)
        finally:
            setattr(self._owner, self._attribute, engine)
        try:
            args = _packed(_plain(recorder.args)) if recorder.args is not None else None
        except (ValueError, TypeError):
            args = None
        return compiled, args

    def save(self) -> None:
        """Store the patterns compiled since the last save, merged with what another process
        stored meanwhile. At most :data:`MAX_STORED` are kept: those this process compiled or
        read come first, so a store filled by other builds of ndq57 (a source checkout between
        versions) gives way to the patterns in use instead of refusing them."""
        if not self._fresh:
            return
        with _lock:
            stored = self._load()
            merged = dict(self._fresh)
            for k in self._used:
                if k in stored:
                    merged.setdefault(k, stored[k])
            on_disk = cache.read(self._file)
            for other in (on_disk if isinstance(on_disk, dict) else {}, stored):
                for k, v in other.items():
                    if len(merged) >= MAX_STORED:
                        break
                    merged.setdefault(k, v)
            if len(merged) > MAX_STORED:  # (more in use than the limit: the first ones)
                merged = dict(list(merged.items())[:MAX_STORED])
            cache.write(self._file, merged)
            self._stored = merged
            self._used.update(k for k in self._fresh if k in merged)
            self._fresh.clear()


def _re_store() -> Store:
    import importlib
    import re

    compiler: Any = importlib.import_module("re._compiler")  # the module that calls _sre.compile
    sre: Any = importlib.import_module("_sre")

    def compile_re(pattern: str, flags: int) -> Any:
        internal = getattr(compiler, "compile", None)
        return internal(pattern, flags) if internal is not None else re.compile(pattern, flags)

    version = f"{getattr(sre, 'MAGIC', '')}|{getattr(sre, 'CODESIZE', '')}"
    return Store("re", compiler, "_sre", compile_re, version)


def _regex_store() -> Store:
    import regex
    import regex._main  # the module that calls _regex.compile

    def compile_regex(pattern: str, flags: int) -> Any:
        internal = getattr(regex._main, "_compile", None)
        if internal is None:
            return regex.compile(pattern, flags)
        return internal(pattern, flags, False, {}, False)  # (ignore_unused, named lists, cache_it)

    return Store("regex", regex._main, "_regex", compile_regex, str(regex.__version__))


class Sources:
    """Pattern sources built from word lists (:func:`ndq57.textutil.trie`: a few hundred, rebuilt
    character by character), by a digest of what they were built from: a fresh process reads
    them instead of building them again, then finds the compiled patterns by those sources. The
    file's name covers the source of the module that builds them (``builder``), the versions of
    Python and ndq57: a changed builder reads another file."""

    def __init__(self, builder: str) -> None:
        self._builder = builder  # the source file of the code that builds them (part of the key)
        self._stored: dict[str, str | None] | None = None
        self._fresh: dict[str, str | None] = {}
        self._file = ""  # (empty: nothing is read or saved)

    def _load(self) -> dict[str, str | None]:
        if self._stored is None:
            self._stored = {}
            code = cache.source_digest(self._builder)
            if code is None:  # no source beside the module, or one changed since the start: build every time
                return self._stored
            key = hashlib.sha256(b"|".join([code, sys.version.encode(), __version__.encode()])).hexdigest()[:16]
            self._file = f"sources-{key}.marshal"
            got = cache.read(self._file)
            if isinstance(got, dict):
                self._stored = got
        return self._stored

    def get(self, digest: str, build: Callable[[], str | None]) -> str | None:
        """The source stored under ``digest``, else ``build()``'s (kept to be saved)."""
        with _lock:
            stored = self._load()
            if digest in stored:
                return stored[digest]
            value = stored[digest] = self._fresh[digest] = build()
            return value

    def save(self) -> None:
        """Store the sources built since the last save, beside those another process stored (at
        most :data:`MAX_STORED`: the ones built here first)."""
        if not self._fresh or not self._file:
            return
        with _lock:
            merged: dict[str, str | None] = dict(self._fresh)
            on_disk = cache.read(self._file)
            for k, v in (on_disk if isinstance(on_disk, dict) else {}).items():
                if len(merged) >= MAX_STORED:
                    break
                merged.setdefault(k, v)
            cache.write(self._file, merged)
            self._fresh.clear()


RE = _re_store()
REGEX = _regex_store()
SOURCES = Sources(os.path.join(os.path.dirname(os.path.abspath(__file__)), "textutil.py"))


def save() -> None:
    """Store the patterns compiled (and the sources built, the code of the dataclasses) by this
    process since the last call (cheap when none were)."""
    RE.save()
    REGEX.save()
    SOURCES.save()
    cache.CODE.save()
