/*---
title: Artists
description: >
  One row per artist record: artist name, age, famous title and its release date, how many
  chart volumes (issues at number one) the artist has and their total weeks on top.
  Optionally one artist by name, an age floor or ceiling (both inclusive). Oldest first
  (default), youngest first, by name, or by weeks on top.
examples:
  - list the artists with their age
  - what is Gorgoroth's famous title
  - artists 30 or older
  - youngest artists and their best known record
keywords: [artist, artists, band, bands, musician, musicians, age, ages, old, famous title,
           best known, famous release date, release date, released, record, album]
params:
  artist: {type: string, optional: true, label: artist}
  min_age: {type: int, optional: true, min: 0, label: aged at least}
  max_age: {type: int, optional: true, min: 0, label: aged at most}
  sort:
    type: choice
    choices: [oldest, youngest, name, weeks_on_top]
    default: oldest
    synonyms: {oldest first: oldest, by age: oldest, age descending: oldest, eldest: oldest,
               youngest first: youngest, age ascending: youngest, alphabetical: name,
               by name: name, a-z: name, most weeks: weeks_on_top, chart success: weeks_on_top}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@music-insights"
---*/
SELECT a.Artist AS artist, a.Age AS age, a.Famous_Title AS famous_title,
       a.Famous_Release_date AS famous_release_date,
       COUNT(v.Volume_ID) AS volumes, COALESCE(SUM(v.Weeks_on_Top), 0) AS weeks_on_top
FROM artist AS a
LEFT JOIN volume AS v ON v.Artist_ID = a.Artist_ID
WHERE 1 = 1
{% if artist %}AND lower(a.Artist) = lower(:artist)
{% endif %}{% if min_age is not none and min_age is not false %}AND a.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND a.Age <= :max_age
{% endif %}GROUP BY a.Artist_ID, a.Artist, a.Age, a.Famous_Title, a.Famous_Release_date
ORDER BY
{% if sort == 'youngest' %}a.Age, a.Artist_ID
{% elif sort == 'name' %}a.Artist, a.Artist_ID
{% elif sort == 'weeks_on_top' %}weeks_on_top DESC, a.Artist_ID
{% else %}a.Age DESC, a.Artist_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
