/*---
title: Lab overview
description: >
  One row for the whole lab: how many scientists, projects and assignments there are, the
  total, average, smallest and largest project hours, and how many projects nobody works on.
examples:
  - lab headline numbers
  - total hours across all projects
  - how many scientists do we have
  - average project size in hours
keywords: [overview, summary, total, totals, count, how many, number of, average, mean,
           minimum, maximum, all projects, all scientists, lab, headline, kpis]
params: {}
owner: "@research-ops"
---*/
SELECT
    (SELECT COUNT(*) FROM Scientists) AS scientists,
    (SELECT COUNT(*) FROM Projects) AS projects,
    (SELECT COUNT(*) FROM AssignedTo) AS assignments,
    (SELECT SUM(Hours) FROM Projects) AS total_hours,
    (SELECT ROUND(AVG(Hours), 1) FROM Projects) AS average_hours,
    (SELECT MIN(Hours) FROM Projects) AS fewest_hours,
    (SELECT MAX(Hours) FROM Projects) AS most_hours,
    (SELECT COUNT(*) FROM Projects AS p
      WHERE NOT EXISTS (SELECT 1 FROM AssignedTo AS a WHERE a.Project = p.Code)) AS unstaffed_projects
