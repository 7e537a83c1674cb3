/*---
title: Entry sizes
description: >
  The physical size of each catalog entry: capacity, length, height and width (as recorded),
  and the volume (length x height x width). Optionally one entry, or a capacity within bounds
  (inclusive). Largest capacity first (default), largest volume first, or by name; optionally
  the first n.
examples:
  - dimensions of every product
  - which product has the largest capacity
  - how tall is the Tizer
  - entries with capacity of at least 8
  - biggest items by volume
keywords: [size, sizes, dimension, dimensions, capacity, length, height, width, volume,
           tall, wide, long, big, biggest, largest, small, smallest, measurements]
params:
  entry: {type: string, optional: true, label: entry name}
  min_capacity: {type: int, optional: true, min: 0, label: capacity at least}
  max_capacity: {type: int, optional: true, min: 0, label: capacity at most}
  sort:
    type: choice
    choices: [capacity, volume, name]
    default: capacity
    synonyms: {largest capacity: capacity, most capacity: capacity, biggest volume: volume,
               largest volume: volume, by name: name, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@catalog-data"
---*/
SELECT catalog_entry_name, capacity, length, height, width,
       CAST(length AS INTEGER) * CAST(height AS INTEGER) * CAST(width AS INTEGER) AS volume
FROM Catalog_Contents
WHERE 1 = 1
{% if entry %}AND catalog_entry_name = :entry
{% endif %}{% if min_capacity is not none %}AND CAST(capacity AS INTEGER) >= :min_capacity
{% endif %}{% if max_capacity is not none %}AND CAST(capacity AS INTEGER) <= :max_capacity
{% endif %}ORDER BY
{% if sort == 'volume' %}volume DESC, catalog_entry_name
{% elif sort == 'name' %}catalog_entry_name
{% else %}CAST(capacity AS INTEGER) DESC, catalog_entry_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
