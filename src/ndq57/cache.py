"""What ndq57 builds once and keeps between processes: compiled patterns and the language data
read from YAML, so that a fresh ``ndq57 parse one.txt`` does not compile and read them again.

The folder is ``$NDQ57_CACHE_DIR`` when set (empty, ``0`` or ``off``: no folder, everything is
built in memory), else ``$XDG_CACHE_HOME/ndq57``, else ``~/.cache/ndq57`` (on Windows
``%LOCALAPPDATA%/ndq57``). Every file is named by a key that covers what it was built from (the
data files' hashes, the versions of Python, ``re``, ``regex`` and ndq57), so a file is never
stale: a changed input reads another file. Files are written whole under a temporary name, then
renamed (processes running in parallel never see half a file), in the ``marshal`` format (plain
data, nothing in it is run; but for the code objects of :class:`Code`, read only from this user's
own files). Any failure — a folder that cannot be made or written, a file cut short — falls back
to building in memory; the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import CodeType, FunctionType
from typing import Any, TypeVar

T = TypeVar("T")

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


def read(name: str, *, own: bool = False) -> Any:
    """The value stored under ``name``, or None (no folder, no file, or a file not readable).
    With ``own`` (a file that holds code, see :class:`Code`), only a file of this
    user that no one else may write is read."""
    where = folder()
    if where is None:
        return None
    try:
        with open(os.path.join(where, name), "rb") as fh:
            if own and not _own(fh.fileno()):
                return None
            data = fh.read()  # (marshal.load on the file reads it in many small pieces: slower)
        with paused_gc():
            return marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused (when it ran): while what is built lives as long as the
    process (a module's classes and functions, data read from the cache), the collector would
    only walk it again and again — for a cold start, a tenth of its time. Nothing of what is
    built is garbage; the collector runs again at the end."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _own(fd: int) -> bool:
    """The open file is this user's and neither its group nor others may write it (where the
    system has no owners, never)."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return False
    st = os.fstat(fd)
    return st.st_uid == geteuid() and not st.st_mode & 0o022


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


_PLAIN_LEAVES = (str, int, float, bool, bytes, type(None))
_PLAIN_BRANCHES = (tuple, list, set, frozenset)


def plain(value: Any) -> bool:
    """Whether ``value`` is made only of the exact types ``marshal`` gives back as they were (no
    subclass: a named tuple or an ``IntEnum`` would come back as a plain tuple or int)."""
    kind = type(value)
    if kind in _PLAIN_LEAVES:
        return True
    if kind in _PLAIN_BRANCHES:
        return all(plain(v) for v in value)
    if kind is dict:
        return all(plain(k) and plain(v) for k, v in value.items())
    return False


_digests: dict[str, bytes] = {}  # a file's path -> the hash of its bytes (a process reads it once)
_digests_lock = threading.Lock()
# When this process started (near enough: when it imported this module). A source file changed on
# disk since then may not be the code this process runs: a value it built would be stored under
# the changed file's digest, and one another process built from that file read back by this one.
_STARTED = time.time()


def source_digest(path: str) -> bytes | None:
    """The hash of a source file's bytes, or None when it cannot be read or was written after this
    process started (what depends on it is then built, neither read nor stored)."""
    with _digests_lock:
        got = _digests.get(path)
        if got is None:
            import hashlib

            try:
                with open(path, "rb") as fh:
                    if os.fstat(fh.fileno()).st_mtime > _STARTED:
                        return None
                    got = hashlib.sha256(fh.read()).digest()
            except OSError:
                return None
            _digests[path] = got
        return got


_SHARED = ("textutil.py", "cached_re.py", "cached_regex.py", os.path.join("data", "__init__.py"))


def shared_sources() -> list[str]:
    """The modules whose code decides every value :func:`kept` stores, beside the builder's own:
    ndq57's writers of alternations and tries (:mod:`ndq57.textutil`), the engines' stand-ins
    (:mod:`ndq57.cached_re`, :mod:`ndq57.cached_regex`) and the module of the ``regex`` escapes
    whose table they copy, and the data loader (:mod:`ndq57.data`)."""
    import regex

    here = os.path.dirname(os.path.abspath(__file__))
    escapes = getattr(sys.modules.get(regex.escape.__module__), "__file__", None) or ""
    return [*(os.path.join(here, p) for p in _SHARED), escapes]


