"""Promoting a closed ticket's SQL into a library query file draft."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from bot.errors import UserFacingError
from bot.library.loader import HEADER_CLOSE, HEADER_OPEN, check_library, load_library, split_file
from bot.library.promote import (
    Draft,
    Literal,
    ParamSpec,
    draft_query_file,
    find_literals,
    period_phrase,
    write_draft,
)
from bot.library.sqltext import find_binds

REPO = Path(__file__).resolve().parent.parent
REGIONS = ["NA", "EMEA", "APAC", "LATAM"]

LTV_SQL = """\
-- LTV by signup channel, EMEA only (asked in ticket 42)
SELECT c.channel, ROUND(AVG(t.total), 2) AS ltv, COUNT(*) AS customers
FROM customers c
JOIN (
    SELECT customer_id, SUM(amount) AS total
    FROM orders
    WHERE order_date >= '2026-10-01' AND order_date < '2026-11-01'
      AND status <> 'cancelled'
    GROUP BY 1
) t USING (customer_id)
WHERE c.region = 'EMEA'
GROUP BY 1
ORDER BY ltv DESC
LIMIT 10;
"""

LTV_PARAMS = {
    "period": ParamSpec(literal=("'2026-10-01'", "'2026-11-01'")),
    "region": ParamSpec(literal="'EMEA'", type="choice", choices=REGIONS, default="EMEA"),
    "n": ParamSpec(literal="10", min=1, max=1000),
}


def _ltv_draft(today: dt.date, **overrides) -> Draft:  # type: ignore[no-untyped-def]
    kwargs = {
        "name": None,
        "title": "Customer LTV by signup channel",
        "request_text": "<@U0ALICE001> what's our customer LTV by signup channel in EMEA "
        "last month? :pray:",
        "sql": LTV_SQL,
        "params": LTV_PARAMS,
        "owner": "@data-team",
        "ticket_id": 42,
        "today": today,
    }
    kwargs.update(overrides)
    return draft_query_file(**kwargs)


def _header_and_body(text: str) -> tuple[dict, str]:
    header, _first, body, _line = split_file(text)
    assert header is not None
    return yaml.safe_load(header), body


# --- literals ------------------------------------------------------------------------------


def test_find_literals_kinds_values_and_positions() -> None:
    sql = (
        "SELECT t1.col_2, 'O''Brien' AS who, 3.5 * x, \"col 7\"\n"
        "FROM t1 -- where region = 'NA' and 99\n"
        "/* 2026-01-01 and 'EMEA' */ WHERE d >= DATE '2026-10-01' AND d <= '2026-10-31'\n"
        "  AND ts < TIMESTAMP '2026-11-01 10:00' AND n::int > 1e3 AND k = :given\n"
        "LIMIT 10"
    )
    lits = find_literals(sql)
    assert [(lit.kind, lit.value, lit.line) for lit in lits] == [
        ("string", "O'Brien", 1),
        ("number", 3.5, 1),
        ("date", dt.date(2026, 10, 1), 3),
        ("date", dt.date(2026, 10, 31), 3),
        ("string", "2026-11-01 10:00", 4),
        ("number", 1000.0, 4),
        ("number", 10, 5),
    ]
    for lit in lits:
        assert sql[lit.start : lit.end] == lit.text
    assert lits[2].text == "DATE '2026-10-01'" and lits[2].cast == "DATE"
    assert lits[3].cast == ""
    assert lits[4].text == "TIMESTAMP '2026-11-01 10:00'" and lits[4].cast == "TIMESTAMP"
    assert isinstance(lits[6].value, int)


def test_find_literals_ignores_identifiers_binds_and_comments() -> None:
    assert find_literals('SELECT a1, b_2, "x 3" FROM t9 WHERE y = :p4 -- 5') == []
    assert find_literals("/* 'a' 1 */ SELECT 1") == [Literal("number", 1, "1", 19, 20, 1)]


# --- the draft ---------------------------------------------------------------------------------


def test_draft_matches_the_spec_layout(today: dt.date) -> None:
    draft = _ltv_draft(today)
    assert draft.name == "customer_ltv_signup_channel"
    assert draft.filename == "customer_ltv_signup_channel.sql"
    assert draft.text == (
        "/*---\n"
        "name: customer_ltv_signup_channel\n"
        "title: Customer LTV by signup channel\n"
        'description: "Promoted from ticket #42 on 2026-11-22."\n'
        "engine: duckdb\n"
        "examples:\n"
        '  - "what\'s our customer LTV by signup channel in EMEA last month?"\n'
        "keywords: [customer, ltv, signup, channel]\n"
        "params:\n"
        "  period: {type: date_range, default: last month}\n"
        "  region: {type: choice, choices: [NA, EMEA, APAC, LATAM], default: EMEA}\n"
        "  n: {type: int, default: 10, min: 1, max: 1000}\n"
        'owner: "@data-team"\n'
        "---*/\n"
        "-- LTV by signup channel, EMEA only (asked in ticket 42)\n"
        "SELECT c.channel, ROUND(AVG(t.total), 2) AS ltv, COUNT(*) AS customers\n"
        "FROM customers c\n"
        "JOIN (\n"
        "    SELECT customer_id, SUM(amount) AS total\n"
        "    FROM orders\n"
        "    WHERE order_date >= :period_start AND order_date < "
        "(CAST(:period_end AS DATE) + INTERVAL 1 DAY)\n"
        "      AND status <> 'cancelled'\n"
        "    GROUP BY 1\n"
        ") t USING (customer_id)\n"
        "WHERE c.region = :region\n"
        "GROUP BY 1\n"
        "ORDER BY ltv DESC\n"
        "LIMIT :n\n"
    )
    assert any("'<'" in w for w in draft.warnings)


def test_header_parses_and_every_bind_is_declared_and_used(today: dt.date) -> None:
    draft = _ltv_draft(today)
    assert draft.text.startswith(HEADER_OPEN + "\n")
    assert draft.text.count(HEADER_CLOSE) == 1
    header, body = _header_and_body(draft.text)
    assert header["params"]["period"] == {"type": "date_range", "default": "last month"}
    declared = set()
    for pname, spec in header["params"].items():
        if spec["type"] == "date_range":
            declared |= {f"{pname}_start", f"{pname}_end"}
        else:
            declared.add(pname)
    used = {name for name, _line in find_binds(body)}
    assert used == declared
    # The query's own constants stay as written.
    assert "'cancelled'" in body and "GROUP BY 1" in body


def test_promoted_draft_passes_library_validation(tmp_path: Path, today: dt.date) -> None:
    path = write_draft(_ltv_draft(today), tmp_path / "promoted")
    assert path == tmp_path / "promoted" / "customer_ltv_signup_channel.sql"
    library, problems = check_library(tmp_path)
    assert problems == []
    query = library.get("customer_ltv_signup_channel")
    assert query is not None
    assert query.title == "Customer LTV by signup channel"
    assert query.description == "Promoted from ticket #42 on 2026-11-22."
    assert query.owner == "@data-team"
    assert query.examples == ("what's our customer LTV by signup channel in EMEA last month?",)
    assert query.param("period").default == "last month"
    assert query.param("region").choices == tuple(REGIONS)
    assert (query.param("n").default, query.param("n").min, query.param("n").max) == (10, 1, 1000)


def test_promoted_query_gives_the_tickets_answer_on_duckdb(tmp_path: Path, today: dt.date) -> None:
    import duckdb

    from bot.engines.duckdb_engine import DuckDBEngine
    from bot.library.render import render_sql
    from bot.matching.params import default_binds

    warehouse = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE customers (customer_id INT, channel TEXT, region TEXT)")
    con.execute(
        "CREATE TABLE orders (order_id INT, customer_id INT, order_date DATE, status TEXT, "
        "amount DECIMAL(10, 2))"
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?)",
        [(i, ["organic", "paid", "referral"][i % 3], ["EMEA", "NA"][i % 2]) for i in range(40)],
    )
    start = dt.date(2026, 9, 20)
    con.executemany(
        "INSERT INTO orders VALUES (?, ?, ?, ?, ?)",
        [
            (i, i % 40, start + dt.timedelta(days=i % 50), ["shipped", "cancelled"][i % 7 == 0], i)
            for i in range(400)
        ],
    )
    expected = con.execute(LTV_SQL).fetchall()
    con.close()
    assert expected, "the fixture data must give the ticket SQL some rows"

    write_draft(_ltv_draft(today), tmp_path / "lib")
    query = load_library(tmp_path / "lib").get("customer_ltv_signup_channel")
    assert query is not None
    binds = default_binds(query, today)
    assert binds == {
        "period_start": "2026-10-01",
        "period_end": "2026-10-31",
        "region": "EMEA",
        "n": 10,
    }
    sql, bound = render_sql(query, binds)
    engine = DuckDBEngine(warehouse)
    try:
        result = engine.run(sql, bound)
    finally:
        engine.close()
    assert result.rows == expected


def test_the_next_person_asking_gets_the_promoted_query(tmp_path: Path, today: dt.date) -> None:
    from bot.matching.matcher import match

    shutil.copytree(REPO / "queries", tmp_path / "lib")
    request = "what's our customer lifetime value by signup channel?"
    # The spec's sample requests list this one as unanswerable by the starter library.
    assert match(request, load_library(tmp_path / "lib"), today).status == "unmatched"
    existing = set(load_library(tmp_path / "lib").queries)
    sql = (
        "SELECT c.channel, AVG(o.amount) AS ltv FROM customers c "
        "JOIN orders o USING (customer_id) WHERE o.order_date >= DATE '2024-01-01' GROUP BY 1"
    )
    draft = draft_query_file(
        name=None,
        title=None,
        request_text=request,
        sql=sql,
        ticket_id=7,
        today=today,
        existing_names=existing,
    )
    assert draft.name == "customer_lifetime_value_signup_channel"
    write_draft(draft, tmp_path / "lib" / "promoted")
    library, problems = check_library(tmp_path / "lib")
    assert problems == []
    assert len(library) == len(existing) + 1
    after = match(request, library, today)
    assert (after.status, after.query) == ("matched", draft.name)


# --- periods -------------------------------------------------------------------------------


def test_period_default_is_the_relative_phrase_that_gives_the_tickets_dates(
    today: dt.date,
) -> None:
    d = dt.date
    assert period_phrase(d(2026, 10, 1), d(2026, 10, 31), today) == "last month"
    assert period_phrase(d(2026, 7, 1), d(2026, 9, 30), today) == "last quarter"
    assert period_phrase(d(2026, 10, 24), d(2026, 11, 22), today) == "last 30 days"
    assert period_phrase(d(2026, 8, 1), d(2026, 10, 31), today) == "last 3 months"
    # 2026-11-22 is a Sunday: "this week" and "last 7 days" are the same days; the request's
    # own words decide, else the first in the list.
    assert period_phrase(d(2026, 11, 16), d(2026, 11, 22), today) == "this week"
    assert (
        period_phrase(d(2026, 11, 16), d(2026, 11, 22), today, "signups over the last 7 days")
        == "last 7 days"
    )
    assert period_phrase(d(2026, 3, 5), d(2026, 4, 2), today) == "between 2026-03-05 and 2026-04-02"


def test_date_range_from_between_with_typed_dates_and_fixed_default(today: dt.date) -> None:
    sql = (
        "SELECT reason, SUM(amount) FROM refunds\n"
        "WHERE refund_date BETWEEN DATE '2026-03-05' AND DATE '2026-04-02'\n"
        "GROUP BY reason"
    )
    draft = draft_query_file(
        name="refunds_in_spring",
        title="Refunds in spring",
        request_text="refunds by reason from March 5 to April 2",
        sql=sql,
        params={"period": ParamSpec(literal=["DATE '2026-04-02'", "2026-03-05"])},
        today=today,
    )
    header, body = _header_and_body(draft.text)
    assert "BETWEEN CAST(:period_start AS DATE) AND CAST(:period_end AS DATE)" in body
    assert header["params"]["period"] == {
        "type": "date_range",
        "default": "between 2026-03-05 and 2026-04-02",
    }
    assert any("fixed range" in w for w in draft.warnings)


def test_single_date_and_explicit_period_default(tmp_path: Path, today: dt.date) -> None:
    sql = "SELECT COUNT(*) FROM events WHERE event_date = '2026-11-03' AND platform = 'ios'"
    draft = draft_query_file(
        name=None,
        title="Events on a day",
        request_text="how many iOS events on Nov 3?",
        sql=sql,
        params={
            "day": ParamSpec(literal="'2026-11-03'"),
            "platform": ParamSpec(
                literal="'ios'", type="choice", choices=["ios", "android", "web"]
            ),
        },
        today=today,
    )
    header, body = _header_and_body(draft.text)
    assert header["params"]["day"] == {"type": "date", "default": dt.date(2026, 11, 3)}
    # A choice has no default unless the owner gives one: people are asked.
    assert header["params"]["platform"] == {"type": "choice", "choices": ["ios", "android", "web"]}
    assert any("'platform' has no default" in w for w in draft.warnings)
    assert body.rstrip().endswith("event_date = :day AND platform = :platform")
    write_draft(draft, tmp_path)
    query = load_library(tmp_path).get("events_day")
    assert query is not None and query.param("platform").required

    ranged = draft_query_file(
        name=None,
        title="Signups",
        request_text="signups since October",
        sql="SELECT COUNT(*) FROM customers WHERE signup_date BETWEEN '2026-10-01' AND '2026-11-22'",
        params={
            "period": ParamSpec(literal=("'2026-10-01'", "'2026-11-22'"), default="this month")
        },
        today=today,
    )
    assert _header_and_body(ranged.text)[0]["params"]["period"]["default"] == "this month"


# --- parameters ----------------------------------------------------------------------------


def test_every_occurrence_of_a_literal_becomes_the_bind_and_is_reported(today: dt.date) -> None:
    sql = (
        "SELECT (SELECT COUNT(*) FROM orders WHERE region = 'APAC') AS orders,\n"
        "       (SELECT COUNT(*) FROM customers WHERE region = 'APAC') AS customers"
    )
    draft = draft_query_file(
        name=None,
        title="Orders and customers in a region",
        request_text="orders and customers in APAC",
        sql=sql,
        params={
            "region": ParamSpec(literal="APAC", type="choice", choices=REGIONS, default="APAC")
        },
        today=today,
    )
    header, body = _header_and_body(draft.text)
    assert body.count(":region") == 2 and "'APAC'" not in body
    assert any("2 literals matched (lines 1, 2)" in w for w in draft.warnings)
    # A literal picked from find_literals replaces that one occurrence only.
    second = [lit for lit in find_literals(sql) if lit.value == "APAC"][1]
    one = draft_query_file(
        name=None,
        title="Orders and customers in a region",
        request_text="orders and customers in APAC",
        sql=sql,
        params={"region": ParamSpec(literal=second, type="choice", choices=REGIONS)},
        today=today,
    )
    body = _header_and_body(one.text)[1]
    assert body.count(":region") == 1 and body.index("'APAC'") < body.index(":region")


def test_numbers_strings_and_types(tmp_path: Path, today: dt.date) -> None:
    sql = (
        "SELECT name, stock FROM products WHERE stock < 10 AND price > 2.5 "
        "AND category = 'home' AND name LIKE 'Lamp%'"
    )
    draft = draft_query_file(
        name=None,
        title="Low stock home products",
        request_text="which home products are below 10 in stock and cost over 2.5?",
        sql=sql,
        params={
            "threshold": ParamSpec(literal="10", min=0),
            "price": ParamSpec(literal="2.5"),
            "prefix": ParamSpec(literal="'Lamp%'", optional=True, label="name prefix"),
            "category": ParamSpec(literal="'home'", default="home", pattern="[a-z]+"),
        },
        today=today,
    )
    params = _header_and_body(draft.text)[0]["params"]
    assert params == {
        "threshold": {"type": "int", "default": 10, "min": 0},
        "price": {"type": "number", "default": 2.5},
        "prefix": {"type": "string", "optional": True, "label": "name prefix"},
        "category": {"type": "string", "default": "home", "pattern": "[a-z]+"},
    }
    assert any("'prefix' is optional" in w and "{% if prefix %}" in w for w in draft.warnings)
    write_draft(draft, tmp_path)
    assert check_library(tmp_path)[1] == []


def test_a_bind_already_in_the_sql_can_be_declared(today: dt.date) -> None:
    sql = "SELECT * FROM orders WHERE order_id = :order_id"
    draft = draft_query_file(
        name="order_detail",
        title="Order detail",
        request_text="details of order 77120",
        sql=sql,
        params={"order_id": ParamSpec(literal=None, type="int")},
        today=today,
    )
    assert _header_and_body(draft.text)[0]["params"] == {"order_id": {"type": "int"}}
    with pytest.raises(UserFacingError, match=":order_id, which no parameter declares"):
        draft_query_file(
            name="order_detail", title=None, request_text="x", sql=sql, today=today, params={}
        )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"region": ParamSpec(literal="'LATAM'")}, "no literal 'LATAM'"),
        (
            {"a": ParamSpec(literal="'EMEA'"), "b": ParamSpec(literal="EMEA")},
            "claimed by two parameters",
        ),
        (
            {"region": ParamSpec(literal="'EMEA'", type="choice", choices=["NA", "APAC"])},
            "not one of",
        ),
        ({"region": ParamSpec(literal="'EMEA'", type="choice")}, "needs its list of choices"),
        ({"region": ParamSpec(literal="'EMEA'", type="int")}, "cannot become a int"),
        ({"n": ParamSpec(literal="10", type="date_range")}, "cannot become a date_range"),
        ({"period": ParamSpec(literal="'2026-10-01'", type="date_range")}, "two date literals"),
        ({"1st": ParamSpec(literal="10")}, "must start with a letter"),
        (
            {"d": ParamSpec(literal=("'2026-10-01'", "'2026-10-31'"), type="date")},
            "hold different values",
        ),
        (
            {"period": ParamSpec(literal=("'2026-10-01'", "DATE '2026-10-01'"))},
            "start and end are the same date",
        ),
        ({"x": ParamSpec(literal=("'EMEA'", "10"))}, "cannot become a string"),
        ({"x": ParamSpec(literal=None)}, "give its type"),
        ({"x": ParamSpec(literal="10", type="int", choices=["1"])}, "only apply to a choice"),
        (
            {
                "period": ParamSpec(literal=("'2026-10-01'", "'2026-10-31'")),
                "period_start": ParamSpec(literal="10"),
            },
            "would both bind :period_start",
        ),
        ({"n": ParamSpec(literal="10", pattern="x")}, "pattern applies to strings only"),
    ],
)
def test_bad_parameters_are_refused(params, message, today: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Each refusal is a short reason naming the parameter; nothing is drafted."""
    sql = (
        "SELECT * FROM orders WHERE region = 'EMEA' "
        "AND order_date BETWEEN '2026-10-01' AND '2026-10-31' LIMIT 10"
    )
    with pytest.raises(UserFacingError, match=message):
        draft_query_file(name="x", title="X", request_text="x", sql=sql, params=params, today=today)


