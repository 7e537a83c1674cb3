/*---
title: Top products in a category (Athena)
description: >
  The best-selling products of one category in a period, by units sold, with their revenue.
  Written in Athena's SQL (Trino): a bound category, date_add with a unit, LIMIT from a bind.
engine: athena
examples:
  - top electronics products last month
  - best selling apparel this quarter
  - most sold beauty products in the last 30 days
keywords: [top, best selling, products, category, units]
params:
  category: {type: choice, choices: [electronics, home, apparel, beauty, sports], default: electronics}
  period: {type: date_range, default: last month, label: period}
  n: {type: number, default: 5, min: 1, max: 50, label: how many}
owner: "@data-team"
---*/
SELECT
    p.name AS product,
    sum(i.quantity) AS units,
    round(sum(i.quantity * i.unit_price), 2) AS revenue
FROM order_items AS i
JOIN orders AS o ON o.order_id = i.order_id
JOIN products AS p ON p.product_id = i.product_id
WHERE p.category = :category
  AND o.order_date BETWEEN :period_start AND :period_end
  AND o.order_date > date_add('day', -400, CAST(:period_end AS date))
GROUP BY p.name
ORDER BY units DESC, product
LIMIT :n
