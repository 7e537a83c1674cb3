/*---
title: Sales over time
description: >
  Invoices, units sold and revenue per month, quarter or year (default month). Optionally
  one year or one billing country.
examples:
  - monthly revenue in 2010
  - yearly sales trend
  - quarterly sales in Germany
keywords: [sales, revenue, trend, over time, monthly, month, quarterly, quarter, yearly,
           annual, year, invoices, units, sold, growth, per month, by month, per year, country]
params:
  grain:
    type: choice
    choices: [month, quarter, year]
    default: month
    synonyms: {monthly: month, per month: month, quarterly: quarter, per quarter: quarter,
               yearly: year, annual: year, annually: year, per year: year}
  year: {type: int, optional: true, min: 2000, max: 2100, label: year}
  billing_country: {type: string, optional: true, label: billing country}
owner: "@music-store-data"
---*/
SELECT
    date_trunc({% if grain == 'year' %}'year'{% elif grain == 'quarter' %}'quarter'{% else %}'month'{% endif %}, i.InvoiceDate) AS period_start,
    COUNT(DISTINCT i.InvoiceId) AS invoices,
    SUM(il.Quantity) AS units_sold,
    SUM(il.UnitPrice * il.Quantity) AS revenue
FROM Invoice AS i
JOIN InvoiceLine AS il ON il.InvoiceId = i.InvoiceId
WHERE 1 = 1
{% if year is not none and year is not false %}AND year(i.InvoiceDate) = :year
{% endif %}{% if billing_country %}AND i.BillingCountry = :billing_country
{% endif %}GROUP BY 1
ORDER BY 1
