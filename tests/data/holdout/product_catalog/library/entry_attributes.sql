/*---
title: Entry attributes
description: >
  One row per attribute recorded for a catalog entry: entry id and name, the level it was
  recorded at, the attribute (such as Green, Black, Yellow, Sweet), its data type and its
  value (1 yes, 0 no). Optionally one entry, one attribute, or only the attributes set to yes
  or to no. By entry name.
examples:
  - which attributes does Cola have
  - which products are sweet
  - entries marked as not yellow
  - all recorded product attributes
keywords: [attribute, attributes, property, properties, feature, features, tag, tags, flag,
           flags, color, colour, green, black, yellow, sweet, value, marked]
params:
  entry: {type: string, optional: true, label: entry name}
  attribute: {type: string, optional: true, label: attribute name}
  value:
    type: choice
    optional: true
    label: attribute value
    choices: ['yes', 'no']
    synonyms: {'true': 'yes', set: 'yes', 'false': 'no', unset: 'no'}
owner: "@catalog-data"
---*/
SELECT a.catalog_entry_id, e.catalog_entry_name, a.catalog_level_number,
       d.attribute_name, d.attribute_data_type, a.attribute_value
FROM Catalog_Contents_Additional_Attributes AS a
LEFT JOIN Catalog_Contents AS e ON e.catalog_entry_id = a.catalog_entry_id
LEFT JOIN Attribute_Definitions AS d ON d.attribute_id = a.attribute_id
WHERE 1 = 1
{% if entry %}AND e.catalog_entry_name = :entry
{% endif %}{% if attribute %}AND d.attribute_name = :attribute
{% endif %}{% if value %}AND a.attribute_value = CASE WHEN :value = 'yes' THEN '1' ELSE '0' END
{% endif %}ORDER BY e.catalog_entry_name, d.attribute_name
