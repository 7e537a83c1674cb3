/*---
title: Ethnic make-up by location
description: >
  One row per location (East, West, North): the number of cities on file there and the
  average (unweighted) percentage of white, black, Asian, multiracial and Hispanic residents
  across them. By location.
examples:
  - demographics by location
  - ethnic mix east vs west
keywords: [demographics, ethnic, ethnicity, mix, location, region, side, east, west, north,
           average, white, black, hispanic]
params: {}
owner: "@public-safety-data"
---*/
SELECT c.Location AS location, COUNT(*) AS cities,
       ROUND(AVG(t.White), 1) AS avg_white_pct, ROUND(AVG(t.Black), 1) AS avg_black_pct,
       ROUND(AVG(t.Asian), 2) AS avg_asian_pct, ROUND(AVG(t.Multiracial), 1) AS avg_multiracial_pct,
       ROUND(AVG(t.Hispanic), 1) AS avg_hispanic_pct
FROM city AS t
JOIN county_public_safety AS c ON c.County_ID = t.County_ID
GROUP BY c.Location
ORDER BY c.Location
