/*---
title: Estimates per film
description: >
  One row per film (films without estimates shown with 0): studio, gross, how many market
  estimates, in how many markets, the smallest low and largest high estimate, and the
  average low and high estimate. Optionally one studio, or films with at least a number of
  estimates. Most estimates first (default), by title, or highest gross.
examples:
  - number of estimates per film
  - how many market estimates does each film have
  - which film has the most estimates
  - estimate ranges by film
keywords: [per film, each film, by film, films, movies, estimates, estimations,
           how many estimates, number of estimates, markets, low estimate, high estimate,
           range, average estimate]
params:
  studio: {type: string, optional: true}
  min_estimates: {type: int, optional: true, min: 0, label: at least this many estimates}
  sort:
    type: choice
    choices: [most_estimates, title, gross]
    default: most_estimates
    synonyms: {most: most_estimates, most estimates: most_estimates,
               alphabetical: title, by title: title, box office: gross,
               highest gross: gross}
owner: "@film-insights"
---*/
SELECT f.Title AS title, f.Studio AS studio, f.Gross_in_dollar AS gross_in_dollar,
       COUNT(e.Estimation_ID) AS estimates,
       COUNT(DISTINCT e.Market_ID) AS markets,
       MIN(e.Low_Estimate) AS smallest_low_estimate,
       MAX(e.High_Estimate) AS largest_high_estimate,
       ROUND(AVG(e.Low_Estimate), 1) AS average_low_estimate,
       ROUND(AVG(e.High_Estimate), 1) AS average_high_estimate
FROM film AS f
LEFT JOIN film_market_estimation AS e ON e.Film_ID = f.Film_ID
WHERE 1 = 1
{% if studio %}AND f.Studio = :studio
{% endif %}GROUP BY f.Film_ID, f.Title, f.Studio, f.Gross_in_dollar
{% if min_estimates is not none and min_estimates is not false %}HAVING COUNT(e.Estimation_ID) >= :min_estimates
{% endif %}ORDER BY
{% if sort == 'title' %}f.Title
{% elif sort == 'gross' %}f.Gross_in_dollar DESC
{% else %}estimates DESC, f.Title
{% endif %}
