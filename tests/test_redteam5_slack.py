"""Fifth red team: hostile and faulty Slack traffic against the running app (signed HTTP on
loopback, the fake Slack Web API), in the shapes the first four rounds did not send.

Events of a team the bot does not know: the workspace check read an event's team only from the
event itself (`user_team`, `team`); an envelope from another workspace whose event carries
neither (Slack's `app_home_opened`, `app_mention`, a DM, many `message` shapes) passed as at
home: its DM was answered, its thread reply became a ticket comment that reopened the ticket,
and its person got the App Home. It is now judged by the envelope's `team_id` (and its
`enterprise_id`, which is where Slack puts an event's org, not in an `enterprise` object).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body, event_body


def _envelope(event: dict[str, Any], team: str, enterprise: str | None = None) -> str:
    body = json.loads(event_body(event))
    body["team_id"] = team
    body["enterprise_id"] = enterprise
    body["authorizations"][0]["team_id"] = team
    body["authorizations"][0]["enterprise_id"] = enterprise
    return json.dumps(body)


def _events(ticket: Any, user: str) -> list[dict[str, Any]]:
    now = f"{time.time():.6f}"
    return [
        {"type": "message", "user": user, "text": "these numbers are wrong", "ts": now,
         "thread_ts": ticket.message_ts, "channel": ticket.message_channel,
         "channel_type": "channel", "event_ts": now},
        {"type": "message", "user": user, "text": "revenue by region last month", "ts": now,
         "channel": "D0DM000009", "channel_type": "im", "event_ts": now},
        {"type": "app_home_opened", "user": user, "channel": "D0HOME0009", "tab": "home",
         "event_ts": now},
    ]  # fmt: skip


def _closed_ticket(app: AppServer) -> Any:
    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    ticket = app.services.tickets.list_tickets()[0]
    app.services.tickets.claim(ticket.id, "U0ANALYST1")
    app.services.tickets.close(ticket.id, "U0ANALYST1", resolution="done")
    return ticket


def test_events_of_a_workspace_the_bot_does_not_know_are_acked_and_ignored(
    app: AppServer, fake: FakeSlack
) -> None:
    ticket = _closed_ticket(app)
    before = len(fake.calls)
    for event in _events(ticket, "U0STRANGE1"):
        for enterprise in (None, "E0OTHERORG"):
            status, _, _ = app.post(_envelope(event, "T0OTHER001", enterprise))
            assert status == 200
    app.drain()
    assert app.services.tickets.get(ticket.id).state == "done"
    kinds = [e.kind for e in app.services.tickets.events(ticket.id)]
    assert "commented" not in kinds and "reopened" not in kinds
    sent = [c.method for c in fake.calls[before:]]
    assert not [m for m in sent if m.startswith(("chat.", "views.", "conversations."))], sent


def test_events_of_the_home_workspace_or_its_grid_org_are_still_handled(
    app: AppServer, fake: FakeSlack
) -> None:
    """The guard: the same events from home are answered (a DM reply, the App Home, the
    thread reply reopening the ticket); `is_foreign` lets another workspace of the bot's own
    Enterprise Grid org in, read from an event envelope's `enterprise_id`."""
    from bot.slack.workspace import is_foreign

    ticket = _closed_ticket(app)
    for event in _events(ticket, ticket.requester_id):
        assert app.post(_envelope(event, "T0TEAM0001"))[0] == 200
    app.drain()
    assert app.services.tickets.get(ticket.id).is_open
    assert fake.calls_to("views.publish")
    assert [c for c in fake.calls_to("chat.postMessage") if c.args["channel"] == "D0DM000009"]
    grid = json.loads(_envelope(_events(ticket, "U0X")[2], "T0SISTER01", "E0ORG"))
    assert not is_foreign(grid, "T0TEAM0001", "E0ORG")
    assert is_foreign(grid, "T0TEAM0001", "E0OTHER")


# ---- Slack drops the connection on every try ------------------------------------------------------


def _click(fake: FakeSlack, ticket: Any, action_id: str) -> str:
    from slack_helpers import action_from_message, block_actions_body

    message = fake.messages[(ticket.message_channel, ticket.message_ts)]
    action = action_from_message(message, action_id)
    return block_actions_body(
        action, user_id="U0ANALYST1", channel_id=ticket.message_channel, message=message
    )


@pytest.mark.parametrize(
    ("method", "action"),
    [
        ("views.publish", "home"),
        ("chat.update", "ticket_claim"),
        ("conversations.open", "ticket_claim"),
        ("views.open", "ticket_close"),
    ],
)
def test_a_connection_slack_drops_on_every_try_is_one_log_line_not_a_traceback(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, method: str, action: str
) -> None:
    """A reset on every try of views.publish, chat.update, conversations.open or views.open
    (aiohttp's ServerDisconnectedError once the retries were spent) was logged with its
    traceback as an unexpected failure; it is now one line naming Slack."""
    from slack_helpers import app_home_opened

    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    ticket = app.services.tickets.list_tickets()[0]
    if action == "ticket_close":
        assert app.post(_click(fake, ticket, "ticket_claim"))[0] == 200
        app.drain()
    fake.fail_next(10, 0, method=method, after_storing=True)
    body = app_home_opened("U0REQ00001") if action == "home" else _click(fake, ticket, action)
    assert app.post(body)[0] == 200
    app.drain()
    assert not [r.getMessage() for r in caplog.records if r.exc_info]
    lines = [
        r.getMessage() for r in caplog.records if "Slack could not be reached" in r.getMessage()
    ]
    assert len(lines) == 1, lines


