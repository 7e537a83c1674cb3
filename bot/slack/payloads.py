"""What a Slack payload must look like before a listener sees it, and safe ways to read one.

`problem(body)` names what is wrong with a payload that no Slack client sends (an interaction
without actions or user, a number that is not finite, ...); the dispatch answers those with 400
before any listener runs. The readers below never raise on odd values: a listener asks for a
ticket id, a text or a mapping and gets None, "" or {} when the value is not what it should be.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from slack_bolt.request import payload_utils as bolt

MAX_TICKET_ID = 2**31 - 1  # the ids fit a 32-bit column: larger digits are not ours
_TICKET_ID = re.compile(r"[0-9]{1,10}")
_SLACK_ID = re.compile(r"[A-Z0-9]{2,40}")
_MAX_DEPTH = 64


def _has_bad_number(value: Any, depth: int = 0) -> bool:
    if depth > _MAX_DEPTH:
        return True
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_bad_number(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(_has_bad_number(v, depth + 1) for v in value)
    return False


def _user_ok(body: dict[str, Any]) -> bool:
    user = body.get("user")
    return isinstance(user, dict) and bool(slack_id(user.get("id")))


def _event_user_ok(body: dict[str, Any]) -> bool:
    """An event's `user`, when it is text, is a Slack id (some events carry a user object)."""
    event = body.get("event")
    user = event.get("user") if isinstance(event, dict) else None
    return not isinstance(user, str) or not user or bool(slack_id(user))


# What Bolt reads from every payload before any listener or error handler runs (the arguments it
# injects): a payload these fail on is a 500 inside Bolt, and again inside its error handler.
_BOLT_READERS = (
    bolt.to_options, bolt.to_shortcut, bolt.to_action, bolt.to_view, bolt.to_command,
    bolt.to_event, bolt.to_message, bolt.to_step,
)  # fmt: skip


def _bolt_cannot_read(body: dict[str, Any]) -> bool:
    try:
        for reader in _BOLT_READERS:
            reader(body)
    except (KeyError, TypeError, AttributeError, IndexError):
        return True
    return False


def problem(body: Any) -> str | None:
    """Why `body` is not a payload Slack would send; None when it may go to a listener."""
    if not isinstance(body, dict) or not body:
        return "not an object"
    if _has_bad_number(body):
        return "a number that is not finite, or nesting too deep"
    if _bolt_cannot_read(body):
        return "a payload Bolt cannot read (a field Slack always sends is missing)"
    if "command" in body:
        if not slack_id(body.get("user_id")):
            return "a command without a user_id shaped like a Slack id"
        # Slack form-encodes a command: every field is a string (a JSON body could say anything).
        if not all(isinstance(value, str) for value in body.values()):
            return "a command with a field that is not text"
        return None
    kind = body.get("type")
    if kind == "block_actions":
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions:
            return "block_actions without actions"
        if not all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions):
            return "an action without action_id"
        return None if _user_ok(body) else "block_actions without a user"
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        if not isinstance(view, dict) or not isinstance(view.get("callback_id"), str):
            return f"{kind} without a view"
        state = view.get("state", {})
        if not isinstance(state, dict) or not isinstance(state.get("values", {}), dict):
            return f"{kind} with a malformed state"
        return None if _user_ok(body) else f"{kind} without a user"
    if kind == "event_callback" and not isinstance(body.get("event"), dict):
        return "event_callback without an event"
    if kind == "event_callback" and not _event_user_ok(body):
        return "an event whose user is not a Slack id"
    return None


# ---- readers -------------------------------------------------------------------------------------


def ticket_id(raw: Any) -> int | None:
    """A ticket id from a button value or metadata: 1..2**31-1 written in ASCII digits."""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    text = str(raw).strip()
    if not _TICKET_ID.fullmatch(text):
        return None
    value = int(text)
    return value if 0 < value <= MAX_TICKET_ID else None


def slack_id(raw: Any) -> str:
    """`raw` when it is shaped like a Slack id (U024BE7LH, W012A3CDE), else "": every id this
    app writes as a mention `<@id>`, so markup in place of one (`<!channel>`) would ping."""
    return raw if isinstance(raw, str) and _SLACK_ID.fullmatch(raw) else ""


def text(mapping: Any, key: str, default: str = "") -> str:
    """`mapping[key]` when it is a string, else `default`."""
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return value if isinstance(value, str) else default


def mapping(value: Any, key: str | None = None) -> dict[str, Any]:
    """`value[key]` (or `value`) when it is a dict, else {}."""
    if key is not None:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, dict) else {}


def json_object(raw: Any) -> dict[str, Any]:
    """A JSON object written by this app (button value, private_metadata); {} otherwise.

    Nested too deep for the parser (`[[[…]]]` 50,000 levels in a signed button value) is not
    ours either: RecursionError was a 500 with a traceback."""
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def first_action(body: dict[str, Any]) -> dict[str, Any]:
    actions = body.get("actions")
    return (
        actions[0] if isinstance(actions, list) and actions and isinstance(actions[0], dict) else {}
    )


def user_id(body: dict[str, Any]) -> str:
    return text(mapping(body, "user"), "id")


def input_value(state: dict[str, Any], block_id: str) -> str:
    """The typed text of a plain_text_input whose action_id is `value`, stripped; "" if none."""
    return text(mapping(mapping(state, block_id), "value"), "value").strip()
