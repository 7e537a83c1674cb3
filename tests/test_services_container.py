"""bot.services is the container only: the Slack use cases live at the Slack edge, once."""

from __future__ import annotations

import pytest

from bot import services
from bot.slack import deliveries, threads, use_cases

MOVED = {
    deliveries: ["first_delivery"],
    threads: ["triage_channel", "link_thread", "thread_of", "ticket_of_thread", "reply_in_thread"],
    use_cases: [
        "open_ticket",
        "HomeData",
        "home_for",
        "my_tickets",
        "promote_to_library",
        "subscribe",
        "unsubscribe",
        "checkin_prefill",
        "save_checkin",
    ],
}


@pytest.mark.parametrize("home", list(MOVED), ids=lambda m: m.__name__)
def test_slack_use_cases_live_at_the_edge_and_not_in_the_container(home: object) -> None:
    for name in MOVED[home]:  # type: ignore[index]
        assert callable(getattr(home, name))
        assert not hasattr(services, name), f"bot.services.{name} should live in {home}"


def test_the_container_does_not_import_the_slack_edge() -> None:
    import ast

    with open(services.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
    assert not [m for m in imported if m.startswith(("bot.slack", "slack_sdk", "slack_bolt"))]
