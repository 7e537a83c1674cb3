/*---
title: Films per director
description: >
  One row per director: how many films, total and highest gross, the studios worked with
  and the titles. Optionally one director. Most films first (default), highest total
  gross, or by name.
examples:
  - films per director
  - list the directors and their films
  - which director has the highest total gross
keywords: [director, directors, directed, filmmaker, filmmakers, per director,
           each director, by director, films, how many films, gross, box office]
params:
  director: {type: string, optional: true}
  sort:
    type: choice
    choices: [most_films, total_gross, name]
    default: most_films
    synonyms: {most: most_films, most films: most_films, gross: total_gross,
               box office: total_gross, alphabetical: name, by name: name}
owner: "@film-insights"
---*/
SELECT f.Director AS director, COUNT(*) AS films,
       SUM(f.Gross_in_dollar) AS total_gross, MAX(f.Gross_in_dollar) AS highest_gross,
       STRING_AGG(DISTINCT f.Studio, ', ') AS studios,
       STRING_AGG(f.Title, ', ' ORDER BY f.Title) AS titles
FROM film AS f
WHERE 1 = 1
{% if director %}AND f.Director = :director
{% endif %}GROUP BY f.Director
ORDER BY
{% if sort == 'total_gross' %}total_gross DESC
{% elif sort == 'name' %}f.Director
{% else %}films DESC, f.Director
{% endif %}
