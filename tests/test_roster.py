"""Roster file: the spec's example loads; unknown keys and bad values are refused with
file:line; seeding is idempotent; removed members go inactive but keep their tickets."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from support import DOCS, Clock

from bot.cli import db_cmds, main
from bot.errors import ConfigError
from bot.tickets.models import MemberAbsence, RosterMember, RoutingRule, TeamConfig
from bot.tickets.roster import (
    RosterError,
    clear_out_of_office,
    load_roster,
    parse_roster,
    seed_roster,
    set_opted_out,
    set_out_of_office,
    show_roster,
)
from bot.tickets.service import TicketService

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
SPEC = DOCS / "team-and-schedules.md"
SPEC_EXAMPLE = """\
team: data-team
lead: U0ALICE001                  # escalations go here
triage_channel: C0DATATEAM        # optional; TRIAGE_CHANNEL wins when set
rotation: round_robin             # round_robin (default) | least_loaded
members:
  - id: U0ALICE001                # Slack user id
    name: Alice
  - id: U0BOB00001
    name: Bob
    subteam: analytics            # optional; routing rules may target it
    out_of_office:
      - {from: 2026-12-20, to: 2027-01-02}
  - id: U0ERIN0001
    name: Erin
    rotation: false               # a member who is not assigned tickets (can still claim)
routing:                          # optional, first match wins
  - {keywords: [attribution, marketing], subteam: analytics}
  - {channel: C0FINANCE1, subteam: finance}
