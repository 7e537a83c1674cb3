/*---
title: Player directory
description: >
  One row per player: id, first, last and given name, birth year, country, state and
  city, death year (empty for living players), height (inches), weight (pounds), bats
  (R/L/B), throws (R/L), debut and final game. Optionally by first or last name, birth
  country, birth state, batting or throwing hand, living or deceased, a height or weight
  range (inclusive), and the top N rows only. By last name (default), tallest,
  heaviest, or earliest debut first.
examples:
  - players born in Venezuela
  - who are the left-handed pitchers born in Texas
  - players taller than 6 foot 7
  - list the living players named Smith
  - heaviest players in the database
keywords: [player, players, who, name, names, first name, last name, born, birth,
           country, state, city, died, death, living, alive, deceased, height, tall,
           taller, shorter, weight, heavy, heavier, bats, batter, throws, left-handed,
           right-handed, switch hitter, debut, list]
params:
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  birth_country: {type: string, optional: true, label: country of birth}
  birth_state: {type: string, optional: true, label: state of birth}
  bats:
    type: choice
    optional: true
    choices: [R, L, B]
    synonyms: {right-handed batter: R, right-handed batters: R, bats right: R,
               left-handed batter: L, left-handed batters: L, bats left: L,
               switch hitter: B, switch hitters: B}
  throws:
    type: choice
    optional: true
    choices: [R, L]
    synonyms: {throws right: R, right-handed pitcher: R, righty: R, throws left: L,
               left-handed pitcher: L, lefty: L, southpaw: L}
  status:
    type: choice
    optional: true
    choices: [living, deceased]
    synonyms: {living: living, alive: living, still alive: living, not dead: living,
               no death record: living, deceased: deceased, dead: deceased,
               died: deceased, passed away: deceased}
  min_height: {type: int, optional: true, min: 40, max: 90, label: height at least (inches)}
  max_height: {type: int, optional: true, min: 40, max: 90, label: height at most (inches)}
  min_weight: {type: int, optional: true, min: 50, max: 400, label: weight at least (pounds)}
  max_weight: {type: int, optional: true, min: 50, max: 400, label: weight at most (pounds)}
  n: {type: int, optional: true, min: 1, max: 1000, label: top N rows}
  sort:
    type: choice
    choices: [name, tallest, heaviest, debut]
    default: name
    synonyms: {alphabetical: name, by name: name, tallest: tallest, heaviest: heaviest,
               earliest debut: debut, by debut: debut}
owner: "@baseball-data"
---*/
SELECT
    player_id,
    name_first AS first_name,
    name_last AS last_name,
    name_given AS given_name,
    birth_year,
    birth_country,
    birth_state,
    birth_city,
    death_year,
    height,
    weight,
    bats,
    throws,
    debut,
    final_game
FROM player
WHERE 1 = 1
{% if first_name %}AND name_first = :first_name
{% endif %}{% if last_name %}AND name_last = :last_name
{% endif %}{% if birth_country %}AND birth_country = :birth_country
{% endif %}{% if birth_state %}AND birth_state = :birth_state
{% endif %}{% if bats %}AND bats = :bats
{% endif %}{% if throws %}AND throws = :throws
{% endif %}{% if status == 'living' %}AND death_year IS NULL
{% elif status == 'deceased' %}AND death_year IS NOT NULL
{% endif %}{% if min_height is not none and min_height is not false %}AND height >= :min_height
{% endif %}{% if max_height is not none and max_height is not false %}AND height <= :max_height
{% endif %}{% if min_weight is not none and min_weight is not false %}AND weight >= :min_weight
{% endif %}{% if max_weight is not none and max_weight is not false %}AND weight <= :max_weight
{% endif %}ORDER BY
{% if sort == 'tallest' %}height DESC NULLS LAST, player_id
{% elif sort == 'heaviest' %}weight DESC NULLS LAST, player_id
{% elif sort == 'debut' %}debut NULLS LAST, player_id
{% else %}name_last, name_first, player_id
{% endif %}{% if n is not none and n is not false %}LIMIT :n
{% endif %}
