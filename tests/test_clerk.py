"""A clerk's everyday use (issue 13): safe outputs, bad file names and folders, files that are not
directives, control characters, strict filter values, a table that fits, Vietnamese words, Excel
and calendar files that import, relative deadlines dated from the day of receipt, help texts.

Every test here runs in a temporary folder; nothing touches a real device.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ndq57.cli import cli

ROOT = Path(__file__).resolve().parents[1]

# Invented directive: dated, timed, monthly, weekly and receipt-relative deadlines.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA

Số: 41/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Hòa, ngày 05 tháng 02 năm 2026

KẾ HOẠCH
Rà soát hồ sơ đất đai ven biển năm 2026

I. NHIỆM VỤ

1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát hồ sơ giao đất ven biển, báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12/2026.

2. Sở Tài chính thẩm định kinh phí; hoàn thành trước 16h00 ngày 15/5/2026.

3. Ủy ban nhân dân các xã, phường báo cáo tiến độ về Sở Nông nghiệp và Môi trường trước ngày 25 hằng tháng.

4. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được Kế hoạch này, Sở Tư pháp góp ý dự thảo quy trình.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Minh Tâm
"""

NOTES = """# Ghi chú của tổ

This folder keeps the team's notes. Remember: the report is due before 15/3/2026, and
the review meeting is every Friday. Nothing here is an official document.
"""


def invoke(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def plan_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plan")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    return folder


# ---------------------------------------------------------------- 1, 2: safe outputs


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links, FIFOs and devices")
def test_output_through_a_symbolic_link_to_a_device(plan_dir, tmp_path):
    link = tmp_path / "sink"
    link.symlink_to(os.devnull)  # the device is reached through a link inside tmp: never replaced
    res = invoke("parse", str(plan_dir / "plan.txt"), "-f", "json", "-o", str(link))
    assert res.exit_code == 0, res.stderr
    assert link.is_symlink() and os.readlink(link) == os.devnull
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs")
def test_output_to_a_fifo_is_written_through(plan_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    res = invoke("parse", str(plan_dir / "plan.txt"), "-f", "json", "-o", str(fifo))
    thread.join(timeout=30)
    assert res.exit_code == 0, res.stderr
    assert not thread.is_alive() and json.loads(got[0])["document"]["number"] == "41/KH-UBND"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a regular file


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_output_through_a_symbolic_link_replaces_its_target(plan_dir, tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    res = invoke("deadlines", str(plan_dir), "-o", str(link), "-q")
    assert res.exit_code == 0, res.stderr
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text(encoding="utf-8-sig").startswith("Tệp,Số,")  # CSV from the suffix


def test_a_run_that_reads_nothing_leaves_the_output_alone(plan_dir, tmp_path):
    keep = tmp_path / "keep.ics"
    keep.write_bytes(b"BEGIN:VCALENDAR\r\nprevious\r\n")
    res = invoke("deadlines", str(tmp_path / "unmounted" / "dir"), "-f", "ics", "-o", str(keep))
    assert res.exit_code == 1
    assert keep.read_bytes() == b"BEGIN:VCALENDAR\r\nprevious\r\n"
    assert "left as it was" in res.stderr
    # --fail-fast stopping at the first input: no header-only CSV either
    csv_out = tmp_path / "keep.csv"
    csv_out.write_bytes(b"a,b\r\n1,2\r\n")
    missing = str(tmp_path / "missing.txt")
    res = invoke("deadlines", missing, str(plan_dir / "plan.txt"), "-f", "csv", "-o", str(csv_out), "--fail-fast")
    assert res.exit_code == 1 and csv_out.read_bytes() == b"a,b\r\n1,2\r\n"
    assert not (tmp_path / "new.jsonl").exists()
    res = invoke("parse", missing, missing + "2", "-o", str(tmp_path / "new.jsonl"))
    assert res.exit_code == 1 and not (tmp_path / "new.jsonl").exists()
    # one document read: the file is written
    res = invoke("deadlines", missing, str(plan_dir / "plan.txt"), "-f", "csv", "-o", str(csv_out), "-q")
    assert res.exit_code == 1 and "41/KH-UBND" in csv_out.read_text(encoding="utf-8-sig")


# ---------------------------------------------------------------- 4, 5: names and folders


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_does_not_stop_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    bad = os.path.join(os.fsencode(folder), b"b\xff\xfe.txt")
    with open(bad, "wb") as fh:
        fh.write(PLAN.replace("41/KH-UBND", "42/KH-UBND").encode("utf-8"))
    (folder / "c.txt").write_text(PLAN.replace("41/KH-UBND", "43/KH-UBND"), encoding="utf-8")
    res = invoke("parse", str(folder), "-j", "1")
    assert res.exit_code == 0, res.stderr
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["document"]["number"] for r in records] == ["41/KH-UBND", "42/KH-UBND", "43/KH-UBND"]
    assert records[1]["source"]["path"].endswith("b\\xff\\xfe.txt")
    res = invoke("deadlines", str(folder), "-f", "csv", "--lang", "en", "-j", "1", "-q")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout.removeprefix("\ufeff"))))
    assert {r["number"] for r in rows} == {"41/KH-UBND", "42/KH-UBND", "43/KH-UBND"}


