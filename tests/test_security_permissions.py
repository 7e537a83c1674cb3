"""`allowed_channels` / `allowed_users` as an attacker tries them (issue 9, permissions).

Slack ids name one channel or person; names are chosen by people. So an entry shaped like an
id matches only that id: a channel someone names `c0finance1` is not the channel C0FINANCE1,
and a person whose handle is `u0cfo00001` is not U0CFO00001. Names (`#finance`, `@alice`) still
match by name. Each probe that holds stays here as a regression test.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
from slack_helpers import FakeAck, command_body, form, listener_context, offline_runtime

from bot.answering.context import RequestContext
from bot.answering.permissions import refusal, visible
from bot.library.model import QueryDef
from handlers import requests as h

NOW = dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC)


def _query(**allowed: tuple[str, ...]) -> QueryDef:
    return QueryDef(name="ledger", title="Finance ledger", sql="SELECT 1", **allowed)


def _context(
    *, user: str = "U0OTHER001", where: str = "C0GENERAL1", **names: Any
) -> RequestContext:
    return RequestContext(user=user, where=where, now=NOW, today=NOW.date(), **names)


# (allowed lists, context fields, may run?)
PROBES: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, Any], bool]] = {
    "channel_id_vs_a_channel_named_like_it": (
        {"allowed_channels": ("C0FINANCE1",)},
        {"where": "C0ATTACK01", "channel_name": "c0finance1"},
        False,
    ),
    "channel_id_vs_a_channel_named_like_it_with_hash": (
        {"allowed_channels": ("C0FINANCE1",)},
        {"where": "C0ATTACK01", "channel_name": "#C0FINANCE1"},
        False,
    ),
    "private_channel_id_vs_name": (
        {"allowed_channels": ("G0PRIVATE1",)},
        {"where": "C0ATTACK01", "channel_name": "g0private1"},
        False,
    ),
    "user_id_vs_a_handle_like_it": (
        {"allowed_users": ("U0CFO00001",)},
        {"user": "U0OTHER001", "user_name": "u0cfo00001"},
        False,
    ),
    "user_id_in_lower_case_is_not_the_id": (
        {"allowed_users": ("U0CFO00001",)},
        {"user": "u0cfo00001"},
        False,
    ),
    "channel_by_id_in_a_dm": (
        {"allowed_channels": ("C0FINANCE1",)},
        {"where": "D0DIRECT01", "channel_name": "directmessage"},
        False,
    ),
    "no_channel_at_all": ({"allowed_channels": ("C0FINANCE1",)}, {"where": ""}, False),
    "empty_user": ({"allowed_users": ("U0CFO00001",)}, {"user": ""}, False),
    "groups_without_a_way_to_ask": ({"allowed_groups": ("S0FINANCE1",)}, {}, False),
    "schedule_of_a_person_is_checked": (
        {"allowed_users": ("U0CFO00001",)},
        {"user": "U0OTHER001", "source": "schedule"},
        False,
    ),
    # What must keep working:
    "channel_by_id": ({"allowed_channels": ("C0FINANCE1",)}, {"where": "C0FINANCE1"}, True),
    "channel_by_name": (
        {"allowed_channels": ("#finance",)},
        {"where": "C0FIN00001", "channel_name": "finance"},
        True,
    ),
    "channel_by_bare_name": (
        {"allowed_channels": ("finance",)},
        {"where": "C0FIN00001", "channel_name": "finance"},
        True,
    ),
    "channel_named_like_an_id_on_purpose": (
        {"allowed_channels": ("#c0finance1",)},
        {"where": "C0ATTACK01", "channel_name": "c0finance1"},
        True,
    ),
    "user_by_id": ({"allowed_users": ("U0CFO00001",)}, {"user": "U0CFO00001"}, True),
    "user_by_handle": (
        {"allowed_users": ("@cfo",)},
        {"user": "U0CFO00001", "user_name": "cfo"},
        True,
    ),
    "operator": ({"allowed_users": ("U0CFO00001",)}, {"user": "ops", "source": "cli"}, True),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_who_may_run_a_restricted_query(name: str) -> None:
    allowed, fields, may = PROBES[name]
    query, context = _query(**allowed), _context(**fields)
    reason = refusal(query, context)
    assert (reason is None) is may, reason
    assert (visible([query], context) == [query]) is may  # help lists exactly what may run
    if reason is not None:
        assert "\n" not in reason and reason.startswith("Finance ledger ")


FINANCE_BY_ID = """/*---
title: Finance ledger
examples:
  - finance ledger totals
keywords: [ledger]
allowed_channels: ["C0FINANCE1"]
---*/
SELECT SUM(amount) AS revenue FROM orders
"""


def test_a_channel_named_after_the_allowed_id_gets_a_refusal_on_slack(tmp_path: Any) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "finance_ledger.sql").write_text(FINANCE_BY_ID, encoding="utf-8")
    rt = offline_runtime(tmp_path)
    body = form(command_body("finance ledger totals", channel_id="C0ATTACK01"))
    body["channel_name"] = "c0finance1"  # a public channel anyone may create

    async def run() -> None:
        await h.on_command(ack=FakeAck(), body=body, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(run())
    assert rt.client.named("chat_postMessage") == []
    (refused,) = rt.client.named("chat_postEphemeral")
    assert "Finance ledger can only be run in C0FINANCE1." in json.dumps(refused)
