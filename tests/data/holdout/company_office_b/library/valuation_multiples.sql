/*---
title: Valuation multiples
description: >
  One row per company: price-to-earnings (market value over profits), price-to-sales and
  price-to-book-assets multiples. Optionally one headquarters country. Lowest P/E first.
examples:
  - p/e ratios of the companies
  - cheapest companies by price to earnings
  - valuation multiples for US companies
keywords: [valuation, multiple, multiples, p/e, pe ratio, price to earnings, price to sales,
           price to book, cheap, expensive]
params:
  headquarters: {type: string, optional: true, label: headquarters country}
owner: "@corp-realestate-analytics"
---*/
SELECT c.name AS company, c.Headquarters AS headquarters,
       ROUND(c.Market_Value_billion / c.Profits_billion, 1) AS price_to_earnings,
       ROUND(c.Market_Value_billion / c.Sales_billion, 2) AS price_to_sales,
       ROUND(c.Market_Value_billion / c.Assets_billion, 3) AS price_to_assets
FROM Companies AS c
WHERE 1 = 1
{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}ORDER BY price_to_earnings, c.name
