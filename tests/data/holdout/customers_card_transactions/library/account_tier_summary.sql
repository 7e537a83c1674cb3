/*---
title: Accounts per tier
description: >
  One row per account tier (the account details field: Regular, VIP): how many accounts, how
  many distinct customers hold one, how many transactions were booked on them and for what
  total amount. Most accounts first.
examples:
  - VIP vs regular accounts
  - account tier mix
  - how much goes through VIP accounts
keywords: [tier, tiers, vip, regular, premium, standard, segment, account type, accounts,
           holders, mix, split, breakdown, per tier, each tier]
params: {}
owner: "@cards-analytics"
---*/
SELECT
    a.other_account_details AS tier,
    COUNT(DISTINCT a.account_id) AS accounts,
    COUNT(DISTINCT a.customer_id) AS holders,
    COUNT(t.transaction_id) AS transactions,
    ROUND(COALESCE(SUM(t.transaction_amount), 0), 2) AS total_amount
FROM Accounts AS a
LEFT JOIN Financial_Transactions AS t ON t.account_id = a.account_id
GROUP BY a.other_account_details
ORDER BY accounts DESC, tier
