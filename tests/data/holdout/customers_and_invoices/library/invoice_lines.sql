/*---
title: Lines of an invoice
description: The line items of one invoice, by invoice number, with quantity, price, cost and
  total.
examples:
  - line items on invoice 9
  - what was billed on invoice 11
  - breakdown of invoice number 14
keywords: [invoice, lines, line items, billed, breakdown, quantity, price, cost, total]
params:
  invoice_number: {type: int, min: 1, label: invoice number}
owner: "@billing"
---*/
SELECT
    li.order_item_id,
    li.product_id,
    p.product_name,
    li.product_quantity,
    li.product_price,
    li.derived_product_cost,
    li.derived_total_cost
FROM Invoice_Line_Items AS li
JOIN Products AS p ON p.product_id = li.product_id
WHERE li.invoice_number = :invoice_number
ORDER BY li.order_item_id