def test_an_unreadable_subfolder_gives_an_error_record(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    (locked / "hidden.txt").write_text(PLAN, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists any folder: make listing this one fail as it does for others
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        res = invoke("parse", str(folder), "-j", "1")
    finally:
        locked.chmod(0o755)
    assert res.exit_code == 1
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(folder / "a.txt"), str(locked)]
    assert records[1]["error"] == {"kind": "input", "message": "cannot read folder: permission denied"}
    assert f"ndq57: {locked}: cannot read folder: permission denied" in res.stderr


# ---------------------------------------------------------------- 7: not a directive, own outputs


def test_texts_that_are_not_directives_are_flagged_and_strict_skips_them(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "README.md").write_text(NOTES, encoding="utf-8")
    res = invoke("parse", str(folder), "-j", "1")
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, res.stdout.splitlines())}
    assert records["plan.txt"]["source"]["looks_like_directive"] is True
    notes = records["README.md"]
    assert notes["source"]["looks_like_directive"] is False
    assert "not_a_directive" in {w["code"] for w in notes["warnings"]}
    assert "README.md: does not look like a directive" in res.stderr
    strict = invoke("deadlines", str(folder), "-f", "jsonl", "--strict", "-j", "1")
    assert strict.exit_code == 0
    assert {Path(json.loads(x)["path"]).name for x in strict.stdout.splitlines()} == {"plan.txt"}
    assert "README.md: skipped: does not look like a directive" in strict.stderr
    assert "1 skipped" in strict.stderr
    one = invoke("deadlines", str(folder / "README.md"), "--strict")  # one file: said too
    assert one.exit_code == 0 and "README.md: skipped: does not look like a directive" in one.stderr


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("parse", "-f", "jsonl"), "records.txt"),
        (("parse", "-f", "json"), "record.txt"),
        (("parse", "-f", "yaml"), "record.md"),
        (("deadlines", "-f", "jsonl"), "rows.txt"),
        (("deadlines", "-f", "json"), "rows.text"),
        (("deadlines", "-f", "yaml"), "rows.md"),
        (("deadlines", "-f", "csv"), "rows.csv.txt"),
        (("deadlines", "-f", "csv", "--excel"), "excel.txt"),
        (("deadlines", "-f", "csv", "--lang", "en"), "en.txt"),
        (("deadlines", "-f", "ics"), "cal.txt"),
        (("deadlines", "-f", "table"), "table.txt"),
    ],
)
def test_own_outputs_are_never_read_back(tmp_path, args, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    first = invoke(args[0], str(folder), "-j", "1", "-q", *args[1:], "-o", str(folder / name))
    assert first.exit_code == 0, first.stderr
    again = invoke("deadlines", str(folder), "-f", "jsonl", "-j", "1")
    assert again.exit_code == 0
    assert {Path(json.loads(x)["path"]).name for x in again.stdout.splitlines()} == {"plan.txt"}
    assert f"{name}: skipped: " in again.stderr and "not read back" in again.stderr


# ---------------------------------------------------------------- 8: control characters

HOSTILE = PLAN.replace(
    "Sở Tài chính thẩm định kinh phí;",
    "Sở Tài chính \x1b[2J\x1b[31mthẩm\x0bđịnh\x0ckinh\u2028phí\x85tổng hợp\u202e;",
)


def test_control_characters_never_reach_the_terminal_or_split_json_lines(tmp_path):
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE, encoding="utf-8")
    bad = ("\x1b", "\x0b", "\x0c", "\u2028", "\x85", "\u202e")
    table = invoke("deadlines", str(f), "--as-of", "2026-03-01", env={"COLUMNS": "200"})
    assert "Sở Tài chính thẩm định kinh phí tổng hợp;" in table.stdout
    for fmt in ("table", "csv", "ics"):
        out = invoke("deadlines", str(f), "-f", fmt).stdout
        assert not any(c in out for c in bad), fmt
    for args in (("deadlines", str(f), "-f", "jsonl"), ("parse", str(f), str(f), "-f", "jsonl")):
        out = invoke(*args).stdout
        lines = out.splitlines()  # str.splitlines splits at U+2028, U+0085, VT, FF...
        assert all(json.loads(x) for x in lines)
        assert not any(c in out for c in bad)
    rows = [json.loads(x) for x in invoke("deadlines", str(f), "-f", "jsonl").stdout.splitlines()]
    assert any("\x1b[2J" in r["task"] for r in rows)  # escaped in JSON, kept as data


