/*---
title: Address history
description: >
  One row per address a person has lived at: person id and name, street lines, city,
  state, postcode and country, the dates they moved in and out, and the years spent there.
  Optionally one person or one state. Longest stay first.
examples:
  - address history for person 151
  - how long has everyone lived at their address
keywords: [address history, moved, move in, move out, date from, date to, tenure, years at
           address, how long, stay, street, postcode, zip]
params:
  person_id: {type: int, optional: true, label: person id}
  state: {type: string, optional: true, label: state}
owner: "@registrar-data"
---*/
SELECT pa.person_id, p.first_name, p.last_name, a.line_1, a.line_2, a.city,
       a.state_province_county AS state, a.zip_postcode, a.country,
       pa.date_from, pa.date_to,
       ROUND(date_diff('day', pa.date_from, pa.date_to) / 365.25, 1) AS years_at_address
FROM People_Addresses AS pa
JOIN People AS p ON p.person_id = pa.person_id
JOIN Addresses AS a ON a.address_id = pa.address_id
WHERE 1 = 1
{% if person_id is not none and person_id is not false %}AND pa.person_id = :person_id
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}ORDER BY years_at_address DESC
