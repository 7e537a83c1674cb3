/*---
title: Medicines
description: >
  One row per medicine in the catalogue: id, generic name, trade name and whether it is FDA
  approved ('Yes' / 'No'). Optionally one medicine by generic or trade name, or only
  approved or unapproved medicines. Sorted by name (default), trade name or id.
examples:
  - list all medicines with their trade names
  - which medicines are FDA approved
  - what is the trade name of Clozapine
  - which drug is sold as Zyprexa
keywords: [medicine, medicines, drug, drugs, compound, catalogue, catalog, name, generic,
           trade name, brand, brand name, fda, approved, approval, approved by the fda]
params:
  medicine: {type: string, optional: true, label: medicine name}
  trade_name: {type: string, optional: true, label: trade name}
  fda_approved:
    type: choice
    choices: ['Yes', 'No']
    optional: true
    synonyms: {approved: 'Yes', fda approved: 'Yes', fda-approved: 'Yes', unapproved: 'No',
               not approved: 'No', not fda approved: 'No'}
  sort:
    type: choice
    choices: [name, trade_name, id]
    default: name
    synonyms: {alphabetical: name, by name: name, brand: trade_name, trade name: trade_name,
               by id: id}
owner: "@pharmacology-data"
---*/
SELECT m.id AS medicine_id, m.name AS medicine, m.Trade_Name AS trade_name,
       m.FDA_approved AS fda_approved
FROM medicine AS m
WHERE 1 = 1
{% if medicine %}AND m.name = :medicine
{% endif %}{% if trade_name %}AND m.Trade_Name = :trade_name
{% endif %}{% if fda_approved %}AND m.FDA_approved = :fda_approved
{% endif %}ORDER BY
{% if sort == 'trade_name' %}m.Trade_Name
{% elif sort == 'id' %}m.id
{% else %}m.name
{% endif %}
