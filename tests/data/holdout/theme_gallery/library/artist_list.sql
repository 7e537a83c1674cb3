/*---
title: Artists
description: >
  One row per artist on the gallery's roster: name, country, the year they joined and their
  age. Optionally one artist, artists from one country, joined after or before a year
  (strict), or older or younger than an age (strict). Sorted by name (default), oldest or
  youngest first, earliest or latest to join; optionally only the first n.
examples:
  - list our artists with their country and age
  - artists from the United States
  - who are the youngest artists
  - artists who joined after 1995
  - artists by year they joined
keywords: [artist, artists, painter, painters, roster, name, country, nationality, from,
           age, old, older, young, younger, oldest, youngest, joined, join year, year join,
           member since, signed]
params:
  artist: {type: string, optional: true, label: artist name}
  country: {type: string, optional: true, label: country}
  joined_after: {type: int, optional: true, label: joined after (year)}
  joined_before: {type: int, optional: true, label: joined before (year)}
  older_than: {type: int, optional: true, label: older than (age)}
  younger_than: {type: int, optional: true, label: younger than (age)}
  sort:
    type: choice
    choices: [name, oldest, youngest, earliest_joined, latest_joined]
    default: name
    synonyms: {alphabetical: name, a-z: name, age: oldest, oldest first: oldest,
               age descending: oldest, age ascending: youngest, youngest first: youngest,
               join year: earliest_joined, year joined: earliest_joined, seniority: earliest_joined,
               longest serving: earliest_joined, newest: latest_joined, most recent: latest_joined,
               recently joined: latest_joined}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@gallery-insights"
---*/
SELECT a.Artist_ID AS artist_id, a.Name AS artist, a.Country AS country,
       a.Year_Join AS year_joined, a.Age AS age
FROM artist AS a
WHERE 1 = 1
{% if artist %}AND lower(a.Name) = lower(:artist)
{% endif %}{% if country %}AND lower(a.Country) = lower(:country)
{% endif %}{% if joined_after is not none %}AND a.Year_Join > :joined_after
{% endif %}{% if joined_before is not none %}AND a.Year_Join < :joined_before
{% endif %}{% if older_than is not none %}AND a.Age > :older_than
{% endif %}{% if younger_than is not none %}AND a.Age < :younger_than
{% endif %}ORDER BY
{% if sort == 'oldest' %}a.Age DESC
{% elif sort == 'youngest' %}a.Age ASC
{% elif sort == 'earliest_joined' %}a.Year_Join ASC
{% elif sort == 'latest_joined' %}a.Year_Join DESC
{% else %}a.Name ASC
{% endif %}, a.Artist_ID
{% if n %}LIMIT :n{% endif %}
