/*---
title: Aircraft
description: >
  One row per aircraft type in the register: name, description, maximum gross weight, total
  disk (rotor) area and maximum disk loading, as recorded (text with both units, such as
  "1,370 lb (635 kg)"), with the weight in pounds as a number. Optionally one aircraft, or
  aircraft whose description contains a word (such as heavy-lift). Sorted by name (default),
  by the heaviest maximum gross weight, largest disk area or highest disk loading.
examples:
  - list all aircraft with their descriptions
  - heaviest aircraft by max gross weight
  - details of the Mil Mi-26
  - which helicopters are heavy-lift
keywords: [aircraft, helicopter, helicopters, type, model, description, weight, gross weight,
           max gross weight, heaviest, disk area, rotor, disk loading, loading, specs,
           specifications]
params:
  aircraft: {type: string, optional: true, label: aircraft name}
  description_contains: {type: string, optional: true, label: word in the description}
  sort:
    type: choice
    choices: [name, gross_weight, disk_area, disk_loading]
    default: name
    synonyms: {alphabetical: name, heaviest: gross_weight, weight: gross_weight,
               max gross weight: gross_weight, gross weight: gross_weight,
               disk area: disk_area, rotor area: disk_area, disk loading: disk_loading,
               loading: disk_loading}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@aviation-analytics"
---*/
SELECT ac.Aircraft_ID AS aircraft_id, ac.Aircraft AS aircraft, ac.Description AS description,
       ac.Max_Gross_Weight AS max_gross_weight, ac.Total_disk_area AS total_disk_area,
       ac.Max_disk_Loading AS max_disk_loading,
       CAST(replace(split_part(ac.Max_Gross_Weight, ' ', 1), ',', '') AS DOUBLE) AS max_gross_weight_lb
FROM aircraft AS ac
WHERE 1 = 1
{% if aircraft %}AND ac.Aircraft = :aircraft
{% endif %}{% if description_contains %}AND ac.Description ILIKE '%' || :description_contains || '%'
{% endif %}ORDER BY
{% if sort == 'gross_weight' %}max_gross_weight_lb DESC
{% elif sort == 'disk_area' %}CAST(replace(split_part(ac.Total_disk_area, ' ', 1), ',', '') AS DOUBLE) DESC
{% elif sort == 'disk_loading' %}CAST(replace(split_part(ac.Max_disk_Loading, ' ', 1), ',', '') AS DOUBLE) DESC
{% else %}ac.Aircraft
{% endif %}{% if n %}LIMIT :n
{% endif %}
