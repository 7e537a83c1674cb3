/*---
title: Characteristic definitions
description: >
  One row per characteristic defined in the catalogue: id, name (names repeat: there are
  several "slow", "fast", "cool" ... definitions), type code (Grade or Purity) and its
  description, data type, other details, and how many products and product assignments use
  it. Optionally one type or one name. By id (default) or by name.
examples:
  - list every characteristic definition
  - which characteristics are of the Purity type
  - data types of the characteristics
  - characteristic ids for "cool"
keywords: [characteristic, characteristics, attribute, attributes, feature, features,
           definition, definitions, id, ids, name, names, type, type code, grade, purity,
           data type, datatype, details, other details, all, list, how many, number, count]
params:
  type:
    type: choice
    optional: true
    choices: [Grade, Purity]
    synonyms: {grade: Grade, grades: Grade, purity: Purity}
  characteristic: {type: string, optional: true, label: characteristic name}
  sort:
    type: choice
    choices: [id, name]
    default: id
    synonyms: {by id: id, by name: name, alphabetical: name}
owner: "@catalogue-data"
---*/
SELECT
    ch.characteristic_id,
    ch.characteristic_name AS characteristic,
    ch.characteristic_type_code AS type_code,
    t.characteristic_type_description AS type_description,
    ch.characteristic_data_type AS data_type,
    ch.other_characteristic_details AS other_details,
    COUNT(DISTINCT pc.product_id) AS products,
    COUNT(pc.product_id) AS assignments
FROM Characteristics AS ch
LEFT JOIN Ref_Characteristic_Types AS t ON t.characteristic_type_code = ch.characteristic_type_code
LEFT JOIN Product_Characteristics AS pc ON pc.characteristic_id = ch.characteristic_id
WHERE 1 = 1
{% if type %}AND ch.characteristic_type_code = :type
{% endif %}{% if characteristic %}AND ch.characteristic_name = :characteristic
{% endif %}GROUP BY ch.characteristic_id, ch.characteristic_name, ch.characteristic_type_code,
    t.characteristic_type_description, ch.characteristic_data_type, ch.other_characteristic_details
ORDER BY
{% if sort == 'name' %}characteristic, ch.characteristic_id
{% else %}ch.characteristic_id
{% endif %}
