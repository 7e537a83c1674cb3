/*---
title: Where people live
description: >
  People on file grouped by the city of their address (with its state): how many people,
  students and candidates live there. Optionally only students or only candidates. By
  city.
examples:
  - which cities do our people live in
  - cities where students live
  - headcount by city
keywords: [city, cities, town, where, live, lives, living, reside, residence, address,
           addresses, location, hometown, distinct cities, different cities, per city]
params:
  role:
    type: choice
    choices: [everyone, student, candidate]
    default: everyone
    synonyms: {all: everyone, people: everyone, persons: everyone, students: student,
               candidates: candidate, applicants: candidate}
owner: "@registrar-data"
---*/
SELECT a.city, a.state_province_county AS state, COUNT(DISTINCT p.person_id) AS people,
       COUNT(DISTINCT s.student_id) AS students, COUNT(DISTINCT c.candidate_id) AS candidates
FROM People_Addresses AS pa
JOIN People AS p ON p.person_id = pa.person_id
JOIN Addresses AS a ON a.address_id = pa.address_id
LEFT JOIN Students AS s ON s.student_id = p.person_id
LEFT JOIN Candidates AS c ON c.candidate_id = p.person_id
WHERE 1 = 1
{% if role == 'student' %}AND s.student_id IS NOT NULL
{% elif role == 'candidate' %}AND c.candidate_id IS NOT NULL
{% endif %}GROUP BY a.city, a.state_province_county
ORDER BY a.city
