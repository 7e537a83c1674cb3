/*---
title: Party directory
description: >
  One row per party (a citizen or business using our services): party id, payment method,
  phone, email, and how many addresses, service bookings and forms it has on file.
  Optionally one party, or one payment method. By party id.
examples:
  - list all parties
  - parties paying by cheque
  - contact details of party 7
  - email and phone for parties who pay cash
keywords: [party, parties, payer, payers, payment method, pays, paying, phone, email,
           contact, directory, customer, customers, citizens]
params:
  party_id: {type: int, optional: true, min: 1, label: party id}
  payment_method:
    type: choice
    optional: true
    label: payment method
    choices: [Cash, Cheque, Credit Card, Direct Debit]
    synonyms: {cash: Cash, check: Cheque, cheques: Cheque, checks: Cheque, card: Credit Card,
               credit cards: Credit Card, creditcard: Credit Card, direct debit: Direct Debit,
               debit: Direct Debit, dd: Direct Debit}
owner: "@egov-data"
---*/
SELECT p.party_id, p.payment_method_code AS payment_method, p.party_phone AS phone,
       p.party_email AS email,
       (SELECT COUNT(*) FROM Party_Addresses AS a WHERE a.party_id = p.party_id) AS addresses,
       (SELECT COUNT(*) FROM Party_Services AS s WHERE s.customer_id = p.party_id) AS bookings,
       (SELECT COUNT(*) FROM Party_Forms AS f WHERE f.party_id = p.party_id) AS forms
FROM Parties AS p
WHERE 1 = 1
{% if party_id is not none %}AND p.party_id = :party_id
{% endif %}{% if payment_method %}AND p.payment_method_code = :payment_method
{% endif %}ORDER BY p.party_id
