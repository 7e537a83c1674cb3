/*---
title: Institutions and their output
description: >
  One row per institution: institution id, name, country, how many of our authors signed
  from it and how many distinct papers it appears on. Optionally one institution or one
  country. Most papers first (default), most authors first, or by name.
examples:
  - papers per institution
  - which organisation publishes the most
  - institutions in Japan
  - how many authors does Google have
keywords: [institution, institutions, organisation, organization, university, universities,
           lab, company, affiliation, inst, country, papers per institution, output,
           authors per institution]
params:
  institution: {type: string, optional: true, label: institution name}
  country: {type: string, optional: true, label: country}
  sort:
    type: choice
    choices: [most_papers, most_authors, name]
    default: most_papers
    synonyms: {most papers: most_papers, most publications: most_papers, top: most_papers,
               most authors: most_authors, biggest: most_authors, alphabetical: name,
               by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pubs-analytics"
---*/
SELECT i.instID AS institution_id, i.name AS institution, i.country AS country,
       COUNT(DISTINCT s.authID) AS authors, COUNT(DISTINCT s.paperID) AS papers
FROM Inst AS i
LEFT JOIN Authorship AS s ON s.instID = i.instID
WHERE 1 = 1
{% if institution %}AND i.name = :institution
{% endif %}{% if country %}AND i.country = :country
{% endif %}GROUP BY i.instID, i.name, i.country
ORDER BY
{% if sort == 'most_authors' %}authors DESC, i.name
{% elif sort == 'name' %}i.name
{% else %}papers DESC, authors DESC, i.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
