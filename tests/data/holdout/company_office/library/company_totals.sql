/*---
title: Company figures at a glance
description: >
  One row of overall figures over the companies: how many companies, distinct industries
  and headquarters countries; total and average sales; lowest and highest sales; total and
  average profits; total assets and total market value (billions of dollars). Optionally
  only the companies of one industry or one headquarters country.
examples:
  - how many companies do we track
  - average profit across all companies
  - total sales of the oil and gas companies
  - highest and lowest sales among US companies
keywords: [total, overall, how many, number of, count, average, mean, min, max, lowest,
           highest, minimum, maximum, sum, combined, summary, glance, distinct]
params:
  industry: {type: string, optional: true, label: industry}
  headquarters: {type: string, optional: true, label: headquarters country}
owner: "@corp-analytics"
---*/
SELECT COUNT(*) AS companies,
       COUNT(DISTINCT c.Industry) AS industries,
       COUNT(DISTINCT c.Headquarters) AS headquarters_countries,
       ROUND(SUM(c.Sales_billion), 1) AS total_sales_billion,
       ROUND(AVG(c.Sales_billion), 2) AS average_sales_billion,
       MIN(c.Sales_billion) AS lowest_sales_billion,
       MAX(c.Sales_billion) AS highest_sales_billion,
       ROUND(SUM(c.Profits_billion), 1) AS total_profits_billion,
       ROUND(AVG(c.Profits_billion), 2) AS average_profits_billion,
       ROUND(SUM(c.Assets_billion), 1) AS total_assets_billion,
       ROUND(SUM(c.Market_Value_billion), 1) AS total_market_value_billion
FROM Companies AS c
WHERE 1 = 1
{% if industry %}AND c.Industry = :industry
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}
