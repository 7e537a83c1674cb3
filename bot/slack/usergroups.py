"""Slack user groups for a query's `allowed_groups`: who is in a group, asked of Slack, cached.

`usergroups.users.list` gives a group's members (scope `usergroups:read`); a handle such as
`@finance-team` is turned into the group's id with `usergroups.list`. Answers are kept for five
minutes. When Slack refuses (a missing scope, an unknown group) the group counts as empty, so a
restricted query stays refused, and the reason is logged once per group. When Slack fails (a
5xx, a rate limit past its retries, a lost connection) the group counts as empty for that
request only: a member is not refused for five minutes after one failure.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.client import SLACK_TROUBLE

log = logging.getLogger("datarequest.slack")

TTL_S = 300.0
LOOKUP_TIMEOUT_S = 10.0
_SLACK_FAILED = SLACK_TROUBLE | {"ratelimited"}
_GROUP_ID = re.compile(r"^S[A-Z0-9]{2,}$")


class UserGroups:
    """Group members per (workspace client, group), fetched on demand and kept `ttl_s` seconds."""

    def __init__(self, ttl_s: float = TTL_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._members: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}
        self._handles: dict[str, tuple[float, dict[str, str]]] = {}
        self._warned: set[str] = set()

    def cached(self, client: Any, group: str) -> frozenset[str] | None:
        """The members if known and fresh; None otherwise (never calls Slack)."""
        found = self._members.get((_workspace(client), group))
        if found is None or self.clock() - found[0] > self.ttl_s:
            return None
        return found[1]

    async def members(self, client: Any, group: str) -> frozenset[str]:
        known = self.cached(client, group)
        if known is not None:
            return known
        users: frozenset[str] = frozenset()
        try:
            group_id = group if _GROUP_ID.match(group) else await self._id_of(client, group)
            if group_id:
                response = await client.usergroups_users_list(usergroup=group_id)
                # Only Slack ids grant access: anything else in the list is nobody.
                users = frozenset(u for u in response.get("users") or () if isinstance(u, str))
        except (SlackApiError, aiohttp.ClientError, SlackClientError) as exc:
            error = exc.response.get("error") if isinstance(exc, SlackApiError) else None
            if _failed_once(exc):
                # Slack failed this once (5xx, rate limit, reset): refused now, asked again
                # next time, not counted as empty for TTL_S.
                log.warning(
                    "user group %s: Slack did not answer (%s); counted as empty this time",
                    group,
                    error or type(exc).__name__,
                )
                return users
            if group not in self._warned:
                self._warned.add(group)
                log.warning(
                    "user group %s: Slack said %s (allowed_groups needs the usergroups:read scope)",
                    group,
                    exc.response.get("error"),
                )
        self._members[(_workspace(client), group)] = (self.clock(), users)
        return users

    async def _id_of(self, client: Any, handle: str) -> str | None:
        workspace = _workspace(client)
        found = self._handles.get(workspace)
        if found is None or self.clock() - found[0] > self.ttl_s:
            response = await client.usergroups_list()
            groups = [g for g in response.get("usergroups") or () if isinstance(g, dict)]
            ids = {g.get("handle", ""): g.get("id", "") for g in groups}
            found = self._handles[workspace] = (self.clock(), ids)
        return found[1].get(handle.removeprefix("@")) or None


def _failed_once(exc: Exception) -> bool:
    """True when Slack failed rather than refused: a lost connection, a 5xx or 429 past its
    retries, or an error code that says Slack itself failed."""
    if not isinstance(exc, SlackApiError):
        return True
    status = getattr(exc.response, "status_code", 200)
    return status == 429 or status >= 500 or exc.response.get("error") in _SLACK_FAILED


def _workspace(client: Any) -> str:
    """The cache key of the workspace a client talks to (its API URL and token)."""
    parts = (getattr(client, "base_url", ""), getattr(client, "token", ""))
    return "|".join(p if isinstance(p, str) else "" for p in parts)


USER_GROUPS = UserGroups()


def member_check(
    get_client: Callable[[], Any], user: str, loop: asyncio.AbstractEventLoop
) -> Callable[[str], bool]:
    """`member_of(group)` for the answer path, which runs in a worker thread.

    It asks Slack through `loop` (the jobs loop, free while the worker thread runs) and waits
    for the answer; a lookup that does not come back in time counts as "not a member".
    """

    async def lookup(group: str) -> frozenset[str]:
        return await USER_GROUPS.members(get_client(), group)

    def member_of(group: str) -> bool:
        future = asyncio.run_coroutine_threadsafe(lookup(group), loop)
        try:
            return user in future.result(timeout=LOOKUP_TIMEOUT_S)
        except TimeoutError:
            future.cancel()
            log.warning("user group %s: no answer from Slack in %.0f s", group, LOOKUP_TIMEOUT_S)
            return False

    return member_of


def cached_member_check(client: Any, user: str) -> Callable[[str], bool]:
    """`member_of(group)` from what is already known (for help, answered inside the ack)."""

    def member_of(group: str) -> bool:
        return user in (USER_GROUPS.cached(client, group) or frozenset())

    return member_of
