/*---
title: Region release records
description: >
  One row per record in the region table: region id, region name, release date, label,
  format and catalogue number. A region can have several records (the United Kingdom and the
  United States have two each). Optionally one region by name, one label or one format. By
  region id (default), region name or label.
examples:
  - list all regions
  - which regions are on the Parlophone label
  - region records sorted by label
  - what formats came out in Japan
keywords: [region, regions, region name, label, labels, format, formats, catalogue,
           catalog, release, released, release date, record label]
params:
  region: {type: string, optional: true, label: region name}
  label: {type: string, optional: true, label: record label}
  format: {type: string, optional: true, label: format}
  sort:
    type: choice
    choices: [id, name, label]
    default: id
    synonyms: {by id: id, region id: id, by name: name, alphabetical: name, region name: name,
               by label: label, labels: label, ordered by label: label}
owner: "@politics-desk"
---*/
SELECT Region_ID AS region_id, Region_name AS region, "Date" AS release_date, Label AS label,
       Format AS format, Catalogue AS catalogue
FROM region
WHERE 1 = 1
{% if region %}AND Region_name = :region
{% endif %}{% if label %}AND Label = :label
{% endif %}{% if format %}AND Format = :format
{% endif %}ORDER BY
{% if sort == 'name' %}Region_name, Region_ID
{% elif sort == 'label' %}Label, Region_ID
{% else %}Region_ID
{% endif %}
