"""General English text handling for the matcher: cleaning, tokens, light stemming.

Only general language knowledge lives here (stop words, request filler, common business
abbreviations, a light stemmer). Domain vocabulary (what "AOV" or "pax" means) belongs in the
query library files: examples, keywords and choice synonyms.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Slack markup and decorations that carry no request meaning.
_SLACK_MARKUP = re.compile(r"<[@#!][^>]*>|<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+\-]+:")
_URL = re.compile(r"https?://\S+")
_NON_BMP = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf\ufe0f\u200d]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he'll",
        "he's",
        "her",
        "here",
        "here's",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "how's",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "let's",
        "me",
        "more",
        "most",
        "mustn't",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "shan't",
        "she",
        "she'd",
        "she'll",
        "she's",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "when's",
        "where",
        "where's",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "why's",
        "with",
        "won't",
        "would",
        "wouldn't",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "via",
        "per",
        "vs",
        "versus",
        "within",
        "across",
        "around",
        "among",
        "also",
        "just",
        "really",
        "much",
        "many",
        "lot",
        "lots",
        "every",
        "get",
        "got",
        "gets",
        "getting",
    ]
)

# Words that frame a request but say nothing about which data is wanted.
FILLER = frozenset(
    [
        "hey",
        "hi",
        "hello",
        "hiya",
        "yo",
        "folks",
        "team",
        "guys",
        "everyone",
        "anyone",
        "someone",
        "somebody",
        "all",
        "please",
        "pls",
        "plz",
        "thanks",
        "thank",
        "thx",
        "ty",
        "cheers",
        "quick",
        "quickly",
        "asap",
        "urgent",
        "urgently",
        "need",
        "needs",
        "needed",
        "want",
        "wanted",
        "wanna",
        "like",
        "would",
        "love",
        "could",
        "can",
        "able",
        "possible",
        "help",
        "know",
        "let",
        "see",
        "show",
        "shows",
        "showing",
        "give",
        "gimme",
        "giving",
        "pull",
        "pulling",
        "fetch",
        "grab",
        "send",
        "share",
        "tell",
        "telling",
        "find",
        "look",
        "looking",
        "run",
        "check",
        "provide",
        "list",
        "lists",
        "listing",
        "report",
        "reports",
        "data",
        "number",
        "numbers",
        "figure",
        "figures",
        "info",
        "information",
        "stats",
        "statistic",
        "statistics",
        "details",
        "detail",
        "breakdown",
        "overview",
        "summary",
        "view",
        "table",
        "chart",
        "graph",
        "current",
        "currently",
        "latest",
        "recent",
        "recently",
        "today's",
        "now",
        "real",
        "actual",
        "total",
        "totals",
        "overall",
        "whole",
        "entire",
        "some",
        "bit",
        "kind",
        "sort",
        "maybe",
        "perhaps",
        "probably",
        "thing",
        "things",
        "something",
        "stuff",
        "way",
        "board",
        "deck",
        "meeting",
        "meetings",
        "presentation",
        "slides",
        "slide",
        "exec",
        "execs",
        "leadership",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "boss",
        "manager",
        "managers",
        "review",
        "weekly's",
        "today",
        "tomorrow",
        "yeah",
        "ok",
        "okay",
        "sure",
        "hmm",
        "um",
        "uh",
        "btw",
        "fyi",
        "afaik",
        "tbh",
        "imo",
        "question",
        "questions",
        "wondering",
        "wonder",
        "curious",
        "ask",
        "asking",
        "trying",
        "try",
        "tried",
        "go",
        "going",
        "able",
        "also",
        "again",
        "still",
        "even",
        "already",
        "ever",
        "what's",
        "whats",
        "how's",
        "hows",
        "us",
        "our",
        "we",
        "i",
        "me",
        "my",
        "you",
        "your",
        "one",
        "ones",
        "qbr",
        "okr",
        "okrs",
        "allhands",
        "standup",
        "sync",
        "offsite",
        "ops",
        "cs",
        "pm",
        "eng",
        "hr",
        "bot",
        "names",
        "name",
        "comparing",
        "compare",
        "level",
        "use",
        "using",
    ]
) - {"all"}

ABBREVIATIONS = {
    "rev": "revenue",
    "revs": "revenue",
    "avg": "average",
    "qty": "quantity",
    "amt": "amount",
    "cust": "customer",
    "custs": "customers",
    "prod": "product",
    "prods": "products",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "mos": "months",
    "mth": "month",
    "wk": "week",
    "wks": "weeks",
    "pct": "percent",
    "perc": "percent",
    "num": "number",
    "nbr": "number",
    "stat": "statistics",
    "txn": "transaction",
    "txns": "transactions",
    "acct": "account",
    "accts": "accounts",
    "dept": "department",
    "mgmt": "management",
    "w/": "with",
    "w/o": "without",
    "ppl": "people",
    "usr": "user",
    "usrs": "users",
    "sub": "subscription",
    "subs": "subscriptions",
    "cnt": "count",
    "yoy": "year over year",
    "mom": "month over month",
    "wow": "week over week",
    "e-mail": "email",
}

# Irregular forms that a suffix stemmer cannot reach.
IRREGULAR = {
    "sold": "sell",
    "sells": "sell",
    "selling": "sell",
    "bought": "buy",
    "buys": "buy",
    "made": "make",
    "makes": "make",
    "making": "make",
    "spent": "spend",
    "spending": "spend",
    "brought": "bring",
    "bringing": "bring",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "went": "go",
    "left": "leave",
    "lost": "lose",
    "won": "win",
}


def clean(text: str) -> str:
    """Remove Slack markup (mentions, channel links), emoji and URLs; keep link labels."""
    text = _SLACK_MARKUP.sub(lambda m: f" {m.group(1) or ''} ", text)
    text = _URL.sub(" ", text)
    text = _EMOJI_CODE.sub(" ", text)
    text = _NON_BMP.sub(" ", text)
    return text


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, deterministic suffix stemmer: plurals, -ing, -ed, a final -e."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif (
        len(w) > 4
        and w.endswith("sses")
        or len(w) > 4
        and w.endswith("es")
        and w[-3] in "sxz"
        and not w.endswith("ses")
        or len(w) > 4
        and (w.endswith("ches") or w.endswith("shes"))
    ):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "sz":
            w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> list[tuple[str, int, int]]:
    """Lower-case word tokens with their character spans; hyphenated words are joined."""
    lowered = text.lower()
    # "sign-ups" -> "signups", "re-run" -> "rerun": hyphens inside words join them.
    out = []
    for m in re.finditer(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", lowered):
        raw = m.group(0)
        if "'" in raw or "’" in raw:
            raw = re.sub(
                r"['’](s|t|re|ve|ll|d|m)$",
                lambda x: "" if x.group(1) == "s" else "'" + x.group(1),
                raw.replace("’", "'"),
            )
        out.append((raw.replace("-", ""), m.start(), m.end()))
    return out


def expand(word: str) -> list[str]:
    """Expand a common abbreviation into its words (rev -> revenue)."""
    full = ABBREVIATIONS.get(word)
    return full.split() if full else [word]


def is_noise(word: str) -> bool:
    return word in STOPWORDS or word in FILLER


def content_stems(text: str) -> list[str]:
    """Stems of the content words of `text` (no stop words, filler or bare numbers)."""
    out = []
    for w, _s, _e in words(text):
        for part in expand(w):
            if part.isdigit() or is_noise(part):
                continue
            out.append(stem(part))
    return out
