/*---
title: Revenue by region
description: >
  Revenue (sales) per region over a period, with the number of orders and each region's
  share of the total. Revenue counts orders that were not cancelled or returned, by order date.
examples:
  - revenue by region last month
  - how much did EMEA make last quarter?
  - rev by region for Q2
  - sales split by region this year
  - what did North America bring in last month
  - which region sold the most in September?
  - regional revenue breakdown year to date
  - total sales in LATAM in October
  - how are we doing across regions this quarter, revenue wise
  - APAC revenue since the start of the year
keywords: [revenue, rev, sales, income, turnover, earnings, gmv, region, regions, regional,
           geography, geo, market, markets, split, breakdown, made, make, brought, bring, came,
           come, generated, earned,
           money, most money, net, net revenue, net sales, highest,
           ranked, ranking, spread, booked, book, carried]
params:
  period: {type: date_range, default: last month, label: period}
  region:
    type: choice
    choices: [NA, EMEA, APAC, LATAM]
    optional: true
    synonyms: {north america: NA, north american: NA, usa: NA, US: NA, u.s.: NA, united states: NA,
               canada: NA, emea: EMEA, europe: EMEA, european: EMEA, eu: EMEA, uk: EMEA,
               middle east: EMEA, africa: EMEA, apac: APAC, asia: APAC, asian: APAC,
               asia pacific: APAC, asia-pacific: APAC, australia: APAC, japan: APAC, india: APAC,
               latam: LATAM, latin america: LATAM, latin american: LATAM,
               south america: LATAM, brazil: LATAM, mexico: LATAM}
owner: "@data-team"
---*/
SELECT
    region,
    COUNT(*) AS orders,
    ROUND(SUM(amount), 2) AS revenue,
    ROUND(100.0 * SUM(amount) / SUM(SUM(amount)) OVER (), 1) AS share_pct
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
  AND status NOT IN ('cancelled', 'returned')
{% if region %}  AND region = :region
{% endif %}GROUP BY region
ORDER BY revenue DESC
