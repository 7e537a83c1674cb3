"""One line of `datarequest doctor`'s report: what was checked, how it went, the fix."""

from __future__ import annotations

from dataclasses import dataclass

OK, FAIL, WARN = "ok", "FAIL", "warn"


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, how it went, and what to do about it."""

    name: str
    status: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        text = f"{self.status:<4}  {self.name:<18} {self.detail}"
        return text + (
            f"\n      {'':<18} fix: {self.fix}" if self.fix and self.status != OK else ""
        )
