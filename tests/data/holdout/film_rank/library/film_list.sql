/*---
title: Films
description: >
  One row per film: title, studio, director and box-office gross in dollars. Optionally one
  film, one director, one studio (exact), studios whose name contains a word (co-productions
  such as "Columbia / Rastar"), or a gross threshold (strict: more than). Highest gross first
  (default), lowest first, or by title, studio or director; optionally only the first n.
examples:
  - list the films with their studio and gross
  - films directed by Steven Spielberg
  - Paramount films
  - top 5 films by gross
  - films that grossed over 100 million
keywords: [film, films, movie, movies, title, titles, studio, studios, director, directors,
           directed, gross, grossed, box office, earnings, takings, revenue, dollars,
           highest grossing, top]
params:
  title: {type: string, optional: true, label: film title}
  director: {type: string, optional: true}
  studio: {type: string, optional: true}
  studio_contains: {type: string, optional: true, label: studio name contains}
  min_gross: {type: number, optional: true, min: 0, label: gross above (dollars)}
  sort:
    type: choice
    choices: [gross, lowest_gross, title, studio, director]
    default: gross
    synonyms: {highest gross: gross, box office: gross, top grossing: gross,
               highest grossing: gross, lowest: lowest_gross, smallest gross: lowest_gross,
               alphabetical: title, by title: title, by studio: studio,
               by director: director}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@film-insights"
---*/
SELECT f.Film_ID AS film_id, f.Title AS title, f.Studio AS studio, f.Director AS director,
       f.Gross_in_dollar AS gross_in_dollar
FROM film AS f
WHERE 1 = 1
{% if title %}AND f.Title = :title
{% endif %}{% if director %}AND f.Director = :director
{% endif %}{% if studio %}AND f.Studio = :studio
{% endif %}{% if studio_contains %}AND f.Studio LIKE '%' || :studio_contains || '%'
{% endif %}{% if min_gross is not none and min_gross is not false %}AND f.Gross_in_dollar > :min_gross
{% endif %}ORDER BY
{% if sort == 'lowest_gross' %}f.Gross_in_dollar
{% elif sort == 'title' %}f.Title
{% elif sort == 'studio' %}f.Studio, f.Title
{% elif sort == 'director' %}f.Director, f.Title
{% else %}f.Gross_in_dollar DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
