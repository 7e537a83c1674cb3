"""`datarequest shell`: the Slack app's own listeners and the scheduler, driven by typed lines.

A transcript test: a request gets its result; an unmatched request becomes a ticket; another
person claims it (by its number) and closes it (a modal asked as prompts); the next morning's
digest shows it closed; moving the clock fires a deadline reminder for another ticket.
"""

from __future__ import annotations

import asyncio
import io
import re
from datetime import UTC, datetime
from pathlib import Path

from bot.settings import Settings
from bot.shell.local_slack import LocalSlack
from bot.shell.people import People, ShellClock
from bot.shell.render import mrkdwn_text, render_message, table_lines
from bot.shell.start import ShellOptions, open_shell

START = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday


class Script:
    """Typed lines, fed to the shell's prompts one by one; the output collected as text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.out = io.StringIO()

    def ask(self, prompt: str) -> str | None:
        if not self.lines:
            return None
        line = self.lines.pop(0)
        self.out.write(prompt + line + "\n")
        return line

    def take(self) -> str:
        text = self.out.getvalue()
        self.out.seek(0)
        self.out.truncate()
        return text


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        timezone="UTC",
        demo_scale=0.01,
        query_timeout_s=20.0,
    )


def choice_number(text: str, label: str) -> int:
    found = re.findall(rf"\[(\d+)\] {re.escape(label)}(?:\s\s|$)", text, flags=re.MULTILINE)
    assert found, f"no choice {label!r} in:\n{text}"
    return int(found[-1])


def test_request_ticket_claim_close_digest_and_reminder(tmp_path: Path) -> None:
    script = Script()

    async def run() -> None:
        options = ShellOptions(now=START, user="caroline")
        async with open_shell(
            _settings(tmp_path), out=script.out, ask=script.ask, options=options
        ) as shell:

            async def say(*lines: str) -> str:
                script.lines.extend(lines[1:])
                assert await shell.handle(lines[0])
                assert not script.lines, f"unread answers: {script.lines}"
                return script.take()

            # A request answered from the library: the table, the parameters in words, choices.
            out = await say("/datarequest top 5 customers last quarter")
            assert "Working on it" in out
            assert "Top customers by revenue" in out
            assert "Jul 1 – Sep 30, 2026" in out
            assert re.search(r"customer_id\s+name", out)
            assert "[1] Change parameters" in out
            assert "Not what I asked" in out
            assert "Traceback" not in out

            # Unmatched: a ticket in the triage channel, the requester told.
            out = await say("/datarequest churn forecast for the new loyalty programme by cohort")
            assert "#data-team" in out and "Ticket #1" in out
            assert "Requester: @caroline" in out
            assert "No query answers" in out

            # Bob claims it by its number and closes it through the modal's prompts.
            await say("/as bob")
            out = await say(str(choice_number(out, "Claim")))
            assert "@bob claimed the ticket." in out
            assert "DM to @caroline" in out and "@bob is working on your ticket #1" in out
            assert "in progress" in out
            out = await say("/click Close", "Worked out by hand: 12% churn expected.", "", "")
            assert "[Close ticket #1]" in out
            assert "@bob closed it: Worked out by hand: 12% churn expected." in out
            assert "Your ticket #1 is done" in out

            # Another ticket, left open for the deadline reminder below.
            await say("/as caroline")
            out = await say("/datarequest headcount plan for the warehouse crew next year")
            assert "Ticket #2" in out
            owner_of_2 = re.search(r"Owner: @(\w+)", out).group(1)

            # The next morning's standup digest shows it closed.
            out = await say("/time 2026-12-02 09:05")
            digest = out.split("Standup — Wednesday 2 December", 1)[1]
            assert "#data-team" in out
            assert re.search(r"@bob\s+1 closed", digest)
            assert "#1 churn forecast for the new loyalty programme by cohort" in digest
            assert "(it is now Wed 2026-12-02 09:05 UTC)" in out

            # Ticket #2 is due 48 weekday hours after it was made; 24 h before, its owner is told.
            out = await say("/time +2h")
            assert f"DM to @{owner_of_2}" in out
            assert re.search(r"Ticket #2 is due in \d+ h", out)
            assert "Traceback" not in out

    asyncio.run(run())


def test_a_modal_refused_by_the_app_is_asked_again_and_a_command_leaves_it(
    tmp_path: Path,
) -> None:
    script = Script()

    async def run() -> None:
        options = ShellOptions(now=START, user="caroline")
        async with open_shell(
            _settings(tmp_path), out=script.out, ask=script.ask, options=options
        ) as shell:
            script.lines.append("/datarequest top 5 customers last quarter")
            assert await shell.handle(script.lines.pop(0))
            script.take()
            # Change parameters: a number the query refuses (n must be at least 1), then leave.
            script.lines += ["1", "0", "", "", "/as alice"]
            await shell.run()
            out = script.take()
            assert "[Change parameters]" in out
            assert "the form was refused" in out
            assert shell.user == "alice"

    asyncio.run(run())


def test_rendering_turns_slack_markup_into_plain_text() -> None:
    names = {"U0ALICE001": "alice", "C0DATATEAM": "data-team"}.get
    assert (
        mrkdwn_text(
            "*Hi* <@U0ALICE001>, see <#C0DATATEAM> and <https://x.example|the doc> &amp; `sql`",
            lambda i: names(i) or i,
        )
        == "Hi @alice, see #data-team and the doc & sql"
    )
    block = {
        "type": "table",
        "rows": [
            [{"type": "raw_text", "text": "region"}, {"type": "raw_text", "text": "revenue"}],
            [{"type": "raw_text", "text": "EMEA"}, {"type": "raw_text", "text": "1,234.50"}],
        ],
        "column_settings": [{"align": "left"}, {"align": "right"}],
    }
    assert table_lines(block) == ["region   revenue", "------  --------", "EMEA    1,234.50"]
    lines, choices = render_message(
        {
            "text": "x",
            "blocks": [
                {"type": "header", "text": {"type": "plain_text", "text": "Title"}},
                {
                    "type": "actions",
                    "block_id": "b",
                    "elements": [
                        {
                            "type": "button",
                            "text": {"type": "plain_text", "text": "Go"},
                            "action_id": "go",
                        }
                    ],
                },
            ],
        },
        lambda i: i,
    )
    assert lines == ["Title", "====="]
    assert [c.label for c in choices] == ["Go"]


def test_people_and_the_clock() -> None:
    people = People()
    people.add("U0ALICE001", "Alice")
    assert people.id_of("alice") == "U0ALICE001"
    assert people.id_of("@Caroline") == people.id_of("caroline")
    assert people.name_of(people.id_of("caroline")) == "caroline"
    clock = ShellClock(START, "Europe/Berlin")
    assert clock.parse("+1d") == datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    assert clock.parse("+90m") == datetime(2026, 12, 1, 11, 30, tzinfo=UTC)
    assert clock.parse("2026-12-07 09:00") == datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def test_local_slack_keeps_messages_and_answers_like_slack() -> None:
    from slack_sdk import WebClient

    seen = []
    local = LocalSlack("xoxb-local").start()
    local.on_event = seen.append
    try:
        client = WebClient(token="xoxb-local", base_url=local.api_url)
        posted = client.chat_postMessage(channel="U0ALICE001", text="hello")
        assert posted["channel"] == "D0ALICE001"
        assert client.conversations_history(channel="D0ALICE001")["messages"][0]["text"] == "hello"
        refused = WebClient(token="xoxb-wrong", base_url=local.api_url)
        try:
            refused.auth_test()
        except Exception as exc:  # slack_sdk raises SlackApiError on ok=false
            assert "invalid_auth" in str(exc)
        else:
            raise AssertionError("a wrong token was accepted")
    finally:
        local.stop()
    assert [s.kind for s in seen] == ["message"]


def test_thread_replies_app_home_and_a_second_run_on_the_same_data(tmp_path: Path) -> None:
    script = Script()
    settings = _settings(tmp_path)

    async def session(*lines: str) -> str:
        script.lines.extend(lines)
        async with open_shell(
            settings, out=script.out, ask=script.ask, options=ShellOptions(now=START)
        ) as shell:
            await shell.run()
        return script.take()

    async def run() -> None:
        first = await session(
            "/datarequest churn forecast for the new loyalty programme by cohort",
            "/reply 2 by cohort month, please",
        )
        assert "Ticket #1" in first
        assert "@caroline commented: by cohort month, please" in first
        # The next run finds the data folder as it was left: the ticket, its messages.
        second = await session("/as alice", "/home", "/click Claim")
        assert "Creating the demo warehouse" not in second
        assert "App Home of @alice" in second
        assert "churn forecast for the new loyalty programme by cohort" in second
        assert "@alice claimed the ticket." in second
        assert "Traceback" not in first + second

    asyncio.run(run())


def test_the_local_slack_refuses_a_trigger_used_twice_or_older_than_3_s() -> None:
    """As Slack (and the tests' fake Slack): a trigger_id opens one view, within 3 s of its
    click. The shell's local Slack opened a view for any trigger, any number of times."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    from bot.shell.local_slack import new_trigger_id

    now = [1_800_000_000.0]
    local = LocalSlack("xoxb-local", clock=lambda: now[0]).start()
    view = {"type": "modal", "title": {"type": "plain_text", "text": "Form"}, "blocks": []}

    def refusal(trigger: str) -> str | None:
        try:
            client.views_open(trigger_id=trigger, view=view)
        except SlackApiError as exc:
            return str(exc.response["error"])
        return None

    try:
        client = WebClient(token="xoxb-local", base_url=local.api_url)
        click = new_trigger_id(lambda: now[0])
        assert refusal(click) is None
        assert refusal(click) == "exchanged_trigger_id"
        late = new_trigger_id(lambda: now[0])
        now[0] += 3.5
        assert refusal(late) == "expired_trigger_id"
        assert refusal(new_trigger_id(lambda: now[0] - 2.5)) is None  # within the 3 s
        assert refusal("12345.67890.abc") == "invalid_trigger_id"
    finally:
        local.stop()
