/*---
title: Output by country
description: >
  One row per country of the institutions: institutions, authors who signed from there,
  distinct papers, and author credits (an author on a paper counts once). Most papers first.
examples:
  - papers by country
  - which country publishes the most
  - how many institutions per country
keywords: [country, countries, nation, national, per country, by country, geography,
           output, papers per country, institutions per country]
params:
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pubs-analytics"
---*/
SELECT i.country AS country, COUNT(DISTINCT i.instID) AS institutions,
       COUNT(DISTINCT s.authID) AS authors, COUNT(DISTINCT s.paperID) AS papers,
       COUNT(s.paperID) AS author_credits
FROM Inst AS i
LEFT JOIN Authorship AS s ON s.instID = i.instID
GROUP BY i.country
ORDER BY papers DESC, author_credits DESC, i.country
{% if n %}LIMIT :n
{% endif %}
