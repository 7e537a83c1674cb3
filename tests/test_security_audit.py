"""The audit trail from every path (issue 9): each query run is recorded with who, where, the
query and its values, rows, duration, bytes scanned, cached or not and the outcome, linked to
its request (whose `source` says which path it came by), and without secrets.

Paths: the slash command (the real app over signed HTTP, a fake Slack on loopback), the CLI
(`datarequest ask`, in process), a scheduled report (the scheduler's tick), and the answer path
directly for the failure outcomes (timeout, refused).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import BOT_TOKEN, SIGNING_SECRET, AppServer, app_settings, command_body
from slack_sdk import WebClient
from sqlalchemy import select

from bot.answering import Answered, Failed
from bot.cli import main
from bot.redaction import REDACTED
from bot.services import build_services
from bot.settings import Settings
from bot.slack import use_cases as svc
from bot.tickets.audit import QueryRunRecord
from bot.tickets.models import QueryRun, RequestLog
from bot.tickets.service import TicketService
from scheduler.config import empty_config
from scheduler.core import Scheduler
from scheduler.delivery import Outbox, SlackPoster

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
REQUESTER = "U0REQ00001"
CHANNEL = "C0GENERAL1"
FINANCE_ONLY = """/*---
title: Finance ledger
examples:
  - the finance ledger
keywords: [ledger]
allowed_channels: ["C0FINANCE1"]
---*/
SELECT region, SUM(amount) AS total FROM orders GROUP BY region
"""


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


def _runs(services: Any) -> list[QueryRun]:
    with services.session_factory() as session:
        return list(session.scalars(select(QueryRun).order_by(QueryRun.id)))


def _request(services: Any, request_id: int | None) -> RequestLog:
    assert request_id is not None
    with services.session_factory() as session:
        row = session.get(RequestLog, request_id)
        assert row is not None
        return row


def _assert_ok_run(run: QueryRun, *, query: str, user: str, where: str | None, source: str) -> None:
    assert (run.query_name, run.user_id, run.channel_id, run.source, run.outcome) == (
        query,
        user,
        where,
        source,
        "ok",
    )
    assert run.rows is not None and run.rows > 0
    assert run.duration_ms is not None and run.duration_ms >= 0
    assert run.engine == "duckdb" and run.cached is False
    assert run.bytes_scanned is None  # DuckDB reports none; Athena fills it
    assert run.params and run.error is None


def test_a_slash_command_records_its_request_and_its_query_run(
    tmp_path: Path, fake: FakeSlack
) -> None:
    with AppServer(app_settings(tmp_path, fake.api_url), clock=Clock()) as app:
        assert app.post(command_body("revenue by region last month"))[0] == 200
        fake.wait_for("chat.postMessage", lambda a: a["text"].startswith("Revenue by region"))
        app.drain()
        (run,) = _runs(app.services)
        _assert_ok_run(
            run, query="revenue_by_region", user=REQUESTER, where=CHANNEL, source="slash"
        )
        assert run.params["period_start"] == "2026-10-01"
        request = _request(app.services, run.request_id)
        assert (request.source, request.query_name, request.answered) == (
            "slash",
            "revenue_by_region",
            True,
        )


def test_cli_ask_records_the_operator_and_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/")
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for name, value in {
        "DATA_DIR": tmp_path,
        "WAREHOUSE_PATH": settings.warehouse_path,
        "QUERY_LIBRARY": settings.query_library,
        "DATABASE_URL": settings.database_url,
    }.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.setenv("USER", "operator")
    services = build_services(settings)  # migrates: the CLI leaves a DATABASE_URL's schema alone
    try:
        assert main(["ask", "revenue by region last month", "--today", "2026-11-22"]) == 0
        assert "EMEA" in capsys.readouterr().out
        (run,) = _runs(services)
        assert run.source == "cli" and run.channel_id == "cli" and run.outcome == "ok"
        assert run.query_name == "revenue_by_region" and run.rows
        assert _request(services, run.request_id).source == "cli"
    finally:
        services.close()


def test_a_scheduled_report_records_its_run_with_the_schedule(
    tmp_path: Path, fake: FakeSlack
) -> None:
    clock = Clock()
    with AppServer(app_settings(tmp_path, fake.api_url), clock=clock) as app:
        schedule = svc.subscribe(
            app.services,
            query_name="revenue_by_region",
            params={"period": "last month"},
            channel="C0SALES0001",
            frequency="daily",
            hour=8,
            user=REQUESTER,
        )
        client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
        outbox = Outbox(app.services.session_factory, SlackPoster(client), clock, instance="t")
        scheduler = Scheduler(app.services, empty_config("UTC"), outbox, clock=clock, instance="t")
        clock.now = datetime(2026, 11, 23, 7, 59, tzinfo=UTC)
        scheduler.tick()
        clock.now = datetime(2026, 11, 23, 8, 0, 20, tzinfo=UTC)
        assert [r.outcome for r in scheduler.tick()] == ["posted"]
        (run,) = _runs(app.services)
        _assert_ok_run(
            run, query="revenue_by_region", user=REQUESTER, where="C0SALES0001", source="schedule"
        )
        assert run.schedule_id == schedule.id
        assert run.params["period_start"] == "2026-10-01"  # "last month" on the slot's day
        assert _request(app.services, run.request_id).source == "schedule"


def test_timeouts_refusals_and_secrets_in_the_audit(tmp_path: Path) -> None:
    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/", query_timeout_s=0.5)
    (settings.query_library / "finance_ledger.sql").write_text(FINANCE_ONLY)
    services = build_services(settings, clock=Clock())
    try:
        context = services.context(user=REQUESTER, where=CHANNEL, source="slash")
        slow = services.answer("the slow crunch report", context, query="slow_report", binds={})
        assert isinstance(slow, Failed)
        refused = services.answer("the finance ledger", context)
        assert isinstance(refused, Failed) and refused.refused
        secret_text = f"lookup {BOT_TOKEN} {SIGNING_SECRET}"
        lookup = services.context(user=REQUESTER, where=CHANNEL, source="params")
        answered = services.answer(
            secret_text, lookup, query="order_lookup", inputs={"order_id": "7"}
        )
        assert isinstance(answered, Answered)
        timeout, refusal, ok = _runs(services)
        assert (timeout.query_name, timeout.outcome, timeout.rows) == (
            "slow_report",
            "timeout",
            None,
        )
        assert timeout.error and "stopped" in timeout.error
        assert (refusal.query_name, refusal.outcome) == ("finance_ledger", "refused")
        assert "C0FINANCE1" in (refusal.error or "")
        assert _request(services, refusal.request_id).status == "refused"
        assert ok.outcome == "ok" and ok.params == {"order_id": 7}
        stored = _request(services, ok.request_id).text
        for secret in (BOT_TOKEN, SIGNING_SECRET):
            assert secret not in stored
        assert stored.count(REDACTED) == 2
    finally:
        services.close()


def test_build_services_hands_the_configured_secrets_to_the_audit(tmp_path: Path) -> None:
    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/", slack_app_token="xapp-1-A0-secret")
    services = build_services(settings)
    try:
        request_id = services.tickets.record_request(
            f"token {SIGNING_SECRET} and {settings.slack_app_token}", REQUESTER, CHANNEL, status="x"
        )
        text = _request(services, request_id).text
        assert SIGNING_SECRET not in text and "xapp-1-A0-secret" not in text
    finally:
        services.close()


def test_the_database_password_is_a_secret_of_the_audit(factory: Any) -> None:
    settings = Settings(database_url="postgresql+psycopg://bot:pg%2Fpass-0123@db.internal/dr")
    assert "pg/pass-0123" in settings.secrets and "pg%2Fpass-0123" in settings.secrets
    tickets = TicketService(factory, secrets=settings.secrets)
    run_id = tickets.record_query_run(
        QueryRunRecord(
            query="order_lookup",
            params={"note": "pg/pass-0123"},
            user_id=REQUESTER,
            channel_id=CHANNEL,
            source="slash",
            rows=None,
            duration_ms=1.0,
            outcome="error",
            error="could not connect with pg/pass-0123",
        )
    )
    with factory() as session:
        row = session.get(QueryRun, run_id)
        assert row.params == {"note": REDACTED} and "pg/pass-0123" not in (row.error or "")
