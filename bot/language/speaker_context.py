"""What a Slack message says about the person asking and why, around the ask: "Support lead
here: how many orders …", "Growth intern q: …", "Merch team needs revenue per item …", "… so I
can sanity-check the pipeline", "… ? trying to size the returns queue for next week",
"Thanks, Helen (CFO office)". None of it names data, so its words are no unknown words and
its dates ("next week", "on the 9th") are no periods of the ask.

Read before any value is taken (bot.language.ask_focus.blank_pleasantries), so each blank is
the same length as what it blanks. General English and Slack habits only.
"""

from __future__ import annotations

import re

# Switches (benchmarks/ablation_matcher.py).
BLANK_ROLE_LABELS = True
BLANK_SIGN_OFFS = True
BLANK_PURPOSES = True

# Who is asking, at the very start: "Support lead here:", "Eng here -", "Marketing intern here
# 👋 can I …" (the emoji is gone by now), "Growth intern q:", "Support lead:", "Ops here,".
_ROLE_NOUNS = r"lead|intern|manager|analyst|engineer|rep|pm|q|question"
_ASKS = "can|could|would|need|i|we|what|how|which|who|pls|please"
# "first week here 👋 where can I find …": "where" opens the ask as "what" does.
WHERE_OPENS_AN_ASK = True


def _role_label(asks: str) -> re.Pattern[str]:
    ask_after = rf"(?=\s+(?:{asks})\b)"
    return re.compile(
        rf"^\W*(?:[a-z]+\s+){{0,2}}[a-z]+\s+(?:{_ROLE_NOUNS})\s*[:\-–—]+"
        rf"|^\W*(?:[a-z]+\s+){{0,2}}[a-z]+\s+here\s*(?:[:,\-–—!.]+|{ask_after})",
        re.I,
    )


_ROLE_LABELS = {True: _role_label(f"{_ASKS}|where"), False: _role_label(_ASKS)}
# "Merch team needs revenue …", "Finance wants …": a team as the subject of the ask; only the
# team's name goes (the verb is filler).
_TEAM_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?:[a-z]+\s+){0,2}team(?=\s+(?:needs?|wants?|would\s+like|asked|is\s+asking)\b)",
    re.I,
)
# What the ask is for, before it: "For the board pack I need …", "ahead of the QBR, can you …".
_FOR_BEFORE = re.compile(
    r"^\W*(?:for|ahead\s+of|before)\s+(?:the|a|an|my|our|this|tomorrow's|today's)\s+"
    r"[^,:;.!?\n]{0,40}?(?=,?\s*(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\b|,?\s*(?:can|"
    r"could)\s+(?:you|someone|i|we)\b)",
    re.I,
)
# A thanks and a name closing the message: "Thanks, Helen (CFO office)", "cheers - Sam".
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?])|^)\s*(?:thanks|thank\s+you|many\s+thanks|thx|ty|cheers|best|regards)\b"
    r"[^.!?\n]{0,50}$",
    re.I,
)
# Why the person asks, in a sentence of its own after the ask ("… ? trying to size the queue
# for next week", "… . Want to see if the promo worked") or a clause ("… so I can sanity-check
# the new pipeline").
_PURPOSE_SENTENCE = re.compile(
    r"(?<=[.?!])\s*(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:trying\s+to|want(?:ing|ed)?\s+to\s+"
    r"(?:see|check|know|understand|confirm)|to\s+see\s+(?:if|whether)|i\s+prepare|i'?m\s+preparing"
    r"|we'?re\s+preparing)\b[^.?!\n]*[.?!]*",
    re.I,
)
_PURPOSE_CLAUSE = re.compile(
    r"\bso\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s+[^.?!;\n]*"
    # "…, want to see if the outage on the 4th shows up": why, in a clause after the ask
    r"|(?<=,)\s*(?:i\s+|we\s+)?(?:want(?:ed)?\s+to\s+see|trying\s+to\s+see|to\s+see)\s+(?:if|whether)"
    r"\b[^.?!;\n]*",
    re.I,
)
# A deadline around the ask: "… before the board pack goes out on Tuesday", "… before the
# report is due tomorrow". When the answer is needed, not a period of it.
BLANK_DEADLINES = True
_DEADLINE = re.compile(
    r"\bbefore\s+(?:the|a|an|my|our|this|their|tomorrow's|today's)\s+[^,.;!?\n]{0,40}?\b"
    r"(?:goes|go|is|are|gets|get)\s+(?:out|sent|due|published|shared|presented)\b"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"tonight|today|next\s+week))?",
    re.I,
)
# "…, not just Sept": what the ask goes beyond, no period or value of it.
BLANK_NOT_JUST = True
_NOT_JUST = re.compile(r"(?<=,)\s*not\s+(?:just|only)\s+[^,.;!?\n]{1,30}", re.I)
# What the person is busy with, in a clause after the ask ("…, planning the holiday reorder",
# "…, prepping the QBR deck"): why, not what. Only verbs of preparing work, so a clause that
# restricts the answer (", excluding refunds") stays; one with its subject ("…, I'm preparing
# the slides") is a telling clause (bot.language.ask_focus).
BLANK_BUSY_CLAUSES = True
_BUSY_CLAUSE = re.compile(
    r"(?<=[,;(—–])\s*(?:planning|prepping|preparing"
    r"|putting\s+together|working\s+on|drafting|finali[sz]ing|getting\s+ready\s+for)\s+"
    r"(?:the|a|an|my|our|this|next|their)\b[^.?!;,\n]*",
    re.I,
)
# The same at the message's start, before the ask ("we're planning the 2026 range, what were
# …", "I'm doing account planning for next year, give me …", "Prepping the planning deck for
# the sports team, they asked what …"): its words and dates are the work, not the ask's.
BLANK_BUSY_LEAD_INS = True
_BUSY_LEAD_IN = re.compile(
    r"^\W*(?:(?:i'?m|i’m|i\s+am|we'?re|we’re|we\s+are)\s+(?:just\s+|currently\s+|still\s+)?)?"
    r"(?:planning|prepping|preparing|doing|putting\s+together|working\s+on|drafting"
    r"|finali[sz]ing|getting\s+ready\s+for)\s+[^.?!;,:\n]*"
    r"(?=[,;:–—]\s*(?:(?:can|could|would)\s+(?:you|someone|u|i|we)|what|which|how|who|give|show"
    r"|pull|send|get|list|need|pls|please|(?:they|he|she)\s+(?:asked|want|wants|need|needs))\b)",
    re.I,
)
# How little the answer need be ("…, nothing fancy", "…, no rush"): about the asking, no data.
BLANK_ASIDES = True
_ASIDE = re.compile(
    r"(?<=[,;(—–])\s*(?:nothing\s+fancy|no\s+rush|no\s+hurry|whenever\s+you\s+can"
    r"|when\s+you\s+(?:get|have)\s+a\s+(?:chance|sec|second|minute|moment))\b[^.?!;,\n]{0,12}",
    re.I,
)

