/*---
title: Phones by accreditation
description: >
  Phones counted per accreditation type (Full, Provisional; default) or accreditation level
  (`by`), with the number of makers. Optionally only groups with at least so many phones.
  Most phones first (default) or by name.
examples:
  - how many phones per accreditation type
  - count of handsets by accreditation level
  - full vs provisional accreditation
keywords: [accreditation, accreditations, accredited, accreditation type, accreditation
           level, level, levels, full, provisional, joyn, hot fixes, certification,
           certified, per type, each type, how many phones, number of phones]
params:
  by:
    type: choice
    choices: [type, level]
    default: type
    synonyms: {accreditation type: type, types: type, accreditation level: level,
               levels: level}
  min_phones: {type: int, optional: true, min: 1, max: 1000, label: at least this many phones}
  sort:
    type: choice
    choices: [most_phones, name]
    default: most_phones
    synonyms: {most: most_phones, alphabetical: name}
owner: "@device-analytics"
---*/
SELECT
{% if by == 'level' %}p.Accreditation_level{% else %}p.Accreditation_type{% endif %} AS grouping,
    COUNT(*) AS phones, COUNT(DISTINCT p.Company_name) AS companies
FROM phone AS p
GROUP BY grouping
{% if min_phones %}HAVING COUNT(*) >= :min_phones
{% endif %}ORDER BY
{% if sort == 'name' %}grouping
{% else %}phones DESC, grouping
{% endif %}
