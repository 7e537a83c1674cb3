/*---
title: Movie catalogue
description: >
  The films in the catalogue with id, title, release year and director, newest first, and
  how many films their director has in the catalogue. Filters: director, released after or
  before a year, or only directors with at least N films.
examples:
  - list all our films
  - films by George Lucas
  - movies released before 1970
  - what came out after 1990 by Robert Wise
  - directors with several films and what they made
  - latest film we have
keywords: [movie, movies, film, films, catalogue, catalog, title, titles, release, released,
           year, made, director, directed, filmography, newest, oldest]
params:
  director: {type: string, optional: true, label: director}
  made_after: {type: int, optional: true, min: 1880, max: 2100, label: released after year}
  made_before: {type: int, optional: true, min: 1880, max: 2100, label: released before year}
  min_films_by_director: {type: int, optional: true, min: 1, max: 100,
                          label: directors with at least N films}
owner: "@content-analytics"
---*/
WITH catalogue AS (
    SELECT
        m.mID AS movie_id,
        m.title,
        m."year" AS release_year,
        m.director,
        COUNT(*) OVER (PARTITION BY m.director) AS films_by_director
    FROM Movie AS m
)
SELECT *
FROM catalogue
WHERE TRUE
{% if director %}  AND director = :director
{% endif %}{% if made_after %}  AND release_year > :made_after
{% endif %}{% if made_before %}  AND release_year < :made_before
{% endif %}{% if min_films_by_director %}  AND director IS NOT NULL AND films_by_director >= :min_films_by_director
{% endif %}ORDER BY release_year DESC, title
