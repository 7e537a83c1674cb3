"""Athena: bound ExecutionParameters, polling, cancel on timeout, throttling, byte caps, cost.

Against a local Athena API (moto in server mode on 127.0.0.1, started here; no AWS account)
for what moto models: execution with bound parameters, results, cancellation, workgroups and
API errors. A recording fake of the client covers what moto lacks: paging, FAILED states,
throttling, the bytes scanned while a query runs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from botocore.exceptions import ClientError

from bot.engines.athena import AthenaEngine, athena_from_settings, athena_literal, to_positional
from bot.engines.cost import BYTES_PER_TB, check_daily_budget, effective_cap, scan_cost
from bot.engines.registry import make_engine
from bot.errors import ConfigError, QueryFailed
from bot.settings import Settings

# --- Athena: pure pieces and the polling loop against a recording fake of the AWS client ---


def test_athena_literals_quote_strings_and_type_dates() -> None:
    assert athena_literal("x' OR '1'='1") == "'x'' OR ''1''=''1'"
    assert athena_literal(dt.date(2026, 10, 1)) == "DATE '2026-10-01'"
    assert athena_literal(dt.datetime(2026, 10, 1, 8, 30)) == "TIMESTAMP '2026-10-01 08:30:00'"
    assert athena_literal(42) == "42"
    assert athena_literal(1.5) == "1.5"
    assert athena_literal(Decimal("9.99")) == "DECIMAL '9.99'"
    assert athena_literal(True) == "true"
    assert athena_literal(None) == "NULL"
    with pytest.raises(QueryFailed):
        athena_literal(float("inf"))


def test_named_binds_become_positional_in_order() -> None:
    sql, params = to_positional(
        "SELECT ':skip' AS s FROM t WHERE a = :region AND d BETWEEN :start AND :end"
        " OR b = :region -- :comment",
        {"region": "EMEA", "start": dt.date(2026, 1, 1), "end": dt.date(2026, 1, 31)},
    )
    assert (
        sql == "SELECT ':skip' AS s FROM t WHERE a = ? AND d BETWEEN ? AND ? OR b = ? -- :comment"
    )
    assert params == ["'EMEA'", "DATE '2026-01-01'", "DATE '2026-01-31'", "'EMEA'"]
    with pytest.raises(QueryFailed, match=":missing"):
        to_positional("SELECT :missing", {})


class FakeAthena:
    """Stands in for boto3's athena client: records calls, plays back states and pages."""

    def __init__(
        self, states: list[str], pages: list[dict] | None = None, reason: str = ""
    ) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.states = states
        self.pages = pages or []
        self.reason = reason

    def start_query_execution(self, **kwargs: Any) -> dict:
        self.calls.append(("start", kwargs))
        return {"QueryExecutionId": "q-1"}

    def get_query_execution(self, **kwargs: Any) -> dict:
        self.calls.append(("status", kwargs))
        state = self.states.pop(0) if len(self.states) > 1 else self.states[0]
        status = {"State": state}
        if self.reason:
            status["StateChangeReason"] = self.reason
        return {"QueryExecution": {"Status": status}}

    def stop_query_execution(self, **kwargs: Any) -> dict:
        self.calls.append(("stop", kwargs))
        return {}

    def get_query_results(self, **kwargs: Any) -> dict:
        self.calls.append(("results", kwargs))
        return self.pages.pop(0)


def _page(rows: list[list[str | None]], token: str | None = None, header: bool = False) -> dict:
    info = [{"Name": "region", "Type": "varchar"}, {"Name": "revenue", "Type": "decimal"}]
    data = [{"Data": [{"VarCharValue": "region"}, {"VarCharValue": "revenue"}]}] if header else []
    data += [{"Data": [{} if v is None else {"VarCharValue": v} for v in r]} for r in rows]
    page: dict = {"ResultSet": {"Rows": data, "ResultSetMetadata": {"ColumnInfo": info}}}
    if token:
        page["NextToken"] = token
    return page


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.05)


