/*---
title: Invoices
description: >
  One row per invoice: invoice number, invoice date, details, and the shipments and orders
  billed on it. Optionally an invoice period (all invoices by default). Oldest first
  (default) or newest first.
examples:
  - invoices raised in the 90s
  - list all invoices with their dates
  - most recent invoices
  - how many shipments went on each invoice
keywords: [invoice, invoices, invoice number, invoice date, billed, billing, created, raised,
           issued, details, shipments, orders, date, when, before, after, list]
params:
  period: {type: date_range, default: since 1970-01-01, label: invoice date}
  sort:
    type: choice
    choices: [oldest, newest]
    default: oldest
    synonyms: {oldest first: oldest, earliest: oldest, by date: oldest, newest: newest,
               latest: newest, most recent: newest}
owner: "@finance-analytics"
---*/
SELECT
    i.invoice_number,
    i.invoice_date,
    i.invoice_details,
    COUNT(s.shipment_id) AS shipments,
    COUNT(DISTINCT s.order_id) AS orders
FROM Invoices AS i
LEFT JOIN Shipments AS s ON s.invoice_number = i.invoice_number
WHERE CAST(i.invoice_date AS DATE) BETWEEN :period_start AND :period_end
GROUP BY i.invoice_number, i.invoice_date, i.invoice_details
ORDER BY
{% if sort == 'newest' %}i.invoice_date DESC, i.invoice_number
{% else %}i.invoice_date, i.invoice_number
{% endif %}
