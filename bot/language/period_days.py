"""Atoms of one day said relative to today: "today", "yesterday" ("yday"), "so far today",
"this weekend", "last Monday"; with what only looks like one ("had a good weekend", "Monday's
standup").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.language import period_atoms
from bot.language.dates import WEEKDAY_NUMBERS, monday_of, prev_word
from bot.language.period_atoms import Atom, fixed_atom


def atom_today(m: re.Match[str], today: date) -> Atom | None:
    word = m.group(0).lower()
    if word in ("yday", "ystd", "yest") and not SHORT_YESTERDAY:
        return None
    if "far" in word and not period_atoms.SO_FAR_TODAY:
        return None
    if word.endswith(("today", "far")):
        return fixed_atom(m, (today, today))
    back = 2 if "before" in word else 1
    d = today - timedelta(days=back)
    return fixed_atom(m, (d, d))


# "signups yday": yesterday written short, as chat writes it ("ystd", "yest").
SHORT_YESTERDAY = True
PLEASANTRIES_ARE_NO_PERIODS = True
_PLEASANTRY = ("a", "good", "nice", "great", "lovely", "long", "relaxing", "restful")


def atom_weekend(m: re.Match[str], today: date) -> Atom | None:
    which = (m.group("which") or "").lower()
    if PLEASANTRIES_ARE_NO_PERIODS and not which and prev_word(m.string, m.start()) in _PLEASANTRY:
        return None  # "had a good weekend": no weekend in particular
    saturday = monday_of(today) + timedelta(days=5)
    if which in ("last", "past", "previous", "prior") or saturday > today:
        saturday -= timedelta(days=7)
    return fixed_atom(m, (saturday, min(saturday + timedelta(days=1), today)))


# "Monday's standup", "Thursday's board meeting": a meeting on that day, not a period.
WEEKDAY_EVENTS_ARE_NO_PERIODS = True
_DAY_EVENT = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:meeting|standup|stand-up|call|sync|review|demo|retro|session|"
    r"presentation|offsite|all-hands|catch-up|check-in|deadline|update)s?\b",
    re.I,
)


def atom_weekday(m: re.Match[str], today: date) -> Atom | None:
    which = (m.group("which") or "").lower()
    if not which and prev_word(m.string, m.start()) in ("every", "each", "next"):
        return None  # a schedule ("every Monday") or the future, not a period
    if WEEKDAY_EVENTS_ARE_NO_PERIODS and _DAY_EVENT.match(m.string, m.end()):
        return None  # "for Monday's standup": when the answer is needed, not what it covers
    wd = WEEKDAY_NUMBERS[m.group("wd").lower()]
    if which == "this":
        d = monday_of(today) + timedelta(days=wd)
    else:
        d = today - timedelta(days=(today.weekday() - wd) % 7)
        if which and d == today:  # "last Monday" on a Monday: a week ago
            d -= timedelta(days=7)
    return fixed_atom(m, (d, d))
