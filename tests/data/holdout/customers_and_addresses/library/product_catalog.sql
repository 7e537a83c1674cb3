/*---
title: Product catalogue and sales
description: >
  One row per product (Americano, Dove Chocolate, Latte): product id and details, in how many
  orders and order lines it appears, the total quantity ordered, the average quantity per
  order line and how many different customers ordered it. Optionally one product by its
  details. By product id (default), by name, most orders or largest total quantity first.
examples:
  - what do we sell
  - how many Dove Chocolates went out
  - best-selling product by units
  - products ranked by number of orders
keywords: [product, products, item, items, details, detail, name, catalogue, catalog, menu,
           sell, sold, sales, ordered, bought, purchased, quantity, units, amount, total,
           orders, order lines, times, frequently, popular, best-selling, top, most, largest,
           customers, americano, latte, chocolate, coffee, id, all, list]
params:
  product: {type: string, optional: true, label: product details}
  sort:
    type: choice
    choices: [id, name, most_orders, most_quantity]
    default: id
    synonyms: {by id: id, by name: name, alphabetical: name, most orders: most_orders,
               most ordered: most_orders, most often: most_orders, most frequently: most_orders,
               most popular: most_orders, most times: most_orders,
               most quantity: most_quantity, most units: most_quantity,
               largest quantity: most_quantity, best selling: most_quantity,
               best-selling: most_quantity, bought the most: most_quantity}
owner: "@cx-analytics"
---*/
SELECT
    p.product_id,
    p.product_details,
    COUNT(DISTINCT i.order_id) AS orders,
    COUNT(i.order_id) AS order_lines,
    COALESCE(SUM(i.order_quantity), 0) AS total_quantity,
    ROUND(AVG(i.order_quantity), 2) AS avg_quantity_per_line,
    COUNT(DISTINCT o.customer_id) AS customers
FROM Products AS p
LEFT JOIN Order_Items AS i ON i.product_id = p.product_id
LEFT JOIN Customer_Orders AS o ON o.order_id = i.order_id
WHERE 1 = 1
{% if product %}AND p.product_details = :product
{% endif %}GROUP BY p.product_id, p.product_details
ORDER BY
{% if sort == 'name' %}p.product_details
{% elif sort == 'most_orders' %}orders DESC, order_lines DESC, p.product_id
{% elif sort == 'most_quantity' %}total_quantity DESC, p.product_id
{% else %}p.product_id
{% endif %}
