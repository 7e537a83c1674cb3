/*---
title: Cinemas
description: >
  One row per cinema: cinema id, name, location (county), the year it opened and its seating
  capacity. Optionally one cinema by name, the cinemas of one county, opened in one year or
  within a range of years, or with capacity within bounds (all bounds inclusive). By name
  (default), smallest first, largest first, newest or oldest first; optionally the top n.
examples:
  - list every cinema with its county
  - what is the capacity of Grouse Lodge
  - cinemas in county clare
  - our biggest screens by seats
  - which cinemas opened in 2012 or later
  - when did Oriel open
keywords: [cinema, cinemas, theater, theatre, movie theater, venue, venues, site, sites,
           capacity, seats, seating, opened, opening year, location, county, where]
params:
  cinema: {type: string, optional: true, label: cinema name}
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, co clare: County Clare, cork: County Cork,
               co cork: County Cork, dublin: County Dublin, co dublin: County Dublin,
               laois: County Laois, co laois: County Laois, louth: County Louth,
               co louth: County Louth, tipperary: County Tipperary, tipp: County Tipperary,
               co tipperary: County Tipperary, wicklow: County Wicklow,
               co wicklow: County Wicklow}
  opened_in: {type: int, optional: true, label: opened in year}
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
  min_capacity: {type: int, optional: true, min: 0, label: at least (seats)}
  max_capacity: {type: int, optional: true, min: 0, label: at most (seats)}
  sort:
    type: choice
    choices: [name, capacity, largest, newest, oldest]
    default: name
    synonyms: {alphabetical: name, by name: name, smallest: capacity, smallest first: capacity,
               by capacity: capacity, fewest seats: capacity, biggest: largest,
               largest capacity: largest, most seats: largest, biggest first: largest,
               most recent: newest, newest first: newest, latest: newest,
               recently opened: newest, oldest first: oldest, earliest: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@cinema-insights"
---*/
SELECT Cinema_ID AS cinema_id, Name AS cinema, Location AS location,
       Openning_year AS opening_year, Capacity AS capacity
FROM cinema
WHERE 1 = 1
{% if cinema %}AND Name = :cinema
{% endif %}{% if location %}AND Location = :location
{% endif %}{% if opened_in is not none %}AND Openning_year = :opened_in
{% endif %}{% if opened_from is not none %}AND Openning_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Openning_year <= :opened_to
{% endif %}{% if min_capacity is not none %}AND Capacity >= :min_capacity
{% endif %}{% if max_capacity is not none %}AND Capacity <= :max_capacity
{% endif %}ORDER BY
{% if sort == 'capacity' %}Capacity, Name
{% elif sort == 'largest' %}Capacity DESC, Name
{% elif sort == 'newest' %}Openning_year DESC, Name
{% elif sort == 'oldest' %}Openning_year, Name
{% else %}Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
