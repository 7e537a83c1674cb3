"""Modals and select menus as terminal prompts: one input at a time, answers as `state.values`.

Each input block is asked with its label, its options numbered and its initial value in
brackets; Enter keeps the initial value, `.` cancels the form, and a line starting with `/` is a
command rather than an answer (the form is left and the command handed back to the shell).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.shell import payloads
from bot.shell.render import NameOf, mrkdwn_text, render_blocks

Ask = Callable[[str], "str | None"]
Say = Callable[[str], None]


@dataclass
class FormAnswers:
    """The state.values of a filled form, or why it was not filled."""

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    cancelled: bool = False
    command: str | None = None  # a command typed instead of an answer


def options_listed(element: dict[str, Any]) -> str:
    options = element.get("options") or []
    return "  ".join(
        f"({i}) {(o.get('text') or {}).get('text', '')}" for i, o in enumerate(options, 1)
    )


def ask_option(ask: Ask, element: dict[str, Any], label: str) -> dict[str, Any] | None:
    """A select menu outside a form (e.g. on a message): the chosen option, or None."""
    answer = ask(f"  {label}: {options_listed(element)}\n  > ")
    return payloads.pick_option(element, (answer or "").strip())


def _ask_input(
    ask: Ask, say: Say, block: dict[str, Any], error: str | None, channels: dict[str, str]
) -> tuple[str | None, str | None]:
    """(answer, command): the typed or initial answer; None with the command that left the form."""
    element = block.get("element") or {}
    label = str((block.get("label") or {}).get("text", block.get("block_id", "")))
    if error:
        say(f"  ! {error}")
    initial = payloads.initial_answer(element)
    if initial in channels:
        initial = "#" + channels[initial]
    listed = options_listed(element)
    prompt = f"  {label}{' (optional)' if block.get('optional') else ''}"
    prompt += f" {listed}" if listed else ""
    prompt += f" [{initial}]" if initial else ""
    for _attempt in range(3):
        answer = ask(prompt + ": ")
        if answer is None or answer.strip() == ".":
            return None, None
        if answer.startswith("/"):
            return None, answer
        typed = answer.strip() or initial
        if not listed or not typed or payloads.pick_option(element, typed) is not None:
            return typed, None
        say("  (choose one of the numbers listed)")
    return None, None


def fill_form(
    view: dict[str, Any],
    *,
    ask: Ask,
    say: Say,
    name_of: NameOf,
    user_id_of: Callable[[str], str],
    channel_id_of: Callable[[str], str],
    channels: dict[str, str],
    errors: dict[str, str] | None = None,
) -> FormAnswers:
    """Ask every input of `view` in turn; the answers in Slack's `state.values` shape."""
    title = mrkdwn_text(str((view.get("title") or {}).get("text", "")), name_of)
    say(f"[{title}] (a form; Enter keeps [the value shown], '.' cancels)")
    answers = FormAnswers()
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            lines, _ = render_blocks([block], name_of)
            if lines:
                say("\n".join("  " + x for x in lines))
            continue
        block_id = str(block.get("block_id", ""))
        typed, command = _ask_input(ask, say, block, (errors or {}).get(block_id), channels)
        if typed is None:
            say("  (form cancelled)")
            return FormAnswers(cancelled=True, command=command)
        element = block.get("element") or {}
        state = payloads.input_state(
            element, typed, user_id_of=user_id_of, channel_id_of=channel_id_of
        )
        answers.values[block_id] = {str(element.get("action_id", "value")): state}
    return answers
