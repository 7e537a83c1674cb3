/*---
title: Reviewer activity
description: >
  Every reviewer with id and name, how many ratings they gave, their average stars, first and
  last rating date, and the film they rated lowest (with its stars). Optionally only
  reviewers with at least N ratings.
examples:
  - how active is each critic
  - reviewers and their average score
  - who has rated at least 2 films
  - harshest rating of every reviewer
  - list of reviewers
keywords: [reviewer, reviewers, critic, critics, rater, raters, activity, active, ratings
           given, average, avg, lowest, harshest, how many]
params:
  min_ratings: {type: int, optional: true, min: 1, max: 1000, label: at least N ratings}
owner: "@content-analytics"
---*/
SELECT
    rv.rID AS reviewer_id,
    rv.name AS reviewer,
    COUNT(r.stars) AS ratings,
    ROUND(AVG(r.stars), 2) AS average_stars,
    MIN(r.ratingDate) AS first_rating,
    MAX(r.ratingDate) AS last_rating,
    arg_min(m.title, r.stars) AS lowest_rated_movie,
    MIN(r.stars) AS lowest_stars
FROM Reviewer AS rv
LEFT JOIN Rating AS r ON r.rID = rv.rID
LEFT JOIN Movie AS m ON m.mID = r.mID
GROUP BY rv.rID, rv.name
{% if min_ratings %}HAVING COUNT(r.stars) >= :min_ratings
{% endif %}ORDER BY rv.name
