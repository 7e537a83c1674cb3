/*---
title: Funding overview
description: >
  One row over all pitches: how many entrepreneurs, companies and distinct investors, the
  total, average, smallest and largest money requested, and the average height and weight
  of the entrepreneurs.
examples:
  - funding overview
  - total money requested by all entrepreneurs
  - how many entrepreneurs and investors are there
keywords: [overview, summary, overall, total, totals, altogether, all, headline, how many,
           average, maximum, minimum, count, money requested, investors, entrepreneurs]
params: {}
owner: "@venture-analytics"
---*/
SELECT COUNT(*) AS entrepreneurs, COUNT(DISTINCT e.Company) AS companies,
       COUNT(DISTINCT e.Investor) AS investors,
       SUM(e.Money_Requested) AS total_money_requested,
       ROUND(AVG(e.Money_Requested), 2) AS average_money_requested,
       MIN(e.Money_Requested) AS smallest_request, MAX(e.Money_Requested) AS largest_request,
       ROUND(AVG(p.Height), 3) AS average_entrepreneur_height,
       ROUND(AVG(p.Weight), 2) AS average_entrepreneur_weight
FROM entrepreneur AS e
LEFT JOIN people AS p ON p.People_ID = e.People_ID
