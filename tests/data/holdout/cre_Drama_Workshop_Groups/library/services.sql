/*---
title: Services offered by workshop groups
description: >
  One row per service a drama workshop group offers: service id, service type (code and
  description), the workshop group with its phone and email, the product (photo, film,
  dinning) and its price. Optionally one service type, one product, one workshop group, or
  prices within bounds (inclusive). Most expensive first.
examples:
  - which services do the workshop groups offer
  - film services and their prices
  - services priced over 100000
  - what does Bednar Film offer
  - all filming services
keywords: [service, services, offer, offers, offered, performed, provide, provides, service
           type, workshop group, workshop groups, price, priced, photo, film, dinning]
params:
  service_type:
    type: choice
    optional: true
    label: service type code
    choices: ['1', '2', '3', '4']
    synonyms: {photo service: '1', photography service: '1', dinning service: '2',
               dining service: '2', catering: '2', filming service: '3', filming: '3',
               adv promoting service: '4', advertising: '4', promotion: '4', promoting: '4'}
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, films: film, dining: dinning}
  workshop_group: {type: string, optional: true, label: workshop group (store name)}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
owner: "@drama-ops"
---*/
SELECT s.Service_ID AS service_id, s.Service_Type_Code AS service_type_code,
       t.Service_Type_Description AS service_type, g.Store_Name AS workshop_group,
       g.Store_Phone AS phone, g.Store_Email_Address AS email,
       s.Product_Name AS product, s.Product_Price AS price
FROM Services AS s
LEFT JOIN Ref_Service_Types AS t ON t.Service_Type_Code = s.Service_Type_Code
LEFT JOIN Drama_Workshop_Groups AS g ON g.Workshop_Group_ID = s.Workshop_Group_ID
WHERE 1 = 1
{% if service_type %}AND s.Service_Type_Code = :service_type
{% endif %}{% if product %}AND s.Product_Name = :product
{% endif %}{% if workshop_group %}AND g.Store_Name = :workshop_group
{% endif %}{% if min_price is not none %}AND s.Product_Price >= :min_price
{% endif %}{% if max_price is not none %}AND s.Product_Price <= :max_price
{% endif %}ORDER BY s.Product_Price DESC
