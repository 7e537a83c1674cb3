/*---
title: Orders by status
description: >
  How many orders are in each status (pending, shipped, delivered, cancelled, returned) for
  orders placed in a period, with their value and share of all orders.
examples:
  - order status breakdown for the past week
  - how many orders are pending right now
  - number of cancelled orders last month
  - orders per status this month
  - how many orders were returned in October?
  - count of shipped vs delivered orders last 7 days
  - open orders that haven't shipped yet
  - status of this week's orders
keywords: [orders, order, status, statuses, state, count, counts, number, how many, pending,
           shipped, delivered, cancelled, returned, fulfilment, fulfillment, backlog, open, pipeline, order pipeline]
params:
  period: {type: date_range, default: last 7 days, label: period}
  status:
    type: choice
    choices: [pending, shipped, delivered, cancelled, returned]
    optional: true
    synonyms: {waiting: pending, unshipped: pending, not shipped: pending, open: pending,
               unfulfilled: pending, in transit: shipped, dispatched: shipped,
               on the way: shipped, completed: delivered, fulfilled: delivered,
               received: delivered, canceled: cancelled, cancellation: cancelled,
               cancellations: cancelled, return: returned, sent back: returned,
               send back: returned, sends back: returned}
owner: "@data-team"
---*/
SELECT
    status,
    COUNT(*) AS orders,
    ROUND(SUM(amount), 2) AS order_value,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 1) AS share_pct
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
{% if status %}  AND status = :status
{% endif %}GROUP BY status
ORDER BY orders DESC
