/*---
title: Chart volumes (number ones)
description: >
  One row per volume of the chart, that is per song that reached number one: volume issue,
  issue date(s), weeks on top, song, and the artist with age and famous title. Optionally
  one artist, more than / fewer than so many weeks on top (strict), or the artist's age
  at least / at most. In issue order (default), most weeks on top first, fewest weeks on
  top first, or by song title A-Z.
examples:
  - number one songs and how long they stayed there
  - which songs spent more than 2 weeks at number one
  - Tangorodrim's chart toppers
  - issue dates of the volumes
keywords: [volume, volumes, issue, issues, issue date, chart, number one, no. 1, song, songs,
           single, singles, track, weeks on top, weeks at number one, chart run, topped]
params:
  artist: {type: string, optional: true, label: artist}
  weeks_above: {type: int, optional: true, min: 0, label: weeks on top more than}
  weeks_below: {type: int, optional: true, min: 1, label: weeks on top fewer than}
  min_artist_age: {type: int, optional: true, min: 0, label: artist aged at least}
  max_artist_age: {type: int, optional: true, min: 0, label: artist aged at most}
  sort:
    type: choice
    choices: [issue, most_weeks, fewest_weeks, song]
    default: issue
    synonyms: {chronological: issue, by issue: issue, longest: most_weeks,
               longest running: most_weeks, most weeks on top: most_weeks,
               shortest: fewest_weeks, fewest weeks on top: fewest_weeks,
               least weeks: fewest_weeks, alphabetical: song, a-z: song, by song: song,
               by title: song}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@music-insights"
---*/
SELECT v.Volume_Issue AS volume_issue, v.Issue_Date AS issue_date, v.Weeks_on_Top AS weeks_on_top,
       v.Song AS song, a.Artist AS artist, a.Age AS artist_age, a.Famous_Title AS artist_famous_title
FROM volume AS v
JOIN artist AS a ON a.Artist_ID = v.Artist_ID
WHERE 1 = 1
{% if artist %}AND lower(a.Artist) = lower(:artist)
{% endif %}{% if weeks_above is not none and weeks_above is not false %}AND v.Weeks_on_Top > :weeks_above
{% endif %}{% if weeks_below is not none and weeks_below is not false %}AND v.Weeks_on_Top < :weeks_below
{% endif %}{% if min_artist_age is not none and min_artist_age is not false %}AND a.Age >= :min_artist_age
{% endif %}{% if max_artist_age is not none and max_artist_age is not false %}AND a.Age <= :max_artist_age
{% endif %}ORDER BY
{% if sort == 'most_weeks' %}v.Weeks_on_Top DESC, v.Volume_ID
{% elif sort == 'fewest_weeks' %}v.Weeks_on_Top, v.Volume_ID
{% elif sort == 'song' %}v.Song
{% else %}v.Volume_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
