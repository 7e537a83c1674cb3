/*---
title: Apartments
description: >
  Every apartment: id, apartment number, type, building (short name and manager), bathrooms,
  bedrooms, rooms and its facilities. Optionally one type, one building, the buildings of one
  manager, one facility, or at least so many bedrooms or bathrooms; sorted by building and
  number (default), by rooms (fewest or most) or by most bedrooms.
examples:
  - the unit list for Stuyvesant Town
  - duplex units with at least 3 bathrooms
  - apartments with a swimming pool
  - biggest units by bedroom count
  - units in the buildings Olaf looks after
keywords: [apartment, apartments, unit, units, flat, flats, apartment number, number, type,
           type code, bedrooms, bedroom, beds, bathrooms, bathroom, baths, rooms, room count,
           size, facilities, facility, amenities, features, inventory]
params:
  apt_type:
    type: choice
    choices: [Studio, Flat, Duplex]
    optional: true
    synonyms: {studios: Studio, flats: Flat, duplexes: Duplex}
  building: {type: string, optional: true, label: building short name}
  manager: {type: string, optional: true, label: building manager's name}
  facility:
    type: choice
    choices: [Boardband, Gym, Swimming Pool, Cable TV]
    optional: true
    synonyms: {broadband: Boardband, internet: Boardband, wifi: Boardband, pool: Swimming Pool,
               fitness: Gym, cable: Cable TV, tv: Cable TV}
  min_bedrooms: {type: int, optional: true, min: 0, label: at least this many bedrooms}
  min_bathrooms: {type: int, optional: true, min: 0, label: at least this many bathrooms}
  sort:
    type: choice
    choices: [building, fewest_rooms, most_rooms, most_bedrooms]
    default: building
    synonyms: {smallest: fewest_rooms, largest: most_rooms, biggest: most_rooms,
               most beds: most_bedrooms, by bedrooms: most_bedrooms}
owner: "@property-analytics"
---*/
WITH features AS (
    SELECT apt_id, string_agg(facility_code, ', ' ORDER BY facility_code) AS facilities
    FROM Apartment_Facilities
    GROUP BY apt_id
)
SELECT
    a.apt_id,
    a.apt_number,
    a.apt_type_code,
    b.building_short_name,
    b.building_manager,
    a.bathroom_count,
    a.bedroom_count,
    a.room_count,
    features.facilities
FROM Apartments AS a
JOIN Apartment_Buildings AS b ON b.building_id = a.building_id
LEFT JOIN features ON features.apt_id = a.apt_id
WHERE 1 = 1
{% if apt_type %}AND a.apt_type_code = :apt_type
{% endif %}{% if building %}AND b.building_short_name = :building
{% endif %}{% if manager %}AND b.building_manager = :manager
{% endif %}{% if facility %}AND a.apt_id IN (SELECT apt_id FROM Apartment_Facilities WHERE facility_code = :facility)
{% endif %}{% if min_bedrooms is not none and min_bedrooms is not false %}AND a.bedroom_count >= :min_bedrooms
{% endif %}{% if min_bathrooms is not none and min_bathrooms is not false %}AND a.bathroom_count >= :min_bathrooms
{% endif %}ORDER BY
{% if sort == 'fewest_rooms' %}a.room_count, a.apt_number
{% elif sort == 'most_rooms' %}a.room_count DESC, a.apt_number
{% elif sort == 'most_bedrooms' %}a.bedroom_count DESC, a.apt_number
{% else %}b.building_short_name, a.apt_number
{% endif %}
