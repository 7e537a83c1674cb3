/*---
title: Student rentals
description: >
  One row per student tenancy (a student renting at an address for a period): student id,
  first and last name, cell phone, address id, line 1, city, zip code, state, moved in,
  moved out, monthly rental, and whether it is a house or an apartment. Optionally one
  student (by id or name), one state, city or zip code, or houses or apartments only.
  Highest rent first (default), lowest rent first, or latest move-in first.
examples:
  - student rentals by rent
  - cheapest student lets
  - what does Lucile Gottlieb pay in rent
  - student apartments in New York
  - who moved in most recently
keywords: [rent, rents, rental, rentals, monthly rental, monthly rent, tenancy, tenancies,
           lease, let, lets, housing, accommodation, student address, student addresses,
           address, house, apartment, moved, move-in, pay, pays, cost, expensive, cheap,
           highest, lowest, maximum, minimum, student, students, all information]
params:
  student_id: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: student first name}
  last_name: {type: string, optional: true, label: student last name}
  state: {type: string, optional: true, label: state}
  city: {type: string, optional: true, label: city}
  zip: {type: string, optional: true, label: zip code}
  housing:
    type: choice
    optional: true
    choices: [house, apartment]
    synonyms:
      houses: house
      apartments: apartment
      apt: apartment
      flat: apartment
      flats: apartment
  sort:
    type: choice
    choices: [highest_rent, lowest_rent, latest]
    default: highest_rent
    synonyms:
      highest: highest_rent
      most expensive: highest_rent
      descending: highest_rent
      lowest: lowest_rent
      cheapest: lowest_rent
      ascending: lowest_rent
      latest: latest
      most recent: latest
owner: "@pastoral-data"
---*/
SELECT
    r.student_id,
    s.first_name,
    s.last_name,
    s.cell_mobile_number,
    r.address_id,
    a.line_1,
    a.city,
    a.zip_postcode,
    a.state_province_county AS state,
    r.date_address_from,
    r.date_address_to,
    r.monthly_rental,
    r.other_details AS housing
FROM Student_Addresses AS r
LEFT JOIN Students AS s ON s.student_id = r.student_id
LEFT JOIN Addresses AS a ON a.address_id = r.address_id
WHERE 1 = 1
{% if student_id %}AND r.student_id = :student_id
{% endif %}{% if first_name %}AND s.first_name = :first_name
{% endif %}{% if last_name %}AND s.last_name = :last_name
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if zip %}AND a.zip_postcode = :zip
{% endif %}{% if housing %}AND r.other_details = :housing
{% endif %}ORDER BY
{% if sort == 'lowest_rent' %}r.monthly_rental, r.student_id
{% elif sort == 'latest' %}r.date_address_from DESC, r.student_id
{% else %}r.monthly_rental DESC, r.student_id
{% endif %}
