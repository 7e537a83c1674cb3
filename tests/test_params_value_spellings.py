"""Known values written otherwise than stored (issue 10, class 1): without their punctuation or
spacing ("st johns" for "St. John's", "coca cola" for "Coca-Cola"), by their initials ("CS"
for "Computer Science", "nyc"), and numbers said after the noun of an id ("for customer 8").
Each on a small library and a DuckDB warehouse written here, refreshed as `queries
refresh-values` does, and switched off to show it is the rule that does it; a folder refreshed
by an older release (a key file of version 1) still works."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from support import library_of

from bot.library.known_values import attach_known_values, refresh_known_values, values_file
from bot.library.types import number_said
from bot.library.value_keys import KeyFile, value_keys, words_key
from bot.library.value_parts_file import open_parts_file, part_words
from bot.library.value_spellings import initials_of, kind_keys, spelled_keys
from bot.matching import signals
from bot.matching.matcher import clear_index_cache, match

TODAY = dt.date(2026, 11, 22)

SHOPS = (
    """title: Sales by shop
description: Sales of each shop, with its brand and the city it stands in.
keywords: [sales, shop, shops, brand, city, sold]
params:
  brand: {type: string, optional: true, label: brand name}
  city: {type: string, optional: true, label: shop city}
  department: {type: string, optional: true, label: department}""",
    """SELECT s.shop, s.brand, s.city, s.department, s.sales FROM shops AS s WHERE 1 = 1
{% if brand %}AND s.brand = :brand{% endif %}
{% if city %}AND s.city = :city{% endif %}
{% if department %}AND s.department = :department{% endif %}""",
)

WAREHOUSE = """
CREATE TABLE shops (shop VARCHAR, brand VARCHAR, city VARCHAR, department VARCHAR, sales INT);
INSERT INTO shops VALUES
  ('A', 'Coca-Cola', 'St. John''s', 'Computer Science', 10),
  ('B', 'Barnes & Noble', 'O''Hare', 'Civil Engineering', 20),
  ('C', 'Pepsi', 'New York City', 'Mechanical Engineering', 30),
  ('D', 'Dr. Pepper', 'Boston', 'Marine Engineering', 40),
  ('E', 'Acme', 'Springfield', 'Art And Design', 50),
  ('F', 'North Star Soda Company', 'Boston', 'Art And Design', 60),
  ('G', 'Mountain Air Drinks East', 'Boston', 'Art And Design', 70);
