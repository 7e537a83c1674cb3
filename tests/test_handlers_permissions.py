"""Library permissions on Slack: refusals in one line, help lists only what may run, groups cached."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from slack_helpers import (
    FakeAck,
    RecordingClient,
    block_actions_body,
    command_body,
    form,
    listener_context,
    offline_runtime,
)

from bot.errors import GENERIC_FAILURE, NOT_SET_UP, ConfigError, NotFound, words_for_person
from bot.slack.usergroups import UserGroups
from handlers import requests as h

FINANCE_ONLY = """/*---
title: Finance ledger
examples:
  - finance ledger totals
keywords: [ledger]
allowed_channels: ["#finance"]
allowed_groups: ["@finance-team"]
---*/
SELECT SUM(amount) AS revenue FROM orders
"""


class GroupsClient(RecordingClient):
    """The recording client, with one user group (handle finance-team) of one member."""

    async def usergroups_list(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(("usergroups_list", kwargs))
        return {"ok": True, "usergroups": [{"id": "S0FINANCE1", "handle": "finance-team"}]}

    async def usergroups_users_list(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(("usergroups_users_list", kwargs))
        return {"ok": True, "users": ["U0CFO00001"]}


def _runtime(tmp_path) -> Any:  # noqa: ANN001
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "finance_ledger.sql").write_text(FINANCE_ONLY, encoding="utf-8")
    rt = offline_runtime(tmp_path)
    rt.base_client = GroupsClient()
    return rt


async def _run(rt, listener, body):  # noqa: ANN001, ANN202
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return ack


def _command(text: str, **kw: Any) -> dict[str, Any]:
    body = form(command_body(text))
    body.update(kw)
    return body


def test_a_query_restricted_to_a_channel_is_refused_elsewhere_in_one_line(tmp_path) -> None:  # noqa: ANN001
    rt = _runtime(tmp_path)
    asyncio.run(_run(rt, h.on_command, _command("finance ledger totals")))
    (refusal,) = rt.client.named("chat_postEphemeral")
    assert "Finance ledger can only be run in #finance." in json.dumps(refusal)
    assert rt.client.named("chat_postMessage") == []


def test_a_group_member_in_the_right_channel_gets_the_answer(tmp_path) -> None:  # noqa: ANN001
    rt = _runtime(tmp_path)
    body = _command(
        "finance ledger totals",
        user_id="U0CFO00001",
        channel_id="C0FIN00001",
        channel_name="finance",
    )
    asyncio.run(_run(rt, h.on_command, body))
    (posted,) = rt.client.named("chat_postMessage")
    assert posted["channel"] == "C0FIN00001" and posted["text"].startswith("Finance ledger")
    asyncio.run(_run(rt, h.on_command, body))  # a second request: the group is cached
    assert len(rt.client.named("usergroups_users_list")) == 1
    assert rt.client.named("usergroups_users_list")[0] == {"usergroup": "S0FINANCE1"}
    other = _command("finance ledger totals", channel_id="C0FIN00001", channel_name="finance")
    asyncio.run(_run(rt, h.on_command, other))
    (refusal,) = rt.client.named("chat_postEphemeral")
    assert "Finance ledger is limited to @finance-team." in json.dumps(refusal)


def test_help_does_not_list_what_the_person_may_not_run(tmp_path) -> None:  # noqa: ANN001
    rt = _runtime(tmp_path)
    ack = asyncio.run(_run(rt, h.on_command, _command("help")))
    shown = json.dumps(ack.calls[0]["blocks"])
    assert "Revenue by region" in shown and "Finance ledger" not in shown
    assert rt.client.calls == []  # help is answered in the ack: no Slack call before it


def test_a_picked_candidate_is_checked_too(tmp_path) -> None:  # noqa: ANN001
    rt = _runtime(tmp_path)
    action = {
        "action_id": "pick_candidate_0",
        "type": "button",
        "value": json.dumps({"q": "finance_ledger", "t": "ledger"}),
    }
    asyncio.run(_run(rt, h.on_pick_candidate, form(block_actions_body(action, is_ephemeral=True))))
    assert rt.client.named("chat_postMessage") == []
    assert "can only be run in #finance" in json.dumps(rt.client.named("chat_postEphemeral"))


def test_user_groups_are_cached_and_a_refusal_from_slack_counts_as_empty() -> None:
    now = [0.0]
    groups = UserGroups(ttl_s=60, clock=lambda: now[0])
    client = GroupsClient()
    assert asyncio.run(groups.members(client, "@finance-team")) == {"U0CFO00001"}
    assert asyncio.run(groups.members(client, "S0FINANCE1")) == {"U0CFO00001"}
    assert len(client.named("usergroups_users_list")) == 2  # one per way of naming it
    asyncio.run(groups.members(client, "S0FINANCE1"))
    assert len(client.named("usergroups_users_list")) == 2
    now[0] = 61.0
    asyncio.run(groups.members(client, "S0FINANCE1"))
    assert len(client.named("usergroups_users_list")) == 3
    assert groups.cached(client, "@nobody") is None

    class Refusing(GroupsClient):
        async def usergroups_users_list(self, **kwargs: Any) -> dict[str, Any]:
            from slack_sdk.errors import SlackApiError

            raise SlackApiError("missing_scope", {"ok": False, "error": "missing_scope"})

    assert asyncio.run(groups.members(Refusing(), "S0OTHER001")) == frozenset()


def test_one_place_turns_errors_into_words() -> None:
    assert words_for_person(NotFound("No such ticket #4.")) == "No such ticket #4."
    secret = ConfigError("Warehouse file not found: /srv/secret/w.duckdb (check WAREHOUSE_PATH)")
    assert words_for_person(secret) == NOT_SET_UP
    assert words_for_person(RuntimeError("duckdb internals")) == GENERIC_FAILURE
