/*---
title: Companies
description: >
  One row per company: id, name, headquarters country, industry, and its sales, profits,
  assets and market value in billions of dollars. Optionally one company by name, companies
  headquartered in one country, in one industry, or with sales, profits or assets in a
  range. By name (default), or highest market value, sales, profits or assets first.
examples:
  - list all companies
  - companies headquartered in France
  - banking companies by assets
  - which companies have the biggest market cap
  - what are Walmart's sales and profits
keywords: [company, companies, firm, firms, corporation, name, names, headquarters, headquartered,
           based, industry, sector, sales, revenue, profits, assets, market value, market cap,
           valuation, billion]
params:
  company: {type: string, optional: true, label: company name}
  headquarters: {type: string, optional: true, label: headquarters country}
  industry: {type: string, optional: true, label: industry}
  min_sales: {type: number, optional: true, label: sales at least (billions)}
  max_sales: {type: number, optional: true, label: sales at most (billions)}
  min_profits: {type: number, optional: true, label: profits at least (billions)}
  min_assets: {type: number, optional: true, label: assets at least (billions)}
  sort:
    type: choice
    choices: [name, market_value, sales, profits, assets]
    default: name
    synonyms: {alphabetical: name, by name: name, market value: market_value,
               market cap: market_value, valuation: market_value, most valuable: market_value,
               biggest sales: sales, highest sales: sales, revenue: sales, most profitable: profits,
               highest profits: profits, largest assets: assets, most assets: assets}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-realestate-analytics"
---*/
SELECT c.id AS company_id, c.name AS company, c.Headquarters AS headquarters,
       c.Industry AS industry, c.Sales_billion AS sales_billion,
       c.Profits_billion AS profits_billion, c.Assets_billion AS assets_billion,
       c.Market_Value_billion AS market_value_billion
FROM Companies AS c
WHERE 1 = 1
{% if company %}AND c.name = :company
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}{% if industry %}AND c.Industry = :industry
{% endif %}{% if min_sales is not none and min_sales is not false %}AND c.Sales_billion >= :min_sales
{% endif %}{% if max_sales is not none and max_sales is not false %}AND c.Sales_billion <= :max_sales
{% endif %}{% if min_profits is not none and min_profits is not false %}AND c.Profits_billion >= :min_profits
{% endif %}{% if min_assets is not none and min_assets is not false %}AND c.Assets_billion >= :min_assets
{% endif %}ORDER BY
{% if sort == 'market_value' %}c.Market_Value_billion DESC, c.name
{% elif sort == 'sales' %}c.Sales_billion DESC, c.name
{% elif sort == 'profits' %}c.Profits_billion DESC, c.name
{% elif sort == 'assets' %}c.Assets_billion DESC, c.name
{% else %}c.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
