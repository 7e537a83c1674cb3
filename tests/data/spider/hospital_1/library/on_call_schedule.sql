/*---
title: On-call schedule
description: >
  Nurses' on-call shifts by block (floor and block code) with start and end times.
  Optionally for one floor and/or one block code.
examples:
  - who is on call on floor 2
  - on-call rota for block 3 on the first floor
  - nurses covering floor 1
  - on call schedule
keywords: [on call, on-call, rota, schedule, cover, covering, shift, shifts, block, floor,
           block code, nurse, nurses]
params:
  block_floor: {type: int, optional: true, min: 1, max: 20, label: floor}
  block_code: {type: int, optional: true, min: 1, max: 20, label: block code}
owner: "@nursing-ops"
---*/
SELECT
    o.BlockFloor AS block_floor,
    o.BlockCode AS block_code,
    n.EmployeeID AS nurse_id,
    n.Name AS nurse,
    o.OnCallStart AS shift_start,
    o.OnCallEnd AS shift_end
FROM On_Call AS o
JOIN Nurse AS n ON n.EmployeeID = o.Nurse
WHERE TRUE
{% if block_floor %}  AND o.BlockFloor = :block_floor
{% endif %}{% if block_code %}  AND o.BlockCode = :block_code
{% endif %}ORDER BY o.OnCallStart, o.BlockFloor, o.BlockCode
