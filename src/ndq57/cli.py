"""The ``ndq57`` command: parse, text, deadlines, schema.

stdout carries data only; stderr carries messages for people (one line per failed input, a
summary, a progress bar when stderr is a terminal). Library errors are turned into words in one
place (:func:`ndq57.batch.describe`) and reported by :func:`_report`.
"""

from __future__ import annotations

# Cold start matters (`ndq57 --version`, one file in a shell loop): at module level only click and
# cheap standard modules. The batch machinery, the exporters, rich, PyYAML, multiprocessing and
# the parser are imported inside the commands that use them.
import codecs
import contextlib
import datetime as dt
import functools
import io
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, ClassVar, TextIO, TypeVar

import click

from ndq57 import __version__

if TYPE_CHECKING:
    from ndq57.batch import InputItem, Job, Outcome
    from ndq57.export import Exporter

# the same values as ndq57.batch.DEFAULT_GLOBS / STDIN and ndq57.export.*_FORMATS (checked by the
# tests), repeated here so that building the command line imports neither module
DEFAULT_GLOBS = (
    "*.txt", "*.md", "*.text", "*.pdf", "*.docx", "*.doc", "*.odt", "*.rtf",
    "*.html", "*.htm", "*.mht", "*.mhtml",
)  # fmt: skip
STDIN = "-"
DOCUMENT_FORMATS = ("yaml", "json", "jsonl")
DEADLINE_FORMATS = ("table", "json", "jsonl", "csv", "xlsx", "ics", "yaml")
KINDS = ("date", "datetime", "month", "quarter", "half_year", "year", "range", "recurring", "relative", "vague")
LANGS = ("vi", "en")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # the reader closed the output early (ndq57 ... | head): 128 + SIGPIPE, no message

EPILOG = """\b
Exit codes:
  0    success (also when no deadlines are found)
  1    an input could not be read or parsed, or the output could not be written
  2    usage error (bad option or argument)
  130  interrupted (Ctrl-C)
  141  the reader closed the output early (ndq57 ... | head), whatever the format"""


def _epilog(examples: str) -> str:
    """A command's epilog: its examples, then the exit codes."""
    return "\b\nExamples:\n" + examples + "\n\n" + EPILOG

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------- option types


class ByteSize(click.ParamType[int]):
    """A byte count: ``5000000``, ``500k``, ``20M``, ``1G``."""

    name = "bytes"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B").removesuffix("I")
        unit = text[-1:] if text[-1:] in self._UNITS else ""
        number = text[: len(text) - len(unit)]
        if not number.isdigit() or int(number) < 1:
            self.fail(f"{value!r} is not a size such as 20M, 500k or 1000000", param, ctx)
        return int(number) * self._UNITS[unit]


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


DATE = click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"])


def _tone_options(f: F) -> F:
    for deco in reversed(_TONE):
        f = deco(f)
    return f


_TONE: list[Callable[[Any], Any]] = [
    click.option(
        "--tone-style",
        type=click.Choice(["old", "new", "keep"]),
        default="old",
        show_default=True,
        help="Tone-mark placement to normalise to: old (hóa, ủy), new (hoá, uỷ) or keep as written.",
    ),
    click.option("--no-fix", is_flag=True, help="Do not repair the text (Unicode NFC only)."),
    click.option(
        "--encoding",
        callback=_check_encoding,
        metavar="ENC",
        help="Force the input encoding (default: detect UTF-8/UTF-16/Windows-1258).",
    ),
    click.option(
        "--max-bytes",
        type=ByteSize(),
        default="20M",
        show_default=True,
        help="Refuse inputs larger than this (checked before reading).",
    ),
    click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors."),
    click.option(
        "--ocr/--no-ocr",
        default=None,
        help="Scanned PDF pages (no usable text layer): by default read with Tesseract when it is installed"
        " (tesseract-ocr, tesseract-ocr-vie) and refused otherwise; --ocr requires it, --no-ocr refuses them.",
    ),
]

_BATCH: list[Callable[[Any], Any]] = [
    click.option(
        "--glob",
        "globs",
        multiple=True,
        metavar="PATTERN",
        help=f"File pattern inside folders; repeatable (default: {' '.join(DEFAULT_GLOBS)}).",
    ),
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: the number of CPUs; 1 runs in this process).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr."),
    click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
    click.option(
        "--strict",
        is_flag=True,
        help="Skip texts that do not look like directives (no header, numbering or Vietnamese prose).",
    ),
]


def _input_options(f: F) -> F:
    for deco in reversed(_TONE + _BATCH):
        f = deco(f)
    return f


def _options(tone_style: str, no_fix: bool, encoding: str | None, max_bytes: int, ocr: bool | None = None) -> Any:
    from ndq57.options import Options

    return Options(tone_style=tone_style, fix=not no_fix, encoding=encoding, max_bytes=max_bytes, ocr=ocr)


# ---------------------------------------------------------------- messages


