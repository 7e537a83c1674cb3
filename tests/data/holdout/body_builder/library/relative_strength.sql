/*---
title: Pound-for-pound strength
description: >
  One row per body builder: body weight, total, total per kg of body weight and the share of
  the total that is the snatch. Strongest relative to body weight first; optionally the top n.
examples:
  - pound for pound ranking
  - total relative to bodyweight per lifter
  - best lifter for his weight
keywords: [pound for pound, relative, relative strength, per kg, bodyweight ratio, ratio,
           sinclair, strength to weight, share, percentage]
params:
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@strength-stats"
---*/
SELECT p.Name AS name, p.Weight AS weight, b.Total AS total,
       ROUND(b.Total / p.Weight, 3) AS total_per_kg,
       ROUND(100 * b.Snatch / b.Total, 1) AS snatch_share_pct
FROM body_builder AS b
JOIN people AS p ON p.People_ID = b.People_ID
ORDER BY b.Total / p.Weight DESC, p.Name
{% if n %}LIMIT :n
{% endif %}
