"""The matcher's signals and their weights: how strongly each part of a query file speaks for
it, how the lexical scores blend, and what counts against a query (requests for work,
comparisons, breakdowns it lacks, other queries' subjects, unknown words, values it cannot
take). General data-team English only; `benchmarks/ablation_matcher.py` measures each signal by
setting its weight here to zero.
"""

from __future__ import annotations

import re

from bot.language.textnorm import STOPWORDS, is_noise, stem
from bot.language.wordlists import LINKING, PRESENTATION, SHOWN_AS
from bot.matching.word_forms import RESTATING_STEMS

# Field weights: how strongly a word in each part of a query file speaks for that query.
W_TITLE = 1.0
W_KEYWORD = 1.0
W_EXAMPLE = 0.9
W_PARAM = 0.7
W_DESCRIPTION = 0.5
# A word only the SQL body has (a column, table or alias the header leaves out): weak evidence,
# counted only where the header is silent, and no longer an unknown word.
W_BODY = 0.3
# A little more for a column the result shows (its outer SELECT) than for a join key or a table.
W_SHOWN = 0.5


def body_weight(s: str, body: frozenset[str], shown: frozenset[str]) -> float:
    """How strongly a word only the SQL body has speaks for its query."""
    if s not in body or not W_BODY:
        return 0.0
    return W_SHOWN if s in shown else W_BODY


# Per result shape asked and given: "how many" and a COUNT, "each / per" and a GROUP BY,
# "the most / top" and an ORDER BY with a LIMIT (or a sort choice, or a row count).
W_RESULT_SHAPE = 0.03
# Per aggregate the request names ("the average rating", "total and maximum duration") that
# the query's result does not show: a listing cannot give an average, whatever its words.
MISSING_AGGREGATE_PENALTY = 0.2
# More when that figure is one over every row ("the total enrollment of all colleges"): a
# listing shows the rows, never their sum.
MISSING_TOTAL_PENALTY = 0.3
# Per aggregate the query shows, but of something else than the request names ("the average
# latitude" from a query that averages durations).
MISPLACED_AGGREGATE_PENALTY = 0.3
# A request for rows of one thing ("the names of wines made from red grapes") from a query
# whose rows are groups of another (one row per grape).
ROW_GRAIN_PENALTY = 0.3
# Rows of a table of the library ("which delegates …", "find the rooms …") from a query that
# neither reads nor shows that table.
FOREIGN_ROWS_PENALTY = 0.3
# Rows of (or per) a table from a listing whose rows are of another table and that does not
# show it ("the course with the most enrolments" from a list of students): bot.matching.grain.
FOREIGN_GRAIN_PENALTY = 0.3
# "The number of different majors" from a listing of another table that counts no majors.
DISTINCT_FROM_ROWS_PENALTY = 0.3
# "The dorm with the most amenities" from a query that counts, shows and groups by no amenity.
UNRANKED_COUNT_PENALTY = 0.3
# A column that abbreviates a word ("pPos", "cName") groups by what the word says.
ABBREVIATED_COLUMNS = True
# The same for rows of things the query only counts: "show the delegates and their party"
# from a count of delegates per party.
COUNTED_NOT_LISTED = True
# Rows of two things ("the names of the reviewers and the movies") from rows per one of them.
TWO_LISTS_PENALTY = 0.2
# "Which bike traveled the most (often)" from a query that counts nothing.
MOST_WITHOUT_COUNT_PENALTY = 0.15
# "How many X" from a listing whose rows (its tables) are not X: counting its rows is not it.
COUNT_GRAIN_PENALTY = 0.2
# Unless the result shows a column of that name: "how many kids stay in room X" is read off.
COUNT_READ_OFF = True
# Never for "the number of distinct bed types": a count of distinct values is no column.
DISTINCT_NOT_READ_OFF = True
# "How many stations" (a table of the library) from a query whose counts are of something
# else and that neither groups by nor shows stations.
MISCOUNT_PENALTY = 0.2
# "For each director" from a query whose rows are per something else (its first GROUP BY
# column is not the breakdown).
BREAKDOWN_KEY_PENALTY = 0.1
# A figure per X ("the total quantity for each product") from a listing whose rows are of
# another table (orders) and only show X: both penalties below.
FIGURE_PER_OTHER_ROWS = True
# More when the breakdown is a column the query shows but does not group by (the director of
# each movie): its rows look like the answer and are not.
BREAKDOWN_COLUMN_PENALTY = 0.1
# "For each delegate" from rows of another thing that only count delegates: never a row each.
COUNTED_BREAKDOWN_PENALTY = 0.3
# "The most recent movie" from a query that can neither sort by nor take the max of a date.
RECENCY_PENALTY = 0.2
# An aggregate or a count of a value's group ("the average rating of female artists") from a
# query whose rows are per that value's column (per gender).
GROUP_VALUE_BONUS = 0.1
# "The least rated movie for each reviewer" from a query whose rows are not per reviewer.
BEST_PER_GROUP_PENALTY = 0.2
# A count per group ("how many songs for each format") from a query whose result has no groups.
UNGROUPED_COUNT_PENALTY = 0.3
# Its rows cannot be per that group either: the breakdown is dropped (a ticket if it is best).
UNGROUPED_COUNT_DROPS = True
# "All customers and the number of accounts each" from a listing with no count and no groups.
COUNT_PER_ROW_FROM_LIST = True
# One count ("how many appointments are there", no group, rank or value named) from a query
# whose result is a row per group: the person gets a list of counts, not the total.
TOTAL_FROM_GROUPS_PENALTY = 0.1
# More for one average from averages per group: it cannot be read off them.
AVERAGE_FROM_GROUPS_PENALTY = 0.2
# The same, when the request says so outright ("in total", "altogether").
GRAND_TOTAL_PENALTY = 0.5
# "The average hours of all players" asks one figure too (an aggregate over "all" rows).
OVER_ALL_IS_TOTAL = True
# Words about presenting a result ("sorted", "distinct", "highest") that the library does not
# use are dropped from a request, rather than counted as something the library lacks.
DROP_PRESENTATION_WORDS = True
PRESENTATION_STEMS = frozenset(stem(w) for w in PRESENTATION)
# Likewise verbs that only tie things together ("made an appointment", "located in").
DROP_LINKING_WORDS = True
LINKING_STEMS = frozenset(stem(w) for w in LINKING)
# And words that restate the question ("the different types of", "full names", "attended").
DROP_RESTATING_WORDS = True
# Another form of a request word the library knows ("trying out" for a tryout, "primarily").
WORD_FORMS = True
# An unknown word that joins two the library knows ("ratingDate", "starttime"): those two.
SPLIT_COMPOUNDS = True


