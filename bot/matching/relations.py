"""A value named after a relation word belongs to the parameter of the one it relates to.

"employees who report to Payam" names Payam as the manager, not as the employee: a known value
of first names fits `first_name` and `manager_first_name` alike, and the words before it
choose. "report to", "work under" point at a superior (a manager, boss, supervisor, head);
"<verb>ed by X" at the agent of that verb ("managed by" a manager, "directed by" a director,
"coached by" a coach). General English only; the parameters' names say which is which.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem
from bot.library.model import ParamDef, QueryDef

# A value after a relation word goes to the parameter named for the one it relates to; after a
# superior's relation, a parameter named for no superior gives it back (running "employees who
# report to Payam" as employees named Payam would answer another question).
RELATION_WORDS_CHOOSE = True
_SUPERIOR = re.compile(
    r"\b(?:report(?:s|ed|ing)?\s+(?:directly\s+)?to|work(?:s|ed|ing)?\s+(?:for|under)"
    r"|(?:is|are|was|were)\s+under|subordinates?\s+of|(?:direct\s+)?reports\s+of)\s+$",
    re.I,
)
_SUPERIORS = frozenset(["manager", "boss", "supervisor", "head", "lead", "leader", "superior"])
_AGENT = re.compile(r"\b(\w{4,})ed\s+by\s+$", re.I)
_REACH = 40


def relation_values(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """Move each text value the words put after a relation to the parameter it names."""
    if not RELATION_WORDS_CHOOSE:
        return
    texts = [p for p in query.params if p.kind.name == "string" and not p.choices]
    said = []
    for p in texts:
        value = binds.get(p.name)
        at = ent.text.lower().find(value.lower()) if isinstance(value, str) and value else -1
        if at >= 0:
            said.append((at, at + len(value), p, value))
    last: tuple[int, frozenset[str]] | None = None  # where the last related value ended
    for at, end, p, value in sorted(said, key=lambda s: s[0]):
        roles = _roles(ent.text[max(0, at - _REACH) : at])
        if roles is None and last is not None and not ent.text[last[0] : at].strip():
            roles = last[1]  # "report to Matthew Weiss": the last name follows the first
        last = None
        if roles is None or _names_role(p, roles):
            continue
        takers = [
            q
            for q in texts
            if q.name != p.name and binds.get(q.name) in (None, value) and _names_role(q, roles)
        ]
        takers = [q for q in takers if _same_thing(p, q)] or takers
        if len(takers) == 1:
            binds[takers[0].name] = value
            binds[p.name] = p.default
            last = (end, roles)
        elif not takers and roles is _SUPERIORS:
            binds[p.name] = p.default


def _roles(before: str) -> frozenset[str] | None:
    """The role words a relation right before a value points at, or None for no relation."""
    if _SUPERIOR.search(before):
        return _SUPERIORS
    m = _AGENT.search(before)
    return frozenset([stem(m.group(1).lower())]) if m else None


def _names_role(p: ParamDef, roles: frozenset[str]) -> bool:
    """`p`'s name says one of `roles`, or an agent noun of one ("manag": manager)."""
    parts = [w for w in p.name.lower().split("_") if w]
    return any(w in roles or any(len(r) >= 4 and w.startswith(r) for r in roles) for w in parts)


def _same_thing(p: ParamDef, q: ParamDef) -> bool:
    """`q`'s name says what `p`'s says, with a role before it (first_name, manager_first_name)."""
    return q.name.lower().endswith("_" + p.name.lower())
