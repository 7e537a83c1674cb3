/*---
title: Service types summary
description: >
  Per service type: its code and description, how many services of that type the workshop
  groups offer, how many groups offer it, the products (photo, film, dinning) sold under it
  and the average, lowest and highest price. Optionally only services of one product. Most
  services first.
examples:
  - how many services of each type
  - service types with their descriptions
  - most common service type
  - average price per service type
keywords: [service type, service types, type, types, services, count, how many, most,
           common, description, descriptions, code, codes, average price, per type, by type]
params:
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, films: film, dining: dinning}
owner: "@drama-ops"
---*/
SELECT t.Service_Type_Code AS service_type_code, t.Service_Type_Description AS service_type,
       COUNT(s.Service_ID) AS services, COUNT(DISTINCT s.Workshop_Group_ID) AS workshop_groups,
       string_agg(DISTINCT s.Product_Name, ', ') AS products, AVG(s.Product_Price) AS avg_price,
       MIN(s.Product_Price) AS min_price, MAX(s.Product_Price) AS max_price
FROM Ref_Service_Types AS t
JOIN Services AS s ON s.Service_Type_Code = t.Service_Type_Code
WHERE 1 = 1
{% if product %}AND s.Product_Name = :product
{% endif %}GROUP BY t.Service_Type_Code, t.Service_Type_Description
ORDER BY services DESC, t.Service_Type_Code
