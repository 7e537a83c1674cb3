/*---
title: Order lines by item status
description: >
  One row per order-line status (Finish, Payed, Cancel): number of lines, of orders and of
  distinct products, and the share of all lines. Most lines first.
examples:
  - what share of order lines gets cancelled
  - line status breakdown
  - how many lines are paid vs finished
keywords: [item status, line status, lines, order lines, items, cancel, cancelled, payed, paid,
           finish, finished, share, rate, breakdown, how many, count]
owner: "@ops-analytics"
---*/
SELECT
    order_item_status AS item_status,
    COUNT(*) AS lines,
    COUNT(DISTINCT order_id) AS orders,
    COUNT(DISTINCT product_id) AS products,
    ROUND(100.0 * COUNT(*) / (SELECT COUNT(*) FROM Order_Items), 1) AS share_pct
FROM Order_Items
GROUP BY order_item_status
ORDER BY lines DESC, item_status
