/*---
title: Artists' festival record
description: >
  One row per artist name: festival entries of their songs, awards, nominations, and the
  categories entered. Most awards first (default), or most entries.
examples:
  - which artist has won the most festival awards
  - award tally per artist
  - artists' nominations at the festivals
keywords: [artist, artists, per artist, by artist, tally, awards, award count, nominations,
           festival record, prizes won, most awarded, most decorated]
params:
  sort:
    type: choice
    choices: [awards, entries]
    default: awards
    synonyms: {most awards: awards, most wins: awards, most entries: entries,
               most nominations: entries}
owner: "@music-insights"
---*/
SELECT a.Artist AS artist, COUNT(f.ID) AS festival_entries,
       COUNT(f.ID) FILTER (WHERE f.Result = 'Awarded') AS awards,
       COUNT(f.ID) FILTER (WHERE f.Result = 'Nominated') AS nominations,
       string_agg(DISTINCT f.Category, ', ' ORDER BY f.Category) AS categories
FROM artist AS a
JOIN volume AS v ON v.Artist_ID = a.Artist_ID
JOIN music_festival AS f ON f.Volume = v.Volume_ID
GROUP BY a.Artist
ORDER BY
{% if sort == 'entries' %}festival_entries DESC, awards DESC, a.Artist
{% else %}awards DESC, festival_entries DESC, a.Artist
{% endif %}
