/*---
title: Address register
description: >
  The addresses in our register, or counts of them: one row per address (default) with its
  street line, city, zip, state, country and how many parties use it; or addresses and
  parties counted per state or per city. Optionally one state or one city.
examples:
  - list the addresses we hold
  - how many addresses in each state
  - addresses in Georgia
  - zip code of the address in West Stacy
keywords: [address, addresses, register, street, city, cities, town, zip, zip code, postcode,
           state, states, province, county, country, per state, by state, per city, count]
params:
  by:
    type: choice
    choices: [address, state, city]
    default: address
    synonyms: {each address: address, per state: state, by state: state, per city: city,
               by city: city}
  state: {type: string, optional: true, label: "state, province or county"}
  city: {type: string, optional: true, label: town or city}
owner: "@egov-data"
---*/
SELECT
{% if by == 'state' %}a.state_province_county AS state, COUNT(DISTINCT a.address_id) AS addresses,
       COUNT(DISTINCT pa.party_id) AS parties
{% elif by == 'city' %}a.town_city AS city, a.state_province_county AS state,
       COUNT(DISTINCT a.address_id) AS addresses, COUNT(DISTINCT pa.party_id) AS parties
{% else %}a.address_id, a.line_1_number_building AS street, a.town_city AS city,
       a.zip_postcode AS zip, a.state_province_county AS state, a.country,
       COUNT(DISTINCT pa.party_id) AS parties
{% endif %}FROM Addresses AS a
LEFT JOIN Party_Addresses AS pa ON pa.address_id = a.address_id
WHERE 1 = 1
{% if state %}AND a.state_province_county = :state
{% endif %}{% if city %}AND a.town_city = :city
{% endif %}{% if by == 'state' %}GROUP BY 1 ORDER BY addresses DESC, 1
{% elif by == 'city' %}GROUP BY 1, 2 ORDER BY addresses DESC, 1
{% else %}GROUP BY ALL ORDER BY a.address_id
{% endif %}
