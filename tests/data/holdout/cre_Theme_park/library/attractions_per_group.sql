/*---
title: Attractions per access mode, type, location or feature
description: >
  How many attractions there are per group, and how many visits they had: per way to get
  there (default), per attraction type (with its code), per location or per feature. Largest
  groups first (default), smallest first, or by name.
examples:
  - how many attractions per transport mode
  - number of attractions by type
  - which location has the most attractions
  - how many attractions have parking
keywords: [how many, number, count, attractions, per, each, by, group, grouped, breakdown,
           most, common, popular, transport, transportation, access, get there, bus, walk,
           shuttle, type, types, kind, category, location, locations, feature, features]
params:
  by:
    type: choice
    choices: [access, type, location, feature]
    default: access
    synonyms: {transport: access, transportation: access, how to get there: access,
               way to get there: access, ways to get there: access, mode: access,
               attraction type: type, kind: type, category: type, place: location,
               area: location, amenity: feature, features: feature}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {largest: most, biggest: most, smallest: fewest, least: fewest,
               alphabetical: name}
owner: "@park-insights"
---*/
WITH grouped AS (
    SELECT
{% if by == 'type' %}        t.Attraction_Type_Description AS grp,
        a.Attraction_Type_Code AS code,
{% elif by == 'location' %}        l.Location_Name AS grp,
        CAST(a.Location_ID AS VARCHAR) AS code,
{% elif by == 'feature' %}        f.Feature_Details AS grp,
        CAST(f.Feature_ID AS VARCHAR) AS code,
{% else %}        a.How_to_Get_There AS grp,
        a.How_to_Get_There AS code,
{% endif %}        a.Tourist_Attraction_ID AS attraction_id
    FROM Tourist_Attractions AS a
    LEFT JOIN Ref_Attraction_Types AS t ON t.Attraction_Type_Code = a.Attraction_Type_Code
    LEFT JOIN Locations AS l ON l.Location_ID = a.Location_ID
{% if by == 'feature' %}    JOIN Tourist_Attraction_Features AS af ON af.Tourist_Attraction_ID = a.Tourist_Attraction_ID
    JOIN Features AS f ON f.Feature_ID = af.Feature_ID
{% endif %})
SELECT
    g.grp AS "group",
    g.code,
    COUNT(DISTINCT g.attraction_id) AS attractions,
    (SELECT COUNT(*) FROM Visits AS v
     WHERE v.Tourist_Attraction_ID IN (
        SELECT x.attraction_id FROM grouped AS x
        WHERE x.grp IS NOT DISTINCT FROM g.grp)) AS visits
FROM grouped AS g
GROUP BY g.grp, g.code
ORDER BY
{% if sort == 'fewest' %}attractions ASC, g.grp
{% elif sort == 'name' %}g.grp
{% else %}attractions DESC, g.grp
{% endif %}
