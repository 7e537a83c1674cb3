/*---
title: Catalogs per publisher
description: >
  One row per publisher: how many catalogs they publish, the catalog names, their first
  publication date and their latest revision. Optionally only publishers with a number of
  catalogs within bounds (inclusive). Most catalogs first (default) or by name.
examples:
  - how many catalogs does each publisher have
  - which publisher has the most catalogs
  - publishers with more than one catalog
  - list of publishers
keywords: [publisher, publishers, per publisher, each publisher, by publisher, vendor,
           supplier, shop, store, catalogs, count, how many, most catalogs]
params:
  min_catalogs: {type: int, optional: true, min: 0, label: at least (catalogs)}
  max_catalogs: {type: int, optional: true, min: 0, label: at most (catalogs)}
  sort:
    type: choice
    choices: [most, name]
    default: most
    synonyms: {most catalogs: most, by name: name, alphabetical: name}
owner: "@catalog-data"
---*/
SELECT catalog_publisher, COUNT(*) AS catalogs,
       string_agg(catalog_name, '; ' ORDER BY catalog_id) AS catalog_names,
       MIN(date_of_publication) AS first_published,
       MAX(date_of_latest_revision) AS latest_revision
FROM Catalogs
GROUP BY catalog_publisher
HAVING 1 = 1
{% if min_catalogs is not none %}AND COUNT(*) >= :min_catalogs
{% endif %}{% if max_catalogs is not none %}AND COUNT(*) <= :max_catalogs
{% endif %}ORDER BY
{% if sort == 'name' %}catalog_publisher
{% else %}catalogs DESC, catalog_publisher
{% endif %}
