/*---
title: Device catalogue overview
description: >
  One row for the whole catalogue: number of phones, companies, chip models and screen
  modes; chips with and without WiFi; the smallest, largest and average chip RAM and ROM
  (MiB); and the smallest, largest and average used KB over the screen modes.
examples:
  - how many phones and chip models do we track
  - catalogue headline numbers
  - min, max and average screen memory
keywords: [how many, total, number of, count, overview, summary, headline, catalogue,
           catalog, minimum, maximum, average, min, max, mean, used kb, screen memory,
           ram, rom]
params: {}
owner: "@device-analytics"
---*/
SELECT (SELECT COUNT(*) FROM phone) AS phones,
       (SELECT COUNT(DISTINCT Company_name) FROM phone) AS companies,
       (SELECT COUNT(*) FROM chip_model) AS chip_models,
       (SELECT COUNT(*) FROM screen_mode) AS screen_modes,
       (SELECT COUNT(*) FROM chip_model WHERE WiFi <> 'No') AS chips_with_wifi,
       (SELECT COUNT(*) FROM chip_model WHERE WiFi = 'No') AS chips_without_wifi,
       (SELECT MIN(RAM_MiB) FROM chip_model) AS min_ram_mib,
       (SELECT MAX(RAM_MiB) FROM chip_model) AS max_ram_mib,
       (SELECT ROUND(AVG(RAM_MiB), 1) FROM chip_model) AS average_ram_mib,
       (SELECT MIN(ROM_MiB) FROM chip_model) AS min_rom_mib,
       (SELECT MAX(ROM_MiB) FROM chip_model) AS max_rom_mib,
       (SELECT ROUND(AVG(ROM_MiB), 1) FROM chip_model) AS average_rom_mib,
       (SELECT MIN(used_kb) FROM screen_mode) AS min_used_kb,
       (SELECT MAX(used_kb) FROM screen_mode) AS max_used_kb,
       (SELECT ROUND(AVG(used_kb), 2) FROM screen_mode) AS average_used_kb
