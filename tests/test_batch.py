"""Batch processing: discovery, safe reading, error records, ordered parallel runs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ndq57 import batch
from ndq57.batch import InputItem, Job, discover, error_record, process, read_input, run
from ndq57.errors import DecodeError, InputError
from ndq57.pipeline import Options

DOC = "Số: 3/TB-UBND\n\nTHÔNG BÁO\n\n1. Giao Sở Xây dựng rà soát, báo cáo trước ngày {d}/7/2026.\n"


def tree(root: Path) -> Path:
    for rel in ("b.txt", "a/z.txt", "a/b/c.TXT", "a/m.md", "a/n.text", "a/skip.csv", ".hidden/h.txt", "c.txt"):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(DOC.format(d=len(rel) % 28 + 1), encoding="utf-8")
    return root


def rels(items: list[InputItem]) -> list[str]:
    return [it.rel.replace(os.sep, "/") for it in items]


def test_discover_sorted_recursive_default_globs(tmp_path):
    root = tree(tmp_path / "in")
    items = discover([str(root)])
    assert rels(items) == ["a/b/c.TXT", "a/m.md", "a/n.text", "a/z.txt", "b.txt", "c.txt"]
    assert all(it.size > 0 for it in items)
    assert rels(discover([str(root)], ["a/*.md"])) == ["a/m.md"]  # a pattern with / matches the inner path
    assert rels(discover([str(root)], ["*.CSV"])) == ["a/skip.csv"]


def test_discover_keeps_argument_order_dedupes_and_missing(tmp_path):
    root = tree(tmp_path / "in")
    f = str(root / "c.txt")
    items = discover([f, str(root / "a" / "b"), f, str(tmp_path / "nope.txt"), "-"])
    assert [it.path for it in items] == [f, str(root / "a" / "b" / "c.TXT"), str(tmp_path / "nope.txt"), "-"]


def test_read_input_stats_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)

    def no_open(*_a, **_k):
        raise AssertionError("opened a file that is too large")

    monkeypatch.setattr(batch, "open", no_open, raising=False)
    with pytest.raises(DecodeError, match="too large"):
        read_input(InputItem(str(big), "big.txt"), 1000)
    with pytest.raises(InputError, match="folder"):
        read_input(InputItem(str(tmp_path), "x"), 1000)
    with pytest.raises(InputError, match="no such file"):
        read_input(InputItem(str(tmp_path / "missing"), "missing"), 1000)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_input(InputItem(str(link), "dangling.txt"), 1000)
    monkeypatch.undo()
    with pytest.raises(DecodeError, match="too large"):  # data given up front (standard input)
        read_input(InputItem("-", "-", data=b"y" * 11), 10)
    assert read_input(InputItem(str(big), "big.txt"), 5000) == b"x" * 5000


def test_error_records():
    assert error_record("a", DecodeError("not a text document")) == {
        "source": {"path": "a"},
        "error": {"kind": "decode", "message": "not a text document"},
    }
    assert error_record("b", PermissionError(13, "Permission denied"))["error"] == {
        "kind": "input",
        "message": "permission denied",
    }
    rec = error_record("c", KeyError("x\ny"))
    assert rec["error"]["kind"] == "internal" and "\n" not in rec["error"]["message"]


def test_process_never_raises_unless_debug(tmp_path, monkeypatch):
    import ndq57.pipeline

    f = tmp_path / "a.txt"
    f.write_text(DOC.format(d=5), encoding="utf-8")
    good = process(InputItem(str(f), "a.txt"), Job(Options()))
    assert good.error is None and good.payload["document"]["number"] == "3/TB-UBND"
    assert good.deadlines == len(good.payload["deadlines"]) >= 1
    rows = process(InputItem(str(f), "a.txt"), Job(Options(), mode="deadlines")).payload
    assert rows[0]["path"] == str(f) and rows[0]["due"] == "2026-07-05"

    def boom(*_a, **_k):
        raise RuntimeError("kaput")

    monkeypatch.setattr(ndq57.pipeline, "parse_bytes", boom)
    bad = process(InputItem(str(f), "a.txt"), Job(Options()))
    assert bad.error == {
        "source": {"path": str(f)},
        "error": {"kind": "internal", "message": "internal error: RuntimeError: kaput"},
    }
    with pytest.raises(RuntimeError):
        process(InputItem(str(f), "a.txt"), Job(Options(), debug=True))


def test_run_parallel_keeps_order(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(40):
        (root / f"f{i:03d}.txt").write_text(DOC.format(d=i % 28 + 1) if i % 7 else "", encoding="utf-8")
    items = discover([str(root)])
    job = Job(Options())
    seq = [(o.item.path, o.error, o.payload) for o in run(items, job, 1)]
    par = [(o.item.path, o.error, o.payload) for o in run(items, job, 2, chunksize=3)]
    assert seq == par
    assert [p for p, _e, _d in seq] == sorted(p for p, _e, _d in seq)
    assert sum(1 for _p, e, _d in seq if e) == 6  # f000, f007, ... are empty


def test_workers_render_json_lines(tmp_path):
    """With Job.jsonl the worker hands back the record's JSON line, the same text the exporter
    writes for the record itself; error records stay records."""
    import io

    from ndq57.export import jsonl

    good, empty = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(DOC.format(d=3), encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    items = discover([str(good), str(empty)])
    plain = [process(it, Job(Options())) for it in items]
    lined = [process(it, Job(Options(), jsonl=True)) for it in items]
    assert isinstance(lined[0].payload, jsonl.Line)
    assert lined[0].payload == jsonl.line(plain[0].payload)
    assert json.loads(lined[0].payload) == plain[0].payload
    assert lined[1].error == plain[1].error and lined[1].payload is None
    out = io.StringIO()
    jsonl.render([lined[0].payload, lined[1].error], out)
    assert out.getvalue() == jsonl.line(plain[0].payload) + jsonl.line(plain[1].error)


def test_run_stops_cleanly_when_abandoned(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(30):
        (root / f"f{i:03d}.txt").write_text(DOC.format(d=1), encoding="utf-8")
    gen = run(discover([str(root)]), Job(Options()), 2, chunksize=1)
    first = next(gen)
    gen.close()  # what --fail-fast does: the pool is shut down without waiting for queued work
    assert first.item.path.endswith("f000.txt")


def test_few_items_never_start_a_pool(tmp_path, monkeypatch):
    import concurrent.futures

    def no_pool(*_a, **_k):
        raise AssertionError("started a process pool")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    f = tmp_path / "a.txt"
    f.write_text(DOC.format(d=3), encoding="utf-8")
    items = [InputItem(str(f), "a.txt")] * (batch.MIN_POOL_ITEMS - 1)
    outcomes = list(run(items, Job(Options()), jobs=4))
    assert len(outcomes) == len(items) and all(o.error is None for o in outcomes)
