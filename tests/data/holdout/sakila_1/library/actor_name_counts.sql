/*---
title: Shared actor names
description: >
  How often names recur among the actors: one row per first name (default), last name or
  full name, with the number of actors who carry it. Commonest first.
examples:
  - which surnames do several actors share
  - commonest first names in the cast database
  - actors with identical full names
keywords: [name, names, first name, last name, surname, surnames, full name, family name,
           given name, actor, actors, actresses, common, commonest, popular, shared, recur,
           duplicate, same name, different, distinct, how many]
params:
  by:
    type: choice
    choices: [first_name, last_name, full_name]
    default: first_name
    synonyms: {first: first_name, given name: first_name, forename: first_name,
               last: last_name, surname: last_name, family name: last_name,
               surnames: last_name, full: full_name, whole name: full_name}
owner: "@content-team"
---*/
SELECT
{% if by == 'last_name' %}    last_name AS name,
{% elif by == 'full_name' %}    first_name || ' ' || last_name AS name,
{% else %}    first_name AS name,
{% endif %}    COUNT(*) AS actors
FROM actor
GROUP BY 1
ORDER BY actors DESC, name
