/*---
title: Top estimate per market
description: >
  For each country market that has estimates, the estimate with the largest high estimate:
  film title, type, year, low and high estimate (ties all shown). Optionally one country.
examples:
  - highest estimate in each market
  - top film estimate per country
  - biggest high estimate in Japan
keywords: [top, highest, largest, biggest, best, per market, each market, per country,
           each country, market, country, estimate, high estimate, film]
params:
  country: {type: string, optional: true, label: market country}
owner: "@film-insights"
---*/
WITH ranked AS (
    SELECT m.Country AS country, f.Title AS title, e.Type AS type, e.Year AS year,
           e.Low_Estimate AS low_estimate, e.High_Estimate AS high_estimate,
           RANK() OVER (PARTITION BY e.Market_ID ORDER BY e.High_Estimate DESC) AS place
    FROM film_market_estimation AS e
    JOIN film AS f ON f.Film_ID = e.Film_ID
    JOIN market AS m ON m.Market_ID = e.Market_ID
    WHERE 1 = 1
    {% if country %}AND m.Country = :country
    {% endif %}
)
SELECT country, title, type, year, low_estimate, high_estimate
FROM ranked
WHERE place = 1
ORDER BY high_estimate DESC, country
