/*---
title: Company headline figures
description: >
  One row of headline figures over the companies tracked: how many companies, industries and
  headquarters countries; total, average, highest and lowest sales; total, average, highest
  and lowest profits; total and average assets and market value (billions of dollars).
  Optionally only the companies of one industry or headquartered in one country.
examples:
  - how many companies do we track
  - average profit across companies
  - total sales of the oil and gas companies
  - headline numbers for companies based in the USA
  - what's the highest and lowest sales among banks
keywords: [total, totals, overall, average, mean, maximum, minimum, highest, lowest, count,
           number of companies, number of industries, distinct industries, headline, kpi, kpis,
           summary, sales, profits, assets, market value]
params:
  industry: {type: string, optional: true, label: industry}
  headquarters: {type: string, optional: true, label: headquarters country}
owner: "@corp-realestate-analytics"
---*/
SELECT COUNT(*) AS companies,
       COUNT(DISTINCT c.Industry) AS industries,
       COUNT(DISTINCT c.Headquarters) AS headquarters_countries,
       ROUND(SUM(c.Sales_billion), 1) AS total_sales_billion,
       ROUND(AVG(c.Sales_billion), 2) AS avg_sales_billion,
       MAX(c.Sales_billion) AS max_sales_billion,
       MIN(c.Sales_billion) AS min_sales_billion,
       ROUND(SUM(c.Profits_billion), 1) AS total_profits_billion,
       ROUND(AVG(c.Profits_billion), 2) AS avg_profits_billion,
       MAX(c.Profits_billion) AS max_profits_billion,
       MIN(c.Profits_billion) AS min_profits_billion,
       ROUND(SUM(c.Assets_billion), 1) AS total_assets_billion,
       ROUND(AVG(c.Assets_billion), 2) AS avg_assets_billion,
       ROUND(SUM(c.Market_Value_billion), 1) AS total_market_value_billion,
       ROUND(AVG(c.Market_Value_billion), 2) AS avg_market_value_billion
FROM Companies AS c
WHERE 1 = 1
{% if industry %}AND c.Industry = :industry
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}
