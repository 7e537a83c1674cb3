/*---
title: Rating distribution
description: How many ratings were given at each star value, and how many distinct films and reviewers.
examples:
  - histogram of stars
  - how are ratings spread across 1 to 5 stars
  - star distribution
keywords: [distribution, histogram, spread, breakdown, stars, star, star value, ratings,
           scale]
params: {}
owner: "@content-analytics"
---*/
SELECT
    r.stars,
    COUNT(*) AS ratings,
    COUNT(DISTINCT r.mID) AS films,
    COUNT(DISTINCT r.rID) AS reviewers
FROM Rating AS r
GROUP BY r.stars
ORDER BY r.stars
