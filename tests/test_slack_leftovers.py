"""Issue 9's leftovers at the running app: what an unauthenticated client learns from
`/healthz`, and a form Slack refuses to open. Driven over HTTP on loopback with the fake Slack
Web API, as Slack drives the app."""

from __future__ import annotations

import urllib.request
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    block_actions_body,
    command_body,
)

from bot.slack.rendering import results as rr
from handlers.common import MODAL_REFUSED


def _healthz(app: AppServer) -> bytes:
    with urllib.request.urlopen(app.base_url + "/healthz", timeout=5) as response:  # noqa: S310
        assert response.status == 200
        return bytes(response.read())


def test_healthz_tells_anyone_only_that_the_process_is_alive(app: AppServer) -> None:
    """It answered `ok pending=N` to anyone: how busy the bot is, unauthenticated."""
    assert _healthz(app) == b"ok"
    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    assert _healthz(app) == b"ok"
    app.drain()
    assert _healthz(app) == b"ok"


def _result(app: AppServer, fake: FakeSlack) -> tuple[str, dict[str, Any]]:
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    (found,) = [
        (channel, m)
        for (channel, _), m in fake.messages.items()
        if str(m.get("text", "")).startswith("Revenue by region")
    ]
    return found


# ---- a trigger_id opens one form (real Slack: `exchanged_trigger_id` after that) -------------

FORM_BUTTONS = [rr.CHANGE_PARAMS, rr.SUBSCRIBE]


def _click(result: dict[str, Any], channel: str, action_id: str, fake: FakeSlack) -> str:
    return block_actions_body(
        action_from_message(result, action_id),
        channel_id=channel,
        message=result,
        response_url=fake.response_url(),
    )


def _told(fake: FakeSlack) -> list[str]:
    calls = fake.calls_to("response_url") + fake.calls_to("chat.postEphemeral")
    return [str(c.args.get("text")) for c in calls]


def test_the_fake_slack_opens_one_view_per_trigger(fake: FakeSlack) -> None:
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    client = WebClient(token=fake.token, base_url=fake.api_url)
    view = {"type": "modal", "title": {"type": "plain_text", "text": "Form"}, "blocks": []}
    assert client.views_open(trigger_id="1.2.3", view=view)["ok"]
    with pytest.raises(SlackApiError) as refused:
        client.views_open(trigger_id="1.2.3", view=view)
    assert refused.value.response["error"] == "exchanged_trigger_id"


@pytest.mark.parametrize("action_id", FORM_BUTTONS)
def test_a_click_delivered_again_opens_its_form_once_and_says_nothing_wrong(
    app: AppServer, fake: FakeSlack, action_id: str
) -> None:
    """A redelivered click (Socket Mode, a replay) called views.open again on its trigger: the
    fake opened a second form, Slack refuses it, and the person read "Please click again"
    beside the form that was open."""
    channel, result = _result(app, fake)
    click = _click(result, channel, action_id, fake)
    for _ in range(2):
        assert app.post(click)[0] == 200
        app.drain()
    opened = fake.calls_to("views.open", ok_only=False)
    assert [c.response.get("error") for c in opened] == [None, "exchanged_trigger_id"]
    assert _told(fake) == []


@pytest.mark.parametrize("action_id", FORM_BUTTONS)
def test_a_form_slack_refuses_to_open_is_one_line_to_the_person(
    app: AppServer, fake: FakeSlack, action_id: str
) -> None:
    channel, result = _result(app, fake)
    fake.fail_next(1, 200, method="views.open", error="expired_trigger_id")
    assert app.post(_click(result, channel, action_id, fake))[0] == 200
    app.drain()
    assert _told(fake) == [MODAL_REFUSED]


def test_a_command_delivered_again_opens_its_form_once(app: AppServer, fake: FakeSlack) -> None:
    """A request that lacks a value opens the form with the command's trigger; the same command
    again posts no "fill in the values" message beside the open form."""
    body = command_body("look up an order", response_url=fake.response_url())
    for _ in range(2):
        assert app.post(body)[0] == 200
        app.drain()
    assert len(fake.calls_to("views.open")) == 1
    assert _told(fake) == []


# ---- threads that outlive their test -------------------------------------------------------------


def test_a_stopped_worker_finishes_its_jobs_and_leaves_no_thread_running() -> None:
    """A runtime's worker (its jobs loop thread and its pool) ran on after the test that made it,
    and a job of it logged into a later test's closed log stream ("--- Logging error ---")."""
    import asyncio
    import threading

    from bot.slack.worker import Worker

    before = set(threading.enumerate())
    worker = Worker(max_threads=2)
    ran = threading.Event()

    async def job() -> None:
        await asyncio.sleep(0.05)
        await worker.run(ran.set)

    worker.spawn(job())
    worker.shutdown(wait_s=10)
    assert ran.is_set()
    assert [t.name for t in set(threading.enumerate()) - before if t.is_alive()] == []
