"""Red team: slash commands with no readable word, at the running app (issue 9, hostile input).

Text made only of punctuation, emoji, Slack markup (`<!here>`, `<@U…>`), zero-width or other
invisible characters, or a decorated "help", became a request: a ticket for the data team, a
row of the request log and of the durable intake, a triage post. Each now gets the help as the
ack, ephemeral, and nothing is stored or posted, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body
from sqlalchemy import func, select

from bot.slack.intake import SlackIntake
from bot.tickets.models import RequestLog, Ticket

WORDLESS = [
    "?",
    "???!!! ... --",
    "🎉🎉🎉 👍🏽 ❤️",
    ":tada: :+1:",
    "<!here>",
    "<!channel> <@U0OTHER001> <#C0FINANCE1|finance>",
    "<!subteam^S0DATA0001|@data-team>",
    "<https://example.com>",
    "\u200b\u200c\u200d\u2060\ufeff",
    "\u3164\u115f\u1160\uffa0",
    "\u202e\u2066\u00ad \x00",
    "&gt;&gt; &amp;",
    "**help**",
    "help?",
    "`help`",
    "<@U0BOT0001> HELP!!",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


def _stored(app: AppServer) -> dict[str, int]:
    with app.services.session_factory() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (RequestLog, Ticket, SlackIntake)
        }


def test_wordless_commands_get_the_help_and_store_nothing(tmp_path: Path, database: str) -> None:
    with (
        FakeSlack() as fake,
        AppServer(app_settings(tmp_path, fake.api_url, database_url=database)) as app,
    ):
        for text in WORDLESS:
            status, body, _ = app.post(command_body(text))
            assert status == 200, (text, body)
            reply: dict[str, Any] = json.loads(body)
            assert reply["response_type"] == "ephemeral", text
            assert reply["text"] == "What you can ask /datarequest", (text, reply["text"])
        app.drain()
        assert _stored(app) == {"request_log": 0, "tickets": 0, "slack_intake": 0}
        assert not fake.calls_to("chat.postMessage", ok_only=False)

        # The same app does store a request that has words (the counts above can see rows).
        assert app.post(command_body("please build a churn dashboard"))[0] == 200
        app.drain()
        stored = _stored(app)
        assert stored["tickets"] == 1 and stored["request_log"] == 1, stored
