/*---
title: Schools overview
description: >
  One row over all schools: how many schools, distinct affiliations and conferences, total,
  average, smallest and largest enrollment, the earliest and latest founding year, and how
  many of the schools field a team in the basketball records. Optionally only schools
  founded before or after a year (strict).
examples:
  - schools overview
  - total enrollment across all universities
  - what's the average enrollment of the schools
  - how many affiliation types are there
keywords: [overview, summary, overall, total, all schools, altogether, combined, average,
           mean, minimum, maximum, largest, smallest, enrollment, distinct, different,
           affiliation types, how many schools, count]
params:
  founded_before: {type: int, optional: true, label: founded before (year)}
  founded_after: {type: int, optional: true, label: founded after (year)}
owner: "@athletics-analytics"
---*/
SELECT COUNT(*) AS schools, COUNT(DISTINCT u.Affiliation) AS affiliation_types,
       COUNT(DISTINCT u.Primary_conference) AS conferences,
       SUM(u.Enrollment) AS total_enrollment, ROUND(AVG(u.Enrollment), 1) AS average_enrollment,
       MIN(u.Enrollment) AS smallest_enrollment, MAX(u.Enrollment) AS largest_enrollment,
       MIN(u.Founded) AS earliest_founded, MAX(u.Founded) AS latest_founded,
       COUNT(DISTINCT b.School_ID) AS schools_with_basketball_team
FROM university AS u
LEFT JOIN basketball_match AS b ON b.School_ID = u.School_ID
WHERE 1 = 1
{% if founded_before is not none and founded_before is not false %}AND u.Founded < :founded_before
{% endif %}{% if founded_after is not none and founded_after is not false %}AND u.Founded > :founded_after
{% endif %}
