/*---
title: Chip memory configurations
description: >
  Chip models grouped by their RAM and ROM combination (MiB): how many models, their
  launch years and names, and how many phones use them. Largest RAM first, then ROM.
examples:
  - which RAM / ROM combinations exist
  - memory configurations of our chip models
  - how many chips have 64 MB RAM and 128 MB ROM
keywords: [memory, configuration, configurations, config, ram and rom, ram rom, combination,
           combinations, memory size, storage size, mib, mb, tiers]
params: {}
owner: "@device-analytics"
---*/
SELECT c.RAM_MiB AS ram_mib, c.ROM_MiB AS rom_mib, COUNT(*) AS models,
       MIN(c.Launch_year) AS first_launch_year, MAX(c.Launch_year) AS last_launch_year,
       string_agg(c.Model_name, ', ' ORDER BY c.Model_name) AS model_names,
       SUM((SELECT COUNT(*) FROM phone AS p WHERE p.chip_model = c.Model_name)) AS phones
FROM chip_model AS c
GROUP BY c.RAM_MiB, c.ROM_MiB
ORDER BY c.RAM_MiB DESC, c.ROM_MiB DESC
