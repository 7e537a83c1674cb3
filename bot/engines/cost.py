"""What a query costs on engines that bill by data read, and the guards on it (pure functions).

Athena bills per terabyte scanned (1 TB = 2**40 bytes here), each query rounded up to the next
megabyte with a 10 MB minimum; a query that read nothing (a reused result, a failure) costs
nothing. The per-user daily budget is decided from plain numbers: the caller sums what the
person spent today (from the audit) and turns an over-budget request into an approval ticket.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BYTES_PER_TB = 2**40
_MB = 2**20
MIN_BILLED_BYTES = 10 * _MB


def scan_cost(bytes_scanned: int | None, price_per_tb: float) -> float | None:
    """US dollars for a query that read `bytes_scanned` at `price_per_tb`; None if unknown."""
    if bytes_scanned is None:
        return None
    if bytes_scanned <= 0 or price_per_tb <= 0:
        return 0.0
    billed = max(MIN_BILLED_BYTES, math.ceil(bytes_scanned / _MB) * _MB)
    return billed / BYTES_PER_TB * price_per_tb


def human_bytes(n: int) -> str:
    """`n` bytes in words people read: 512 B, 3.4 MB, 1.2 GB (binary units)."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover - the loop always returns


def effective_cap(
    query_cap: int | None, default_cap: int | None, workgroup_cap: int | None
) -> int | None:
    """The bytes a query may read: its own cap, else the global default, never above the
    workgroup's BytesScannedCutoffPerQuery (Athena enforces that one itself)."""
    caps = [c for c in (query_cap or default_cap, workgroup_cap) if c]
    return min(caps) if caps else None


@dataclass(frozen=True)
class BudgetDecision:
    allowed: bool
    spent_usd: float
    budget_usd: float
    reason: str = ""  # one line for the person when not allowed

    @property
    def remaining_usd(self) -> float:
        return max(0.0, self.budget_usd - self.spent_usd)


def check_daily_budget(spent_today_usd: float, budget_usd: float) -> BudgetDecision:
    """May a person run one more paid query today? A budget of 0 means no budget is set.

    The cost of a query is known only after it ran, so the check is on what was spent: once a
    person's spending reaches the budget, their next paid query needs a team member's approval.
    """
    if budget_usd <= 0 or spent_today_usd < budget_usd:
        return BudgetDecision(True, spent_today_usd, budget_usd)
    return BudgetDecision(
        False,
        spent_today_usd,
        budget_usd,
        f"Your queries today have already cost ${spent_today_usd:.2f} of your "
        f"${budget_usd:.2f} daily budget; a data team member has to approve this one.",
    )
