"""The warehouse sandbox: library and promoted queries can read the warehouse and nothing else.

Each hostile query is refused or fails with one short line, and the host is untouched: no file
is written, no file's content reaches the result or the message.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engines.demo_data import generate
from bot.engines.registry import EngineRegistry
from bot.errors import QueryFailed, UserFacingError
from bot.library.loader import load_library
from bot.library.promote import draft_query_file, write_draft
from bot.library.render import render_sql
from bot.matching.params import default_binds
from bot.settings import Settings

TODAY = dt.date(2026, 11, 22)
SECRET = "xoxb-sandbox-secret-0123456789"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sandbox") / "warehouse.duckdb"
    generate(path, scale=0.005, today=TODAY)
    return path


@pytest.fixture
def host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A host folder with a secret file, and the secret in this process's environment."""
    (tmp_path / "secret.txt").write_text(f"SLACK_BOT_TOKEN={SECRET}\n")
    monkeypatch.setenv("SLACK_BOT_TOKEN", SECRET)
    return tmp_path


def hostile_queries(host: Path) -> dict[str, str]:
    return {
        "read_text_environ": "SELECT content FROM read_text('/proc/self/environ')",
        "read_text_file": f"SELECT content FROM read_text('{host}/secret.txt')",
        "read_csv": f"SELECT * FROM read_csv('{host}/secret.txt', sep = '=')",
        "read_parquet": f"SELECT * FROM read_parquet('{host}/secret.txt')",
        "glob": f"SELECT file FROM glob('{host}/*')",
        "copy_to": f"COPY (SELECT email FROM customers) TO '{host}/emails.csv'",
        "attach": f"ATTACH '{host}/stolen.duckdb' AS stolen",
        "install": "INSTALL httpfs",
        "load": "LOAD httpfs",
        "set": "SET enable_external_access = true",
        "set_variable": "SET VARIABLE x = 1",
        "pragma": "PRAGMA version",
        "two_statements": f"SELECT 1; COPY (SELECT 1) TO '{host}/second.csv'",
        "url": "SELECT * FROM read_csv('https://example.com/x.csv')",
    }


def _assert_host_untouched(host: Path, reason: str) -> None:
    """No file appeared beside the secret (the promoted library folder is the test's own)."""
    assert sorted(p.name for p in host.iterdir() if p.name != "library") == ["secret.txt"]
    assert SECRET not in reason
    assert "\n" not in reason and len(reason) < 320 and "Traceback" not in reason


@pytest.mark.parametrize(
    "name",
    sorted(hostile_queries(Path("/x"))),
)
def test_a_library_query_cannot_reach_the_host(warehouse: Path, host: Path, name: str) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    try:
        engine = registry.get("duckdb")
        with pytest.raises(QueryFailed) as info:
            engine.run(hostile_queries(host)[name], {}, timeout_s=10, max_rows=10)
        _assert_host_untouched(host, info.value.reason)
        # The warehouse itself still answers.
        assert engine.run("SELECT count(*) FROM products", {}, timeout_s=10, max_rows=1).rows == [
            (300,)
        ]
    finally:
        registry.close()


def test_a_string_parameter_cannot_name_a_host_file(warehouse: Path, host: Path) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    try:
        engine = registry.get("duckdb")
        for path in ("/proc/self/environ", str(host / "secret.txt")):
            with pytest.raises(QueryFailed, match="disabled by configuration") as info:
                engine.run(
                    "SELECT content FROM read_text(:path)", {"path": path}, timeout_s=10, max_rows=1
                )
            _assert_host_untouched(host, info.value.reason)
    finally:
        registry.close()


def test_explain_is_sandboxed_too(warehouse: Path, host: Path) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    try:
        engine = registry.get("duckdb")
        with pytest.raises(QueryFailed):
            engine.explain(f"COPY (SELECT 1) TO '{host}/plan.csv'", {})
        with pytest.raises(QueryFailed):
            engine.explain(f"SELECT * FROM read_text('{host}/secret.txt')", {})
        _assert_host_untouched(host, "")
    finally:
        registry.close()


@pytest.mark.parametrize("name", ["read_text_environ", "read_text_file", "read_csv", "glob"])
def test_a_promoted_query_cannot_reach_the_host(warehouse: Path, host: Path, name: str) -> None:
    """A ticket closed with hostile SQL and promoted: the answer fails, nothing leaks."""
    sql = hostile_queries(host)[name]
    library_dir = host / "library"
    draft = draft_query_file(
        name=f"promoted_{name}", title="Promoted", request_text="show me", sql=sql, today=TODAY
    )
    write_draft(draft, library_dir)
    query = load_library(library_dir).get(f"promoted_{name}")
    assert query is not None
    rendered, binds = render_sql(query, default_binds(query, TODAY))
    registry = EngineRegistry(Settings(warehouse_path=warehouse, query_library=library_dir))
    try:
        with pytest.raises(UserFacingError) as info:
            registry.get(query.engine).run(rendered, binds, timeout_s=10, max_rows=10)
    finally:
        registry.close()
    assert sorted(p.name for p in library_dir.iterdir()) == [f"promoted_{name}.sql"]
    _assert_host_untouched(host, info.value.reason)


