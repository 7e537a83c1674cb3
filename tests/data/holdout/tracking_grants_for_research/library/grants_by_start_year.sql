/*---
title: Grants by start year
description: >
  One row per year in which at least one grant started: the year, how many grants started,
  their total and average amount, and how many organisations they went to. Optionally only
  the grants of one organisation type. Oldest year first.
examples:
  - grant starts per year
  - how much funding started each year
  - yearly trend of new sponsor grants
keywords: [year, years, yearly, per year, each year, annual, trend, started, start, new,
           grants, funding, amount, total, average, timeline, history]
params:
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisations: RES, sponsor: SPON, sponsors: SPON}
owner: "@grants-analytics"
---*/
SELECT
    EXTRACT(year FROM g.grant_start_date) AS start_year,
    COUNT(*) AS grants,
    SUM(g.grant_amount) AS total_amount,
    ROUND(AVG(g.grant_amount), 2) AS average_amount,
    COUNT(DISTINCT g.organisation_id) AS organisations
FROM Grants AS g
JOIN Organisations AS o ON o.organisation_id = g.organisation_id
WHERE 1 = 1
{% if org_type %}AND o.organisation_type = :org_type
{% endif %}GROUP BY start_year
ORDER BY start_year
