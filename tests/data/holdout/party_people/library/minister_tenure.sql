/*---
title: Minister tenure
description: >
  One row per minister (a minister can serve more than one term): number of terms, first
  year in office, last year in office and total years served. Longest serving first.
examples:
  - total years in office per minister
  - which ministers served more than one term
keywords: [tenure, terms, served, total years, longest serving, reappointed, career]
params:
  min_terms: {type: int, optional: true, min: 1, label: at least (terms)}
owner: "@politics-desk"
---*/
SELECT Minister AS minister, COUNT(*) AS terms, MIN(Took_office) AS first_took_office,
       MAX(Left_office) AS last_left_office, SUM(Left_office - Took_office) AS total_years
FROM party
GROUP BY Minister
{% if min_terms is not none %}HAVING COUNT(*) >= :min_terms
{% endif %}ORDER BY total_years DESC, minister
