/*---
title: Competition results
description: >
  One row per farm entry in a competition: the competition's year and theme, the farm (id
  and its census year) and the rank it placed. Optionally one competition theme, one farm,
  or only places up to a rank (inclusive; 1 = winners). By competition year and rank
  (default), or by farm.
examples:
  - results of the farm competitions
  - who won each competition
  - how did farm 3 place in the competitions
  - top 2 places per competition
keywords: [result, results, rank, ranked, ranking, place, placed, placing, position, winner,
           winners, won, entry, entries, entered, participated, took part, standings]
params:
  theme: {type: string, optional: true, label: competition theme}
  farm_id: {type: int, optional: true, label: farm id}
  max_rank: {type: int, optional: true, min: 1, label: rank at most}
  sort:
    type: choice
    choices: [competition, farm]
    default: competition
    synonyms: {by competition: competition, by year: competition, by farm: farm}
owner: "@agri-stats"
---*/
SELECT fc.Year AS competition_year, fc.Theme AS theme, r.Farm_ID AS farm_id,
       f.Year AS farm_year, r.Rank AS rank
FROM competition_record AS r
JOIN farm_competition AS fc ON fc.Competition_ID = r.Competition_ID
JOIN farm AS f ON f.Farm_ID = r.Farm_ID
WHERE 1 = 1
{% if theme %}AND fc.Theme = :theme
{% endif %}{% if farm_id is not none and farm_id is not false %}AND r.Farm_ID = :farm_id
{% endif %}{% if max_rank is not none and max_rank is not false %}AND r.Rank <= :max_rank
{% endif %}ORDER BY
{% if sort == 'farm' %}r.Farm_ID, fc.Year
{% else %}fc.Year, r.Rank
{% endif %}
