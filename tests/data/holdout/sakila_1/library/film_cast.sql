/*---
title: Who is in which film
description: >
  The credits: one row per actor in a film, with the film's title, release year and rating
  and the actor's id and name. Optionally the cast of one film (by title) or the filmography
  of one actor (by first and/or last name); by title, then actor's last name.
examples:
  - cast of ACADEMY DINOSAUR
  - filmography of NICK WAHLBERG
  - every film PENELOPE has been in
keywords: [cast, credits, credited, actor, actors, actress, actresses, starring, starred,
           appears, appeared, filmography, film, films, movie, title, who is in, played]
params:
  title: {type: string, optional: true, label: film title}
  first_name: {type: string, optional: true, label: actor's first name}
  last_name: {type: string, optional: true, label: actor's last name}
owner: "@content-team"
---*/
SELECT
    f.title,
    f.release_year,
    f.rating,
    a.actor_id,
    a.first_name,
    a.last_name
FROM film_actor AS fa
JOIN film AS f ON f.film_id = fa.film_id
JOIN actor AS a ON a.actor_id = fa.actor_id
WHERE 1 = 1
{% if title %}AND f.title = :title
{% endif %}{% if first_name %}AND a.first_name = :first_name
{% endif %}{% if last_name %}AND a.last_name = :last_name
{% endif %}ORDER BY f.title, a.last_name, a.first_name
