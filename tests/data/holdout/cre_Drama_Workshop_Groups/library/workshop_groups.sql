/*---
title: Drama workshop group directory
description: >
  One row per drama workshop group: id, store name, phone, email, currency, marketing region
  (code and name where the region is on file), city and state of its address, and our note
  on it. Optionally one group, one marketing region, one currency, one city or one state.
  By store name.
examples:
  - list the drama workshop groups
  - contact details for Kole Photo
  - workshop groups in the RU region
  - which workshop groups are based in Ohio
  - workshop groups that bill in USD
keywords: [workshop, workshops, workshop group, workshop groups, drama, group, groups,
           store name, phone, email, contact, currency, region, city, state, address, located]
params:
  workshop_group: {type: string, optional: true, label: workshop group (store name)}
  region:
    type: choice
    optional: true
    label: marketing region code
    choices: [CA, CN, DE, ES, FR, IE, IN, MX, PT, RU, US]
    synonyms: {canada: CA, china: CN, germany: DE, spain: ES, france: FR, ireland: IE,
               india: IN, mexico: MX, portugal: PT, russia: RU, united states: US, usa: US}
  currency:
    type: choice
    optional: true
    label: currency code
    choices: [EU, USD]
    synonyms: {euro: EU, euros: EU, eur: EU, dollar: USD, dollars: USD, us dollars: USD}
  city: {type: string, optional: true, label: city or town}
  state: {type: string, optional: true, label: state or county}
owner: "@drama-ops"
---*/
SELECT g.Workshop_Group_ID AS workshop_group_id, g.Store_Name AS workshop_group,
       g.Store_Phone AS phone, g.Store_Email_Address AS email, g.Currency_Code AS currency,
       g.Marketing_Region_Code AS region_code, r.Marketing_Region_Name AS region,
       a.City_Town AS city, a.State_County AS state, g.Other_Details AS note
FROM Drama_Workshop_Groups AS g
LEFT JOIN Marketing_Regions AS r ON r.Marketing_Region_Code = g.Marketing_Region_Code
LEFT JOIN Addresses AS a ON a.Address_ID = g.Address_ID
WHERE 1 = 1
{% if workshop_group %}AND g.Store_Name = :workshop_group
{% endif %}{% if region %}AND g.Marketing_Region_Code = :region
{% endif %}{% if currency %}AND g.Currency_Code = :currency
{% endif %}{% if city %}AND a.City_Town = :city
{% endif %}{% if state %}AND a.State_County = :state
{% endif %}ORDER BY g.Store_Name
