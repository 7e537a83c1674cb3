/*---
title: Order lookup
description: >
  One order by its number: date, status, customer, each item with quantity and price, the
  order total, and any refund with its date and reason.
examples:
  - look up order 5512
  - where is order #90211?
  - has order 3021 shipped yet?
  - what did order 66120 contain
  - details of order number 1207
  - was order 48830 refunded?
  - items in order 7001
  - check the status of order no. 15320
keywords: [order, order id, order number, lookup, look up, details, items, contents,
           contain, contained, line items, products, status, shipped, delivered, refund,
           refunded, tracking, where is, happened, what happened,
           order no, arrived, damaged, check on,
           cancelled, verify, paid, broken,
           return, returned, come back, came back, given back]
params:
  order_id: {type: int, min: 1, label: order number}
owner: "@data-team"
---*/
WITH refund_totals AS (
    SELECT
        order_id,
        ROUND(SUM(amount), 2) AS refunded,
        MAX(refund_date) AS refund_date,
        string_agg(DISTINCT reason, ', ' ORDER BY reason) AS refund_reason
    FROM refunds
    WHERE order_id = :order_id
    GROUP BY order_id
)
SELECT
    o.order_id,
    o.order_date,
    o.status,
    o.customer_id,
    c.email AS customer_email,
    o.region,
    i.line_no,
    p.name AS product,
    p.category,
    i.quantity,
    i.unit_price,
    ROUND(i.quantity * i.unit_price, 2) AS line_total,
    o.amount AS order_total,
    COALESCE(r.refunded, 0) AS refunded,
    r.refund_date,
    r.refund_reason
FROM orders AS o
JOIN customers AS c ON c.customer_id = o.customer_id
JOIN order_items AS i ON i.order_id = o.order_id
JOIN products AS p ON p.product_id = i.product_id
LEFT JOIN refund_totals AS r ON r.order_id = o.order_id
WHERE o.order_id = :order_id
ORDER BY i.line_no
