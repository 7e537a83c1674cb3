/*---
title: Implied exchange rates
description: >
  For each catalog entry, the exchange rates implied by its three prices (euros per dollar,
  pounds per dollar), to spot entries whose prices were converted inconsistently. Most out
  of line with the catalog-wide median first.
examples:
  - implied exchange rates per product
  - which prices were converted inconsistently
  - euro to dollar ratio for each entry
keywords: [exchange, rate, rates, conversion, converted, fx, ratio, inconsistent,
           consistency, check, audit, currency, currencies]
params: {}
owner: "@catalog-data"
---*/
WITH r AS (
    SELECT catalog_entry_name, price_in_euros / price_in_dollars AS euros_per_dollar,
           price_in_pounds / price_in_dollars AS pounds_per_dollar
    FROM Catalog_Contents
)
SELECT catalog_entry_name, ROUND(euros_per_dollar, 3) AS euros_per_dollar,
       ROUND(pounds_per_dollar, 3) AS pounds_per_dollar,
       ROUND(abs(euros_per_dollar - median(euros_per_dollar) OVER ()), 3) AS euro_rate_gap
FROM r
ORDER BY euro_rate_gap DESC, catalog_entry_name
