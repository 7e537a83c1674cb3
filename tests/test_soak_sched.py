"""The soak's per-round scheduler figures (`benchmarks/soak_sched.py`), read from /proc."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import soak_sched  # noqa: E402

SPIN = "import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass\n"


def test_a_process_that_worked_shows_its_cpu_per_request_and_in_cores() -> None:
    child = subprocess.Popen([sys.executable, "-c", SPIN + "time.sleep(30)"])
    try:
        before = soak_sched.sample(child.pid)
        assert before is not None
        started = time.monotonic()
        deadline = started + 60
        while True:  # until the child has spun its 0.6 s of CPU
            after = soak_sched.sample(child.pid)
            assert after is not None
            if after.cpu_ms - before.cpu_ms >= 550 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        elapsed = time.monotonic() - started
        figures = soak_sched.per_request(before, after, 100)
        assert figures["cpu_ms"] >= 5.5  # 550 ms over 100 requests
        assert figures["wait_ms"] >= 0 and figures["preempted"] >= 0
        used = soak_sched.cores(before, after, elapsed)
        assert used is not None and 0 < used <= 2.5
    finally:
        child.kill()
        child.wait()


def test_a_process_that_is_gone_gives_no_figures() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert soak_sched.sample(child.pid) is None
    assert soak_sched.per_request(None, None, 10) == {}
    assert soak_sched.cores(None, None, 1.0) is None
