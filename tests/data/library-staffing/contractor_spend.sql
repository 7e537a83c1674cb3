/*---
title: Contractor spend
description: >
  Money paid to contractors, freelancers and staffing agencies over a period, per vendor and
  department: invoices, hours billed and amount; optionally only vendors billed at least a
  given amount.
examples:
  - contractor spend last quarter
  - how much did we pay freelancers this year?
  - agency spend by vendor in October
  - contractor costs for engineering since July
  - which vendors did we pay more than 50000 in 2025
  - contingent workforce spend YTD
  - what are we spending on temp agencies in customer support
keywords: [contractor, contractors, contractor spend, freelancer, freelancers, consultants,
           agency, agencies, staffing agency, vendor, vendors, contingent, contingent workforce,
           spend, spending, spent, cost, costs, paid, pay, invoices, billed, 1099]
params:
  period: {type: date_range, default: last quarter, label: invoice period}
  department:
    type: choice
    choices: [engineering, product, sales, marketing, customer_support, finance, hr, operations]
    optional: true
    synonyms: {eng: engineering, engineers: engineering, engineering team: engineering,
               r&d: engineering, dev: engineering, developers: engineering, pm: product,
               product management: product, product team: product, sales team: sales,
               account executives: sales, aes: sales, mktg: marketing, marketing team: marketing,
               support: customer_support, customer support: customer_support,
               customer service: customer_support, cx: customer_support, helpdesk: customer_support,
               fin: finance, accounting: finance, finance team: finance, people team: hr,
               people ops: hr, human resources: hr, ops: operations, operations team: operations}
  min_amount: {type: number, default: 0, min: 0, label: vendors billed at least this amount}
owner: "@people-analytics"
---*/
SELECT
    i.vendor,
    i.department,
    COUNT(*) AS invoices,
    ROUND(SUM(i.hours), 1) AS hours_billed,
    ROUND(SUM(i.amount), 2) AS amount
FROM contractor_invoices AS i
WHERE i.invoice_date BETWEEN :period_start AND :period_end
{% if department %}  AND i.department = :department
{% endif %}GROUP BY i.vendor, i.department
HAVING SUM(i.amount) >= :min_amount
ORDER BY amount DESC
