"""The ticket and roster commands print people's names, not Slack markup (issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from support import Clock

from bot.cli import db_cmds, main
from bot.cli.people import person, readable
from bot.db.session import make_engine, make_session_factory
from bot.tickets.service import TicketService

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
ALICE, BOB = "U0ALICE001", "U0BOB00001"
ROSTER = f"members:\n  - {{id: {ALICE}, name: Alice}}\n  - {{id: {BOB}, name: Bob}}\n"


def test_readable_names_members_and_undoes_the_rest_of_the_markup() -> None:
    names = {ALICE: "Alice"}
    assert readable(f"ask <@{ALICE}> in <#C0SALES01|sales>", names) == "ask Alice in #sales"
    assert readable("<@U0STRANGER> &amp; <https://x.test|the doc>", names) == (
        "@U0STRANGER & the doc (https://x.test)"
    )
    assert person(ALICE, names) == "Alice (U0ALICE001)" and person("U0X", names) == "U0X"
    assert person(None, names, "-") == "-"


@pytest.fixture
def queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> TicketService:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    monkeypatch.setattr(db_cmds, "clock", Clock(NOW))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    monkeypatch.setenv("ROSTER_FILE", str(tmp_path / "roster.yaml"))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    assert main(["roster", "show"]) == 0  # reads only: the roster is seeded by `tickets`
    assert main(["tickets", "list"]) == 0
    capsys.readouterr()
    engine = make_engine(url)
    yield TicketService(make_session_factory(engine), clock=Clock(NOW))
    engine.dispose()


def test_listings_and_refusals_show_names(queue: TicketService, capsys) -> None:  # noqa: ANN001
    t = queue.create_ticket(f"churn like <@{BOB}> did in <#C0SALES01|sales>", "U0REQ00001", "C1")
    queue.claim(t.id, ALICE)
    assert main(["tickets", "list"]) == 0
    out = capsys.readouterr().out
    assert "Alice (U0ALICE001)" in out and "churn like Bob did in #sales" in out
    assert "<@" not in out and "<#" not in out
    assert main(["tickets", "show", str(t.id)]) == 0
    out = capsys.readouterr().out
    assert "request:   churn like Bob did in #sales" in out
    assert "claimed by Alice (U0ALICE001)" in out and "<@" not in out
    assert main(["tickets", "release", str(t.id), "--as", BOB]) == 1
    err = capsys.readouterr().err
    assert err == f"datarequest: Only Alice can release ticket #{t.id}.\n"
    assert main(["roster", "opt-out", "U0NOBODY01"]) == 1
    assert capsys.readouterr().err == "datarequest: @U0NOBODY01 is not on the roster.\n"
    assert main(["roster", "opt-out", BOB]) == 0
    assert capsys.readouterr().out == "Bob (U0BOB00001) is out of the rotation.\n"
