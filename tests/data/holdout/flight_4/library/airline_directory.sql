/*---
title: Airline directory
description: >
  One row per airline: airline id, name, IATA and ICAO codes, radio callsign, home country and
  whether it is active (Y/N). Optionally one country, names starting with a word, or only
  active or only inactive airlines. By name.
examples:
  - list the airlines based in Kenya
  - airlines whose name starts with Sky
  - which airlines in Peru are still flying
  - callsign and codes of the Swiss carriers
keywords: [airline, airlines, carrier, carriers, name, names, starts with, begins with,
           called, country, based, home, callsign, code, codes, iata, icao, active, inactive,
           defunct, list, directory, which]
params:
  country: {type: string, optional: true, label: home country}
  name_starts_with: {type: string, optional: true, label: start of the airline name}
  active:
    type: choice
    optional: true
    choices: ["Y", "N"]
    synonyms: {active: "Y", operating: "Y", flying: "Y", inactive: "N", defunct: "N",
               not active: "N", closed: "N"}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    alid AS airline_id,
    name,
    iata,
    icao,
    callsign,
    country,
    active
FROM airlines
WHERE 1 = 1
{% if country %}AND country = :country
{% endif %}{% if name_starts_with %}AND name ILIKE :name_starts_with || '%'
{% endif %}{% if active %}AND active = :active
{% endif %}ORDER BY name, airline_id
