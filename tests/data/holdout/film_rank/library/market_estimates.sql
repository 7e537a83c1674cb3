/*---
title: Estimates per market
description: >
  One row per country market (markets without estimates shown with 0): number of cities,
  how many estimates, how many films, average low and high estimate, and the first and last
  estimate year. Most estimates first (default), or by country, or most cities.
examples:
  - number of estimates per market
  - how many estimates does each country have
  - which market has the most film estimates
  - average low estimate by country
keywords: [per market, each market, by market, per country, each country, by country,
           markets, countries, estimates, how many estimates, number of estimates, films,
           average estimate, low estimate, high estimate]
params:
  sort:
    type: choice
    choices: [most_estimates, country, cities]
    default: most_estimates
    synonyms: {most: most_estimates, most estimates: most_estimates,
               alphabetical: country, by country: country, number of cities: cities,
               most cities: cities}
owner: "@film-insights"
---*/
SELECT m.Country AS country, m.Number_cities AS number_cities,
       COUNT(e.Estimation_ID) AS estimates,
       COUNT(DISTINCT e.Film_ID) AS films,
       ROUND(AVG(e.Low_Estimate), 1) AS average_low_estimate,
       ROUND(AVG(e.High_Estimate), 1) AS average_high_estimate,
       MIN(e.Year) AS first_year, MAX(e.Year) AS last_year
FROM market AS m
LEFT JOIN film_market_estimation AS e ON e.Market_ID = m.Market_ID
GROUP BY m.Market_ID, m.Country, m.Number_cities
ORDER BY
{% if sort == 'country' %}m.Country
{% elif sort == 'cities' %}m.Number_cities DESC
{% else %}estimates DESC, m.Country
{% endif %}
