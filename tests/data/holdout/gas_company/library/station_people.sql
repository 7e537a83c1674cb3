/*---
title: Station staff directory
description: >
  Every person named at a station, with their role (manager, vice-manager,
  representative), the station and its location.
examples:
  - staff directory for the stations
  - who are the representatives
keywords: [staff, people, person, directory, role, roles, representative, vice manager,
           deputy, contacts]
params:
  role:
    type: choice
    choices: [all, manager, vice_manager, representative]
    default: all
    synonyms: {managers: manager, vice manager: vice_manager, vice-manager: vice_manager,
               deputy: vice_manager, representatives: representative, rep: representative,
               reps: representative}
owner: "@energy-analytics"
---*/
SELECT person, role, station_id, location FROM (
    SELECT Manager_Name AS person, 'manager' AS role, Station_ID AS station_id, Location AS location FROM gas_station
    UNION ALL
    SELECT Vice_Manager_Name, 'vice_manager', Station_ID, Location FROM gas_station
    UNION ALL
    SELECT Representative_Name, 'representative', Station_ID, Location FROM gas_station
) AS people
WHERE :role = 'all' OR role = :role
ORDER BY person, station_id
