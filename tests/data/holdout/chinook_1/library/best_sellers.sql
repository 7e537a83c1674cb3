/*---
title: Best-selling tracks
description: >
  The top N tracks (default 10) by units sold, with artist, album, genre, units and
  revenue. Optionally one year, one genre or one artist.
examples:
  - top 10 songs of all time
  - best selling metal tracks
  - 5 most bought tracks in 2013
keywords: [best, best selling, bestseller, bestsellers, top, popular, most sold, most bought,
           hits, chart, tracks, songs, units, sold, sales, revenue, purchases, downloads,
           genre, artist, year]
params:
  n: {type: int, default: 10, min: 1, max: 500, label: how many tracks}
  year: {type: int, optional: true, min: 2000, max: 2100, label: year}
  genre: {type: string, optional: true, label: genre}
  artist: {type: string, optional: true, label: artist name}
owner: "@music-store-data"
---*/
SELECT
    t.TrackId AS track_id,
    t.Name AS track,
    ar.Name AS artist,
    al.Title AS album,
    g.Name AS genre,
    SUM(il.Quantity) AS units_sold,
    SUM(il.UnitPrice * il.Quantity) AS revenue
FROM InvoiceLine AS il
JOIN Invoice AS i ON i.InvoiceId = il.InvoiceId
JOIN Track AS t ON t.TrackId = il.TrackId
LEFT JOIN Album AS al ON al.AlbumId = t.AlbumId
LEFT JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
LEFT JOIN Genre AS g ON g.GenreId = t.GenreId
WHERE 1 = 1
{% if year is not none and year is not false %}AND year(i.InvoiceDate) = :year
{% endif %}{% if genre %}AND g.Name = :genre
{% endif %}{% if artist %}AND ar.Name = :artist
{% endif %}GROUP BY t.TrackId, t.Name, ar.Name, al.Title, g.Name
ORDER BY units_sold DESC, revenue DESC, t.TrackId
LIMIT :n
