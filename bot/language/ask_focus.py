"""The part of a Slack message that asks, told from the parts that only tell: "Can we get DAU
for the past fortnight? Marketing want it for the retro." asks in its first sentence; the second
says who wants it and why. "Emma Khan (emma@x.io) says she was double-charged. Can you check
her account?" tells first and asks second. "AOV YTD pls, I'm analysing the pricing change":
a clause of its own says what the person is doing.

Only the words of the telling parts are blanked (same length, so offsets hold): the values
found in them (an email, an order number, a period) were taken out before and still count.
General English and Slack habits only: sentence marks, question words, request openers,
pronouns and verbs of a statement.
"""

from __future__ import annotations

import re

from bot.language.speaker_context import blank_speaker_context
from bot.language.value_idioms import blank_value_idioms
from bot.language.wordlists import FILLER, STOPWORDS

# Switches (benchmarks/ablation_matcher.py).
BLANK_TELLING_SENTENCES = True
BLANK_TELLING_CLAUSES = True
BLANK_GREETINGS = True
BLANK_DEFAULTS_SAID = True

# A sentence ends at ., ?, ! (not inside "1.5" or "e.g.") or at a line break; an abbreviation's
# full stop ends none ("order no. 334455", "incl. returns").
_SENTENCE_END = re.compile(
    r"(?<!\b[a-z])(?<!\bno)(?<!\bnr)(?<!\bref)(?<!\bincl)(?<!\bapprox)(?<!\bvs)(?<!\betc)"
    r"[.?!…]+(?=\s|$)|\n+",
    re.I,
)
_ANY_SENTENCE_END = re.compile(r"(?<!\b[a-z])[.?!…]+(?=\s|$)|\n+", re.I)
ABBREVIATION_STOPS_END_NOTHING = True
# A sentence that asks: a question, a request opener, "please".
_ASKING_OPENER = re.compile(
    r"^\W*(?:(?:hi|hey|hello|morning|ok|so|and|also|but|quick\s+one|quick\s+q)\W+)*"
    r"(?:can|could|would|will|pls|please|plz|need|(?:i|we)\s+(?:need|want|would\s+like)|what|what's|whats|how|how's|who|whom|which|"
    r"where|where's|when|show|give|pull|send|share|get|list|grab|run|find|tell|any|is|are|do|"
    r"does|did)\b",
    re.I,
)
# "Need it before Friday's sync.": opens as an ask, says only when or why of the answer.
_FOR_IT = re.compile(r"\W*(?:need|needed|want|wanted)\s+(?:it|this|that|them)\b", re.I)
_PLEASE = re.compile(r"\b(?:please|pls|plz)\b|\?\s*$", re.I)
# A statement: a pronoun or a named subject with a verb that says what happened, what someone
# wants or thinks ("Marketing want it", "customer says it never arrived", "the promo's been
# running", "I'm analysing").
_STATEMENT = re.compile(
    r"\b(?:i|i'm|i’m|im|we|we're|we’re|they|they're|they’re|he|he's|she|she's|it|it's|it’s|"
    r"that's|there's|[a-z]+'s|[a-z]+’s)\s+(?:\w+\s+)?"
    r"(?:am|is|are|was|were|been|has|have|had|want|wants|wanted|say|says|said|think|thinks|"
    r"thought|need|needs|asked|asking|looked|looks|seems|seemed|went|goes|got|just|also|"
    r"[a-z]{3,}ed|[a-z]{3,}ing)\b"
    # "Marketing want it", "the SEO agency is asking" (not "their sex is F": that one tells a value)
    r"|^\W*[a-z]+(?:\s+[a-z]+){0,2}\s+(?:want|wants|wanted|say|says|said|think|thinks|thought|"
    r"asked|looked|looks|seems|seemed|went|need|needs|hope|hopes|(?:is|are|was|were)\s+\w+ing)\b"
    # "Asking because finance flagged it", "hope you all had a good weekend"
    r"|^\W*(?:asking|hope|hoping|because|since|fyi|fwiw|context|background|heads\s+up)\b"
    # "need it before Friday": what the answer is for, after the ask
    r"|^\W*(?:need|needed|want|wanted)\s+(?:it|this|that|them)\b"
    # "the DAU number in the dashboard looked low": what was seen
    r"|\b(?:looked|looks|seemed|seems)\s+(?:a\s+bit\s+|really\s+|very\s+|too\s+|quite\s+)?"
    r"(?:low|high|off|weird|odd|wrong|strange|soft|down|up|flat|broken)\b",
    re.I,
)
# "… is fine", "… is plenty": what comes before is a choice said, not context.
_IS_FINE = re.compile(
    r"\s(?:is|are|'s|would\s+be|will\s+do|works?)\s+(?:\w+\s+)?(?:fine|ok|okay|plenty|enough|"
    r"good|great|perfect|sufficient)\b\W*$",
    re.I,
)
# A clause after a comma that says what the person is doing or why ("…, I'm analysing the
# pricing change", "…, we're reviewing the autumn promo", "…, it's for the QBR").
_TELLING_CLAUSE = re.compile(
    r"(?<=[,;–—(-])\s*(?:(?:i'm|i’m|i\s+am|we're|we’re|we\s+are|they're|they’re|they\s+are|"
    r"he's|he’s|he\s+is|she's|she’s|she\s+is)\s+\w+"
    r"|(?:it's|it’s|it\s+is|that's|that’s)\s+(?:\w+ing|for|about)\b"
    # "…, want to see if the summer dip was real": why, not what
    r"|(?:i\s+|we\s+)?(?:want|wanted|wanna|trying|need)\s+to\s+(?:see|check|know|understand|"
    r"compare|figure|confirm|make\s+sure|sanity)\b)[^.?!;\n]*",
    re.I,
)
# A clause that reports what someone says, before the ask in the same sentence ("customer says
# order 334455 arrived broken, can I see what was in it?"): the report, not the ask.
BLANK_REPORTED_CLAUSES = True
_REPORTED_CLAUSE = re.compile(
    r"^\W*(?:(?:the|a|an|our|my|this|one)\s+)?[a-z]+\s+(?:says|said|claims|claimed|reports|"
    r"reported|tells\s+me|told\s+me|thinks|swears)\b[^,;:?!\n]*"
    # only before a request ("…, can I see …"): "…, which one is right?" asks about the report
    r"(?=[,;:]\s*(?:can|could|would|pls|please)\b)",
    re.I,
)
# A remark in parentheses that says what someone wants or thinks ("(finance want the total)"),
# not a value told ("(sex is F)", "(iOS only)").
_REMARK = re.compile(
    r"\W*(?:i|we|they|he|she|[a-z]+(?:\s+[a-z]+){0,2})\s+(?:want|wants|wanted|need|needs|say|says|"
    r"said|think|thinks|asked|asking|is\s+asking|are\s+asking)\b",
    re.I,
)
_PARENTHESIS = re.compile(r"\(([^()\n]{3,80})\)")
# A greeting, a thanks or an apology at the start, in a clause of its own ("morning all!",
# "hi team,", "yep that's the one, thanks.", "Sorry to bug you again,").
_GREETING = re.compile(
    r"^\W*(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hey|hello|hiya|yo|yep|yes|ok|okay|"
    r"one\s+more(?:\s+(?:thing|q|question))?|thanks|thank\s+you|thx|ty|cheers|sorry(?:\s+to\s+(?:bug|bother|chase)\s+you(?:\s+again)?)?"
    r"(?:[,!.]?\s+(?:wrong\s+\w+|typo)(?:\s+(?:earlier|before|above))?)?|"
    r"quick\s+(?:one|q|question)|following\s+up(?:\s+on\s+[^,:;.!?]*)?|re)\b"
    r"[^,:;.!?\n–—]{0,40}?(?:[,:;.!?\n–—]|\s-\s)"
    # "for the 10am call with the VPs:", "ahead of the board meeting:" - what it is for
    r"|"
    + (
        _LEAD_IN_TEXT := r"^\W*(?:for|ahead\s+of|before)\s+(?:the|a|an|my|our|this|tomorrow's"
        r"|today's)\s+[^,:;.!?\n]{0,40}:"
    ),
    re.I,
)
_LEAD_IN = re.compile(_LEAD_IN_TEXT, re.I)


