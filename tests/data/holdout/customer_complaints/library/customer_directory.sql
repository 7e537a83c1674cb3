/*---
title: Customers
description: >
  One row per customer: id, customer type, address, town or city, state, email, phone, and
  how many complaints they have raised. Optionally one customer (id or email), one
  customer type, state or town, or customers with at least `min_complaints` complaints.
  Sorted by id (default), most complaints, or email.
examples:
  - customer contact list
  - customers with good credit rating
  - customers in Tennessee
  - which customer complains the most
keywords: [customer, customers, client, clients, customer type, credit rating, address,
           town, city, state, email, e-mail, phone, phone number, contact, contact details,
           complaints raised, complained]
params:
  customer_id: {type: int, optional: true, min: 1, max: 10000000}
  customer_email: {type: string, optional: true}
  customer_type: {type: string, optional: true, label: customer type code}
  state: {type: string, optional: true}
  town_city: {type: string, optional: true, label: town or city}
  min_complaints: {type: int, optional: true, min: 0, max: 100000}
  sort:
    type: choice
    choices: [id, most_complaints, email]
    default: id
    synonyms: {by id: id, most complaints: most_complaints, complains the most: most_complaints,
               most: most_complaints, alphabetical: email, by email: email}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@cx-analytics"
---*/
SELECT cu.customer_id, cu.customer_type_code AS customer_type, cu.address_line_1,
       cu.address_line_2, cu.town_city, cu.state, cu.email_address AS email,
       cu.phone_number AS phone,
       (SELECT COUNT(*) FROM Complaints AS cp WHERE cp.customer_id = cu.customer_id) AS complaints
FROM Customers AS cu
WHERE 1 = 1
{% if customer_id %}AND cu.customer_id = :customer_id
{% endif %}{% if customer_email %}AND lower(cu.email_address) = lower(:customer_email)
{% endif %}{% if customer_type %}AND cu.customer_type_code = :customer_type
{% endif %}{% if state %}AND cu.state = :state
{% endif %}{% if town_city %}AND cu.town_city = :town_city
{% endif %}{% if min_complaints is not none and min_complaints is not false %}AND (SELECT COUNT(*) FROM Complaints AS cp WHERE cp.customer_id = cu.customer_id) >= :min_complaints
{% endif %}ORDER BY
{% if sort == 'most_complaints' %}complaints DESC, cu.customer_id
{% elif sort == 'email' %}cu.email_address
{% else %}cu.customer_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
