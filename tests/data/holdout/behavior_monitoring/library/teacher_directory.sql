/*---
title: Teacher directory
description: >
  Every teacher with contact details and home address: teacher id, first, middle and last
  name, gender code, cell phone, email, home address (line 1, city, zip code, state) and
  other details (such as Dean). Optionally one teacher (by id or name), or the teachers
  living in one state, city or zip code. By last name (default) or by teacher id.
examples:
  - staff contact list
  - email for Ms Price
  - where does Camren Moore live
  - which teachers live in Wisconsin
  - teachers with zip code 748
keywords: [teacher, teachers, staff, faculty, directory, contact, phone, cell, mobile,
           number, email, e-mail, address, home, lives, live, living, city, zip, postcode,
           state, gender, name, names, first name, last name, dean, list, all]
params:
  teacher_id: {type: int, optional: true, min: 1, label: teacher id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  state: {type: string, optional: true, label: state}
  city: {type: string, optional: true, label: city}
  zip: {type: string, optional: true, label: zip code}
  sort:
    type: choice
    choices: [last_name, id]
    default: last_name
    synonyms:
      alphabetical: last_name
      by name: last_name
      by last name: last_name
      by id: id
      teacher id: id
owner: "@pastoral-data"
---*/
SELECT
    t.teacher_id,
    t.first_name,
    t.middle_name,
    t.last_name,
    t.gender,
    t.cell_mobile_number,
    t.email_address,
    a.line_1,
    a.city,
    a.zip_postcode,
    a.state_province_county AS state,
    t.other_details
FROM Teachers AS t
LEFT JOIN Addresses AS a ON a.address_id = t.address_id
WHERE 1 = 1
{% if teacher_id %}AND t.teacher_id = :teacher_id
{% endif %}{% if first_name %}AND t.first_name = :first_name
{% endif %}{% if last_name %}AND t.last_name = :last_name
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if zip %}AND a.zip_postcode = :zip
{% endif %}ORDER BY
{% if sort == 'id' %}t.teacher_id
{% else %}t.last_name, t.first_name, t.teacher_id
{% endif %}
