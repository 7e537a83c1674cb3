"""Who asks, where, and when: the frozen context every request is answered in.

The Slack edge, the CLI and the scheduler each build one; the answer path reads nothing else
about the caller. `member_of` is how the Slack edge lets the answer path ask about user groups
(`usergroups.users.list`, cached there) without the answer path knowing Slack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

# Where a request came from; the request log's status column for requests that name their query.
SOURCES = ("slash", "pick", "params", "suggested", "schedule", "cli", "download", "refresh")
CLI = "cli"


@dataclass(frozen=True)
class RequestContext:
    user: str  # a Slack user id; the operator's login name on the CLI; a schedule's creator
    where: str  # the Slack channel id the answer is shown in, or "cli"
    now: dt.datetime  # aware
    today: dt.date  # `now` in the workspace's time zone: periods are resolved against it
    source: str = "slash"  # one of SOURCES
    key: str = ""  # idempotency key: a retried request opens one ticket
    user_name: str = ""  # the person's handle, when the caller knows it (allowed_users by name)
    channel_name: str = ""  # the channel's name, when known (allowed_channels by name)
    open_ticket: bool = True  # an unmatched request becomes a ticket
    member_of: Callable[[str], bool] | None = None  # is the user in this Slack user group?
    max_rows: int | None = None  # a smaller row cap than the query's (the CLI's --max-rows)
    schedule_id: str = ""  # the scheduled report being run (the audit links its query runs)
    refresh: bool = False  # run the query even when a cached result would do (Refresh)

    @property
    def uses_cache(self) -> bool:
        """Scheduled reports and Refresh always run the query; everything else may reuse."""
        return not self.refresh and self.source != "schedule"

    @property
    def channel(self) -> str | None:
        """The Slack channel the request belongs to (None on the CLI)."""
        return self.where if self.where and self.where != CLI else None

    @property
    def is_operator(self) -> bool:
        """The CLI runs as the operator: library permissions apply to Slack people and channels."""
        return self.source == CLI