def _say(message: str) -> None:
    click.echo(f"ndq57: {message}", err=True)


def _report(record: dict[str, Any], say: Callable[[str], None] = _say) -> None:
    """The one-line message for an error record: ``ndq57: path: reason``."""
    path = record.get("source", {}).get("path") or "<stdin>"
    if path == STDIN:
        path = "<stdin>"
    say(f"{path}: {record['error']['message']}")


def _shown(path: str) -> str:
    """A path as messages show it (printable; ``<stdin>`` for ``-``)."""
    from ndq57.batch import display_path

    return "<stdin>" if path == STDIN else display_path(path)


class Fatal(Exception):
    """A run-level failure (bad output path...): reported as one line, exit code 1."""


# ---------------------------------------------------------------- output


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_through(path: str) -> str | None:
    """The file to write ``path`` through, when it is not a regular file to replace: a device
    (``/dev/null``, a terminal), a FIFO or a socket, reached directly or through symbolic links.
    None for a regular file or a path that does not exist yet."""
    import stat

    try:
        st = os.stat(path)  # follows symbolic links
    except OSError:
        return None
    return None if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode) else os.path.realpath(path)


@contextlib.contextmanager
def atomic_output(path: str, *, binary: bool = False) -> Iterator[Any]:
    """Write ``path`` through a temporary file in the same folder, renamed over it at the end.

    On any error or interrupt the temporary file is removed and ``path`` is left as it was. A
    symbolic link is followed: its target is replaced, the link stays. What is not a regular file
    (``/dev/null``, a FIFO, a terminal) is written through, never replaced.
    """

    device = _write_through(path)
    if device is not None:
        with open(device, "wb") if binary else open(device, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    path = os.path.realpath(path) if os.path.islink(path) else path
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    # the name is known before the file exists, so an interrupt at any point can remove it
    tmp = ""
    try:
        while True:
            tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.urandom(5).hex()}.tmp")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                continue
        with open(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


@contextlib.contextmanager
def _stdout() -> Iterator[TextIO]:
    buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stdout (some test harnesses)
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


@contextlib.contextmanager
def _stdout_binary() -> Iterator[IO[bytes]]:
    sys.stdout.flush()
    buffer: IO[bytes] = sys.stdout.buffer
    yield buffer
    buffer.flush()


def _output(path: str | None, *, binary: bool = False) -> contextlib.AbstractContextManager[Any]:
    if path and path != STDIN:
        return atomic_output(path, binary=binary)
    return _stdout_binary() if binary else _stdout()


def _primed(items: Iterator[Any], ready: Callable[[], bool]) -> tuple[list[Any], bool]:
    """Pull ``items`` until ``ready()`` (a document was read) or the end: (what was pulled, ended).

    Output files are opened only once something was read, so a run that could read nothing leaves
    an existing file as it was."""
    pulled: list[Any] = []
    for item in items:
        pulled.append(item)
        if ready():
            return pulled, False
    return pulled, True


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _refuse_inputs(items: Sequence[InputItem], targets: Sequence[str]) -> None:
    inputs = {_real(it.path) for it in items if it.path != STDIN}
    for target in targets:
        if _real(target) in inputs:
            raise Fatal(f"refusing to write over input file {target}")
        if os.path.isdir(target):
            raise Fatal(f"output {target} is a folder")


def _dtstamp() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC)


# ---------------------------------------------------------------- the batch session


