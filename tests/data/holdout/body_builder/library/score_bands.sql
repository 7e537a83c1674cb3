/*---
title: Lifters by total band
description: >
  Body builders grouped by their total (under 300 kg, 300 to under 315 kg, 315 kg and over):
  number of lifters and their names in each band.
examples:
  - split of lifters by total band
  - how many lifters in each total bracket
keywords: [band, bands, bracket, brackets, bucket, tier, tiers, distribution, split]
params: {}
owner: "@strength-stats"
---*/
SELECT CASE WHEN b.Total < 300 THEN 'under 300'
            WHEN b.Total < 315 THEN '300 to under 315'
            ELSE '315 and over' END AS total_band,
       COUNT(*) AS lifters, string_agg(p.Name, ', ' ORDER BY p.Name) AS names
FROM body_builder AS b
JOIN people AS p ON p.People_ID = b.People_ID
GROUP BY 1
ORDER BY MIN(b.Total)
