"""Seventh red team: forms submitted while the bot's database is away (PostgreSQL stopped).

A real `serve` on loopback with the fake Slack, on a throwaway PostgreSQL server of this test's
own (the sixth red team's `Restartable`; the shared server on 5432 is never touched). A form's
submission is answered by the front itself, before the ack (Slack waits for its
`response_action`): the Subscribe and standup forms read and write the database there.

Found: with PostgreSQL stopped, a Subscribe or a standup submission raised `OperationalError`
out of its listener: HTTP 500 and a traceback per submission in the log (the connection URL's
host and the driver's message with it), and on PostgreSQL's return the same form, submitted
again, worked. Promise: a form the bot cannot store gets a 503 (Slack shows the person that it
failed; nothing was taken) and one log line, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, post_signed, view_submission_body
from test_redteam6_database import Restartable, postgres  # noqa: F401  (the fixture)
from test_slack_durable import Serve

SUBSCRIBE = {
    "callback_id": "subscribe_modal",
    "private_metadata": json.dumps({"q": "revenue_by_region", "p": {}}),
    "blocks": [],
}
SUBSCRIBE_VALUES = {
    "frequency": {"frequency": {"type": "static_select", "selected_option": {"value": "weekly"}}},
    "hour": {"hour": {"type": "static_select", "selected_option": {"value": "9"}}},
    "channel": {"channel": {"type": "conversations_select", "selected_conversation": "C0DATA0001"}},
}
STANDUP = {"callback_id": "standup_checkin", "private_metadata": "2026-12-04", "blocks": []}
STANDUP_VALUES = {
    k: {k: {"type": "plain_text_input", "value": f"{k} text"}}
    for k in ("yesterday", "today", "blockers")
}
FORMS = {"subscribe": (SUBSCRIBE, SUBSCRIBE_VALUES), "standup": (STANDUP, STANDUP_VALUES)}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_form_submitted_while_the_database_is_away_is_503_and_one_line(
    tmp_path: Path,
    postgres: Restartable,  # noqa: F811
    form: str,
) -> None:
    view, values = FORMS[form]
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=postgres.url)
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            postgres.stop()
            down = [
                post_signed(serve.base, view_submission_body(view, values), timeout=20)[0]
                for _ in range(3)
            ]
            postgres.start()
            up = post_signed(serve.base, view_submission_body(view, values), timeout=20)
            lines = list(serve.lines)
        finally:
            serve.stop()
    assert down == [503, 503, 503], down
    assert up[0] == 200 and "errors" not in up[1], up
    assert not [line for line in lines if line.startswith("Traceback")], "".join(lines)
