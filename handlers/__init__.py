"""Slack listeners, one module per feature, each with `register(app)`; wired by the list below."""

from __future__ import annotations

from typing import Any

from handlers import (
    downloads,
    home,
    progress,
    requests,
    standup,
    subscriptions,
    threads,
    tickets,
)

FEATURES = (requests, progress, downloads, tickets, home, threads, subscriptions, standup)


def register_listeners(app: Any) -> None:
    """Register every feature's listeners on `app` (bot.slack.app.create_app calls this)."""
    for feature in FEATURES:
        feature.register(app)
