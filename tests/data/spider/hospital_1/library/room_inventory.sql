/*---
title: Room inventory by block
description: >
  Number of rooms and of rooms currently available, grouped by block floor or by block code
  (or by both, one line per block).
examples:
  - rooms per floor
  - how many rooms are free in each block code
  - bed availability by block
  - room count by floor and block
keywords: [room, rooms, inventory, capacity, available, availability, free, unavailable,
           block, blocks, floor, floors, block code]
params:
  by:
    type: choice
    choices: [floor, block_code, block]
    default: block
    synonyms: {floors: floor, block floor: floor, level: floor, code: block_code,
               codes: block_code, block codes: block_code}
owner: "@facilities"
---*/
SELECT
{% if by == 'floor' %}    r.BlockFloor AS block_floor,
{% elif by == 'block_code' %}    r.BlockCode AS block_code,
{% else %}    r.BlockFloor AS block_floor,
    r.BlockCode AS block_code,
{% endif %}    COUNT(*) AS rooms,
    COUNT(*) FILTER (WHERE NOT r.Unavailable) AS available_rooms
FROM Room AS r
JOIN Block AS b ON b.BlockFloor = r.BlockFloor AND b.BlockCode = r.BlockCode
GROUP BY ALL
ORDER BY ALL