def test_athena_runs_with_execution_parameters_and_pages_results() -> None:
    client = FakeAthena(
        ["QUEUED", "RUNNING", "SUCCEEDED"],
        pages=[
            _page([["EMEA", "10.50"], ["NA", None]], token="t2", header=True),
            _page([["APAC", "3.25"]]),
        ],
    )
    clock = FakeClock()
    engine = AthenaEngine(
        client,
        database="shop",
        workgroup="analysts",
        output_location="s3://results/",
        sleep=clock.sleep,
        clock=clock,
    )
    result = engine.run(
        "SELECT region, revenue FROM r WHERE region <> :r", {"r": "x'y"}, timeout_s=30, max_rows=10
    )
    start = client.calls[0]
    assert start == (
        "start",
        {
            "QueryString": "SELECT region, revenue FROM r WHERE region <> ?",
            "QueryExecutionContext": {"Database": "shop"},
            "WorkGroup": "analysts",
            "ResultConfiguration": {"OutputLocation": "s3://results/"},
            "ExecutionParameters": ["'x''y'"],
        },
    )
    assert result.columns == ["region", "revenue"]
    assert result.rows == [("EMEA", Decimal("10.50")), ("NA", None), ("APAC", Decimal("3.25"))]
    assert not result.truncated
    assert (
        "results",
        {"QueryExecutionId": "q-1", "MaxResults": 1000, "NextToken": "t2"},
    ) in client.calls


def test_athena_caps_rows() -> None:
    client = FakeAthena(
        ["SUCCEEDED"], pages=[_page([["A", "1"], ["B", "2"], ["C", "3"]], header=True)]
    )
    result = AthenaEngine(client, database="shop", sleep=lambda s: None).run(
        "SELECT 1", {}, timeout_s=5, max_rows=2
    )
    assert result.row_count == 2 and result.truncated
    assert "ExecutionParameters" not in client.calls[0][1]


def test_athena_stops_the_query_on_timeout() -> None:
    client = FakeAthena(["RUNNING"])
    clock = FakeClock()
    engine = AthenaEngine(client, database="shop", sleep=clock.sleep, clock=clock)
    with pytest.raises(QueryFailed, match="longer than 2 s"):
        engine.run("SELECT 1", {}, timeout_s=2, max_rows=10)
    assert client.calls[-1] == ("stop", {"QueryExecutionId": "q-1"})
    assert sum(1 for c in client.calls if c[0] == "status") < 100  # bounded polling


def test_athena_failure_reason_is_shown_short() -> None:
    client = FakeAthena(
        ["FAILED"], reason="TABLE_NOT_FOUND: line 1:15: Table shop.nope does not exist\nmore"
    )
    engine = AthenaEngine(client, database="shop", sleep=lambda s: None)
    with pytest.raises(QueryFailed) as info:
        engine.run("SELECT * FROM nope", {}, timeout_s=5, max_rows=10)
    assert info.value.reason == (
        "The query failed: TABLE_NOT_FOUND: line 1:15: Table shop.nope does not exist"
    )


def test_athena_settings_need_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeBoto3:
        @staticmethod
        def client(service: str, region_name: str | None = None) -> FakeAthena:
            assert service == "athena"
            return FakeAthena(["SUCCEEDED"])

    monkeypatch.setitem(sys.modules, "boto3", FakeBoto3)
    monkeypatch.setenv("ATHENA_DATABASE", "from-the-environment")  # ignored: Settings only
    with pytest.raises(ConfigError, match="ATHENA_DATABASE"):
        athena_from_settings(Settings())
    engine = athena_from_settings(Settings(athena_database="shop", athena_workgroup="analysts"))
    assert (engine.database, engine.workgroup, engine.output_location) == ("shop", "analysts", "")


# --- the recording fake, for what moto lacks: throttling, bytes read while running, reuse ---


def _throttled(operation: str) -> ClientError:
    return ClientError(
        {"Error": {"Code": "ThrottlingException", "Message": "Rate exceeded"}}, operation
    )


class ThrottlingAthena(FakeAthena):
    """Throttles the first `times` starts, then behaves; reports bytes scanned."""

    def __init__(self, times: int, scanned: int = 0, reused: bool = False, **kwargs: Any) -> None:
        super().__init__(["SUCCEEDED"], pages=[_page([["EMEA", "1.00"]], header=True)], **kwargs)
        self.times = times
        self.scanned = scanned
        self.reused = reused

    def start_query_execution(self, **kwargs: Any) -> dict:
        if self.times > 0:
            self.times -= 1
            self.calls.append(("throttled", kwargs))
            raise _throttled("StartQueryExecution")
        return super().start_query_execution(**kwargs)

    def get_query_execution(self, **kwargs: Any) -> dict:
        execution = super().get_query_execution(**kwargs)
        execution["QueryExecution"]["Statistics"] = {
            "DataScannedInBytes": self.scanned,
            "ResultReuseInformation": {"ReusedPreviousResult": self.reused},
        }
        return execution


