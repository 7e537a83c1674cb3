/*---
title: Customer addresses
description: >
  One row per address a customer has on file: customer id and name, address type (Billing or
  Residential), the dates from and to which it applied, and the address itself (street
  address, city, post code, state, country). Optionally one customer by full name, one city,
  one state or one address type. By customer name (default), by city, or most recent first.
examples:
  - where does each customer live
  - billing address of Devin Mills
  - customers with a residential address in Kentucky
  - who has an address in Port Lilyan
keywords: [customer, customers, address, addresses, address content, street, lives, live,
           living, reside, resident, residential, home, billing, city, town, state, province,
           county, country, post code, zip, located, where, who, name, from, to, moved, how
           many, number, count]
params:
  customer: {type: string, optional: true, label: customer's full name}
  city: {type: string, optional: true, label: city}
  state: {type: string, optional: true, label: state}
  address_type:
    type: choice
    optional: true
    choices: [Billing, Residential]
    synonyms: {billing: Billing, bill-to: Billing, invoice address: Billing,
               residential: Residential, home: Residential, home address: Residential,
               residence: Residential}
  sort:
    type: choice
    choices: [customer, city, latest]
    default: customer
    synonyms: {by customer: customer, by name: customer, by city: city,
               latest: latest, most recent: latest, newest: latest}
owner: "@cx-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_name,
    ca.address_type,
    ca.date_address_from,
    ca.date_address_to,
    a.address_id,
    a.address_content,
    a.city,
    a.zip_postcode,
    a.state_province_county,
    a.country
FROM Customer_Addresses AS ca
JOIN Customers AS c ON c.customer_id = ca.customer_id
JOIN Addresses AS a ON a.address_id = ca.address_id
WHERE 1 = 1
{% if customer %}AND c.customer_name = :customer
{% endif %}{% if city %}AND a.city = :city
{% endif %}{% if state %}AND a.state_province_county = :state
{% endif %}{% if address_type %}AND ca.address_type = :address_type
{% endif %}ORDER BY
{% if sort == 'city' %}a.city, c.customer_name
{% elif sort == 'latest' %}ca.date_address_from DESC, c.customer_name
{% else %}c.customer_name, ca.date_address_from
{% endif %}
