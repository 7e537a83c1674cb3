/*---
title: Organization contacts
description: >
  Who our contacts are at each organization: organization, the individual's first, middle
  and last name, phone, email, and the dates they were our contact from and to.
  Optionally one organization, or one individual by last name or first name. By
  organization, then contact start date (latest first).
examples:
  - contacts at the Labour Party
  - which organizations is Rau a contact for
  - contact people and their phone numbers
  - most recent contact for Conservative
keywords: [contact, contacts, contact person, individual, individuals, person, people,
           representative, organization, organisation, phone, email, since]
params:
  organization: {type: string, optional: true, label: organization name}
  last_name: {type: string, optional: true, label: last name}
  first_name: {type: string, optional: true, label: first name}
owner: "@egov-data"
---*/
SELECT o.organization_name, i.individual_first_name AS first_name,
       i.individual_middle_name AS middle_name, i.individual_last_name AS last_name,
       i.inidividual_phone AS phone, i.individual_email AS email,
       CAST(c.date_contact_from AS DATE) AS contact_from,
       CAST(c.date_contact_to AS DATE) AS contact_to
FROM Organization_Contact_Individuals AS c
JOIN Organizations AS o ON o.organization_id = c.organization_id
JOIN Individuals AS i ON i.individual_id = c.individual_id
WHERE 1 = 1
{% if organization %}AND o.organization_name = :organization
{% endif %}{% if last_name %}AND i.individual_last_name = :last_name
{% endif %}{% if first_name %}AND i.individual_first_name = :first_name
{% endif %}ORDER BY o.organization_name, c.date_contact_from DESC
