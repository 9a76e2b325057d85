"""Batch processing: find the inputs, read them safely, parse them in worker processes, stream
the outcomes back in input order.

Nothing here prints. Every failure of one input becomes an *error record*
(``{"source": {"path": ...}, "error": {"kind": ..., "message": ...}}``) made by
:func:`error_record`, the one place where exceptions are turned into words. A folder that cannot
be listed is such an input too. Paths in records are printable (:func:`display_path`): bytes of a
file name that are not UTF-8 are written ``\\xNN``. An input that is one of ndq57's own outputs, or
(with ``Job.strict``) a text that does not look like a directive, is *skipped*: no record, a reason.

Memory stays flat whatever the number of files: at most ``2 × jobs`` chunks are in flight, and
outcomes are yielded as soon as they are next in order.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ndq57.errors import DecodeError, InputError, Ndq57Error

if TYPE_CHECKING:
    import datetime as dt
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from ndq57.options import Options

# multiprocessing and concurrent.futures are imported only when a pool is started (see run):
# a run over one file, and `ndq57 --version`, do not pay for them.

DEFAULT_GLOBS = (
    "*.txt", "*.md", "*.text", "*.pdf", "*.docx", "*.doc", "*.odt", "*.rtf",
    "*.html", "*.htm", "*.mht", "*.mhtml",
)  # fmt: skip
# a browser's "save page, complete" writes the page's parts (frames, scripts, styles) into a folder
# named after the page with this ending, beside it: the parts are not documents of their own
SAVED_PAGE_PARTS = "_files"
_PAGE_ENDINGS = (".html", ".htm")
STDIN = "-"
MIN_POOL_ITEMS = 8


@dataclass(frozen=True, slots=True)
class InputItem:
    """One input: a file path (as the user will see it) or ``-`` for standard input."""

    path: str
    rel: str  # path relative to the folder argument it was found in (its name for a file argument)
    size: int = 0  # bytes, from stat (0 when unknown)
    data: bytes | None = field(default=None, repr=False)  # standard input, read up front
    problem: str | None = None  # known before reading: a folder that could not be listed


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker does with each input (picklable)."""

    options: Options
    # "document": Document.to_dict(); "text"; "extracted"; a row type ("deadlines": deadline rows)
    mode: str = "document"
    include_text: bool = False
    as_of: dt.date | None = None  # for next_due of recurring deadline rows
    debug: bool = False  # re-raise unexpected exceptions instead of making "internal" records
    received: dt.date | None = None  # the day the documents were received (relative deadlines)
    strict: bool = False  # skip texts that do not look like directives
    # "document" mode: the worker renders the record to its JSON line (export.jsonl.Line), so the
    # process that writes only copies text (it would otherwise serialise for every worker).
    jsonl: bool = False


@dataclass(slots=True)
class Outcome:
    """What came of one input: the record (or the rows) made of it, its error record, or why it
    was skipped, with the counts the run reports."""

    item: InputItem
    payload: Any = None  # a document dict (or its JSON line, with Job.jsonl), or a list of deadline rows
    error: dict[str, Any] | None = None
    deadlines: int = 0
    warnings: int = 0
    text: str | None = None
    skipped: str | None = None  # why the input was left out (an ndq57 output; not a directive with --strict)
    directive: bool = True  # False: parsed, but it does not look like a directive
    # the directive's identity when it has a number and a date (the register's document key: number,
    # date, folded issuer): the same directive read from two files (its PDF and its DOCX) is listed
    # once by row commands
    identity: str | None = None


# ---------------------------------------------------------------- discovery


def _matches(name: str, rel: str, globs: Sequence[str]) -> bool:
    import fnmatch  # (only when a folder is searched: a run over one file does not need it)

    low_name, low_rel = name.lower(), rel.replace(os.sep, "/").lower()
    for g in globs:
        pat = g.lower()
        target = low_rel if "/" in pat else low_name
        if fnmatch.fnmatchcase(target, pat):
            return True
    return False


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def discover(paths: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS) -> list[InputItem]:
    """Expand the command-line paths: files as given, folders walked recursively (sorted, hidden
    folders skipped, symbolic links to folders not followed), keeping the files whose name matches
    one of ``globs`` (case-insensitive; a pattern with ``/`` matches the path inside the folder).

    A path that does not exist is kept: reading it will produce an error record. Duplicates are
    dropped; the order is the order of the arguments, each folder in sorted path order.
    """
    out: list[InputItem] = []
    seen: set[str] = set()

    def add(item: InputItem) -> None:
        key = item.path if item.path == STDIN else os.path.normpath(os.path.abspath(item.path))
        if key not in seen:
            seen.add(key)
            out.append(item)

    for arg in paths:
        if arg != STDIN and os.path.isdir(arg):
            found: list[InputItem] = []

            def unreadable(exc: OSError, root: str = arg, into: list[InputItem] = found) -> None:
                # a folder os.walk cannot list (permission denied, gone meanwhile): an error record
                where = os.path.normpath(exc.filename) if exc.filename else root
                reason = f"cannot read folder: {_os_reason(exc)}"
                into.append(InputItem(where, os.path.relpath(where, root), 0, problem=reason))

            for dirpath, dirnames, filenames in os.walk(arg, onerror=unreadable):
                dirnames[:] = [d for d in dirnames if not d.startswith(".") and not _page_parts(d, filenames)]
                for name in filenames:
                    full = os.path.normpath(os.path.join(dirpath, name))
                    rel = os.path.relpath(full, arg)
                    if _matches(name, rel, globs):
                        found.append(InputItem(full, rel, _size(full)))
            # sorted by path parts: "a/b.txt" < "a/c/d.txt" < "a/e.txt" on every system
            for item in sorted(found, key=lambda it: it.rel.split(os.sep)):
                add(item)
        else:
            add(InputItem(arg, os.path.basename(arg) or arg, 0 if arg == STDIN else _size(arg)))
    return out


