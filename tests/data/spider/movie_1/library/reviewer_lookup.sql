/*---
title: Reviewer lookup
description: >
  One reviewer by name: their id and every rating they gave (film, director, stars, date).
examples:
  - what has Ashley White rated
  - ratings by Elizabeth Thomas
  - reviewer id of Chris Jackson
  - which directors' films did Brittany Harris review
keywords: [reviewer, critic, rater, lookup, look up, id, ratings by, rated, reviewed, profile]
params:
  reviewer: {type: string, label: reviewer name}
owner: "@content-analytics"
---*/
SELECT
    rv.rID AS reviewer_id,
    rv.name AS reviewer,
    m.title,
    m.director,
    r.stars,
    r.ratingDate AS rating_date
FROM Reviewer AS rv
LEFT JOIN Rating AS r ON r.rID = rv.rID
LEFT JOIN Movie AS m ON m.mID = r.mID
WHERE rv.name = :reviewer
ORDER BY r.ratingDate
