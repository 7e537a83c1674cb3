/*---
title: Product line per manufacturer
description: >
  Every manufacturer that supplies products, with its code, the number of products, their
  average, lowest and highest price, and its most expensive product. Optionally only
  manufacturers whose average price is at least an amount.
examples:
  - product range by supplier
  - average item price per maker
  - suppliers whose items average 100 or more
  - each supplier's flagship product
keywords: [manufacturer, manufacturers, supplier, suppliers, maker, per manufacturer, each
           manufacturer, product line, range, products, number of products, average price, mean
           price, lowest price, highest price, most expensive, priciest, flagship, code]
params:
  min_avg_price: {type: number, optional: true, min: 0, label: average price at least}
owner: "@procurement-analytics"
---*/
SELECT
    m.Code,
    m.Name AS manufacturer,
    COUNT(*) AS products,
    ROUND(AVG(p.Price), 2) AS average_price,
    MIN(p.Price) AS lowest_price,
    MAX(p.Price) AS highest_price,
    arg_max(p.Name, p.Price) AS most_expensive_product
FROM Manufacturers AS m
JOIN Products AS p ON p.Manufacturer = m.Code
GROUP BY m.Code, m.Name
{% if min_avg_price %}HAVING AVG(p.Price) >= :min_avg_price
{% endif %}ORDER BY m.Name