def droppable(s: str) -> bool:
    """A stem said about the result's form, a linking verb or a word that only restates the
    question: dropped if no query knows it."""
    return (
        s in PRESENTATION_STEMS
        or (DROP_LINKING_WORDS and s in LINKING_STEMS)
        or (DROP_RESTATING_WORDS and s in RESTATING_STEMS)
    )


# Words in a title that say how a result is shown ("appointment counts") are no subject.
PRESENTATION_NOT_SUBJECTS = True
SHOWN_AS_STEMS = frozenset(stem(w) for w in SHOWN_AS)
# Nor are words naming an attribute any row may have ("the id and name of …"), though a
# keyword says "account id" (an empty set counts them as subjects).
ATTRIBUTE_STEMS = frozenset(stem(w) for w in ("id", "ids", "name", "names"))
# Structures a query's filters cannot express (bot.matching.structure): a comparison with
# other rows, conditions joined by "or", a value the request negates.
RELATIVE_PENALTY = 0.5
# A question about how a figure is defined or calculated (bot.matching.structure.asks_method).
METHOD_PENALTY = 0.6
# A request to act on a record, "refund order 44105" (bot.matching.structure.asks_action).
ACTION_PENALTY = 0.6
ALTERNATIVE_PENALTY = 0.3
NEGATED_FILTER_PENALTY = 0.6
# A negation anywhere in the request that the query's own words never say.
NEGATION_PENALTY = 0.3
# Only a query's title, keywords and examples own a negation: a description's "every customer,
# zero included" says its rows show the zeros, not that it lists who has none.
NEGATION_NOT_FROM_DESCRIPTION = True
# A word of the query's title or keywords that the request refuses ("…, not revenue").
REFUSED_SUBJECT_PENALTY = 0.4
# A number the request gives and the query leaves unused counts against it ("did not give 4
# stars"), not only a number after a comparison or a rank word.
EVERY_NUMBER_COUNTS = True
# A number counts as taken by a text parameter only when a value holds it whole, and no date
# does ("top 20 customers this year": 20 is not taken by the period's "2026-01-01").
NUMBER_TAKEN_WHOLE = True

# How the lexical signals blend (see BENCHMARKS.md for the ablation behind them).
W_COVERAGE = 0.55
W_NEAREST_EXAMPLE = 0.4
W_BIGRAMS = 0.05

