/*---
title: Research staff directory
description: >
  Every member of research staff: staff id, details, and the employing organisation (id,
  details, type). Optionally the staff of one organisation or of one organisation type.
  Alphabetical by staff details (default) or by staff id.
examples:
  - research staff directory
  - researchers employed by organisation 3
  - who works for sponsor organisations
keywords: [research staff, staff, researcher, researchers, employee, employees, people,
           directory, list, details, employer, employed, works for, organisation,
           alphabetical, ascending, order]
params:
  organisation_id: {type: int, optional: true, min: 1, label: employer organisation id}
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisations: RES, sponsor: SPON, sponsors: SPON}
  sort:
    type: choice
    choices: [details, id]
    default: details
    synonyms: {alphabetical: details, a to z: details, ascending: details, by id: id}
owner: "@grants-analytics"
---*/
SELECT
    s.staff_id,
    s.staff_details,
    s.employer_organisation_id,
    o.organisation_details AS employer_details,
    o.organisation_type AS employer_type
FROM Research_Staff AS s
JOIN Organisations AS o ON o.organisation_id = s.employer_organisation_id
WHERE 1 = 1
{% if organisation_id %}AND s.employer_organisation_id = :organisation_id
{% endif %}{% if org_type %}AND o.organisation_type = :org_type
{% endif %}ORDER BY
{% if sort == 'id' %}s.staff_id
{% else %}s.staff_details, s.staff_id
{% endif %}
