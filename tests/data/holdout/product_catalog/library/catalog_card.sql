/*---
title: Catalog card
description: >
  Everything about one catalog on a single row: id, publisher, publication and latest
  revision dates, the structure levels it holds and the number of entries at those levels.
examples:
  - tell me about the Jam catalog
  - catalog card for Coffee Bean
  - overview of the Chocolate catalog
keywords: [catalog, card, profile, summary, overview, about, details, everything,
           one catalog]
params:
  catalog: {type: string, label: catalog name}
owner: "@catalog-data"
---*/
SELECT c.catalog_id, c.catalog_name, c.catalog_publisher, c.date_of_publication,
       c.date_of_latest_revision,
       string_agg(DISTINCT s.catalog_level_name, ', ') AS levels,
       COUNT(e.catalog_entry_id) AS entries
FROM Catalogs AS c
LEFT JOIN Catalog_Structure AS s ON s.catalog_id = c.catalog_id
LEFT JOIN Catalog_Contents AS e ON e.catalog_level_number = s.catalog_level_number
WHERE c.catalog_name = :catalog
GROUP BY c.catalog_id, c.catalog_name, c.catalog_publisher, c.date_of_publication,
         c.date_of_latest_revision
