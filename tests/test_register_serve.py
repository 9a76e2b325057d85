"""``ndq57 register serve``: Datasette on the register, loaded in a real headless browser.

Starts the command on a free loopback port, waits for it, and has Debian's Chromium
(``chromium --headless --dump-dom``) load the "overdue by unit" query and the tasks table; the
overdue task and the facets must be in the rendered page. Without Datasette or Chromium the test
skips locally and FAILS under CI (``.ci/services.sh`` installs Chromium, ``.ci/run`` the extra).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ndq57.register import open_register
from ndq57.register.serve import metadata, snapshot
from register_support import fresh_pg_url

pytest_plugins = ("register_support",)  # the fixture_docs fixture

BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _need(what: str, ok: bool) -> None:
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {what} is missing")
    pytest.skip(f"{what} is missing")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"register serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, fixture_docs: list[dict[str, Any]]) -> Iterator[str]:
    _need("Datasette (pip install -e '.[serve]')", __import__("importlib").util.find_spec("datasette") is not None)
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "ndq57.db"
    with open_register(str(db)) as reg:
        reg.add(fixture_docs, by="clerk")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ndq57", "register", "--db", str(db), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/", proc)
        yield base
    finally:
        proc.terminate()  # ndq57 stops Datasette and removes its temporary files
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
            raise
        finally:
            if proc.stderr is not None:
                proc.stderr.close()
        assert code == 130  # interrupted


def dump_dom(url: str, tmp_path: Path) -> str:
    browser = shutil.which("chromium")
    _need("chromium (apt-get install chromium)", browser is not None)
    assert browser is not None
    profile = tmp_path / "profile"
    res = subprocess.run(
        [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def test_browser_finds_an_overdue_task(server: str, tmp_path: Path) -> None:
    dom = dump_dom(f"{server}/ndq57/overdue_by_unit?as_of=2026-03-31", tmp_path)
    assert "Overdue by unit" in dom
    assert "số hóa hồ sơ địa chính" in dom  # due 25/3, open: 6 days late on 31/3
    assert "Sở Nông nghiệp và Môi trường" in dom and "57/TB-UBND" in dom
    assert "Sở Y tế" not in dom  # due 20/4: not overdue on 31/3


def test_tasks_table_has_facets_on_status_and_unit_and_exports(server: str) -> None:
    with urllib.request.urlopen(f"{server}/ndq57/tasks.json?_shape=objects") as resp:
        data = json.loads(resp.read().decode("utf-8"))
    assert len(data["rows"]) == 11
    facets = data["facet_results"]
    assert {f["value"]: f["count"] for f in facets["status"]["results"]} == {"open": 11}
    leads = {f["value"]: f["count"] for f in facets["leads"]["results"]}
    assert leads["Sở Tài chính"] == 2 and leads["Sở Công Thương"] == 1
    with urllib.request.urlopen(f"{server}/ndq57/overdue_by_unit.json?as_of=2026-03-31&_shape=array") as resp:
        rows = json.loads(resp.read().decode("utf-8"))
    assert sorted(r["days_late"] for r in rows) == [4, 6, 11, 16, 21]  # nothing is marked done here
    with urllib.request.urlopen(f"{server}/ndq57/tasks.csv") as resp:
        assert resp.read().decode("utf-8").startswith("id,doc_key,")


def test_metadata_names_the_facets_and_the_query() -> None:
    meta = metadata("ndq57")["databases"]["ndq57"]
    assert {"array": "leads"} in meta["tables"]["tasks"]["facets"] and "status" in meta["tables"]["tasks"]["facets"]
    assert ":as_of" in meta["queries"]["overdue_by_unit"]["sql"]


def test_a_postgresql_register_is_served_as_a_sqlite_snapshot(
    tmp_path: Path, fixture_docs: list[dict[str, Any]]
) -> None:
    for url in fresh_pg_url():
        with open_register(url) as reg:
            reg.add(fixture_docs, by="clerk")
            reg.done(reg.rows()[0]["id"], __import__("datetime").date(2026, 3, 9), by="clerk")
            expected = list(reg.dump())
        target = tmp_path / "snap.db"
        snapshot(url, target)
        with open_register(str(target)) as copy:
            assert list(copy.dump()) == expected
