"""Small helpers shared by test modules (import as `from support import Clock`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

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
