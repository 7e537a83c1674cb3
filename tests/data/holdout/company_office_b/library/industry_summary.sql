/*---
title: Companies by industry
description: >
  One row per industry: number of companies, total and average sales, total profits, total
  assets and total market value (billions of dollars), and the largest company by sales.
  Optionally only companies headquartered in one country, or industries with at least so
  many companies. Most companies first (default), by name, or by total sales.
examples:
  - companies per industry
  - which industry has the most companies
  - industry breakdown for companies based in China
  - sales by industry
keywords: [industry, industries, sector, sectors, breakdown, per industry, by industry, each
           industry, number of companies, how many companies, most common, share, mix]
params:
  headquarters: {type: string, optional: true, label: headquarters country}
  min_companies: {type: int, optional: true, min: 1, label: at least (companies)}
  sort:
    type: choice
    choices: [most_companies, name, sales]
    default: most_companies
    synonyms: {most companies: most_companies, by count: most_companies, alphabetical: name,
               by name: name, by sales: sales, highest sales: sales, biggest sales: sales}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-realestate-analytics"
---*/
SELECT c.Industry AS industry, COUNT(*) AS companies,
       ROUND(SUM(c.Sales_billion), 1) AS total_sales_billion,
       ROUND(AVG(c.Sales_billion), 2) AS avg_sales_billion,
       ROUND(SUM(c.Profits_billion), 1) AS total_profits_billion,
       ROUND(SUM(c.Assets_billion), 1) AS total_assets_billion,
       ROUND(SUM(c.Market_Value_billion), 1) AS total_market_value_billion,
       arg_max(c.name, c.Sales_billion) AS largest_company
FROM Companies AS c
WHERE 1 = 1
{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}GROUP BY c.Industry
{% if min_companies %}HAVING COUNT(*) >= :min_companies
{% endif %}ORDER BY
{% if sort == 'name' %}c.Industry
{% elif sort == 'sales' %}total_sales_billion DESC, c.Industry
{% else %}companies DESC, c.Industry
{% endif %}{% if n %}LIMIT :n
{% endif %}
