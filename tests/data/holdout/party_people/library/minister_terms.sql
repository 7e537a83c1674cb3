/*---
title: Ministers and their terms
description: >
  One row per ministry in the party table: the minister, the party they served for, the
  year they took office, the year they left office and the years served. Optionally one
  minister (by full name as recorded), one party, or ministers who took office within a
  range of years (both ends inclusive). By year taken office (default), most recent first,
  by year left office (earliest or latest first), or by minister name.
examples:
  - list the ministers with when they took and left office
  - who was minister for the Progress Party
  - ministers who took office between 1958 and 1960
  - which minister left office most recently
  - ministers sorted by when they left office
keywords: [minister, ministers, took office, left office, term, terms, tenure, served,
           in office, office, start, end, years, ministry, cabinet, appointed]
params:
  minister: {type: string, optional: true, label: minister name}
  party: {type: string, optional: true, label: party name}
  took_from: {type: int, optional: true, label: took office from year (inclusive)}
  took_to: {type: int, optional: true, label: took office up to year (inclusive)}
  sort:
    type: choice
    choices: [took_office, latest_took, left_office, latest_left, minister]
    default: took_office
    synonyms: {earliest first: took_office, by start: took_office, most recent first: latest_took,
               newest first: latest_took, by left office: left_office, by end: left_office,
               left most recently: latest_left, left last: latest_left, by name: minister,
               alphabetical: minister}
owner: "@politics-desk"
---*/
SELECT Minister AS minister, Party_name AS party, Took_office AS took_office,
       Left_office AS left_office, Left_office - Took_office AS years_served
FROM party
WHERE 1 = 1
{% if minister %}AND Minister = :minister
{% endif %}{% if party %}AND Party_name = :party
{% endif %}{% if took_from is not none %}AND Took_office >= :took_from
{% endif %}{% if took_to is not none %}AND Took_office <= :took_to
{% endif %}ORDER BY
{% if sort == 'latest_took' %}Took_office DESC, Party_ID DESC
{% elif sort == 'left_office' %}Left_office, Party_ID
{% elif sort == 'latest_left' %}Left_office DESC, Party_ID DESC
{% elif sort == 'minister' %}Minister, Took_office
{% else %}Took_office, Party_ID
{% endif %}
