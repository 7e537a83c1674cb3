/*---
title: Customer directory
description: >
  One row per customer: customer id, first and last name, company, address, city, state,
  country, postal code, phone, email, their support rep, how many invoices they have and
  what they have spent in total. Optionally one country, state, city, postal code, first or
  last name, email address, text in the email, or support rep. By last name (default),
  customer id, or biggest spenders first.
examples:
  - customers in Canada
  - who is the customer with email bob@example.com
  - contact details for customers in São Paulo
  - Jane Peacock's accounts
  - customers using a hotmail address
keywords: [customer, customers, client, clients, account, accounts, buyer, buyers, name,
           first name, last name, full name, company, address, addresses, city, state,
           country, postal code, zip, phone, email, e-mail, mail, contact, contact details,
           support rep, rep, helps, served, invoices, spent, spend, lives, live, living, from,
           in, information, details, directory, list]
params:
  country: {type: string, optional: true, label: country}
  state: {type: string, optional: true, label: state or province code}
  city: {type: string, optional: true, label: city}
  postal_code: {type: string, optional: true, label: postal code}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  email: {type: string, optional: true, label: email address}
  email_contains: {type: string, optional: true, label: text in the email address}
  support_rep:
    type: choice
    optional: true
    choices: [Jane Peacock, Margaret Park, Steve Johnson]
    synonyms: {jane: Jane Peacock, peacock: Jane Peacock, margaret: Margaret Park,
               park: Margaret Park, steve: Steve Johnson, johnson: Steve Johnson}
  sort:
    type: choice
    choices: [last_name, customer_id, top_spenders]
    default: last_name
    synonyms: {by name: last_name, alphabetical: last_name, by id: customer_id,
               customer id: customer_id, biggest spenders: top_spenders,
               top spenders: top_spenders, spent most: top_spenders,
               best customers: top_spenders}
owner: "@music-store-data"
---*/
SELECT
    c.CustomerId AS customer_id,
    c.FirstName AS first_name,
    c.LastName AS last_name,
    c.Company AS company,
    c.Address AS address,
    c.City AS city,
    c.State AS state,
    c.Country AS country,
    c.PostalCode AS postal_code,
    c.Phone AS phone,
    c.Email AS email,
    e.FirstName || ' ' || e.LastName AS support_rep,
    COUNT(i.InvoiceId) AS invoices,
    COALESCE(SUM(i.Total), 0) AS total_spent
FROM Customer AS c
LEFT JOIN Employee AS e ON e.EmployeeId = c.SupportRepId
LEFT JOIN Invoice AS i ON i.CustomerId = c.CustomerId
WHERE 1 = 1
{% if country %}AND c.Country = :country
{% endif %}{% if state %}AND c.State = :state
{% endif %}{% if city %}AND c.City = :city
{% endif %}{% if postal_code %}AND c.PostalCode = :postal_code
{% endif %}{% if first_name %}AND c.FirstName = :first_name
{% endif %}{% if last_name %}AND c.LastName = :last_name
{% endif %}{% if email %}AND lower(c.Email) = lower(:email)
{% endif %}{% if email_contains %}AND c.Email ILIKE '%' || :email_contains || '%'
{% endif %}{% if support_rep %}AND e.FirstName || ' ' || e.LastName = :support_rep
{% endif %}GROUP BY ALL
ORDER BY
{% if sort == 'customer_id' %}c.CustomerId
{% elif sort == 'top_spenders' %}total_spent DESC, c.CustomerId
{% else %}c.LastName, c.FirstName, c.CustomerId
{% endif %}
