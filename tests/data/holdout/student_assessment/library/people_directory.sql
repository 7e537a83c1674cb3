/*---
title: People directory
description: >
  One row per person on file: person id, first, middle and last name, cell phone, email,
  login, whether they are a student and a candidate, and the city, state and country of
  their address. Optionally one person by id, first or last name, or one city or state.
  By last name (default), first name or id.
examples:
  - people directory
  - contact details for everyone on file
  - who lives in Texas
  - first names of everyone, alphabetical
keywords: [people, person, persons, everyone, directory, contacts, first name, middle name,
           last name, surname, phone, cell, email, login, username, address, lives, living,
           city, state]
params:
  person_id: {type: int, optional: true, label: person id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  city: {type: string, optional: true, label: city}
  state: {type: string, optional: true, label: state}
  sort:
    type: choice
    choices: [last_name, first_name, id]
    default: last_name
    synonyms: {surname: last_name, last name: last_name, first name: first_name,
               given name: first_name, by id: id, person id: id}
owner: "@registrar-data"
---*/
SELECT p.person_id, p.first_name, p.middle_name, p.last_name, p.cell_mobile_number,
       p.email_address, p.login_name,
       EXISTS (SELECT 1 FROM Students AS s WHERE s.student_id = p.person_id) AS is_student,
       EXISTS (SELECT 1 FROM Candidates AS c WHERE c.candidate_id = p.person_id) AS is_candidate,
       a.city, a.state_province_county AS state, a.country
FROM People AS p
LEFT JOIN People_Addresses AS pa ON pa.person_id = p.person_id
LEFT JOIN Addresses AS a ON a.address_id = pa.address_id
WHERE 1 = 1
{% if person_id is not none and person_id is not false %}AND p.person_id = :person_id
{% endif %}{% if first_name %}AND p.first_name = :first_name
{% endif %}{% if last_name %}AND p.last_name = :last_name
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}ORDER BY
{% if sort == 'first_name' %}p.first_name, p.last_name
{% elif sort == 'id' %}p.person_id
{% else %}p.last_name, p.first_name
{% endif %}
