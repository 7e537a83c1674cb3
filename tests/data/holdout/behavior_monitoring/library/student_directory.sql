/*---
title: Student directory
description: >
  Every student with contact details and home address: student id, first, middle and last
  name, cell phone, email, home address (line 1, city, zip code, state), first rental date
  and date left. Optionally one student (by id or name), or the students living in one
  state, city or zip code. By last name (default) or by student id.
examples:
  - student contact list
  - phone and email for Julia Balistreri
  - which students live in Illinois
  - students with a home address in zip 520
  - how do I reach student 11
keywords: [student, students, pupil, pupils, directory, contact, contacts, phone, cell,
           mobile, number, email, e-mail, address, home, lives, live, living, city, zip,
           postcode, state, name, names, first name, last name, reach, list, all]
params:
  student_id: {type: int, optional: true, min: 1, label: student id}
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
      student id: id
owner: "@pastoral-data"
---*/
SELECT
    s.student_id,
    s.first_name,
    s.middle_name,
    s.last_name,
    s.cell_mobile_number,
    s.email_address,
    a.line_1,
    a.city,
    a.zip_postcode,
    a.state_province_county AS state,
    s.date_first_rental,
    s.date_left_university
FROM Students AS s
LEFT JOIN Addresses AS a ON a.address_id = s.address_id
WHERE 1 = 1
{% if student_id %}AND s.student_id = :student_id
{% endif %}{% if first_name %}AND s.first_name = :first_name
{% endif %}{% if last_name %}AND s.last_name = :last_name
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if zip %}AND a.zip_postcode = :zip
{% endif %}ORDER BY
{% if sort == 'id' %}s.student_id
{% else %}s.last_name, s.first_name, s.student_id
{% endif %}
