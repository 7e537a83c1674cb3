/*---
title: Organisation types at a glance
description: >
  One row per organisation type (Research, Sponsor): type code and description, how many
  organisations, research staff they employ, projects they run, grants they hold and the total
  grant amount. Optionally one type.
examples:
  - research vs sponsor organisations
  - total grant money going to research organisations
  - staff headcount by organisation type
keywords: [organisation type, organisation types, organization type, type, types, kind,
           research, sponsor, per type, by type, each type, total, grant amount, money,
           research staff, staff, hires, employs, projects, grants, most]
params:
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisations: RES, sponsor: SPON, sponsors: SPON}
owner: "@grants-analytics"
---*/
SELECT
    t.organisation_type,
    t.organisation_type_description,
    COUNT(DISTINCT o.organisation_id) AS organisations,
    (SELECT COUNT(*) FROM Research_Staff AS s JOIN Organisations AS so
        ON so.organisation_id = s.employer_organisation_id
     WHERE so.organisation_type = t.organisation_type) AS research_staff,
    (SELECT COUNT(*) FROM Projects AS p JOIN Organisations AS po
        ON po.organisation_id = p.organisation_id
     WHERE po.organisation_type = t.organisation_type) AS projects,
    (SELECT COUNT(*) FROM Grants AS g JOIN Organisations AS go
        ON go.organisation_id = g.organisation_id
     WHERE go.organisation_type = t.organisation_type) AS grants,
    (SELECT COALESCE(SUM(g.grant_amount), 0) FROM Grants AS g JOIN Organisations AS go
        ON go.organisation_id = g.organisation_id
     WHERE go.organisation_type = t.organisation_type) AS total_granted
FROM Organisation_Types AS t
LEFT JOIN Organisations AS o ON o.organisation_type = t.organisation_type
WHERE 1 = 1
{% if org_type %}AND t.organisation_type = :org_type
{% endif %}GROUP BY t.organisation_type, t.organisation_type_description
ORDER BY t.organisation_type
