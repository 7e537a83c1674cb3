/*---
title: Customers by type or place
description: >
  Customers counted by customer type (default), state or town/city (`by`), with how many
  complaints they raised. Most customers first (default), most complaints, or by group.
examples:
  - customers per type
  - how many customers in each state
  - complaints by customer type
keywords: [customers, how many customers, number of customers, per type, customer type,
           credit rating, per state, each state, state, states, town, city, segment,
           segments, breakdown, distribution]
params:
  by:
    type: choice
    choices: [customer_type, state, town_city]
    default: customer_type
    synonyms: {type: customer_type, customer type: customer_type, credit rating: customer_type,
               states: state, town: town_city, city: town_city, cities: town_city}
  sort:
    type: choice
    choices: [most_customers, fewest_customers, most_complaints, group]
    default: most_customers
    synonyms: {most: most_customers, fewest: fewest_customers, least: fewest_customers,
               most complaints: most_complaints, alphabetical: group}
owner: "@cx-analytics"
---*/
SELECT
{% if by == 'state' %}cu.state{% elif by == 'town_city' %}cu.town_city{% else %}cu.customer_type_code{% endif %} AS grouping,
    COUNT(*) AS customers,
    SUM((SELECT COUNT(*) FROM Complaints AS cp WHERE cp.customer_id = cu.customer_id)) AS complaints
FROM Customers AS cu
GROUP BY grouping
ORDER BY
{% if sort == 'fewest_customers' %}customers, grouping
{% elif sort == 'most_complaints' %}complaints DESC, grouping
{% elif sort == 'group' %}grouping
{% else %}customers DESC, grouping
{% endif %}
