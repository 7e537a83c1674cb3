/*---
title: Works of an architect
description: >
  Everything an architect designed, bridges and mills together: one row per work with its
  kind, name, location, length (bridges) or year built and type (mills). Optionally one
  architect, one kind of work, or the architects of one gender. Sorted by architect, then
  kind and name.
examples:
  - what did Zaha Hadid design
  - all works by Le Corbusier
  - every structure in the register with its architect
keywords: [works, work, designed, design, designs, structures, buildings, projects,
           portfolio, by, everything, all, both]
params:
  architect: {type: string, optional: true, label: architect's name}
  kind:
    type: choice
    choices: [all, bridge, mill]
    default: all
    synonyms: {everything: all, bridges: bridge, mills: mill, windmill: mill}
  gender: {type: choice, choices: [male, female], optional: true,
           synonyms: {men: male, women: female, woman: female}}
owner: "@heritage-data"
---*/
SELECT a.name AS architect, w.kind, w.name, w.location, w.length_meters, w.built_year, w.type
FROM (
  SELECT architect_id, 'bridge' AS kind, name, location, length_meters,
         CAST(NULL AS INTEGER) AS built_year, CAST(NULL AS VARCHAR) AS type FROM bridge
  UNION ALL
  SELECT architect_id, 'mill', name, location, NULL, built_year, type FROM mill
) AS w
JOIN architect AS a ON a.id = w.architect_id
WHERE 1 = 1
{% if architect %}AND a.name = :architect
{% endif %}{% if kind != 'all' %}AND w.kind = :kind
{% endif %}{% if gender %}AND a.gender = :gender
{% endif %}ORDER BY a.name, w.kind, w.name
