/*---
title: Hotel prices by star rating or pet policy
description: >
  Hotel counts and price ranges per group: per star rating (default) or per pet policy.
  For each group: number of hotels, how many have a price on file, and the average, lowest
  and highest price range. Optionally only hotels of one star rating or pet policy.
examples:
  - average hotel price per star rating
  - do pet friendly hotels cost more
  - hotel price stats by pet policy
  - how pricey are the 4 star hotels on average
keywords: [hotel, hotels, average, avg, mean, price, prices, price range, star, stars,
           star rating, rating, pets, pet policy, per, each, by, grouped, compare, summary,
           min, max, highest, lowest]
params:
  by:
    type: choice
    choices: [star_rating, pets]
    default: star_rating
    synonyms: {stars: star_rating, rating: star_rating, star rating code: star_rating,
               pet policy: pets, pet: pets, pets allowed: pets}
  stars: {type: int, optional: true, min: 1, max: 5, label: star rating}
  pets:
    type: choice
    optional: true
    choices: ["yes", "no"]
    synonyms: {allow pets: "yes", allows pets: "yes", pet friendly: "yes", no pets: "no"}
owner: "@park-insights"
---*/
SELECT
{% if by == 'pets' %}    CASE WHEN h.pets_allowed_yn = '1' THEN 'yes' ELSE 'no' END AS pets_allowed,
{% else %}    h.star_rating_code AS stars,
{% endif %}    COUNT(*) AS hotels,
    COUNT(h.price_range) AS hotels_with_price,
    AVG(h.price_range) AS average_price_range,
    MIN(h.price_range) AS lowest_price_range,
    MAX(h.price_range) AS highest_price_range
FROM Hotels AS h
WHERE 1 = 1
{% if stars is not none and stars is not false %}AND h.star_rating_code = CAST(:stars AS VARCHAR)
{% endif %}{% if pets == 'yes' %}AND h.pets_allowed_yn = '1'
{% elif pets == 'no' %}AND COALESCE(h.pets_allowed_yn, '') <> '1'
{% endif %}GROUP BY 1
ORDER BY 1
