"""The matcher's weights and switches: how strongly each part of a query file speaks for it,
how the lexical scores blend, what a query's result and parameters cannot give, and when the
best query is a ticket rather than a run. Each is read through its module at match time, so
`benchmarks/ablation_matcher.py` can switch it off. The words of a request that ask for work
live in bot.matching.work_cues, those that say nothing about which query in
bot.matching.filler_words, breakdowns and other queries' subjects in bot.matching.subject_fit.
"""

from __future__ import annotations

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
# "How many customers have an account" from a listing of accounts (bot.matching.grain).
COUNT_OTHER_ROWS_PENALTY = 0.2
# "Show all majors" from a listing of students that shows each one's major, when another
# query's rows are one per major: the listing repeats each value (bot.matching.grain).
REPEATED_VALUES_PENALTY = 0.3
# "The dorm with the most amenities" from a query that counts, shows and groups by no amenity.
UNRANKED_COUNT_PENALTY = 0.3
# A result whose GROUP BY column a choice parameter picks ("by: city, state, country") can be
# per each of its choices: "which city has the most customers" asks its rows, by city.
GROUP_BY_CHOICE = True
# What "show all video game types" lists is its fourth word after the verb (types), not its
# third (game).
LONG_NOUN_PHRASES = True
# A column that abbreviates a word ("pPos", "cName") groups by what the word says.
ABBREVIATED_COLUMNS = True
# The same for rows of things the query only counts: "show the delegates and their party"
# from a count of delegates per party.
COUNTED_NOT_LISTED = True
# Never when they are the query's own rows (its outer FROM table, not grouped): a row per
# screen mode with a subquery counting each one's phones (`WHERE p.screen_mode = m.mode`)
# lists the screen modes.
OWN_ROWS_NOT_COUNTED = True
# A GROUP BY column of several words is a row per its last word: "GROUP BY AllergyType" gives
# rows of types, so "show all allergies and their types" asks rows of another grain.
HEADS_OF_GROUP_COLUMNS = True
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
# One count over every row ("how many accounts do we have") from a result whose rows are the
# things counted (a row per account): its number of rows is the answer (bot.matching.row_count).
ROWS_ARE_COUNTED_BONUS = 0.1
# Its rows are those things when its first GROUP BY column keys them ("GROUP BY vehicle_id,
# vehicle_details": a row per vehicle), whatever the other columns are.
GRAIN_FROM_FIRST_GROUP = True
# "How many vehicles in total" is such a count too ("the total number of games played" is not).
COUNTED_IN_TOTAL = True
# Nor is such a result, grouped, further from "in total" than from the count alone.
ROWS_COUNTED_NOT_GROUPS = True
# "How many stations" (a table of the library) from a query whose counts are of something
# else and that neither groups by nor shows stations.
MISCOUNT_PENALTY = 0.2
# COUNT(*) counts the rows of the outer FROM table: "how many new customers" is what a query
# counting `COUNT(*) AS signups FROM customers` counts.
COUNT_STAR_COUNTS_ROWS = True
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
# "Who earn the most in their departments" asks the best of each department as well.
BEST_IN_THEIR_GROUP = True
# A count per group ("how many songs for each format") from a query whose result has no groups.
UNGROUPED_COUNT_PENALTY = 0.3
# Its rows cannot be per that group either: the breakdown is dropped (a ticket if it is best).
UNGROUPED_COUNT_DROPS = True
# "All customers and the number of accounts each" from a listing with no count and no groups.
COUNT_PER_ROW_FROM_LIST = True
# So does "the sports and the number of students" (a count beside other columns): a count per
# row of them, which a listing that counts nothing cannot give (a ticket if it is best).
COUNT_BESIDE_IS_PER_ROW = True
# One count ("how many appointments are there", no group, rank or value named) from a query
# whose result is a row per group: the person gets a list of counts, not the total.
TOTAL_FROM_GROUPS_PENALTY = 0.1
# More for one average from averages per group: it cannot be read off them.
AVERAGE_FROM_GROUPS_PENALTY = 0.2
# The same, when the request says so outright ("in total", "altogether").
GRAND_TOTAL_PENALTY = 0.5
# "The average hours of all players" asks one figure too (an aggregate over "all" rows).
OVER_ALL_IS_TOTAL = True
# Another form of a request word the library knows ("trying out" for a tryout, "primarily").
WORD_FORMS = True
# An unknown word that joins two the library knows ("ratingDate", "starttime"): those two.
SPLIT_COMPOUNDS = True
# Structures a query's filters cannot express (bot.matching.structure): a comparison with
# other rows, conditions joined by "or", a value the request negates.
RELATIVE_PENALTY = 0.5
# A question about how a figure is defined or calculated (bot.matching.structure.asks_method).
METHOD_PENALTY = 0.6
# A request to act on a record, "refund order 44105" (bot.matching.structure.asks_action).
ACTION_PENALTY = 0.6
ALTERNATIVE_PENALTY = 0.3
# "In the same department as Clara" compares with another row, like "the same name as".
SAME_X_AS_IS_RELATIVE = True
# A filter on part of a value ("whose name contains the letter M", "starts with 'S'") from a
# query whose SQL matches whole values only (bot.matching.structure.asks_pattern).
PATTERN_PENALTY = 0.5
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
# The learned decision gate (bot.matching.gate) weighs the rules' run, near tie or ticket
# against calibrated odds learnt from the tuning sets.
LEARNED_GATE = True
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
# A count per group ("the departments and how many employees work in each") from a listing
# that neither counts nor groups: a ticket, never a list without the figure.
TICKET_ON_COUNT_FROM_LIST = True
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
# One figure over every row ("the average and largest salary of all employees") from a result
# of many rows (a row per group, per staff member, a listing): a ticket (bot.matching.grand_total).
TICKET_ON_GRAND_TOTAL = True
# Rows of a table another listing is of ("ids and names for all accounts") from a listing of
# another table that does not show it: a ticket, never rows of the wrong thing.
TICKET_ON_OTHER_GRAIN = True
# A best query none of whose title or keyword words the request says (its values and period
# chose it: "how many signups from APAC last month" for revenue by region), while another
# candidate's title or keywords say a word it leaves unused: the request is about that one's
# subject.
TICKET_ON_VALUES_ONLY = True
# Likewise when every title or keyword word the best query's words say, another candidate's say
# too, and that one's title says a word the best leaves unused ("how many units of <a product>
# do we have in stock" for sales per product, beside "Low stock products"): the value alone
# chose the best.
# How far that candidate's words alone (its lexical score) must lead the best's.
VALUES_CHOSE_WORDS_MARGIN = 0.2
TICKET_ON_VALUES_AND_SHARED_WORDS = True
# A negation of one of the library's tables or subjects ("customers without an account",
# "products never ordered") that the best query's title, keywords and examples never say: its
# rows hold both sides, so the request is a ticket.
TICKET_ON_NEGATED_SUBJECT = True
# Not for one record looked up by its id ("order 42226 was returned but no money yet, can you
# check it?"): the negation tells about the record, whose details show either side.
ONE_RECORD_HOLDS_NEGATIONS = True
# Unless its own negations are about other words ("athletes without a scholarship" says nothing
# of students who play no sport).
NEGATION_OF_OWN_WORDS = True
# A word the best query leaves unused, said as a restriction or as what is counted ("only
# annual-billing subscriptions", "users who used search", "how many signups"): a ticket
# (bot.matching.restricted).
TICKET_ON_RESTRICTED_UNUSED = True
# A question in the future tense ("what will revenue be in December?") asks for a forecast: a
# ticket (bot.matching.forecast).
TICKET_ON_FORECAST = True
# "top customers on the enterprise plan" from a query that cannot rank its rows, leaving "top"
# unused: a ticket (bot.matching.restricted).
TICKET_ON_UNRANKED_TOP = True
# Of two queries within the ambiguity margin, the one that takes every value said goes first
# when the best drops one ("nearly sold out (under 8)": the stock threshold's, not sales').
NEAR_TIE_TAKES_ALL = True
# The words said but not used are worked out for every candidate shown, not the best alone:
# the near-tie rule may run the second, whose own unused words decide a ticket.
IGNORED_FOR_EVERY_CANDIDATE = True
# A known value named in a lead-in blanked as what the ask is for ("for the skincare promo
# recap: …") is still a value of the ask (bot.matching.context_sentences).
VALUES_IN_LEAD_IN = True
# A sentence of a request that says no word of the library ("… Marketing want it for the
# retro.") is context around the ask: its words are no unknown words.
CONTEXT_SENTENCES_BLANK = True
# The words of a known value a query takes count as that query's parameter words.
W_KNOWN_VALUE = 0.7
# A known value's words do not bring a request closer to an example that names the same value.
VALUES_NOT_IN_EXAMPLES = True
# Parameter fit: values only this query can take, required values the text lacks, an id or
# email that no parameter of the query takes.
EVIDENCE_BONUS = 0.06
MISSING_PENALTY = 0.06
UNTAKEN_ID_PENALTY = 0.1
# A content word no query knows: the request is likely about something the library lacks.
UNKNOWN_PENALTY = 0.05
UNKNOWN_PENALTY_CAP = 0.15
UNKNOWN_ACRONYM_PENALTY = 0.35
UNTAKEN_QUANTITY_PENALTY = 0.05
# Only the best lexical candidates get the (costlier) parameter-fit pass.
RERANK_TOP = 8

