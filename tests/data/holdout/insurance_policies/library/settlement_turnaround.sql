/*---
title: Claim settlement turnaround by policy type
description: >
  One row per policy type: claims, and the average, shortest and longest number of days
  between the date a claim was made and the date it was settled (negative where the
  settlement date on file precedes the claim date). Slowest average first.
examples:
  - how long do claims take to settle
  - average days to settle by product line
keywords: [turnaround, days, how long, time, duration, speed, slow, fast, settle, settled,
           settlement, claim, claims, average, policy type, car, life, property, travel, sla]
owner: "@claims-analytics"
---*/
SELECT
    p.Policy_Type_Code AS policy_type,
    COUNT(*) AS claims,
    ROUND(AVG(date_diff('day', c.Date_Claim_Made, c.Date_Claim_Settled)), 1) AS average_days,
    MIN(date_diff('day', c.Date_Claim_Made, c.Date_Claim_Settled)) AS shortest_days,
    MAX(date_diff('day', c.Date_Claim_Made, c.Date_Claim_Settled)) AS longest_days
FROM Claims AS c
JOIN Customer_Policies AS p ON p.Policy_ID = c.Policy_ID
GROUP BY p.Policy_Type_Code
ORDER BY average_days DESC, policy_type