# --- refusals of the SQL itself ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELECT * FROM orders WHERE region = '{{ region }}'", "template markup"),
        ("SELECT 1 {% if x %}AND 2{% endif %}", "template markup"),
        ("SELECT 1; SELECT 2", "more than one statement"),
        ("SELECT 1;\nDROP TABLE orders;", "more than one statement"),
        ("DELETE FROM orders WHERE amount < 0", "starts with DELETE"),
        ("insert into t select 1", "starts with INSERT"),
        ("UPDATE orders SET amount = 0", "starts with UPDATE"),
        ("DROP TABLE orders", "starts with DROP"),
        ("CREATE TABLE x AS SELECT 1", "starts with CREATE"),
        ("ATTACH 'other.db' AS o", "starts with ATTACH"),
        ("COPY orders TO 'out.csv'", "starts with COPY"),
        ("PRAGMA table_info('orders')", "starts with PRAGMA"),
        ("WITH d AS (SELECT 1) DELETE FROM orders", "contains DELETE on line 1"),
        ("-- only a comment\n/* and another */", "empty"),
        ("   ", "empty"),
    ],
)
def test_unsafe_or_not_plain_sql_is_refused(sql: str, message: str, today: dt.date) -> None:
    with pytest.raises(UserFacingError, match=message):
        draft_query_file(name=None, title="X", request_text="x", sql=sql, today=today)


