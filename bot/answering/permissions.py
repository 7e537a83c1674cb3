"""Who may run a library query, and where (`allowed_channels`, `allowed_users`, `allowed_groups`).

Each list is optional; an empty list does not restrict. Channels and users may be written as
Slack ids (`C0FINANCE1`, `U0ALICE001`) or names (`#finance`, `@alice`); groups as user group ids
(`S0FINANCE1`) or handles (`@finance-team`), resolved by the context's `member_of`. An entry
shaped like a Slack id matches that id only, never a name someone gave a channel or themselves. When users
and groups are both given, being in either is enough. The CLI (the operator) is not restricted.

A query the person may not run is left out of their help; asked for by name or matched from
their words, it is refused in one line that says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answering.context import RequestContext
from bot.library.loader import QueryDef

# What a Slack id looks like (channels C/G/D…, users U/W…): such an entry names one channel or
# person and is never compared with a name, which anyone may choose (a channel named
# `c0finance1` must not pass for the channel whose id is C0FINANCE1).
_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{6,}")
_USER_ID = re.compile(r"[UW][A-Z0-9]{6,}")


def _same(entry: str, ident: str, name: str, sigil: str, id_shape: re.Pattern[str]) -> bool:
    entry = entry.strip()
    if entry == ident:
        return True
    if not entry.startswith(sigil) and id_shape.fullmatch(entry):
        return False
    return bool(name) and entry.removeprefix(sigil).lower() == name.removeprefix(sigil).lower()


def _listed(entries: Iterable[str]) -> str:
    return ", ".join(entries)


def refusal(query: QueryDef, context: RequestContext) -> str | None:
    """Why `context`'s person may not run `query` here, in one line; None when they may."""
    if context.is_operator:
        return None
    channels = query.allowed_channels
    if channels and not any(
        _same(c, context.where, context.channel_name, "#", _CHANNEL_ID) for c in channels
    ):
        return f"{query.title} can only be run in {_listed(channels)}."
    users, groups = query.allowed_users, query.allowed_groups
    if not users and not groups:
        return None
    if context.source == "schedule" and not context.user:
        return None  # a schedule from the operator's file, posted where the channels allow
    if any(_same(u, context.user, context.user_name, "@", _USER_ID) for u in users):
        return None
    member_of = context.member_of
    if member_of is not None and any(member_of(g) for g in groups):
        return None
    who = _listed([*users, *groups])
    owner = f"; ask {query.owner} for access" if query.owner else ""
    return f"{query.title} is limited to {who}{owner}."


def visible(queries: Iterable[QueryDef], context: RequestContext) -> list[QueryDef]:
    """The queries `context`'s person may run here (what their help lists)."""
    return [q for q in queries if refusal(q, context) is None]
