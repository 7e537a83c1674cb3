/*---
title: Catalog levels
description: >
  One row per level of the catalog structure: level number, level name (Category,
  Sub-Category, Product), the catalog it belongs to, how many entries sit at that level and
  their average price in dollars. Optionally one catalog or one level name, or only levels
  with a number of entries within bounds (inclusive). By level number (default) or most
  entries first.
examples:
  - what levels does the catalog structure have
  - how many entries are at each level
  - which catalog does the Product level belong to
  - level with the most entries
keywords: [level, levels, structure, hierarchy, tier, tiers, category, sub-category,
           product, level name, level number, entries per level, each level]
params:
  catalog: {type: string, optional: true, label: catalog name}
  level: {type: string, optional: true, label: level name}
  min_entries: {type: int, optional: true, min: 0, label: at least (entries)}
  max_entries: {type: int, optional: true, min: 0, label: at most (entries)}
  sort:
    type: choice
    choices: [number, most]
    default: number
    synonyms: {by number: number, level number: number, most entries: most, biggest: most}
owner: "@catalog-data"
---*/
SELECT s.catalog_level_number, s.catalog_level_name, s.catalog_id, c.catalog_name,
       COUNT(e.catalog_entry_id) AS entries, ROUND(AVG(e.price_in_dollars), 2) AS avg_price_dollars
FROM Catalog_Structure AS s
LEFT JOIN Catalogs AS c ON c.catalog_id = s.catalog_id
LEFT JOIN Catalog_Contents AS e ON e.catalog_level_number = s.catalog_level_number
WHERE 1 = 1
{% if catalog %}AND c.catalog_name = :catalog
{% endif %}{% if level %}AND s.catalog_level_name = :level
{% endif %}GROUP BY s.catalog_level_number, s.catalog_level_name, s.catalog_id, c.catalog_name
HAVING 1 = 1
{% if min_entries is not none %}AND COUNT(e.catalog_entry_id) >= :min_entries
{% endif %}{% if max_entries is not none %}AND COUNT(e.catalog_entry_id) <= :max_entries
{% endif %}ORDER BY
{% if sort == 'most' %}entries DESC, s.catalog_level_number
{% else %}s.catalog_level_number
{% endif %}
