"""The result cache: shared through the database, bypassed by Refresh and scheduled reports."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from slack_helpers import (
    FakeAck,
    block_actions_body,
    command_body,
    form,
    listener_context,
    make_test_library,
    make_test_warehouse,
    offline_runtime,
)
from sqlalchemy import func, select
from support import Clock

from bot.answering import Answered
from bot.answering.cache import ResultCache, ResultCacheEntry, cache_key
from bot.engines.base import QueryResult
from bot.services import Services, build_services
from bot.settings import Settings
from bot.slack.rendering import results as rr
from handlers import requests as h

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
ASK = "revenue by region last month"


class CountingEngine:
    """A real engine that counts its runs (the cache must spare them)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.runs = 0

    def run(self, sql, binds, **kw):  # noqa: ANN001, ANN003, ANN201
        self.runs += 1
        return self.inner.run(sql, binds, **kw)  # type: ignore[attr-defined]

    def explain(self, sql, binds):  # noqa: ANN001, ANN201
        return self.inner.explain(sql, binds)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.inner.close()  # type: ignore[attr-defined]


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    warehouse = tmp_path / "warehouse.duckdb"
    if not warehouse.exists():
        make_test_warehouse(warehouse)
    library = tmp_path / "queries"
    if not library.exists():
        make_test_library(library)
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "database_url": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "warehouse_path": warehouse,
        "query_library": library,
        "query_timeout_s": 5.0,
        "result_cache_seconds": 600,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _counted(services: Services) -> CountingEngine:
    engine = CountingEngine(services.engines.get("duckdb"))
    services.engines._engines["duckdb"] = engine  # type: ignore[assignment]
    return engine


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def services(tmp_path: Path, clock: Clock) -> Services:
    built = build_services(_settings(tmp_path), clock=clock)
    yield built
    built.close()


def _ctx(services: Services, **kw: object) -> object:
    values: dict[str, object] = {"user": "U0REQ00001", "where": "C0GENERAL1", "source": "slash"}
    values.update(kw)
    return services.context(**values)  # type: ignore[arg-type]


# ---- the answer path ------------------------------------------------------------------------


def test_a_second_request_is_answered_from_the_cache(services: Services, clock: Clock) -> None:
    engine = _counted(services)
    first = services.answer(ASK, _ctx(services))
    clock.advance(minutes=4)
    second = services.answer(ASK, _ctx(services))
    assert isinstance(first, Answered) and isinstance(second, Answered)
    assert engine.runs == 1
    assert first.cached_at is None and second.cached_at == NOW
    assert second.result.rows == first.result.rows
    assert second.result.columns == first.result.columns


def test_other_values_run_the_query(services: Services) -> None:
    engine = _counted(services)
    services.answer(ASK, _ctx(services))
    other = services.answer("revenue by region this month", _ctx(services))
    assert isinstance(other, Answered) and other.cached_at is None
    assert engine.runs == 2


def test_refresh_bypasses_the_cache_and_stores_the_new_result(
    services: Services, clock: Clock
) -> None:
    engine = _counted(services)
    services.answer(ASK, _ctx(services))
    clock.advance(minutes=5)
    fresh = services.answer(ASK, dataclasses.replace(_ctx(services), refresh=True))
    assert isinstance(fresh, Answered) and fresh.cached_at is None and engine.runs == 2
    clock.advance(minutes=1)
    again = services.answer(ASK, _ctx(services))
    assert isinstance(again, Answered) and again.cached_at == NOW + dt.timedelta(minutes=5)
    assert engine.runs == 2


def test_scheduled_reports_always_run(services: Services) -> None:
    engine = _counted(services)
    services.answer(ASK, _ctx(services))
    report = services.answer(
        "scheduled report daily",
        _ctx(services, user="", source="schedule", open_ticket=False),
        query="revenue_by_region",
        inputs={"period": "last month"},
    )
    assert isinstance(report, Answered) and report.cached_at is None
    assert engine.runs == 2


