/*---
title: Staff by location
description: >
  The number of staff members living in each city (default) or each state, most first.
  Optionally only places with at least and/or at most so many staff.
examples:
  - where does our team live
  - staff headcount per state
  - states where at least 3 staff live
keywords: [staff, employees, instructors, team, headcount, live, living, lives, based,
           location, locations, where, city, cities, state, states, per city, per state, each
           city, each state, most]
params:
  by:
    type: choice
    choices: [city, state]
    default: city
    synonyms: {cities: city, town: city, states: state, province: state, county: state}
  min_staff: {type: int, optional: true, min: 0, label: at least this many staff}
  max_staff: {type: int, optional: true, min: 0, label: at most this many staff}
owner: "@school-ops"
---*/
SELECT
    {% if by == 'state' %}a.state_province_county{% else %}a.city{% endif %} AS place,
    COUNT(*) AS staff
FROM Staff AS s
JOIN Addresses AS a ON a.address_id = s.staff_address_id
GROUP BY place
HAVING 1 = 1
{% if min_staff is not none and min_staff is not false %}AND COUNT(*) >= :min_staff
{% endif %}{% if max_staff is not none and max_staff is not false %}AND COUNT(*) <= :max_staff
{% endif %}ORDER BY staff DESC, place
