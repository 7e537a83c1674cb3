/*---
title: Mountains by height band
description: >
  Mountains grouped into height bands of a chosen width in metres (default 250 m): number
  of mountains in each band and their names. Lowest band first.
examples:
  - height distribution of the mountains
  - mountains in 100 m bands
  - histogram of peak heights
keywords: [band, bands, bucket, buckets, histogram, distribution, height band, elevation band]
params:
  width: {type: int, default: 250, min: 10, max: 5000, label: band width (m)}
owner: "@expedition-data"
---*/
SELECT CAST(FLOOR(Height / :width) * :width AS INTEGER) AS band_from_m,
       CAST(FLOOR(Height / :width) * :width + :width - 1 AS INTEGER) AS band_to_m,
       COUNT(*) AS mountains, string_agg(Name, ', ' ORDER BY Height DESC) AS mountain_names
FROM mountain
GROUP BY 1, 2
ORDER BY band_from_m