def lead_in(text: str) -> tuple[int, int] | None:
    """Where "for the skincare promo recap:" (what the ask is for, blanked) stands in `text`:
    a value it names may still be one the ask means (bot.matching.index)."""
    m = _LEAD_IN.match(text)
    return (m.start(), m.end()) if m else None


# A salutation names whom it greets in a word or three ("hi team,", "hey data folks -"): a
# longer clause after "hey" is the ask itself ("hey @bot refunds paid out in 2025, by reason").
SHORT_SALUTATIONS = True
_SALUTATION = re.compile(
    r"^\W*(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hey|hello|hiya|yo)\b(?P<tail>.*)$",
    re.I | re.S,
)
_ADDRESSEE_WORDS = 3


def _ask_after_salutation(greeting: str) -> bool:
    """`greeting` (a match of _GREETING) is a salutation followed by more words than name whom
    it greets."""
    m = _SALUTATION.match(greeting) if SHORT_SALUTATIONS else None
    return bool(m) and len(re.findall(r"\w+", m.group("tail"))) > _ADDRESSEE_WORDS


# Politeness that says nothing of the ask, wherever it stands ("not urgent, but when you get a
# chance could you …", "thanks in advance!").
_POLITE = re.compile(
    r"\b(?:not\s+urgent|no\s+rush|low\s+priority|"
    r"when(?:ever)?\s+you\s+(?:get|have)\s+a\s+(?:chance|sec|second|minute|moment)|"
    r"if\s+you\s+(?:have|get)\s+a\s+(?:chance|sec|second|minute|moment)|"
    r"(?:thanks|thank\s+you|many\s+thanks)\s+in\s+advance|much\s+appreciated|"
    r"(?:i\s+)?appreciate\s+it|thanks\s+so\s+much|thank\s+you\s+so\s+much)\b",
    re.I,
)


