/*---
title: Marketing regions
description: >
  Our marketing regions: code, name, how we describe the market, and how many stores and
  drama workshop groups sit in each (regions that only appear on workshop groups, without a
  row of their own, are listed too, unnamed). Optionally one region. Most workshop groups
  first.
examples:
  - list the marketing regions
  - what do we say about the China market
  - which region has the most workshop groups
  - stores and workshop groups per marketing region
keywords: [marketing region, marketing regions, region, regions, market, markets, country,
           countries, description, target market, main market, per region, by region]
params:
  region:
    type: choice
    optional: true
    label: marketing region code
    choices: [CA, CN, DE, ES, FR, IE, IN, MX, PT, RU, US]
    synonyms: {canada: CA, china: CN, germany: DE, spain: ES, france: FR, ireland: IE,
               india: IN, mexico: MX, portugal: PT, russia: RU, united states: US, usa: US}
owner: "@drama-marketing"
---*/
WITH codes AS (
    SELECT Marketing_Region_Code AS code FROM Marketing_Regions
    UNION SELECT Marketing_Region_Code FROM Drama_Workshop_Groups
    UNION SELECT Marketing_Region_Code FROM Stores
)
SELECT c.code AS region_code, r.Marketing_Region_Name AS region,
       r.Marketing_Region_Descriptrion AS description,
       (SELECT COUNT(*) FROM Stores AS s WHERE s.Marketing_Region_Code = c.code) AS stores,
       (SELECT COUNT(*) FROM Drama_Workshop_Groups AS g
         WHERE g.Marketing_Region_Code = c.code) AS workshop_groups
FROM codes AS c
LEFT JOIN Marketing_Regions AS r ON r.Marketing_Region_Code = c.code
WHERE 1 = 1
{% if region %}AND c.code = :region
{% endif %}ORDER BY workshop_groups DESC, stores DESC, c.code
