/*---
title: Papers
description: >
  One row per paper: paper id, title, number of authors, and the institutions and countries
  its authors signed from. Optionally papers with an author from one institution or one
  country, papers whose title contains a word, or with at least so many authors. By title
  (default), most authors first, or by id.
examples:
  - list all papers
  - papers with "Pearl" in the title
  - papers from French institutions
  - which paper has the biggest author list
keywords: [paper, papers, title, titles, publication, publications, articles, published,
           contains, word, substring, number of authors, author count, team size]
params:
  institution: {type: string, optional: true, label: institution name}
  country: {type: string, optional: true, label: country}
  title_contains: {type: string, optional: true, label: word in the title}
  min_authors: {type: int, optional: true, min: 1, label: at least (authors)}
  sort:
    type: choice
    choices: [title, most_authors, id]
    default: title
    synonyms: {alphabetical: title, by title: title, most authors: most_authors,
               largest author list: most_authors, biggest team: most_authors, by id: id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pubs-analytics"
---*/
SELECT p.paperID AS paper_id, p.title AS title, COUNT(DISTINCT s.authID) AS authors,
       string_agg(DISTINCT i.name, '; ') AS institutions,
       string_agg(DISTINCT i.country, '; ') AS countries
FROM Papers AS p
LEFT JOIN Authorship AS s ON s.paperID = p.paperID
LEFT JOIN Inst AS i ON i.instID = s.instID
WHERE 1 = 1
{% if institution %}AND p.paperID IN (SELECT s2.paperID FROM Authorship AS s2
    JOIN Inst AS i2 ON i2.instID = s2.instID WHERE i2.name = :institution)
{% endif %}{% if country %}AND p.paperID IN (SELECT s3.paperID FROM Authorship AS s3
    JOIN Inst AS i3 ON i3.instID = s3.instID WHERE i3.country = :country)
{% endif %}{% if title_contains %}AND p.title ILIKE '%' || :title_contains || '%'
{% endif %}GROUP BY p.paperID, p.title
{% if min_authors is not none and min_authors is not false %}HAVING COUNT(DISTINCT s.authID) >= :min_authors
{% endif %}ORDER BY
{% if sort == 'most_authors' %}authors DESC, p.title
{% elif sort == 'id' %}p.paperID
{% else %}p.title
{% endif %}{% if n %}LIMIT :n
{% endif %}
