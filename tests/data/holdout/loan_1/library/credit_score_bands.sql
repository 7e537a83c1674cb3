/*---
title: Credit score bands
description: >
  Customers grouped into credit-score bands (under 50, 50 to 99, 100 to 199, 200 and over):
  customers, total and average account balance, and the customers' recorded loans per band.
examples:
  - credit quality distribution
  - how many clients sit in each score band
  - balances by credit tier
keywords: [band, bands, tier, tiers, bucket, buckets, distribution, credit quality, credit
           score, score, rating, risk, customers, clients, balance, per band]
owner: "@credit-risk"
---*/
SELECT
    CASE
        WHEN credit_score < 50 THEN '1: under 50'
        WHEN credit_score < 100 THEN '2: 50-99'
        WHEN credit_score < 200 THEN '3: 100-199'
        ELSE '4: 200 and over'
    END AS credit_band,
    COUNT(*) AS customers,
    SUM(acc_bal) AS total_balance,
    ROUND(AVG(acc_bal), 2) AS avg_balance,
    SUM(no_of_loans) AS recorded_loans
FROM customer
GROUP BY credit_band
ORDER BY credit_band
