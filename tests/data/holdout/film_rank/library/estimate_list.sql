/*---
title: Market estimates
description: >
  One row per film market estimate: film title, market country, estimate type, year, low
  and high estimate. Optionally one film, one country, one type, one year, a year range
  (inclusive), or a low-estimate threshold (strict: more than). By year (default), newest
  first, largest low or high estimate first, or by film; optionally only the first n.
examples:
  - all market estimates with film and country
  - estimates for ET the Extra-Terrestrial
  - estimates in the Japan market
  - estimates made in 1995
  - estimates with a low estimate above 1000
keywords: [estimate, estimates, estimation, estimations, market estimate, low estimate,
           high estimate, low, high, range, type, year, film, films, market, country,
           forecast range]
params:
  title: {type: string, optional: true, label: film title}
  country: {type: string, optional: true, label: market country}
  type: {type: string, optional: true, label: estimate type}
  year: {type: int, optional: true, min: 1000, max: 2100}
  from_year: {type: int, optional: true, min: 1000, max: 2100, label: from year (inclusive)}
  to_year: {type: int, optional: true, min: 1000, max: 2100, label: to year (inclusive)}
  min_low: {type: number, optional: true, min: 0, label: low estimate above}
  sort:
    type: choice
    choices: [year, newest, low, high, film]
    default: year
    synonyms: {oldest: year, chronological: year, earliest: year, latest: newest,
               most recent: newest, highest low: low, low estimate: low, largest low: low,
               highest: high, high estimate: high, largest high: high, by film: film,
               title: film}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@film-insights"
---*/
SELECT e.Estimation_ID AS estimation_id, f.Title AS title, m.Country AS country,
       e.Type AS type, e.Year AS year, e.Low_Estimate AS low_estimate,
       e.High_Estimate AS high_estimate
FROM film_market_estimation AS e
JOIN film AS f ON f.Film_ID = e.Film_ID
JOIN market AS m ON m.Market_ID = e.Market_ID
WHERE 1 = 1
{% if title %}AND f.Title = :title
{% endif %}{% if country %}AND m.Country = :country
{% endif %}{% if type %}AND e.Type = :type
{% endif %}{% if year %}AND e.Year = :year
{% endif %}{% if from_year %}AND e.Year >= :from_year
{% endif %}{% if to_year %}AND e.Year <= :to_year
{% endif %}{% if min_low is not none and min_low is not false %}AND e.Low_Estimate > :min_low
{% endif %}ORDER BY
{% if sort == 'newest' %}e.Year DESC
{% elif sort == 'low' %}e.Low_Estimate DESC
{% elif sort == 'high' %}e.High_Estimate DESC
{% elif sort == 'film' %}f.Title, e.Year
{% else %}e.Year, e.Estimation_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
