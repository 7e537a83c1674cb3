/*---
title: Companies by industry or headquarters country
description: >
  Companies grouped by industry (default) or by headquarters country: companies in the
  group, total sales, average profits, total assets and total market value (billions), and
  the largest company by sales. Optionally one industry or one headquarters country, or
  only groups with at least so many companies. Most companies first (default), most sales,
  or by name.
examples:
  - number of companies per industry
  - which countries host the most headquarters
  - industries ranked by total sales
  - countries with at least 2 companies headquartered there
keywords: [industry, industries, sector, sectors, headquarters, countries, country, per
           industry, per country, by industry, by country, each industry, breakdown, mix,
           shared, most common]
params:
  by:
    type: choice
    choices: [industry, headquarters]
    default: industry
    synonyms: {sector: industry, sectors: industry, industries: industry,
               country: headquarters, countries: headquarters, hq: headquarters,
               headquarter: headquarters, head office: headquarters}
  industry: {type: string, optional: true, label: industry}
  headquarters: {type: string, optional: true, label: headquarters country}
  min_companies: {type: int, optional: true, min: 0, label: at least (companies)}
  sort:
    type: choice
    choices: [most_companies, sales, name]
    default: most_companies
    synonyms: {most companies: most_companies, most common: most_companies,
               total sales: sales, revenue: sales, by name: name, alphabetical: name}
owner: "@corp-analytics"
---*/
SELECT
{% if by == 'headquarters' %}c.Headquarters
{% else %}c.Industry
{% endif %}AS grp,
       COUNT(*) AS companies,
       ROUND(SUM(c.Sales_billion), 1) AS total_sales_billion,
       ROUND(AVG(c.Profits_billion), 2) AS average_profits_billion,
       ROUND(SUM(c.Assets_billion), 1) AS total_assets_billion,
       ROUND(SUM(c.Market_Value_billion), 1) AS total_market_value_billion,
       arg_max(c.name, c.Sales_billion) AS largest_by_sales
FROM Companies AS c
WHERE 1 = 1
{% if industry %}AND c.Industry = :industry
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}GROUP BY grp
{% if min_companies is not none and min_companies is not false %}HAVING COUNT(*) >= :min_companies
{% endif %}ORDER BY
{% if sort == 'sales' %}total_sales_billion DESC
{% elif sort == 'name' %}grp
{% else %}companies DESC, grp
{% endif %}