def kept(
    name: str,
    build: Callable[[], T],
    *,
    data: Iterable[str] = (),
    sources: Iterable[str] = (),
    encode: Callable[[T], Any] | None = None,
    decode: Callable[[Any], T] | None = None,
) -> T:
    """``build()``, kept in the cache: what a process derives from the language data (word sets,
    tables, pattern parts) read back by the next one instead of derived again. The file's name
    covers what the value is built from: the bytes of the data files ``data`` (names in
    ``ndq57/data``), those of the modules ``sources`` (paths: the code that builds it), and the
    versions of Python and ndq57; a change to any of them reads another file. The modules every
    such value is written with (:func:`shared_sources`) and the version of ``regex`` (its tables
    of characters: folding, ``\\w``) are always covered. A value that is not :func:`plain` is not
    stored (``encode`` and ``decode`` may turn it into plain data and back); a module without its
    source beside it builds every time."""
    import hashlib
    import pkgutil

    import regex

    from ndq57 import __version__

    h = hashlib.sha256(f"{name}|{sys.version}|{__version__}|{regex.__version__}".encode())
    for file in data:
        h.update(hashlib.sha256(pkgutil.get_data("ndq57.data", f"{file}.yaml") or b"").digest())
    for path in [*sources, *shared_sources()]:
        digest = source_digest(path)
        if digest is None:
            return build()
        h.update(digest)
    stored = f"{name}-{h.hexdigest()[:16]}.marshal"
    got = read(stored)
    if isinstance(got, tuple) and len(got) == 1:
        return decode(got[0]) if decode is not None else got[0]
    value = build()
    out = encode(value) if encode is not None else value
    if plain(out):
        write(stored, (out,))
    return value


# at most this many code objects stored (a guard: ndq57's own dataclasses write some three hundred)
MAX_CODE = 1500


