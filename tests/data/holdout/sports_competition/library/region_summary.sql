/*---
title: Clubs per region
description: >
  One row per club region: clubs, earliest and latest start year, gold and total medals,
  and players. Sorted by most clubs (default), most medals, or by region.
examples:
  - clubs per region
  - medals by region
  - which region has the most clubs
  - regional breakdown of clubs
keywords: [region, regions, per region, by region, each region, country, countries,
           regional, clubs, count, number, how many, medals]
params:
  sort:
    type: choice
    choices: [clubs, medals, region]
    default: clubs
    synonyms: {most clubs: clubs, most medals: medals, total medals: medals,
               alphabetical: region, by region: region}
owner: "@competition-analytics"
---*/
SELECT c.Region AS region, COUNT(*) AS clubs, MIN(c.Start_year) AS earliest_start_year,
       MAX(c.Start_year) AS latest_start_year, COALESCE(SUM(r.Gold), 0) AS gold,
       COALESCE(SUM(r.Total), 0) AS total_medals,
       SUM((SELECT COUNT(*) FROM player AS p WHERE p.Club_ID = c.Club_ID)) AS players
FROM club AS c
LEFT JOIN club_rank AS r ON r.Club_ID = c.Club_ID
GROUP BY c.Region
ORDER BY
{% if sort == 'medals' %}total_medals DESC, c.Region
{% elif sort == 'region' %}c.Region
{% else %}clubs DESC, c.Region
{% endif %}
