"""Known values (docs/query-library.md): found from the SQL with sqlglot, read from a real DuckDB
warehouse by `datarequest queries refresh-values`, recognised in requests and bound as stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from bot.library.known_values import compared_column, value_sources
from bot.library.loader import check_library, load_library
from bot.library.value_keys import KeyFile, open_key_file, value_keys, write_key_file
from bot.matching.matcher import match
from bot.matching.values import ValueIndex

CLI = str(Path(sys.executable).parent / "datarequest")
TODAY = date(2026, 11, 22)

FLIGHTS = """/*---
title: Flights from an airport
examples: [flights out of Denver, how many flights leave from Boston]
keywords: [flights, departures]
params:
  origin: {type: string, label: airport}
---*/
SELECT COUNT(*) AS flights FROM flights AS f JOIN airports AS a ON a.code = f.origin_code
WHERE a.city = :origin
"""
COUNTRY = """/*---
title: Country of a city
examples: [which country is Paris in, country of Lima]
keywords: [country, nation]
params:
  city: {type: string}
---*/
WITH named AS (SELECT city, country FROM airports)
SELECT country FROM named WHERE lower(city) = lower(:city)
"""
AIRLINES = """/*---
title: Airline abbreviation
examples: [abbreviation of Delta, what is the code of United]
keywords: [airline, abbreviation, code]
params:
  airline: {type: string, values: "SELECT name FROM airlines"}
  alliance: {type: string, optional: true, values: [Star Alliance, SkyTeam, oneworld]}
  note: {type: string, optional: true, values: none}
---*/
SELECT abbreviation FROM airlines WHERE name = :airline
{% if alliance %}AND alliance = :alliance{% endif %}
{% if note %}AND note LIKE :note{% endif %}
"""


def _library(root: Path) -> Path:
    lib = root / "library"
    lib.mkdir()
    (lib / "flights_from.sql").write_text(FLIGHTS)
    (lib / "country_of.sql").write_text(COUNTRY)
    (lib / "airline_code.sql").write_text(AIRLINES)
    return lib


def _warehouse(root: Path) -> Path:
    path = root / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE airports (code TEXT, city TEXT, country TEXT)")
        con.execute(
            "INSERT INTO airports VALUES ('ABZ', 'Aberdeen', 'United Kingdom'),"
            "('GRU', 'São Paulo', 'Brazil'), ('ABI', 'Abilene', 'United States'),"
            "('SFO', 'San Francisco', 'United States')"
        )
        con.execute("CREATE TABLE flights (origin_code TEXT, dest_code TEXT)")
        con.execute("INSERT INTO flights VALUES ('ABZ', 'GRU')")
        con.execute(
            "CREATE TABLE airlines (name TEXT, abbreviation TEXT, alliance TEXT, note TEXT)"
        )
        con.execute("INSERT INTO airlines VALUES ('JetBlue Airways', 'B6', NULL, NULL)")
    return path


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("kv")
    lib, warehouse, data = _library(root), _warehouse(root), root / "data"
    env = {k: v for k, v in os.environ.items() if k not in ("QUERY_LIBRARY", "WAREHOUSE_PATH")}
    env.update({"DATA_DIR": str(data), "WAREHOUSE_PATH": str(warehouse)})
    done = subprocess.run(
        [CLI, "queries", "refresh-values", "--library", str(lib)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "known values" in done.stdout
    return {"lib": lib, "data": data, "warehouse": warehouse, "env": env}  # type: ignore[dict-item]


def test_the_compared_column_is_found_in_the_sql(tmp_path: Path) -> None:
    lib = load_library(_library(tmp_path))
    assert compared_column(lib.get("flights_from"), "origin") == (
        ("airports",),
        "city",
        (("flights",), ("airports",)),
    )
    # A column of a CTE: the one base table the query reads.
    assert compared_column(lib.get("country_of"), "city") == (
        ("airports",),
        "city",
        (("airports",),),
    )
    sources = {(s.query, s.param): s for s in value_sources(lib)}
    assert sources[("airline_code", "airline")].sql == "SELECT name FROM airlines"
    assert sources[("airline_code", "alliance")].values == ("Star Alliance", "SkyTeam", "oneworld")
    assert ("airline_code", "note") not in sources  # values: none opts out


def test_values_key_is_checked(tmp_path: Path) -> None:
    (tmp_path / "q.sql").write_text(
        "/*---\ntitle: Q\nparams:\n  n: {type: int, values: [1, 2]}\n---*/\nSELECT :n\n"
    )
    _lib, problems = check_library(tmp_path)
    assert any("'values' applies to string and choice parameters" in str(p) for p in problems)


def _matcher(refreshed) -> object:  # type: ignore[no-untyped-def]
    done = subprocess.run(
        [CLI, "match", "-", "--json", "--today", "2026-11-22", "--library", str(refreshed["lib"])],
        input="flights out of aberdeen\nhow many flights leave from san francisco?\n"
        "which country is sao paulo in\nabbreviation of Jetblue Airways\n"
        "abbreviation of JetBlue airways in skyteam\nflights out of abilen\n"
        "flights out of Aberdeen or São Paulo\nflights not out of Aberdeen\n",
        capture_output=True,
        text=True,
        env=refreshed["env"],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_known_values_bind_exactly_as_stored(refreshed) -> None:  # type: ignore[no-untyped-def]
    out = _matcher(refreshed)
    assert (out[0]["query"], out[0]["params"]["origin"]) == ("flights_from", "Aberdeen")
    assert (out[1]["query"], out[1]["params"]["origin"]) == ("flights_from", "San Francisco")
    assert (out[2]["query"], out[2]["params"]["city"]) == ("country_of", "São Paulo")
    assert (out[3]["query"], out[3]["params"]["airline"]) == ("airline_code", "JetBlue Airways")
    assert out[4]["params"]["alliance"] == "SkyTeam"  # a `values:` list, no warehouse needed
    assert out[5]["params"]["origin"] == "Abilene"  # a long name, mistyped
    assert out[5]["ignored"] == []


def test_a_value_the_query_would_drop_is_a_ticket(refreshed) -> None:  # type: ignore[no-untyped-def]
    out = _matcher(refreshed)
    # Two airports for a query that takes one, and a negated one: never a silent wrong number.
    assert out[6]["status"] == "unmatched"
    assert out[7]["status"] == "unmatched"


def test_header_values_work_without_a_warehouse(tmp_path: Path) -> None:
    lib = load_library(_library(tmp_path))
    d = match("abbreviation of Delta in star alliance", lib, TODAY)
    assert d.query == "airline_code" and d.params["alliance"] == "Star Alliance"


def test_the_store_is_plain_json_in_the_data_folder(refreshed) -> None:  # type: ignore[no-untyped-def]
    files = list((refreshed["data"] / "known-values").glob("*.json"))
    assert len(files) == 1
    doc = json.loads(files[0].read_text())
    assert "Aberdeen" in doc["values"]["flights_from"]["origin"]
    assert "São Paulo" in doc["values"]["country_of"]["city"]


def test_the_key_file_is_searched_in_place(tmp_path: Path) -> None:
    known = {
        "trips": {"start_city": ["Mountain View", "Palo Alto"], "end_city": ["Palo Alto"]},
        "cities": {
            "city": [f"Town {i:05d}" for i in range(2000)] + ["São Paulo", "US", "us", "2024", "12"]
        },
    }
    path = tmp_path / "k.keys"
    write_key_file(path, value_keys(known))
    keys = KeyFile(path)
    assert keys["palo alto"] == [
        ("trips", "start_city", "Palo Alto"),
        ("trips", "end_city", "Palo Alto"),
    ]
    assert keys["sao paulo"] == [("cities", "city", "São Paulo")]
    assert keys["town 01999"] == [("cities", "city", "Town 01999")]
    assert "town 02000" not in keys and "12" not in keys
    # a number of 3+ digits stored as text is kept: a request may name it ("account 2024")
    assert keys["2024"] == [("cities", "city", "2024")]
    # a short code in capitals is kept (matched only as written); a short word is not
    assert keys["us"] == [("cities", "city", "US")]
    assert keys.max_words == 2 and len(keys) == 2005
    assert open_key_file(tmp_path / "missing.keys") == {}


def test_a_value_two_parameters_take_goes_where_the_words_point(tmp_path: Path) -> None:
    (tmp_path / "trips.sql").write_text(
        "/*---\ntitle: Trips between cities\nexamples: [trips from Boston to Denver]\n"
        "params:\n  start_city: {type: string, values: [Mountain View, Palo Alto]}\n"
        "  end_city: {type: string, values: [Mountain View, Palo Alto]}\n---*/\n"
        "SELECT COUNT(*) FROM trips WHERE start = :start_city AND finish = :end_city\n"
    )
    values = ValueIndex(load_library(tmp_path))
    for text, start, end in (
        (
            "how many trips started from Mountain View and ended at Palo Alto",
            "Mountain View",
            "Palo Alto",
        ),
        ("trips ending in Mountain View that started in Palo Alto", "Palo Alto", "Mountain View"),
    ):
        hits = values.hits("trips", values.named(text), text)
        assert (hits["start_city"][0], hits["end_city"][0]) == (start, end), text


def test_a_short_code_is_a_value_only_as_written(tmp_path: Path) -> None:
    (tmp_path / "artists.sql").write_text(
        "/*---\ntitle: Artists by country\nexamples: [artists from India]\n"
        "params:\n  country: {type: string, optional: true, values: [India, UK, US]}\n"
        "---*/\nSELECT name FROM artists WHERE country = :country\n"
    )
    values = ValueIndex(load_library(tmp_path))
    for text, found in (
        ("artists from the UK", ["uk"]),
        ("artists from uk", []),  # written as a word, not as the code
        ("can you send us the artists", []),
        ("artists from the US or India", ["us", "india"]),
    ):
        assert [k for k, _s, _e, _o in values.named(text)] == found, text


def test_a_value_followed_by_its_parameter_s_name(tmp_path: Path) -> None:
    (tmp_path / "wines.sql").write_text(
        "/*---\ntitle: Wine list\nexamples: [wines under 30]\nkeywords: [wine, wines]\n"
        "params:\n  county: {type: string, optional: true, values: [Monterey, Sonoma]}\n"
        "  appelation: {type: string, optional: true, values: [Monterey County, Napa Valley]}\n"
        "---*/\nSELECT name FROM wine WHERE county = :county OR appelation = :appelation\n"
    )
    d = match("wines from appelations in Monterey county", load_library(tmp_path), TODAY)
    assert d.status == "matched" and d.params["county"] == "Monterey", d.to_json()


def test_a_key_file_says_whether_it_holds_values_without_reading_them(tmp_path: Path) -> None:
    empty, full = tmp_path / "empty.keys", tmp_path / "full.keys"
    write_key_file(empty, {})
    write_key_file(full, value_keys({"q": {"city": ["Lisbon", "Porto"]}}))
    assert not KeyFile(empty) and len(KeyFile(empty)) == 0
    assert KeyFile(full) and set(KeyFile(full)) == {"lisbon", "porto"}
