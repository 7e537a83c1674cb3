/*---
title: Ratings log
description: >
  Every individual rating: reviewer, film (title, year, director), stars and date, sorted by
  reviewer, then title, then stars. Optionally only ratings within a star range or for one
  director's films.
examples:
  - all ratings with dates
  - every 1 star review
  - ratings of 4 stars and up
  - reviews of Steven Spielberg films
  - dump of the ratings table
keywords: [rating, ratings, review, reviews, stars, star, log, all ratings, every rating,
           reviewer, film, movie, director, date]
params:
  min_stars: {type: int, optional: true, min: 1, max: 5, label: at least N stars}
  max_stars: {type: int, optional: true, min: 1, max: 5, label: at most N stars}
  director: {type: string, optional: true, label: director}
owner: "@content-analytics"
---*/
SELECT
    rv.name AS reviewer,
    m.title,
    m."year" AS release_year,
    m.director,
    r.stars,
    r.ratingDate AS rating_date
FROM Rating AS r
JOIN Reviewer AS rv ON rv.rID = r.rID
JOIN Movie AS m ON m.mID = r.mID
WHERE TRUE
{% if min_stars %}  AND r.stars >= :min_stars
{% endif %}{% if max_stars %}  AND r.stars <= :max_stars
{% endif %}{% if director %}  AND m.director = :director
{% endif %}ORDER BY rv.name, m.title, r.stars
