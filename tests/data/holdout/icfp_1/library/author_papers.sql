/*---
title: Author credits
description: >
  One row per author on a paper: paper id and title, the author's first and last name,
  their position in the author list, and the institution and country they signed the paper
  from. Optionally one author by first or last name (or both), one paper by its exact
  title, one institution or one country. By paper, then author position.
examples:
  - which papers has Ralf Hinze written
  - 'who wrote "Just do it: Simple Monadic Equational Reasoning"'
  - author credits for INRIA
  - papers and their authors
keywords: [wrote, written, write, author of, authored, papers by, publications, credits,
           byline, co-author, coauthors, paper, papers, title, titles, author order,
           position, published]
params:
  first_name: {type: string, optional: true, label: author first name}
  last_name: {type: string, optional: true, label: author last name}
  title: {type: string, optional: true, label: paper title}
  institution: {type: string, optional: true, label: institution name}
  country: {type: string, optional: true, label: country}
owner: "@pubs-analytics"
---*/
SELECT p.paperID AS paper_id, p.title AS title, a.fname AS first_name, a.lname AS last_name,
       s.authOrder AS author_position, i.name AS institution, i.country AS country
FROM Authorship AS s
JOIN Papers AS p ON p.paperID = s.paperID
JOIN Authors AS a ON a.authID = s.authID
JOIN Inst AS i ON i.instID = s.instID
WHERE 1 = 1
{% if first_name %}AND a.fname = :first_name
{% endif %}{% if last_name %}AND a.lname = :last_name
{% endif %}{% if title %}AND p.title = :title
{% endif %}{% if institution %}AND i.name = :institution
{% endif %}{% if country %}AND i.country = :country
{% endif %}ORDER BY p.paperID, s.authOrder
