/*---
title: Tracks by capacity band
description: >
  Tracks grouped into seating bands (under 70,000 seats, 70,000 to 99,999, 100,000 and over):
  the number of tracks and total seats in each band. For capacity planning.
examples:
  - tracks by capacity band
  - how many big tracks over 100k seats vs small ones
keywords: [band, bands, bucket, buckets, tier, tiers, capacity, size, planning, distribution]
params: {}
owner: "@motorsport-analytics"
---*/
SELECT CASE WHEN Seating < 70000 THEN 'under 70k'
            WHEN Seating < 100000 THEN '70k-100k'
            ELSE '100k and over' END AS band,
       COUNT(*) AS tracks, SUM(Seating) AS total_seating, MIN(Seating) AS band_min
FROM track
GROUP BY 1
ORDER BY band_min
