/*---
title: Phones
description: >
  One row per phone hardware model: maker, accreditation type and level, accreditation
  status, its chip model (launch year, RAM, ROM, WiFi, Bluetooth) and its screen mode
  (graphics mode, type, char cells, pixels, hardware colours, used KB). Optionally one
  company, hardware model, chip model, accreditation type or level, screen type, chip
  launch year, RAM above a size (strict), or used KB within a range (inclusive). Sorted by
  company (default), most RAM first, or chip launch year.
examples:
  - all phones with their chip and screen
  - phones made by Samsung Electronics Co Ltd
  - specs of the GT-I9100
  - phones with provisional accreditation
  - which phones have a text screen mode
keywords: [phone, phones, handset, handsets, device, devices, hardware model, model name,
           company, maker, manufacturer, made by, produced by, accreditation, accredited,
           level, chip, screen, screen mode, spec, specs, specification, ram, rom, wifi,
           bluetooth, pixels, char cells, colours, used kb]
params:
  company: {type: string, optional: true, label: company name}
  hardware_model: {type: string, optional: true, label: hardware model name}
  chip_model: {type: string, optional: true, label: chip model}
  accreditation_type: {type: string, optional: true, label: accreditation type}
  accreditation_level: {type: string, optional: true, label: accreditation level}
  screen_type: {type: string, optional: true, label: screen mode type}
  launch_year: {type: int, optional: true, min: 1990, max: 2100, label: chip launch year}
  min_ram: {type: int, optional: true, min: 0, max: 1000000, label: RAM above (MiB)}
  min_used_kb: {type: int, optional: true, min: 0, max: 1000000, label: used KB at least}
  max_used_kb: {type: int, optional: true, min: 0, max: 1000000, label: used KB at most}
  sort:
    type: choice
    choices: [company, most_ram, launch_year]
    default: company
    synonyms: {by company: company, maker: company, highest ram: most_ram,
               most memory: most_ram, biggest ram: most_ram, ram: most_ram,
               oldest: launch_year, launch: launch_year, by launch year: launch_year}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@device-analytics"
---*/
SELECT p.Company_name AS company, p.Hardware_Model_name AS hardware_model,
       p.Accreditation_type AS accreditation_type, p.Accreditation_level AS accreditation_level,
       p.Date AS accreditation_status, p.chip_model AS chip_model, c.Launch_year AS launch_year,
       c.RAM_MiB AS ram_mib, c.ROM_MiB AS rom_mib, c.WiFi AS wifi, c.Bluetooth AS bluetooth,
       p.screen_mode AS graphics_mode, m.Type AS screen_type, m.Char_cells AS char_cells,
       m.Pixels AS pixels, m.Hardware_colours AS hardware_colours, m.used_kb AS used_kb
FROM phone AS p
LEFT JOIN chip_model AS c ON c.Model_name = p.chip_model
LEFT JOIN screen_mode AS m ON m.Graphics_mode = p.screen_mode
WHERE 1 = 1
{% if company %}AND p.Company_name = :company
{% endif %}{% if hardware_model %}AND p.Hardware_Model_name = :hardware_model
{% endif %}{% if chip_model %}AND p.chip_model = :chip_model
{% endif %}{% if accreditation_type %}AND p.Accreditation_type = :accreditation_type
{% endif %}{% if accreditation_level %}AND p.Accreditation_level = :accreditation_level
{% endif %}{% if screen_type %}AND m.Type = :screen_type
{% endif %}{% if launch_year %}AND c.Launch_year = :launch_year
{% endif %}{% if min_ram is not none and min_ram is not false %}AND c.RAM_MiB > :min_ram
{% endif %}{% if min_used_kb is not none and min_used_kb is not false %}AND m.used_kb >= :min_used_kb
{% endif %}{% if max_used_kb is not none and max_used_kb is not false %}AND m.used_kb <= :max_used_kb
{% endif %}ORDER BY
{% if sort == 'most_ram' %}c.RAM_MiB DESC, p.Hardware_Model_name
{% elif sort == 'launch_year' %}c.Launch_year, p.Hardware_Model_name
{% else %}p.Company_name, p.Hardware_Model_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