# A clause that accepts the defaults ("whatever range you normally use is fine", "default
# window pls", "the standard 30 days") or says how far along ("so far", "these days"): no
# subject of its own.
# "AOV for the usual period": the default, said inside the clause that asks.
_DEFAULT_PERIOD_SAID_TEXT = (
    r"\b(?:for\s+|over\s+{})?(?:the|your|our)\s+(?:usual|default|standard|normal)\s+(?:period|range|"
    r"window|timeframe|time\s+frame|dates|interval{})\b"
)
# "use the normal cutoff", "with the default threshold": a bound's default, said the same way.
DEFAULT_BOUND_SAID = True
_DEFAULT_PERIOD_SAID = {
    on: re.compile(
        _DEFAULT_PERIOD_SAID_TEXT.format(
            r"|use\s+|with\s+" if on else "", r"|cutoff|cut-off|threshold|limit" if on else ""
        ),
        re.I,
    )
    for on in (True, False)
}
_DEFAULTS_SAID = re.compile(
    r"(?:^|(?<=[,;:.!?(]))[^,;:.!?()\n]*\b(?:whatever|default|usual|usually|normally|standard)\b"
    r"[^,;:.!?()\n]*|\bso\s+far\b|\bthese\s+days\b|\bnowadays\b",
    re.I,
)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    ends = _SENTENCE_END if ABBREVIATION_STOPS_END_NOTHING else _ANY_SENTENCE_END
    for m in ends.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if re.search(r"[A-Za-z]", text[s:e])]


def _content(text: str) -> int:
    return sum(
        1
        for w in re.findall(r"[a-z]+(?:['’][a-z]+)?", text.lower())
        if w not in STOPWORDS and w not in FILLER
    )


def _said_something(text: str) -> bool:
    """A content word, or a value taken out of the text ("look up <email>?")."""
    return _content(text) >= 1 or "   " in text.strip()


def _asks(sentence: str) -> bool:
    if _FOR_IT.match(sentence):
        return False
    return bool(_ASKING_OPENER.search(sentence) or _PLEASE.search(sentence.rstrip()))


def blank_pleasantries(text: str) -> str:
    """`text` with its opening greetings and its politeness blanked (same length): read before
    any value is taken, so "thx for yesterday! one more: AOV this year?" says one period."""
    if not BLANK_GREETINGS:
        return text
    for m in reversed(list(_POLITE.finditer(text))):
        text = _blank(text, m.start(), m.end())
    while (
        (m := _GREETING.match(text))
        and _said_something(text[m.end() :])
        and not _ask_after_salutation(m.group(0))
    ):
        text = _blank(text, m.start(), m.end())
    return blank_value_idioms(blank_speaker_context(text))


def blank_context(text: str) -> str:
    """`text` with the words of its telling sentences and clauses blanked (same length)."""
    text = blank_pleasantries(text)
    if BLANK_DEFAULTS_SAID:
        for m in reversed(list(_DEFAULT_PERIOD_SAID[DEFAULT_BOUND_SAID].finditer(text))):
            if _said_something(text[: m.start()] + text[m.end() :]):
                text = _blank(text, m.start(), m.end())
        for m in reversed(list(_DEFAULTS_SAID.finditer(text))):
            if _said_something(text[: m.start()] + text[m.end() :]):
                text = _blank(text, m.start(), m.end())
    if BLANK_TELLING_CLAUSES:
        for m in reversed(list(_TELLING_CLAUSE.finditer(text))):
            if _said_something(text[: m.start()]):
                text = _blank(text, m.start(), m.end())
        for m in reversed(list(_PARENTHESIS.finditer(text))):
            inner = m.group(1)
            if (
                _REMARK.match(inner)
                and not _asks(inner)
                and _said_something(text[: m.start()] + text[m.end() :])
            ):
                text = _blank(text, m.start(), m.end())
    if BLANK_REPORTED_CLAUSES:
        for s, e in _sentences(text):
            if m := _REPORTED_CLAUSE.match(text, s, e):
                text = _blank(text, m.start(), m.end())
    if not BLANK_TELLING_SENTENCES:
        return text
    spans = _sentences(text)
    if len(spans) < 2:
        return text
    asking = [_asks(text[s:e]) and _said_something(text[s:e]) for s, e in spans]
    if not any(asking):
        return text
    for (s, e), asks in zip(spans, asking, strict=True):
        if asks or _PLEASE.search(text[s:e]):
            continue
        if (fine := _IS_FINE.search(text[s:e])) and _content(text[s : s + fine.start()]) >= 1:
            # "wk by wk is fine", "a top 5 is plenty": what is fine is said as a choice
            text = _blank(text, s + fine.start(), e)
        elif _STATEMENT.search(text[s:e]):
            text = _blank(text, s, e)
    return text
