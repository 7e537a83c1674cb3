"""Nobody gets in through promotion (issue 9 item 1): SQL from a person becomes a library query
only when it is one SELECT over the warehouse's own tables, and only the data team promotes.

Each attack is refused in one line naming what was refused, nothing is drafted or written, and
the host is untouched. The team rules (`bot.tickets.team`) are checked on the server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from slack_helpers import (
    FakeAck,
    app_settings,
    form,
    listener_context,
    offline_runtime,
    view_submission_body,
)

from bot.cli import main
from bot.errors import Forbidden, UserFacingError
from bot.library.promote_guard import check_promotable
from bot.services import build_services
from bot.slack import use_cases as svc
from bot.tickets.service import TicketService
from bot.tickets.team import NO_TEAM_FOR_PROMOTION, NOT_ON_TEAM_TO_PROMOTE
from handlers import tickets as ht

TODAY = dt.date(2026, 11, 22)
WAREHOUSE = ["orders", "customers", "main.products", "finance.invoices"]
ADMIN = "U0ADMIN001"


def attacks(host: Path) -> dict[str, tuple[str, str]]:
    """name -> (SQL, words the refusal must hold)."""
    return {
        "read_text_environ": ("SELECT content FROM read_text('/proc/self/environ')", "read_text"),
        "read_text_in_subquery": (
            f"SELECT (SELECT content FROM read_text('{host}/secret.txt')) AS x FROM orders",
            "read_text",
        ),
        "read_csv": (f"SELECT * FROM read_csv('{host}/secret.txt')", "read_csv"),
        "read_csv_auto_join": (
            f"SELECT * FROM orders o JOIN read_csv_auto('{host}/x.csv') r ON true",
            "read_csv",
        ),
        "read_parquet": (f"SELECT * FROM read_parquet('{host}/x.parquet')", "read_parquet"),
        "read_json_in_cte": (
            f"WITH j AS (SELECT * FROM read_json('{host}/x.json')) SELECT * FROM j",
            "read_json",
        ),
        "glob": (f"SELECT file FROM glob('{host}/*')", "glob"),
        "getenv": ("SELECT getenv('SLACK_BOT_TOKEN') AS t FROM orders", "getenv"),
        "file_path_as_table": (f"SELECT * FROM '{host}/secret.txt'", "secret.txt"),
        "url_as_table": ("SELECT * FROM 'https://example.com/x.csv'", "example.com"),
        "settings_function": ("SELECT * FROM duckdb_settings()", "duckdb_settings"),
        "copy_to": (f"COPY (SELECT * FROM orders) TO '{host}/emails.csv'", "COPY"),
        "attach": (f"ATTACH '{host}/stolen.duckdb' AS stolen", "ATTACH"),
        "pragma": ("PRAGMA version", "PRAGMA"),
        "set": ("SET enable_external_access = true", "SET"),
        "set_variable": ("SET VARIABLE x = 1", "SET"),
        "install": ("INSTALL httpfs", "INSTALL"),
        "load": ("LOAD httpfs", "LOAD"),
        "second_statement": (
            f"SELECT 1 FROM orders; COPY (SELECT 1) TO '{host}/second.csv'",
            "more than one statement",
        ),
        "other_catalog": ("SELECT * FROM stolen.main.orders", "another database"),
        "other_schema": ("SELECT * FROM secret_schema.orders", "not a table of the warehouse"),
        "system_schema": ("SELECT * FROM information_schema.tables", "system table"),
        "catalog_view": ("SELECT * FROM pg_catalog.pg_settings", "system table"),
        "unknown_table": ("SELECT * FROM payroll", "payroll is not a table of the warehouse"),
    }


ATTACK_NAMES = sorted(attacks(Path("/h")))


@pytest.mark.parametrize("name", ATTACK_NAMES)
def test_each_attack_is_refused_in_one_line_naming_it(tmp_path: Path, name: str) -> None:
    sql, words = attacks(tmp_path)[name]
    with pytest.raises(UserFacingError) as info:
        check_promotable(sql, tables=WAREHOUSE)
    reason = info.value.reason
    assert "\n" not in reason and len(reason) < 300
    assert words.lower() in reason.lower(), reason
    assert list(tmp_path.iterdir()) == []  # nothing was written on the host


@pytest.mark.parametrize(
    "name",
    ["read_text_environ", "read_csv", "glob", "file_path_as_table", "other_catalog", "getenv"],
)
def test_without_the_table_list_the_host_is_still_out_of_reach(name: str) -> None:
    sql, _words = attacks(Path("/h"))[name]
    with pytest.raises(UserFacingError):
        check_promotable(sql, tables=None)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT region, SUM(amount) AS revenue FROM orders GROUP BY region",
        "SELECT * FROM orders o JOIN customers c USING (customer_id) WHERE o.amount > 10",
        "WITH big AS (SELECT * FROM orders WHERE amount > 100) SELECT count(*) FROM big",
        "FROM orders SELECT order_id LIMIT 5",
        "SELECT region FROM orders UNION ALL SELECT 'none'",
        "SELECT * FROM main.products",
        "SELECT * FROM finance.invoices",
        "SELECT x.range AS n FROM range(3) x",
        "SELECT order_id FROM orders WHERE order_id = :order_id",
        'SELECT s.load, "update" FROM orders s',
        "-- a comment; with a semicolon\nSELECT 1 AS one FROM orders;",
    ],
)
def test_plain_selects_over_warehouse_tables_pass(sql: str) -> None:
    assert check_promotable(sql, tables=WAREHOUSE)


# ---- the promotion paths: the ticket service (CLI and Slack) and the Close modal -----------------


def _done_ticket(tickets: TicketService, sql: str, closer: str = ADMIN) -> int:
    t = tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    tickets.close(t.id, closer, "built it", sql)
    return t.id


def test_the_ticket_service_refuses_hostile_sql_with_the_warehouse_tables(factory: Any) -> None:
    tickets = TicketService(factory)
    ticket_id = _done_ticket(tickets, "SELECT content FROM read_text('/proc/self/environ')")
    with pytest.raises(UserFacingError, match="read_text"):
        tickets.promote(ticket_id, today=TODAY, name="leak", tables=WAREHOUSE)
    ticket_id = _done_ticket(tickets, "SELECT * FROM payroll")
    with pytest.raises(UserFacingError, match="payroll is not a table"):
        tickets.promote(ticket_id, today=TODAY, name="pay", tables=WAREHOUSE)
    ticket_id = _done_ticket(tickets, "SELECT count(*) AS n FROM orders")
    assert tickets.promote(ticket_id, today=TODAY, name="n", tables=WAREHOUSE).name == "n"


def _close_and_promote(rt: Any, ticket_id: int, user: str, sql: str, name: str) -> None:
    view = {
        "callback_id": "ticket_close_modal",
        "private_metadata": json.dumps({"ticket": ticket_id}),
    }
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "done"}},
        "sql": {"value": {"type": "plain_text_input", "value": sql}},
        "promote": {"value": {"type": "plain_text_input", "value": name}},
    }
    body = form(view_submission_body(view, values, user_id=user))

    async def go() -> None:
        await ht.on_close_submit(ack=FakeAck(), body=body, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(go())


def _dm_texts(rt: Any) -> list[str]:
    return [c["text"] for c in rt.client.named("chat_postMessage") if c["channel"].startswith("D")]


def test_the_close_modal_refuses_to_promote_read_text_and_writes_nothing(tmp_path: Path) -> None:
    rt = offline_runtime(tmp_path, admins=(ADMIN,))
    t = rt.services.tickets.create_ticket("show me the env", "U0REQ00001", "C0GENERAL1")
    _close_and_promote(
        rt, t.id, ADMIN, "SELECT content FROM read_text('/proc/self/environ')", "leak_env"
    )
    assert rt.services.tickets.get(t.id).state == "done"  # closed, but not promoted
    assert rt.services.library.get("leak_env") is None
    assert not (tmp_path / "queries" / "promoted").exists()
    assert any("read_text" in text for text in _dm_texts(rt))


def test_the_close_modal_refuses_a_table_the_warehouse_does_not_have(tmp_path: Path) -> None:
    rt = offline_runtime(tmp_path, admins=(ADMIN,))
    t = rt.services.tickets.create_ticket("payroll please", "U0REQ00001", "C0GENERAL1")
    _close_and_promote(rt, t.id, ADMIN, "SELECT * FROM payroll", "payroll")
    assert rt.services.library.get("payroll") is None
    assert any("payroll is not a table of the warehouse" in text for text in _dm_texts(rt))


def test_an_admin_promotes_a_plain_select(tmp_path: Path) -> None:
    rt = offline_runtime(tmp_path, admins=(ADMIN,))
    t = rt.services.tickets.create_ticket("how many orders", "U0REQ00001", "C0GENERAL1")
    _close_and_promote(rt, t.id, ADMIN, "SELECT count(*) AS n FROM orders", "order_total")
    assert rt.services.library.get("order_total") is not None


# ---- who may promote -----------------------------------------------------------------------------


def _services(tmp_path: Path, **overrides: Any) -> Any:
    return build_services(app_settings(tmp_path, "http://127.0.0.1:9/api/", **overrides))


def test_with_no_roster_and_no_admins_nobody_may_promote(tmp_path: Path) -> None:
    services = _services(tmp_path)
    try:
        ticket_id = _done_ticket(services.tickets, "SELECT count(*) AS n FROM orders", "U0ANY00001")
        with pytest.raises(Forbidden) as info:
            svc.promote_to_library(services, ticket_id=ticket_id, actor="U0ANY00001", name="n")
        assert info.value.reason == NO_TEAM_FOR_PROMOTION
        assert services.library.get("n") is None
        assert "ADMINS" in (services.tickets.team_warning() or "")
    finally:
        services.close()


def test_with_admins_only_an_admin_handles_and_promotes(tmp_path: Path) -> None:
    services = _services(tmp_path, admins=(ADMIN,))
    try:
        assert services.tickets.team_warning() is None
        t = services.tickets.create_ticket("x", "U0REQ00001", "C0GENERAL1")
        with pytest.raises(Forbidden):
            services.tickets.claim(t.id, "U0OUTSIDER")
        assert not services.tickets.is_member("U0OUTSIDER")
        ticket_id = _done_ticket(services.tickets, "SELECT count(*) AS n FROM orders")
        with pytest.raises(Forbidden) as info:
            svc.promote_to_library(services, ticket_id=ticket_id, actor="U0OUTSIDER", name="n")
        assert info.value.reason == NOT_ON_TEAM_TO_PROMOTE
        assert svc.promote_to_library(services, ticket_id=ticket_id, actor=ADMIN, name="n")
    finally:
        services.close()


def test_with_a_roster_members_promote_and_others_do_not(tmp_path: Path) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_text("team: data\nmembers:\n  - {id: U0ALICE001, name: Alice}\n")
    services = _services(tmp_path, roster_file=roster)
    try:
        assert services.tickets.team_warning() is None
        ticket_id = _done_ticket(services.tickets, "SELECT count(*) AS n FROM orders", "U0ALICE001")
        with pytest.raises(Forbidden, match="Only members of the data team"):
            svc.promote_to_library(services, ticket_id=ticket_id, actor="U0OUTSIDER", name="n")
        assert svc.promote_to_library(services, ticket_id=ticket_id, actor="U0ALICE001", name="n")
    finally:
        services.close()


def test_tickets_promote_on_the_cli_checks_the_warehouse_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/")
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "DATA_DIR": tmp_path,
        "WAREHOUSE_PATH": settings.warehouse_path,
        "QUERY_LIBRARY": settings.query_library,
        "DATABASE_URL": settings.database_url,
    }.items():
        monkeypatch.setenv(name, str(value))
    services = build_services(settings)
    try:
        hostile = _done_ticket(services.tickets, "SELECT content FROM read_text('/etc/hostname')")
        unknown = _done_ticket(services.tickets, "SELECT * FROM payroll")
        plain = _done_ticket(services.tickets, "SELECT count(*) AS n FROM orders")
    finally:
        services.close()
    assert main(["tickets", "promote", str(hostile), "--name", "leak"]) == 1
    assert "read_text" in capsys.readouterr().err
    assert main(["tickets", "promote", str(unknown), "--name", "pay"]) == 1
    assert "payroll is not a table of the warehouse" in capsys.readouterr().err
    assert main(["tickets", "promote", str(plain), "--name", "order_total"]) == 0
    written = sorted(p.name for p in (settings.query_library / "promoted").iterdir())
    assert written == ["order_total.sql"]


# Probes of the red team (issue 9) that held: parsed with sqlglot, each is refused whether or not
# the warehouse's table list is at hand.
HELD_PROBES = [
    "SELECT * FROM \"read_text\"('/etc/passwd')",
    "SELECT * FROM READ_TEXT('/etc/passwd')",
    "SELECT * FROM main.read_text('/etc/passwd')",
    "SELECT * FROM system.main.read_text('/etc/passwd')",
    "SELECT * FROM U&\"read\\0074ext\"('/etc/passwd')",
    "SELECT * FROM orders, LATERAL (SELECT * FROM read_text('/etc/passwd'))",
    "SELECT * FROM orders WHERE order_id IN (SELECT 1 FROM read_text('/etc/passwd'))",
    "SELECT * FROM orders o WHERE EXISTS (FROM glob('/*'))",
    "SELECT list_transform([1], x -> (SELECT content FROM read_text('/etc/passwd'))) FROM orders",
    "SELECT * FROM unnest((SELECT list(content) FROM read_text('/etc/passwd')))",
    "SELECT * FROM orders t1 POSITIONAL JOIN read_text('/etc/passwd') t2",
    "SELECT * FROM customers c, read_text(c.email)",
    "WITH orders AS (SELECT * FROM read_text('/etc/passwd')) SELECT * FROM orders",
    "SELECT * FROM read_text('/etc/passwd') AS orders",
    "FROM read_text('/etc/passwd')",
    "SELECT * FROM query('SELECT 1')",
    "SELECT * FROM query_table('orders')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "SELECT current_setting('temp_directory') FROM orders",
    "SELECT * FROM pragma_database_list",
    "SELECT * FROM duckdb_databases()",
    "SELECT * FROM 'orders.csv'",
    'SELECT * FROM "/etc/passwd"',
    "SELECT * FROM memory.main.orders",
    "SELECT * FROM temp.main.orders",
    "SELECT $$;COPY x TO 'y'$$ AS x FROM orders",
    "SELECT E'\\';COPY orders TO ''/tmp/x''--' FROM orders",
    "SELECT 1; SELECT 2",
    "SUMMARIZE orders",
    "DESCRIBE orders",
    "CALL pragma_version()",
    "EXPLAIN SELECT 1",
    "SELECT '{{ cycler.__init__.__globals__.os.environ }}' AS x FROM orders",
    "SELECT 1 AS x FROM orders {% if true %}{% endif %}",
]


@pytest.mark.parametrize("sql", HELD_PROBES)
@pytest.mark.parametrize("tables", [WAREHOUSE, None], ids=["tables", "no_tables"])
def test_held_probes_stay_refused(sql: str, tables: list[str] | None) -> None:
    with pytest.raises(UserFacingError) as info:
        check_promotable(sql, tables=tables)
    assert "\n" not in info.value.reason and len(info.value.reason) < 300
