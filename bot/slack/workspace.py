"""Only people of the bot's own workspace (or Enterprise Grid org) may use it.

In a Slack Connect channel, people of another organization can click the bot's buttons, and
their messages reach the bot as events; the warehouse belongs to the organization that installed
the bot. A Bolt middleware compares the acting person's team with the bot's (from auth.test, via
the authorize result): a command gets a one-line ephemeral refusal, a click or a form 403 (Slack
shows it as failed), an event is acknowledged and ignored (Slack turns off the event
subscriptions of an endpoint that keeps failing). Within one Enterprise Grid org every workspace
is at home; when the bot's own team is unknown nobody is refused.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.response import BoltResponse

from bot.slack import payloads
from bot.slack.request_log import QuietLog

log = QuietLog(logging.getLogger("datarequest.requests"))

REFUSAL = "This bot answers members of the workspace that installed it only."


def actor_team(body: dict[str, Any]) -> tuple[str, str]:
    """(team id, enterprise id) of the person acting in `body`; "" where the payload is silent."""
    if "command" in body:
        return payloads.text(body, "team_id"), payloads.text(body, "enterprise_id")
    if body.get("type") == "event_callback":
        event = payloads.mapping(body, "event")
        # Many events name no team of their own (app_home_opened, a DM): the envelope's is
        # the workspace the event happened in, and its `enterprise_id` the org.
        team = (
            payloads.text(event, "user_team")
            or payloads.text(event, "team")
            or payloads.text(body, "team_id")
        )
        return team, payloads.text(body, "enterprise_id")
    user = payloads.mapping(body, "user")
    enterprise = payloads.text(payloads.mapping(body, "enterprise"), "id")
    # The person's own team; a payload without it is judged by the team it came from.
    team = payloads.text(user, "team_id") or payloads.text(payloads.mapping(body, "team"), "id")
    return team, enterprise


def is_foreign(body: dict[str, Any], home_team: str | None, home_enterprise: str | None) -> bool:
    """True when `body`'s actor belongs to another organization than the bot."""
    team, enterprise = actor_team(body)
    if not team or not home_team or team == home_team:
        return False
    return not (home_enterprise and enterprise == home_enterprise)


async def only_home_members(
    body: dict[str, Any], context: Any, next: Callable[[], Awaitable[Any]]
) -> Any:
    """Bolt global middleware: see the module docstring."""
    auth = context.authorize_result
    home_team = getattr(auth, "team_id", None)
    home_enterprise = getattr(auth, "enterprise_id", None)
    if not isinstance(body, dict) or not is_foreign(body, home_team, home_enterprise):
        return await next()
    team, _ = actor_team(body)
    entry = context.get("request_log")
    if entry is not None:  # its one line says it, with the team
        entry.decision, entry.note = "refused:foreign", f"team {team[:20]!r}"
    else:
        log.warning(f"who=- what=request decision=refused:foreign (team {team[:20]!r})")
    if "command" in body:
        text = json.dumps({"response_type": "ephemeral", "text": REFUSAL})
        return BoltResponse(status=200, body=text, headers={"content-type": "application/json"})
    if body.get("type") == "event_callback":
        return BoltResponse(status=200, body="")
    return BoltResponse(status=403, body="")
