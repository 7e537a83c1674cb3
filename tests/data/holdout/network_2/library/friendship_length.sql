/*---
title: Friendships by length
description: >
  How long friendships have lasted: one row per number of years, with how many friendships
  have lasted that long and who is in them. Longest first.
examples:
  - distribution of friendship length in years
  - how long do friendships usually last
keywords: [friendship, friendships, length, duration, years, how long, lasted, lasting,
           distribution, histogram, tenure]
owner: "@growth-analytics"
---*/
SELECT
    pf.year AS years,
    COUNT(*) AS friendships,
    string_agg(pf.name || ' - ' || pf.friend, ', ' ORDER BY pf.name) AS pairs
FROM PersonFriend AS pf
GROUP BY pf.year
ORDER BY pf.year DESC
