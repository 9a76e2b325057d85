"""Benchmark of the task register (``ndq57 register``): loading 100,000 tasks and the monthly report.

Run from the project root with the venv's Python::

    .venv/bin/python benchmarks/bench_register.py                    # SQLite, 100,000 tasks
    .venv/bin/python benchmarks/bench_register.py --pg postgresql://u@127.0.0.1/db   # PostgreSQL too
    .venv/bin/python benchmarks/bench_register.py --tasks 5000 --repeat 1           # a quick run
    .venv/bin/python benchmarks/bench_register.py --json out.json

The documents are the parsed fixtures (``tests/fixtures/*.txt`` and ``tests/fixtures/register``,
plus ``../shared/seeds`` when present), parsed once and then copied with new numbers and dates
moved by -12 to +11 months until the copies hold the number of tasks asked for. What is timed
(each the median of ``--repeat`` runs, each on a new register; wall and CPU seconds):

1. ``Register.add`` of all the documents into an empty register (the load; target < 10 s for
   100,000 tasks). Parsing is not included: it is measured by ``benchmarks/bench.py``;
2. ``Register.add`` of the same documents again (nothing changes; the idempotent path);
3. ``report.build`` of March 2026 and its JSON rendering, first with nothing marked done (every
   task due before 31 March overdue: the longest overdue list), then after the clerk's work of
   :func:`mark_people` (most past tasks done) — the target (< 1 s) is for the latter;
4. ``listing.select`` of the overdue tasks on the month's last day.

The table goes to stdout, then the JSON summary on the last line. Exit code 0, or 1 when a target
is missed. Only ndq57 and the standard library are used (psycopg for ``--pg``).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import gc
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"
TARGET_LOAD_S = 10.0
TARGET_REPORT_S = 1.0
MONTH = dt.date(2026, 3, 1)


def parsed_documents() -> list[dict[str, Any]]:
    from ndq57.batch import Job, discover, process
    from ndq57.pipeline import Options

    paths = [str(FIXTURES), str(FIXTURES / "register")]
    if SEEDS.is_dir():
        paths.append(str(SEEDS))
    docs = []
    for item in discover(paths, ("*.txt",)):
        if "encodings" in Path(item.path).parts:
            continue
        oc = process(item, Job(options=Options()))
        if oc.error is None and oc.payload["tasks"]:
            d = oc.payload
            docs.append({k: d[k] for k in ("source", "document", "tasks", "deadlines")})
    return docs


def _shift(iso: Any, months: int) -> Any:
    if not isinstance(iso, str) or len(iso) < 10 or iso[4] != "-":
        return iso
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    for d in (day.day, 28):
        try:
            return dt.date(year, month + 1, d).isoformat() + iso[10:]
        except ValueError:
            continue
    return iso


def copies(base: list[dict[str, Any]], tasks: int) -> list[dict[str, Any]]:
    """Documents copied from ``base`` until they hold ``tasks`` tasks (the last one trimmed)."""
    out: list[dict[str, Any]] = []
    count = 0
    i = 0
    while count < tasks:
        for doc in base:
            d = copy.deepcopy(doc)
            months = i % 24
            header = d["document"]
            header["number"] = f"{header.get('number') or 'KS'}-{i}"
            header["date"] = _shift(header.get("date") or "2025-01-15", months - 12)
            d["source"]["sha256"] = f"{i:08x}" + str(d["source"]["sha256"])[8:]
            d["source"]["path"] = f"copy-{i}/{Path(str(d['source']['path'])).name}"
            for dl in d["deadlines"]:
                dl["due"] = _shift(dl.get("due"), months - 12)
            take = min(len(d["tasks"]), tasks - count)
            d["tasks"] = d["tasks"][:take]
            count += take
            out.append(d)
            if count >= tasks:
                break
        i += 1
    return out


def mark_people(reg: Any) -> dict[str, int]:
    """A working office: of the dated tasks due before the report's month 85 % are done (two in
    three on time), of those due in it 50 %, of later ones 10 %; the monthly and weekly reports
    of March are done for two recurring tasks in three."""
    rows = reg.db.query("SELECT id, due_date, term FROM tasks ORDER BY id")
    done, completions = [], []
    month_end = MONTH.replace(day=28) + dt.timedelta(days=4)
    for n, (tid, due, term) in enumerate(rows):
        if term == "dated" and due:
            day = dt.date.fromisoformat(due)
            share = 85 if day < MONTH else 50 if day < month_end else 10
            if n % 100 < share:
                late = n % 3 == 0
                done.append(((day + dt.timedelta(days=4 if late else -2)).isoformat(), tid))
        elif term == "recurring" and n % 3:
            for occ in ("2026-03-06", "2026-03-13", "2026-03-20", "2026-03-25", "2026-03-27"):
                completions.append((tid, occ, occ))
    with reg.db.transaction():
        reg.db.executemany("UPDATE tasks SET status = 'done', done_on = ? WHERE id = ?", done)
        reg.db.executemany(
            "INSERT INTO completions (task_id, occurrence, done_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            completions,
        )
    return {"done": len(done), "completions": len(completions)}


CPU: list[float] = []  # the CPU seconds of the last timed() call (this process: SQLite's work too)


def timed(fn: Any) -> tuple[float, Any]:
    c0, t0 = time.process_time(), time.perf_counter()
    result = fn()
    CPU[:] = [time.process_time() - c0]
    return time.perf_counter() - t0, result


def run_engine(name: str, make_url: Any, docs: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    from ndq57.register import open_register
    from ndq57.register import report as rpt
    from ndq57.register.listing import Filter, select

    loads, readds, reports, worst, overdue_lists = [], [], [], [], []
    cpu: dict[str, list[float]] = {"load": [], "readd": [], "report": [], "report_nothing_done": [], "overdue_list": []}
    facts: dict[str, Any] = {}
    for _ in range(repeat):
        with make_url() as url, open_register(url) as reg:
            t, stats = timed(lambda: reg.add(docs, by="bench"))
            loads.append(t)
            cpu["load"] += CPU
            facts["tasks"] = stats.tasks
            facts["documents"] = stats.documents
            t, again = timed(lambda: reg.add(docs, by="bench"))
            readds.append(t)
            cpu["readd"] += CPU
            assert again.unchanged == stats.tasks, again

            def report() -> str:
                out = io.StringIO()
                rpt.render(rpt.build(reg, MONTH, as_of=dt.date(2026, 3, 31)), "json", out)
                return out.getvalue()

            for _ in range(3):  # nothing marked done yet: every past task overdue, the longest list
                t, text = timed(report)
                worst.append(t)
                cpu["report_nothing_done"] += CPU
            facts["nothing_done_overdue"] = json.loads(text)["total"]["overdue"]
            facts.update(mark_people(reg))
            for _ in range(3):
                t, text = timed(report)
                reports.append(t)
                cpu["report"] += CPU
            summary = json.loads(text)
            facts["report_total"] = summary["total"]
            facts["report_units"] = len(summary["units"])
            t, rows = timed(lambda: select(reg, Filter(overdue=True, as_of=dt.date(2026, 3, 31))))
            overdue_lists.append(t)
            cpu["overdue_list"] += CPU
            facts["overdue_listed"] = len(rows)
    return {
        "engine": name,
        **facts,
        "load_s": statistics.median(loads),
        "readd_s": statistics.median(readds),
        "report_s": statistics.median(reports),
        "report_nothing_done_s": statistics.median(worst),
        "overdue_list_s": statistics.median(overdue_lists),
        "load_tasks_per_s": facts["tasks"] / statistics.median(loads),
        **{f"{k}_cpu_s": statistics.median(v) for k, v in cpu.items()},
    }


class SqliteFile:
    def __enter__(self) -> str:
        self.tmp = tempfile.TemporaryDirectory(prefix="ndq57-bench-")
        return str(Path(self.tmp.name) / "register.db")

    def __exit__(self, *exc: object) -> None:
        self.tmp.cleanup()


class PgSchema:
    def __init__(self, base: str) -> None:
        self.base = base
        self.schema = "bench_" + uuid.uuid4().hex[:10]

    def __enter__(self) -> str:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {self.schema}")
        sep = "&" if "?" in self.base else "?"
        return f"{self.base}{sep}options=-csearch_path%3D{self.schema}"

    def __exit__(self, *exc: object) -> None:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {self.schema} CASCADE")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tasks", type=int, default=100_000, help="tasks to load (default 100000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (median; default 3)")
    ap.add_argument("--pg", metavar="URL", default=os.environ.get("NDQ57_TEST_PG"), help="also PostgreSQL")
    ap.add_argument("--json", metavar="FILE", help="write the JSON summary here too")
    args = ap.parse_args(argv)

    t, base = timed(parsed_documents)
    docs = copies(base, args.tasks)
    # The copies stand for documents that `register add` receives one at a time from the parser
    # and drops at once; kept all in memory here, they would make every garbage collection walk
    # them. Frozen, the collector leaves them alone, as it never meets them in a real run.
    gc.freeze()
    print(
        f"corpus: {len(base)} parsed documents ({sum(len(d['tasks']) for d in base)} tasks, parsed in {t:.1f} s), "
        f"copied into {len(docs)} documents with {sum(len(d['tasks']) for d in docs)} tasks"
    )
    results = [run_engine("sqlite", SqliteFile, docs, args.repeat)]
    if args.pg:
        results.append(run_engine("postgresql", lambda: PgSchema(args.pg), docs, args.repeat))
    ok = True
    print("wall seconds (CPU seconds of this process: all of SQLite's work, the client's part for PostgreSQL)")
    keys = ("load", "readd", "report", "report_nothing_done", "overdue_list")
    heads = ("load", "re-add", "report", "report (none done)", "overdue list")
    print(f"{'engine':<11} {'tasks':>7} " + " ".join(f"{h:>18}" for h in heads))
    for r in results:
        cells = [f"{r[k + '_s']:.2f} ({r[k + '_cpu_s']:.2f})" for k in keys]
        print(f"{r['engine']:<11} {r['tasks']:>7} " + " ".join(f"{c:>18}" for c in cells))
        scale = 100_000 / max(r["tasks"], 1)
        r["load_target"] = "PASS" if r["load_s"] * scale < TARGET_LOAD_S else "MISS"
        r["report_target"] = "PASS" if r["report_s"] < TARGET_REPORT_S else "MISS"
        ok = ok and r["load_target"] == "PASS" and r["report_target"] == "PASS"
        print(
            f"  {r['engine']}: load of 100,000 tasks < {TARGET_LOAD_S:.0f} s: {r['load_target']}; "
            f"report < {TARGET_REPORT_S:.0f} s: {r['report_target']} (report totals {r['report_total']})"
        )
    summary = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "results": results,
    }
    text = json.dumps(summary, ensure_ascii=False)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
