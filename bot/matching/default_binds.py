"""Each parameter's default binds for one day, worked out once per query of the index: a
default period ("last month") is otherwise parsed again for every candidate of every request.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.library.model import ParamDef


class DefaultBinds:
    """The default binds of one query's parameters on the last day asked for."""

    def __init__(self) -> None:
        self.day: dt.date | None = None
        self.of: dict[str, dict[str, Any]] = {}

    def write(self, p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
        """Write `p`'s default binds on `today` into `binds` (as `p.kind.default_binds`)."""
        if today != self.day:  # a new day: yesterday's periods are of no more use
            self.day, self.of = today, {}
        own = self.of.get(p.name)
        if own is None:
            own = {}
            p.kind.default_binds(p, today, own)
            self.of[p.name] = own
        binds.update(own)