def _page_parts(folder: str, filenames: list[str]) -> bool:
    """``folder`` holds the parts of a web page saved beside it ("Page_files" next to "Page.html").

    >>> _page_parts("kh12_files", ["kh12.htm", "a.txt"]), _page_parts("kh12_files", ["a.txt"])
    (True, False)
    """
    if not folder.lower().endswith(SAVED_PAGE_PARTS):
        return False
    stem = folder[: -len(SAVED_PAGE_PARTS)].lower()
    pages = {stem + e for e in _PAGE_ENDINGS}
    return any(name.lower() in pages for name in filenames)


# ---------------------------------------------------------------- reading


def read_input(item: InputItem, max_bytes: int) -> bytes:
    """The bytes of one input, refusing (stat first) anything over ``max_bytes`` without reading it."""
    if item.data is not None:
        data = item.data
    elif item.path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = item.path
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                raise InputError("broken symbolic link") from None
            raise InputError("no such file") from None
        except OSError as exc:
            raise InputError(_os_reason(exc)) from None
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a folder, not a file")
        if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
            raise _too_large(st.st_size, max_bytes)
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(_os_reason(exc)) from None
    if len(data) > max_bytes:
        raise _too_large(None, max_bytes)
    return data


def read_stdin(max_bytes: int) -> bytes:
    """Standard input, at most ``max_bytes + 1`` bytes (:func:`read_input` refuses the extra byte)."""
    return sys.stdin.buffer.read(max_bytes + 1)


def _too_large(size: int | None, limit: int) -> DecodeError:
    what = f"{size:,} bytes" if size is not None else "more than the limit"
    return DecodeError(f"file too large: {what} (limit {limit:,}; see --max-bytes)")


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or exc.__class__.__name__).lower()


# ---------------------------------------------------------------- errors → records


def describe(exc: BaseException) -> tuple[str, str]:
    """(kind, one-line message) for an exception: the single mapping of errors to words."""
    if isinstance(exc, Ndq57Error):
        kind, message = exc.kind, str(exc)
    elif isinstance(exc, MemoryError):
        kind, message = "internal", "out of memory"
    elif isinstance(exc, OSError):
        kind, message = "input", _os_reason(exc)
    else:
        kind, message = "internal", f"internal error: {exc.__class__.__name__}: {exc}"
    message = " ".join(message.split()) or kind
    return kind, message


def error_record(path: str, exc: BaseException) -> dict[str, Any]:
    """The record written in place of a document that could not be read or parsed.

    >>> error_record("a.pdf", InputError("no such file"))
    {'source': {'path': 'a.pdf'}, 'error': {'kind': 'input', 'message': 'no such file'}}
    """
    from ndq57.export.text import display

    kind, message = describe(exc)
    return {"source": {"path": display_path(path)}, "error": {"kind": kind, "message": display(message)}}


def display_path(path: str) -> str:
    r"""The path as records and messages show it: printable, always valid UTF-8 (``\xNN`` for the
    bytes of a name that are not UTF-8, control characters removed); ``-`` stays ``-``."""
    from ndq57.export.text import printable_path

    return path if path == STDIN else printable_path(path)


# ---------------------------------------------------------------- processing