"""


def test_the_spec_example_is_accepted_as_written() -> None:
    block = re.search(r"## Roster.*?```yaml\n(.*?)```", SPEC.read_text(), re.DOTALL)
    assert block is not None and block.group(1) == SPEC_EXAMPLE
    roster = parse_roster(SPEC_EXAMPLE, "roster.yaml")
    assert (roster.team, roster.lead, roster.triage_channel, roster.rotation) == (
        "data-team", "U0ALICE001", "C0DATATEAM", "round_robin",
    )  # fmt: skip
    alice, bob, erin = roster.members
    assert (alice.name, alice.subteam, alice.rotation, alice.out_of_office) == (
        "Alice", None, True, (),
    )  # fmt: skip
    assert bob.subteam == "analytics"
    assert [(a.starts_on, a.ends_on) for a in bob.out_of_office] == [
        (date(2026, 12, 20), date(2027, 1, 2))
    ]
    assert erin.rotation is False
    assert [(r.keywords, r.channel, r.subteam) for r in roster.routing] == [
        (("attribution", "marketing"), None, "analytics"),
        ((), "C0FINANCE1", "finance"),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("members:\n  - {id: U0ALICE001}\nteams: x\n", "roster.yaml:3: unknown key 'teams'"),
        ("members:\n  - id: U0ALICE001\n    nmae: Al\n", "roster.yaml:3: unknown key 'nmae'"),
        ("members:\n  - {id: alice}\n", "roster.yaml:2: member id 'alice' is not valid"),
        ("members:\n  - {name: Al}\n", "roster.yaml:2: a member needs an 'id'"),
        ("members: []\n", "roster.yaml:1: members must list at least one member"),
        ("team: x\n", "roster.yaml:1: the roster needs a 'members' list"),
        ("rotation: fair\nmembers:\n  - {id: U0A1}\n", "roster.yaml:1: rotation must be one of"),
        ("lead: alice\nmembers:\n  - {id: U0A1}\n", "roster.yaml:1: lead 'alice' is not valid"),
        (
            "members:\n  - {id: U0A1}\n  - {id: U0A1}\n",
            "roster.yaml:3: member U0A1 is listed twice",
        ),
        ("members:\n  - {id: U0A1, rotation: maybe}\n", "roster.yaml:2: rotation (for a member)"),
        (
            "members:\n  - id: U0A1\n    out_of_office:\n      - {from: 2026-12-20, to: 2026-12-01}\n",
            "roster.yaml:4: 'to' (2026-12-01) is before 'from' (2026-12-20)",
        ),
        (
            "members:\n  - id: U0A1\n    out_of_office:\n      - {from: soon, to: 2026-12-01}\n",
            "roster.yaml:4: from must be a date",
        ),
        (
            "members:\n  - id: U0A1\n    out_of_office:\n      - {from: 2026-12-01}\n",
            "roster.yaml:4: an out_of_office range needs both 'from' and 'to'",
        ),
        (
            "members:\n  - {id: U0A1}\nrouting:\n  - {subteam: x}\n",
            "roster.yaml:4: a routing rule needs 'keywords' or a 'channel'",
        ),
        (
            "members:\n  - {id: U0A1}\nrouting:\n  - {channel: general, subteam: x}\n",
            "roster.yaml:4: channel 'general' is not valid",
        ),
        (
            "members:\n  - {id: U0A1}\nrouting:\n  - {keywords: [a], sub_team: x}\n",
            "roster.yaml:4: unknown key 'sub_team' in a routing rule",
        ),
        ("members:\n  - {id: U0A1\n", "roster.yaml:3: not valid YAML"),
        ("", "roster.yaml:1: the roster file is empty"),
    ],
)
def test_bad_files_are_refused_with_file_and_line(text: str, problem: str) -> None:
    with pytest.raises(RosterError) as info:
        parse_roster(text, "roster.yaml")
    assert any(p.startswith(problem) for p in info.value.problems), info.value.problems


def test_every_problem_is_reported_in_line_order() -> None:
    text = "rotation: fair\nmembers:\n  - {id: bad}\n  - {id: U0A1, extra: 1}\n"
    with pytest.raises(RosterError) as info:
        parse_roster(text, "r.yaml")
    lines = [int(p.split(":")[1]) for p in info.value.problems]
    assert lines == [1, 3, 4] and str(info.value).count("\n") == 2


def test_load_roster_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "roster.yaml"
    path.write_text(SPEC_EXAMPLE)
    assert load_roster(path).source == str(path)
    with pytest.raises(ConfigError, match="Cannot read roster file .*missing.yaml"):
        load_roster(tmp_path / "missing.yaml")


def _snapshot(factory) -> list:
    with factory() as s:
        return [
            [(m.user_id, m.name, m.subteam, m.in_rotation, m.opted_out, m.active, m.position,
              m.updated_at) for m in s.scalars(select(RosterMember).order_by(RosterMember.user_id))],
            [(a.user_id, a.starts_on, a.ends_on, a.source, a.id)
             for a in s.scalars(select(MemberAbsence).order_by(MemberAbsence.id))],
            [(r.id, r.position, r.keywords, r.channel_id, r.subteam)
             for r in s.scalars(select(RoutingRule).order_by(RoutingRule.id))],
            [(t.team, t.lead_id, t.triage_channel, t.rotation, t.loaded_at)
             for t in s.scalars(select(TeamConfig))],
        ]  # fmt: skip


def test_seeding_twice_changes_nothing(factory) -> None:
    roster = parse_roster(SPEC_EXAMPLE, "roster.yaml")
    first = seed_roster(factory, roster, now=NOW)
    assert first.changed and first.added == ["U0ALICE001", "U0BOB00001", "U0ERIN0001"]
    before = _snapshot(factory)
    again = seed_roster(factory, roster, now=datetime(2026, 11, 24, tzinfo=UTC))
    assert not again.changed
    assert _snapshot(factory) == before


def test_a_removed_member_goes_inactive_and_keeps_their_tickets(factory) -> None:
    seed_roster(factory, parse_roster(SPEC_EXAMPLE, "roster.yaml"), now=NOW)
    svc = TicketService(factory, clock=lambda: NOW)
    due = datetime(2026, 12, 1, tzinfo=UTC)
    owned = [svc.create_ticket(f"r{i}", "U0REQ00001", "C1", due_at=due) for i in range(2)]
    assert [t.owner_id for t in owned] == ["U0ALICE001", "U0BOB00001"]
    without_bob = re.sub(r"  - id: U0BOB00001\n(    .*\n)+", "", SPEC_EXAMPLE).replace(
        "  - {keywords: [attribution, marketing], subteam: analytics}\n", ""
    )
    result = seed_roster(factory, parse_roster(without_bob, "roster.yaml"), now=NOW)
    assert result.deactivated == ["U0BOB00001"] and result.routing_changed
    assert svc.get(owned[1].id).owner_id == "U0BOB00001"
    assert not svc.is_member("U0BOB00001")
    new = [svc.create_ticket(f"n{i}", "U0REQ00001", "C1", due_at=due).owner_id for i in range(2)]
    assert new == ["U0ALICE001", "U0ALICE001"]
    back = seed_roster(factory, parse_roster(SPEC_EXAMPLE, "roster.yaml"), now=NOW)
    assert "U0BOB00001" in back.updated and svc.is_member("U0BOB00001")
    view = show_roster(factory)
    assert [m.user_id for m in view.members if m.active] == [
        "U0ALICE001", "U0BOB00001", "U0ERIN0001",
    ]  # fmt: skip


def test_manual_settings_survive_reloading_the_file(factory) -> None:
    roster = parse_roster(SPEC_EXAMPLE, "roster.yaml")
    seed_roster(factory, roster, now=NOW)
    set_opted_out(factory, "U0ALICE001", True)
    set_out_of_office(factory, "U0ALICE001", date(2026, 12, 1), date(2026, 12, 5))
    assert not seed_roster(factory, roster, now=NOW).changed
    view = show_roster(factory)
    alice = next(m for m in view.members if m.user_id == "U0ALICE001")
    assert alice.opted_out and alice.out_of_office == [
        (date(2026, 12, 1), date(2026, 12, 5), "manual")
    ]
    assert alice.is_away(date(2026, 12, 5)) and not alice.is_away(date(2026, 12, 6))
    changed = SPEC_EXAMPLE.replace("to: 2027-01-02", "to: 2027-01-09")
    result = seed_roster(factory, parse_roster(changed, "roster.yaml"), now=NOW)
    assert result.updated == ["U0BOB00001"]
    bob = next(m for m in show_roster(factory).members if m.user_id == "U0BOB00001")
    assert bob.out_of_office == [(date(2026, 12, 20), date(2027, 1, 9), "file")]
    assert clear_out_of_office(factory, "U0ALICE001") == 1
    assert set_opted_out(factory, "U0ALICE001", False) is True
    assert set_opted_out(factory, "U0ALICE001", False) is False


def test_editing_an_unknown_member_is_refused(factory) -> None:
    from bot.errors import NotFound, UserFacingError

    seed_roster(factory, parse_roster(SPEC_EXAMPLE, "roster.yaml"), now=NOW)
    with pytest.raises(NotFound, match="not on the roster"):
        set_opted_out(factory, "U0NOBODY01", True)
    with pytest.raises(UserFacingError, match="before the start"):
        set_out_of_office(factory, "U0ALICE001", date(2026, 12, 5), date(2026, 12, 1))


def test_roster_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.delenv("ROSTER_FILE", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(db_cmds, "clock", Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC)))
    assert main(["db", "upgrade"]) == 0  # only `db upgrade` and `serve` create the tables
    capsys.readouterr()
    assert main(["roster", "show"]) == 0
    assert "No roster loaded" in capsys.readouterr().out
    good = tmp_path / "roster.yaml"
    good.write_text(SPEC_EXAMPLE)
    assert main(["roster", "load", str(good)]) == 0
    assert "added U0ALICE001, U0BOB00001, U0ERIN0001" in capsys.readouterr().out
    assert main(["roster", "load", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "Roster unchanged."
    bad = tmp_path / "bad.yaml"
    bad.write_text("members:\n  - {id: U0A1, colour: blue}\n")
    assert main(["roster", "load", str(bad)]) == 1
    assert f"{bad}:2: unknown key 'colour'" in capsys.readouterr().err
    assert main(["roster", "opt-out", "U0ALICE001"]) == 0
    assert main(["roster", "set-ooo", "U0BOB00001", "2026-11-01", "2026-11-02"]) == 0
    assert main(["roster", "opt-out", "U0NOBODY01"]) == 1
    assert main(["roster", "show"]) == 0
    out = capsys.readouterr().out
    assert "opted out" in out and "2026-11-01..2026-11-02 (manual)" in out
    assert "out of office" in out.split("U0BOB00001", 1)[1].splitlines()[0]  # the fixed day
    assert "keywords attribution, marketing -> analytics" in out
    assert main(["roster", "opt-in", "U0ALICE001"]) == 0
    assert main(["roster", "clear-ooo", "U0BOB00001"]) == 0
    assert "Removed 1" in capsys.readouterr().out