def test_an_old_result_is_not_reused_and_is_pruned(services: Services, clock: Clock) -> None:
    engine = _counted(services)
    services.answer(ASK, _ctx(services))
    clock.advance(minutes=11)  # the time to live is 10 minutes
    later = services.answer(ASK, _ctx(services))
    assert isinstance(later, Answered) and later.cached_at is None and engine.runs == 2
    services.answer("revenue by region this month", _ctx(services))
    with services.session_factory() as session:
        times = list(session.scalars(select(ResultCacheEntry.created_at)))
    assert times == [NOW + dt.timedelta(minutes=11)] * 2  # the 12:00 entry was replaced


def test_a_zero_time_to_live_turns_the_cache_off(tmp_path: Path, clock: Clock) -> None:
    services = build_services(_settings(tmp_path, result_cache_seconds=0), clock=clock)
    try:
        engine = _counted(services)
        services.answer(ASK, _ctx(services))
        second = services.answer(ASK, _ctx(services))
        assert isinstance(second, Answered) and second.cached_at is None and engine.runs == 2
        with services.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(ResultCacheEntry)) == 0
    finally:
        services.close()


def test_big_results_are_not_stored(tmp_path: Path, clock: Clock) -> None:
    services = build_services(_settings(tmp_path, result_cache_max_cells=2), clock=clock)
    try:
        engine = _counted(services)
        services.answer(ASK, _ctx(services))
        second = services.answer(ASK, _ctx(services))
        assert isinstance(second, Answered) and second.cached_at is None and engine.runs == 2
    finally:
        services.close()


def test_another_process_answers_from_the_shared_cache(
    tmp_path: Path, clock: Clock, db_url: str
) -> None:
    """Two containers over one database (SQLite and PostgreSQL): one computes, the other reuses."""
    front = build_services(_settings(tmp_path, database_url=db_url), clock=clock)
    jobs = build_services(_settings(tmp_path, database_url=db_url), clock=clock)
    try:
        front_engine = _counted(front)
        front.answer(ASK, _ctx(front))
        clock.advance(minutes=2)
        answered = jobs.answer(ASK, _ctx(jobs))
        assert isinstance(answered, Answered) and answered.cached_at == NOW
        assert front_engine.runs == 1
        assert jobs.engines._engines == {}  # the second process never opened the warehouse
    finally:
        front.close()
        jobs.close()


def test_permissions_apply_before_the_cache(services: Services, tmp_path: Path) -> None:
    (tmp_path / "queries" / "secret.sql").write_text(
        "/*---\ntitle: Secret totals\nallowed_users: [U0CFO00001]\n---*/\n"
        "SELECT SUM(amount) AS total FROM orders\n",
        encoding="utf-8",
    )
    services.library = services.shared_library.reload()  # type: ignore[union-attr]
    cfo = services.answer("", _ctx(services, user="U0CFO00001"), query="secret")
    assert isinstance(cfo, Answered)
    other = services.answer("", _ctx(services), query="secret")
    assert not isinstance(other, Answered) and other.refused  # type: ignore[union-attr]


# ---- the store -------------------------------------------------------------------------------


def test_values_keep_their_types_through_the_cache(services: Services, clock: Clock) -> None:
    cache = ResultCache(services.session_factory, ttl_s=60, max_cells=100, clock=clock)
    result = QueryResult(
        columns=["day", "at", "amount", "ratio", "name", "blob", "none"],
        column_types=["DATE", "TIMESTAMP", "DECIMAL", "DOUBLE", "VARCHAR", "BLOB", "VARCHAR"],
        rows=[
            (
                dt.date(2026, 10, 1),
                dt.datetime(2026, 10, 1, 8, 30),
                Decimal("12.50"),
                0.25,
                "EMEA",
                b"\x00\x01",
                None,
            )
        ],
        row_count=1,
        elapsed_ms=12.0,
        truncated=False,
        bytes_scanned=1024,
    )
    key = cache_key("q", "duckdb", "SELECT :a", {"a": dt.date(2026, 10, 1)}, 100)
    assert cache.put(key, "q", result)
    hit = cache.get(key)
    assert hit is not None and hit.cached_at == NOW
    assert hit.result == result


