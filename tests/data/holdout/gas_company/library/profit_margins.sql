/*---
title: Profit margins
description: >
  Profit margin (profits / sales) and return on assets (profits / assets) per company, best
  margin first. Optionally one main industry.
examples:
  - profit margin by company
  - return on assets ranking
keywords: [margin, margins, profit margin, return on assets, roa, efficiency, profitability]
params:
  industry: {type: string, optional: true, label: main industry}
owner: "@energy-analytics"
---*/
SELECT Company AS company, Main_Industry AS main_industry,
       ROUND(100.0 * Profits_billion / Sales_billion, 1) AS profit_margin_pct,
       ROUND(100.0 * Profits_billion / Assets_billion, 1) AS return_on_assets_pct
FROM company
WHERE 1 = 1
{% if industry %}AND Main_Industry = :industry
{% endif %}ORDER BY profit_margin_pct DESC
