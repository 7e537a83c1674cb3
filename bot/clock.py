"""The one notion of "now" the services use.

A `Clock` is any callable returning an aware datetime; `system_clock` is the real one. Tests pass
a fake (tests/support.py's `Clock`, which a test can move) wherever a service takes a clock.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def __call__(self) -> datetime: ...


def system_clock() -> datetime:
    """The current moment, in UTC."""
    return datetime.now(UTC)