def test_harmless_lookalikes_are_accepted(today: dt.date) -> None:
    sql = (
        "-- drop the cancelled ones; they are noise\n"
        "SELECT s.load, 'a;b' AS sep, \"update\" FROM servers s;  -- done\n"
    )
    draft = draft_query_file(
        name="servers", title="Servers", request_text="x", sql=sql, today=today
    )
    body = _header_and_body(draft.text)[1]
    assert body == (
        "-- drop the cancelled ones; they are noise\n"
        "SELECT s.load, 'a;b' AS sep, \"update\" FROM servers s\n"
    )


# --- names, titles, examples ---------------------------------------------------------------


def test_names_are_slugs_made_unique_against_the_library(today: dt.date) -> None:
    sql = "SELECT 1"

    def draft(**kw) -> Draft:  # type: ignore[no-untyped-def]
        args = {"name": None, "title": None, "request_text": "x", "sql": sql, "today": today}
        args.update(kw)
        return draft_query_file(**args)

    assert draft(title="NPS for Enterprise customers!").name == "nps_enterprise_customers"
    assert draft(request_text="can someone pull the NPS for enterprise?").name == "nps_enterprise"
    taken = {"nps_enterprise", "NPS_enterprise_2"}
    assert draft(title="NPS enterprise", existing_names=taken).name == "nps_enterprise_3"
    assert draft(title="30 day retention").name == "day_retention"
    assert draft(request_text=":wave:", ticket_id=12).name == "ticket_12"
    assert draft(request_text="", ticket_id=None).name == "promoted_query"
    with pytest.raises(UserFacingError, match="already exists"):
        draft(name="NPS_Enterprise", existing_names=taken)
    with pytest.raises(UserFacingError, match="letters, digits"):
        draft(name="nps-enterprise")


