/*---
title: Party addresses
description: >
  The addresses parties have given us: party id and email, address type (residence,
  billing, delivery), street line, city, zip, state, country, and the dates the address
  was valid from and to. Optionally one party, one address type, one city or one state.
  By party, then start date.
examples:
  - addresses of party 5
  - billing addresses on file
  - which parties have an address in Louisiana
  - residence addresses in Robertsberg
keywords: [address, addresses, lives, living, located, residence, billing, delivery, street,
           city, town, zip, postcode, state, province, county, country, moved]
params:
  party_id: {type: int, optional: true, min: 1, label: party id}
  address_type:
    type: choice
    optional: true
    label: address type
    choices: [Residence, Billing, Delivery]
    synonyms: {home: Residence, residential: Residence, residence: Residence,
               billing: Billing, invoice address: Billing, delivery: Delivery,
               shipping: Delivery}
  city: {type: string, optional: true, label: town or city}
  state: {type: string, optional: true, label: "state, province or county"}
owner: "@egov-data"
---*/
SELECT pa.party_id, p.party_email AS email, pa.address_type_code AS address_type,
       a.line_1_number_building AS street, a.town_city AS city, a.zip_postcode AS zip,
       a.state_province_county AS state, a.country,
       CAST(pa.date_address_from AS DATE) AS valid_from,
       CAST(pa.date_address_to AS DATE) AS valid_to
FROM Party_Addresses AS pa
JOIN Addresses AS a ON a.address_id = pa.address_id
LEFT JOIN Parties AS p ON p.party_id = pa.party_id
WHERE 1 = 1
{% if party_id is not none %}AND pa.party_id = :party_id
{% endif %}{% if address_type %}AND pa.address_type_code = :address_type
{% endif %}{% if city %}AND a.town_city = :city
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}ORDER BY pa.party_id, pa.date_address_from