class Session:
    """Runs the inputs, counting, reporting failures and drawing progress on stderr."""

    def __init__(
        self,
        items: list[InputItem],
        job: Job,
        jobs: int,
        *,
        quiet: bool = False,
        fail_fast: bool = False,
        notes: bool | None = None,
    ) -> None:
        self.items = items
        self.job = job
        self.jobs = jobs
        self.quiet = quiet
        self.notes = not quiet if notes is None else notes  # skipped inputs, texts that are not directives
        self.fail_fast = fail_fast
        self.documents = 0
        self.deadlines = 0
        self.warnings = 0
        self.failures = 0
        self.skipped = 0
        self.listed: int | None = None
        self.listed_what = ""  # what the listed rows are, when not deadlines ("tasks rows")
        self.say: Callable[[str], None] = _say  # (on the progress display's console while it shows)
        self.started = time.monotonic()

    def outcomes(self) -> Iterator[Outcome]:
        from ndq57.batch import run

        progress = self._progress()
        say: Callable[[str], None] = _say
        with progress if progress is not None else contextlib.nullcontext():
            task = None
            if progress is not None:
                total = sum(max(it.size, 1) for it in self.items)
                task = progress.add_task("parsing", total=total, files=0, nfiles=len(self.items), rate="")
                console = progress.console

                def say(message: str) -> None:
                    console.print(f"ndq57: {message}", markup=False, highlight=False, soft_wrap=True)

                self.say = say

            for done, oc in enumerate(run(self.items, self.job, self.jobs), start=1):
                if progress is not None and task is not None:
                    elapsed = max(time.monotonic() - self.started, 1e-6)
                    rate = f"{done / elapsed:.1f} files/s"
                    progress.update(task, advance=max(oc.item.size, 1), files=done, rate=rate)
                if oc.error is not None:
                    self.failures += 1
                    _report(oc.error, say)
                    yield oc
                    if self.fail_fast:
                        return
                    continue
                if oc.skipped is not None:
                    self.skipped += 1
                    if self.notes:
                        say(f"{_shown(oc.item.path)}: skipped: {oc.skipped}")
                    continue
                if not oc.directive and self.notes:
                    say(f"{_shown(oc.item.path)}: does not look like a directive (--strict skips such files)")
                self.documents += 1
                self.deadlines += oc.deadlines
                self.warnings += oc.warnings
                yield oc
        self.say = _say

    def duplicate(self, oc: Outcome, first: str) -> None:
        """Leave out a document already listed from another file (counted as skipped)."""
        self.skipped += 1
        self.documents -= 1
        self.deadlines -= oc.deadlines
        self.warnings -= oc.warnings
        if self.notes:
            same = f"the same directive as {_shown(first)} (--keep-duplicates lists both)"
            self.say(f"{_shown(oc.item.path)}: skipped: {same}")

    def _progress(self) -> Any:
        if self.quiet or len(self.items) < 2 or not _isatty(sys.stderr):
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        return Progress(
            TextColumn("{task.fields[files]}/{task.fields[nfiles]} files"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )

    def summary(self) -> None:
        if self.quiet:
            return
        if not self.items:
            _say("no input files found (see --glob)")
            return
        elapsed = time.monotonic() - self.started
        deadlines = f"{self.deadlines} deadline{_s(self.deadlines)}"
        if self.listed is not None:
            what = f" {self.listed_what}" if self.listed_what else ""
            deadlines += f" ({self.listed}{what} listed)"
        skipped = f"{self.skipped} skipped, " if self.skipped else ""
        _say(
            f"{self.documents} document{_s(self.documents)}, {deadlines}, "
            f"{self.warnings} warning{_s(self.warnings)}, {skipped}{self.failures} failure{_s(self.failures)} "
            f"in {elapsed:.1f} s"
        )


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _items(paths: Sequence[str], globs: Sequence[str], max_bytes: int) -> list[InputItem]:
    from ndq57.batch import InputItem, discover, read_stdin

    if list(paths).count(STDIN) > 1:
        raise click.UsageError("standard input '-' can be given only once")
    items = discover(paths, tuple(globs) or DEFAULT_GLOBS)
    out = []
    for it in items:
        if it.path == STDIN:
            data = read_stdin(max_bytes)
            it = InputItem(STDIN, STDIN, len(data), data)
        out.append(it)
    return out


def _single(paths: Sequence[str]) -> bool:
    return len(paths) == 1 and (paths[0] == STDIN or not os.path.isdir(paths[0]))


def _load_parser() -> None:
    """Import the batch machinery and the parser, the methods of their dataclasses compiled once
    and kept between processes (:class:`ndq57.cache.Code`): most of what defining seventy
    dataclasses costs a cold start."""
    if "ndq57.pipeline" in sys.modules:
        return
    from ndq57.cache import CODE, paused_gc

    with CODE.generated(), paused_gc():
        import ndq57.batch
        import ndq57.pipeline  # noqa: F401


def _one_run() -> contextlib.AbstractContextManager[None]:
    """Around the one parse of a command given one input (the process ends after it): the garbage
    collector paused. Its first parse builds the parser's patterns and tables, long-lived, which
    the collector would only walk again and again; a parse leaves next to no reference cycles
    (the peak memory of a 3 MB text is the same without the collector)."""
    from ndq57.cache import paused_gc

    return paused_gc()


def _exporter(fmt: str) -> Exporter:
    from ndq57.export import EXPORTERS

    return EXPORTERS[fmt]


def _jobs(jobs: int | None) -> int:
    return jobs or os.cpu_count() or 1


# ---------------------------------------------------------------- commands


class _Group(click.Group):
    """The top command group; ``register`` lives in ``ndq57.cli_register``, imported when used."""

    LAZY: ClassVar[dict[str, str]] = {"register": "ndq57.cli_register"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *self.LAZY]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.LAZY:
            import importlib

            command: click.Command = getattr(importlib.import_module(self.LAZY[name]), name)
            return command
        return super().get_command(ctx, name)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_epilog(
        """\
  ndq57 parse thong-bao.txt
  ndq57 deadlines van-ban/ --within 14
  ndq57 deadlines van-ban/ -o han.xlsx"""
    ),
)
@click.version_option(__version__, "-V", "--version", prog_name="ndq57", message="%(prog)s %(version)s")
def cli() -> None:
    """Parse Vietnamese administrative directives into machine-readable records.

    \b
    ndq57 parse FILE            the whole record (YAML)
    ndq57 parse FOLDER          one JSON line per document
    ndq57 deadlines FOLDER      a table of deadlines (or CSV, iCalendar...)
    ndq57 text FILE             the repaired text
    ndq57 schema                the JSON Schema of the parse output
    ndq57 register ...          a register of tasks: add, done, list, report, serve
    """


