"""``ndq57 register``: a register of tasks across directives (see :mod:`ndq57.register`).

Only click and ``ndq57.cli`` are imported at module level; the register, the parser, the
exporters and the database drivers are imported by the commands that use them.
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from ndq57.cli import (
    DATE,
    DEADLINE_FORMATS,
    EPILOG,
    EXIT_FAILED,
    EXIT_OK,
    STDIN,
    Fatal,
    Session,
    _guard,
    _input_options,
    _items,
    _jobs,
    _options,
    _output,
    _s,
    _say,
    _stdout,
    atomic_output,
)

if TYPE_CHECKING:
    from ndq57.register.store import Register

ENV_DB = "NDQ57_DB"  # the same as ndq57.register.db.ENV_DB
DEFAULT_DB = "ndq57.db"
LIST_FORMATS = ("table", "json", "jsonl", "csv", "yaml", "ics")
REPORT_FORMATS = ("table", "csv", "json", "markdown", "xlsx")
STATUSES = ("open", "done", "removed")

_BY = click.option("--by", metavar="NAME", help="Who makes the change (default: $USER).")


def _open(ctx: click.Context) -> Register:
    from ndq57.register.store import open_register

    reg = open_register(ctx.obj["db"])
    ctx.call_on_close(reg.close)
    return reg


def _run(ctx: click.Context, body: Callable[[], int], debug: bool = False) -> None:
    ctx.exit(_guard(body, debug))


def _today() -> dt.date:
    return dt.date.today()


@click.group(
    "register",
    epilog=EPILOG,
    short_help="A register of tasks across directives: add, done, list, report, serve.",
)
@click.option(
    "--db",
    envvar=ENV_DB,
    default=DEFAULT_DB,
    show_default=True,
    metavar="PATH|URL",
    help=f"The register: a SQLite file, or a postgresql:// URL (also ${ENV_DB}).",
)
@click.pass_context
def register(ctx: click.Context, db: str) -> None:
    """Follow the tasks of many directives: what was assigned, what is done, what is late.

    \b
    ndq57 register add van-ban/                    parse and record (again: only changes)
    ndq57 register list --unit "so tai chinh" --overdue
    ndq57 register done 3fa2c1 --on 2026-03-12     (or NUMBER#tN: 45-TB/VP#t3)
    ndq57 register report --month 2026-03 -f xlsx -o bao-cao-thang-3.xlsx
    ndq57 register serve                           browse it (Datasette)

    The register is a SQLite file (default ./ndq57.db) or a PostgreSQL database. Re-adding a
    document updates what the parser found and never what people set (status, completion date,
    notes); tasks no longer in a document are marked, not deleted.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# ---------------------------------------------------------------- add


@register.command("add", epilog=EPILOG, short_help="Parse directives and record their tasks.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_BY
@_input_options
@click.pass_context
def add_cmd(ctx: click.Context, /, paths: tuple[str, ...], by: str | None, **inputs: Any) -> None:
    """Parse directives (files, folders or -) and record their tasks in the register.

    A file that cannot be read or parsed is reported on stderr and skipped (exit code 1 at the
    end); the others are recorded. Adding the same files again changes nothing.
    """

    def body() -> int:
        from ndq57.batch import Job

        started = time.monotonic()
        reg = _open(ctx)
        # the input options of `ndq57 parse`, whatever they are: those _options takes go to it
        wanted = inspect.signature(_options).parameters
        options = _options(**{k: v for k, v in inputs.items() if k in wanted})
        items = _items(paths, inputs["globs"], inputs["max_bytes"])
        job = Job(options=options, debug=inputs["debug"])
        quiet = bool(inputs["quiet"])
        session = Session(items, job, _jobs(inputs["jobs"]), quiet=quiet, fail_fast=inputs["fail_fast"])

        def documents() -> Iterator[dict[str, Any]]:
            for oc in session.outcomes():
                if oc.error is None:
                    yield oc.payload

        stats = reg.add(documents(), by=by, on_warning=_say)
        if not quiet:
            if not items:
                _say("no input files found (see --glob)")
            else:
                _say(
                    f"{stats.documents} document{_s(stats.documents)}, {stats.tasks} task{_s(stats.tasks)} "
                    f"({stats.new} new, {stats.updated} updated, {stats.unchanged} unchanged, "
                    f"{stats.removed} removed, {stats.restored} restored), "
                    f"{session.failures} failure{_s(session.failures)} in {time.monotonic() - started:.1f} s"
                )
        return EXIT_FAILED if session.failures else EXIT_OK

    _run(ctx, body, inputs["debug"])


# ---------------------------------------------------------------- status


def _task_line(change: Any) -> str:
    text = " ".join(str(change.text).split())
    return text if len(text) <= 70 else text[:69] + "…"


@register.command("done", epilog=EPILOG, short_help="Mark a task done.")
@click.argument("tasks", nargs=-1, required=True, metavar="TASK...")
@click.option("--on", "on", type=DATE, metavar="DATE", help="Completion date (default: today).")
@click.option("--note", metavar="TEXT", help="Add a note (with the date and who).")
@click.option(
    "--for",
    "occurrence",
    metavar="DATE|MONTH",
    help="For a recurring task: the occurrence done (default: the open one nearest --on).",
)
@click.option(
    "--ended",
    is_flag=True,
    help="For a recurring task: the duty itself ends on --on (no later occurrence is due; `reopen` undoes it).",
)
@_BY
@click.pass_context
def done_cmd(
    ctx: click.Context,
    tasks: tuple[str, ...],
    on: dt.datetime | None,
    note: str | None,
    occurrence: str | None,
    ended: bool,
    by: str | None,
) -> None:
    """Mark tasks done on a date. TASK is a task id (4 or more of its first characters, as
    `register list` shows them) or NUMBER#tN (the document's number and the task's id in it)."""

    def body() -> int:
        reg = _open(ctx)
        day = on.date() if on else _today()
        for ref in tasks:
            ch = reg.done(ref, day, by=by, note=note, occurrence=occurrence, ended=ended)
            occ = f" (occurrence {ch.occurrence})" if ch.occurrence else ""
            what = "ended" if ended else "done"
            _say(f"{ch.task_id}: {what} on {ch.value}{occ}: {_task_line(ch)}")
        return EXIT_OK

    _run(ctx, body)


@register.command("reopen", epilog=EPILOG, short_help="Open a done task again.")
@click.argument("task", metavar="TASK")
@click.option("--for", "occurrence", metavar="DATE|MONTH", help="For a recurring task: the occurrence to reopen.")
@_BY
@click.pass_context
def reopen_cmd(ctx: click.Context, task: str, occurrence: str | None, by: str | None) -> None:
    """Open a done task again (a recurring task: its latest done occurrence, or --for; a duty
    ended with `done --ended`: the duty itself)."""

    def body() -> int:
        ch = _open(ctx).reopen(task, by=by, occurrence=occurrence)
        occ = f" (occurrence {ch.occurrence})" if ch.occurrence else ""
        _say(f"{ch.task_id}: open again{occ}, was {ch.previous}: {_task_line(ch)}")
        return EXIT_OK

    _run(ctx, body)


@register.command("note", epilog=EPILOG, short_help="Add a note to a task.")
@click.argument("task", metavar="TASK")
@click.argument("text", nargs=-1, required=True, metavar="TEXT...")
@_BY
@click.pass_context
def note_cmd(ctx: click.Context, task: str, text: tuple[str, ...], by: str | None) -> None:
    """Add a line to a task's note ("2026-03-12 user: TEXT")."""

    def body() -> int:
        ch = _open(ctx).note(task, " ".join(text), by=by)
        _say(f"{ch.task_id}: note added: {_task_line(ch)}")
        return EXIT_OK

    _run(ctx, body)


@register.command("show", epilog=EPILOG, short_help="One task with its history.")
@click.argument("task", metavar="TASK")
@click.option("--as-of", type=DATE, metavar="DATE", help="Day of the state shown (default: today).")
@click.option("-f", "--format", "fmt", type=click.Choice(("yaml", "json")), default="yaml", show_default=True)
@click.pass_context
def show_cmd(ctx: click.Context, task: str, as_of: dt.datetime | None, fmt: str) -> None:
    """Print one task (its state, owners, deadlines, document) and the history of its status."""

    def body() -> int:
        from ndq57.export import EXPORTERS
        from ndq57.register.listing import one

        reg = _open(ctx)
        row = reg.resolve(task)
        record = one(reg, row["id"], as_of.date() if as_of else _today())
        record["completions"] = reg.completions(task_id=row["id"]).get(row["id"], {})
        record["history"] = reg.history(row["id"])
        with _stdout() as fh:
            EXPORTERS[fmt].render(record, fh)
        return EXIT_OK

    _run(ctx, body)


# ---------------------------------------------------------------- list, export


def _unit_option(f: Any) -> Any:
    return click.option(
        "--unit",
        "units",
        multiple=True,
        metavar="TEXT",
        help="Keep tasks of a unit (accent- and case-insensitive: 'dak' finds 'Đắk'; repeatable).",
    )(f)


def _lang_option(f: Any) -> Any:
    from ndq57.export.labels import DEFAULT_LANG, LANGS

    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=DEFAULT_LANG,
        show_default=True,
        help="Language of the table, CSV, XLSX and calendar: headers, states, dates (JSON/YAML keys stay English).",
    )(f)


@register.command("list", epilog=EPILOG, short_help="List tasks: table, CSV, JSON, iCalendar...")
@_unit_option
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUSES),
    help="Keep tasks with this status (repeatable; 'removed': no longer in their document).",
)
@click.option("--overdue", is_flag=True, help="Keep tasks overdue on --as-of.")
@click.option("--as-of", type=DATE, metavar="DATE", help="Day the states are computed for (default: today).")
@click.option(
    "--document", "documents", multiple=True, metavar="NUMBER", help="Keep tasks of this document (repeatable)."
)
@click.option("--after", type=DATE, metavar="DATE", help="Keep tasks due on or after this day.")
@click.option("--before", type=DATE, metavar="DATE", help="Keep tasks due on or before this day.")
@click.option(
    "--within",
    type=click.IntRange(min=0),
    metavar="DAYS",
    help="Keep tasks due in the DAYS days from --as-of (both included), as `ndq57 deadlines --within`.",
)
@click.option("-f", "--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
@click.option("-o", "--output", metavar="OUT", help="Write to this file (atomically) instead of stdout.")
@_lang_option
@click.pass_context
def list_cmd(
    ctx: click.Context,
    units: tuple[str, ...],
    statuses: tuple[str, ...],
    overdue: bool,
    as_of: dt.datetime | None,
    documents: tuple[str, ...],
    after: dt.datetime | None,
    before: dt.datetime | None,
    within: int | None,
    fmt: str,
    output: str | None,
    lang: str,
) -> None:
    """List the register's tasks with their state on --as-of: done_on_time, done_late, done (no
    term), in_term, overdue, no_term, recurring, removed. Removed tasks are listed only with
    --status removed."""

    def body() -> int:
        from ndq57.register.listing import Filter, select

        reg = _open(ctx)
        day = as_of.date() if as_of else _today()
        first, last = (after.date() if after else None), (before.date() if before else None)
        if within is not None:  # the coming days: [as-of, as-of + within], inside any --after/--before
            first = max(first or day, day)
            last = min(last or day + dt.timedelta(days=within), day + dt.timedelta(days=within))
        filt = Filter(
            units=units,
            statuses=statuses,
            overdue=overdue,
            as_of=day,
            documents=documents,
            after=first,
            before=last,
        )
        _write_rows(select(reg, filt), fmt, output, lang)
        return EXIT_OK

    _run(ctx, body)


def _write_rows(rows: list[dict[str, Any]], fmt: str, output: str | None, lang: str) -> None:
    from ndq57.export import EXPORTERS
    from ndq57.register import listing

    with _output(output) as fh:
        if fmt == "table":
            listing.render_table(rows, fh, lang=lang)
        elif fmt == "csv":
            listing.render_csv(rows, fh, lang=lang)
        elif fmt == "ics":
            EXPORTERS["ics"].render(listing.calendar_rows(rows), fh, dtstamp=_dtstamp(), lang=lang)
        elif fmt == "yaml":
            EXPORTERS["yaml"].render(rows, fh, as_list=True)
        else:
            EXPORTERS[fmt].render(rows, fh)


def _dtstamp() -> dt.datetime:
    from ndq57.cli import _dtstamp as stamp

    return stamp()


@register.command("export", epilog=EPILOG, short_help="Open deadlines as a calendar feed (iCalendar).")
@_unit_option
@click.option(
    "--as-of", type=DATE, metavar="DATE", help="Day for the next occurrence of recurring tasks (default: today)."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(DEADLINE_FORMATS),
    default="ics",
    show_default=True,
    help="ics (one VTODO per open task with a term), or the deadline row formats of `ndq57 deadlines`.",
)
@click.option("-o", "--output", metavar="OUT", help="Write to this file (atomically) instead of stdout.")
@_lang_option
@click.pass_context
def export_cmd(
    ctx: click.Context, units: tuple[str, ...], as_of: dt.datetime | None, fmt: str, output: str | None, lang: str
) -> None:
    """Export the open tasks that have a term (a due date or a recurrence) as deadline rows: an
    iCalendar feed by default, with stable UIDs, so a re-export updates the calendar."""

    def body() -> int:
        from ndq57.export import EXPORTERS
        from ndq57.register.listing import Filter, calendar_rows, select

        reg = _open(ctx)
        rows = calendar_rows(
            select(reg, Filter(units=units, statuses=("open",), as_of=as_of.date() if as_of else _today()))
        )
        extra: dict[str, Any] = {"lang": lang} if EXPORTERS[fmt].people else {}
        if fmt == "ics":
            extra["dtstamp"] = _dtstamp()
        elif fmt == "yaml":
            extra["as_list"] = True
        with _output(output) as fh:
            EXPORTERS[fmt].render(rows, fh, **extra)
        return EXIT_OK

    _run(ctx, body)


# ---------------------------------------------------------------- report


@register.command("report", epilog=EPILOG, short_help="The monthly follow-up report, per lead unit.")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month reported (2026-03 or 03/2026).")
@_unit_option
@click.option(
    "--as-of",
    type=DATE,
    metavar="DATE",
    help="Day of the figures (default: the month's last day, or today if earlier).",
)
@click.option("-f", "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="table", show_default=True)
@click.option(
    "--part",
    type=click.Choice(("all", "counts", "overdue")),
    default="all",
    show_default=True,
    help="The counts per unit, the overdue list, or both.",
)
@click.option("-o", "--output", metavar="OUT", help="Write to this file (atomically); required for xlsx.")
@click.pass_context
def report_cmd(
    ctx: click.Context,
    month: str,
    units: tuple[str, ...],
    as_of: dt.datetime | None,
    fmt: str,
    part: str,
    output: str | None,
) -> None:
    """The monthly follow-up report (the scheme of Quyết định 42/2014/QĐ-TTg): per lead unit,
    tasks done on time and done late in the month, open within their term and overdue at its
    end, with no term, and recurring (each occurrence in the month counts); then the overdue
    tasks with their document's number and date, owners, due date and days late."""
    from ndq57.register.report import parse_month

    try:
        first = parse_month(month)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--month") from None
    if fmt == "xlsx" and (not output or output == STDIN):
        raise click.UsageError("-f xlsx writes a file: give -o FILE.xlsx")
    if as_of and as_of.date() < first:
        raise click.UsageError("--as-of is before the month")

    def body() -> int:
        from ndq57.register import report

        rep = report.build(_open(ctx), first, as_of=as_of.date() if as_of else None, units=units)
        if fmt == "xlsx":
            assert output is not None
            data = report.render_xlsx(rep, part)
            _write_bytes(output, data)
            return EXIT_OK
        with _output(output) as fh:
            report.render(rep, fmt, fh, part=part)
        return EXIT_OK

    _run(ctx, body)


def _write_bytes(path: str, data: bytes) -> None:
    if os.path.isdir(path):
        raise Fatal(f"output {path} is a folder")
    with atomic_output(path, binary=True) as fh:
        fh.write(data)


# ---------------------------------------------------------------- serve


@register.command("serve", epilog=EPILOG, short_help="Browse the register in a web browser (Datasette).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port.")
@click.pass_context
def serve_cmd(ctx: click.Context, host: str, port: int) -> None:
    """Serve the register with Datasette (pip install 'ndq57[serve]'): tables with facets on
    lead unit and status, the "overdue by unit" query taking a date, CSV and JSON export. A
    PostgreSQL register is served as a SQLite snapshot taken at start."""

    def body() -> int:
        from ndq57.register import serve
        from ndq57.register.db import is_postgres, redact

        url = ctx.obj["db"]
        _open(ctx).close()  # creates or upgrades the schema first
        what = f"a snapshot of {redact(url)}" if is_postgres(url) else url
        _say(f"serving {what} at http://{host}:{port}/ (Ctrl-C stops)")
        code = serve.run(ctx.obj["db"], host, port)
        return EXIT_OK if code in (0, -2, 130) else EXIT_FAILED

    _run(ctx, body)
