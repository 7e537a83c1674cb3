/*---
title: Order items
description: >
  One row per order line (order item): item id, its status (Finish, Payed, Cancel), the
  product (id and name), the order (id, status, placement date) and the customer who placed
  it. Optionally one product by id or by name, one item status, one order id or one customer
  by name. By order (default) or by product.
examples:
  - lines of order 6
  - who bought music and when
  - cancelled lines for phones
  - everything Devan ever ordered, line by line
  - which items are paid but not finished
keywords: [item, items, order item, order items, line, lines, order line, product, product id,
           product name, bought, buy, purchased, purchase, customer, customers, who, status,
           cancel, canceled, cancelled, payed, paid, finish, finished, order, orders, once,
           ever, list]
params:
  product_id: {type: int, optional: true, min: 1, label: product id}
  product: {type: string, optional: true, label: product name}
  order_id: {type: int, optional: true, min: 1, label: order id}
  customer: {type: string, optional: true, label: customer name}
  item_status:
    type: choice
    optional: true
    choices: [Finish, Payed, Cancel]
    synonyms: {finished: Finish, finish: Finish, done: Finish, complete: Finish,
               paid: Payed, payed: Payed, cancel: Cancel, canceled: Cancel, cancelled: Cancel,
               cancellation: Cancel, cancellations: Cancel}
  sort:
    type: choice
    choices: [order, product]
    default: order
    synonyms: {by order: order, by product: product}
owner: "@ops-analytics"
---*/
SELECT
    oi.order_item_id,
    oi.order_item_status AS item_status,
    oi.product_id,
    p.product_name,
    oi.order_id,
    o.order_status,
    o.date_order_placed AS placed_at,
    o.customer_id,
    c.customer_name
FROM Order_Items AS oi
LEFT JOIN Products AS p ON p.product_id = oi.product_id
LEFT JOIN Orders AS o ON o.order_id = oi.order_id
LEFT JOIN Customers AS c ON c.customer_id = o.customer_id
WHERE 1 = 1
{% if product_id %}AND oi.product_id = :product_id
{% endif %}{% if product %}AND p.product_name = :product
{% endif %}{% if order_id %}AND oi.order_id = :order_id
{% endif %}{% if customer %}AND c.customer_name = :customer
{% endif %}{% if item_status %}AND oi.order_item_status = :item_status
{% endif %}ORDER BY
{% if sort == 'product' %}oi.product_id, oi.order_item_id
{% else %}oi.order_id, oi.order_item_id
{% endif %}
