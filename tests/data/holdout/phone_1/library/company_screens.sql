/*---
title: Phones per company and screen type
description: >
  One row per company and screen mode type: how many of the company's phones use a screen
  of that type, and their hardware model names. Optionally one company or one screen type.
examples:
  - which makers ship text-mode screens
  - screen types per manufacturer
  - Nokia Corporation phones by screen type
keywords: [company and screen, screen type per company, per company, maker, manufacturer,
           screen type, graphics, text, breakdown, split, mix]
params:
  company: {type: string, optional: true, label: company name}
  screen_type: {type: string, optional: true, label: screen mode type}
owner: "@device-analytics"
---*/
SELECT p.Company_name AS company, m.Type AS screen_type, COUNT(*) AS phones,
       string_agg(p.Hardware_Model_name, '; ' ORDER BY p.Hardware_Model_name) AS hardware_models
FROM phone AS p
JOIN screen_mode AS m ON m.Graphics_mode = p.screen_mode
WHERE 1 = 1
{% if company %}AND p.Company_name = :company
{% endif %}{% if screen_type %}AND m.Type = :screen_type
{% endif %}GROUP BY p.Company_name, m.Type
ORDER BY p.Company_name, m.Type
