/*---
title: Movie lookup
description: >
  One film by its title: year, director, and every rating it received (reviewer, stars,
  date).
examples:
  - tell me about Star Wars
  - who reviewed Titanic and what did they give it
  - details for The Sound of Music
  - E.T. ratings
keywords: [movie, film, lookup, look up, details, about, title, director, directed, reviews,
           reviewed, rated, ratings, reviewers]
params:
  title: {type: string, label: film title}
owner: "@content-analytics"
---*/
SELECT
    m.mID AS movie_id,
    m.title,
    m."year" AS release_year,
    m.director,
    rv.name AS reviewer,
    r.stars,
    r.ratingDate AS rating_date
FROM Movie AS m
LEFT JOIN Rating AS r ON r.mID = m.mID
LEFT JOIN Reviewer AS rv ON rv.rID = r.rID
WHERE m.title = :title
ORDER BY r.ratingDate
