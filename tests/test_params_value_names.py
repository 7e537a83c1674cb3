"""People's names said otherwise than stored (bot.matching.value_names): a name written surname
first ("Davis Steven") names the stored "Steven Davis" where its words alone would not say
which value; the first name said beside a known last name ("taught by OTHA MOYER", where the
teacher is known by the last name) is the rest of the person's name, no unknown word; and a
place said by its people's adjective ("Canadian", bot.matching.value_demonyms) names the
place. Each rule on a small library written here, switched off to show it is the rule that
does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import value_demonyms, value_names, value_plurals
from bot.matching.index import _INDEX_CACHE, index_for
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

TEACHERS = (
    """title: Teachers
description: One row per teacher, the students in the teacher's class.
keywords: [teacher, teachers, taught, teaches, students, class]
params:
  teacher: {type: string, optional: true, label: teacher's last name}""",
    """SELECT t.LastName, t.FirstName, COUNT(*) AS students FROM teachers AS t
JOIN list AS l ON l.Classroom = t.Classroom
WHERE 1 = 1 {% if teacher %}AND t.LastName = :teacher{% endif %}
GROUP BY t.LastName, t.FirstName""",
)
ROOMS = (
    """title: Classrooms
description: One row per classroom and its grade.
keywords: [classroom, room, grade]""",
    "SELECT Classroom, Grade FROM list GROUP BY Classroom, Grade",
)
MEMBERS = (
    """title: Club members
description: The clubs each member belongs to.
keywords: [club, clubs, member, members]
params:
  member: {type: string, optional: true, label: member's name}""",
    "SELECT club, member FROM memberships WHERE 1 = 1 {% if member %}AND member = :member{% endif %}",
)


@pytest.fixture(autouse=True)
def _fresh_index():  # type: ignore[no-untyped-def]
    _INDEX_CACHE.clear()
    yield
    _INDEX_CACHE.clear()


def _teachers(tmp_path: Path):  # noqa: ANN202 - a Library
    lib = library_of(tmp_path / "lib", {"teachers": TEACHERS, "rooms": ROOMS})
    lib.known_values = {"teachers": {"teacher": ["MOYER", "TARRING"]}}
    lib.shown_values = {
        "teachers": {"LastName": ["MOYER", "TARRING"], "FirstName": ["OTHA", "LEIA"]},
    }
    return lib


def test_a_first_name_beside_a_known_last_name_is_the_rest_of_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _teachers(tmp_path)
    for said in ("how many students are taught by OTHA MOYER", "students of TARRING LEIA"):
        d = match(said, lib, TODAY)
        assert d.status == "matched" and d.query == "teachers", said
        assert d.params["teacher"] in ("MOYER", "TARRING")
        assert not {"OTHA", "LEIA"} & set(d.ignored)
    monkeypatch.setattr(value_names, "NAME_PARTS_BESIDE", False)
    _INDEX_CACHE.clear()
    said = "how many students are taught by OTHA MOYER"
    # off, the first name is no part of the value read. (The decision no longer shows it: with
    # subject_fit.NOUN_BEFORE_VALUE_NOT_BREAKDOWN on, the request runs with MOYER either way.)
    assert [said[s:e] for _k, s, e, _o in index_for(lib).values.named(said)] == ["MOYER"]


def test_a_word_beside_a_value_that_is_no_first_name_stays_a_word(tmp_path: Path) -> None:
    values = index_for(_teachers(tmp_path)).values

    def spans(said: str) -> list[str]:
        return [said[s:e] for _k, s, e, _o in values.named(said)]

    assert spans("students taught by OTHA MOYER") == ["OTHA MOYER"]
    assert spans("students taught by MOYER LEIA") == ["MOYER LEIA"]
    # no first name shown beside the last names, a comma between, a word in lower case
    assert spans("students taught by MOYER ROOM") == ["MOYER"]
    assert spans("students taught by MOYER, LEIA") == ["MOYER"]
    assert spans("students taught by otha MOYER") == ["MOYER"]


