/*---
title: Artists and their output
description: >
  One row per artist: artist id, name, number of albums and tracks in the catalogue
  (artists with no album show 0). Optionally only names containing some text, or artists
  with at least / at most a number of albums. By name (default), most albums, or fewest
  albums first.
examples:
  - artists ranked by number of albums
  - which artists have only one album
  - artists whose name contains "Orchestra"
  - artists with 5+ albums
keywords: [artist, artists, band, bands, musician, musicians, performer, name, names,
           contains, containing, letter, word, albums, album count, tracks, how many, number,
           count, most, fewest, no album, without, at least, at most, more than, prolific,
           alphabetical, id, ids]
params:
  name_contains: {type: string, optional: true, label: text in the artist's name}
  min_albums: {type: int, optional: true, min: 0, max: 100, label: albums at least}
  max_albums: {type: int, optional: true, min: 0, max: 100, label: albums at most}
  sort:
    type: choice
    choices: [name, most_albums, fewest_albums]
    default: name
    synonyms: {alphabetical: name, alphabetically: name, a-z: name, by name: name,
               most albums: most_albums, most prolific: most_albums, biggest: most_albums,
               fewest albums: fewest_albums, least albums: fewest_albums}
owner: "@music-store-data"
---*/
SELECT
    ar.ArtistId AS artist_id,
    ar.Name AS artist,
    COUNT(DISTINCT al.AlbumId) AS albums,
    COUNT(t.TrackId) AS tracks
FROM Artist AS ar
LEFT JOIN Album AS al ON al.ArtistId = ar.ArtistId
LEFT JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE 1 = 1
{% if name_contains %}AND ar.Name ILIKE '%' || :name_contains || '%'
{% endif %}GROUP BY ar.ArtistId, ar.Name
HAVING 1 = 1
{% if min_albums is not none and min_albums is not false %}AND COUNT(DISTINCT al.AlbumId) >= :min_albums
{% endif %}{% if max_albums is not none and max_albums is not false %}AND COUNT(DISTINCT al.AlbumId) <= :max_albums
{% endif %}ORDER BY
{% if sort == 'most_albums' %}albums DESC, ar.Name
{% elif sort == 'fewest_albums' %}albums, ar.Name
{% else %}ar.Name
{% endif %}