# ---------------------------------------------------------------- 10: bad values, closed pipes


@pytest.mark.parametrize(
    "extra",
    [
        ("--kind", "weekly"),
        ("--unit", ""),
        ("--unit", "   "),
        ("--within", "-3"),
        ("--within", "soon"),
        ("--lang", "fr"),
        ("--ics", "event"),  # not a calendar format
        ("--excel", "-f", "json"),
        ("--within", "7", "--overdue"),
    ],
)
def test_bad_filter_values_are_usage_errors(plan_dir, extra):
    res = invoke("deadlines", str(plan_dir), *extra)
    assert res.exit_code == 2, (extra, res.stdout)
    assert res.stdout == ""


def test_kind_is_case_insensitive(plan_dir):
    res = invoke("deadlines", str(plan_dir), "--kind", "RECURRING", "-f", "json", "-q")
    assert res.exit_code == 0 and [r["kind"] for r in json.loads(res.stdout)] == ["recurring"]


@pytest.fixture(scope="module")
def many_plans(tmp_path_factory) -> Path:
    # more output than a pipe buffer holds (64 KiB), so that the writer meets the closed pipe
    folder = tmp_path_factory.mktemp("many")
    for i in range(60):
        (folder / f"d{i:02d}.txt").write_text(PLAN.replace("41/KH-UBND", f"{i + 100}/KH-UBND"), encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE")
@pytest.mark.parametrize("fmt", ["table", "csv", "ics"])  # jsonl: tests/test_cli.py
def test_a_closed_pipe_exits_141_for_every_format(many_plans, fmt):
    proc = subprocess.Popen(
        [sys.executable, "-m", "ndq57", "deadlines", str(many_plans), "-f", fmt, "-j", "1", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # `| head -1`
    proc.stdout.close()
    err = proc.stderr.read()
    assert first and proc.wait(timeout=120) == 141, err
    assert b"Traceback" not in err and b"Broken pipe" not in err


# ---------------------------------------------------------------- 11: --out-dir names


def test_out_dir_names_are_stable_and_never_meet(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("parse", str(folder), "--out-dir", str(out), "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt.json"]
    (folder / "a.md").write_text(PLAN.replace("41/KH-UBND", "44/KH-UBND"), encoding="utf-8")
    assert invoke("parse", str(folder), "--out-dir", str(out), "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.md.json", "a.txt.json"]
    assert json.loads((out / "a.txt.json").read_text(encoding="utf-8"))["document"]["number"] == "41/KH-UBND"
    assert json.loads((out / "a.md.json").read_text(encoding="utf-8"))["document"]["number"] == "44/KH-UBND"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`in/sub/a.txt` → `DIR/sub/a.txt.json`" in readme


# ---------------------------------------------------------------- 12, 13: the table, Vietnamese


def test_table_fits_80_columns_in_vietnamese(plan_dir):
    res = invoke("deadlines", str(plan_dir), "--as-of", "2026-03-01", env={"COLUMNS": "80"})
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert max(len(x) for x in lines) <= 80
    assert len(lines) < 40
    header = lines[0].split()
    assert header[:2] == ["Hạn", "Đơn"] and "Nhiệm" in header and "Văn" in header
    text = res.stdout
    assert "25/12/2026" in text and "16h00" in text and "15/05/2026" in text
    assert "ngày 25 hằng" in text  # recurrence, wrapped or not
    wide = invoke("deadlines", str(plan_dir), env={"COLUMNS": "160"}).stdout
    assert "(chủ trì)" in wide and "(phối hợp)" in wide and "ngày 25 hằng tháng" in wide
    for width in ("60", "120", "200"):
        wide = invoke("deadlines", str(plan_dir), env={"COLUMNS": width}).stdout
        assert max(len(x) for x in wide.splitlines()) <= int(width)
    assert "Loại hạn" in invoke("deadlines", str(plan_dir), env={"COLUMNS": "120"}).stdout  # room for the kind


def test_english_on_request_and_json_keys_unchanged(plan_dir):
    en = invoke("deadlines", str(plan_dir), "--lang", "en", env={"COLUMNS": "120"}).stdout
    assert en.split()[:2] == ["due", "kind"] and "(lead)" in en and "2026-12-25" in en
    vi_json = json.loads(invoke("deadlines", str(plan_dir), "-f", "json", "-q").stdout)
    en_json = json.loads(invoke("deadlines", str(plan_dir), "-f", "json", "-q", "--lang", "en").stdout)
    assert vi_json == en_json and vi_json[0]["units"].endswith("(coordinate)")


# ---------------------------------------------------------------- 14: Excel


def test_csv_for_excel(plan_dir, tmp_path):
    raw = invoke("deadlines", str(plan_dir), "-f", "csv", "-q").stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {"Hạn", "Đơn vị", "Nhiệm vụ", "Định kỳ"} <= set(rows[0])
    assert "25/12/2026" in {r["Hạn"] for r in rows}
    assert "ngày 25 hằng tháng" in {r["Định kỳ"] for r in rows}
    excel = invoke("deadlines", str(plan_dir), "--excel", "-q").stdout_bytes.decode("utf-8-sig")
    back = list(csv.reader(io.StringIO(excel, newline=""), delimiter=";"))
    assert back[0][:3] == ["Tệp", "Số", "Loại văn bản"] and len({len(r) for r in back}) == 1


def test_xlsx_dates_and_no_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    f = tmp_path / "evil.txt"
    f.write_text(PLAN.replace("Sở Tài chính thẩm định", '=HYPERLINK("http://x") Sở Tài chính thẩm định'), "utf-8")
    out = tmp_path / "han.xlsx"
    res = invoke("deadlines", str(f), "-o", str(out))
    assert res.exit_code == 0, res.stderr
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    assert head[:3] == ["Tệp", "Số", "Loại văn bản"]
    col = {name: i for i, name in enumerate(head)}
    rows = list(ws.iter_rows(min_row=2))
    dues = {r[col["Hạn"]].value for r in rows}
    assert dt.datetime(2026, 12, 25) in dues and dt.datetime(2026, 5, 15, 16, 0) in dues
    assert {r[col["Hạn"]].number_format for r in rows if r[col["Hạn"]].value} <= {"DD/MM/YYYY", "HH:MM DD/MM/YYYY"}
    tasks = [r[col["Nhiệm vụ"]] for r in rows]
    evil = next(c for c in tasks if "HYPERLINK" in str(c.value))
    assert evil.data_type == "s" and evil.quotePrefix
    assert ws.freeze_panes == "A2"


# ---------------------------------------------------------------- 15: calendars


def unfold(raw: bytes) -> list[str]:
    out: list[str] = []
    for p in raw.decode("utf-8").split("\r\n"):
        if p.startswith(" "):
            out[-1] += p[1:]
        elif p:
            out.append(p)
    return out


def test_calendar_time_zone_events_and_duplicates(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "plan.txt").write_text(PLAN, encoding="utf-8")
    (b / "copy.txt").write_text(PLAN, encoding="utf-8")  # the same document in another folder
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    todo = unfold(invoke("deadlines", str(a), str(b), "-f", "ics", "-q", env=env).stdout_bytes)
    assert todo.count("BEGIN:VTIMEZONE") == 1 and "TZID:Asia/Ho_Chi_Minh" in todo
    assert "DUE;TZID=Asia/Ho_Chi_Minh:20260515T160000" in todo
    single = unfold(invoke("deadlines", str(a), "-f", "ics", "-q", env=env).stdout_bytes)
    assert todo.count("BEGIN:VTODO") == single.count("BEGIN:VTODO") == 4
    uids = [x for x in todo if x.startswith("UID:")]
    assert len(uids) == len(set(uids))
    event = unfold(invoke("deadlines", str(a), "-f", "ics", "--ics", "event", "-q", env=env).stdout_bytes)
    assert event.count("BEGIN:VEVENT") == 4 and "BEGIN:VTODO" not in event
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20260515T160000" in event
    assert "DTSTART;VALUE=DATE:20261225" in event and "RRULE:FREQ=MONTHLY;BYMONTHDAY=25" in event
    assert not any(x.startswith("DUE") for x in event)
    desc = next(x for x in event if x.startswith("DESCRIPTION:") and "25/12" in x)
    assert "Đơn vị: Sở Nông nghiệp và Môi trường (chủ trì)" in desc.replace("\\,", ",")


# ---------------------------------------------------------------- 16: relative deadlines


def test_received_dates_relative_deadlines_with_holidays(plan_dir):
    def relative_row(*extra: str) -> dict:
        rows = json.loads(invoke("deadlines", str(plan_dir), "-f", "json", "-q", *extra).stdout)
        return next(r for r in rows if r["kind"] == "relative")

    # received on Tuesday 10/02/2026: Tết holidays 16-20/02 and weekends are skipped
    row = relative_row("--received", "2026-02-10")
    assert row["due"] == "2026-03-10" and row["due_basis"] == "received"
    # without --received: counted from the document's date (05/02/2026), and said so
    row = relative_row()
    assert row["due"] == "2026-03-05" and row["due_basis"] == "document_date"
    table = invoke("deadlines", str(plan_dir), env={"COLUMNS": "100"}).stdout
    assert "05/03/2026 *" in table and "--received" in table


def test_within_days(plan_dir):
    res = invoke("deadlines", str(plan_dir), "-f", "json", "-q", "--as-of", "2026-05-05", "--within", "14")
    assert [r["due"] for r in json.loads(res.stdout)] == ["2026-05-15T16:00"]
    res = invoke("deadlines", str(plan_dir), "-f", "json", "-q", "--as-of", "2026-05-05", "--within", "30", "--expand")
    assert sorted(r["due"] for r in json.loads(res.stdout)) == ["2026-05-15T16:00", "2026-05-25"]


# ---------------------------------------------------------------- 17: help and README


def all_commands():
    import click

    def walk(group: click.Group, prefix: str):
        for name, command in group.commands.items():
            yield f"{prefix} {name}".strip(), command
            if isinstance(command, click.Group):
                yield from walk(command, f"{prefix} {name}")

    return list(walk(cli, ""))


def test_every_command_has_help_with_examples_and_exit_codes_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = all_commands()
    assert {"parse", "text", "deadlines", "schema"} <= {name for name, _ in commands}
    for name, _command in commands:
        res = invoke(*name.split(), "--help")
        assert res.exit_code == 0, name
        assert "Examples:" in res.stdout and f"ndq57 {name}" in res.stdout.split("Examples:")[1], name
        assert "Exit codes:" in res.stdout and "141" in res.stdout, name
        assert f"ndq57 {name}" in readme, name
    for needed in ("Python ≥ 3.11", "../shared", "pip install .", "Windows", ".venv\\Scripts\\"):
        assert needed in readme, needed


def test_cli_constants_match_the_modules():
    from ndq57 import cli as cli_module
    from ndq57.export.labels import LANGS
    from ndq57.export.rows import KINDS, SPECS

    assert cli_module.KINDS == KINDS and cli_module.LANGS == LANGS
    assert set(SPECS) >= {"deadlines"}