MATCH_THRESHOLD = 0.46
AMBIGUITY_MARGIN = 0.05
# A wider margin for a runner-up whose title and keywords say every request word the best
# one's do (the rest of the gap comes from weaker evidence).
SAME_WORDS_MARGIN = 0.1
MAX_CANDIDATES = 3

# Requests for work about data rather than for an answer from it. General data-team English:
# the same words mean the same in a library about flights or staffing. A cue that is part of
# a query's own vocabulary (a library that has a "dashboard_views" query) does not count.
_HARD_CUES_TEXT = """
    dashboard dashboards backfill backfilled rerun reprocess reingest ingest ingestion
    pipeline pipelines etl cron forecast forecasts forecasting predict predicted prediction
    projection project projected extrapolate model modelling modeling ml broken bug bugs
    buggy discrepancy discrepancies differ differs difference mismatch mismatched
    inconsistent incorrect wrong access permission permissions grant revoke credential
    credentials password login bucket s3 export exported exporting csv xlsx spreadsheet
    download alert alerts alerting notify notification notifications looker tableau metabase
    explore schema column columns field fields migrate migration deploy install configure
    automate automation subscribe unsubscribe investigate maintain maintains maintained
    maintainer owns owner query queries sql explain delete estimate estimated rename renamed
    optimise optimize
"""
HARD_CUES = frozenset(stem(w) for w in _HARD_CUES_TEXT.split())
_SOFT_CUES_TEXT = """
    why build built create add remove drop rename fix fixed change update set setup table
    tables job jobs email emails emailed mail slack right missing missed stale duplicate
    duplicates will would should next future calculate calculated meaning split define
    definition
"""
SOFT_CUES = frozenset(stem(w) for w in _SOFT_CUES_TEXT.split())
# Phrases whose words would read as a request for work but ask for an answer's shape:
# "revenue broken down by region", "break it down by team", "broken out by month".
NOT_WORK_PHRASES = re.compile(
    r"\bbr(?:oken|eak|eaks|oke|eaking)\s+(?:it\s+|that\s+|this\s+)?(?:down|out)\b", re.I
)


# Who the answer is for, in a sentence of its own after the request ("… ? asking for the
# coaches"): says why, not what, so it is no word the library lacks. ("need it for a call
# list" stays: taken away, "customers with accounts" ran without its bound on one set.)
PURPOSE_PHRASES = re.compile(
    r"(?:(?<=[?.!])\s*(?:i'?m\s+|we'?re\s+)?asking\s+for)\s+(?:the|a|an|my|our)\b[^.?!:;,\n]*",
    re.I,
)
BLANK_PURPOSE = True
# A sentence's opening verb that asks to be shown something ("Return the name …", "Show all
# …") is an instruction, even where the library knows the word ("returning guests").
_OPENING = "return|show|list|find|give|tell|display|get"
# Verbs of the same kind that questions written against a database open with ("Select the
# names of …", "Compute the number of …"): an instruction too.
_DATABASE_OPENING = "select|compute|retrieve|fetch|output|identify|provide"


def _opening(verbs: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[.?!:]))\s*(?:please\s+)?(?:{verbs})"
        r"(?=\s+(?:me\s+|us\s+)?(?:the|all|a|an|each|every|their|its|how|what|which)\b)",
        re.I,
    )


OPENING_VERBS = _opening(_OPENING)
_MORE_OPENING_VERBS = _opening(f"{_OPENING}|{_DATABASE_OPENING}")
BLANK_OPENING_VERB = True
DATABASE_OPENING_VERBS = True
# "Sort the result by name", "order the results", "list the results": the answer itself, not
# a subject, even where the library knows the word ("test results").
RESULT_OBJECT = re.compile(
    r"\b(?:sort|order|rank|arrange|list|show|return|present|group)\s+(the\s+results?)\b",
    re.I,
)
BLANK_RESULT_OBJECT = True


def blank_opening_verb(text: str) -> str:
    """`text` with OPENING_VERBS (and "sort the result") blanked out, for its words only: the
    result's shape still reads "show the delegates" as a listing."""
    if BLANK_RESULT_OBJECT:
        for m in reversed(list(RESULT_OBJECT.finditer(text))):
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    if not BLANK_OPENING_VERB:
        return text
    verbs = _MORE_OPENING_VERBS if DATABASE_OPENING_VERBS else OPENING_VERBS
    return verbs.sub(lambda m: " " * len(m.group(0)), text)


