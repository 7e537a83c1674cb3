/*---
title: Customer directory
description: >
  One row per customer: id, customer code, name, payment method, address and its state
  (the two-letter code), phone, email, number of orders, number of distinct products
  bought and the date of the last order. Look up one customer by name or id, filter by
  payment method or state, or keep customers with at least a number of orders or of
  distinct products; sorted by name (default), most orders first or by id.
examples:
  - contact details for Ahmed
  - customers paying by direct debit
  - who are our customers in Illinois (IL)
  - customers with 2 or more orders
  - email and phone of customer 12
keywords: [customer, customers, client, clients, buyer, buyers, shopper, shoppers, contact,
           name, names, phone, phone number, email, address, state, payment method, pays,
           paying, orders, products bought, distinct products, last order, most orders,
           lookup, details]
params:
  customer: {type: string, optional: true, label: customer name}
  customer_id: {type: int, optional: true, min: 1}
  payment_method:
    type: choice
    optional: true
    choices: [Credit Card, Direct Debit]
    synonyms: {card: Credit Card, credit: Credit Card, cc: Credit Card, debit: Direct Debit,
               bank debit: Direct Debit, dd: Direct Debit}
  state:
    type: string
    optional: true
    label: two-letter state code in the address
    values: "SELECT DISTINCT regexp_extract(customer_address, ', ([A-Z]{2}) ', 1) FROM Customers"
  min_orders: {type: int, optional: true, min: 0, label: at least this many orders}
  min_products: {type: int, optional: true, min: 0, label: at least this many distinct products}
  sort:
    type: choice
    choices: [name, most_orders, id]
    default: name
    synonyms: {alphabetical: name, by name: name, most active: most_orders,
               biggest: most_orders, top: most_orders, by id: id, customer id: id}
owner: "@crm"
---*/
WITH customers AS (
    SELECT
        *,
        regexp_extract(customer_address, ', ([A-Z]{2}) ', 1) AS state
    FROM Customers
),
activity AS (
    SELECT
        co.customer_id,
        COUNT(DISTINCT co.order_id) AS orders,
        COUNT(DISTINCT oi.product_id) AS distinct_products,
        MAX(co.order_date) AS last_order_date
    FROM Customer_Orders AS co
    LEFT JOIN Order_Items AS oi ON oi.order_id = co.order_id
    GROUP BY co.customer_id
)
SELECT
    c.customer_id,
    c.customer_code,
    c.customer_name,
    c.payment_method_code,
    c.customer_address,
    c.state,
    c.customer_phone,
    c.customer_email,
    COALESCE(a.orders, 0) AS orders,
    COALESCE(a.distinct_products, 0) AS distinct_products,
    a.last_order_date
FROM customers AS c
LEFT JOIN activity AS a ON a.customer_id = c.customer_id
WHERE 1 = 1
{% if customer %}AND c.customer_name = :customer
{% endif %}{% if customer_id is not none and customer_id is not false %}AND c.customer_id = :customer_id
{% endif %}{% if payment_method %}AND c.payment_method_code = :payment_method
{% endif %}{% if state %}AND c.state = :state
{% endif %}{% if min_orders is not none and min_orders is not false %}AND COALESCE(a.orders, 0) >= :min_orders
{% endif %}{% if min_products is not none and min_products is not false %}AND COALESCE(a.distinct_products, 0) >= :min_products
{% endif %}ORDER BY
{% if sort == 'most_orders' %}orders DESC, c.customer_id
{% elif sort == 'id' %}c.customer_id
{% else %}c.customer_name, c.customer_id
{% endif %}
