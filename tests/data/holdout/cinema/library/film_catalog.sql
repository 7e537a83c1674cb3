/*---
title: Film catalogue
description: >
  One row per film in the catalogue: film id, title, director, rank in the series, number in
  the season, original air date and production code. Optionally one film by title, the films
  of one director, or films whose title contains a word. In season order (default) or by
  title.
examples:
  - list our films and who directed them
  - who directed The Case of the Piggy Banker
  - films by Bill Schreiner
  - any titles containing Triangle?
  - production code and air date for each film
keywords: [film, films, movie, movies, title, titles, director, directed, directed by,
           catalogue, catalog, air date, aired, production code, series, season, episode]
params:
  film: {type: string, optional: true, label: film title}
  director: {type: string, optional: true, label: director}
  title_contains: {type: string, optional: true, values: none, label: word in the title}
  sort:
    type: choice
    choices: [season, title]
    default: season
    synonyms: {season order: season, in order: season, by title: title, alphabetical: title,
               a-z: title}
owner: "@cinema-insights"
---*/
SELECT Film_ID AS film_id, Title AS title, Directed_by AS director,
       Rank_in_series AS rank_in_series, Number_in_season AS number_in_season,
       Original_air_date AS original_air_date, Production_code AS production_code
FROM film
WHERE 1 = 1
{% if film %}AND Title = :film
{% endif %}{% if director %}AND Directed_by = :director
{% endif %}{% if title_contains %}AND Title ILIKE ('%' || :title_contains || '%')
{% endif %}ORDER BY
{% if sort == 'title' %}Title
{% else %}Number_in_season, Film_ID
{% endif %}
