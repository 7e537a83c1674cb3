"""`serve` on PostgreSQL as deployed: the jobs process's DuckDB leaves a core to the front."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, post_signed
from test_slack_serve import CLI, _env


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def test_the_jobs_process_works_behind_the_front(tmp_path: Path, pg_url: str) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = _env(settings)
        env.pop("WAREHOUSE_THREADS", None)
        proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(port), "--host", "127.0.0.1"],
            env=env,
            cwd=tmp_path,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=2):  # noqa: S310
                        break
                except OSError:
                    assert proc.poll() is None and time.monotonic() < deadline
                    time.sleep(0.2)
            assert post_signed(base, command_body("revenue by region in October 2026"))[0] == 200
            fake.wait_for("chat.postMessage", lambda a: a["text"].startswith("Revenue"), timeout=30)
            (jobs,) = _children(proc.pid)
            environ = Path(f"/proc/{jobs}/environ").read_bytes().split(b"\0")
            threads = max(1, min(4, (os.cpu_count() or 1) - 1))
            assert f"WAREHOUSE_THREADS={threads}".encode() in environ
        finally:
            proc.terminate()
            proc.wait(timeout=60)
