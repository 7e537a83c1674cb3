/*---
title: Facilities
description: >
  Per facility code (Boardband, Gym, Swimming Pool, Cable TV): the number of apartments and
  buildings that have it, and the apartment numbers.
examples:
  - which amenities do our units offer
  - how many units come with a gym
  - amenity coverage per facility code
keywords: [facility, facilities, facility code, amenity, amenities, feature, features, gym,
           pool, swimming pool, broadband, cable, tv, coverage, per facility]
params: {}
owner: "@property-analytics"
---*/
SELECT
    f.facility_code,
    COUNT(DISTINCT f.apt_id) AS apartments,
    COUNT(DISTINCT a.building_id) AS buildings,
    string_agg(a.apt_number, ', ' ORDER BY a.apt_number) AS apartment_numbers
FROM Apartment_Facilities AS f
JOIN Apartments AS a ON a.apt_id = f.apt_id
GROUP BY f.facility_code
ORDER BY apartments DESC, f.facility_code