# A value of a text column a query shows or groups by, named in a request ("how many Premium
# Yoga Mats did we sell"), is a known word of that query, bound to nothing (shown_values).
SHOWN_VALUES = True
# Credit for a shown value's words, as a share of the coverage credit (a bound value: W_KNOWN_VALUE).
W_SHOWN_VALUE = 1.0
# The words beside a number are read with their typos mended ("average humity above 50",
# "employees in departmnet 80"): they say which parameter the number is for.
TYPOS_BESIDE_NUMBERS = True
# A value of what a query's rows are per, by the column its bound choice picks ("flights from
# Los Angeles" from flights per origin city, `by: origin`), is shown in its own row: no value
# dropped (bot.matching.values, GROUPED_VALUES_SHOWN).
CHOSEN_GROUP_SHOWS_VALUES = True
# A word of a value a query took, said in another form ("how many Premium Yoga Mats" for the
# value "Premium Yoga Mat"), is part of that value, not a word the query left unused.
VALUE_WORD_FORMS_TAKEN = True
# An "or" inside a known value the request names ("size or fit refunds") joins no conditions:
# only an "or" outside every named value counts as alternatives.
OR_INSIDE_VALUE_JOINS_NOTHING = True
# A known value written without its punctuation or spacing ("st johns" for "St. John's",
# "coca cola" for "Coca-Cola") names it (bot.matching.value_spelled).
PUNCTUATION_SPELLINGS = True
# A known value of several words said by its initials ("CS" for "Computer Science", "sjsu")
# names it where no other value of its parameter has them (bot.matching.value_initials).
ACRONYM_VALUES = True
