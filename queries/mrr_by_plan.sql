/*---
title: MRR by plan
description: >
  Monthly recurring revenue (MRR) and active subscriptions per plan (basic, pro, enterprise)
  at the end of each month in a period, with an all-plans total per month.
examples:
  - MRR per plan
  - monthly recurring revenue by plan last quarter
  - how much recurring revenue does each subscription tier bring in?
  - MRR split basic vs pro vs enterprise this year
  - active subscriptions and MRR by plan since January
  - subscription revenue per plan over the last 6 months
  - what is our MRR right now
  - recurring revenue trend by tier for 2025
keywords: [mrr, recurring revenue, recurring, subscription revenue,
           subscriptions, subscribers, active subscriptions, plan, plans, tier, tiers, basic,
           pro, enterprise, subscription income, recurring income]
params:
  period: {type: date_range, default: last 3 months, label: period}
owner: "@data-team"
---*/
WITH months AS (
    SELECT
        CAST(m AS DATE) AS month,
        LEAST(CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE), CAST(:period_end AS DATE))
            AS as_of
    FROM range(
        date_trunc('month', CAST(:period_start AS DATE)),
        CAST(:period_end AS DATE) + INTERVAL 1 DAY,
        INTERVAL 1 MONTH
    ) AS t(m)
)
SELECT
    m.month,
    COALESCE(s.plan, 'all plans') AS plan,
    COUNT(*) AS active_subscriptions,
    ROUND(SUM(s.mrr), 2) AS mrr
FROM months AS m
JOIN subscriptions AS s
  ON s.start_date <= m.as_of
 AND (s.end_date IS NULL OR s.end_date > m.as_of)
GROUP BY GROUPING SETS ((m.month, s.plan), (m.month))
ORDER BY m.month, GROUPING(s.plan), mrr DESC
