/*---
title: Film catalogue overview
description: >
  One row for the catalogue: number of films, studios and directors; total, average,
  smallest and largest gross; number of markets, estimates and cities covered.
examples:
  - film catalogue overview
  - how many films do we have
  - average gross across all films
  - total box office of the catalogue
keywords: [overview, summary, totals, total, how many, number of, count, films, movies,
           studios, directors, gross, box office, average, mean, minimum, maximum, lowest,
           highest, catalogue, catalog]
params: {}
owner: "@film-insights"
---*/
SELECT (SELECT COUNT(*) FROM film) AS films,
       (SELECT COUNT(DISTINCT Studio) FROM film) AS studios,
       (SELECT COUNT(DISTINCT Director) FROM film) AS directors,
       (SELECT SUM(Gross_in_dollar) FROM film) AS total_gross,
       (SELECT ROUND(AVG(Gross_in_dollar), 0) FROM film) AS average_gross,
       (SELECT MIN(Gross_in_dollar) FROM film) AS smallest_gross,
       (SELECT MAX(Gross_in_dollar) FROM film) AS largest_gross,
       (SELECT COUNT(*) FROM market) AS markets,
       (SELECT SUM(Number_cities) FROM market) AS cities_covered,
       (SELECT COUNT(*) FROM film_market_estimation) AS estimates
