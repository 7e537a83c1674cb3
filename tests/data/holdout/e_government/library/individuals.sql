/*---
title: Individuals register
description: >
  The individuals in our register: id, first, middle and last name, phone, email, home
  address line, and the organizations they are a contact for. Optionally one individual by
  last name or first name. By last name.
examples:
  - list all individuals
  - phone and email of Oscar
  - address of the individual named Kutch
  - names of all individuals in alphabetical order
keywords: [individual, individuals, person, people, citizen, citizens, name, names,
           first name, middle name, last name, surname, phone, email, address]
params:
  last_name: {type: string, optional: true, label: last name}
  first_name: {type: string, optional: true, label: first name}
owner: "@egov-data"
---*/
SELECT i.individual_id, i.individual_first_name AS first_name,
       i.individual_middle_name AS middle_name, i.individual_last_name AS last_name,
       i.inidividual_phone AS phone, i.individual_email AS email,
       i.individual_address AS address,
       (SELECT string_agg(o.organization_name, ', ' ORDER BY o.organization_name)
          FROM Organization_Contact_Individuals AS c
          JOIN Organizations AS o ON o.organization_id = c.organization_id
         WHERE c.individual_id = i.individual_id) AS contact_for
FROM Individuals AS i
WHERE 1 = 1
{% if last_name %}AND i.individual_last_name = :last_name
{% endif %}{% if first_name %}AND i.individual_first_name = :first_name
{% endif %}ORDER BY i.individual_last_name
