/*---
title: Order lines
description: >
  One row per order line: line id, order id, order date and status, customer id and name,
  product id, name, type and list price. Filter by one product name, product type, one
  customer name or order status; in order of date and line.
examples:
  - who ordered the speaker
  - line items of Chauncey's orders
  - every hardware line sold
  - items in cancelled orders
keywords: [order line, order lines, line items, items, ordered, bought, buy, purchased,
           purchase, who, customer, customers, buyer, buyers, product, products, order,
           orders, status]
params:
  product: {type: string, optional: true, label: product name}
  product_type:
    type: choice
    optional: true
    choices: [Clothes, Hardware]
    synonyms: {clothing: Clothes, apparel: Clothes, garments: Clothes,
               electronics: Hardware, computer hardware: Hardware, tech: Hardware}
  customer: {type: string, optional: true, label: customer name}
  status:
    type: choice
    optional: true
    choices: [New, Pending, PartFilled, Completed, Cancelled]
    synonyms: {part filled: PartFilled, partially filled: PartFilled, partial: PartFilled,
               complete: Completed, fulfilled: Completed, done: Completed,
               canceled: Cancelled, awaiting: Pending, on hold: Pending}
owner: "@crm"
---*/
SELECT
    oi.order_item_id,
    co.order_id,
    co.order_date,
    co.order_status_code,
    c.customer_id,
    c.customer_name,
    p.product_id,
    p.product_name,
    p.product_type_code,
    p.product_price
FROM Order_Items AS oi
JOIN Customer_Orders AS co ON co.order_id = oi.order_id
JOIN Customers AS c ON c.customer_id = co.customer_id
JOIN Products AS p ON p.product_id = oi.product_id
WHERE 1 = 1
{% if product %}AND p.product_name = :product
{% endif %}{% if product_type %}AND p.product_type_code = :product_type
{% endif %}{% if customer %}AND c.customer_name = :customer
{% endif %}{% if status %}AND co.order_status_code = :status
{% endif %}ORDER BY co.order_date, oi.order_item_id
