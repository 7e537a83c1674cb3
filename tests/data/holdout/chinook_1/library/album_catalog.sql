/*---
title: Album catalogue
description: >
  One row per album: album id, title, artist, number of tracks, total running time in
  minutes, and the cheapest and dearest track price. Optionally one artist or one album
  title. By title (default), album id, or most tracks first.
examples:
  - list every album with its track count
  - which albums do we have by Led Zeppelin
  - who recorded the album Jagged Little Pill
  - albums sorted by number of songs
keywords: [album, albums, record, records, title, titles, artist, band, by, recorded, made,
           belong, tracks, songs, track count, how many, number, count, each album, per album,
           id, ids, alphabetical, order, running time, minutes, length, list, catalogue]
params:
  artist: {type: string, optional: true, label: artist name}
  album: {type: string, optional: true, label: album title}
  sort:
    type: choice
    choices: [title, album_id, most_tracks]
    default: title
    synonyms: {alphabetical: title, alphabetically: title, a-z: title, by title: title,
               by id: album_id, album id: album_id, most tracks: most_tracks,
               most songs: most_tracks, longest: most_tracks}
owner: "@music-store-data"
---*/
SELECT
    al.AlbumId AS album_id,
    al.Title AS title,
    ar.Name AS artist,
    COUNT(t.TrackId) AS tracks,
    ROUND(SUM(t.Milliseconds) / 60000.0, 1) AS minutes,
    MIN(t.UnitPrice) AS cheapest_track,
    MAX(t.UnitPrice) AS dearest_track
FROM Album AS al
JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
LEFT JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE 1 = 1
{% if artist %}AND ar.Name = :artist
{% endif %}{% if album %}AND al.Title = :album
{% endif %}GROUP BY al.AlbumId, al.Title, ar.Name
ORDER BY
{% if sort == 'album_id' %}al.AlbumId
{% elif sort == 'most_tracks' %}tracks DESC, al.Title
{% else %}al.Title
{% endif %}
