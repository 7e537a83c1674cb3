/*---
title: Characteristic types
description: >
  One row per characteristic type (Grade, Purity): its description, how many characteristics
  are defined with it, how many distinct names, and how many product assignments and
  products use characteristics of that type.
examples:
  - grade vs purity characteristics
  - how many characteristics of each type
  - characteristic type reference
keywords: [type, types, type code, characteristic type, characteristic types, grade, purity,
           description, characteristics, definitions, names, products, assignments, how many,
           number, per type, each type]
owner: "@catalogue-data"
---*/
SELECT
    t.characteristic_type_code AS type_code,
    t.characteristic_type_description AS description,
    COUNT(DISTINCT ch.characteristic_id) AS characteristics,
    COUNT(DISTINCT ch.characteristic_name) AS names,
    COUNT(pc.product_id) AS assignments,
    COUNT(DISTINCT pc.product_id) AS products
FROM Ref_Characteristic_Types AS t
LEFT JOIN Characteristics AS ch ON ch.characteristic_type_code = t.characteristic_type_code
LEFT JOIN Product_Characteristics AS pc ON pc.characteristic_id = ch.characteristic_id
GROUP BY t.characteristic_type_code, t.characteristic_type_description
ORDER BY t.characteristic_type_code
