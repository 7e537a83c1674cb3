/*---
title: Invoices
description: >
  One row per invoice: invoice id, date, customer id and name, billing city, state and
  country, number of lines (tracks) and total. Optionally one customer (first and/or last
  name, or customer id), one billing country or city, one year, or totals above an amount.
  Newest first (default), oldest first, or biggest first.
examples:
  - invoices for customer 12
  - every invoice billed to Paris
  - invoices over $15 in 2011
  - when did Frank Harris buy from us
keywords: [invoice, invoices, bill, bills, billed, billing, order, orders, purchase,
           purchases, bought, receipt, date, dates, when, customer, country, city, year,
           total, totals, amount, over, above, larger, biggest, largest, newest, latest,
           oldest, lines, list]
params:
  customer_id: {type: int, optional: true, min: 1, max: 100000, label: customer id}
  first_name: {type: string, optional: true, label: customer first name}
  last_name: {type: string, optional: true, label: customer last name}
  billing_country: {type: string, optional: true, label: billing country}
  billing_city: {type: string, optional: true, label: billing city}
  year: {type: int, optional: true, min: 2000, max: 2100, label: invoice year}
  total_above: {type: number, optional: true, min: 0, max: 100000, label: total above}
  sort:
    type: choice
    choices: [newest, oldest, biggest]
    default: newest
    synonyms: {newest: newest, latest: newest, most recent: newest, oldest: oldest,
               earliest: oldest, chronological: oldest, biggest: biggest, largest: biggest,
               highest: biggest}
owner: "@music-store-data"
max_rows: 5000
---*/
SELECT
    i.InvoiceId AS invoice_id,
    i.InvoiceDate AS invoice_date,
    c.CustomerId AS customer_id,
    c.FirstName AS first_name,
    c.LastName AS last_name,
    i.BillingCity AS billing_city,
    i.BillingState AS billing_state,
    i.BillingCountry AS billing_country,
    (SELECT COUNT(*) FROM InvoiceLine AS il WHERE il.InvoiceId = i.InvoiceId) AS lines,
    i.Total AS total
FROM Invoice AS i
JOIN Customer AS c ON c.CustomerId = i.CustomerId
WHERE 1 = 1
{% if customer_id is not none and customer_id is not false %}AND c.CustomerId = :customer_id
{% endif %}{% if first_name %}AND c.FirstName = :first_name
{% endif %}{% if last_name %}AND c.LastName = :last_name
{% endif %}{% if billing_country %}AND i.BillingCountry = :billing_country
{% endif %}{% if billing_city %}AND i.BillingCity = :billing_city
{% endif %}{% if year is not none and year is not false %}AND year(i.InvoiceDate) = :year
{% endif %}{% if total_above is not none and total_above is not false %}AND i.Total > :total_above
{% endif %}ORDER BY
{% if sort == 'oldest' %}i.InvoiceDate, i.InvoiceId
{% elif sort == 'biggest' %}i.Total DESC, i.InvoiceDate DESC, i.InvoiceId
{% else %}i.InvoiceDate DESC, i.InvoiceId DESC
{% endif %}
