"""A statistic the request names that the chosen query does not compute: "the median market
value of the banks" from a listing of companies, "the standard deviation of profits" from rows
of profits. Running the query hands over rows or another figure, never the statistic asked,
so the request is a ticket. The statistics are general English (median, percentiles,
quartiles, standard deviation, variance); what a query computes comes from its SQL body: a call
of the function (MEDIAN(, PERCENTILE_CONT(, STDDEV(, VARIANCE() or a column named for it
("median_price", "salary_stddev")."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.sql_words import bare_sql, identifier_words

# Off: a statistic no query computes is one more unknown word ("not used: median").
UNMET_STATISTIC_TICKET = True

# A statistic said in a request: its name, the SQL functions and column words that compute it.
_SAID = {
    "median": re.compile(r"\bmedian\b"),
    "percentile": re.compile(r"\b(?:percentiles?|\d+(?:st|nd|rd|th)\s+percentile|quartiles?)\b"),
    "stddev": re.compile(r"\b(?:standard\s+deviations?|std\.?\s*devs?|stdev)\b"),
    "variance": re.compile(r"\bvariances?\b"),
}
_CALLS = {
    "median": re.compile(r"\b(?:median|percentile_cont|percentile_disc|quantile\w*)\s*\(", re.I),
    "percentile": re.compile(
        r"\b(?:percentile_cont|percentile_disc|quantile\w*|ntile|percent_rank)\s*\(", re.I
    ),
    "stddev": re.compile(r"\b(?:stddev\w*|stdev\w*|std)\s*\(", re.I),
    "variance": re.compile(r"\b(?:variance|var_pop|var_samp)\s*\(", re.I),
}
_NAMES = {
    "median": {"median", "p50"},
    "percentile": {"percentile", "percentiles", "quartile", "quartiles", "p90", "p95", "p99"},
    "stddev": {"stddev", "stdev", "std", "deviation"},
    "variance": {"variance", "var"},
}


def asked_statistics(lowered: str) -> frozenset[str]:
    """The statistics `lowered` (a request in lower case) names."""
    return frozenset(s for s, pattern in _SAID.items() if pattern.search(lowered))


@lru_cache(maxsize=4096)
def computed_statistics(sql: str) -> frozenset[str]:
    """The statistics a query's SQL computes: called, or shown in a column named for one."""
    text, names = bare_sql(sql), set(identifier_words(sql))
    return frozenset(s for s in _SAID if _CALLS[s].search(text) or names & _NAMES[s])


def unmet(text: str, sql: str) -> bool:
    """The request names a statistic the query's SQL does not compute."""
    if not UNMET_STATISTIC_TICKET:
        return False
    asked = asked_statistics(text.lower())
    return bool(asked) and not asked <= computed_statistics(sql)
