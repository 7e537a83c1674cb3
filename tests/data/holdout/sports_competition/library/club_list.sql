/*---
title: Clubs
description: >
  One row per club: club id, name, region, start year, medal-table rank, total medals and
  how many players it has on the books. Optionally one club, clubs of one region, or clubs
  that started after / before a year (strict) or in a year. Sorted by name (default), start
  year (oldest first), newest first, rank, or most players.
examples:
  - list all clubs with their region
  - clubs founded after 2005
  - which region is BK Slide from
  - oldest club
  - clubs in the UK
keywords: [club, clubs, team, teams, side, sides, region, regions, country, based, from,
           start year, started, founded, established, formed, since, oldest, newest, squad size]
params:
  club: {type: string, optional: true, label: club name}
  region: {type: string, optional: true}
  started_in: {type: int, optional: true, min: 1800, max: 2100, label: start year}
  started_after: {type: int, optional: true, min: 1800, max: 2100, label: started after (exclusive)}
  started_before: {type: int, optional: true, min: 1800, max: 2100, label: started before (exclusive)}
  sort:
    type: choice
    choices: [name, oldest, newest, rank, players]
    default: name
    synonyms: {alphabetical: name, by name: name, start year: oldest, earliest: oldest,
               oldest first: oldest, founded: oldest, most recent: newest, youngest: newest,
               latest: newest, newest first: newest, ranking: rank, ranked: rank,
               most players: players, biggest squad: players}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@competition-analytics"
---*/
SELECT c.Club_ID AS club_id, c.name AS club, c.Region AS region, c.Start_year AS start_year,
       r.Rank AS medal_rank, r.Total AS total_medals,
       (SELECT COUNT(*) FROM player AS p WHERE p.Club_ID = c.Club_ID) AS players
FROM club AS c
LEFT JOIN club_rank AS r ON r.Club_ID = c.Club_ID
WHERE 1 = 1
{% if club %}AND c.name = :club
{% endif %}{% if region %}AND c.Region = :region
{% endif %}{% if started_in %}AND c.Start_year = :started_in
{% endif %}{% if started_after %}AND c.Start_year > :started_after
{% endif %}{% if started_before %}AND c.Start_year < :started_before
{% endif %}ORDER BY
{% if sort == 'oldest' %}c.Start_year, c.name
{% elif sort == 'newest' %}c.Start_year DESC, c.name
{% elif sort == 'rank' %}r.Rank NULLS LAST, c.name
{% elif sort == 'players' %}players DESC, c.name
{% else %}c.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
