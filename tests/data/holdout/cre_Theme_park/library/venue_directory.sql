/*---
title: Museums, shops, markets, theme parks and royal family sites
description: >
  The attractions that are also one of our venue kinds (museum, shop, street market, theme
  park, royal family site), with the venue's own details next to the attraction's name, how
  to get there, opening hours and location. Optionally one kind, or only venues reached a
  given way.
examples:
  - list the museums with their opening hours
  - which shops can you walk to
  - street markets and how to get there
  - theme parks we partner with
  - royal family sites
keywords: [venue, venues, museum, museums, shop, shops, store, stores, market, markets,
           street market, street markets, theme park, theme parks, royal, royal family,
           palace, details, opening hours, hours, get there, reach, reached, access,
           accessible, bus, walk, shuttle]
params:
  kind:
    type: choice
    optional: true
    choices: [museum, shop, street_market, theme_park, royal_family]
    synonyms: {museums: museum, shops: shop, store: shop, stores: shop, market: street_market,
               markets: street_market, street market: street_market,
               street markets: street_market, theme park: theme_park,
               theme parks: theme_park, royal family: royal_family, royal: royal_family}
  access:
    type: choice
    optional: true
    choices: [bus, walk, shuttle]
    synonyms: {by bus: bus, on foot: walk, walking: walk, by walk: walk, walkable: walk,
               by shuttle: shuttle}
owner: "@park-insights"
---*/
WITH venues AS (
    SELECT 'museum' AS kind, Museum_ID AS id, Museum_Details AS venue_details FROM Museums
    UNION ALL
    SELECT 'shop', Shop_ID, Shop_Details FROM Shops
    UNION ALL
    SELECT 'street_market', Market_ID, Market_Details FROM Street_Markets
    UNION ALL
    SELECT 'theme_park', Theme_Park_ID, Theme_Park_Details FROM Theme_Parks
    UNION ALL
    SELECT 'royal_family', Royal_Family_ID, Royal_Family_Details FROM Royal_Family
)
SELECT
    v.kind,
    v.venue_details,
    a.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction,
    a.How_to_Get_There AS how_to_get_there,
    a.Opening_Hours AS opening_hours,
    l.Location_Name AS location
FROM venues AS v
JOIN Tourist_Attractions AS a ON a.Tourist_Attraction_ID = v.id
LEFT JOIN Locations AS l ON l.Location_ID = a.Location_ID
WHERE 1 = 1
{% if kind %}AND v.kind = :kind
{% endif %}{% if access %}AND a.How_to_Get_There = :access
{% endif %}ORDER BY v.kind, a.Name
