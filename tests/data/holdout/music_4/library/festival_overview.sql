/*---
title: Festival overview
description: >
  One row over the music festival entries: entries, distinct festivals, categories and
  ceremony dates, awards and nominations, the award rate, and how many distinct songs
  were entered.
examples:
  - festival overview
  - what share of festival entries won
  - how many festivals are there
keywords: [overview, summary, overall, all festivals, how many festivals, number of festivals,
           award rate, win rate, success rate, total awards, total nominations]
owner: "@music-insights"
---*/
SELECT COUNT(*) AS entries, COUNT(DISTINCT f.Music_Festival) AS festivals,
       COUNT(DISTINCT f.Category) AS categories, COUNT(DISTINCT f.Date_of_ceremony) AS ceremony_dates,
       COUNT(*) FILTER (WHERE f.Result = 'Awarded') AS awarded,
       COUNT(*) FILTER (WHERE f.Result = 'Nominated') AS nominated,
       ROUND(100.0 * COUNT(*) FILTER (WHERE f.Result = 'Awarded') / COUNT(*), 1) AS award_rate_pct,
       COUNT(DISTINCT f.Volume) AS songs_entered
FROM music_festival AS f
