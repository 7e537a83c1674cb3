/*---
title: Contact directory (customers, clients, performers)
description: >
  Phone, email, city and state of the people we deal with: store customers, workshop
  clients and performers, one row each, with what kind of contact they are and our note on
  them (VIP, did not pay...). Optionally only one kind, one name, or one city or state.
  By name.
examples:
  - contact list of all performers
  - phone number of the client Vita
  - email for customer Samson
  - performers who live in Ohio
  - clients living in Ohio
keywords: [contact, contacts, phone, phone number, telephone, email, email address, customer,
           customers, client, clients, performer, performers, actor, actors, artist, VIP,
           directory, lives, live, address]
params:
  kind:
    type: choice
    optional: true
    label: kind of contact
    choices: [customer, client, performer]
    synonyms: {customers: customer, clients: client, performers: performer, actor: performer,
               actors: performer, artist: performer, artists: performer}
  name:
    type: string
    optional: true
    label: name
    values: "SELECT Customer_Name FROM Customers UNION SELECT Customer_Name FROM Clients UNION SELECT Customer_Name FROM Performers"
  city: {type: string, optional: true, label: city or town}
  state: {type: string, optional: true, label: state or county}
owner: "@drama-ops"
---*/
WITH people AS (
    SELECT 'customer' AS kind, Customer_ID AS id, Customer_Name AS name, Customer_Phone AS phone,
           Customer_Email_Address AS email, Address_ID, Other_Details AS note
    FROM Customers
    UNION ALL
    SELECT 'client', Client_ID, Customer_Name, Customer_Phone, Customer_Email_Address,
           Address_ID, Other_Details
    FROM Clients
    UNION ALL
    SELECT 'performer', Performer_ID, Customer_Name, Customer_Phone, Customer_Email_Address,
           Address_ID, Other_Details
    FROM Performers
)
SELECT p.kind, p.id, p.name, p.phone, p.email, a.City_Town AS city, a.State_County AS state,
       p.note
FROM people AS p
LEFT JOIN Addresses AS a ON a.Address_ID = p.Address_ID
WHERE 1 = 1
{% if kind %}AND p.kind = :kind
{% endif %}{% if name %}AND p.name = :name
{% endif %}{% if city %}AND a.City_Town = :city
{% endif %}{% if state %}AND a.State_County = :state
{% endif %}ORDER BY p.name, p.kind