@cli.command(
    "parse",
    epilog=_epilog(
        """\
  ndq57 parse thong-bao.txt                    the whole record, as YAML
  ndq57 parse thong-bao.txt -f json -o tb.json
  cat thong-bao.txt | ndq57 parse -            standard input
  ndq57 parse van-ban/ > all.jsonl             a folder: one JSON line per document
  ndq57 parse van-ban/ --out-dir out/ --strict one out/<name>.json per directive"""
    ),
    short_help="Parse directives into records (YAML, JSON, JSON Lines).",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(DOCUMENT_FORMATS),
    default=None,
    help="Output format (default: yaml for one input, jsonl for several, json with --out-dir).",
)
@click.option("-o", "--output", metavar="OUT", help="Write to this file (atomically) instead of stdout.")
@click.option(
    "--out-dir",
    metavar="DIR",
    help="Write one file per input into DIR, mirroring the folder tree.",
)
@click.option("--include-text", is_flag=True, help="Add the repaired text to each record.")
@_input_options
@click.pass_context
def parse_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    out_dir: str | None,
    include_text: bool,
    tone_style: str,
    no_fix: bool,
    encoding: str | None,
    max_bytes: int,
    debug: bool,
    ocr: bool | None,
    globs: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
    fail_fast: bool,
    strict: bool,
) -> None:
    """Parse directives into records (header, sections, deadlines, assignees...).

    PATH is a file (text, PDF, DOCX, DOC, ODT, RTF or an HTML web page, told apart by content), a
    folder (searched recursively for *.txt, *.md, *.text, *.pdf, *.docx, *.doc, *.odt, *.rtf,
    *.html, *.htm, *.mht, *.mhtml; a saved page's "NAME_files" folder is skipped) or - for standard
    input. One file gives one YAML document; several give JSON Lines, one document per line in
    sorted path order (the same for any --jobs). A file that cannot be read or parsed gives an
    error record {"source": {"path": ...}, "error": {"kind": ..., "message": ...}} in the stream
    and a message on stderr; the run goes on (exit code 1 at the end).
    """
    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if out_dir and fmt == "jsonl":
        raise click.UsageError("--out-dir writes one document per file: use -f json or -f yaml")
    if out_dir and STDIN in paths:
        raise click.UsageError("standard input '-' cannot be used with --out-dir")
    single = _single(paths) and not out_dir
    fmt = fmt or ("json" if out_dir else "yaml" if single else "jsonl")
    exporter = _exporter(fmt)

    def body() -> int:
        if single:  # parsed in this process
            _load_parser()
        from ndq57.batch import Job, process

        options = _options(tone_style, no_fix, encoding, max_bytes, ocr)
        items = _items(paths, globs, max_bytes)
        jsonl = fmt == "jsonl" and not single and not out_dir
        job = Job(options=options, include_text=include_text, debug=debug, strict=strict, jsonl=jsonl)
        session = Session(items, job, _jobs(jobs), quiet=quiet, fail_fast=fail_fast)
        if out_dir:
            if os.path.exists(out_dir) and not os.path.isdir(out_dir):
                raise Fatal(f"--out-dir {out_dir} is not a folder")
            targets = _out_targets(items, out_dir, exporter.suffix)
            _refuse_inputs(items, list(targets.values()))
            for oc in session.outcomes():
                if oc.error is None and oc.skipped is None:
                    with atomic_output(targets[oc.item.path]) as fh:
                        exporter.render(oc.payload, fh)
            session.summary()
            return EXIT_FAILED if session.failures else EXIT_OK
        if output:
            _refuse_inputs(items, [output])
        if single:  # one input: parsed in this process, no pool, no progress bar
            with _one_run():
                oc = process(items[0], job)
            if oc.error is not None:
                _report(oc.error)
                return EXIT_FAILED
            if oc.skipped is not None:
                _say(f"{_shown(oc.item.path)}: skipped: {oc.skipped}")
                return EXIT_OK
            if not oc.directive and not quiet:
                _say(f"{_shown(oc.item.path)}: does not look like a directive (--strict skips such files)")
            with _output(output) as fh:
                exporter.render(oc.payload, fh)
            return EXIT_OK

        def records() -> Iterator[dict[str, Any]]:
            for oc in session.outcomes():
                if oc.skipped is None:
                    yield oc.error if oc.error is not None else oc.payload

        _write(records(), exporter, output, session, {})
        session.summary()
        return EXIT_FAILED if session.failures else EXIT_OK

    ctx.exit(_guard(body, debug))


