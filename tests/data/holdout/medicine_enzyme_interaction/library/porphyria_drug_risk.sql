/*---
title: Porphyria drug risk
description: >
  Per porphyria (the disease a deficient pathway enzyme causes): the enzyme behind it, how
  many medicines interact with that enzyme, which inhibit it and which activate it, and how
  many of those medicines are FDA approved. Enzymes whose porphyria is 'none' are left out.
  Optionally one porphyria.
examples:
  - which drugs affect the enzymes behind porphyrias
  - drug risk for congenital erythropoietic porphyria
  - porphyria safety overview
keywords: [porphyria, porphyrias, disease, deficiency, risk, safety, patients, contraindicated,
           affect, enzyme, medicines, drugs, inhibitors, activators]
params:
  porphyria: {type: string, optional: true, label: porphyria}
owner: "@pharmacology-data"
---*/
SELECT e.Porphyria AS porphyria, e.name AS enzyme, COUNT(i.medicine_id) AS medicines,
       string_agg(m.name, ', ' ORDER BY m.name) FILTER (WHERE i.interaction_type = 'inhibitor') AS inhibitors,
       string_agg(m.name, ', ' ORDER BY m.name) FILTER (WHERE i.interaction_type = 'activitor') AS activators,
       COUNT(*) FILTER (WHERE m.FDA_approved = 'Yes') AS fda_approved_medicines
FROM enzyme AS e
LEFT JOIN medicine_enzyme_interaction AS i ON i.enzyme_id = e.id
LEFT JOIN medicine AS m ON m.id = i.medicine_id
WHERE e.Porphyria <> 'none'
{% if porphyria %}AND e.Porphyria = :porphyria
{% endif %}GROUP BY e.id, e.Porphyria, e.name
ORDER BY e.id
