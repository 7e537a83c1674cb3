/*---
title: Founders
description: >
  Every founder with the number of manufacturers they started, which ones, and the total revenue
  of those companies, largest total first. Optionally only founders with at least a number of
  companies.
examples:
  - revenue by founder
  - serial founders with 2 or more companies
  - whose companies earn the most
keywords: [founder, founders, founded, started, created, entrepreneur, owner, per founder, each
           founder, companies, revenue, total revenue, portfolio]
params:
  min_companies: {type: int, optional: true, min: 1, label: at least this many companies}
owner: "@procurement-analytics"
---*/
SELECT
    Founder,
    COUNT(*) AS companies,
    string_agg(Name, ', ' ORDER BY Name) AS company_names,
    SUM(Revenue) AS total_revenue
FROM Manufacturers
GROUP BY Founder
{% if min_companies %}HAVING COUNT(*) >= :min_companies
{% endif %}ORDER BY total_revenue DESC, Founder
