"""Starting, supervising and stopping the jobs process (settings go as environment variables).

The front process creates a private folder (mode 0700) for the jobs socket, starts
`datarequest serve --jobs-socket PATH` with the settings in its environment and waits (bounded)
for the socket. A watcher thread waits on the child: when it dies (a crash, `kill -9`, the OOM
killer) the exit code or signal is logged and it is started again (with its scheduler) after a
backoff that doubles while it keeps dying; the dead child is reaped, never left a zombie. What
it had not finished is in the intake table and the new child takes it up. On stop the child is
terminated (SIGTERM: it finishes its jobs) and the folder removed, so no
`/tmp/datarequest-jobs-*` is left behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bot.errors import ConfigError
from bot.settings import Settings

log = logging.getLogger("datarequest.slack")

# The environment variable that tells the jobs process which process is its front.
FRONT_PID_ENV = "DATAREQUEST_FRONT_PID"

START_TIMEOUT_S = 120.0
BACKOFF_S = 0.5  # first restart delay; doubles up to MAX_BACKOFF_S while it keeps dying
MAX_BACKOFF_S = 30.0
STABLE_S = 60.0  # a child that ran this long resets the backoff
CLEAN_EXIT_GRACE_S = 5.0  # a child that exited cleanly: how long the front may take to say it stops
STOP_TIMEOUT_S = 30.0
_CLI = "import sys; from bot.cli import main; sys.exit(main())"


def settings_env(settings: Settings) -> dict[str, str]:
    """Settings as environment variables (what a child process reads with load_settings)."""
    return settings.as_env()


FOLDER_PREFIX = "datarequest-jobs-"
STALE_FOLDER_S = 60.0


# A Unix socket's path holds at most 108 bytes on Linux and 104 on macOS, its NUL included.
SOCKET_PATH_MAX = 100
SOCKET_NAME = "jobs.sock"
_SHORT_TEMP_DIRS = ("/tmp", "/var/tmp")


def socket_parent() -> Path:
    """The temporary folder the jobs folders go in: TMPDIR, or a short one when TMPDIR is too
    deep for a socket path (a deep TMPDIR, as test runners and macOS make, stopped `serve`)."""
    # mkdtemp adds the prefix, 8 random characters and a slash.
    room = len(FOLDER_PREFIX) + 8 + 2 + len(SOCKET_NAME)
    for parent in (tempfile.gettempdir(), *_SHORT_TEMP_DIRS):
        if len(os.fsencode(parent)) + room <= SOCKET_PATH_MAX and os.access(
            parent, os.W_OK | os.X_OK
        ):
            return Path(parent)
    raise ConfigError(
        f"the temporary folder {tempfile.gettempdir()} is too deep for the jobs socket: "
        "set TMPDIR to a shorter writable folder"
    )


def jobs_folder() -> Path:
    """A new private folder for a jobs socket, after removing those `kill -9` left behind.

    A folder is left when the front and its jobs side die together; it is removed once it is
    a minute old, ours, and nothing answers on its socket (a live `serve` always does).
    """
    parent = socket_parent()
    for folder in parent.glob(f"{FOLDER_PREFIX}*"):
        try:
            info = folder.stat()
            if info.st_uid != os.getuid() or time.time() - info.st_mtime < STALE_FOLDER_S:
                continue
            if _answers(folder / SOCKET_NAME):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=parent))


def _answers(socket_path: Path) -> bool:
    if not socket_path.exists():
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(1.0)
        probe.connect(str(socket_path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def describe_exit(returncode: int) -> str:
    """How a child ended, for the log: "exit code 3" or "signal SIGKILL"."""
    if returncode < 0:
        try:
            return f"signal {signal.Signals(-returncode).name}"
        except ValueError:
            return f"signal {-returncode}"
    return f"exit code {returncode}"


class JobsProcess:
    """The jobs process, supervised: restarted with backoff whenever it dies (see the module)."""

    def __init__(
        self,
        settings: Settings,
        *,
        backoff_s: float = BACKOFF_S,
        max_backoff_s: float = MAX_BACKOFF_S,
    ) -> None:
        self.folder = jobs_folder()
        self.socket_path = str(self.folder / SOCKET_NAME)
        self.env = {**os.environ, **settings_env(settings)}
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.restarts = 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self.proc = self._spawn()
        self._wait_for_socket(self.proc)
        self._watcher = threading.Thread(target=self._supervise, name="dr-jobs-watch", daemon=True)
        self._watcher.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _spawn(self) -> subprocess.Popen[bytes]:
        # The child removes the folder with its socket when it stops: make it again if needed.
        self.folder.mkdir(mode=0o700, exist_ok=True)
        # The front's pid goes with it: a child started while the front is being killed must
        # not take whoever adopted it (init) for its front once it has started.
        env = {**self.env, FRONT_PID_ENV: str(os.getpid())}
        return subprocess.Popen(
            [sys.executable, "-c", _CLI, "serve", "--jobs-socket", self.socket_path], env=env
        )

    def _wait_for_socket(self, proc: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not os.path.exists(self.socket_path):
            if proc.poll() is not None:
                self.stop()
                raise ConfigError("The jobs process stopped at start-up; see the log above.")
            if time.monotonic() > deadline:
                self.stop()
                raise ConfigError(f"The jobs process did not start within {START_TIMEOUT_S:.0f} s.")
            time.sleep(0.05)

    def _supervise(self) -> None:
        delay = self.backoff_s
        while True:
            proc = self.proc
            started = time.monotonic()
            code = proc.wait()  # reaps it: no zombie
            # A clean exit is the child draining on a signal; one sent to the whole process
            # group (Ctrl-C in a terminal, `kill -- -PGID`) reaches it before the front stops
            # it: give the front a moment to say it is stopping, so no restart and no error.
            if self._stopping.wait(CLEAN_EXIT_GRACE_S if code == 0 else 0):
                return
            if time.monotonic() - started > STABLE_S:
                delay = self.backoff_s
            log.error(
                "jobs process %d died (%s); restarting it in %.1f s (its unfinished requests "
                "are stored and resume)",
                proc.pid,
                describe_exit(code),
                delay,
            )
            if self._stopping.wait(delay):
                return
            with self._lock:
                if self._stopping.is_set():
                    return
                self.proc = self._spawn()
                self.restarts += 1
            log.warning("jobs process %d started (restart %d)", self.proc.pid, self.restarts)
            delay = min(delay * 2, self.max_backoff_s)

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Terminate (it drains), kill if it does not stop in time, remove the folder."""
        self._stopping.set()
        with self._lock:
            proc = self.proc
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_jobs_process(settings: Settings) -> JobsProcess:
    """Start the supervised jobs process and wait (bounded) for its socket."""
    return JobsProcess(settings)
