/*---
title: Order list
description: >
  One row per customer order: order id, date and time, status (Cancelled or Delivered), order
  details (such as Second time), the customer (id, name, payment method), how many lines it
  has, which products and the total quantity ordered. Optionally one status, one customer by
  full name, one order detail, orders containing one product, or orders placed before a
  cut-off (a date, or a date and time). Orders placed in a period: by default everything
  since 2018-01-01, when the records begin. By order id (default), newest,
  oldest or largest total quantity first.
examples:
  - all orders with their customers
  - delivered orders in the first week of March 2018
  - what did Kitty Padberg III order
  - orders that include a Latte
  - biggest orders by units
keywords: [order, orders, ordered, placed, made, bought, purchase, purchases, status,
           cancelled, canceled, delivered, details, detail, second time, customer, customers,
           who, name, date, when, latest, most recent, recently, newest, first, oldest, last,
           before, since, between, quantity, units, items, products, largest, biggest, list]
params:
  status:
    type: choice
    optional: true
    choices: [Cancelled, Delivered]
    synonyms: {cancelled: Cancelled, canceled: Cancelled, cancellations: Cancelled,
               delivered: Delivered, completed: Delivered, fulfilled: Delivered}
  customer: {type: string, optional: true, label: customer's full name}
  details: {type: string, optional: true, label: order details}
  product: {type: string, optional: true, label: product in the order}
  period: {type: date_range, default: since 2018-01-01, label: order date}
  ordered_before: {type: string, optional: true, values: none,
                   pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$",
                   label: placed strictly before (date or date and time)}
  sort:
    type: choice
    choices: [id, newest, oldest, largest]
    default: id
    synonyms: {by id: id, order id: id, newest: newest, latest: newest, most recent: newest,
               newest first: newest, oldest: oldest, earliest: oldest, first: oldest,
               largest: largest, biggest: largest, most items: largest, largest quantity: largest}
owner: "@cx-analytics"
---*/
SELECT
    o.order_id,
    o.order_date,
    o.order_status,
    o.order_details,
    c.customer_id,
    c.customer_name,
    c.payment_method,
    COUNT(i.product_id) AS order_lines,
    string_agg(DISTINCT p.product_details, ', ' ORDER BY p.product_details) AS products,
    COALESCE(SUM(i.order_quantity), 0) AS total_quantity
FROM Customer_Orders AS o
JOIN Customers AS c ON c.customer_id = o.customer_id
LEFT JOIN Order_Items AS i ON i.order_id = o.order_id
LEFT JOIN Products AS p ON p.product_id = i.product_id
WHERE 1 = 1
{% if status %}AND o.order_status = :status
{% endif %}{% if customer %}AND c.customer_name = :customer
{% endif %}{% if details %}AND o.order_details = :details
{% endif %}{% if product %}AND o.order_id IN (
    SELECT i2.order_id FROM Order_Items AS i2 JOIN Products AS p2 ON p2.product_id = i2.product_id
    WHERE p2.product_details = :product)
{% endif %}{% if ordered_before %}AND o.order_date < CAST(:ordered_before AS TIMESTAMP)
{% endif %}AND CAST(o.order_date AS DATE) BETWEEN :period_start AND :period_end
GROUP BY o.order_id, o.order_date, o.order_status, o.order_details,
         c.customer_id, c.customer_name, c.payment_method
ORDER BY
{% if sort == 'newest' %}o.order_date DESC, o.order_id
{% elif sort == 'oldest' %}o.order_date, o.order_id
{% elif sort == 'largest' %}total_quantity DESC, o.order_id
{% else %}o.order_id
{% endif %}
