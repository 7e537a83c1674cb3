/*---
title: Address book
description: >
  One row per address we hold: address id, street address, city, post code, state, country,
  other details and how many customers have it on file. Optionally one city, one state, one
  country, one exact post code, or post codes starting with given digits. By address id
  (default), by city or by state.
examples:
  - every address in Florida
  - what is at post code 470
  - addresses whose zip begins with 9
  - full address list with city and country
keywords: [address, addresses, address content, street, location, locations, city, cities,
           town, post code, postcode, postal code, zip, zip code, starting, starts, begins,
           state, province, county, country, countries, located, where, which, all, list]
params:
  city: {type: string, optional: true, label: city}
  state: {type: string, optional: true, label: state}
  country: {type: string, optional: true, label: country}
  postcode: {type: string, optional: true, label: post code}
  postcode_prefix: {type: string, optional: true, pattern: "^[0-9]{1,5}$", values: none,
                    label: first digits of the post code}
  sort:
    type: choice
    choices: [id, city, state]
    default: id
    synonyms: {by id: id, by city: city, alphabetical: city, by state: state}
owner: "@cx-analytics"
---*/
SELECT
    a.address_id,
    a.address_content,
    a.city,
    a.zip_postcode,
    a.state_province_county,
    a.country,
    a.other_address_details,
    (SELECT COUNT(DISTINCT ca.customer_id) FROM Customer_Addresses AS ca
     WHERE ca.address_id = a.address_id) AS customers
FROM Addresses AS a
WHERE 1 = 1
{% if city %}AND a.city = :city
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}{% if country %}AND a.country = :country
{% endif %}{% if postcode %}AND a.zip_postcode = :postcode
{% endif %}{% if postcode_prefix %}AND a.zip_postcode LIKE :postcode_prefix || '%'
{% endif %}ORDER BY
{% if sort == 'city' %}a.city, a.address_id
{% elif sort == 'state' %}a.state_province_county, a.city, a.address_id
{% else %}a.address_id
{% endif %}
