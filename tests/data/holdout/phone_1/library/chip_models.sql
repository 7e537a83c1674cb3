/*---
title: Chip models
description: >
  One row per chip model: launch year, RAM and ROM (MiB), card slots, WiFi, Bluetooth, and
  how many phones use it. Optionally one model, launched from / to a year (inclusive),
  RAM above a size (strict), with or without WiFi, or only chips used / not used by any
  phone. Sorted by launch year (default), least RAM, most RAM, most ROM, or name.
examples:
  - list every chip model with its specs
  - chips launched in 2004
  - chip models with wifi
  - which chip has the most ROM
  - chips no phone uses
keywords: [chip, chips, chip model, chip models, model, models, chipset, processor,
           launch, launched, launch year, ram, rom, memory, storage, slots, wifi, wi-fi,
           bluetooth, details, specs]
params:
  model: {type: string, optional: true, label: chip model name}
  launched_from: {type: int, optional: true, min: 1990, max: 2100, label: launched in or after}
  launched_to: {type: int, optional: true, min: 1990, max: 2100, label: launched in or before}
  min_ram: {type: int, optional: true, min: 0, max: 1000000, label: RAM above (MiB)}
  wifi:
    type: choice
    choices: [any, with_wifi, without_wifi]
    default: any
    synonyms: {wifi: with_wifi, with wifi: with_wifi, has wifi: with_wifi,
               no wifi: without_wifi, without wifi: without_wifi}
  usage:
    type: choice
    choices: [any, used, unused]
    default: any
    synonyms: {in use: used, used by phones: used, unused: unused, never used: unused,
               not used: unused}
  sort:
    type: choice
    choices: [launch_year, least_ram, most_ram, most_rom, name]
    default: launch_year
    synonyms: {launch: launch_year, oldest: launch_year, by launch year: launch_year,
               least ram: least_ram, smallest ram: least_ram, lowest ram: least_ram,
               most ram: most_ram, highest ram: most_ram, largest ram: most_ram,
               most rom: most_rom, largest rom: most_rom, storage: most_rom,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@device-analytics"
---*/
SELECT c.Model_name AS model, c.Launch_year AS launch_year, c.RAM_MiB AS ram_mib,
       c.ROM_MiB AS rom_mib, c.Slots AS slots, c.WiFi AS wifi, c.Bluetooth AS bluetooth,
       (SELECT COUNT(*) FROM phone AS p WHERE p.chip_model = c.Model_name) AS phones
FROM chip_model AS c
WHERE 1 = 1
{% if model %}AND c.Model_name = :model
{% endif %}{% if launched_from %}AND c.Launch_year >= :launched_from
{% endif %}{% if launched_to %}AND c.Launch_year <= :launched_to
{% endif %}{% if min_ram is not none and min_ram is not false %}AND c.RAM_MiB > :min_ram
{% endif %}{% if wifi == 'with_wifi' %}AND c.WiFi <> 'No'
{% elif wifi == 'without_wifi' %}AND c.WiFi = 'No'
{% endif %}{% if usage == 'used' %}AND EXISTS (SELECT 1 FROM phone AS p WHERE p.chip_model = c.Model_name)
{% elif usage == 'unused' %}AND NOT EXISTS (SELECT 1 FROM phone AS p WHERE p.chip_model = c.Model_name)
{% endif %}ORDER BY
{% if sort == 'least_ram' %}c.RAM_MiB, c.Model_name
{% elif sort == 'most_ram' %}c.RAM_MiB DESC, c.Model_name
{% elif sort == 'most_rom' %}c.ROM_MiB DESC, c.Model_name
{% elif sort == 'name' %}c.Model_name
{% else %}c.Launch_year, c.Model_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
