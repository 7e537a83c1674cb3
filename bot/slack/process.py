"""Starting and stopping the jobs process, and handing it the settings as environment variables.

The front process creates a private folder (mode 0700) for the jobs socket, starts
`datarequest serve --jobs-socket PATH` with the settings in its environment, waits (bounded) for
the socket, and on stop terminates the child (SIGTERM: it finishes its jobs) and removes the
folder, so no `/tmp/datarequest-jobs-*` is left behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError
from bot.settings import Settings

START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0
_CLI = "import sys; from bot.cli import main; sys.exit(main())"


def settings_env(settings: Settings) -> dict[str, str]:
    """Settings as environment variables (what a child process reads with load_settings)."""
    return settings.as_env()


@dataclass
class JobsProcess:
    """A running jobs process: the child, its socket and the folder holding it."""

    proc: subprocess.Popen[bytes]
    socket_path: str
    folder: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Terminate (it drains), kill if it does not stop in time, remove the folder."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_jobs_process(settings: Settings) -> JobsProcess:
    """Start the jobs process and wait (bounded) for its socket."""
    folder = Path(tempfile.mkdtemp(prefix="datarequest-jobs-"))
    socket_path = str(folder / "jobs.sock")
    env = {**os.environ, **settings_env(settings)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLI, "serve", "--jobs-socket", socket_path], env=env
    )
    jobs = JobsProcess(proc, socket_path, folder)
    deadline = time.monotonic() + START_TIMEOUT_S
    while not os.path.exists(socket_path):
        if proc.poll() is not None:
            jobs.stop()
            raise ConfigError("The jobs process stopped at start-up; see the log above.")
        if time.monotonic() > deadline:
            jobs.stop()
            raise ConfigError(f"The jobs process did not start within {START_TIMEOUT_S:.0f} s.")
        time.sleep(0.05)
    return jobs
