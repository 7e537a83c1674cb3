"""A follow-up that only refers back to an earlier request ("and for last month?", "same but
by region", "what about EMEA?"). Each request is matched on its own, so such a follow-up has
nothing to refer to: the matcher leaves it unmatched (a ticket a person reads) rather than guess
the query it was about. General English only.
"""

from __future__ import annotations

import re

# Switch (benchmarks/ablation_matcher.py): off, a follow-up is matched on its few words.
FOLLOW_UPS_UNMATCHED = True
# A follow-up names little after its opener; a longer rest is a request of its own
# ("what about the top 10 customers by revenue last quarter?").
MAX_REST_WORDS = 4

# "and the same for EMEA?": the article before "same" changes nothing (off: "same" must
# open the follow-up).
THE_SAME_REFERS_BACK = True


def _opener(the: str) -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:(?:ok(?:ay)?|cool|thanks|great|nice|perfect)\W+)?(?:(?:and|also|now)\s+)?"
        r"(?:(?:what|how)\s+about"
        rf"|{the}same(?:\s+thing|\s+again|\s+query|\s+as\s+(?:before|above))?\s*(?:but|for|with|by|,|\.)"
        r"|(?:and|now)\s+(?:for|by|with|in|per)"
        r"|do\s+(?:the\s+same|that|it|this)\s+(?:again\s+)?(?:but|for|with|by|in)"
        r"|again\s+(?:but|for|with|by)"
        r"|ditto)(?=\W|$)",
        re.IGNORECASE,
    )


_OPENERS = {True: _opener(r"(?:the\s+)?"), False: _opener("")}
_WORD = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*")


def only_refers_back(text: str) -> bool:
    """`text` opens as a follow-up ("same but", "what about", "and for") and says little else."""
    if not FOLLOW_UPS_UNMATCHED:
        return False
    m = _OPENERS[THE_SAME_REFERS_BACK].match(text or "")
    if m is None:
        return False
    return len(_WORD.findall(text[m.end() :])) <= MAX_REST_WORDS
