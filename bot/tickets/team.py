"""Who is the data team: the roster's active members and the `ADMINS` list, checked on the server.

Team actions are claim, close, reassign, waiting, "Run suggested query", opening the Close
modal, stopping someone else's scheduled report, and promotion. Every one is checked here (in
the same transaction as the change, for ticket transitions), never trusted from the button.

The rules:

- An admin (a Slack id in `ADMINS`) and an active roster member are on the team.
- With no roster loaded and no `ADMINS` (a fresh deployment) everyone may handle tickets, so a
  new team can try the bot, but NOBODY may promote a ticket's SQL into the library: promoted
  SQL runs for every requester, so it needs a known team first.
- With `ADMINS` set and no roster, the admins are the team.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.errors import Forbidden
from bot.tickets.models import RosterMember

NO_TEAM_FOR_PROMOTION = (
    "Nobody can promote a ticket's SQL into the library until the data team is known: "
    "set ADMINS (Slack user ids) or load a roster (ROSTER_FILE)."
)
NOT_ON_TEAM_TO_PROMOTE = "Only members of the data team can promote a ticket's SQL."


@dataclass(frozen=True)
class Team:
    """The configured admins; the roster is read from the database at each check."""

    admins: frozenset[str] = frozenset()

    @classmethod
    def of(cls, admins: Iterable[str] = ()) -> Team:
        return cls(frozenset(a.strip() for a in admins if a and a.strip()))

    def roster_size(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(RosterMember)) or 0)

    def _on_roster(self, session: Session, user_id: str) -> bool:
        found = session.scalar(
            select(func.count())
            .select_from(RosterMember)
            .where(RosterMember.user_id == user_id, RosterMember.active.is_(True))
        )
        return bool(found)

    def is_member(self, session: Session, user_id: str) -> bool:
        """May `user_id` handle tickets? (Everyone while there is neither roster nor admin.)"""
        if user_id and user_id in self.admins:
            return True
        if not self.admins and self.roster_size(session) == 0:
            return True
        return bool(user_id) and self._on_roster(session, user_id)

    def may_promote(self, session: Session, user_id: str) -> bool:
        """Only a known team promotes: an admin or an active roster member, never 'everyone'."""
        if user_id and user_id in self.admins:
            return True
        return bool(user_id) and self._on_roster(session, user_id)

    def require_promoter(self, session: Session, user_id: str) -> None:
        if self.may_promote(session, user_id):
            return
        if not self.admins and self.roster_size(session) == 0:
            raise Forbidden(NO_TEAM_FOR_PROMOTION)
        raise Forbidden(NOT_ON_TEAM_TO_PROMOTE)

    def startup_warning(self, session: Session) -> str | None:
        """One line for `serve` to log when nobody can promote (no roster, no admins)."""
        if self.admins or self.roster_size(session):
            return None
        return (
            "No roster and no ADMINS: anyone may handle tickets, and nobody may promote a "
            "ticket's SQL into the library until ADMINS or ROSTER_FILE is set."
        )
