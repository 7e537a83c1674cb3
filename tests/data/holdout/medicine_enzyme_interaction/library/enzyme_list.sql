/*---
title: Enzymes
description: >
  One row per enzyme of the heme pathway: id, name, cellular location (Cytosol or
  Mitochondrion), product, chromosome, OMIM number and the porphyria its deficiency causes
  ('none' when none). Optionally one enzyme, enzymes in one location, or the enzyme making
  one product. Sorted by pathway order (id, default), name or OMIM.
examples:
  - list the enzymes with their location and product
  - which enzymes are in the mitochondrion
  - what chromosome is ferrochelatase on
  - OMIM number for PBG deaminase
  - which enzyme produces heme
keywords: [enzyme, enzymes, location, located, cytosol, mitochondrion, product, produces,
           chromosome, omim, porphyria, disease, pathway, heme, gene]
params:
  enzyme: {type: string, optional: true, label: enzyme name}
  location: {type: string, optional: true, label: cellular location}
  product: {type: string, optional: true, label: product}
  sort:
    type: choice
    choices: [pathway, name, omim]
    default: pathway
    synonyms: {id: pathway, pathway order: pathway, alphabetical: name, by name: name,
               omim number: omim}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@pharmacology-data"
---*/
SELECT e.id AS enzyme_id, e.name AS enzyme, e.Location AS location, e.Product AS product,
       e.Chromosome AS chromosome, e.OMIM AS omim, e.Porphyria AS porphyria
FROM enzyme AS e
WHERE 1 = 1
{% if enzyme %}AND e.name = :enzyme
{% endif %}{% if location %}AND e.Location = :location
{% endif %}{% if product %}AND e.Product = :product
{% endif %}ORDER BY
{% if sort == 'name' %}e.name
{% elif sort == 'omim' %}e.OMIM
{% else %}e.id
{% endif %}{% if n %}LIMIT :n
{% endif %}
