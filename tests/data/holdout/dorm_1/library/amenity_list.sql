/*---
title: Amenity catalogue
description: >
  Every amenity a dorm can offer, with the number of dorms that have it; in alphabetical
  order, or by how many dorms have it.
examples:
  - what facilities can a hall offer
  - full list of amenities A to Z
  - which amenity is the rarest across halls
  - how widespread is air conditioning
keywords: [amenity, amenities, facility, facilities, features, feature, offer, catalogue,
           list, alphabetical, common, popular, rare, widespread]
params:
  order:
    type: choice
    choices: [name, dorms]
    default: name
    synonyms: {alphabetical: name, alphabetic: name, a to z: name, popular: dorms,
               most common: dorms, common: dorms, widespread: dorms, frequent: dorms}
owner: "@housing-office"
---*/
SELECT
    a.amenid AS amenity_id,
    a.amenity_name,
    COUNT(h.dormid) AS dorms_with_it
FROM Dorm_amenity AS a
LEFT JOIN Has_amenity AS h ON h.amenid = a.amenid
GROUP BY a.amenid, a.amenity_name
ORDER BY
{% if order == 'dorms' %}    dorms_with_it DESC, a.amenity_name
{% else %}    a.amenity_name
{% endif %}
