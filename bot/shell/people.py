"""Who is who in the shell: names to Slack-like user ids and back, and the shell's clock.

Roster members keep the ids of the roster file (`alice` is whatever id the roster gives Alice);
anyone else gets a stable id made from the name (`caroline` -> `UCAROLINE`), so `/as caroline`
always acts as the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.errors import echoed

_RELATIVE = re.compile(r"^\+\s*(\d+)\s*([dhmw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# Every schedule slot on the way fires in turn (30 days take about 8 s): a move of years held the
# shell for hours, and one past what a date holds ended it with an OverflowError.
MAX_MOVE = timedelta(days=31)


@dataclass
class People:
    """Names (lower case) to user ids, and back."""

    ids: dict[str, str] = field(default_factory=dict)

    def add(self, user_id: str, name: str) -> None:
        self.ids[name.strip().lower()] = user_id

    def id_of(self, name_or_id: str) -> str:
        text = name_or_id.strip().lstrip("@")
        if re.fullmatch(r"[UW][A-Z0-9]{5,}", text):
            return text
        key = text.lower()
        if key not in self.ids:
            self.ids[key] = "U" + re.sub(r"[^A-Z0-9]", "", key.upper())[:10].ljust(6, "0")
        return self.ids[key]

    def name_of(self, user_id: str) -> str:
        for name, known in self.ids.items():
            if known == user_id:
                return name
        return user_id.lower()


class ShellClock:
    """The shell's "now": services, tickets and the scheduler all read it; `/time` moves it."""

    def __init__(self, now: datetime, timezone: str = "UTC") -> None:
        self.now = now.astimezone(UTC)
        self.zone = ZoneInfo(timezone)

    def __call__(self) -> datetime:
        return self.now

    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def local(self) -> datetime:
        return self.now.astimezone(self.zone)

    def parse(self, text: str) -> datetime:
        """`+1d`, `+2h`, `+30m`, `+1w`, or a local `YYYY-MM-DD HH:MM` / `YYYY-MM-DD` (00:00)."""
        text = text.strip()
        too_far = ValueError(
            f"{echoed(text)} is too far: the clock moves at most {MAX_MOVE.days} days"
        )
        relative = _RELATIVE.match(text)
        if relative:
            amount, unit = int(relative.group(1)), relative.group(2)
            if amount > MAX_MOVE / timedelta(**{_UNITS[unit]: 1}):
                raise too_far
            return self.now + timedelta(**{_UNITS[unit]: amount})
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"{text!r} is not a time: use +1d, +2h, +30m or 2026-12-07 09:00"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:  # 9999-12-31 23:59 in a zone east of UTC
            raise too_far from None
        if moment - self.now > MAX_MOVE:
            raise too_far
        return moment
