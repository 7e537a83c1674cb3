"""Values read as a library nobody tuned for writes them, on small libraries written here:
one test per rule, each failing with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.matching.matcher import clear_index_cache, match
from tests.support import library_of

TODAY = date(2026, 12, 4)

SITES = (
    "title: Site directory\n"
    "description: Every site with its town and the year it opened; optionally the sites\n"
    "  opened in a range of years (both inclusive).\n"
    "examples: [list every site, sites opened since 1990]\n"
    "keywords: [site, sites, opened, year, since, before, after]\n"
    "params:\n"
    "  opened_from: {type: int, optional: true, min: 1700, max: 2100,\n"
    "                label: opened in or after this year}\n"
    "  opened_to: {type: int, optional: true, min: 1700, max: 2100,\n"
    "              label: opened in or before this year}",
    "SELECT s.name, s.town, s.year FROM sites AS s WHERE 1 = 1\n"
    "{% if opened_from %}AND s.year >= :opened_from{% endif %}\n"
    "{% if opened_to %}AND s.year <= :opened_to{% endif %}",
)


def test_a_strict_year_bound_reads_as_the_sql_compares_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.language.strict_years as SY

    lib = library_of(tmp_path / "lib", {"site_directory": SITES})
    clear_index_cache()
    assert match("sites opened after 1950", lib, TODAY).params["opened_from"] == 1951
    assert match("sites opened before 1900", lib, TODAY).params["opened_to"] == 1899
    assert match("sites opened since 1990", lib, TODAY).params["opened_from"] == 1990
    monkeypatch.setattr(SY, "YEAR_AS_COMPARED", False)
    assert match("sites opened after 1950", lib, TODAY).params["opened_from"] == 1950


CLUB_ROSTER = (
    "title: Club roster\n"
    "description: One row per membership, the club, the member's first and last name.\n"
    "examples: [who is in the chess club]\n"
    "keywords: [member, members, roster, club, clubs, belong, first name, last name]\n"
    "params:\n"
    "  club: {type: string, optional: true, label: club name}\n"
    "  first_name: {type: string, optional: true, label: first name}\n"
    "  last_name: {type: string, optional: true, label: last name}",
    "SELECT c.ClubName AS club, s.Fname AS first_name, s.LName AS last_name\n"
    "FROM Member_of_club AS m JOIN Club AS c ON c.ClubID = m.ClubID\n"
    "JOIN Student AS s ON s.StuID = m.StuID WHERE 1 = 1\n"
    "{% if club %}AND c.ClubName = :club{% endif %}\n"
    "{% if first_name %}AND s.Fname = :first_name{% endif %}\n"
    "{% if last_name %}AND s.LName = :last_name{% endif %}",
)


def test_a_quoted_known_value_is_held_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.text as TT

    lib = library_of(tmp_path / "lib", {"club_roster": CLUB_ROSTER})
    lib.known_values = {"club_roster": {"club": ["Bootup Baltimore", "Tennis Club"]}}
    clear_index_cache()
    text = 'members of "Bootup Baltimore", show the last name'
    d = match(text, lib, TODAY)
    assert (d.params["club"], d.params["last_name"]) == ("Bootup Baltimore", None)
    monkeypatch.setattr(TT, "QUOTES_AROUND_HELD", False)
    assert match(text, lib, TODAY).params["last_name"] == "Bootup Baltimore"


CLUB_DIRECTORY = (
    "title: Club directory\n"
    "description: One row per club, its description and how many members it has.\n"
    "examples: [list every club with its description]\n"
    "keywords: [club, clubs, description, list, all, how many, count]\n"
    "params:\n"
    "  location: {type: string, optional: true, label: club building}",
    "SELECT c.ClubID AS club_id, c.ClubName AS club, c.ClubDesc AS description,\n"
    "  COUNT(m.StuID) AS members\n"
    "FROM Club AS c LEFT JOIN Member_of_club AS m ON m.ClubID = c.ClubID WHERE 1 = 1\n"
    "{% if location %}AND c.ClubLocation = :location{% endif %}\n"
    "GROUP BY c.ClubID, c.ClubName, c.ClubDesc",
)


def test_a_link_table_row_is_its_head_noun() -> None:
    import bot.matching.table_heads as TH
    from bot.matching.group_heads import outer_table_head

    sql = CLUB_ROSTER[1]
    assert outer_table_head(sql) == "member"
    TH.HEAD_BEFORE_PREPOSITION = False
    try:
        assert outer_table_head(sql) == "club"
    finally:
        TH.HEAD_BEFORE_PREPOSITION = True


def test_a_count_of_what_a_grouped_row_is_counts_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.count_other_rows as COR
    import bot.matching.group_rows as GRW
    import bot.matching.table_heads as TH
    from bot.matching import signals

    # each of these switches alone, without the penalty for counting rows of other things
    monkeypatch.setattr(COR, "OTHER_ROWS_COUNTED_PENALTY", 0.0)

    lib = library_of(
        tmp_path / "lib", {"club_roster": CLUB_ROSTER, "club_directory": CLUB_DIRECTORY}
    )
    clear_index_cache()
    text = "How many clubs are there?"
    assert match(text, lib, TODAY).query == "club_directory"
    assert match("Count the number of clubs.", lib, TODAY).query == "club_directory"
    for module, switch in (
        (TH, "HEAD_BEFORE_PREPOSITION"),
        (signals, "GRAIN_FROM_FIRST_GROUP"),
        (GRW, "ROWS_OF_GROUPS_COUNTED"),
    ):
        with monkeypatch.context() as m:
            m.setattr(module, switch, False)
            assert match(text, lib, TODAY).query != "club_directory", switch


def test_count_the_number_of_counts_what_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.matching.counted as CT

    assert CT.counted("count the total number of clubs") == ["clubs"]
    monkeypatch.setattr(CT, "NUMBER_OF_AFTER_COUNT", False)
    assert "clubs" not in CT.counted("count the total number of clubs")


STUDENTS = (
    "title: Student directory\n"
    "description: One row per student, the name and how many clubs the student belongs to.\n"
    "examples: [student list, how old is Smith]\n"
    "keywords: [student, students, name, first name, last name, belong, how many]\n"
    "params:\n"
    "  first_name: {type: string, optional: true, label: first name}\n"
    "  last_name: {type: string, optional: true, label: last name}",
    "SELECT s.StuID AS student_id, s.Fname AS first_name, s.LName AS last_name,\n"
    "  COUNT(m.ClubID) AS clubs\n"
    "FROM Student AS s LEFT JOIN Member_of_club AS m ON m.StuID = s.StuID WHERE 1 = 1\n"
    "{% if first_name %}AND s.Fname = :first_name{% endif %}\n"
    "{% if last_name %}AND s.LName = :last_name{% endif %}\n"
    "GROUP BY s.StuID, s.Fname, s.LName",
)


def test_a_count_of_a_named_row_is_read_off_its_count_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.read_off as RO

    lib = library_of(tmp_path / "lib", {"club_roster": CLUB_ROSTER, "student_directory": STUDENTS})
    names = {"first_name": ["Linda", "Tracy"], "last_name": ["Smith", "Kim"]}
    lib.known_values = {"club_roster": names, "student_directory": names}
    clear_index_cache()
    text = 'How many clubs does "Linda Smith" belong to?'
    assert match(text, lib, TODAY).query == "student_directory"
    monkeypatch.setattr(RO, "READ_OFF_COUNT_BONUS", 0.0)
    assert match(text, lib, TODAY).query != "student_directory"


def test_a_count_of_the_tables_own_rows_is_not_read_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.matching.read_off as RO
    from bot.library.loader import load_library  # noqa: F401 - the types register on import
    from bot.matching.result_fit import asked

    text = "how many rooms have a king bed"
    a = asked(text, text, lambda s: True, [], {"bed"}, frozenset({"room"}), False)
    fit = type("Fit", (), {})()
    fit.shape = type("Shape", (), {"counts": True, "groups": True})()
    fit.shown_counts = frozenset({"room"})
    fit.from_table = frozenset({"room"})
    fit.own_params = frozenset({"bed"})
    assert not RO.reads_off_count(a, fit)  # type: ignore[arg-type]
    monkeypatch.setattr(RO, "OTHER_THINGS_ONLY", False)
    assert RO.reads_off_count(a, fit)  # type: ignore[arg-type]


@pytest.mark.parametrize("switch", ["OLD_YEAR_RANGE_ENDS", "TO_IS_AN_UPPER_BOUND"])
def test_a_range_of_old_years_fills_from_and_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    import bot.language.bounds as LB
    import bot.language.period_rules as PR

    header, sql = SITES
    header = header.replace(
        "params:\n",
        "params:\n  opened_in: {type: int, optional: true, min: 1700, max: 2100, label: year}\n",
    )
    sql += "\n{% if opened_in %}AND s.year = :opened_in{% endif %}"
    lib = library_of(tmp_path / "lib", {"site_directory": (header, sql)})
    clear_index_cache()
    for text in ("sites opened between 1935 and 1939", "sites opened from 1935 to 1939"):
        d = match(text, lib, TODAY)
        assert (d.params["opened_from"], d.params["opened_to"]) == (1935, 1939), text
    monkeypatch.setattr(PR if switch == "OLD_YEAR_RANGE_ENDS" else LB, switch, False)
    d = match("sites opened between 1935 and 1939", lib, TODAY)
    assert (d.params.get("opened_from"), d.params.get("opened_to")) != (1935, 1939)


FEES = (
    "title: Site fees\n"
    "description: One row per site, its fee and the average fee; optionally only the sites\n"
    "  whose fee is above or below the average.\n"
    "examples: [fee at each site, sites that charge less than the average]\n"
    "keywords: [fee, fees, site, sites, average, how many]\n"
    "params:\n"
    "  relative_to_average:\n"
    "    type: choice\n"
    "    optional: true\n"
    "    choices: [above, below]\n"
    "    synonyms: {higher than average: above, lower than average: below}",
    "WITH a AS (SELECT AVG(fee) AS average_fee FROM fees)\n"
    "SELECT f.site, f.fee, a.average_fee FROM fees AS f CROSS JOIN a WHERE 1 = 1\n"
    "{% if relative_to_average == 'above' %}AND f.fee > a.average_fee{% endif %}\n"
    "{% if relative_to_average == 'below' %}AND f.fee < a.average_fee{% endif %}",
)


def test_a_comparison_a_choice_says_is_no_unknown_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.relative_choice as RCH

    lib = library_of(tmp_path / "lib", {"site_fees": FEES})
    clear_index_cache()
    text = "which sites have a fee higher than average?"
    d = match(text, lib, TODAY)
    assert (d.query, d.params["relative_to_average"]) == ("site_fees", "above")
    monkeypatch.setattr(RCH, "RELATIVE_SAID_BY_CHOICE", False)
    assert match(text, lib, TODAY).status == "unmatched"


def test_a_choice_phrase_is_named_with_an_article_between_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.choice_phrases as CPH

    lib = library_of(tmp_path / "lib", {"site_fees": FEES})
    clear_index_cache()
    text = "which sites have a fee higher than the average fee?"
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params["relative_to_average"]) == ("matched", "site_fees", "above")
    monkeypatch.setattr(CPH, "ARTICLES_BETWEEN_WORDS", False)
    assert match(text, lib, TODAY).status == "unmatched"


def test_a_question_word_after_a_preposition_asks_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.matching.asked_rows as AR

    assert "year" in AR.asked_rows("in what year was the most degrees conferred")
    monkeypatch.setattr(AR, "PREPOSITION_BEFORE_WHICH", False)
    assert "year" not in AR.asked_rows("in what year was the most degrees conferred")


def test_a_bare_count_is_not_of_rows_of_another_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.matching.count_other_rows as COR
    from bot.matching.result_fit import asked

    def count_of(text: str) -> object:
        return asked(text, text, lambda s: True, [], set(), frozenset({"campus", "fee"}), False)

    text = "how many campuses are there"
    assert COR.counts_other_rows(count_of(text), text, frozenset({"fee"}))  # type: ignore[arg-type]
    assert not COR.counts_other_rows(count_of(text), text, frozenset({"campus"}))  # type: ignore[arg-type]
    monkeypatch.setattr(COR, "OTHER_ROWS_COUNTED_PENALTY", 0.0)
    assert not COR.counts_other_rows(count_of(text), text, frozenset({"fee"}))  # type: ignore[arg-type]


CATALOG = (
    "title: Product catalog\n"
    "description: One row per product, its name and category; optionally one product by name\n"
    "  or one category.\n"
    "examples: [list every product, products in the herbs category]\n"
    "keywords: [product, products, name, names, category]\n"
    "params:\n"
    "  product: {type: string, optional: true, label: product name}\n"
    "  category: {type: choice, optional: true, choices: [Herbs, Seeds, Spices]}",
    "SELECT p.name, p.category FROM products AS p WHERE 1 = 1\n"
    "{% if product %}AND p.name = :product{% endif %}\n"
    "{% if category %}AND p.category = :category{% endif %}",
)


def test_a_quoted_value_a_choice_took_is_no_name_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.quoted_choice as QC

    lib = library_of(tmp_path / "lib", {"product_catalog": CATALOG})
    clear_index_cache()
    text = 'What are the names of products with category "Spices"?'
    d = match(text, lib, TODAY)
    assert (d.params["category"], d.params["product"]) == ("Spices", None)
    monkeypatch.setattr(QC, "QUOTE_TO_CHOICE_ONLY", False)
    assert match(text, lib, TODAY).params["product"] == "Spices"


def test_a_key_column_groups_by_what_it_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.matching.table_heads as TH
    from bot.matching.sql_words import first_group_key, group_words

    sql = (
        "SELECT rc.product_category_code, COUNT(*) AS products FROM Ref_Product_Categories AS rc"
        " GROUP BY rc.product_category_code"
    )
    heads = group_words(sql, heads=True) or frozenset()
    assert "product" not in heads and "category" in heads
    assert first_group_key(sql) == frozenset({"category", "code"})
    monkeypatch.setattr(TH, "KEYED_HEAD_ONLY", False)
    assert "product" in (group_words(sql, heads=True) or frozenset())
    assert "product" in first_group_key(sql)
