/*---
title: Invoice summary
description: >
  Invoices counted per payment method (default), per product id, or for all invoices
  together: the number of invoices and the total, average, lowest and highest quantity
  ordered. Optionally one payment method. Most invoices first.
examples:
  - invoices per payment method
  - average quantity on MasterCard invoices
  - which product id is invoiced most
  - min, avg and max quantity across all invoices
  - most used payment method
keywords: [invoice, invoices, payment method, payment methods, card, quantity, quantities,
           average, avg, min, max, total, count, how many, most, used, popular, summary]
params:
  by:
    type: choice
    choices: [payment_method, product, all]
    default: payment_method
    synonyms: {per payment method: payment_method, by payment method: payment_method,
               by card: payment_method, per product: product, by product: product,
               overall: all, all invoices: all, in total: all, altogether: all}
  payment_method:
    type: choice
    optional: true
    label: payment method code
    choices: [American E, MasterCard, Visa]
    synonyms: {amex: American E, american express: American E, master card: MasterCard,
               mastercard: MasterCard, visa: Visa}
owner: "@drama-finance"
---*/
SELECT
{% if by == 'product' %}Product_ID AS product_id,
{% elif by == 'all' %}'all invoices' AS invoices_of,
{% else %}payment_method_code AS payment_method,
{% endif %}COUNT(*) AS invoices, SUM(Order_Quantity) AS total_quantity,
       AVG(Order_Quantity) AS avg_quantity, MIN(Order_Quantity) AS min_quantity,
       MAX(Order_Quantity) AS max_quantity
FROM Invoices
WHERE 1 = 1
{% if payment_method %}AND payment_method_code = :payment_method
{% endif %}GROUP BY 1
ORDER BY invoices DESC, 1
