/*---
title: Customer orders
description: >
  One row per order line a store customer placed: order id, customer, store, order date,
  planned and actual delivery dates, the product (id, name, price) and the quantity.
  Optionally one customer, one store, one product name, one quantity or orders placed in
  one calendar year. Latest order first.
examples:
  - customer orders with their delivery dates
  - what did Harold order
  - orders placed at Rob Dinning
  - orders for film products
  - orders from 1999
keywords: [order, orders, ordered, purchase, purchases, customer order, customer orders,
           order date, delivery, delivered, actual delivery, planned delivery, quantity,
           order line, order lines, items]
params:
  customer: {type: string, optional: true, label: customer name}
  store: {type: string, optional: true, label: store name}
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, films: film, dining: dinning}
  quantity: {type: int, optional: true, min: 0, label: quantity ordered}
  year: {type: int, optional: true, min: 1900, max: 2100, label: order year}
owner: "@drama-ops"
---*/
SELECT o.Order_ID AS order_id, c.Customer_Name AS customer, s.Store_Name AS store,
       CAST(o.Order_Date AS DATE) AS order_date,
       CAST(o.Planned_Delivery_Date AS DATE) AS planned_delivery,
       CAST(o.Actual_Delivery_Date AS DATE) AS actual_delivery,
       i.Product_ID AS product_id, p.Product_Name AS product, p.Product_Price AS price,
       i.Order_Quantity AS quantity
FROM Customer_Orders AS o
LEFT JOIN Customers AS c ON c.Customer_ID = o.Customer_ID
LEFT JOIN Stores AS s ON s.Store_ID = o.Store_ID
LEFT JOIN Order_Items AS i ON i.Order_ID = o.Order_ID
LEFT JOIN Products AS p ON p.Product_ID = i.Product_ID
WHERE 1 = 1
{% if customer %}AND c.Customer_Name = :customer
{% endif %}{% if store %}AND s.Store_Name = :store
{% endif %}{% if product %}AND p.Product_Name = :product
{% endif %}{% if quantity is not none %}AND i.Order_Quantity = :quantity
{% endif %}{% if year %}AND year(o.Order_Date) = :year
{% endif %}ORDER BY o.Order_Date DESC, i.Order_Item_ID
