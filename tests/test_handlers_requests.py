"""handlers.requests without any network: fake ack, a recording client, real services."""

from __future__ import annotations

import asyncio
import json

from slack_helpers import (
    FakeAck,
    block_actions_body,
    command_body,
    form,
    listener_context,
    offline_runtime,
    view_submission_body,
)

from bot.answering import Ambiguous
from handlers import requests as h


async def _run(rt, listener, body):  # noqa: ANN001, ANN202
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return ack


def test_command_acks_working_then_posts_result(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    ack = asyncio.run(_run(rt, h.on_command, form(command_body("revenue by region last month"))))
    assert ack.calls[0]["response_type"] == "ephemeral"
    assert ack.calls[0]["text"].startswith("Working on it")
    (posted,) = rt.client.named("chat_postMessage")
    assert posted["channel"] == "C0GENERAL1" and posted["text"].startswith("Revenue by region")
    assert any(b["type"] == "table" for b in posted["blocks"])


def test_help_is_answered_in_the_ack(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    ack = asyncio.run(_run(rt, h.on_command, form(command_body("help"))))
    assert "Revenue by region" in json.dumps(ack.calls[0]["blocks"])
    assert rt.client.calls == []


def test_ephemeral_setting_sends_the_result_to_the_requester_only(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path, reply_visibility="ephemeral")
    asyncio.run(_run(rt, h.on_command, form(command_body("revenue by region last month"))))
    (posted,) = rt.client.named("chat_postMessage")
    assert posted["channel"] == "D0REQ00001"


def test_ambiguous_answer_offers_candidates_and_none_of_these(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    lib = rt.services.library
    answer = Ambiguous(
        "revenue numbers",
        candidates=((lib.get("revenue_by_region"), 0.6), (lib.get("daily_revenue"), 0.58)),
    )
    asyncio.run(h.deliver(rt, answer, user="U0REQ00001", channel="C0GENERAL1"))
    (shown,) = rt.client.named("chat_postEphemeral")
    ids = [e["action_id"] for b in shown["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert ids == ["pick_candidate_0", "pick_candidate_1", "none_of_these"]
    none_value = json.loads(shown["blocks"][-1]["elements"][-1]["value"])
    assert none_value == {"q": "revenue_by_region", "t": "revenue numbers"}


def test_none_of_these_makes_a_ticket_with_the_best_candidate(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    action = {
        "action_id": "none_of_these",
        "type": "button",
        "value": json.dumps({"q": "revenue_by_region", "t": "revenue numbers"}),
    }
    body = form(block_actions_body(action, is_ephemeral=True))
    asyncio.run(_run(rt, h.on_none_of_these, body))
    asyncio.run(_run(rt, h.on_none_of_these, body))  # a double click
    (ticket,) = rt.services.tickets.list_tickets()
    assert ticket.source == "ambiguous" and ticket.best_query == "revenue_by_region"
    assert ticket.best_params["period_start"] == "2026-10-01"


def test_params_modal_refuses_a_bad_value_under_its_field(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    view = {"callback_id": "params_modal", "private_metadata": json.dumps({"q": "order_lookup"})}
    values = {"p:order_id": {"value": {"type": "number_input", "value": "0"}}}
    ack = asyncio.run(_run(rt, h.on_params_submit, form(view_submission_body(view, values))))
    assert ack.calls[0]["response_action"] == "errors"
    assert "at least 1" in ack.calls[0]["errors"]["p:order_id"]
    assert rt.client.calls == []


def test_picking_a_candidate_runs_it_with_the_words_of_the_request(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    action = {
        "action_id": "pick_candidate_0",
        "type": "button",
        "value": json.dumps({"q": "revenue_by_region", "t": "revenue in europe last month"}),
    }
    body = form(block_actions_body(action, is_ephemeral=True))
    asyncio.run(_run(rt, h.on_pick_candidate, body))
    asyncio.run(_run(rt, h.on_pick_candidate, body))  # a double click answers once
    (posted,) = rt.client.named("chat_postMessage")
    facts = posted["blocks"][1]["elements"][0]["text"]
    assert "Oct 1 – Oct 31, 2026 · EMEA" in facts
