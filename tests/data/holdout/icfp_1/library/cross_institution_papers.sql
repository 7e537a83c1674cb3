/*---
title: Cross-institution papers
description: >
  One row per paper written by authors from more than one institution: the title, how many
  institutions and countries took part, and whether it crosses a national border.
examples:
  - papers written across institutions
  - inter-institutional collaborations
  - international co-authored papers
keywords: [cross-institution, inter-institutional, collaboration, international,
           multi-institution, joint, partnership, border]
params:
  international_only: {type: bool, default: false, label: only papers across countries}
owner: "@pubs-analytics"
---*/
SELECT p.title AS title, COUNT(DISTINCT s.instID) AS institutions,
       COUNT(DISTINCT i.country) AS countries,
       COUNT(DISTINCT i.country) > 1 AS international
FROM Papers AS p
JOIN Authorship AS s ON s.paperID = p.paperID
JOIN Inst AS i ON i.instID = s.instID
GROUP BY p.paperID, p.title
HAVING COUNT(DISTINCT s.instID) > 1
{% if international_only %}AND COUNT(DISTINCT i.country) > 1
{% endif %}ORDER BY institutions DESC, p.title
