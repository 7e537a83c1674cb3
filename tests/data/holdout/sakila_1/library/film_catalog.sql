/*---
title: Film catalogue
description: >
  One row per film in the rental catalogue: id, title, description, category, MPAA rating,
  rental rate, length in minutes, replacement cost, special features, language id, number of
  credited actors and copies held in inventory across both stores. Optionally one film by
  title, one category, one rating, one rental rate, one special feature, a length range or
  at most a number of copies; sorted by title (default), rental rate, length, replacement
  cost, cast size or copies.
examples:
  - look up the film ACADEMY DINOSAUR
  - all PG-13 comedies in the catalogue
  - which titles rent for 2.99
  - films under 60 minutes, shortest first
  - titles that come with commentaries
  - films we only hold one copy of
keywords: [film, films, movie, movies, title, titles, catalogue, catalog, description, genre,
           category, rating, rated, rental rate, rental fee, fee, price, rate, length, minutes,
           long, longer, shorter, replacement cost, special features, feature, trailers,
           commentaries, deleted scenes, behind the scenes, cast, actors, copies, inventory,
           stock, in stock]
params:
  title: {type: string, optional: true, label: film title}
  category: {type: string, optional: true, label: category name}
  rating:
    type: choice
    optional: true
    choices: [G, PG, PG-13, R, NC-17]
    synonyms: {general audiences: G, parental guidance: PG, pg13: PG-13, pg 13: PG-13,
               restricted: R, r rated: R, r-rated: R, nc17: NC-17, nc 17: NC-17,
               adults only: NC-17}
  rental_rate: {type: number, optional: true, min: 0, label: rental rate equal to}
  feature:
    type: choice
    optional: true
    choices: [Trailers, Commentaries, Deleted Scenes, Behind the Scenes]
    synonyms: {trailer: Trailers, commentary: Commentaries, deleted scene: Deleted Scenes,
               cut scenes: Deleted Scenes, making of: Behind the Scenes,
               behind-the-scenes: Behind the Scenes, bts: Behind the Scenes}
  min_length: {type: int, optional: true, min: 0, label: at least this many minutes}
  max_length: {type: int, optional: true, min: 0, label: at most this many minutes}
  max_copies: {type: int, optional: true, min: 0, label: at most this many copies in inventory}
  sort:
    type: choice
    choices: [title, highest_rate, lowest_rate, longest, shortest, costliest_replacement,
              most_actors, most_copies]
    default: title
    synonyms: {alphabetical: title, a to z: title, most expensive: highest_rate,
               priciest: highest_rate, cheapest: lowest_rate, longest first: longest,
               shortest first: shortest, replacement cost: costliest_replacement,
               biggest cast: most_actors, most actors: most_actors, most copies: most_copies,
               most stock: most_copies}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n films}
owner: "@content-team"
---*/
WITH cast_size AS (
    SELECT film_id, COUNT(*) AS actors FROM film_actor GROUP BY film_id
),
copies AS (
    SELECT film_id, COUNT(*) AS copies FROM inventory GROUP BY film_id
)
SELECT
    f.film_id,
    f.title,
    f.description,
    c.name AS category,
    f.rating,
    f.rental_rate,
    f.length,
    f.replacement_cost,
    f.special_features,
    f.language_id,
    COALESCE(cs.actors, 0) AS actors,
    COALESCE(cp.copies, 0) AS copies
FROM film AS f
LEFT JOIN film_category AS fc ON fc.film_id = f.film_id
LEFT JOIN category AS c ON c.category_id = fc.category_id
LEFT JOIN cast_size AS cs ON cs.film_id = f.film_id
LEFT JOIN copies AS cp ON cp.film_id = f.film_id
WHERE 1 = 1
{% if title %}AND f.title = :title
{% endif %}{% if category %}AND c.name = :category
{% endif %}{% if rating %}AND f.rating = :rating
{% endif %}{% if rental_rate is not none %}AND f.rental_rate = :rental_rate
{% endif %}{% if feature %}AND f.special_features LIKE '%' || :feature || '%'
{% endif %}{% if min_length is not none %}AND f.length >= :min_length
{% endif %}{% if max_length is not none %}AND f.length <= :max_length
{% endif %}{% if max_copies is not none %}AND COALESCE(cp.copies, 0) <= :max_copies
{% endif %}ORDER BY
{% if sort == 'highest_rate' %}f.rental_rate DESC, f.title
{% elif sort == 'lowest_rate' %}f.rental_rate, f.title
{% elif sort == 'longest' %}f.length DESC, f.title
{% elif sort == 'shortest' %}f.length, f.title
{% elif sort == 'costliest_replacement' %}f.replacement_cost DESC, f.title
{% elif sort == 'most_actors' %}actors DESC, f.title
{% elif sort == 'most_copies' %}copies DESC, f.title
{% else %}f.title
{% endif %}{% if n %}LIMIT :n
{% endif %}
