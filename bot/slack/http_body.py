"""A Bolt request built from an HTTP body exactly as Slack wrote it.

Slack sends a slash command as a form, an interaction as a form with one field `payload`
holding JSON, and an event as JSON. Bolt tells the two form shapes apart by looking for the
characters `payload` anywhere in the raw body, and when no field of that name is there it reads
the whole body as empty: a command whose text, channel, person or workspace name holds the word
("revenue by payload type", a `#payload-team` channel) became `{}` and was refused as no Slack
payload. Here a form is read by its fields: an interaction when it has a `payload` field, a
command (its fields) otherwise. The front (`bot.slack.http`), a request run again in the front
(`bot.slack.dispatch`) and the jobs process reading the intake (`bot.slack.intake_runner`) all
build their requests here, so every process reads a body the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_internals import build_async_context
from slack_bolt.request.async_request import AsyncBoltRequest


def _form_fields(raw_body: str) -> dict[str, Any]:
    """A form body as Slack means it (the last of a repeated field wins, as in Bolt)."""
    fields = dict(parse_qsl(raw_body, keep_blank_values=True))
    return json.loads(fields["payload"]) if "payload" in fields else fields


def http_request(
    raw_body: str,
    *,
    headers: Mapping[str, str | Sequence[str]] | None,
    query: str | None = None,
) -> AsyncBoltRequest:
    """The Bolt request of `raw_body` (see the module docstring); JSON that is not valid and a
    `payload` field that is not JSON raise ValueError, as Bolt's own parsing does."""
    req = AsyncBoltRequest(body=raw_body, query=query, headers=dict(headers or {}), mode="http")
    is_json = req.content_type == "application/json" or raw_body.startswith("{")
    if not is_json and "payload" in raw_body:  # where Bolt may have read a command as `{}`
        req.body = _form_fields(raw_body)
        req.context = build_async_context(AsyncBoltContext({}), req.body)
    return req
