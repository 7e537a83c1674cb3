/*---
title: Photo catalogue
description: >
  Photos in the marketing catalogue: photo id, name, description, file name, notes and the
  attraction it shows. Optionally the photos of one attraction, or one photo by name.
examples:
  - all photos in the catalogue
  - photos of the jungle cruise
  - which attraction is photo din3
  - file name of photo park2
keywords: [photo, photos, picture, pictures, image, images, pic, pics, catalogue, catalog,
           file, filename, file name, shot, taken, marketing, attraction]
params:
  attraction: {type: string, optional: true, label: attraction name}
  photo: {type: string, optional: true, label: photo name}
owner: "@park-insights"
---*/
SELECT
    ph.Photo_ID AS photo_id,
    ph.Name AS photo,
    ph.Description AS description,
    ph.Filename AS filename,
    ph.Other_Details AS details,
    ph.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction
FROM Photos AS ph
LEFT JOIN Tourist_Attractions AS a ON a.Tourist_Attraction_ID = ph.Tourist_Attraction_ID
WHERE 1 = 1
{% if attraction %}AND a.Name = :attraction
{% endif %}{% if photo %}AND ph.Name = :photo
{% endif %}ORDER BY ph.Name
