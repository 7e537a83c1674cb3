/*---
title: Campus fee summary per year
description: >
  One row per academic year for which campus fees are on record: how many campuses, the
  average, lowest and highest campus fee, and the spread between them.
examples:
  - typical campus fee across the system
  - what is the mean CSU campus fee
  - range of campus fees system-wide
keywords: [fee, fees, campus fee, average, mean, typical, median, lowest, highest, minimum,
           maximum, min, max, range, spread, system, systemwide, system-wide, csu, overall,
           year, per year]
owner: "@csu-institutional-research"
---*/
SELECT
    f.Year AS fee_year,
    COUNT(*) AS campuses,
    ROUND(AVG(f.CampusFee), 2) AS average_fee,
    MIN(f.CampusFee) AS lowest_fee,
    MAX(f.CampusFee) AS highest_fee,
    MAX(f.CampusFee) - MIN(f.CampusFee) AS spread
FROM csu_fees AS f
GROUP BY f.Year
ORDER BY f.Year
