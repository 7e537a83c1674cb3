/*---
title: Incident types
description: >
  One row per incident type in the reference list: code, description, how many incidents of
  that type were logged, how many different students they involved, and the first and last
  start date. Optionally one type. Most incidents first (default), fewest first, or by code.
examples:
  - incident counts by type
  - what do the incident type codes mean
  - which kind of incident happens most
  - how many disturbance incidents have we had
keywords: [incident type, incident types, type, types, code, codes, description, describe,
           mean, category, categories, kind, kinds, incidents, per type, by type, frequent,
           frequency, common, most, least, count, how many, distinct]
params:
  incident_type:
    type: choice
    optional: true
    choices: [NOISE, VIOLENCE, DISTURB]
    synonyms:
      noise: NOISE
      violence: VIOLENCE
      violent: VIOLENCE
      fights: VIOLENCE
      disturbance: DISTURB
      disruption: DISTURB
  sort:
    type: choice
    choices: [most, fewest, code]
    default: most
    synonyms:
      most frequent: most
      most common: most
      most incidents: most
      least frequent: fewest
      least common: fewest
      fewest incidents: fewest
      rarest: fewest
      alphabetical: code
      by code: code
owner: "@pastoral-data"
---*/
SELECT
    r.incident_type_code,
    r.incident_type_description,
    COUNT(i.incident_id) AS incidents,
    COUNT(DISTINCT i.student_id) AS students,
    MIN(i.date_incident_start) AS first_started,
    MAX(i.date_incident_start) AS last_started
FROM Ref_Incident_Type AS r
LEFT JOIN Behavior_Incident AS i ON i.incident_type_code = r.incident_type_code
WHERE 1 = 1
{% if incident_type %}AND r.incident_type_code = :incident_type
{% endif %}GROUP BY r.incident_type_code, r.incident_type_description
ORDER BY
{% if sort == 'fewest' %}incidents, r.incident_type_code
{% elif sort == 'code' %}r.incident_type_code
{% else %}incidents DESC, r.incident_type_code
{% endif %}
