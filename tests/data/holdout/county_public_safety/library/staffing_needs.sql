/*---
title: Officers needed for a target ratio
description: >
  For each county, the officers it would need so that each officer serves at most a target
  number of residents (default 700), and the gap to its current officers. Largest gap first.
examples:
  - how many more officers do we need for 1 per 650 residents
  - staffing gap per county
keywords: [staffing, hire, hiring, gap, shortfall, target, ratio, needed, need, recruit,
           recruitment]
params:
  target: {type: int, default: 700, min: 100, max: 5000, label: residents per officer target}
owner: "@public-safety-data"
---*/
SELECT Name AS county, Population AS population, Police_officers AS police_officers,
       CAST(ceil(Population / :target) AS INTEGER) AS officers_needed,
       CAST(ceil(Population / :target) AS INTEGER) - Police_officers AS gap
FROM county_public_safety
ORDER BY gap DESC, county
