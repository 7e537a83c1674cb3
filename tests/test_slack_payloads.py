"""Property tests at the Slack edge: any payload, any text, nothing raises, nothing leaks markup.

Hypothesis generates JSON values, Slack markup, control and bidirectional characters, huge and
odd numbers; the payload checks, the readers, the sanitiser and the listeners that read forms
and button values must answer every one of them without an exception.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_helpers import FakeAck, build_offline_runtime, listener_context, stop_runtime

from bot.slack import payloads
from bot.slack.dispatch import without_nul
from bot.slack.rendering.blocks import escape
from handlers import requests as hr
from handlers import tickets as ht

MARKUP = st.sampled_from(
    ["<!channel>", "<!here>", "<!subteam^S0|@x>", "<http://evil|ok>", "<@U0X>", "&", "\x00"]
)
TEXT = st.lists(st.one_of(st.text(), MARKUP), max_size=6).map("".join)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
)
JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=20,
)
FAST = settings(max_examples=300, deadline=None)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(JSON)
def test_payload_checks_and_readers_never_raise(value: Any) -> None:
    payloads.problem(value)
    payloads.problem({"type": "block_actions", "actions": value, "user": value})
    payloads.problem({"type": "view_submission", "view": value, "user": {"id": "U1"}})
    assert isinstance(payloads.text(value, "x"), str)
    assert isinstance(payloads.mapping(value, "x"), dict)
    found = payloads.ticket_id(value)
    assert found is None or 0 < found <= payloads.MAX_TICKET_ID
    assert isinstance(payloads.json_object(json.dumps(value) if value == value else ""), dict)
    without_nul(value)


@FAST
@given(TEXT)
def test_escaped_text_carries_no_markup_and_no_invisible_characters(text: str) -> None:
    out = escape(text)
    assert "<" not in out and ">" not in out
    for ch in out:
        assert ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")


@FAST
@given(st.one_of(TEXT, NUMBERS, st.none()))
def test_ticket_ids_are_small_ascii_numbers_only(raw: Any) -> None:
    found = payloads.ticket_id(raw)
    if found is not None:
        assert str(found) == str(raw).strip().lstrip("0") or str(found) == str(raw)


@cache
def _runtime() -> Any:
    return build_offline_runtime(Path(tempfile.mkdtemp(prefix="dr-props-")))


@pytest.fixture(scope="module", autouse=True)
def _stop_the_runtime() -> Iterator[None]:
    """The examples of this module share one runtime; it stops with the module."""
    yield
    if _runtime.cache_info().currsize:
        stop_runtime(_runtime())
        _runtime.cache_clear()


async def _run(listener: Any, body: dict[str, Any]) -> FakeAck:
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(_runtime()))
    return ack


def _view(callback_id: str, meta: Any, values: Any) -> dict[str, Any]:
    view = {"callback_id": callback_id, "private_metadata": meta, "state": {"values": values}}
    return {"type": "view_submission", "user": {"id": "U0ANALYST1"}, "view": view}


@SLOW
@given(TEXT, st.dictionaries(TEXT, JSON, max_size=3))
def test_modal_submissions_with_any_metadata_and_state_are_answered(meta: str, values: Any) -> None:
    for callback, listener in (
        ("ticket_close_modal", ht.on_close_submit),
        ("params_modal", hr.on_params_submit),
    ):
        body = _view(callback, meta, values)
        if payloads.problem(body) is None:
            ack = asyncio.run(_run(listener, body))
            assert len(ack.calls) == 1  # acked once: errors shown, or accepted
    assert _runtime().worker.wait_idle(30)


@SLOW
@given(st.one_of(TEXT, NUMBERS.map(str)), TEXT)
def test_ticket_buttons_with_any_value_never_raise(value: str, block_id: str) -> None:
    action = {"action_id": "ticket_claim", "type": "button", "value": value, "block_id": block_id}
    body = {"type": "block_actions", "user": {"id": "U0ANALYST1"}, "actions": [action]}
    listener = ht._ticket_action(ht._claim, note_kind="claimed", dm_kind="claimed")
    for handler in (listener, ht.on_close, ht.on_confirm):
        ack = asyncio.run(_run(handler, body))
        assert ack.calls == [{}]
    assert _runtime().worker.wait_idle(30)
