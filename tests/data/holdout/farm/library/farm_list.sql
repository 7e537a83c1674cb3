/*---
title: Farm livestock records
description: >
  One row per farm record (each farm's census year, 1927-1934): total horses, working
  horses, total cattle, oxen, bulls, cows, pigs, and sheep and goats (thousands of head).
  Optionally one farm, one year, or more than so many total horses, cattle or pigs (strict).
  By year, oldest first (default), or by any animal count, largest first; the direction
  (ascending, descending) reverses either.
examples:
  - livestock per farm
  - farms ranked by number of cows
  - farm records from 1930
  - farms with over 8000 cattle
keywords: [farm, farms, farm record, livestock, animals, horses, total horses, working horses,
           cattle, oxen, bulls, cows, pigs, sheep, goats, sheep and goats, head, per farm,
           each farm]
params:
  farm_id: {type: int, optional: true, label: farm id}
  year: {type: int, optional: true, label: year}
  min_total_horses: {type: number, optional: true, label: total horses above}
  min_cattle: {type: number, optional: true, label: total cattle above}
  min_pigs: {type: number, optional: true, label: pigs above}
  sort:
    type: choice
    choices: [year, total_horses, working_horses, cattle, cows, pigs, sheep_and_goats]
    default: year
    synonyms: {horses: total_horses, total horses: total_horses, working horses: working_horses,
               total cattle: cattle, cow: cows, pig: pigs, sheep: sheep_and_goats,
               goats: sheep_and_goats, chronological: year}
  direction:
    type: choice
    choices: [desc, asc]
    optional: true
    synonyms: {descending: desc, largest first: desc, most: desc, highest: desc,
               ascending: asc, smallest first: asc, fewest: asc, lowest: asc,
               increasing: asc, decreasing: desc}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@agri-stats"
---*/
SELECT f.Farm_ID AS farm_id, f.Year AS year, f.Total_Horses AS total_horses,
       f.Working_Horses AS working_horses, f.Total_Cattle AS total_cattle, f.Oxen AS oxen,
       f.Bulls AS bulls, f.Cows AS cows, f.Pigs AS pigs, f.Sheep_and_Goats AS sheep_and_goats
FROM farm AS f
WHERE 1 = 1
{% if farm_id is not none and farm_id is not false %}AND f.Farm_ID = :farm_id
{% endif %}{% if year is not none and year is not false %}AND f.Year = :year
{% endif %}{% if min_total_horses is not none and min_total_horses is not false %}AND f.Total_Horses > :min_total_horses
{% endif %}{% if min_cattle is not none and min_cattle is not false %}AND f.Total_Cattle > :min_cattle
{% endif %}{% if min_pigs is not none and min_pigs is not false %}AND f.Pigs > :min_pigs
{% endif %}ORDER BY
{% if sort == 'total_horses' %}f.Total_Horses
{% elif sort == 'working_horses' %}f.Working_Horses
{% elif sort == 'cattle' %}f.Total_Cattle
{% elif sort == 'cows' %}f.Cows
{% elif sort == 'pigs' %}f.Pigs
{% elif sort == 'sheep_and_goats' %}f.Sheep_and_Goats
{% else %}f.Year
{% endif %}{% if sort == 'year' %}{% if direction == 'desc' %} DESC{% endif %}{% elif direction != 'asc' %} DESC{% endif %}
{% if n %}LIMIT :n
{% endif %}
