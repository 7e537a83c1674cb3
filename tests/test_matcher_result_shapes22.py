"""Result shapes (issue 10, m-count22): a count per X from rows of X that show a count beside
each row (bot.matching.per_row_counts), one record's detail query a little behind a directory
filtered to that record (bot.matching.detail_rival), "top 2 X by number of Y" of rows showing
a count of Y (bot.matching.ranked_measure_shown), and "top 3 farms" / "busiest 3 airports" as a
row count (bot.library.types.rank_said). Each test runs on a small
library written here, with its switch on and off, and a case where the rule must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.library.types import rank_said
from bot.matching import detail_rival, per_row_counts, ranked_measure_shown
from bot.matching.matcher import clear_index_cache, match
from bot.matching.per_row_counts import counted_per_row
from bot.matching.ranked_measure_shown import measures_shown

TODAY = date(2026, 11, 22)

PARTIES = (
    "title: Parties\nkeywords: [party, parties, party name, members per party, member count,"
    " events per party]\n"
    "examples: [list the parties with their member counts, how many events has each party held]\n"
    "params:\n  party: {type: string, optional: true, label: party name}",
    "SELECT p.party_name AS party,\n"
    "  (SELECT COUNT(*) FROM member AS m WHERE m.party_id = p.party_id) AS members,\n"
    "  (SELECT COUNT(*) FROM party_events AS e WHERE e.party_id = p.party_id) AS events\n"
    "FROM party AS p WHERE 1 = 1 {% if party %}AND p.party_name = :party{% endif %}",
)
LOAD = (
    "title: Event load by party members\nkeywords: [share, ratio, engagement, cross-party]\n"
    "examples: [share of each party's members who run events]",
    "SELECT p.party_name AS party, COUNT(DISTINCT m.member_id) AS members,\n"
    "  COUNT(DISTINCT e.member_in_charge_id) AS members_running_events\n"
    "FROM party AS p LEFT JOIN member AS m ON m.party_id = p.party_id\n"
    "LEFT JOIN party_events AS e ON e.member_in_charge_id = m.member_id GROUP BY p.party_name",
)
ROSTER = (
    "title: Member roster\nkeywords: [member, members, roster]\n"
    "examples: [list the members, members of the labour party]\n"
    "params:\n  party: {type: string, optional: true, label: party name}",
    "SELECT m.member_name, p.party_name FROM member AS m JOIN party AS p USING (party_id)\n"
    "{% if party %}WHERE p.party_name = :party{% endif %}",
)


@pytest.fixture
def parties(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = _library(
        tmp_path / "lib", {"party_summary": PARTIES, "event_load": LOAD, "roster": ROSTER}
    )
    clear_index_cache()
    yield lib
    clear_index_cache()


@pytest.mark.parametrize(
    "text", ["how many members are in each party", "the number of events for each party"]
)
def test_count_per_x_from_rows_of_x_with_a_count_beside(parties, monkeypatch, text) -> None:  # type: ignore[no-untyped-def]
    d = match(text, parties, TODAY)
    assert d.query == "party_summary" or (
        d.status == "ambiguous" and "party_summary" in [c.query for c in d.candidates]
    )
    monkeypatch.setattr(per_row_counts, "ROWS_CARRY_COUNTS", False)
    off = match(text, parties, TODAY)
    assert off.status == "matched" and off.query == "event_load"


def test_counted_per_row_reads_the_select() -> None:
    assert counted_per_row(PARTIES[1], frozenset({"parti"}), False) == {"parti"}
    # must not fire: a listing without a count, a one-row overview, a grouped result
    listing = "SELECT p.party_name, p.region FROM party AS p"
    assert counted_per_row(listing, frozenset({"parti"}), False) == frozenset()
    overview = "SELECT (SELECT COUNT(*) FROM member) AS members, (SELECT COUNT(*) FROM party) AS parties FROM party LIMIT 1"
    assert counted_per_row(overview, frozenset({"parti"}), False) == frozenset()
    assert counted_per_row(LOAD[1], frozenset(), True) == frozenset()


LOOKUP = (
    "title: Customer lookup\nkeywords: [customer, lookup, profile, details, balances, checking,"
    " savings]\nexamples: [look up customer Porter, balances for Wesley]\n"
    "params:\n  customer: {type: string, label: customer name}",
    "SELECT a.name, c.balance AS checking_balance, s.balance AS savings_balance FROM accounts AS a"
    " LEFT JOIN checking AS c USING (custid) LEFT JOIN savings AS s USING (custid)"
    " WHERE lower(a.name) = lower(:customer)",
)
BALANCES = (
    "title: Customer balances\nkeywords: [customer, customers, balance, balances, checking,"
    " savings, total, combined, richest]\n"
    "examples: [balances for every customer, checking and savings of each client sorted by total]\n"
    "params:\n  customer: {type: string, optional: true, label: customer name}\n"
    "  sort: {type: choice, choices: [total, name], default: total}",
    "SELECT a.name, c.balance AS checking_balance, s.balance AS savings_balance FROM accounts AS a"
    " LEFT JOIN checking AS c USING (custid) LEFT JOIN savings AS s USING (custid)"
    " {% if customer %}WHERE a.name = :customer{% endif %}"
    " ORDER BY {% if sort == 'name' %}a.name{% else %}3 DESC{% endif %}",
)


@pytest.fixture
def bank(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = _library(tmp_path / "lib", {"customer_lookup": LOOKUP, "customer_balances": BALANCES})
    lib.known_values = {
        "customer_lookup": {"customer": ["Brown", "Porter", "Wesley"]},
        "customer_balances": {"customer": ["Brown", "Porter", "Wesley"]},
    }
    clear_index_cache()
    yield lib
    clear_index_cache()


def test_detail_of_one_record_behind_a_filtered_directory_is_asked(bank, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "checking and savings balances of customers, Brown only"
    on = match(text, bank, TODAY)
    monkeypatch.setattr(detail_rival, "DETAIL_RIVAL_TIES", False)
    off = match(text, bank, TODAY)
    assert off.status == "matched" and off.query == "customer_balances"
    assert on.status == "ambiguous"
    assert {c.query for c in on.candidates} >= {"customer_lookup", "customer_balances"}


def test_directory_without_a_record_named_is_run(bank) -> None:  # type: ignore[no-untyped-def]
    # must not fire: no record named, the lookup has nothing to look up
    d = match("checking and savings balances of every customer sorted by total", bank, TODAY)
    assert d.status == "matched" and d.query == "customer_balances"


PARTY_RANKING = (
    "title: Parties\nkeywords: [party, parties, party name, member count, events per party]\n"
    "examples: [list the parties with their member counts, parties with the most events]\n"
    "params:\n  sort:\n    type: choice\n    choices: [most_members, most_events, name]\n"
    "    default: most_members\n"
    "    synonyms: {most events: most_events, busiest: most_events}\n"
    "  n: {type: int, optional: true, min: 1, label: how many}",
    "SELECT p.party_name AS party,\n"
    "  (SELECT COUNT(*) FROM member AS m WHERE m.party_id = p.party_id) AS members,\n"
    "  (SELECT COUNT(*) FROM party_events AS e WHERE e.party_id = p.party_id) AS events\n"
    "FROM party AS p ORDER BY {% if sort == 'most_events' %}events DESC"
    "{% elif sort == 'name' %}p.party_name{% else %}members DESC{% endif %}"
    "{% if n %} LIMIT :n{% endif %}",
)


@pytest.fixture
def ranking(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = _library(
        tmp_path / "lib", {"party_summary": PARTY_RANKING, "event_load": LOAD, "roster": ROSTER}
    )
    clear_index_cache()
    yield lib
    clear_index_cache()


def test_by_number_of_a_count_shown_is_a_ranking(ranking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "top 2 parties by number of events"
    on = match(text, ranking, TODAY)
    assert on.status == "matched" and on.query == "party_summary"
    assert on.params["n"] == 2 and on.params["sort"] == "most_events"
    monkeypatch.setattr(ranked_measure_shown, "MEASURE_SHOWN_NO_BREAKDOWN", False)
    assert match(text, ranking, TODAY).query != "party_summary"


def test_measure_of_a_thing_not_counted_stays_a_breakdown(ranking) -> None:  # type: ignore[no-untyped-def]
    from bot.matching.result_fit import result_fit

    fit = result_fit(ranking.queries["party_summary"])
    ranked = {"number": frozenset({"region"})}  # "by number of regions": no region counted
    assert measures_shown(["number"], fit, ranked) == frozenset()
    assert measures_shown(["number"], fit, {"number": frozenset({"event"})}) == {"number"}


FARMS = (
    "title: Farms\nkeywords: [farm, farms, livestock, pigs, cattle]\n"
    "examples: [livestock per farm, farms ranked by number of cows]\n"
    "params:\n  farm_id: {type: int, optional: true, label: farm id}\n"
    "  min_pigs: {type: number, optional: true, label: pigs above}\n"
    "  sort: {type: choice, choices: [year, pigs, cattle], default: year}\n"
    "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
    "SELECT farm_id, year, pigs, cattle FROM farm WHERE 1 = 1"
    "{% if farm_id %} AND farm_id = :farm_id{% endif %}"
    "{% if min_pigs %} AND pigs > :min_pigs{% endif %}"
    " ORDER BY {% if sort == 'pigs' %}pigs DESC{% elif sort == 'cattle' %}cattle DESC"
    "{% else %}year{% endif %}{% if n %} LIMIT :n{% endif %}",
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("top 3 farms by pigs", {"n": 3, "sort": "pigs"}),
        ("busiest 3 farms", {"n": 3}),
        ("farm 7 livestock", {"farm_id": 7, "n": None}),  # must not fire: no rank word
        ("farms with more than 300 pigs", {"min_pigs": 300, "n": None}),
    ],
)
def test_number_after_a_rank_word_is_a_row_count(tmp_path: Path, text: str, want: dict) -> None:
    from bot.language.entities import find_entities
    from bot.matching.params import extract

    lib = _library(tmp_path / "lib", {"farm_list": FARMS})
    x = extract(lib.queries["farm_list"], find_entities(text, TODAY), TODAY)
    assert {k: x.binds.get(k) for k in want} == want


def test_rank_word_switch_off_leaves_top_3_farms_to_the_farm_id(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from bot.language.entities import find_entities
    from bot.matching.params import extract

    lib = _library(tmp_path / "lib", {"farm_list": FARMS})
    monkeypatch.setattr(rank_said, "RANK_WORD_BEFORE_RANKS_ROWS", False)
    x = extract(lib.queries["farm_list"], find_entities("top 3 farms", TODAY), TODAY)
    assert x.binds.get("n") is None
    assert not rank_said.rank_word("interest") and rank_said.rank_word("busiest")


def test_first_days_are_a_span_of_time_not_a_row_count() -> None:
    from bot.language.entities import find_entities

    first_days = find_entities("how many bought in their first 7 days", TODAY).numbers[0]
    assert not rank_said.after_rank_word(first_days)  # must not fire: a span of time
    top_days = find_entities("top 3 days by revenue", TODAY).numbers[0]
    assert rank_said.after_rank_word(top_days)


def test_busiest_n_is_no_unit_of_the_row_count(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    airports = (
        "title: Airports\nkeywords: [airport, airports, passengers, busiest]\n"
        "examples: [airports by passengers, busiest airports]\n"
        "params:\n  min_passengers: {type: number, optional: true, label: passengers above}\n"
        "  sort:\n    type: choice\n    choices: [name, total_passengers]\n"
        "    default: name\n    synonyms: {busiest: total_passengers}\n"
        "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
        "SELECT a.name, a.total_passengers FROM airport AS a"
        "{% if min_passengers %} WHERE a.total_passengers > :min_passengers{% endif %}"
        " ORDER BY {% if sort == 'total_passengers' %}2 DESC{% else %}1{% endif %}"
        "{% if n %} LIMIT :n{% endif %}",
    )
    fleet = (
        "title: Airport fleet\nkeywords: [aircraft, fleet, helicopters]\n"
        "examples: [aircraft at each airport]\n"
        "params:\n  min_aircraft: {type: int, optional: true, label: at least (aircraft)}",
        "SELECT a.name, COUNT(*) AS aircraft FROM airport AS a JOIN airport_aircraft USING (id)"
        " GROUP BY a.name {% if min_aircraft %}HAVING COUNT(*) >= :min_aircraft{% endif %}",
    )
    lib = _library(tmp_path / "lib", {"airport_list": airports, "airport_fleet": fleet})
    clear_index_cache()
    d = match("busiest 3 airports pls", lib, TODAY)
    assert d.status == "matched" and d.query == "airport_list"
    assert d.params["n"] == 3 and d.params["sort"] == "total_passengers"
    monkeypatch.setattr(rank_said, "SUPERLATIVES_RANK", False)
    off = match("busiest 3 airports pls", lib, TODAY)
    assert not (off.status == "matched" and off.params.get("n") == 3)
