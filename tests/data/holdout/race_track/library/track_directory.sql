/*---
title: Tracks
description: >
  One row per race track: track id, name, location ("City, ST"), seating capacity and the
  year it opened. Optionally one track by name, the tracks of one city or one state, opened in
  one year or within a range of years, or with seating within bounds (all bounds inclusive).
  By name (default), smallest seating first, biggest seating first, newest or oldest first;
  optionally the top n.
examples:
  - list all tracks with their location
  - how many seats does Kansas Speedway have
  - tracks in Florida
  - biggest tracks by seating
  - which tracks opened since 1990
  - newest track
keywords: [track, tracks, speedway, raceway, circuit, venue, venues, seating, seats,
           capacity, location, located, where, opened, year opened, opening year]
params:
  track: {type: string, optional: true, label: track name}
  city: {type: string, optional: true, label: city,
         values: "SELECT DISTINCT trim(split_part(Location, ',', 1)) FROM track"}
  state:
    type: choice
    optional: true
    label: state
    choices: [AZ, CA, FL, IL, KS, MI, SC, VA]
    synonyms: {arizona: AZ, california: CA, florida: FL, illinois: IL, kansas: KS,
               michigan: MI, south carolina: SC, virginia: VA}
  opened_in: {type: int, optional: true, label: opened in year}
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
  min_seating: {type: int, optional: true, min: 0, label: at least (seats)}
  max_seating: {type: int, optional: true, min: 0, label: at most (seats)}
  sort:
    type: choice
    choices: [name, seating, most_seating, newest, oldest]
    default: name
    synonyms: {alphabetical: name, by name: name, by seating: seating,
               smallest first: seating, fewest seats: seating, ascending seating: seating,
               biggest: most_seating, largest: most_seating, most seats: most_seating,
               largest capacity: most_seating, most recent: newest, newest: newest,
               latest: newest, recently opened: newest, oldest: oldest, earliest: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@motorsport-analytics"
---*/
SELECT Track_ID AS track_id, Name AS track, Location AS location, Seating AS seating,
       Year_Opened AS year_opened
FROM track
WHERE 1 = 1
{% if track %}AND Name = :track
{% endif %}{% if city %}AND trim(split_part(Location, ',', 1)) = :city
{% endif %}{% if state %}AND trim(split_part(Location, ',', 2)) = :state
{% endif %}{% if opened_in is not none %}AND Year_Opened = :opened_in
{% endif %}{% if opened_from is not none %}AND Year_Opened >= :opened_from
{% endif %}{% if opened_to is not none %}AND Year_Opened <= :opened_to
{% endif %}{% if min_seating is not none %}AND Seating >= :min_seating
{% endif %}{% if max_seating is not none %}AND Seating <= :max_seating
{% endif %}ORDER BY
{% if sort == 'seating' %}Seating, Name
{% elif sort == 'most_seating' %}Seating DESC, Name
{% elif sort == 'newest' %}Year_Opened DESC, Name
{% elif sort == 'oldest' %}Year_Opened, Name
{% else %}Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
