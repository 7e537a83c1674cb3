/*---
title: Settlements at a glance
description: >
  One row: how many settlements, how many distinct claims they settle, the total and
  average amount settled, the total amount claimed on them, and how many payments were made
  against them with the amount paid. Optionally only settlements dated in a period (all by
  default).
examples:
  - how many settlements do we have
  - total settled to date
  - settlement totals for 2017
keywords: [settlement, settlements, settled, total, sum, overall, all, how much, how many,
           number, count, average, amount settled, payout, paid out, claims, payments,
           summary]
params:
  settled_period: {type: date_range, default: since 1970-01-01, label: settlement date}
owner: "@claims-analytics"
---*/
SELECT
    COUNT(*) AS settlements,
    COUNT(DISTINCT s.Claim_ID) AS claims,
    SUM(s.Amount_Settled) AS total_settled,
    ROUND(AVG(s.Amount_Settled), 2) AS average_settled,
    SUM(s.Amount_Claimed) AS total_claimed,
    (SELECT COUNT(*) FROM Payments AS pm
     WHERE pm.Settlement_ID IN (SELECT Settlement_ID FROM Settlements
                                WHERE Date_Claim_Settled BETWEEN :settled_period_start
                                                             AND :settled_period_end)) AS payments,
    (SELECT COALESCE(SUM(pm.Amount_Payment), 0) FROM Payments AS pm
     WHERE pm.Settlement_ID IN (SELECT Settlement_ID FROM Settlements
                                WHERE Date_Claim_Settled BETWEEN :settled_period_start
                                                             AND :settled_period_end)) AS amount_paid
FROM Settlements AS s
WHERE s.Date_Claim_Settled BETWEEN :settled_period_start AND :settled_period_end
