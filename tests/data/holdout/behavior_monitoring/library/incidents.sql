/*---
title: Behaviour incidents
description: >
  One row per behaviour incident: incident id, type code and description, the student (id,
  first and last name), when it started and ended, the summary and the recommendation.
  Optionally one incident type (noise, violence, disturbance) or one student (by id or name).
  Most recent start first.
examples:
  - list the behaviour incidents
  - all violent incidents
  - incidents logged against student 7
  - what has Misael Will been written up for
  - which incidents ended with a transfer-schools recommendation
keywords: [incident, incidents, behaviour, behavior, behaviour incident, conduct, misconduct,
           write-up, written up, start, end, started, ended, date, dates, when, summary,
           recommendation, recommendations, student, type, list]
params:
  incident_type:
    type: choice
    optional: true
    choices: [NOISE, VIOLENCE, DISTURB]
    synonyms:
      noise: NOISE
      noisy: NOISE
      loud: NOISE
      violence: VIOLENCE
      violent: VIOLENCE
      fight: VIOLENCE
      fights: VIOLENCE
      fighting: VIOLENCE
      disturbance: DISTURB
      disturbances: DISTURB
      disruption: DISTURB
      disruptive: DISTURB
  student_id: {type: int, optional: true, min: 1, label: student id}
  student_first_name: {type: string, optional: true, label: student first name}
  student_last_name: {type: string, optional: true, label: student last name}
owner: "@pastoral-data"
---*/
SELECT
    i.incident_id,
    i.incident_type_code,
    r.incident_type_description,
    i.student_id,
    s.first_name AS student_first_name,
    s.last_name AS student_last_name,
    i.date_incident_start,
    i.date_incident_end,
    i.incident_summary,
    i.recommendations
FROM Behavior_Incident AS i
LEFT JOIN Ref_Incident_Type AS r ON r.incident_type_code = i.incident_type_code
LEFT JOIN Students AS s ON s.student_id = i.student_id
WHERE 1 = 1
{% if incident_type %}AND i.incident_type_code = :incident_type
{% endif %}{% if student_id %}AND i.student_id = :student_id
{% endif %}{% if student_first_name %}AND s.first_name = :student_first_name
{% endif %}{% if student_last_name %}AND s.last_name = :student_last_name
{% endif %}ORDER BY i.date_incident_start DESC, i.incident_id
