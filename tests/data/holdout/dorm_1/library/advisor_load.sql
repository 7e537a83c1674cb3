/*---
title: Advisor load
description: Number of advisees per advisor id, with how many of them live in a dorm; busiest first.
examples:
  - how many advisees does each advisor have
  - busiest advisors
  - advisor 1148's student count
keywords: [advisor, advisors, adviser, advisees, mentoring, supervision, load, caseload,
           busiest]
params: {}
owner: "@registrar"
---*/
SELECT
    s.Advisor AS advisor,
    COUNT(*) AS advisees,
    COUNT(l.stuid) AS advisees_in_dorms
FROM Student AS s
LEFT JOIN Lives_in AS l ON l.stuid = s.StuID
GROUP BY s.Advisor
ORDER BY advisees DESC, s.Advisor
