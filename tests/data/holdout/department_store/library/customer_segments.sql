/*---
title: Customers by payment method or state
description: >
  Customers counted per payment method (default) or per state of their address: customers,
  how many of them have ordered, their orders, and the share of all customers. Largest
  group first.
examples:
  - split of customers between card and direct debit
  - how are our customers spread across states
  - customer count per state
keywords: [customers, clients, count, number, how many, split, mix, breakdown, share,
           payment method, payment methods, pay, credit card, direct debit, state, states,
           per, each, segment, segments]
params:
  by:
    type: choice
    choices: [payment_method, state]
    default: payment_method
    synonyms: {payment: payment_method, payment type: payment_method, method: payment_method,
               region: state, location: state}
owner: "@crm"
---*/
WITH customers AS (
    SELECT
        customer_id,
        payment_method_code,
        regexp_extract(customer_address, ', ([A-Z]{2}) ', 1) AS state
    FROM Customers
),
orders AS (
    SELECT customer_id, COUNT(*) AS orders
    FROM Customer_Orders
    GROUP BY customer_id
)
SELECT
    {% if by == 'state' %}c.state{% else %}c.payment_method_code{% endif %} AS segment,
    COUNT(*) AS customers,
    COUNT(o.customer_id) AS customers_who_ordered,
    COALESCE(SUM(o.orders), 0) AS orders,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 1) AS share_of_customers_pct
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
GROUP BY segment
ORDER BY customers DESC, segment
