"""The one answer path: outcomes, the request log, permissions, the error tier (real SQLite + DuckDB)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from slack_helpers import make_test_library, make_test_warehouse
from sqlalchemy import select
from support import Clock

from bot.answering import (
    Ambiguous,
    Answered,
    Failed,
    NeedsValues,
    TicketOpened,
    Unmatched,
)
from bot.errors import NOT_SET_UP, ConfigError
from bot.services import Services, build_services
from bot.settings import Settings
from bot.tickets.models import RequestLog

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
RESTRICTED = """/*---
title: Finance revenue
examples:
  - finance revenue ledger
keywords: [ledger]
owner: "@finance-data"
allowed_channels: [C0FINANCE1, "#finance-leads"]
allowed_users: [U0CFO00001, "@carol"]
allowed_groups: [S0FINANCE1]
---*/
SELECT SUM(amount) AS revenue FROM orders
"""
CHANNEL_ONLY = """/*---
title: Region ledger
examples:
  - region ledger totals
keywords: [totals]
allowed_channels: ["#finance"]
---*/
SELECT region, SUM(amount) AS revenue FROM orders GROUP BY region
"""


@pytest.fixture
def services(tmp_path) -> Services:  # noqa: ANN001
    library = make_test_library(tmp_path / "queries")
    (library / "finance_revenue.sql").write_text(RESTRICTED, encoding="utf-8")
    (library / "region_ledger.sql").write_text(CHANNEL_ONLY, encoding="utf-8")
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        warehouse_path=make_test_warehouse(tmp_path / "warehouse.duckdb"),
        query_library=library,
        query_timeout_s=5.0,
    )
    built = build_services(settings, clock=Clock(NOW))
    yield built
    built.close()


def _slack(services: Services, **kw) -> object:  # noqa: ANN003
    values = {"user": "U0REQ00001", "where": "C0GENERAL1", "source": "slash", "key": "k1"}
    values.update(kw)
    return services.context(**values)


def _log(services: Services) -> list[RequestLog]:
    with services.session_factory() as session:
        return list(session.scalars(select(RequestLog).order_by(RequestLog.id)))


def test_a_matched_request_is_answered_and_recorded(services: Services) -> None:
    outcome = services.answer("revenue by region last month", _slack(services))
    assert isinstance(outcome, Answered)
    assert outcome.query.name == "revenue_by_region" and outcome.binds["period_start"]
    assert outcome.decision == "answered:revenue_by_region" and outcome.result.row_count == 4
    (row,) = _log(services)
    assert (row.user_id, row.channel_id, row.status, row.answered) == (
        "U0REQ00001",
        "C0GENERAL1",
        "matched",
        True,
    )
    assert row.query_name == "revenue_by_region" and row.duration_ms is not None
    assert outcome.request_id == row.id


def test_outcomes_are_frozen(services: Services) -> None:
    outcome = services.answer("revenue by region last month", _slack(services))
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.text = "something else"  # type: ignore[misc]


def test_unmatched_opens_a_ticket_on_slack_and_not_on_the_cli(services: Services) -> None:
    outcome = services.answer("build me a looker dashboard", _slack(services))
    assert isinstance(outcome, TicketOpened) and outcome.ticket.channel_id == "C0GENERAL1"
    again = services.answer("build me a looker dashboard", _slack(services))  # Slack's retry
    assert isinstance(again, TicketOpened) and again.ticket.id == outcome.ticket.id
    cli = services.context(user="ops", where="cli", source="cli", open_ticket=False)
    assert isinstance(services.answer("build me a looker dashboard", cli), Unmatched)
    assert len(services.tickets.list_tickets()) == 1
    rows = _log(services)
    assert [(r.status, r.ticket_id, r.channel_id) for r in rows] == [
        ("unmatched", outcome.ticket.id, "C0GENERAL1"),
        ("unmatched", outcome.ticket.id, "C0GENERAL1"),
        ("unmatched", None, "cli"),
    ]


def test_a_named_query_with_typed_values(services: Services) -> None:
    cli = services.context(user="ops", where="cli", source="cli")
    needs = services.answer("order_lookup", cli, query="order_lookup", inputs={})
    assert isinstance(needs, NeedsValues) and needs.missing == ("order_id",)
    bad = services.answer("order_lookup", cli, query="order_lookup", inputs={"order_id": "0"})
    assert isinstance(bad, Failed) and "at least 1" in bad.reason and not bad.refused
    good = services.answer("order_lookup", cli, query="order_lookup", inputs={"order_id": "42"})
    assert isinstance(good, Answered) and good.result.rows[0][0] == 42
    period = {"period": "2026-10-01 to 2026-10-07", "region": "EMEA"}
    ran = services.answer("", cli, query="revenue_by_region", inputs=period)
    assert isinstance(ran, Answered) and [r[0] for r in ran.result.rows] == ["EMEA"]
    assert [r.status for r in _log(services)] == ["cli"] * 4


def test_a_picked_candidate_takes_its_values_from_the_words(services: Services) -> None:
    context = _slack(services, source="pick")
    outcome = services.answer("revenue in europe last month", context, query="revenue_by_region")
    assert isinstance(outcome, Answered) and outcome.binds["region"] == "EMEA"
    assert str(outcome.binds["period_start"]) == "2026-10-01"


def test_stored_values_run_as_they_are(services: Services) -> None:
    binds = {"period_start": "2026-10-01", "period_end": "2026-10-31", "region": "NA"}
    context = _slack(services, source="suggested")
    outcome = services.answer("na revenue", context, query="revenue_by_region", binds=binds)
    assert isinstance(outcome, Answered) and [r[0] for r in outcome.result.rows] == ["NA"]


def test_an_unknown_query_is_one_refusal_with_the_closest_names(services: Services) -> None:
    outcome = services.answer("x", _slack(services, source="pick"), query="revenue_by_regoin")
    assert isinstance(outcome, Failed)
    assert outcome.reason == (
        "There is no query named 'revenue_by_regoin' in the library. "
        "Did you mean revenue_by_region?"
    )


def test_ambiguous_candidates_leave_out_what_the_person_may_not_run(services: Services) -> None:
    cfo = _slack(services, user="U0CFO00001", where="C0FINANCE1")
    outcome = services.answer("revenue", cfo)
    assert isinstance(outcome, Ambiguous) and outcome.decision == "ambiguous"
    assert {q.name for q, _ in outcome.candidates} == {"revenue_by_region", "finance_revenue"}
    anyone = services.answer("revenue", _slack(services))
    assert isinstance(anyone, Ambiguous)
    assert [q.name for q, _ in anyone.candidates] == ["revenue_by_region"]


# ---- permissions -------------------------------------------------------------------------------


def test_allowed_channels_are_enforced(services: Services) -> None:
    general = services.answer("region ledger totals", _slack(services))
    assert isinstance(general, Failed) and general.refused
    assert general.reason == "Region ledger can only be run in #finance."
    assert general.decision == "refused:region_ledger"
    by_name = _slack(services, where="C0FIN00002", channel_name="finance")
    assert isinstance(services.answer("region ledger totals", by_name), Answered)
    assert _log(services)[0].status == "refused"


def test_allowed_users_and_groups(services: Services) -> None:
    def ask(**kw) -> object:  # noqa: ANN003
        context = _slack(services, where="C0FINANCE1", source="pick", **kw)
        return services.answer("ledger", context, query="finance_revenue")

    refused = ask()
    assert isinstance(refused, Failed) and refused.refused
    assert refused.reason == (
        "Finance revenue is limited to U0CFO00001, @carol, S0FINANCE1; ask @finance-data for access."
    )
    assert isinstance(ask(user="U0CFO00001"), Answered)
    assert isinstance(ask(user="U0CAROL001", user_name="carol"), Answered)
    asked: list[str] = []

    def member_of(group: str) -> bool:
        asked.append(group)
        return group == "S0FINANCE1"

    assert isinstance(ask(member_of=member_of), Answered) and asked == ["S0FINANCE1"]
    assert isinstance(ask(member_of=lambda group: False), Failed)
    wrong_channel = services.context(user="U0CFO00001", where="C0GENERAL1", source="slash")
    outcome = services.answer("ledger", wrong_channel, query="finance_revenue")
    assert isinstance(outcome, Failed) and "can only be run in C0FINANCE1, #finance-leads" in (
        outcome.reason
    )


def test_the_operator_on_the_cli_is_not_restricted(services: Services) -> None:
    cli = services.context(user="ops", where="cli", source="cli")
    assert isinstance(services.answer("", cli, query="finance_revenue", inputs={}), Answered)


def test_a_file_schedule_is_checked_by_channel_only(services: Services) -> None:
    report = services.context(user="", where="C0FINANCE1", source="schedule", open_ticket=False)
    assert isinstance(services.answer("", report, query="finance_revenue", inputs={}), Answered)
    elsewhere = dataclasses.replace(report, where="C0GENERAL1")
    assert isinstance(services.answer("", elsewhere, query="finance_revenue", inputs={}), Failed)
    assert _log(services)[0].user_id == "schedule"


def test_help_lists_only_what_the_person_may_run(services: Services) -> None:
    names = {q.name for q in services.visible_queries(_slack(services))}
    assert "revenue_by_region" in names
    assert not names & {"finance_revenue", "region_ledger"}
    cfo = _slack(services, user="U0CFO00001", where="C0FINANCE1", channel_name="finance")
    assert {"finance_revenue", "region_ledger"} <= {q.name for q in services.visible_queries(cfo)}


# ---- the error tier ----------------------------------------------------------------------------


def test_configuration_errors_are_the_operators(services: Services, tmp_path) -> None:  # noqa: ANN001
    missing = tmp_path / "secret-place" / "gone.duckdb"
    services.engines.close()
    services.settings = services.settings.with_overrides(warehouse_path=missing)
    services.engines = type(services.engines)(services.settings)
    outcome = services.answer("revenue by region last month", _slack(services))
    assert isinstance(outcome, Failed) and outcome.reason == NOT_SET_UP
    assert "secret-place" not in outcome.reason and outcome.query is not None
    cli = services.context(user="ops", where="cli", source="cli")
    with pytest.raises(ConfigError, match="WAREHOUSE_PATH"):
        services.answer("revenue by region last month", cli)


def test_today_comes_from_the_clock_in_the_workspace_time_zone(tmp_path) -> None:  # noqa: ANN001
    settings = Settings(
        data_dir=tmp_path,
        timezone="Pacific/Auckland",
        query_library=make_test_library(tmp_path / "q"),
    )
    built = build_services(settings, clock=Clock(datetime(2026, 12, 31, 12, tzinfo=UTC)))
    try:
        assert built.today() == date(2027, 1, 1)
        context = built.context(user="U1", where="C1", source="slash")
        assert context.today == date(2027, 1, 1) and context.now.tzinfo is not None
    finally:
        built.close()


# ---- scheduled reports come through the same path ----------------------------------------------


def _report(services: Services, query: str, channel: str, created_by: str = "") -> object:
    from scheduler.config import ScheduleDef
    from scheduler.jobs import Jobs

    schedule = ScheduleDef(
        id="weekly",
        kind="report",
        cron="0 8 * * mon",
        timezone="Europe/Berlin",
        channel=channel,
        query=query,
        params={"period": "last week"},
        created_by=created_by,
    )
    slot = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # already Monday the 23rd in Berlin
    # A report's result needs no outbox: nothing is sent.
    return Jobs(services, outbox=None).report_result(schedule, slot)


def test_a_scheduled_report_is_answered_and_recorded(services: Services) -> None:
    query, binds, result = _report(services, "revenue_by_region", "C0SALES001")
    assert query.name == "revenue_by_region" and result.columns == ["region", "revenue"]
    assert (str(binds["period_start"]), str(binds["period_end"])) == ("2026-11-16", "2026-11-22")
    (row,) = _log(services)
    assert (row.user_id, row.channel_id, row.status, row.answered) == (
        "schedule",
        "C0SALES001",
        "schedule",
        True,
    )


def test_a_scheduled_report_obeys_the_query_permissions(services: Services) -> None:
    from bot.errors import UserFacingError

    with pytest.raises(UserFacingError, match="can only be run in #finance"):
        _report(services, "region_ledger", "C0SALES001")
    with pytest.raises(UserFacingError, match="is limited to"):
        _report(services, "finance_revenue", "C0FINANCE1", created_by="U0REQ00001")
    assert _report(services, "finance_revenue", "C0FINANCE1", created_by="U0CFO00001")
