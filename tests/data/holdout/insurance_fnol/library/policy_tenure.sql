/*---
title: Policy tenure
description: >
  How long customers keep their policies: per policy type, holdings, and the average,
  shortest and longest number of days between the open and the close date. Longest average
  first.
examples:
  - average policy tenure by type
  - how long do people keep their policies
keywords: [tenure, duration, length, days, how long, kept, keep, retention, lifetime]
params: {}
owner: "@claims-ops"
---*/
SELECT ap.policy_type_code AS policy_type, COUNT(*) AS holdings,
       ROUND(AVG(date_diff('day', cp.Date_Opened, cp.Date_Closed)), 1) AS average_days,
       MIN(date_diff('day', cp.Date_Opened, cp.Date_Closed)) AS shortest_days,
       MAX(date_diff('day', cp.Date_Opened, cp.Date_Closed)) AS longest_days
FROM Customers_Policies AS cp
JOIN Available_Policies AS ap ON ap.Policy_ID = cp.Policy_ID
GROUP BY ap.policy_type_code
ORDER BY average_days DESC
