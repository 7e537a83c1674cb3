/*---
title: Profit margins
description: >
  One row per company: profit margin (profits as a percentage of sales) and return on assets
  (profits as a percentage of assets). Optionally one industry. Highest margin first.
examples:
  - profit margin by company
  - which banks have the best return on assets
  - margins in oil and gas
keywords: [margin, margins, profit margin, profitability, return on assets, roa, ratio,
           percentage, efficiency]
params:
  industry: {type: string, optional: true, label: industry}
owner: "@corp-realestate-analytics"
---*/
SELECT c.name AS company, c.Industry AS industry,
       ROUND(100 * c.Profits_billion / c.Sales_billion, 1) AS profit_margin_pct,
       ROUND(100 * c.Profits_billion / c.Assets_billion, 2) AS return_on_assets_pct
FROM Companies AS c
WHERE 1 = 1
{% if industry %}AND c.Industry = :industry
{% endif %}ORDER BY profit_margin_pct DESC, c.name