def test_title_and_example_come_from_the_cleaned_request(tmp_path: Path, today: dt.date) -> None:
    request = (
        "hey team, can someone pull churn by plan: Q3 vs Q2 #urgent */ "
        "<https://looker.example.com/x|see dash> :fire: 🔥"
    )
    draft = draft_query_file(
        name=None, title=None, request_text=request, sql="SELECT 1", ticket_id=None, today=today
    )
    header, _body = _header_and_body(draft.text)
    assert header["title"] == "Churn by plan: Q3 vs Q2 #urgent * / see dash"
    assert header["examples"] == [
        "hey team, can someone pull churn by plan: Q3 vs Q2 #urgent * / see dash"
    ]
    assert header["description"] == "Promoted from a ticket on 2026-11-22."
    assert "owner" not in header and "params" not in header
    assert any("title was taken from the request" in w for w in draft.warnings)
    assert not any("example is long" in w for w in draft.warnings)
    long_one = draft_query_file(
        name=None, title="T", request_text="revenue " * 40, sql="SELECT 1", today=today
    )
    assert any("example is long" in w for w in long_one.warnings)
    write_draft(draft, tmp_path)
    assert check_library(tmp_path)[1] == []


def test_awkward_yaml_values_round_trip(tmp_path: Path, today: dt.date) -> None:
    title = 'Yes: "quoted" & #hash, [brackets] {braces} - null'
    draft = draft_query_file(
        name="awkward",
        title=title,
        request_text="true",
        sql="SELECT * FROM t WHERE a = 'no' AND b = 'x: y'",
        params={
            "flag": ParamSpec(literal="'no'", default="no", label="@who"),
            "pair": ParamSpec(
                literal="'x: y'",
                type="choice",
                choices=["x: y", "on", "1"],
                synonyms={"Both, Please": "x: y", "yes": "on"},
            ),
        },
        owner="@data-team #analytics",
        today=today,
    )
    header, _body = _header_and_body(draft.text)
    assert header["title"] == title
    assert header["examples"] == ["true"]
    assert header["owner"] == "@data-team #analytics"
    assert header["params"]["flag"] == {"type": "string", "default": "no", "label": "@who"}
    assert header["params"]["pair"]["choices"] == ["x: y", "on", "1"]
    assert header["params"]["pair"]["synonyms"] == {"both, please": "x: y", "yes": "on"}
    write_draft(draft, tmp_path)
    assert check_library(tmp_path)[1] == []


