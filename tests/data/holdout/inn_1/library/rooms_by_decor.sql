/*---
title: Rooms per decor
description: >
  Number of rooms and their average, lowest and highest base price per decor style. Optionally
  only one bed type or rooms from a base price on.
examples:
  - how many rooms of each style do we have
  - average nightly price of rustic versus modern rooms
  - decor breakdown of the queen rooms
  - rooms from 150 up by decor
keywords: [decor, style, modern, traditional, rustic, rooms, count, number, average price,
           minimum price, cheapest, base price, per decor, each decor, breakdown]
params:
  bed_type:
    type: choice
    choices: [King, Queen, Double]
    optional: true
    synonyms: {king size: King, king-size: King, king bed: King, queen size: Queen,
               queen bed: Queen, double bed: Double, full: Double}
  min_price: {type: int, optional: true, min: 0, label: base price at least}
owner: "@revenue"
---*/
SELECT
    decor,
    COUNT(*) AS rooms,
    ROUND(AVG(basePrice), 2) AS average_base_price,
    MIN(basePrice) AS lowest_base_price,
    MAX(basePrice) AS highest_base_price
FROM Rooms
WHERE 1 = 1
{% if bed_type %}AND bedType = :bed_type
{% endif %}{% if min_price %}AND basePrice >= :min_price
{% endif %}GROUP BY decor
ORDER BY rooms DESC, decor
