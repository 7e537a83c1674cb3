/*---
title: Medicine interactions per enzyme
description: >
  Per enzyme: how many medicines interact with it (enzymes with none show 0), how many of
  them inhibit and how many activate it, and the medicines' names, with the enzyme's
  location. Optionally enzymes in one location, or with at least a number of medicines.
  Sorted by most medicines (default) or pathway order; top N.
examples:
  - how many medicines interact with each enzyme
  - which enzyme is targeted by the most drugs
  - enzymes with at least 3 interacting medicines
keywords: [enzyme, enzymes, medicines, drugs, interactions, interacting, targeted, count,
           number, how many, per enzyme, each enzyme, most, inhibitors, activators]
params:
  location: {type: string, optional: true, label: cellular location}
  min_medicines: {type: int, optional: true, min: 0, label: at least this many medicines}
  sort:
    type: choice
    choices: [medicines, pathway]
    default: medicines
    synonyms: {most: medicines, most medicines: medicines, id: pathway}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pharmacology-data"
---*/
SELECT e.id AS enzyme_id, e.name AS enzyme, e.Location AS location,
       COUNT(i.medicine_id) AS medicines,
       COUNT(*) FILTER (WHERE i.interaction_type = 'inhibitor') AS inhibitors,
       COUNT(*) FILTER (WHERE i.interaction_type = 'activitor') AS activators,
       string_agg(m.name, ', ' ORDER BY m.name) AS medicine_names
FROM enzyme AS e
LEFT JOIN medicine_enzyme_interaction AS i ON i.enzyme_id = e.id
LEFT JOIN medicine AS m ON m.id = i.medicine_id
WHERE 1 = 1
{% if location %}AND e.Location = :location
{% endif %}GROUP BY e.id, e.name, e.Location
HAVING 1 = 1
{% if min_medicines is not none and min_medicines is not false %}AND COUNT(i.medicine_id) >= :min_medicines
{% endif %}ORDER BY
{% if sort == 'pathway' %}e.id
{% else %}medicines DESC, e.id
{% endif %}{% if n %}LIMIT :n
{% endif %}
