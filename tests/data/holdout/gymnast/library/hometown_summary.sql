/*---
title: Hometowns
description: >
  One row per hometown in the register: how many people come from it, how many of them are
  gymnasts, their average age, and the gymnasts' best and average total points. Optionally
  only hometowns with at least so many gymnasts. Most gymnasts first (default), by name, or
  by best total.
examples:
  - gymnasts per hometown
  - which hometown produces the most gymnasts
  - hometowns with at least 2 gymnasts
  - list the hometowns
keywords: [hometown, hometowns, town, towns, city, cities, origin, where from, grew up,
           per hometown, by hometown, each hometown, number of gymnasts, most common,
           distinct hometowns]
params:
  min_gymnasts: {type: int, optional: true, min: 1, label: at least (gymnasts)}
  sort:
    type: choice
    choices: [most_gymnasts, name, best_total]
    default: most_gymnasts
    synonyms: {most gymnasts: most_gymnasts, most common: most_gymnasts, alphabetical: name,
               by name: name, best total: best_total, best score: best_total}
owner: "@federation-analytics"
---*/
SELECT p.Hometown AS hometown, COUNT(*) AS people, COUNT(g.Gymnast_ID) AS gymnasts,
       ROUND(AVG(p.Age), 1) AS avg_age,
       MAX(g.Total_Points) AS best_total_points,
       ROUND(AVG(g.Total_Points), 3) AS avg_total_points
FROM people AS p
LEFT JOIN gymnast AS g ON g.Gymnast_ID = p.People_ID
GROUP BY p.Hometown
{% if min_gymnasts %}HAVING COUNT(g.Gymnast_ID) >= :min_gymnasts
{% endif %}ORDER BY
{% if sort == 'name' %}p.Hometown
{% elif sort == 'best_total' %}best_total_points DESC NULLS LAST, p.Hometown
{% else %}gymnasts DESC, p.Hometown
{% endif %}