def _write(
    items: Iterator[Any], exporter: Exporter, output: str | None, session: Session, extra: dict[str, Any]
) -> None:
    """Render ``items`` to ``output`` (a file, or stdout when None). A file is opened only once a
    document was read: a run that could read nothing leaves an existing file as it was."""
    if output and output != STDIN:
        pulled, ended = _primed(items, lambda: session.documents > 0)
        if ended and session.documents == 0:
            if session.items:
                _say(f"nothing could be read: {output} left as it was")
            else:
                _say(f"no input: {output} left as it was")
            return
        items = itertools.chain(pulled, items)
    with _output(output, binary=exporter.binary) as fh:
        exporter.render(items, fh, **extra)


def _out_targets(items: Sequence[InputItem], out_dir: str, suffix: str) -> dict[str, str]:
    """Output file per input: DIR/<path inside the folder> with the suffix added
    (``sub/a.txt`` → ``DIR/sub/a.txt.json``): the name depends on the input's name only, so it
    never changes when other files appear, and two inputs never meet (``a.txt``, ``a.md``)."""
    return {it.path: os.path.join(out_dir, it.rel + suffix) for it in items}


@cli.command(
    "text",
    epilog=_epilog(
        """\
  ndq57 text thong-bao.txt                     the repaired text
  ndq57 text thong-bao.txt --fixes             what was repaired, one line per fix
  ndq57 text scan.txt --tone-style new         tone marks placed the new way (hoá, uỷ)"""
    ),
    short_help="Print the repaired text of a directive, or its fixes.",
)
@click.argument("file", metavar="FILE")
@click.option("--fixes", is_flag=True, help="Print the list of fixes (line, rule, original -> replacement) instead.")
@click.option(
    "--extracted",
    is_flag=True,
    help=(
        "Print the text read from a PDF, DOCX, DOC, ODT or RTF file or an HTML page, unrepaired: "
        "the lines the record's line numbers count."
    ),
)
@_tone_options
@click.pass_context
def text_cmd(
    ctx: click.Context,
    file: str,
    fixes: bool,
    extracted: bool,
    tone_style: str,
    no_fix: bool,
    encoding: str | None,
    max_bytes: int,
    debug: bool,
    ocr: bool | None,
) -> None:
    """Print the repaired text of one directive (FILE or - for standard input).

    With --fixes, print instead one line per repair the normaliser made, tab-separated:
    LINE, RULE, ORIGINAL -> REPLACEMENT (lines of the original text). No fixes prints nothing.
    """

    def body() -> int:
        options = _options(tone_style, no_fix, encoding, max_bytes, ocr)
        oc = _one_file(file, "extracted" if extracted else "text", options, debug)
        if oc is None:
            return EXIT_FAILED
        with _stdout() as fh:
            if fixes:
                for fx in oc.payload.get("fixes") or []:
                    fh.write(f"{fx['line']}\t{fx['rule']}\t{_flat(fx['original'])} -> {_flat(fx['replacement'])}\n")
            else:
                text = oc.text or ""
                fh.write(text if text.endswith("\n") else text + "\n")
        return EXIT_OK

    ctx.exit(_guard(body, debug))


@cli.command(
    "explain",
    epilog=_epilog(
        """\
  ndq57 explain ke-hoach.txt                   every step, in line order
  ndq57 explain ke-hoach.txt | grep ' time '   how each time expression was read
  ndq57 explain ke-hoach.pdf | less            a PDF: lines of `ndq57 text --extracted`"""
    ),
    short_help="Show what was read in a directive and the rule behind each step.",
)
@click.argument("file", metavar="FILE")
@_tone_options
@click.pass_context
def explain_cmd(
    ctx: click.Context,
    file: str,
    tone_style: str,
    no_fix: bool,
    encoding: str | None,
    max_bytes: int,
    debug: bool,
    ocr: bool | None,
) -> None:
    """Show, line by line, what was read in one directive (FILE or - for standard input) and
    why: each repair, each section, each time expression with its verdict (deadline, citation,
    past, event, period, target, mention) and the rule of the decision table that gave it, the
    owners of each deadline with the rule that chose them, and each task with how it was read.

    One step per line: LINE  STAGE  WHAT [RULE]. Stages: fix, section, time, owner, task, warning.
    """

    def body() -> int:
        oc = _one_file(file, "explain", _options(tone_style, no_fix, encoding, max_bytes, ocr), debug)
        if oc is None:
            return EXIT_FAILED
        with _stdout() as fh:
            from ndq57.export.text import display

            fh.write(display(oc.text or "", keep_newlines=True))
        return EXIT_OK

    ctx.exit(_guard(body, debug))


