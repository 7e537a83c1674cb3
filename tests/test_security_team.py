"""Team actions are checked on the server (issue 9 items 1 and 7), whatever the button says.

The team is the roster's active members and the `ADMINS` list (`bot.tickets.team`). Subscribing
runs the query as the subscriber, so its `allowed_*` lists apply; a subscription is stopped by
its creator or the team. "Run suggested query" and the Close modal are refused to anyone else
before anything runs.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    FakeAck,
    app_settings,
    block_actions_body,
    form,
    listener_context,
    offline_runtime,
)

from bot.errors import Forbidden
from bot.slack import use_cases as svc
from bot.slack.process import settings_env
from bot.tickets.models import QueryRun
from bot.tickets.roster import load_roster_file
from handlers import tickets as ht

ADMIN = "U0ADMIN001"
REQUESTER = "U0REQ00001"
OUTSIDER = "U0OUTSIDER"
CLI = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
FINANCE_ONLY = """/*---
title: Finance ledger
examples:
  - the finance ledger
keywords: [ledger]
allowed_channels: ["C0FINANCE1"]
---*/
SELECT region, SUM(amount) AS total FROM orders GROUP BY region
"""


def _runtime(tmp_path: Path, **overrides: Any) -> Any:
    (tmp_path / "queries").mkdir(exist_ok=True)
    (tmp_path / "queries" / "finance_ledger.sql").write_text(FINANCE_ONLY, encoding="utf-8")
    return offline_runtime(tmp_path, **overrides)


def _subscribe(rt: Any, user: str, channel: str, query: str = "finance_ledger") -> Any:
    return svc.subscribe(
        rt.services,
        query_name=query,
        params={},
        channel=channel,
        frequency="daily",
        hour=8,
        user=user,
    )


def test_nobody_subscribes_a_query_into_a_channel_where_they_may_not_run_it(
    tmp_path: Path,
) -> None:
    rt = _runtime(tmp_path, admins=(ADMIN,))
    for who in (REQUESTER, ADMIN):
        with pytest.raises(Forbidden, match="can only be run in C0FINANCE1"):
            _subscribe(rt, who, "C0GENERAL1")
    assert _subscribe(rt, REQUESTER, "C0FINANCE1").query == "finance_ledger"


def test_a_requester_stops_their_own_subscription_and_nobody_elses(tmp_path: Path) -> None:
    rt = _runtime(tmp_path, admins=(ADMIN,))
    mine = _subscribe(rt, REQUESTER, "C0FINANCE1")
    theirs = _subscribe(rt, "U0OTHER001", "C0FINANCE1")
    with pytest.raises(Forbidden, match="or the data team can stop this report"):
        svc.unsubscribe(rt.services, theirs.id, REQUESTER)
    assert svc.unsubscribe(rt.services, mine.id, REQUESTER).id == mine.id
    assert svc.unsubscribe(rt.services, theirs.id, ADMIN).id == theirs.id  # the team may


async def _click(rt: Any, listener: Any, action_id: str, ticket_id: int, user: str) -> None:
    action = {"action_id": action_id, "type": "button", "value": str(ticket_id)}
    body = form(block_actions_body(action, user_id=user, channel_id="C0TRIAGE01"))
    await listener(ack=FakeAck(), body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)


@pytest.mark.parametrize(
    ("action_id", "listener"),
    [("ticket_confirm", ht.on_confirm), ("ticket_close", ht.on_close)],
)
def test_with_admins_only_others_cannot_run_the_suggested_query_or_open_close(
    tmp_path: Path, action_id: str, listener: Any
) -> None:
    rt = _runtime(tmp_path, admins=(ADMIN,))
    ticket = rt.services.tickets.create_ticket(
        "revenue by region please",
        REQUESTER,
        "C0GENERAL1",
        best_query="revenue_by_region",
        best_params={"period_start": "2026-10-01", "period_end": "2026-10-31"},
    )
    asyncio.run(_click(rt, listener, action_id, ticket.id, OUTSIDER))
    assert rt.client.named("views_open") == []
    assert [c["text"] for c in rt.client.named("chat_postEphemeral")] == [ht.NOT_ON_TEAM]
    assert not [c for c in rt.client.named("chat_postMessage") if "Revenue" in c.get("text", "")]
    assert rt.services.tickets.get(ticket.id).is_open
    with rt.services.session_factory() as session:
        assert session.query(QueryRun).count() == 0  # nothing ran, not even refused
    asyncio.run(_click(rt, listener, action_id, ticket.id, ADMIN))
    assert len(rt.client.named("chat_postEphemeral")) == 1  # the admin was not refused


def test_a_removed_member_loses_the_team_actions(tmp_path: Path) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_text("team: data\nmembers:\n  - {id: U0ALICE001, name: Alice}\n")
    rt = _runtime(tmp_path, roster_file=roster)
    tickets = rt.services.tickets
    assert tickets.is_member("U0ALICE001") and not tickets.is_member(ADMIN)
    roster.write_text("team: data\nmembers:\n  - {id: U0BOB00001, name: Bob}\n")
    load_roster_file(rt.services.session_factory, roster)
    assert not tickets.is_member("U0ALICE001")
    t = tickets.create_ticket("x", REQUESTER, "C0GENERAL1")
    with pytest.raises(Forbidden):
        tickets.claim(t.id, "U0ALICE001")


def _serve_start_up_lines(tmp_path: Path, **overrides: Any) -> list[str]:
    """`datarequest serve --single-process` against a fake Slack, until it listens; its log."""
    tmp_path.mkdir()
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, **overrides)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ADMINS"))}
        env.update(settings_env(settings))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = subprocess.Popen(
            [*CLI, "serve", "--single-process", "--port", str(port), "--host", "127.0.0.1"],
            env=env,
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        listening = threading.Event()

        def read() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                lines.append(line)
                if "listening on http" in line:
                    listening.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert listening.wait(90), "".join(lines)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            reader.join(timeout=10)
    return lines


def test_serve_says_in_one_line_that_nobody_can_promote_and_logs_no_secret(
    tmp_path: Path,
) -> None:
    lines = _serve_start_up_lines(tmp_path / "no_team")
    warnings = [line for line in lines if "nobody may promote" in line]
    assert len(warnings) == 1 and "ADMINS" in warnings[0], "".join(lines)
    log = "".join(lines)
    assert "xoxb-test-0000-token" not in log and "test-signing-secret" not in log
    with_admins = _serve_start_up_lines(tmp_path / "admins", admins=(ADMIN,))
    assert not [line for line in with_admins if "nobody may promote" in line]
