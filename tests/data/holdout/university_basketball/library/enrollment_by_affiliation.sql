/*---
title: Enrollment by affiliation
description: >
  Schools grouped by affiliation (Public, Private/Methodist): how many schools, total,
  average, smallest and largest enrollment. Optionally only schools founded before or after
  a year, or with enrollment above a figure (all strict). Largest total enrollment first.
examples:
  - total enrollment per affiliation
  - how many public vs private schools
  - number of schools over 10000 students by affiliation
keywords: [affiliation, affiliations, per affiliation, each affiliation, by affiliation,
           affiliation type, public, private, methodist, enrollment, total enrollment,
           students enrolled, how many schools, number of schools]
params:
  founded_before: {type: int, optional: true, label: founded before (year)}
  founded_after: {type: int, optional: true, label: founded after (year)}
  min_enrollment: {type: int, optional: true, min: 0, label: enrollment above}
owner: "@athletics-analytics"
---*/
SELECT Affiliation AS affiliation, COUNT(*) AS schools,
       SUM(Enrollment) AS total_enrollment, ROUND(AVG(Enrollment), 1) AS average_enrollment,
       MIN(Enrollment) AS smallest_enrollment, MAX(Enrollment) AS largest_enrollment
FROM university
WHERE 1 = 1
{% if founded_before is not none and founded_before is not false %}AND Founded < :founded_before
{% endif %}{% if founded_after is not none and founded_after is not false %}AND Founded > :founded_after
{% endif %}{% if min_enrollment is not none and min_enrollment is not false %}AND Enrollment > :min_enrollment
{% endif %}GROUP BY Affiliation
ORDER BY total_enrollment DESC
