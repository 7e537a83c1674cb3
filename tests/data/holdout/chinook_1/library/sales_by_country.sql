/*---
title: Sales by billing country
description: >
  One row per billing country: invoices, paying customers, revenue and average invoice.
  Optionally one year. Highest revenue first (default), most invoices, or by name.
examples:
  - revenue per country
  - which countries do we bill to
  - top markets in 2012
  - number of invoices by country
keywords: [country, countries, billing country, market, markets, where, international,
           per country, by country, each country, sales, revenue, invoices, customers,
           average, invoice, billed, billing, distinct, different, year, top, most, biggest]
params:
  year: {type: int, optional: true, min: 2000, max: 2100, label: invoice year}
  sort:
    type: choice
    choices: [revenue, invoices, country]
    default: revenue
    synonyms: {revenue: revenue, biggest: revenue, top: revenue, most invoices: invoices,
               invoices: invoices, alphabetical: country, by name: country, by country: country}
owner: "@music-store-data"
---*/
SELECT
    i.BillingCountry AS billing_country,
    COUNT(*) AS invoices,
    COUNT(DISTINCT i.CustomerId) AS customers,
    SUM(i.Total) AS revenue,
    ROUND(AVG(i.Total), 2) AS average_invoice
FROM Invoice AS i
WHERE 1 = 1
{% if year is not none and year is not false %}AND year(i.InvoiceDate) = :year
{% endif %}GROUP BY i.BillingCountry
ORDER BY
{% if sort == 'invoices' %}invoices DESC, billing_country
{% elif sort == 'country' %}billing_country
{% else %}revenue DESC, billing_country
{% endif %}
