/*---
title: Ratings per movie
description: >
  For each rated film: title, year, director, number of ratings, average, lowest and highest
  stars; best average first. Optionally only films with at least N ratings.
examples:
  - best rated films
  - average stars per movie
  - which film has the worst average score
  - most reviewed movie
  - average rating of films with at least 3 reviews
keywords: [rating, ratings, rated, stars, star, score, average, avg, mean, best, worst,
           highest, lowest, top, reviews, reviewed, most reviewed, movie, movies, film, films]
params:
  min_ratings: {type: int, optional: true, min: 1, max: 1000, label: at least N ratings}
owner: "@content-analytics"
---*/
SELECT
    m.mID AS movie_id,
    m.title,
    m."year" AS release_year,
    m.director,
    COUNT(*) AS ratings,
    ROUND(AVG(r.stars), 2) AS average_stars,
    MIN(r.stars) AS lowest_stars,
    MAX(r.stars) AS highest_stars
FROM Rating AS r
JOIN Movie AS m ON m.mID = r.mID
GROUP BY m.mID, m.title, m."year", m.director
{% if min_ratings %}HAVING COUNT(*) >= :min_ratings
{% endif %}ORDER BY average_stars DESC, ratings DESC, m.title
