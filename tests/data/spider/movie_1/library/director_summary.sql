/*---
title: Directors scorecard
description: >
  Per director: number of films, first and last release year, ratings received, average
  stars, and their best and worst rated film with its stars.
examples:
  - directors and how many films each made
  - which director gets the best reviews
  - each director's top rated film
  - reviews received per director
  - worst film of every director
keywords: [director, directors, filmmaker, filmmakers, scorecard, films per director,
           best film, worst film, reviews received, average, ratings]
params: {}
owner: "@content-analytics"
---*/
WITH films AS (
    SELECT director, COUNT(*) AS films, MIN("year") AS first_year, MAX("year") AS last_year
    FROM Movie
    GROUP BY director
),
rated AS (
    SELECT
        m.director,
        COUNT(*) AS ratings,
        ROUND(AVG(r.stars), 2) AS average_stars,
        arg_max(m.title, r.stars) AS best_film,
        MAX(r.stars) AS best_stars,
        arg_min(m.title, r.stars) AS worst_film,
        MIN(r.stars) AS worst_stars
    FROM Rating AS r
    JOIN Movie AS m ON m.mID = r.mID
    GROUP BY m.director
)
SELECT
    f.director,
    f.films,
    f.first_year,
    f.last_year,
    COALESCE(r.ratings, 0) AS ratings_received,
    r.average_stars,
    r.best_film,
    r.best_stars,
    r.worst_film,
    r.worst_stars
FROM films AS f
LEFT JOIN rated AS r ON r.director IS NOT DISTINCT FROM f.director
ORDER BY f.films DESC, f.director
