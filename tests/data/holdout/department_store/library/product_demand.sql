/*---
title: Product demand
description: >
  One row per product (those never ordered included, with zeros): how many order lines
  name it, in how many orders and for how many distinct customers. Filter by product type,
  or keep products with at least a number of customers or of order lines; most ordered
  first (default), least ordered first, most customers first or by name.
examples:
  - best sellers by number of times ordered
  - which items have the widest customer base
  - hardware demand ranking
  - products that nobody orders
keywords: [product, products, item, items, ordered, orders, order lines, bought, purchased,
           buyers, customers, distinct customers, demand, popular, popularity, best seller,
           best sellers, most, least, often, frequently, times]
params:
  product_type:
    type: choice
    optional: true
    choices: [Clothes, Hardware]
    synonyms: {clothing: Clothes, apparel: Clothes, garments: Clothes,
               electronics: Hardware, computer hardware: Hardware, tech: Hardware}
  min_customers: {type: int, optional: true, min: 0, label: bought by at least this many customers}
  min_times_ordered: {type: int, optional: true, min: 0, label: ordered at least this many times}
  sort:
    type: choice
    choices: [most_ordered, least_ordered, most_customers, name]
    default: most_ordered
    synonyms: {most popular: most_ordered, top: most_ordered, least popular: least_ordered,
               fewest orders: least_ordered, widest reach: most_customers,
               alphabetical: name}
owner: "@merchandising"
---*/
SELECT
    p.product_id,
    p.product_name,
    p.product_type_code,
    COUNT(oi.order_item_id) AS times_ordered,
    COUNT(DISTINCT oi.order_id) AS orders,
    COUNT(DISTINCT co.customer_id) AS customers
FROM Products AS p
LEFT JOIN Order_Items AS oi ON oi.product_id = p.product_id
LEFT JOIN Customer_Orders AS co ON co.order_id = oi.order_id
WHERE 1 = 1
{% if product_type %}AND p.product_type_code = :product_type
{% endif %}GROUP BY p.product_id, p.product_name, p.product_type_code
HAVING 1 = 1
{% if min_customers is not none and min_customers is not false %}AND COUNT(DISTINCT co.customer_id) >= :min_customers
{% endif %}{% if min_times_ordered is not none and min_times_ordered is not false %}AND COUNT(oi.order_item_id) >= :min_times_ordered
{% endif %}ORDER BY
{% if sort == 'least_ordered' %}times_ordered, p.product_id
{% elif sort == 'most_customers' %}customers DESC, times_ordered DESC, p.product_id
{% elif sort == 'name' %}p.product_name, p.product_id
{% else %}times_ordered DESC, p.product_id
{% endif %}
