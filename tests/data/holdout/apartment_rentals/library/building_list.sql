/*---
title: Buildings
description: >
  Every apartment building with its id, short and full name, description (Studio, Flat or
  Duplex building), address, manager and phone, and its number of apartments and of rooms
  (zero included). Optionally one building by short name, the buildings of one manager, or one
  kind of building.
examples:
  - our building portfolio with managers and phone numbers
  - contact details for Melyssa's buildings
  - how many apartments does Avalon Park have
  - which buildings are duplex buildings
keywords: [building, buildings, property, properties, block, blocks, tower, portfolio,
           manager, managed, manages, runs, address, addresses, phone, phone number, contact,
           description, short name, full name, site]
params:
  building: {type: string, optional: true, label: building short name}
  manager: {type: string, optional: true, label: building manager's name}
  description:
    type: choice
    choices: [Studio, Flat, Duplex]
    optional: true
    synonyms: {studios: Studio, flats: Flat, duplexes: Duplex}
owner: "@property-analytics"
---*/
WITH units AS (
    SELECT building_id, COUNT(*) AS apartments, SUM(room_count) AS rooms
    FROM Apartments
    GROUP BY building_id
)
SELECT
    b.building_id,
    b.building_short_name,
    b.building_full_name,
    b.building_description,
    b.building_address,
    b.building_manager,
    b.building_phone,
    COALESCE(units.apartments, 0) AS apartments,
    COALESCE(units.rooms, 0) AS rooms
FROM Apartment_Buildings AS b
LEFT JOIN units ON units.building_id = b.building_id
WHERE 1 = 1
{% if building %}AND b.building_short_name = :building
{% endif %}{% if manager %}AND b.building_manager = :manager
{% endif %}{% if description %}AND b.building_description = :description
{% endif %}ORDER BY b.building_short_name
