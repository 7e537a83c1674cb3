/*---
title: Lead authorship by institution
description: >
  One row per institution: papers on which one of its authors is first author, papers on
  which one of its authors is in a later position, and the share of its papers that it
  leads.
examples:
  - lead authorship share per institution
  - which institutions lead their papers
  - first-author counts by organisation
keywords: [lead author, first author, lead authorship, share, senior, leading, position,
           institution]
params: {}
owner: "@pubs-analytics"
---*/
SELECT i.name AS institution, i.country AS country,
       COUNT(DISTINCT s.paperID) FILTER (WHERE s.authOrder = 1) AS lead_papers,
       COUNT(DISTINCT s.paperID) FILTER (WHERE s.authOrder > 1) AS later_position_papers,
       ROUND(COUNT(DISTINCT s.paperID) FILTER (WHERE s.authOrder = 1) * 1.0
             / NULLIF(COUNT(DISTINCT s.paperID), 0), 2) AS lead_share
FROM Inst AS i
LEFT JOIN Authorship AS s ON s.instID = i.instID
GROUP BY i.name, i.country
ORDER BY lead_papers DESC, i.name
