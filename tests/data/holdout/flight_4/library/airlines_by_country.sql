/*---
title: Airlines by home country
description: >
  One row per home country: how many airlines are based there, and how many of them are
  active and inactive. Optionally only active or only inactive airlines. By most airlines
  (default) or country name.
examples:
  - airline count per country
  - which country is home to the most carriers
  - active airlines by country
keywords: [airline, airlines, carrier, carriers, country, countries, per country, by country,
           each country, home, based, how many, number, count, most, active, inactive]
params:
  active:
    type: choice
    optional: true
    choices: ["Y", "N"]
    synonyms: {active: "Y", operating: "Y", flying: "Y", inactive: "N", defunct: "N",
               not active: "N", closed: "N"}
  sort:
    type: choice
    choices: [most_airlines, country]
    default: most_airlines
    synonyms: {most: most_airlines, most airlines: most_airlines, descending: most_airlines,
               alphabetical: country, by country: country, by name: country}
owner: "@route-analytics"
---*/
SELECT
    country,
    COUNT(*) AS airlines,
    COUNT(*) FILTER (WHERE active = 'Y') AS active_airlines,
    COUNT(*) FILTER (WHERE active = 'N') AS inactive_airlines
FROM airlines
WHERE 1 = 1
{% if active %}AND active = :active
{% endif %}GROUP BY country
ORDER BY
{% if sort == 'country' %}country
{% else %}airlines DESC, country
{% endif %}
