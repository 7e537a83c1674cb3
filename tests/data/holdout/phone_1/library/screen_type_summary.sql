/*---
title: Phones by screen type
description: >
  Per screen mode type (Graphics, Text): how many screen modes, how many phones use them
  and the average used KB of the modes.
examples:
  - how many phones use a graphics screen vs a text screen
  - phones per screen type
keywords: [screen type, screen types, graphics, text, per screen type, each screen type,
           how many phones, number of phones, display type, split]
params: {}
owner: "@device-analytics"
---*/
SELECT m.Type AS screen_type, COUNT(*) AS screen_modes, SUM(u.phones) AS phones,
       ROUND(AVG(m.used_kb), 1) AS average_used_kb
FROM screen_mode AS m
JOIN (SELECT s.Graphics_mode, COUNT(p.Hardware_Model_name) AS phones
      FROM screen_mode AS s LEFT JOIN phone AS p ON p.screen_mode = s.Graphics_mode
      GROUP BY s.Graphics_mode) AS u ON u.Graphics_mode = m.Graphics_mode
GROUP BY m.Type
ORDER BY m.Type
