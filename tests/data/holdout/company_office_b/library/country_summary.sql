/*---
title: Companies by headquarters country
description: >
  One row per headquarters country: number of companies, number of industries, total sales,
  total profits, total assets and total market value (billions of dollars), and the
  companies' names. Optionally only one industry, or countries that are home to at least so
  many companies. Most companies first (default), by name, or by total market value.
examples:
  - companies per headquarters country
  - which countries host the most company headquarters
  - how many banks are headquartered in each country
  - headquarters locations with at least 3 companies
keywords: [headquarters, headquarter, hq, country, countries, home country, based, location,
           locations, per country, by country, each country, number of companies]
params:
  industry: {type: string, optional: true, label: industry}
  min_companies: {type: int, optional: true, min: 1, label: at least (companies)}
  sort:
    type: choice
    choices: [most_companies, name, market_value]
    default: most_companies
    synonyms: {most companies: most_companies, alphabetical: name, by name: name,
               market value: market_value, market cap: market_value}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-realestate-analytics"
---*/
SELECT c.Headquarters AS headquarters, COUNT(*) AS companies,
       COUNT(DISTINCT c.Industry) AS industries,
       ROUND(SUM(c.Sales_billion), 1) AS total_sales_billion,
       ROUND(SUM(c.Profits_billion), 1) AS total_profits_billion,
       ROUND(SUM(c.Assets_billion), 1) AS total_assets_billion,
       ROUND(SUM(c.Market_Value_billion), 1) AS total_market_value_billion,
       string_agg(c.name, '; ' ORDER BY c.name) AS company_names
FROM Companies AS c
WHERE 1 = 1
{% if industry %}AND c.Industry = :industry
{% endif %}GROUP BY c.Headquarters
{% if min_companies %}HAVING COUNT(*) >= :min_companies
{% endif %}ORDER BY
{% if sort == 'name' %}c.Headquarters
{% elif sort == 'market_value' %}total_market_value_billion DESC, c.Headquarters
{% else %}companies DESC, c.Headquarters
{% endif %}{% if n %}LIMIT :n
{% endif %}
