/*---
title: Release formats
description: >
  One row per format (CD, LP, digipak...) in the region records: how many records, how many
  regions and labels carry it, and the earliest release date. Most records first.
examples:
  - breakdown of release formats
  - how many records per format
keywords: [format, formats, cd, lp, vinyl, digipak, catalogue, breakdown, media]
params: {}
owner: "@politics-desk"
---*/
SELECT Format AS format, COUNT(*) AS records, COUNT(DISTINCT Region_name) AS regions,
       COUNT(DISTINCT Label) AS labels, MIN(strptime("Date", '%d %B %Y'))::DATE AS earliest_release
FROM region
GROUP BY Format
ORDER BY records DESC, format
