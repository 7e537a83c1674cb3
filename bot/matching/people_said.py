"""Words of a request that name people, who asks or who the answer is for: "Growth team
asking, …", "the CFO wants …", "Customer success needs the accounts …", "… for the CS team",
"I'm new on the growth team, …", "+1 to Priya's ask". They tell who, not what the rows are
about: a team's name ("growth", "customer success") is no subject, value or unknown word of
the ask, so they are blanked before any value or word is read. Whom the answer is for ("…
for the CS team") is no word of the ask either, but stays among the words shown as not used.

A phrase stays when its head is a word of the library ("the Lakers team" where teams are
data) or when it names a known value ("for the EMEA team" may be a filter: running without
it would answer another question). General English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language.textnorm import stem

# Switch (benchmarks/ablation_matcher.py).
WHO_ASKS_IS_CONTEXT = True

# Nouns that name people in an organisation, as the head of a phrase ("the growth team").
_HEADS = (
    r"team|teams|squad|manager|managers|boss|bosses|ceo|cfo|cto|coo|cmo|cro|vp|vps|director"
    r"|directors|execs?|executives?|leadership|board|founders?|colleagues?|co-?workers?"
    r"|stakeholders?|folks|interns?|analysts?|leads?|head|department|dept|org"
)
# A phrase headed by one: up to two words before the head ("the customer success team").
_PHRASE = rf"(?:(?:the|our|my|your|their|a)\s+)?(?:[\w&'’-]+\s+){{0,2}}?(?:{_HEADS})"
# Verbs by which people ask: "… team asking, …", "the CFO wants …".
_ASKING = (
    r"(?:is|are|was|were)\s+asking(?:\s+for)?|asking(?:\s+for)?|asked(?:\s+for)?|needs?|wants?"
    r"|would\s+like|requested|requests"
)
# Words that open a question or a clause: never part of who asks ("how many customers want …").
_NOT_ASKER_TEXT = """
    how what which who whom whose when where why whether do does did is are was were can could
    would will should shall may might show list give tell find get pull i we you they he she it
    this that these those there any all every each no some many much
"""
_NOT_ASKER = frozenset(_NOT_ASKER_TEXT.split())
_ASKERS = (
    # who asks, as the subject of an asking verb at a sentence's or clause's start
    re.compile(rf"(?:^|(?<=[.!?:;,]))\s*({_PHRASE})\s+(?:{_ASKING})\b", re.I),
    # who the speaker is: "I'm new on the growth team", "we're on the ops team"
    re.compile(
        rf"\b((?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:new\s+|still\s+new\s+)?(?:on|in|from|with)\s+"
        rf"{_PHRASE})\b",
        re.I,
    ),
    # whose ask it repeats: "+1 to Priya's ask", "following up on Sam's request"
    re.compile(r"((?:\+\s*1?\s+to\s+|per\s+)?\b[A-Za-z]+['’]s\s+(?:ask|request|question))\b", re.I),
)
# Who the answer is for: "… for the CS team", "for my manager". No word of the ask, but still
# shown as a word not used ("for the zebra team" may be a filter the library lacks).
_FOR_WHOM = re.compile(rf"\b(for\s+{_PHRASE})\b(?=\s*(?:[,.;:!?)\n]|$))", re.I)
# A department asking at the message's very start, without a people noun: "Customer success
# needs the accounts …", "Finance wants the …": one or two words, then the verb and its object.
_DEPARTMENT_OF = (
    r"^\W*((?:[a-z][\w&-]*\s+)?[a-z][\w&-]*)\s+(?:needs|wants|is\s+asking\s+for|asked\s+for)"
    r"(?=\s+(?:the|a|an|our|all|some|to\s+(?:see|know|get|have){more})\b)"
)
_DEPARTMENT_PLAIN = re.compile(_DEPARTMENT_OF.format(more=""), re.I)
# Any determiner may open what it asks for: "Finance wants every pro subscription …", "Legal
# needs each refund …" (off: only "the", "a", "our", "all", "some").
ANY_DETERMINER_AFTER_DEPARTMENT = True
_DEPARTMENT_ANY = re.compile(
    _DEPARTMENT_OF.format(more="|every|each|any|these|those|this|that|their|its|both"), re.I
)

# Whoever the library does not know asking at the very start may ask for anything, not only
# for what a determiner opens: "investor update needs daily active users for Q3" (off: a
# determiner or "to see/know" must follow, as for a department).
UNKNOWN_ASKER_ANY_OBJECT = True
_ASKER_BARE = re.compile(
    r"^\W*((?:[a-z][\w&-]*\s+)?[a-z][\w&-]*)\s+(?:needs|wants|is\s+asking\s+for|asked\s+for)"
    r"(?:\s+to\s+(?:see|know|get|have))?(?=\s+[a-z0-9])",
    re.I,
)


def people_spans(
    masked: str, knows_head: Callable[[str], bool], *, for_whom: bool = False
) -> list[tuple[int, int]]:
    """Spans of `masked` that name who asks (with `for_whom`: whom the answer is for), whose
    head word the library does not know (`knows_head` takes a stem)."""
    if not WHO_ASKS_IS_CONTEXT:
        return []
    spans = []
    for pattern in (_FOR_WHOM,) if for_whom else _ASKERS:
        for m in pattern.finditer(masked):
            said = re.findall(r"[\w'’-]+", m.group(1).lower())
            if not said or said[0] in _NOT_ASKER or knows_head(stem(said[-1])):
                continue
            # the asking verb goes with who asks
            spans.append((m.start(1), m.end()) if pattern is _ASKERS[0] else m.span(1))
    department = _DEPARTMENT_ANY if ANY_DETERMINER_AFTER_DEPARTMENT else _DEPARTMENT_PLAIN
    m = None if for_whom else department.match(masked)
    if m is None and not for_whom and UNKNOWN_ASKER_ANY_OBJECT:
        m = _ASKER_BARE.match(masked)
        if m and knows_head(stem(m.group(1).split()[-1].lower())):
            m = None
    if (
        m
        and not set(m.group(1).lower().split()) & _NOT_ASKER
        and not any(a < m.end() and m.start(1) < b for a, b in spans)
    ):
        spans.append((m.start(1), m.end()))
    return spans


def blank_people(masked: str, spans: list[tuple[int, int]], held: list[tuple[int, int]]) -> str:
    """`masked` with each people span blanked (same length), unless it overlaps a known value
    the request names (`held`)."""
    for a, b in spans:
        if any(vs < b and a < ve for vs, ve in held):
            continue
        masked = masked[:a] + " " * (b - a) + masked[b:]
    return masked
