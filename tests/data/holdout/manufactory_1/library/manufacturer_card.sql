/*---
title: Manufacturer card
description: One manufacturer by its name, with its code, headquarter city, founder, revenue,
  and the products it supplies (how many, which, cheapest and dearest price).
examples:
  - tell me about Fujitsu
  - supplier card for Winchester
  - who runs Iomega and where are they based
keywords: [manufacturer, supplier, company, maker, card, profile, about, details, who founded,
           founder, headquarter, hq, based, revenue, products, range]
params:
  manufacturer: {type: string, label: manufacturer name}
owner: "@procurement-analytics"
---*/
SELECT
    m.Code,
    m.Name,
    m.Headquarter,
    m.Founder,
    m.Revenue,
    COUNT(p.Code) AS products,
    string_agg(p.Name, ', ' ORDER BY p.Name) AS product_names,
    MIN(p.Price) AS lowest_price,
    MAX(p.Price) AS highest_price
FROM Manufacturers AS m
LEFT JOIN Products AS p ON p.Manufacturer = m.Code
WHERE m.Name = :manufacturer
GROUP BY m.Code, m.Name, m.Headquarter, m.Founder, m.Revenue
