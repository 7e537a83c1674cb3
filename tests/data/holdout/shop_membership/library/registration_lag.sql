/*---
title: Registration lag
description: >
  For each registration, the years between the branch opening and the member registering
  there, averaged per branch. Longest average lag first.
examples:
  - how long after opening do branches get members
  - average lag between opening and registration
keywords: [lag, delay, time to first member, ramp-up, years after opening, maturity]
params: {}
owner: "@retail-analytics"
---*/
SELECT b.Name AS branch, b.Open_year AS open_year, COUNT(*) AS registrations,
       AVG(r.Register_Year - b.Open_year) AS avg_years_after_opening
FROM membership_register_branch AS r
JOIN branch AS b ON b.Branch_ID = r.Branch_ID
GROUP BY b.Name, b.Open_year
ORDER BY avg_years_after_opening DESC, branch