def blank_not_work(text: str) -> str:
    """`text` with NOT_WORK_PHRASES (and what the answer is for) blanked out (same length, so
    offsets still hold)."""
    if BLANK_PURPOSE:
        text = PURPOSE_PHRASES.sub(lambda m: " " * len(m.group(0)), text)
    if not BLANK_NOT_WORK_PHRASES:
        return text
    return NOT_WORK_PHRASES.sub(lambda m: " " * len(m.group(0)), text)


HARD_PHRASES = (
    "set up",
    "go out",
    "send out",
    "each morning",
    "every morning",
    "every day",
    "every week",
    "every monday",
    "each week",
    "each day",
    "doesn't match",
    "don't match",
    "do not match",
    "not match",
    "which one is right",
    "is it broken",
    "look into",
    "dig into",
    # a change to an existing report: "could the open reqs report also show the source"
    "also show",
    "also include",
    "also display",
)
# Comparisons ask for two answers side by side, not one query's result.
COMPARISON_PHRASES = (
    " vs ",
    " vs. ",
    "versus",
    "compared to",
    "compared with",
    "year over year",
    "same month last year",
)
# "by country" / "per manager" names a breakdown; a query whose vocabulary lacks it cannot give it.
BREAKDOWN_PENALTY = 0.4
COMPARISON_PENALTY = 0.3
# A word that is a title or keyword of another query, but absent from this one: the request is
# (also) about that other query's subject ("refunds by product category" is not product sales).
FOREIGN_PENALTY = 0.15
# A value (a choice or synonym) that only other queries' parameters take: "top customers in
# APAC" when the top-customers query has no region.
FOREIGN_VALUE_PENALTY = 0.15
# A name written as a name ("APAC", "Lisbon", "5000") that the best query would drop, because
# only other queries take it, it is a second value, it is negated, or no parameter takes the
# quantity: the request is a ticket, never a run without the constraint.
TICKET_ON_DROPPED_NAME = True
# Per number a parameter took whose unit word announces another numeric parameter of the
# library ("more than 3 stars" read as "at least N ratings").
UNIT_MISMATCH_PENALTY = 0.3
# A bound the best query would drop is a name too, however it is written ("at most three").
TICKET_ON_DROPPED_BOUND = True
# A number the best query took whose unit names another numeric parameter ("population above
# 50000" as a count of delegates): a ticket, like a bound left unused.
TICKET_ON_MISREAD_UNIT = True
# "ROY SWEAZY": words in capitals next to each other (or inside a known value) are a name, not
# an unknown acronym (a metric the library lacks).
CAPITAL_NAMES_NOT_ACRONYMS = True
# "The smallest enrollment per state" from rows not per state: a ticket, never the overall best.
TICKET_ON_BEST_PER_GROUP = True
# An order said ("sorted by population") that the bound sort choice does not say: the sort is
# asked for rather than run by name (bot.matching.order_said).
ASK_UNREAD_ORDER = True
# A second value for a filter that holds one ("how many are male and how many are female"):
# the request asks about two values, one query run answers one.
TICKET_ON_SECOND_VALUE = True
# A value of another query's filter (a parameter with no default) that the best query would
# drop, whatever its case: "refund reasons for apparel" from a query with no category.
TICKET_ON_DROPPED_FILTER = True
# Two or more choices of a filter on what the query's rows are grouped by ("delivered vs
# returned orders" by status): every group is a row, so the filter is left unset.
SEVERAL_GROUPS_SHOWN = True
# A breakdown the best query's rows cannot be per ("average order value by month" from a query
# per region, whose examples only say "last month"): a ticket.
TICKET_ON_DROPPED_BREAKDOWN = True
# A name written as one (capitalised, inside a sentence) that no query knows or took ("revenue
# by region for Spain"): a constraint the chosen query cannot apply.
TICKET_ON_UNKNOWN_NAME = True
# So is a word in capitals that another query knows and the best one leaves unused ("AOV for
# pro plan subscribers" from a churn list), even as the request's first word.
ACRONYMS_ARE_NAMES = True
# A negation of one of the library's tables or subjects ("customers without an account",
# "products never ordered") that the best query's title, keywords and examples never say: its
# rows hold both sides, so the request is a ticket.
TICKET_ON_NEGATED_SUBJECT = True
# The words of a known value a query takes count as that query's parameter words.
W_KNOWN_VALUE = 0.7
# A known value's words do not bring a request closer to an example that names the same value.
VALUES_NOT_IN_EXAMPLES = True
# "broken down by region" asks for a shape, not for work (NOT_WORK_PHRASES below).
BLANK_NOT_WORK_PHRASES = True
_BREAKDOWN = re.compile(
    r"(?<!\border )(?<!\bordered )(?<!\bsorted )(?<!\bsort )(?<!\branked )(?<!\brank )"
    r"\b(?:by|per|across|each)\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+)?"
    # "for each different decor": the breakdown is the noun, not its adjective
    r"(?:(?:different|distinct|unique|individual|separate|single)\s+)?([a-z][a-z0-9_]*)"
)
_NOT_BREAKDOWNS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday tomorrow tonight eod eow cob
    noon then now far way default hand chance name email slack
