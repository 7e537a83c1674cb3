"""Growing the library from tickets: demand grouping over the queue, and promotion of a done
ticket's SQL into a query file that `datarequest queries validate` accepts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.db.session import make_engine, make_session_factory, upgrade
from bot.errors import InvalidTransition, UserFacingError
from bot.library.promote import ParamSpec
from bot.tickets.service import TicketService

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
SQL = """\
SELECT c.channel, ROUND(AVG(t.total), 2) AS ltv, COUNT(*) AS customers
FROM customers c
JOIN (
    SELECT customer_id, SUM(amount) AS total
    FROM orders
    WHERE order_date >= '2026-10-01' AND order_date < '2026-11-01'
    GROUP BY 1
) t USING (customer_id)
WHERE c.region = 'EMEA'
GROUP BY 1
ORDER BY ltv DESC
LIMIT 10;
"""
REQUESTS = [
    "customer LTV by signup channel in EMEA last month",
    "LTV by signup channel for APAC",
    "lifetime value per signup channel please",
    "refund reasons last week",
    "refunds by reason this month",
    "headcount of the support team",
]


@pytest.fixture
def svc(db_url: str) -> Iterator[TicketService]:
    upgrade(db_url)
    engine = make_engine(db_url)
    service = TicketService(make_session_factory(engine), clock=lambda: NOW)
    for text in REQUESTS:
        service.create_ticket(text, "U0REQ00001", "C1", due_at=DUE)
    yield service
    engine.dispose()


def test_demand_groups_the_queue_by_wording(svc: TicketService) -> None:
    groups = svc.demand()
    assert [sorted(g.ticket_ids) for g in groups] == [[1, 2, 3], [4, 5]]
    assert len(svc.demand(min_count=1)) == 3
    assert svc.demand(since=datetime(2027, 1, 1, tzinfo=UTC)) == []
    assert svc.demand(sources=["rejected"]) == []


def test_promote_needs_a_done_ticket_with_sql(svc: TicketService) -> None:
    with pytest.raises(InvalidTransition, match="only done tickets"):
        svc.promote(1, today=date(2026, 11, 23))
    svc.close(2, "U0BOB00001", "answered in thread")
    with pytest.raises(UserFacingError, match="closed without SQL"):
        svc.promote(2, today=date(2026, 11, 23))
    svc.close(1, "U0BOB00001", "answered", sql=SQL)
    draft = svc.promote(
        1,
        today=date(2026, 11, 23),
        title="Customer LTV by signup channel",
        params={"period": ParamSpec(literal=("'2026-10-01'", "'2026-11-01'"))},
    )
    assert draft.name == "customer_ltv_signup_channel"
    import yaml

    header = yaml.safe_load(draft.text.split("/*---\n", 1)[1].split("---", 1)[0])
    assert header["owner"] == "<@U0BOB00001>"
    event = svc.record_promotion(1, "U0BOB00001", draft.name, "queries/promoted/x.sql")
    assert (event.kind, event.detail["query"]) == ("promoted", draft.name)
    assert svc.events(1)[-1] == event


def cli_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[TicketService, Path, Any]:
    """The CLI pointed at a copy of the starter library and a SQLite store holding REQUESTS as
    tickets: (their service, the library, the engine to dispose of)."""
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    library = tmp_path / "lib"
    shutil.copytree(REPO / "queries", library)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("QUERY_LIBRARY", str(library))
    monkeypatch.delenv("ROSTER_FILE", raising=False)
    monkeypatch.chdir(tmp_path)
    upgrade(url)
    engine = make_engine(url)
    service = TicketService(make_session_factory(engine), clock=lambda: NOW)
    for text in REQUESTS:
        service.create_ticket(text, "U0REQ00001", "C1", due_at=DUE)
    return service, library, engine


def test_promote_cli_writes_a_file_the_validator_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    _service, library, engine = cli_world(tmp_path, monkeypatch)
    engine.dispose()
    (tmp_path / "answer.sql").write_text(SQL)
    close = ["tickets", "close", "1", "--as", "U0BOB00001", "--resolution", "posted"]
    assert main([*close, "--sql", str(tmp_path / "answer.sql")]) == 0
    assert main(["tickets", "demand", "--days", "0"]) == 0
    out = capsys.readouterr().out
    assert "#1, #2, #3" in out and "#4, #5" in out
    promote = [
        "tickets", "promote", "1", "--title", "Customer LTV by signup channel",
        "--param", "period='2026-10-01'", "--param", "period='2026-11-01'",
        "--param", "region='EMEA'", "--type", "region=choice",
        "--choices", "region=NA,EMEA,APAC,LATAM", "--default", "region=EMEA",
        "--param", "n=10", "--as", "U0BOB00001",
    ]  # fmt: skip
    assert main(promote) == 0
    written = library / "promoted" / "customer_ltv_signup_channel.sql"
    assert written.is_file()
    capsys.readouterr()
    assert main([*promote, "--dry-run"]) == 0  # prints the draft, writes nothing
    # The ticket's own promotion, not a `_2` copy (tests/test_cli_promote_left_behind.py).
    assert capsys.readouterr().out.startswith("/*---\nname: customer_ltv_signup_channel\n")
    assert sorted(p.name for p in (library / "promoted").iterdir()) == [written.name]
    assert main(["queries", "validate", "--no-explain", "--no-examples"]) == 0
    assert "OK: 16 queries" in capsys.readouterr().out
    assert main(["tickets", "show", "1"]) == 0
    assert "query customer_ltv_signup_channel" in capsys.readouterr().out
    assert main(["tickets", "promote", "2"]) == 1
    assert "only done tickets" in capsys.readouterr().err
    assert main(["tickets", "promote", "1", "--type", "x=number"]) == 1
    assert "has no --param x=LITERAL" in capsys.readouterr().err
