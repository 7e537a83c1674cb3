/*---
title: Staff directory
description: >
  Every staff member (instructor): id, first, middle and last name, nickname, date of birth,
  dates joined and left, and home address (street, city, zip code, state, country). Optionally
  one person by first and/or last name, or the staff living in one city or state.
examples:
  - instructor contact sheet
  - home address of Lincoln Carroll
  - when did Titus Durgan start with us
  - who on the team lives in Kentucky
  - staff based in Port Melyssa
keywords: [staff, employee, employees, instructor, instructors, teacher, teachers, team,
           colleague, worker, workers, directory, name, first name, middle name, last name,
           nickname, birthday, date of birth, born, joined, hired, start date, left, leaving
           date, address, home, lives, city, zip, zip code, postcode, state, country]
params:
  first_name: {type: string, optional: true, label: staff member's first name}
  last_name: {type: string, optional: true, label: staff member's last name}
  city: {type: string, optional: true, label: city of residence}
  state: {type: string, optional: true, label: state of residence}
owner: "@school-ops"
---*/
SELECT
    s.staff_id,
    s.first_name,
    s.middle_name,
    s.last_name,
    s.nickname,
    s.date_of_birth,
    s.date_joined_staff,
    s.date_left_staff,
    a.line_1_number_building,
    a.city,
    a.zip_postcode,
    a.state_province_county,
    a.country
FROM Staff AS s
JOIN Addresses AS a ON a.address_id = s.staff_address_id
WHERE 1 = 1
{% if first_name %}AND s.first_name = :first_name
{% endif %}{% if last_name %}AND s.last_name = :last_name
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}ORDER BY s.last_name, s.first_name
