/*---
title: Partner hotels
description: >
  The partner hotels near the parks, one row per hotel: hotel id, star rating (code and
  description), whether pets are allowed, price range and the hotel's notes. A few hotels
  have no price range on file. Optionally only hotels of a given star rating, that allow or
  do not allow pets, priced above or below an amount. Sorted by id (default), cheapest first
  or most expensive first; optionally only the first n.
examples:
  - list our partner hotels
  - pet friendly hotels with their prices
  - four star hotels sorted by price
  - 5 cheapest hotels
  - hotels priced under 50000
keywords: [hotel, hotels, accommodation, lodging, stay, partner hotels, star, stars, rating,
           star rating, price, price range, cost, expensive, cheap, cheapest, pets, pet,
           dogs, pet policy, details]
params:
  stars: {type: int, optional: true, min: 1, max: 5, label: star rating}
  pets:
    type: choice
    optional: true
    choices: ["yes", "no"]
    synonyms: {pets allowed: "yes", allow pets: "yes", allows pets: "yes", pet friendly: "yes",
               dog friendly: "yes", no pets: "no", pets not allowed: "no", no dogs: "no"}
  price_over: {type: number, optional: true, min: 0, label: price range above}
  price_under: {type: number, optional: true, min: 0, label: price range below}
  sort:
    type: choice
    choices: [id, cheapest, most_expensive]
    default: id
    synonyms: {cheap: cheapest, lowest price: cheapest, low to high: cheapest,
               least expensive: cheapest, expensive: most_expensive,
               highest price: most_expensive, high to low: most_expensive, priciest: most_expensive}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@park-insights"
---*/
SELECT
    h.hotel_id,
    h.star_rating_code AS stars,
    r.star_rating_description AS star_rating,
    CASE WHEN h.pets_allowed_yn = '1' THEN 'yes' ELSE 'no' END AS pets_allowed,
    h.price_range,
    h.other_hotel_details AS details
FROM Hotels AS h
LEFT JOIN Ref_Hotel_Star_Ratings AS r ON r.star_rating_code = h.star_rating_code
WHERE 1 = 1
{% if stars is not none and stars is not false %}AND h.star_rating_code = CAST(:stars AS VARCHAR)
{% endif %}{% if pets == 'yes' %}AND h.pets_allowed_yn = '1'
{% elif pets == 'no' %}AND COALESCE(h.pets_allowed_yn, '') <> '1'
{% endif %}{% if price_over is not none and price_over is not false %}AND h.price_range > :price_over
{% endif %}{% if price_under is not none and price_under is not false %}AND h.price_range < :price_under
{% endif %}ORDER BY
{% if sort == 'cheapest' %}h.price_range ASC NULLS LAST, h.hotel_id
{% elif sort == 'most_expensive' %}h.price_range DESC NULLS LAST, h.hotel_id
{% else %}h.hotel_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