# --- writing -------------------------------------------------------------------------------


def test_write_draft_refuses_to_overwrite(tmp_path: Path, today: dt.date) -> None:
    draft = _ltv_draft(today)
    folder = tmp_path / "queries" / "promoted"
    path = write_draft(draft, folder)
    assert path.read_text(encoding="utf-8") == draft.text
    with pytest.raises(UserFacingError, match="already exists"):
        write_draft(draft, folder)
    changed = Draft(draft.name, draft.filename, draft.text.replace("LIMIT", "limit"), [])
    assert write_draft(changed, folder, overwrite=True) == path
    assert "limit :n" in path.read_text(encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UserFacingError, match="not a folder"):
        write_draft(draft, tmp_path / "file")
    with pytest.raises(UserFacingError, match="Bad query file name"):
        write_draft(Draft("x", "../x.sql", "", []), folder)


def test_promoted_draft_sits_beside_the_starter_library(tmp_path: Path, today: dt.date) -> None:
    shutil.copytree(REPO / "queries", tmp_path / "lib")
    existing = set(load_library(tmp_path / "lib").queries)
    draft = _ltv_draft(today, title="Revenue by region", existing_names=existing)
    assert draft.name == "revenue_region"
    clash = _ltv_draft(today, title="Top customers", existing_names=existing)
    assert clash.name == "top_customers_2"
    write_draft(clash, tmp_path / "lib" / "promoted")
    library, problems = check_library(tmp_path / "lib")
    assert problems == []
    assert "top_customers_2" in library.queries and "top_customers" in library.queries


