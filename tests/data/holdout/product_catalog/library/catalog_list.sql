/*---
title: Catalogs
description: >
  One row per catalog we carry: catalog id, name, publisher, date of publication and date of
  latest revision. Optionally one catalog, one publisher, or catalogs published within a range
  of years (inclusive). By catalog id (default), name, newest or oldest publication, or most
  recently revised first; optionally the first n.
examples:
  - list all catalogs
  - which catalogs does Murray Coffee shop publish
  - when was the Jam catalog published
  - catalogs published since 2013
  - most recently revised catalogs
keywords: [catalog, catalogs, catalogue, catalogues, publisher, published, publication,
           revision, revised, updated, date, name, names, newest, oldest]
params:
  catalog: {type: string, optional: true, label: catalog name}
  publisher: {type: string, optional: true, label: publisher}
  min_year: {type: int, optional: true, label: published from (year)}
  max_year: {type: int, optional: true, label: published up to (year)}
  sort:
    type: choice
    choices: [id, name, newest, oldest, latest_revision]
    default: id
    synonyms: {by id: id, by name: name, alphabetical: name, a-z: name, newest first: newest,
               most recently published: newest, oldest first: oldest, earliest: oldest,
               latest revision: latest_revision, most recently revised: latest_revision,
               recently updated: latest_revision}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@catalog-data"
---*/
SELECT catalog_id, catalog_name, catalog_publisher, date_of_publication,
       date_of_latest_revision
FROM Catalogs
WHERE 1 = 1
{% if catalog %}AND catalog_name = :catalog
{% endif %}{% if publisher %}AND catalog_publisher = :publisher
{% endif %}{% if min_year is not none %}AND year(date_of_publication) >= :min_year
{% endif %}{% if max_year is not none %}AND year(date_of_publication) <= :max_year
{% endif %}ORDER BY
{% if sort == 'name' %}catalog_name
{% elif sort == 'newest' %}date_of_publication DESC, catalog_id
{% elif sort == 'oldest' %}date_of_publication, catalog_id
{% elif sort == 'latest_revision' %}date_of_latest_revision DESC, catalog_id
{% else %}catalog_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
