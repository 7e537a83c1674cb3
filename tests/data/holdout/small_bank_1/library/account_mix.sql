/*---
title: Checking versus savings mix
description: >
  One row per customer holding both accounts: checking and savings balance, their
  difference (checking minus savings), the total, and the share of the total kept in
  checking. Optionally only customers who keep more in checking than in savings, or more in
  savings than in checking (`mix`). Sorted by the share in checking, highest first.
examples:
  - customers with more in checking than savings
  - who keeps most of their money in savings
  - checking share of each customer's deposits
  - liquidity mix per customer
keywords: [mix, split, share, ratio, proportion, difference, liquidity, checking, savings,
           more than, higher than, exceeds, customers]
params:
  mix:
    type: choice
    choices: [more_checking, more_savings]
    optional: true
    synonyms: {checking heavy: more_checking, checking above savings: more_checking,
               checking higher: more_checking, savings below checking: more_checking,
               savings heavy: more_savings, savings above checking: more_savings,
               savings higher: more_savings, checking below savings: more_savings}
owner: "@retail-banking-analytics"
---*/
SELECT a.custid AS customer_id, a.name AS customer,
       c.balance AS checking_balance, s.balance AS savings_balance,
       c.balance - s.balance AS checking_minus_savings,
       c.balance + s.balance AS total_balance,
       round(100.0 * c.balance / NULLIF(c.balance + s.balance, 0), 2) AS checking_share_pct
FROM ACCOUNTS AS a
JOIN CHECKING AS c ON c.custid = a.custid
JOIN SAVINGS AS s ON s.custid = a.custid
WHERE 1 = 1
{% if mix == 'more_checking' %}AND c.balance > s.balance
{% elif mix == 'more_savings' %}AND s.balance > c.balance
{% endif %}ORDER BY checking_share_pct DESC, a.custid
