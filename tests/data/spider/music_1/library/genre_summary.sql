/*---
title: Genres
description: >
  Every genre in alphabetical order with its own rating and where it is most popular, the
  number of songs in it, their average and lowest rating and the shortest song's duration.
examples:
  - list of genres with ratings
  - where is each genre popular
  - songs per genre
  - weakest rated song in each genre
keywords: [genre, genres, style, styles, category, categories, popular, per genre, by genre,
           rating, shortest]
params: {}
owner: "@music-analytics"
---*/
SELECT
    g.g_name AS genre,
    g.rating AS genre_rating,
    g.most_popular_in,
    COUNT(s.song_name) AS songs,
    ROUND(AVG(s.rating), 2) AS average_song_rating,
    MIN(s.rating) AS lowest_song_rating,
    MIN(f.duration) AS shortest_duration
FROM genre AS g
LEFT JOIN song AS s ON s.genre_is = g.g_name
LEFT JOIN files AS f ON f.f_id = s.f_id
GROUP BY g.g_name, g.rating, g.most_popular_in
ORDER BY g.g_name
