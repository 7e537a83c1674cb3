/*---
title: Recorded characteristic values
description: >
  One row per value recorded on product characteristics (low, medium, high): how many
  assignments carry it, over how many products and how many distinct characteristic names.
  Optionally one characteristic type (Grade or Purity).
examples:
  - spread of low / medium / high values
  - how many purity readings are high
  - value distribution of the grade characteristics
keywords: [value, values, low, medium, high, level, levels, reading, readings, distribution,
           spread, breakdown, characteristic, characteristics, type, grade, purity,
           assignments, products, how many, number, count]
params:
  type:
    type: choice
    optional: true
    choices: [Grade, Purity]
    synonyms: {grade: Grade, grades: Grade, purity: Purity}
owner: "@catalogue-data"
---*/
SELECT
    pc.product_characteristic_value AS value,
    COUNT(*) AS assignments,
    COUNT(DISTINCT pc.product_id) AS products,
    COUNT(DISTINCT ch.characteristic_name) AS characteristic_names
FROM Product_Characteristics AS pc
JOIN Characteristics AS ch ON ch.characteristic_id = pc.characteristic_id
WHERE 1 = 1
{% if type %}AND ch.characteristic_type_code = :type
{% endif %}GROUP BY pc.product_characteristic_value
ORDER BY CASE pc.product_characteristic_value WHEN 'low' THEN 1 WHEN 'medium' THEN 2
    WHEN 'high' THEN 3 ELSE 4 END
