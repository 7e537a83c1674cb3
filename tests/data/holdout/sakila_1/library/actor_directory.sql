/*---
title: Actors and how many films they made
description: >
  One row per actor: id, first and last name and the number of films in the catalogue that
  credit them. Optionally actors by first or last name, or only those credited in at least a
  number of films; most films first (default) or by name.
examples:
  - which actors are the busiest
  - actors credited in 35 films or more
  - how many films has SANDRA KILMER done
  - actor roster A to Z
keywords: [actor, actors, actress, actresses, performer, performers, cast, star, starred,
           starring, roles, role, credits, films, movies, appeared, busiest, prolific, most,
           number of films, filmography count, roster]
params:
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_films: {type: int, optional: true, min: 0, label: credited in at least this many films}
  sort:
    type: choice
    choices: [most_films, fewest_films, name]
    default: most_films
    synonyms: {busiest: most_films, most: most_films, fewest: fewest_films,
               least: fewest_films, alphabetical: name, a to z: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n actors}
owner: "@content-team"
---*/
SELECT
    a.actor_id,
    a.first_name,
    a.last_name,
    COUNT(fa.film_id) AS films
FROM actor AS a
LEFT JOIN film_actor AS fa ON fa.actor_id = a.actor_id
WHERE 1 = 1
{% if first_name %}AND a.first_name = :first_name
{% endif %}{% if last_name %}AND a.last_name = :last_name
{% endif %}GROUP BY a.actor_id, a.first_name, a.last_name
{% if min_films is not none %}HAVING COUNT(fa.film_id) >= :min_films
{% endif %}ORDER BY
{% if sort == 'fewest_films' %}films, a.last_name, a.first_name
{% elif sort == 'name' %}a.last_name, a.first_name
{% else %}films DESC, a.last_name, a.first_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
