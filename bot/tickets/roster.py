"""The team roster: load and validate the YAML file, seed it into the database, edit it.

The file format is a contract (`../shared/spec/team-and-schedules.md`): unknown keys and bad
values are refused at load time with `file:line` and the reason. Seeding is idempotent: loading
the same file twice changes nothing; a member removed from the file becomes inactive (no new
tickets, keeps the ones they own). Opt-outs and out-of-office ranges set from Slack or the CLI
live only in the database and survive reloading the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import ConfigError, NotFound, UserFacingError
from bot.tickets.models import MemberAbsence, RosterMember, RoutingRule, TeamConfig

USER_ID_RE = re.compile(r"^[UW][A-Z0-9]{2,30}$")
CHANNEL_ID_RE = re.compile(r"^[CGD][A-Z0-9]{2,30}$")
SUBTEAM_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
POLICIES = ("round_robin", "least_loaded")

TOP_KEYS = {"team", "lead", "triage_channel", "rotation", "members", "routing"}
MEMBER_KEYS = {"id", "name", "subteam", "out_of_office", "rotation"}
ABSENCE_KEYS = {"from", "to"}
ROUTE_KEYS = {"keywords", "channel", "subteam"}


class RosterError(ConfigError):
    """The roster file is wrong; `.problems` holds every `file:line: reason`."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Absence:
    starts_on: date
    ends_on: date  # inclusive


@dataclass(frozen=True)
class MemberSpec:
    id: str
    name: str
    subteam: str | None = None
    rotation: bool = True
    out_of_office: tuple[Absence, ...] = ()


@dataclass(frozen=True)
class RouteSpec:
    subteam: str
    keywords: tuple[str, ...] = ()
    channel: str | None = None


@dataclass(frozen=True)
class Roster:
    team: str
    members: tuple[MemberSpec, ...]
    lead: str | None = None
    triage_channel: str | None = None
    rotation: str = "round_robin"
    routing: tuple[RouteSpec, ...] = ()
    source: str = "<roster>"


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


# ---------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, source: str, loader: Any) -> None:
        self.source = source
        self.loader = loader
        self.problems: list[str] = []

    def fail(self, node: Any, reason: str) -> None:
        self.problems.append(f"{self.source}:{node.start_mark.line + 1}: {reason}")

    def mapping(self, node: Any, what: str, allowed: set[str]) -> dict[str, tuple[Any, Any]]:
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping")
            return {}
        out: dict[str, tuple[Any, Any]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key not in allowed:
                self.fail(
                    key_node,
                    f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})",
                )
                continue
            if key in out:
                self.fail(key_node, f"duplicate key {key!r} in {what}")
                continue
            out[key] = (key_node, value_node)
        return out

    def sequence(self, node: Any, what: str) -> list[Any]:
        import yaml

        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
            return []
        return list(node.value)

    def value(self, node: Any) -> Any:
        import yaml

        if not isinstance(node, yaml.ScalarNode):
            return node
        return self.loader.construct_object(node, deep=True)

    def string(self, node: Any, what: str, pattern: re.Pattern[str] | None = None) -> str | None:
        import yaml

        value = self.value(node)
        if not isinstance(node, yaml.ScalarNode) or not isinstance(value, str) or not value:
            self.fail(node, f"{what} must be a non-empty string")
            return None
        if pattern is not None and not pattern.match(value):
            self.fail(node, f"{what} {value!r} is not valid")
            return None
        return value

    def boolean(self, node: Any, what: str) -> bool | None:
        value = self.value(node)
        if not isinstance(value, bool):
            self.fail(node, f"{what} must be true or false")
            return None
        return value

    def day(self, node: Any, what: str) -> date | None:
        value = self.value(node)
        if isinstance(value, datetime):
            self.fail(node, f"{what} must be a date (YYYY-MM-DD), not a time")
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(node, f"{what} must be a date (YYYY-MM-DD)")
        return None