class Code:
    """The code of the methods :mod:`dataclasses` writes for a class (``__init__``, ``__repr__``,
    ``__eq__``...): it makes the source text of each and compiles it with ``exec`` whenever the
    class is defined, most of what defining a dataclass costs, and ndq57 defines some seventy at
    every start. Inside :meth:`generated`, each text is compiled once and its code object kept in
    the cache (as Python keeps a module's in ``__pycache__``), under the text itself, in a file
    named by the version of Python and the source of this module (how it compiles); the file is
    read only when it is this user's own and no one else may write it (:func:`read`). The text
    decides the code: a changed class makes another text, compiled anew."""

    def __init__(self) -> None:
        self._stored: dict[str, Any] | None = None
        self._fresh: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._file = ""  # (empty: nothing is read or saved)

    def _load(self) -> dict[str, Any]:
        if self._stored is None:
            self._stored = {}
            try:
                with open(__file__, "rb") as fh:  # (how the code is compiled is part of the key)
                    source = fh.read()
            except OSError:  # no source beside the module: compile every time
                return self._stored
            import hashlib

            key = hashlib.sha256(b"|".join([source, sys.version.encode()])).hexdigest()[:16]
            self._file = f"code-{key}.marshal"
            got = read(self._file, own=True)
            if isinstance(got, dict):
                self._stored = got
        return self._stored

    def exec(self, source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
        """``exec`` as :mod:`dataclasses` calls it, the compiled code of a text kept."""
        if isinstance(source, str):
            with self._lock:
                stored = self._load()
                code = stored.get(source)
                if not isinstance(code, CodeType):
                    # (as `exec` compiles a text: none of this module's __future__ flags)
                    code = stored[source] = compile(source, "<string>", "exec", dont_inherit=True)
                    if len(self._fresh) < MAX_CODE:
                        self._fresh[source] = code
            source = code
        exec(source, globals, locals)

    @contextlib.contextmanager
    def generated(self) -> Iterator[None]:
        """While in it, the dataclasses defined (the modules imported) compile their methods
        through :meth:`exec`. (The name ``exec`` in the module :mod:`dataclasses` is this one's
        meanwhile; with the same text it makes the same functions, whatever class is defined.)
        The signature that :mod:`dataclasses` writes into the docstring of a class that has none
        is made by :meth:`signature_text` meanwhile: the same text, without building
        :func:`inspect.signature`'s objects."""
        import dataclasses

        if "exec" in vars(dataclasses):  # (already inside, or another tool's)
            yield
            return
        names = vars(dataclasses)
        real_inspect = names["inspect"]
        signatures = Code._Inspect(real_inspect)
        dataclasses.exec = self.exec  # type: ignore[attr-defined]
        names["inspect"] = signatures
        try:
            yield
        finally:
            if names.get("exec") == self.exec:
                del dataclasses.exec  # type: ignore[attr-defined]
            if names.get("inspect") is signatures:
                names["inspect"] = real_inspect

    class _Inspect:
        """The module :mod:`inspect` as :mod:`dataclasses` sees it inside :meth:`generated`: its
        ``signature`` of a class is :meth:`signature_text` where that is sure to be the text of
        ``str(inspect.signature(cls))``, else :mod:`inspect`'s own, as is every other name."""

        def __init__(self, inspect: Any) -> None:
            self._inspect = inspect

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inspect, name)

        def signature(self, cls: Any) -> Any:
            text = Code.signature_text(cls)
            return text if text is not None else self._inspect.signature(cls)

    @staticmethod
    def signature_text(cls: Any) -> str | None:
        """``str(inspect.signature(cls))``, made straight from the ``__init__`` that
        :mod:`dataclasses` has just written, for the docstring it gives a class that has none
        (some fifty at a cold start, each building a dozen ``Parameter`` objects only to print
        them). Only in the plain case, where the text is sure to be the same: a class of no other
        metaclass, its own ``__init__`` a plain function with nothing attached, no ``__new__`` of
        its own, every annotation a string (``from __future__ import annotations``); else None."""
        init = vars(cls).get("__init__") if type(cls) is type else None
        if (
            type(init) is not FunctionType
            or init.__dict__  # (a __wrapped__, a __signature__... attached)
            or "__new__" in vars(cls)
            or hasattr(cls, "__signature__")
            or hasattr(cls, "__wrapped__")
            or hasattr(cls, "_partialmethod")
            or hasattr(cls, "__code__")  # (inspect would read it as a function)
        ):
            return None
        code = init.__code__
        if code.co_flags & 0x0C or code.co_posonlyargcount or not code.co_argcount:  # (0x0C: *args, **kwargs)
            return None
        names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
        annotations = init.__annotations__
        defaults = init.__defaults__ or ()
        kwdefaults = init.__kwdefaults__ or {}
        first_default = code.co_argcount - len(defaults)
        parts = []
        for i, name in enumerate(names[1:], start=1):  # (the first, ``self``, is not the class's)
            annotation = annotations.get(name)
            if type(annotation) is not str:
                return None
            if i < code.co_argcount:
                has_default = i >= first_default
                default = defaults[i - first_default] if has_default else None
            else:
                if i == code.co_argcount:
                    parts.append("*")  # (keyword-only from here)
                has_default = name in kwdefaults
                default = kwdefaults.get(name)
            parts.append(f"{name}: {annotation!r} = {default!r}" if has_default else f"{name}: {annotation!r}")
        text = "(" + ", ".join(parts) + ")"
        if "return" in annotations:
            returns = annotations["return"]
            if returns is not None and type(returns) is not str:
                return None
            text += f" -> {returns!r}"
        return text

    def save(self) -> None:
        """Store the code compiled since the last save, beside what another process stored."""
        if not self._fresh or not self._file:
            return
        with self._lock:
            merged = dict(self._fresh)
            on_disk = read(self._file, own=True)
            for k, v in (on_disk if isinstance(on_disk, dict) else {}).items():
                if len(merged) >= MAX_CODE:
                    break
                merged.setdefault(k, v)
            write(self._file, merged)
            self._fresh.clear()


CODE = Code()
