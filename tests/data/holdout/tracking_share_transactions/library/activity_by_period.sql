/*---
title: Trading activity over time
description: >
  Share transactions per year (default), quarter or month: number of transactions, sales,
  purchases, total amount and total share count. Optionally a period (all dates by
  default). Earliest first.
examples:
  - transactions per year
  - monthly trading activity in 2002
  - trend of sales and purchases by year
  - how many trades per quarter in the 1980s
keywords: [per year, yearly, annual, by year, per month, monthly, by month, quarterly,
           per quarter, trend, over time, history, activity, volume, timeline]
params:
  period: {type: date_range, default: since 1970-01-01, label: transaction date in}
  grain:
    type: choice
    choices: [year, quarter, month]
    default: year
    synonyms: {yearly: year, annual: year, per year: year, by year: year,
               quarterly: quarter, per quarter: quarter, by quarter: quarter,
               monthly: month, per month: month, by month: month}
owner: "@investment-ops"
---*/
SELECT
{% if grain == 'month' %}strftime(date_of_transaction, '%Y-%m') AS period,
{% elif grain == 'quarter' %}CAST(year(date_of_transaction) AS VARCHAR) || '-Q'
    || CAST(quarter(date_of_transaction) AS VARCHAR) AS period,
{% else %}CAST(year(date_of_transaction) AS VARCHAR) AS period,
{% endif %}COUNT(*) AS transactions,
       COUNT(*) FILTER (WHERE transaction_type_code = 'SALE') AS sales,
       COUNT(*) FILTER (WHERE transaction_type_code = 'PUR') AS purchases,
       SUM(amount_of_transaction) AS total_amount, SUM(share_count) AS total_shares
FROM Transactions
WHERE CAST(date_of_transaction AS DATE) BETWEEN :period_start AND :period_end
GROUP BY 1
ORDER BY 1
