/*---
title: Addresses and customers per location
description: >
  One row per city, state or country (by city unless asked otherwise): how many addresses we
  hold there, how many customers have an address there, and how many of those addresses are
  billing or residential links. Optionally only locations with at least a given number of
  addresses. By location name (default), most customers, fewest customers or most addresses
  first.
examples:
  - customers per state
  - which town has the biggest customer base
  - countries with at least 10 addresses on file
  - how many addresses do we have in each city
keywords: [city, cities, town, state, states, province, county, country, countries, location,
           locations, per, each, by, addresses, address, customers, customer base, living,
           live, most, fewest, least, biggest, largest, more than, at least, how many,
           number, count, distinct, different, all, list]
params:
  by:
    type: choice
    choices: [city, state, country]
    default: city
    synonyms: {per city: city, by city: city, cities: city, town: city, towns: city,
               per state: state, by state: state, states: state, province: state,
               county: state, per country: country, by country: country, countries: country}
  min_addresses: {type: int, optional: true, min: 1, max: 100000, label: at least this many addresses}
  sort:
    type: choice
    choices: [name, most_customers, fewest_customers, most_addresses]
    default: name
    synonyms: {by name: name, alphabetical: name, most customers: most_customers,
               biggest: most_customers, largest: most_customers,
               fewest customers: fewest_customers, least customers: fewest_customers,
               most addresses: most_addresses}
owner: "@cx-analytics"
---*/
SELECT
    {% if by == 'state' %}a.state_province_county{% elif by == 'country' %}a.country{% else %}a.city{% endif %} AS location,
    COUNT(DISTINCT a.address_id) AS addresses,
    COUNT(DISTINCT ca.customer_id) AS customers,
    COUNT(ca.customer_id) FILTER (WHERE ca.address_type = 'Billing') AS billing_links,
    COUNT(ca.customer_id) FILTER (WHERE ca.address_type = 'Residential') AS residential_links
FROM Addresses AS a
LEFT JOIN Customer_Addresses AS ca ON ca.address_id = a.address_id
GROUP BY 1
{% if min_addresses is not none and min_addresses is not false %}HAVING COUNT(DISTINCT a.address_id) >= :min_addresses
{% endif %}ORDER BY
{% if sort == 'most_customers' %}customers DESC, 1
{% elif sort == 'fewest_customers' %}customers, 1
{% elif sort == 'most_addresses' %}addresses DESC, 1
{% else %}1
{% endif %}
