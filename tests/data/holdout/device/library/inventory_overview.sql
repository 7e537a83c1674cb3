/*---
title: Inventory overview
description: >
  One row for the whole network: number of device models, shops and stock lines, total
  units in stock, the average, smallest and largest stock line, and the first and last
  shop open year.
examples:
  - inventory overview
  - how many shops and devices do we have
  - total units in stock across all shops
  - average stock quantity
keywords: [overview, summary, totals, total, how many, number of, count, shops, devices,
           units, average, mean, minimum, maximum, smallest, largest, inventory, network]
params: {}
owner: "@retail-analytics"
---*/
SELECT (SELECT COUNT(*) FROM device) AS devices,
       (SELECT COUNT(*) FROM shop) AS shops,
       (SELECT COUNT(*) FROM stock) AS stock_lines,
       (SELECT SUM(Quantity) FROM stock) AS total_units,
       (SELECT ROUND(AVG(Quantity), 1) FROM stock) AS average_quantity,
       (SELECT MIN(Quantity) FROM stock) AS smallest_quantity,
       (SELECT MAX(Quantity) FROM stock) AS largest_quantity,
       (SELECT MIN(Open_Year) FROM shop) AS first_open_year,
       (SELECT MAX(Open_Year) FROM shop) AS last_open_year
