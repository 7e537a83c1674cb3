"""The roster file: read and validate the team's YAML, every problem as `file:line: reason`.

The format is a contract (`docs/team-and-schedules.md`): unknown keys and bad values are
refused at load time, all at once. The result is a frozen `Roster`; putting it in the database
is `bot.tickets.roster.seed_roster`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError, read_text_file

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


# ---------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, source: str, loader: Any) -> None:
        self.source = source
        self.loader = loader
        self.problems: list[str] = []

    def fail(self, node: Any, reason: str) -> None:
        self.problems.append(f"{self.source}:{node.start_mark.line + 1}: {reason}")

    def mapping(self, node: Any, what: str, allowed: set[str]) -> dict[str, tuple[Any, Any]]:

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

        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
            return []
        return list(node.value)

    def value(self, node: Any) -> Any:

        if not isinstance(node, yaml.ScalarNode):
            return node
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError):  # `2026-13-01` looks like a date and is none
            return node.value  # its text, which the field's check then refuses or takes

    def string(self, node: Any, what: str, pattern: re.Pattern[str] | None = None) -> str | None:

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

    try:
        # The reader refuses NUL and other control characters as it is built: one line too.
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as exc:
        line = text.count("\n", 0, getattr(exc, "position", 0)) + 1
        reason = str(exc).splitlines()[0]
        raise RosterError([f"{source}:{line}: not valid YAML: {reason}"]) from None
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
    return parse_roster(read_text_file(path, "roster file"), str(path))
