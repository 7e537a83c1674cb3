"""Engine wiring around the answer path: engines by ENGINE_<NAME>_URL, the start-up engine
check, `max_bytes` reaching the engine, and the per-person daily budget that turns an
over-budget request into an approval ticket a team member runs with one click."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from slack_helpers import (
    FakeAck,
    block_actions_body,
    form,
    listener_context,
    make_test_warehouse,
    offline_runtime,
)

from bot.answering import Answered, TicketOpened
from bot.engines.base import QueryResult
from bot.engines.registry import EngineRegistry
from bot.errors import ConfigError
from bot.services import build_services
from bot.settings import Settings, load_settings
from bot.slack.rendering import tickets as tr
from bot.tickets.audit import QueryRunRecord
from handlers import tickets as ht

GB = 2**30
LAKE_QUERY = """/*---
title: Lake order count
examples:
  - lake order count
max_bytes: 5000000000
engine: lake
---*/
SELECT COUNT(*) AS orders FROM orders
"""


class BilledEngine:
    """A stand-in for Athena that reports the bytes it scanned and records its caps."""

    name = "lake"

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def run(self, sql, binds, *, timeout_s, max_rows, max_bytes=None):  # noqa: ANN001, ANN201
        self.calls.append({"sql": sql, "binds": dict(binds), "max_bytes": max_bytes})
        return QueryResult(["orders"], ["BIGINT"], [(42,)], 1, 3.0, False, bytes_scanned=2 * GB)

    def explain(self, sql, binds) -> str:  # noqa: ANN001
        return ""

    def close(self) -> None:
        pass


# ---- ENGINE_<NAME>_URL ----------------------------------------------------------------------


def test_engine_url_variables_name_engines(tmp_path: Path) -> None:
    env = {
        "ENGINE_SHOP_PG_URL": "postgresql+psycopg://reader@127.0.0.1:5432/shop",
        "ENGINE_ARCHIVE_URL": f"duckdb:///{tmp_path / 'archive.duckdb'}",
    }
    settings = load_settings(env, dotenv_path=tmp_path / "none.env")
    assert settings.engine_urls == (
        f"archive=duckdb:///{tmp_path / 'archive.duckdb'}",
        "shop_pg=postgresql+psycopg://reader@127.0.0.1:5432/shop",
    )
    registry = EngineRegistry(settings)
    assert {"shop_pg", "archive"} <= set(registry.names)
    assert registry.dialect("shop_pg") == "postgres"
    # The settings travel to a child process (`serve`) and come back the same.
    again = load_settings(settings.as_env(), dotenv_path=tmp_path / "none.env")
    assert EngineRegistry(again).configs == registry.configs


def test_an_engine_by_url_answers_a_query(tmp_path: Path) -> None:
    archive = make_test_warehouse(tmp_path / "archive.duckdb")
    library = tmp_path / "queries"
    library.mkdir()
    (library / "archived_orders.sql").write_text(
        "/*---\ntitle: Archived orders\nengine: archive\n---*/\n"
        "SELECT COUNT(*) AS orders FROM orders\n",
        encoding="utf-8",
    )
    settings = load_settings(
        {
            "ENGINE_ARCHIVE_URL": f"duckdb:///{archive}",
            "QUERY_LIBRARY": str(library),
            "DATA_DIR": str(tmp_path),
            "WAREHOUSE_PATH": str(make_test_warehouse(tmp_path / "warehouse.duckdb")),
        },
        dotenv_path=tmp_path / "none.env",
    )
    services = build_services(settings)
    try:
        context = services.context(user="op", where="cli", source="cli")
        answered = services.answer("", context, query="archived_orders")
        assert isinstance(answered, Answered) and answered.result.rows[0][0] > 0
    finally:
        services.close()


def test_a_bad_engine_url_variable_is_one_line(tmp_path: Path) -> None:
    settings = load_settings({"ENGINE_LAKE_URL": "nonsense"}, dotenv_path=tmp_path / "none.env")
    with pytest.raises(ConfigError, match=r"Invalid setting ENGINE_LAKE_URL='nonsense'"):
        EngineRegistry(settings)


def test_start_up_refuses_a_query_on_an_unknown_engine(tmp_path: Path) -> None:
    library = tmp_path / "queries"
    library.mkdir()
    (library / "lake_orders.sql").write_text(LAKE_QUERY, encoding="utf-8")
    settings = Settings(
        data_dir=tmp_path,
        query_library=library,
        warehouse_path=make_test_warehouse(tmp_path / "warehouse.duckdb"),
    )
    with pytest.raises(ConfigError) as caught:
        build_services(settings)
    message = str(caught.value)
    assert "lake_orders.sql" in message and "unknown engine 'lake'" in message
    assert "\n" not in message


# ---- max_bytes and the daily budget ---------------------------------------------------------


def _lake_runtime(tmp_path: Path, **overrides: object) -> tuple[object, BilledEngine]:
    rt = offline_runtime(
        tmp_path,
        engine_urls=("lake=athena://",),
        athena_daily_budget_usd=0.01,
        athena_price_per_tb=5.0,
        **overrides,
    )
    (tmp_path / "queries" / "lake_orders.sql").write_text(LAKE_QUERY, encoding="utf-8")
    rt.services.library = rt.services.shared_library.reload()  # type: ignore[attr-defined]
    engine = BilledEngine()
    rt.services.engines._engines["lake"] = engine  # type: ignore[attr-defined]
    return rt, engine


def _spent(rt: object, user: str, gigabytes: float) -> None:
    rt.services.tickets.record_query_run(  # type: ignore[attr-defined]
        QueryRunRecord(
            query="lake_orders",
            params={},
            user_id=user,
            channel_id="C0GENERAL1",
            source="slash",
            rows=1,
            duration_ms=3.0,
            bytes_scanned=int(gigabytes * GB),
            engine="lake",
        )
    )


def test_the_querys_max_bytes_reaches_its_engine(tmp_path: Path) -> None:
    rt, engine = _lake_runtime(tmp_path, result_cache_seconds=0)
    context = rt.services.context(user="U0REQ00001", where="C0GENERAL1", source="slash")
    answered = rt.services.answer("", context, query="lake_orders")
    assert isinstance(answered, Answered) and answered.result.bytes_scanned == 2 * GB
    assert engine.calls[0]["max_bytes"] == 5_000_000_000


def test_under_budget_runs(tmp_path: Path) -> None:
    rt, engine = _lake_runtime(tmp_path)
    _spent(rt, "U0REQ00001", 1)  # $0.005 of $0.01
    context = rt.services.context(user="U0REQ00001", where="C0GENERAL1", source="slash")
    assert isinstance(rt.services.answer("", context, query="lake_orders"), Answered)
    assert len(engine.calls) == 1


def test_over_budget_becomes_an_approval_ticket_a_member_runs(tmp_path: Path) -> None:
    rt, engine = _lake_runtime(tmp_path, result_cache_seconds=0)
    _spent(rt, "U0REQ00001", 3)  # $0.0146: over the $0.01 budget
    _spent(rt, "U0OTHER001", 300)  # someone else's spending does not count
    context = rt.services.context(
        user="U0REQ00001", where="C0GENERAL1", source="slash", key="cmd:1"
    )
    outcome = rt.services.answer("lake order count please", context, query="lake_orders")
    assert isinstance(outcome, TicketOpened)
    assert "daily budget" in outcome.note and "$0.01" in outcome.note
    assert engine.calls == []  # nothing was spent
    ticket = outcome.ticket
    assert (ticket.source, ticket.best_query, ticket.requester_id) == (
        "budget",
        "lake_orders",
        "U0REQ00001",
    )
    assert any("Needs approval" in str(e.detail) for e in rt.services.tickets.events(ticket.id))
    other = rt.services.context(user="U0OTHER002", where="C0GENERAL1", source="slash")
    assert isinstance(rt.services.answer("", other, query="lake_orders"), Answered)

    # The triage message offers the one-click approval; a team member clicks it.
    msg = tr.ticket_message(ticket)
    (approve,) = [
        e
        for b in msg["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e.get("action_id") == tr.CONFIRM
    ]
    assert approve["text"]["text"] == "Approve: run for requester"
    action = {"action_id": tr.CONFIRM, "type": "button", "value": approve["value"]}
    body = form(block_actions_body(action, user_id="U0ANALYST1", channel_id="C0TRIAGE01"))
    ack = FakeAck()

    async def click() -> None:
        await ht.on_confirm(ack=ack, body=body, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(click())
    assert len(engine.calls) == 2
    assert rt.services.tickets.get(ticket.id).state == "done"
    answers = [
        m for m in rt.client.named("chat_postMessage") if m["text"].startswith("Lake order count")
    ]
    assert answers and "<@U0REQ00001>" in json.dumps(answers[-1]["blocks"])


def test_a_cached_result_costs_nothing_and_is_served_over_budget(tmp_path: Path) -> None:
    rt, engine = _lake_runtime(tmp_path)
    other = rt.services.context(user="U0OTHER002", where="C0GENERAL1", source="slash")
    assert isinstance(rt.services.answer("", other, query="lake_orders"), Answered)
    _spent(rt, "U0REQ00001", 3)
    context = rt.services.context(user="U0REQ00001", where="C0GENERAL1", source="slash")
    cached = rt.services.answer("", context, query="lake_orders")
    assert isinstance(cached, Answered) and cached.cached_at is not None
    assert len(engine.calls) == 1


def test_a_budget_day_is_the_workspaces_day(tmp_path: Path) -> None:
    from bot.answering.budget import day_bounds

    start, end = day_bounds(dt.date(2026, 3, 29), Settings(timezone="Europe/Paris").tz)
    assert (end - start) == dt.timedelta(hours=23)  # the DST change day
    assert start == dt.datetime(2026, 3, 28, 23, tzinfo=dt.UTC)