def parse_roster(text: str, source: str = "<roster>") -> Roster:
    """Validate roster YAML; raises `RosterError` listing every problem as `file:line: reason`."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            reason = getattr(exc, "problem", None) or str(exc)
            raise RosterError([f"{source}:{line}: not valid YAML: {reason}"]) from None
        if root is None:
            raise RosterError([f"{source}:1: the roster file is empty"])
        return _parse_root(_Parser(source, loader), root, source)
    finally:
        loader.dispose()


def _parse_root(p: _Parser, root: Any, source: str) -> Roster:
    top = p.mapping(root, "the roster", TOP_KEYS)
    team = "data-team"
    if "team" in top:
        team = p.string(top["team"][1], "team") or team
    lead = p.string(top["lead"][1], "lead", USER_ID_RE) if "lead" in top else None
    triage = (
        p.string(top["triage_channel"][1], "triage_channel", CHANNEL_ID_RE)
        if "triage_channel" in top
        else None
    )
    policy = "round_robin"
    if "rotation" in top:
        node = top["rotation"][1]
        value = p.value(node)
        if value not in POLICIES:
            p.fail(node, f"rotation must be one of {', '.join(POLICIES)}, not {value!r}")
        else:
            policy = value

    members: list[MemberSpec] = []
    if "members" not in top:
        p.fail(root, "the roster needs a 'members' list")
    else:
        seen: set[str] = set()
        before = len(p.problems)
        items = p.sequence(top["members"][1], "members")
        if not items and len(p.problems) == before:
            p.fail(top["members"][1], "members must list at least one member")
        for item in items:
            member = _parse_member(p, item, seen)
            if member is not None:
                members.append(member)

    routes: list[RouteSpec] = []
    if "routing" in top:
        for item in p.sequence(top["routing"][1], "routing"):
            route = _parse_route(p, item)
            if route is not None:
                routes.append(route)

    if p.problems:
        raise RosterError(sorted(p.problems, key=_line_of))
    return Roster(
        team=team,
        members=tuple(members),
        lead=lead,
        triage_channel=triage,
        rotation=policy,
        routing=tuple(routes),
        source=source,
    )


def _parse_member(p: _Parser, node: Any, seen: set[str]) -> MemberSpec | None:
    fields_ = p.mapping(node, "a member", MEMBER_KEYS)
    if not fields_ and p.problems:
        return None
    before = len(p.problems)
    if "id" not in fields_:
        p.fail(node, "a member needs an 'id' (their Slack user id)")
        return None
    user_id = p.string(fields_["id"][1], "member id", USER_ID_RE)
    if user_id is not None and user_id in seen:
        p.fail(fields_["id"][1], f"member {user_id} is listed twice")
    if user_id is not None:
        seen.add(user_id)
    name = p.string(fields_["name"][1], "name") if "name" in fields_ else user_id
    subteam = (
        p.string(fields_["subteam"][1], "subteam", SUBTEAM_RE) if "subteam" in fields_ else None
    )
    rotation = True
    if "rotation" in fields_:
        value = p.boolean(fields_["rotation"][1], "rotation (for a member)")
        rotation = True if value is None else value
    absences: list[Absence] = []
    if "out_of_office" in fields_:
        for item in p.sequence(fields_["out_of_office"][1], "out_of_office"):
            span = p.mapping(item, "an out_of_office range", ABSENCE_KEYS)
            if set(span) != ABSENCE_KEYS:
                if span or not p.problems:
                    p.fail(item, "an out_of_office range needs both 'from' and 'to'")
                continue
            start = p.day(span["from"][1], "from")
            end = p.day(span["to"][1], "to")
            if start and end:
                if end < start:
                    p.fail(span["to"][1], f"'to' ({end}) is before 'from' ({start})")
                else:
                    absences.append(Absence(start, end))
    if len(p.problems) > before or user_id is None:
        return None
    return MemberSpec(user_id, name or user_id, subteam, rotation, tuple(absences))


def _parse_route(p: _Parser, node: Any) -> RouteSpec | None:
    # A rule may name a sub-team nobody is in (yet): its tickets go to the whole team.
    fields_ = p.mapping(node, "a routing rule", ROUTE_KEYS)
    before = len(p.problems)
    if "subteam" not in fields_:
        p.fail(node, "a routing rule needs a 'subteam'")
        return None
    subteam = p.string(fields_["subteam"][1], "subteam", SUBTEAM_RE)
    keywords: list[str] = []
    if "keywords" in fields_:
        for item in p.sequence(fields_["keywords"][1], "keywords"):
            word = p.string(item, "a keyword")
            if word is not None:
                keywords.append(word.strip().lower())
    channel = (
        p.string(fields_["channel"][1], "channel", CHANNEL_ID_RE) if "channel" in fields_ else None
    )
    if not keywords and channel is None and len(p.problems) == before:
        p.fail(node, "a routing rule needs 'keywords' or a 'channel'")
    if len(p.problems) > before or subteam is None:
        return None
    return RouteSpec(subteam, tuple(keywords), channel)


def _line_of(problem: str) -> int:
    found = re.search(r":(\d+): ", problem)
    return int(found.group(1)) if found else 0


def load_roster(path: Path) -> Roster:
    """Read and validate a roster file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Cannot read roster file {path}: {exc.strerror}") from None
    return parse_roster(text, str(path))


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
        raise NotFound(f"<@{user_id}> is not on the roster.")
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
