"""The ``ndq57`` command line: help, formats, stdin, folders with bad files, parallel runs, exit
codes, atomic writes, deadlines exports (CSV and iCalendar read back)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ndq57 import batch, export
from ndq57.cli import cli, main
from ndq57.export import EXPORTERS

ROOT = Path(__file__).resolve().parents[1]

# Invented directive (no real document): a plan with dated, timed and monthly deadlines.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG

Số: 27/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lâm Đồng, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn thực phẩm trên địa bàn tỉnh năm 2026

I. NHIỆM VỤ

1. Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương xây dựng kế hoạch kiểm tra liên ngành, trình Ủy ban nhân dân tỉnh trước ngày 30/4/2026.

2. Sở Tài chính bố trí kinh phí thực hiện; hoàn thành trước 16h00 ngày 15/5/2026.

3. Ủy ban nhân dân các xã, phường báo cáo kết quả kiểm tra về Sở Y tế trước ngày 25 hằng tháng.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Khoa
"""

NOTICE = """BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
VĂN PHÒNG
*
Số 08-TB/VPTU

ĐẢNG CỘNG SẢN VIỆT NAM

Bảo Lộc, ngày 02 tháng 02 năm 2026

THÔNG BÁO
Ý kiến chỉ đạo về công tác chuẩn bị hội nghị

1. Ban Tổ chức Tỉnh ủy hoàn thiện dự thảo báo cáo, gửi Văn phòng Tỉnh ủy trước ngày 20/02/2026.
2. Các đảng ủy trực thuộc tổng hợp ý kiến đóng góp, hoàn thành trong tháng 3/2026.
"""

TONE = "Số: 05/CV-UBND\n\n1. Đề nghị các cơ quan đẩy mạnh chuyển đổi số, hoà nhập, báo cáo trước ngày 10/6/2026.\n"


