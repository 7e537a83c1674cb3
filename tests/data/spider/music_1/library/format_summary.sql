/*---
title: Files by format
description: >
  Per file format (mp3, mp4, ...): number of files, distinct artists, and the average
  duration in seconds.
examples:
  - how many files are mp4
  - file formats breakdown
  - which format do we store most
keywords: [format, formats, file format, files, file, mp3, mp4, encoding, storage,
           breakdown, per format, most common]
params: {}
owner: "@music-analytics"
---*/
SELECT
    f.formats AS format,
    COUNT(*) AS files,
    COUNT(DISTINCT f.artist_name) AS artists,
    ROUND(AVG(CAST(split_part(f.duration, ':', 1) AS INTEGER) * 60
              + CAST(split_part(f.duration, ':', 2) AS INTEGER)), 0) AS average_seconds
FROM files AS f
GROUP BY f.formats
ORDER BY files DESC, format
