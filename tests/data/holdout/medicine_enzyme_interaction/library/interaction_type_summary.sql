/*---
title: Interactions per type
description: >
  Per interaction type ('inhibitor', 'activitor'): how many interactions, how many distinct
  medicines and enzymes are involved. Optionally only approved or unapproved medicines.
  Sorted by most interactions.
examples:
  - how many interactions of each type
  - inhibitor vs activator counts
  - most common interaction type
keywords: [interaction type, type, types, inhibitor, activator, count, number, how many,
           most common, breakdown, split]
params:
  fda_approved:
    type: choice
    choices: ['Yes', 'No']
    optional: true
    synonyms: {approved: 'Yes', fda approved: 'Yes', unapproved: 'No', not approved: 'No'}
owner: "@pharmacology-data"
---*/
SELECT i.interaction_type AS interaction_type, COUNT(*) AS interactions,
       COUNT(DISTINCT i.medicine_id) AS medicines, COUNT(DISTINCT i.enzyme_id) AS enzymes
FROM medicine_enzyme_interaction AS i
JOIN medicine AS m ON m.id = i.medicine_id
WHERE 1 = 1
{% if fda_approved %}AND m.FDA_approved = :fda_approved
{% endif %}GROUP BY i.interaction_type
ORDER BY interactions DESC, interaction_type
