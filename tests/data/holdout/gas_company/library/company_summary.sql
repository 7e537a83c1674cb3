/*---
title: Companies by country or industry
description: >
  Companies grouped by headquarters country (default) or main industry (`by`): how many
  companies, total and average sales, profits, assets and market value, and the largest
  market value in the group. Most companies first (default), or largest total sales,
  profits or market value, or by group name.
examples:
  - how many companies per country
  - total sales by industry
  - average profits for each main industry
  - which country hosts the most company headquarters
keywords: [per country, each country, by country, headquarters, headquartered, hq, country,
           countries, per industry, each industry, by industry, industry, industries,
           sector, how many companies, number of companies, count, total, average, sum,
           sales, profits, assets, market value]
params:
  by:
    type: choice
    choices: [headquarters, industry]
    default: headquarters
    synonyms: {country: headquarters, countries: headquarters, hq: headquarters,
               headquartered: headquarters, main industry: industry, industries: industry,
               sector: industry, sectors: industry}
  sort:
    type: choice
    choices: [most_companies, fewest_companies, sales, profits, market_value, name]
    default: most_companies
    synonyms: {most: most_companies, fewest: fewest_companies, least: fewest_companies,
               revenue: sales, profit: profits, market cap: market_value,
               alphabetical: name, by name: name}
owner: "@energy-analytics"
---*/
SELECT
{% if by == 'industry' %}c.Main_Industry{% else %}c.Headquarters{% endif %} AS grouping,
    COUNT(*) AS companies,
    ROUND(SUM(c.Sales_billion), 1) AS total_sales, ROUND(AVG(c.Sales_billion), 2) AS average_sales,
    ROUND(SUM(c.Profits_billion), 1) AS total_profits, ROUND(AVG(c.Profits_billion), 2) AS average_profits,
    ROUND(SUM(c.Assets_billion), 1) AS total_assets, ROUND(AVG(c.Assets_billion), 2) AS average_assets,
    ROUND(SUM(c.Market_Value), 1) AS total_market_value, ROUND(AVG(c.Market_Value), 2) AS average_market_value,
    MAX(c.Market_Value) AS largest_market_value
FROM company AS c
GROUP BY grouping
ORDER BY
{% if sort == 'fewest_companies' %}companies, grouping
{% elif sort == 'sales' %}total_sales DESC
{% elif sort == 'profits' %}total_profits DESC
{% elif sort == 'market_value' %}total_market_value DESC
{% elif sort == 'name' %}grouping
{% else %}companies DESC, grouping
{% endif %}