def to_cp1258(text: str) -> bytes:
    """Encode like a legacy Windows-1258 editor: base letters precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in d if c in tones).encode("cp1258")
    return bytes(out)


def invoke(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def mixed_folder(root: Path) -> Path:
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "b_legacy.txt").write_bytes(to_cp1258(NOTICE))
    (folder / "sub" / "c_wide.txt").write_bytes(PLAN.encode("utf-16"))  # with BOM
    (folder / "d_nul.txt").write_bytes(b"So 1\x00\x00\x01binary")
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "f_notes.md").write_text(NOTICE, encoding="utf-8")
    (folder / "g_skip.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "x.txt").mkdir()  # a folder with a text-like name: walked, not read
    unreadable = folder / "h_locked.txt"
    if os.geteuid() == 0:  # root reads anything: use a dangling symbolic link
        unreadable.symlink_to(folder / "missing-target.txt")
    else:
        unreadable.write_text(PLAN, encoding="utf-8")
        unreadable.chmod(0)
    return folder


# ---------------------------------------------------------------- help, version, README


def test_help_and_readme_cover_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = invoke("--help")
    assert top.exit_code == 0 and "Exit codes" in top.stdout
    assert set(cli.commands) == {"parse", "text", "deadlines", "tasks", "explain", "schema"}
    for name in cli.commands:
        res = invoke(name, "--help")
        assert res.exit_code == 0, name
        assert f"Usage: ndq57 {name}" in res.stdout or f"Usage: cli {name}" in res.stdout
        assert "130" in res.stdout  # exit codes in the epilog
        assert f"ndq57 {name}" in readme, name
    assert "## Usage" in readme and "## Exit codes" in readme and "## Output" in readme


def test_version():
    res = invoke("--version")
    assert res.exit_code == 0 and res.stdout.startswith("ndq57 ")


def test_usage_errors_exit_2(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    assert invoke("parse", str(f), "-f", "xml").exit_code == 2
    assert invoke("parse", str(f), "--jobs", "0").exit_code == 2
    assert invoke("parse", str(f), "--encoding", "no-such-codec").exit_code == 2
    assert invoke("parse", str(f), "-o", str(tmp_path / "o"), "--out-dir", str(tmp_path / "d")).exit_code == 2
    assert invoke("parse").exit_code == 2
    assert invoke("deadlines", str(f), "--before", "tomorrow").exit_code == 2


# ---------------------------------------------------------------- parse


def test_parse_one_file_yaml_and_json(tmp_path):
    f = tmp_path / "plan.txt"
    f.write_text(PLAN, encoding="utf-8")
    res = invoke("parse", str(f))
    assert res.exit_code == 0, res.stderr
    doc = yaml.safe_load(res.stdout)
    assert list(doc)[:3] == ["schema", "source", "document"]  # key order kept
    assert doc["document"]["number"] == "27/KH-UBND"
    assert "Ủy ban nhân dân" in res.stdout  # allow_unicode
    assert res.stderr == ""  # one input: no summary
    res = invoke("parse", str(f), "-f", "json")
    obj = json.loads(res.stdout)
    assert obj["source"]["path"] == str(f) and obj["document"]["date"] == "2026-03-12"
    assert "\\u" not in res.stdout
    assert {d["due"] for d in obj["deadlines"]} >= {"2026-04-30", "2026-05-15T16:00"}


def test_parse_stdin():
    res = invoke("parse", "-", "-f", "json", input=PLAN.encode("utf-8"))
    assert res.exit_code == 0
    obj = json.loads(res.stdout)
    assert obj["source"]["path"] is None and obj["document"]["number"] == "27/KH-UBND"


def test_parse_folder_mixed_good_and_bad(tmp_path):
    folder = mixed_folder(tmp_path)
    res = invoke("parse", str(folder), "--jobs", "1")
    assert res.exit_code == 1
    records = [json.loads(line) for line in res.stdout.splitlines()]
    paths = [os.path.relpath(r["source"]["path"], folder) for r in records]
    assert paths == sorted(paths, key=lambda p: p.split(os.sep))
    assert paths == [
        "a_plan.txt",
        "b_legacy.txt",
        "d_nul.txt",
        "e_empty.txt",
        "f_notes.md",
        "h_locked.txt",
        os.path.join("sub", "c_wide.txt"),
    ]
    by = dict(zip(paths, records, strict=True))
    assert by["a_plan.txt"]["document"]["number"] == "27/KH-UBND"
    assert by["b_legacy.txt"]["source"]["encoding"] == "windows-1258"
    assert by["b_legacy.txt"]["document"]["number"] == "08-TB/VPTU"
    assert by[os.path.join("sub", "c_wide.txt")]["source"]["encoding"] == "utf-16"
    assert by[os.path.join("sub", "c_wide.txt")]["document"]["number"] == "27/KH-UBND"
    for bad, kind in (("d_nul.txt", "decode"), ("e_empty.txt", "decode"), ("h_locked.txt", "input")):
        rec = by[bad]
        assert set(rec) == {"source", "error"} and rec["error"]["kind"] == kind
        assert rec["error"]["message"]
        assert f"ndq57: {rec['source']['path']}: {rec['error']['message']}\n" in res.stderr
    assert "NUL" in by["d_nul.txt"]["error"]["message"]
    assert "empty" in by["e_empty.txt"]["error"]["message"]
    assert "Traceback" not in res.stderr and "\x1b[" not in res.stderr
    assert res.stderr.rstrip().splitlines()[-1].startswith("ndq57: 4 documents, ")
    assert "3 failures" in res.stderr


def test_jobs_1_and_2_identical(tmp_path):
    folder = mixed_folder(tmp_path)
    for i in range(6):
        (folder / "sub" / f"more{i}.txt").write_text(PLAN if i % 2 else NOTICE, encoding="utf-8")
    one = invoke("parse", str(folder), "-j", "1", "-q")
    two = invoke("parse", str(folder), "-j", "2", "-q")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout_bytes == two.stdout_bytes
    assert one.stderr == two.stderr  # the same error lines, in the same order; no summary with -q
    ics1 = invoke("deadlines", str(folder), "-j", "1", "-q", "-f", "csv")
    ics2 = invoke("deadlines", str(folder), "-j", "2", "-q", "-f", "csv")
    assert ics1.stdout_bytes == ics2.stdout_bytes


def test_quiet_and_fail_fast(tmp_path):
    folder = mixed_folder(tmp_path)
    res = invoke("parse", str(folder), "-q", "--fail-fast", "-j", "1")
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert len(lines) == 3 and "error" in json.loads(lines[-1])  # a_plan, b_legacy, then d_nul stops it
    assert res.stderr.count("ndq57: ") == 1


def test_internal_error_record_and_debug(tmp_path, monkeypatch):
    import ndq57.pipeline

    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    g = tmp_path / "b.txt"
    g.write_text(PLAN, encoding="utf-8")

    def boom(*_a, **_k):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(ndq57.pipeline, "parse_bytes", boom)
    res = invoke("parse", str(f), str(g), "-j", "1")
    assert res.exit_code == 1
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["error"]["kind"] for r in recs] == ["internal", "internal"]
    assert "Traceback" not in res.stderr
    with pytest.raises(ZeroDivisionError):
        invoke("parse", str(f), "-j", "1", "--debug")


def test_max_bytes(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(PLAN, encoding="utf-8")
    res = invoke("parse", str(f), "--max-bytes", "100")
    assert res.exit_code == 1 and "too large" in res.stderr and res.stdout == ""
    assert invoke("parse", str(f), "--max-bytes", "1M").exit_code == 0


def test_output_file_and_out_dir(tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "all.jsonl"
    res = invoke("parse", str(folder), "-o", str(out), "-q")
    assert res.exit_code == 1 and res.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7
    dest = tmp_path / "out"
    res = invoke("parse", str(folder), "--out-dir", str(dest), "-q", "-f", "yaml")
    assert res.exit_code == 1
    written = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert written == ["a_plan.txt.yaml", "b_legacy.txt.yaml", "f_notes.md.yaml", "sub/c_wide.txt.yaml"]
    assert yaml.safe_load((dest / "sub" / "c_wide.txt.yaml").read_text(encoding="utf-8"))["schema"] == "ndq57/3"
    res = invoke("parse", str(folder / "a_plan.txt"), "--out-dir", str(dest))
    assert res.exit_code == 0 and (dest / "a_plan.txt.json").is_file()
    res = invoke("parse", str(folder), "--out-dir", str(dest / "a_plan.txt.json"), "-q")
    assert res.exit_code == 1 and "is not a folder" in res.stderr and "Traceback" not in res.stderr


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_atomic_write_on_failure(tmp_path, monkeypatch, exc):
    folder = mixed_folder(tmp_path)
    target = tmp_path / "result.jsonl"
    target.write_text("previous content\n", encoding="utf-8")
    real = EXPORTERS["jsonl"]

    def half(items, stream, **_kw):
        for n, item in enumerate(items):
            stream.write(json.dumps(item) + "\n")
            if n == 1:
                stream.write('{"trunc')
                raise exc

    monkeypatch.setitem(EXPORTERS, "jsonl", real._replace(render=half))
    res = invoke("parse", str(folder), "-o", str(target), "-j", "1", "-q")
    assert res.exit_code == (130 if isinstance(exc, KeyboardInterrupt) else 1)
    assert target.read_text(encoding="utf-8") == "previous content\n"
    assert leftovers(tmp_path) == []
    assert "Traceback" not in res.stderr
    assert ("interrupted" if isinstance(exc, KeyboardInterrupt) else "disk on fire") in res.stderr


def test_refuse_to_overwrite_input(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    res = invoke("parse", str(f), "-o", str(f))
    assert res.exit_code == 1 and "refusing to write over input" in res.stderr
    assert f.read_text(encoding="utf-8") == PLAN
    res = invoke("deadlines", str(tmp_path), "-o", str(f), "-f", "csv")
    assert res.exit_code == 1 and f.read_text(encoding="utf-8") == PLAN
    # --out-dir onto the inputs themselves (doc.json gives doc.json.json, itself an input)
    j = tmp_path / "doc.json"
    j.write_text(PLAN, encoding="utf-8")
    jj = tmp_path / "doc.json.json"
    jj.write_text(PLAN, encoding="utf-8")
    res = invoke("parse", str(tmp_path), "--glob", "*.json", "--out-dir", str(tmp_path))
    assert res.exit_code == 1 and jj.read_text(encoding="utf-8") == PLAN
    assert leftovers(tmp_path) == []


def test_main_exit_codes(tmp_path, monkeypatch, capsys):
    import ndq57.batch

    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    with pytest.raises(SystemExit) as ex:
        main(["parse", str(f), "--format", "nope"])
    assert ex.value.code == 2
    with pytest.raises(SystemExit) as ex:
        main(["schema"])
    assert ex.value.code == 0

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(ndq57.batch, "read_input", interrupted)
    out = tmp_path / "o.jsonl"
    with pytest.raises(SystemExit) as ex:
        main(["parse", str(f), str(f) + "x", "-o", str(out), "-j", "1"])
    assert ex.value.code == 130
    assert not out.exists() and leftovers(tmp_path) == []
    assert "interrupted" in capsys.readouterr().err


def test_console_script_subprocess(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    res = subprocess.run(
        [sys.executable, "-m", "ndq57", "deadlines", str(f), str(tmp_path / "missing.txt"), "-f", "jsonl"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert res.returncode == 1
    rows = [json.loads(x) for x in res.stdout.decode("utf-8").splitlines()]
    assert rows[-1]["error"]["kind"] == "input"
    assert all("\x1b[" not in x for x in (res.stderr.decode(), res.stdout.decode()))
    assert b"Traceback" not in res.stderr



def test_out_dir_failure_mid_write_leaves_no_partial_file(tmp_path, monkeypatch):
    folder = mixed_folder(tmp_path)
    dest = tmp_path / "out"
    real = EXPORTERS["json"]
    calls = []

    def half(item, stream, **kw):
        calls.append(item)
        if len(calls) == 2:  # the second document: half written, then the disk fails
            stream.write('{"schema": "ndq57/3", "trunc')
            raise OSError(28, "No space left on device")
        real.render(item, stream, **kw)

    monkeypatch.setitem(EXPORTERS, "json", real._replace(render=half))
    res = invoke("parse", str(folder), "--out-dir", str(dest), "-j", "1", "-q")
    assert res.exit_code == 1
    assert "no space left on device" in res.stderr and "Traceback" not in res.stderr
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert files == ["a_plan.txt.json"]  # the first, complete; nothing of the second, no temporary file
    assert json.loads((dest / "a_plan.txt.json").read_text(encoding="utf-8"))["document"]["number"] == "27/KH-UBND"


def sigint_run(args: list[str], wait_for: Path, timeout: float = 60) -> tuple[int, bytes]:
    """Run ``python -m ndq57 ARGS`` in its own process group; once ``wait_for``'s folder holds a
    temporary output file, send SIGINT to the group, as Ctrl-C in a terminal does."""
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "ndq57", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a shell may have ignored it
    )
    deadline = time.monotonic() + timeout
    while not any(p.name.endswith(".tmp") for p in wait_for.parent.iterdir()):
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT")
def test_ctrl_c_exits_130_and_leaves_no_truncated_file(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(80):
        (folder / f"doc{i:03d}.txt").write_text(PLAN * 3, encoding="utf-8")
    out = tmp_path / "out" / "all.jsonl"
    out.parent.mkdir()
    out.write_text("previous content\n", encoding="utf-8")
    code, err = sigint_run(["parse", str(folder), "-j", "2", "-o", str(out)], out)
    assert code == 130, err
    assert err.decode().rstrip().endswith("ndq57: interrupted") and b"Traceback" not in err
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert leftovers(out.parent) == []


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path):
    import pty

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"d{i}.txt").write_text(PLAN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    env.pop("NO_COLOR", None)

    def run(*extra: str) -> tuple[int, bytes, bytes]:
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "ndq57", "parse", str(folder), "-j", "1", *extra],
            stdout=subprocess.PIPE,
            stderr=slave,
            env=env,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the other side is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        out, _ = proc.communicate(timeout=60)
        os.close(master)
        return proc.returncode, out, b"".join(chunks)

    code, out, err = run()
    assert code == 1
    assert b"/4 files" in err and b"\x1b[" in err  # the bar, drawn on the terminal
    assert b"ndq57: 3 documents, " in err and b"1 failure" in err  # the summary stays
    assert b"empty.txt: empty document" in err
    assert b"\x1b[" not in out and len(out.splitlines()) == 4  # stdout carries data only
    code, out, err = run("-q")
    assert b"files" not in err and b"documents" not in err and b"\x1b[" not in err
    assert b"empty.txt: empty document" in err  # failures are still reported with -q


# ---------------------------------------------------------------- encodings, binaries, the done-when folder


def zoo(root: Path) -> Path:
    """Good documents in every supported encoding and a dozen kinds of bad file."""
    folder = root / "zoo"
    (folder / "enc").mkdir(parents=True)
    doc = PLAN.replace("\n", "\r\n")
    (folder / "enc" / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + PLAN.encode("utf-8"))
    (folder / "enc" / "crlf.txt").write_bytes(doc.encode("utf-8"))
    (folder / "enc" / "cr.txt").write_bytes(PLAN.replace("\n", "\r").encode("utf-8"))
    (folder / "enc" / "nfd.txt").write_bytes(unicodedata.normalize("NFD", PLAN).encode("utf-8"))
    (folder / "enc" / "u16le.txt").write_bytes(b"\xff\xfe" + PLAN.encode("utf-16-le"))
    (folder / "enc" / "u16be.txt").write_bytes(b"\xfe\xff" + PLAN.encode("utf-16-be"))
    (folder / "enc" / "u16nobom.txt").write_bytes(PLAN.encode("utf-16-le"))  # as some Windows tools save
    (folder / "enc" / "w1258.txt").write_bytes(to_cp1258(PLAN))
    stray = PLAN.encode("utf-8").replace("KẾ HOẠCH".encode(), b"K\xff HOACH")
    (folder / "enc" / "stray.txt").write_bytes(stray)
    bad = {
        "nul.txt": b"S\xe1\xbb\x91 1\x00\x00\x00 binary",
        "empty.txt": b"",
        "blank.txt": b"  \r\n\t\n   \n",
        "bom_only.txt": b"\xef\xbb\xbf",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "scan.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n",
        "photo.md": b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64),
        "report.txt": b"PK\x03\x04" + bytes(64),
        "noise.txt": bytes((i * 37 + 11) % 256 for i in range(4096)),
        "wide.txt": bytes(b for i in range(2048) for b in ((i * 7) % 31, 0)),  # 16-bit binary data
        "huge.txt": b"x" * 300_000,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "missing-dir.txt").mkdir()  # a folder named like a file: walked, not read
    return folder


BAD_ZOO = {
    "blank.txt": ("decode", "empty"),
    "bom_only.txt": ("decode", "empty"),
    "dangling.txt": ("input", "broken symbolic link"),
    "empty.txt": ("decode", "empty"),
    "huge.txt": ("decode", "too large"),
    "image.txt": ("decode", "not a text document"),
    "noise.txt": ("decode", "not a text document"),
    "nul.txt": ("decode", "not a text document"),
    "photo.md": ("decode", "not a text document"),
    "report.txt": ("decode", "not a text document"),
    "scan.txt": ("decode", "not a text document"),
    "wide.txt": ("decode", "not a text document"),
}


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_zoo_of_encodings_and_bad_files(tmp_path):
    folder = zoo(tmp_path)
    res1 = invoke("parse", str(folder), "-j", "1", "--max-bytes", "100k")
    res2 = invoke("parse", str(folder), "-j", "2", "--max-bytes", "100k")
    assert res1.exit_code == res2.exit_code == 1
    assert res1.stdout_bytes == res2.stdout_bytes  # byte-identical whatever the parallelism
    records = [json.loads(line) for line in res1.stdout.splitlines()]
    by = {Path(r["source"]["path"]).relative_to(folder).as_posix(): r for r in records}
    assert list(by) == sorted(by, key=lambda p: p.split("/"))
    assert len(records) == 21 == len(by)  # one record per file
    good = {k: r for k, r in by.items() if "error" not in r}
    names = ("bom8", "cr", "crlf", "nfd", "stray", "u16be", "u16le", "u16nobom", "w1258")
    assert sorted(good) == [f"enc/{n}.txt" for n in names]
    for name, rec in good.items():
        assert rec["document"]["number"] == "27/KH-UBND", name
        assert {d["due"] for d in rec["deadlines"]} >= {"2026-04-30", "2026-05-15T16:00"}, name
    enc = {k.removeprefix("enc/").removesuffix(".txt"): r["source"]["encoding"] for k, r in good.items()}
    assert enc["w1258"] == "windows-1258" and enc["u16le"] == enc["u16be"] == "utf-16"
    assert enc["u16nobom"] == "utf-16-le"
    assert enc["bom8"] in ("utf-8-sig", "utf-8") and enc["crlf"] == enc["nfd"] == "utf-8"
    stray = [w for w in good["enc/stray.txt"]["warnings"] if "U+FFFD" in w["message"]]
    assert len(stray) == 1 and stray[0]["line"] == PLAN.splitlines().index("KẾ HOẠCH") + 1
    assert "\ufffd" in json.dumps(good["enc/stray.txt"], ensure_ascii=False)
    assert good["enc/nfd.txt"]["document"] == good["enc/crlf.txt"]["document"]  # NFC applied
    for name, (kind, words) in BAD_ZOO.items():
        rec = by[name]
        assert set(rec) == {"source", "error"}, name
        assert rec["error"]["kind"] == kind and words in rec["error"]["message"], (name, rec)
        assert f"ndq57: {rec['source']['path']}: {rec['error']['message']}\n" in res1.stderr
    assert "Traceback" not in res1.stderr + res2.stderr
    assert res1.stderr.splitlines()[-1].startswith("ndq57: 9 documents, ") and "12 failures" in res1.stderr
    # --encoding forces a code page
    forced = invoke("parse", str(folder / "enc" / "w1258.txt"), "-f", "json", "--encoding", "cp1258")
    assert json.loads(forced.stdout)["source"]["encoding"] == "cp1258"


def test_max_bytes_does_not_read_a_huge_file(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 3 GB on paper, nothing on disk
        fh.truncate(3 * 1024**3)

    def no_open(*_a, **_k):
        raise AssertionError("read a file over --max-bytes")

    monkeypatch.setattr(batch, "open", no_open, raising=False)
    res = invoke("parse", str(big), "-f", "json")
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr == f"ndq57: {big}: file too large: 3,221,225,472 bytes (limit 20,971,520; see --max-bytes)\n"


# ---------------------------------------------------------------- cold start


HEAVY = ("rich", "yaml", "multiprocessing", "concurrent.futures", "regex", "tempfile", "dataclasses")


def loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith(('ndq57', 'rich', 'yaml', 'multiprocessing', 'concurrent', 'regex', 'tempfile', 'dataclasses'))))"
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1].replace("'", '"'))


def test_cli_module_imports_only_click():
    mods = loaded_after("import ndq57.cli")
    assert mods == ["ndq57", "ndq57.cli", "ndq57.parse"]
    mods = loaded_after(
        "from ndq57.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0"
    )
    assert mods == ["ndq57", "ndq57.cli", "ndq57.parse"]


def test_one_file_parses_in_process_without_pool_or_rich(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PLAN, encoding="utf-8")
    code = f"from ndq57.cli import main\ntry:\n    main(['parse', {str(f)!r}, '-f', 'json'])\nexcept SystemExit as e:\n    assert e.code == 0"
    mods = loaded_after(code)
    assert "ndq57.pipeline" in mods and "ndq57.export.json" in mods
    assert not [m for m in mods if m.startswith(("rich", "multiprocessing", "concurrent", "ndq57.export.yaml"))], mods
    code = f"from ndq57.cli import main\ntry:\n    main(['deadlines', {str(f)!r}, '-f', 'csv'])\nexcept SystemExit as e:\n    assert e.code == 0"
    mods = loaded_after(code)
    assert not [m for m in mods if m.startswith(("rich", "multiprocessing", "concurrent"))], mods


def test_a_pool_run_leaves_the_parsing_to_its_workers(tmp_path):
    """With --jobs 2 the process that writes does not load the parser: the workers parse each
    file and render its record to its JSON line."""
    for i in range(8):
        (tmp_path / f"f{i}.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = (
        f"from ndq57.cli import main\ntry:\n    main(['parse', {str(tmp_path)!r}, '-j', '2', '-q', '-o', {str(out)!r}])\n"
        "except SystemExit as e:\n    assert e.code == 0"
    )
    mods = loaded_after(code)
    assert "concurrent.futures.process" in mods and "ndq57.pipeline" not in mods, mods
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and all(json.loads(line)["deadlines"] for line in lines)


def test_cli_constants_match_the_modules_they_stand_for():
    from ndq57 import cli as cli_module

    assert cli_module.DEFAULT_GLOBS == batch.DEFAULT_GLOBS and cli_module.STDIN == batch.STDIN
    assert cli_module.DOCUMENT_FORMATS == export.DOCUMENT_FORMATS
    assert cli_module.DEADLINE_FORMATS == export.DEADLINE_FORMATS
    assert set(export.DOCUMENT_FORMATS) | set(export.DEADLINE_FORMATS) == set(EXPORTERS)


def test_entry_points_keep_working(tmp_path):
    script = Path(sys.executable).with_name("ndq57")
    runs = [[sys.executable, "-m", "ndq57", "--version"]]
    if script.exists():
        runs.append([str(script), "--version"])
    for cmd in runs:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        assert res.returncode == 0 and res.stdout.startswith("ndq57 "), cmd


# ---------------------------------------------------------------- text, schema


def test_text_and_fixes(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text(TONE, encoding="utf-8")
    res = invoke("text", str(f))
    assert res.exit_code == 0 and "hòa nhập" in res.stdout and "hoà" not in res.stdout
    res = invoke("text", str(f), "--fixes")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert any(ln.split("\t")[2] == "hoà -> hòa" and ln.split("\t")[0] == "3" for ln in lines), lines
    res = invoke("text", str(f), "--fixes", "--tone-style", "keep")
    assert "hoà -> hòa" not in res.stdout
    res = invoke("text", str(tmp_path / "missing.txt"))
    assert res.exit_code == 1 and res.stderr.startswith("ndq57: ") and res.stdout == ""
    res = invoke("text", str(tmp_path))  # a folder, even one holding a text file
    assert res.exit_code == 2 and "is a folder" in res.stderr and res.stdout == ""
    (tmp_path / "empty").mkdir()
    assert invoke("text", str(tmp_path / "empty")).exit_code == 2


def test_schema_command():
    res = invoke("schema")
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert res.stdout == (ROOT / "src" / "ndq57" / "data" / "schema.json").read_text(encoding="utf-8")


# ---------------------------------------------------------------- deadlines


@pytest.fixture
def two_docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    return folder


def test_deadlines_json_rows_and_filters(two_docs):
    res = invoke("deadlines", str(two_docs), "-f", "json", "-q", "--as-of", "2026-03-20")
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert {"path", "number", "type", "date", "due", "kind", "task", "assignees"} <= set(rows[0])
    assert {r["number"] for r in rows} == {"27/KH-UBND", "08-TB/VPTU"}
    dues = {r["due"] for r in rows}
    assert {"2026-04-30", "2026-05-15T16:00", "2026-02-20"} <= dues
    before = json.loads(invoke("deadlines", str(two_docs), "-f", "json", "-q", "--before", "2026-04-30").stdout)
    assert {r["due"][:10] for r in before} <= {"2026-04-30", "2026-02-20", "2026-03-31"}
    assert "2026-04-30" in {r["due"] for r in before}  # inclusive
    overdue = json.loads(
        invoke("deadlines", str(two_docs), "-f", "json", "-q", "--overdue", "--as-of", "2026-03-01").stdout
    )
    assert [r["due"] for r in overdue] == ["2026-02-20"]
    by_unit = json.loads(invoke("deadlines", str(two_docs), "-f", "json", "-q", "--unit", "SO Y TE").stdout)
    assert [r["due"] for r in by_unit] == ["2026-04-30"]  # Sở Y tế leads d1; in d3 it only receives reports
    monthly = json.loads(invoke("deadlines", str(two_docs), "-f", "json", "-q", "--kind", "recurring").stdout)
    assert len(monthly) == 1 and monthly[0]["recurrence"]["monthday"] == 25
    expanded = json.loads(
        invoke(
            "deadlines",
            str(two_docs),
            "-f",
            "json",
            "-q",
            "--kind",
            "recurring",
            "--expand",
            "--after",
            "2026-04-01",
            "--before",
            "2026-06-30",
        ).stdout
    )
    assert [r["due"] for r in expanded] == ["2026-04-25", "2026-05-25", "2026-06-25"]
    none = invoke("deadlines", str(two_docs), "-q", "--unit", "Bộ Quốc phòng")
    assert none.exit_code == 0 and "Không có thời hạn nào" in none.stdout
    none = invoke("deadlines", str(two_docs), "-q", "--unit", "Bộ Quốc phòng", "--lang", "en")
    assert none.exit_code == 0 and "no deadlines" in none.stdout


def test_deadlines_table(two_docs):
    res = invoke(
        "deadlines", str(two_docs), "--as-of", "2026-03-20", "--lang", "en", env={"NO_COLOR": "1", "COLUMNS": "200"}
    )
    assert res.exit_code == 0
    text = res.stdout
    assert "\x1b[" not in text
    assert text.index("2026-02-20") < text.index("2026-04-30") < text.index("2026-05-15 16:00") < text.index("monthly")
    assert "27/KH-UBND" in text and "08-TB/VPTU" in text
    assert "2 documents" in res.stderr  # summary on stderr, never on stdout
    assert "documents" not in text


def test_deadlines_csv_read_back(two_docs, tmp_path):
    (two_docs / "evil.txt").write_text(
        'Số: 09/CV-UBND\n\n1. Giao Sở Nội vụ =HYPERLINK("http://x") báo cáo trước ngày 05/6/2026.\n'
        "2. @Sở Tư pháp rà soát, hoàn thành trước ngày 06/6/2026.\n",
        encoding="utf-8",
    )
    out = tmp_path / "d.csv"
    res = invoke("deadlines", str(two_docs), "-f", "csv", "-o", str(out), "-q", "--lang", "en")
    assert res.exit_code == 0 and res.stdout == ""
    raw = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert rows and rows[0].keys() >= {"path", "number", "type", "date", "due", "task", "units"}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    tasks = " ".join(r["task"] for r in rows)
    assert "=HYPERLINK" in tasks  # kept, but never at the start of a cell


def unfold(raw: str) -> list[str]:
    assert raw.endswith("\r\n")
    physical = raw[:-2].split("\r\n")
    lines: list[str] = []
    for p in physical:
        assert "\n" not in p and "\r" not in p
        assert len(p.encode("utf-8")) <= 75, p
        if p.startswith(" "):
            lines[-1] += p[1:]
        else:
            lines.append(p)
    return lines


def test_deadlines_ics(two_docs, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    res = invoke("deadlines", str(two_docs), "-f", "ics", "-q", "--as-of", "2026-03-20")
    assert res.exit_code == 0
    lines = unfold(res.stdout_bytes.decode("utf-8"))
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-1] == "END:VCALENDAR"
    todos = [i for i, ln in enumerate(lines) if ln == "BEGIN:VTODO"]
    assert len(todos) >= 4
    assert "DUE;VALUE=DATE:20260430" in lines
    assert "DUE;TZID=Asia/Ho_Chi_Minh:20260515T160000" in lines
    assert "RRULE:FREQ=MONTHLY;BYMONTHDAY=25" in lines
    assert "DTSTART;VALUE=DATE:20260325" in lines  # next occurrence after --as-of
    assert all(ln == "DTSTAMP:20260101T000000Z" for ln in lines if ln.startswith("DTSTAMP"))
    uids = [ln for ln in lines if ln.startswith("UID:")]
    assert len(uids) == len(set(uids)) == len(todos)
    again = invoke("deadlines", str(two_docs), "-f", "ics", "-q", "--as-of", "2026-03-20")
    assert again.stdout_bytes == res.stdout_bytes
    summaries = [ln for ln in lines if ln.startswith("SUMMARY:")]
    assert any("\\," in s for s in summaries)  # commas escaped


def test_reader_closing_the_pipe_stops_quietly_with_141(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"doc{i:03d}.txt").write_text(PLAN * 3, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ndq57", "parse", str(folder), "-j", "1", "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the reader takes one line, then goes away (like `| head -1`)
    proc.stdout.close()
    err = proc.stderr.read() if proc.stderr else b""
    code = proc.wait(timeout=120)
    assert first.startswith(b"{")
    assert code == 141, err
    assert b"Traceback" not in err and b"Broken pipe" not in err
