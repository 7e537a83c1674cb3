"""Small helpers shared by test modules (import as `from support import Clock`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

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
