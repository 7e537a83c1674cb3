/*---
title: Lifting summary
description: >
  Number of body builders and their average, lowest and highest snatch, clean and jerk and
  total (kg): one overall row (default) or one row per birth state. Optionally only lifters
  born in one state, or with height within bounds (inclusive, cm).
examples:
  - average snatch across lifters
  - lowest and highest totals
  - mean clean and jerk by home state
  - average total for lifters at least 190 cm tall
keywords: [average, mean, minimum, lowest, maximum, highest, summary, stats, statistics,
           snatch, clean and jerk, total, lifters, body builders, overall]
params:
  by:
    type: choice
    choices: [overall, state]
    default: overall
    synonyms: {in total: overall, per state: state, by state: state, by birth state: state,
               by home state: state}
  birth_state:
    type: choice
    optional: true
    label: birth state
    choices: [Alaska, Illinois, Michigan, Minnesota, New Hampshire]
    synonyms: {ak: Alaska, il: Illinois, mi: Michigan, mn: Minnesota, nh: New Hampshire}
  min_height: {type: int, optional: true, label: height at least (cm)}
  max_height: {type: int, optional: true, label: height at most (cm)}
owner: "@strength-stats"
---*/
SELECT
{% if by == 'state' %}trim(split_part(p.Birth_Place, ',', 2)) AS birth_state,
{% endif %}COUNT(*) AS body_builders,
       ROUND(AVG(b.Snatch), 2) AS avg_snatch, MIN(b.Snatch) AS min_snatch, MAX(b.Snatch) AS max_snatch,
       ROUND(AVG(b.Clean_Jerk), 2) AS avg_clean_jerk, MIN(b.Clean_Jerk) AS min_clean_jerk,
       MAX(b.Clean_Jerk) AS max_clean_jerk,
       ROUND(AVG(b.Total), 2) AS avg_total, MIN(b.Total) AS min_total, MAX(b.Total) AS max_total
FROM body_builder AS b
JOIN people AS p ON p.People_ID = b.People_ID
WHERE 1 = 1
{% if birth_state %}AND trim(split_part(p.Birth_Place, ',', 2)) = :birth_state
{% endif %}{% if min_height is not none %}AND p.Height >= :min_height
{% endif %}{% if max_height is not none %}AND p.Height <= :max_height
{% endif %}{% if by == 'state' %}GROUP BY 1 ORDER BY 1
{% endif %}
