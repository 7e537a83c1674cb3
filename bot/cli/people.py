"""People in the terminal: roster names instead of Slack markup (`<@U0BOB00001>` → `Bob`).

The ticket queue's refusals and texts are written for Slack (mentions, channel links); the
ticket and roster commands print them through `readable`, with the roster's names when one is
loaded. Only the standard library is imported at module level (see `bot.cli.db_cmds`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.cli.common import Command, cli_settings, translating
from bot.cli.db_cmds import one_line_database_errors, session_factory
from bot.cli.terminal import plain
from bot.errors import UserFacingError

_USER_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def member_names(factory: Any) -> dict[str, str]:
    """Roster member ids → names (empty when no roster is loaded)."""
    from bot.tickets.roster import show_roster  # sqlalchemy: off the fast path

    return {m.user_id: m.name for m in show_roster(factory).members if m.name}


def person(user_id: str | None, names: Mapping[str, str], empty: str = "") -> str:
    """A user as a person reads it: `Bob (U0BOB00001)` for a member, the id otherwise."""
    if not user_id:
        return empty
    name = names.get(user_id)
    return f"{name} ({user_id})" if name else user_id


def readable(text: str, names: Mapping[str, str]) -> str:
    """Slack markup as a person reads it: a member's mention is their name, the rest `plain`."""
    return plain(_USER_MENTION.sub(lambda m: names.get(m.group(1), m.group(0)), text))


def _with_names(exc: UserFacingError) -> None:
    if "<" in exc.reason:
        exc.reason = readable(exc.reason, _names_if_available())
        exc.args = (exc.reason,)


# A refusal worded for Slack (`Already claimed by <@U0BOB00001>`) is printed with names.
readable_refusals = translating(UserFacingError, _with_names)


def team_command(command: Command) -> Command:
    """A ticket or roster command: database errors in one line, refusals with people's names."""
    return readable_refusals(one_line_database_errors(command))


def _names_if_available() -> dict[str, str]:
    # The refusal is shown whatever happens: without names when the roster cannot be read.
    try:
        return member_names(session_factory(cli_settings()))
    except Exception:
        return {}
