"""One shell session: the Slack app and scheduler over `LocalSlack`, driven line by line.

`ShellSession.handle(line)` takes what a person typed:

- `/datarequest TEXT` (or any slash command the app registers) is sent as Slack's slash command;
- a number (or `/click LABEL`) clicks that choice of the latest message with buttons;
- `/reply N TEXT` answers in the thread of message N, `/home` opens the person's App Home;
- `/as NAME` acts as another person, `/in #channel` types in another channel;
- `/time +1d` or `/time 2026-12-07 09:00` moves the clock; every schedule slot on the way fires
  on time (standup digest, check-ins, deadline reminders, reports), as the scheduler would;
- `/help`, `/quit`.

Whatever the bot shows (messages, updates, ephemeral replies, DMs, files) is printed as text once
the request's background work is done; a modal is asked as prompts, one input at a time, then
submitted as a `view_submission`.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from typing import Any, TextIO

from slack_bolt.request.async_request import AsyncBoltRequest

from bot.shell import payloads
from bot.shell.forms import Ask, ask_option, fill_form
from bot.shell.local_slack import LocalSlack, Shown
from bot.shell.people import People, ShellClock
from bot.shell.render import Choice, choices_line, render_blocks, render_message
from bot.slack.dispatch import dispatch
from scheduler.slots import due_slots

HELP = """\
/datarequest TEXT     ask the bot (e.g. /datarequest top 5 customers last quarter)
/datarequest tickets  your tickets
N  or  /click LABEL   click choice N (or the one labelled so) of the latest message
/reply N TEXT         reply in the thread of message N (a comment on its ticket)
/home                 your App Home: your tickets, with their buttons
/as NAME              act as NAME (e.g. /as alice)
/in #CHANNEL          type in another channel
/time +1d | +2h | +30m | 2026-12-07 09:00   move the clock (31 days at most); schedules fire on the way
/time                 show the clock
/quit                 leave"""


class ShellSession:
    """Drives `app` (the real Bolt app) and `scheduler` for one person at a time."""

    def __init__(
        self,
        *,
        app: Any,
        runtime: Any,
        scheduler: Any,
        local: LocalSlack,
        clock: ShellClock,
        people: People,
        out: TextIO,
        ask: Ask,
        user: str = "caroline",
        channel: str = "general",
        channels: dict[str, str] | None = None,
    ) -> None:
        self.app = app
        self.runtime = runtime
        self.scheduler = scheduler
        self.local = local
        self.clock = clock
        self.people = people
        self.out = out
        self.ask = ask
        self.user = user
        self.channels = dict(channels or {})  # id -> name
        self.channel_id = self._channel_id(channel)
        self.choices: list[Choice] = []
        self._pending: list[str] = []  # a command typed where a form expected an answer
        self._shown: list[Shown] = []
        self._lock = threading.Lock()
        local.on_event = self._collect

    # ---- input -------------------------------------------------------------------------------

    @property
    def prompt(self) -> str:
        return f"{self.user}@#{self.channels.get(self.channel_id, self.channel_id)}> "

    async def run(self) -> None:
        """Read and handle lines until /quit or the end of the input."""
        while True:
            line = self._pending.pop(0) if self._pending else self.ask(self.prompt)
            if line is None or not await self.handle(line):
                return

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the person wants to leave."""
        line = line.strip()
        if not line:
            return True
        word, _, rest = line.partition(" ")
        rest = rest.strip()
        if word in ("/quit", "/exit"):
            return False
        if word in ("/help", "help", "?"):
            self._print(HELP)
        elif word == "/as":
            self._act_as(rest)
        elif word == "/in" and not rest.strip("#"):
            self._print("(usage: /in #CHANNEL)")
        elif word == "/in":
            self.channel_id = self._channel_id(rest)
            self._print(f"(now in #{self.channels.get(self.channel_id, self.channel_id)})")
        elif word == "/time":
            await self._move_clock(rest)
        elif word == "/reply":
            await self._reply(rest)
        elif word == "/home":
            await self._dispatch(payloads.home_opened(self.people.id_of(self.user)))
            await self._after_request()
        elif line.isdigit():
            await self._click_number(int(line))
        elif word == "/click":
            await self._click_label(rest)
        elif word.startswith("/"):
            await self._command(word, rest)
        else:
            self._print("(type /help to see what the shell understands)")
        return True

    def _act_as(self, name: str) -> None:
        name = name.lstrip("@").strip().lower()
        if not name:
            self._print("(usage: /as NAME)")
            return
        self.user = name
        self._print(f"(you are now @{name}, {self.people.id_of(name)})")

    def _channel_id(self, name: str) -> str:
        name = name.strip().lstrip("#")
        for cid, cname in self.channels.items():
            if name in (cid, cname):
                return cid
        cid = "C" + "".join(ch for ch in name.upper() if ch.isalnum())[:10].ljust(8, "0")
        self.channels[cid] = name
        return cid

    # ---- Slack requests ----------------------------------------------------------------------

    async def _command(self, command: str, text: str) -> None:
        user_id = self.people.id_of(self.user)
        body = payloads.slash_command(
            text,
            user_id=user_id,
            user_name=self.user,
            channel_id=self.channel_id,
            channel_name=self.channels.get(self.channel_id, self.channel_id),
            response_url=self.local.response_url(user_id, self.channel_id),
            command=command,
        )
        status, ack = await self._dispatch(body)
        if status == 404:
            self._print(f"(no command {command}; type /help)")
        elif ack:
            self._show_ack(ack)
        await self._after_request()

    async def _reply(self, text: str) -> None:
        number, _, words = text.partition(" ")
        found = self.local.find_message(int(number)) if number.isdigit() else None
        if found is None or not words.strip():
            self._print("(usage: /reply N TEXT, N being a message number shown above)")
            return
        channel, ts = found
        user_id = self.people.id_of(self.user)
        self._print(
            f"#{self.channels.get(channel, channel)} · reply to message {number} · @{self.user}: {words.strip()}"
        )
        await self._dispatch(payloads.thread_reply(user_id, channel, ts, words.strip()))
        await self._after_request()

    async def _click_number(self, number: int) -> None:
        if not 1 <= number <= len(self.choices):
            self._print(f"(no choice {number}: {len(self.choices)} on the latest message)")
            return
        await self._click(self.choices[number - 1])

    async def _click_label(self, label: str) -> None:
        wanted = label.strip().lower()
        for choice in reversed(self.choices):
            if choice.label.lower() == wanted:
                await self._click(choice)
                return
        listed = choices_line(self.choices, 1) or "no message with choices yet"
        self._print(f"(no choice labelled {label!r}: {listed})")

    async def _click(self, choice: Choice) -> None:
        user_id = self.people.id_of(self.user)
        selected: dict[str, Any] = {}
        kind = choice.element.get("type")
        if kind == "users_select":
            who = self.ask(f"  {choice.label} (a name): ")
            if not who:
                return
            selected["selected_user"] = self.people.id_of(who)
        elif kind == "static_select":
            option = ask_option(self.ask, choice.element, choice.label)
            if option is None:
                return
            selected["selected_option"] = option
        body = payloads.block_actions(
            choice,
            user_id=user_id,
            user_name=self.user,
            response_url=self.local.response_url(user_id, choice.channel or self.channel_id),
            selected=selected,
        )
        await self._dispatch(body)
        await self._after_request()

    async def _dispatch(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Hand `body` to the app as Socket Mode would; wait for its background work."""
        request = AsyncBoltRequest(body=body, mode="socket_mode")
        response = await dispatch(self.runtime, request)  # the same path as Slack's requests
        await self._drain()
        ack: dict[str, Any] = {}
        if response.body:
            try:
                ack = json.loads(response.body)
            except ValueError:
                ack = {"text": response.body}
        return response.status, ack

    async def _drain(self) -> None:
        # The app runs each request's work after the ack on its worker; wait for all of it.
        await self.runtime.worker.drain(timeout=120)

    def _collect(self, shown: Shown) -> None:
        with self._lock:
            self._shown.append(shown)

    def _take_shown(self) -> list[Shown]:
        with self._lock:
            shown, self._shown = self._shown, []
        return shown

    async def _after_request(self) -> None:
        """Print what the bot showed; ask each modal it opened, then submit it."""
        modals = self._print_shown()
        for view in modals:
            await self._fill_modal(view)

    # ---- output ------------------------------------------------------------------------------

    def _print(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _name(self, some_id: str) -> str:
        """A person's name for a user id, a channel's name for a channel id."""
        if some_id[:1] in ("C", "G") and some_id in self.channels:
            return self.channels[some_id]
        return self.people.name_of(some_id)

    def _where(self, shown: Shown) -> str:
        channel = shown.channel
        if channel.startswith("D"):
            place = f"DM to @{self._name('U' + channel[1:])}"
        else:
            place = "#" + self.channels.get(channel, channel)
        if shown.thread_ts and shown.thread_ts != shown.ts:
            return f"{place} · reply to message {_number(shown.thread_ts)}"
        return f"{place} · message {_number(shown.ts)}"

    def _show_ack(self, ack: dict[str, Any]) -> None:
        lines, _ = render_message(ack, self._name)
        if lines:
            self._print("(only you see this) " + "\n  ".join(lines))

    def _print_shown(self) -> list[dict[str, Any]]:
        """Print the collected output; numbered choices replace the previous ones. Modals back."""
        modals: list[dict[str, Any]] = []
        fresh: list[Choice] = []
        for shown in self._take_shown():
            if shown.kind == "modal":
                modals.append(shown.payload)
                continue
            if shown.kind == "home":
                self._print(f"App Home of @{self._name(shown.user)}:")
                lines, elements = render_blocks(shown.payload.get("blocks") or [], self._name)
                self._print("\n".join("  " + x for x in lines))
                first = len(fresh) + 1
                fresh += [Choice(lbl, el, bid, view=shown.payload) for lbl, el, bid in elements]
                if elements:
                    self._print("  " + choices_line(fresh[first - 1 :], first))
                continue
            if shown.kind == "file":
                self._print(f"{self._where(shown)}: file {shown.payload.get('name')}")
                continue
            lines, choices = render_message(shown.payload, self._name)
            if shown.kind == "ephemeral":
                where = "#" + self.channels.get(shown.channel, shown.channel)
                title = f"{where} · only @{self._name(shown.user)} sees this"
            elif shown.kind == "update":
                title = f"{self._where(shown)} (updated)"
            else:
                title = self._where(shown)
            self._print(f"{title} · datarequest:")
            self._print("\n".join("  " + x for x in lines))
            channel = shown.channel
            for choice in choices:
                fresh.append(
                    Choice(
                        choice.label,
                        choice.element,
                        choice.block_id,
                        {**shown.payload, "ts": shown.ts or shown.payload.get("ts", "")},
                        channel,
                        shown.kind == "ephemeral",
                    )
                )
            if choices:
                self._print(
                    "  " + choices_line(fresh[-len(choices) :], len(fresh) - len(choices) + 1)
                )
        if fresh:
            self.choices = fresh
        return modals

    # ---- modals as prompts -------------------------------------------------------------------

    async def _fill_modal(
        self, view: dict[str, Any], errors: dict[str, str] | None = None, attempt: int = 1
    ) -> None:
        answers = fill_form(
            view,
            ask=self.ask,
            say=self._print,
            name_of=self._name,
            user_id_of=self.people.id_of,
            channel_id_of=self._channel_id,
            channels=self.channels,
            errors=errors,
        )
        if answers.cancelled:
            if answers.command:  # typed where an answer was expected: run it next
                self._pending.append(answers.command)
            return
        user_id = self.people.id_of(self.user)
        body = payloads.view_submission(view, answers.values, user_id=user_id, user_name=self.user)
        _status, ack = await self._dispatch(body)
        if ack.get("response_action") == "errors":
            refused = {str(k): str(v) for k, v in (ack.get("errors") or {}).items()}
            self._print("  (the form was refused: " + "; ".join(refused.values()) + ")")
            await self._after_request()
            if attempt < 3:
                await self._fill_modal(view, refused, attempt + 1)
            return
        await self._after_request()

    # ---- the clock and the scheduler ---------------------------------------------------------

    async def _move_clock(self, text: str) -> None:
        if not text:
            self._print(f"(it is {self.clock.local():%a %Y-%m-%d %H:%M %Z})")
            return
        try:
            target = self.clock.parse(text)
        except ValueError as exc:
            self._print(f"({exc})")
            return
        if target <= self.clock.now:
            self._print("(the clock only moves forward)")
            return
        for moment in self._fire_times(self.clock.now, target):
            self.clock.now = moment
            self.scheduler.tick(moment)
            await self._after_request()
        self.clock.now = target
        self.scheduler.tick(target)
        await self._after_request()
        self._print(f"(it is now {self.clock.local():%a %Y-%m-%d %H:%M %Z})")

    def _fire_times(self, after: datetime, until: datetime) -> list[datetime]:
        """Every slot of every schedule in (after, until), so each fires at its own time."""
        moments: set[datetime] = set()
        for schedule in self.scheduler.schedules():
            moments.update(due_slots(schedule, after, until))
        return sorted(m for m in moments if m < until)


def _number(ts: str) -> int:
    """A message's short number in the shell (LocalSlack's timestamps count up from 1)."""
    return int(ts.rsplit(".", 1)[-1]) if ts and ts.rsplit(".", 1)[-1].isdigit() else 0
