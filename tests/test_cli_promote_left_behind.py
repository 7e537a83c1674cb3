"""`datarequest tickets promote` run again after a run that died (issue 9).

The CLI writes `<library>/promoted/NAME.sql`, stores the query in the database, then records the
promotion in the ticket's history. Killed between the file and the store, a second run said the
name was taken ("already exists"), or drafted a `NAME_2` copy; run again after a success it wrote
that copy too. It is idempotent now, like the Slack path (tests/test_promotion_left_behind.py):
the ticket's own file left behind is stored and recorded once, an earlier success is said and
nothing is written, and a file of other content under the name is still refused.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_tickets_promote import NOW, SQL, cli_world

from bot.cli import main
from bot.library import store as library_store
from bot.library.promote import ParamSpec, write_draft
from bot.tickets.service import TicketService

NAME = "customer_ltv_signup_channel"
PROMOTE = [
    "tickets", "promote", "1", "--title", "Customer LTV by signup channel",
    "--param", "period='2026-10-01'", "--param", "period='2026-11-01'",
    "--param", "n=10", "--as", "U0BOB00001",
]  # fmt: skip
PARAMS = {
    "period": ParamSpec(literal=("'2026-10-01'", "'2026-11-01'")),
    "n": ParamSpec(literal="10"),
}


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A library, a database with ticket #1 closed with SQL, the CLI pointed at both."""
    service, library, engine = cli_world(tmp_path, monkeypatch)
    service.close(1, "U0BOB00001", "answered", sql=SQL)
    yield service, library
    engine.dispose()


def _left_behind(service: TicketService, library: Path, *, ticket: int = 1) -> Path:
    """What a run killed after writing the file left: the file, no stored row, no history."""
    draft = service.promote(
        ticket,
        today=date(2026, 11, 23),  # another day than the rerun's: the file names its own
        title="Customer LTV by signup channel",
        params=PARAMS,
    )
    return write_draft(draft, library / "promoted")


def _promotions(service: TicketService) -> list[str]:
    return [e.detail["query"] for e in service.events(1) if e.kind == "promoted"]


def _stored_by(service: TicketService) -> int | None:
    return library_store.ticket_of(service._sf, NAME)  # noqa: SLF001 - the test's own database


def test_a_rerun_completes_the_file_a_killed_run_left(world: Any, capsys: Any) -> None:
    service, library = world
    path = _left_behind(service, library)
    written = path.read_text()
    assert _stored_by(service) is None
    assert main(PROMOTE) == 0
    out, err = capsys.readouterr()
    assert f"promoted to query {NAME!r}" in out and "already exists" not in err
    assert path.read_text() == written
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no NAME_2 copy
    assert _stored_by(service) == 1
    assert _promotions(service) == [NAME]


def test_a_rerun_after_a_success_writes_nothing_and_says_so(world: Any, capsys: Any) -> None:
    service, library = world
    assert main(PROMOTE) == 0
    path = library / "promoted" / f"{NAME}.sql"
    written = path.read_text()
    capsys.readouterr()
    assert main(PROMOTE) == 0
    assert f"already promoted to query {NAME!r}" in capsys.readouterr().out
    assert path.read_text() == written
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert _promotions(service) == [NAME]  # recorded once
    assert main([*PROMOTE, "--dry-run"]) == 0  # the draft it is: the same name, not a copy
    assert capsys.readouterr().out.startswith(f"/*---\nname: {NAME}\n")


def test_a_run_killed_before_the_history_is_recorded_once(world: Any, capsys: Any) -> None:
    service, library = world
    path = _left_behind(service, library)
    library_store.save_query(
        service._sf,  # noqa: SLF001
        name=NAME,
        text=path.read_text(),
        now=NOW,
        promoted_by="U0BOB00001",
        ticket_id=1,
    )
    assert _promotions(service) == []
    assert main(PROMOTE) == 0
    assert "already promoted" in capsys.readouterr().out
    assert _promotions(service) == [NAME]
    assert main(PROMOTE) == 0
    assert _promotions(service) == [NAME]


def test_another_ticket_s_file_under_the_name_is_still_refused(world: Any, capsys: Any) -> None:
    service, library = world
    service.close(2, "U0BOB00001", "answered", sql=SQL)
    other = _left_behind(service, library, ticket=2)  # ticket #2's promotion, left unstored
    written = other.read_text()
    assert main([*PROMOTE, "--name", NAME]) == 1
    assert "already exists" in capsys.readouterr().err
    assert other.read_text() == written and _stored_by(service) is None
    assert _promotions(service) == []


def test_a_file_of_this_ticket_edited_by_hand_is_not_taken_for_its_own(
    world: Any, capsys: Any
) -> None:
    service, library = world
    path = _left_behind(service, library)
    path.write_text(path.read_text().replace("LIMIT", "limit"))
    assert main(PROMOTE) == 1
    assert "already exists" in capsys.readouterr().err
    assert _stored_by(service) is None and _promotions(service) == []
