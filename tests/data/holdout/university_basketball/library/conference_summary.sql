/*---
title: Schools by conference
description: >
  Schools grouped by primary athletic conference: how many schools, their total enrollment,
  the oldest founding year, and how many field a team in the basketball records. Most
  schools first, then by conference name.
examples:
  - schools per conference
  - which conferences are our schools in
  - enrollment by primary conference
keywords: [conference, conferences, primary conference, per conference, each conference,
           athletic conference, division, D-I, D-III, league]
params: {}
owner: "@athletics-analytics"
---*/
SELECT u.Primary_conference AS primary_conference, COUNT(*) AS schools,
       SUM(u.Enrollment) AS total_enrollment, MIN(u.Founded) AS oldest_founded,
       COUNT(b.Team_ID) AS basketball_teams
FROM university AS u
LEFT JOIN basketball_match AS b ON b.School_ID = u.School_ID
GROUP BY u.Primary_conference
ORDER BY schools DESC, primary_conference
