"""A command from another workspace is refused with one log line, not two (§32).

A real `serve`; a signed slash command whose `team_id` is not the bot's (a Slack Connect
channel's guest). The person gets the one-line ephemeral refusal, and `serve`'s log says so in
one line: the request's own line (`decision=refused:foreign`, with the team), not a second one
from the middleware beside it.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import Serve

from bot.slack.workspace import REFUSAL


@pytest.mark.timeout(120)
def test_a_foreign_workspace_refusal_is_one_log_line(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    with FakeSlack() as fake:
        serve = Serve(tmp_path, app_settings(tmp_path, fake.api_url))
        try:
            serve.wait_healthy()
            body = command_body("revenue by region", trigger_id=next_id("7501."))
            body = body.replace("team_id=T", "team_id=TFOREIGN9", 1)
            status, text, _ = post_signed(serve.base, body)
            assert status == 200 and json.loads(text)["text"] == REFUSAL
            time.sleep(1)  # the request's line is written when it ends
        finally:
            serve.stop()
    lines = [line for line in serve.lines if re.search(r"refused:foreign|TFOREIGN9", line)]
    assert len(lines) == 1, lines
    assert "decision=refused:foreign" in lines[0] and "TFOREIGN9" in lines[0], lines
