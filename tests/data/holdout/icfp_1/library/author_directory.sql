/*---
title: Authors
description: >
  One row per author in the ICFP papers database: author id, first name, last name, the
  institutions and countries they published from, and how many papers they have. Optionally
  one author by first or last name (or both), authors affiliated with one institution, or
  from one country. By last name (default), by first name, or most papers first.
examples:
  - list all authors
  - who publishes from Northeastern University
  - authors sorted by first name
  - how many papers does Ralf Hinze have
  - which institution is Brent Yorgey at
keywords: [author, authors, researcher, researchers, people, first name, last name, fname,
           lname, surname, given name, affiliation, affiliated, belongs, belong, institution,
           papers per author, prolific, publications]
params:
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  institution: {type: string, optional: true, label: institution name}
  country: {type: string, optional: true, label: country}
  sort:
    type: choice
    choices: [last_name, first_name, most_papers]
    default: last_name
    synonyms: {surname: last_name, last names: last_name, alphabetical: last_name,
               first names: first_name, given name: first_name, by first name: first_name,
               most papers: most_papers, most prolific: most_papers, most publications: most_papers}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pubs-analytics"
---*/
SELECT a.authID AS author_id, a.fname AS first_name, a.lname AS last_name,
       string_agg(DISTINCT i.name, '; ') AS institutions,
       string_agg(DISTINCT i.country, '; ') AS countries,
       COUNT(DISTINCT s.paperID) AS papers
FROM Authors AS a
LEFT JOIN Authorship AS s ON s.authID = a.authID
LEFT JOIN Inst AS i ON i.instID = s.instID
WHERE 1 = 1
{% if first_name %}AND a.fname = :first_name
{% endif %}{% if last_name %}AND a.lname = :last_name
{% endif %}{% if institution %}AND a.authID IN (SELECT s2.authID FROM Authorship AS s2
    JOIN Inst AS i2 ON i2.instID = s2.instID WHERE i2.name = :institution)
{% endif %}{% if country %}AND a.authID IN (SELECT s3.authID FROM Authorship AS s3
    JOIN Inst AS i3 ON i3.instID = s3.instID WHERE i3.country = :country)
{% endif %}GROUP BY a.authID, a.fname, a.lname
ORDER BY
{% if sort == 'first_name' %}a.fname, a.lname
{% elif sort == 'most_papers' %}papers DESC, a.lname
{% else %}a.lname, a.fname
{% endif %}{% if n %}LIMIT :n
{% endif %}
