/*---
title: Films and gross per studio
description: >
  Films grouped by studio (as recorded, co-productions separate): how many films, total and
  average gross, the highest gross and the titles. Optionally studios with at least a
  number of films. Most films first (default), highest total gross, highest average gross,
  or by studio name.
examples:
  - how many films per studio
  - total gross by studio
  - which studio has the highest average gross
  - studios with at least 2 films
keywords: [per studio, each studio, by studio, studio, studios, how many films,
           number of films, count, total gross, average gross, mean gross, gross, box office]
params:
  min_films: {type: int, optional: true, min: 1, label: at least this many films}
  sort:
    type: choice
    choices: [most_films, total_gross, average_gross, name]
    default: most_films
    synonyms: {most: most_films, most films: most_films, total: total_gross,
               highest total: total_gross, average: average_gross, avg: average_gross,
               mean: average_gross, alphabetical: name, by name: name}
owner: "@film-insights"
---*/
SELECT f.Studio AS studio, COUNT(*) AS films,
       SUM(f.Gross_in_dollar) AS total_gross,
       ROUND(AVG(f.Gross_in_dollar), 0) AS average_gross,
       MAX(f.Gross_in_dollar) AS highest_gross,
       STRING_AGG(f.Title, ', ' ORDER BY f.Title) AS titles
FROM film AS f
GROUP BY f.Studio
{% if min_films is not none and min_films is not false %}HAVING COUNT(*) >= :min_films
{% endif %}ORDER BY
{% if sort == 'total_gross' %}total_gross DESC
{% elif sort == 'average_gross' %}average_gross DESC
{% elif sort == 'name' %}f.Studio
{% else %}films DESC, f.Studio
{% endif %}
