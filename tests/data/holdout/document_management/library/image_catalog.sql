/*---
title: Image catalog
description: >
  One row per image in the library: id, name, alt text, URL, and how many document sections
  and documents use it. Optionally one image by name, or only images used in at most / at
  least some number of sections (inclusive; at most 0 gives unused images). By image name
  (default) or most used first.
examples:
  - list the images with their links
  - where is image chapter2 used
  - images nobody uses
  - most reused pictures
keywords: [image, images, picture, pictures, photo, photos, url, urls, link, links, alt text,
           asset, assets, image name]
params:
  image: {type: string, optional: true, label: image name}
  min_sections: {type: int, optional: true, min: 0, label: used in at least (sections)}
  max_sections: {type: int, optional: true, min: 0, label: used in at most (sections)}
  sort:
    type: choice
    choices: [name, most_used]
    default: name
    synonyms: {by name: name, alphabetical: name, alphabetically: name,
               most used: most_used, most reused: most_used, popular: most_used}
owner: "@records-team"
---*/
SELECT i.image_id, i.image_name, i.image_alt_text AS alt_text, i.image_url,
       COUNT(si.section_id) AS sections, COUNT(DISTINCT s.document_code) AS documents
FROM Images AS i
LEFT JOIN Document_Sections_Images AS si ON si.image_id = i.image_id
LEFT JOIN Document_Sections AS s ON s.section_id = si.section_id
WHERE 1 = 1
{% if image %}AND i.image_name = :image
{% endif %}GROUP BY i.image_id, i.image_name, i.image_alt_text, i.image_url
HAVING 1 = 1
{% if min_sections is not none %}AND COUNT(si.section_id) >= :min_sections
{% endif %}{% if max_sections is not none %}AND COUNT(si.section_id) <= :max_sections
{% endif %}ORDER BY
{% if sort == 'most_used' %}sections DESC, i.image_name
{% else %}i.image_name
{% endif %}
