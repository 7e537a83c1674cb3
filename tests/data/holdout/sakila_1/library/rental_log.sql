/*---
title: Rental log
description: >
  One row per rental: id, when it was rented and returned, the film title, the inventory
  item and its store, the customer's id and name and the staff id who handled it.
  Optionally the rentals of one customer (first and/or last name), of one film, of one store
  or only those not yet returned; newest first (default) or oldest first.
examples:
  - most recent rentals
  - what has SUSAN WILSON rented
  - rentals of ACADEMY DINOSAUR
  - DVDs still out, not returned yet
keywords: [rental, rentals, rent, rented, renting, borrowed, checkout, checked out, returned,
           return, not returned, outstanding, overdue, log, history, film, title, customer,
           store, staff, when, date, earliest, first, oldest, latest, recent, newest]
params:
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
  title: {type: string, optional: true, label: film title}
  store: {type: int, optional: true, min: 1, label: store id}
  not_returned: {type: bool, optional: true, label: only rentals not yet returned}
  sort:
    type: choice
    choices: [latest, earliest]
    default: latest
    synonyms: {newest: latest, most recent: latest, recent: latest, oldest: earliest,
               first: earliest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n rentals}
owner: "@store-ops"
---*/
SELECT
    r.rental_id,
    r.rental_date,
    r.return_date,
    f.title,
    r.inventory_id,
    i.store_id,
    r.customer_id,
    cu.first_name,
    cu.last_name,
    r.staff_id
FROM rental AS r
JOIN inventory AS i ON i.inventory_id = r.inventory_id
JOIN film AS f ON f.film_id = i.film_id
JOIN customer AS cu ON cu.customer_id = r.customer_id
WHERE 1 = 1
{% if first_name %}AND cu.first_name = :first_name
{% endif %}{% if last_name %}AND cu.last_name = :last_name
{% endif %}{% if title %}AND f.title = :title
{% endif %}{% if store %}AND i.store_id = :store
{% endif %}{% if not_returned %}AND r.return_date IS NULL
{% endif %}ORDER BY
{% if sort == 'earliest' %}r.rental_date, r.rental_id
{% else %}r.rental_date DESC, r.rental_id DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
