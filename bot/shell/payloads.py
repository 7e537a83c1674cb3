"""What Slack would send the app, built from what a person typed in the shell.

The shapes are Slack's own (as delivered over Socket Mode, which carries the same payloads as
HTTP): a slash command's fields, a `block_actions` interaction for one clicked element, and a
`view_submission` with the modal's `state.values`.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from bot.shell.local_slack import TEAM_ID, new_trigger_id
from bot.shell.render import Choice

APP_ID = "A0SHELL001"
_ids = itertools.count(1)


def _trigger_id() -> str:
    return new_trigger_id()


def _user(user_id: str, name: str) -> dict[str, str]:
    return {"id": user_id, "username": name, "name": name, "team_id": TEAM_ID}


def slash_command(
    text: str,
    *,
    user_id: str,
    user_name: str,
    channel_id: str,
    channel_name: str,
    response_url: str,
    command: str = "/datarequest",
) -> dict[str, Any]:
    return {
        "token": "shell",
        "team_id": TEAM_ID,
        "team_domain": "local",
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": _trigger_id(),
    }


def block_actions(
    choice: Choice,
    *,
    user_id: str,
    user_name: str,
    response_url: str,
    selected: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A click on `choice` (with `selected` fields for a select menu: selected_user...)."""
    element = choice.element
    action: dict[str, Any] = {
        "type": element.get("type", "button"),
        "action_id": element.get("action_id", ""),
        "block_id": choice.block_id,
        "action_ts": f"{time.time():.6f}",
    }
    if "value" in element:
        action["value"] = element["value"]
    if "text" in element:
        action["text"] = element["text"]
    action.update(selected or {})
    message = choice.message
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, user_name),
        "api_app_id": APP_ID,
        "token": "shell",
        "trigger_id": _trigger_id(),
        "team": {"id": TEAM_ID, "domain": "local"},
        "enterprise": None,
        "is_enterprise_install": False,
        "container": {
            "type": "message",
            "message_ts": message.get("ts", ""),
            "channel_id": choice.channel,
            "is_ephemeral": choice.ephemeral,
        },
        "channel": {"id": choice.channel, "name": choice.channel},
        "response_url": response_url,
        "state": {"values": {}},
        "actions": [action],
    }
    if choice.view is not None:
        for key in ("container", "channel", "response_url"):
            payload.pop(key)
        payload["container"] = {"type": "view", "view_id": choice.view.get("id", "")}
        payload["view"] = choice.view
    elif not choice.ephemeral:
        payload["message"] = message
    return payload


def event_callback(event: dict[str, Any]) -> dict[str, Any]:
    """An Events API envelope around `event` (a thread reply, App Home opened...)."""
    return {
        "token": "shell",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": f"Ev{int(time.time())}{next(_ids):06d}",
        "event_time": int(time.time()),
    }


def thread_reply(user_id: str, channel: str, thread_ts: str, text: str) -> dict[str, Any]:
    ts = f"{time.time():.6f}"
    return event_callback(
        {
            "type": "message",
            "user": user_id,
            "channel": channel,
            "text": text,
            "ts": ts,
            "thread_ts": thread_ts,
            "channel_type": "im" if channel.startswith("D") else "channel",
            "event_ts": ts,
        }
    )


def home_opened(user_id: str) -> dict[str, Any]:
    ts = f"{time.time():.6f}"
    return event_callback(
        {
            "type": "app_home_opened",
            "user": user_id,
            "channel": "D" + user_id[1:],
            "tab": "home",
            "event_ts": ts,
        }
    )


def view_submission(
    view: dict[str, Any], values: dict[str, dict[str, Any]], *, user_id: str, user_name: str
) -> dict[str, Any]:
    submitted = {
        "id": view.get("id", ""),
        "team_id": TEAM_ID,
        "type": "modal",
        "blocks": view.get("blocks", []),
        "private_metadata": view.get("private_metadata", ""),
        "callback_id": view.get("callback_id", ""),
        "state": {"values": values},
        "hash": f"{int(time.time())}.shell",
        "title": view.get("title"),
        "app_id": APP_ID,
        "bot_id": "B0DATAREQ1",
    }
    return {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "local"},
        "user": _user(user_id, user_name),
        "api_app_id": APP_ID,
        "token": "shell",
        "trigger_id": _trigger_id(),
        "view": submitted,
        "response_urls": [],
        "is_enterprise_install": False,
    }


def input_state(
    element: dict[str, Any], answer: str, *, user_id_of: Any, channel_id_of: Any
) -> dict[str, Any]:
    """The `state.values` entry of one input element given the typed answer ('' = left empty)."""
    kind = element.get("type", "plain_text_input")
    state: dict[str, Any] = {"type": kind}
    if kind in ("plain_text_input", "number_input", "email_text_input", "url_text_input"):
        state["value"] = answer or None
    elif kind == "datepicker":
        state["selected_date"] = answer or None
    elif kind == "timepicker":
        state["selected_time"] = answer or None
    elif kind in ("static_select", "radio_buttons"):
        state["selected_option"] = pick_option(element, answer)
    elif kind == "checkboxes":
        picked = [pick_option(element, a.strip()) for a in answer.split(",") if a.strip()]
        state["selected_options"] = [p for p in picked if p]
    elif kind == "users_select":
        state["selected_user"] = user_id_of(answer) if answer else None
    elif kind in ("conversations_select", "channels_select"):
        key = "selected_conversation" if kind == "conversations_select" else "selected_channel"
        state[key] = channel_id_of(answer) if answer else None
    else:
        state["value"] = answer or None
    return state


def pick_option(element: dict[str, Any], answer: str) -> dict[str, Any] | None:
    """The option chosen by its number (1-based), its value or its label; None when empty."""
    options = list(element.get("options") or [])
    if not answer:
        return None
    if answer.isdigit() and 1 <= int(answer) <= len(options):
        return options[int(answer) - 1]  # type: ignore[no-any-return]
    for opt in options:
        label = str((opt.get("text") or {}).get("text", ""))
        if answer.lower() in (str(opt.get("value", "")).lower(), label.lower()):
            return opt  # type: ignore[no-any-return]
    return None


def initial_answer(element: dict[str, Any]) -> str:
    """What the element holds before anyone types (shown in brackets, kept on an empty answer)."""
    for key in (
        "initial_value",
        "initial_date",
        "initial_time",
        "initial_user",
        "initial_conversation",
        "initial_channel",
    ):
        if element.get(key):
            return str(element[key])
    initial = element.get("initial_option")
    if isinstance(initial, dict):
        return str(initial.get("value", ""))
    return ""
