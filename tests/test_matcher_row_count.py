"""A count of things from a result whose rows are those things (bot.matching.row_count) and
what a count counts (bot.matching.counted): synthetic libraries written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.matching import counted as C
from bot.matching import matcher as M
from bot.matching import signals as S
from bot.matching.result_fit import result_fit
from bot.matching.row_count import row_grain
from tests.support import library_of

TODAY = dt.date(2026, 11, 22)

ACCOUNTS = (
    "title: Account directory\n"
    "description: One row per account with its holder.\n"
    "keywords: [account, accounts, holder, how many accounts]\n"
    "params:\n  account_name: {type: string, optional: true, label: account name}",
    "SELECT a.account_id, a.account_name, c.first_name FROM Accounts AS a "
    "LEFT JOIN Customers AS c ON c.customer_id = a.customer_id "
    "WHERE a.account_name = :account_name",
)
CUSTOMERS = (
    "title: Customer directory\n"
    "description: One row per customer with how many accounts they hold.\n"
    "keywords: [customer, customers, accounts, number of accounts, how many, phone]",
    "WITH n AS (SELECT customer_id, COUNT(*) AS accounts FROM Accounts GROUP BY customer_id) "
    "SELECT c.customer_id, c.first_name, c.phone, n.accounts FROM Customers AS c "
    "LEFT JOIN n ON n.customer_id = c.customer_id",
)


def test_a_plural_ends_what_a_count_counts() -> None:
    assert C.counted_heads("how many students play video games") == ["students"]
    assert C.counted_heads("how many king beds are there") == ["beds"]
    assert C.counted_heads("how many video game types exist") == ["types"]
    assert C.counted_heads("how many staff work here") == ["staff"]


def test_a_count_beside_columns_or_per_group_is_no_single_count() -> None:
    assert C.count_beside_columns("show the transaction type and the number of transactions")
    assert C.count_beside_columns("what are the numbers of wines for different grapes")
    assert not C.count_beside_columns("how many accounts do we have")


def test_what_a_row_is(tmp_path: Path) -> None:
    lib = library_of(
        tmp_path / "lib",
        {
            "accounts": ACCOUNTS,
            "customers": CUSTOMERS,
            "lines": (
                "title: Invoice lines",
                "SELECT li.item_id, li.price FROM Invoice_Line_Items li",
            ),
            "amenities": (
                "title: A dorm's amenities\nparams:\n  dorm: {type: string}",
                "SELECT a.amenity_name FROM Dorm d JOIN Amenity a ON a.dorm = d.id "
                "WHERE d.name = :dorm",
            ),
            "per_choice": (
                "title: Per choice\nparams:\n  by: {type: choice, choices: [a, b], default: a}",
                "SELECT COUNT(*) FROM t GROUP BY {% if by == 'a' %}t.account{% else %}t.b{% endif %}",
            ),
        },
    )

    def grain(name: str) -> frozenset[str]:
        q = lib.get(name)
        return row_grain(result_fit(q), q.sql)

    assert grain("accounts") == {"account"}
    assert grain("lines") == {"item"}  # a compound table's row is its last word
    assert grain("amenities") == frozenset()  # reads Dorm, shows no column of it
    assert grain("per_choice") == frozenset()  # a parameter chooses what a row is


MEMBERSHIPS = (
    "title: Membership register\ndescription: One row per membership with its member.\n"
    "examples:\n  - who holds membership 858\n  - all gold memberships\n"
    "keywords: [membership, memberships, register, holder, how many memberships]\n"
    "params:\n  membership_id: {type: int, optional: true}",
    "SELECT m.membership_id, m.level, p.first_name FROM Memberships AS m "
    "LEFT JOIN People AS p ON p.person_id = m.person_id WHERE m.membership_id = :membership_id",
)
PEOPLE = (
    "title: People directory\n"
    "description: One row per person with how many memberships they hold.\n"
    "examples:\n  - phone number of person 12\n  - who has 3 or more memberships\n"
    "keywords: [person, people, phone, memberships, number of memberships, how many, most]\n"
    "params:\n  person_id: {type: int, optional: true}",
    "WITH n AS (SELECT person_id, COUNT(*) AS memberships FROM Memberships GROUP BY person_id) "
    "SELECT p.person_id, p.first_name, p.phone, COALESCE(n.memberships, 0) AS memberships "
    "FROM People AS p LEFT JOIN n ON n.person_id = p.person_id WHERE p.person_id = :person_id",
)


def test_how_many_things_goes_to_the_rows_of_those_things(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not to rows of people that show each one's number of memberships: their sum is no
    count of memberships anyone would read off."""
    lib = library_of(tmp_path / "lib", {"memberships": MEMBERSHIPS, "people": PEOPLE})
    text = "How many memberships do we have?"
    d = M.match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "memberships")
    monkeypatch.setattr(S, "ROWS_ARE_COUNTED_BONUS", 0.0)
    M.clear_index_cache()
    assert M.match(text, lib, TODAY).status != "matched"
    M.clear_index_cache()