def _one_file(file: str, mode: str, options: Any, debug: bool) -> Any:
    """Read and parse the one FILE of ``text`` or ``explain`` (``mode`` of the batch job); None,
    with the message said, when it cannot be read or is not to be read."""
    _load_parser()
    from ndq57.batch import Job, process

    if file != STDIN and os.path.isdir(file):  # checked before the folder is walked
        raise click.UsageError(f"{file} is a folder: give one file")
    item = _items([file], DEFAULT_GLOBS, options.max_bytes)[0]
    with _one_run():
        oc = process(item, Job(options=options, mode=mode, debug=debug))
    if oc.error is not None:
        _report(oc.error)
        return None
    if oc.skipped is not None:
        _say(f"{_shown(file)}: {oc.skipped}")
        return None
    return oc


def _flat(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


@cli.command(
    "schema",
    epilog=_epilog(
        """\
  ndq57 schema > ndq57.schema.json
  ndq57 parse van-ban/ -f json | check-jsonschema --schemafile ndq57.schema.json -"""
    ),
)
def schema_cmd() -> None:
    """Print the JSON Schema (draft 2020-12) of the parse output."""
    from importlib import resources

    text = resources.files("ndq57").joinpath("data", "schema.json").read_text(encoding="utf-8")
    with _stdout() as fh:
        fh.write(text if text.endswith("\n") else text + "\n")


def _nonempty_units(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    for v in value:
        if not v.strip():
            raise click.BadParameter("a unit name cannot be empty")
    return value


_ROWS: list[Callable[[Any], Any]] = [
    click.option(
        "--before", type=DATE, metavar="DATE", help="Keep rows due on or before this day (YYYY-MM-DD or DD/MM/YYYY)."
    ),
    click.option("--after", type=DATE, metavar="DATE", help="Keep rows due on or after this day."),
    click.option(
        "--within",
        type=click.IntRange(min=0),
        metavar="DAYS",
        help="Keep rows due in the next DAYS days: from --as-of to --as-of + DAYS, both included.",
    ),
    click.option(
        "--unit",
        "units",
        multiple=True,
        metavar="TEXT",
        callback=_nonempty_units,
        help="Keep rows of a unit (accent- and case-insensitive; repeatable).",
    ),
    click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(KINDS, case_sensitive=False),
        help="Keep rows of this kind of deadline (repeatable).",
    ),
    click.option("--overdue", is_flag=True, help="Keep rows due before --as-of."),
    click.option(
        "--keep-duplicates",
        is_flag=True,
        help="List the rows of a directive read from several files (same number, date and issuer: its PDF "
        "and its DOCX) once per file; by default the first file's rows are listed and the others skipped.",
    ),
    click.option(
        "--as-of",
        type=DATE,
        metavar="DATE",
        default=None,
        help="Reference day for --overdue, --within and --expand (default: today).",
    ),
    click.option(
        "--expand",
        is_flag=True,
        help="List each occurrence of recurring deadlines in [--after, --before] (default: the next 90 days).",
    ),
    click.option(
        "--received",
        type=DATE,
        metavar="DATE",
        help=(
            "Day the documents were received: terms counted from receipt ('15 ngày làm việc kể từ ngày nhận') "
            "are dated from it (default: from the document's date, and the row says so)."
        ),
    ),
    click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(DEADLINE_FORMATS),
        default=None,
        help="Output format (default: from the -o file's suffix, else table).",
    ),
    click.option("-o", "--output", metavar="OUT", help="Write to this file (atomically) instead of stdout."),
    click.option(
        "--lang",
        type=click.Choice(LANGS),
        default="vi",
        show_default=True,
        help="Language of the table, CSV, XLSX and calendar: headers, roles, dates (JSON/YAML keys stay English).",
    ),
    click.option("--excel", is_flag=True, help="CSV for a spreadsheet: ';' between cells (implies -f csv)."),
    click.option(
        "--ics",
        "ics_component",
        type=click.Choice(("todo", "event")),
        default="todo",
        show_default=True,
        help="Calendar items: to-dos (VTODO) or events (VEVENT, for apps that import events only).",
    ),
]


def _row_options(f: F) -> F:
    """The options every row command shares (filters, formats, language): ``deadlines`` and any
    other row type."""
    for deco in reversed(_ROWS + _TONE + _BATCH):
        f = deco(f)
    return f


SUFFIX_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".ics": "ics", ".json": "json", ".jsonl": "jsonl", ".yaml": "yaml"}


def _row_format(fmt: str | None, output: str | None, excel: bool, ics_component: str) -> str:
    if fmt is None:
        suffix = os.path.splitext(output or "")[1].lower()
        fmt = "csv" if excel else SUFFIX_FORMATS.get(".yaml" if suffix == ".yml" else suffix, "table")
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to -f csv")
    if ics_component != "todo" and fmt != "ics":
        raise click.UsageError("--ics applies to -f ics")
    if fmt == "xlsx" and not output and _isatty(sys.stdout):
        raise click.UsageError("xlsx is a binary file: give -o FILE.xlsx")
    return fmt


