/*---
title: Scholarship share by major
description: >
  For the athletics compliance report: per major code, students enrolled, how many of them
  hold a roster place, how many hold a scholarship place, and the scholarship share of the
  major's athletes (percent). Highest share first.
examples:
  - scholarship share per major for the compliance report
  - which majors have the highest proportion of funded athletes
keywords: [compliance, share, proportion, rate, percent, percentage, major, majors,
           scholarship, funded, athletes, report]
params: {}
owner: "@campus-rec-analytics"
---*/
WITH athletes AS (
    SELECT StuID, MAX(OnScholarship) AS funded
    FROM SportsInfo
    GROUP BY StuID
)
SELECT
    s.Major AS major,
    COUNT(*) AS students,
    COUNT(a.StuID) AS athletes,
    COUNT(CASE WHEN a.funded = 'Y' THEN 1 END) AS scholarship_athletes,
    ROUND(100.0 * COUNT(CASE WHEN a.funded = 'Y' THEN 1 END) / NULLIF(COUNT(a.StuID), 0), 1)
        AS scholarship_share_pct
FROM Student AS s
LEFT JOIN athletes AS a ON a.StuID = s.StuID
GROUP BY s.Major
ORDER BY scholarship_share_pct DESC NULLS LAST, s.Major
