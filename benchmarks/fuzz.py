"""Fuzz the whole path a clerk uses: mutated directives through ``parse``, the deadline rows, their
filters and every exporter (JSON, JSON Lines, YAML, CSV in both languages and for Excel, the
table at several widths, iCalendar to-dos and events, XLSX with ``--xlsx``).

Not part of the test suite (it takes minutes). Run from the project root:

    .venv/bin/python benchmarks/fuzz.py                 # 10,000 documents, seed 1, all CPUs
    .venv/bin/python benchmarks/fuzz.py -n 50000 --seed 7 --jobs 2 --json out.json

Base documents: ``tests/fixtures/*.txt`` and ``../shared/seeds/*.txt`` when present (add folders
with ``--corpus``). Each mutant applies 1–6 random mutations: lines deleted, duplicated, swapped
or joined; characters deleted, inserted or replaced (Vietnamese letters, digits, punctuation,
control characters, line separators, terminal escapes, bidirectional overrides, NUL); numbers
in dates changed (day 0–40, month 0–19, year 0–99999); numbering markers, header words and
deadline words inserted; the text truncated, repeated or decomposed (NFD). A mutant that raises
is written to ``benchmarks/fuzz-failures/`` with the traceback; the exit code is 1 if any did. A
mutant that ndq57 refuses on purpose (empty, binary: an error record in the CLI) is counted as
refused, not as an exception.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import sys
import time
import traceback
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PIECES = [
    "Số: 12/KH-UBND", "Số 07-TB/TU", "ngày 14 tháng 13 năm 2026", "ngày 31/02/2026", "ngày 0/0/0",
    "trước ngày 25 hằng tháng", "thứ Sáu hằng tuần", "15 ngày làm việc kể từ ngày nhận được",
    "trong thời hạn 99999 ngày kể từ ngày ký", "quý V/2026", "tháng 13/2026", "năm 99999",
    "KẾ HOẠCH", "THÔNG BÁO", "Kính gửi:", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "I.", "1.", "a)", "-", "+",
    "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ", "báo cáo Ủy ban nhân dân tỉnh", "| a | b |",
    "PHỤ LỤC", "Điều 1.", "(1)", "¹", "[2]", "**", "16h00", "17 giờ 30", "ngày 01/4/2026", "năm 2026",
    '{"schema": "ndq57/2"}', "BEGIN:VCALENDAR", "=HYPERLINK(\"x\")", "@SUM(A1)",
]
NASTY = [
    "\x00", "\x1b[2J", "\x1b]0;x\x07", "\x0b", "\x0c", "\r", "\u2028", "\u2029", "\x85", "\u202e", "\u2066",
    "\ufeff", "\ufffd", "\u0301", "\u0323", "\t", "đ", "Đ", "ư", "ơ", "\U0001f600", "\\", '"', ";", ",",
]
ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "0123456789 /.,:;-()"
)


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        lines = text.split("\n")
        op = rng.randrange(12)
        if op == 0 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
        elif op == 1:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == 2 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and len(lines) > 1:
            i = rng.randrange(len(lines) - 1)
            lines[i : i + 2] = [lines[i] + " " + lines[i + 1]]
        elif op == 4:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(PIECES))
        else:
            text = "\n".join(lines)
            if not text:
                text = rng.choice(PIECES)
            pos = rng.randrange(len(text) + 1)
            if op == 5:
                text = text[:pos] + text[pos + rng.randint(1, 20) :]
            elif op == 6:
                text = text[:pos] + rng.choice(NASTY) + text[pos:]
            elif op == 7:
                text = text[:pos] + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))) + text[pos:]
            elif op == 8:
                date = f"ngày {rng.randint(0, 40)}/{rng.randint(0, 19)}/{rng.randint(0, 99999)}"
                text = text[:pos] + " " + rng.choice([date, rng.choice(PIECES)]) + " " + text[pos:]
            elif op == 9:
                text = text[: rng.randrange(len(text) + 1)]
            elif op == 10:
                text = text * rng.randint(2, 3) if len(text) < 40_000 else text
            else:
                text = unicodedata.normalize("NFD", text)
            continue
        text = "\n".join(lines)
    return text


def exercise(text: str, xlsx: bool) -> int:
    """Parse and render in every format; the number of deadline rows."""
    from ndq57.export import EXPORTERS
    from ndq57.export.rows import Criteria, build_rows, select
    from ndq57.pipeline import parse_bytes

    doc = parse_bytes(text.encode("utf-8"), source="fuzz.txt").to_dict()
    as_of = dt.date(2026, 3, 1)
    rows = build_rows(doc, as_of=as_of, received=dt.date(2026, 2, 10))
    rows += build_rows(doc, as_of=as_of)
    expanded = list(select(rows, Criteria(expand=True, as_of=as_of, within=60)))
    list(select(rows, Criteria(units=("sở",), kinds=("date", "recurring"), overdue=True, as_of=as_of)))
    for fmt in ("json", "jsonl", "yaml"):
        EXPORTERS[fmt].render(doc, io.StringIO())
        EXPORTERS[fmt].render(iter(rows), io.StringIO())
    for lang in ("vi", "en"):
        EXPORTERS["csv"].render(iter(rows), io.StringIO(newline=""), lang=lang)
        EXPORTERS["csv"].render(iter(expanded), io.StringIO(newline=""), lang=lang, delimiter=";")
        for width in (40, 80, 200):
            EXPORTERS["table"].render(list(rows), io.StringIO(), width=width, lang=lang)
        for component in ("todo", "event"):
            EXPORTERS["ics"].render(iter(rows + expanded), io.StringIO(newline=""), lang=lang, component=component)
    if xlsx:
        EXPORTERS["xlsx"].render(iter(rows), io.BytesIO())
    return len(rows)


def work(args: tuple[list[str], int, int, int, bool]) -> tuple[int, int, int, list[tuple[str, str, str]]]:
    from ndq57.errors import Ndq57Error

    bases, seed, start, count, xlsx = args
    failures: list[tuple[str, str, str]] = []
    rows = refused = 0
    for n in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + n)
        text = mutate(rng.choice(bases), rng)
        try:
            rows += exercise(text, xlsx)
        except Ndq57Error:  # refused on purpose (an empty or binary text): an error record, not a crash
            refused += 1
        except Exception as exc:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            sig = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"
            failures.append((sig, text, traceback.format_exc()))
    return count, rows, refused, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="mutated documents (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corpus", action="append", default=[], help="another folder of .txt bases")
    ap.add_argument("--xlsx", action="store_true", help="also write XLSX (slower)")
    ap.add_argument("--json", help="write the figures to this file")
    opts = ap.parse_args(argv)
    folders = [ROOT / "tests" / "fixtures", ROOT.parent / "shared" / "seeds", *map(Path, opts.corpus)]
    paths = [p for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]
    bases = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    if not bases:
        print("no base documents", file=sys.stderr)
        return 2
    chunk = 100
    tasks = [(bases, opts.seed, s, min(chunk, opts.n - s), opts.xlsx) for s in range(0, opts.n, chunk)]
    started = time.monotonic()
    done = rows = refused = 0
    signatures: Counter[str] = Counter()
    examples: dict[str, tuple[str, str]] = {}
    with ProcessPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        for count, nrows, nrefused, failures in pool.map(work, tasks, chunksize=1):
            done += count
            rows += nrows
            refused += nrefused
            for sig, text, tb in failures:
                if sig not in signatures:
                    print(f"\nnew exception: {sig}", file=sys.stderr)
                signatures[sig] += 1
                examples.setdefault(sig, (text, tb))
            print(f"\r{done}/{opts.n} documents, {sum(signatures.values())} exceptions", end="", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(file=sys.stderr)
    figures = {
        "documents": done,
        "bases": len(bases),
        "seed": opts.seed,
        "deadline_rows": rows,
        "refused": refused,
        "exceptions": sum(signatures.values()),
        "signatures": dict(signatures),
        "seconds": round(elapsed, 1),
        "documents_per_second": round(done / elapsed, 1) if elapsed else None,
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if opts.json:
        Path(opts.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if examples:
        out = ROOT / "benchmarks" / "fuzz-failures"
        out.mkdir(exist_ok=True)
        for i, (sig, (text, tb)) in enumerate(sorted(examples.items())):
            (out / f"{i:02d}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
            (out / f"{i:02d}.traceback").write_text(f"{sig}\n\n{tb}", encoding="utf-8")
    return 1 if signatures else 0


if __name__ == "__main__":
    sys.exit(main())
