/*---
title: Artists
description: >
  Artists with their country, gender and preferred genre, how many songs they have and the
  average rating of those songs; most songs first. Filters: country, gender, and songs in
  one language only (artists without such songs are left out); optionally the first N.
examples:
  - our artists and how many songs each
  - female artists from India
  - who sings in english and how many songs
  - top 2 most prolific artists
  - how many artists come from the USA
keywords: [artist, artists, singer, singers, musician, musicians, band, performer, country,
           from, gender, male, female, prolific, number of songs, works, catalogue size]
params:
  country: {type: string, optional: true}
  gender:
    type: choice
    choices: [Male, Female]
    optional: true
    synonyms: {male: Male, men: Male, man: Male, female: Female, women: Female, woman: Female}
  language: {type: string, optional: true, label: only songs in this language}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many artists}
owner: "@music-analytics"
---*/
SELECT
    a.artist_name,
    a.country,
    a.gender,
    a.preferred_genre,
    COUNT(s.song_name) AS songs,
    ROUND(AVG(s.rating), 2) AS average_rating
FROM artist AS a
LEFT JOIN song AS s
    ON s.artist_name = a.artist_name
{% if language %}   AND s.languages = :language
{% endif %}WHERE TRUE
{% if country %}  AND a.country = :country
{% endif %}{% if gender %}  AND a.gender = :gender
{% endif %}GROUP BY a.artist_name, a.country, a.gender, a.preferred_genre
{% if language %}HAVING COUNT(s.song_name) > 0
{% endif %}ORDER BY songs DESC, a.artist_name
{% if n %}LIMIT :n
{% endif %}
