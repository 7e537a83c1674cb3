/*---
title: Companies
description: >
  One row per company in the ranking: rank, name, headquarters country, main industry, and
  sales, profits, assets and market value (billions of dollars). Optionally one company,
  companies headquartered in one country or in one industry, or thresholds (strict: more
  than) on sales, profits, assets or market value. Sorted by rank (default), or by the
  largest sales, profits, assets or market value, or by name.
examples:
  - list the companies with their rank and industry
  - oil and gas companies by sales
  - companies headquartered in the USA
  - which company has the highest market value
  - companies with profits over 20 billion
keywords: [company, companies, firm, firms, rank, ranking, ranked, headquarters,
           headquartered, hq, country, industry, main industry, sector, sales, revenue,
           profits, profit, assets, market value, market cap, valuation, billion, biggest,
           largest, richest]
params:
  company: {type: string, optional: true, label: company name}
  headquarters: {type: string, optional: true, label: headquarters country}
  industry: {type: string, optional: true, label: main industry}
  min_sales: {type: number, optional: true, label: sales above (billions)}
  min_profits: {type: number, optional: true, label: profits above (billions)}
  min_assets: {type: number, optional: true, label: assets above (billions)}
  min_market_value: {type: number, optional: true, label: market value above (billions)}
  sort:
    type: choice
    choices: [rank, sales, profits, assets, market_value, name]
    default: rank
    synonyms: {ranking: rank, revenue: sales, highest sales: sales, most sales: sales,
               profit: profits, most profitable: profits, highest profits: profits,
               largest assets: assets, market cap: market_value, valuation: market_value,
               market value: market_value, alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@energy-analytics"
---*/
SELECT c.Rank AS rank, c.Company AS company, c.Headquarters AS headquarters,
       c.Main_Industry AS main_industry, c.Sales_billion AS sales_billion,
       c.Profits_billion AS profits_billion, c.Assets_billion AS assets_billion,
       c.Market_Value AS market_value_billion
FROM company AS c
WHERE 1 = 1
{% if company %}AND c.Company = :company
{% endif %}{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}{% if industry %}AND c.Main_Industry = :industry
{% endif %}{% if min_sales is not none and min_sales is not false %}AND c.Sales_billion > :min_sales
{% endif %}{% if min_profits is not none and min_profits is not false %}AND c.Profits_billion > :min_profits
{% endif %}{% if min_assets is not none and min_assets is not false %}AND c.Assets_billion > :min_assets
{% endif %}{% if min_market_value is not none and min_market_value is not false %}AND c.Market_Value > :min_market_value
{% endif %}ORDER BY
{% if sort == 'sales' %}c.Sales_billion DESC
{% elif sort == 'profits' %}c.Profits_billion DESC
{% elif sort == 'assets' %}c.Assets_billion DESC
{% elif sort == 'market_value' %}c.Market_Value DESC
{% elif sort == 'name' %}c.Company
{% else %}c.Rank
{% endif %}{% if n %}LIMIT :n
{% endif %}
