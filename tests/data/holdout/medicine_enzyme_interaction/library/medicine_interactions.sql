/*---
title: Enzyme interactions per medicine
description: >
  Per medicine: how many enzymes it interacts with (medicines with none show 0), how many
  as an inhibitor and how many as an activator, and the enzymes' names, with the trade name
  and FDA approval. Optionally only approved or unapproved medicines, or medicines with at
  least a number of interactions. Sorted by most interactions (default) or name; top N.
examples:
  - how many enzymes does each medicine interact with
  - which drug interacts with the most enzymes
  - interaction counts per medicine for FDA approved drugs
  - medicines with at least 2 enzyme interactions
keywords: [medicine, medicines, drug, drugs, interactions, interacts, interact, enzymes,
           count, number, how many, per medicine, each medicine, most, inhibitor, activator]
params:
  fda_approved:
    type: choice
    choices: ['Yes', 'No']
    optional: true
    synonyms: {approved: 'Yes', fda approved: 'Yes', unapproved: 'No', not approved: 'No'}
  min_interactions: {type: int, optional: true, min: 0, label: at least this many enzymes}
  sort:
    type: choice
    choices: [interactions, name]
    default: interactions
    synonyms: {most: interactions, most interactions: interactions, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pharmacology-data"
---*/
SELECT m.id AS medicine_id, m.name AS medicine, m.Trade_Name AS trade_name,
       m.FDA_approved AS fda_approved, COUNT(i.enzyme_id) AS enzymes,
       COUNT(*) FILTER (WHERE i.interaction_type = 'inhibitor') AS as_inhibitor,
       COUNT(*) FILTER (WHERE i.interaction_type = 'activitor') AS as_activator,
       string_agg(e.name, ', ' ORDER BY e.id) AS enzyme_names
FROM medicine AS m
LEFT JOIN medicine_enzyme_interaction AS i ON i.medicine_id = m.id
LEFT JOIN enzyme AS e ON e.id = i.enzyme_id
WHERE 1 = 1
{% if fda_approved %}AND m.FDA_approved = :fda_approved
{% endif %}GROUP BY m.id, m.name, m.Trade_Name, m.FDA_approved
HAVING 1 = 1
{% if min_interactions is not none and min_interactions is not false %}AND COUNT(i.enzyme_id) >= :min_interactions
{% endif %}ORDER BY
{% if sort == 'name' %}m.name
{% else %}enzymes DESC, m.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
