/*---
title: Customer directory
description: >
  Customers with their id, name, gender code, email, login, phone and address. Optionally one
  state or one last name.
examples:
  - customer directory
  - contact details of the customers in Mississippi
  - email of customer Glover
  - our customer base
keywords: [customers, customer, clients, directory, contact, email, phone, login, address,
           city, town, state, country, name, list, number of customers]
params:
  state: {type: string, optional: true, label: "state, county or province"}
  last_name: {type: string, optional: true, label: customer's last name}
owner: "@crm"
---*/
SELECT
    customer_id,
    customer_first_name,
    customer_middle_initial,
    customer_last_name,
    gender,
    email_address,
    login_name,
    phone_number,
    town_city,
    state_county_province,
    country
FROM Customers
WHERE 1 = 1
{% if state %}AND state_county_province = :state
{% endif %}{% if last_name %}AND customer_last_name = :last_name
{% endif %}ORDER BY customer_id
