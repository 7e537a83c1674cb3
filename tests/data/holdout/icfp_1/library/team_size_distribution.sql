/*---
title: Author-list size distribution
description: >
  One row per author-list size (1, 2, 3 ... authors): how many papers have that many
  authors, and the share of all papers.
examples:
  - distribution of authors per paper
  - how common are solo papers
  - paper team sizes
keywords: [distribution, histogram, team size, solo, single-author, sizes, share, spread]
params: {}
owner: "@pubs-analytics"
---*/
SELECT t.authors AS authors_on_paper, COUNT(*) AS papers,
       ROUND(COUNT(*) * 1.0 / SUM(COUNT(*)) OVER (), 2) AS share_of_papers
FROM (SELECT p.paperID, COUNT(s.authID) AS authors
      FROM Papers AS p LEFT JOIN Authorship AS s ON s.paperID = p.paperID
      GROUP BY p.paperID) AS t
GROUP BY t.authors
ORDER BY t.authors
