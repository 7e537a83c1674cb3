/*---
title: Entry links (parent, previous, next)
description: >
  How catalog entries are linked for browsing: for each entry its parent entry, the previous
  entry and the next entry (ids and names). Optionally one entry. By entry id.
examples:
  - what is the parent of Vimto
  - which entry comes after Cola
  - previous and next entries for each product
  - browsing links of the catalog
keywords: [parent, child, children, previous, next, after, before, link, links, linked,
           navigation, browse, browsing, sequence, order, hierarchy, tree]
params:
  entry: {type: string, optional: true, label: entry name}
owner: "@catalog-data"
---*/
SELECT e.catalog_entry_id, e.catalog_entry_name,
       e.parent_entry_id, p.catalog_entry_name AS parent_entry_name,
       e.previous_entry_id, pr.catalog_entry_name AS previous_entry_name,
       e.next_entry_id, nx.catalog_entry_name AS next_entry_name
FROM Catalog_Contents AS e
LEFT JOIN Catalog_Contents AS p ON p.catalog_entry_id = e.parent_entry_id
LEFT JOIN Catalog_Contents AS pr ON pr.catalog_entry_id = e.previous_entry_id
LEFT JOIN Catalog_Contents AS nx ON nx.catalog_entry_id = e.next_entry_id
WHERE 1 = 1
{% if entry %}AND e.catalog_entry_name = :entry
{% endif %}ORDER BY e.catalog_entry_id
