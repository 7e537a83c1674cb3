/*---
title: Profit margin and return on assets
description: >
  One row per company: profit margin (profits over sales) and return on assets (profits
  over assets), as percentages, with the price-to-sales ratio (market value over sales).
  Best margin first.
examples:
  - profit margins by company
  - which company has the best return on assets
keywords: [margin, margins, profit margin, return on assets, roa, ratio, ratios,
           price to sales, efficiency, percentage]
params: {}
owner: "@corp-analytics"
---*/
SELECT c.name AS company, c.Industry AS industry,
       ROUND(100 * c.Profits_billion / c.Sales_billion, 1) AS profit_margin_pct,
       ROUND(100 * c.Profits_billion / c.Assets_billion, 2) AS return_on_assets_pct,
       ROUND(c.Market_Value_billion / c.Sales_billion, 2) AS price_to_sales
FROM Companies AS c
ORDER BY profit_margin_pct DESC, company