def test_a_file_whose_upload_lost_its_answer_is_not_called_a_failure(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """files.completeUploadExternal shared the file and the connection was reset before its
    answer: the reset escaped the upload, the request was logged as failed with a traceback,
    and the person got "Sorry, something went wrong" under the result and its file."""
    fake.fail_next(1, 0, method="files.completeUploadExternal", after_storing=True)
    assert app.post(command_body("list every single order line"))[0] == 200
    app.drain()
    shared = [u for u in fake.uploads.values() if u.get("channel")]
    assert len(shared) == 1
    said = [c.args.get("text", "") for c in fake.calls_to("chat.postMessage")]
    said = [text for text in said if not text.startswith("Still running")]  # a slow machine's note
    assert len(said) == 1 and "something went wrong" not in said[0].lower()
    assert not [r.getMessage() for r in caplog.records if r.exc_info]


# ---- JSON nested deeper than the parser goes ------------------------------------------------------

DEEP = "[" * 50_000 + "]" * 50_000


@pytest.mark.parametrize(
    "action_id",
    ["download_csv", "change_params", "open_params", "subscribe", "refresh_result",
     "not_what_i_asked", "make_ticket", "none_of_these"],
)  # fmt: skip
def test_a_button_value_nested_too_deep_is_no_500(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, action_id: str
) -> None:
    """The app reads its own JSON back from a button's value; 50,000 nested brackets there
    (inside a payload that parses) raised RecursionError out of the listener: 500 and a
    traceback. It is now a value that is not ours, as any other unreadable one."""
    from slack_helpers import block_actions_body

    body = block_actions_body({"action_id": action_id, "type": "button", "value": DEEP})
    assert app.post(body)[0] == 200
    app.drain()
    assert not [r.getMessage() for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("callback_id", ["ticket_close_modal", "params_modal", "subscribe_modal"])
def test_private_metadata_nested_too_deep_is_a_form_error_not_a_500(
    app: AppServer, caplog: pytest.LogCaptureFixture, callback_id: str
) -> None:
    from slack_helpers import view_submission_body

    view = {"callback_id": callback_id, "private_metadata": DEEP, "blocks": []}
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    status, text, _ = app.post(view_submission_body(view, values, user_id="U0ANALYST1"))
    assert status == 200 and json.loads(text)["response_action"] == "errors"
    assert not [r.getMessage() for r in caplog.records if r.exc_info]


# ---- allowed_groups while Slack fails -------------------------------------------------------------


class _SlackWithGroups(FakeSlack):
    """The fake Web API with one user group, S0FINANCE1, whose only member is U0REQ00001."""

    def _m_usergroups_users_list(self, args: dict) -> dict:
        return {"ok": True, "users": ["U0REQ00001"]}


@pytest.mark.parametrize("status", [500, 429, 0])
def test_a_group_lookup_slack_fails_refuses_that_request_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    """`usergroups.users.list` failing past its retries (5xx, 429, a reset) was counted as an
    empty group for five minutes: a member of the group was refused every request until the
    cache expired (and the log blamed a missing usergroups:read scope). Now the failed request
    is refused in one line and the next one asks Slack again; a reset is no traceback."""
    from bot.slack.usergroups import USER_GROUPS

    USER_GROUPS._members.clear()
    with _SlackWithGroups() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        query = settings.query_library / "revenue_by_region.sql"
        query.write_text(
            query.read_text().replace(
                "keywords: [revenue, region]",
                "keywords: [revenue, region]\nallowed_groups: [S0FINANCE1]",
            )
        )
        with AppServer(settings) as app:
            fake.fail_next(12, status, method="usergroups.users.list", retry_after=1)
            assert app.post(command_body("revenue by region last month"))[0] == 200
            app.drain()
            fake.recover()
            refused = [c.args["text"] for c in fake.calls_to("chat.postEphemeral")]
            assert refused == ["That did not work: Revenue by region is limited to S0FINANCE1."]
            assert app.post(command_body("revenue by region last month"))[0] == 200
            app.drain()
        results = [
            c for c in fake.calls_to("chat.postMessage") if "Revenue by region" in c.args["text"]
        ]
        assert len(results) == 1
    assert not [r.getMessage() for r in caplog.records if r.exc_info]
    assert not [r for r in caplog.records if "usergroups:read" in r.getMessage()]
    USER_GROUPS._members.clear()


# ---- a timestamp no clock can hold --------------------------------------------------------------


def test_a_timestamp_too_big_for_a_float_is_401_not_a_traceback(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """slack_sdk compares `now - int(timestamp)` before it looks at the signature: a
    400-digit X-Slack-Request-Timestamp raised OverflowError out of the ASGI app, a 500 with
    a traceback for anyone, signed or not. It is now a bad signature like any unreadable
    timestamp (`bot/slack/http.py` `_signed`)."""
    from slack_helpers import post_raw, sign

    body = command_body("help")
    for timestamp in ("1" + "0" * 19, "9" * 400):
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            **sign(body, timestamp=int(timestamp)),
        }
        assert post_raw(app.base_url, body.encode(), headers)[0] == 401
        unsigned = {**headers, "X-Slack-Signature": "v0=" + "0" * 64}
        assert post_raw(app.base_url, body.encode(), unsigned)[0] == 401
    assert not [r.getMessage() for r in caplog.records if r.exc_info]
    assert not fake.calls_to("chat.postMessage")
