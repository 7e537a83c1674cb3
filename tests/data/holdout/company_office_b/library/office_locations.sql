/*---
title: Company offices by building
description: >
  One row per company office: the company, its industry and headquarters country, the
  building the office is in, that building's city and status, and the year the company moves
  in. Optionally one company, one building, one city or one industry, or move-in years from
  and to a year (inclusive). By move-in year (default), by company or by building.
examples:
  - which company is in which building
  - where are JPMorgan Chase's offices
  - who is moving into Torre Mitikah
  - offices moving in between 2022 and 2025
  - list company offices by building
keywords: [office, offices, location, locations, tenant, tenants, lease, leases, occupancy,
           move in, move-in, moving in, year, located, building, company, where]
params:
  company: {type: string, optional: true, label: company name}
  building: {type: string, optional: true, label: building name}
  city: {type: string, optional: true, label: city}
  industry: {type: string, optional: true, label: industry}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: move-in year from}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: move-in year to}
  sort:
    type: choice
    choices: [move_in, company, building]
    default: move_in
    synonyms: {by year: move_in, move-in year: move_in, by company: company,
               by building: building}
owner: "@corp-realestate-analytics"
---*/
SELECT c.name AS company, c.Industry AS industry, c.Headquarters AS headquarters,
       b.name AS building, b.City AS city, b.Status AS building_status,
       o.move_in_year AS move_in_year
FROM Office_locations AS o
JOIN Companies AS c ON c.id = o.company_id
JOIN buildings AS b ON b.id = o.building_id
WHERE 1 = 1
{% if company %}AND c.name = :company
{% endif %}{% if building %}AND b.name = :building
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if industry %}AND c.Industry = :industry
{% endif %}{% if from_year %}AND o.move_in_year >= :from_year
{% endif %}{% if to_year %}AND o.move_in_year <= :to_year
{% endif %}ORDER BY
{% if sort == 'company' %}c.name, o.move_in_year
{% elif sort == 'building' %}b.name, c.name
{% else %}o.move_in_year, c.name
{% endif %}
