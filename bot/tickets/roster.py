"""The team roster in the database: seed it from the file, show it, edit it.

Seeding is idempotent: loading the same file twice changes nothing; a member removed from the
file becomes inactive (no new tickets, keeps the ones they own). Opt-outs and out-of-office
ranges set from Slack or the CLI live only in the database and survive reloading the file.
Reading and validating the file is `bot.tickets.roster_file`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import NotFound, UserFacingError, echoed_person
from bot.tickets.models import MemberAbsence, RosterMember, RoutingRule, TeamConfig
from bot.tickets.roster_file import (
    Absence,
    MemberSpec,
    Roster,
    RosterError,
    RouteSpec,
    load_roster,
    parse_roster,
)

# The file's names, for callers that read and seed in one place.
__all__ = [
    "Absence",
    "MemberSpec",
    "MemberView",
    "Roster",
    "RosterError",
    "RosterView",
    "RouteSpec",
    "SeedResult",
    "clear_out_of_office",
    "load_roster",
    "load_roster_file",
    "parse_roster",
    "seed_roster",
    "set_opted_out",
    "set_out_of_office",
    "show_roster",
]


@dataclass(frozen=True)
class MemberView:
    user_id: str
    name: str
    subteam: str | None
    in_rotation: bool
    opted_out: bool
    active: bool
    position: int
    out_of_office: list[tuple[date, date, str]] = field(default_factory=list)

    def is_away(self, day: date) -> bool:
        return any(start <= day <= end for start, end, _ in self.out_of_office)


@dataclass(frozen=True)
class RosterView:
    team: str | None
    lead_id: str | None
    triage_channel: str | None
    rotation: str
    members: list[MemberView]
    routing: list[RouteSpec]

    @property
    def loaded(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class SeedResult:
    added: list[str]
    updated: list[str]
    deactivated: list[str]
    team_changed: bool
    routing_changed: bool

    @property
    def changed(self) -> bool:
        return bool(
            self.added
            or self.updated
            or self.deactivated
            or self.team_changed
            or self.routing_changed
        )


# ---------------------------------------------------------------------- database


def seed_roster(
    session_factory: sessionmaker[Session], roster: Roster, *, now: datetime | None = None
) -> SeedResult:
    """Make the database match `roster` in one transaction, writing only what differs."""
    now = now or datetime.now(UTC)
    added: list[str] = []
    updated: list[str] = []
    deactivated: list[str] = []
    with write_session(session_factory) as session:
        team = session.get(TeamConfig, 1)
        wanted_team = {
            "team": roster.team,
            "lead_id": roster.lead,
            "triage_channel": roster.triage_channel,
            "rotation": roster.rotation,
            "source_file": roster.source,
        }
        team_changed = team is None or any(getattr(team, k) != v for k, v in wanted_team.items())
        if team is None:
            session.add(TeamConfig(id=1, loaded_at=now, **wanted_team))
        elif team_changed:
            for k, v in wanted_team.items():
                setattr(team, k, v)
            team.loaded_at = now

        existing = {m.user_id: m for m in session.scalars(select(RosterMember))}
        file_absences: dict[str, set[tuple[date, date]]] = {}
        for row in session.scalars(select(MemberAbsence).where(MemberAbsence.source == "file")):
            file_absences.setdefault(row.user_id, set()).add((row.starts_on, row.ends_on))

        for position, spec in enumerate(roster.members):
            wanted = {
                "name": spec.name,
                "subteam": spec.subteam,
                "in_rotation": spec.rotation,
                "active": True,
                "position": position,
            }
            row = existing.get(spec.id)
            if row is None:
                session.add(
                    RosterMember(user_id=spec.id, opted_out=False, updated_at=now, **wanted)
                )
                session.flush()
                added.append(spec.id)
            elif any(getattr(row, k) != v for k, v in wanted.items()):
                for k, v in wanted.items():
                    setattr(row, k, v)
                row.updated_at = now
                updated.append(spec.id)
            spans = {(a.starts_on, a.ends_on) for a in spec.out_of_office}
            if spans != file_absences.get(spec.id, set()):
                session.execute(
                    delete(MemberAbsence).where(
                        MemberAbsence.user_id == spec.id, MemberAbsence.source == "file"
                    )
                )
                for start, end in sorted(spans):
                    session.add(
                        MemberAbsence(user_id=spec.id, starts_on=start, ends_on=end, source="file")
                    )
                if spec.id not in added and spec.id not in updated:
                    updated.append(spec.id)

        in_file = {m.id for m in roster.members}
        for user_id, row in existing.items():
            if user_id not in in_file and row.active:
                row.active = False
                row.updated_at = now
                deactivated.append(user_id)

        current = [
            (r.subteam, tuple(r.keywords or ()), r.channel_id)
            for r in session.scalars(select(RoutingRule).order_by(RoutingRule.position))
        ]
        wanted_routes = [(r.subteam, r.keywords, r.channel) for r in roster.routing]
        routing_changed = current != wanted_routes
        if routing_changed:
            session.execute(delete(RoutingRule))
            for position, (subteam, keywords, channel) in enumerate(wanted_routes):
                session.add(
                    RoutingRule(
                        position=position,
                        subteam=subteam,
                        keywords=list(keywords) or None,
                        channel_id=channel,
                    )
                )
    return SeedResult(added, updated, deactivated, team_changed, routing_changed)


def load_roster_file(
    session_factory: sessionmaker[Session], path: Path, *, now: datetime | None = None
) -> SeedResult:
    """Validate `path` and seed it (what the app does at start-up when ROSTER_FILE is set)."""
    return seed_roster(session_factory, load_roster(path), now=now)


def show_roster(session_factory: sessionmaker[Session]) -> RosterView:
    with session_factory() as session:
        team = session.get(TeamConfig, 1)
        absences: dict[str, list[tuple[date, date, str]]] = {}
        for a in session.scalars(select(MemberAbsence).order_by(MemberAbsence.starts_on)):
            absences.setdefault(a.user_id, []).append((a.starts_on, a.ends_on, a.source))
        members = [
            MemberView(
                m.user_id,
                m.name,
                m.subteam,
                m.in_rotation,
                m.opted_out,
                m.active,
                m.position,
                absences.get(m.user_id, []),
            )
            for m in session.scalars(
                select(RosterMember).order_by(RosterMember.active.desc(), RosterMember.position)
            )
        ]
        routing = [
            RouteSpec(r.subteam, tuple(r.keywords or ()), r.channel_id)
            for r in session.scalars(select(RoutingRule).order_by(RoutingRule.position))
        ]
        return RosterView(
            team.team if team else None,
            team.lead_id if team else None,
            team.triage_channel if team else None,
            team.rotation if team else "round_robin",
            members,
            routing,
        )


def _member_row(session: Session, user_id: str) -> RosterMember:
    row = session.get(RosterMember, user_id)
    if row is None:
        raise NotFound(f"{echoed_person(user_id)} is not on the roster.")
    return row


def set_out_of_office(
    session_factory: sessionmaker[Session],
    user_id: str,
    starts_on: date,
    ends_on: date,
) -> None:
    """Add a manual out-of-office range (both days included); kept when the file is reloaded."""
    if ends_on < starts_on:
        raise UserFacingError(f"The end ({ends_on}) is before the start ({starts_on}).")
    with write_session(session_factory) as session:
        _member_row(session, user_id)
        session.add(
            MemberAbsence(user_id=user_id, starts_on=starts_on, ends_on=ends_on, source="manual")
        )


def clear_out_of_office(session_factory: sessionmaker[Session], user_id: str) -> int:
    """Remove the manual out-of-office ranges of a member; returns how many went."""
    with write_session(session_factory) as session:
        _member_row(session, user_id)
        result = session.execute(
            delete(MemberAbsence).where(
                MemberAbsence.user_id == user_id, MemberAbsence.source == "manual"
            )
        )
        return int(result.rowcount or 0)


def set_opted_out(
    session_factory: sessionmaker[Session],
    user_id: str,
    opted_out: bool,
    *,
    now: datetime | None = None,
) -> bool:
    """Take a member out of (or back into) the rotation; returns whether anything changed."""
    with write_session(session_factory) as session:
        row = _member_row(session, user_id)
        if row.opted_out == opted_out:
            return False
        row.opted_out = opted_out
        row.updated_at = now or datetime.now(UTC)
        return True
