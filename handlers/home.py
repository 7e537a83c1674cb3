"""App Home: each user's open tickets (with actions), the tickets they requested, queue numbers."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.slack import payloads, use_cases
from bot.slack.rendering.home import home_view

log = logging.getLogger("datarequest.slack")


async def publish_home(rt: Any, user: str) -> bool:
    """Publish `user`'s App Home; False (one log line) when Slack refuses it (no such user)."""
    data = await rt.worker.run(use_cases.home_for, rt.services, user)
    try:
        await rt.client.views_publish(user_id=user, view=home_view(data, tz=rt.settings.timezone))
    except SlackApiError as exc:
        log.warning("views.publish for %r refused: %s", user[:40], exc.response.get("error"))
        return False
    return True


async def on_home_opened(event: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    user = payloads.text(event, "user")
    if event.get("tab", "home") != "home" or not user:
        entry.decision = "ignored"
        return

    async def job() -> str:
        return "home" if await publish_home(rt, user) else "home:refused"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.event("app_home_opened")(on_home_opened)
