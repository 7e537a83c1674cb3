/*---
title: Catalogue mix
description: >
  How the catalogue splits up: one row per category (default), MPAA rating, language or
  rental rate, with its id where it has one, the number of films, their average length,
  average rental rate and average replacement cost. Largest group first.
examples:
  - how many titles do we carry per genre
  - catalogue split by rating
  - film count at each price point
  - what languages is the catalogue in
keywords: [category, categories, genre, genres, rating, ratings, language, languages,
           rental rate, price point, prices, films, titles, movies, catalogue, catalog, mix,
           split, breakdown, per, each, how many, different, kinds, count]
params:
  by:
    type: choice
    choices: [category, rating, language, rental_rate]
    default: category
    synonyms: {genre: category, genres: category, categories: category, ratings: rating,
               mpaa rating: rating, languages: language, price: rental_rate,
               price point: rental_rate, rate: rental_rate, rental fee: rental_rate}
owner: "@content-team"
---*/
SELECT
{% if by == 'rating' %}    f.rating AS grp, NULL AS grp_id,
{% elif by == 'language' %}    l.name AS grp, f.language_id AS grp_id,
{% elif by == 'rental_rate' %}    CAST(f.rental_rate AS VARCHAR) AS grp, NULL AS grp_id,
{% else %}    c.name AS grp, c.category_id AS grp_id,
{% endif %}    COUNT(*) AS films,
    ROUND(AVG(f.length), 1) AS avg_length,
    ROUND(AVG(f.rental_rate), 2) AS avg_rental_rate,
    ROUND(AVG(f.replacement_cost), 2) AS avg_replacement_cost
FROM film AS f
LEFT JOIN film_category AS fc ON fc.film_id = f.film_id
LEFT JOIN category AS c ON c.category_id = fc.category_id
LEFT JOIN language AS l ON l.language_id = f.language_id
GROUP BY 1, 2
ORDER BY films DESC, 1