def test_defaults_typed_as_text_are_coerced_and_checked(tmp_path: Path, today: dt.date) -> None:
    """Owners on the command line type every default as text."""
    sql = (
        "SELECT * FROM orders WHERE amount > 2.5 AND region = 'EMEA' "
        "AND order_date BETWEEN '2026-10-01' AND '2026-10-31' AND shipped <= '2026-11-01' LIMIT 10"
    )
    draft = draft_query_file(
        name="typed",
        title="Typed",
        request_text="x",
        sql=sql,
        params={
            "n": ParamSpec(literal="10", default="25", max=100),
            "floor": ParamSpec(literal="2.5", default="3"),
            "region": ParamSpec(literal="EMEA", type="choice", choices=REGIONS, default="NA"),
            "period": ParamSpec(literal=("2026-10-01", "2026-10-31"), default=" last  30 days"),
            "cutoff": ParamSpec(literal="2026-11-01", default="2026-11-15"),
        },
        today=today,
    )
    params = _header_and_body(draft.text)[0]["params"]
    assert params["n"] == {"type": "int", "default": 25, "max": 100}
    assert params["floor"] == {"type": "number", "default": 3}
    assert params["region"]["default"] == "NA"
    assert params["period"] == {"type": "date_range", "default": "last 30 days"}
    assert params["cutoff"] == {"type": "date", "default": dt.date(2026, 11, 15)}
    write_draft(draft, tmp_path)
    assert check_library(tmp_path)[1] == []


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (ParamSpec(literal="10", default="ten"), "not a valid int"),
        (ParamSpec(literal="10", default="500", max=100), "above the maximum 100"),
        (ParamSpec(literal="10", min=20), "below the minimum 20"),
        (ParamSpec(literal="10", type="number", default="lots"), "not a valid number"),
        (ParamSpec(literal="'2026-10-01'", default="the other day"), "not a period"),
        (ParamSpec(literal="'EMEA'", default="Europe", pattern="[A-Z]+"), "does not match"),
    ],
)
def test_bad_defaults_are_refused(spec: ParamSpec, message: str, today: dt.date) -> None:
    sql = "SELECT * FROM orders WHERE region = 'EMEA' AND d > '2026-10-01' LIMIT 10"
    with pytest.raises(UserFacingError, match=message):
        draft_query_file(
            name="x", title="X", request_text="x", sql=sql, params={"p": spec}, today=today
        )


