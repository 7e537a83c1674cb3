/*---
title: Organizations
description: >
  The organizations we work with: id, name, date formed, UK VAT number and how many contact
  individuals each has. Optionally one organization. Newest first by default, or oldest
  first, by name or by most contacts; optionally only the first n.
examples:
  - list the organizations
  - when was the Green Party formed
  - VAT number of Plaid Cymru
  - the most recently formed organization
  - organization with the most contacts
keywords: [organization, organizations, organisation, organisations, party, formed, founded,
           established, vat, vat number, uk vat, contacts, newest, oldest]
params:
  organization: {type: string, optional: true, label: organization name}
  sort:
    type: choice
    choices: [newest, oldest, name, most_contacts]
    default: newest
    synonyms: {latest: newest, most recent: newest, recently formed: newest, earliest: oldest,
               first formed: oldest, alphabetical: name, by name: name,
               most contacts: most_contacts}
  n: {type: int, optional: true, min: 1, max: 100, label: how many}
owner: "@egov-data"
---*/
SELECT o.organization_id, o.organization_name, CAST(o.date_formed AS DATE) AS date_formed,
       o.uk_vat_number,
       (SELECT COUNT(*) FROM Organization_Contact_Individuals AS c
         WHERE c.organization_id = o.organization_id) AS contacts
FROM Organizations AS o
WHERE 1 = 1
{% if organization %}AND o.organization_name = :organization
{% endif %}ORDER BY
{% if sort == 'oldest' %}o.date_formed
{% elif sort == 'name' %}o.organization_name
{% elif sort == 'most_contacts' %}contacts DESC, o.organization_name
{% else %}o.date_formed DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
