/*---
title: Title vocabulary
description: >
  One row per word used in paper titles (lower case, words of four letters or more): how
  many titles use it. Most used first.
examples:
  - most common words in paper titles
  - title keyword frequency
  - what topics do our titles mention
keywords: [word, words, vocabulary, keyword, keywords, topics, themes, frequency, common,
           title terms]
params:
  n: {type: int, default: 20, min: 1, max: 1000, label: how many}
owner: "@pubs-analytics"
---*/
SELECT w.word AS word, COUNT(DISTINCT w.paperID) AS titles
FROM (SELECT p.paperID, unnest(regexp_split_to_array(lower(p.title), '[^a-z]+')) AS word
      FROM Papers AS p) AS w
WHERE length(w.word) >= 4
GROUP BY w.word
ORDER BY titles DESC, w.word
LIMIT :n
