"""Small helpers shared by test modules (import as `from support import Clock`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library

REPO_ROOT = Path(__file__).resolve().parent.parent
# The public contracts, kept in the repository (a test keeps them in sync with ../shared/spec).
DOCS = REPO_ROOT / "docs"
DATA = Path(__file__).resolve().parent / "data"


class Clock:
    """A controllable clock: services call it for "now"; tests move it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def library_of(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    """A library in `root` with one file per name: (header YAML, SQL)."""
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, library: bool = True) -> Path:
    """`tmp_path` as the CLI's home: its SQLite store (upgraded), data folder and working folder,
    with the test library and warehouse unless `library` is False."""
    from slack_helpers import make_test_library, make_test_warehouse

    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    if library:
        monkeypatch.setenv("QUERY_LIBRARY", str(make_test_library(tmp_path / "queries")))
        monkeypatch.setenv("WAREHOUSE_PATH", str(make_test_warehouse(tmp_path / "wh.duckdb")))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    return tmp_path


def run_cli(argv: list[str]) -> int:
    """The CLI's exit status, argparse's refusals (SystemExit) included."""
    from bot.cli import main

    try:
        return main(argv)
    except SystemExit as stopped:
        return int(stopped.code or 0)
