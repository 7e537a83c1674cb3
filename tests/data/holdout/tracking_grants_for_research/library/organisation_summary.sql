/*---
title: Organisation summary
description: >
  One row per organisation: organisation id, type code and description (Research or
  Sponsor), its details, how many research staff it employs, how many projects it runs, how
  many project outcomes those projects produced, how many grants it holds and the total grant
  amount. Optionally one organisation by id, only one type, or only organisations whose total
  grant amount is more than a given figure. By organisation id (default), most research staff,
  most projects, most outcomes or most grant money.
examples:
  - grant money per organisation
  - which organisation employs the most researchers
  - orgs with more than 1M in grants
  - outcomes per organisation, highest first
  - how is organisation 10 doing
keywords: [organisation, organisations, organization, organizations, org, orgs, each
           organisation, per organisation, research staff, employs, hires, staff, projects,
           outcomes, grants, grant amount, total, money, funding, granted, sum, most, id,
           type, details]
params:
  organisation_id: {type: int, optional: true, min: 1, label: organisation id}
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisation: RES, research organisations: RES,
               sponsor: SPON, sponsors: SPON, sponsoring: SPON}
  total_granted_over: {type: number, optional: true, min: 0, label: total grant amount more than}
  sort:
    type: choice
    choices: [id, most_staff, most_projects, most_outcomes, most_granted]
    default: id
    synonyms: {by id: id, most staff: most_staff, most research staff: most_staff,
               most researchers: most_staff, most projects: most_projects,
               most outcomes: most_outcomes, most money: most_granted,
               biggest grants: most_granted, most funding: most_granted}
owner: "@grants-analytics"
---*/
WITH staff AS (
    SELECT employer_organisation_id AS organisation_id, COUNT(*) AS research_staff
    FROM Research_Staff GROUP BY employer_organisation_id
), projects AS (
    SELECT p.organisation_id, COUNT(DISTINCT p.project_id) AS projects, COUNT(o.outcome_code) AS outcomes
    FROM Projects AS p LEFT JOIN Project_Outcomes AS o ON o.project_id = p.project_id
    GROUP BY p.organisation_id
), grants AS (
    SELECT organisation_id, COUNT(*) AS grants, SUM(grant_amount) AS total_granted
    FROM Grants GROUP BY organisation_id
)
SELECT
    o.organisation_id,
    o.organisation_type,
    t.organisation_type_description,
    o.organisation_details,
    COALESCE(s.research_staff, 0) AS research_staff,
    COALESCE(p.projects, 0) AS projects,
    COALESCE(p.outcomes, 0) AS outcomes,
    COALESCE(g.grants, 0) AS grants,
    COALESCE(g.total_granted, 0) AS total_granted
FROM Organisations AS o
JOIN Organisation_Types AS t ON t.organisation_type = o.organisation_type
LEFT JOIN staff AS s ON s.organisation_id = o.organisation_id
LEFT JOIN projects AS p ON p.organisation_id = o.organisation_id
LEFT JOIN grants AS g ON g.organisation_id = o.organisation_id
WHERE 1 = 1
{% if organisation_id %}AND o.organisation_id = :organisation_id
{% endif %}{% if org_type %}AND o.organisation_type = :org_type
{% endif %}{% if total_granted_over is not none and total_granted_over is not false %}AND COALESCE(g.total_granted, 0) > :total_granted_over
{% endif %}ORDER BY
{% if sort == 'most_staff' %}research_staff DESC, o.organisation_id
{% elif sort == 'most_projects' %}projects DESC, o.organisation_id
{% elif sort == 'most_outcomes' %}outcomes DESC, o.organisation_id
{% elif sort == 'most_granted' %}total_granted DESC, o.organisation_id
{% else %}o.organisation_id
{% endif %}
