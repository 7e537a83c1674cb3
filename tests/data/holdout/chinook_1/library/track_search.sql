/*---
title: Track finder
description: >
  One row per track: track id, name, album id and title, artist, genre, media type,
  composer, length in milliseconds and unit price. Optionally tracks whose name contains
  some text, of one artist, album, genre, media type or composer, priced above an amount.
  By track name (default), longest, shortest, or dearest first.
examples:
  - songs with "love" in the title
  - all tracks on the album Nevermind
  - blues tracks by Eric Clapton
  - tracks that cost more than 99 cents
  - longest classical pieces
keywords: [track, tracks, song, songs, tune, tunes, title, titles, name, names, contains,
           containing, word, with, album, artist, band, genre, media type, format, composer,
           written, wrote, length, duration, long, longest, short, shortest, milliseconds,
           price, unit price, cost, costs, expensive, cheap, above, more than, find, search,
           list]
params:
  name_contains: {type: string, optional: true, label: text in the track name}
  artist: {type: string, optional: true, label: artist name}
  album: {type: string, optional: true, label: album title}
  genre: {type: string, optional: true, label: genre}
  media_type: {type: string, optional: true, label: media type}
  composer: {type: string, optional: true, label: composer}
  price_above: {type: number, optional: true, min: 0, max: 100, label: unit price above}
  sort:
    type: choice
    choices: [name, longest, shortest, price]
    default: name
    synonyms: {alphabetical: name, by name: name, longest: longest, longest first: longest,
               shortest: shortest, shortest first: shortest, dearest: price,
               most expensive: price, priciest: price}
owner: "@music-store-data"
max_rows: 5000
---*/
SELECT
    t.TrackId AS track_id,
    t.Name AS track,
    al.AlbumId AS album_id,
    al.Title AS album,
    ar.Name AS artist,
    g.Name AS genre,
    m.Name AS media_type,
    t.Composer AS composer,
    t.Milliseconds AS milliseconds,
    t.UnitPrice AS unit_price
FROM Track AS t
LEFT JOIN Album AS al ON al.AlbumId = t.AlbumId
LEFT JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
LEFT JOIN Genre AS g ON g.GenreId = t.GenreId
LEFT JOIN MediaType AS m ON m.MediaTypeId = t.MediaTypeId
WHERE 1 = 1
{% if name_contains %}AND t.Name ILIKE '%' || :name_contains || '%'
{% endif %}{% if artist %}AND ar.Name = :artist
{% endif %}{% if album %}AND al.Title = :album
{% endif %}{% if genre %}AND g.Name = :genre
{% endif %}{% if media_type %}AND m.Name = :media_type
{% endif %}{% if composer %}AND t.Composer = :composer
{% endif %}{% if price_above is not none and price_above is not false %}AND t.UnitPrice > :price_above
{% endif %}ORDER BY
{% if sort == 'longest' %}t.Milliseconds DESC, t.TrackId
{% elif sort == 'shortest' %}t.Milliseconds, t.TrackId
{% elif sort == 'price' %}t.UnitPrice DESC, t.Name, t.TrackId
{% else %}t.Name, t.TrackId
{% endif %}
