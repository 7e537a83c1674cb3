/*---
title: Storage by artist
description: Total file size in MB and number of files stored per artist.
examples:
  - how much storage does each artist take
  - total MB per artist
  - disk usage by singer
keywords: [storage, disk, space, size, file size, mb, megabytes, usage]
params: {}
owner: "@music-analytics"
---*/
SELECT
    f.artist_name,
    COUNT(*) AS files,
    ROUND(SUM(CAST(split_part(f.file_size, ' ', 1) AS DOUBLE)), 2) AS total_mb
FROM files AS f
GROUP BY f.artist_name
ORDER BY total_mb DESC
