/*---
title: Attribute usage
description: >
  One row per attribute definition, including attributes no entry uses: attribute id, name
  and data type, how many attribute values are recorded for it, how many are yes (1) and how
  many no (0). Optionally only attributes with a number of recorded values within bounds
  (inclusive). Most used first (default) or by attribute id.
examples:
  - what attributes are defined
  - which attribute is used the most
  - attribute definitions and their data types
  - how often is each attribute recorded
keywords: [attribute, attributes, definition, definitions, data type, datatype, type,
           usage, used, most used, most common, frequency, how often, per attribute]
params:
  min_values: {type: int, optional: true, min: 0, label: at least (recorded values)}
  max_values: {type: int, optional: true, min: 0, label: at most (recorded values)}
  sort:
    type: choice
    choices: [most, id]
    default: most
    synonyms: {most used: most, most common: most, most frequent: most, by id: id}
owner: "@catalog-data"
---*/
SELECT d.attribute_id, d.attribute_name, d.attribute_data_type,
       COUNT(a.attribute_value) AS recorded_values,
       COUNT(*) FILTER (WHERE a.attribute_value = '1') AS yes_values,
       COUNT(*) FILTER (WHERE a.attribute_value = '0') AS no_values
FROM Attribute_Definitions AS d
LEFT JOIN Catalog_Contents_Additional_Attributes AS a ON a.attribute_id = d.attribute_id
GROUP BY d.attribute_id, d.attribute_name, d.attribute_data_type
HAVING 1 = 1
{% if min_values is not none %}AND COUNT(a.attribute_value) >= :min_values
{% endif %}{% if max_values is not none %}AND COUNT(a.attribute_value) <= :max_values
{% endif %}ORDER BY
{% if sort == 'id' %}d.attribute_id
{% else %}recorded_values DESC, d.attribute_id
{% endif %}
