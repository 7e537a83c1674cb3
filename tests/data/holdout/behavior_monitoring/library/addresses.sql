/*---
title: Address register
description: >
  Every address on the register (students' and teachers' homes and rented rooms): address
  id, line 1, city, zip code, state and country. Optionally only one zip code, state or
  city. By city (default, alphabetical), by state, or by address id.
examples:
  - all addresses on file
  - addresses in Nevada
  - what's the address with id 14
  - how many addresses are in zip 748
  - address list sorted by city
keywords: [address, addresses, register, street, line 1, line, city, cities, town, zip,
           zip code, postcode, postal code, state, country, location, locations, where,
           alphabetical, list, all, how many]
params:
  address_id: {type: int, optional: true, min: 1, label: address id}
  zip: {type: string, optional: true, label: zip code}
  state: {type: string, optional: true, label: state}
  city: {type: string, optional: true, label: city}
  sort:
    type: choice
    choices: [city, state, id]
    default: city
    synonyms:
      alphabetical: city
      by city: city
      by state: state
      by id: id
      address id: id
owner: "@pastoral-data"
---*/
SELECT
    address_id,
    line_1,
    city,
    zip_postcode,
    state_province_county AS state,
    country
FROM Addresses
WHERE 1 = 1
{% if address_id %}AND address_id = :address_id
{% endif %}{% if zip %}AND zip_postcode = :zip
{% endif %}{% if state %}AND state_province_county = :state
{% endif %}{% if city %}AND city = :city
{% endif %}ORDER BY
{% if sort == 'state' %}state_province_county, city, address_id
{% elif sort == 'id' %}address_id
{% else %}city, address_id
{% endif %}
