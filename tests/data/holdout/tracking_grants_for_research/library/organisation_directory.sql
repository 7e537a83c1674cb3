/*---
title: Organisation directory
description: >
  Every organisation we track: organisation id, details, type code and type description
  (Research or Sponsor). Optionally one organisation by its details, or only one type.
  Alphabetical by details (default) or by id.
examples:
  - list all sponsor organisations
  - what kind of organisation is 'eos'
  - research organisations a to z
  - org directory
keywords: [organisation, organisations, organization, organizations, org, orgs, directory,
           list, details, detail, type, kind, description, described, sponsor, research,
           which, what, alphabetical]
params:
  organisation: {type: string, optional: true, label: organisation details}
  org_type:
    type: choice
    optional: true
    choices: [RES, SPON]
    synonyms: {research: RES, research organisation: RES, research organisations: RES,
               sponsor: SPON, sponsors: SPON, sponsoring: SPON}
  sort:
    type: choice
    choices: [details, id]
    default: details
    synonyms: {alphabetical: details, a to z: details, ascending: details, by id: id}
owner: "@grants-analytics"
---*/
SELECT
    o.organisation_id,
    o.organisation_details,
    o.organisation_type,
    t.organisation_type_description
FROM Organisations AS o
JOIN Organisation_Types AS t ON t.organisation_type = o.organisation_type
WHERE 1 = 1
{% if organisation %}AND o.organisation_details = :organisation
{% endif %}{% if org_type %}AND o.organisation_type = :org_type
{% endif %}ORDER BY
{% if sort == 'id' %}o.organisation_id
{% else %}o.organisation_details, o.organisation_id
{% endif %}
