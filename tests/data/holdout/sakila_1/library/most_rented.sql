/*---
title: Most rented films
description: >
  Rental counts: one row per film (default) or per inventory item (a single physical copy,
  with its inventory id and store), with the title, the number of rentals and the first and
  last rental date. Optionally one store; most rented first.
examples:
  - our most popular titles by rentals
  - which physical copies go out the most
  - rental counts per film at store 2
keywords: [rented, rentals, rental, popular, popularity, most rented, most often, frequently,
           demand, film, films, movie, title, copy, copies, item, items, inventory,
           inventory id, dvd, disc, store, top, most]
params:
  by:
    type: choice
    choices: [film, copy]
    default: film
    synonyms: {films: film, title: film, titles: film, movie: film, item: copy,
               items: copy, inventory item: copy, inventory: copy, copies: copy, dvd: copy,
               disc: copy}
  store: {type: int, optional: true, min: 1, label: store id}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n rows}
owner: "@store-ops"
---*/
SELECT
{% if by == 'copy' %}    i.inventory_id,
    i.store_id,
{% endif %}    f.film_id,
    f.title,
    COUNT(*) AS rentals,
    MIN(r.rental_date) AS first_rental,
    MAX(r.rental_date) AS last_rental
FROM rental AS r
JOIN inventory AS i ON i.inventory_id = r.inventory_id
JOIN film AS f ON f.film_id = i.film_id
WHERE 1 = 1
{% if store %}AND i.store_id = :store
{% endif %}GROUP BY
{% if by == 'copy' %}i.inventory_id, i.store_id, {% endif %}f.film_id, f.title
ORDER BY rentals DESC, f.title{% if by == 'copy' %}, i.inventory_id{% endif %}
{% if n %}LIMIT :n
{% endif %}
