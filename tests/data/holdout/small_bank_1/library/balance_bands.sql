/*---
title: Balance bands
description: >
  How many accounts fall in each balance band (under 1,000; 1,000 to 9,999; 10,000 to
  99,999; 100,000 to 999,999; 1 million and over), with the total and average balance per
  band, for checking or savings accounts (`account_type`, both by default).
examples:
  - distribution of savings balances
  - how many checking accounts have under 1k
  - balance buckets
  - accounts by balance range
keywords: [band, bands, bucket, buckets, range, ranges, distribution, histogram, tier, tiers,
           size, balance, balances, checking, savings, accounts]
params:
  account_type:
    type: choice
    choices: [both, checking, savings]
    default: both
    synonyms: {all: both, current: checking, current account: checking, chequing: checking,
               saving: savings, deposit: savings}
owner: "@retail-banking-analytics"
---*/
WITH acc AS (
  SELECT 'checking' AS account_type, custid, balance FROM CHECKING
  UNION ALL
  SELECT 'savings' AS account_type, custid, balance FROM SAVINGS
)
SELECT account_type,
       CASE WHEN balance < 1000 THEN '1: under 1,000'
            WHEN balance < 10000 THEN '2: 1,000 - 9,999'
            WHEN balance < 100000 THEN '3: 10,000 - 99,999'
            WHEN balance < 1000000 THEN '4: 100,000 - 999,999'
            ELSE '5: 1,000,000 and over' END AS balance_band,
       count(*) AS accounts, sum(balance) AS total_balance, avg(balance) AS average_balance
FROM acc
WHERE 1 = 1
{% if account_type == 'checking' %}AND account_type = 'checking'
{% elif account_type == 'savings' %}AND account_type = 'savings'
{% endif %}GROUP BY 1, 2
ORDER BY 1, 2
