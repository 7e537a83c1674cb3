/*---
title: Payment methods
description: >
  One row per payment method on file (Cash, Cheque, Credit Card): how many customers use it,
  how many of them are VIPs, how many orders those customers placed and when the first and the
  latest of them became customers. By method name (default), most or fewest customers, or
  most orders first.
examples:
  - how do our customers pay
  - split of customers by payment type
  - which way of paying is least common
  - orders per payment method
keywords: [payment, payment method, payment methods, payment type, pay, pays, paying, cash,
           cheque, check, credit card, card, method, methods, customers, users, use, used,
           popular, common, frequently, most, least, fewest, distinct, different, all, how many,
           number, count, per, each, split, breakdown]
params:
  sort:
    type: choice
    choices: [name, most_customers, fewest_customers, most_orders]
    default: name
    synonyms: {by name: name, alphabetical: name, most customers: most_customers,
               most popular: most_customers, most common: most_customers,
               most used: most_customers, most frequently used: most_customers,
               fewest customers: fewest_customers, least popular: fewest_customers,
               least common: fewest_customers, least used: fewest_customers,
               most orders: most_orders}
owner: "@cx-analytics"
---*/
SELECT
    c.payment_method,
    COUNT(*) AS customers,
    COUNT(*) FILTER (WHERE c.other_customer_details = 'VIP') AS vip_customers,
    COALESCE(SUM(o.orders), 0) AS orders,
    MIN(c.date_became_customer) AS first_joined,
    MAX(c.date_became_customer) AS latest_joined
FROM Customers AS c
LEFT JOIN (
    SELECT customer_id, COUNT(*) AS orders FROM Customer_Orders GROUP BY customer_id
) AS o ON o.customer_id = c.customer_id
GROUP BY c.payment_method
ORDER BY
{% if sort == 'most_customers' %}customers DESC, 1
{% elif sort == 'fewest_customers' %}customers, 1
{% elif sort == 'most_orders' %}orders DESC, 1
{% else %}1
{% endif %}
