/*---
title: Customers per gender, state or city
description: Number of customers per gender code (the default), per state or per town.
examples:
  - customer split by gender code
  - which states do our customers live in
  - customers per town
keywords: [customers, clients, count, number, gender, sex, state, province, city, town,
           breakdown, split, per, each, distribution]
params:
  by:
    type: choice
    choices: [gender, state, city]
    default: gender
    synonyms: {sex: gender, province: state, county: state, region: state, town: city}
owner: "@crm"
---*/
SELECT
{% if by == 'state' %}    state_county_province AS grp,
{% elif by == 'city' %}    town_city AS grp,
{% else %}    gender AS grp,
{% endif %}    COUNT(*) AS customers
FROM Customers
GROUP BY grp
ORDER BY customers DESC, grp
