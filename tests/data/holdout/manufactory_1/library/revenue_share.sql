/*---
title: Revenue share
description: Each manufacturer's share of the combined revenue of all manufacturers, in percent,
  with the running share, biggest first (supplier concentration).
examples:
  - how concentrated is our supplier base
  - share of revenue per supplier in percent
  - pareto of manufacturers
keywords: [share, percent, percentage, concentration, pareto, market share, cumulative,
           running share, dependence, portion]
params: {}
owner: "@procurement-analytics"
---*/
SELECT
    Name,
    Revenue,
    ROUND(100.0 * Revenue / SUM(Revenue) OVER (), 1) AS share_pct,
    ROUND(100.0 * SUM(Revenue) OVER (ORDER BY Revenue DESC, Name) / SUM(Revenue) OVER (), 1)
        AS running_share_pct
FROM Manufacturers
ORDER BY Revenue DESC, Name
