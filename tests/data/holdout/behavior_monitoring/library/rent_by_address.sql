/*---
title: Rent by address
description: >
  One row per address that students rent: address id, line 1, city, zip code, state, how
  many tenancies and different students, and the average, lowest and highest monthly
  rental there. Optionally one state or city. Highest average rent first (default), lowest
  average first, or by city.
examples:
  - average rent per address
  - priciest addresses for students
  - where is student housing cheapest on average
  - rent levels by address in Wisconsin
keywords: [rent, rental, rentals, monthly rental, average, avg, mean, per address,
           each address, by address, address, addresses, student address, student addresses,
           housing, line 1, city, zip, state, expensive, cheap, highest, lowest]
params:
  state: {type: string, optional: true, label: state}
  city: {type: string, optional: true, label: city}
  sort:
    type: choice
    choices: [highest_average, lowest_average, city]
    default: highest_average
    synonyms:
      highest: highest_average
      most expensive: highest_average
      priciest: highest_average
      lowest: lowest_average
      cheapest: lowest_average
      alphabetical: city
      by city: city
owner: "@pastoral-data"
---*/
SELECT
    r.address_id,
    a.line_1,
    a.city,
    a.zip_postcode,
    a.state_province_county AS state,
    COUNT(*) AS tenancies,
    COUNT(DISTINCT r.student_id) AS students,
    AVG(r.monthly_rental) AS average_monthly_rental,
    MIN(r.monthly_rental) AS lowest_monthly_rental,
    MAX(r.monthly_rental) AS highest_monthly_rental
FROM Student_Addresses AS r
LEFT JOIN Addresses AS a ON a.address_id = r.address_id
WHERE 1 = 1
{% if state %}AND a.state_province_county = :state
{% endif %}{% if city %}AND a.city = :city
{% endif %}GROUP BY r.address_id, a.line_1, a.city, a.zip_postcode, a.state_province_county
ORDER BY
{% if sort == 'lowest_average' %}average_monthly_rental, r.address_id
{% elif sort == 'city' %}a.city, r.address_id
{% else %}average_monthly_rental DESC, r.address_id
{% endif %}
