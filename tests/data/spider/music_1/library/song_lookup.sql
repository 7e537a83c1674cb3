/*---
title: Song lookup
description: One song by its exact title, with artist, genre, language, rating, release date and file details.
examples:
  - details of Tumi robe nirobe
  - tell me about the song Aj ei akash
  - who sang Ami opar hoye
keywords: [song, track, lookup, look up, details, about, title, who sang]
params:
  song: {type: string, label: song title}
owner: "@music-analytics"
---*/
SELECT s.*, f.file_size, f.duration, f.formats AS format
FROM song AS s
LEFT JOIN files AS f ON f.f_id = s.f_id
WHERE s.song_name = :song
