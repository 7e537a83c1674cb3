/*---
title: Branch openings by year
description: >
  One row per year in which at least one branch opened: how many branches opened and their
  names. Optionally only years with at least so many openings (inclusive). By year.
examples:
  - how many branches opened each year
  - years when two or more shops opened
keywords: [opened, openings, opening year, open year, per year, each year, new branches,
           new shops, launched, expansion]
params:
  min_branches: {type: int, optional: true, min: 1, label: at least (branches opened)}
owner: "@retail-analytics"
---*/
SELECT Open_year AS open_year, COUNT(*) AS branches_opened,
       string_agg(Name, '; ' ORDER BY Name) AS branches
FROM branch
GROUP BY Open_year
{% if min_branches is not none %}HAVING COUNT(*) >= :min_branches
{% endif %}ORDER BY Open_year
