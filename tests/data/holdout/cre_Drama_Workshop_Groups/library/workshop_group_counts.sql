/*---
title: Workshop groups by city, state or currency
description: >
  How many drama workshop groups there are per city (default), state or currency, with
  their store names. Biggest group first.
examples:
  - how many drama workshop groups in each city
  - workshop group count by state
  - how many groups use each currency
keywords: [workshop groups, drama, groups, count, number, how many, per city, per state,
           per currency, by city, by state, by currency, most, spread, located]
params:
  by:
    type: choice
    choices: [city, state, currency]
    default: city
    synonyms: {by city: city, per city: city, town: city, by state: state, per state: state,
               county: state, by currency: currency, per currency: currency}
owner: "@drama-ops"
---*/
SELECT
{% if by == 'state' %}a.State_County AS state,
{% elif by == 'currency' %}g.Currency_Code AS currency,
{% else %}a.City_Town AS city,
{% endif %}COUNT(*) AS workshop_groups,
       string_agg(g.Store_Name, ', ' ORDER BY g.Store_Name) AS names
FROM Drama_Workshop_Groups AS g
LEFT JOIN Addresses AS a ON a.Address_ID = g.Address_ID
GROUP BY 1
ORDER BY workshop_groups DESC, 1
