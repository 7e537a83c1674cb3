/*---
title: Officer coverage bands
description: >
  Counties grouped by how many residents each police officer serves (under 700, 700 to 799,
  800 and over): the number of counties and their names in each band. For the staffing review.
examples:
  - officer coverage bands
  - how thinly are our police stretched
keywords: [coverage, bands, band, staffing, stretched, residents per officer, ratio, review]
params: {}
owner: "@public-safety-data"
---*/
SELECT CASE WHEN Residents_per_officer < 700 THEN 'under 700'
            WHEN Residents_per_officer < 800 THEN '700-799'
            ELSE '800 and over' END AS residents_per_officer_band,
       COUNT(*) AS counties, string_agg(Name, '; ' ORDER BY Name) AS county_names,
       MIN(Residents_per_officer) AS band_min
FROM county_public_safety
GROUP BY 1
ORDER BY band_min