def test_interval_literals_become_binds_duckdb_accepts(tmp_path: Path, today: dt.date) -> None:
    import duckdb

    from bot.engines.duckdb_engine import DuckDBEngine
    from bot.library.render import render_sql
    from bot.matching.params import default_binds

    warehouse = tmp_path / "w.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute(
        "CREATE TABLE customers AS SELECT range AS id, DATE '2026-09-01' + range::INT AS d FROM range(80)"
    )
    con.execute("INSERT INTO customers SELECT range + 100, DATE '2026-10-01' FROM range(5)")
    sql = (
        "SELECT COUNT(*) AS n FROM customers\n"
        "WHERE d >= DATE '2026-11-22' - INTERVAL 30 DAY\n"
        "  AND d < DATE '2026-11-22' - INTERVAL '2 days'"
    )
    expected = con.execute(sql).fetchall()
    wider = con.execute(sql.replace("INTERVAL 30 DAY", "INTERVAL 60 DAY")).fetchall()
    con.close()
    assert expected != wider

    draft = draft_query_file(
        name="recent_customers",
        title="Recent customers",
        request_text="customers who signed up in the last 30 days",
        sql=sql,
        params={"days": ParamSpec(literal="30"), "lag": ParamSpec(literal="INTERVAL '2 days'")},
        today=today,
    )
    body = _header_and_body(draft.text)[1]
    assert "INTERVAL (:days) DAY" in body and "CAST(:lag AS INTERVAL)" in body
    write_draft(draft, tmp_path / "lib")
    query = load_library(tmp_path / "lib").get("recent_customers")
    assert query is not None
    engine = DuckDBEngine(warehouse)
    try:
        binds = default_binds(query, today)
        assert binds == {"days": 30, "lag": None}
        binds["lag"] = "2 days"  # a string has no default: people are asked for it
        assert engine.run(*render_sql(query, binds)).rows == expected
        binds["days"] = 60
        assert engine.run(*render_sql(query, binds)).rows == wider
    finally:
        engine.close()


@pytest.mark.parametrize("literal", ["10", None])
def test_an_unknown_parameter_type_is_refused_in_one_line(
    literal: str | None, today: dt.date
) -> None:
    sql = "SELECT * FROM orders WHERE amount > 10 AND region = :region"
    with pytest.raises(UserFacingError, match=r"unknown type 'decimal' \(one of date, "):
        draft_query_file(
            name="x",
            title="X",
            request_text="x",
            sql=sql,
            params={"p": ParamSpec(literal=literal, type="decimal")},
            today=today,
        )
