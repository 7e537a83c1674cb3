/*---
title: Estimates per type or year
description: >
  Market estimates grouped by estimate type (default) or by year (`by`): how many
  estimates, average, smallest and largest low and high estimate. Most estimates first
  (default), or by type / year.
examples:
  - how many estimates of each type
  - average high estimate by type
  - number of estimates per year
keywords: [per type, each type, by type, type, types, kind, per year, each year, by year,
           year, years, estimates, how many estimates, number of estimates, average,
           low estimate, high estimate]
params:
  by:
    type: choice
    choices: [type, year]
    default: type
    synonyms: {types: type, kind: type, estimate type: type, years: year, annual: year,
               yearly: year}
  sort:
    type: choice
    choices: [most, name]
    default: most
    synonyms: {most estimates: most, alphabetical: name, chronological: name}
owner: "@film-insights"
---*/
SELECT
{% if by == 'year' %}CAST(e.Year AS VARCHAR){% else %}e.Type{% endif %} AS grouping,
    COUNT(*) AS estimates,
    ROUND(AVG(e.Low_Estimate), 1) AS average_low_estimate,
    ROUND(AVG(e.High_Estimate), 1) AS average_high_estimate,
    MIN(e.Low_Estimate) AS smallest_low_estimate, MAX(e.Low_Estimate) AS largest_low_estimate,
    MIN(e.High_Estimate) AS smallest_high_estimate, MAX(e.High_Estimate) AS largest_high_estimate
FROM film_market_estimation AS e
GROUP BY grouping
ORDER BY
{% if sort == 'name' %}grouping
{% else %}estimates DESC, grouping
{% endif %}
