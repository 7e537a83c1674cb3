/*---
title: Films with no rating
description: Films in the catalogue that nobody has rated yet, with year and director.
examples:
  - which films still have no reviews
  - movies nobody rated
  - unreviewed titles
keywords: [unrated, not rated, no rating, no ratings, no reviews, unreviewed, never reviewed,
           nobody, movies, films, titles]
params: {}
owner: "@content-analytics"
---*/
SELECT m.mID AS movie_id, m.title, m."year" AS release_year, m.director
FROM Movie AS m
WHERE NOT EXISTS (SELECT 1 FROM Rating AS r WHERE r.mID = m.mID)
ORDER BY m.title