def process(item: InputItem, job: Job) -> Outcome:
    """Read and parse one input; never raises (except with ``job.debug`` for unexpected errors)."""
    try:
        from ndq57.export.sniff import own_output
        from ndq57.model import Document
        from ndq57.pipeline import parse_bytes

        if item.problem is not None:
            raise InputError(item.problem)
        data = read_input(item, job.options.max_bytes)
        source = None if item.path == STDIN else display_path(item.path)
        if job.mode == "extracted":  # the text a reader made of a PDF/DOCX/DOC file (text files: decoded)
            from ndq57.pipeline import extracted_text

            return Outcome(item, payload={}, text=extracted_text(data, job.options))
        own = own_output(data)
        if own is not None:
            return Outcome(item, skipped=f"{own}, not read back")
        doc: Document = parse_bytes(data, source=source, options=job.options)
        del data
        directive = doc.source.looks_like_directive
        if job.strict and not directive:
            return Outcome(item, skipped="does not look like a directive (--strict)", directive=False)
        result = Outcome(item, deadlines=len(doc.deadlines), warnings=len(doc.warnings), directive=directive)
        d = doc.to_dict(include_text=job.include_text)
        if job.mode == "explain":  # what was read and why, line by line
            from ndq57.explain import render

            result.payload = {}
            result.text = render(doc)
            return result
        if job.mode not in ("document", "text", "extracted"):  # a row type: "deadlines", ...
            from ndq57.export.rows import BUILDERS
            from ndq57.register.records import document_key

            if doc.document.number and doc.document.date:
                result.identity = document_key(d["document"], "")

            result.payload = BUILDERS[job.mode](d, as_of=job.as_of, received=job.received)
        elif job.mode == "text":
            result.payload = d
            result.text = doc.text
        elif job.jsonl:
            from ndq57.export.jsonl import line

            result.payload = line(d)
        else:
            result.payload = d
        return result
    except (Ndq57Error, OSError) as exc:
        return Outcome(item, error=error_record(item.path, exc))
    except Exception as exc:
        if job.debug:
            raise
        return Outcome(item, error=error_record(item.path, exc))


def _process_chunk(chunk: Sequence[InputItem], job: Job) -> list[Outcome]:
    return [process(item, job) for item in chunk]


def _mp_context() -> multiprocessing.context.BaseContext | None:
    import multiprocessing

    # forkserver where available: workers never inherit the parent's threads (the progress bar)
    # or locks, and behave the same on every Python version; elsewhere the platform default.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["ndq57._worker"])
        return ctx
    return None


def _init_worker() -> None:
    import signal

    # Ctrl-C is handled once, by the parent, which then terminates the workers (see _terminate).
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(items: Sequence[InputItem], size: int) -> Iterator[Sequence[InputItem]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def run(items: Sequence[InputItem], job: Job, jobs: int = 1, *, chunksize: int | None = None) -> Iterator[Outcome]:
    """Process ``items``, yielding one :class:`Outcome` per item, in the order of ``items``.

    ``jobs <= 1``, or fewer than ``MIN_POOL_ITEMS`` items (starting workers costs more than parsing
    a few files), runs in this process; otherwise a process pool does the work
    with a bounded window of chunks in flight, so the output is the same for any ``jobs``.
    """
    workers = min(max(1, jobs), len(items))
    if workers <= 1 or len(items) < MIN_POOL_ITEMS:
        for item in items:
            yield process(item, job)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    size = chunksize or max(1, min(16, len(items) // (workers * 4)))
    pending: deque[tuple[Sequence[InputItem], Future[list[Outcome]] | None]] = deque()
    source = _chunks(items, size)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(), initializer=_init_worker)
    ok = False
    try:

        def submit(chunk: Sequence[InputItem]) -> None:
            try:
                pending.append((chunk, pool.submit(_process_chunk, chunk, job)))
            except (BrokenProcessPool, RuntimeError):
                pending.append((chunk, None))

        for chunk in _take(source, workers * 2):
            submit(chunk)
        while pending:
            chunk, fut = pending.popleft()
            outcomes = _collect(chunk, fut)
            nxt = next(source, None)
            if nxt is not None:
                submit(nxt)
            yield from outcomes
        ok = True
    finally:
        if ok:
            pool.shutdown(wait=True)
        else:
            # on an interrupt, a --fail-fast stop or an error: the results are not wanted. Nothing
            # new starts and the chunks in work end (the workers ignore Ctrl-C): a worker stopped
            # while it writes a result would leave the pool waiting for the rest of it for ever.
            # A second Ctrl-C stops them at once.
            try:
                pool.shutdown(wait=True, cancel_futures=True)
            except BaseException:
                _terminate(pool)
                pool.shutdown(wait=False, cancel_futures=True)
                raise


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers at once (Python 3.14 has ``terminate_workers``; before, the private map)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        with contextlib.suppress(Exception):
            terminate()
        return
    processes = getattr(pool, "_processes", None) or {}
    for proc in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.terminate()


def _take(it: Iterator[Sequence[InputItem]], n: int) -> Iterable[Sequence[InputItem]]:
    for _ in range(n):
        nxt = next(it, None)
        if nxt is None:
            return
        yield nxt


def _collect(chunk: Sequence[InputItem], fut: Future[list[Outcome]] | None) -> list[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    if fut is None:
        return [Outcome(it, error=_died(it)) for it in chunk]
    try:
        return fut.result()
    except BrokenProcessPool:
        return [Outcome(it, error=_died(it)) for it in chunk]


def _died(item: InputItem) -> dict[str, Any]:
    error = {"kind": "internal", "message": "worker process died"}
    return {"source": {"path": display_path(item.path)}, "error": error}
