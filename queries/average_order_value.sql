/*---
title: Average order value (AOV)
description: >
  Average order value (basket size) over a period: all regions together and per region, with
  the median order and the order count. Cancelled and returned orders are left out.
examples:
  - AOV last month
  - average order value by region this quarter
  - what's the average basket size in EMEA?
  - mean order value for North America in September
  - how much does a typical order come to this year
  - average spend per order since July
  - AOV in LATAM for Q2
  - what was the average cart value last month
keywords: [aov, average order value, average, avg, mean, median, typical, basket, basket
           size, cart size, order value, spend per order, per order,
           ticket size, average ticket, order size, average spend,
           big, normal, usual, amount, order amount, medium, orders placed]
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
    COALESCE(region, 'All regions') AS region,
    COUNT(*) AS orders,
    ROUND(SUM(amount), 2) AS revenue,
    ROUND(AVG(amount), 2) AS average_order_value,
    ROUND(MEDIAN(amount), 2) AS median_order_value
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
  AND status NOT IN ('cancelled', 'returned')
{% if region %}  AND region = :region
GROUP BY region
{% else %}GROUP BY GROUPING SETS ((), (region))
{% endif %}ORDER BY GROUPING(region) DESC, average_order_value DESC
