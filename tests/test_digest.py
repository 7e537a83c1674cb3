"""The standup digest: content for a seeded queue, and Slack's limits for a big team."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_slack import validate_blocks

from bot.db.session import make_engine, make_session_factory, upgrade
from bot.errors import UserFacingError
from bot.slack.rendering.digest import checkin_modal, digest_message, read_checkin_form
from bot.tickets.roster import load_roster_file, show_roster
from bot.tickets.service import TicketService
from scheduler.standup import CheckinPrefill, build_digest, checkin_prefill, save_checkin

TZ = "America/Los_Angeles"
LA = ZoneInfo(TZ)


def la(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


class Clock:
    def __init__(self) -> None:
        self.now = la(2026, 11, 20, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def queue(db_url: str, tmp_path: Path) -> Any:
    upgrade(db_url)
    engine = make_engine(db_url)
    sf = make_session_factory(engine)
    clock = Clock()
    tickets = TicketService(sf, clock=clock, tz=TZ)
    yield sf, tickets, clock, tmp_path
    engine.dispose()


def roster(sf: Any, tmp_path: Path, members: list[tuple[str, str, str]]) -> Any:
    lines = ["team: data-team", "lead: U0LEAD0001", "members:"]
    for uid, name, extra in members:
        lines.append(f"  - {{id: {uid}, name: {name}{extra}}}")
    path = tmp_path / "roster.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_roster_file(sf, path, now=la(2026, 11, 1))
    return show_roster(sf)


def test_digest_content_for_a_seeded_queue(queue: Any) -> None:
    sf, t, clock, tmp_path = queue
    team = roster(
        sf,
        tmp_path,
        [
            ("U0ALICE001", "Alice", ""),
            ("U0BOB00001", "Bob", ", out_of_office: [{from: 2026-11-23, to: 2026-11-24}]"),
            ("U0CAROL001", "Carol", ""),
        ],
    )
    clock.now = la(2026, 11, 20, 10, 0)  # Friday
    done = t.create_ticket("export of october refunds", "U0REQ00001", "C0G")
    t.claim(done.id, "U0ALICE001")
    doing = t.create_ticket(
        "dashboard for the sales team", "U0REQ00001", "C0G", due_at=la(2026, 11, 23, 16, 0)
    )
    t.claim(doing.id, "U0ALICE001")
    late = t.create_ticket(
        "why do the two revenue numbers differ", "U0REQ00002", "C0G", due_at=la(2026, 11, 21, 12, 0)
    )
    t.reassign(late.id, "U0ALICE001", "U0CAROL001")
    old_closed = t.create_ticket("closed long ago", "U0REQ00003", "C0G")
    t.close(old_closed.id, "U0CAROL001", "done then")
    clock.now = la(2026, 11, 22, 14, 0)  # Sunday: closed yesterday relative to Monday
    t.close(done.id, "U0ALICE001", "sent the CSV")
    clock.now = la(2026, 11, 23, 7, 0)
    fresh = t.create_ticket("access to the events bucket", "U0REQ00004", "C0G")
    t.claim(fresh.id, "U0CAROL001")
    t.release(fresh.id, "U0CAROL001")
    save_checkin(
        sf,
        "U0CAROL001",
        la(2026, 11, 23).date(),
        yesterday="",
        today="revenue diff",
        blockers="need finance's numbers",
        now=la(2026, 11, 23, 8, 40),
    )

    now = la(2026, 11, 23, 9, 0)
    d = build_digest(
        sf,
        now=now,
        since=la(2026, 11, 20, 12, 0),
        timezone=TZ,
        roster=team,
        automation_rate=0.75,
        checkin_expected=True,
    )
    by = {m.user_id: m for m in d.members}
    assert [x.id for x in by["U0ALICE001"].closed] == [done.id]
    assert [x.id for x in by["U0ALICE001"].in_progress] == [doing.id]
    assert [x.id for x in by["U0ALICE001"].due_today] == [doing.id]
    assert [x.id for x in by["U0CAROL001"].overdue] == [late.id]
    assert by["U0BOB00001"].away and by["U0BOB00001"].quiet
    assert [x.id for x in d.unassigned] == [fresh.id] and d.new_unassigned == 1
    assert d.numbers.open == 3 and d.numbers.overdue == 1 and d.numbers.unassigned == 1
    assert d.numbers.closed_yesterday == 1  # Sunday the 22nd, local time
    assert d.numbers.created_yesterday == 0
    assert d.blockers == [("U0CAROL001", "need finance's numbers")]

    message = digest_message(d, schedule_id="daily-standup")
    assert validate_blocks(message["blocks"], max_blocks=50) is None
    text = str(message["blocks"])
    assert "Standup — Monday 23 November" in text
    assert ":warning: *Blockers*" in message["blocks"][3]["text"]["text"]
    assert "*Overdue* (1)" in text and "why do the two revenue numbers differ" in text
    assert "No check-in yet: <@U0ALICE001>" in text  # Bob is away, Carol answered
    assert "75%" in text and "Unassigned* (1, 1 new)" in text
    # Busy members come first: Carol (overdue) before Alice.
    members = [b for b in message["blocks"] if str(b.get("block_id", "")).startswith("member_")]
    assert members[0]["text"]["text"].startswith("*<@U0CAROL001>*")


def test_digest_for_8_members_and_60_tickets_stays_within_limits(queue: Any) -> None:
    sf, t, clock, tmp_path = queue
    members = [(f"U0MEMBER{i:02d}", f"Member{i}", "") for i in range(8)]
    team = roster(sf, tmp_path, members)
    clock.now = la(2026, 11, 16, 9, 0)
    for i in range(60):
        ticket = t.create_ticket(
            f"request {i}: " + "a long description of what is needed " * 6,
            f"U0REQ{i:05d}",
            "C0G",
            due_at=la(2026, 11, 18 + (i % 8), 12, 0),
            priority="urgent" if i % 7 == 0 else None,
        )
        owner = members[i % 8][0]
        if i % 3 == 0:
            t.claim(ticket.id, owner)
        if i % 5 == 0:
            t.close(ticket.id, owner, "done")
        if i % 11 == 0 and i % 5:
            save_checkin(
                sf,
                owner,
                la(2026, 11, 23).date(),
                yesterday="x" * 1400,
                today="y" * 1400,
                blockers="z" * 1400,
                now=clock.now,
            )
    d = build_digest(
        sf,
        now=la(2026, 11, 23, 9, 0),
        since=la(2026, 11, 16, 8, 0),
        timezone=TZ,
        roster=team,
        automation_rate=None,
    )
    assert sum(len(m.overdue) for m in d.members) > 20
    message = digest_message(
        d, note="Posted late: this was due at 09:00 PST.", schedule_id="daily-standup"
    )
    blocks = message["blocks"]
    assert validate_blocks(blocks, max_blocks=50) is None
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))
    text = str(blocks)
    assert "… and" in text and "more_" in text  # summarised, not listed in full
    assert all(f"<@U0MEMBER{i:02d}>" in text for i in range(8))
    assert len(message["text"]) < 300

    # A much bigger team still fits: members beyond the room left are summed up.
    many = [*d.members] * 8
    crowded = digest_message(type(d)(**{**d.__dict__, "members": many}))
    assert len(crowded["blocks"]) <= 50
    assert validate_blocks(crowded["blocks"], max_blocks=50) is None
    assert "more members" in str(crowded["blocks"])


def test_checkin_answers_are_validated_and_replaced(queue: Any) -> None:
    sf, _t, _clock, _tmp = queue
    day = la(2026, 11, 23).date()
    with pytest.raises(UserFacingError, match="yesterday or what you will do today"):
        save_checkin(sf, "U0A", day, yesterday=" ", today="", blockers="x", now=la(2026, 11, 23))
    save_checkin(sf, "U0A", day, yesterday="a", today="b", blockers="", now=la(2026, 11, 23))
    again = save_checkin(
        sf, "U0A", day, yesterday="a", today="c", blockers="none", now=la(2026, 11, 23, 9)
    )
    assert again.today == "c" and not again.has_blockers
    d = build_digest(
        sf,
        now=la(2026, 11, 23, 9, 30),
        since=la(2026, 11, 22, 9),
        timezone=TZ,
        roster=show_roster(sf),
    )
    assert d.members == [] and d.numbers.open == 0


def test_checkin_modal_round_trip() -> None:
    view = checkin_modal("2026-11-23", CheckinPrefill("Closed #4: refunds", "#7: dashboard"))
    assert validate_blocks(view["blocks"], max_blocks=100) is None
    assert view["blocks"][0]["element"]["initial_value"] == "Closed #4: refunds"
    state = {
        b["block_id"]: {b["block_id"]: {"value": f"v-{b['block_id']}"}} for b in view["blocks"]
    }
    assert read_checkin_form(state) == {
        "yesterday": "v-yesterday",
        "today": "v-today",
        "blockers": "v-blockers",
    }


def test_digest_and_checkin_agree_on_who_owns_what(queue: Any) -> None:
    # A ticket assigned by rotation and not claimed yet, due next week: the check-in listed it
    # under "today" while the digest said "Nothing open" for its owner.
    sf, t, clock, tmp_path = queue
    team = roster(sf, tmp_path, [("U0ALICE001", "Alice", ""), ("U0BOB00001", "Bob", "")])
    clock.now = la(2026, 11, 23, 8, 0)  # Monday
    ticket = t.create_ticket(
        "monthly churn by plan", "U0REQ00001", "C0G", due_at=la(2026, 11, 30, 17, 0)
    )
    owner = ticket.owner_id
    assert ticket.state == "assigned" and owner == "U0ALICE001"
    prefill = checkin_prefill(sf, owner, now=clock.now, timezone=TZ)
    assert f"#{ticket.id}" in prefill.today

    digest = build_digest(
        sf, now=la(2026, 11, 23, 9, 0), since=la(2026, 11, 20, 9, 0), timezone=TZ, roster=team
    )
    by = {m.user_id: m for m in digest.members}
    assert [x.id for x in by[owner].assigned] == [ticket.id] and not by[owner].quiet
    assert by["U0BOB00001"].quiet
    message = digest_message(digest)
    text = json.dumps(message["blocks"])
    assert f"#{ticket.id} monthly churn by plan" in text
    nothing_open = [
        e["text"]
        for b in message["blocks"]
        for e in b.get("elements", [])
        if "Nothing open" in e.get("text", "")
    ]
    assert nothing_open == ["Nothing open: <@U0BOB00001>"]
