"""Signing and Slack payload builders for tests that drive the app the way Slack does.

Payload shapes follow what Slack sends: slash commands are form-encoded fields, interactions
(`block_actions`, `view_submission`) are a form field `payload=` holding JSON, and events are a
JSON `event_callback` envelope. Requests are signed with Slack's scheme: `v0=` + HMAC-SHA256 of
`v0:{timestamp}:{body}` keyed by the signing secret.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-0000-token"
TEAM_ID = "T0TEAM0001"
BOT_USER_ID = "U0BOT00001"
_counter = itertools.count(1)


def next_id(prefix: str) -> str:
    return f"{prefix}{next(_counter):08d}"


def sign(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack would send with `body`: timestamp and v0 signature."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = f"v0:{ts}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def command_body(
    text: str,
    *,
    user_id: str = "U0REQ00001",
    user_name: str = "rita",
    channel_id: str = "C0GENERAL1",
    command: str = "/datarequest",
    response_url: str = "",
    trigger_id: str | None = None,
) -> str:
    """A form-encoded slash command body, fields as Slack sends them."""
    fields = {
        "token": "deprecated-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "acme",
        "channel_id": channel_id,
        "channel_name": "general",
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": "A0APP00001",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or next_id("1337.42."),
    }
    return urlencode(fields)


def _user(user_id: str) -> dict[str, str]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": TEAM_ID}


def block_actions_body(
    action: dict[str, Any],
    *,
    user_id: str = "U0REQ00001",
    channel_id: str | None = "C0GENERAL1",
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    response_url: str = "",
    trigger_id: str | None = None,
) -> str:
    """A `block_actions` interaction for one clicked element (button, select...)."""
    action = {"action_ts": f"{time.time():.6f}", "block_id": action.get("block_id", "b"), **action}
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id),
        "api_app_id": "A0APP00001",
        "token": "deprecated-verification-token",
        "trigger_id": trigger_id or next_id("2337.42."),
        "team": {"id": TEAM_ID, "domain": "acme"},
        "enterprise": None,
        "is_enterprise_install": False,
        "actions": [action],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "V0VIEW0001")}
        payload["view"] = view
    else:
        msg = message or {"ts": "1700000000.000100", "text": "", "blocks": []}
        payload["container"] = {
            "type": "message",
            "message_ts": msg["ts"],
            "channel_id": channel_id,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": channel_id, "name": "general"}
        payload["message"] = msg
        payload["response_url"] = response_url
        payload["state"] = {"values": {}}
    return urlencode({"payload": json.dumps(payload)})


def action_from_message(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    """The action element (with its block_id) of `action_id` in a posted message's blocks."""
    for block in message.get("blocks") or []:
        for element in block.get("elements", []) + [block.get("accessory") or {}]:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                action = {
                    "type": element.get("type", "button"),
                    "action_id": action_id,
                    "block_id": block.get("block_id", "b"),
                }
                if "value" in element:
                    action["value"] = element["value"]
                action["text"] = element.get("text")
                return action
    raise AssertionError(f"no action {action_id!r} in message {message.get('ts')}")


def view_submission_body(
    view: dict[str, Any],
    values: dict[str, dict[str, dict[str, Any]]],
    *,
    user_id: str = "U0REQ00001",
    view_id: str = "V0VIEW0001",
) -> str:
    """A `view_submission` for a modal `view` as the app opened it, with typed `values`."""
    submitted = {
        "id": view_id,
        "team_id": TEAM_ID,
        "type": "modal",
        "blocks": view.get("blocks", []),
        "private_metadata": view.get("private_metadata", ""),
        "callback_id": view.get("callback_id", ""),
        "state": {"values": values},
        "hash": "1700000000.abcdef",
        "title": view.get("title"),
        "app_id": "A0APP00001",
        "bot_id": "B0BOT00001",
    }
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "acme"},
        "user": _user(user_id),
        "api_app_id": "A0APP00001",
        "token": "deprecated-verification-token",
        "trigger_id": next_id("3337.42."),
        "view": submitted,
        "response_urls": [],
        "is_enterprise_install": False,
    }
    return urlencode({"payload": json.dumps(payload)})


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> str:
    """An Events API `event_callback` envelope (JSON) around `event`."""
    return json.dumps(
        {
            "token": "deprecated-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP00001",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or next_id("Ev"),
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True, "enterprise_id": None}
            ],
        }
    )


def app_home_opened(user_id: str) -> str:
    return event_body(
        {
            "type": "app_home_opened",
            "user": user_id,
            "channel": "D0HOME0001",
            "tab": "home",
            "event_ts": f"{time.time():.6f}",
        }
    )


def thread_reply(user_id: str, channel: str, thread_ts: str, text: str) -> str:
    return event_body(
        {
            "type": "message",
            "user": user_id,
            "channel": channel,
            "text": text,
            "ts": f"{time.time():.6f}",
            "thread_ts": thread_ts,
            "channel_type": "channel",
            "event_ts": f"{time.time():.6f}",
        }
    )


def post_signed(
    base_url: str,
    body: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    extra_headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, str, float]:
    """POST `body` signed to the app's /slack/events; returns (status, body, seconds)."""
    content_type = (
        "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    )
    headers = {"Content-Type": content_type, **sign(body, secret, timestamp)}
    headers.update(extra_headers or {})
    req = urllib.request.Request(
        base_url.rstrip("/") + "/slack/events", data=body.encode(), headers=headers, method="POST"
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback)
            return resp.status, resp.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(), time.perf_counter() - started
