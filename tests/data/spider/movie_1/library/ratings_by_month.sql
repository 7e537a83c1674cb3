/*---
title: Ratings activity by month
description: Number of ratings and average stars per month in which ratings were given.
examples:
  - ratings per month
  - monthly review volume
  - how many reviews came in each month
keywords: [monthly, month, months, trend, volume, activity, over time, ratings, reviews]
params:
  rating_year: {type: int, optional: true, min: 1990, max: 2100, label: year the ratings were given}
owner: "@content-analytics"
---*/
SELECT
    date_trunc('month', r.ratingDate) AS month,
    COUNT(*) AS ratings,
    ROUND(AVG(r.stars), 2) AS average_stars
FROM Rating AS r
WHERE r.ratingDate IS NOT NULL
{% if rating_year %}  AND year(r.ratingDate) = :rating_year
{% endif %}GROUP BY 1
ORDER BY 1
