/*---
title: Architects by gender or nationality
description: >
  Architects grouped by gender (default) or by nationality as stored: how many architects,
  how many bridges and mills they designed between them, and their names. Sorted by most
  architects (default) or name.
examples:
  - how many male and female architects are there
  - architects per nationality
  - count of architects by gender
keywords: [architect, architects, gender, male, female, nationality, nationalities, per,
           each, count, how many, breakdown, split]
params:
  by:
    type: choice
    choices: [gender, nationality]
    default: gender
    synonyms: {sex: gender, per gender: gender, country: nationality, per nationality: nationality}
  sort:
    type: choice
    choices: [architects, name]
    default: architects
    synonyms: {most architects: architects, count: architects, alphabetical: name}
owner: "@heritage-data"
---*/
SELECT {% if by == 'nationality' %}a.nationality{% else %}a.gender{% endif %} AS grp,
       COUNT(*) AS architects,
       SUM((SELECT COUNT(*) FROM bridge AS b WHERE b.architect_id = a.id)) AS bridges,
       SUM((SELECT COUNT(*) FROM mill AS m WHERE m.architect_id = a.id)) AS mills,
       string_agg(a.name, ', ' ORDER BY a.name) AS architect_names
FROM architect AS a
GROUP BY 1
ORDER BY {% if sort == 'name' %}grp{% else %}architects DESC, grp{% endif %}
