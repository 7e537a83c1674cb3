/*---
title: Branches by city
description: >
  One row per city: number of branches, total, smallest and largest membership amount, and
  the first and last year a branch opened there. Optionally only branches opened within a
  range of years, or with at least so many memberships, are counted (bounds inclusive); a
  city with no such branch is left out. Most branches first.
examples:
  - how many branches in each city
  - memberships per city
  - branches opened before 2010 per city
keywords: [city, cities, per city, by city, each city, branches per city, count, total
           memberships, breakdown]
params:
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
  min_memberships: {type: int, optional: true, min: 0, label: at least (memberships)}
owner: "@retail-analytics"
---*/
SELECT City AS city, COUNT(*) AS branches, SUM(membership_amount) AS total_memberships,
       MIN(membership_amount) AS smallest_memberships,
       MAX(membership_amount) AS largest_memberships,
       MIN(Open_year) AS first_opened, MAX(Open_year) AS last_opened
FROM branch
WHERE 1 = 1
{% if opened_from is not none %}AND Open_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Open_year <= :opened_to
{% endif %}{% if min_memberships is not none %}AND membership_amount >= :min_memberships
{% endif %}GROUP BY City
ORDER BY branches DESC, city
