"""Eleventh red team (issue 9): a Close form whose SQL nests deeper than Python's stack.

sqlglot's parser recurses per level: 60 nested parentheses (144 characters), 100 nested
subqueries or 300 nested CASEs raised RecursionError inside the promotion, after the ticket was
closed; the job ended with a traceback, the closer was told "something went wrong", and the
requester and the triage thread never heard the ticket was closed. The SQL is now refused in
one line, and any other failure of the promotion still lets the close be told.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body, view_submission_body

from bot.errors import UserFacingError
from bot.library.promote_guard import check_promotable
from bot.slack import use_cases
from bot.slack.rendering import tickets as tr

ADMIN, REQUESTER = "U0ADMIN001", "U0REQ00001"
DEEP = {
    "parentheses": "SELECT " + "(" * 60 + "1" + ")" * 60 + " AS x FROM sales",
    "subqueries": "SELECT x FROM " + "(SELECT x FROM " * 100 + "sales" + ") AS t" * 100,
    "case": "SELECT " + "CASE WHEN 1=1 THEN " * 300 + "1" + " END" * 300 + " AS x FROM sales",
}


@pytest.fixture
def admin_app(tmp_path: Path, fake: FakeSlack) -> Iterator[AppServer]:
    with AppServer(app_settings(tmp_path, fake.api_url, admins=(ADMIN,))) as server:
        yield server


@pytest.mark.parametrize("shape", list(DEEP))
def test_sql_nested_past_the_stack_is_refused_in_one_line(shape: str) -> None:
    with pytest.raises(UserFacingError, match="nests too deeply"):
        check_promotable(DEEP[shape])


def _close_with(app: AppServer, sql: str, name: str) -> int:
    assert app.post(command_body("how many unicorns did we sell to martians"))[0] == 200
    app.drain()
    ticket = app.services.tickets.list_tickets()[-1]
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "done by hand"}},
        "sql": {"value": {"type": "plain_text_input", "value": sql}},
        "promote": {"value": {"type": "plain_text_input", "value": name}},
    }
    body = view_submission_body(tr.close_modal(ticket), values, user_id=ADMIN)
    assert app.post(body)[0] == 200
    app.drain()
    return int(ticket.id)


def _told(fake: FakeSlack, ticket_id: int) -> tuple[list[str], list[str]]:
    """(what the closer was told in a DM, the requester's and the thread's notes)."""
    posts = [
        (str(c.args.get("channel")), str(c.args.get("text")))
        for c in fake.calls_to("chat.postMessage")
    ]
    closer = [t for ch, t in posts if ch == "D" + ADMIN[1:]]
    notes = [t for _ch, t in posts if "closed it" in t or f"#{ticket_id} was closed" in t]
    return closer, notes


@pytest.mark.parametrize("shape", list(DEEP))
def test_a_close_form_promoting_deeply_nested_sql_closes_and_tells(
    admin_app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    caplog.set_level(logging.INFO)
    ticket_id = _close_with(admin_app, DEEP[shape], "deep_one")
    assert admin_app.services.tickets.get(ticket_id).state_label == "done"
    closer, notes = _told(fake, ticket_id)
    assert len(closer) == 1 and "nests too deeply" in closer[0], closer
    assert notes, fake.calls_to("chat.postMessage")
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


def test_a_promotion_failing_otherwise_still_lets_the_close_be_told(
    admin_app: AppServer, fake: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard for every other failure of the promotion (a disk full, a bug): one line to the
    closer, and the close told as if nothing had been promoted."""

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(use_cases, "promote_to_library", boom)
    ticket_id = _close_with(admin_app, "SELECT region FROM sales", "by_region")
    closer, notes = _told(fake, ticket_id)
    assert len(closer) == 1 and "was not promoted" in closer[0], closer
    assert notes, fake.calls_to("chat.postMessage")
