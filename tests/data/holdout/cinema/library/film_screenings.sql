/*---
title: Screenings per film
description: >
  One row per film, including films not scheduled anywhere: title, director, the number of
  cinemas scheduled to show it, total show times per day, and its lowest, highest and average
  ticket price. Optionally one film or one director, and only films shown at least / at most
  that many cinemas (bounds inclusive; 0 as the upper bound gives the films with no
  screening). Most cinemas first (default), by title, or by highest price.
examples:
  - how many cinemas is each film playing at
  - top ticket price per film
  - which films aren't scheduled anywhere
  - Bermuda Triangle screenings and prices
keywords: [film, films, movie, title, screening, screenings, scheduled, showing, playing,
           shown, price, prices, ticket price, highest price, max price, cheapest, per film]
params:
  film: {type: string, optional: true, label: film title}
  director: {type: string, optional: true, label: director}
  min_cinemas: {type: int, optional: true, min: 0, label: shown at least at (cinemas)}
  max_cinemas: {type: int, optional: true, min: 0, label: shown at most at (cinemas)}
  sort:
    type: choice
    choices: [cinemas, title, price]
    default: cinemas
    synonyms: {most cinemas: cinemas, most screenings: cinemas, by title: title,
               alphabetical: title, by price: price, most expensive: price,
               highest price: price, priciest: price}
owner: "@cinema-insights"
---*/
SELECT f.Title AS title, f.Directed_by AS director, COUNT(s.Cinema_ID) AS cinemas,
       COALESCE(SUM(s.Show_times_per_day), 0) AS show_times_per_day,
       MIN(s.Price) AS min_price, MAX(s.Price) AS max_price, ROUND(AVG(s.Price), 2) AS avg_price
FROM film AS f
LEFT JOIN schedule AS s ON s.Film_ID = f.Film_ID
WHERE 1 = 1
{% if film %}AND f.Title = :film
{% endif %}{% if director %}AND f.Directed_by = :director
{% endif %}GROUP BY f.Film_ID, f.Title, f.Directed_by
HAVING 1 = 1
{% if min_cinemas is not none %}AND COUNT(s.Cinema_ID) >= :min_cinemas
{% endif %}{% if max_cinemas is not none %}AND COUNT(s.Cinema_ID) <= :max_cinemas
{% endif %}ORDER BY
{% if sort == 'title' %}f.Title
{% elif sort == 'price' %}MAX(s.Price) DESC NULLS LAST, f.Title
{% else %}COUNT(s.Cinema_ID) DESC, f.Title
{% endif %}
