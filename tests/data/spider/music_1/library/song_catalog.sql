/*---
title: Song catalogue
description: >
  Songs with their file id, title, artist (country, gender), genre, language, rating,
  resolution, release date, and the file's duration, size and format. Filters: artist,
  artist country, artist gender, genre, language, file format, a word in the title, length
  in whole minutes, rating above, resolution below or above. Sorted by title unless asked
  by release date (newest first), rating (best first), resolution (lowest first) or
  duration (longest first); optionally only the first N.
examples:
  - all songs by Farida
  - bangla songs rated above 7
  - mp4 files under 700 resolution
  - newest releases
  - songs by female singers from India
  - longest tracks first
  - songs with "moon" in the title
  - 5 best rated folk songs
keywords: [song, songs, track, tracks, title, titles, music, catalogue, catalog, file,
           files, id, format, mp3, mp4, resolution, rating, rated, language, genre,
           duration, length, long, short, release, released, singer, artist]
params:
  artist: {type: string, optional: true}
  country: {type: string, optional: true, label: artist's country}
  gender:
    type: choice
    choices: [Male, Female]
    optional: true
    synonyms: {male: Male, men: Male, man: Male, female: Female, women: Female, woman: Female}
  genre: {type: string, optional: true}
  language: {type: string, optional: true}
  format: {type: string, optional: true, label: file format}
  title_word: {type: string, optional: true, label: word in the title}
  minutes: {type: int, optional: true, min: 0, max: 60, label: length in whole minutes}
  rating_above: {type: int, optional: true, min: 0, max: 10, label: rating higher than}
  resolution_below: {type: int, optional: true, min: 0, label: resolution lower than}
  resolution_above: {type: int, optional: true, min: 0, label: resolution higher than}
  sort:
    type: choice
    choices: [name, release_date, rating, resolution, duration]
    default: name
    synonyms: {title: name, alphabetical: name, newest: release_date, latest: release_date,
               recent: release_date, best: rating, longest: duration, length: duration}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many songs}
owner: "@music-analytics"
---*/
SELECT
    s.f_id AS song_id,
    s.song_name,
    s.artist_name,
    a.country AS artist_country,
    a.gender AS artist_gender,
    s.genre_is AS genre,
    s.languages AS language,
    s.rating,
    s.resolution,
    s.releasedate AS release_date,
    f.duration,
    f.file_size,
    f.formats AS format
FROM song AS s
JOIN artist AS a ON a.artist_name = s.artist_name
LEFT JOIN files AS f ON f.f_id = s.f_id
WHERE TRUE
{% if artist %}  AND s.artist_name = :artist
{% endif %}{% if country %}  AND a.country = :country
{% endif %}{% if gender %}  AND a.gender = :gender
{% endif %}{% if genre %}  AND s.genre_is = :genre
{% endif %}{% if language %}  AND s.languages = :language
{% endif %}{% if format %}  AND f.formats = :format
{% endif %}{% if title_word %}  AND contains(lower(s.song_name), lower(:title_word))
{% endif %}{% if minutes is not none %}  AND CAST(split_part(f.duration, ':', 1) AS INTEGER) = :minutes
{% endif %}{% if rating_above %}  AND s.rating > :rating_above
{% endif %}{% if resolution_below %}  AND s.resolution < :resolution_below
{% endif %}{% if resolution_above %}  AND s.resolution > :resolution_above
{% endif %}ORDER BY
{% if sort == 'release_date' %}    s.releasedate DESC
{% elif sort == 'rating' %}    s.rating DESC, s.song_name
{% elif sort == 'resolution' %}    s.resolution, s.song_name
{% elif sort == 'duration' %}    CAST(split_part(f.duration, ':', 1) AS INTEGER) * 60
        + CAST(split_part(f.duration, ':', 2) AS INTEGER) DESC
{% else %}    s.song_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
