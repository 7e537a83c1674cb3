/*---
title: Invoices
description: >
  Every invoice with its date, the order it bills and that order's details, and the number
  and amount of transactions booked against it. Sorted by date (the default) or by number of
  transactions.
examples:
  - list of invoices
  - invoices with the most payments against them
  - which order does each invoice bill
keywords: [invoices, invoice, invoice number, invoice date, billed, billing, order, transactions,
           payments, count, number of invoices, per invoice, each invoice]
params:
  sort:
    type: choice
    choices: [date, most_transactions]
    default: date
    synonyms: {chronological: date, newest: date, busiest: most_transactions,
               most payments: most_transactions}
owner: "@billing"
---*/
SELECT
    i.invoice_number,
    i.invoice_date,
    i.order_id,
    o.order_details,
    COUNT(t.transaction_id) AS transactions,
    COALESCE(SUM(t.transaction_amount), 0) AS transaction_amount
FROM Invoices AS i
JOIN Orders AS o ON o.order_id = i.order_id
LEFT JOIN Financial_Transactions AS t ON t.invoice_number = i.invoice_number
GROUP BY i.invoice_number, i.invoice_date, i.order_id, o.order_details
ORDER BY
{% if sort == 'most_transactions' %}transactions DESC, i.invoice_number
{% else %}i.invoice_date, i.invoice_number
{% endif %}