"""


def _stored(tmp_path: Path):  # noqa: ANN202 - a Library with its values refreshed
    lib = library_of(tmp_path / "lib", {"shops": SHOPS})
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute(WAREHOUSE)
    refresh_known_values(lib, tmp_path / "data", warehouse)
    clear_index_cache()
    attach_known_values(lib, tmp_path / "data", warehouse)
    return lib, values_file(tmp_path / "data", lib.root, warehouse)


def _said(text: str, lib, param: str) -> object:  # noqa: ANN001 - a Library
    clear_index_cache()
    return match(text, lib, TODAY).params.get(param)


def test_a_value_written_without_its_punctuation_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, _path = _stored(tmp_path)
    assert _said("sales of shops in st johns", lib, "city") == "St. John's"
    assert _said("sales at ohare", lib, "city") == "O'Hare"
    assert _said("sales of the coca cola brand", lib, "brand") == "Coca-Cola"
    assert _said("sales of barnes and noble", lib, "brand") == "Barnes & Noble"
    # as stored, it is found as before
    assert _said("sales in St. John's", lib, "city") == "St. John's"
    monkeypatch.setattr(signals, "PUNCTUATION_SPELLINGS", False)
    # (a long one may still be read as a typo of its words: "coca cola" for "cocacola")
    assert _said("sales at ohare", lib, "city") != "O'Hare"


def test_a_value_said_by_its_initials_names_it_where_they_are_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, _path = _stored(tmp_path)
    assert _said("sales of the CS department", lib, "department") == "Computer Science"
    assert _said("sales of shops in NYC", lib, "city") == "New York City"
    assert _said("sales of nssc", lib, "brand") == "North Star Soda Company"
    # three letters in lower case are too often a word ("top", "due"): "nyc" is not read
    assert _said("sales of shops in nyc", lib, "city") is None
    # "Mechanical Engineering" and "Marine Engineering" share "ME": neither is named
    assert _said("sales of the ME department", lib, "department") is None
    # a lower-case word of English is no initials ("Art And Design" is "aad", "ad")
    assert initials_of("art and design") == ["aad", "ad"]
    assert _said("sales by ad", lib, "department") is None
    # nor a common English word of four or five letters ("made": Mountain Air Drinks East)
    assert _said("sales made in boston", lib, "brand") is None
    assert _said("sales of MADE", lib, "brand") == "Mountain Air Drinks East"
    monkeypatch.setattr(signals, "ACRONYM_VALUES", False)
    assert _said("sales of nssc", lib, "brand") != "North Star Soda Company"


def test_other_keys_stay_out_of_the_parts_file_and_the_words_of_keys(tmp_path: Path) -> None:
    lib, path = _stored(tmp_path)
    keys = KeyFile(path.with_suffix(".keys"))
    assert keys.version == 2
    assert keys["=stjohns"] == [("shops", "city", "St. John's")]
    assert keys["~cs"] == [("shops", "department", "Computer Science")]
    assert "~me" not in keys  # two departments' initials: no key
    parts = open_parts_file(path.with_suffix(".parts"))
    assert parts is not None and all(
        k[0] not in "=~" for w in ("york", "science") for k in parts[w]
    )
    assert part_words("=stjohns") == set() and part_words("~cs") == set()
    # in memory, as a refresh stores them; the plain keys alone without `kinds`
    known = {"shops": {"city": ["St. John's", "Boston"]}}
    assert set(value_keys(known)) == {"st john", "boston"}
    assert set(value_keys(known, kinds=True)) == {"st john", "boston", "=stjohns", "~sj"}
    assert spelled_keys("555-1234") == [] and spelled_keys("Boston") == []
    assert spelled_keys("ann.lee@example.org") == [] and spelled_keys("Lot 12-3") == []
    assert spelled_keys("AT&T") == ["=att", "=atandt"]
    both = ["Mechanical Engineering", "Marine Engineering"]
    assert list(kind_keys(both, [words_key(v) for v in both])) == []  # shared initials


def test_a_folder_refreshed_by_an_older_release_still_works(tmp_path: Path) -> None:
    """A key file of version 1 (no other kinds of key) is read: plain values as before, and
    initials in capitals over the keys themselves, as that release did."""
    lib, path = _stored(tmp_path)
    keys_path = path.with_suffix(".keys")
    lines = keys_path.read_bytes().split(b"\n")
    old = [line for line in lines[1:] if line and line[:1] not in b"=~"]
    keys_path.write_bytes(b"#datarequest-value-keys v1 max_words=3\n" + b"\n".join(old) + b"\n")
    clear_index_cache()
    attach_known_values(lib, tmp_path / "data", tmp_path / "w.duckdb")
    assert lib.value_keys.version == 1 and "~cs" not in lib.value_keys
    assert _said("sales in Springfield", lib, "city") == "Springfield"
    assert _said("sales of shops in NYC", lib, "city") == "New York City"
    assert _said("sales in the Civil department", lib, "department") == "Civil Engineering"
    # a file of an unknown version is ignored, never an error
    keys_path.write_bytes(b"#datarequest-value-keys v9 max_words=3\nboston\tshops\tcity\tBoston\n")
    clear_index_cache()
    attach_known_values(lib, tmp_path / "data", tmp_path / "w.duckdb")
    assert lib.value_keys == {}
    assert words_key("St. John's") == "st john"


FLIGHTS = (
    """title: Flight list
description: Every flight with its number, origin, aircraft and distance; optionally one
  flight by number, or flights longer than a distance.
keywords: [flight, flights, number, origin, aircraft, distance]
params:
  flno: {type: int, optional: true, min: 1, label: flight number}
  min_distance: {type: int, optional: true, min: 1, label: longer than this distance}""",
    """SELECT flno, origin, aircraft, distance FROM flight WHERE 1 = 1
{% if flno %}AND flno = :flno{% endif %}
{% if min_distance %}AND distance > :min_distance{% endif %}""",
)


def test_a_number_after_the_noun_of_an_id_names_that_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "flight 33" names flight 33 (a parameter labelled "flight number"), before the bound
    "longer than 500" that the word "flight" also stands near."""
    lib = library_of(tmp_path / "lib", {"flights": FLIGHTS})
    said = "flights longer than 500 for flight 33"
    d = match(said, lib, TODAY)
    assert (d.status, d.params) == ("matched", {"flno": 33, "min_distance": 500})
    monkeypatch.setattr(number_said, "NUMBER_NAMES_A_ROW", False)
    d = match(said, lib, TODAY)
    assert d.params.get("flno") != 33
