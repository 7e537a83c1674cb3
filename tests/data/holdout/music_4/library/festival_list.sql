/*---
title: Music festival entries
description: >
  One row per music festival entry (an award ceremony): festival, ceremony date, category
  (Best Song, Best Lyrics, Best Sound Song), result (Awarded or Nominated), and the entered
  volume's song, weeks on top and artist. Optionally one festival, category, result, artist,
  or entries whose volume spent more than so many weeks on top (strict).
examples:
  - festival entries and how they did
  - which songs won at the academy prizes
  - Best Lyrics nominations
  - ceremony dates of the festivals
keywords: [festival, festivals, music festival, ceremony, ceremonies, ceremony date, award,
           awards, prize, academy prize, category, categories, result, results, won, winner,
           nominated, nomination, nominations, entry, entries]
params:
  festival: {type: string, optional: true, label: festival}
  category: {type: string, optional: true, label: category}
  result:
    type: choice
    choices: [Awarded, Nominated]
    optional: true
    synonyms: {won: Awarded, wins: Awarded, winner: Awarded, winners: Awarded, award: Awarded,
               awarded: Awarded, nominated: Nominated, nomination: Nominated,
               nominations: Nominated, nominee: Nominated, nominees: Nominated}
  artist: {type: string, optional: true, label: artist}
  weeks_above: {type: int, optional: true, min: 0, label: volume's weeks on top more than}
owner: "@music-insights"
---*/
SELECT f.Music_Festival AS festival, f.Date_of_ceremony AS date_of_ceremony, f.Category AS category,
       f.Result AS result, v.Song AS song, v.Volume_Issue AS volume_issue,
       v.Weeks_on_Top AS weeks_on_top, a.Artist AS artist
FROM music_festival AS f
LEFT JOIN volume AS v ON v.Volume_ID = f.Volume
LEFT JOIN artist AS a ON a.Artist_ID = v.Artist_ID
WHERE 1 = 1
{% if festival %}AND lower(f.Music_Festival) = lower(:festival)
{% endif %}{% if category %}AND lower(f.Category) = lower(:category)
{% endif %}{% if result %}AND f.Result = :result
{% endif %}{% if artist %}AND lower(a.Artist) = lower(:artist)
{% endif %}{% if weeks_above is not none and weeks_above is not false %}AND v.Weeks_on_Top > :weeks_above
{% endif %}ORDER BY f.ID
