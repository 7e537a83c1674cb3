/*---
title: Manufacturers per headquarter city
description: >
  Every city where a manufacturer has its headquarters, with the number of manufacturers, their
  total revenue, the top earner there and its revenue, and how many different products they
  make. Optionally one city.
examples:
  - supplier footprint by city
  - how much revenue sits in Paris-based suppliers
  - which city hosts the most suppliers
keywords: [city, cities, headquarter, headquarters, hq, location, locations, based, per city,
           each city, footprint, revenue, total revenue, top earner, manufacturers, suppliers,
           products, distinct products]
params:
  city: {type: string, optional: true, label: headquarter city}
owner: "@procurement-analytics"
---*/
WITH ranked AS (
    SELECT
        Headquarter,
        Name,
        Revenue,
        row_number() OVER (PARTITION BY Headquarter ORDER BY Revenue DESC, Name) AS rank
    FROM Manufacturers
),
made AS (
    SELECT m.Headquarter, COUNT(DISTINCT p.Name) AS distinct_products
    FROM Manufacturers AS m
    JOIN Products AS p ON p.Manufacturer = m.Code
    GROUP BY m.Headquarter
)
SELECT
    m.Headquarter,
    COUNT(*) AS manufacturers,
    SUM(m.Revenue) AS total_revenue,
    ANY_VALUE(r.Name) AS top_manufacturer,
    ANY_VALUE(r.Revenue) AS top_revenue,
    COALESCE(ANY_VALUE(made.distinct_products), 0) AS distinct_products
FROM Manufacturers AS m
JOIN ranked AS r ON r.Headquarter = m.Headquarter AND r.rank = 1
LEFT JOIN made ON made.Headquarter = m.Headquarter
WHERE 1 = 1
{% if city %}AND m.Headquarter = :city
{% endif %}GROUP BY m.Headquarter
ORDER BY total_revenue DESC, m.Headquarter
