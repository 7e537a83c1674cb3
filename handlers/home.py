"""App Home: each user's open tickets (with actions), the tickets they requested, queue numbers."""

from __future__ import annotations

from typing import Any

from bot.slack import payloads, use_cases
from bot.slack.rendering.home import home_view


async def publish_home(rt: Any, user: str) -> None:
    data = await rt.worker.run(use_cases.home_for, rt.services, user)
    await rt.client.views_publish(user_id=user, view=home_view(data, tz=rt.settings.timezone))


async def on_home_opened(event: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    user = payloads.text(event, "user")
    if event.get("tab", "home") != "home" or not user:
        entry.decision = "ignored"
        return

    async def job() -> str:
        await publish_home(rt, user)
        return "home"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.event("app_home_opened")(on_home_opened)
