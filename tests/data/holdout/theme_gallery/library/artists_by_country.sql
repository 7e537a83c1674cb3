/*---
title: Artists per country
description: >
  One row per country the gallery's artists come from: number of artists, their average,
  youngest and oldest age, the earliest and latest year one joined, and their names.
  Optionally only countries with at least some number of artists. Most artists first
  (default) or by country name.
examples:
  - how many artists per country
  - which country has the most artists
  - average artist age by country
  - countries with at least 2 artists
keywords: [country, countries, nationality, per country, by country, each country, artists,
           how many, number of, count, most, average age, origin]
params:
  min_artists: {type: int, optional: true, min: 1, label: at least this many artists}
  sort:
    type: choice
    choices: [artists, country]
    default: artists
    synonyms: {most artists: artists, count: artists, number of artists: artists,
               alphabetical: country, name: country, a-z: country}
owner: "@gallery-insights"
---*/
SELECT a.Country AS country, count(*) AS artists, avg(a.Age) AS average_age,
       min(a.Age) AS youngest_age, max(a.Age) AS oldest_age,
       min(a.Year_Join) AS first_joined, max(a.Year_Join) AS last_joined,
       string_agg(a.Name, ', ' ORDER BY a.Name) AS artist_names
FROM artist AS a
GROUP BY a.Country
{% if min_artists %}HAVING count(*) >= :min_artists
{% endif %}ORDER BY {% if sort == 'country' %}a.Country{% else %}artists DESC, a.Country{% endif %}
