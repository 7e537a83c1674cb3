"""Two apps on one PostgreSQL, "Run suggested query" clicked on each (issue 9): answered once.

Under load (the full suite on two cores) two such clicks answered a ticket twice: one app read
the ticket open, the other answered and closed it, and only then did the first take its mark to
answer, named by the state it read next (the close), which nobody held. The slow read is made
deterministic here by holding the second app right after its first read of the ticket until the
first app is done.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, block_actions_body

ANALYST, REQUESTER, CHANNEL = "U0ANALYST1", "U0REQ00001", "C0GENERAL1"


def test_a_click_held_after_reading_the_ticket_open_does_not_answer_it_again(
    tmp_path: Path, fake: FakeSlack, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not a test of the query budget: the default 1 s stopped the query under load.
    settings = app_settings(tmp_path, fake.api_url, database_url=pg_url, query_timeout_s=30.0)
    with AppServer(settings) as one, AppServer(settings) as two:
        ticket = one.services.tickets.create_ticket(
            "revenue by region please",
            REQUESTER,
            CHANNEL,
            best_query="revenue_by_region",
            best_params={"period_start": "2026-10-01", "period_end": "2026-10-31"},
        )
        read, other_done = threading.Event(), threading.Event()
        real_get = two.services.tickets.get

        def held_get(ticket_id: int) -> Any:
            found = real_get(ticket_id)
            if not read.is_set():  # the first read only: held until the other app is done
                read.set()
                other_done.wait(timeout=30)
            return found

        monkeypatch.setattr(two.services.tickets, "get", held_get)
        action = {"action_id": "ticket_confirm", "type": "button", "value": str(ticket.id)}
        assert two.post(block_actions_body(action, user_id=ANALYST))[0] == 200
        assert read.wait(timeout=30), "the second app never read the ticket"
        assert one.post(block_actions_body(action, user_id=ANALYST))[0] == 200
        one.drain()
        other_done.set()
        two.drain()
        assert one.services.tickets.get(ticket.id).state == "done"
    answers = [m for m in fake.posted() if m["text"].startswith("Revenue by region")]
    assert len(answers) == 1, [m["text"] for m in answers]
    closed_dms = [m for m in fake.posted() if m["text"].startswith("Your ticket #")]
    assert len(closed_dms) == 1
