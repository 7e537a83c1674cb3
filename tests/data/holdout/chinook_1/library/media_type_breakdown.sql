/*---
title: Tracks per media type
description: >
  One row per media type (MPEG audio, AAC, protected and purchased AAC, MPEG-4 video):
  tracks, average price, total size in megabytes and units sold. Most tracks first
  (default) or fewest first.
examples:
  - how many tracks are video files
  - file formats in the catalogue
  - rarest file type we sell
keywords: [media, media type, media types, format, formats, file, file type, file types,
           audio, video, mpeg, aac, protected, purchased, mp3, tracks, songs, how many,
           number, count, common, rare, least, most, fewest, size, bytes, megabytes, per type]
params:
  sort:
    type: choice
    choices: [most_tracks, fewest_tracks]
    default: most_tracks
    synonyms: {most common: most_tracks, most tracks: most_tracks, least common: fewest_tracks,
               rarest: fewest_tracks, fewest tracks: fewest_tracks, least: fewest_tracks}
owner: "@music-store-data"
---*/
SELECT
    m.MediaTypeId AS media_type_id,
    m.Name AS media_type,
    COUNT(t.TrackId) AS tracks,
    ROUND(AVG(t.UnitPrice), 4) AS average_unit_price,
    ROUND(SUM(t.Bytes) / 1048576.0, 1) AS megabytes,
    (SELECT COALESCE(SUM(il.Quantity), 0) FROM InvoiceLine AS il JOIN Track AS t2 ON t2.TrackId = il.TrackId
     WHERE t2.MediaTypeId = m.MediaTypeId) AS units_sold
FROM MediaType AS m
LEFT JOIN Track AS t ON t.MediaTypeId = m.MediaTypeId
GROUP BY m.MediaTypeId, m.Name
ORDER BY
{% if sort == 'fewest_tracks' %}tracks, m.Name
{% else %}tracks DESC, m.Name
{% endif %}
