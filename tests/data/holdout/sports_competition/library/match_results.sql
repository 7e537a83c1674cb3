/*---
title: Match results
description: >
  One row per recorded result: competition id, year, type and host country, the two clubs
  and the score (first club's points first). Optionally the results of one club (either
  side), of one competition type, one host country or one year. Sorted by year (default) or
  newest first.
examples:
  - all match results
  - results involving AIB
  - scores from friendlies
  - what was the score in competition 2
  - results in 2007
keywords: [result, results, score, scores, scoreline, match, matches, game, games, fixture,
           fixtures, played, against, versus, vs, opponent, opponents, head to head, beat,
           lost]
params:
  club: {type: string, optional: true, label: club (either side)}
  competition_id: {type: int, optional: true, min: 1, max: 1000000, label: competition id}
  competition_type:
    type: choice
    choices: [Friendly, Tournament]
    optional: true
    synonyms: {friendly: Friendly, friendlies: Friendly, tournament: Tournament,
               tournaments: Tournament, cup: Tournament}
  country: {type: string, optional: true, label: host country}
  year: {type: int, optional: true, min: 1800, max: 2100}
  sort:
    type: choice
    choices: [year, newest]
    default: year
    synonyms: {chronological: year, oldest first: year, latest: newest, most recent: newest}
owner: "@competition-analytics"
---*/
SELECT r.Competition_ID AS competition_id, co.Year AS year, co.Competition_type AS competition_type,
       co.Country AS country, c1.name AS club_1, c2.name AS club_2, r.Score AS score
FROM competition_result AS r
JOIN competition AS co ON co.Competition_ID = r.Competition_ID
JOIN club AS c1 ON c1.Club_ID = r.Club_ID_1
JOIN club AS c2 ON c2.Club_ID = r.Club_ID_2
WHERE 1 = 1
{% if club %}AND (c1.name = :club OR c2.name = :club)
{% endif %}{% if competition_id %}AND r.Competition_ID = :competition_id
{% endif %}{% if competition_type %}AND co.Competition_type = :competition_type
{% endif %}{% if country %}AND co.Country = :country
{% endif %}{% if year %}AND co.Year = :year
{% endif %}ORDER BY
{% if sort == 'newest' %}co.Year DESC, r.Competition_ID
{% else %}co.Year, r.Competition_ID
{% endif %}
