/*---
title: Season overview
description: >
  One row for all storms on record: how many storms, total and average deaths, total and
  average damage (millions USD), average, lowest and highest maximum speed, how many storms
  caused deaths, how many regions were affected and how many cities in all.
examples:
  - season summary
  - total damage from all storms
  - how many storms do we have on record
  - average max speed across storms
keywords: [overview, summary, season, total, totals, how many, number of, count, average,
           mean, highest, lowest, all storms, overall, headline]
params: {}
owner: "@risk-analytics"
---*/
SELECT
    (SELECT COUNT(*) FROM storm) AS storms,
    (SELECT SUM(Number_Deaths) FROM storm) AS total_deaths,
    (SELECT ROUND(AVG(Number_Deaths), 2) FROM storm) AS average_deaths,
    (SELECT SUM(Damage_millions_USD) FROM storm) AS total_damage_millions_usd,
    (SELECT ROUND(AVG(Damage_millions_USD), 3) FROM storm) AS average_damage_millions_usd,
    (SELECT ROUND(AVG(Max_speed), 1) FROM storm) AS average_max_speed,
    (SELECT MIN(Max_speed) FROM storm) AS lowest_max_speed,
    (SELECT MAX(Max_speed) FROM storm) AS highest_max_speed,
    (SELECT COUNT(*) FROM storm WHERE Number_Deaths > 0) AS storms_with_deaths,
    (SELECT COUNT(DISTINCT Region_id) FROM affected_region) AS regions_affected,
    (SELECT SUM(Number_city_affected) FROM affected_region) AS cities_affected