def test_a_name_said_surname_first_names_the_stored_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"members": MEMBERS, "rooms": ROOMS})
    # "Davis" alone is part of two stored names: only the two words together say which
    lib.known_values = {"members": {"member": ["Steven Davis", "Davis Miller", "Linda Smith"]}}
    said = "which clubs is Davis Steven a member of"
    d = match(said, lib, TODAY)
    assert d.status == "matched" and d.params["member"] == "Steven Davis"
    assert "Davis" not in d.ignored
    # written as stored, the name is read as ever; in lower case no name is guessed
    assert match("which clubs is Steven Davis a member of", lib, TODAY).params["member"] == (
        "Steven Davis"
    )
    monkeypatch.setattr(value_names, "REVERSED_NAMES", False)
    _INDEX_CACHE.clear()
    off = match(said, lib, TODAY)
    assert off.status != "matched" or "Davis" in off.ignored


ROUTES = (
    """title: Routes by destination country
description: The routes flown to airports of one country.
keywords: [route, routes, airport, airports, destination, flown]
params:
  country: {type: string, optional: true, label: destination country}""",
    "SELECT r.id, a.country FROM routes AS r JOIN airports AS a ON a.id = r.dst "
    "WHERE 1 = 1 {% if country %}AND a.country = :country{% endif %}",
)


def test_a_place_said_by_its_people_s_adjective_names_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(value_demonyms, "DEMONYM_VALUES", True)  # shipped off
    lib = library_of(tmp_path / "lib", {"routes": ROUTES, "rooms": ROOMS})
    lib.known_values = {
        "routes": {"country": ["Canada", "Italy", "Mexico", "China", "Pakistan", "Music"]}
    }
    for said, place in (
        ("how many routes end in a Canadian airport", "Canada"),
        ("routes to Italian airports", "Italy"),
        ("routes to Mexican airports", "Mexico"),
        ("routes to Chinese airports", "China"),
        ("routes to Pakistani airports", "Pakistan"),
    ):
        d = match(said, lib, TODAY)
        assert d.params.get("country") == place, said
    # in lower case, or opening a sentence, the same endings make everyday words
    values = index_for(lib).values
    for said in ("routes flown by a musician", "Musician routes", "routes to italian airports"):
        assert not values.named(said), said
    monkeypatch.setattr(value_demonyms, "DEMONYM_VALUES", False)
    _INDEX_CACHE.clear()
    assert match("routes to Italian airports", lib, TODAY).params.get("country") != "Italy"


CAPTAINS = (
    """title: Captains
description: One row per captain, with rank.
keywords: [captain, captains, rank, roster]
params:
  rank: {type: string, optional: true}""",
    "SELECT name, rank FROM captain WHERE 1 = 1 {% if rank %}AND rank = :rank{% endif %}",
)


def test_a_value_ending_in_man_said_in_the_plural_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"captains": CAPTAINS, "rooms": ROOMS})
    lib.known_values = {"captains": {"rank": ["Midshipman", "Lieutenant", "Commander"]}}
    said = "the captains who are midshipmen"
    assert match(said, lib, TODAY).params.get("rank") == "Midshipman"
    assert match("the captains who are lieutenants", lib, TODAY).params["rank"] == "Lieutenant"
    assert value_plurals.singulars("midshipmen") == ["midshipman"]
    monkeypatch.setattr(value_plurals, "PLURAL_MEN", False)
    # (a known value one letter off may still be read as a typo: bot.matching.value_typos)
    assert "midshipman" not in value_plurals.singulars("midshipmen")


FIRMS = (
    """title: Companies
description: One row per company, with its industry and profit.
keywords: [company, companies, firms, industry, profit]
params:
  industry: {type: string, optional: true}""",
    "SELECT name, industry, profit FROM companies WHERE 1 = 1 "
    "{% if industry %}AND industry = :industry{% endif %}",
)


def test_an_activity_said_by_the_plural_of_its_doers_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"firms": FIRMS, "rooms": ROOMS})
    lib.known_values = {"firms": {"industry": ["Banking", "Shipping", "Retail", "Trading"]}}
    for said, industry in (
        ("profit of the companies that are banks", "Banking"),
        ("profit of the companies that are ships", "Shipping"),
        ("profit of the companies that are trades", "Trading"),
    ):
        assert match(said, lib, TODAY).params.get("industry") == industry, said
    monkeypatch.setattr(value_plurals, "PLURAL_OF_ACTIVITY", False)
    _INDEX_CACHE.clear()
    said = "profit of the companies that are banks"
    assert match(said, lib, TODAY).params.get("industry") is None