"""
_NOT_BREAKDOWNS = frozenset(_NOT_BREAKDOWNS_TEXT.split())
# Parameter fit: values only this query can take, required values the text lacks, an id or
# email that no parameter of the query takes.
EVIDENCE_BONUS = 0.06
MISSING_PENALTY = 0.06
UNTAKEN_ID_PENALTY = 0.1
HARD_PENALTY = 0.6
SOFT_PENALTY = 0.12
# A content word no query knows: the request is likely about something the library lacks.
UNKNOWN_PENALTY = 0.05
UNKNOWN_PENALTY_CAP = 0.15
UNKNOWN_ACRONYM_PENALTY = 0.35
UNTAKEN_QUANTITY_PENALTY = 0.05
# Only the best lexical candidates get the (costlier) parameter-fit pass.
RERANK_TOP = 8


def find_breakdowns(lowered: str) -> list[str]:
    """Stems of the breakdowns a request names ("by team", "per manager")."""
    return [
        stem(m.group(1))
        for m in _BREAKDOWN.finditer(lowered)
        # filler words count here: "by team" is a breakdown
        if m.group(1) not in STOPWORDS
        and m.group(1) not in _NOT_BREAKDOWNS
        and not m.group(1).isdigit()
    ]


def cue_penalty(
    own: dict[str, float], stems: list[str], lowered: str, columns: frozenset[str] = frozenset()
) -> float:
    """Words and phrases asking for work, or for a comparison, that the query's own words
    lack (a column of its SQL counts as its own: "mean temperature" is no "meaning")."""
    penalty = 0.0
    for s in set(stems):
        if own.get(s, 0) >= W_PARAM or s in columns:
            continue
        if s in HARD_CUES:
            penalty += HARD_PENALTY
        elif s in SOFT_CUES:
            penalty += SOFT_PENALTY
    for phrase in HARD_PHRASES:
        if phrase not in lowered:
            continue
        said = [w for w in phrase.split() if not is_noise(w)]
        # a phrase of filler words alone ("also show") is never the query's own
        if not (said and all(own.get(stem(w), 0) >= W_PARAM for w in said)):
            penalty += HARD_PENALTY
    padded = f" {lowered} "
    if any(phrase in padded for phrase in COMPARISON_PHRASES):
        penalty += COMPARISON_PENALTY
    return penalty


def fit_penalty(
    own: dict[str, float],
    subjects: set[str],
    stems: list[str],
    breakdowns: list[str],
    shown: frozenset[str] = frozenset(),
    values: set[str] | frozenset[str] = frozenset(),
    tables: frozenset[str] = frozenset(),
    all_tables: frozenset[str] = frozenset(),
) -> float:
    """Breakdowns the query cannot give and other queries' subjects it does not cover (a
    column its result shows, `shown`, is covered: "directors whose movies Sarah rated"; so
    are the words of a value it takes, `values`: "English" for its language, and of a table
    its SQL reads, `tables`: "orders" for a query that joins the orders table)."""
    penalty = sum(BREAKDOWN_PENALTY for b in breakdowns if b not in own)
    shown = shown if SHOWN_COLUMNS_COVER else frozenset()
    shown = shown | tables if TABLES_COVER else shown
    shown = shown | values if VALUE_WORDS_COVER else shown
    foreign = {s for s in set(stems) if s not in own and s not in shown and s in subjects}
    # Another query's subject that names a table this query never reads: rows it cannot reach.
    unread = sum(1 for s in foreign if s in all_tables) if FOREIGN_TABLE_PENALTY else 0
    return penalty + FOREIGN_PENALTY * min(len(foreign), 2) + FOREIGN_TABLE_PENALTY * min(unread, 1)


# Another query's subject that this query's SQL shows as a column is no foreign subject, nor
# is a word of a value it takes.
SHOWN_COLUMNS_COVER = True
VALUE_WORDS_COVER = True
# Nor is one that names a table this query's SQL reads: the query reaches those rows.
TABLES_COVER = True
# And more against it when that subject names a table of the library ("… at tryouts" asked
# of a players query that never reads the tryout table).
FOREIGN_TABLE_PENALTY = 0.15
