/*---
title: Genres, catalogue and sales
description: >
  One row per genre: tracks, albums, average track price, shortest, longest and average
  track length (ms), and the units sold and revenue from invoice lines. Most tracks first
  (default), by name, or by revenue.
examples:
  - how many songs do we have per genre
  - biggest genres in the catalogue
  - which genre brings in the most money
  - average track length by genre
keywords: [genre, genres, style, styles, music, kind, type of music, per genre, each genre,
           by genre, tracks, songs, how many, number, count, common, frequent, popular, most,
           least, average, price, unit price, duration, length, longest, shortest,
           milliseconds, ms, sales, sold, revenue, units, rock, jazz, metal, pop, latin,
           blues, classical, reggae]
params:
  sort:
    type: choice
    choices: [most_tracks, name, revenue]
    default: most_tracks
    synonyms: {most tracks: most_tracks, most common: most_tracks, biggest: most_tracks,
               alphabetical: name, by name: name, revenue: revenue, best selling: revenue,
               top selling: revenue, most sales: revenue}
owner: "@music-store-data"
---*/
WITH sales AS (
    SELECT t.GenreId, SUM(il.Quantity) AS units_sold, SUM(il.UnitPrice * il.Quantity) AS revenue
    FROM InvoiceLine AS il
    JOIN Track AS t ON t.TrackId = il.TrackId
    GROUP BY t.GenreId
)
SELECT
    g.GenreId AS genre_id,
    g.Name AS genre,
    COUNT(t.TrackId) AS tracks,
    COUNT(DISTINCT t.AlbumId) AS albums,
    ROUND(AVG(t.UnitPrice), 4) AS average_unit_price,
    MIN(t.Milliseconds) AS shortest_ms,
    MAX(t.Milliseconds) AS longest_ms,
    ROUND(AVG(t.Milliseconds)) AS average_ms,
    COALESCE(MAX(s.units_sold), 0) AS units_sold,
    COALESCE(MAX(s.revenue), 0) AS revenue
FROM Genre AS g
LEFT JOIN Track AS t ON t.GenreId = g.GenreId
LEFT JOIN sales AS s ON s.GenreId = g.GenreId
GROUP BY g.GenreId, g.Name
ORDER BY
{% if sort == 'name' %}g.Name
{% elif sort == 'revenue' %}revenue DESC, g.Name
{% else %}tracks DESC, g.Name
{% endif %}
