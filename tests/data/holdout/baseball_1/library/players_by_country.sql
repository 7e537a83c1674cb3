/*---
title: Players by country of birth
description: >
  One row per country of birth: the number of players, how many are living, how many
  bat right, left or both (switch), and their average height and weight. Optionally only
  players who bat or throw with a given hand, living or deceased players, or one country;
  and the top N countries only. Most players first (default), fewest first, or by name.
examples:
  - where do players come from, by country
  - how many players were born in the Dominican Republic (D.R.)
  - the 5 countries with the fewest big leaguers
  - left-handed batters per birth country
keywords: [country, countries, born, birth, birthplace, origin, origins, from, nation,
           nationality, players, how many, number, count, most, least, fewest, bats,
           batter, right-handed, left-handed, throws, living]
params:
  birth_country: {type: string, optional: true, label: country of birth}
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
    synonyms: {living: living, alive: living, still alive: living, deceased: deceased,
               dead: deceased, died: deceased}
  n: {type: int, optional: true, min: 1, max: 300, label: top N countries}
  sort:
    type: choice
    choices: [most_players, fewest_players, name]
    default: most_players
    synonyms: {most: most_players, most players: most_players, fewest: fewest_players,
               least: fewest_players, fewest players: fewest_players,
               least players: fewest_players, alphabetical: name, by name: name}
owner: "@baseball-data"
---*/
SELECT
    birth_country,
    COUNT(*) AS players,
    COUNT(*) FILTER (WHERE death_year IS NULL) AS living,
    COUNT(*) FILTER (WHERE bats = 'R') AS bat_right,
    COUNT(*) FILTER (WHERE bats = 'L') AS bat_left,
    COUNT(*) FILTER (WHERE bats = 'B') AS bat_switch,
    ROUND(AVG(height), 2) AS avg_height_in,
    ROUND(AVG(weight), 1) AS avg_weight_lb
FROM player
WHERE 1 = 1
{% if birth_country %}AND birth_country = :birth_country
{% endif %}{% if bats %}AND bats = :bats
{% endif %}{% if throws %}AND throws = :throws
{% endif %}{% if status == 'living' %}AND death_year IS NULL
{% elif status == 'deceased' %}AND death_year IS NOT NULL
{% endif %}GROUP BY birth_country
ORDER BY
{% if sort == 'fewest_players' %}players, birth_country
{% elif sort == 'name' %}birth_country
{% else %}players DESC, birth_country
{% endif %}{% if n is not none and n is not false %}LIMIT :n
{% endif %}
