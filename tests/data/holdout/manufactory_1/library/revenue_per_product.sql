/*---
title: Revenue per catalogue item
description: For each manufacturer, its revenue divided by the number of items it supplies
  (how much supplier revenue stands behind each item we list), highest first.
examples:
  - revenue per listed item by supplier
  - which suppliers are big relative to what they sell us
  - supplier weight per SKU
keywords: [per item, per sku, ratio, weight, relative, leverage, dependence, revenue per product,
           items listed]
params: {}
owner: "@procurement-analytics"
---*/
SELECT
    m.Name,
    m.Revenue,
    COUNT(p.Code) AS items,
    ROUND(m.Revenue / NULLIF(COUNT(p.Code), 0), 2) AS revenue_per_item
FROM Manufacturers AS m
LEFT JOIN Products AS p ON p.Manufacturer = m.Code
GROUP BY m.Name, m.Revenue
ORDER BY revenue_per_item DESC NULLS LAST, m.Name
