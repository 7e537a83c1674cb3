/*---
title: Companies
description: >
  One row per company in the office-tenancy database: id, name, headquarters country,
  industry, sales, profits, assets and market value (all in billions of dollars), and the
  number of buildings it has offices in. Optionally one company by name, one headquarters
  country, one industry, or sales, profits, assets or market value at least so much. By
  name (default), or biggest first by market value, sales, profits or assets; `n` for a top
  list.
examples:
  - list all companies
  - banks headquartered in China
  - top 5 companies by market value
  - what are Petrobras's assets
  - companies with profits of at least 20 billion
keywords: [company, companies, firm, firms, tenant, tenants, headquarters, headquartered, hq,
           industry, sector, sales, revenue, profits, profit, assets, market value, market cap,
           billion, billions]
params:
  company: {type: string, optional: true, label: company name}
  headquarters: {type: string, optional: true, label: headquarters country}
  industry: {type: string, optional: true, label: industry}
  min_sales: {type: number, optional: true, min: 0, label: sales at least (billion)}
  min_profits: {type: number, optional: true, label: profits at least (billion)}
  min_assets: {type: number, optional: true, min: 0, label: assets at least (billion)}
  min_market_value: {type: number, optional: true, min: 0, label: market value at least (billion)}
  sort:
    type: choice
    choices: [name, market_value, sales, profits, assets]
    default: name
    synonyms: {alphabetical: name, by name: name, a-z: name, market cap: market_value,
               market value: market_value, most valuable: market_value, valuation: market_value,
               revenue: sales, biggest sales: sales, top sales: sales, most profitable: profits,
               profit: profits, largest assets: assets, biggest balance sheet: assets}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-analytics"
---*/
SELECT c.id AS company_id, c.name AS company, c.Headquarters AS headquarters,
       c.Industry AS industry, c.Sales_billion AS sales_billion,
       c.Profits_billion AS profits_billion, c.Assets_billion AS assets_billion,
       c.Market_Value_billion AS market_value_billion,
       COUNT(o.building_id) AS office_buildings
FROM Companies AS c
LEFT JOIN Office_locations AS o ON o.company_id = c.id
WHERE 1 = 1
{% if company %}AND c.name = :company
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}{% if industry %}AND c.Industry = :industry
{% endif %}{% if min_sales is not none and min_sales is not false %}AND c.Sales_billion >= :min_sales
{% endif %}{% if min_profits is not none and min_profits is not false %}AND c.Profits_billion >= :min_profits
{% endif %}{% if min_assets is not none and min_assets is not false %}AND c.Assets_billion >= :min_assets
{% endif %}{% if min_market_value is not none and min_market_value is not false %}AND c.Market_Value_billion >= :min_market_value
{% endif %}GROUP BY ALL
ORDER BY
{% if sort == 'market_value' %}c.Market_Value_billion DESC
{% elif sort == 'sales' %}c.Sales_billion DESC
{% elif sort == 'profits' %}c.Profits_billion DESC
{% elif sort == 'assets' %}c.Assets_billion DESC
{% else %}c.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
