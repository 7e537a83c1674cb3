/*---
title: Catalogue at a glance
description: >
  One row for the whole store catalogue: how many artists, albums, tracks, genres, media
  types and playlists there are, the average track price, the price points in use, and the
  shortest, longest and average track length in milliseconds.
examples:
  - how big is our catalogue
  - what's the average price of a track
  - how long is our longest song
  - catalogue totals
keywords: [catalogue, catalog, overall, total, totals, how many, number, count, artists,
           albums, tracks, songs, genres, media types, playlists, average, mean, price,
           unit price, prices, price points, distinct, longest, shortest, duration, length,
           milliseconds, ms, maximum, minimum, summary]
owner: "@music-store-data"
---*/
SELECT
    (SELECT COUNT(*) FROM Artist) AS artists,
    (SELECT COUNT(*) FROM Album) AS albums,
    COUNT(*) AS tracks,
    (SELECT COUNT(*) FROM Genre) AS genres,
    (SELECT COUNT(*) FROM MediaType) AS media_types,
    (SELECT COUNT(*) FROM Playlist) AS playlists,
    ROUND(AVG(t.UnitPrice), 4) AS average_unit_price,
    string_agg(DISTINCT CAST(t.UnitPrice AS VARCHAR), ', ' ORDER BY CAST(t.UnitPrice AS VARCHAR)) AS unit_prices,
    MIN(t.Milliseconds) AS shortest_ms,
    MAX(t.Milliseconds) AS longest_ms,
    ROUND(AVG(t.Milliseconds)) AS average_ms
FROM Track AS t
