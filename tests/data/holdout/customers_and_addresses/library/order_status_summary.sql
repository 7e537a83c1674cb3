/*---
title: Orders by status
description: >
  One row per order status (Cancelled, Delivered) and a last row for all orders together: how
  many orders, from how many different customers, how many order lines, the total quantity of
  products, the average quantity per order line and per order, and the first and latest order
  dates. Orders placed in a period (by default everything since 2018-01-01, when the records
  begin); optionally only those placed before a cut-off (a date, or a date and time). By status (default), most orders or most quantity first; the all-orders row comes
  last.
examples:
  - how many orders got cancelled vs delivered
  - units in delivered orders during March 2018
  - average quantity per order line overall
  - order volume up to 2018-03-10
keywords: [order, orders, status, statuses, cancelled, canceled, delivered, how many, number,
           count, total, sum, quantity, amount, units, items, products, goods, average, avg,
           mean, per order, each order, order lines, customers, overall, all, before, since,
           between, summary, breakdown]
params:
  period: {type: date_range, default: since 2018-01-01, label: order date}
  ordered_before: {type: string, optional: true, values: none,
                   pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$",
                   label: placed strictly before (date or date and time)}
  sort:
    type: choice
    choices: [status, most_orders, most_quantity]
    default: status
    synonyms: {by status: status, most orders: most_orders, most quantity: most_quantity,
               most units: most_quantity}
owner: "@cx-analytics"
---*/
WITH orders AS (
    SELECT
        o.order_id,
        o.customer_id,
        o.order_status,
        o.order_date,
        COUNT(i.product_id) AS lines,
        SUM(i.order_quantity) AS quantity
    FROM Customer_Orders AS o
    LEFT JOIN Order_Items AS i ON i.order_id = o.order_id
    WHERE 1 = 1
    {% if ordered_before %}AND o.order_date < CAST(:ordered_before AS TIMESTAMP)
    {% endif %}AND CAST(o.order_date AS DATE) BETWEEN :period_start AND :period_end
    GROUP BY o.order_id, o.customer_id, o.order_status, o.order_date
),
rows AS (
    SELECT order_status, 0 AS is_total, COUNT(*) AS orders, COUNT(DISTINCT customer_id) AS customers,
           SUM(lines) AS order_lines, COALESCE(SUM(quantity), 0) AS total_quantity,
           ROUND(SUM(quantity) / NULLIF(SUM(lines), 0), 2) AS avg_quantity_per_line,
           ROUND(COALESCE(SUM(quantity), 0) / COUNT(*), 2) AS avg_quantity_per_order,
           MIN(order_date) AS first_order, MAX(order_date) AS latest_order
    FROM orders
    GROUP BY order_status
    UNION ALL
    SELECT 'All orders', 1, COUNT(*), COUNT(DISTINCT customer_id), SUM(lines),
           COALESCE(SUM(quantity), 0), ROUND(SUM(quantity) / NULLIF(SUM(lines), 0), 2),
           ROUND(COALESCE(SUM(quantity), 0) / COUNT(*), 2), MIN(order_date), MAX(order_date)
    FROM orders
)
SELECT order_status, orders, customers, order_lines, total_quantity, avg_quantity_per_line,
       avg_quantity_per_order, first_order, latest_order
FROM rows
ORDER BY is_total,
{% if sort == 'most_orders' %}orders DESC, order_status
{% elif sort == 'most_quantity' %}total_quantity DESC, order_status
{% else %}order_status
{% endif %}
