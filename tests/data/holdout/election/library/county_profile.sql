/*---
title: County card
description: One county by its name, with its id, population, zip code and the delegates elected
  in its district (how many, who, on which committees).
examples:
  - tell me about Mansfield county
  - county card for Baltimore County
  - what's the postal code and population of Colony
keywords: [county, card, profile, about, details, zip, zip code, postal code, population,
           delegates, district]
params:
  county: {type: string, label: county name}
owner: "@elections-data"
---*/
SELECT
    c.County_Id,
    c.County_name,
    c.Population,
    c.Zip_code,
    COUNT(e.Election_ID) AS delegates,
    string_agg(e.Delegate, '; ' ORDER BY e.Delegate) AS delegate_names,
    string_agg(DISTINCT e.Committee, '; ') AS committees
FROM county AS c
LEFT JOIN election AS e ON e.District = c.County_Id
WHERE c.County_name = :county
GROUP BY c.County_Id, c.County_name, c.Population, c.Zip_code
