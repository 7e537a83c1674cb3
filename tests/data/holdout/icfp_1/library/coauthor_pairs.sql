/*---
title: Co-author pairs
description: >
  One row per pair of authors who share a paper: both names, how many papers they wrote
  together, and whether they signed from the same institution.
examples:
  - who collaborates with whom
  - co-authorship network
  - cross-institution collaborations
keywords: [coauthor, co-author, collaboration, collaborators, network, pairs, together,
           joint papers, cross-institution]
params:
  cross_institution_only: {type: bool, default: false, label: only pairs from different institutions}
owner: "@pubs-analytics"
---*/
SELECT a1.fname || ' ' || a1.lname AS author_1, a2.fname || ' ' || a2.lname AS author_2,
       COUNT(DISTINCT s1.paperID) AS joint_papers,
       bool_and(s1.instID = s2.instID) AS same_institution
FROM Authorship AS s1
JOIN Authorship AS s2 ON s2.paperID = s1.paperID AND s2.authID > s1.authID
JOIN Authors AS a1 ON a1.authID = s1.authID
JOIN Authors AS a2 ON a2.authID = s2.authID
GROUP BY author_1, author_2
{% if cross_institution_only %}HAVING NOT bool_and(s1.instID = s2.instID)
{% endif %}ORDER BY joint_papers DESC, author_1, author_2
