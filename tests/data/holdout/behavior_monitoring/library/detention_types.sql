/*---
title: Detention types
description: >
  One row per detention type in the reference list: code (after school, break time,
  lunch-time), description, how many detentions of that type were held, by how many
  different teachers, and how many student places they had. Most detentions first (default),
  fewest first, or by code.
examples:
  - detention counts by type
  - which detention type do we use most
  - what detention types are there
  - least used kind of detention
keywords: [detention type, detention types, type, types, code, codes, description, kind,
           kinds, category, detentions, per type, by type, frequent, frequency, used, most,
           least, count, how many, distinct]
params:
  sort:
    type: choice
    choices: [most, fewest, code]
    default: most
    synonyms:
      most frequent: most
      most common: most
      most used: most
      least frequent: fewest
      least common: fewest
      least used: fewest
      rarest: fewest
      alphabetical: code
      by code: code
owner: "@pastoral-data"
---*/
SELECT
    TRIM(r.detention_type_code) AS detention_type_code,
    r.detention_type_description,
    COUNT(DISTINCT d.detention_id) AS detentions,
    COUNT(DISTINCT d.teacher_id) AS teachers,
    COUNT(x.student_id) AS student_places
FROM Ref_Detention_Type AS r
LEFT JOIN Detention AS d ON d.detention_type_code = r.detention_type_code
LEFT JOIN Students_in_Detention AS x ON x.detention_id = d.detention_id
GROUP BY r.detention_type_code, r.detention_type_description
ORDER BY
{% if sort == 'fewest' %}detentions, detention_type_code
{% elif sort == 'code' %}detention_type_code
{% else %}detentions DESC, detention_type_code
{% endif %}
