/*---
title: Airport reference data gaps
description: >
  Data-quality check on the airport reference table: one row per airport that lacks an IATA
  code or a city, with what is missing. By country, then name.
examples:
  - airports missing an iata code
  - reference data gaps in the airport table
  - airports with no city recorded
keywords: [data quality, missing, gaps, blank, empty, unknown, iata, city, reference, check,
           cleanup, airport table]
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    apid AS airport_id,
    name,
    country,
    icao,
    iata IS NULL OR iata = '' AS missing_iata,
    city IS NULL OR city = '' AS missing_city
FROM airports
WHERE iata IS NULL OR iata = '' OR city IS NULL OR city = ''
ORDER BY country, name, airport_id
