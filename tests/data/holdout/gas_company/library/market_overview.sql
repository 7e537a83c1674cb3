/*---
title: Market overview
description: >
  One row over all companies: how many, the total, average, lowest and highest sales,
  profits, assets and market value, and how many gas stations and operated stations there
  are.
examples:
  - market overview
  - total assets of all companies
  - headline numbers for the ranking
keywords: [overview, summary, overall, total, totals, all companies, altogether, combined,
           headline, market, minimum, maximum, average]
params: {}
owner: "@energy-analytics"
---*/
SELECT COUNT(*) AS companies,
       ROUND(SUM(Sales_billion), 1) AS total_sales, ROUND(AVG(Sales_billion), 2) AS average_sales,
       MIN(Sales_billion) AS lowest_sales, MAX(Sales_billion) AS highest_sales,
       ROUND(SUM(Profits_billion), 1) AS total_profits, ROUND(AVG(Profits_billion), 2) AS average_profits,
       MIN(Profits_billion) AS lowest_profits, MAX(Profits_billion) AS highest_profits,
       ROUND(SUM(Assets_billion), 1) AS total_assets, ROUND(AVG(Assets_billion), 2) AS average_assets,
       MIN(Assets_billion) AS lowest_assets, MAX(Assets_billion) AS highest_assets,
       ROUND(SUM(Market_Value), 1) AS total_market_value, ROUND(AVG(Market_Value), 2) AS average_market_value,
       MIN(Market_Value) AS lowest_market_value, MAX(Market_Value) AS highest_market_value,
       (SELECT COUNT(*) FROM gas_station) AS gas_stations,
       (SELECT COUNT(DISTINCT Station_ID) FROM station_company) AS operated_stations
FROM company
