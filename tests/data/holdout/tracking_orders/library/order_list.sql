/*---
title: Order list
description: >
  One row per order: order id, status (Shipped, Packing, On Road), when it was placed, the
  customer (id, name and details) and how many items it has. Optionally one customer by name,
  one status, one order id, and a placement period (all orders by default). Newest first
  (default), oldest first, or the orders with the most items first.
examples:
  - orders that are still packing
  - Beulah's orders and where they stand
  - what's the latest order we got
  - orders placed in 1982
  - which order is the biggest by number of lines
keywords: [order, orders, order id, status, placed, placement, date, when, customer, customer
           id, customer name, details, who, items, lines, latest, newest, recent, oldest,
           first, earliest, packing, shipped, on road, in transit, list]
params:
  period: {type: date_range, default: since 1970-01-01, label: order placed}
  customer: {type: string, optional: true, label: customer name}
  order_id: {type: int, optional: true, min: 1, label: order id}
  status:
    type: choice
    optional: true
    choices: [Shipped, Packing, On Road]
    synonyms: {shipped: Shipped, sent: Shipped, dispatched: Shipped, packing: Packing,
               being packed: Packing, packed: Packing, on road: On Road, on the road: On Road,
               in transit: On Road, out for delivery: On Road}
  sort:
    type: choice
    choices: [newest, oldest, most_items]
    default: newest
    synonyms: {latest: newest, most recent: newest, newest first: newest, oldest first: oldest,
               earliest: oldest, by date: oldest, by placement date: oldest,
               most items: most_items, biggest: most_items, largest: most_items}
owner: "@ops-analytics"
---*/
SELECT
    o.order_id,
    o.order_status AS status,
    o.date_order_placed AS placed_at,
    o.customer_id,
    c.customer_name,
    c.customer_details,
    (SELECT COUNT(*) FROM Order_Items AS oi WHERE oi.order_id = o.order_id) AS items
FROM Orders AS o
LEFT JOIN Customers AS c ON c.customer_id = o.customer_id
WHERE CAST(o.date_order_placed AS DATE) BETWEEN :period_start AND :period_end
{% if customer %}AND c.customer_name = :customer
{% endif %}{% if order_id %}AND o.order_id = :order_id
{% endif %}{% if status %}AND o.order_status = :status
{% endif %}ORDER BY
{% if sort == 'oldest' %}o.date_order_placed, o.order_id
{% elif sort == 'most_items' %}items DESC, o.order_id
{% else %}o.date_order_placed DESC, o.order_id
{% endif %}
