"""The answer path's RequestContext, built from a Slack payload (who, where, now, user groups)."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.answering import RequestContext
from bot.answering.permissions import refusal
from bot.slack import payloads
from bot.slack.rendering.blocks import escape
from bot.slack.usergroups import USER_GROUPS, cached_member_check, member_check
from handlers.common import ephemeral


def request_context(
    rt: Any,
    *,
    user: str,
    channel: str | None,
    source: str,
    key: str = "",
    body: dict[str, Any] | None = None,
) -> RequestContext:
    """The context of a request answered in a job (user groups are looked up on demand)."""
    names = _names(body or {})
    return rt.services.context(
        user=user,
        where=channel,
        source=source,
        key=key,
        member_of=member_check(lambda: rt.client, user, asyncio.get_running_loop()),
        **names,
    )


def help_context(rt: Any, body: dict[str, Any]) -> RequestContext:
    """The context of a help request, answered inside the ack: user groups from the cache only."""
    user = body.get("user_id") or (body.get("user") or {}).get("id") or ""
    return rt.services.context(
        user=user,
        where=body.get("channel_id"),
        source="slash",
        member_of=cached_member_check(rt.client, user),
        **_names(body),
    )


QUERY_GONE = "This query is no longer in the library."


async def form_query(
    rt: Any, body: dict[str, Any], name: str, channel: str | None
) -> tuple[Any, str | None]:
    """(the library query a button that opens a form names, None) or (None, the decision): a
    query gone from the library (renamed or removed since the message was posted) or refused
    where the button was clicked is told to the person in one line, never met in silence."""
    query = rt.services.library.get(name)
    if query is None:
        await ephemeral(rt, channel, payloads.user_id(body), {"text": QUERY_GONE})
        return None, "unknown_query"
    if await refused_form(rt, body, query, channel):
        return None, "refused"
    return query, None


async def refused_form(rt: Any, body: dict[str, Any], query: Any, channel: str | None) -> bool:
    """True when the person who clicked a button that opens `query`'s form (its parameters, a
    subscription) may not run it where they clicked; they are told why in one line.

    Judged inside the ack (a trigger is good for 3 s), so user groups come from the cache; a
    group not looked up yet lets the form open, and its submission is checked in full.
    """
    user = payloads.user_id(body)

    def member_of(group: str) -> bool:
        members = USER_GROUPS.cached(rt.client, group)
        return members is None or user in members

    context = rt.services.context(
        user=user, where=channel, source="form", member_of=member_of, **_names(body)
    )
    reason = refusal(query, context)
    if reason:
        await ephemeral(rt, channel, user, {"text": escape(reason)})
    return reason is not None


def _names(body: dict[str, Any]) -> dict[str, str]:
    """The user's and channel's names, when the payload carries them."""
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    channel = body.get("channel") if isinstance(body.get("channel"), dict) else {}
    return {
        "user_name": str(body.get("user_name") or user.get("username") or ""),
        "channel_name": str(body.get("channel_name") or channel.get("name") or ""),
    }