def table_width() -> int:
    """Width of the table: ``COLUMNS`` when set, else the terminal's (stdout, else stderr, so
    ``… | less`` fits the screen too), else 100."""
    value = os.environ.get("COLUMNS", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream.isatty():
                return os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            continue
    return 100


def run_rows(ctx: click.Context, paths: tuple[str, ...], mode: str, opts: dict[str, Any]) -> None:
    """The body of a row command (``deadlines``; any row type in ``ndq57.export.rows.SPECS``):
    parse the inputs, build rows in the workers, filter, render in the chosen format."""
    from ndq57.export.rows import Criteria, select

    before, after, as_of = opts["before"], opts["after"], opts["as_of"]
    if before and after and before < after:
        raise click.UsageError("--before is earlier than --after")
    if opts["within"] is not None and opts["overdue"]:
        raise click.UsageError("--within (the coming days) and --overdue (the past) exclude each other")
    output = opts["output"]
    fmt = _row_format(opts["fmt"], output, opts["excel"], opts["ics_component"])
    by_unit = bool(opts.get("by_unit"))
    if by_unit and fmt == "ics":
        raise click.UsageError("--by-unit gives counts per unit: choose -f table, csv, xlsx, json, jsonl or yaml")
    exporter = _exporter(fmt)
    debug = opts["debug"]

    def body() -> int:
        if _single(paths):  # parsed in this process
            _load_parser()
        from ndq57.batch import Job
        from ndq57.export.rows import SPECS, summarize_by_unit

        if fmt == "xlsx":
            from ndq57.export.xlsx import INSTALL_HINT, available

            if not available():
                raise Fatal(INSTALL_HINT)
        spec = SPECS[mode]
        options = _options(opts["tone_style"], opts["no_fix"], opts["encoding"], opts["max_bytes"], opts["ocr"])
        items = _items(paths, opts["globs"], opts["max_bytes"])
        ref = (as_of.date() if as_of else None) or dt.date.today()
        crit = Criteria(
            before=before.date() if before else None,
            after=after.date() if after else None,
            units=opts["units"],
            kinds=opts["kinds"],
            overdue=opts["overdue"],
            as_of=ref,
            expand=opts["expand"],
            within=opts["within"],
            owners_key=spec.owners_key,
        )
        received = opts["received"].date() if opts["received"] else None
        job = Job(options=options, mode=mode, as_of=ref, debug=debug, received=received, strict=opts["strict"])
        quiet = opts["quiet"] or _single(paths)  # one file: no summary line
        session = Session(
            items, job, _jobs(opts["jobs"]), quiet=quiet, fail_fast=opts["fail_fast"], notes=not opts["quiet"]
        )
        session.listed = 0
        session.listed_what = "" if mode == "deadlines" else "task rows"
        if output:
            _refuse_inputs(items, [output])

        keep_duplicates = opts["keep_duplicates"]
        seen: dict[str, str] = {}  # a directive's identity -> the first file read

        def rows() -> Iterator[dict[str, Any]]:
            for oc in session.outcomes():
                if oc.error is not None:
                    if not exporter.rows_only:
                        yield oc.error
                    continue
                if oc.skipped is not None:
                    continue
                if oc.identity is not None and not keep_duplicates:
                    first = seen.setdefault(oc.identity, oc.item.path)
                    if first != oc.item.path:
                        session.duplicate(oc, first)
                        continue
                for row in select(oc.payload, crit):
                    session.listed = (session.listed or 0) + 1
                    yield row

        listed: Iterator[dict[str, Any]] = rows()
        if by_unit:
            # counts per lead unit over the rows kept by the filters (error records go to stderr)
            spec = SPECS["units"]
            listed = iter(summarize_by_unit((r for r in rows() if "error" not in r), ref))
        extra: dict[str, Any] = {}
        if exporter.people:
            extra.update(lang=opts["lang"], spec=spec)
        if fmt == "ics":
            extra.update(dtstamp=_dtstamp(), component=opts["ics_component"])
            extra.pop("spec")
        elif fmt == "yaml":
            extra["as_list"] = True
        elif fmt == "csv":
            extra["delimiter"] = ";" if opts["excel"] else ","
        elif fmt == "table":
            extra["width"] = table_width()
        _write(listed, exporter, output, session, extra)
        session.summary()
        return EXIT_FAILED if session.failures else EXIT_OK

    ctx.exit(_guard(body, debug))


@cli.command(
    "deadlines",
    epilog=_epilog(
        """\
  ndq57 deadlines van-ban/                              a table (Vietnamese; --lang en)
  ndq57 deadlines van-ban/ --unit "so tai chinh" --within 14
  ndq57 deadlines van-ban/ --overdue --as-of 2026-03-31 -o qua-han.xlsx
  ndq57 deadlines van-ban/ --excel -o han.csv           CSV for Excel (';', UTF-8 BOM)
  ndq57 deadlines van-ban/ --expand --ics event -o han.ics
  ndq57 deadlines cong-van.txt --received 2026-03-02 -f json"""
    ),
    short_help="List deadlines: table, CSV, Excel, calendar, JSON...",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_row_options
@click.pass_context
def deadlines_cmd(ctx: click.Context, /, paths: tuple[str, ...], **opts: Any) -> None:
    """List the deadlines of one or many directives, one row per deadline.

    Each row carries its document's path, number, type and date. Filters (all combined):
    --before/--after (inclusive, on the due date), --within, --overdue, --unit, --kind. Recurring
    deadlines have no due date: date filters drop them unless --expand turns them into dated
    occurrences. Terms counted from receipt are dated from --received (or the document's date).
    The table, CSV, XLSX and calendar are in Vietnamese (--lang en for English), the table is
    sorted by due date (recurring last) and fitted to COLUMNS or the terminal; json, jsonl and
    yaml keep document order and include error records; csv, xlsx, ics and the table hold rows
    only.
    """
    run_rows(ctx, paths, "deadlines", opts)


@cli.command(
    "tasks",
    epilog=_epilog(
        """\
  ndq57 tasks van-ban/                                  one row per task (Vietnamese; --lang en)
  ndq57 tasks ke-hoach.txt --unit "so noi vu"           the tasks of one unit, with or without a date
  ndq57 tasks van-ban/ --overdue --as-of 2026-03-31     tasks past their earliest deadline
  ndq57 tasks van-ban/ --by-unit --as-of 2026-03-31     tasks and overdue ones per lead unit
  ndq57 tasks van-ban/ -o nhiem-vu.xlsx                 for a spreadsheet"""
    ),
    short_help="List tasks (who does what, by when), or counts per unit.",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--by-unit",
    is_flag=True,
    help="Instead of the tasks, one row per lead unit: tasks, with a due date, overdue (before --as-of), "
    "recurring, with no term, and the next due date.",
)
@_row_options
@click.pass_context
def tasks_cmd(ctx: click.Context, /, paths: tuple[str, ...], **opts: Any) -> None:
    """List the tasks of one or many directives, one row per task: what is to be done, its owners
    (lead, coordinating, assigned units or persons), its section and document, and its earliest
    deadline. Tasks with no deadline are listed too (their due column says so) unless a date
    filter is given.

    Filters are those of `ndq57 deadlines` (--unit, --before, --after, --within, --overdue,
    --kind, --expand), applied to each task's earliest deadline; --unit matches any owner. With
    --by-unit the rows kept are counted per lead unit instead.
    """
    run_rows(ctx, paths, "tasks", opts)


# ---------------------------------------------------------------- error boundary


def _guard(body: Callable[[], int], debug: bool) -> int:
    """Run a command body: run-level failures become one line and exit code 1, Ctrl-C 130."""
    try:
        return body()
    except click.ClickException:
        raise
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE_CLOSED
    except Fatal as exc:
        _say(str(exc))
        return EXIT_FAILED
    except Exception as exc:
        if debug:
            raise
        _say(_describe(exc) if not isinstance(exc, OSError) else _os_message(exc))
        return EXIT_FAILED


def _describe(exc: BaseException) -> str:
    from ndq57.batch import describe

    return describe(exc)[1]


def _os_message(exc: OSError) -> str:
    reason = _describe(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


def _quiet_stdout() -> None:
    # after a closed pipe (ndq57 ... | head), send what Python still flushes at exit nowhere
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command ``argv`` (default: this process's command line) and exit with its code
    (``SystemExit``: a caller in Python may catch it and go on)."""
    sys.exit(_command(argv))


def entry() -> None:
    """The console script ``ndq57`` and ``python -m ndq57``: the process's own command, after
    which the process ends without the interpreter's teardown (:func:`_end_process`)."""
    code = _command(None)
    _end_process(code)
    sys.exit(code)


def _command(argv: Sequence[str] | None) -> int:
    """Run the command ``argv``: its exit code, every error reported in one line."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = cli.main(args=args, prog_name="ndq57", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        _say("interrupted")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        code = EXIT_PIPE_CLOSED
    except Exception as exc:
        if "--debug" in args:
            raise
        _say(_describe(exc))
        code = EXIT_FAILED
    return code if isinstance(code, int) else EXIT_OK


def _end_process(code: int) -> None:
    """End the process with ``code`` without the interpreter's teardown, when nothing is left that
    the teardown would do but free memory. A process that has parsed holds the parser's tables and
    patterns, hundreds of thousands of objects; freeing them one by one took a one-file run some
    50 ms, a quarter of its time, for nothing: the process ends. First the standard streams are
    flushed and the exit handlers run (temporary folders, ``weakref.finalize``, worker pools' own
    handlers); where a thread or a child process is still running, or a stream cannot be flushed
    (a closed pipe), this returns and the caller exits as usual (the handlers that ran are not
    run again)."""
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or threading.active_count() > 1:
        return
    children = sys.modules.get("multiprocessing")
    if children is not None and children.active_children():
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        run_handlers()
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # (a closed pipe or stream: the usual exit reports it as before)
        return
    os._exit(code)