def test_no_row_count_for_a_count_beside_columns(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"memberships": MEMBERSHIPS, "people": PEOPLE})
    d = M.match("show the level and the number of memberships", lib, TODAY)
    assert d.query != "memberships"


def test_a_ranking_by_a_count_an_abbreviated_column_keeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The sport with the most students" from COUNT(DISTINCT StuID) per sport: ranked."""
    from bot.language.textnorm import stem
    from bot.matching.rank_fit import ranked_by, unranked

    lib = library_of(
        tmp_path / "lib",
        {
            "per_sport": (
                "title: Sports overview",
                "SELECT SportName, COUNT(DISTINCT StuID) AS athletes FROM SportsInfo "
                "GROUP BY SportName",
            )
        },
    )
    fit = result_fit(lib.get("per_sport"))
    by = ranked_by(
        "which sport has the most students on scholarship", frozenset({stem("students")})
    )
    assert by and not unranked(by, fit)
    monkeypatch.setattr(S, "ABBREVIATED_COLUMNS", False)
    assert unranked(by, fit)


STUDENTS = (
    "title: Student directory\n"
    "keywords: [student, students, who, name, city, major, live, lives]\n"
    "params:\n  sort: {type: choice, choices: [name, age], default: name}",
    "SELECT s.StuID, s.Fname, s.LName, s.city_code, s.Major FROM Student AS s "
    "ORDER BY {% if sort == 'age' %}s.Age{% else %}s.LName{% endif %}",
)
PER_GROUP = (
    "title: Students per group\n"
    "keywords: [how many students, per, each, by]\n"
    "params:\n"
    "  by:\n    type: choice\n    choices: [city, major]\n    default: city\n"
    "    synonyms: {cities: city, town: city, majors: major}",
    "SELECT {% if by == 'major' %}Major{% else %}city_code{% endif %} AS grp, "
    "COUNT(*) AS students FROM Student GROUP BY 1 ORDER BY students DESC",
)


def test_a_choice_of_a_grouping_is_no_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "What cities do students live in" from a listing of students repeats each city; the
    word "cities" names a choice of what the other query groups by, not a filter value."""
    from bot.matching import grain

    lib = library_of(tmp_path / "lib", {"students": STUDENTS, "per_group": PER_GROUP})
    assert grain.grouping_params(q.sql for q in lib) == {"by", "sort"}
    text = "What cities do students live in?"
    assert M.match(text, lib, TODAY).query != "students"
    monkeypatch.setattr(grain, "GROUPING_CHOICES_NO_VALUES", False)
    M.clear_index_cache()
    assert M.match(text, lib, TODAY).query == "students"
    M.clear_index_cache()


def test_the_head_of_the_rows_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Which game type has the most games" asks rows of types, not of games."""
    from bot.matching import asked_rows as AR

    assert AR.asked_rows("which game type has least number of games") == ["type"]
    assert AR.asked_rows("which winery makes the most wines") == ["winery"]
    monkeypatch.setattr(AR, "NOUN_BEFORE_VERB", False)
    assert AR.asked_rows("which game type has least number of games") == ["game"]
