/*---
title: Driver directory
description: >
  Every driver who has entered a championship race since 1950: driver id, reference, car
  number and three-letter code (recent drivers), first name, last name, date of birth (as
  stored) and nationality. Optionally one nationality (British, German, Finnish...), one first
  name or one last name. By last name (default), by first name, or by driver id.
examples:
  - all Brazilian drivers
  - what's Raikkonen's driver code
  - drivers called Michael
  - driver ids with their nationality
  - date of birth of Lewis Hamilton
keywords: [driver, drivers, pilot, pilots, racer, racers, first name, forename, last name,
           surname, family name, full name, nationality, country, code, number, born, birth,
           date of birth, id, ids, list, who, alphabetical, names]
params:
  nationality: {type: string, optional: true, label: "nationality as stored, e.g. German"}
  forename: {type: string, optional: true, label: "first name"}
  surname: {type: string, optional: true, label: "last name"}
  sort:
    type: choice
    choices: [surname, forename, id]
    default: surname
    synonyms: {last name: surname, by surname: surname, family name: surname,
               first name: forename, by first name: forename, forename: forename,
               by id: id, driver id: id}
owner: "@f1-stats"
---*/
SELECT
    driverId AS driver_id,
    driverRef AS reference,
    number,
    code,
    forename,
    surname,
    dob AS date_of_birth,
    nationality
FROM drivers
WHERE 1 = 1
{% if nationality %}AND nationality = :nationality
{% endif %}{% if forename %}AND forename = :forename
{% endif %}{% if surname %}AND surname = :surname
{% endif %}ORDER BY
{% if sort == 'forename' %}forename, surname
{% elif sort == 'id' %}driverId
{% else %}surname, forename
{% endif %}
