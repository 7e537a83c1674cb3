/*---
title: Company offices by building
description: >
  One row per company office: the building (name, city, status), the company (name,
  industry, headquarters country) and the year the company moved in. Optionally one
  building, one company, one city, one industry, or move-in years within bounds
  (inclusive). By building (default), by company, or by move-in year.
examples:
  - which companies have offices in which buildings
  - where does HSBC have offices
  - who are the tenants of Punto Chapultepec
  - offices moved into from 2025 on
  - bank offices in Mexico City
keywords: [office, offices, office location, locations, tenant, tenants, tenancy, lease,
           leases, occupy, occupies, located, move in, moved in, move-in year, where]
params:
  building: {type: string, optional: true, label: building name}
  company: {type: string, optional: true, label: company name}
  city: {type: string, optional: true, label: city}
  industry: {type: string, optional: true, label: industry}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: moved in from (year)}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: moved in up to (year)}
  sort:
    type: choice
    choices: [building, company, move_in_year]
    default: building
    synonyms: {by building: building, by company: company, company name: company,
               by year: move_in_year, move in: move_in_year, chronological: move_in_year,
               earliest: move_in_year}
owner: "@corp-analytics"
---*/
SELECT b.name AS building, b.City AS city, b.Status AS status, c.name AS company,
       c.Industry AS industry, c.Headquarters AS headquarters, o.move_in_year AS move_in_year
FROM Office_locations AS o
JOIN buildings AS b ON b.id = o.building_id
JOIN Companies AS c ON c.id = o.company_id
WHERE 1 = 1
{% if building %}AND b.name = :building
{% endif %}{% if company %}AND c.name = :company
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if industry %}AND c.Industry = :industry
{% endif %}{% if from_year %}AND o.move_in_year >= :from_year
{% endif %}{% if to_year %}AND o.move_in_year <= :to_year
{% endif %}ORDER BY
{% if sort == 'company' %}c.name, b.name
{% elif sort == 'move_in_year' %}o.move_in_year, b.name
{% else %}b.name, c.name
{% endif %}
