"""Rules found on libraries the matcher was never tuned for (issue 10): one test per rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.language.textnorm import stem
from bot.library.loader import load_library, parse_query_file
from bot.library.model import Library, QueryDef
from bot.matching.matcher import index_for, match
from bot.matching.result_fit import asked, fit_score, result_fit
from bot.matching.structure import negated_stems

TODAY = date(2026, 11, 22)


def _query(name: str, header: str, sql: str) -> QueryDef:
    text = f"/*---\ntitle: {name}\n{header}\n---*/\n{sql}\n"
    return parse_query_file(Path(f"{name}.sql"), text, [], f"{name}.sql")


PER_CUSTOMER = (
    "SELECT c.id, COUNT(a.id) AS accounts FROM customers c LEFT JOIN accounts a GROUP BY c.id"
)


def test_a_description_s_zeros_are_no_negation_the_query_answers() -> None:
    # "every customer, zero included" shows the zeros; it does not list who has none
    zeros = _query("per_customer", "description: Every customer (zero included).", PER_CUSTOMER)
    assert not result_fit(zeros).negation
    said = _query("per_customer", "examples: [customers with no account]", PER_CUSTOMER)
    assert result_fit(said).negation


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def test_negated_stems_are_the_words_a_negation_governs() -> None:
    assert {"account", "have"} <= negated_stems("customers who don't have an account")
    assert "order" in negated_stems("products never ordered")
    assert negated_stems("list all customers") == frozenset()
    # a bound said with "no" / "not" negates nothing
    assert negated_stems("customers with no more than 2 accounts") == frozenset()
    assert negated_stems("orders not later than 2026-01-01") == frozenset()


def test_a_negated_subject_the_query_never_says_is_a_ticket(tmp_path: Path) -> None:
    per_customer = (
        "title: Accounts per customer\ndescription: Every customer (zero included).\n"
        "keywords: [customers, accounts, number of accounts]",
        PER_CUSTOMER,
    )
    lib = _library(tmp_path / "a", {"accounts_per_customer": per_customer})
    assert match("how many accounts does each customer have", lib, TODAY).status == "matched"
    assert match("customers who don't have an account", lib, TODAY).status == "unmatched"
    owned = (per_customer[0] + "\nexamples: [customers with no account]", PER_CUSTOMER)
    lib = _library(tmp_path / "b", {"accounts_per_customer": owned})
    d = match("customers who don't have an account", lib, TODAY)
    assert (d.status, d.query) == ("matched", "accounts_per_customer")


def test_rows_of_a_table_the_query_never_reads_count_against_it() -> None:
    def known(_stem: str) -> bool:
        return True

    counties = _query("county_list", "", "SELECT name, population FROM county")
    delegates = _query(
        "delegate_list", "", "SELECT d.name, c.name FROM delegate d JOIN county c ON c.id = d.c"
    )
    tables = frozenset({stem("counties"), stem("delegates")})
    for text in ("which delegates are from counties", "find the delegates who are from counties"):
        wants = asked(text, text, known, [], set(), tables)
        assert wants.row_subjects == {stem("delegates")}
        gap = fit_score(wants, result_fit(delegates)) - fit_score(wants, result_fit(counties))
        assert gap >= 0.2


def test_a_number_s_unit_may_come_before_its_comparison(tmp_path: Path) -> None:
    from bot.language.entities import find_entities
    from bot.matching.params import extract
    from bot.matching.values import unit_mismatches

    lib = _library(
        tmp_path / "u",
        {
            "per_county": (
                "title: Delegates per county\nparams:\n"
                "  min_delegates: {type: int, optional: true, label: at least this many delegates}",
                "SELECT county, COUNT(*) AS delegates FROM delegate GROUP BY county"
                " HAVING COUNT(*) >= :min_delegates",
            ),
            "counties": (
                "title: Counties\nparams:\n"
                "  min_population: {type: int, optional: true, label: population at least}",
                "SELECT name, population FROM county WHERE population >= :min_population",
            ),
        },
    )
    units = {stem("delegates"), stem("population")}
    q = lib.get("per_county")
    for text, mismatches in (
        ("delegates from counties with population larger than 50000", 1),
        ("counties with more than 2 delegates", 0),
        ("counties with delegates above 2", 0),
    ):
        ent = find_entities(text, TODAY)
        assert unit_mismatches(q, ent, extract(q, ent, TODAY), units) == mismatches, text


def test_an_abbreviated_column_groups_by_the_word_it_abbreviates() -> None:
    def known(_stem: str) -> bool:
        return True

    per_position = _query(
        "per_position", "", "SELECT t.pPos, COUNT(*) AS tryouts FROM tryout t GROUP BY t.pPos"
    )
    text = "which position is most popular"
    wants = asked(text, text, known, [], set())
    assert fit_score(wants, result_fit(per_position)) > -0.1  # no penalty for rows of "pos"


def test_another_query_s_sort_order_is_no_dropped_constraint(tmp_path: Path) -> None:
    from bot.matching.values import ValueIndex

    lib = _library(
        tmp_path / "r",
        {
            "per_account": (
                "title: Transactions per account\nkeywords: [accounts, transactions]",
                "SELECT a.name, COUNT(*) AS transactions FROM account a JOIN tx t ON t.a = a.id"
                " GROUP BY a.name ORDER BY transactions DESC",
            ),
            "invoices": (
                "title: Invoices\nparams:\n  sort: {type: choice, choices: [date, most_transactions],"
                " default: date, synonyms: {most transactions: most_transactions}}\n"
                "  status: {type: choice, choices: [paid, open], optional: true}",
                "SELECT * FROM invoice WHERE status = :status"
                " ORDER BY {% if sort == 'date' %}date{% else %}n{% endif %}",
            ),
        },
    )
    values = ValueIndex(lib)
    q = lib.get("per_account")
    own = {stem("accounts"): 1.0, stem("transactions"): 1.0}
    text = "the account with the most transactions"
    named = values.named(text, set(own))
    dropped, _seconds, _filters = values.unused_values(q, own, {}, named, text)
    assert dropped == []
    text = "paid accounts"  # a filter of another query stays a dropped value
    dropped, _seconds, _filters = values.unused_values(
        q, own, {}, values.named(text, set(own)), text
    )
    assert dropped == ["paid"]


def test_how_many_of_a_plural_column_the_row_shows_is_read_off() -> None:
    def known(_stem: str) -> bool:
        return True

    reservations = _query(
        "reservations", "", "SELECT r.Room, r.LastName, r.Kids, r.Adults FROM reservations r"
    )
    trips = _query("trips", "", "SELECT t.id, t.bike_id FROM trip t")
    text = "how many kids stay in the rooms reserved by roy"
    kids = asked(text, text, known, [], set(), frozenset({stem("reservations")}))
    assert fit_score(kids, result_fit(reservations)) > -0.1
    text = "how many bikes are there"  # a singular column is no count: bike_id
    bikes = asked(text, text, known, [], set(), frozenset({stem("trip")}))
    assert fit_score(bikes, result_fit(trips)) < -0.1


def test_a_number_after_a_text_parameter_s_word_is_a_name(tmp_path: Path) -> None:
    from bot.language.entities import find_entities
    from bot.matching.number_roles import misread_numbers, name_words
    from bot.matching.params import extract

    lib = _library(
        tmp_path / "n",
        {
            "per_account": (
                "title: Transactions per account\nparams:\n"
                "  min_transactions: {type: int, optional: true, label: at least this many}",
                "SELECT a.name, COUNT(*) AS transactions FROM account a GROUP BY a.name"
                " HAVING COUNT(*) >= :min_transactions",
            ),
            "transactions": (
                "title: Transactions\nparams:\n  account_name: {type: string, optional: true}",
                "SELECT * FROM tx JOIN account a ON a.id = tx.a WHERE a.name = :account_name",
            ),
        },
    )
    q = lib.get("per_account")
    names = name_words(lib)
    for text, misread in (
        ("how many transactions does the account with name 337 have", 1),
        ("accounts with at least 337 transactions", 0),
    ):
        ent = find_entities(text, TODAY)
        assert misread_numbers(q, ent, extract(q, ent, TODAY), names, set()) == misread, text


def test_rows_of_things_the_query_only_counts_count_against_it() -> None:
    def known(_stem: str) -> bool:
        return True

    per_party = _query(
        "per_party",
        "",
        "SELECT p.Party, COUNT(e.Delegate) AS delegates FROM party p JOIN election e"
        " ON e.Party = p.id GROUP BY p.Party",
    )
    records = _query("records", "", "SELECT e.Delegate, p.Party FROM election e JOIN party p")
    text = "show the delegates and the names of the party they belong to"
    wants = asked(text, text, known, [], set())
    assert wants.listed == {stem("delegates")}
    assert fit_score(wants, result_fit(per_party)) < fit_score(wants, result_fit(records)) - 0.2
    text = "show the number of delegates of each party"  # a count asked: no rows listed
    assert not asked(text, text, known, ["party"], set()).listed


def test_a_figure_per_x_from_rows_of_another_table_that_show_x() -> None:
    def known(_stem: str) -> bool:
        return True

    orders = _query(
        "orders",
        "",
        "WITH items AS (SELECT order_id, COUNT(DISTINCT product_id) AS products"
        " FROM Order_Items GROUP BY order_id)\n"
        "SELECT o.order_id, items.products FROM Orders AS o JOIN items USING (order_id)",
    )
    per_product = _query(
        "per_product",
        "",
        "SELECT p.product_name, COUNT(*) AS orders FROM Products p GROUP BY p.product_name",
    )
    assert result_fit(orders).rows_of == {stem("orders")}
    tables = frozenset({stem("orders"), stem("products")})
    text = "how many orders for each product"
    wants = asked(text, text, known, [stem("product")], set(), tables)
    assert fit_score(wants, result_fit(orders)) < fit_score(wants, result_fit(per_product)) - 0.15


def test_an_aggregate_of_all_rows_is_one_figure_not_a_list_per_group() -> None:
    def known(_stem: str) -> bool:
        return True

    text = "what is the average training hours of all players"
    assert asked(text, text, known, [], set()).grand_total
    text = "count the total number of counties"
    assert asked(text, text, known, [], set()).grand_total
    text = "show the names for all customers and the number of accounts"
    assert not asked(text, text, known, [], set()).grand_total


def test_a_word_in_capitals_the_query_leaves_unused_is_a_ticket(tmp_path: Path) -> None:
    lib = _library(
        tmp_path / "c",
        {
            "churned": (
                "title: Churned customers\nkeywords: [churned, churn, customers, plan]\n"
                "params:\n  plan: {type: choice, choices: [pro, basic], optional: true}",
                "SELECT * FROM customers WHERE churned AND plan = :plan",
            ),
            "aov": ("title: Average order value\nkeywords: [AOV]", "SELECT AVG(v) FROM orders"),
        },
    )
    assert match("churned customers on the pro plan", lib, TODAY).status == "matched"
    # capitals no query knows are context ("for the TA review"), not a dropped metric
    assert match("churned customers on the pro plan, TA review", lib, TODAY).status == "matched"
    assert match("AOV for churned customers on the pro plan", lib, TODAY).status == "unmatched"


def test_one_figure_over_all_rows_from_a_listing_that_lacks_it() -> None:
    def known(_stem: str) -> bool:
        return True

    colleges = _query("colleges", "", "SELECT cName, state, enr AS enrollment FROM College")
    totals = _query("totals", "", "SELECT SUM(enr) AS total_enrollment FROM College")
    text = "what is the total enrollment of all colleges"
    wants = asked(text, text, known, [], set())
    assert fit_score(wants, result_fit(colleges)) <= -0.5
    assert fit_score(wants, result_fit(totals)) > -0.1


def test_a_count_for_each_different_x_from_a_listing_is_a_ticket(tmp_path: Path) -> None:
    from bot.matching import subject_fit as sig

    assert sig.find_breakdowns("how many rooms for each different decor") == [stem("decor")]
    rooms = (
        "title: Rooms\nkeywords: [rooms, decor, price]",
        "SELECT RoomName, decor, basePrice FROM Rooms",
    )
    lib = _library(tmp_path / "l", {"rooms": rooms})
    assert match("list the rooms and their decor", lib, TODAY).status == "matched"
    assert match("how many rooms for each decor", lib, TODAY).status == "unmatched"


def test_a_description_s_exclusion_owns_the_same_negation(tmp_path: Path) -> None:
    from bot.matching.structure import excluded_words

    assert stem("cancelled") in excluded_words("Revenue counts orders not cancelled or returned.")
    assert excluded_words("Every product (products never ordered show zeros).") == frozenset()
    revenue = (
        "title: Revenue by region\ndescription: Revenue counts orders not cancelled.\n"
        "keywords: [revenue, region, sales]",
        "SELECT region, SUM(amount) AS revenue FROM orders o WHERE status <> 'x' GROUP BY region",
    )
    status = (
        "title: Orders by status\nkeywords: [orders, status, cancelled]",
        "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status",
    )
    lib = _library(tmp_path / "x", {"revenue": revenue, "status": status})
    d = match("revenue by region excluding cancelled orders", lib, TODAY)
    assert (d.status, d.query) == ("matched", "revenue")


def test_an_id_or_a_name_is_no_other_query_s_subject(tmp_path: Path) -> None:
    accounts = ("title: Accounts\nkeywords: [accounts, account id]", "SELECT id, name FROM acc")
    per_customer = (
        "title: Accounts per customer\nkeywords: [customers, accounts, most accounts]",
        "SELECT c.first_name, COUNT(a.id) AS accounts FROM customers c JOIN acc a"
        " GROUP BY c.first_name ORDER BY accounts DESC",
    )
    lib = _library(tmp_path / "i", {"accounts": accounts, "per_customer": per_customer})
    index = index_for(lib)
    assert stem("id") not in index.subjects
    assert stem("accounts") in index.subjects


def test_a_header_that_says_a_negation_with_nt_owns_it() -> None:
    """An example such as "open orders that haven't shipped yet" is the query saying the
    negation itself: a request worded like it is no negated subject left to the team."""
    from bot.matching.structure import owns_negation

    assert owns_negation("open orders that haven't shipped yet")
    assert owns_negation("customers who don’t have an account")
    assert not owns_negation("orders per status this month")
