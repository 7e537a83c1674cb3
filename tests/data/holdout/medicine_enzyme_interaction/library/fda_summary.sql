/*---
title: Medicines by FDA approval
description: >
  Per FDA approval status ('Yes', 'No'): how many medicines, how many of them have at
  least one enzyme interaction, and how many interactions, inhibitor and activator, they
  have in all.
examples:
  - how many medicines are FDA approved
  - approved vs unapproved drug counts
  - interactions by FDA status
keywords: [fda, approved, approval, status, unapproved, count, number, how many, medicines,
           drugs, breakdown]
params: {}
owner: "@pharmacology-data"
---*/
SELECT m.FDA_approved AS fda_approved, COUNT(DISTINCT m.id) AS medicines,
       COUNT(DISTINCT i.medicine_id) AS medicines_with_interactions,
       COUNT(i.enzyme_id) AS interactions,
       COUNT(*) FILTER (WHERE i.interaction_type = 'inhibitor') AS inhibitor_interactions,
       COUNT(*) FILTER (WHERE i.interaction_type = 'activitor') AS activator_interactions
FROM medicine AS m
LEFT JOIN medicine_enzyme_interaction AS i ON i.medicine_id = m.id
GROUP BY m.FDA_approved
ORDER BY m.FDA_approved DESC
