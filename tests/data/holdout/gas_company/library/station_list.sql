/*---
title: Gas stations
description: >
  One row per gas station: id, location, year opened, manager, vice-manager and
  representative, and the companies that operate it. Optionally one location, a manager,
  stations opened in one year or after / before a year (strict), or the stations of one
  company. Sorted by year opened (default), newest first, or by location.
examples:
  - list all gas stations with their managers
  - stations opened after 2005
  - where is station 4 and who runs it
  - stations run by Colin Denman
keywords: [station, stations, gas station, gas stations, petrol station, site, sites,
           location, locations, where, opened, open year, opening year, manager, managers,
           manages, vice manager, deputy, representative, rep, staff, operated by]
params:
  station_id: {type: int, optional: true, min: 1, max: 100000, label: station id}
  location: {type: string, optional: true}
  manager: {type: string, optional: true, label: manager's name}
  company: {type: string, optional: true, label: operating company}
  opened_in: {type: int, optional: true, min: 1800, max: 2100, label: year opened}
  opened_after: {type: int, optional: true, min: 1800, max: 2100, label: opened after (exclusive)}
  opened_before: {type: int, optional: true, min: 1800, max: 2100, label: opened before (exclusive)}
  sort:
    type: choice
    choices: [open_year, newest, location]
    default: open_year
    synonyms: {oldest: open_year, oldest first: open_year, earliest: open_year,
               newest first: newest, most recent: newest, latest: newest,
               alphabetical: location, by location: location}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@energy-analytics"
---*/
SELECT g.Station_ID AS station_id, g.Location AS location, g.Open_Year AS open_year,
       g.Manager_Name AS manager, g.Vice_Manager_Name AS vice_manager,
       g.Representative_Name AS representative,
       (SELECT string_agg(c.Company, ', ' ORDER BY c.Company) FROM station_company AS sc
        JOIN company AS c ON c.Company_ID = sc.Company_ID
        WHERE sc.Station_ID = g.Station_ID) AS operated_by
FROM gas_station AS g
WHERE 1 = 1
{% if station_id %}AND g.Station_ID = :station_id
{% endif %}{% if location %}AND g.Location = :location
{% endif %}{% if manager %}AND g.Manager_Name = :manager
{% endif %}{% if company %}AND EXISTS (SELECT 1 FROM station_company AS sc JOIN company AS c
    ON c.Company_ID = sc.Company_ID WHERE sc.Station_ID = g.Station_ID AND c.Company = :company)
{% endif %}{% if opened_in %}AND g.Open_Year = :opened_in
{% endif %}{% if opened_after %}AND g.Open_Year > :opened_after
{% endif %}{% if opened_before %}AND g.Open_Year < :opened_before
{% endif %}ORDER BY
{% if sort == 'newest' %}g.Open_Year DESC, g.Station_ID
{% elif sort == 'location' %}g.Location
{% else %}g.Open_Year, g.Station_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
