/*---
title: Accounts
description: >
  Every account with its id, name, opening date, tier (Regular or VIP) and the customer who
  holds it. Optionally one customer (first and/or last name), one account name or one tier.
examples:
  - list all accounts
  - which accounts does Kieran Auer hold
  - who owns account 601
  - VIP accounts and their holders
  - accounts opened by Ruby
keywords: [accounts, account, account name, account id, opened, opening date, details, tier,
           vip, regular, holder, owner, customer, list, number of accounts]
params:
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
  account_name: {type: string, optional: true, label: account name (a number such as 429)}
  tier:
    type: choice
    choices: [Regular, VIP]
    optional: true
    synonyms: {standard: Regular, normal: Regular, premium: VIP, gold: VIP}
owner: "@finance-ops"
---*/
SELECT
    a.account_id,
    a.account_name,
    a.date_account_opened,
    a.other_account_details,
    c.customer_id,
    c.customer_first_name,
    c.customer_last_name
FROM Accounts AS a
JOIN Customers AS c ON c.customer_id = a.customer_id
WHERE 1 = 1
{% if first_name %}AND c.customer_first_name = :first_name
{% endif %}{% if last_name %}AND c.customer_last_name = :last_name
{% endif %}{% if account_name %}AND a.account_name = :account_name
{% endif %}{% if tier %}AND a.other_account_details = :tier
{% endif %}ORDER BY a.account_id
