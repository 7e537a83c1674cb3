"""The audit trail: requests, query runs and ticket changes recorded, filtered, exported, and
never holding a secret."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from support import Clock

from bot.cli import db_cmds, main
from bot.db.session import make_engine, make_session_factory
from bot.tickets.audit import REDACTED, QueryRunRecord, redact, redact_params
from bot.tickets.audit_query import AuditFilter, audit_entries, entries_csv, entries_json
from bot.tickets.service import TicketService

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
BOT_TOKEN = "xoxb-1111111111-2222222222-abcdefABCDEF"
SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543"
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"


def _service(factory, clock: Clock) -> TicketService:
    return TicketService(factory, clock=clock, secrets=(BOT_TOKEN, SIGNING_SECRET))


def _seed(svc: TicketService, clock: Clock) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["request"] = svc.record_request(
        "revenue by region last month",
        "U0ALICE001",
        "C0SALES001",
        status="matched",
        query="revenue_by_region",
        score=0.91,
        duration_ms=42.0,
        source="slash_command",
    )
    clock.advance(seconds=1)
    ids["run"] = svc.record_query_run(
        QueryRunRecord(
            query="revenue_by_region",
            params={"period_start": "2026-10-01", "period_end": "2026-10-31", "region": "EMEA"},
            user_id="U0ALICE001",
            channel_id="C0SALES001",
            source="slash_command",
            rows=12,
            duration_ms=35.5,
            bytes_scanned=1_048_576,
            cached=False,
            engine="duckdb",
            request_id=ids["request"],
        )
    )
    clock.advance(minutes=5)
    ids["cached"] = svc.record_query_run(
        QueryRunRecord(
            query="signups",
            params={"period": "last week"},
            user_id="U0BOB00001",
            channel_id="C0GROWTH01",
            source="schedule",
            rows=7,
            duration_ms=0.4,
            cached=True,
            schedule_id="weekly-signups",
        )
    )
    clock.advance(hours=1)
    ticket = svc.create_ticket("churn by plan and month", "U0BOB00001", "C0GROWTH01")
    svc.claim(ticket.id, "U0CAROL001")
    clock.advance(hours=2)
    svc.close(ticket.id, "U0CAROL001", "Posted the numbers in the thread")
    ids["ticket"] = ticket.id
    return ids


def test_every_kind_is_recorded_and_filtered(factory) -> None:
    clock = Clock(NOW)
    svc = _service(factory, clock)
    ids = _seed(svc, clock)

    everything = audit_entries(factory, AuditFilter())
    assert [e.kind for e in everything] == ["ticket"] * 3 + ["query", "query", "request"]
    run = next(e for e in everything if e.id == ids["run"] and e.kind == "query")
    assert (run.user_id, run.channel_id, run.query, run.rows) == (
        "U0ALICE001",
        "C0SALES001",
        "revenue_by_region",
        12,
    )
    assert run.params == {
        "period_start": "2026-10-01",
        "period_end": "2026-10-31",
        "region": "EMEA",
    }
    assert (run.duration_ms, run.bytes_scanned, run.cached) == (35.5, 1_048_576, False)
    assert run.detail == {"engine": "duckdb", "request_id": ids["request"]}
    request = everything[-1]
    assert (request.text, request.outcome, request.source) == (
        "revenue by region last month",
        "matched",
        "slash_command",
    )
    changes = [(e.source, e.user_id, e.outcome, e.ticket_id) for e in everything[:3]]
    assert changes[::-1] == [
        ("created", "U0BOB00001", "open", ids["ticket"]),
        ("claimed", "U0CAROL001", "in_progress", ids["ticket"]),
        ("closed", "U0CAROL001", "done", ids["ticket"]),
    ]
    assert everything[0].text == "Posted the numbers in the thread"

    alice = audit_entries(factory, AuditFilter(user="U0ALICE001"))
    assert {(e.kind, e.id) for e in alice} == {("request", ids["request"]), ("query", ids["run"])}
    signups = audit_entries(factory, AuditFilter(query="signups"))
    assert [(e.kind, e.cached, e.detail) for e in signups] == [
        ("query", True, {"schedule_id": "weekly-signups"})
    ]
    growth = audit_entries(factory, AuditFilter(channel="C0GROWTH01", kinds=("query", "ticket")))
    assert {e.kind for e in growth} == {"query", "ticket"} and len(growth) == 4
    window = audit_entries(
        factory,
        AuditFilter(
            since=datetime(2026, 11, 23, 15, 0, 30, tzinfo=UTC),
            until=datetime(2026, 11, 23, 16, 0, tzinfo=UTC),
        ),
    )
    assert [(e.kind, e.id) for e in window] == [("query", ids["cached"])]


def test_secrets_never_reach_the_audit(factory) -> None:
    clock = Clock(NOW)
    svc = _service(factory, clock)
    svc.record_request(
        f"why does {BOT_TOKEN} not work, and {SIGNING_SECRET}?",
        "U0ALICE001",
        "C0SALES001",
        status="unmatched",
        source="slash_command",
    )
    svc.record_query_run(
        QueryRunRecord(
            query="export",
            params={
                "api_token": "plain-looking-value",
                "path": "/tmp/x",
                "note": f"key {AWS_KEY}",
                "nested": {"password": "hunter22", "list": [BOT_TOKEN]},
            },
            user_id="U0ALICE001",
            channel_id="C0SALES001",
            source="cli",
            rows=None,
            duration_ms=3.0,
            outcome="error",
            error="connect to postgresql://bot:hunter22@db.internal/warehouse failed "
            f"(signing secret {SIGNING_SECRET})",
        )
    )
    with factory() as session:
        stored = json.dumps(
            [
                [str(v) for v in row]
                for table in ("request_log", "query_runs")
                for row in session.execute(text(f"SELECT * FROM {table}"))  # noqa: S608
            ]
        )
    for secret in (BOT_TOKEN, SIGNING_SECRET, AWS_KEY, "hunter22", "plain-looking-value"):
        assert secret not in stored
    (run,) = audit_entries(factory, AuditFilter(kinds=("query",)))
    assert run.params == {
        "api_token": REDACTED,
        "path": "/tmp/x",
        "note": f"key {REDACTED}",
        "nested": {"password": REDACTED, "list": [REDACTED]},
    }
    assert run.text == (
        f"connect to postgresql://bot:{REDACTED}@db.internal/warehouse failed "
        f"(signing secret {REDACTED})"
    )


def test_redaction_leaves_ordinary_words_alone() -> None:
    words = "top 5 customers by revenue in EMEA, key accounts only, tokens of appreciation"
    assert redact(words) == words
    assert redact_params({"region": "EMEA", "limit": 5, "day": NOW.date()}) == {
        "region": "EMEA",
        "limit": 5,
        "day": "2026-11-23",
    }


def test_exports_are_csv_and_json_lines(factory) -> None:
    clock = Clock(NOW)
    svc = _service(factory, clock)
    svc.record_request('=HYPERLINK("http://evil")', "U0ALICE001", "C0SALES001", status="unmatched")
    entries = audit_entries(factory, AuditFilter())
    rows = list(csv.DictReader(io.StringIO(entries_csv(entries))))
    assert rows[0]["kind"] == "request" and rows[0]["text"].startswith("'=HYPERLINK")
    (line,) = entries_json(entries).splitlines()
    assert json.loads(line)["at"] == "2026-11-23T15:00:00+00:00"


def test_audit_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TIMEZONE", "UTC")
    monkeypatch.delenv("ROSTER_FILE", raising=False)
    monkeypatch.chdir(tmp_path)
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    monkeypatch.setattr(db_cmds, "clock", clock)
    assert main(["db", "upgrade"]) == 0
    engine = make_engine(url)
    ids = _seed(_service(make_session_factory(engine), Clock(NOW)), Clock(NOW))
    engine.dispose()
    capsys.readouterr()

    assert main(["audit", "--user", "U0ALICE001"]) == 0
    out = capsys.readouterr().out
    assert "revenue_by_region" in out and "12 rows, 1,048,576 bytes; period_start" in out
    assert "U0CAROL001" not in out

    assert main(["audit", "--query", "signups", "--format", "json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["kind"] == "query" and row["cached"] is True and row["source"] == "schedule"

    export = tmp_path / "audit.csv"
    args = ["audit", "--channel", "C0GROWTH01", "--format", "csv", "--output", str(export)]
    assert main(args) == 0
    assert "4 entries written" in capsys.readouterr().err
    rows = list(csv.DictReader(export.open(encoding="utf-8")))
    assert {r["kind"] for r in rows} == {"query", "ticket"}
    assert {r["ticket_id"] for r in rows if r["kind"] == "ticket"} == {str(ids["ticket"])}

    assert (
        main(["audit", "--since", "2026-11-23", "--until", "2026-11-23", "--kind", "request"]) == 0
    )
    assert "revenue by region last month" in capsys.readouterr().out
    assert main(["audit", "--days", "0", "--since", "2026-11-24"]) == 0
    assert "Nothing in the audit trail matches." in capsys.readouterr().out
    assert main(["audit", "--since", "last tuesday"]) == 1
    assert "is not a date or time" in capsys.readouterr().err
