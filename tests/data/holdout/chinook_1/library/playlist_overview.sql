/*---
title: Playlists
description: >
  One row per playlist: id, name, number of tracks and total running time in hours.
  Optionally one playlist by name. Most tracks first.
examples:
  - what playlists do we have
  - how long is the Grunge playlist
  - playlist sizes
keywords: [playlist, playlists, mix, mixes, list, collection, tracks, songs, hours, length,
           running time, size, how many]
params:
  playlist: {type: string, optional: true, label: playlist name}
owner: "@music-store-data"
---*/
SELECT
    p.PlaylistId AS playlist_id,
    p.Name AS playlist,
    COUNT(pt.TrackId) AS tracks,
    ROUND(COALESCE(SUM(t.Milliseconds), 0) / 3600000.0, 1) AS hours
FROM Playlist AS p
LEFT JOIN PlaylistTrack AS pt ON pt.PlaylistId = p.PlaylistId
LEFT JOIN Track AS t ON t.TrackId = pt.TrackId
WHERE 1 = 1
{% if playlist %}AND p.Name = :playlist
{% endif %}GROUP BY p.PlaylistId, p.Name
ORDER BY tracks DESC, p.PlaylistId
