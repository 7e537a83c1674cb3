/*---
title: Crime rank against policing rank
description: >
  For the annual report: each county's rank by crime rate (1 = highest) next to its rank by
  residents per officer (1 = most residents per officer, the thinnest policing), and the
  difference between the two ranks. Largest difference first.
examples:
  - crime rank vs policing rank
  - is crime worse where policing is thinner
keywords: [rank, ranking, ranks, correlation, relationship, compare, versus, vs, annual report,
           thin, thinnest, policing]
params: {}
owner: "@public-safety-data"
---*/
SELECT Name AS county, Crime_rate AS crime_rate,
       RANK() OVER (ORDER BY Crime_rate DESC) AS crime_rank,
       Residents_per_officer AS residents_per_officer,
       RANK() OVER (ORDER BY Residents_per_officer DESC) AS policing_rank,
       abs(RANK() OVER (ORDER BY Crime_rate DESC)
           - RANK() OVER (ORDER BY Residents_per_officer DESC)) AS rank_difference
FROM county_public_safety
ORDER BY rank_difference DESC, county
