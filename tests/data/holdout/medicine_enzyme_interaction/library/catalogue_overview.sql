/*---
title: Catalogue overview
description: >
  One row over the whole catalogue: how many medicines, how many FDA approved, how many
  enzymes, how many recorded interactions, and how many medicines and enzymes have no
  interaction at all.
examples:
  - how many medicines and enzymes do we track
  - catalogue summary
  - total number of interactions recorded
keywords: [overview, summary, totals, total, how many, count, number, catalogue, catalog,
           medicines, enzymes, interactions, all]
params: {}
owner: "@pharmacology-data"
---*/
SELECT (SELECT COUNT(*) FROM medicine) AS medicines,
       (SELECT COUNT(*) FROM medicine WHERE FDA_approved = 'Yes') AS fda_approved_medicines,
       (SELECT COUNT(*) FROM enzyme) AS enzymes,
       (SELECT COUNT(*) FROM medicine_enzyme_interaction) AS interactions,
       (SELECT COUNT(*) FROM medicine
        WHERE id NOT IN (SELECT medicine_id FROM medicine_enzyme_interaction)) AS medicines_without_interactions,
       (SELECT COUNT(*) FROM enzyme
        WHERE id NOT IN (SELECT enzyme_id FROM medicine_enzyme_interaction)) AS enzymes_without_interactions
