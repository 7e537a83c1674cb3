/*---
title: Race schedule
description: >
  One row per race in season order: race id, race name, class, date (month and day, as
  published), and the track it is held at with the track's location. Optionally one race by
  name, one class, one track, the races at tracks of one city or state, or the races of one
  month. In season order (default) or by race name.
examples:
  - race calendar
  - when is the Mexico City 250
  - which races are held at Kansas Speedway
  - GT races and their dates
  - races in April
  - where is the RumBum.com 250 held
keywords: [race, races, event, events, schedule, calendar, date, dates, when, class, held,
           held at, venue, track, season, fixture, fixtures]
params:
  race: {type: string, optional: true, label: race name}
  race_class:
    type: choice
    optional: true
    label: race class
    choices: [DP/GT, GT]
    synonyms: {gt: GT, gt class: GT, gt only: GT, dp/gt: DP/GT, dp gt: DP/GT,
               daytona prototype: DP/GT, prototype: DP/GT, dp: DP/GT}
  track: {type: string, optional: true, label: track name}
  city: {type: string, optional: true, label: track city,
         values: "SELECT DISTINCT trim(split_part(Location, ',', 1)) FROM track"}
  state:
    type: choice
    optional: true
    label: track state
    choices: [AZ, CA, FL, IL, KS, MI, SC, VA]
    synonyms: {arizona: AZ, california: CA, florida: FL, illinois: IL, kansas: KS,
               michigan: MI, south carolina: SC, virginia: VA}
  month:
    type: choice
    optional: true
    label: month
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  sort:
    type: choice
    choices: [season, name]
    default: season
    synonyms: {season order: season, by date: season, chronological: season,
               by name: name, alphabetical: name}
owner: "@motorsport-analytics"
---*/
SELECT r.Race_ID AS race_id, r.Name AS race, r.Class AS class, r."Date" AS date,
       t.Name AS track, t.Location AS location
FROM race AS r
LEFT JOIN track AS t ON t.Track_ID = r.Track_ID
WHERE 1 = 1
{% if race %}AND r.Name = :race
{% endif %}{% if race_class %}AND r.Class = :race_class
{% endif %}{% if track %}AND t.Name = :track
{% endif %}{% if city %}AND trim(split_part(t.Location, ',', 1)) = :city
{% endif %}{% if state %}AND trim(split_part(t.Location, ',', 2)) = :state
{% endif %}{% if month %}AND r."Date" LIKE (:month || ' %')
{% endif %}ORDER BY
{% if sort == 'name' %}r.Name
{% else %}r.Race_ID
{% endif %}
