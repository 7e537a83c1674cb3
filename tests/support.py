"""Small helpers shared by test modules (import as `from support import Clock`)."""

from __future__ import annotations

from datetime import datetime, timedelta


class Clock:
    """A controllable clock: services call it for "now"; tests move it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)
