/*---
title: Customers by location
description: >
  The number of customers living in each city (default), state or country, with their total
  amount outstanding; most customers first.
examples:
  - where do our learners come from
  - learner count per state
  - which towns send us the most students
keywords: [customers, learners, students, clients, live, living, lives, from, location,
           locations, where, city, cities, town, state, states, country, per city, per state,
           each city, most]
params:
  by:
    type: choice
    choices: [city, state, country]
    default: city
    synonyms: {cities: city, town: city, towns: city, states: state, province: state,
               county: state, countries: country}
owner: "@school-ops"
---*/
SELECT
    {% if by == 'state' %}a.state_province_county{% elif by == 'country' %}a.country{% else %}a.city{% endif %} AS place,
    COUNT(*) AS customers,
    SUM(c.amount_outstanding) AS total_outstanding
FROM Customers AS c
JOIN Addresses AS a ON a.address_id = c.customer_address_id
GROUP BY place
ORDER BY customers DESC, place
