/*---
title: Customers
description: >
  One row per customer: customer id, name, number of policies held, first notifications of
  loss (FNOLs) filed, claims opened and total amount settled on them. Optionally one customer
  by name or customers whose name contains a word. By customer id (default), by name, most
  policies first or most settled first; optionally the top n.
examples:
  - customer list
  - how many policies does Cai Zhang hold
  - customers with Mrs in their name
  - top 3 customers by amount settled
  - who holds the most policies
keywords: [customer, customers, client, clients, policyholder, policyholders, name, names,
           id, ids, customer id, policies, held, holds, how many, fnol, fnols, notifications,
           claims, settled, settlements, contains, most]
params:
  customer: {type: string, optional: true, label: customer name}
  name_contains: {type: string, optional: true, label: word in the customer name}
  sort:
    type: choice
    choices: [id, name, most_policies, most_settled]
    default: id
    synonyms: {by id: id, customer id: id, increasing id: id, alphabetical: name,
               by name: name, most policies: most_policies, by policies: most_policies,
               most settled: most_settled, biggest payouts: most_settled,
               by settlements: most_settled}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@claims-ops"
---*/
SELECT cu.Customer_ID AS customer_id, cu.Customer_name AS customer_name,
       (SELECT COUNT(*) FROM Customers_Policies AS cp WHERE cp.Customer_ID = cu.Customer_ID)
           AS policies,
       (SELECT COUNT(*) FROM First_Notification_of_Loss AS f
         WHERE f.Customer_ID = cu.Customer_ID) AS fnols,
       (SELECT COUNT(*) FROM Claims AS c
         JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
        WHERE f.Customer_ID = cu.Customer_ID) AS claims,
       (SELECT COALESCE(SUM(s.Settlement_Amount), 0) FROM Settlements AS s
         JOIN Claims AS c ON c.Claim_ID = s.Claim_ID
         JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
        WHERE f.Customer_ID = cu.Customer_ID) AS total_settled
FROM Customers AS cu
WHERE 1 = 1
{% if customer %}AND cu.Customer_name = :customer
{% endif %}{% if name_contains %}AND lower(cu.Customer_name) LIKE '%' || lower(:name_contains) || '%'
{% endif %}ORDER BY
{% if sort == 'name' %}cu.Customer_name
{% elif sort == 'most_policies' %}policies DESC, cu.Customer_ID
{% elif sort == 'most_settled' %}total_settled DESC, cu.Customer_ID
{% else %}cu.Customer_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
