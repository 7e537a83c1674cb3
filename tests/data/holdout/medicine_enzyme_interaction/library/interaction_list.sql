/*---
title: Medicine-enzyme interactions
description: >
  One row per recorded interaction: the medicine (generic and trade name, FDA approval),
  the enzyme (name, location, product) and the interaction type ('inhibitor' or
  'activitor', as spelled in the source). Optionally one medicine (generic or trade name),
  one enzyme, one interaction type, enzymes in one location, or approved or unapproved
  medicines. Sorted by medicine (default) or enzyme.
examples:
  - list all drug-enzyme interactions
  - which enzymes does Aripiprazole interact with
  - which medicines inhibit ALA synthase
  - interactions of FDA approved drugs with mitochondrial enzymes
  - how does Clozapine interact with ALA dehydratase
keywords: [interaction, interactions, interacts, interact, inhibitor, inhibits, inhibit,
           activator, activates, activate, medicine, drug, enzyme, type, mechanism, target,
           targets]
params:
  medicine: {type: string, optional: true, label: medicine name}
  trade_name: {type: string, optional: true, label: trade name}
  enzyme: {type: string, optional: true, label: enzyme name}
  interaction_type:
    type: choice
    choices: [inhibitor, activitor]
    optional: true
    synonyms: {inhibitors: inhibitor, inhibits: inhibitor, inhibit: inhibitor,
               inhibiting: inhibitor, inhibition: inhibitor, activator: activitor,
               activators: activitor, activates: activitor, activate: activitor,
               activating: activitor, activation: activitor}
  location: {type: string, optional: true, label: enzyme location}
  fda_approved:
    type: choice
    choices: ['Yes', 'No']
    optional: true
    synonyms: {approved: 'Yes', fda approved: 'Yes', unapproved: 'No', not approved: 'No'}
  sort:
    type: choice
    choices: [medicine, enzyme]
    default: medicine
    synonyms: {by medicine: medicine, by drug: medicine, by enzyme: enzyme}
owner: "@pharmacology-data"
---*/
SELECT m.name AS medicine, m.Trade_Name AS trade_name, m.FDA_approved AS fda_approved,
       e.name AS enzyme, e.Location AS enzyme_location, e.Product AS enzyme_product,
       i.interaction_type AS interaction_type
FROM medicine_enzyme_interaction AS i
JOIN medicine AS m ON m.id = i.medicine_id
JOIN enzyme AS e ON e.id = i.enzyme_id
WHERE 1 = 1
{% if medicine %}AND m.name = :medicine
{% endif %}{% if trade_name %}AND m.Trade_Name = :trade_name
{% endif %}{% if enzyme %}AND e.name = :enzyme
{% endif %}{% if interaction_type %}AND i.interaction_type = :interaction_type
{% endif %}{% if location %}AND e.Location = :location
{% endif %}{% if fda_approved %}AND m.FDA_approved = :fda_approved
{% endif %}ORDER BY
{% if sort == 'enzyme' %}e.id, m.name
{% else %}m.name, e.id
{% endif %}
