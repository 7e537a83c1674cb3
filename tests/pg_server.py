"""A PostgreSQL server for the test run: the one at TEST_PG_URL, or a throwaway one started here.

`admin_url()` returns a URL of a server that accepts `CREATE DATABASE`. When nothing answers at
TEST_PG_URL (default 127.0.0.1:5432), a private server is initialised in a temporary folder and
started on a free loopback port, and `stop()` removes it at the end of the run. The binaries
come from the system (`/usr/lib/postgresql/*/bin`, or `initdb` on PATH) or, failing that, from
the `pgserver` package when it is installed. PostgreSQL refuses to run as root, so as root the
server runs as the `postgres` user (or `nobody`) through subprocess's `user=`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"
UNPRIVILEGED_USERS = ("postgres", "nobody")


def reachable(url: str, timeout: int = 3) -> bool:
    """True when `url` accepts a connection within `timeout` seconds."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=timeout):
            return True
    except psycopg.OperationalError:
        return False


def with_database(url: str, name: str, *, driver: str = "postgresql") -> str:
    """`url` naming database `name` (query string such as ?host=/socket/dir kept)."""
    parts = urlsplit(url)
    return urlunsplit((driver, parts.netloc, f"/{name}", parts.query, ""))


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest system install, else PATH."""
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if versions:
        return Path(versions[-1]).parent
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> str | None:
    """The user to run the server as: None when not root, else an unprivileged account."""
    if os.geteuid() != 0:
        return None
    for name in UNPRIVILEGED_USERS:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) to run initdb")


@dataclass
class ThrowawayServer:
    """A server in its own folder; `stop()` shuts it down and deletes the folder."""

    folder: Path
    port: int
    bin_dir: Path | None = None
    user: str | None = None
    embedded: object | None = None  # a pgserver handle when the package was used
    url: str = ""

    def stop(self) -> None:
        if self.embedded is not None:
            with contextlib.suppress(Exception):
                self.embedded.cleanup()  # type: ignore[attr-defined]
        elif self.bin_dir is not None:
            subprocess.run(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ],
                user=self.user,
                capture_output=True,
                check=False,
            )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_system_server(bin_dir: Path) -> ThrowawayServer:
    """initdb + pg_ctl start on a free port, trust auth, sockets in the folder itself."""
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="datarequest-pg-"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    port = free_port()
    server = ThrowawayServer(folder, port, bin_dir=bin_dir, user=user)
    data = folder / "data"
    try:
        subprocess.run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
            ],
            user=user,
            capture_output=True,
            check=True,
            cwd=folder,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
        )
        subprocess.run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ],
            user=user,
            capture_output=True,
            check=True,
            cwd=folder,
        )
        base = f"postgresql://postgres@127.0.0.1:{port}"
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE test")
    except (subprocess.CalledProcessError, OSError) as exc:
        server.stop()
        detail = getattr(exc, "stderr", b"") or b""
        raise RuntimeError(
            f"could not start a throwaway PostgreSQL: {exc} {detail.decode()[-500:]}"
        ) from exc
    server.url = f"{base}/test"
    return server


def start_embedded_server() -> ThrowawayServer:
    """The `pgserver` package's bundled binaries (for machines with no system PostgreSQL)."""
    with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is unset
        warnings.simplefilter("ignore")
        import pgserver  # the fallback for machines without PostgreSQL binaries

    folder = Path(tempfile.mkdtemp(prefix="datarequest-pg-"))
    handle = pgserver.get_server(folder / "data", cleanup_mode="stop")
    uri = handle.get_uri()  # a Unix socket: postgresql://postgres:@/postgres?host=/folder
    import psycopg

    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute("CREATE DATABASE test")
    return ThrowawayServer(folder, 0, embedded=handle, url=with_database(uri, "test"))


def start_throwaway() -> ThrowawayServer:
    bin_dir = find_binaries()
    if bin_dir is not None:
        return start_system_server(bin_dir)
    try:
        return start_embedded_server()
    except ImportError:
        raise RuntimeError(
            "No PostgreSQL at TEST_PG_URL and none to start: install PostgreSQL's server "
            "binaries (initdb, pg_ctl) or `pip install pgserver`."
        ) from None
