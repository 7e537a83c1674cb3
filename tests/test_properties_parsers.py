"""Property-based tests of the parsers a person's words go through (issue 9, hostile input).

Over arbitrary unicode, control and bidirectional characters, zero-width characters, SQL
fragments, Slack markup and 100 KB texts: the matcher, the period, number and parameter
parsers never crash (a `UserFacingError` is a refusal, allowed), and every value they find
reaches SQL as a bound parameter: rendered with `render_sql`, the value is in the bind dict and
never in the SQL text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import UserFacingError
from bot.language.numwords import find_numbers, parse_number_words, words_to_number
from bot.language.periods import find_periods, parse_period, scan_periods
from bot.library.loader import Library, QueryDef, load_library
from bot.library.render import render_sql
from bot.matching import matcher
from bot.matching.matcher import MAX_REQUEST_CHARS, match
from bot.matching.params import coerce_inputs, extract, find_entities, validate_binds
from bot.settings import STARTER_LIBRARY

TODAY = dt.date(2026, 11, 22)
LIBRARY: Library = load_library(STARTER_LIBRARY)
QUERIES: list[QueryDef] = sorted(LIBRARY.queries.values(), key=lambda q: q.name)

SQL_FRAGMENTS = [
    "'; DROP TABLE orders; --",
    "' OR '1'='1",
    "1 OR 1=1",
    "read_text('/proc/self/environ')",
    "COPY orders TO '/tmp/x.csv'",
    ":period_start",
    "{{ 7 * 7 }}",
    "{% for x in y %}",
    "\" ; ATTACH 'x' AS y",
    "/* */ UNION SELECT * FROM customers --",
    "\\'; SELECT 1",
]
SLACK_MARKUP = [
    "<!channel>",
    "<!here>",
    "<!subteam^S0123|@team>",
    "<@U0ALICE001>",
    "<#C0FINANCE1|finance>",
    "<http://evil.example|revenue by region>",
    "*bold* _it_ ~x~ `code` ```block```",
    "&lt;&gt;&amp;",
]
CONTROL = ["\x00", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "\r\n", "\t", "\x7f", "\u2028"]
PHRASES = [
    "revenue by region last month",
    "top 5 customers in Q3 2026",
    "orders by status over the last thirty days",
    "how many signups between 2026-10-01 and 2026-10-31",
    "low stock under two hundred and fifty",
    "look up order 12345",
    "customer jane@example.com",
    "mrr by plan for fiscal year 2026",
    "daily active users on ios since yesterday",
    "refunds summary week 47",
]

pieces = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(SQL_FRAGMENTS),
    st.sampled_from(SLACK_MARKUP),
    st.sampled_from(CONTROL),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(pieces, max_size=12).map(" ".join),
    st.lists(pieces, max_size=12).map("".join),
)
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@pytest.fixture(autouse=True, scope="module")
def _matcher_faults_raise() -> Iterator[None]:
    """A fault inside the matcher becomes a ticket in the product; here it must show."""
    matcher.FAULT_BECOMES_TICKET = False
    yield
    matcher.FAULT_BECOMES_TICKET = True


def _bind_names(sql: str) -> set[str]:
    return set(re.findall(r"(?<![:\w]):([A-Za-z_]\w*)", sql))


def _assert_bound(query: QueryDef, binds: dict[str, Any]) -> None:
    """Rendered for `binds`: every value sits in the bind dict, none is pasted into the SQL."""
    try:
        clean = validate_binds(query, dict(binds))
    except UserFacingError:
        return  # a value refused before any SQL is made
    sql, used = render_sql(query, clean)
    assert set(used) <= _bind_names(sql)
    for name, value in used.items():
        if value is None or isinstance(value, bool):
            continue
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if len(text) >= 3 and text not in query.sql:  # the query's own constants are not values
            assert text not in sql, (query.name, name, text)


@FAST
@given(text=hostile_text)
def test_the_matcher_never_crashes_and_its_values_are_bound(text: str) -> None:
    try:
        decision = match(text, LIBRARY, TODAY)
    except UserFacingError:
        return
    assert decision.status in ("matched", "ambiguous", "unmatched")
    assert 0.0 <= decision.confidence <= 1.0 or decision.confidence != decision.confidence
    if decision.status == "matched" and decision.query and not decision.missing:
        _assert_bound(LIBRARY.queries[decision.query], decision.params)


@settings(max_examples=3, deadline=None, derandomize=True)
@given(
    filler=st.lists(pieces, min_size=1, max_size=6).map(" ".join),
    head=st.sampled_from(PHRASES),
)
def test_a_100_kb_request_is_refused_and_its_first_8000_characters_answered(
    filler: str, head: str
) -> None:
    text = (head + " " + (filler + " ") * (100_000 // (len(filler) + 1) + 1))[:100_000]
    assert len(text) == 100_000
    with pytest.raises(UserFacingError, match="too long"):
        match(text, LIBRARY, TODAY)  # the matcher's time grows with the square of the text
    decision = match(text[:MAX_REQUEST_CHARS], LIBRARY, TODAY)
    assert decision.status in ("matched", "ambiguous", "unmatched")
    find_entities(text, TODAY)


@FAST
@given(text=hostile_text, fiscal_start=st.integers(min_value=1, max_value=12))
def test_period_parsers_never_crash_and_periods_are_ordered(text: str, fiscal_start: int) -> None:
    try:
        periods = find_periods(text, TODAY, fiscal_start)
        scanned, problems = scan_periods(text, TODAY, fiscal_start)
        single = parse_period(text, TODAY, fiscal_start)
    except UserFacingError:
        return
    for period in [*periods, *scanned, *([single] if single else [])]:
        assert period.start <= period.end
        assert 0 <= period.span[0] <= period.span[1] <= len(text)
    assert all(isinstance(p, str) for p in problems)


@FAST
@given(text=hostile_text)
def test_number_parsers_never_crash(text: str) -> None:
    for start, end, value in parse_number_words(text):
        assert 0 <= start <= end <= len(text) and isinstance(value, int | float)
    find_numbers(text)
    value = words_to_number(text)
    assert value is None or isinstance(value, int | float)


@FAST
@given(text=hostile_text, query=st.sampled_from(QUERIES))
def test_parameter_extraction_never_crashes_and_binds_every_value(
    text: str, query: QueryDef
) -> None:
    try:
        entities = find_entities(text, TODAY)
        extraction = extract(query, entities, TODAY)
    except UserFacingError:
        return
    if not extraction.missing:
        _assert_bound(query, dict(extraction.binds))


@FAST
@given(value=hostile_text, query=st.sampled_from(QUERIES))
def test_whatever_is_typed_in_a_form_is_refused_or_bound(value: str, query: QueryDef) -> None:
    """The Change-parameters form: each field holds hostile text; refused, or bound."""
    raw = {name: value for p in query.params for name in (p.name, *p.bind_names)}
    try:
        binds = coerce_inputs(query, raw, TODAY)
    except UserFacingError:
        return
    _assert_bound(query, binds)


@pytest.mark.parametrize("fragment", SQL_FRAGMENTS)
def test_a_free_text_parameter_holding_sql_is_bound_not_pasted(fragment: str) -> None:
    query = LIBRARY.queries["customer_lookup"]
    binds = coerce_inputs(query, {"customer": fragment}, TODAY)
    sql, used = render_sql(query, binds)
    assert fragment in used.values()
    assert fragment not in sql
