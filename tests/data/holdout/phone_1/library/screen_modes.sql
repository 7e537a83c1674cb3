/*---
title: Screen modes
description: >
  One row per screen (graphics) mode: char cells, pixels, hardware colours, used KB, memory
  map, type (Graphics or Text) and how many phones use it. Optionally one type or used KB
  within a range (inclusive). Sorted by graphics mode (default), most used KB, or most
  phones.
examples:
  - list the screen modes
  - text screen modes
  - which screen mode uses the most memory
  - screen modes using 10 to 16 KB
keywords: [screen, screens, screen mode, screen modes, graphics mode, display, resolution,
           pixels, char cells, characters, colours, colors, used kb, memory map, map,
           text mode, graphics]
params:
  screen_type: {type: string, optional: true, label: screen mode type}
  min_used_kb: {type: int, optional: true, min: 0, max: 1000000, label: used KB at least}
  max_used_kb: {type: int, optional: true, min: 0, max: 1000000, label: used KB at most}
  sort:
    type: choice
    choices: [mode, most_used_kb, most_phones]
    default: mode
    synonyms: {graphics mode: mode, by mode: mode, memory: most_used_kb,
               most memory: most_used_kb, used kb: most_used_kb, popular: most_phones,
               most used: most_phones}
owner: "@device-analytics"
---*/
SELECT m.Graphics_mode AS graphics_mode, m.Type AS type, m.Char_cells AS char_cells,
       m.Pixels AS pixels, m.Hardware_colours AS hardware_colours, m.used_kb AS used_kb,
       m.map AS memory_map,
       (SELECT COUNT(*) FROM phone AS p WHERE p.screen_mode = m.Graphics_mode) AS phones
FROM screen_mode AS m
WHERE 1 = 1
{% if screen_type %}AND m.Type = :screen_type
{% endif %}{% if min_used_kb is not none and min_used_kb is not false %}AND m.used_kb >= :min_used_kb
{% endif %}{% if max_used_kb is not none and max_used_kb is not false %}AND m.used_kb <= :max_used_kb
{% endif %}ORDER BY
{% if sort == 'most_used_kb' %}m.used_kb DESC, m.Graphics_mode
{% elif sort == 'most_phones' %}phones DESC, m.Graphics_mode
{% else %}m.Graphics_mode
{% endif %}
