/*---
title: Address book
description: >
  One row per address on file: id, street address, second line, district, city, country,
  postal code and phone number, and who is registered there (customer or staff name).
  Optionally one street address, one city or one postal code; by country, city and address.
examples:
  - phone number for 47 MySakila Drive
  - what addresses do we have in Lethbridge
  - which address has postal code 35200
  - contact details on file for an address
keywords: [address, addresses, street, phone, phone number, telephone, postal code, zip,
           postcode, district, city, country, contact, contact details, who lives, registered,
           address book, location]
params:
  address: {type: string, optional: true, label: street address}
  city: {type: string, optional: true, label: city name}
  postal_code: {type: string, optional: true, label: postal code}
owner: "@ops"
---*/
SELECT
    a.address_id,
    a.address,
    a.address2,
    a.district,
    ci.city,
    co.country,
    a.postal_code,
    a.phone,
    COALESCE(
        (SELECT STRING_AGG(cu.first_name || ' ' || cu.last_name, ', ')
         FROM customer AS cu WHERE cu.address_id = a.address_id),
        (SELECT STRING_AGG(s.first_name || ' ' || s.last_name, ', ')
         FROM staff AS s WHERE s.address_id = a.address_id)
    ) AS registered_to
FROM address AS a
JOIN city AS ci ON ci.city_id = a.city_id
JOIN country AS co ON co.country_id = ci.country_id
WHERE 1 = 1
{% if address %}AND a.address = :address
{% endif %}{% if city %}AND ci.city = :city
{% endif %}{% if postal_code %}AND a.postal_code = :postal_code
{% endif %}ORDER BY co.country, ci.city, a.address
