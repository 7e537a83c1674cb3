/*---
title: Store directory
description: >
  One row per store where customers place orders: id, name, phone, email, marketing region
  (code and name), city and state of its address, and its star rating where we have one.
  Optionally one store, one marketing region, one city or one state. By store name.
examples:
  - list our stores
  - where is Adam Photo
  - stores in the Canada region
  - stores located in Ohio
  - phone and email of Lur Photo
keywords: [store, stores, shop, shops, branch, branches, location, located, city, state,
           address, region, marketing region, stars, rating, phone, email]
params:
  store: {type: string, optional: true, label: store name}
  region:
    type: choice
    optional: true
    label: marketing region code
    choices: [CA, CN, ES, FR, IN, RU]
    synonyms: {canada: CA, china: CN, spain: ES, france: FR, india: IN, russia: RU}
  city: {type: string, optional: true, label: city or town}
  state: {type: string, optional: true, label: state or county}
owner: "@drama-ops"
---*/
SELECT s.Store_ID AS store_id, s.Store_Name AS store, s.Store_Phone AS phone,
       s.Store_Email_Address AS email, s.Marketing_Region_Code AS region_code,
       r.Marketing_Region_Name AS region, r.Marketing_Region_Descriptrion AS region_note,
       a.City_Town AS city, a.State_County AS state, s.Other_Details AS rating
FROM Stores AS s
LEFT JOIN Marketing_Regions AS r ON r.Marketing_Region_Code = s.Marketing_Region_Code
LEFT JOIN Addresses AS a ON a.Address_ID = s.Address_ID
WHERE 1 = 1
{% if store %}AND s.Store_Name = :store
{% endif %}{% if region %}AND s.Marketing_Region_Code = :region
{% endif %}{% if city %}AND a.City_Town = :city
{% endif %}{% if state %}AND a.State_County = :state
{% endif %}ORDER BY s.Store_Name
