"""A request's words as a person reads them: markup removed, content words kept.

Used to name and group requests that became tickets (bot.tickets.demand) and to draft a
library query from a ticket (bot.library.promote): Slack mentions, emoji, URLs and emails are
dropped; numbers, dates and periods fold into the placeholders `#` and `DATE`; stop words go;
metric abbreviations and their spelled-out names fold into one word; a light stemmer.
Also the test a slash command's text passes before it is taken as a request at all
(`bare_words`): text with no readable word, or "help" however decorated, gets the help.
"""

from __future__ import annotations

import re
import unicodedata

_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_EMOJI = re.compile(
    r":[a-z0-9_+\-]+:|[\U00010000-\U0010ffff\u2600-\u27bf\ufe0f\u200d]", re.IGNORECASE
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DATE = re.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|q[1-4](?:\s+\d{4})?|[mqy]td)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:(?:last|this|previous|past|next|prior)\s+(?:\d+\s+)?(?:day|week|month|quarter|year)s?"
    r"|(?:year|month|quarter|week)\s+to\s+date)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b\d[\d,.]*k?\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z0-9_']*|#|DATE")

_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow",
}  # fmt: skip

# Metric names people write both spelled out and abbreviated: each folds into one token.
ALIASES = {
    "ltv": ("ltv", "clv", "cltv", "lifetime value", "life time value"),
    "nps": ("nps", "net promoter score", "net promoter"),
    "aov": ("aov", "average order value", "avg order value"),
    "mrr": ("mrr", "monthly recurring revenue"),
    "arr": ("arr", "annual recurring revenue"),
    "dau": ("dau", "daus", "daily active users", "daily active user", "daily actives"),
    "wau": ("wau", "waus", "weekly active users", "weekly active user"),
    "mau": ("mau", "maus", "monthly active users", "monthly active user"),
    "cac": ("cac", "customer acquisition cost", "acquisition cost"),
    "arpu": ("arpu", "average revenue per user"),
    "roas": ("roas", "return on ad spend"),
    "yoy": ("yoy", "year over year", "year on year"),
    "signup": ("signup", "signups", "sign up", "sign ups", "sign-up", "sign-ups", "signed up"),
}
_ALIAS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        # longest first; ties in a fixed order, so the pattern is the same in every process
        # (bot.cli.pattern_cache keeps it by its text)
        for p in sorted({p for ps in ALIASES.values() for p in ps}, key=lambda p: (-len(p), p))
    )
    + r")\b",
    re.IGNORECASE,
)
_ALIAS_OF = {" ".join(p.split()): token for token, ps in ALIASES.items() for p in ps}

# English function words plus the polite filler of a request ("can someone please give me").
_STOP_TEXT = """
    a about above after again all also am an and any are aren't as at be been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he
    her here hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it
    it's its itself just let's me more most my myself no nor not of off on once only or other
    ought our ours ourselves out over own same she should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through to too under until up very was wasn't we we'd we'll
    we're we've were weren't what what's whats when when's where where's which while who who's
    whom why why's will with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves
    please pls plz thanks thank thx hi hey hello someone somebody anyone anybody get got give
    show tell need needs want wanted like know let could possible quick quickly asap just
    hoping wondering curious help us via per vs also still really actually maybe kind sort
    much many lot lots number numbers look see find pull data team guys folks bot since
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_NO_STEM = frozenset({"status", "analysis", "bus", "gas", "plus", "series", "news", "sales"})


# Invisible on screen yet not format characters: the Hangul fillers are letters (category Lo),
# so a word pattern would take a run of them for a word.
_HANGUL_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
_ENTITY = re.compile("&(?:lt|gt|amp);")
_READABLE = re.compile(r"[^\W_]+")


def _visible(ch: str) -> bool:
    return ch not in _HANGUL_FILLERS and unicodedata.category(ch) != "Cf"


def without_invisible(text: str) -> str:
    """`text` without the characters that show nothing: format characters (Unicode category
    Cf: zero-width spaces and joiners, bidirectional controls, a soft hyphen, a byte-order
    mark, tag characters) and the Hangul fillers. A word with them inside reads as the word."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if _visible(ch))


def bare_words(text: str) -> list[str]:
    """The readable words of `text`, lower-case, in order: none for text made only of
    punctuation, emoji, Slack markup (mentions, `<!here>`, links without a label) and invisible
    characters; ["help"] for "**help**", "help?" or "`help`"."""
    text = _ENTITY.sub(" ", without_invisible(text))
    text = _URL.sub(" ", clean_text(text))  # a link's label is words, its address is not
    # Compatibility forms to their letters ("ｈｅｌｐ"), combining marks dropped ("h̶e̶l̶p̶").
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return [w.lower() for w in _READABLE.findall(text)]


def stem(word: str) -> str:
    """A light stemmer: plural -s/-ies, -ing, -ed; enough for request wording."""
    if len(word) <= 3 or word in _NO_STEM:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            # Doubled final consonant from inflection: "billing" -> "bill" is kept, "running" -> "run".
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    return word


def clean_text(text: str) -> str:
    """The request as a person would read it: Slack mentions, emoji and link markup removed."""
    text = _SLACK_LINK.sub(lambda m: m.group(2) or "", text)
    text = _SLACK_MENTION.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    return " ".join(text.split())


def surface_tokens(text: str, *, fold_aliases: bool = True) -> list[tuple[str, str]]:
    """(stem, surface word) pairs for the content words of `text`, in order."""
    text = clean_text(text).lower()
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    if fold_aliases:
        text = _ALIAS.sub(lambda m: f" {_ALIAS_OF[' '.join(m.group(0).split())]} ", text)
    text = _PERIOD.sub(" DATE ", text)
    text = _DATE.sub(" DATE ", text)
    text = _NUMBER.sub(" # ", text)
    out: list[tuple[str, str]] = []
    for raw in _WORD.findall(text):
        word = raw.strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        if not word or word in STOP_WORDS:
            continue
        if word in _MONTHS:
            out.append(("DATE", word))
            continue
        out.append((stem(word), word))
    return out


def normalise(text: str) -> list[str]:
    """Content-word stems of a request; numbers become '#', dates and periods 'DATE'."""
    return [s for s, _ in surface_tokens(text)]


def content_words(text: str, limit: int = 5) -> list[str]:
    """Up to `limit` distinct content words of `text` as written (lower-case), in order."""
    seen: list[str] = []
    for s, surface in surface_tokens(text, fold_aliases=False):
        if s in ("#", "DATE") or len(surface) < 3 or surface in seen:
            continue
        seen.append(surface)
        if len(seen) == limit:
            break
    return seen
