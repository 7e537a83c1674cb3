/*---
title: Chip models grouped by a feature
description: >
  Chip models grouped by WiFi (default), Bluetooth, launch year, card slots or usage by
  phones (used / unused) (`by`): how many models, the smallest, largest and average RAM
  and ROM (MiB). Sorted by the group.
examples:
  - how many chip models have no wifi
  - chips per launch year
  - average RAM of chips that no phone uses
  - bluetooth support across chip models
keywords: [chip, chips, chip models, how many chips, number of chip models, count, wifi,
           wi-fi, bluetooth, slots, card slots, launch year, per year, each year, used,
           unused, average ram, average rom, feature, features, support]
params:
  by:
    type: choice
    choices: [wifi, bluetooth, launch_year, slots, usage]
    default: wifi
    synonyms: {wi-fi: wifi, wireless: wifi, bt: bluetooth, year: launch_year,
               launch: launch_year, per year: launch_year, slot: slots, card slots: slots,
               used: usage, unused: usage, in use: usage}
owner: "@device-analytics"
---*/
SELECT
{% if by == 'bluetooth' %}c.Bluetooth
{% elif by == 'launch_year' %}CAST(c.Launch_year AS VARCHAR)
{% elif by == 'slots' %}c.Slots
{% elif by == 'usage' %}CASE WHEN EXISTS (SELECT 1 FROM phone AS p WHERE p.chip_model = c.Model_name) THEN 'used' ELSE 'unused' END
{% else %}c.WiFi
{% endif %} AS grouping,
    COUNT(*) AS models,
    MIN(c.RAM_MiB) AS min_ram_mib, MAX(c.RAM_MiB) AS max_ram_mib,
    ROUND(AVG(c.RAM_MiB), 1) AS average_ram_mib,
    MIN(c.ROM_MiB) AS min_rom_mib, MAX(c.ROM_MiB) AS max_rom_mib,
    ROUND(AVG(c.ROM_MiB), 1) AS average_rom_mib
FROM chip_model AS c
GROUP BY grouping
ORDER BY grouping