@pytest.mark.parametrize("name", ["copy_to", "attach", "two_statements"])
def test_promotion_refuses_statements_that_write(host: Path, name: str) -> None:
    with pytest.raises(UserFacingError):
        draft_query_file(
            name="x", title="X", request_text="x", sql=hostile_queries(host)[name], today=TODAY
        )
    _assert_host_untouched(host, "")


def test_the_demo_generator_still_writes_its_file(tmp_path: Path) -> None:
    path = tmp_path / "again.duckdb"
    generate(path, scale=0.005, today=TODAY)
    registry = EngineRegistry(Settings(warehouse_path=path))
    try:
        rows = registry.get("duckdb").run(
            "SELECT count(*) FROM customers", {}, timeout_s=10, max_rows=1
        )
    finally:
        registry.close()
    assert rows.rows == [(500,)]


def more_host_probes(host: Path) -> dict[str, str]:
    """Probes that held when the red team tried them (issue 9): kept as regression tests."""
    secret = f"{host}/secret.txt"
    return {
        "read_blob": f"SELECT content FROM read_blob('{secret}')",
        "read_text_list": f"SELECT content FROM read_text(['{secret}'])",
        "sniff_csv": f"SELECT * FROM sniff_csv('{secret}')",
        "read_json_objects": f"SELECT * FROM read_json_objects('{secret}')",
        "parquet_metadata": f"SELECT * FROM parquet_metadata('{secret}')",
        "replacement_scan": f"SELECT * FROM '{secret}'",
        "quoted_identifier_path": f'SELECT * FROM "{secret}"',
        "read_text_in_query_function": f"SELECT * FROM query('SELECT content FROM read_text(''{secret}'')')",
        "read_text_in_cte": f"WITH s AS (SELECT content FROM read_text('{secret}')) SELECT * FROM s",
        "read_text_in_lateral": (
            f"SELECT * FROM products p, LATERAL (SELECT content FROM read_text('{secret}')) t"
        ),
        "data_url": "SELECT * FROM read_csv('data:text/plain,a')",
        "getenv": "SELECT getenv('SLACK_BOT_TOKEN') AS t",
        "stored_secrets": "SELECT * FROM duckdb_secrets()",
        "which_secret": "SELECT * FROM which_secret('s3://bucket/x', 's3')",
        "extensions_folder": "SELECT * FROM duckdb_extensions()",
        "reset_setting": "RESET enable_external_access",
        "create_temp_macro": "CREATE TEMP MACRO leak() AS 1",
        "create_secret": "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
        "export_database": f"EXPORT DATABASE '{host}/dump'",
        "call_pragma": "CALL pragma_version()",
        "semicolon_in_string_then_copy": f"SELECT ';' AS a; COPY products TO '{host}/p.csv'",
    }


@pytest.mark.parametrize("name", sorted(more_host_probes(Path("/x"))))
def test_more_ways_to_the_host_are_closed(warehouse: Path, host: Path, name: str) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    try:
        engine = registry.get("duckdb")
        with pytest.raises(QueryFailed) as info:
            engine.run(more_host_probes(host)[name], {}, timeout_s=10, max_rows=10)
    finally:
        registry.close()
    _assert_host_untouched(host, info.value.reason)


def test_huge_results_keep_the_row_cap_and_endless_ones_the_timeout(warehouse: Path) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    try:
        engine = registry.get("duckdb")
        endless = engine.run("SELECT * FROM range(1000000000000)", {}, timeout_s=5, max_rows=7)
        assert endless.row_count == 7 and endless.truncated
        cross = engine.run(
            "SELECT * FROM range(100000) a, range(100000) b", {}, timeout_s=5, max_rows=3
        )
        assert cross.row_count == 3 and cross.truncated
        with pytest.raises(QueryFailed, match="longer than 0.5 s"):
            engine.run(
                "SELECT count(*) FROM range(1000000000000) a, range(1000000) b",
                {},
                timeout_s=0.5,
                max_rows=1,
            )
        assert engine.run("SELECT count(*) FROM products", {}, timeout_s=5, max_rows=1).rows == [
            (300,)
        ]
    finally:
        registry.close()


@pytest.mark.parametrize(
    "template",
    [
        "{% if cycler.__init__.__globals__.os.environ.get('SLACK_BOT_TOKEN') %}1{% endif %}",
        "{% if lipsum.__globals__['os'].system('touch PWNED') %}1{% endif %}",
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% endfor %}",
        "{% if range.__self__ %}1{% endif %}",
    ],
)
def test_a_library_template_cannot_reach_the_process(
    tmp_path: Path, host: Path, template: str
) -> None:
    """A library file's `{% %}` tags test parameters; they never reach Python's internals."""
    from jinja2.exceptions import SecurityError, UndefinedError

    library_dir = tmp_path / "library"
    library_dir.mkdir()
    (library_dir / "leak.sql").write_text(
        f"/*---\ntitle: Leak\nexamples:\n  - leak it\n---*/\nSELECT {template} 0 AS bit\n".replace(
            "PWNED", str(tmp_path / "pwned")
        ),
        encoding="utf-8",
    )
    query = load_library(library_dir).get("leak")
    assert query is not None
    # The sandbox's refusal is the person's one line now (QueryFailed), not an exception.
    with pytest.raises((SecurityError, UndefinedError, QueryFailed)) as refused:
        render_sql(query, default_binds(query, TODAY))
    if isinstance(refused.value, QueryFailed):
        assert "unsafe" in str(refused.value)
    assert not (tmp_path / "pwned").exists()
