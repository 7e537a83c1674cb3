/*---
title: Attraction directory
description: >
  One row per tourist attraction: id, name, attraction type, the location it stands in and
  its address, how visitors get there (bus, walk or shuttle), opening hours, description and
  its features (cafe, parking, ...). Optionally one attraction by name, or only attractions
  of a type, reached a given way, at a location or address, or with a given feature.
examples:
  - all attractions and how to get to them
  - which attractions can I reach by shuttle
  - garden attractions and their opening hours
  - attractions with a cafe
  - what's at the Coral Reefs location
  - opening hours of the haunted mansion
keywords: [attraction, attractions, tourist attraction, tourist attractions, ride, rides,
           sights, sight, directory, list, names, type, kind, location, address, get there,
           reach, reached, access, accessible, transport, transportation, bus, walk, walking,
           shuttle, opening hours, hours, open, feature, features, amenity, amenities]
params:
  attraction: {type: string, optional: true, label: attraction name}
  attraction_type:
    type: choice
    optional: true
    choices: [park, garden, gallery, adventure, museum]
    synonyms: {parks: park, gardens: garden, galleries: gallery, adventures: adventure,
               museums: museum}
  access:
    type: choice
    optional: true
    choices: [bus, walk, shuttle]
    synonyms: {by bus: bus, buses: bus, coach: bus, on foot: walk, walking: walk,
               by walk: walk, walkable: walk, by shuttle: shuttle, shuttles: shuttle}
  location: {type: string, optional: true, label: location name}
  address: {type: string, optional: true, label: location address}
  feature: {type: string, optional: true, label: has this feature}
owner: "@park-insights"
---*/
SELECT
    a.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction,
    t.Attraction_Type_Description AS attraction_type,
    l.Location_Name AS location,
    l.Address AS address,
    a.How_to_Get_There AS how_to_get_there,
    a.Opening_Hours AS opening_hours,
    a.Description AS description,
    (SELECT STRING_AGG(f.Feature_Details, ', ' ORDER BY f.Feature_Details)
     FROM Tourist_Attraction_Features AS af
     JOIN Features AS f ON f.Feature_ID = af.Feature_ID
     WHERE af.Tourist_Attraction_ID = a.Tourist_Attraction_ID) AS features
FROM Tourist_Attractions AS a
LEFT JOIN Ref_Attraction_Types AS t ON t.Attraction_Type_Code = a.Attraction_Type_Code
LEFT JOIN Locations AS l ON l.Location_ID = a.Location_ID
WHERE 1 = 1
{% if attraction %}AND a.Name = :attraction
{% endif %}{% if attraction_type %}AND t.Attraction_Type_Description = :attraction_type
{% endif %}{% if access %}AND a.How_to_Get_There = :access
{% endif %}{% if location %}AND l.Location_Name = :location
{% endif %}{% if address %}AND l.Address = :address
{% endif %}{% if feature %}AND a.Tourist_Attraction_ID IN (
    SELECT af.Tourist_Attraction_ID FROM Tourist_Attraction_Features AS af
    JOIN Features AS f ON f.Feature_ID = af.Feature_ID
    WHERE f.Feature_Details = :feature)
{% endif %}ORDER BY a.Name
