/*---
title: Medal table
description: >
  The club ranking: rank, club, region, gold, silver and bronze medals and total medals.
  Optionally one club, or only clubs with more than a number of gold or total medals
  (strict). Sorted by rank (default), or by most gold, silver, bronze or total medals, or
  by fewest total medals.
examples:
  - medal table
  - club rankings with gold silver bronze
  - which club has the most gold medals
  - clubs with more than 10 medals
  - how many medals has IFG won
keywords: [medal, medals, gold, golds, silver, silvers, bronze, bronzes, total, rank, ranks,
           ranking, rankings, standings, table, podium, won, wins, titles, top]
params:
  club: {type: string, optional: true, label: club name}
  min_gold: {type: int, optional: true, min: 0, max: 100000, label: more than this many gold}
  min_total: {type: int, optional: true, min: 0, max: 100000, label: more than this many medals}
  sort:
    type: choice
    choices: [rank, gold, silver, bronze, total, fewest]
    default: rank
    synonyms: {ranking: rank, standings: rank, most gold: gold, golds: gold,
               most silver: silver, silvers: silver, most bronze: bronze, bronzes: bronze,
               most medals: total, total medals: total, medals: total,
               fewest medals: fewest, least medals: fewest, lowest total: fewest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@competition-analytics"
---*/
SELECT r.Rank AS rank, c.name AS club, c.Region AS region, r.Gold AS gold, r.Silver AS silver,
       r.Bronze AS bronze, r.Total AS total
FROM club_rank AS r
JOIN club AS c ON c.Club_ID = r.Club_ID
WHERE 1 = 1
{% if club %}AND c.name = :club
{% endif %}{% if min_gold is not none and min_gold is not false %}AND r.Gold > :min_gold
{% endif %}{% if min_total is not none and min_total is not false %}AND r.Total > :min_total
{% endif %}ORDER BY
{% if sort == 'gold' %}r.Gold DESC, r.Rank
{% elif sort == 'silver' %}r.Silver DESC, r.Rank
{% elif sort == 'bronze' %}r.Bronze DESC, r.Rank
{% elif sort == 'total' %}r.Total DESC, r.Rank
{% elif sort == 'fewest' %}r.Total, r.Rank
{% else %}r.Rank
{% endif %}{% if n %}LIMIT :n
{% endif %}