def test_the_key_depends_on_sql_values_and_row_cap() -> None:
    base = cache_key("q", "duckdb", "SELECT :a", {"a": 1}, 100)
    assert base == cache_key("q", "duckdb", "SELECT :a", {"a": 1}, 100)
    assert base != cache_key("q", "duckdb", "SELECT :a ", {"a": 1}, 100)
    assert base != cache_key("q", "duckdb", "SELECT :a", {"a": 2}, 100)
    assert base != cache_key("q", "duckdb", "SELECT :a", {"a": "1"}, 100)
    assert base != cache_key("q", "duckdb", "SELECT :a", {"a": 1}, 10)
    assert base != cache_key("q", "athena", "SELECT :a", {"a": 1}, 100)


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "cached just now"),
        (4, "cached 4 min ago"),
        (119, "cached 119 min ago"),
        (180, "cached 3 h ago"),
    ],
)
def test_cached_words(minutes: int, words: str) -> None:
    assert rr.cached_words(NOW, NOW + dt.timedelta(minutes=minutes)) == words


# ---- Slack: "cached N min ago" and Refresh --------------------------------------------------


async def _run(rt, listener, body):  # noqa: ANN001, ANN202
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return ack


def _facts(posted: dict) -> str:
    (facts,) = [b for b in posted["blocks"] if b.get("block_id") == "facts"]
    return json.dumps(facts)


def _buttons(posted: dict) -> list[dict]:
    return [e for b in posted["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_slack_shows_a_cached_result_with_a_refresh_button(tmp_path: Path) -> None:
    rt = offline_runtime(tmp_path, result_cache_seconds=600)
    asyncio.run(_run(rt, h.on_command, form(command_body(ASK))))
    asyncio.run(_run(rt, h.on_command, form(command_body(ASK))))
    first, second = rt.client.named("chat_postMessage")
    assert "cached" not in _facts(first)
    assert rr.REFRESH not in [e["action_id"] for e in _buttons(first)]
    assert "cached just now" in _facts(second)
    (refresh,) = [e for e in _buttons(second) if e["action_id"] == rr.REFRESH]
    assert json.loads(refresh["value"])["q"] == "revenue_by_region"

    action = {"action_id": rr.REFRESH, "type": "button", "value": refresh["value"]}
    asyncio.run(_run(rt, h.on_refresh, form(block_actions_body(action))))
    third = rt.client.named("chat_postMessage")[-1]
    assert "cached" not in _facts(third)
    assert third["text"] == first["text"]
    assert rr.REFRESH not in [e["action_id"] for e in _buttons(third)]


def test_the_shell_shows_cached_and_refreshes(tmp_path: Path) -> None:
    """The local chat adapter drives the same app: a repeated request says it is cached."""
    import io

    from bot.shell.start import ShellOptions, open_shell

    lines: list[str] = []
    out = io.StringIO()

    def ask(prompt: str) -> str | None:
        return lines.pop(0) if lines else None

    async def run() -> list[str]:
        settings = Settings(data_dir=tmp_path / "data", demo_scale=0.01, query_timeout_s=20.0)
        seen = []
        options = ShellOptions(now=NOW, user="caroline")
        async with open_shell(settings, out=out, ask=ask, options=options) as shell:
            for line in (f"/datarequest {ASK}", f"/datarequest {ASK}", "/click Refresh"):
                assert await shell.handle(line)
                seen.append(out.getvalue())
                out.seek(0)
                out.truncate()
        return seen

    first, second, refreshed = asyncio.run(run())
    assert "Revenue by region" in first and "Refresh" not in first
    assert "cached just now" not in first
    assert "cached just now" in second and "Refresh" in second
    assert "Revenue by region" in refreshed and "cached just now" not in refreshed
    assert "Traceback" not in first + second + refreshed
