/*---
title: Phones per company
description: >
  Per phone maker: how many hardware models, how many fully and provisionally accredited,
  and the smallest, largest and average RAM and ROM of their phones' chips (MiB).
  Optionally only companies with at least so many models. Most models first (default),
  fewest first, most RAM on average, or by name.
examples:
  - how many phone models does each company make
  - which manufacturer has the fewest phones
  - average ROM of Sony Mobile Communications phones
  - makers with at least 2 models
keywords: [company, companies, maker, makers, manufacturer, manufacturers, vendor, vendors,
           brand, per company, each company, by company, how many models, number of models,
           number of phones, produced, average ram, average rom, max ram, min ram]
params:
  min_models: {type: int, optional: true, min: 1, max: 1000, label: at least this many models}
  sort:
    type: choice
    choices: [most_models, fewest_models, average_ram, name]
    default: most_models
    synonyms: {most: most_models, most phones: most_models, fewest: fewest_models,
               least: fewest_models, fewest phones: fewest_models, ram: average_ram,
               alphabetical: name, by name: name}
owner: "@device-analytics"
---*/
SELECT p.Company_name AS company, COUNT(*) AS models,
       COUNT(CASE WHEN p.Accreditation_type = 'Full' THEN 1 END) AS fully_accredited,
       COUNT(CASE WHEN p.Accreditation_type = 'Provisional' THEN 1 END) AS provisionally_accredited,
       MIN(c.RAM_MiB) AS min_ram_mib, MAX(c.RAM_MiB) AS max_ram_mib,
       ROUND(AVG(c.RAM_MiB), 1) AS average_ram_mib,
       MIN(c.ROM_MiB) AS min_rom_mib, MAX(c.ROM_MiB) AS max_rom_mib,
       ROUND(AVG(c.ROM_MiB), 1) AS average_rom_mib
FROM phone AS p
LEFT JOIN chip_model AS c ON c.Model_name = p.chip_model
GROUP BY p.Company_name
{% if min_models %}HAVING COUNT(*) >= :min_models
{% endif %}ORDER BY
{% if sort == 'fewest_models' %}models, company
{% elif sort == 'average_ram' %}average_ram_mib DESC, company
{% elif sort == 'name' %}company
{% else %}models DESC, company
{% endif %}
