/*---
title: Revenue trend over time
description: >
  Revenue and order count per day, week or month over a period, to see how sales move over
  time. Rows are labelled with their first day (weeks start on Monday; a partial first row
  starts on the period's first day). Revenue counts orders that were not cancelled or returned.
examples:
  - weekly revenue for the last 3 months
  - daily sales since the start of the month
  - revenue per month this year
  - how has revenue trended since June?
  - rev over time, by week
  - month by month revenue for last year
  - show the sales trend for Q3 day by day
  - is revenue growing? monthly numbers since January
  - revenue week over week last quarter
keywords: [revenue, rev, sales, trend, trends, trending, over time, time series, timeline,
           growth, growing, developed, development, evolution, history, per day, per week,
           per month, daily revenue, weekly revenue, monthly revenue, monthly sales, chart,
           graph, plot,
           seasonality, seasonal, over the months, week by week,
           tracking, tracked, moved, buckets, granularity, curve, top line, topline, up or down]
params:
  period: {type: date_range, default: last 3 months, label: period}
  grain:
    type: choice
    choices: [day, week, month]
    default: week
    label: grain
    synonyms: {daily: day, day by day: day, per day: day, by day: day,
               weekly: week, per week: week, by week: week, week over week: week,
               monthly: month, per month: month, by month: month,
               month by month: month, month over month: month}
owner: "@data-team"
---*/
SELECT
    GREATEST(CAST(date_trunc(:grain, order_date) AS DATE), :period_start) AS period,
    COUNT(*) AS orders,
    ROUND(SUM(amount), 2) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
  AND status NOT IN ('cancelled', 'returned')
GROUP BY 1
ORDER BY 1
