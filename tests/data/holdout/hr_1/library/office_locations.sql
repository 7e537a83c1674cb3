/*---
title: Office locations
description: >
  Every office location: location id, street address, postal code, city, state or province,
  country and region, with the departments housed there. Optionally the offices in one city,
  one country or one region.
examples:
  - office addresses
  - postal code of the Toronto office
  - our sites in Europe
  - which departments sit at each address
keywords: [office, offices, location, locations, location id, site, sites, address,
           addresses, street, street address, postal code, postcode, zip, city, state,
           province, country, region, building, housed]
params:
  city: {type: string, optional: true, label: city}
  country: {type: string, optional: true, label: country}
  region:
    type: choice
    choices: [Europe, Americas, Asia, Middle East and Africa]
    optional: true
    synonyms: {emea: Europe, european: Europe, america: Americas, north america: Americas,
               south america: Americas, latin america: Americas, latam: Americas, apac: Asia,
               asia pacific: Asia, asian: Asia, middle east: Middle East and Africa,
               africa: Middle East and Africa, mea: Middle East and Africa}
owner: "@people-analytics"
---*/
SELECT
    l.LOCATION_ID,
    l.STREET_ADDRESS,
    l.POSTAL_CODE,
    l.CITY,
    l.STATE_PROVINCE,
    c.COUNTRY_NAME,
    r.REGION_NAME,
    STRING_AGG(d.DEPARTMENT_NAME, ', ' ORDER BY d.DEPARTMENT_NAME) AS departments
FROM locations AS l
LEFT JOIN countries AS c ON c.COUNTRY_ID = l.COUNTRY_ID
LEFT JOIN regions AS r ON r.REGION_ID = c.REGION_ID
LEFT JOIN departments AS d ON d.LOCATION_ID = l.LOCATION_ID
WHERE 1 = 1
{% if city %}AND l.CITY = :city
{% endif %}{% if country %}AND c.COUNTRY_NAME = :country
{% endif %}{% if region %}AND r.REGION_NAME = :region
{% endif %}GROUP BY l.LOCATION_ID, l.STREET_ADDRESS, l.POSTAL_CODE, l.CITY, l.STATE_PROVINCE,
    c.COUNTRY_NAME, r.REGION_NAME
ORDER BY l.LOCATION_ID