# What the answer will go into, closing a clause ("… for the loyalty programme invite list",
# "…, for the planning doc"): why, not what. Only lowercase words before a noun of a document
# or a meeting, so a value in capitals ("for the EMEA review") or a filter ("for the spring
# campaign") stays. Off: a value in lower case ("for the enterprise plan review") would be
# blanked with it, and the query run without its filter; a rule needs the library's values.
BLANK_DESTINATIONS = False
_DESTINATION = re.compile(
    r"\bfor\s+(?:the|a|an|my|our|their|this|next|tomorrow's|today's)\s+(?:[a-z][a-z'’-]*\s+){0,3}?"
    r"(?:list|doc|docs|document|deck|slide|slides|report|presentation|meeting|call|review"
    r"|newsletter|update|sync|standup|all-hands|allhands|offsite|recap|memo|write-?up|one-pager)"
    r"(?=\s*(?:[.,;:!?)]|$))"
)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _left(text: str) -> bool:
    """Something still said: a word of three letters or more."""
    return bool(re.search(r"[A-Za-z]{3,}", text))


def blank_speaker_context(text: str) -> str:
    """`text` with who asks, why, and the closing thanks blanked (same length)."""
    if BLANK_ROLE_LABELS:
        for pattern in (_ROLE_LABELS[WHERE_OPENS_AN_ASK], _TEAM_SUBJECT, _FOR_BEFORE):
            m = pattern.match(text)
            if m and _left(text[m.end() :]):
                text = _blank(text, m.start(), m.end())
    if BLANK_SIGN_OFFS:
        m = _SIGN_OFF.search(text)
        if m and m.start() > 0 and _left(text[: m.start()]):
            text = _blank(text, m.start(), m.end())
    if BLANK_DEADLINES:
        for m in reversed(list(_DEADLINE.finditer(text))):
            if _left(text[: m.start()]):
                text = _blank(text, m.start(), m.end())
    if BLANK_NOT_JUST:
        for m in reversed(list(_NOT_JUST.finditer(text))):
            text = _blank(text, m.start(), m.end())
    if BLANK_BUSY_LEAD_INS and (m := _BUSY_LEAD_IN.match(text)):
        text = _blank(text, m.start(), m.end())
    for m in reversed(list(_DESTINATION.finditer(text)) if BLANK_DESTINATIONS else []):
        if _left(text[: m.start()]):
            text = _blank(text, m.start(), m.end())
    for on, pattern in ((BLANK_BUSY_CLAUSES, _BUSY_CLAUSE), (BLANK_ASIDES, _ASIDE)):
        for m in reversed(list(pattern.finditer(text)) if on else []):
            if _left(text[: m.start()]):
                text = _blank(text, m.start(), m.end())
    if BLANK_PURPOSES:
        for pattern in (_PURPOSE_SENTENCE, _PURPOSE_CLAUSE):
            for m in reversed(list(pattern.finditer(text))):
                if _left(text[: m.start()]):
                    text = _blank(text, m.start(), m.end())
    return text
