"""A jobs process whose front died while it was still starting stops too (no orphan).

The supervisor restarts a killed jobs process; the new one needs seconds to start (imports,
migrations, known values). If the front is `kill -9`ed meanwhile, the new jobs process used to
take the parent it found once started (already init, pid 1) for its front, never saw it go, and
ran for ever beside the next `serve`, with the scheduler (found by tests/chaos.py: 7 orphans in
45 seeds). The front now hands its pid to the child, which stops when its parent is not that.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings

FRONT = """
import os, sys, time
from bot.settings import load_settings
from bot.slack.process import JobsProcess
jobs = JobsProcess(load_settings(), backoff_s=0.01)
first = jobs.pid
os.kill(first, 9)
while jobs.pid == first:
    time.sleep(0.01)
open(sys.argv[1], "w").write(str(jobs.pid))
os._exit(0)  # the front dies while the new jobs process starts
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_jobs_process_whose_front_died_during_its_start_stops(tmp_path: Path) -> None:
    from bot.slack.process import settings_env

    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(settings_env(settings))
        pid_file = tmp_path / "jobs.pid"
        # Its output is not read: the jobs process would hold the pipe open.
        front = subprocess.run(
            [sys.executable, "-c", FRONT, str(pid_file)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=180,
        )
        assert front.returncode == 0
        child = int(pid_file.read_text())
        deadline = time.monotonic() + 60
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.2)
        orphan = _alive(child)
        if orphan:
            os.kill(child, signal.SIGKILL)
        assert not orphan, "the jobs process outlived its front"


GROUP_SIGNAL = """
import os, signal, sys, threading, time
from bot.settings import load_settings
from bot.slack.process import JobsProcess
jobs = JobsProcess(load_settings(), backoff_s=0.01)
child = jobs.pid
told = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: told.set())
os.killpg(0, signal.SIGTERM)  # as Ctrl-C or `kill -- -PGID`: the front and its child at once
told.wait(10)
time.sleep(1.0)  # the front's own shutdown (the HTTP server closing) before it stops the child
jobs.stop()
print(child, jobs.pid, jobs.restarts)
"""


def test_a_signal_to_the_whole_group_stops_the_jobs_process_without_a_restart(
    tmp_path: Path,
) -> None:
    """The child drains and exits on the group's signal before the front stops it: that is a
    stop, not a death (no error line, no new jobs process spawned during the shutdown)."""
    from bot.slack.process import settings_env

    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(settings_env(settings))
        front = subprocess.run(
            [sys.executable, "-c", GROUP_SIGNAL],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
            start_new_session=True,
        )
    assert front.returncode == 0, front.stderr
    first, last, restarts = front.stdout.split()
    assert (first, restarts) == (last, "0")
    assert "died" not in front.stderr
    assert not _alive(int(first))
