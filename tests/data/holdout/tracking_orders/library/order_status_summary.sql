/*---
title: Orders by status
description: >
  One row per order status (Shipped, Packing, On Road): number of orders, of customers, of
  order lines, and the first and latest placement dates. Most orders first.
examples:
  - how many orders are in each status
  - status breakdown of our orders
  - how many orders are on the road right now
keywords: [status, statuses, order status, breakdown, how many, count, number, orders,
           packing, shipped, on road, in transit, pipeline, each, per]
owner: "@ops-analytics"
---*/
SELECT
    o.order_status AS status,
    COUNT(*) AS orders,
    COUNT(DISTINCT o.customer_id) AS customers,
    (SELECT COUNT(*) FROM Order_Items AS oi
     JOIN Orders AS o2 ON o2.order_id = oi.order_id
     WHERE o2.order_status = o.order_status) AS order_lines,
    MIN(o.date_order_placed) AS first_placed,
    MAX(o.date_order_placed) AS latest_placed
FROM Orders AS o
GROUP BY o.order_status
ORDER BY orders DESC, status