def test_throttling_is_retried_with_backoff() -> None:
    client = ThrottlingAthena(times=3, scanned=BYTES_PER_TB // 8)
    sleeps: list[float] = []
    engine = AthenaEngine(client, database="shop", sleep=sleeps.append, price_per_tb=5.0)
    result = engine.run("SELECT 1", {}, timeout_s=30, max_rows=10)
    assert [c[0] for c in client.calls][:4] == ["throttled", "throttled", "throttled", "start"]
    assert sleeps[:3] == [0.5, 1.0, 2.0]
    assert result.rows == [("EMEA", Decimal("1.00"))]
    assert result.bytes_scanned == BYTES_PER_TB // 8
    assert result.cost_usd == pytest.approx(0.625)  # 128 GB at $5 per TB
    assert not result.reused


def test_throttling_that_never_ends_is_one_line() -> None:
    client = ThrottlingAthena(times=100)
    engine = AthenaEngine(client, database="shop", sleep=lambda s: None, retries=2)
    with pytest.raises(QueryFailed) as info:
        engine.run("SELECT 1", {}, timeout_s=30, max_rows=10)
    assert info.value.reason.startswith("The query failed: An error occurred (ThrottlingException)")
    assert "\n" not in info.value.reason
    assert sum(1 for c in client.calls if c[0] == "throttled") == 3


class ScanningAthena(FakeAthena):
    """A query that stays RUNNING while the bytes it has read grow by 400 MB per poll."""

    def __init__(self) -> None:
        super().__init__(["RUNNING"])
        self.scanned = 0

    def get_query_execution(self, **kwargs: Any) -> dict:
        execution = super().get_query_execution(**kwargs)
        self.scanned += 400 * 2**20
        execution["QueryExecution"]["Statistics"] = {"DataScannedInBytes": self.scanned}
        return execution

    def get_work_group(self, **kwargs: Any) -> dict:
        self.calls.append(("workgroup", kwargs))
        return {"WorkGroup": {"Configuration": {"BytesScannedCutoffPerQuery": 10 * 2**30}}}


def test_a_query_over_its_byte_cap_is_stopped() -> None:
    client = ScanningAthena()
    clock = FakeClock()
    engine = AthenaEngine(client, database="shop", sleep=clock.sleep, clock=clock, max_bytes=2**40)
    with pytest.raises(QueryFailed) as info:
        # The header's max_bytes (1 GB) wins over the global default (1 TB) and the
        # workgroup's cutoff (10 GB).
        engine.run("SELECT * FROM big", {}, timeout_s=600, max_rows=10, max_bytes=2**30)
    assert info.value.reason == "The query read more than its limit of 1.0 GB and was stopped."
    assert client.calls[-1] == ("stop", {"QueryExecutionId": "q-1"})
    assert client.scanned == 1200 * 2**20  # stopped at the first poll past the cap


def test_result_reuse_is_asked_for_and_costs_nothing() -> None:
    client = ThrottlingAthena(times=0, scanned=5 * 2**30, reused=True)
    engine = AthenaEngine(client, database="shop", sleep=lambda s: None, reuse_minutes=60)
    result = engine.run("SELECT 1", {}, timeout_s=30, max_rows=10)
    start = next(c[1] for c in client.calls if c[0] == "start")
    assert start["ResultReuseConfiguration"] == {
        "ResultReuseByAgeConfiguration": {"Enabled": True, "MaxAgeInMinutes": 60}
    }
    assert result.reused and result.cost_usd == 0.0


def test_costs_caps_and_the_daily_budget() -> None:
    assert scan_cost(None, 5.0) is None
    assert scan_cost(0, 5.0) == 0.0
    assert scan_cost(1, 5.0) == pytest.approx(10 * 2**20 / BYTES_PER_TB * 5.0)  # 10 MB minimum
    assert scan_cost(BYTES_PER_TB, 5.0) == pytest.approx(5.0)
    assert effective_cap(None, None, None) is None
    assert effective_cap(None, 5_000, None) == 5_000
    assert effective_cap(3_000, 5_000, None) == 3_000
    assert effective_cap(3_000, 5_000, 1_000) == 1_000
    assert check_daily_budget(4.99, 5.0).allowed
    assert check_daily_budget(100.0, 0.0).allowed  # no budget set
    over = check_daily_budget(5.0, 5.0)
    assert not over.allowed and over.remaining_usd == 0.0
    assert over.reason == (
        "Your queries today have already cost $5.00 of your $5.00 daily budget; "
        "a data team member has to approve this one."
    )


# --- a local Athena API: moto in server mode on loopback ---------------------------------


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def _moto_api(url: str, path: str, body: dict) -> None:
    request = urllib.request.Request(
        url + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status in (200, 201)


@pytest.fixture
def athena(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AthenaEngine]:
    """An AthenaEngine built by the product's factory, pointed at the local API."""
    _moto_api(moto_url, "/moto-api/reset", {})
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
    }.items():
        monkeypatch.setenv(name, value)
    settings = Settings(
        athena_database="shop",
        athena_workgroup="analysts",
        athena_output_location="s3://results/",
        aws_region="us-east-1",
        athena_endpoint_url=moto_url,
        athena_max_bytes=50 * 2**30,
    )
    engine = make_engine("athena", settings)
    assert isinstance(engine, AthenaEngine)
    engine.client.create_work_group(
        Name="analysts", Configuration={"BytesScannedCutoffPerQuery": 10 * 2**30}
    )
    yield engine
    engine.close()


def test_moto_runs_with_bound_execution_parameters(athena: AthenaEngine, moto_url: str) -> None:
    _moto_api(
        moto_url,
        "/moto-api/static/athena/query-results",
        {
            "region": "us-east-1",
            "results": [
                {
                    "rows": [
                        {"Data": [{"VarCharValue": "region"}, {"VarCharValue": "revenue"}]},
                        {"Data": [{"VarCharValue": "EMEA"}, {"VarCharValue": "10.50"}]},
                        {"Data": [{"VarCharValue": "NA"}, {}]},
                    ],
                    "column_info": [
                        {"Name": "region", "Type": "varchar"},
                        {"Name": "revenue", "Type": "decimal"},
                    ],
                }
            ],
        },
    )
    evil = "x' OR '1'='1"
    result = athena.run(
        "SELECT region, revenue FROM r WHERE region <> :r AND d >= :d AND note <> '10:30'",
        {"r": evil, "d": dt.date(2026, 10, 1)},
        timeout_s=30,
        max_rows=10,
    )
    assert result.columns == ["region", "revenue"]
    assert result.rows == [("EMEA", Decimal("10.50")), ("NA", None)]
    assert result.bytes_scanned == 0 and result.cost_usd == 0.0 and not result.reused
    [execution_id] = athena.client.list_query_executions(WorkGroup="analysts")["QueryExecutionIds"]
    seen = athena.client.get_query_execution(QueryExecutionId=execution_id)["QueryExecution"]
    assert seen["Query"] == (
        "SELECT region, revenue FROM r WHERE region <> ? AND d >= ? AND note <> '10:30'"
    )
    assert seen["ExecutionParameters"] == ["'x'' OR ''1''=''1'", "DATE '2026-10-01'"]
    assert seen["QueryExecutionContext"] == {"Database": "shop"}


def test_moto_reads_the_workgroups_cutoff(athena: AthenaEngine) -> None:
    assert athena.workgroup_cutoff() == 10 * 2**30
    # The global default (50 GB) is above the workgroup's cutoff: the cutoff wins.
    assert effective_cap(None, athena.max_bytes, athena.workgroup_cutoff()) == 10 * 2**30


def test_moto_cancels_the_query_on_timeout(athena: AthenaEngine, moto_url: str) -> None:
    # The local API keeps every execution QUEUED until told otherwise.
    _moto_api(
        moto_url,
        "/moto-api/state-manager/set-transition",
        {
            "model_name": "athena::execution",
            "transition": {"progression": "manual", "times": 10**6},
        },
    )
    try:
        with pytest.raises(QueryFailed) as info:
            athena.run("SELECT * FROM huge", {}, timeout_s=0.5, max_rows=10)
    finally:
        _moto_api(
            moto_url,
            "/moto-api/state-manager/unset-transition",
            {"model_name": "athena::execution"},
        )
    assert info.value.reason == "The query took longer than 0.5 s and was stopped."
    [execution_id] = athena.client.list_query_executions(WorkGroup="analysts")["QueryExecutionIds"]
    status = athena.client.get_query_execution(QueryExecutionId=execution_id)["QueryExecution"]
    assert status["Status"]["State"] == "CANCELLED"


def test_moto_api_errors_are_one_line(
    athena: AthenaEngine, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(QueryFailed, match="found no statement"):
        athena.run("", {}, timeout_s=5, max_rows=10)  # refused before any call
    monkeypatch.setattr(athena, "_check", lambda sql: None)  # as if that check missed it
    with pytest.raises(QueryFailed) as info:
        athena.run("", {}, timeout_s=5, max_rows=10)  # refused by the API's validation
    assert info.value.reason.startswith("The query failed: Parameter validation failed")
    assert "\n" not in info.value.reason
    assert any(r.exc_info for r in caplog.records if "athena start failed" in r.getMessage())
    with pytest.raises(QueryFailed, match="needs a value for :r"):
        athena.run("SELECT :r", {}, timeout_s=5, max_rows=10)
    assert athena.client.list_query_executions(WorkGroup="analysts")["QueryExecutionIds"] == []
