"""One library for every process: promoted queries live in the database, a version says when
to reload, a folder change reaches every process (real SQLite, real DuckDB, two containers)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from slack_helpers import (
    FakeAck,
    block_actions_body,
    command_body,
    form,
    listener_context,
    offline_runtime,
)

from bot.answering import Answered
from bot.library import store
from bot.library.shared import check_union
from bot.slack.rendering import results as rr
from bot.slack.use_cases import promote_to_library
from handlers import requests as h

PROMOTED_SQL = "SELECT region, COUNT(*) AS orders FROM orders GROUP BY region ORDER BY region"
NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)


def _two_processes(tmp_path: Path, shared_db: str = "") -> tuple[object, object]:
    """A jobs process and a front process on two hosts: own folders, one database."""
    shared_db = shared_db or f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    (tmp_path / "jobs").mkdir()
    (tmp_path / "front").mkdir()
    # Promotion is a team action: the analyst who promotes is an admin of this team.
    team = {"database_url": shared_db, "admins": ("U0ANALYST1", "U0BOB00001")}
    jobs = offline_runtime(tmp_path / "jobs", **team)
    front = offline_runtime(tmp_path / "front", **team)
    for rt in (jobs, front):
        rt.services.shared_library.check_interval_s = 0  # type: ignore[union-attr]
    return jobs, front


def _promote(rt: object, name: str = "orders_per_region") -> None:
    services = rt.services  # type: ignore[attr-defined]
    ticket = services.tickets.create_ticket("how many orders per region", "U0REQ00001", "C1")
    services.tickets.close(ticket.id, "U0ANALYST1", "counted them", PROMOTED_SQL)
    promote_to_library(services, ticket_id=ticket.id, actor="U0ANALYST1", name=name)


async def _run(rt, listener, body):  # noqa: ANN001, ANN202
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return ack


def test_a_promoted_query_reaches_the_other_process_without_a_restart(
    tmp_path: Path, db_url: str
) -> None:
    jobs, front = _two_processes(tmp_path, db_url)
    assert front.services.library.get("orders_per_region") is None
    _promote(jobs)
    # The jobs process wrote it into its folder too; the front host has no such file.
    assert (tmp_path / "jobs" / "queries" / "promoted" / "orders_per_region.sql").is_file()
    assert not (tmp_path / "front" / "queries" / "promoted").exists()

    query = front.services.library.get("orders_per_region")
    assert query is not None and query.path is None  # from the database
    context = front.services.context(user="U0REQ00001", where="C0GENERAL1", source="slash")
    answered = front.services.answer("", context, query="orders_per_region")
    assert isinstance(answered, Answered)
    assert answered.result.columns == ["region", "orders"] and answered.result.rows

    # The front's help lists it (answered inside the ack).
    ack = asyncio.run(_run(front, h.on_command, form(command_body("help"))))
    assert query.title in json.dumps(ack.calls[0]["blocks"])


def test_the_front_opens_the_promoted_querys_parameter_modal(tmp_path: Path) -> None:
    jobs, front = _two_processes(tmp_path)
    ticket = jobs.services.tickets.create_ticket("orders in a region", "U0REQ00001", "C1")
    sql = "SELECT COUNT(*) AS orders FROM orders WHERE region = 'EMEA'"
    jobs.services.tickets.close(ticket.id, "U0ANALYST1", "counted", sql)
    # Promote with a parameter (the literal 'EMEA' becomes :region), as the Close modal's
    # promotion would once its draft has parameters.
    from bot.library.promote import ParamSpec

    draft = jobs.services.tickets.promote(
        ticket.id,
        today=NOW.date(),
        name="orders_in_region",
        params={"region": ParamSpec(literal="EMEA", type="choice", choices=("EMEA", "NA"))},
    )
    store.save_query(jobs.services.session_factory, name=draft.name, text=draft.text, now=NOW)

    # "Change parameters" on a result of the promoted query, clicked in the front process.
    value = json.dumps({"q": "orders_in_region", "p": {"region": "EMEA"}})
    action = {"action_id": rr.CHANGE_PARAMS, "type": "button", "value": value}
    asyncio.run(_run(front, h.on_change_params, form(block_actions_body(action))))
    (opened,) = front.client.named("views_open")
    assert json.loads(opened["view"]["private_metadata"])["q"] == "orders_in_region"

    # The modal's submission is answered by the front too.
    context = front.services.context(user="U0REQ00001", where="C0GENERAL1", source="params")
    answered = front.services.answer("", context, query="orders_in_region", inputs={"region": "NA"})
    assert isinstance(answered, Answered) and answered.binds["region"] == "NA"


def test_a_folder_change_bumps_the_version_for_every_process(tmp_path: Path) -> None:
    jobs, front = _two_processes(tmp_path)
    front.services.shared_library.scan_interval_s = 0  # type: ignore[union-attr]
    before = store.current_version(front.services.session_factory)
    (tmp_path / "front" / "queries" / "order_total.sql").write_text(
        "/*---\ntitle: Order total\n---*/\nSELECT SUM(amount) AS total FROM orders\n",
        encoding="utf-8",
    )
    assert front.services.library.get("order_total") is not None
    after = store.current_version(front.services.session_factory)
    assert after == before + 1
    jobs.services.library  # noqa: B018 - the jobs process catches up with the new version
    assert jobs.services.shared_library.version == after  # type: ignore[union-attr]


def test_a_promoted_name_is_taken_for_every_process(tmp_path: Path) -> None:
    jobs, front = _two_processes(tmp_path)
    _promote(jobs)
    with pytest.raises(Exception, match="already exists"):
        _promote(front)


def test_the_folder_wins_over_a_stored_query_of_the_same_name(tmp_path: Path) -> None:
    jobs, _front = _two_processes(tmp_path)
    _promote(jobs)
    library = jobs.services.library
    assert library.get("orders_per_region").path is not None  # its own file, same text


def test_a_broken_stored_query_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.sql").write_text("/*---\ntitle: A\n---*/\nSELECT 1 AS one\n", encoding="utf-8")
    library, problems = check_union(
        folder, [("b", "/*---\ntitle: B\n---*/\nSELECT 2 AS two\n"), ("c", "no header")]
    )
    assert sorted(library.queries) == ["a", "b"]
    assert [str(p).split(":")[:2] for p in problems] == [["database", "c"]]


def test_a_second_serve_process_picks_up_a_cli_promotion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`datarequest tickets promote` stores the query for every running process."""
    from bot.cli import main

    _jobs, front = _two_processes(tmp_path)
    ticket = front.services.tickets.create_ticket("orders per region", "U0REQ00001", "C1")
    front.services.tickets.close(ticket.id, "U0ANALYST1", "counted", PROMOTED_SQL)
    cli_library = tmp_path / "cli-library"
    shutil.copytree(tmp_path / "front" / "queries", cli_library)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    monkeypatch.setenv("QUERY_LIBRARY", str(cli_library))
    monkeypatch.delenv("ROSTER_FILE", raising=False)
    monkeypatch.setenv("ADMINS", "U0BOB00001")
    monkeypatch.chdir(tmp_path)
    promote = ["tickets", "promote", str(ticket.id), "--name", "cli_orders", "--as", "U0BOB00001"]
    assert main(promote) == 0
    assert front.services.library.get("cli_orders") is not None
