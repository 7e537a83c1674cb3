/*---
title: Artists by gender
description: >
  Number of male and female artists, the songs they have, songs per artist and the average
  rating of their songs.
examples:
  - gender split of our artists
  - do women or men get better ratings
  - artists per gender
keywords: [gender, male, female, men, women, split, breakdown, diversity, artists, singers,
           per gender]
params: {}
owner: "@music-analytics"
---*/
SELECT
    a.gender,
    COUNT(DISTINCT a.artist_name) AS artists,
    COUNT(s.song_name) AS songs,
    ROUND(COUNT(s.song_name) / COUNT(DISTINCT a.artist_name), 2) AS songs_per_artist,
    ROUND(AVG(s.rating), 2) AS average_song_rating
FROM artist AS a
LEFT JOIN song AS s ON s.artist_name = a.artist_name
GROUP BY a.gender
ORDER BY a.gender
